// Lint: typescript-eslint's recommended rules, React's hook rules and jsx-a11y for the pane, Prettier for layout
// (eslint-config-prettier turns off the rules that would fight it), and the architecture: core imports nothing
// of the other parts, and the other parts import core through its public surface only.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const deepCore = {
  group: ['**/core/*', '!**/core/index', '!**/core/plan', '!**/core/assembly', '**/core/*/**'],
  message: 'Import the core through its public surface (src/core/index.ts).',
};

export default tseslint.config(
  { ignores: ['.tmp/**', 'dist/**', 'coverage/**', 'node_modules/**', '.cert/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Word's text carries control characters (cell marks, soft breaks, footnote marks) that the code must match.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/demo/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    // The two classic hook rules; the React Compiler's rules of react-hooks 7 assume a compiler Jalon does not use.
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      ...jsxA11y.configs.recommended.rules,
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/word/**', '**/taskpane/**', '**/cli/**', '**/demo/**', 'react', 'react-dom', 'node:*'],
              message: 'The core is pure: text in, findings out.',
            },
          ],
        },
      ],
    },
  },
  {
    // The pane's DOM tests too: they mock the core's surface, so they must reach it the way the pane does.
    files: [
      'src/word/**/*.ts',
      'src/taskpane/**/*.{ts,tsx}',
      'src/cli/**/*.ts',
      'src/demo/**/*.{ts,tsx}',
      'test/dom/**/*.{ts,tsx}',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [deepCore] }] },
  },
  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  prettier,
);
