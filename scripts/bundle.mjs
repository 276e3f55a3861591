// Bundles the action, the CLI and the Heroku Connect stand-in (for npm run demo) with ncc into dist/
// (committed: GitHub runs dist/, not src/, and the demo must work on a fresh clone).
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const root = fileURLToPath(new URL('..', import.meta.url));
const entries = [
  { input: 'src/action/index.ts', output: 'dist' },
  { input: 'src/cli/index.ts', output: 'dist/cli', executable: true },
  { input: 'src/stand-in/index.ts', output: 'dist/stand-in', executable: true },
];

rmSync(path.join(root, 'dist'), { recursive: true, force: true });
for (const entry of entries) {
  // Source maps without ncc's register shim: an internal error's stack is mapped when reported (src/core/stack.ts).
  const { code, map, assets } = await ncc(path.join(root, entry.input), { license: 'licenses.txt', quiet: true, target: 'es2023', sourceMap: true, sourceMapRegister: false });
  const dir = path.join(root, entry.output);
  write(path.join(dir, 'index.js'), code);
  if (map) write(path.join(dir, 'index.js.map'), map);
  for (const [name, asset] of Object.entries(assets)) write(path.join(dir, name), asset.source);
  if (entry.executable) chmodSync(path.join(dir, 'index.js'), 0o755);
}

function write(file, content) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}
