import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { makeWorkspace } from '../../test-support/harness.js';
import { closeHostileStandIns, HOSTILE_APP, HOSTILE_KEY, HOSTILE_RESOURCE, hostileStandIn, runBuiltActionAgainst } from '../../test-support/hostile-remote.js';

afterEach(closeHostileStandIns);

const live = (name: string) => ({ access: 'read_only', sf_polling_seconds: 600, fields: { Id: {}, SystemModstamp: {}, [name]: {} } });
/** Account as live, with one field more: the everyday edit. */
const EDITED_ACCOUNT = { object_name: 'Account', config: { ...live('Name'), fields: { ...live('Name').fields, Industry: {} } } };
const fileOf = (...mappings: object[]) => JSON.stringify({ mappings }, null, 2);

async function deployBuilt(server: Awaited<ReturnType<typeof hostileStandIn>>, file: string, inputs: Record<string, string> = {}) {
  const workspace = makeWorkspace({ 'heroku-connect.json': file });
  try {
    return await runBuiltActionAgainst(server, workspace, { files: 'heroku-connect.json', deploy: 'true', ...inputs });
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

describe('the built action: checks that cannot run never sink an applied import', () => {
  it("succeeds with a warning and the checks-not-run output when a mapping's diagnose answers 404 after the import", async () => {
    const server = await hostileStandIn({
      faults: [
        // The 2019 form of the connection's result: no mapping's checks in it, so each mapping is asked for on its own.
        { route: 'validation-result', times: Infinity, fault: { kind: 'mutate', mutate: (body) => ({ ...(body as object), mappings: undefined }) } },
        { route: 'mapping-validation', times: Infinity, fault: { kind: 'answer', status: 404, body: { message: 'Not found' } } },
      ],
    });
    const result = await deployBuilt(server, fileOf(EDITED_ACCOUNT));

    expect(result.exitCode).toBe(0);
    expect(server.imports).toHaveLength(1);
    expect(result.stdout).toMatch(/^::warning .*::Could not read Heroku Connect's diagnose of the Account mapping, so that check did not run .*HTTP 404/m);
    expect(JSON.parse(result.outputs['checks-not-run']!)).toEqual([{ check: "Heroku Connect's diagnose of the Account mapping", reason: expect.stringMatching(/HTTP 404/) }]);
    expect(result.summary).toMatch(/Heroku Connect&#39;s diagnose of the Account mapping: not run/);
    const masked = result.stdout.split('\n').filter((line) => line !== `::add-mask::${HOSTILE_KEY}`);
    expect(`${masked.join('\n')}${result.stderr}${result.summary}`).not.toContain(HOSTILE_KEY);
  });

  it("gives no javascript: link from a diagnose's doc_url to SARIF or the summary: the check is not run, naming the field", async () => {
    const server = await hostileStandIn({
      validation: {
        connection: { warnings: [{ rule_id: 'SHOULD_HAVE_LOG_DRAIN', display_name: 'Configured Logging', status: 'FAILED', message: 'No log drain.', doc_url: 'javascript:alert(document.domain)' }] },
      },
    });
    const workspace = makeWorkspace({ 'heroku-connect.json': fileOf(EDITED_ACCOUNT) });
    try {
      const result = await runBuiltActionAgainst(server, workspace, { files: 'heroku-connect.json', deploy: 'true', 'sarif-file': 'out/lint.sarif' });
      expect(result.exitCode).toBe(0);
      expect(JSON.parse(result.outputs['checks-not-run']!)).toEqual([
        { check: "Heroku Connect's diagnose of the connection", reason: expect.stringContaining('warnings[0].doc_url is not an https URL') },
      ]);
      const sarif = readFileSync(path.join(workspace, 'out/lint.sarif'), 'utf8');
      expect(`${sarif}${result.summary}${result.stdout}`).not.toMatch(/javascript:alert/);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('imports although the write errors read before the import hangs', async () => {
    const server = await hostileStandIn({ faults: [{ route: 'write-errors', times: Infinity, fault: { kind: 'hang' } }] });
    const result = await deployBuilt(server, fileOf(EDITED_ACCOUNT), { diagnose: 'false', 'wait-timeout': '10' });

    expect(server.imports).toHaveLength(1);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.outputs['checks-not-run']!)).toEqual([{ check: 'the write errors before the import', reason: expect.stringMatching(/hanging/) }]);
  });
});

describe('the built action against a service that saves only what an import changes', () => {
  it('ends a one-mapping edit in a file of two whose IMPORT_CONFIGURATION no poll sees', async () => {
    const server = await hostileStandIn({
      connections: [
        {
          app: HOSTILE_APP,
          resource: HOSTILE_RESOURCE,
          plan: 'enterprise',
          mappings: [
            { object_name: 'Account', config: live('Name') },
            { object_name: 'Contact', config: live('Name') },
          ],
        },
      ],
      timing: { lagMs: 100, importMs: 0, syncMs: 100, validationMs: 100 },
    });
    const result = await deployBuilt(server, fileOf(EDITED_ACCOUNT, { object_name: 'Contact', config: live('Name') }), { diagnose: 'false', 'wait-timeout': '8' });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/taken up the import: Account has a new revision/);
  });

  it("deploys with a fresh key whose link takes a while to show in the search, taking the link's own list", async () => {
    const server = await hostileStandIn({ requireLink: true, linkDelayMs: 60_000 });
    const result = await deployBuilt(server, fileOf(EDITED_ACCOUNT), { diagnose: 'false' });

    expect(result.exitCode).toBe(0);
    expect(server.requests.map((r) => r.route).slice(0, 3)).toEqual(['search', 'link', 'detail']);
  });
});
