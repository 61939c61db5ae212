import fc from 'fast-check';
import { SerialSlots } from '../../src/util/serial-slots';

describe('SerialSlots', () => {
  it('keeps a value by serial and knows no other serial', () => {
    const slots = new SerialSlots<string>(4);
    expect(slots.find(3, 0)).toBeUndefined();
    expect(slots.set(3, 'a')).toBe('a');
    expect(slots.find(3, 0)).toBe('a');
    expect(slots.find(4, 0)).toBeUndefined();
    // 19 shares serial 3's slot (16 slots) but is not its owner.
    expect(slots.find(19, 0)).toBeUndefined();
  });

  it('gives a slot over to the serial one size later', () => {
    const slots = new SerialSlots<string>(4);
    slots.set(3, 'a');
    slots.set(19, 'b');
    expect(slots.find(3, 0)).toBeUndefined();
    expect(slots.find(19, 0)).toBe('b');
  });

  it('carries a value over from the previous serial', () => {
    const slots = new SerialSlots<{ v: string }>(4);
    const kept = { v: 'a' };
    slots.set(5, kept);
    const carried = slots.find(9, 5);
    expect(carried).toBe(kept);
    // Kept under the new serial: found by it alone.
    expect(slots.find(9, 0)).toBe(carried);
    // Nothing to carry when the previous serial's slot went to another.
    slots.set(21, { v: 'c' });
    expect(slots.find(10, 5)).toBeUndefined();
  });

  it('drops everything on clear', () => {
    const slots = new SerialSlots<number>(3);
    slots.set(1, 10);
    slots.set(2, 20);
    slots.clear();
    expect(slots.find(1, 0)).toBeUndefined();
    expect(slots.find(2, 1)).toBeUndefined();
  });

  it('handles serials beyond 32 bits', () => {
    const slots = new SerialSlots<number>(4);
    const big = 2 ** 40 + 7;
    slots.set(big, 1);
    expect(slots.find(big, 0)).toBe(1);
    expect(slots.find(7, 0)).toBeUndefined();
    expect(slots.find(big + 16, big)).toBe(1);
  });

  it.each([0, 25, 1.5, Number.NaN])('rejects %p bits', (bits) => {
    expect(() => new SerialSlots(bits)).toThrow(RangeError);
  });

  it('answers as a map that forgets a serial once one size later is set', () => {
    const size = 8;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 40 })), { maxLength: 60 }), (steps) => {
        const slots = new SerialSlots<number>(3);
        const model = new Map<number, number>();
        const set = (s: number, v: number): void => {
          for (const k of [...model.keys()]) if (k % size === s % size) model.delete(k);
          model.set(s, v);
        };
        for (const [isSet, serial, previous] of steps) {
          if (isSet) {
            slots.set(serial, serial * 100);
            set(serial, serial * 100);
            continue;
          }
          let want = model.get(serial);
          if (want === undefined && previous > 0 && model.has(previous)) {
            want = model.get(previous) as number;
            set(serial, want);
          }
          expect(slots.find(serial, previous)).toBe(want);
        }
      }),
    );
  });
});
