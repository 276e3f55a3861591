// Times the bundled CLI and action against the floor of each case (what bare `node` must do anyway),
// and two peers over the same inputs, and prints the table of docs/performance.md. Each case runs as
// pairs, floor then ours, so that load on the machine weighs on both alike; the figure is the median
// of the pairs' ratios, with their spread (the middle half of the pairs). Run `npm run bundle` first.
// BENCH_RUNS sets the pairs per case (default 15, at least 11); BENCH_DIST measures another build
// (a dist/ folder, for instance main's, to compare before and after).
//
// The cases (issue 23):
//  1. the largest realistic export, clean: 100 mappings x 800 fields, against `node` read + JSON.parse;
//  2. the same with one finding in its last mapping (read_write without upsert_field), time and peak memory;
//  3. a folder of 200 exports (10 mappings x 105 fields), against reading and parsing them all, on one core;
//  4. the bundled action linting one small file, against `node -e 0`;
//  5. peak memory on a folder of 1,000 such exports, against the floor's.
// The peers: a script that runs ajv with the published schema on the large export, and a script doing
// what a JSON/YAML validator action does (find the files, parse each, validate it with ajv against
// the schema compiled at start) on the folder and on the small file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundledNode = path.join(root, 'node_modules/node/bin/node');
const node = existsSync(bundledNode) ? bundledNode : process.execPath;
const dist = path.resolve(process.env.BENCH_DIST ?? path.join(root, 'dist'));
const cli = path.join(dist, 'cli/index.js');
const action = path.join(dist, 'index.js');
const runs = Math.max(11, Number(process.env.BENCH_RUNS ?? 15));
// A BENCH_RUNS that is not a number would run no pair at all and print NaN for every figure.
if (!Number.isInteger(runs)) {
  console.error(`BENCH_RUNS is "${process.env.BENCH_RUNS}": give a whole number of pairs per case (at least 11).`);
  process.exit(2);
}
const schemaFile = path.join(root, 'schema/heroku-connect-mappings.schema.json');
/** "On one core": the folder case pins both runs to one CPU, so neither gains from a second core the runner may not have. */
const oneCore = existsSync('/usr/bin/taskset') ? ['/usr/bin/taskset', '-c', '0'] : [];

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

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
}
const median = (values) => quantile(values, 0.5);

function spawn({ args, env, prefix = [] }, measureMemory) {
  const [command, ...rest] = measureMemory ? ['/usr/bin/time', '-f', '%M', ...prefix, node, ...args] : [...prefix, node, ...args];
  return spawnSync(command, rest, { encoding: 'utf8', env: env ?? process.env, maxBuffer: 64 * 1024 * 1024 });
}

/** One run's wall time in ms, or its peak resident memory in MiB; `expectedStatus` guards against measuring a run that failed. */
function once(run, measureMemory = false) {
  const start = process.hrtime.bigint();
  const result = spawn(run, measureMemory);
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== run.expectedStatus) throw new Error(`${run.args.join(' ')} exited ${result.status}, not ${run.expectedStatus}: ${result.stderr}${result.stdout.slice(0, 2000)}`);
  if (!measureMemory) return elapsed;
  const kib = Number(result.stderr.trim().split('\n').at(-1));
  if (!Number.isFinite(kib)) throw new Error(`/usr/bin/time gave no peak memory: ${result.stderr}`);
  return kib / 1024;
}

/** `runs` alternating pairs: the median of each side, and the median and middle half of the pairs' ratios. */
function paired(floorRun, oursRun, measureMemory) {
  // Warm the compile cache and the file system cache first.
  once(floorRun, measureMemory);
  once(oursRun, measureMemory);
  const floor = [];
  const ours = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    floor.push(once(floorRun, measureMemory));
    ours.push(once(oursRun, measureMemory));
    ratios.push(ours.at(-1) / floor.at(-1));
  }
  return { floor: median(floor), ours: median(ours), ratio: median(ratios), low: quantile(ratios, 0.25), high: quantile(ratios, 0.75) };
}

if (!existsSync(cli) || !existsSync(action)) {
  console.error('dist/ is missing: run `npm run bundle` first.');
  process.exit(2);
}
if (!existsSync('/usr/bin/time')) {
  console.error('/usr/bin/time is missing: the memory cases need it (apt-get install time).');
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
const writeFolder = (folder, count) => {
  for (let i = 0; i < count; i++) write(path.join(folder, `connection-${String(i).padStart(4, '0')}.json`), exportText({ mappings: 10, fields: 105, prefix: `App${i}` }));
  return folder;
};

const clean = write(path.join(benchDir, 'export-100x800.json'), exportText({ mappings: 100, fields: 800 }));
const oneFinding = write(path.join(benchDir, 'export-100x800-one-finding.json'), exportText({ mappings: 100, fields: 800, withFinding: true }));
const folder = writeFolder(path.join(benchDir, 'folder'), 200);
const bigFolder = writeFolder(path.join(benchDir, 'folder-1000'), 1000);
const workspace = path.join(benchDir, 'workspace');
const small = write(path.join(workspace, 'heroku-connect.json'), exportText({ mappings: 3, fields: 12 }));
const runner = path.join(benchDir, 'runner');
write(path.join(runner, 'output'), '');
write(path.join(runner, 'summary'), '');

// The peers, as their users would write them: ajv compiles the published schema at start.
const ajvPeer = write(
  path.join(benchDir, 'peer-ajv.mjs'),
  `import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(${JSON.stringify(schemaFile)}, 'utf8')));
if (!validate(JSON.parse(readFileSync(process.argv[2], 'utf8')))) { console.log(JSON.stringify(validate.errors)); process.exitCode = 1; }
`,
);
const validatorActionPeer = write(
  path.join(benchDir, 'peer-validator-action.mjs'),
  `import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(${JSON.stringify(schemaFile)}, 'utf8')));
const cwd = process.argv[2];
let failed = 0;
for (const file of globSync(['**/*.json', '**/*.{yml,yaml}'], { cwd, ignore: ['**/node_modules/**'] }).sort()) {
  const text = readFileSync(path.join(cwd, file), 'utf8');
  const data = file.endsWith('.json') ? JSON.parse(text) : parse(text);
  if (!validate(data)) { failed++; console.log(file, JSON.stringify(validate.errors)); }
}
console.log(failed === 0 ? 'all valid' : failed + ' invalid');
process.exitCode = failed === 0 ? 0 : 1;
`,
);

const folderFiles = readdirSync(folder).map((name) => path.join(folder, name));
const folderBytes = folderFiles.reduce((sum, file) => sum + statSync(file).size, 0);
const readAndParse = (file) => ({ args: ['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`], expectedStatus: 0 });
const readAndParseAll = (dir) => ({
  args: ['-e', `const fs = require('fs'), path = require('path'), dir = ${JSON.stringify(dir)}; for (const name of fs.readdirSync(dir)) JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));`],
  expectedStatus: 0,
});
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
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const nodeZero = { args: ['-e', '0'], expectedStatus: 0 };
const pinned = (run) => ({ ...run, prefix: oneCore });

const cases = [
  {
    name: `largest realistic export, clean: 100 mappings x 800 fields (${mb(statSync(clean).size)})`,
    floorName: '`node` read + JSON.parse',
    floor: readAndParse(clean),
    ours: { args: [cli, 'lint', clean, '--format', 'json'], expectedStatus: 0 },
    time: 1.6,
  },
  {
    name: 'the same with one finding in the last mapping',
    floorName: 'same',
    floor: readAndParse(oneFinding),
    ours: { args: [cli, 'lint', oneFinding, '--format', 'json'], expectedStatus: 1 },
    time: 1.9,
    memory: 1.4,
  },
  {
    name: `a folder of 200 exports of ${kib(folderBytes / folderFiles.length)}, 10 mappings x 105 fields (${mb(folderBytes)}), on one core`,
    floorName: 'reading and parsing them all',
    floor: pinned(readAndParseAll(folder)),
    ours: pinned({ args: [cli, 'lint', folder, '--format', 'json'], expectedStatus: 0 }),
    time: 2.3,
  },
  {
    name: `the bundled action linting one small file (${kib(statSync(small).size)})`,
    floorName: '`node -e 0`',
    floor: nodeZero,
    ours: { args: [action], env: actionEnv, expectedStatus: 0 },
    time: 1.9,
  },
  {
    name: 'peak memory on a folder of 1,000 such exports',
    floorName: 'reading and parsing them all',
    floor: readAndParseAll(bigFolder),
    ours: { args: [cli, 'lint', bigFolder, '--format', 'json'], expectedStatus: 0 },
    memory: 1.5,
  },
  {
    name: 'peer: a script running ajv with the published schema, on the large clean export',
    floorName: '`node` read + JSON.parse',
    floor: readAndParse(clean),
    ours: { args: [ajvPeer, clean], expectedStatus: 0 },
  },
  {
    name: "peer: a JSON/YAML validator action's approach (find, parse, ajv), on the folder of 200, on one core",
    floorName: 'reading and parsing them all',
    floor: pinned(readAndParseAll(folder)),
    ours: pinned({ args: [validatorActionPeer, folder], expectedStatus: 0 }),
  },
  {
    name: "peer: the same validator action's approach, on the one small file",
    floorName: '`node -e 0`',
    floor: nodeZero,
    ours: { args: [validatorActionPeer, workspace], expectedStatus: 0 },
  },
];

const selected = process.env.BENCH_CASES ? new Set(process.env.BENCH_CASES.split(',').map(Number)) : undefined;
const rows = [];
for (const [index, benchCase] of cases.entries()) {
  if (selected && !selected.has(index + 1)) continue;
  const row = { ...benchCase };
  if (benchCase.time || !benchCase.memory) row.timing = paired(benchCase.floor, benchCase.ours, false);
  if (benchCase.memory) row.memoryUse = paired(benchCase.floor, benchCase.ours, true);
  rows.push(row);
}

const ratio = ({ ratio: r, low, high }) => `${r.toFixed(2)}x (${low.toFixed(2)}-${high.toFixed(2)})`;
console.log(`${dist}: node ${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()}, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(1)}; ${runs} alternating pairs per case`);
console.log("Each ratio is the median of the pairs' ratios, with the middle half of them in brackets.\n");
console.log('| case | floor | target | floor | ours | ratio |');
console.log('|---|---|---|---:|---:|---:|');
let allMet = true;
for (const row of rows) {
  const { timing, memoryUse } = row;
  const met = (!row.time || timing.ratio <= row.time) && (!row.memory || memoryUse.ratio <= row.memory);
  if (row.time || row.memory) allMet &&= met;
  const target = [row.time && `<= ${row.time}x time`, row.memory && `<= ${row.memory}x peak memory`].filter(Boolean).join(', ') || 'none (a peer)';
  const floor = [timing && `${timing.floor.toFixed(0)} ms`, memoryUse && `${memoryUse.floor.toFixed(0)} MiB`].filter(Boolean).join(', ');
  const ours = [timing && `${timing.ours.toFixed(0)} ms`, memoryUse && `${memoryUse.ours.toFixed(0)} MiB`].filter(Boolean).join(', ');
  const ratios = [timing && ratio(timing), memoryUse && ratio(memoryUse)].filter(Boolean).join(', ');
  console.log(`| ${row.name} | ${row.floorName} | ${target} | ${floor} | ${ours} | ${ratios}${met ? '' : ' (over)'} |`);
}
console.log(allMet ? '\nEvery target is met.' : '\nSome targets are not met (marked "over").');
