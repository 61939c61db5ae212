/**
 * The letter skeleton used as the key of the word lexicon: diacritics and tatweel dropped, hamzated alefs
 * and alef wasla to bare alef, alef maqsura to yeh, teh marbuta to heh.
 *
 * It is deliberately fixed and independent of the user-facing `normalize()` presets: the compiled lexicon
 * (src/generated/lexicon.ts) was built with these exact keys, and a change to a preset must not silently
 * invalidate it. `scripts/build-data/lexicon.ts` imports this same function.
 *
 * @example
 * ```ts
 * foldKey('الصِّينَ'); // 'الصين'
 * ```
 */
export function foldKey(word: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const f = foldUnit(c);
    if (f !== c) {
      if (!changed) {
        out = word.slice(0, i);
        changed = true;
      }
      if (f !== 0) out += String.fromCharCode(f);
    } else if (changed) {
      out += word[i];
    }
  }
  return changed ? out : word;
}

/**
 * The folded code unit, or 0 to drop it.
 *
 * @example
 * ```ts
 * foldUnit(0x623); // 0x627: أ → ا
 * ```
 */
export function foldUnit(c: number): number {
  if (c < 0x622 || c > 0x6ed) return c;
  if ((c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640 || (c >= 0x6d6 && c <= 0x6ed)) return 0;
  switch (c) {
    case 0x622: // آ
    case 0x623: // أ
    case 0x625: // إ
    case 0x671: // ٱ
      return 0x627;
    case 0x649: // ى
      return 0x64a;
    case 0x629: // ة
      return 0x647;
    default:
      return c;
  }
}
