import { rmSync } from 'node:fs';
import { makeWorkspace } from '../../test-support/harness.js';
import { closeHostileStandIns, HOSTILE_APP, HOSTILE_KEY, hostileStandIn, runBuiltCliAgainst } from '../../test-support/hostile-remote.js';
import { isRecord } from '../../src/core/json.js';

afterEach(closeHostileStandIns);

describe('the built CLI against answers that point elsewhere', () => {
  it('a diagnose result_url on another host gets no key, and the run says where it pointed', async () => {
    const elsewhere = await hostileStandIn();
    const server = await hostileStandIn({
      faults: [{ route: 'validate', fault: { kind: 'mutate', mutate: (body) => (isRecord(body) ? { ...body, result_url: `${elsewhere.regionUrl}/api/v3/connections/x/validations/y` } : body) } }],
    });
    const workspace = makeWorkspace();
    try {
      const result = await runBuiltCliAgainst(server, workspace, ['diagnose', '--app', HOSTILE_APP, '--wait-timeout', '10']);
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toContain('another host');
      expect(result.stderr).not.toMatch(/Internal error/);
      expect(elsewhere.requests).toEqual([]);
      expect(`${result.stdout}${result.stderr}`).not.toContain(HOSTILE_KEY);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});
