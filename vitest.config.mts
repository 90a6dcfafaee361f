import path from 'node:path';
import swc from 'unplugin-swc';
import { type Plugin, defineConfig } from 'vitest/config';

// Three tiers (docs/testing.md): small = pure code, colocated *.spec.ts; medium = real PostgreSQL + Redis, one
// fresh database per run (test/medium-global-setup.ts); e2e = Playwright in apps/web/e2e (not vitest).
const root = import.meta.dirname;
const swcPlugin = swc.vite({ jsc: { transform: { legacyDecorator: true, decoratorMetadata: true } } });

/** Each app's `@/…` is its own src folder (tsconfig paths), resolved from the importing file's app. */
const appAlias: Plugin = {
  name: 'kushim-app-alias',
  enforce: 'pre',
  async resolveId(source, importer) {
    if (!source.startsWith('@/') || !importer) {
      return null;
    }
    const app = /[\\/]apps[\\/]([^\\/]+)[\\/]/.exec(importer)?.[1];
    if (!app) {
      return null;
    }
    return this.resolve(path.join(root, 'apps', app, 'src', source.slice(2)), importer, { skipSelf: true });
  },
};

export default defineConfig({
  plugins: [appAlias, swcPlugin],
  test: {
    projects: [
      {
        plugins: [appAlias, swcPlugin],
        test: {
          name: 'small',
          include: ['packages/*/src/**/*.spec.ts', 'apps/*/src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
          environment: 'node',
        },
      },
      {
        plugins: [appAlias, swcPlugin],
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
