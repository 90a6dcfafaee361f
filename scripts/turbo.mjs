#!/usr/bin/env node
// Runs turbo without pnpm's `pnpm_config_verify_deps_before_run` variable. pnpm 10 exports it to scripts as the string
// "false", which nested `pnpm run` calls (turbo runs each package's script through pnpm) read as true: each then checks
// node_modules/.pnpm-workspace-state-v1.json while its siblings do the same, and now and then one reads it half-written
// ("Unexpected end of JSON input"). Without the variable, nested pnpm uses its default (no check).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
delete env.pnpm_config_verify_deps_before_run;
const child = spawn(path.join(root, 'node_modules', '.bin', 'turbo'), process.argv.slice(2), {
  stdio: 'inherit',
  env,
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
