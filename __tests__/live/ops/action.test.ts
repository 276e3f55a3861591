import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { StandInConnection } from '../../../src/stand-in/server.js';
import { makeWorkspace, REPO_ROOT, runAction } from '../../../test-support/harness.js';
import { closeStandIns, KEY, standIn, type TimedStandIn } from '../deploy/support.js';
import { ACCOUNT, FILE, STAGING } from './support.js';

afterEach(closeStandIns);

const PRODUCTION: StandInConnection = {
  app: 'shop-production',
  resource: 'herokuconnect-production',
  mappings: [{ object_name: 'Account', config: { ...ACCOUNT, fields: { ...ACCOUNT.fields, Phone: {} } }, lastPollAgoMs: 2 * 3_600_000 }],
  notifications: [{ event_type: 'mapping-error', message: 'Account mapping failed' }],
};

interface Step {
  uses?: string;
  with?: Record<string, string | boolean>;
}

/** The action's inputs in each workflow of docs/operations.md that runs a command, as written; the secret is the test's key. */
function readmeSteps(command: string): Record<string, string>[] {
  const page = readFileSync(path.join(REPO_ROOT, 'docs/operations.md'), 'utf8');
  const workflows = [...page.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map(([, source]) => parseYaml(source!) as { jobs?: Record<string, { steps: Step[] }> });
  return workflows
    .flatMap((workflow) => Object.values(workflow.jobs ?? {}).flatMap((job) => job.steps))
    .filter((step) => step.uses?.startsWith('heroku-connect-action/heroku-connect-action@') && step.with?.command === command)
    .map((step) => Object.fromEntries(Object.entries(step.with!).map(([name, value]) => [name, String(value).replace('${{ secrets.HEROKU_API_KEY }}', KEY)])));
}

const run = (server: TimedStandIn, workspace: string, inputs: Record<string, string>) => runAction(workspace, inputs, { CONNECT_DISCOVERY_SERVER: server.url }, { clock: server.clock });

describe("the operations page's workflows, run against the stand-in", () => {
  it('drift: finds the dashboard edit, writes it back and sets the outputs the pull request step reads', async () => {
    const [inputs] = readmeSteps('drift');
    const server = await standIn({ connections: [STAGING, PRODUCTION] });
    const workspace = makeWorkspace({ 'heroku-connect/shop.json': FILE });
    const result = await run(server, workspace, inputs!);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.drifted).toBe('true');
    expect(JSON.parse(result.outputs.drift!).apps[0].drift[0]).toMatchObject({ kind: 'field-removed', difference: 'Live maps Account.Phone, which the file lacks.' });
    expect(result.summary).toContain('### shop-production: 1 difference from the files, 1 needing care');
    expect(readFileSync(path.join(workspace, 'heroku-connect/shop.json'), 'utf8')).toBe(FILE.replace('"Name": {}', '"Name": {},\n                    "Phone": {}'));
    expect(result.stdout.replace(`::add-mask::${KEY}\n`, '')).not.toContain(KEY.slice(5));
  });

  it('health: reports each app, acknowledges what it reported, and keeps the issue (no token: says what it needs)', async () => {
    const [inputs] = readmeSteps('health');
    const server = await standIn({ connections: [STAGING, PRODUCTION] });
    const result = await run(server, makeWorkspace(), { ...inputs!, 'health-issue': 'false' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.healthy).toBe('false');
    const report = JSON.parse(result.outputs.health!);
    expect(report.apps.map((app: { app: string; healthy: boolean; acknowledged: number }) => [app.app, app.healthy, app.acknowledged])).toEqual([
      ['shop-staging', true, 0],
      ['shop-production', false, 1],
    ]);
    expect(result.summary).toContain('| Account | DATA&#95;SYNCED |');
    expect(server.requests.filter((r) => r.route === 'acknowledge')).toHaveLength(1);

    const again = await run(server, makeWorkspace(), { ...inputs!, 'github-token': '' });
    expect(again.exitCode).toBe(1);
    expect(again.annotations[0]?.message).toBe('health-issue needs github-token (with issues: write) to keep the issue.');
  });

  it('promote: deploys to staging with command: deploy', async () => {
    const [staging] = readmeSteps('deploy');
    const server = await standIn({ connections: [STAGING] });
    const workspace = makeWorkspace({ 'heroku-connect/shop.json': FILE });
    const result = await run(server, workspace, { ...staging!, 'poll-interval': '1', 'wait-timeout': '20', diagnose: 'false' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.changes).toBe('0');
  });
});

describe('health-issue', () => {
  /** GitHub's issues API with at most one labelled issue; every other request goes to the stand-in. */
  function fakeGitHub() {
    const calls: string[] = [];
    let open: { number: number; body: string } | undefined;
    const fetchImpl: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      if (url.host !== 'api.github.test') return fetch(input, init);
      calls.push(`${request.method} ${url.pathname}`);
      const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
      if (request.method === 'GET') return json(open ? [{ number: open.number }] : []);
      const body = (await request.json()) as { body?: string; state?: string };
      if (url.pathname.endsWith('/comments')) return json({ id: 1 }, 201);
      if (request.method === 'POST') {
        open = { number: 7, body: body.body! };
        return json({ number: 7 }, 201);
      }
      if (body.state === 'closed') open = undefined;
      return json({ number: 7 });
    };
    return { calls, fetchImpl };
  }

  it('opens one issue when unhealthy, updates it while it stays so, and closes it when healthy again', async () => {
    const github = fakeGitHub();
    const server = await standIn({ connections: [{ ...STAGING, notifications: [{ event_type: 'mapping-error', message: 'Account mapping failed' }] }] });
    const inputs = { command: 'health', app: 'shop-staging', 'health-issue': 'true', 'heroku-api-key': KEY, 'github-token': 'ghs_faketoken' };
    const env = { CONNECT_DISCOVERY_SERVER: server.url, GITHUB_API_URL: 'https://api.github.test', GITHUB_REPOSITORY: 'shop/mappings' };
    const health = () => runAction(makeWorkspace(), inputs, env, { clock: server.clock, fetch: github.fetchImpl });

    expect((await health()).outputs).toMatchObject({ healthy: 'false', 'health-issue': '7' });
    await health();
    const healthy = await health()
      .then(() => runAction(makeWorkspace(), { ...inputs, acknowledge: 'true' }, env, { clock: server.clock, fetch: github.fetchImpl }))
      .then(() => health());
    expect(healthy.exitCode).toBe(0);
    expect(github.calls).toEqual([
      'GET /repos/shop/mappings/issues',
      'POST /repos/shop/mappings/issues',
      'GET /repos/shop/mappings/issues',
      'PATCH /repos/shop/mappings/issues/7',
      'GET /repos/shop/mappings/issues',
      'PATCH /repos/shop/mappings/issues/7',
      'GET /repos/shop/mappings/issues',
      'PATCH /repos/shop/mappings/issues/7',
      'GET /repos/shop/mappings/issues',
      'POST /repos/shop/mappings/issues/7/comments',
      'PATCH /repos/shop/mappings/issues/7',
    ]);
  });
});

describe('the drift and health outputs', () => {
  it("stay under GitHub's output limit: whole when they fit, else an outline marked truncated", async () => {
    const { reportOutput } = await import('../../../src/action/ops.js');
    const outline = (report: { apps: { app: string; drift: unknown[] }[] }) => ({ apps: report.apps.map((app) => ({ app: app.app, differences: app.drift.length })) });
    const small = { apps: [{ app: 'shop', drift: [{ kind: 'field-added' }] }] };
    expect(JSON.parse(reportOutput(small, outline))).toEqual(small);
    const huge = { apps: [{ app: 'shop', drift: Array.from({ length: 20_000 }, (_, i) => ({ kind: 'field-added', detail: `Field_${i}__c`.padEnd(60, 'x') })) }] };
    const output = reportOutput(huge, outline);
    expect(Buffer.byteLength(output)).toBeLessThan(1024 * 1024);
    expect(JSON.parse(output)).toEqual({ truncated: true, apps: [{ app: 'shop', differences: 20_000 }] });
  });
});
