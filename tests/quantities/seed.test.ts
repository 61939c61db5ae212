import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuantities } from '../../src/recognize/quantities';
import type { QuantityLikeEntity } from '../../src/types';
import { expectOffsets } from '../helpers/offsets';

const article = readFileSync(join(__dirname, '../../fixtures/article.txt'), 'utf8');
const found = extractQuantities(article);
const ofType = <T extends QuantityLikeEntity['type']>(type: T) => found.filter((e) => e.type === type) as Extract<QuantityLikeEntity, { type: T }>[];
const at = (text: string) => found.filter((e) => e.text === text);

describe('the seed article', () => {
  test('keeps the offset contract', () => {
    expectOffsets(article, found);
  });

  test('117.5 مليار دولار is money, 117,500,000,000 USD, hedged by بنحو', () => {
    const [m] = at('117.5 مليار دولار');
    expect(m).toMatchObject({ type: 'money', value: 117500000000, currency: 'USD', approximate: true, qualifier: 'about' });
    expect(m.start).toBe(article.indexOf('117.5 مليار دولار'));
  });

  test('3000 جندي and 100 ألف جندي are quantities of soldiers', () => {
    expect(at('3000 جندي')[0]).toMatchObject({ type: 'quantity', value: 3000, unit: { ar: 'جندي', en: 'soldier', dimension: 'count' } });
    expect(at('100 ألف جندي')[0]).toMatchObject({ type: 'quantity', value: 100000, unit: { en: 'soldier' } });
  });

  test('nothing else is money or a quantity', () => {
    expect(ofType('money').map((e) => e.text)).toEqual(['117.5 مليار دولار']);
    expect(ofType('quantity').map((e) => e.text)).toEqual(['100 ألف جندي', '3000 جندي']);
  });

  test('05/02/2022 – 11:10 stays a date and a time', () => {
    expect(at('05/02/2022')[0]).toMatchObject({ type: 'date', value: { year: 2022, month: 2, day: 5 }, iso: '2022-02-05', calendar: 'gregorian' });
    expect(at('11:10')[0]).toMatchObject({ type: 'time', value: { hour: 11, minute: 10 } });
  });

  test('عام 2021 is the year 2021, and 2021 is not reported again as a number', () => {
    expect(at('عام 2021')[0]).toMatchObject({ type: 'date', value: { year: 2021 }, iso: '2021' });
    expect(at('2021')).toEqual([]);
  });

  test('the three Fridays are weekday 5', () => {
    const fridays = ofType('date').filter((d) => d.value.weekday === 5);
    expect(fridays).toHaveLength(3);
    for (const f of fridays) expect(f.text.endsWith('الجمعة')).toBe(true);
  });

  test('هذا الأسبوع is a relative date, resolved with a reference date', () => {
    expect(at('هذا الأسبوع')[0]).toMatchObject({ type: 'date', relative: 'this-week' });
    const resolved = extractQuantities(article, { referenceDate: '2022-02-05' }).find((e) => e.text === 'هذا الأسبوع');
    expect(resolved).toMatchObject({ relative: 'this-week', iso: '2022-W05' });
  });

  test('ثالث أكبر gives the ordinal 3', () => {
    expect(at('ثالث')[0]).toMatchObject({ type: 'ordinal', value: 3 });
  });

  test('digits inside names are not numbers', () => {
    expect(found.some((e) => e.text.includes('24') && e.start >= article.indexOf('فرانس24'))).toBe(false);
  });
});
