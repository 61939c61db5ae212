// Tests that exercise the built package (tests/package, tests/node/dist) need a dist/ that matches the
// sources. Build once before the run when dist/ is missing or older than any file under src/, so those
// tests never run against a stale build and never rebuild it while other tests read it.
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

module.exports = async function globalSetup() {
  const marker = join(root, 'dist', 'index.cjs');
  const sources = Math.max(newest(join(root, 'src')), statSync(join(root, 'tsup.config.ts')).mtimeMs);
  if (existsSync(marker) && statSync(marker).mtimeMs >= sources) return;
  process.stderr.write('\nglobal setup: dist/ is missing or older than src/; running npm run build\n');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
};
