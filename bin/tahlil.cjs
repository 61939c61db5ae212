#!/usr/bin/env node
'use strict';
// The CLI ships as CommonJS so that it starts on every Node 20 release (franc is bundled into the CJS build).
require('../dist/cli.cjs').main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`tahlil: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
