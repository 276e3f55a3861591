import path from 'node:path';
import { RemoteFailure } from '../../src/core/errors.js';
import { planAgainstLive } from '../../src/plan/live.js';
import type { FaultRule } from '../../src/stand-in/server.js';
import { FakeClock } from '../../test-support/fake-clock.js';
import { makeWorkspace, runAction, runCli } from '../../test-support/harness.js';
import { APP, closeStandIns, EXAMPLE, expectNoKey, KEY, RESOURCE, routes, standIn } from '../live/deploy/support.js';

afterEach(closeStandIns);

/** The export never answers: only the deadline can end the plan. */
const HANGING_EXPORT: FaultRule[] = [{ route: 'export', times: Infinity, fault: { kind: 'hang' } }];

/** A stand-in sharing a fake clock with the plan under test; the clock moves on to the client's timeout when a request hangs. */
async function hangingExport() {
  const clock = new FakeClock();
  const server = await standIn({ faults: HANGING_EXPORT, now: () => clock.now(), onHang: () => clock.timeOutLatestRequest() });
  return { clock, server };
}

const PENDING_CALL = new RegExp(`export the configuration of connection "${RESOURCE}" within the \\d+ s it had \\(hanging: no answer within`);

describe('the live plan keeps its deadline', () => {
  it('ends at the deadline when the export hangs, with a RemoteFailure naming Heroku Connect and the pending call', async () => {
    const { clock, server } = await hangingExport();
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const file = { file: 'heroku-connect.json', absolutePath: path.join(workspace, 'heroku-connect.json'), confinedTo: workspace };
    const connection = { apiKey: KEY, discoveryServer: server.url, log: { info: () => undefined }, clock, deadline: clock.now() + 8000 };
    const failure = await planAgainstLive(connection, { app: APP }, [file]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RemoteFailure);
    expect(failure).toMatchObject({ service: 'Heroku Connect', reason: 'hanging' });
    expect((failure as Error).message).toMatch(PENDING_CALL);
    // Without the deadline, one attempt alone would wait the client's 30 s.
    expect(clock.elapsed).toBeLessThanOrEqual(8000);
  });

  it('the CLI bounds plan --app by --wait-timeout, and exits 1 with one line naming the call', async () => {
    const { clock, server } = await hangingExport();
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const result = await runCli(['plan', 'heroku-connect.json', '--app', APP, '--wait-timeout', '8'], { cwd: workspace, env: { HEROKU_API_KEY: KEY, CONNECT_DISCOVERY_SERVER: server.url }, clock });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^heroku-connect-action: plan failed: .*${PENDING_CALL.source}[^\\n]*\\n$`));
    expect(clock.elapsed).toBeLessThanOrEqual(8000);
    expect(routes(server)).not.toContain('import');
    expectNoKey(result);
  });

  it('the action bounds its live plan by wait-timeout, and fails the step with the pending call', async () => {
    const { clock, server } = await hangingExport();
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const result = await runAction(
      workspace,
      { files: 'heroku-connect.json', app: APP, 'heroku-api-key': KEY, 'wait-timeout': '8' },
      { CONNECT_DISCOVERY_SERVER: server.url, GITHUB_EVENT_NAME: 'push' },
      { clock },
    );
    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message)).toEqual([expect.stringMatching(PENDING_CALL)]);
    expect(clock.elapsed).toBeLessThanOrEqual(8000);
    expectNoKey(result);
  });
});
