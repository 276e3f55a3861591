import { makeWorkspace, runCli } from '../../test-support/harness.js';

const CONFIG = [
  'files:',
  '  - heroku-connect/*.json',
  'plan: enterprise',
  'rules:',
  '  bulk-limit: off',
  '  schema: warning',
  'ignore:',
  '  - rule: missing-upsert-field',
  '    object: Legacy_Order__c',
  '    reason: Read only by design.',
  '',
].join('\n');

describe('lint --print-config', () => {
  it('shows each setting in effect and where it comes from: a flag, a line of the file, the default', async () => {
    const workspace = makeWorkspace({ '.heroku-connect.yml': CONFIG });
    const result = await runCli(['lint', '--print-config', '--fail-on', 'warning', '--rule', 'schema=error'], { cwd: workspace });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(
      [
        'Configuration file: .heroku-connect.yml (flags override it, and it overrides the defaults)',
        '',
        'files     heroku-connect/*.json                                          .heroku-connect.yml:1',
        'fail-on   warning                                                        --fail-on',
        'plan      enterprise                                                     .heroku-connect.yml:3',
        'describe  (none)                                                         default',
        'rules     bulk-limit: off                                                .heroku-connect.yml:5',
        '          schema: error                                                  --rule',
        '          every other rule: its default level (--list-rules lists them)  default',
        'ignore    missing-upsert-field on Legacy_Order__c: Read only by design.  .heroku-connect.yml:8',
        '',
      ].join('\n'),
    );
  });

  it('says when no file is found, names the paths given as arguments, and answers in JSON', async () => {
    const workspace = makeWorkspace();
    const text = await runCli(['lint', '--print-config', 'a.json'], { cwd: workspace });
    expect(text.stdout).toMatch(/^No configuration file found: the flags override the defaults\.\n\nfiles +a\.json +arguments\n/);
    expect(text.stdout).toMatch(/^plan +\(none: the paid plans' range\) +default$/m);
    const json = JSON.parse((await runCli(['lint', '--print-config', '--format', 'json', '--plan', 'demo'], { cwd: workspace })).stdout) as unknown;
    expect(json).toEqual({
      configFile: null,
      settings: [
        { name: 'files', value: '(every mapping file under the current directory)', from: 'default' },
        { name: 'fail-on', value: 'error', from: 'default' },
        { name: 'plan', value: 'demo', from: '--plan' },
        { name: 'describe', value: '(none)', from: 'default' },
      ],
      rules: [],
      ignore: [],
    });
  });
});
