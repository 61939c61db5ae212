import type { LanguageInfo } from '../types.js';
import { scoreLanguages } from './trigrams.js';

/** ISO 639-3 codes of Arabic: the macrolanguage, Standard Arabic and the spoken varieties. */
const ARABIC = new Set([
  'ara', 'arb', 'ary', 'arz', 'apc', 'ajp', 'acm', 'aeb', 'arq', 'ars', 'apd', 'ayl', 'acq', 'afb', 'ayp',
  'abv', 'shu', 'ayh', 'acw', 'acx', 'adf', 'aec', 'avl', 'pga', 'aao', 'ssh', 'auz', 'abh', 'ayn',
]);

const ARABIC_SCRIPT = /[\u0621-\u064a]/;
const NON_ARABIC_LETTERS = /[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06d2\u06c1\u06ba\u0679\u0688\u0691\u06be\u06c3]/;
const OTHER_SCRIPT = /[A-Za-z\u0400-\u04ff\u0590-\u05ff]/;

/**
 * franc's trigram profile stabilises after a few thousand characters; scoring a whole book only costs
 * time, so long inputs are sampled from their start.
 */
const SAMPLE = 4096;

/**
 * Detects the language of a text with franc's trigram profiles (ISO 639-3; see `scoreLanguages`). `und` for text that is too short or has no
 * letters. `confidence` (0 to 1) is ten times the margin of franc's best language over the
 * runner-up, capped at 1.
 *
 * @example
 * ```ts
 * detectLanguage('أعلنت الصين وروسيا شراكة بلا حدود في مواجهة الغرب').code; // 'arb'
 * ```
 */
export function detectLanguage(text: string): LanguageInfo {
  if (typeof text !== 'string') {
    throw new TypeError(`detectLanguage: expected the text to be a string, got ${text === null ? 'null' : typeof text}`);
  }
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  // On short Arabic-script text franc often says Urdu or Persian. Those languages write letters Arabic
  // does not use (پ چ ژ گ ک ی ے ہ ں ٹ ڈ ڑ); Arabic-script text without any of them is only weighed
  // against the Arabic varieties franc knows.
  const onlyArabic = ARABIC_SCRIPT.test(sample) && !NON_ARABIC_LETTERS.test(sample) && !OTHER_SCRIPT.test(sample);
  // Scots is left out: franc's Scots profile wins over English on most short English sentences.
  const ranked = scoreLanguages(sample, onlyArabic ? { minLength: 10, only: ['arb', 'ary'] } : { minLength: 10, ignore: ['sco'] });
  const [code, top] = ranked[0] ?? ['und', 0];
  if (code === 'und') return { code, isArabic: false, confidence: 0 };
  const second = ranked.length > 1 ? ranked[1][1] : 0;
  // franc scores every language relative to the best (which scores 1); a margin of 0.1 over the
  // runner-up already separates languages reliably, so the margin is scaled by 10 and capped at 1.
  return { code, isArabic: ARABIC.has(code), confidence: round(Math.max(0, Math.min(1, (top - second) * 10))) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
