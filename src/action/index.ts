// Before main is loaded (a chunk of its own in dist/), so that an internal error's stack names src/.
process.setSourceMapsEnabled(true);
const { run } = await import('./main.js');
process.exitCode = await run();
