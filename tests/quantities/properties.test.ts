import fc from 'fast-check';
import { extractQuantities } from '../../src/recognize/quantities';
import { anyText } from '../helpers/arbitraries';
import { expectOffsets } from '../helpers/offsets';

const overlapFree = (spans: { start: number; end: number }[]) =>
  spans.every((a, i) => spans.every((b, j) => i === j || a.end <= b.start || b.end <= a.start));

// Pieces of amounts, so that random texts often contain numbers, scales, units, currencies and markers.
const piece = fc.constantFrom(
  '3000', '117.5', '٣٫٥', '3,000', '05/02/2022', '11:10', '-', '%', '٪', '$', ' ', ' ', ' ', '،', 'و',
  'ثلاثة', 'آلاف', 'وخمسمائة', 'مليار', 'ألف', 'نصف', 'ربع', 'من', 'على', 'سالب',
  'دولار', 'كندي', 'جندي', 'جنود', 'كم', 'في', 'المئة', 'بالمائة', 'عام', 'الجمعة', 'يوم', 'هذا', 'الأسبوع',
  'الساعة', 'الثالثة', 'مساء', 'فبراير', 'شباط', '/', 'الأول', 'عشر', 'نحو', 'بنحو', 'أكثر', 'كوفيد-19', 'فرانس24',
);
const amountText = fc.array(piece, { maxLength: 30 }).map((a) => a.join(' ').replace(/ {2,}/g, ' '));

describe('properties of extractQuantities', () => {
  test('results keep the offset contract and never overlap, on any text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, amountText), (text) => {
        const found = extractQuantities(text, { referenceDate: '2022-02-05' });
        expectOffsets(text, found);
        expect(overlapFree(found)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('an integer followed by دولار is that much money, in any digit family and with thousands marks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), fc.constantFrom(0x30, 0x660, 0x6f0), fc.boolean(), (n, zero, grouped) => {
        const ascii = grouped ? n.toLocaleString('en-US') : String(n);
        const digits = ascii.replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d)));
        const money = extractQuantities(`دفع ${digits} دولار`).filter((e) => e.type === 'money');
        expect(money).toHaveLength(1);
        expect(money[0]).toMatchObject({ value: n, currency: 'USD', text: `${digits} دولار` });
      }),
      { numRuns: 200 },
    );
  });

  test('a decimal times a scale word is the exact decimal value (no floating-point residue)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom(['مليون', 6], ['مليار', 9]), (int, tenth, [word, power]) => {
        const [number] = extractQuantities(`بلغ ${int}.${tenth} ${word}`);
        expect(number.value).toBe(Number(`${int}${tenth}${'0'.repeat((power as number) - 1)}`));
      }),
      { numRuns: 200 },
    );
  });

  test('a scale word multiplies the digits before it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.constantFrom(['ألف', 1e3], ['مليون', 1e6], ['مليار', 1e9], ['تريليون', 1e12]), (n, [word, scale]) => {
        const [number] = extractQuantities(`بلغ ${n} ${word}`);
        expect(number).toMatchObject({ type: 'number', value: n * (scale as number) });
      }),
      { numRuns: 100 },
    );
  });
});
