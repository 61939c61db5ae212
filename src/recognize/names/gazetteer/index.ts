/**
 * The name gazetteer: compiled lists of countries, cities, regions, organizations and people, matched
 * over tokens by normalized, clitic-stripped keys.
 *
 * @packageDocumentation
 */
export { gazetteerRecognizer } from './recognizer.js';
export { lookup, isNationality, type LookupOptions } from './lookup.js';
export { loadGazetteer, type GazetteerEntry, type FormRef, type LoadedGazetteer } from './entries.js';
export { nameKey } from './key.js';
export { scanForms, type ScanToken, type FormMatch } from './scan.js';
export { FormIndex, keyWithCuts, type Stored } from './form-index.js';
export { baseReadings, type BaseReading } from './clitics.js';
