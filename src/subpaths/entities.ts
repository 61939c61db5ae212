/**
 * `tahlil/entities`: people, organizations, places and other names.
 *
 * @packageDocumentation
 */
export { extractEntities } from '../pipeline/extract.js';
export type { NameEntity, NameSource } from '../types.js';
