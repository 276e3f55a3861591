import { jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FakeClock } from '../../test-support/fake-clock.js';
import { makeWorkspace, REPO_ROOT, runAction, runBuiltCli, runCli } from '../../test-support/harness.js';

const MAPPING = `${JSON.stringify({ mappings: [{ object_name: 'Account', config: { access: 'read_only', sf_polling_seconds: 600, fields: { Id: {}, SystemModstamp: {} } } }], version: 1 }, null, 4)}\n`;
const STACK_FRAME = /\bat .*[.](js|ts):\d+/;
/** A Heroku API key of the real length, which no server here knows. */
const KEY = '6f1c2b9e-0a4d-4c8e-9b7f-3d2e1a0c5b48';

/** A folder committed once, so `plan` has a base to compare with. */
function gitWorkspace(files: Record<string, string>): string {
  const dir = makeWorkspace(files);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '--allow-empty', '-m', 'first');
  return dir;
}

describe('the built CLI, as a user runs it', () => {
  it('--output under a file is a configuration error in one line, exit 2', async () => {
    const workspace = makeWorkspace({ 'm.json': MAPPING, reports: 'a file, not a folder' });
    const result = await runBuiltCli(['lint', 'm.json', '--output', 'reports/lint.txt'], { cwd: workspace });
    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: `heroku-connect-action: The output path "${path.join(workspace, 'reports/lint.txt')}" cannot be written: a file is where a folder of the path should be. Choose another path.\n`,
    });
  });

  it("--max-warnings -1 is checked as the number it is, in the flag's words", async () => {
    const result = await runBuiltCli(['lint', 'examples', '--max-warnings', '-1']);
    expect(result).toMatchObject({ exitCode: 2, stderr: 'heroku-connect-action: --max-warnings is "-1"; use a whole number of at least 0.\n' });
  });
});

describe('--version', () => {
  it('from the bundle: the version and the commit of the source it was built from', async () => {
    const result = await runBuiltCli(['--version']);
    const [, version, commit] = /^(\S+) \(built from commit ([0-9a-f]{40})(?:-dirty)?\)\n$/.exec(result.stdout) ?? [];
    expect({ exitCode: result.exitCode, version }).toEqual({ exitCode: 0, version: (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version });
    expect(execFileSync('git', ['cat-file', '-t', commit!], { cwd: REPO_ROOT, encoding: 'utf8' })).toBe('commit\n');
  });

  it('from the source, which no bundle step stamped, says so rather than naming a commit', async () => {
    expect((await runCli(['--version'])).stdout).toMatch(/^\S+ \(built from commit unknown \(not a built bundle\)\)\n$/);
  });
});

describe('flag errors speak the flag', () => {
  it('--rule without a level shows the id=level syntax of the flag', async () => {
    const result = await runCli(['lint', 'examples', '--rule', 'schema']);
    expect(result).toMatchObject({ exitCode: 2, stderr: 'heroku-connect-action: Cannot read the rule setting "schema": write it as --rule rule-id=level, for example --rule bulk-limit=off.\n' });
  });

  it("the action's rules input keeps its own line syntax", async () => {
    const result = await runAction(makeWorkspace({ 'm.json': MAPPING }), { files: 'm.json', rules: 'schema' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([expect.objectContaining({ level: 'error', message: 'Cannot read the rule setting "schema": write it as rule-id: level, for example "bulk-limit: off".' })]);
  });

  it('an option followed by another option, a value given to a switch: no parser text', async () => {
    const ambiguous = await runCli(['lint', 'examples', '--output', '--quiet']);
    expect(ambiguous.stderr).toBe(
      'heroku-connect-action: The option "--output" needs a value, and the word after it is an option; write --output=<value> for a value that starts with "-". Run heroku-connect-action lint --help for its options.\n',
    );
    const switchValue = await runCli(['lint', 'examples', '--quiet=yes']);
    expect(switchValue.stderr).toBe('heroku-connect-action: The option "--quiet" takes no value: write --quiet alone. Run heroku-connect-action lint --help for its options.\n');
    for (const result of [ambiguous, switchValue]) expect(result.stderr).not.toMatch(/\\n|Option '/);
  });
});

describe('plan', () => {
  it('of a file that does not exist fails, exit 2, rather than planning a new file', async () => {
    const workspace = gitWorkspace({ 'm.json': MAPPING });
    const result = await runCli(['plan', 'm.json', 'missing.json'], { cwd: workspace });
    expect(result).toEqual({ exitCode: 2, stdout: '', stderr: 'heroku-connect-action: Cannot plan "missing.json": The file cannot be read (no such file).\n' });
  });
});

describe('a deploy that never reached Heroku Connect', () => {
  it('says only that: no state is listed for any mapping', async () => {
    const workspace = makeWorkspace({ 'heroku-connect.json': MAPPING });
    const unreachable = (async () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) });
    }) as typeof fetch;
    const result = await runCli(['deploy', 'heroku-connect.json', '--app', 'shop', '--wait-timeout', '5'], {
      cwd: workspace,
      env: { HEROKU_API_KEY: KEY, CONNECT_DISCOVERY_SERVER: 'http://127.0.0.1:9' },
      fetch: unreachable,
      clock: new FakeClock(),
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^Deploy to app "shop" failed after [\d.]+ s, before it reached a Heroku Connect connection; nothing was imported\.$/m);
    expect(result.stdout).not.toMatch(/Account|not listed/);
    expect(result.stderr).toMatch(/^heroku-connect-action: deploy failed: Heroku Connect could not be asked to list the connections of app "shop" .*ECONNREFUSED/m);
  });
});

describe('an implausibly short Heroku API key', () => {
  it('is refused before any call, in the CLI, without being masked in words', async () => {
    const workspace = makeWorkspace({ 'heroku-connect.json': MAPPING });
    const fetch = jest.fn<typeof globalThis.fetch>();
    const result = await runCli(['deploy', 'heroku-connect.json', '--app', 'shop'], { cwd: workspace, env: { HEROKU_API_KEY: 'e' }, fetch });
    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'heroku-connect-action: HEROKU_API_KEY holds 1 character, too few for a real key (at least 20): set it to the whole key, as `heroku auth:token` or `heroku authorizations:create` prints it.\n',
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('and in the action, as one annotation naming the input', async () => {
    const workspace = makeWorkspace({ 'heroku-connect.json': MAPPING });
    const result = await runAction(workspace, { files: 'heroku-connect.json', command: 'deploy', app: 'shop', 'heroku-api-key': 'short-key' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([
      expect.objectContaining({ level: 'error', message: expect.stringMatching(/^Input "heroku-api-key" holds 9 characters, too few for a real key \(at least 20\)/) }),
    ]);
    expect(result.stdout).not.toMatch(STACK_FRAME);
    expect(result.stdout).not.toContain('::add-mask::');
  });
});

it('the output path error names the path however the write failed (a file where the folder goes, via the action)', async () => {
  const workspace = makeWorkspace({ 'm.json': MAPPING });
  writeFileSync(path.join(workspace, 'results'), 'a file');
  const result = await runAction(workspace, { files: 'm.json', 'sarif-file': 'results/lint.sarif' });
  expect(result.exitCode).toBe(1);
  expect(result.annotations.filter((annotation) => annotation.properties.title === 'Configuration error')).toEqual([
    expect.objectContaining({ message: 'The output path "results/lint.sarif" goes through "results", which is not a folder.' }),
  ]);
});
