// First runs the hostile-answer tests (__tests__/hostile/): the built action and CLI against stand-ins
// that misbehave. Then runs the bundled CLI on each hostile input of the security tests, one at a
// time, and prints the wall time and peak memory (maximum resident set size) of each: the figures the
// README's Security section quotes (`--tests-only` skips them). Run `npm run bundle` first.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostileCases, hostileWorkspace, outsideOf } from '../test-support/hostile-inputs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = existsSync(path.join(root, 'node_modules/node/bin/node')) ? path.join(root, 'node_modules/node/bin/node') : process.execPath;
const cli = path.join(root, 'dist/cli/index.js');

const tests = spawnSync(process.execPath, [path.join(root, 'scripts/test.mjs'), '__tests__/hostile', ...process.argv.slice(2).filter((arg) => arg !== '--tests-only')], {
  stdio: 'inherit',
  env: { ...process.env, HCA_HOSTILE: '1' },
});
if (tests.status !== 0) process.exit(tests.status ?? 1);
if (process.argv.includes('--tests-only')) process.exit(0);

console.log('| case | exit | time | peak memory |');
console.log('|---|---:|---:|---:|');
for (const { id, about, files } of hostileCases('/nonexistent')) {
  const { workspace } = hostileWorkspace([id]);
  // Named explicitly, so that each file is linted whatever the search would make of it; the
  // directory symlink is the one case about the search itself.
  const named = id === 'directory-symlink' ? [] : Object.keys(files);
  const started = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-f', '%M', node, cli, 'lint', ...named, '--format', 'json'], { cwd: workspace, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const peakKiB = Number(run.stderr.trim().split('\n').at(-1));
  console.log(`| ${about} | ${run.status ?? run.signal} | ${ms.toFixed(0)} ms | ${(peakKiB / 1024).toFixed(0)} MiB |`);
  rmSync(workspace, { recursive: true, force: true });
  rmSync(outsideOf(workspace), { recursive: true, force: true });
}
