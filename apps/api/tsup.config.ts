import { defineConfig } from 'tsup';

// Workspace packages (@kushim/*) are TypeScript sources: bundle them. Everything from node_modules stays external,
// so native modules (@node-rs/argon2) and Prisma's runtime load as published. tsup compiles with swc when
// emitDecoratorMetadata is on, which NestJS's constructor injection depends on.
export default defineConfig({
  entry: ['src/main.ts', 'src/worker.ts'],
  format: ['cjs'],
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  sourcemap: true,
  clean: true,
  splitting: false,
  noExternal: [/^@kushim\//],
  skipNodeModulesBundle: true,
});
