import { planFile } from '../../src/plan/file.js';
import { renderPlanText } from '../../src/plan/render.js';
import { makeWorkspace, runAction, runCli } from '../../test-support/harness.js';
import { APP, closeStandIns, CONNECTION, EXAMPLE, expectNoKey, KEY, routes, standIn } from '../live/deploy/support.js';

afterEach(closeStandIns);

/** The connection on 45.0, with one mapping of each kind the schema diff reports (the recorded sample's flags). */
const OLD = {
  ...CONNECTION,
  apiVersion: '45.0',
  schemaDiff: [
    { name: 'Account', fields_have_changed: true, has_unsafe_changes: true, result_message: 'Length increased in Salesforce for field: Name. \nFields removed from Salesforce: Rating. ' },
    { name: 'Contact', action_undetermined: true, result_message: 'Unable to determine if an action is required.' },
  ],
};

const line = (text: string, needle: string) => text.split('\n').findIndex((row) => row.includes(needle)) + 1;

describe('the API version in the plan', () => {
  it("the live plan reads the schema diff for the files' version and shows each mapping, line by line of its message", async () => {
    const server = await standIn({ connections: [OLD] });
    const result = await runCli(['plan', 'heroku-connect.json', '--app', APP], {
      cwd: makeWorkspace({ 'heroku-connect.json': EXAMPLE }),
      env: { HEROKU_API_KEY: KEY, CONNECT_DISCOVERY_SERVER: server.url },
      clock: server.clock,
    });
    expect(result.exitCode).toBe(0);
    expect(server.requests.find((request) => request.route === 'schema-diff')?.path).toMatch(/\/schema-diff\?target_version=62\.0$/);
    expect(result.stdout).toContain('⚠ Account  API version: 45.0 → 62.0, unsafe: Length increased in Salesforce for field: Name.');
    expect(result.stdout).toContain('⚠ Account  API version: 45.0 → 62.0, unsafe: Fields removed from Salesforce: Rating.');
    expect(result.stdout).toContain('⚠ Contact  API version: 45.0 → 62.0, undetermined: Unable to determine if an action is required.');
    expect(result.stdout).toContain('only a longer string length is a safe change. For a changed type or a shorter length, unmap the field, save the mapping, then map it again');
    expect(routes(server)).not.toContain('change-api-version');
    expectNoKey(result);
  });

  it("the action's live plan puts each item at its mapping's object_name line, as an annotation, and in the summary marked for review", async () => {
    const server = await standIn({ connections: [OLD] });
    const result = await runAction(
      makeWorkspace({ 'heroku-connect.json': EXAMPLE }),
      { files: 'heroku-connect.json', app: APP, 'heroku-api-key': KEY },
      { CONNECT_DISCOVERY_SERVER: server.url, GITHUB_EVENT_NAME: 'push' },
      { clock: server.clock },
    );
    expect(result.exitCode).toBe(0);
    const items = result.annotations.filter((annotation) => annotation.properties.title === 'schema-diff');
    // Contact is live but in no file: its item goes to the first file's first line.
    const accountLine = String(line(EXAMPLE, '"object_name": "Account"'));
    expect(items.map((annotation) => [annotation.level, annotation.properties.file, annotation.properties.line])).toEqual([
      ['warning', 'heroku-connect.json', '1'],
      ['warning', 'heroku-connect.json', accountLine],
      ['warning', 'heroku-connect.json', accountLine],
    ]);
    expect(items[2]!.message).toMatch(/^shop-production: Account: API version 45\.0 → 62\.0, unsafe: Fields removed from Salesforce: Rating\. Unsafe: /);
    expect(result.summary).toMatch(/\| ⚠️ \| Account \| API version: 45\.0 → 62\.0, unsafe: Fields removed from Salesforce: Rating\. \| Unsafe: /);
    expect(JSON.parse(result.outputs.plan!)[0].changes[0]).toMatchObject({ kind: 'api-version-changed', object: 'Account', from: '45.0', to: '62.0', care: true });
  });

  it('no schema diff is read when the files ask for the live version or an older one', async () => {
    const server = await standIn();
    const result = await runCli(['plan', 'heroku-connect.json', '--app', APP], {
      cwd: makeWorkspace({ 'heroku-connect.json': EXAMPLE }),
      env: { HEROKU_API_KEY: KEY, CONNECT_DISCOVERY_SERVER: server.url },
      clock: server.clock,
    });
    expect(result.exitCode).toBe(0);
    expect(routes(server)).not.toContain('schema-diff');
    expect(result.stdout).not.toContain('API version');
  });

  it('the offline plan says the version changes and that only the live plan can read the schema diff', async () => {
    const base = Buffer.from(JSON.stringify({ connection: { api_version: '45.0' }, mappings: [] }));
    const head = Buffer.from(JSON.stringify({ connection: { api_version: '62.0' }, mappings: [] }));
    const plan = await planFile({ path: 'heroku-connect.json', status: 'modified' }, base, head);
    expect(plan?.changes).toEqual([expect.objectContaining({ kind: 'api-version-changed', object: 'connection', care: true })]);
    expect(renderPlanText([plan!], false)).toContain('API version 45.0 → 62.0: run the live plan to see the schema diff');
  });
});
