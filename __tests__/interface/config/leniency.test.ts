import { holdToBase } from '../../../src/interface/config/leniency.js';
import { parseConfig, type LoadedConfig } from '../../../src/interface/config/load.js';

const config = (text: string): Promise<LoadedConfig> => parseConfig('/repo', '/repo/.heroku-connect.yml', Buffer.from(text));
const IGNORE = (object: string, field?: string) => `  - rule: bulk-limit\n    object: ${object}\n${field ? `    field: ${field}\n` : ''}    reason: accepted\n`;

describe("a pull request's configuration held to the base branch's", () => {
  it('takes fail-on, each rule level and the ignores from the base where the pull request would relax them, and names each', async () => {
    const base = await config(`fail-on: warning\nrules:\n  polling-interval: warning\nignore:\n${IGNORE('Account')}`);
    const head = await config(`fail-on: never\nrules:\n  polling-interval: off\n  bulk-limit: off\n  api-version: error\nignore:\n${IGNORE('Account', 'Name')}${IGNORE('Contact')}`);
    const { config: held, heldBack } = holdToBase(head, base);
    expect(heldBack).toEqual([
      "fail-on never (the base branch's is warning)",
      "rule polling-interval off (the base branch's is warning)",
      "rule bulk-limit off (the base branch's is warning)",
      'the ignore of bulk-limit on Contact (.heroku-connect.yml:11), which the base branch does not have',
    ]);
    expect(held!.values['fail-on']).toBe('warning');
    // Stricter than the base stays: a pull request may always tighten its check.
    expect(held!.values.rules).toBe('polling-interval: warning\nbulk-limit: warning\napi-version: error');
    // An ignore of one field of a mapping the base ignores whole relaxes nothing.
    expect(held!.ignores.map((entry) => [entry.object, entry.field])).toEqual([['Account', 'Name']]);
  });

  it('holds a pull request to the defaults when the base branch has no configuration file', async () => {
    const { config: held, heldBack } = holdToBase(await config('fail-on: never\n'), undefined);
    expect(heldBack).toEqual(["fail-on never (the base branch's is error)"]);
    expect(held!.values['fail-on']).toBe('error');
  });

  it("keeps the base branch's strictness when the pull request removes the file", async () => {
    const { config: held, heldBack } = holdToBase(undefined, await config('fail-on: notice\n'));
    expect(heldBack).toEqual(["fail-on error (the base branch's is notice)"]);
    expect(held).toMatchObject({ file: '.heroku-connect.yml', values: { 'fail-on': 'notice' }, ignores: [] });
  });

  it("leaves what the workflow's inputs set to them: the file's value does not count there", async () => {
    const head = await config('fail-on: never\nrules:\n  bulk-limit: off\n  polling-interval: off\n');
    const { heldBack } = holdToBase(head, undefined, { failOn: true, rules: new Set(['bulk-limit']) });
    expect(heldBack).toEqual(["rule polling-interval off (the base branch's is error)"]);
  });

  it('changes nothing when the pull request is as strict as the base or stricter', async () => {
    const head = await config(`fail-on: warning\nrules:\n  bulk-limit: error\nignore:\n${IGNORE('Account')}`);
    const result = holdToBase(head, await config(`rules:\n  bulk-limit: warning\nignore:\n${IGNORE('Account')}`));
    expect(result).toEqual({ config: head, heldBack: [] });
  });
});
