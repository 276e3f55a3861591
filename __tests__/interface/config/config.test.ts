import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../../src/interface/config/load.js';
import { makeWorkspace, runAction, runCli } from '../../../test-support/harness.js';
import { slowTests } from '../../../test-support/slow.js';

const mapping = (object: string, fields: Record<string, object>, extra: object = {}) => ({ object_name: object, config: { access: 'read_only', sf_polling_seconds: 600, fields, ...extra } });
const exportOf = (...mappings: object[]) => `${JSON.stringify({ mappings }, null, 4)}\n`;

/** Thing__c lacks Id (missing-id-field, ignored below); Other__c lacks SystemModstamp (set to notice below); Idx__c indexes an unmapped field. */
const MAPPINGS = exportOf(
  mapping('Thing__c', { Name: {}, SystemModstamp: {} }),
  mapping('Other__c', { Id: {} }),
  mapping('Idx__c', { Id: {}, SystemModstamp: {} }, { indexes: { Email__c: { unique: false }, Phone__c: { unique: false } } }),
);

const CONFIG = `# shared by the CLI, the action and the pre-commit hook
files:
  - heroku-connect/*.json
plan: enterprise
fail-on: warning
rules:
  missing-timestamp-field: notice
ignore:
  - rule: missing-id-field
    object: Thing__c
    reason: Read by an external id elsewhere; accepted in ADR-12.
  - rule: index-unmapped-field
    object: Idx__c
    field: Email__c
    reason: The column is added by a migration.
  - rule: unknown-field
    object: Gone__c
    reason: A mapping removed since.
`;

/** A repository: `.git`, the configuration file at its root, the mapping files below. */
function fixtureRepository(config = CONFIG, name = '.heroku-connect.yml'): string {
  const repository = makeWorkspace({ [name]: config, 'heroku-connect/mappings.json': MAPPINGS, 'notes/readme.txt': 'not a mapping file' });
  mkdirSync(path.join(repository, '.git'));
  return repository;
}

type Located = { ruleId: string; level?: string; file: string; line: number; column: number; justification?: string };
const place = ({ ruleId, level, file, line, column, justification }: Located) => ({ ruleId, level, file, line, column, ...(justification !== undefined && { justification }) });

/** SARIF results as findings: the same fields, whatever wrote them. */
function sarifFindings(sarif: string) {
  const level = { error: 'error', warning: 'warning', note: 'notice' } as Record<string, string>;
  const results = (
    JSON.parse(sarif) as {
      runs: {
        results: {
          ruleId: string;
          level: string;
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
          suppressions?: { kind: string; justification: string }[];
        }[];
      }[];
    }
  ).runs[0]!.results;
  return results.map((result) => {
    const { artifactLocation, region } = result.locations[0]!.physicalLocation;
    const justification = result.suppressions?.[0]?.justification;
    return place({ ruleId: result.ruleId, level: level[result.level], file: artifactLocation.uri, line: region.startLine, column: region.startColumn, ...(justification && { justification }) });
  });
}

describe('the configuration file: one fixture repository, the CLI, the pre-commit hook and the action agree', () => {
  it('find the same findings and the same suppressions', async () => {
    const repository = fixtureRepository();
    // The CLI with no paths: the file's `files`.
    const cli = await runCli(['lint', '--format', 'sarif'], { cwd: repository });
    // The pre-commit hook: `heroku-connect-action lint` with the staged files, no flag for the configuration.
    const hook = await runCli(['lint', 'heroku-connect/mappings.json', '--format', 'sarif'], { cwd: repository });
    const action = await runAction(repository, { 'sarif-file': 'out/lint.sarif' });

    const expected = [
      { ruleId: 'missing-timestamp-field', level: 'notice', file: 'heroku-connect/mappings.json' },
      { ruleId: 'index-unmapped-field', level: 'error', file: 'heroku-connect/mappings.json' },
      { ruleId: 'unused-ignore', level: 'warning', file: '.heroku-connect.yml', line: 16, column: 5 },
      { ruleId: 'missing-id-field', level: 'error', file: 'heroku-connect/mappings.json', justification: 'Read by an external id elsewhere; accepted in ADR-12.' },
      { ruleId: 'index-unmapped-field', level: 'error', file: 'heroku-connect/mappings.json', justification: 'The column is added by a migration.' },
    ];
    const fromCli = sarifFindings(cli.stdout);
    expect(fromCli).toEqual(expected.map((finding) => expect.objectContaining(finding)));
    expect(sarifFindings(hook.stdout)).toEqual(fromCli);
    expect(sarifFindings(readFileSync(path.join(repository, 'out/lint.sarif'), 'utf8'))).toEqual(fromCli);

    // fail-on: warning from the file; the suppressed errors do not count, the index error does.
    expect([cli.exitCode, hook.exitCode, action.exitCode]).toEqual([1, 1, 1]);
    expect(action.outputs).toMatchObject({ errors: '1', warnings: '1', notices: '1' });
    expect(action.summary).toContain('2 suppressed');
    expect(action.summary).toContain('<td rowspan="1">unused-ignore</td>');
    expect(action.outputs.files).toBe('1');
    expect(action.annotations.filter((annotation) => annotation.properties.title === 'unused-ignore')).toEqual([
      expect.objectContaining({ level: 'warning', properties: expect.objectContaining({ file: '.heroku-connect.yml', line: '16' }) }),
    ]);
  });

  it('the text report counts the suppressed findings', async () => {
    const result = await runCli(['lint'], { cwd: fixtureRepository() });
    expect(result.stdout).toMatch(/2 files checked: 1 error, 1 warning, 1 notice, 2 suppressed\n$/);
  });

  it('is found from a subfolder, up to the repository root, and its globs stay relative to its own folder', async () => {
    const repository = fixtureRepository();
    const result = await runCli(['lint', '--format', 'json'], { cwd: path.join(repository, 'notes') });
    const report = JSON.parse(result.stdout);
    expect(report.files).toEqual(['../heroku-connect/mappings.json', '../.heroku-connect.yml']);
    expect(report.suppressed).toHaveLength(2);
  });

  it('is not looked for above the repository root', async () => {
    const outer = fixtureRepository();
    const inner = path.join(outer, 'nested');
    mkdirSync(path.join(inner, '.git'), { recursive: true });
    const result = await runCli(['lint', '--list-rules', '--format', 'json'], { cwd: inner });
    const levels = JSON.parse(result.stdout) as { id: string; level: string }[];
    expect(levels.find((rule) => rule.id === 'missing-timestamp-field')?.level).toBe('warning');
  });

  it('outside a repository, is looked for in the current directory only', async () => {
    const outer = makeWorkspace({ '.heroku-connect.yml': 'rules:\n  missing-timestamp-field: notice\n', 'inner/keep.txt': '' });
    const levelIn = async (cwd: string) =>
      (JSON.parse((await runCli(['lint', '--list-rules', '--format', 'json'], { cwd })).stdout) as { id: string; level: string }[]).find((rule) => rule.id === 'missing-timestamp-field')?.level;
    expect(await levelIn(outer)).toBe('notice');
    expect(await levelIn(path.join(outer, 'inner'))).toBe('warning');
  });

  it('is never read through a symbolic link out of its folder', async () => {
    const secret = makeWorkspace({ 'secret.yml': 'plan: demo\n' });
    const repository = fixtureRepository('');
    rmSync(path.join(repository, '.heroku-connect.yml'));
    symlinkSync(path.join(secret, 'secret.yml'), path.join(repository, '.heroku-connect.yml'));
    const result = await runCli(['lint'], { cwd: repository });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^heroku-connect-action: \.heroku-connect\.yml: This path is a symbolic link to .*secret\.yml, which is outside/);
  });

  it.each(['.heroku-connect.yaml', '.heroku-connect.json'])('is read under the name %s too', async (name) => {
    const config = name.endsWith('.json') ? JSON.stringify({ rules: { 'missing-timestamp-field': 'notice' } }) : 'rules:\n  missing-timestamp-field: notice\n';
    const result = await runCli(['lint', '--list-rules', '--format', 'json'], { cwd: fixtureRepository(config, name) });
    expect((JSON.parse(result.stdout) as { id: string; level: string }[]).find((rule) => rule.id === 'missing-timestamp-field')?.level).toBe('notice');
  });
});

describe('flags and inputs override the file', () => {
  it("--fail-on and --rule win; the file's other rule levels stay", async () => {
    const repository = fixtureRepository();
    const never = await runCli(['lint', '--fail-on', 'never'], { cwd: repository });
    expect(never.exitCode).toBe(0);
    const report = JSON.parse((await runCli(['lint', '--format', 'json', '--rule', 'index-unmapped-field=notice'], { cwd: repository })).stdout);
    expect(report.counts).toEqual({ error: 0, warning: 1, notice: 2 });
  });

  it("the action's inputs win over the file", async () => {
    const repository = fixtureRepository();
    const result = await runAction(repository, { 'fail-on': 'never', rules: 'missing-timestamp-field: error' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ errors: '2', warnings: '1' });
  });
});

describe('a bad configuration file is a configuration error naming file, line and what is wrong', () => {
  it.each([
    ['fail-on: sometimes\n', /^heroku-connect-action: \.heroku-connect\.yml:1:10: "fail-on" must be one of: error, warning, notice, never\.$/],
    ['fial-on: error\n', /^heroku-connect-action: \.heroku-connect\.yml:1:1: unknown key "fial-on"\. Did you mean "fail-on"\?/],
    ['rules:\n  missing-id-feld: off\n', /^heroku-connect-action: \.heroku-connect\.yml:2:3: unknown rule "missing-id-feld"\. Did you mean "missing-id-field"\?$/],
    ['rules:\n  missing-id-field: loud\n', /^heroku-connect-action: \.heroku-connect\.yml:2:21: "rules\.missing-id-field" must be one of: off, notice, warning, error\.$/],
    [
      'ignore:\n  - rule: missing-id-field\n    object: Account\n',
      /^heroku-connect-action: \.heroku-connect\.yml:2:5: "ignore\.0" is missing "reason": every ignore says why the finding is accepted\.$/,
    ],
    ['files: heroku-connect/*.json\n', /^heroku-connect-action: \.heroku-connect\.yml:1:8: "files" must be a list\.$/],
    ['plan: [demo\n', /^heroku-connect-action: \.heroku-connect\.yml:\d+:\d+: The file is not valid YAML/],
  ])('%j', async (config, message) => {
    const result = await runCli(['lint'], { cwd: fixtureRepository(config) });
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trimEnd()).toMatch(message);
    expect(result.stderr).not.toMatch(/Internal error|\bat .*\.(js|ts):\d+/);
  });

  it('the action reports it as one configuration error annotation', async () => {
    const result = await runAction(fixtureRepository('plan: free\n'), {});
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([
      expect.objectContaining({ level: 'error', properties: { title: 'Configuration error' }, message: '.heroku-connect.yml:1:7: "plan" must be one of: demo, enterprise, shield.' }),
    ]);
  });
});

describe('placing the entries of a JSON configuration file', () => {
  const ignores = (count: number, badAt = -1) =>
    `{"ignore": [\n${Array.from({ length: count }, (_, i) => `  {"rule": "${i === badAt ? 'missing-id-feld' : 'missing-id-field'}", "object": "O${i}", "reason": "r"}`).join(',\n')}\n]}\n`;

  it('places each ignore entry at its own line, and an unknown rule at its entry', async () => {
    const config = await loadConfig(makeWorkspace({ '.heroku-connect.json': ignores(3) }), { searchUp: false });
    expect(config!.ignores.map((entry) => [entry.object, entry.line, entry.column])).toEqual([
      ['O0', 2, 3],
      ['O1', 3, 3],
      ['O2', 4, 3],
    ]);
    await expect(loadConfig(makeWorkspace({ '.heroku-connect.json': ignores(3, 1) }), { searchUp: false })).rejects.toThrow(
      '.heroku-connect.json:3:12: unknown rule "missing-id-feld". Did you mean "missing-id-field"?',
    );
  });

  slowTests('at scale', () => {
    it('places 3,000 ignore entries in one scan of the file, not one scan each', async () => {
      const root = makeWorkspace({ '.heroku-connect.json': ignores(3_000) });
      const started = performance.now();
      const config = await loadConfig(root, { searchUp: false });
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(config!.ignores.at(-1)).toMatchObject({ object: 'O2999', line: 3_001 });
    });
  });
});
