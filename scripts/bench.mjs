// Times the bundled CLI against a bare `node` that reads and JSON.parses the same file:
// a generated export of 2,000 mappings x 65 fields (about 5 MB), the largest realistic export
// (100 mappings x 800 fields, about 2.4 MB) clean and with one finding in its last mapping, and the
// real public exports; peak memory too where /usr/bin/time is available.
// Target: the CLI on the large clean export within 2x the baseline. Run `npm run bundle` first.
// 2,000 mappings is over Heroku's 100 per connection, so too-many-mappings is off for that file:
// it is the clean fast path (no finding, so no position parse) that is measured.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = existsSync(path.join(root, 'node_modules/node/bin/node')) ? path.join(root, 'node_modules/node/bin/node') : process.execPath;
const cli = process.env.BENCH_CLI ?? path.join(root, "dist/cli/index.js");
const exportsDir = path.resolve(root, '../shared/heroku-connect-exports');
const runs = Number(process.env.BENCH_RUNS ?? 15);
const TARGET_RATIO = 2;

/** `withFinding`: the last mapping is read_write without upsert_field (one missing-upsert-field finding). */
function largeExport(mappingCount = 2000, customFields = 60, withFinding = false) {
  const mappings = [];
  for (let m = 0; m < mappingCount; m++) {
    const fields = { Id: {}, IsDeleted: {}, SystemModstamp: {}, CreatedDate: {}, Name: {} };
    for (let f = 0; f < customFields; f++) fields[`Custom_Field_${String(f).padStart(3, '0')}__c`] = {};
    mappings.push({
      object_name: `Bench_Object_${String(m).padStart(4, '0')}__c`,
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
  return sorted[Math.floor(sorted.length / 2)];
}

function once(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(node, args, { encoding: 'utf8' });
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Alternates the two commands so that load on the machine weighs on both alike. */
function compare(baselineArgs, cliArgs) {
  once(cliArgs); // warm the compile cache and the file system cache
  const base = [];
  const ours = [];
  for (let i = 0; i < runs; i++) {
    base.push(once(baselineArgs));
    ours.push(once(cliArgs));
  }
  return { base: median(base), ours: median(ours) };
}

const timeCommand = '/usr/bin/time';

/** Peak resident memory in MiB of one run, when /usr/bin/time can tell. */
function peakMiB(args) {
  if (!existsSync(timeCommand)) return undefined;
  const result = spawnSync(timeCommand, ['-f', '%M', node, ...args], { encoding: 'utf8' });
  const kib = Number(result.stderr.trim().split('\n').at(-1));
  return Number.isFinite(kib) ? kib / 1024 : undefined;
}

if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm run bundle` first.');
  process.exit(2);
}
const benchDir = path.join(root, '.bench');
mkdirSync(benchDir, { recursive: true });
const large = path.join(benchDir, 'large-export.json');
writeFileSync(large, largeExport());
const realistic = path.join(benchDir, 'export-100x800.json');
writeFileSync(realistic, largeExport(100, 795));
const oneFinding = path.join(benchDir, 'export-100x800-one-finding.json');
writeFileSync(oneFinding, largeExport(100, 795, true));

const files = [large, realistic, oneFinding];
if (existsSync(exportsDir)) files.push(...readdirSync(exportsDir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(exportsDir, f)));
else console.log(`(real exports not found at ${exportsDir}: skipping them)`);

const baseline = (file) => ['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`];
const rows = [];
for (const file of files) {
  const args = [cli, 'lint', file, '--format', 'json', ...(file === large ? ['--rule', 'too-many-mappings=off'] : [])];
  const { base, ours } = compare(baseline(file), args);
  const findings = JSON.parse(spawnSync(node, args, { encoding: 'utf8' }).stdout).findings.length;
  const [baseMiB, oursMiB] = [peakMiB(baseline(file)), peakMiB(args)];
  rows.push({ file: path.basename(file), size: statSync(file).size, base, ours, ratio: ours / base, findings, baseMiB, oursMiB });
}

console.log(`node ${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()}, median of ${runs} runs each\n`);
const mib = (value) => (value === undefined ? '-' : `${value.toFixed(0)} MiB`);
console.log('| file | size | node read+JSON.parse | heroku-connect-action lint | ratio | peak memory (floor / lint) | findings |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const memory = r.baseMiB && r.oursMiB ? `${mib(r.baseMiB)} / ${mib(r.oursMiB)} (${(r.oursMiB / r.baseMiB).toFixed(2)}x)` : '-';
  console.log(`| ${r.file} | ${(r.size / 1024).toFixed(1)} KiB | ${r.base.toFixed(1)} ms | ${r.ours.toFixed(1)} ms | ${r.ratio.toFixed(2)}x | ${memory} | ${r.findings} |`);
}
const largeRow = rows[0];
const verdict = largeRow.findings === 0 && largeRow.ratio <= TARGET_RATIO ? 'within' : 'OVER';
console.log(`\nLarge clean export: ${largeRow.ratio.toFixed(2)}x the baseline (${verdict} the ${TARGET_RATIO}x target).`);
if (largeRow.findings !== 0) console.log(`The large export should be clean but has ${largeRow.findings} finding(s).`);
