#!/usr/bin/env node
// kushim-verify: verifies a Kushim auditor export offline. Runs the TypeScript sources through tsx.
'use strict';
require('tsx/cjs/api').register();
const { main } = require('../src/cli/kushim-verify.ts');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`kushim-verify: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
