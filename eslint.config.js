import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['.output', '.wxt', 'node_modules', 'docs', 'models', '.probe', '.tmp-*', '.test-tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // lib/ is pure: only lib/glue.ts may touch the extension APIs (DEVELOPERS.md).
    files: ['lib/**/*.ts'],
    ignores: ['lib/glue.ts'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome'],
      'no-restricted-imports': ['error', { paths: ['wxt/browser', '#imports'] }],
    },
  },
);
