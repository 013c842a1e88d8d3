import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Frameworks the knowledge layer must never reach for; dependency-cruiser checks the same rule
// across the whole graph, this gives the editor an immediate squiggle.
const forbiddenInDomain = ['botbuilder', 'botbuilder-*', 'restify', 'lowdb', 'lowdb/*', 'adaptivecards*'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'data/', 'bench/results/', 'appPackage/build/', 'test-results/'] },
  js.configs.recommended,
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: forbiddenInDomain, message: 'domain/ is pure knowledge: no bot framework, web server or storage.' },
            { group: ['../bot/*', '../dialogs/*', '../cards/*', '../../*'], message: 'domain/ imports nothing from the other layers.' },
          ],
        },
      ],
    },
  },
);
