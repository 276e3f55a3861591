import { rmSync } from 'node:fs';
import { makeWorkspace, runBuiltAction } from '../../test-support/harness.js';
import { GITHUB_BODY_LIMIT_CHARS, startGitHubStandIn, type GitHubStandIn } from '../../test-support/github-stand-in.js';
import { closeHostileStandIns, HOSTILE_APP, hostileStandIn, runBuiltActionAgainst } from '../../test-support/hostile-remote.js';
import { startSalesforceStandIn, type SalesforceStandIn } from '../../test-support/salesforce-stand-in.js';

/** Distinctive, so that finding it in an output is certain to be a leak. */
const SF_TOKEN = '00DHostile0000Bounds!AQ8AQLeakCanary.bounds';
const GITHUB_TOKEN = 'ghs_HostileBoundsCanary0123456789abcdef';
const MIB = 1024 * 1024;

const ACCOUNT_DESCRIBE = {
  name: 'Account',
  queryable: true,
  fields: [
    { name: 'Id', type: 'id' },
    { name: 'Name', type: 'string' },
    { name: 'SystemModstamp', type: 'datetime' },
  ],
};

let salesforce: SalesforceStandIn | undefined;
let github: GitHubStandIn | undefined;
const workspaces: string[] = [];

afterEach(async () => {
  await Promise.all([salesforce?.close(), github?.close(), closeHostileStandIns()]);
  salesforce = undefined;
  github = undefined;
  for (const workspace of workspaces.splice(0)) rmSync(workspace, { recursive: true, force: true });
});

function workspaceWith(objectNames: string[]): string {
  const mappings = objectNames.map((name) => ({ object_name: name, config: { access: 'read_only', sf_polling_seconds: 600, fields: { Id: {}, SystemModstamp: {}, Name: {} } } }));
  const workspace = makeWorkspace({ 'heroku-connect/shop.json': `${JSON.stringify({ mappings, version: 1 }, null, 4)}\n` });
  workspaces.push(workspace);
  return workspace;
}

function emptyWorkspace(): string {
  const workspace = makeWorkspace();
  workspaces.push(workspace);
  return workspace;
}

/** The built action's lint with live describe against the Salesforce stand-in. */
function lintLive(workspace: string, server: SalesforceStandIn, inputs: Record<string, string> = {}) {
  return runBuiltAction(workspace, { files: 'heroku-connect/*.json', 'salesforce-instance-url': server.url, 'salesforce-access-token': SF_TOKEN, ...inputs });
}

describe('the built action keeps live describe within its time and its names', () => {
  it('a Salesforce that never answers ends the lint within wait-timeout, with one line naming Salesforce', async () => {
    salesforce = await startSalesforceStandIn({ token: SF_TOKEN, describes: [ACCOUNT_DESCRIBE], faults: [{ times: Infinity, fault: { kind: 'hang' } }] });
    const started = Date.now();
    const result = await lintLive(workspaceWith(['Account']), salesforce, { 'wait-timeout': '10' });
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeLessThan(16);
    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message)).toEqual([
      expect.stringMatching(/^Salesforce could not be asked to fetch the describe of "Account" within the [\d.]+ s it had \(hanging: no answer within /),
    ]);
    expect(result.stdout).not.toMatch(/Internal error/);
    expect(result.stdout.replace(`::add-mask::${SF_TOKEN}\n`, '')).not.toContain(SF_TOKEN.slice(8));
  }, 30_000);

  it('"..", ".", "a/b" and "%2e%2e" as object names reach no URL: the token goes only to sobjects/<API name>/describe', async () => {
    salesforce = await startSalesforceStandIn({ token: SF_TOKEN, describes: [ACCOUNT_DESCRIBE] });
    const result = await lintLive(workspaceWith(['..', '.', 'a/b', '%2e%2e', '../../limits', 'Account']), salesforce, { 'wait-timeout': '10' });
    expect(salesforce.requests.map((request) => request.path)).toEqual(['/services/data/v60.0/sobjects/Account/describe']);
    // The lint still reports each name itself.
    expect(result.annotations.filter((annotation) => annotation.properties.title?.includes('invalid-api-name'))).toHaveLength(5);
    expect(result.stdout).not.toMatch(/Internal error/);
  }, 30_000);
});

describe("the built health keeps its sinks within GitHub's limits, and its GitHub calls within wait-timeout", () => {
  /** 3,000 failed mappings with long descriptions and 20,000 write errors: several MiB of report. */
  async function hugelyUnhealthy() {
    return hostileStandIn({
      connections: [
        {
          app: HOSTILE_APP,
          resource: 'herokuconnect-shop-12345',
          mappings: Array.from({ length: 3000 }, (_, i) => ({ object_name: `Obj${i}__c`, state: 'SYSTEM_ERROR', state_description: `Failure ${i}: ${'x'.repeat(500)}` })),
        },
      ],
      // Pages of 1,000, as the notifications are asked for: 20 pages of write errors, within the client's cap.
      pageSize: 1000,
      writeErrors: Array.from({ length: 20_000 }, (_, i) => ({ table_name: `salesforce.obj${i % 3000}__c`, record_id: `a0${i}`, message: `Write ${i} failed: ${'y'.repeat(200)}` })),
    });
  }

  it('a summary under 1 MiB and an issue body under 65,536 characters, each saying what it left out', async () => {
    const connect = await hugelyUnhealthy();
    github = await startGitHubStandIn({ token: GITHUB_TOKEN, owner: 'acme', repo: 'maps' });
    const result = await runBuiltActionAgainst(
      connect,
      emptyWorkspace(),
      { command: 'health', 'health-issue': 'true', 'github-token': GITHUB_TOKEN, 'wait-timeout': '20' },
      { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/maps' },
    );
    expect(result.stdout).not.toMatch(/Internal error/);
    expect(result.exitCode).toBe(1);
    expect(Buffer.byteLength(result.summary)).toBeLessThanOrEqual(MIB);
    expect(result.summary).toContain('### shop-production: ❌ unhealthy');
    expect(result.summary).toMatch(/- ❌ \d+ more problem\(s\) do not fit here; `heroku-connect-action health` lists them all\./);
    expect(github.issues).toHaveLength(1);
    const body = github.issues[0]!.body;
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT_CHARS);
    expect(body).toContain('### shop-production: ❌ unhealthy');
    expect(body).toContain('20000 write error(s) to Salesforce');
    expect(body).toMatch(/more mapping\(s\) do not fit here \(the healthy ones are left out first\)|more problem\(s\) do not fit here/);
    expect(result.outputs['health-issue']).toBe('1');
  }, 60_000);

  it('a GitHub API that never answers ends the run within wait-timeout, with one line naming GitHub', async () => {
    const connect = await hostileStandIn();
    github = await startGitHubStandIn({ token: GITHUB_TOKEN, owner: 'acme', repo: 'maps', hang: /\/issues/ });
    const started = Date.now();
    const result = await runBuiltActionAgainst(
      connect,
      emptyWorkspace(),
      { command: 'health', 'health-issue': 'true', 'github-token': GITHUB_TOKEN, 'wait-timeout': '8' },
      { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/maps' },
    );
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeLessThan(14);
    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message)).toEqual([
      expect.stringMatching(
        /^GitHub refused to list the open health issue \(GitHub could not be asked to answer GET \/repos\/acme\/maps\/issues within the [\d.]+ s it had \(hanging: no answer within /,
      ),
    ]);
    expect(result.stdout).not.toMatch(/Internal error/);
  }, 60_000);
});
