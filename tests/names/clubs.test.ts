// Clubs of data/names/clubs.tsv known by their city's name (برشلونة، ليفربول، نابولي …), in sentences written
// for this test (not taken from any corpus). Each case is the text before the name, the name as written and
// the text after it, so the expected span is known without searching the sentence.
import { lookup } from '../../src/recognize/names/gazetteer';
import { expectName, names, type NameCase } from '../helpers/name-cases';

describe('clubs known by their city’s name', () => {
  test.each<NameCase>([
    // A club word announces the club, and stays outside its name (as نادي does in ANERcorp).
    ['أعلن نادي ', 'نابولي', ' تجديد عقد مدربه لموسمين', 'org:club:napoli'],
    ['قال مدرب فريق ', 'ليفربول', ' إن لاعبيه متعبون', 'org:club:liverpool'],
    ['وقع لاعب جديد لنادي ', 'بوردو', ' لمدة ثلاثة مواسم', 'org:club:bordeaux'],
    // Where the tagger reads an organization, the listed club gives its id.
    ['فاز ', 'برشلونة', ' على إشبيلية بهدفين نظيفين في الدوري الإسباني', 'org:club:barcelona'],
    // فالنسيا is no ف + النسيا: the lists know the whole word.
    ['تعاقد ', 'فالنسيا', ' مع مهاجم أرجنتيني', 'org:club:valencia'],
  ])('%s[%s]%s → %s', expectName('organization'));

  test.each<NameCase>([
    ['وصل الوفد إلى ', 'برشلونة', ' لحضور المؤتمر', 'city:es:barcelona'],
    ['ولد الكاتب في ', 'ليفربول', ' عام 1940', 'city:gb:liverpool'],
    ['زار السياح ', 'روما', ' في الصيف', 'city:it:rome'],
  ])('the city stays a city: %s[%s]%s → %s', expectName('location'));

  test('the lookup names the city first and the club after it, and only the city without doubted forms', () => {
    expect(lookup('برشلونة').map((e) => e.id)).toEqual(['city:es:barcelona', 'org:club:barcelona']);
    expect(lookup('برشلونة', { ambiguous: false }).map((e) => e.id)).toEqual(['city:es:barcelona']);
    expect(lookup('برشلونة')[1]?.name).toEqual({ ar: 'برشلونة', en: 'FC Barcelona' });
  });

  test('a person the tagger ran into a club’s name keeps the words after it', () => {
    const text = 'قال مدرب نادي ليون جيرارد هولييه إن الفريق جاهز';
    expect(names(text).map((e) => [e.type, e.text, e.id.startsWith('doc:') ? 'doc' : e.id])).toEqual([
      ['organization', 'ليون', 'org:club:lyon'],
      ['person', 'جيرارد هولييه', 'doc'],
    ]);
  });

  test('a place at the start of a person’s name stays in it', () => {
    expect(names('كتب ليون تروتسكي كتابا عن الثورة').map((e) => [e.type, e.text])).toEqual([['person', 'ليون تروتسكي']]);
  });
});
