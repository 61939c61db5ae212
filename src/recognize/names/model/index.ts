/**
 * The trained name tagger: BIO tags over PER/ORG/LOC/MISC for the words of one sentence. The bundled model
 * is decoded lazily on the first call, never at import.
 *
 * @packageDocumentation
 */
import { NER_MODEL_DATA, NER_MODEL_INFO } from '../../../generated/ner-model.js';
import { decodeModel, type LoadedModel } from './codec.js';
import { decodeDocument, type DocumentForms } from './tagger.js';
import { TAGS, toBio } from './tags.js';
import { hasPresentationForm, lettersOf } from '../../../text/presentation.js';
import { mapPacked } from '../../../util/arrays.js';

let loaded: LoadedModel | undefined;

function hasArabicLetter(words: readonly string[]): boolean {
  for (const w of words) {
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      // Each range as one unsigned comparison, so that every test runs for every code unit: a test that
      // only rare letters reached threw the optimized code away on the first (docs/NER.md, round 20).
      if ((c - 0x0621) >>> 0 <= 0x064a - 0x0621 || (c - 0x0671) >>> 0 <= 0x06d3 - 0x0671) return true;
    }
  }
  return false;
}
let loadMs = 0;

/**
 * The decoded model, decoding it on first use.
 *
 * @example
 * ```ts
 * getModel().featureCount; // e.g. 300000
 * ```
 */
export function getModel(): LoadedModel {
  if (loaded === undefined) {
    const t0 = typeof performance === 'undefined' ? Date.now() : performance.now();
    loaded = decodeModel(NER_MODEL_DATA);
    loadMs = (typeof performance === 'undefined' ? Date.now() : performance.now()) - t0;
  }
  return loaded;
}

/**
 * BIO tags of one sentence and, for each token, the decoder's margin (how much the best tagging's score
 * drops if this token took its best other tag; higher is more certain).
 *
 * @example
 * ```ts
 * const r: TagResult = { tags: ['O', 'B-PER'], scores: [5.2, 3.1] };
 * ```
 */
export interface TagResult {
  tags: string[];
  scores: number[];
}

/**
 * Tags the sentences of one document. Names are tagged consistently across the document: the model's
 * second stage looks at how the same words were tagged in nearby sentences.
 *
 * @param forms numbers for the document's distinct words (the tokenizer's, see `tokenForms`); when
 *   omitted they are found here. Equal numbers must mean equal words.
 *
 * @example
 * ```ts
 * const [first, second] = tagSentences([['وصل', 'بوتين'], ['وقال', 'بوتين']]);
 * second.tags; // ['O', 'B-PER']
 * ```
 */
export function tagSentences(input: readonly (readonly string[])[], forms?: DocumentForms): TagResult[] {
  if (input.every((s) => s.length === 0)) return input.map(() => ({ tags: [], scores: [] }));
  const sentences = withLetters(input);
  const decoded = decodeDocument(getModel(), sentences, forms);
  // A loop, not a callback made per call (see `ModelCache.addPair` in emissions.ts).
  const out: TagResult[] = [];
  for (let s = 0; s < decoded.length; s++) {
    const words = sentences[s];
    // The model learned from Arabic text only; in a sentence without one Arabic letter it would be guessing.
    if (hasArabicLetter(words)) out.push({ tags: toBio(getModel().tagCount, decoded[s].tags), scores: toNumbers(decoded[s].margins) });
    else {
      const tags: string[] = [];
      const scores: number[] = [];
      for (let i = 0; i < words.length; i++) {
        tags.push('O');
        scores.push(0);
      }
      out.push({ tags, scores });
    }
  }
  return out;
}

// The sentences with glyph forms from PDFs (ﺑﻮﺗﻴﻦ) read as letters, as the model learned them; the
// same array when no word has one. Equal words stay equal, so the caller's form numbers still hold.
function withLetters(sentences: readonly (readonly string[])[]): readonly (readonly string[])[] {
  // The test alone in this loop, the conversion in a function of its own: the first glyph form then throws
  // away only this small function's optimized code, not a loop with the conversion inlined (docs/NER.md,
  // round 20).
  for (const s of sentences) for (const w of s) if (hasPresentationForm(w)) return allLetters(sentences);
  return sentences;
}

function allLetters(sentences: readonly (readonly string[])[]): string[][] {
  return mapPacked(sentences, (t) => mapPacked(t, lettersOf));
}

// A plain copy of the margins: `Array.from` walks a typed array through its iterator, one result object
// per element.
function toNumbers(margins: ArrayLike<number>): number[] {
  const out = new Array<number>(margins.length);
  for (let i = 0; i < margins.length; i++) out[i] = margins[i];
  return out;
}

/**
 * Tags the words of one sentence (whitespace tokens with punctuation split, as in ANERcorp).
 *
 * @example
 * ```ts
 * tagTokens(['وصل', 'فلاديمير', 'بوتين', 'إلى', 'بكين']).tags;
 * // ['O', 'B-PER', 'I-PER', 'O', 'B-LOC']
 * ```
 */
export function tagTokens(words: readonly string[]): TagResult {
  return tagSentences([words])[0];
}

/**
 * What the bundled model is: how it was trained, its size, and (after the first tagging call) its decoded
 * feature count and load time.
 *
 * @example
 * ```ts
 * modelInfo.training.epochs; // 12
 * modelInfo.sizeBytes;       // bytes of the bundled base64 model
 * ```
 */
export const modelInfo = {
  training: NER_MODEL_INFO,
  tags: TAGS,
  sizeBytes: NER_MODEL_DATA.length,
  /** Number of weighted features; decodes the model when first read. */
  get featureCount(): number {
    return getModel().featureCount;
  },
  /** Milliseconds the last decode took (0 before the model was first used). */
  get loadMs(): number {
    return loadMs;
  },
};
