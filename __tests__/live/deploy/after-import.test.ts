import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { StandInCheck } from '../../../src/stand-in/server.js';
import { makeWorkspace } from '../../../test-support/harness.js';
import { closeStandIns, CONNECTION, deployAction, EXAMPLE, expectNoKey, routes, standIn } from './support.js';

afterEach(closeStandIns);

const FAST = { lagMs: 300, importMs: 300, syncMs: 300, validationMs: 2500 };

/** The live Account mapping, as a file of its own: nothing in it differs from the connection. */
const LIVE_ACCOUNT = JSON.stringify({ mappings: [CONNECTION.mappings![0]] }, null, 4);

/** Where a mapping's object_name value stands in the example, as the lint counts lines and columns. */
function placeOf(object: string): { line: string; col: string } {
  const lines = EXAMPLE.split('\n');
  const index = lines.findIndex((line) => line.includes(`"object_name": "${object}"`));
  return { line: String(index + 1), col: String(lines[index]!.indexOf(`"${object}"`) + 1) };
}

const check = (rule_id: string, message: string): StandInCheck => ({ rule_id, display_name: rule_id.toLowerCase(), status: 'FAILED', message });

describe('after the import', () => {
  it('fails a partial import, naming the object and the field the live configuration lacks', async () => {
    const server = await standIn({ timing: FAST, partialImport: { object: 'Property__c', field: 'Broker__c' } });
    const result = await deployAction(makeWorkspace({ 'heroku-connect.json': EXAMPLE }), server);

    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        properties: { title: 'Deploy failed' },
        message: expect.stringMatching(/^The import was only partly applied: .*: Property__c: field Broker__c is not mapped live\. Import the backup/),
      }),
    ]);
    // The states alone said all was well: the second export is what caught it.
    expect(JSON.parse(result.outputs['mapping-states']!)).toEqual({ Account: 'DATA_SYNCED', Property__c: 'DATA_SYNCED' });
    expect(result.outputs['imported']).toBe('true');
    expect(routes(server).filter((r) => r === 'export')).toHaveLength(2);
    expect(result.summary).toMatch(/Connection state \(last observed \d+ s into the deploy, \d+ s before it ended\)/);
    expectNoKey(result);
  });

  it('imports nothing when the files already match the live configuration, and succeeds saying so', async () => {
    const server = await standIn({ timing: FAST });
    const result = await deployAction(makeWorkspace({ 'heroku-connect.json': LIVE_ACCOUNT }), server, { diagnose: 'false' });

    expect(result.exitCode).toBe(0);
    expect(server.imports).toEqual([]);
    expect(routes(server)).toEqual(['search', 'detail', 'export']);
    expect(result.outputs['imported']).toBe('false');
    expect(result.outputs['changes']).toBe('0');
    expect(result.stdout).toMatch(/Nothing to import: the live configuration already has every mapping of the files/);
    expect(result.summary).toContain('✅ **Up to date**');
  });

  it('shows exactly what the import changes in the summary, and counts it in the changes output', async () => {
    const server = await standIn({ timing: FAST });
    const result = await deployAction(makeWorkspace({ 'heroku-connect.json': EXAMPLE }), server, { diagnose: 'false' });

    expect(result.exitCode).toBe(0);
    expect(result.outputs['changes']).toBe('5');
    expect(result.summary).toContain('What the deploy changes on the connection (5 changes');
    expect(result.summary).toMatch(/\| {2}\| Account \| field added: BillingCity \|/);
    expect(result.summary).toMatch(/\| {2}\| Property&#95;&#95;c \| mapping added: read&#95;write, 8 fields \|/);
    // Contact is live and in no file, but without prune nothing deletes it: not a change.
    expect(result.summary).not.toMatch(/mapping deleted/);
  });

  it("turns Heroku Connect's diagnose errors into annotations at the mapping's line, fails the step, and keeps them apart in SARIF", async () => {
    const server = await standIn({
      timing: FAST,
      validation: {
        connection: { warnings: [check('SHOULD_HAVE_LOG_DRAIN', 'App does not have logging configured.')] },
        mappings: { Property__c: { errors: [check('UPSERT_FIELD', 'External_Id__c is not an External ID.')], skips: [{ ...check('BINARY_FIELDS', 'n/a'), status: 'SKIPPED' }] } },
      },
    });
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const result = await deployAction(workspace, server, { 'sarif-file': 'results.sarif' });

    expect(result.exitCode).toBe(1);
    expect(result.annotations).toContainEqual({
      level: 'error',
      message: 'Heroku Connect diagnose of the Property__c mapping, upsert_field: External_Id__c is not an External ID.',
      properties: { title: 'UPSERT_FIELD', file: 'heroku-connect.json', ...placeOf('Property__c') },
    });
    expect(result.annotations).toContainEqual({
      level: 'warning',
      message: 'Heroku Connect diagnose of the connection, should_have_log_drain: App does not have logging configured.',
      properties: { title: 'SHOULD_HAVE_LOG_DRAIN', file: 'heroku-connect.json', line: '1', col: '1' },
    });
    expect(result.annotations).toContainEqual(
      expect.objectContaining({ properties: { title: 'Deploy failed' }, message: expect.stringMatching(/diagnose finds 1 problem\(s\) that reach fail-on "error": UPSERT_FIELD \(Property__c\)/) }),
    );
    // The deploy itself went through: only the diagnose fails it.
    expect(result.outputs['imported']).toBe('true');
    expect(result.summary).toContain('The import was applied and the live configuration matches the files; what failed came after it.');
    expect(result.summary).toMatch(/### Heroku Connect diagnose\n\nHeroku Connect's own checks \(source: diagnose, not the lint\): 1 error\(s\), 1 warning\(s\), 0 passed, 1 skipped\./);
    // The result was read until the running diagnose (202) was done.
    expect(routes(server).filter((r) => r === 'validation-result').length).toBeGreaterThan(1);

    const sarif = JSON.parse(readFileSync(path.join(workspace, 'results.sarif'), 'utf8'));
    expect(sarif.runs.map((r: { tool: { driver: { name: string } } }) => r.tool.driver.name)).toEqual(['heroku-connect-action', 'heroku-connect-action diagnose']);
    expect(sarif.runs[1].results).toContainEqual(expect.objectContaining({ ruleId: 'UPSERT_FIELD', level: 'error', properties: { source: 'diagnose', object: 'Property__c' } }));
    expectNoKey(result);
  });

  it('gives up a diagnose that never finishes at the deadline, and succeeds on the applied import, the diagnose counted as not run', async () => {
    const server = await standIn({ timing: FAST, validationNeverFinishes: true });
    const result = await deployAction(makeWorkspace({ 'heroku-connect.json': EXAMPLE }), server, { 'wait-timeout': '10' });

    expect(result.exitCode).toBe(0);
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(
          /^Could not read Heroku Connect's diagnose of the connection, so that check did not run \(it counts as neither passed nor failed\): Heroku Connect's diagnose of connection "herokuconnect-shop-12345" had not finished after \d+ s/,
        ),
      }),
    );
    expect(JSON.parse(result.outputs['checks-not-run']!)).toEqual([{ check: "Heroku Connect's diagnose of the connection", reason: expect.stringMatching(/had not finished after/) }]);
    expect(result.summary).toMatch(
      /\*\*1 check not run\*\* \(they count as neither passed nor failed\):\n\n- ⏭️ Heroku Connect&#39;s diagnose of the connection: not run, as Heroku Connect could not answer: Heroku Connect&#39;s diagnose of connection/,
    );
    // The mappings' own checks, answered at once, still ran; everything ended within the deadline and its grace.
    expect(JSON.parse(result.outputs['checks-not-run']!)).toHaveLength(1);
    expect(routes(server).slice(-2)).toEqual(['mapping-validation', 'mapping-validation']);
    expect(server.requests.at(-1)!.time - server.requests[0]!.time).toBeLessThanOrEqual(15_000);
  });

  it("counts a mapping's diagnose answered 404 as not run, keeps the connection's checks, and succeeds on the applied import", async () => {
    const server = await standIn({
      timing: FAST,
      validation: { connection: { warnings: [check('SHOULD_HAVE_LOG_DRAIN', 'App does not have logging configured.')] } },
      faults: [
        // The 2019 form: the connection's result without each mapping's checks, so each mapping is asked for on its own.
        { route: 'validation-result', times: Infinity, fault: { kind: 'mutate', mutate: (body) => ({ ...(body as object), mappings: undefined }) } },
        { route: 'mapping-validation', times: 1, fault: { kind: 'answer', status: 404, body: { message: 'Not found' } } },
      ],
    });
    const result = await deployAction(makeWorkspace({ 'heroku-connect.json': EXAMPLE }), server);

    expect(result.exitCode).toBe(0);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({ level: 'warning', message: expect.stringMatching(/^Could not read Heroku Connect's diagnose of the Account mapping, so that check did not run .*HTTP 404/) }),
    );
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'warning', properties: expect.objectContaining({ title: 'SHOULD_HAVE_LOG_DRAIN' }) }));
    expect(JSON.parse(result.outputs['checks-not-run']!)).toEqual([{ check: "Heroku Connect's diagnose of the Account mapping", reason: expect.stringMatching(/HTTP 404/) }]);
    expect(routes(server).filter((r) => r === 'mapping-validation')).toHaveLength(2);
    expect(result.summary).toContain('✅ **Deployed**');
    expect(result.summary).toMatch(/- ⏭️ Heroku Connect&#39;s diagnose of the Account mapping: not run, as Heroku Connect could not answer: .*HTTP 404/);
  });

  it('imports even when the write errors cannot be read before it, and says the write-error check did not run', async () => {
    const server = await standIn({ timing: FAST, faults: [{ route: 'write-errors', times: Infinity, fault: { kind: 'status', status: 500 } }] });
    const result = await deployAction(makeWorkspace({ 'heroku-connect.json': EXAMPLE }), server, { diagnose: 'false' });

    expect(result.exitCode).toBe(0);
    expect(server.imports).toHaveLength(1);
    // Without the baseline the new errors cannot be told from the old: the read after is not made.
    expect(routes(server).filter((r) => r === 'write-errors').length).toBeGreaterThan(0);
    expect(server.requests.filter((r) => r.route === 'write-errors').every((r) => r.time <= server.imports[0]!.time)).toBe(true);
    expect(JSON.parse(result.outputs['checks-not-run']!)).toEqual([{ check: 'the write errors before the import', reason: expect.stringMatching(/HTTP 500/) }]);
    expect(result.outputs['write-errors']).toBeUndefined();
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringMatching(/^Could not read the write errors before the import/) }));
  });

  it('fails with fail-on-write-errors when the write errors after the import cannot be read, saying why', async () => {
    const server = await standIn({ timing: FAST, faults: [{ route: 'write-errors', skip: 1, times: Infinity, fault: { kind: 'status', status: 503 } }] });
    const result = await deployAction(makeWorkspace({ 'heroku-connect.json': EXAMPLE }), server, { diagnose: 'false', 'fail-on-write-errors': 'true' });

    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^fail-on-write-errors is true, but the write errors after the import could not be read, so the deploy cannot show that the import caused none: .*HTTP 503/),
      }),
    ]);
    expect(result.outputs['imported']).toBe('true');
    expect(result.summary).toContain('The import was applied and the live configuration matches the files; what failed came after it.');
    expect(result.summary).toMatch(/- ⏭️ the write errors after the import: not run/);
  });

  it('still fails on a refused key after the import: a configuration error is not a check that did not run', async () => {
    const server = await standIn({ timing: FAST, faults: [{ route: 'validate', fault: { kind: 'status', status: 403 } }] });
    const result = await deployAction(makeWorkspace({ 'heroku-connect.json': EXAMPLE }), server);

    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([
      expect.objectContaining({ properties: { title: 'Configuration error' }, message: expect.stringMatching(/^Heroku Connect refused the API key \(HTTP 403/) }),
    ]);
    expect(JSON.parse(result.outputs['checks-not-run']!)).toEqual([]);
  });

  it('reports the write errors that appeared after the import, per table, in the summary and the outputs, as a warning by default', async () => {
    const server = await standIn({
      timing: FAST,
      writeErrors: [{ table_name: 'account', record_id: '001OLD', message: 'An old failure' }],
      writeErrorsAfterImport: [
        { table_name: 'property__c', record_id: 'a01NEW1', message: 'REQUIRED_FIELD_MISSING: Required fields are missing: [Name]' },
        { table_name: 'property__c', record_id: 'a01NEW2', message: 'DUPLICATE_VALUE: <b>duplicate</b> External_Id__c' },
      ],
    });
    const result = await deployAction(makeWorkspace({ 'heroku-connect.json': EXAMPLE }), server, { diagnose: 'false' });

    expect(result.exitCode).toBe(0);
    expect(result.outputs['write-errors']).toBe('2');
    const written = JSON.parse(readFileSync(result.outputs['write-errors-file']!, 'utf8'));
    expect(written.map((e: { record_id: string }) => e.record_id).sort()).toEqual(['a01NEW1', 'a01NEW2']);
    expect(result.summary).toContain('⚠️ **2 new write errors** to Salesforce since the import (property&#95;&#95;c 2)');
    expect(result.summary).toContain('<td><code>a01NEW1</code></td><td>REQUIRED&#95;FIELD&#95;MISSING: Required fields are missing: &#91;Name&#93;</td>');
    expect(result.summary).not.toContain('<b>duplicate</b>');
    expect(result.summary).not.toContain('001OLD');
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringMatching(/^2 new write error\(s\) to Salesforce since the import/) }));
  });

  it('fails on new write errors when fail-on-write-errors is true', async () => {
    const server = await standIn({ timing: FAST, writeErrorsAfterImport: [{ table_name: 'account', record_id: '001X', message: 'boom' }] });
    const result = await deployAction(makeWorkspace({ 'heroku-connect.json': EXAMPLE }), server, { diagnose: 'false', 'fail-on-write-errors': 'true' });

    expect(result.exitCode).toBe(1);
    expect(result.outputs['write-errors']).toBe('1');
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([expect.objectContaining({ message: expect.stringMatching(/^1 new write error\(s\)/) })]);
  });

  it('prunes exactly the live mappings the files lack, only when asked, after the import, and says how to restore them', async () => {
    const kept = await standIn({ timing: FAST });
    const without = await deployAction(makeWorkspace({ 'heroku-connect.json': EXAMPLE }), kept, { diagnose: 'false' });
    expect(without.exitCode).toBe(0);
    expect(routes(kept)).not.toContain('delete-mapping');

    const server = await standIn({ timing: FAST });
    const result = await deployAction(makeWorkspace({ 'heroku-connect.json': EXAMPLE }), server, { diagnose: 'false', prune: 'true' });

    expect(result.exitCode).toBe(0);
    const deletes = server.requests.filter((r) => r.route === 'delete-mapping');
    expect(deletes).toHaveLength(1);
    expect(deletes[0]!.time).toBeGreaterThan(server.imports[0]!.time);
    // Contact, and only Contact, is gone from the connection.
    const exported = await fetch(`${server.regionUrl}${server.requests.find((r) => r.route === 'export')!.path}`, { headers: { Authorization: server.requests[0]!.authorization! } });
    expect(((await exported.json()) as { mappings: { object_name: string }[] }).mappings.map((m) => m.object_name)).toEqual(['Account', 'Property__c']);
    expect(result.summary).toMatch(/\| ⚠️ \| Contact \| mapping deleted: drops the table and its data \|/);
    expect(result.summary).toMatch(/🗑️ Deleted by prune, with their tables and data: Contact\. To restore them, import the backup <code>/);
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'notice', message: expect.stringMatching(/^Deleted the Contact mapping \(prune\)/) }));
  });

  it('prunes without an import when the files are already live', async () => {
    const server = await standIn({ timing: FAST });
    const result = await deployAction(makeWorkspace({ 'heroku-connect.json': LIVE_ACCOUNT }), server, { diagnose: 'false', prune: 'true' });

    expect(result.exitCode).toBe(0);
    expect(routes(server)).toEqual(['search', 'detail', 'export', 'delete-mapping']);
    expect(result.outputs['imported']).toBe('false');
    expect(result.outputs['changes']).toBe('1');
  });

  it.each([
    ['the files name no mapping', JSON.stringify({ mappings: [] }), {}, /Not pruning: the files name no mapping/],
    [
      'a live mapping the files lack is in an error state',
      EXAMPLE,
      { mappings: [...CONNECTION.mappings!.slice(0, 1), { ...CONNECTION.mappings![1]!, state: 'BAD_CONFIG', state_description: 'Field gone' }] },
      /Contact BAD_CONFIG \(Field gone\)/,
    ],
  ])('refuses to prune, before any write, when %s', async (_, file, connection, message) => {
    const server = await standIn({ timing: FAST, connections: [{ ...CONNECTION, ...connection }] });
    const result = await deployAction(makeWorkspace({ 'heroku-connect.json': file }), server, { prune: 'true' });

    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([expect.objectContaining({ properties: { title: 'Configuration error' }, message: expect.stringMatching(message) })]);
    expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('imports nothing into a connection whose state it does not know, naming the state', async () => {
    const server = await standIn({ timing: FAST, connections: [{ ...CONNECTION, state: 'MIGRATING_TO_NEW_POD' }] });
    const result = await deployAction(makeWorkspace({ 'heroku-connect.json': EXAMPLE }), server);

    expect(result.exitCode).toBe(1);
    expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(routes(server)).toEqual(['search', 'detail']);
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^The connection is in state MIGRATING_TO_NEW_POD, which this action does not know, .* Nothing was imported\./) }),
    ]);
    expect(result.outputs['imported']).toBe('false');
    expect(result.outputs['connection-state']).toBe('MIGRATING_TO_NEW_POD');
    expect(result.summary).toMatch(/❌ \*\*Deploy to connection .* failed\*\* .*MIGRATING&#95;TO&#95;NEW&#95;POD/);
  });
});
