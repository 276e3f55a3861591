import { inNewRun, redactSecrets } from '../../src/core/run-scope.js';
import { getString, type InputSource } from '../../src/interface/inputs/read.js';
import { runCli } from '../../test-support/harness.js';

const KEY = 'HRKU-RegistryCanary-0b6e2c84';

describe("the run's secret registry", () => {
  it('registers every secret input as it is read, input or environment, and only within its run', async () => {
    const masked: string[] = [];
    const source: InputSource = { getInput: (name) => (name === 'salesforce-access-token' ? 'sf-token-9' : ''), setSecret: (value) => masked.push(value), env: { HEROKU_API_KEY: KEY } };
    await inNewRun(async () => {
      getString(source, 'heroku-api-key');
      getString(source, 'salesforce-access-token');
      getString(source, 'app');
      expect(redactSecrets(`key ${KEY}, token sf-token-9`)).toBe('key [HEROKU_API_KEY], token [SF_ACCESS_TOKEN]');
    });
    expect(masked).toEqual([KEY, 'sf-token-9']);
    expect(await inNewRun(async () => redactSecrets(KEY))).toBe(KEY);
  });

  it('the CLI takes the key out of an error that quotes it', async () => {
    const result = await runCli(['health', KEY, '--app', 'shop'], { env: { HEROKU_API_KEY: KEY } });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('heroku-connect-action: health takes no files ("[HEROKU_API_KEY]"). Run heroku-connect-action health --help for its options.\n');
  });
});
