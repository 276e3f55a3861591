import path from 'node:path';
import type { ConnectionDetail } from '../../../src/clients/connect/types.js';
import { alignConnectionSection } from '../../../src/live/deploy/connection-section.js';
import { mergeMappingFiles } from '../../../src/plan/document.js';
import { ConfigurationError } from '../../../src/core/errors.js';
import { makeWorkspace } from '../../../test-support/harness.js';

const jsonFile = (objects: string[], connection?: Record<string, unknown>) =>
  JSON.stringify({ mappings: objects.map((object_name) => ({ object_name, config: { access: 'read_only', fields: { Id: {} } } })), ...(connection && { connection }), version: 1 });

function files(workspace: string, names: string[]) {
  return names.map((file) => ({ file, absolutePath: path.join(workspace, file), confinedTo: workspace }));
}

async function configurationError(promise: Promise<unknown>): Promise<string> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(ConfigurationError);
  return (outcome as Error).message;
}

describe('mergeMappingFiles', () => {
  it('puts the mappings of JSON and YAML files into one document, with the first connection section and version 1', async () => {
    const workspace = makeWorkspace({
      'a.json': jsonFile(['Account'], { app_name: 'CHANGE-ME', api_version: '62.0' }),
      'b.yml': 'mappings:\n  - object_name: Lead\n    config:\n      access: read_write\n      fields: {Id: {}}\nversion: 3\n',
    });
    const document = await mergeMappingFiles(files(workspace, ['a.json', 'b.yml']));
    expect(document).toEqual({
      mappings: [
        { object_name: 'Account', config: { access: 'read_only', fields: { Id: {} } } },
        { object_name: 'Lead', config: { access: 'read_write', fields: { Id: {} } } },
      ],
      connection: { app_name: 'CHANGE-ME', api_version: '62.0' },
      version: 1,
    });
  });

  it('refuses an object mapped in two files, naming both, whatever the case of the name', async () => {
    const workspace = makeWorkspace({ 'one.json': jsonFile(['Account', 'Lead']), 'two/other.yaml': 'mappings:\n  - object_name: account\n' });
    expect(await configurationError(mergeMappingFiles(files(workspace, ['one.json', 'two/other.yaml'])))).toBe(
      'Object "account" is mapped in both "one.json" and "two/other.yaml". A connection has one mapping per object: keep one of them.',
    );
  });

  it('refuses an object mapped twice in one file', async () => {
    const workspace = makeWorkspace({ 'one.json': jsonFile(['Account', 'Account']) });
    expect(await configurationError(mergeMappingFiles(files(workspace, ['one.json'])))).toMatch(/^Object "Account" is mapped twice in "one.json"/);
  });

  it('refuses connection sections that disagree on what the import keeps, ignoring key order and identity fields', async () => {
    const workspace = makeWorkspace({
      'a.json': jsonFile(['A__c'], { app_name: 'x', features: { a: true, b: false }, api_version: '62.0' }),
      'b.json': jsonFile(['B__c'], { app_name: 'y', features: { b: false, a: true }, api_version: '62.0' }),
      'c.json': jsonFile(['C__c'], { features: { a: true, b: false }, api_version: '57.0' }),
    });
    await expect(mergeMappingFiles(files(workspace, ['a.json', 'b.json']))).resolves.toMatchObject({ connection: { app_name: 'x' } });
    expect(await configurationError(mergeMappingFiles(files(workspace, ['a.json', 'c.json'])))).toMatch(/"a.json" and "c.json" differ in api_version;/);
  });

  it('says why a file cannot be deployed: unparsable, no mappings list, no object_name, or no file at all', async () => {
    const workspace = makeWorkspace({ 'broken.json': '{"mappings": [', 'other.json': '{"name": "x"}', 'nameless.json': '{"mappings": [{"config": {}}]}' });
    expect(await configurationError(mergeMappingFiles(files(workspace, ['broken.json'])))).toMatch(/^"broken.json" cannot be deployed: /);
    expect(await configurationError(mergeMappingFiles(files(workspace, ['other.json'])))).toMatch(/no top-level "mappings" list/);
    expect(await configurationError(mergeMappingFiles(files(workspace, ['nameless.json'])))).toBe('Mapping 1 in "nameless.json" has no object_name, so it cannot be imported.');
    expect(await configurationError(mergeMappingFiles(files(workspace, ['missing.json'])))).toMatch(/"missing.json" cannot be deployed: .*no such file/);
    expect(await configurationError(mergeMappingFiles([]))).toMatch(/no mapping file to deploy/);
  });
});

describe('alignConnectionSection', () => {
  const target: ConnectionDetail = {
    state: 'IDLE',
    app_name: 'prod-app',
    organization_id: null,
    sf_info: { organization_id: '00D000000000062', api_version: '64.0' },
    name: 'prod-app:DATABASE_URL:salesforce',
    features: { poll_db_no_merge: true, rest_count_only: false },
    logplex_log_enabled: true,
    mappings: [],
  };

  it('rewrites app_name, organization_id (from sf_info when the top level has none) and name, reporting each', () => {
    const section = { app_name: 'CHANGE-ME', organization_id: '00D-CHANGE-ME', exported_at: '2023-02-15T00:00:00Z' };
    const { section: aligned, differences } = alignConnectionSection(section, target);
    expect(aligned).toEqual({ app_name: 'prod-app', organization_id: '00D000000000062', name: 'prod-app:DATABASE_URL:salesforce', exported_at: '2023-02-15T00:00:00Z' });
    expect(differences.map((d) => [d.field, d.action, d.level])).toEqual([
      ['app_name', 'rewritten', 'info'],
      ['organization_id', 'rewritten', 'info'],
      ['name', 'rewritten', 'info'],
    ]);
    expect(differences[0]!.message).toBe('connection.app_name is "CHANGE-ME" in the file and "prod-app" on the connection; imported as "prod-app".');
    expect(differences[2]!.message).toMatch(/^connection.name is \(absent\) in the file/);
    expect(section.app_name).toBe('CHANGE-ME');
  });

  it('keeps features, api_version and logplex_log_enabled as written, reporting an older API version as a notice', () => {
    const section = {
      app_name: 'prod-app',
      organization_id: '00D000000000062',
      name: 'prod-app:DATABASE_URL:salesforce',
      api_version: '46.0',
      features: { poll_db_no_merge: false, rest_count_only: false, only_in_file: true },
      logplex_log_enabled: false,
    };
    const { section: aligned, differences } = alignConnectionSection(section, target);
    expect(aligned).toEqual(section);
    expect(differences.map((d) => [d.field, d.action, d.level])).toEqual([
      ['api_version', 'kept', 'notice'],
      ['features.poll_db_no_merge', 'kept', 'info'],
      ['logplex_log_enabled', 'kept', 'info'],
    ]);
    expect(differences[0]!.message).toMatch(/^The file was exported at Salesforce API 46\.0; the connection uses 64\.0\. The fields available to a mapping differ/);
  });

  it("reports nothing when the section matches, and keeps the file's value where the target has none", () => {
    const matching = { app_name: 'prod-app', organization_id: '00D000000000062', name: 'prod-app:DATABASE_URL:salesforce', api_version: '64.0' };
    expect(alignConnectionSection(matching, target).differences).toEqual([]);
    const bare: ConnectionDetail = { state: 'IDLE', mappings: [] };
    expect(alignConnectionSection({ app_name: 'kept', api_version: '50.0' }, bare)).toEqual({ section: { app_name: 'kept', api_version: '50.0' }, differences: [] });
  });
});
