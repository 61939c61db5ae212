import fc from 'fast-check';
import type { Context } from '../../src/pipeline/types.js';
import { splitSentences, tokenize } from '../../src/tokenize/index.js';
import { confidenceOf, modelRecognizer } from '../../src/recognize/names/model/recognizer.js';
import type { NameEntity, Token, WordPart } from '../../src/types.js';

// A whitespace tokenizer with explicit clitic splits, so the test does not depend on the real tokenizer:
// `و|بكين` marks a proclitic boundary; `ل|لحلف>الحلف` also gives the restored form of the base.
function context(spec: string): Context {
  const tokens: Token[] = [];
  let text = '';
  for (const piece of spec.split(' ')) {
    if (text.length > 0) text += ' ';
    const start = text.length;
    const [surface, form] = piece.split('>');
    const segs = surface.split('|');
    const word = segs.join('');
    text += word;
    const token: Token = { text: word, start, end: start + word.length, kind: 'word', normalized: word };
    if (segs.length > 1) {
      const parts: WordPart[] = [];
      let at = start;
      segs.forEach((seg, i) => {
        const last = i === segs.length - 1;
        parts.push({ role: last ? 'base' : 'proclitic', text: seg, start: at, end: at + seg.length, form: last && form ? form : seg });
        at += seg.length;
      });
      token.parts = parts;
    }
    tokens.push(token);
  }
  return { text, tokens, sentences: [{ text, start: 0, end: text.length }] };
}

const names = (ctx: Context): NameEntity[] => modelRecognizer.recognize(ctx) as NameEntity[];

describe('modelRecognizer', () => {
  it('excludes an attached conjunction from the entity span', () => {
    const ctx = context('وصل الرئيس فلاديمير بوتين إلى موسكو و|بكين أمس');
    const loc = names(ctx).find((e) => e.text.endsWith('بكين'));
    expect(loc).toBeDefined();
    expect(loc!.text).toBe('بكين');
    expect(ctx.text.slice(loc!.start, loc!.end)).toBe('بكين');
    expect(loc!.type).toBe('location');
  });

  it('keeps the article lam inside the span and restores it in name.ar', () => {
    const ctx = context('قال الأمين العام ل|لحلف>الحلف الأطلسي إن التحالف مستعد');
    const org = names(ctx).find((e) => e.text.includes('الأطلسي'));
    expect(org).toBeDefined();
    expect(org!.text).toBe('لحلف الأطلسي');
    expect(org!.name.ar).toBe('الحلف الأطلسي');
  });

  it('keeps a first letter the clitic analyser read as the future particle', () => {
    // The analyser splits سيرغي as س + يرغي (سـ before a verb); a name never carries that particle.
    const ctx = context('قال وزير الخارجية الروسي س|يرغي لافروف إن موسكو مستعدة');
    const per = names(ctx).find((e) => e.text.includes('لافروف'));
    expect(per).toBeDefined();
    expect(per!.text).toBe('سيرغي لافروف');
    expect(per!.name.ar).toBe('سيرغي لافروف');
  });

  it('emits model entities whose offsets slice the input exactly', () => {
    const ctx = context('قال وزير الخارجية الأمريكي أنتوني بلينكن في واشنطن إن الصين و|روسيا تتقاربان');
    const es = names(ctx);
    expect(es.length).toBeGreaterThanOrEqual(3);
    for (const e of es) {
      expect(ctx.text.slice(e.start, e.end)).toBe(e.text);
      expect(e.source).toBe('model');
      expect(e.id.startsWith('doc:')).toBe(true);
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
    expect(es.find((e) => e.text === 'روسيا')).toBeDefined();
  });

  it('finds nothing in text without Arabic, or in diacritics alone', () => {
    expect(names(context('Hello world , nothing here 123'))).toEqual([]);
    expect(names(context('ً ٌ ٍ ّ'))).toEqual([]);
    expect(names({ text: '', tokens: [], sentences: [] })).toEqual([]);
  });

  it('maps margins to confidences in [0, 1] that grow with the margin', () => {
    fc.assert(
      fc.property(fc.float({ min: 0, max: 1000, noNaN: true }), fc.float({ min: 0, max: 1000, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(confidenceOf(lo)).toBeLessThanOrEqual(confidenceOf(hi));
        expect(confidenceOf(lo)).toBeGreaterThanOrEqual(0);
        expect(confidenceOf(hi)).toBeLessThanOrEqual(1);
      }),
    );
    expect(confidenceOf(100)).toBeGreaterThan(confidenceOf(5));
  });

  it('works on the tokens and sentences of the real tokenizer', () => {
    const text = 'وصل الرئيس فلاديمير بوتين إلى موسكو وبكين أمس. وقال الأمين العام للحلف الأطلسي إن التحالف مستعد.';
    const tokens = tokenize(text);
    const es = names({ text, tokens, sentences: splitSentences(text, tokens) });
    for (const e of es) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(es.map((e) => [e.type, e.text])).toEqual(
      expect.arrayContaining([
        ['person', 'فلاديمير بوتين'],
        ['location', 'بكين'],
        ['organization', 'لحلف الأطلسي'],
      ]),
    );
    expect(es.find((e) => e.text === 'لحلف الأطلسي')!.name.ar).toBe('الحلف الأطلسي');
  });
});
