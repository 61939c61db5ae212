// States, provinces and regions of data/names/subdivisions.tsv in sentences written for this test (not taken
// from any corpus). Each case is the text before the name, the name as written, and the text after it, so
// the expected span is known without searching the sentence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countryOf } from '../../src/recognize/names/gazetteer/country-context';
import { expectName, type NameCase } from '../helpers/name-cases';

const expectPlace = expectName('location');

describe('subdivisions in news sentences', () => {
  test.each<NameCase>([
    ['ضربت عاصفة ثلجية ولاية ', 'تكساس', ' وقطعت الكهرباء عن الملايين', 'subdivision:us:texas'],
    ['اندلعت حرائق غابات في ', 'كاليفورنيا', ' الأسبوع الماضي', 'subdivision:us:california'],
    ['فاز المرشح الجمهوري في ولاية ', 'كارولينا الشمالية', ' بفارق ضئيل', 'subdivision:us:north-carolina'],
    ['أعلن حاكم ', 'فرجينيا الغربية', ' حالة الطوارئ', 'subdivision:us:west-virginia'],
    ['صوت البرلمان المحلي في ', 'بافاريا', ' على القانون', 'subdivision:de:bavaria'],
    ['طالب الانفصاليون في ', 'كتالونيا', ' باستفتاء جديد', 'subdivision:es:catalonia'],
    ['أجرت ', 'اسكتلندا', ' استفتاء على الاستقلال عام 2014', 'subdivision:gb:scotland'],
    ['ضربت الفيضانات إقليم ', 'البنجاب', ' في باكستان', 'subdivision:pk:punjab'],
    ['تقع ', 'كيبيك', ' في شرق كندا', 'subdivision:ca:quebec'],
    ['وصلت الأمطار إلى ', 'أيرلندا الشمالية', ' صباح اليوم', 'subdivision:gb:northern-ireland'],
  ])('%s[%s]%s', expectPlace);
});

describe('a name that is also a country or a big city needs its generic word', () => {
  // Paired: with ولاية the state, alone the city or the country.
  test.each<NameCase>([
    ['قال حاكم ', 'ولاية واشنطن', ' إن الحرائق انحسرت', 'subdivision:us:washington'],
    ['وصل الوزير إلى ', 'واشنطن', ' مساء أمس', 'city:us:washington'],
    ['فاز الديمقراطيون في ', 'ولاية جورجيا', ' الأمريكية', 'subdivision:us:georgia'],
    ['زار الرئيس ', 'جورجيا', ' وأرمينيا', 'GE'],
    ['أعلن حاكم ', 'ولاية نيويورك', ' إغلاق المدارس', 'subdivision:us:new-york'],
    ['هبطت الطائرة في ', 'نيويورك', ' بعد ظهر اليوم', 'city:us:new-york'],
  ])('%s[%s]%s', expectPlace);
});

describe('the subdivision list', () => {
  const rows = readFileSync(join(__dirname, '../../data/names/subdivisions.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));

  test('every row has an id of the form subdivision:<alpha-2>:<slug>, a location type and an Arabic name', () => {
    expect(rows.length).toBeGreaterThan(150);
    for (const r of rows) {
      expect(r).toHaveLength(5);
      expect(r[0]).toMatch(/^subdivision:[a-z]{2}:[a-z0-9-]+$/);
      expect(r[1]).toBe('location');
      expect(r[3]).toMatch(/[\u0621-\u064a]/);
    }
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
  });

  test('a subdivision belongs to the country of its id', () => {
    expect(countryOf('subdivision:de:bavaria')).toBe('DE');
    expect(new Set(rows.map((r) => countryOf(r[0] as string)))).toEqual(new Set(['US', 'CA', 'AU', 'DE', 'GB', 'FR', 'IT', 'ES', 'CN', 'IN', 'PK']));
  });
});
