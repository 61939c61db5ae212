/**
 * Plain numbers: every number the scan finds, in digits or in words. The refiners later drop those that
 * are part of money, a quantity, a percent or a date.
 *
 * @packageDocumentation
 */
import type { Recognizer } from '../../pipeline/types.js';
import type { NumberEntity } from '../../types.js';
import { spanOf } from './entity.js';
import { numberSpans } from './scan.js';

/**
 * Recognizes cardinal numbers: `117.5`, `٣٫٥`, `3,000`, `ثلاثة آلاف وخمسمائة`, `100 ألف`, `نصف`.
 *
 * @example
 * ```ts
 * numbersRecognizer.recognize(ctx); // [{ type: 'number', text: '100 ألف', value: 100000, … }]
 * ```
 */
export const numbersRecognizer: Recognizer = {
  name: 'quantities/numbers',
  stage: 'quantities',
  recognize(ctx) {
    return numberSpans(ctx).map((n): NumberEntity => ({ type: 'number', ...spanOf(ctx.text, n.start, n.end), value: n.value }));
  },
};
