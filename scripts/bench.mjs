// Times the bundled CLI and action against the floor of each case (what bare `node` must do anyway),
// alternating the two so that load on the machine weighs on both alike, and prints the README's table.
// Run `npm run bundle` first. BENCH_RUNS sets the runs per case (median taken; default 15); BENCH_DIST
// measures another build (a dist/ folder, for instance main's, to compare before and after).
//
// The cases (issue 7):
//  1. the largest realistic export, clean: 100 mappings x 800 fields, against `node` read + JSON.parse;
//  2. the same with one finding in its last mapping (read_write without upsert_field), time and peak memory;
//  3. a folder of 200 exports of about 100 KB each, against reading and parsing them all;
//  4. the bundled action linting one small file, against `node -e 0`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundledNode = path.join(root, 'node_modules/node/bin/node');
const node = existsSync(bundledNode) ? bundledNode : process.execPath;
const dist = path.resolve(process.env.BENCH_DIST ?? path.join(root, 'dist'));
const cli = path.join(dist, 'cli/index.js');
const action = path.join(dist, 'index.js');
const runs = Number(process.env.BENCH_RUNS ?? 15);
const MEMORY_RUNS = 3;

/** An export in Heroku Connect's layout (4-space indent); `withFinding`: the last mapping is read_write without upsert_field. */
function exportText({ mappings: mappingCount, fields: fieldCount, withFinding = false, prefix = 'Bench' }) {
  const mappings = [];
  for (let m = 0; m < mappingCount; m++) {
    const fields = { Id: {}, IsDeleted: {}, SystemModstamp: {}, CreatedDate: {}, Name: {} };
    for (let f = 5; f < fieldCount; f++) fields[`Custom_Field_${String(f).padStart(3, '0')}__c`] = {};
    mappings.push({
      object_name: `${prefix}_Object_${String(m).padStart(4, '0')}__c`,
      config: {
        access: withFinding && m === mappingCount - 1 ? 'read_write' : 'read_only',
        sf_notify_enabled: false,
        sf_polling_seconds: 600,
        sf_max_daily_api_calls: 30000,
        fields,
        indexes: { Id: { unique: true }, SystemModstamp: { unique: false } },
      },
    });
  }
  const connection = { app_name: 'bench', organization_id: '00D000000000000EAA', exported_at: '2026-11-22T00:00:00.000000+00:00', api_version: '62.0' };
  return `${JSON.stringify({ mappings, connection, version: 1 }, null, 4)}\n`;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** One run's wall time in ms; `expectedStatus` guards against timing a run that failed. */
function once({ args, env, expectedStatus }) {
  const start = process.hrtime.bigint();
  const result = spawnSync(node, args, { encoding: 'utf8', env: env ?? process.env, maxBuffer: 64 * 1024 * 1024 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== expectedStatus) throw new Error(`${args.join(' ')} exited ${result.status}, not ${expectedStatus}: ${result.stderr}${result.stdout.slice(0, 2000)}`);
  return elapsed;
}

/** Peak resident memory in MiB (median of a few runs), when /usr/bin/time can tell. */
function peakMiB({ args, env }) {
  if (!existsSync('/usr/bin/time')) return undefined;
  const samples = [];
  for (let i = 0; i < MEMORY_RUNS; i++) {
    const result = spawnSync('/usr/bin/time', ['-f', '%M', node, ...args], { encoding: 'utf8', env: env ?? process.env, maxBuffer: 64 * 1024 * 1024 });
    const kib = Number(result.stderr.trim().split('\n').at(-1));
    if (!Number.isFinite(kib)) return undefined;
    samples.push(kib / 1024);
  }
  return median(samples);
}

if (!existsSync(cli) || !existsSync(action)) {
  console.error('dist/ is missing: run `npm run bundle` first.');
  process.exit(2);
}
const benchDir = path.join(root, '.bench');
rmSync(benchDir, { recursive: true, force: true });
mkdirSync(benchDir, { recursive: true });
const write = (file, text) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
};

const clean = write(path.join(benchDir, 'export-100x800.json'), exportText({ mappings: 100, fields: 800 }));
const oneFinding = write(path.join(benchDir, 'export-100x800-one-finding.json'), exportText({ mappings: 100, fields: 800, withFinding: true }));
const folder = path.join(benchDir, 'folder');
for (let i = 0; i < 200; i++) write(path.join(folder, `connection-${String(i).padStart(3, '0')}.json`), exportText({ mappings: 10, fields: 215, prefix: `App${i}` }));
const workspace = path.join(benchDir, 'workspace');
const small = write(path.join(workspace, 'heroku-connect.json'), exportText({ mappings: 3, fields: 12 }));
const runner = path.join(benchDir, 'runner');
write(path.join(runner, 'output'), '');
write(path.join(runner, 'summary'), '');

const folderFiles = readdirSync(folder).map((name) => path.join(folder, name));
const folderBytes = folderFiles.reduce((sum, file) => sum + statSync(file).size, 0);
const readAndParse = (file) => ['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`];
const actionEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: workspace,
  GITHUB_OUTPUT: path.join(runner, 'output'),
  GITHUB_STEP_SUMMARY: path.join(runner, 'summary'),
  RUNNER_TEMP: runner,
  INPUT_FILES: 'heroku-connect.json',
};
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

const cases = [
  {
    name: `largest realistic export, clean: 100 mappings x 800 fields (${(statSync(clean).size / 1024 / 1024).toFixed(2)} MB)`,
    floorName: '`node` read + JSON.parse',
    floor: { args: readAndParse(clean), expectedStatus: 0 },
    ours: { args: [cli, 'lint', clean, '--format', 'json'], expectedStatus: 0 },
    timeTarget: 1.5,
  },
  {
    name: 'the same with one finding in the last mapping',
    floorName: 'same',
    floor: { args: readAndParse(oneFinding), expectedStatus: 0 },
    ours: { args: [cli, 'lint', oneFinding, '--format', 'json'], expectedStatus: 1 },
    timeTarget: 2.0,
    memoryTarget: 1.5,
  },
  {
    name: `a folder of 200 exports of ${kib(folderBytes / folderFiles.length)} (${(folderBytes / 1024 / 1024).toFixed(1)} MB)`,
    floorName: 'reading and parsing them all',
    floor: {
      args: [
        '-e',
        `const fs = require('fs'), path = require('path'), dir = ${JSON.stringify(folder)}; for (const name of fs.readdirSync(dir)) JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));`,
      ],
      expectedStatus: 0,
    },
    ours: { args: [cli, 'lint', folder, '--format', 'json'], expectedStatus: 0 },
    timeTarget: 2.0,
  },
  {
    name: `the bundled action linting one small file (${kib(statSync(small).size)})`,
    floorName: '`node -e 0`',
    floor: { args: ['-e', '0'], expectedStatus: 0 },
    ours: { args: [action], env: actionEnv, expectedStatus: 0 },
    timeTarget: 2.5,
  },
];

const rows = [];
for (const benchCase of cases) {
  // Warm the compile cache and the file system cache before timing.
  once(benchCase.floor);
  once(benchCase.ours);
  const floor = [];
  const ours = [];
  for (let i = 0; i < runs; i++) {
    floor.push(once(benchCase.floor));
    ours.push(once(benchCase.ours));
  }
  const row = { ...benchCase, floorMs: median(floor), oursMs: median(ours) };
  if (benchCase.memoryTarget) Object.assign(row, { floorMiB: peakMiB(benchCase.floor), oursMiB: peakMiB(benchCase.ours) });
  rows.push(row);
}

const cpus = (await import('node:os')).cpus().length;
const load = (await import('node:os')).loadavg()[0];
console.log(`${dist}: node ${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()}, ${cpus} CPUs, load ${load.toFixed(1)}; median of ${runs} alternating runs each\n`);
console.log('| case | floor | target | floor time | ours | ratio |');
console.log('|---|---|---|---:|---:|---:|');
let allMet = true;
for (const row of rows) {
  const timeRatio = row.oursMs / row.floorMs;
  const memoryRatio = row.memoryTarget && row.floorMiB && row.oursMiB ? row.oursMiB / row.floorMiB : undefined;
  const met = timeRatio <= row.timeTarget && (memoryRatio === undefined || memoryRatio <= row.memoryTarget);
  allMet &&= met;
  const target = `<= ${row.timeTarget}x${row.memoryTarget ? ` time, <= ${row.memoryTarget}x peak memory` : ''}`;
  const ratio = `${timeRatio.toFixed(2)}x${memoryRatio === undefined ? '' : `, ${memoryRatio.toFixed(2)}x (${row.floorMiB.toFixed(0)} / ${row.oursMiB.toFixed(0)} MiB)`}`;
  console.log(`| ${row.name} | ${row.floorName} | ${target} | ${row.floorMs.toFixed(0)} ms | ${row.oursMs.toFixed(0)} ms | ${ratio}${met ? '' : ' (over)'} |`);
}
console.log(allMet ? '\nEvery target is met.' : '\nSome targets are not met (marked "over").');
