/**
 * Runs against the built, packed package as a user gets it: `npm pack` of the dist/ that jest's global
 * setup keeps in step with the sources (with --ignore-scripts, so it does not rebuild dist/ while other
 * tests read it), install the tarball into a fresh project, then require, import, run the CLI and
 * type-check consumers with `--module nodenext`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'tahlil-pack-'));
const consumer = join(work, 'consumer');
const sh = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });

beforeAll(() => {
  sh('npm', ['pack', '--ignore-scripts', '--pack-destination', work, '--silent'], repo);
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack produced no tarball');
  sh('mkdir', ['-p', consumer], work);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  sh('npm', ['install', '--prefer-offline', '--no-package-lock', join(work, tarball)], consumer);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const node = (args: string[]) => sh(process.execPath, args, consumer);

test('the tarball holds the builds and no corpora', () => {
  const listing = sh('tar', ['-tzf', join(work, readdirSync(work).find((f) => f.endsWith('.tgz')) as string)], work);
  expect(listing).toMatch(/package\/dist\/index\.cjs/);
  expect(listing).toMatch(/package\/dist\/index\.js/);
  expect(listing).toMatch(/package\/dist\/index\.d\.ts/);
  expect(listing).toMatch(/package\/dist\/index\.d\.cts/);
  expect(listing).not.toMatch(/\.bio\b|conllu|fixtures\/|tests\/|src\//);
});

test('the installed JavaScript is all ASCII (V8 then keeps each module source as a one-byte string)', () => {
  const dist = join(consumer, 'node_modules', 'tahlil', 'dist');
  const scripts = readdirSync(dist).filter((f) => /\.c?js$/.test(f));
  expect(scripts.length).toBeGreaterThan(10);
  for (const f of scripts) expect([f, /[^\x00-\x7f]/.test(readFileSync(join(dist, f), 'utf8'))]).toEqual([f, false]);
});

test("require('tahlil') works, even without require(esm) (as on Node 20 before 20.19)", () => {
  const script = `const t = require('tahlil'); const a = t.analyze('وصل بوتين إلى بكين يوم 05/02/2022.');
    process.stdout.write(JSON.stringify({ fns: ['analyze','normalize','tokenize','extractQuantities','extractEntities','stem','indexTerms','render'].map(f => typeof t[f]), lang: a.language.code, n: a.tokens.length, sub: typeof require('tahlil/normalize').normalize }));`;
  for (const flags of [[], ['--no-experimental-require-module']]) {
    const out = JSON.parse(node([...flags, '-e', script]));
    expect(out.fns.every((f: string) => f === 'function')).toBe(true);
    expect(out.lang).toBe('arb');
    expect(out.n).toBeGreaterThan(5);
    expect(out.sub).toBe('function');
  }
});

test("import('tahlil') and subpaths work from an ES module", () => {
  const script = `const t = await import('tahlil'); const n = await import('tahlil/normalize'); const k = await import('tahlil/tokenize');
    const q = await import('tahlil/quantities'); const e = await import('tahlil/entities'); const s = await import('tahlil/search');
    const r = await import('tahlil/render'); const nd = await import('tahlil/node');
    process.stdout.write(JSON.stringify([t.normalize('أَحْمَد'), n.normalize === t.normalize, typeof k.tokenize, typeof q.extractQuantities, typeof e.extractEntities, typeof s.stem, typeof r.render, typeof nd.analyzeStream]));`;
  const out = JSON.parse(node(['--input-type=module', '-e', script]));
  expect(out).toEqual(['احمد', true, 'function', 'function', 'function', 'function', 'function', 'function']);
});

test('the CLI runs from the installed package', () => {
  writeFileSync(join(consumer, 'in.txt'), 'وصل بوتين إلى بكين.');
  const out = sh('npx', ['--no-install', 'tahlil', 'tokenize', 'in.txt'], consumer);
  expect(out.split('\n')[0]).toBe('0\t3\tword\tوصل');
});

test('types resolve for CommonJS and ES module consumers under --module nodenext', () => {
  writeFileSync(
    join(consumer, 'cjs.cts'),
    `import { analyze, type Analysis, type Entity } from 'tahlil';\nimport { normalize } from 'tahlil/normalize';\n` +
      `const a: Analysis = analyze(normalize('بكين'));\nconst e: Entity | undefined = a.entities[0];\n` +
      `if (e && e.type === 'money') { const c: string = e.currency; void c; }\nexport {};\n`,
  );
  writeFileSync(
    join(consumer, 'esm.mts'),
    `import { analyze, tokenize, type Token } from 'tahlil';\nimport { extractQuantities } from 'tahlil/quantities';\n` +
      `const t: Token[] = tokenize('بكين');\nconst q = extractQuantities('3000 جندي');\nconst v: number | undefined = q[0]?.type === 'quantity' ? q[0].value : undefined;\n` +
      `void analyze; void t; void v;\n`,
  );
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['cjs.cts', 'esm.mts'] }),
  );
  const tsc = join(repo, 'node_modules/typescript/bin/tsc');
  expect(() => sh(process.execPath, [tsc, '-p', 'tsconfig.json'], consumer)).not.toThrow();
  // And a type error is reported, so the check above can fail.
  writeFileSync(join(consumer, 'bad.mts'), `import { analyze } from 'tahlil';\nconst n: number = analyze('x');\nvoid n;\n`);
  expect(() => sh(process.execPath, [tsc, '--module', 'nodenext', '--moduleResolution', 'nodenext', '--noEmit', '--strict', 'bad.mts'], consumer)).toThrow();
});
