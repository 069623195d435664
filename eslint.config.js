import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

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
  prettier,
);
