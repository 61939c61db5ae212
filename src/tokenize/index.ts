/**
 * Tokens, clitics and sentences.
 *
 * @packageDocumentation
 */
export { tokenize, type TokenizeOptions } from './tokenize.js';
export { splitSentences } from './sentences.js';
export { analyzeWord } from './clitics.js';
export type { Token, TokenKind, WordPart, PartRole, Sentence } from '../types.js';
