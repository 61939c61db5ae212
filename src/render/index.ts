/**
 * The HTML entity view: `render(analysis)` returns a self-contained right-to-left page.
 *
 * @packageDocumentation
 */
export { render, type RenderInput, type RenderOptions } from './html.js';
export { entityFacts, formatNumber, resolvedValue, type EntityFact, type FactKey } from './describe.js';
export { ENTITY_TYPES, typeStyle, type TypeStyle } from './labels.js';
export { escapeHtml } from './escape.js';
