import { extractQuantities } from '../../src/recognize/quantities';
import type { QuantityLikeEntity } from '../../src/types';
import { expectOffsets } from '../helpers/offsets';

/** The single result whose text is `text`, after checking the offsets of all. */
function one(input: string, text: string, referenceDate?: string): QuantityLikeEntity {
  const found = extractQuantities(input, { referenceDate });
  expectOffsets(input, found);
  const hits = found.filter((e) => e.text === text);
  if (hits.length !== 1) throw new Error(`expected one result "${text}" in "${input}", got ${JSON.stringify(found)}`);
  return hits[0];
}

describe('money', () => {
  test.each([
    ['تقدر قيمتها بنحو 117.5 مليار دولار', '117.5 مليار دولار', { value: 117.5e9, currency: 'USD' }],
    ['دفع 500 دولار كندي', '500 دولار كندي', { value: 500, currency: 'CAD' }],
    ['بلغت 20 مليون يورو', '20 مليون يورو', { value: 2e7, currency: 'EUR' }],
    ['سعره 100 جنيه إسترليني', '100 جنيه إسترليني', { value: 100, currency: 'GBP' }],
    ['سعره 100 جنيه مصري', '100 جنيه مصري', { value: 100, currency: 'EGP' }],
    ['بلغ 50 ريالا قطريا', '50 ريالا قطريا', { value: 50, currency: 'QAR' }],
    ['دفع 3 ملايين درهم مغربي', '3 ملايين درهم مغربي', { value: 3e6, currency: 'MAD' }],
    ['تبلغ 200 دينار كويتي', '200 دينار كويتي', { value: 200, currency: 'KWD' }],
    ['نحو 1000 دينار أردني', '1000 دينار أردني', { value: 1000, currency: 'JOD' }],
    ['بقيمة 40 ألف ليرة تركية', '40 ألف ليرة تركية', { value: 40000, currency: 'TRY' }],
    ['خسر 10 مليارات روبل', '10 مليارات روبل', { value: 1e10, currency: 'RUB' }],
    ['استثمار 1.5 تريليون يوان', '1.5 تريليون يوان', { value: 1.5e12, currency: 'CNY' }],
    ['بيع بـ ٣٠٠ ين', '٣٠٠ ين', { value: 300, currency: 'JPY' }],
    ['ثمنه $20 فقط', '$20', { value: 20, currency: 'USD' }],
    ['ثمنه 15 € فقط', '15 €', { value: 15, currency: 'EUR' }],
    ['ثلاثة آلاف وخمسمائة دولار', 'ثلاثة آلاف وخمسمائة دولار', { value: 3500, currency: 'USD' }],
    ['10 دولارات ليست كثيرة', '10 دولارات', { value: 10, currency: 'USD' }],
  ])('%s', (input, text, expected) => {
    expect(one(input, text)).toMatchObject({ type: 'money', ...expected });
  });

  test('a currency without its country gets the most common code and says so', () => {
    expect(one('دفع 500 دينار', '500 دينار')).toMatchObject({ currency: 'KWD', currencyAssumed: true });
    expect(one('دفع 500 دينار عراقي', '500 دينار عراقي')).not.toHaveProperty('currencyAssumed');
  });
});

describe('quantities', () => {
  test.each([
    ['أرسل 3000 جندي', '3000 جندي', 3000, 'soldier', 'count'],
    ['قتل ثلاثة جنود', 'ثلاثة جنود', 3, 'soldier', 'count'],
    ['أصيب عشرين جنديا', 'عشرين جنديا', 20, 'soldier', 'count'],
    ['حشد ألف جندي', 'ألف جندي', 1000, 'soldier', 'count'],
    ['فر 5 آلاف لاجئ', '5 آلاف لاجئ', 5000, 'refugee', 'count'],
    ['مقتل 12 شخصا', '12 شخصا', 12, 'person', 'count'],
    ['على بعد 40 كيلومترا', '40 كيلومترا', 40, 'kilometre', 'length'],
    ['على بعد 40 كم', '40 كم', 40, 'kilometre', 'length'],
    ['تنتج مليون برميل يوميا', 'مليون برميل', 1e6, 'barrel', 'volume'],
    ['صدر 2.5 مليون طن', '2.5 مليون طن', 2.5e6, 'tonne', 'mass'],
    ['محطة بقدرة 500 ميغاواط', '500 ميغاواط', 500, 'megawatt', 'power'],
    ['بلغت الحرارة 45 درجة مئوية', '45 درجة مئوية', 45, 'degree Celsius', 'temperature'],
    ['مساحتها 300 هكتار', '300 هكتار', 300, 'hectare', 'area'],
    ['استمرت ثلاثة أيام', 'ثلاثة أيام', 3, 'day', 'duration'],
    ['وصل الـ3000 جندي', '3000 جندي', 3000, 'soldier', 'count'],
    ['وقتل و100 ألف جندي', '100 ألف جندي', 100000, 'soldier', 'count'],
    ['قتل جنود ثلاثة', 'جنود ثلاثة', 3, 'soldier', 'count'],
    ['أصيب 100 من الجنود', '100 من الجنود', 100, 'soldier', 'count'],
    ['يقيم 3 ملايين ونصف لاجئ', '3 ملايين ونصف لاجئ', 3.5e6, 'refugee', 'count'],
    ['قطعوا 3 كيلو مترات', '3 كيلو مترات', 3, 'kilometre', 'length'],
    ['بمساحة 75 كم 2', '75 كم 2', 75, 'square kilometre', 'area'],
  ])('%s', (input, text, value, en, dimension) => {
    expect(one(input, text)).toMatchObject({ type: 'quantity', value, unit: { en, dimension } });
  });

  test('the qualifier is kept on the result, outside the span', () => {
    expect(one('قتل أكثر من 30 شخصا', '30 شخصا')).toMatchObject({ approximate: true, qualifier: 'more-than' });
    expect(one('قتل حوالي 30 شخصا', '30 شخصا')).toMatchObject({ approximate: true, qualifier: 'about' });
    expect(one('قتل 30 شخصا تقريبا', '30 شخصا')).toMatchObject({ approximate: true, qualifier: 'about' });
    expect(one('قتل 30 شخصا', '30 شخصا')).not.toHaveProperty('approximate');
  });
});

describe('percentages', () => {
  test.each([
    ['ارتفع 15%', '15%', 15],
    ['ارتفع ١٥٪', '١٥٪', 15],
    ['ارتفع 15 في المئة', '15 في المئة', 15],
    ['ارتفع 15 في المائة', '15 في المائة', 15],
    ['ارتفع 15 بالمائة', '15 بالمائة', 15],
    ['ارتفع 2.5 بالمئة', '2.5 بالمئة', 2.5],
    ['ثلاثون بالمائة', 'ثلاثون بالمائة', 30],
    ['تحتاج فقط سالب خمسة بالمائة', 'سالب خمسة بالمائة', -5],
  ])('%s', (input, text, value) => {
    expect(one(input, text)).toMatchObject({ type: 'percent', value });
  });
});

describe('ordinals', () => {
  test.each([
    ['الفصل الأول', 'الأول', 1],
    ['دفعة أولى من الجنود', 'أولى', 1],
    ['ثالث أكبر مورد', 'ثالث', 3],
    ['القرن الحادي والعشرين', 'الحادي والعشرين', 21],
    ['البيت الحادي عشر', 'الحادي عشر', 11],
    ['المؤتمر الثالث عشر', 'الثالث عشر', 13],
    ['الصف الحادية عشرة', 'الحادية عشرة', 11],
    ['الكتاب الثلاثون', 'الثلاثون', 30],
  ])('%s', (input, text, value) => {
    expect(one(input, text)).toMatchObject({ type: 'ordinal', value });
  });

  test('a feminine ordinal after a number is the unit second', () => {
    expect(extractQuantities('انتظر 30 ثانية').some((e) => e.type === 'ordinal')).toBe(false);
  });
});

describe('dates', () => {
  test.each([
    ['نشرت في: 05/02/2022', '05/02/2022', { value: { year: 2022, month: 2, day: 5 }, iso: '2022-02-05', calendar: 'gregorian' }],
    ['في 5 فبراير 2022', '5 فبراير 2022', { value: { year: 2022, month: 2, day: 5 }, iso: '2022-02-05' }],
    ['في 5 شباط 2022', '5 شباط 2022', { value: { year: 2022, month: 2, day: 5 }, iso: '2022-02-05' }],
    ['في 5 فيفري 2022', '5 فيفري 2022', { value: { year: 2022, month: 2, day: 5 }, iso: '2022-02-05' }],
    ['في 5 شباط/فبراير 2022', '5 شباط/فبراير 2022', { value: { year: 2022, month: 2, day: 5 } }],
    ['في فبراير 2022', 'فبراير 2022', { value: { year: 2022, month: 2 }, iso: '2022-02' }],
    ['في كانون الثاني', 'كانون الثاني', { value: { month: 1 } }],
    ['خلال شهر رمضان', 'شهر رمضان', { value: { month: 9 }, calendar: 'hijri' }],
    ['في 3 رمضان 1443 هـ', '3 رمضان 1443 هـ', { value: { year: 1443, month: 9, day: 3 }, calendar: 'hijri' }],
    ['أنشئ عام 2021', 'عام 2021', { value: { year: 2021 }, iso: '2021' }],
    ['في العام 1990', 'العام 1990', { value: { year: 1990 }, iso: '1990' }],
    ['وصل يوم الجمعة', 'يوم الجمعة', { value: { weekday: 5 } }],
    ['أعلن الاثنين', 'الاثنين', { value: { weekday: 1 } }],
    ['الجمعة 05/02/2022', 'الجمعة 05/02/2022', { value: { year: 2022, month: 2, day: 5, weekday: 5 } }],
    ['في عام ألفين وعشرين', 'عام ألفين وعشرين', { value: { year: 2020 }, iso: '2020' }],
    ['في أيار، 2001', 'أيار، 2001', { value: { year: 2001, month: 5 }, iso: '2001-05' }],
    ['في 12 يناير من عام 2016', '12 يناير من عام 2016', { value: { year: 2016, month: 1, day: 12 }, iso: '2016-01-12' }],
    ['في 2016/02/22 وصل', '2016/02/22', { value: { year: 2016, month: 2, day: 22 }, iso: '2016-02-22' }],
    ['في الرابع من مايو', 'الرابع من مايو', { value: { month: 5, day: 4 } }],
    ['في الحادي والعشرين من مايو 2016', 'الحادي والعشرين من مايو 2016', { value: { year: 2016, month: 5, day: 21 }, iso: '2016-05-21' }],
    ['الأربعاء، 22 يناير', 'الأربعاء، 22 يناير', { value: { month: 1, day: 22, weekday: 3 } }],
    ['عام 2000 ق.م.', 'عام 2000 ق.م', { value: { year: -2000 } }],
    ['في 05.02.2022', '05.02.2022', { value: { year: 2022, month: 2, day: 5 }, iso: '2022-02-05' }],
    ['في 2022-02-05', '2022-02-05', { value: { year: 2022, month: 2, day: 5 }, iso: '2022-02-05' }],
    ['بين 3 و5 فبراير 2022', '5 فبراير 2022', { value: { year: 2022, month: 2, day: 5 }, iso: '2022-02-05' }],
  ])('%s', (input, text, expected) => {
    expect(one(input, text)).toMatchObject({ type: 'date', ...expected });
  });

  test('a weekday with الماضي/المقبل resolves to the day before/after the reference date', () => {
    expect(one('ضرب الاثنين الماضي', 'الاثنين الماضي')).toMatchObject({ value: { weekday: 1 } });
    expect(one('ضرب الاثنين الماضي', 'الاثنين الماضي', '2022-02-05')).toMatchObject({ value: { year: 2022, month: 1, day: 31, weekday: 1 }, iso: '2022-01-31' });
    expect(one('يصل الجمعة المقبلة', 'الجمعة المقبلة', '2022-02-05')).toMatchObject({ value: { year: 2022, month: 2, day: 11, weekday: 5 } });
  });

  test('a month with الماضي/المقبل takes its year from the reference date', () => {
    expect(one('في مارس الماضي', 'مارس الماضي')).toMatchObject({ value: { month: 3 } });
    expect(one('في مارس الماضي', 'مارس الماضي', '2022-02-05')).toMatchObject({ value: { year: 2021, month: 3 }, iso: '2021-03' });
    expect(one('في يناير المقبل', 'يناير المقبل', '2022-02-05')).toMatchObject({ value: { year: 2023, month: 1 }, iso: '2023-01' });
  });

  test('a BC year has no ISO string', () => {
    expect(one('عام 2000 ق.م.', 'عام 2000 ق.م')).not.toHaveProperty('iso');
  });

  test('البلدين الاثنين is "the two", not Monday', () => {
    expect(extractQuantities('رئيسا البلدين الاثنين').map((e) => e.type)).toEqual(['number']);
    expect(extractQuantities('رئيسا والبلدين الاثنين').map((e) => e.type)).toEqual(['number']);
  });

  test.each([
    ['وصل أمس', 'أمس', 'yesterday', { year: 2022, month: 2, day: 4 }, '2022-02-04'],
    ['يصل غدا', 'غدا', 'tomorrow', { year: 2022, month: 2, day: 6 }, '2022-02-06'],
    ['قال اليوم', 'اليوم', 'today', { year: 2022, month: 2, day: 5 }, '2022-02-05'],
    ['الأسبوع المقبل', 'الأسبوع المقبل', 'next-week', {}, '2022-W06'],
    ['الشهر الماضي', 'الشهر الماضي', 'last-month', { year: 2022, month: 1 }, '2022-01'],
    ['العام المقبل', 'العام المقبل', 'next-year', { year: 2023 }, '2023'],
  ])('%s resolves against 2022-02-05', (input, text, relative, value, iso) => {
    expect(one(input, text)).toMatchObject({ type: 'date', relative });
    expect(one(input, text, '2022-02-05')).toMatchObject({ type: 'date', relative, value, iso });
  });

  test('اليوم followed by a definite adjective or after نفس is "the day"', () => {
    expect(extractQuantities('في اليوم التالي').some((e) => e.type === 'date')).toBe(false);
    expect(extractQuantities('في نفس اليوم').some((e) => e.type === 'date')).toBe(false);
  });
});

describe('times', () => {
  test.each([
    ['11:10', '11:10', 11, 10],
    ['الساعة 11:10', 'الساعة 11:10', 11, 10],
    ['الساعة الثالثة مساء', 'الساعة الثالثة مساء', 15, 0],
    ['الساعة الثالثة والنصف', 'الساعة الثالثة والنصف', 3, 30],
    ['الساعة 9 صباحا', 'الساعة 9 صباحا', 9, 0],
    ['الساعة 8:30 مساء', 'الساعة 8:30 مساء', 20, 30],
    ['الساعة الحادية عشرة ليلا', 'الساعة الحادية عشرة ليلا', 23, 0],
    ['في السابعة مساء', 'السابعة مساء', 19, 0],
    ['عند 3 مساءً', '3 مساءً', 15, 0],
    ['إنها الساعة الثامنة و 30 دقيقة', 'الساعة الثامنة و 30 دقيقة', 8, 30],
    ['انها الثامنة وربع', 'الثامنة وربع', 8, 15],
    ['في السابعة وخمسة وثلاثين مساءً', 'السابعة وخمسة وثلاثين مساءً', 19, 35],
    ['عند 7:00 م', '7:00 م', 19, 0],
  ])('%s', (input, text, hour, minute) => {
    expect(one(input, text)).toMatchObject({ type: 'time', value: { hour, minute } });
  });
});

describe('plain numbers', () => {
  test.each([
    ['عددهم ثلاثة آلاف وخمسمائة', 'ثلاثة آلاف وخمسمائة', 3500],
    ['بلغ 3,000', '3,000', 3000],
    ['بلغ ٣٫٥', '٣٫٥', 3.5],
    ['بلغ 100 ألف', '100 ألف', 100000],
    ['أكثر من نصف الناس', 'نصف', 0.5],
    ['درجة الحرارة سالب واحد', 'سالب واحد', -1],
    ['أعضاء المجلس الخمسة عشر', 'الخمسة عشر', 15],
    ['لا تزيد على مليار و500 مليون', 'مليار و500 مليون', 1.5e9],
    ['ثلاثة أرباع الطريق', 'ثلاثة أرباع', 0.75],
  ])('%s', (input, text, value) => {
    expect(one(input, text)).toMatchObject({ type: 'number', value });
  });

  test('a number that is part of money, a quantity, a percent or a date is not reported again', () => {
    const found = extractQuantities('دفع 100 دولار مقابل 30 جنديا و15% عام 2021');
    expect(found.map((e) => e.type)).toEqual(['money', 'quantity', 'percent', 'date']);
  });

  test('a score before مساء السبت is not a time', () => {
    expect(extractQuantities('فاز 4 - 1 مساء السبت').some((e) => e.type === 'time')).toBe(false);
  });

  test('a number after an hour that counts something else is not its minutes', () => {
    expect(extractQuantities('السابعة و3 جنود').map((e) => e.type)).toEqual(['ordinal', 'quantity']);
  });

  test('a noun before a number is a quantity only for counted things: سنة ألفين is a year', () => {
    expect(extractQuantities('في سنة ألفين').map((e) => e.type)).toEqual(['date']);
  });

  test('a lone واحد is a pronoun, not a number', () => {
    expect(extractQuantities('أي واحد تفضل؟')).toEqual([]);
  });
});
