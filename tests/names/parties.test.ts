// Parties and movements of data/names/parties.tsv in sentences written for this test (not taken from any
// corpus). Each case is the text before the name, the name as written, and the text after it, so the
// expected span is known without searching the sentence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countryOf } from '../../src/recognize/names/gazetteer/country-context';
import { expectName, names, type NameCase } from '../helpers/name-cases';

const expectOrganization = expectName('organization');

describe('parties and movements in news sentences', () => {
  test.each<NameCase>([
    ['فاز مرشح ', 'الحزب الجمهوري', ' في الانتخابات التمهيدية', 'org:party:republican:US'],
    ['أعلن ', 'الحرس الثوري', ' الإيراني إطلاق صواريخ', 'org:group:irgc:IR'],
    ['اشتبك الجيش مع ', 'قوات الدعم السريع', ' في الخرطوم', 'org:group:rsf:SD'],
    ['قال الأمين العام ل', 'حزب الله', ' اللبناني إن الحزب مستعد', 'org:group:hezbollah:LB'],
    ['تبنى ', 'تنظيم داعش', ' الهجوم', 'org:group:isis'],
    ['أصدرت ', 'جماعة الإخوان المسلمين', ' بياناً', 'org:group:muslim-brotherhood'],
    ['فاز ', 'حزب العمال البريطاني', ' بالأغلبية', 'org:party:labour:GB'],
  ])('%s[%s]%s', expectOrganization);
});

describe('a movement whose name is also a word needs a movement word, a verb of saying or the tagger', () => {
  // Paired: after حركة or قالت the movement (the span without حركة, as ANERcorp tags it); as a word, nothing.
  test.each<NameCase>([
    ['وقالت حركة ', 'حماس', ' إن الهدنة انتهت', 'org:group:hamas:PS'],
    ['قالت ', 'حماس', ' إن الهدنة انتهت', 'org:group:hamas:PS'],
    ['وأعلنت حركة ', 'فتح', ' رفضها للقرار', 'org:group:fatah:PS'],
  ])('%s[%s]%s', expectOrganization);

  // Not checked: طالبان as the dual of طالب (نجح طالبان في الامتحان) is the Taliban where the tagger reads an
  // organization, as it does there (ENTITIES.md).
  test.each(['استقبل الجمهور الفريق بحماس كبير', 'فتح الحارس الباب للزوار'])('%s has no movement', (text) => {
    expect(names(text).filter((e) => e.id.startsWith('org:group:'))).toEqual([]);
  });
});

describe('no party is guessed', () => {
  test('a longer party name that begins with a listed one is not the listed party', () => {
    const text = 'قال الحزب الديمقراطي الكردستاني إن المفاوضات مستمرة';
    expect(names(text).map((e) => e.id)).not.toContain('org:party:democratic:US');
    expect(names('فاز الحزب الديمقراطي في الانتخابات').map((e) => e.id)).toContain('org:party:democratic:US');
  });

  test('a name several states\' parties share gets no listed id', () => {
    const ids = names('قال حزب العمال إن الحكومة فشلت').map((e) => e.id);
    expect(ids.filter((id) => id.startsWith('org:party:'))).toEqual([]);
  });
});

describe('the party list', () => {
  const rows = readFileSync(join(__dirname, '../../data/names/parties.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));

  test('every row has an org:party or org:group id, the organization type and an Arabic name', () => {
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) {
      expect(r).toHaveLength(5);
      expect(r[0]).toMatch(/^org:(party|group):[a-z0-9-]+(:[A-Z]{2})?$/);
      expect(r[1]).toBe('organization');
      expect(r[3]).toMatch(/[\u0621-\u064a]/);
    }
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
  });

  test('a party belongs to the country its id ends with; a transnational group to none', () => {
    expect(countryOf('org:party:republican:US')).toBe('US');
    expect(countryOf('org:group:isis')).toBeUndefined();
  });
});
