// npm run demo: a deploy from start to end without a Heroku account. It starts the Heroku Connect
// stand-in (dist/stand-in) with its demo scenario, then runs the built CLI's deploy on the bundled
// example (examples/heroku-connect.json): lint, link the API key's user, find the connection, back up
// the live configuration, import, wait until the import is applied and every mapping synced, prove
// it by exporting again, run Heroku Connect's diagnose and report the write errors that appeared.
// Then the CLI's write-errors command lists them on demand, and drift, health and compare look at the
// connections between deploys, a last deploy moves a connection from Salesforce API 45.0 to 62.0, and
// with PostgreSQL on the machine, health reads a failed write from the trigger log.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const standInEntry = path.join(root, 'dist/stand-in/index.js');
const cliEntry = path.join(root, 'dist/cli/index.js');
for (const entry of [standInEntry, cliEntry]) {
  if (!existsSync(entry)) {
    console.error(`${path.relative(root, entry)} is missing: run "npm run bundle" first.`);
    process.exit(2);
  }
}

// As long as a real key (a UUID): the CLI refuses a key too short to be one.
const apiKey = 'demo-key-0000-4000-8000-local-stand-in';
const color = Boolean(process.stderr.isTTY) && !process.env.NO_COLOR;
const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const say = (text) => console.error(`\n${paint(1, `» ${text}`)}`);

say('Starting the Heroku Connect stand-in (a local copy of the API, with the lag and states of a real import).');
const standIn = spawn(process.execPath, [standInEntry, '--api-key', apiKey], { stdio: ['ignore', 'pipe', 'pipe'] });
createInterface({ input: standIn.stderr }).on('line', (line) => console.error(paint(2, line)));
const discovery = await new Promise((resolve, reject) => {
  standIn.once('exit', (code) => reject(new Error(`The stand-in exited with code ${code} before it was ready.`)));
  createInterface({ input: standIn.stdout }).once('line', (line) => resolve(line.replace(/^CONNECT_DISCOVERY_SERVER=/, '')));
});
console.error(`  It listens on ${discovery}: app "example-app" has one connection, with Account (an older configuration) and Contact.`);

const backupDir = mkdtempSync(path.join(tmpdir(), 'hca-demo-'));
// The deploy's backup is the demo's own: removed however the demo ends, so no run leaves a folder behind.
process.on('exit', () => rmSync(backupDir, { recursive: true, force: true }));
const args = ['deploy', 'examples/heroku-connect.json', '--app', 'example-app', '--poll-interval', '1', '--wait-timeout', '60', '--backup-dir', backupDir];
say(`heroku-connect-action ${args.join(' ')}`);
console.error('  With HEROKU_API_KEY set and CONNECT_DISCOVERY_SERVER pointing at the stand-in. The lint report and the outcome go to stdout, progress to stderr.\n');
const cli = (cliArgs) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [cliEntry, ...cliArgs], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, HEROKU_API_KEY: apiKey, CONNECT_DISCOVERY_SERVER: discovery, GITHUB_EVENT_NAME: '' },
    });
    child.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
const code = await cli(args);
if (code === 0) {
  const writeErrors = ['write-errors', '--app', 'example-app', '--since', '1h'];
  say(`heroku-connect-action ${writeErrors.join(' ')}`);
  console.error('  The write errors of the last hour, on demand (read only).\n');
  await cli(writeErrors);
}
// Between deploys: example-staging was edited in the dashboard and has a stale mapping; example-app
// keeps Contact, which import never deletes. Both commands exit 1 here, as a scheduled job would.
const drift = ['drift', 'examples/heroku-connect.json', '--app', 'example-app', '--app', 'example-staging'];
say(`heroku-connect-action ${drift.join(' ')}`);
console.error('  How each live connection differs from the file, with what the next deploy would do (read only; exits 1 on drift).\n');
await cli(drift);
const health = ['health', '--app', 'example-app', '--app', 'example-staging', '--acknowledge'];
say(`heroku-connect-action ${health.join(' ')}`);
console.error('  State, polls, counts, write errors and notifications per app; the notifications reported are acknowledged (exits 1 when unhealthy).\n');
await cli(health);
const compare = ['compare', '--app', 'example-staging', '--app', 'example-app'];
say(`heroku-connect-action ${compare.join(' ')}`);
console.error('  What promoting staging to example-app would change.\n');
await cli(compare);
// The Salesforce API-version change: example-legacy runs 45.0, the file asks for 62.0.
const versionPlan = ['plan', 'examples/heroku-connect.json', '--app', 'example-legacy'];
say(`heroku-connect-action ${versionPlan.join(' ')}`);
console.error("  The connection runs Salesforce API 45.0 and the file asks for 62.0: the live plan reads Heroku Connect's schema diff, per mapping.\n");
await cli(versionPlan);
const versionDeploy = [
  'deploy',
  'examples/heroku-connect.json',
  '--app',
  'example-legacy',
  '--api-version-change',
  'apply',
  '--poll-interval',
  '1',
  '--wait-timeout',
  '60',
  '--backup-dir',
  backupDir,
  '--no-diagnose',
];
say(`heroku-connect-action ${versionDeploy.join(' ')}`);
console.error('  The diff is safe: the deploy pauses the connection, changes it to 62.0, resumes it, then imports and proves the file and the version.\n');
const versionCode = await cli(versionDeploy);

await databaseHealth();

standIn.removeAllListeners('exit');
standIn.kill('SIGTERM');
say(code === 0 ? 'The deploy succeeded (exit code 0).' : `The deploy failed (exit code ${code}).`);
say(versionCode === 0 ? 'The API-version change 45.0 → 62.0 succeeded (exit code 0).' : `The API-version change failed (exit code ${versionCode}).`);
process.exit(code || versionCode);

/**
 * With PostgreSQL on this machine (initdb and pg_ctl on PATH or in a Debian /usr/lib/postgresql folder):
 * health with a database, on tables the schema command creates, and a write that failed three days
 * ago, which the API's 24 hours of write errors no longer show. Without it, this part is skipped.
 */
async function databaseHealth() {
  const bin = [...(process.env.PATH ?? '').split(path.delimiter), ...debianBins()].find((dir) => dir && existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl')));
  if (!bin) {
    say('No PostgreSQL here (initdb, pg_ctl): skipping health with a database.');
    return;
  }
  // initdb refuses root: the server then runs as postgres (or nobody), which owns its folder.
  const user = process.getuid?.() === 0 ? ['postgres', 'nobody'].find((name) => spawnSync('id', ['-u', name]).status === 0) : undefined;
  const as = (command, args) => execFileSync(user ? 'runuser' : command, user ? ['-u', user, '--', command, ...args] : args, { stdio: 'ignore' });
  const dir = mkdtempSync(path.join(tmpdir(), 'hca-demo-pg-'));
  const password = 'demo-password';
  writeFileSync(path.join(dir, 'pw'), `${password}\n`);
  if (user) for (const file of [dir, path.join(dir, 'pw')]) chownSync(file, Number(spawnSync('id', ['-u', user]).stdout), Number(spawnSync('id', ['-g', user]).stdout));
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
  const data = path.join(dir, 'data');
  try {
    say('Starting a local PostgreSQL as the Connect database, and creating its tables with the schema command.');
    as(path.join(bin, 'initdb'), ['-D', data, '-U', 'demo', '--auth=scram-sha-256', `--pwfile=${path.join(dir, 'pw')}`, '--no-sync']);
    as(path.join(bin, 'pg_ctl'), ['-D', data, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, '-l', path.join(dir, 'log'), '-w', 'start']);
    const url = `postgres://demo:${password}@127.0.0.1:${port}/postgres`;
    await cli(['schema', 'examples/heroku-connect.json', '--apply', '--database-url', url]);
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    // Connect's trigger log, as its schemas have it, with a write that failed three days ago and one waiting for two hours.
    const log = (table) =>
      `CREATE TABLE salesforce.${table} (id integer, txid bigint, created_at timestamptz DEFAULT now(), updated_at timestamptz DEFAULT now(), processed_at timestamptz, processed_tx bigint, state varchar(8), action varchar(7), table_name varchar(128), record_id integer, sfid varchar(18), old text, "values" text, sf_result integer, sf_message text)`;
    await client.query(`${log('_trigger_log')}; ${log('_trigger_log_archive')};
      INSERT INTO salesforce._trigger_log_archive (id, created_at, state, action, table_name, record_id, sf_message)
        VALUES (41, now() - interval '3 days', 'FAILED', 'UPDATE', 'property__c', 7, 'FIELD_CUSTOM_VALIDATION_EXCEPTION: Price must be positive');
      INSERT INTO salesforce._trigger_log (id, created_at, state, action, table_name, record_id) VALUES (42, now() - interval '2 hours', 'NEW', 'INSERT', 'property__c', 8);`);
    await client.end();
    const health = ['health', '--app', 'example-app', '--since', '7d', '--database-url', 'postgres://demo:***@127.0.0.1/postgres'];
    say(`heroku-connect-action ${health.join(' ')}`);
    console.error("  The trigger log reaches past the API's 24 hours: the write that failed three days ago, and the backlog (exits 1: unhealthy).\n");
    await cli([...health.slice(0, -2), '--database-url', url]);
  } catch (error) {
    console.error(`  The database part of the demo could not run: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    if (existsSync(data)) {
      try {
        as(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Already stopped.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

function debianBins() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(base, version, 'bin'));
}
