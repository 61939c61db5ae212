// One process of `scripts/bench-count.ts`, run under Valgrind: plain JavaScript, so that no module loader
// thread runs beside it (under Valgrind the threads take turns, and a thread waiting on another made the
// counts move by a few per cent between runs of the same code).
//
// Usage: node bench-count-child.mjs <built checkout> <input.json> <0|1>, where the input holds
// `{ warm: string[], parts: string[] }`: the warm-up documents, then the parts (the first is analysed
// untimed, the others only when the last argument is 1).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, input, timed] = process.argv.slice(2);
const { analyze } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const { warm, parts } = JSON.parse(readFileSync(input, 'utf8'));
const options = { entities: ['names'], language: false };
for (const document of warm) analyze(document, options);
analyze(parts[0], options);
if (timed === '1') for (const part of parts.slice(1)) analyze(part, options);
