/**
 * Reading a run of digits with its separators. The run is search-normalized first, so every digit family
 * is ASCII and ٫ ٬ are already `.` `,`; the Arabic comma ، stays and serves as a thousands mark.
 *
 * @packageDocumentation
 */

// Bidi controls that mixed-direction text leaves between a number's digits (25799‪,‪52).
const CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/g;

/**
 * The value of a digit string, or null when its separators do not form one number. `,` followed by exactly
 * three digits is a thousands mark (3,000), otherwise a decimal mark (4,8); a repeated mark is a
 * thousands mark whose groups must all have three digits (1.234.567), so IP addresses (192.168.1.2) and
 * version strings (2.1.3) are not numbers; with two kinds of mark the last one is the decimal mark
 * (12،220,13). A leading zero on seven or more digits marks a phone number or an identifier: null.
 *
 * @example
 * ```ts
 * parseDigits('117.5');   // 117.5
 * parseDigits('3,000');   // 3000
 * parseDigits('4,8');     // 4.8
 * parseDigits('192.168.1.2'); // null
 * ```
 */
export function parseDigits(normalized: string): number | null {
  const text = normalized.replace(CONTROLS, '');
  const groups: string[] = [];
  const seps: string[] = [];
  let current = '';
  for (const c of text) {
    if (c >= '0' && c <= '9') current += c;
    else if (c === '.' || c === ',' || c === '،') {
      if (current === '') return null;
      groups.push(current);
      seps.push(c);
      current = '';
    } else return null;
  }
  if (current === '') return null;
  groups.push(current);
  if (seps.length === 0) {
    if (current.length >= 7 && current[0] === '0') return null;
    return Number(current);
  }
  const kinds = new Set(seps);
  if (kinds.size > 2) return null;
  const thousandsOk = (from: number, to: number): boolean => {
    if (groups[0].length > 3 || (groups[0][0] === '0' && groups[0].length > 1)) return false;
    for (let g = from; g < to; g++) if (groups[g].length !== 3) return false;
    return true;
  };
  if (kinds.size === 2) {
    const decimal = seps[seps.length - 1];
    if (seps.indexOf(decimal) !== seps.length - 1 || decimal === '،') return null;
    if (!thousandsOk(1, groups.length - 1)) return null;
    return Number(`${groups.slice(0, -1).join('')}.${groups[groups.length - 1]}`);
  }
  const sep = seps[0];
  if (seps.length > 1) return thousandsOk(1, groups.length) ? Number(groups.join('')) : null;
  if (sep === '،') return thousandsOk(1, 2) ? Number(groups.join('')) : null;
  if (sep === ',' && groups[0] !== '0' && thousandsOk(1, 2)) return Number(groups.join(''));
  return Number(`${groups[0]}.${groups[1]}`);
}
