import type { Analysis, Entity } from '../../src/types.js';

// A hand-built analysis of a short news paragraph, independent of the pipeline, so that the view is
// tested on every entity type including nested and crossing spans.
export const SAMPLE_TEXT =
  'دعا الرئيس الروسي فلاديمير بوتين في بكين يوم 05/02/2022 الساعة 11:10 إلى رفع التبادل بنسبة 15% ليبلغ 117.5 مليار دولار، ونشر 3000 جندي للمرة الثالثة.\n' +
  'وقالت وزارة الخارجية الصينية إن <script>alert("x")</script> & "الحلف" لن يتوسع.';

function at(needle: string, occurrence = 0): { text: string; start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = SAMPLE_TEXT.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`sample: ${needle} not found`);
  return { text: needle, start, end: start + needle.length };
}

export const SAMPLE_ENTITIES: Entity[] = [
  { type: 'person', ...at('فلاديمير بوتين'), id: 'Q7747', name: { ar: 'فلاديمير بوتين', en: 'Vladimir Putin' }, source: 'both', confidence: 0.97 },
  { type: 'location', ...at('بكين'), id: 'CN-BJ', name: { ar: 'بكين', en: 'Beijing' }, source: 'gazetteer', confidence: 0.95 },
  { type: 'date', ...at('05/02/2022'), value: { year: 2022, month: 2, day: 5 }, iso: '2022-02-05', calendar: 'gregorian' },
  { type: 'time', ...at('11:10'), value: { hour: 11, minute: 10 } },
  { type: 'percent', ...at('15%'), value: 15 },
  { type: 'money', ...at('117.5 مليار دولار'), value: 117500000000, currency: 'USD' },
  { type: 'quantity', ...at('3000 جندي'), value: 3000, unit: { ar: 'جندي', en: 'soldier', dimension: 'count' } },
  { type: 'ordinal', ...at('الثالثة'), value: 3 },
  // Nested: the country inside the organization name.
  { type: 'organization', ...at('وزارة الخارجية الصينية'), id: 'doc:org-1', name: { ar: 'وزارة الخارجية الصينية', en: 'Ministry of Foreign Affairs of China' }, source: 'model', confidence: 0.8 },
  { type: 'location', ...at('الصينية'), id: 'CN', name: { ar: 'الصين', en: 'China' }, source: 'gazetteer', confidence: 0.6 },
  // Markup-like text inside an entity, and a misc span that crosses it.
  { type: 'misc', ...at('<script>alert("x")</script> &'), id: 'doc:misc-"1"', name: { ar: '<b>"x"</b>' }, source: 'model', confidence: 0.5 },
  { type: 'misc', ...at('& "الحلف"'), id: 'doc:misc-2', name: { ar: 'الحلف' }, source: 'linked', confidence: 0.4 },
];

export const SAMPLE: Analysis = {
  text: SAMPLE_TEXT,
  language: { code: 'arb', isArabic: true, confidence: 1 },
  sentences: [{ text: SAMPLE_TEXT, start: 0, end: SAMPLE_TEXT.length }],
  tokens: [],
  entities: SAMPLE_ENTITIES,
};
