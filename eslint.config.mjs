// Lint: typescript-eslint recommended, plus the architecture's boundary rule:
// src/domain is pure and may import nothing outside itself (no packages, no node:*, no hosts, no env).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import path from 'node:path';

const domainRoot = path.resolve('src/domain');

/** Resolves every import of a src/domain file and refuses anything that lands outside src/domain. */
const domainBoundary = {
  meta: { type: 'problem', messages: { outside: 'src/domain er ren: "{{source}}" ligger uden for src/domain (domain may import only src/domain).' } },
  create(context) {
    const check = (node) => {
      if (!node.source || typeof node.source.value !== 'string') return;
      const source = node.source.value;
      const inside = source.startsWith('.') &&
        path.resolve(path.dirname(context.filename), source).startsWith(domainRoot + path.sep);
      if (!inside) context.report({ node, messageId: 'outside', data: { source } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') {
          context.report({ node, messageId: 'outside', data: { source: 'require()' } });
        }
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/', 'test-artifacts/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    plugins: { kl: { rules: { 'domain-boundary': domainBoundary } } },
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'kl/domain-boundary': 'error',
      'no-restricted-globals': ['error',
        { name: 'process', message: 'src/domain must not read process/env: pass configuration in.' },
        { name: 'Office', message: 'Office is touched only by adapters.' },
        { name: 'Word', message: 'Word is touched only by adapters.' },
        { name: 'microsoftTeams', message: 'Teams is touched only by adapters.' },
        { name: 'fetch', message: 'No network in src/domain.' },
        { name: 'window', message: 'No DOM in src/domain.' },
        { name: 'document', message: 'No DOM in src/domain.' },
        { name: 'Buffer', message: 'No Node APIs in src/domain.' },
      ],
    },
  },
);
