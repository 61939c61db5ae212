import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// The built package finds its worker file next to itself, as ES module and as CommonJS. jest's global
// setup (tests/global-setup.cjs) rebuilds dist/ whenever it is older than the sources, so a stale build
// here is a failure, not a skip.
const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const FILES = ['node.js', 'node.cjs', 'node-worker.js', 'node-worker.cjs'].map((f) => join(DIST, f));

function newestSource(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }, 0);
}

const fresh = FILES.every(existsSync) && Math.min(...FILES.map((f) => statSync(f).mtimeMs)) >= newestSource(join(ROOT, 'src'));
const suite = describe;
test('dist/ is built and newer than the sources', () => {
  expect(fresh).toBe(true);
});

const TEXTS = JSON.stringify(['وصل الرئيس فلاديمير بوتين إلى بكين يوم 05/02/2022.', 'ارتفع التبادل 35% إلى 146.9 مليار دولار.', '']);
const body = (load: string) => `
${load}
const texts = ${TEXTS};
Promise.all([m.analyzeMany(texts, { workers: 1 }), m.analyzeMany(texts, { workers: 2 })]).then(([one, two]) => {
  process.stdout.write(JSON.stringify({ same: JSON.stringify(one) === JSON.stringify(two), entities: two.map((a) => a.entities.length) }));
});`;

suite('built tahlil/node', () => {
  it.each([
    ['ES module', ['--input-type=module', '-e', body(`import * as m from ${JSON.stringify(join(DIST, 'node.js'))};`)]],
    ['CommonJS', ['-e', body(`const m = require(${JSON.stringify(join(DIST, 'node.cjs'))});`)]],
  ])('runs a worker pool when loaded as %s', (_name, args) => {
    const out = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000 }));
    expect(out.same).toBe(true);
    expect(out.entities[0]).toBeGreaterThan(0);
    expect(out.entities[2]).toBe(0);
  });
});
