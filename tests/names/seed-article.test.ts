// Golden test on the seed article (fixtures/article.txt). The expectations below were written by hand
// from reading the article, not generated from the program's output: every name the article contains,
// as it is written there, with its type and (for known entities) its stable id.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/pipeline/analyze';
import { extractEntities } from '../../src/pipeline/extract';
import { lookup } from '../../src/recognize/names/gazetteer';
import type { NameEntity } from '../../src/types';
import { expectOffsets } from '../helpers/offsets';

const text = readFileSync(join(__dirname, '..', '..', 'fixtures', 'article.txt'), 'utf8');
let entities: NameEntity[];

beforeAll(() => {
  entities = extractEntities(text);
});

type T = NameEntity['type'];

// [surface form as written in the article (after any attached particle), type, id or null if unknown]
const EXPECTED: ReadonlyArray<readonly [string, T, string | null]> = [
  ['فلاديمير بوتين', 'person', 'person:vladimir-putin'],
  ['بوتين', 'person', 'person:vladimir-putin'],
  ['شي جينبينغ', 'person', 'person:xi-jinping'],
  ['شي جين بينغ', 'person', 'person:xi-jinping'],
  ['جو بايدن', 'person', 'person:joe-biden'],
  ['دانييل كريتنبرينك', 'person', null],
  ['كريتنبرينك', 'person', null],
  ['حلف شمال الأطلسي', 'organization', 'org:nato'],
  ['الحلف الأطلسي', 'organization', 'org:nato'],
  ['لحلف الأطلسي', 'organization', 'org:nato'],
  ['أوكوس', 'organization', 'org:aukus'],
  ['وزارة الخارجية الأمريكية', 'organization', 'org:ministry:foreign:US'],
  ['الجيش الأمريكي', 'organization', 'org:army:army:US'],
  ['وكالة الأنباء الفرنسية', 'organization', 'org:afp'],
  ['أ ف ب', 'organization', 'org:afp'],
  ['فرانس24', 'organization', 'org:france24'],
  ['رويترز', 'organization', 'org:reuters'],
  ['الكرملين', 'organization', 'org:kremlin'],
  ['بكين', 'location', 'city:cn:beijing'],
  ['موسكو', 'location', 'city:ru:moscow'],
  ['الصين', 'location', 'CN'],
  ['لصين', 'location', 'CN'],
  ['جمهورية الصين الشعبية', 'location', 'CN'],
  ['روسيا', 'location', 'RU'],
  ['أوكرانيا', 'location', 'UA'],
  ['تايوان', 'location', 'TW'],
  ['الولايات المتحدة', 'location', 'US'],
  ['واشنطن', 'location', 'city:us:washington'],
  ['المملكة المتحدة', 'location', 'GB'],
  ['أستراليا', 'location', 'AU'],
  ['ألمانيا', 'location', 'DE'],
  ['فيسبادن', 'location', 'city:de:wiesbaden'],
  ['أوروبا', 'location', 'm49:150'],
  ['الشرق الأقصى', 'location', 'region:far-east'],
  ['شرق آسيا', 'location', 'm49:030'],
];

// Xi alone (`كان يجب على شي أن يستغل`): found by linking to his full name.
const XI_ALONE = 'على شي أن';

// Names the issue leaves optional either way.
const OPTIONAL = ['الغرب', 'Facebook', 'دورة الألعاب الأولمبية الشتوية', 'الألعاب الأولمبية الشتوية', 'الألعاب الأولمبية'];

// Words of the article that are not names.
const NOT_NAMES = ['الروسي', 'الأمريكية', 'الجزيرة', 'الصيني', 'الأمريكي', 'الأمريكيين', 'الألمان', 'الغربيين', 'دولار', 'حلف', 'الرئيسين', 'والروسي'];

const PARTICLES = 'وفبلك';
const ARABIC_LETTER = /[\u0621-\u064a]/;

/** Offsets where `form` occurs as a whole word (possibly after attached particles). */
function occurrences(form: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    let b = at - 1;
    while (b >= 0 && PARTICLES.includes(text[b] as string) && at - b <= 2) b--;
    const before = b < 0 ? '' : (text[b] as string);
    const after = text[at + form.length] ?? '';
    if (!ARABIC_LETTER.test(before) && !ARABIC_LETTER.test(after)) out.push(at);
  }
  return out;
}

function covering(start: number, end: number): NameEntity[] {
  return entities.filter((e) => e.start <= start && e.end >= end);
}

describe('seed article: every name is found with its type', () => {
  test.each(EXPECTED)('%s is a %s (%s)', (form, type, id) => {
    const places = occurrences(form);
    expect(places.length).toBeGreaterThan(0);
    for (const at of places) {
      const hits = covering(at, at + form.length).filter((e) => e.type === type);
      if (hits.length === 0) throw new Error(`${form} at ${at} not found as ${type}`);
      if (id !== null) expect(hits.map((e) => e.id)).toContain(id);
    }
  });

  test('Xi alone is linked to Xi Jinping', () => {
    const at = text.indexOf(XI_ALONE) + 'على '.length;
    const [xi] = covering(at, at + 2).filter((e) => e.type === 'person');
    expect(xi).toMatchObject({ text: 'شي', id: 'person:xi-jinping', source: 'linked' });
  });
});

describe('seed article: nothing else is reported', () => {
  test('every entity is one of the expected names (or an optional one)', () => {
    const allowed = new Set([...EXPECTED.map(([f]) => f), 'شي', ...OPTIONAL]);
    const extra = entities.filter((e) => !allowed.has(e.text)).map((e) => `${e.type}:${e.text}`);
    expect(extra).toEqual([]);
  });

  test.each(NOT_NAMES)('%s is not reported', (word) => {
    expect(entities.filter((e) => e.text === word)).toEqual([]);
  });

  test('the island (الجزيرة) is not a name here', () => {
    const at = text.indexOf('استقلال الجزيرة') + 'استقلال '.length;
    expect(covering(at, at + 'الجزيرة'.length)).toEqual([]);
  });
});

describe('seed article: spans, ids and linking', () => {
  test('offsets keep the contract', () => {
    expectOffsets(text, entities);
  });

  test('analyze() reports the same names as extractEntities()', () => {
    const names = analyze(text).entities.filter((e) => ['person', 'organization', 'location', 'misc'].includes(e.type));
    expect(names).toEqual(entities);
  });

  test('the amount wins over a MISC currency word', () => {
    const at = text.indexOf('117.5 مليار دولار');
    const money = analyze(text).entities.find((e) => e.type === 'money' && e.start === at);
    expect(money).toBeDefined();
    expect(covering(at, at + '117.5 مليار دولار'.length)).toEqual([]);
    expect(entities.filter((e) => e.text.includes('دولار'))).toEqual([]);
  });

  test('spans exclude attached particles: وبكين → بكين, للحلف الأطلسي → لحلف الأطلسي', () => {
    const wb = text.indexOf('وبكين');
    expect(covering(wb + 1, wb + 5)[0]).toMatchObject({ start: wb + 1, text: 'بكين' });
    const nato = text.indexOf('للحلف الأطلسي');
    expect(covering(nato + 1, nato + 13)[0]).toMatchObject({ start: nato + 1, text: 'لحلف الأطلسي', name: { ar: 'الحلف الأطلسي', en: 'NATO' } });
  });

  test('الصين and جمهورية الصين الشعبية are both CN', () => {
    const ids = new Set(entities.filter((e) => e.text === 'الصين' || e.text === 'جمهورية الصين الشعبية').map((e) => e.id));
    expect([...ids]).toEqual(['CN']);
  });

  test('the three spellings of Xi are one entity', () => {
    const xi = entities.filter((e) => ['شي جينبينغ', 'شي جين بينغ', 'شي'].includes(e.text));
    expect(new Set(xi.map((e) => e.id))).toEqual(new Set(['person:xi-jinping']));
    expect(new Set(xi.map((e) => e.text))).toEqual(new Set(['شي جينبينغ', 'شي جين بينغ', 'شي']));
  });

  test('Putin after his full name is linked to it', () => {
    const first = entities.find((e) => e.text === 'فلاديمير بوتين');
    const later = entities.filter((e) => e.text === 'بوتين' && first !== undefined && e.start > first.start);
    expect(later.length).toBeGreaterThan(0);
    for (const e of later) expect(e).toMatchObject({ id: 'person:vladimir-putin', source: 'linked', name: { en: 'Vladimir Putin' } });
  });

  test('Kritenbrink comes from the tagger and linking, not from a list', () => {
    expect(lookup('دانييل كريتنبرينك')).toEqual([]);
    expect(lookup('كريتنبرينك')).toEqual([]);
    const full = entities.find((e) => e.text === 'دانييل كريتنبرينك');
    const short = entities.find((e) => e.text === 'كريتنبرينك');
    expect(full).toMatchObject({ type: 'person', source: 'model' });
    expect(full?.id).toMatch(/^doc:\d+$/);
    expect(short).toMatchObject({ type: 'person', source: 'linked', id: full?.id, name: { ar: 'دانييل كريتنبرينك' } });
  });

  test('English names of known entities', () => {
    const en = (t: string): string | undefined => entities.find((e) => e.text === t)?.name.en;
    expect(en('أوكوس')).toBe('AUKUS');
    expect(en('الكرملين')).toBe('Kremlin');
    expect(en('أ ف ب')).toBe('Agence France-Presse');
    expect(en('وزارة الخارجية الأمريكية')).toBe('United States Department of State');
  });
});
