/** Jest runs TypeScript through SWC (fast, no type-check: `npm run typecheck` does that). */
const esmPackages = ['jose', 'fflate', '@electric-sql', 'kysely-pglite-dialect', 'diff', 'fast-xml-parser', 'strnum', 'xmllint-wasm', '@microsoft/teams-js', 'content-disposition', 'cookie'];
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j|mj|cj)sx?$': ['@swc/jest', {
      jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' },
      module: { type: 'commonjs' },
    }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  testTimeout: 60000,
  // A fresh PGlite cluster image made once per run, loaded by every in-memory test database (tests/setup).
  globalSetup: '<rootDir>/tests/setup/global-setup.ts',
  setupFiles: ['<rootDir>/tests/setup/each-file.ts'],
  // Browser tests last, their bundles built meanwhile in the background (tests/setup/sequencer.cjs).
  testSequencer: '<rootDir>/tests/setup/sequencer.cjs',
  // Two workers on CI's 2-core machine (jest's default there is one): measured on a clean clone, quiet
  // machine, the whole CI took 546 s with two and 663 s with one. (Before the PGlite cluster image, two
  // were slower: each worker's initdb runs kept both cores busy.) More cores: one worker per core but one.
  maxWorkers: Math.max(2, require('node:os').availableParallelism() - 1),
};
