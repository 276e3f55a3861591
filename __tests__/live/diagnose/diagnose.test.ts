import path from 'node:path';
import type { ValidationResults, WriteError } from '../../../src/clients/connect/types.js';
import { diagnoseFindings, mappingPlaces } from '../../../src/live/diagnose/findings.js';
import { diagnoseSarifRun } from '../../../src/live/diagnose/sarif.js';
import { newWriteErrors, writeErrorsByTable, writeErrorsSince } from '../../../src/live/diagnose/write-errors.js';
import { makeWorkspace, runCli } from '../../../test-support/harness.js';
import { slowTests } from '../../../test-support/slow.js';
import { APP, closeStandIns, EXAMPLE, KEY, standIn } from '../deploy/support.js';

afterEach(closeStandIns);

const empty = (): ValidationResults => ({ errors: [], warnings: [], passes: [], skips: [], mappings: {} });
const failed = (rule_id: string, message: string) => ({ rule_id, display_name: rule_id, status: 'FAILED' as const, message });

describe('diagnose findings', () => {
  it("places each mapping's checks at its object_name, in JSON and in YAML, and the connection's at the first file's first line", async () => {
    const yaml = 'mappings:\n  - config: {}\n    object_name: Lead\n';
    const workspace = makeWorkspace({ 'a.json': EXAMPLE, 'b.yaml': yaml });
    const files = ['a.json', 'b.yaml'].map((file) => ({ file, absolutePath: path.join(workspace, file), confinedTo: workspace }));
    const places = await mappingPlaces(files);
    expect(places.byObject.get('property__c')).toEqual({ file: 'a.json', line: 30, column: 28 });
    expect(places.byObject.get('lead')).toEqual({ file: 'b.yaml', line: 3, column: 18 });

    const report = diagnoseFindings(
      {
        connection: { ...empty(), warnings: [failed('SHOULD_HAVE_LOG_DRAIN', 'No log drain.')], passes: [failed('P', '')], skips: [failed('S', '')] },
        mappings: [
          { object: 'LEAD', results: { ...empty(), errors: [{ ...failed('UPSERT_FIELD', 'Bad.'), doc_url: 'https://devcenter.heroku.com/articles/heroku-connect-diagnose#x' }] } },
          { object: 'Gone__c', results: { ...empty(), warnings: [failed('W', 'w')] } },
        ],
      },
      places,
    );
    expect(report.counts).toEqual({ errors: 1, warnings: 2, passes: 1, skips: 1 });
    expect(report.findings.map((f) => [f.level, f.ruleId, f.file, f.line, f.object])).toEqual([
      ['warning', 'SHOULD_HAVE_LOG_DRAIN', 'a.json', 1, undefined],
      ['error', 'UPSERT_FIELD', 'b.yaml', 3, 'LEAD'],
      ['warning', 'W', 'a.json', 1, 'Gone__c'],
    ]);
    expect(report.findings[1]).toMatchObject({
      source: 'diagnose',
      message: 'Heroku Connect diagnose of the LEAD mapping, UPSERT_FIELD: Bad. (https://devcenter.heroku.com/articles/heroku-connect-diagnose#x)',
    });
  });
});

describe('diagnose SARIF run', () => {
  const finding = (ruleId: string, docUrl?: string) => ({ source: 'diagnose', ruleId, level: 'error', message: 'm', file: 'a.json', line: 1, column: 1, ...(docUrl && { docUrl }) }) as const;

  it("lists each of Heroku's rule ids once and points every result at its rule", () => {
    const run = diagnoseSarifRun([finding('B'), finding('A', 'https://devcenter.heroku.com/x'), finding('B')]) as {
      tool: { driver: { rules: { id: string; helpUri?: string }[] } };
      results: { ruleId: string; ruleIndex: number }[];
    };
    expect(run.tool.driver.rules.map((rule) => [rule.id, rule.helpUri])).toEqual([
      ['B', undefined],
      ['A', 'https://devcenter.heroku.com/x'],
    ]);
    expect(run.results.map((result) => [result.ruleId, result.ruleIndex])).toEqual([
      ['B', 0],
      ['A', 1],
      ['B', 0],
    ]);
  });

  slowTests('at scale', () => {
    it('indexes 50,000 distinct rule ids from an answer in linear time', () => {
      const findings = Array.from({ length: 50_000 }, (_, i) => finding(`RULE_${i}`));
      const started = performance.now();
      const run = diagnoseSarifRun(findings) as { results: { ruleIndex: number }[] };
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(run.results.at(-1)!.ruleIndex).toBe(49_999);
    });
  });
});

describe('write errors', () => {
  const error = (id: string, table: string, created_at: string): WriteError => ({ id, table_name: table, record_id: `r${id}`, message: 'm', created_at });

  it('keeps the new ones, by table with the newest first, and those since a time', () => {
    const before = [error('1', 'account', '2026-01-01T00:00:00Z')];
    const after = [...before, error('2', 'contact', '2026-01-01T01:00:00Z'), error('3', 'contact', '2026-01-01T02:00:00Z'), error('4', 'account', 'not a time')];
    expect(newWriteErrors(before, after).map((e) => e.id)).toEqual(['2', '3', '4']);
    expect(writeErrorsByTable(after).map(([table, list]) => [table, list.map((e) => e.id)])).toEqual([
      ['account', ['4', '1']],
      ['contact', ['3', '2']],
    ]);
    expect(writeErrorsSince(after, Date.parse('2026-01-01T01:30:00Z')).map((e) => e.id)).toEqual(['3', '4']);
  });
});

describe('heroku-connect-action diagnose and write-errors', () => {
  const env = (url: string) => ({ HEROKU_API_KEY: KEY, CONNECT_DISCOVERY_SERVER: url });

  it("runs the diagnose of the files' mappings at their lines, and exits 1 on an error", async () => {
    const server = await standIn({
      connections: [{ app: APP, resource: 'herokuconnect-one', mappings: [{ object_name: 'Account' }, { object_name: 'Property__c' }, { object_name: 'Contact' }] }],
      validation: { mappings: { Property__c: { errors: [failed('UPSERT_FIELD', 'Not unique.')] } } },
    });
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const result = await runCli(['diagnose', '--app', APP, 'heroku-connect.json'], { cwd: workspace, env: env(server.url), clock: server.clock });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe(
      'heroku-connect.json:30:28 error UPSERT_FIELD: Heroku Connect diagnose of the Property__c mapping, UPSERT_FIELD: Not unique.\n' +
        'Heroku Connect diagnose: 1 error(s), 0 warning(s), 4 passed, 1 skipped.\n',
    );
    // The connection's result carries each mapping's checks: no mapping is asked for on its own.
    expect(server.requests.filter((r) => r.route === 'mapping-validation')).toHaveLength(0);
    expect(result.stderr).not.toContain(KEY);
  });

  it("asks for each of the files' mappings on its own when the connection's result does not carry them (the 2019 form)", async () => {
    const server = await standIn({
      connections: [{ app: APP, resource: 'herokuconnect-one', mappings: [{ object_name: 'Account' }, { object_name: 'Property__c' }, { object_name: 'Contact' }] }],
      validation: { mappings: { Property__c: { errors: [failed('UPSERT_FIELD', 'Not unique.')] } } },
      faults: [{ route: 'validation-result', times: Infinity, fault: { kind: 'mutate', mutate: (body) => ({ ...(body as object), mappings: undefined }) } }],
    });
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const result = await runCli(['diagnose', '--app', APP, 'heroku-connect.json'], { cwd: workspace, env: env(server.url), clock: server.clock });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('heroku-connect.json:30:28 error UPSERT_FIELD: Heroku Connect diagnose of the Property__c mapping, UPSERT_FIELD: Not unique.\n');
    // Only the files' mappings are diagnosed one by one: Contact is not.
    expect(server.requests.filter((r) => r.route === 'mapping-validation')).toHaveLength(2);
  });

  it('diagnoses every live mapping without files, and exits 0 below --fail-on', async () => {
    const server = await standIn({ validation: { mappings: { Contact: { warnings: [failed('NUM_FIELDS', 'Many.')] } } } });
    const result = await runCli(['diagnose', '--app', APP, '--format', 'json'], { env: env(server.url), clock: server.clock });

    expect(result.exitCode).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.findings).toEqual([expect.objectContaining({ source: 'diagnose', level: 'warning', ruleId: 'NUM_FIELDS', object: 'Contact', file: '' })]);
    expect(report.counts).toEqual({ errors: 0, warnings: 1, passes: 4, skips: 1 });
  });

  it('lists the write errors since a duration, by table', async () => {
    const server = await standIn({
      writeErrors: [
        { table_name: 'account', record_id: '001NEW', message: 'INVALID_FIELD <x>' },
        { table_name: 'account', record_id: '001OLD', message: 'old', created_at: '2026-11-22T06:00:00.000Z' },
      ],
    });
    const result = await runCli(['write-errors', '--app', APP, '--since', '2h'], { env: env(server.url), clock: server.clock });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^1 write error\(s\) in the last 2h:\n {2}account \(1\)\n {4}\S+ {2}001NEW {2}INVALID_FIELD <x>\n$/);
    const none = await runCli(['write-errors', '--app', APP, '--since', '1x'], { env: env(server.url), clock: server.clock });
    expect(none).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/--since is "1x"/) });
  });

  it('lists both commands in the usage', async () => {
    const help = await runCli(['--help']);
    expect(help.stdout).toMatch(/^ {2}diagnose --app <app> \[files\.\.\.\]$/m);
    expect(help.stdout).toMatch(/^ {2}write-errors --app <app> \[--since <duration>\]$/m);
    const deployHelp = (await runCli(['deploy', '--help'])).stdout;
    for (const flag of ['--no-diagnose', '--prune', '--fail-on-write-errors']) expect(deployHelp).toMatch(new RegExp(`^ {2}${flag} `, 'm'));
    const diagnoseHelp = (await runCli(['diagnose', '--help'])).stdout;
    for (const flag of ['--app <app>', '--resource <name>', '--fail-on', '--wait-timeout <seconds>', '--format']) expect(diagnoseHelp).toContain(flag);
    expect((await runCli(['write-errors', '--help'])).stdout).toContain('--since <duration>');
  });
});
