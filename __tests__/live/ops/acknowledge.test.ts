import { makeWorkspace, runCli } from '../../../test-support/harness.js';
import { closeStandIns, KEY, standIn } from '../deploy/support.js';
import { STAGING } from './support.js';

afterEach(closeStandIns);

describe('health --acknowledge, when Heroku Connect keeps listing what it was asked to acknowledge', () => {
  it("acknowledges with the listing's page size, lists again, tries once more, then says what is left", async () => {
    const server = await standIn({
      connections: [{ ...STAGING, notifications: [{ event_type: 'mapping-error', message: 'Account mapping failed' }] }],
      // Answers 204 and acknowledges nothing.
      faults: [{ route: 'acknowledge', times: 10, fault: { kind: 'answer', status: 204 } }],
    });
    const result = await runCli(['health', '--app', 'shop-staging', '--acknowledge'], {
      cwd: makeWorkspace(),
      env: { HEROKU_API_KEY: KEY, CONNECT_DISCOVERY_SERVER: server.url },
      clock: server.clock,
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('1 of the 1 notification(s) reported are still unacknowledged: Heroku Connect listed them again after acknowledging.');
    expect(result.stdout).not.toContain('notification(s) acknowledged.');
    const acknowledges = server.requests.filter((r) => r.route === 'acknowledge');
    expect(acknowledges).toHaveLength(2);
    expect(acknowledges.every((r) => new URLSearchParams(r.path.split('?')[1]).get('page_size') === '1000')).toBe(true);
    expect(server.requests.filter((r) => r.route === 'notifications')).toHaveLength(3);
  });
});
