/**
 * The recognizer that runs the trained tagger over each sentence and turns its BIO chunks into name
 * entities whose spans exclude attached proclitics.
 *
 * @packageDocumentation
 */
import type { Recognizer } from '../../../pipeline/types.js';
import type { NameEntity, Token } from '../../../types.js';
import { foldWord } from './fold.js';
import { tagSentences } from './index.js';
import { tokenForms } from '../../../tokenize/tokenize.js';
import { chunks } from './tags.js';
import { nameForm, nameStart } from '../name-start.js';
import { entityName, nameEntity } from '../entity.js';

const TYPE_OF: Record<string, NameEntity['type']> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'location',
  MISC: 'misc',
};

/**
 * Maps a chunk's smallest token margin (decoder score units) to a confidence in (0, 1): a logistic curve
 * fitted by `scripts/calibrate-ner.ts` to the precision of dev-split chunks by margin octile for the
 * shipped model (precision about 0.58 at a margin of 44, 0.83 near 240, 0.95 near 670). The margin's scale
 * belongs to the model, so the curve is refitted whenever the model is retrained.
 *
 * @example
 * ```ts
 * confidenceOf(0);   // ≈ 0.58
 * confidenceOf(300); // ≈ 0.83
 * ```
 */
export function confidenceOf(margin: number): number {
  return 1 / (1 + Math.exp(-(margin + 78) / 243));
}

/**
 * Name entities from the tagger over the tokens of each sentence, the document tagged as a whole
 * (`source: 'model'`, a document-local id that linking may replace).
 *
 * @example
 * ```ts
 * const entities = modelRecognizer.recognize(ctx);
 * ```
 */
export const modelRecognizer: Recognizer = {
  name: 'names-model',
  stage: 'names',
  recognize(ctx) {
    const out: NameEntity[] = [];
    const { tokens, text } = ctx;
    const spans = ctx.sentences.length > 0 ? ctx.sentences : [{ start: 0, end: text.length }];
    // Each sentence's words and the index of its first token. The tokens are not copied per sentence: such
    // copies live as long as the document's tagging, and the collector would copy them again.
    const firsts: number[] = [];
    const words: string[][] = [];
    // The tokenizer's numbers for the distinct words, so that the tagger finds a word's sums by number.
    const numbered = tokenForms(tokens);
    const forms: Int32Array[] = [];
    let t = 0;
    for (const sentence of spans) {
      while (t < tokens.length && tokens[t].end <= sentence.start) t++;
      const from = t;
      const w: string[] = [];
      while (t < tokens.length && tokens[t].start < sentence.end) w.push((tokens[t++] as Token).text);
      if (t === from) continue;
      firsts.push(from);
      words.push(w);
      if (numbered !== undefined) forms.push(numbered.ids.subarray(from, t));
    }
    // The whole document at once: the model's in-document stage reads neighbouring sentences.
    // Loops, not callbacks made per call: see `ModelCache.addPair` in emissions.ts.
    const results = tagSentences(words, numbered === undefined ? undefined : { sentences: forms, count: numbered.count, serials: numbered.serials, previous: numbered.previous });
    for (let g = 0; g < words.length; g++) {
      const at = firsts[g] as number;
      const { tags, scores } = results[g];
      for (const chunk of chunks(tags)) {
        const first = tokens[at + chunk.start] as Token;
        const last = tokens[at + chunk.end - 1] as Token;
        const start = nameStart(first);
        const end = last.end;
        if (end <= start) continue;
        let margin = Infinity;
        for (let i = chunk.start; i < chunk.end; i++) margin = Math.min(margin, scores[i]);
        const ar = nameForm(first) + text.slice(first.end, end);
        out.push(nameEntity(TYPE_OF[chunk.type] ?? 'misc', text.slice(start, end), start, end, 'doc:' + foldWord(ar), entityName(ar), 'model', confidenceOf(margin)));
      }
    }
    return out;
  },
};
