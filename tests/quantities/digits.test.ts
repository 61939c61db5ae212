import fc from 'fast-check';
import { parseDigits } from '../../src/recognize/quantities/digits';
import { searchKey } from '../../src/recognize/quantities/keys';

describe('parseDigits', () => {
  test.each([
    ['117.5', 117.5],
    ['3,000', 3000],
    ['3000', 3000],
    ['4,8', 4.8],
    ['0,08', 0.08],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1,234.5', 1234.5],
    ['12،220,13', 12220.13],
    ['١،٢٣٤،٥٦٧', 1234567],
    ['٣٫٥', 3.5],
    ['١٬٢٣٤٫٥', 1234.5],
    ['۱۲۳', 123],
    ['05', 5],
    ['25799\u202a,\u202a52', 25799.52],
  ])('%s → %d', (input, value) => {
    expect(parseDigits(searchKey(input))).toBeCloseTo(value, 10);
  });

  test.each([
    ['192.168.1.2', 'IP address'],
    ['2.1.3', 'version'],
    ['0551234567', 'phone number with a leading zero'],
    ['1.2,3.4', 'mixed marks out of order'],
    ['12a', 'letters'],
    ['', 'empty'],
  ])('%s is not a number (%s)', (input) => {
    expect(parseDigits(searchKey(input))).toBeNull();
  });

  test('integers written with thousands marks read back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), fc.constantFrom(',', '٬'), (n, mark) => {
        const written = n.toLocaleString('en-US').replace(/,/g, mark);
        expect(parseDigits(searchKey(written))).toBe(n);
      }),
    );
  });

  test('decimals with a point read back in every digit family', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 1, max: 99 }), fc.constantFrom(0x30, 0x660, 0x6f0), (int, frac, zero) => {
        const ascii = `${int}.${String(frac).padStart(2, '0')}`;
        const written = ascii.replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d)));
        expect(parseDigits(searchKey(written))).toBeCloseTo(Number(ascii), 10);
      }),
    );
  });
});
