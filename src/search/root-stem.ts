/**
 * A dictionary-free root extractor for `stem(word, { mode: 'root' })`. It works on the output of the
 * light stemmer (clitics, article and inflectional suffixes already gone) and removes what the derivation
 * patterns add around a root: the prefixes of the derived forms (است، مست، م، ت، ي، ن، ا), the long
 * vowels ا، و، ي inside the word and the ت of form VIII (اجتماع → جتمع → جمع). Weak and hollow roots are
 * left as they come out (قال stays قال, يقول gives قول): without a root list, guessing the missing weak
 * letter costs more precision than it brings recall.
 */
import { ALEF, MEEM, NOON, SEEN, TEH, WAW, YEH } from './letters.js';

function isPrefixLetter(c: number): boolean {
  return c === ALEF || c === MEEM || c === TEH || c === YEH || c === NOON;
}

function isLongVowel(c: number): boolean {
  return c === ALEF || c === WAW || c === YEH;
}

/**
 * Extracts a (usually three-letter) root from a light-stemmed, folded word.
 *
 * @example
 * ```ts
 * rootFromLightStem('مكتوب'); // 'كتب'
 * rootFromLightStem('استخدام'); // 'خدم'
 * ```
 */
export function rootFromLightStem(light: string): string {
  let s = light;
  if (s.length <= 3) return s;
  // است / مست / يست / تست / نست: form X.
  if (s.length >= 6 && s.charCodeAt(1) === SEEN && s.charCodeAt(2) === TEH && (s.charCodeAt(0) === ALEF || isPrefixLetter(s.charCodeAt(0)))) {
    s = s.slice(3);
  } else if (s.length >= 5 && isPrefixLetter(s.charCodeAt(0))) {
    s = s.slice(1);
  }
  // Long vowels after the first letter are pattern letters once more than three letters remain.
  if (s.length > 3) {
    let out = s[0];
    let keep = s.length;
    for (let i = 1; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (keep > 3 && i < s.length - 1 && isLongVowel(c)) {
        keep--;
        continue;
      }
      out += s[i];
    }
    s = out;
  }
  if (s.length === 4) {
    const c0 = s.charCodeAt(0);
    // Form VIII puts ت after the first radical (جتمع); forms with a prefix letter (مكتب, تقدم) drop it.
    if (s.charCodeAt(1) === TEH) s = s[0] + s.slice(2);
    else if (isPrefixLetter(c0)) s = s.slice(1);
    else if (s.charCodeAt(3) === TEH || s.charCodeAt(3) === NOON) s = s.slice(0, 3);
  }
  return s;
}
