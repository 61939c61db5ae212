import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { francAll } from 'franc';
import { scoreLanguages, type ScoreOptions } from '../../src/language/trigrams';

// scoreLanguages promises franc's own answers, tuple for tuple, from tables it builds lazily: franc (a
// dependency for its profiles) is the oracle.
const article = readFileSync(join(__dirname, '../../fixtures/article.txt'), 'utf8');

const OPTIONS: ScoreOptions[] = [
  {},
  { minLength: 10, only: ['arb', 'ary'] },
  { minLength: 10, ignore: ['sco'] },
  { minLength: 3 },
  { only: ['eng', 'fra'] },
  { ignore: ['arb', 'pes', 'urd'] },
  { only: ['nonexistent'] },
];

const franc = (text: string, options: ScoreOptions): [string, number][] =>
  francAll(text, { ...options, only: options.only ? [...options.only] : undefined, ignore: options.ignore ? [...options.ignore] : undefined });

describe('scoreLanguages gives franc’s answers', () => {
  const texts = [
    article,
    article.slice(0, 300),
    'أعلنت الصين وروسيا في نفس يوم افتتاح دورة الألعاب الأولمبية الشتوية شراكة بلا حدود',
    'بلغ 117.5 مليار دولار',
    'این یک متن فارسی است که برای آزمایش تشخیص زبان نوشته شده است',
    'یہ ایک اردو جملہ ہے جو زبان کی شناخت کے لیے لکھا گیا ہے',
    'Ceci est un texte écrit en français pour tester la détection de la langue.',
    'This is an English sentence, written to test language detection.',
    'Это предложение на русском языке для проверки определения языка.',
    'זהו משפט בעברית שנכתב כדי לבדוק זיהוי שפה',
    'Αυτή είναι μια πρόταση στα ελληνικά για δοκιμή.',
    'これは言語検出をテストするための日本語の文です。',
    '这是一个用于测试语言检测的中文句子。',
    'यह भाषा पहचान का परीक्षण करने के लिए हिंदी में लिखा गया वाक्य है।',
    '12345 ... !!!',
    '',
    'قصير',
    'The Kremlin قال إن بوتين سيزور بكين in February.',
  ];
  test.each(texts.flatMap((text) => OPTIONS.map((options) => [text.slice(0, 40), text, options] as const)))(
    '%s %#',
    (_, text, options) => {
      expect(scoreLanguages(text, options)).toEqual(franc(text, options));
    },
  );

  test('on random text in a mix of scripts, with the options detectLanguage uses', () => {
    const letters = fc.constantFrom(
      ...'ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإىةپچژگکیےں'.split(''),
      ...'abcdefghijklmnopqrstuvwxyzàéü'.split(''),
      ...'абвгдежзик'.split(''),
      ...'אבגדה'.split(''),
      ...'中文字'.split(''),
      ...'ABCÉ'.split(''),
      ' ', ' ', ' ', '\n', '\t', '.', '،', '1', '٣', '-', '\u064e', '😀', '\u200c',
    );
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 120 }).map((a) => a.join('')), fc.constantFrom(...OPTIONS), (text, options) => {
        expect(scoreLanguages(text, options)).toEqual(franc(text, options));
      }),
      { numRuns: 300 },
    );
  });
});
