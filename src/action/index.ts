import module from 'node:module';

// Reuse V8's compiled code across runs (Node >= 22.1): compiling the bundle is much of a lint's start-up.
module.enableCompileCache?.();
// Source maps are read only when an internal error is reported (see core/stack.ts), not on every start.
const { run } = await import('./main.js');
process.exitCode = await run();
