#!/usr/bin/env node
// `prisma generate` offline: the Prisma CLI tries to download its schema-engine binary for every command, but
// `generate` never runs it, so pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file is enough
// (STACK-NOTES, docs/adr/0002). Runs on install (postinstall) so a fresh clone has a client.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const prisma = path.join(
  here,
  'node_modules',
  '.bin',
  process.platform === 'win32' ? 'prisma.cmd' : 'prisma',
);
const result = spawnSync(prisma, ['generate', '--config', path.join(here, '..', '..', 'prisma.config.ts')], {
  cwd: here,
  stdio: 'inherit',
  env: { PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1', ...process.env },
});
process.exit(result.status ?? 1);
