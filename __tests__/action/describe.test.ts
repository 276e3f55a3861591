import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startSalesforceStandIn, type SalesforceStandIn } from '../../test-support/salesforce-stand-in.js';
import { makeWorkspace, REPO_ROOT, runAction, runCli } from '../../test-support/harness.js';

const ACCOUNT_DESCRIBE = path.join(REPO_ROOT, 'fixtures/describe/account.describe.json');
const SF_TOKEN = '00Dxx0000000001!AQ.describe.canary.token';
/** Account mapped with a misspelt field and an upsert field that is an External ID but not unique. */
const MAPPINGS = `{
    "mappings": [
        {
            "object_name": "Account",
            "config": {
                "access": "read_write",
                "upsert_field": "Legacy_Number__c",
                "sf_polling_seconds": 600,
                "fields": {
                    "Id": {},
                    "SystemModstamp": {},
                    "Name": {},
                    "Region__c": {},
                    "Legacy_Number__c": {},
                    "AnualRevenue": {}
                }
            }
        }
    ],
    "connection": { "api_version": "60.0" },
    "version": 1
}
`;
const lineOf = (needle: string) => String(MAPPINGS.split('\n').findIndex((line) => line.includes(needle)) + 1);

describe('the action with describe data', () => {
  it('checks fields against describe snapshots given in the describe input', async () => {
    const workspace = makeWorkspace({ 'heroku-connect.json': MAPPINGS }, { 'salesforce/Account.json': ACCOUNT_DESCRIBE });
    const withDescribe = await runAction(workspace, { files: 'heroku-connect.json', describe: 'salesforce/*.json' });
    const found = withDescribe.annotations.map((a) => [a.properties.title, a.properties.line]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['unknown-field', lineOf('"AnualRevenue"')],
        ['upsert-field', lineOf('"upsert_field"')],
      ]),
    );
    expect(withDescribe.annotations.find((a) => a.properties.title === 'unknown-field')!.message).toMatch(/AnnualRevenue/);
    // Without describe data neither can be known, and neither is guessed at.
    const without = await runAction(workspace, { files: 'heroku-connect.json' });
    expect(without.annotations.map((a) => a.properties.title)).not.toContain('unknown-field');
    expect(without.annotations.map((a) => a.properties.title)).not.toContain('upsert-field');
  });

  describe('fetched live', () => {
    let salesforce: SalesforceStandIn;
    beforeEach(async () => {
      salesforce = await startSalesforceStandIn({ token: SF_TOKEN, describes: [JSON.parse(readFileSync(ACCOUNT_DESCRIBE, 'utf8'))] });
    });
    afterEach(() => salesforce.close());

    it('describes the mapped objects through the REST API, with the token masked', async () => {
      const workspace = makeWorkspace({ 'heroku-connect.json': MAPPINGS });
      const result = await runAction(workspace, { files: 'heroku-connect.json', 'salesforce-instance-url': salesforce.url, 'salesforce-access-token': SF_TOKEN });
      expect(result.annotations.map((a) => a.properties.title)).toEqual(expect.arrayContaining(['unknown-field', 'upsert-field']));
      expect(salesforce.requests.map((r) => r.path)).toEqual(['/services/data/v60.0/sobjects/Account/describe']);
      expect(result.stdout.split('\n')[0]).toBe(`::add-mask::${SF_TOKEN}`);
      expect(result.stdout.split('\n').slice(1).join('\n')).not.toContain(SF_TOKEN);
      expect(result.summary).not.toContain(SF_TOKEN);
    });

    it('does the same from the CLI, with the token from SF_ACCESS_TOKEN', async () => {
      const workspace = makeWorkspace({ 'heroku-connect.json': MAPPINGS });
      const result = await runCli(['lint', 'heroku-connect.json', '--salesforce-instance-url', salesforce.url, '--format', 'json'], { cwd: workspace, env: { SF_ACCESS_TOKEN: SF_TOKEN } });
      const rules = (JSON.parse(result.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);
      expect(rules).toEqual(expect.arrayContaining(['unknown-field', 'upsert-field']));
      expect(result.stderr).not.toContain(SF_TOKEN);
    });

    it('stops with a configuration error when the org knows none of the mapped objects', async () => {
      const workspace = makeWorkspace({ 'heroku-connect.json': MAPPINGS.replace('"Account"', '"Acount__c"') });
      const result = await runAction(workspace, { files: 'heroku-connect.json', 'salesforce-instance-url': salesforce.url, 'salesforce-access-token': SF_TOKEN });
      expect(result.exitCode).toBe(1);
      expect(result.annotations).toEqual(
        expect.arrayContaining([expect.objectContaining({ level: 'error', properties: { title: 'Configuration error' }, message: expect.stringMatching(/not found.*Acount__c/) })]),
      );
      expect(result.annotations.filter((a) => a.properties.file)).toEqual([]);
    });
  });
});
