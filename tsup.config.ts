import { defineConfig } from 'tsup';

// Entry points: the browser-safe root and one subpath per public function family; `node` and the CLI
// are Node-only.
const entry = {
  index: 'src/index.ts',
  normalize: 'src/text/index.ts',
  tokenize: 'src/tokenize/index.ts',
  analyze: 'src/subpaths/analyze.ts',
  quantities: 'src/subpaths/quantities.ts',
  entities: 'src/subpaths/entities.ts',
  search: 'src/search/index.ts',
  render: 'src/render/index.ts',
  node: 'src/node/index.ts',
  'node-worker': 'src/node/worker.ts',
  cli: 'src/cli/main.ts',
};

// franc ships only as ES modules (tahlil reads its profile and script modules, `src/language/trigrams.ts`).
// The ESM build imports them from node_modules; the CommonJS build bundles them so that `require('tahlil')`
// works on every Node 20 release (require(esm) only arrived in 20.19).
const esmOnly = ['franc'];

export default defineConfig([
  {
    entry,
    format: ['esm'],
    dts: true,
    sourcemap: false,
    clean: false,
    target: 'node20',
    splitting: true,
    treeshake: true,
    outDir: 'dist',
  },
  {
    entry,
    format: ['cjs'],
    dts: true,
    sourcemap: false,
    target: 'node20',
    // Shared chunks instead of one copy of the model and gazetteers per entry point.
    splitting: true,
    treeshake: true,
    noExternal: esmOnly,
    outDir: 'dist',
  },
]);
