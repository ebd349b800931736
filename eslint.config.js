import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-output/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } }, 'import-x/extensions': ['.ts', '.tsx', '.js'] },
    languageOptions: { globals: { ...globals.browser, ...globals.node, chrome: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Modules that import each other, however indirectly, are one module in two files.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Page text must never become markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use textContent or Preact: page text never becomes markup.' },
        { property: 'outerHTML', message: 'Use textContent or Preact: page text never becomes markup.' },
        { property: 'insertAdjacentHTML', message: 'Use DOM methods: page text never becomes markup.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render strings as HTML.' },
      ],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    // Code that runs in web pages carries no validation or database code: a page's messages are
    // checked by the background, and the library lives in the extension's origin only.
    files: ['lib/page/**', 'entrypoints/first-look.ts', 'entrypoints/page-scan.ts', 'entrypoints/page-ui/**', 'entrypoints/collect-article.ts', 'components/page/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'valibot', message: 'No validation code in web pages: the background checks every message.' },
            { name: 'idb', message: 'No database code in web pages: the library lives in the extension only.' },
            { name: '@wxt-dev/storage', message: 'Web pages get the settings with the first look and follow storage.onChanged (lib/shared/settings).' },
          ],
          patterns: [
            {
              group: ['**/library/*', '**/messaging/requests', '**/messaging/router', '**/background/*', '**/shared/settings-store'],
              allowTypeImports: true,
              message: 'Web pages import types only from the library, the table of requests, the background and the settings store.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
);
