// TEMPORARY (api helper): the root vitest.config.mts plus an importer-aware `@/` alias. Delete once the root
// config resolves `@/`.
import path from 'node:path';
import type { Plugin } from 'vite';
import base from '../../vitest.config.mts';

const root = path.resolve(import.meta.dirname, '../..');
const appAlias: Plugin = {
  name: 'kushim-app-alias',
  enforce: 'pre',
  async resolveId(source, importer) {
    if (!source.startsWith('@/') || !importer) return null;
    const match = /[\\/]apps[\\/]([^\\/]+)[\\/]/.exec(importer);
    if (!match?.[1]) return null;
    return this.resolve(path.join(root, 'apps', match[1], 'src', source.slice(2)), importer, { skipSelf: true });
  },
};

const projects = (base.test?.projects ?? []) as Array<{ plugins?: Plugin[]; test?: object }>;
export default {
  ...base,
  root,
  plugins: [...((base.plugins ?? []) as Plugin[]), appAlias],
  test: { ...base.test, projects: projects.map((p) => ({ ...p, plugins: [...(p.plugins ?? []), appAlias] })) },
};
