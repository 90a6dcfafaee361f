#!/usr/bin/env node
// Entry point of `npm run demo` / `npm test` / `pnpm bench` …: plain Node with no dependencies, so it can run on a
// fresh clone. It installs the workspace with the lockfile when needed, then hands over to scripts/kushim/main.ts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM = 'pnpm@10.34.9';

const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  console.error(`Kushim needs Node.js 20 or newer (this is ${process.version}).`);
  process.exit(1);
}

function run(cmd, args, opts = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (result.error) {
    return { ok: false, error: result.error };
  }
  return { ok: result.status === 0, status: result.status };
}

function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0) {
    return ['pnpm', []];
  }
  return ['npx', ['--yes', PNPM]];
}

const needsInstall =
  !existsSync(path.join(root, 'node_modules', '.modules.yaml')) ||
  !existsSync(path.join(root, 'packages', 'db', 'src', 'generated', 'prisma', 'client.ts'));
if (needsInstall) {
  const [cmd, pre] = pnpmCommand();
  console.log('» installing dependencies from the lockfile (first run)…');
  const res = run(cmd, [...pre, 'install', '--frozen-lockfile'], {
    env: { ...process.env, CI: process.env.CI ?? 'true' },
  });
  if (!res.ok) {
    console.error('Dependency installation failed (see above).');
    process.exit(1);
  }
}

// The orchestrator runs as a child; signals sent to this process are passed on so it can stop what it started.
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const child = spawn(tsx, [path.join(root, 'scripts', 'kushim', 'main.ts'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
