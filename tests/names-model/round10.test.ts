import { augmentSentence, mentionPools, type AugmentOptions, type Mention } from '../../scripts/ner/augment';
import { prng, type Sentence } from '../../scripts/ner/corpus';
import { chunks } from '../../src/recognize/names/model/tags';

const sentence = (text: string, tags: string): Sentence => ({ words: text.split(' '), tags: tags.split(' ') });
const mention = (type: string, text: string, source = 100): Mention => ({ type, words: text.split(' '), source });
const onlyFrom =
  (...ms: Mention[]) =>
  (type: string): readonly Mention[] | undefined => {
    const list = ms.filter((m) => m.type === type);
    return list.length > 0 ? list : undefined;
  };
const options = (candidates: AugmentOptions['candidates'], extra: Partial<AugmentOptions> = {}): AugmentOptions => ({
  copies: 1,
  p: 1,
  rand: prng(7),
  candidates,
  ...extra,
});

describe('mention replacement (scripts/ner/augment.ts)', () => {
  // One candidate per type, so the copy is fixed: the tags must follow the new lengths.
  it.each([
    ['a longer name', sentence('زار بوتين موسكو', 'O B-PER B-LOC'), [mention('PER', 'إيمانويل ماكرون'), mention('LOC', 'باريس')], 'زار إيمانويل ماكرون باريس', 'O B-PER I-PER B-LOC'],
    ['a shorter name', sentence('قال فلاديمير بوتين إن', 'O B-PER I-PER O'), [mention('PER', 'ماكرون')], 'قال ماكرون إن', 'O B-PER O'],
    ['a name opened by I-', sentence('في الأمم المتحدة', 'O I-ORG I-ORG'), [mention('ORG', 'حلف شمال الأطلسي')], 'في حلف شمال الأطلسي', 'O B-ORG I-ORG I-ORG'],
    ['two touching names of one type', sentence('بوتين شي', 'B-PER B-PER'), [mention('PER', 'جو بايدن')], 'جو بايدن جو بايدن', 'B-PER I-PER B-PER I-PER'],
    ['a type with no candidates', sentence('زار بوتين روسيا', 'O B-PER B-LOC'), [mention('PER', 'ماكرون')], 'زار ماكرون روسيا', 'O B-PER B-LOC'],
  ])('rewrites words and tags for %s', (_, s, pool, words, tags) => {
    const copies = augmentSentence(s, 0, options(onlyFrom(...pool)));
    expect(copies).toHaveLength(1);
    expect(copies[0].sentence.words.join(' ')).toBe(words);
    expect(copies[0].sentence.tags.join(' ')).toBe(tags);
    expect(copies[0].sentence.words).toHaveLength(copies[0].sentence.tags.length);
    expect(copies[0].source).toBe(0);
  });

  it.each([
    ['only O words', sentence('قال إنه سيعود غدا', 'O O O O'), 0],
    ['one name', sentence('قال بوتين', 'O B-PER'), 3],
  ])('makes copies only for a sentence with a name: %s', (_, s, count) => {
    expect(augmentSentence(s, 0, options(onlyFrom(mention('PER', 'ماكرون')), { copies: 3 }))).toHaveLength(count);
  });

  it('drops a copy in which nothing was replaced (p = 0, or no candidate of the type)', () => {
    const s = sentence('قال بوتين', 'O B-PER');
    expect(augmentSentence(s, 0, options(onlyFrom(mention('PER', 'ماكرون')), { p: 0, copies: 2 }))).toEqual([]);
    expect(augmentSentence(s, 0, options(onlyFrom(mention('LOC', 'باريس'))))).toEqual([]);
  });

  it('keeps MISC with the wiki pool: it holds PER, ORG and LOC names only', () => {
    const wiki = [sentence('كأس العالم في قطر', 'B-MISC I-MISC O B-LOC'), sentence('قال ماكرون', 'O B-PER')];
    const pool = mentionPools(wiki, () => 0, ['PER', 'ORG', 'LOC'], (i) => -1 - i).get(0)!;
    expect([...pool.keys()].sort()).toEqual(['LOC', 'PER']);
    expect(pool.get('PER')![0].source).toBe(-2);
    const s = sentence('فاز الدوري الممتاز بوتين', 'O B-MISC I-MISC B-PER');
    const [copy] = augmentSentence(s, 0, options((type) => pool.get(type)));
    expect(copy.sentence.words.join(' ')).toBe('فاز الدوري الممتاز ماكرون');
    expect(copy.sentence.tags.join(' ')).toBe('O B-MISC I-MISC B-PER');
    // A sentence whose only name is MISC gets no copy.
    expect(augmentSentence(sentence('فاز الدوري الممتاز', 'O B-MISC I-MISC'), 0, options((type) => pool.get(type)))).toEqual([]);
  });

  it('is deterministic: the same seed gives the same copies, another seed other draws', () => {
    const pool = Array.from({ length: 30 }, (_, i) => mention('PER', `اسم${i} عائلة${i}`, 10 + i));
    const corpus = Array.from({ length: 6 }, (_, i) => sentence(`قال بوتين وشي ${i}`, 'O B-PER B-PER O'));
    const run = (seed: number): Sentence[] => {
      const rand = prng(seed);
      return corpus.flatMap((s, i) => augmentSentence(s, i, options(onlyFrom(...pool), { rand, copies: 2 })).map((c) => c.sentence));
    };
    expect(run(3)).toEqual(run(3));
    expect(run(3)).not.toEqual(run(4));
    expect(run(3)).toHaveLength(12);
  });

  it('replaces each name with probability p', () => {
    const pool = onlyFrom(mention('PER', 'ماكرون'));
    const s = sentence('قال بوتين', 'O B-PER');
    const rand = prng(11);
    let made = 0;
    for (let i = 0; i < 2000; i++) made += augmentSentence(s, 0, options(pool, { rand, p: 0.3 })).length;
    expect(made / 2000).toBeGreaterThan(0.25);
    expect(made / 2000).toBeLessThan(0.35);
  });

  it('draws from the pool of the sentence’s fold only, never the sentence’s own names', () => {
    const names = ['بوتين', 'ماكرون', 'بايدن', 'شولتس', 'سوناك', 'مودي', 'أردوغان', 'لولا'];
    const train = names.map((n) => sentence(`قال ${n} اليوم`, 'O B-PER O'));
    const foldOf = [0, 0, 0, 0, 1, 1, 1, 1];
    const byFold = mentionPools(train, (i) => foldOf[i], ['PER', 'ORG', 'LOC', 'MISC']);
    for (const [fold, byType] of byFold) for (const m of byType.get('PER')!) expect(foldOf[m.source]).toBe(fold);
    // A sentence left out of every group gives no mention.
    const withoutLast = mentionPools(train, (i) => (i === 7 ? undefined : foldOf[i]), ['PER']);
    expect(withoutLast.get(1)!.get('PER')!.map((m) => m.source)).toEqual([4, 5, 6]);
    const rand = prng(5);
    train.forEach((s, i) => {
      for (const c of augmentSentence(s, i, options((type) => byFold.get(foldOf[i])?.get(type), { rand, copies: 5 }))) {
        expect(c.uses[0]).toBe(i);
        expect(c.uses.length).toBe(2);
        expect(c.uses[1]).not.toBe(i);
        expect(foldOf[c.uses[1]]).toBe(foldOf[i]);
        expect(c.sentence.words[1]).toBe(names[c.uses[1]]);
        expect(chunks(c.sentence.tags)).toEqual([{ start: 1, end: 2, type: 'PER' }]);
      }
    });
  });
});
