import { tagTokens } from '../../src/recognize/names/model/index.js';
import { chunks } from '../../src/recognize/names/model/tags.js';

// Hand-written sentences (not from any training corpus), each with the names a reasonable news tagger
// finds. Every case also lists words that must NOT be inside any name (the paired negatives).
const CASES: { text: string; names: [string, string][]; notNames: string[] }[] = [
  {
    text: 'وصل الرئيس الروسي فلاديمير بوتين إلى بكين يوم الجمعة',
    names: [['فلاديمير بوتين', 'PER'], ['بكين', 'LOC']],
    notNames: ['الرئيس', 'الروسي', 'الجمعة'],
  },
  {
    text: 'قال وزير الخارجية الأمريكي أنتوني بلينكن إن الولايات المتحدة ستدعم أوكرانيا',
    names: [['أنتوني بلينكن', 'PER'], ['الولايات المتحدة', 'LOC'], ['أوكرانيا', 'LOC']],
    notNames: ['وزير', 'الأمريكي', 'ستدعم'],
  },
  {
    text: 'وقالت وكالة فرانس برس إن اجتماعا سيعقد في بروكسل الأسبوع المقبل',
    names: [['فرانس برس', 'ORG'], ['بروكسل', 'LOC']],
    notNames: ['وكالة', 'اجتماعا', 'الأسبوع'],
  },
  {
    text: 'سافر أحمد محمود إلى القاهرة لحضور اجتماع جامعة الدول العربية',
    names: [['أحمد محمود', 'PER'], ['القاهرة', 'LOC'], ['جامعة الدول العربية', 'ORG']],
    notNames: ['سافر', 'اجتماع'],
  },
  {
    text: 'التقى رئيس الوزراء البريطاني بوريس جونسون المستشار الألماني أولاف شولتس في برلين',
    names: [['بوريس جونسون', 'PER'], ['أولاف شولتس', 'PER'], ['برلين', 'LOC']],
    notNames: ['الوزراء', 'البريطاني', 'الألماني'],
  },
  // Invented transliterated names (in no list and no corpus): found from context and letter shape alone.
  {
    text: 'وقال الرئيس ماركوس تيلندروف إن بلاده ستشارك في القمة',
    names: [['ماركوس تيلندروف', 'PER']],
    notNames: ['الرئيس', 'بلاده', 'القمة'],
  },
  {
    text: 'صرح السفير يوهانس برونكفيست للصحفيين بأن المفاوضات مستمرة',
    names: [['يوهانس برونكفيست', 'PER']],
    notNames: ['السفير', 'للصحفيين', 'المفاوضات'],
  },
  {
    text: 'التقى مساعد وزير الخارجية دانيال كريتنبرينك بنظيره الصيني في واشنطن',
    names: [['دانيال كريتنبرينك', 'PER'], ['واشنطن', 'LOC']],
    notNames: ['مساعد', 'الصيني', 'بنظيره'],
  },
];

describe('sanity sentences', () => {
  it.each(CASES)('$text', ({ text, names, notNames }) => {
    const w = text.split(' ');
    const { tags } = tagTokens(w);
    const found = chunks(tags).map((c) => [w.slice(c.start, c.end).join(' '), c.type]);
    for (const n of names) expect(found).toContainEqual(n);
    const inside = new Set(chunks(tags).flatMap((c) => w.slice(c.start, c.end)));
    for (const word of notNames) expect(inside.has(word)).toBe(false);
  });
});
