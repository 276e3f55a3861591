// npm run demo: a deploy from start to end without a Heroku account. It starts the Heroku Connect
// stand-in (dist/stand-in) with its demo scenario, then runs the built CLI's deploy on the bundled
// example (examples/heroku-connect.json): lint, link the API key's user, find the connection, back up
// the live configuration, import, wait until the import is applied and every mapping synced, prove
// it by exporting again, run Heroku Connect's diagnose and report the write errors that appeared.
// Then the CLI's write-errors command lists them on demand, and drift, health and compare look at the
// connections between deploys.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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

standIn.removeAllListeners('exit');
standIn.kill('SIGTERM');
say(code === 0 ? 'The deploy succeeded (exit code 0).' : `The deploy failed (exit code ${code}).`);
process.exit(code);
