#!/usr/bin/env node
import module from 'node:module';

// Reuse V8's compiled code across runs (Node >= 22.1): start-up is most of a lint of a few files.
module.enableCompileCache?.();
// Source maps are read only when an internal error is reported (see core/stack.ts), not on every start.
// A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
const { main } = await import('./main.js');
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  // Node creates these streams when they are first asked for (stdin loads net or tty): a lint that
  // neither reads "-" nor says anything on stderr never pays for them.
  get stderr() {
    return process.stderr;
  },
  get stdin() {
    return process.stdin;
  },
  env: process.env,
  cwd: process.cwd(),
});
