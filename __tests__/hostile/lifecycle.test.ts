import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../test-support/harness.js';
import { closeHostileStandIns, HOSTILE_APP, HOSTILE_KEY, hostileStandIn, inWorkspace, runBuiltActionAgainst, runBuiltCliAgainst } from '../../test-support/hostile-remote.js';
import { isRecord } from '../../src/core/json.js';

afterEach(closeHostileStandIns);

/** The example, asking for a newer API version than the stand-in's 64.0, so that the live plan reads the schema diff. */
const NEWER = (() => {
  const example = JSON.parse(readFileSync(path.join(REPO_ROOT, 'examples/heroku-connect.json'), 'utf8')) as { connection: Record<string, unknown> };
  return `${JSON.stringify({ ...example, connection: { ...example.connection, api_version: '65.0' } }, null, 2)}\n`;
})();

/** No crash, no raw control character from the answer, and the key nowhere but in the action's own request to mask it. */
function expectOneClearLine(output: string): void {
  expect(output).not.toMatch(/Internal error|is not a function|TypeError/);
  expect(output).not.toContain('\u001b');
  expect(output.replace(/^::add-mask::.*$/m, '')).not.toContain(HOSTILE_KEY);
}

describe('the lifecycle surfaces against hostile answers and inputs, through the bundle', () => {
  it.each([
    ['mappings of the wrong type', { mappings: 'all' }, 'mappings is a string, where a list belongs'],
    ['a flag of the wrong type', { mappings: [{ name: 'Account', has_unsafe_changes: 'no' }] }, 'mappings[0].has_unsafe_changes is a string, where true or false or null belongs'],
    ['a version that is no version', { current_api_version: '64.0; rm -rf', target_api_version: '65.0', mappings: [] }, 'current_api_version is not an API version such as 62.0'],
  ])('a schema diff with %s fails the live plan in one line naming the field', async (_, body, problem) => {
    const server = await hostileStandIn({ faults: [{ route: 'schema-diff', fault: { kind: 'answer', body } }] });
    const result = await inWorkspace({ 'heroku-connect.json': NEWER }, (workspace) => runBuiltCliAgainst(server, workspace, ['plan', 'heroku-connect.json', '--app', HOSTILE_APP]));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(problem);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expectOneClearLine(`${result.stdout}${result.stderr}`);
  });

  it('a schema-diff message with terminal escapes and markdown is shown inert in the CLI and the summary', async () => {
    const evil = 'Length increased\u001b[2J for <img src=x onerror=alert(1)> @team\nFields removed: [link](https://evil.example)';
    const mutate = (body: unknown) => (isRecord(body) ? { ...body, mappings: [{ name: 'Account', fields_have_changed: true, has_unsafe_changes: true, result_message: evil }] } : body);
    const withFault = await hostileStandIn({ faults: [{ route: 'schema-diff', times: 2, fault: { kind: 'mutate', mutate } }] });
    const cli = await inWorkspace({ 'heroku-connect.json': NEWER }, (workspace) => runBuiltCliAgainst(withFault, workspace, ['plan', 'heroku-connect.json', '--app', HOSTILE_APP]));
    expect(cli.exitCode).toBe(0);
    expect(cli.stdout).toContain('unsafe: Length increased');
    expectOneClearLine(cli.stdout);
    const action = await inWorkspace({ 'heroku-connect.json': NEWER }, (workspace) => runBuiltActionAgainst(withFault, workspace, { files: 'heroku-connect.json' }, { GITHUB_EVENT_NAME: 'push' }));
    expect(action.exitCode).toBe(0);
    expect(action.summary).not.toMatch(/<img|@team|\]\(https/);
    expectOneClearLine(action.stdout);
  });

  it('a connection state never seen before, with escapes, keeps the pause waiting, warned about once, until wait-timeout', async () => {
    const state = 'PAUSING\u001b[31m';
    const server = await hostileStandIn({
      pauseNeverTakesEffect: true,
      faults: [{ route: 'detail', skip: 2, times: Infinity, fault: { kind: 'mutate', mutate: (body) => (isRecord(body) ? { ...body, state } : body) } }],
    });
    const result = await inWorkspace({}, (workspace) => runBuiltCliAgainst(server, workspace, ['pause', '--app', HOSTILE_APP, '--poll-interval', '1', '--wait-timeout', '4']));
    expect(result.exitCode).toBe(1);
    expect(result.stderr.match(/which this action does not know; it keeps waiting/g)).toHaveLength(1);
    expect(result.stderr).toMatch(/^heroku-connect-action: pause failed: Waited \d+ s for the connection to be PAUSED, which did not happen: the connection is PAUSING/m);
    expectOneClearLine(`${result.stdout}${result.stderr}`);
  });

  it.each(['../../connections/x', 'Account\u001b[2J', 'Account; DROP TABLE', 'a'.repeat(5000)])('reload refuses a mapping name that is not an API name (%#), sending nothing', async (name) => {
    const server = await hostileStandIn();
    const result = await inWorkspace({}, (workspace) => runBuiltCliAgainst(server, workspace, ['reload', name, '--app', HOSTILE_APP, '--confirm', HOSTILE_APP]));
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^heroku-connect-action: ".*" is not a Salesforce object name: .*Nothing was reloaded\.\n$/);
    expect(result.stderr.length).toBeLessThan(400);
    expectOneClearLine(result.stderr);
    expect(server.requests).toEqual([]);
  });

  it.each(['pause', 'resume', 'restart', 'recover', 'reload'])('command: %s refuses an untrusted pull-request event before any request', async (command) => {
    const server = await hostileStandIn();
    const result = await inWorkspace({}, (workspace) => runBuiltActionAgainst(server, workspace, { command, mappings: 'Account', confirm: HOSTILE_APP }, { GITHUB_EVENT_NAME: 'pull_request_target' }));
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^::error title=Configuration error::Not using the Heroku API key on a pull_request_target event/m);
    expect(server.requests).toEqual([]);
    expectOneClearLine(result.stdout);
  });
});
