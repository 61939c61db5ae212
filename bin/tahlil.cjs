#!/usr/bin/env node
'use strict';
// The CLI ships as CommonJS so that it starts on every Node 20 release (franc is bundled into the CJS build).

// `tahlil analyze big.txt | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
require('../dist/cli.cjs').main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`tahlil: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
