// Jest runs the TypeScript sources through SWC (fast, no type-checking: `npm run typecheck` does that).
// franc and its helpers ship only as ES modules; jest runs CommonJS, so they are transformed too instead of
// being ignored like the rest of node_modules.
const esmOnly = ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testPathIgnorePatterns: ['/node_modules/', '/__output__/'],
  testTimeout: 60000,
  globalSetup: '<rootDir>/tests/global-setup.cjs',
};
