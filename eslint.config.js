import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

/**
 * Where code runs decides what it may import (utils/README.md). tests/unit/architecture.test.ts
 * plants forbidden imports to prove each boundary fires.
 */
const UI_AND_DATA = {
  group: ['dexie', 'dexie/*', 'preact', 'preact/*', '@preact/*', 'zod', 'zod/*', '@noble/*', '@wxt-dev/i18n', '@wxt-dev/i18n/*'],
  message: 'Content scripts, page readers, rules and the protocol stay small: no Dexie, Preact, zod or ciphers (utils/README.md).',
};
const EXTENSION_ORIGIN = {
  // Any path through the database, the keys, backups, the extension's storage or the worker: types may cross, code may not.
  regex: '(^|/)(db|crypto|backup|extension|background)(/|$)',
  allowTypeImports: true,
  message: 'Notes, keys and the extension’s storage live on the extension’s origin only (utils/README.md).',
};
const COMPONENTS = { regex: '(^|/)components(/|$)', message: 'utils/ never imports the interface (components/).' };
const SCHEMAS = {
  regex: '(^|/)(message-)?schemas$',
  allowTypeImports: true,
  message: 'zod schemas are the background’s and the pages’: a content script only sends (utils/protocol/README.md).',
};
const contextBoundaries = [
  {
    files: ['utils/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [COMPONENTS] }] },
  },
  {
    // Runs everywhere, content scripts included.
    files: ['utils/protocol/**/*.ts', 'utils/rules/**/*.ts'],
    ignores: ['utils/protocol/message-schemas.ts', 'utils/protocol/schemas.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [COMPONENTS, UI_AND_DATA, EXTENSION_ORIGIN] }] },
  },
  {
    // The content scripts and what they read pages with: nor the schemas, nor the catalogue's runtime (utils/rules/page-i18n.ts reads it).
    files: [
      'utils/content/**/*.ts',
      'utils/sites/**/*.ts',
      'entrypoints/*.content.ts',
      'entrypoints/*.content/**/*.ts',
      'entrypoints/calendar-on-demand.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '#i18n', allowTypeImports: true, message: 'Content scripts read the catalogue through utils/rules/page-i18n.ts.' },
          ],
          patterns: [COMPONENTS, UI_AND_DATA, EXTENSION_ORIGIN, SCHEMAS],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'utils/**/*.{ts,tsx}', 'tests/unit/**/*.{ts,tsx}', 'bench/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/refs': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Every word the interface shows comes from the catalogue (components/locales/en.yml, through
    // @wxt-dev/i18n): no words in JSX text, nor in the attributes a person reads or hears.
    files: ['entrypoints/**/*.tsx', 'components/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXText[value=/[A-Za-z]{2,}/]', message: 'Interface text belongs in the catalogue: i18n.t(…).' },
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|aria-description|title|placeholder|alt|label)$/] > Literal[value=/[A-Za-z]{2,}/]',
          message: 'Interface text belongs in the catalogue: i18n.t(…).',
        },
        {
          selector:
            'JSXAttribute[name.name=/^(aria-label|aria-description|title|placeholder|alt|label)$/] > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/[A-Za-z]{2,}/]',
          message: 'Interface text belongs in the catalogue: i18n.t(…).',
        },
        {
          // Words in the children, directly or through a condition: {cond ? 'Saved' : 'Saving…'}, {`${n} held`}.
          selector: [
            'JSXExpressionContainer > Literal',
            'JSXExpressionContainer > :matches(ConditionalExpression, LogicalExpression, BinaryExpression) > Literal',
            'JSXExpressionContainer > :matches(ConditionalExpression, LogicalExpression) > :matches(ConditionalExpression, LogicalExpression) > Literal',
            'JSXExpressionContainer > TemplateLiteral > TemplateElement',
            'JSXExpressionContainer > :matches(ConditionalExpression, LogicalExpression) > TemplateLiteral > TemplateElement',
          ]
            .map((path) => `:matches(JSXElement, JSXFragment) > ${path}`)
            .map((path) => (path.endsWith('Literal') ? `${path}[value=/[A-Za-z]{2,}/]` : `${path}[value.raw=/[A-Za-z]{2,}/]`))
            .join(', '),
          message: 'Interface text belongs in the catalogue: i18n.t(…).',
        },
      ],
    },
  },
  {
    // Playwright fixtures take a `use` callback that is not a hook, and `{}` when they need no other fixture.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // Its page.evaluate callbacks run in the browser.
    files: ['tests/harness/capture-outlook-fixtures.mjs'],
    languageOptions: { globals: { document: 'readonly' } },
  },
  {
    // The fake calendar page runs in the browser.
    files: ['tests/fixtures/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: {
        document: 'readonly',
        window: 'readonly',
        location: 'readonly',
        history: 'readonly',
        btoa: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URLSearchParams: 'readonly',
      },
    },
  },
  ...contextBoundaries,
  prettier,
);
