import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ActionIO } from '../../src/action/io.js';
import { run } from '../../src/action/main.js';
import type { PullRequestEvent } from '../../src/action/event.js';
import { planPullRequest } from '../../src/action/pull-request.js';
import type { LintRun } from '../../src/lint/run.js';

const MAPPING = JSON.stringify({ mappings: [{ object_name: 'Account', config: { access: 'read_only', fields: { Id: {}, SystemModstamp: {} } } }] });

let sandbox: string;
let workspace: string;
let outside: string;

beforeEach(() => {
  sandbox = mkdtempSync(path.join(tmpdir(), 'hca-action-paths-'));
  workspace = path.join(sandbox, 'workspace');
  outside = path.join(sandbox, 'outside');
  mkdirSync(workspace);
  mkdirSync(outside);
});

afterEach(() => {
  rmSync(sandbox, { recursive: true, force: true });
});

interface Recorded {
  errors: { message: string; title?: string }[];
  warnings: string[];
  outputs: Record<string, string | number>;
  exitCode: number;
}

/** The action in-process, with the runner replaced by a recorder. */
async function runAction(inputs: Record<string, string>): Promise<Recorded> {
  const recorded: Recorded = { errors: [], warnings: [], outputs: {}, exitCode: -1 };
  const io: ActionIO = {
    env: { GITHUB_WORKSPACE: workspace },
    getInput: (name) => inputs[name] ?? '',
    setSecret: () => undefined,
    setOutput: (name, value) => void (recorded.outputs[name] = value),
    info: () => undefined,
    debug: () => undefined,
    error: (message, properties) => void recorded.errors.push({ message, ...(properties?.title && { title: properties.title }) }),
    warning: (message) => void recorded.warnings.push(message),
    notice: () => undefined,
    group: (_, fn) => fn(),
    writeSummary: async () => undefined,
  };
  recorded.exitCode = await run(io);
  return recorded;
}

describe('the action: sarif-file', () => {
  it('writes the SARIF file inside the workspace', async () => {
    writeFileSync(path.join(workspace, 'heroku-connect.json'), MAPPING);
    const result = await runAction({ 'sarif-file': 'reports/lint.sarif' });
    expect(result.errors).toEqual([]);
    expect(JSON.parse(readFileSync(path.join(workspace, 'reports/lint.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
  });

  it.each([['../../x.sarif'], ['ABSOLUTE']])('refuses %s outside the workspace with one configuration error', async (given) => {
    writeFileSync(path.join(workspace, 'heroku-connect.json'), MAPPING);
    const name = given === 'ABSOLUTE' ? path.join(outside, 'x.sarif') : given;
    const result = await runAction({ 'sarif-file': name });
    expect(result.errors).toEqual([{ title: 'Configuration error', message: expect.stringMatching(/is outside the workspace/) }]);
    expect(result.exitCode).toBe(1);
    expect(existsSync(path.resolve(workspace, name))).toBe(false);
    expect(result.outputs['sarif-file']).toBeUndefined();
  });

  it('never writes through a committed symlink at the SARIF path: its target is untouched', async () => {
    writeFileSync(path.join(workspace, 'heroku-connect.json'), MAPPING);
    writeFileSync(path.join(outside, 'victim'), 'precious');
    symlinkSync(path.join(outside, 'victim'), path.join(workspace, 'lint.sarif'));
    const result = await runAction({ 'sarif-file': 'lint.sarif' });
    expect(result.errors).toEqual([{ title: 'Configuration error', message: expect.stringMatching(/symbolic link/) }]);
    expect(readFileSync(path.join(outside, 'victim'), 'utf8')).toBe('precious');
  });
});

describe('the action: an empty workspace', () => {
  it('fails with one configuration error in the words of its inputs, naming the folder the glob was resolved to', async () => {
    const result = await runAction({ files: 'heroku-connect/**/*.json' });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      {
        title: 'Configuration error',
        message:
          `No mapping file found: "heroku-connect/**/*.json" matched no mapping file (searched ${path.join(workspace, 'heroku-connect')} for it) ` +
          '(node_modules, .git, hidden folders and what .gitignore ignores are not searched). ' +
          'Check the files input (paths and globs relative to the workspace), and that the repository is checked out (actions/checkout) before this step.',
      },
    ]);
  });
});

describe('planPullRequest: paths from the GitHub API', () => {
  const event: PullRequestEvent = { owner: 'o', repo: 'r', number: 1, baseSha: 'base', headSha: 'head', eventName: 'pull_request' };
  const lintOf = (files: string[]): LintRun => ({
    results: files.map((file) => ({ file, findings: [] })),
    findings: [],
    suppressed: [],
    counts: { error: 0, warning: 0, notice: 0 },
    files: [],
  });

  it('plans an added file inside the workspace', async () => {
    writeFileSync(path.join(workspace, 'heroku-connect.json'), MAPPING);
    const plans = await planPullRequest(event, [{ path: 'heroku-connect.json', status: 'added' }], lintOf(['heroku-connect.json']), workspace, undefined);
    expect(plans.map((plan) => plan.path)).toEqual(['heroku-connect.json']);
  });

  it('refuses a path with ../ and a link out of the workspace: no plan, nothing read', async () => {
    writeFileSync(path.join(outside, 'secret.json'), MAPPING.replace('Account', 'Leaked__c'));
    symlinkSync(path.join(outside, 'secret.json'), path.join(workspace, 'linked.json'));
    const changed = [
      { path: '../outside/secret.json', status: 'added' as const },
      { path: path.join(outside, 'secret.json'), status: 'added' as const },
      { path: 'linked.json', status: 'added' as const },
    ];
    const plans = await planPullRequest(event, changed, lintOf(changed.map((file) => file.path)), workspace, undefined);
    expect(plans).toEqual([]);
  });
});
