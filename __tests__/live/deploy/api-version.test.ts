import { makeWorkspace } from '../../../test-support/harness.js';
import { closeStandIns, CONNECTION, deployAction, deployCli, EXAMPLE, expectNoKey, routes, standIn } from './support.js';

afterEach(closeStandIns);

const FAST = { lagMs: 300, importMs: 300, syncMs: 300, actionMs: 1500 };
/** The connection on an older API version than the example's 62.0. */
const OLD = { ...CONNECTION, apiVersion: '45.0' };
const LIFECYCLE = ['schema-diff', 'pause', 'change-api-version', 'resume', 'restart', 'import'];
const lifecycle = (server: Parameters<typeof routes>[0]) => routes(server).filter((route) => LIFECYCLE.includes(route));

describe('the API-version change on deploy', () => {
  it('refuse (the default): fails before anything is changed, naming both versions, the input and what apply does', async () => {
    const server = await standIn({ timing: FAST, connections: [OLD] });
    const result = await deployCli(makeWorkspace({ 'heroku-connect.json': EXAMPLE }), server);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(
      /^heroku-connect-action: The files ask for Salesforce API 62\.0, and the connection runs 45\.0\. Nothing was changed\. With api-version-change: apply \(--api-version-change apply\), the deploy reads the schema diff, refuses an unsafe one, then pauses the connection, changes its API version to 62\.0, resumes it and imports the files\. Or set connection\.api_version to 45\.0 in the files\.$/m,
    );
    expect(lifecycle(server)).toEqual([]);
    expect(server.imports).toHaveLength(0);
  });

  it('apply on a safe diff: pauses, changes, resumes, imports, and proves the content and the version', async () => {
    const server = await standIn({
      timing: FAST,
      connections: [{ ...OLD, schemaDiff: [{ name: 'Account', fields_have_changed: true, result_message: 'Length increased in Salesforce for field: Name.' }] }],
    });
    const result = await deployAction(makeWorkspace({ 'heroku-connect.json': EXAMPLE }), server, { 'api-version-change': 'apply', 'wait-timeout': '60' });
    expect(result.exitCode).toBe(0);
    expect(lifecycle(server)).toEqual(['schema-diff', 'pause', 'change-api-version', 'resume', 'import']);
    expect(server.requests.find((request) => request.route === 'change-api-version')?.body).toEqual({ target_version: '62.0' });
    expect(result.stdout).toMatch(/^\[2 s\] connection: IDLE → PAUSED$/m);
    expect(result.stdout).toMatch(/^The connection runs Salesforce API 62\.0 and is IDLE again\.$/m);
    expect(result.stdout).toMatch(/^The connection reports Salesforce API 62\.0, as the files ask\.$/m);
    expect(result.outputs['api-version']).toBe('62.0');
    expect(result.outputs['api-version-changed']).toBe('true');
    expect(result.outputs.imported).toBe('true');
    for (const step of ['schema diff 45.0 → 62.0', 'pause', 'change the Salesforce API version to 62.0', 'resume']) expect(result.summary).toContain(`<td>✅ ${step}</td>`);
    expectNoKey(result);
  });

  it('an unsafe or undetermined diff changes nothing, listing each mapping with its message, consequence and remedy', async () => {
    const server = await standIn({
      timing: FAST,
      connections: [
        {
          ...OLD,
          schemaDiff: [
            { name: 'Account', fields_have_changed: true, has_unsafe_changes: true, result_message: 'Fields removed from Salesforce: Rating. ' },
            { name: 'Contact', action_undetermined: true, result_message: 'Unable to determine if an action is required.' },
          ],
        },
      ],
    });
    const result = await deployCli(makeWorkspace({ 'heroku-connect.json': EXAMPLE }), server, ['--api-version-change', 'apply']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(
      /^heroku-connect-action: deploy failed: Not changing the Salesforce API version from 45\.0 to 62\.0: the schema diff finds 2 mapping\(s\) unsafe or undetermined: Account \(Fields removed from Salesforce: Rating\. Unsafe: only a longer string length is a safe change\. For a changed type or a shorter length, unmap the field, save the mapping, then map it again; a field Salesforce removed blocks the change until it is unmapped\.\); Contact \(Unable to determine if an action is required\. Undetermined: /m,
    );
    expect(result.stderr).toMatch(/Nothing was changed\.$/m);
    expect(lifecycle(server)).toEqual(['schema-diff']);
  });

  it('a failure after the pause (a 409 of the change) still resumes the connection, and says so', async () => {
    const server = await standIn({ timing: FAST, connections: [OLD], apiVersionChangeRefusal: 'syncing' });
    const result = await deployAction(makeWorkspace({ 'heroku-connect.json': EXAMPLE }), server, { 'api-version-change': 'apply', 'wait-timeout': '60' });
    expect(result.exitCode).toBe(1);
    expect(lifecycle(server)).toEqual(['schema-diff', 'pause', 'change-api-version', 'resume']);
    expect(result.stdout).toMatch(
      /^::error title=Heroku Connect failed::Heroku Connect answered HTTP 409: Mapping Contact is still syncing\. Wait for it to finish syncing before changing the API version\. when asked to change the Salesforce API version/m,
    );
    expect(result.stdout).toMatch(/^::warning title=heroku-connect-action deploy::The deploy had paused the connection, so it resumed it after the failure: it is IDLE again\.$/m);
    expect(result.summary).toContain('⚠️ The deploy had paused the connection, so it resumed it after the failure: it is IDLE again.');
    expect(result.outputs['api-version']).toBe('45.0');
    expect(result.outputs['api-version-changed']).toBe('false');
    expect(result.outputs.imported).toBe('false');
  });

  it('a pause that never takes effect fails the deploy within wait-timeout: nothing is changed or imported', async () => {
    const server = await standIn({ timing: FAST, connections: [OLD], pauseNeverTakesEffect: true });
    const result = await deployCli(makeWorkspace({ 'heroku-connect.json': EXAMPLE }), server, ['--api-version-change', 'apply', '--wait-timeout', '8']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^heroku-connect-action: deploy failed: Waited \d+ s for the connection to be PAUSED, which did not happen: the connection is IDLE\./m);
    expect(lifecycle(server)).toEqual(['schema-diff', 'pause']);
    expect(server.imports).toHaveLength(0);
  });
});
