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
  // Jest's default (cores - 1: one worker on CI's 2-core machine) is kept on purpose: with two workers
  // each held ~3 GB and competed with Chromium and PGlite for the cores; the suite took 992 s, not less.
};
