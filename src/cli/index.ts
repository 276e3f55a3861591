#!/usr/bin/env node
import module from 'node:module';

// Reuse V8's compiled code across runs (Node >= 22.1): start-up dominates a lint of a few files.
module.enableCompileCache?.();
const { main } = await import('./main.js');
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
