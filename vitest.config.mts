import path from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// Three tiers (docs/testing.md): small = pure code, colocated *.spec.ts; medium = real PostgreSQL + Redis, one
// fresh database per run (test/medium-global-setup.ts); e2e = Playwright in apps/web/e2e (not vitest).
const swcPlugin = swc.vite({ jsc: { transform: { legacyDecorator: true, decoratorMetadata: true } } });
// Inside apps/api, `@/…` is the app's src folder (tsconfig paths).
const resolve = { alias: [{ find: /^@\//, replacement: `${path.resolve(import.meta.dirname, 'apps/api/src')}/` }] };

export default defineConfig({
  plugins: [swcPlugin],
  resolve,
  test: {
    projects: [
      {
        plugins: [swcPlugin],
        resolve,
        test: {
          name: 'small',
          include: ['packages/*/src/**/*.spec.ts', 'apps/*/src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
          environment: 'node',
        },
      },
      {
        plugins: [swcPlugin],
        resolve,
        test: {
          name: 'medium',
          include: ['apps/*/test/medium/**/*.test.ts', 'packages/*/test/medium/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/medium-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
