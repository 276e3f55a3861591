import { readFileSync } from 'node:fs';
import { makeWorkspace } from '../../../test-support/harness.js';
import { APP, closeStandIns, CONNECTION, deployAction, EXAMPLE, expectNoKey, KEY, RESOURCE, routes, standIn } from './support.js';

afterEach(closeStandIns);

/** The example as exported from another connection: placeholders in its identity fields. */
const EXPORTED = EXAMPLE.replace('"app_name": "example-app"', '"app_name": "CHANGE-ME"').replace('"organization_id": "00D5w000003xwrCEAQ"', '"organization_id": "00D-CHANGE-ME"');

describe('deploy with the action', () => {
  it('links the user, backs up, imports, and succeeds only once the import shows, not on the IDLE seen during the lag', async () => {
    // importMs 0: IMPORT_CONFIGURATION is never seen, so only the applied configuration can show the import.
    const server = await standIn({ requireLink: true, timing: { lagMs: 1600, importMs: 0, syncMs: 0 } });
    const workspace = makeWorkspace({ 'heroku-connect.json': EXPORTED });
    const result = await deployAction(workspace, server);

    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
    // Write errors are read before the import and after the sync; the live configuration is exported again to prove it; then the diagnose.
    const calls = routes(server);
    const waited = calls.slice(6, calls.indexOf('export', 6));
    const resultReads = calls.filter((c) => c === 'validation-result').map(() => 'validation-result');
    expect(waited.length).toBeGreaterThan(0);
    // The link's answer lists the connection, so it is not searched for again; the diagnose's result carries each mapping's checks.
    expect(calls).toEqual(['search', 'link', 'detail', 'export', 'write-errors', 'import', ...waited.map(() => 'detail'), 'export', 'write-errors', 'validate', ...resultReads]);

    const importedAt = server.imports[0]!.time;
    const polls = server.requests.filter((r) => r.route === 'detail' && r.time > importedAt).map((r) => r.time - importedAt);
    // The first poll is one interval after the import; it saw IDLE with the old revisions and went on.
    expect(polls[0]).toBeGreaterThanOrEqual(950);
    expect(polls[0]).toBeLessThan(1600);
    expect(polls.at(-1)).toBeGreaterThanOrEqual(1600);
    expect(result.stdout).toMatch(/taken up the import: Account has a new revision, the new mapping Property__c appeared/);

    expect(result.outputs['connection-state']).toBe('IDLE');
    expect(JSON.parse(result.outputs['mapping-states']!)).toEqual({ Account: 'DATA_SYNCED', Property__c: 'DATA_SYNCED' });
    expect(result.outputs['imported']).toBe('true');
    expect(result.outputs['checks-not-run']).toBe('[]');

    // The backup is the live configuration before the import, Contact included.
    const backup = JSON.parse(readFileSync(result.outputs['backup-file']!, 'utf8'));
    expect(backup.mappings.map((m: { object_name: string }) => m.object_name)).toEqual(['Account', 'Contact']);
    expect(backup.mappings[0].config.fields).toEqual(CONNECTION.mappings![0]!.config!.fields);

    // One import with the file's mappings, its identity fields rewritten to the target's, its settings kept.
    const sent = server.imports[0]!.body as { mappings: { object_name: string }[]; connection: Record<string, unknown> };
    expect(sent.mappings.map((m) => m.object_name)).toEqual(['Account', 'Property__c']);
    expect(sent.connection).toMatchObject({ app_name: APP, organization_id: '00D000000000001EAA', name: `${APP}:DATABASE_URL:salesforce`, api_version: '62.0' });
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'notice', message: expect.stringMatching(/exported at Salesforce API 62\.0; the connection uses 64\.0/) }));

    expect(result.summary).toContain('## Heroku Connect deploy');
    expect(result.summary).toContain(`✅ **Deployed** to connection <code>${RESOURCE}</code> of app <code>${APP}</code> (plan enterprise)`);
    expect(result.summary).toMatch(/<tr><td>Property&#95;&#95;c<\/td><td>✅ DATA&#95;SYNCED/);
    expect(result.summary).toMatch(/Live mappings the files do not contain .*: Contact\./);
    expect(result.summary).toMatch(/connection.app&#95;name is &#34;CHANGE-ME&#34; in the file/);
    expect(result.summary).toContain(result.outputs['backup-file']!.replace(/_/g, '&#95;'));
    // The progress is in a collapsible group, each state change once.
    expect(result.stdout).toMatch(/^::group::Waiting for Heroku Connect to apply the import \(every 1 s, at most 20 s\)$/m);
    expect(result.stdout.match(/\] Property__c: /g)).toHaveLength(1);
    expectNoKey(result);
  });

  it('fails naming the mapping and its description when the import lands in BAD_CONFIG', async () => {
    const server = await standIn({ badConfig: { Property__c: 'Field Broker__c does not exist on Property__c' } });
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const result = await deployAction(workspace, server);

    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        properties: { title: 'Deploy failed' },
        message: expect.stringMatching(/^The import failed: Property__c BAD_CONFIG \(Field Broker__c does not exist on Property__c\)\. /),
      }),
    ]);
    expect(result.outputs['imported']).toBe('true');
    expect(JSON.parse(result.outputs['mapping-states']!)).toMatchObject({ Property__c: 'BAD_CONFIG' });
    expect(result.summary).toMatch(/❌ \*\*Deploy to connection .* failed\*\*/);
    expect(result.summary).toMatch(/Heroku Connect accepted the import, so the connection may hold part of it/);
    expectNoKey(result);
  });

  it('fails with the last states of the connection and of every imported mapping when the import never finishes', async () => {
    const server = await standIn({ importNeverFinishes: true, timing: { lagMs: 0 } });
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const result = await deployAction(workspace, server, { 'wait-timeout': '3' });

    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')!.message).toBe(
      'The import did not finish within 3 s: the connection is IMPORT_CONFIGURATION; Account DATA_SYNCED (OK), Property__c not listed yet. Raise wait-timeout if it needs longer.',
    );
    expect(result.outputs['connection-state']).toBe('IMPORT_CONFIGURATION');
    expect(server.requests.filter((r) => r.route === 'detail')).toHaveLength(4);
  });

  it('waits for an import that is already running before importing', async () => {
    const server = await standIn({ connections: [{ ...CONNECTION, state: 'IMPORT_CONFIGURATION', settlesAfterMs: 1500 }] });
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const started = server.clock.now();
    const result = await deployAction(workspace, server);

    expect(result.exitCode).toBe(0);
    expect(server.imports).toHaveLength(1);
    expect(server.imports[0]!.time - started).toBeGreaterThanOrEqual(1500);
    expect(result.stdout).toMatch(/Another import is running on the connection; waiting for it to finish first/);
    expect(result.stdout).toMatch(/^::group::Waiting for the running import to finish$/m);
  });

  it('lists the resource names when the app has several connections, and deploys to the one named by resource', async () => {
    const other = { ...CONNECTION, resource: 'herokuconnect-shop-99999', id: 'second-connection' };
    const server = await standIn({ connections: [CONNECTION, other], timing: { lagMs: 0, importMs: 0, syncMs: 0 } });
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });

    const ambiguous = await deployAction(workspace, server);
    expect(ambiguous.exitCode).toBe(1);
    expect(ambiguous.annotations.find((a) => a.level === 'error')).toMatchObject({
      properties: { title: 'Configuration error' },
      message: `App "${APP}" has 2 Heroku Connect connections: "${RESOURCE}", "herokuconnect-shop-99999". Set the resource to the one to deploy to.`,
    });
    expect(server.imports).toHaveLength(0);

    const chosen = await deployAction(workspace, server, { resource: 'herokuconnect-shop-99999' });
    expect(chosen.exitCode).toBe(0);
    expect(server.imports.map((r) => r.path)).toEqual(['/api/v3/connections/second-connection/actions/import']);
  });

  it('takes the key from HEROKU_API_KEY when the input is empty, and masks it', async () => {
    const server = await standIn({ timing: { lagMs: 0, importMs: 0, syncMs: 0 } });
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const result = await deployAction(workspace, server, { 'heroku-api-key': '' }, { HEROKU_API_KEY: KEY });
    expect(result.exitCode).toBe(0);
    expectNoKey(result);
  });
});
