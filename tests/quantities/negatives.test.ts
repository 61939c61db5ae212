import { extractQuantities } from '../../src/recognize/quantities';

const amounts = (text: string) => extractQuantities(text).filter((e) => e.type === 'money' || e.type === 'quantity');

// Each negative is paired with a positive neighbour that shares its number, so an extractor that finds
// nothing at all fails the pair.
describe.each([
  ['phone number', 'للحجز اتصلوا على +966 50 123 4567', 'سعر الحجز 4567 دولار', 'money'],
  ['phone number with dashes', 'رقم الهاتف 0551-234-567 للاستفسار', 'وصل 567 جنديا للاستفسار', 'quantity'],
  ['phone number with a leading zero', 'اتصل على 0551234567 مجانا', 'تبرع بـ 551234567 دولار', 'money'],
  ['IP address', 'عنوان الخادم 192.168.1.2 متاح', 'بلغت الصفقة 192.5 مليون دولار', 'money'],
  ['version number', 'صدر الإصدار 2.1.3 من التطبيق', 'يباع التطبيق بـ 2.1 دولار', 'money'],
  ['page number', 'انظر الصفحة 12 من التقرير', 'كلف التقرير 12 دولارا', 'money'],
  ['digits in a name with a dash', 'انتشر وباء كوفيد-19 في العالم', 'أصيب 19 شخصا في العالم', 'quantity'],
  ['digits glued to a name', 'بثت قناة فرانس24 الخبر', 'تبث القناة 24 ساعة الخبر', 'quantity'],
])('%s', (_what, negative, positive, type) => {
  test(`no money or quantity in: ${negative}`, () => {
    expect(amounts(negative)).toEqual([]);
  });
  test(`a ${type} in: ${positive}`, () => {
    expect(amounts(positive).map((e) => e.type)).toEqual([type]);
  });
});

describe('digits that are not numbers at all', () => {
  test.each([
    ['انتشر وباء كوفيد-19', 'وفق 19 دراسة'],
    ['عنوان 192.168.1.2', 'عنوان 192.5'],
    ['اتصل على +966 501234567', 'اتصل 501234567 مرة'],
  ])('%s has no number; %s has one', (negative, positive) => {
    expect(extractQuantities(negative).filter((e) => e.type === 'number' && /19|192|501234567/.test(e.text))).toEqual([]);
    expect(extractQuantities(positive).filter((e) => e.type === 'number')).toHaveLength(1);
  });
});
