import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isRecord } from '../../src/core/json.js';
import { startGitHubStandIn } from '../../test-support/github-stand-in.js';
import { runBuiltAction } from '../../test-support/harness.js';
import { closeHostileStandIns, HOSTILE_APP, HOSTILE_RESOURCE, hostileStandIn, inWorkspace, runBuiltCliAgainst } from '../../test-support/hostile-remote.js';

afterEach(closeHostileStandIns);

/** Account as the hostile stand-in has it live. */
const LIVE_ACCOUNT = { access: 'read_only', sf_polling_seconds: 600, fields: { Id: {}, SystemModstamp: {}, Name: {} } };
const mappingFile = (config: object) => `${JSON.stringify({ mappings: [{ object_name: 'Account', config }], version: 1 }, null, 4)}\n`;

/** The export's Account mapping with its config passed through `change`. */
const withAccountConfig = (change: (config: Record<string, unknown>) => unknown) => (body: unknown) => {
  if (!isRecord(body) || !Array.isArray(body.mappings)) return body;
  return { ...body, mappings: body.mappings.map((mapping: unknown) => (isRecord(mapping) && isRecord(mapping.config) ? { ...mapping, config: change(mapping.config) } : mapping)) };
};

describe('the built CLI against states and values it does not know', () => {
  it('health calls a connection in a state it does not know unhealthy, by name', async () => {
    const server = await hostileStandIn({ connections: [{ app: HOSTILE_APP, resource: HOSTILE_RESOURCE, state: 'QUANTUM_FLUX', mappings: [{ object_name: 'Account', config: LIVE_ACCOUNT }] }] });
    const result = await inWorkspace({}, (workspace) => runBuiltCliAgainst(server, workspace, ['health', '--app', HOSTILE_APP]));
    expect(result.stdout).toContain('UNHEALTHY');
    expect(result.stdout).toContain('The connection is in state QUANTUM_FLUX, which this tool does not know.');
    expect(result.exitCode).toBe(1);
  });

  it('drift names a live value of the wrong type as a difference', async () => {
    const server = await hostileStandIn({ faults: [{ route: 'export', fault: { kind: 'mutate', mutate: withAccountConfig((config) => ({ ...config, sf_polling_seconds: '600' })) } }] });
    const result = await inWorkspace({ 'heroku-connect.json': mappingFile(LIVE_ACCOUNT) }, (workspace) =>
      runBuiltCliAgainst(server, workspace, ['drift', 'heroku-connect.json', '--app', HOSTILE_APP]),
    );
    expect(result.stdout).toContain('Live Account sf_polling_seconds is "600" (text); the file says 600.');
    expect(result.exitCode).toBe(1);
  });

  it('a deploy whose export after the import lacks the fields fails the proof, naming them', async () => {
    // The first export is the backup; the second, after the sync, is the proof's.
    const server = await hostileStandIn({ faults: [{ route: 'export', skip: 1, fault: { kind: 'mutate', mutate: withAccountConfig(({ fields: _fields, ...config }) => config) } }] });
    const files = { 'heroku-connect.json': mappingFile({ ...LIVE_ACCOUNT, fields: { ...LIVE_ACCOUNT.fields, Phone: {} } }) };
    const result = await inWorkspace(files, (workspace) =>
      runBuiltCliAgainst(server, workspace, ['deploy', 'heroku-connect.json', '--app', HOSTILE_APP, '--poll-interval', '1', '--wait-timeout', '15']),
    );
    expect(server.imports).toHaveLength(1);
    expect(result.stderr).toContain(
      'The import was only partly applied: the live configuration, exported after the sync, differs from the files: Account: fields is missing live, 4 field(s) in the files.',
    );
    expect(result.exitCode).toBe(1);
  });

  it('drift --write on 10 KB of nested live JSON ends with one line naming the cap, not a crash, and leaves the file', async () => {
    const nested = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const text = `{"mappings":[{"object_name":"Account","config":{"access":"read_only","sf_polling_seconds":600,"fields":{"Id":{},"SystemModstamp":{},"Name":{},"Phone":${nested}}}}],"version":1}`;
    const server = await hostileStandIn({ faults: [{ route: 'export', fault: { kind: 'answer', text } }] });
    const file = mappingFile(LIVE_ACCOUNT);
    await inWorkspace({ 'heroku-connect.json': file }, async (workspace) => {
      const result = await runBuiltCliAgainst(server, workspace, ['drift', 'heroku-connect.json', '--app', HOSTILE_APP, '--write']);
      expect(result.stderr).toContain(
        'Heroku Connect answered with JSON nested more than 64 levels deep when asked to export the configuration of connection "herokuconnect-shop-12345"; it was not read.',
      );
      expect(result.stderr).not.toMatch(/Internal error|RangeError|call stack/);
      expect(result.exitCode).not.toBe(0);
      expect(readFileSync(path.join(workspace, 'heroku-connect.json'), 'utf8')).toBe(file);
    });
  });
});

describe('the built action on a pull request whose configuration relaxes its check', () => {
  it('still fails on errors when the changed files cannot be listed, and warns at the configuration file', async () => {
    const token = 'ghs_hostile_config_token_0123456789';
    const baseSha = 'b'.repeat(40);
    const github = await startGitHubStandIn({
      token,
      owner: 'acme',
      repo: 'mappings',
      contents: { [baseSha]: {} },
      faults: [{ path: /\/pulls\/7\/files$/, status: 403, message: 'Resource not accessible by integration' }],
    });
    const eventPath = path.join(mkdtempSync(path.join(tmpdir(), 'hca-event-')), 'event.json');
    writeFileSync(
      eventPath,
      JSON.stringify({ pull_request: { number: 7, base: { sha: baseSha, repo: { full_name: 'acme/mappings' } }, head: { sha: 'c'.repeat(40), repo: { full_name: 'acme/mappings' } } } }),
    );
    try {
      // Polling every 30 s is an error of the polling-interval rule; the workspace is no repository, so git cannot list the files either.
      const files = { '.heroku-connect.yml': 'fail-on: never\n', 'heroku-connect.json': mappingFile({ ...LIVE_ACCOUNT, sf_polling_seconds: 30 }) };
      const result = await inWorkspace(files, (workspace) =>
        runBuiltAction(
          workspace,
          { files: '*.json', 'github-token': token },
          { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'acme/mappings', GITHUB_API_URL: github.url },
        ),
      );
      const warning = result.annotations.find((annotation) => annotation.properties.title === 'Configuration changed');
      expect(warning).toMatchObject({ level: 'warning', properties: { file: '.heroku-connect.yml' } });
      expect(warning!.message).toContain(
        "(its changed files could not be listed), which decides how this check lints. Until it merges, what would relax the check comes from the base branch instead: fail-on never (the base branch's is error).",
      );
      expect(result.summary).toContain('> [!WARNING]');
      expect(result.exitCode).toBe(1);
    } finally {
      await github.close();
      rmSync(path.dirname(eventPath), { recursive: true, force: true });
    }
  });
});

describe('the built action with an implausibly short Heroku API key', () => {
  it('refuses it in one annotation before any call, and never asks the runner to mask it in every word', async () => {
    const server = await hostileStandIn({});
    await inWorkspace({ 'heroku-connect.json': mappingFile(LIVE_ACCOUNT) }, async (workspace) => {
      const result = await runBuiltAction(workspace, { files: 'heroku-connect.json', command: 'drift', app: HOSTILE_APP, 'heroku-api-key': 'e' }, { CONNECT_DISCOVERY_SERVER: server.url });
      expect(result.exitCode).toBe(1);
      expect(result.annotations).toEqual([
        expect.objectContaining({ level: 'error', message: expect.stringMatching(/^Input "heroku-api-key" holds 1 character, too few for a real key \(at least 20\)/) }),
      ]);
      expect(result.stdout).not.toContain('::add-mask::e');
      expect(server.requests).toEqual([]);
    });
  });
});
