import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../src/tokenize/sentences';
import { tokenize } from '../../src/tokenize/tokenize';
import { expectOffsets, expectPartsCover } from '../helpers/offsets';

// Hand-written expectations for the seed article (fixtures/article.txt), not a snapshot of the output.
const article = readFileSync(join(__dirname, '../../fixtures/article.txt'), 'utf8');
const tokens = tokenize(article);
const sentences = splitSentences(article, tokens);

describe('seed article: sentences', () => {
  test('25 sentences: headlines, paragraphs split at their full stops, and the credit lines', () => {
    expect(sentences).toHaveLength(25);
  });
  test.each([
    [0, 'بوتين وشي جينبينغ يعلنان عن شراكة “بلا حدود” ودعم متبادل في مواجهة التوتر المتصاعد مع الغرب'],
    [1, 'نشرت في: 05/02/2022 – 11:10'],
    [2, 'دعا الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جينبينغ خلال لقائهما في بكين إلى “حقبة جديدة” في العلاقات الدولية ووضع حد للهيمنة الأمريكية، معلنين شراكة “بلا حدود” بين الجانبين.'],
    [10, 'لفتت الدولتان إلى أن “الصداقة بين البلدين ليس لها حدود، ولا حظر فيها على التعاون في أي مجال”.'],
    [12, 'رد أمريكي'],
    [17, 'وصرح متحدث باسم الجيش الأمريكي في أوروبا لوكالة الأنباء الفرنسية “عمِلنا على نحو وثيق مع حلفائنا الألمان لتمهيد الأرضية لهذا الانتشار، ونحن نُقدر دعمهم”.'],
    [19, 'إلى ذلك، استغل بوتين زيارته إلى بكين للترويج لصفقة غاز جديدة مع الصين تقدر قيمتها بنحو 117.5 مليار دولار وتعهد بزيادة صادرات روسيا في الشرق الأقصى.'],
    [22, 'فرانس24/أ ف ب/رويترز'],
    [24, 'للمزيد Facebook'],
  ])('sentence %i', (i, text) => {
    expect(sentences[i].text).toBe(text);
  });
  test('a closing quote after the full stop stays in the sentence, a full stop after it too', () => {
    expect(sentences[21].text.endsWith('جمهورية الصين الشعبية”.')).toBe(true);
  });
  test('offsets hold', () => {
    expectOffsets(article, sentences);
  });
});

describe('seed article: tokens', () => {
  test('offsets hold for every token and part', () => {
    expectOffsets(article, tokens);
    for (const t of tokens) expectPartsCover(article, t);
  });
  test.each([
    ['05/02/2022', 'date'],
    ['11:10', 'time'],
    ['117.5', 'number'],
    ['3000', 'number'],
    ['100', 'number'],
    ['2021', 'number'],
    ['فرانس24', 'mixed'],
    ['Facebook', 'latin'],
  ])('%s is one %s token', (text, kind) => {
    const t = tokens.find((x) => x.text === text);
    expect(t?.kind).toBe(kind);
  });
  test('punctuation is split from words', () => {
    expect(tokens.some((t) => t.text === 'الأمريكية،')).toBe(false);
    expect(tokens.filter((t) => t.text === '،').length).toBe(article.split('،').length - 1);
    expect(tokens.filter((t) => t.text === '“').length).toBe(article.split('“').length - 1);
  });
  test.each([
    ['وبكين', ['و', 'بكين'], ['و', 'بكين']],
    ['للحلف', ['ل', 'لحلف'], ['ل', 'الحلف']],
    ['بالقرب', ['ب', 'القرب'], ['ب', 'القرب']],
    ['والصين', ['و', 'الصين'], ['و', 'الصين']],
    ['وروسيا', ['و', 'روسيا'], ['و', 'روسيا']],
    ['ونظيره', ['و', 'نظير', 'ه'], ['و', 'نظير', 'ه']],
    ['للصين', ['ل', 'لصين'], ['ل', 'الصين']],
    ['لبكين', ['ل', 'بكين'], ['ل', 'بكين']],
    ['علاقاتهما', ['علاقات', 'هما'], ['علاقات', 'هما']],
  ])('%s → %j', (word, texts, forms) => {
    const t = tokens.find((x) => x.text === word);
    expect(t?.parts?.map((p) => p.text)).toEqual(texts);
    expect(t?.parts?.map((p) => p.form)).toEqual(forms);
  });
  test.each(['واشنطن', 'بوتين', 'بكين', 'موسكو', 'أوكرانيا', 'فيسبادن', 'كريتنبرينك', 'الجزيرة'])('%s stays whole', (word) => {
    for (const t of tokens.filter((x) => x.text === word)) expect(t.parts).toHaveLength(1);
  });
});
