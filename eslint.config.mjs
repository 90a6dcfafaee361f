// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.next/**',
      '**/generated/**',
      '**/test-results/**',
      '**/playwright-report/**',
      '.kushim/**',
      'prisma/migrations/**',
      '**/next-env.d.ts',
      'prisma.config.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.mjs', '*.mts', '*.ts', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // NestJS decorators and DI need classes with only static-free members and empty constructors.
      '@typescript-eslint/no-extraneous-class': 'off',
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
    },
  },
  {
    // Plain JS scripts and tool configs are not type-checked.
    files: ['**/*.mjs', '**/*.cjs', '**/*.js', 'vitest.config.mts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // CommonJS entry points (npm bins) load with require().
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The web app talks to the API only: never to the database.
    files: ['apps/web/**/*.{ts,tsx}', 'packages/ui/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@kushim/db', message: 'apps/web talks to the API only (ARCHITECTURE.md).' },
            { name: '@prisma/client', message: 'apps/web talks to the API only (ARCHITECTURE.md).' },
          ],
          patterns: [{ group: ['@kushim/db/*', '@prisma/*'], message: 'apps/web talks to the API only.' }],
        },
      ],
    },
  },
  {
    // Only the queue adapter may import bullmq (one door per side effect).
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/infra/queue/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'bullmq', message: 'Use the QueueService in infra/queue (the only bullmq door).' }],
        },
      ],
    },
  },
  {
    // vitest's asymmetric matchers (expect.any, expect.stringContaining) are typed `any` by design.
    files: ['**/*.spec.ts', '**/*.test.ts', '**/*.spec.tsx', '**/e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  prettier,
  // eslint-config-prettier switches `curly` off; we want braces on every block.
  { rules: { curly: ['error', 'all'] } },
);
