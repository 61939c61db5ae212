// Entry point for tests that run the CLI from source as a separate process (`node --import tsx cli.ts`).
import { main } from '../../src/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`tahlil: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
