// ESLint for the TypeScript and the scripts' JavaScript: typescript-eslint's recommended rules, set
// to the codebase's deliberate choices, plus the repository's own rules. scripts/lint.mjs runs it
// over the files git knows (the test command counts it as a suite; turbo: npx turbo run lint).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/.turbo/**', '.pg/**', 'extension/sql/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // No package reaches into another one's build output: import the package (its exports) instead.
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['@wormhole/*/dist', '@wormhole/*/dist/*', 'pg-wormhole/dist', 'pg-wormhole/dist/*'],
          message: "Import the package itself; another package's dist/ is its private build output.",
        }],
      }],
      // Unused on purpose: a parameter or binding with a leading underscore (a callback's shape, a rest
      // sibling that drops a key), and `db`, the first parameter every remote function must declare.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^(_|db$)', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Error.captureStackTrace and Function.prototype.toString take any function: the SDK works on
      // the user's functions as they are, whatever their signature.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      // `case A: // why … case B:` shares one branch; the comment explains, it is not a forgotten break.
      'no-fallthrough': ['error', { allowEmptyCase: true }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true, allowShortCircuit: true }],
    },
  },
  {
    // The db API mirrors node-postgres, whose rows are `any` by design (`Record<string, any>`): the
    // public types and the classes that implement them say so; everything else uses unknown.
    files: ['packages/protocol/src/db.ts', 'packages/sdk/src/types.ts', 'packages/sdk/src/transaction.ts', 'packages/sdk/src/wormhole.ts',
      'packages/sdk/src/local-db.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Tests reach into shapes on purpose (and load modules lazily, or inside a remote function whose
    // refusal is the point).
    files: ['**/test/**', 'test/**', 'bench/**', 'examples/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // CommonJS: jest configs, node scripts and fixtures loaded with require().
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
