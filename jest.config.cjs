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
  // Jest defaults to one worker fewer than the cores: on CI's 2-core machine that is a single worker,
  // while the browser and database tests spend much of their time waiting on Chromium and PostgreSQL.
  maxWorkers: 2,
};
