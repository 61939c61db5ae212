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
    const groups: Token[][] = [];
    // The tokenizer's numbers for the distinct words, so that the tagger finds a word's sums by number.
    const numbered = tokenForms(tokens);
    const forms: Int32Array[] = [];
    let t = 0;
    for (const sentence of spans) {
      while (t < tokens.length && tokens[t].end <= sentence.start) t++;
      const from = t;
      while (t < tokens.length && tokens[t].start < sentence.end) t++;
      if (t === from) continue;
      groups.push(tokens.slice(from, t) as Token[]);
      if (numbered !== undefined) forms.push(numbered.ids.subarray(from, t));
    }
    // The whole document at once: the model's in-document stage reads neighbouring sentences.
    // Loops, not callbacks made per call: see `ModelCache.addPair` in emissions.ts.
    const words: string[][] = [];
    for (const g of groups) {
      const w: string[] = [];
      for (const tok of g) w.push(tok.text);
      words.push(w);
    }
    const results = tagSentences(words, numbered === undefined ? undefined : { sentences: forms, count: numbered.count, serials: numbered.serials, previous: numbered.previous });
    for (let g = 0; g < groups.length; g++) {
      const sentenceTokens = groups[g];
      const { tags, scores } = results[g];
      for (const chunk of chunks(tags)) {
        const first = sentenceTokens[chunk.start];
        const last = sentenceTokens[chunk.end - 1];
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
