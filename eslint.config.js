import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// House rules (../shared/STYLE.md): lib/ holds logic only — no React, no WXT, no extension
// APIs, no DOM globals outside lib/dom/, no Node built-ins outside lib/node/.
const LIB_FORBIDDEN_IMPORTS = [
  {
    group: ['react', 'react-dom', 'react/*'],
    message: 'lib/ is logic only: render in components/.',
  },
  {
    group: ['wxt', 'wxt/*', '#imports'],
    message: 'lib/ must not depend on WXT: call it from entrypoints/.',
  },
  {
    group: ['webextension-polyfill', '@wxt-dev/*'],
    message: 'Extension APIs belong in entrypoints/.',
  },
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/node/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...LIB_FORBIDDEN_IMPORTS,
            {
              group: ['node:*'],
              message: 'Node built-ins belong in lib/node/ (the command-line adapters).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'Extension APIs belong in entrypoints/.' },
        { name: 'chrome', message: 'Extension APIs belong in entrypoints/.' },
      ],
    },
  },
  {
    files: ['lib/node/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: LIB_FORBIDDEN_IMPORTS }] },
  },
);
