// Runs jest on the Node 24 runtime that GitHub Actions uses (the `node` dev dependency),
// with the VM-modules flag that ESM tests need. Extra arguments go to jest.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// fileURLToPath, not .pathname: a checkout whose path has a space would read as %20 and not be found.
const node24 = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
const runtime = existsSync(node24) ? node24 : process.execPath;
const jest = fileURLToPath(new URL('../node_modules/jest/bin/jest.js', import.meta.url));
const result = spawnSync(runtime, ['--experimental-vm-modules', '--no-warnings', jest, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, HCA_TEST_NODE: runtime },
});
process.exit(result.status ?? 1);
