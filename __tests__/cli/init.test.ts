import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/interface/config/load.js';
import { makeWorkspace, runCli } from '../../test-support/harness.js';

const MAPPING = JSON.stringify({ mappings: [{ object_name: 'Account', config: { access: 'read_only', fields: { Id: {}, SystemModstamp: {} } } }] }, null, 2);
const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');

/** A repository: a mapping folder, one YAML file elsewhere, a JSON file that is no mapping file, and app.json naming the add-on. */
function repository(appJson?: string): string {
  const root = makeWorkspace({
    'heroku-connect/accounts.json': MAPPING,
    'heroku-connect/contacts.json': MAPPING.replace('Account', 'Contact'),
    'config/mappings.yml': 'mappings:\n  - object_name: Lead\n    config:\n      access: read_only\n      fields: { Id: {}, SystemModstamp: {} }\n',
    'package.json': '{ "name": "app" }',
    'src/app.js': '',
    ...(appJson !== undefined && { 'app.json': appJson }),
  });
  mkdirSync(path.join(root, '.git'));
  return root;
}

describe('init', () => {
  it("writes a commented configuration at the repository's root, with the folders of its mapping files and app.json's plan, and a lint workflow", async () => {
    const root = repository('{ "addons": ["heroku-postgresql", "herokuconnect:enterprise"] }');
    const result = await runCli(['init'], { cwd: path.join(root, 'src') });
    expect(result.exitCode).toBe(0);
    expect(read(root, '.heroku-connect.yml')).toBe(
      [
        '# heroku-connect-action: the settings the CLI, the action and the pre-commit hook share.',
        '# Flags and inputs override them; docs/configuration.md says what each key does.',
        '',
        '# The mapping files to lint, relative to this file. A file a glob finds is linted when it looks like a mapping file.',
        'files:',
        '  - "config/*.yml"',
        '  - "heroku-connect/*.json"',
        '',
        '# The Heroku Connect plan: demo, enterprise or shield (demo has a 10-minute polling floor).',
        'plan: enterprise              # from the herokuconnect add-on in app.json',
        '',
        '# Fail on a finding of this level or above: error, warning, notice or never.',
        'fail-on: error',
        '',
        '# Rule levels: off, notice, warning or error (docs/rules.md lists the rules).',
        '# rules:',
        '#   bulk-limit: off',
        '',
        '# Accepted findings: one rule, one mapping (and optionally one field), and why.',
        '# ignore:',
        '#   - rule: missing-upsert-field',
        '#     object: Legacy_Order__c',
        '#     reason: Read only by design; the upsert field comes with the next release.',
        '',
      ].join('\n'),
    );
    expect(read(root, '.github/workflows/heroku-connect-lint.yml')).toContain('  pull_request:\n    paths:\n      - "config/*.yml"\n      - "heroku-connect/*.json"\n      - ".heroku-connect.yml"\n');
    expect(result.stderr).toBe(
      `Wrote ${path.join(root, '.heroku-connect.yml')} (files: config/*.yml, heroku-connect/*.json; plan: enterprise, from the herokuconnect add-on in app.json).\n` +
        `Wrote ${path.join(root, '.github/workflows/heroku-connect-lint.yml')}: replace COMMIT_SHA in it with the full commit SHA of the heroku-connect-action version you checked.\n`,
    );
    // The file it wrote is a valid configuration, and a lint with no flags then lints what init found.
    expect((await loadConfig(root, { searchUp: false }))?.values).toEqual({ files: 'config/*.yml\nheroku-connect/*.json', plan: 'enterprise', 'fail-on': 'error' });
    const lint = await runCli(['lint', '--format', 'json'], { cwd: root });
    expect((JSON.parse(lint.stdout) as { files: string[] }).files).toEqual(['config/mappings.yml', 'heroku-connect/accounts.json', 'heroku-connect/contacts.json']);
  });

  it('reads an add-on without a tier as the demo plan, and leaves the plan and the files commented when it finds neither', async () => {
    const demo = repository('{ "addons": [{ "plan": "herokuconnect" }] }');
    await runCli(['init'], { cwd: demo });
    expect(read(demo, '.heroku-connect.yml')).toContain('\nplan: demo                    # from the herokuconnect add-on in app.json, which names no plan: the demo plan\n');
    const empty = makeWorkspace({ 'app.json': '{ "addons": ["heroku-postgresql"] }' });
    const result = await runCli(['init'], { cwd: empty });
    const text = read(empty, '.heroku-connect.yml');
    expect(text).toContain('\n# files:                      # no mapping file was found when init ran\n#   - "heroku-connect/*.json"\n');
    expect(text).toContain('\n# plan: enterprise            # app.json names no herokuconnect add-on\n');
    expect(read(empty, '.github/workflows/heroku-connect-lint.yml')).toContain('on:\n  pull_request:\npermissions: {}\n');
    expect(result.stderr).toContain('(no mapping file found: set files yourself; plan: not set)');
  });

  it('never replaces a configuration file or the workflow without --force', async () => {
    const root = repository();
    writeFileSync(path.join(root, '.heroku-connect.json'), '{}');
    const refused = await runCli(['init'], { cwd: root });
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toBe(
      `heroku-connect-action: ${path.join(root, '.heroku-connect.json')} exists already, and init never replaces a file: run heroku-connect-action init --force to replace it.\n`,
    );
    expect(read(root, '.heroku-connect.json')).toBe('{}');
    mkdirSync(path.join(root, '.github/workflows'), { recursive: true });
    writeFileSync(path.join(root, '.github/workflows/heroku-connect-lint.yml'), 'mine');
    expect((await runCli(['init'], { cwd: root })).exitCode).toBe(2);
    expect(read(root, '.github/workflows/heroku-connect-lint.yml')).toBe('mine');
    const forced = await runCli(['init', '--force'], { cwd: root });
    expect(forced.exitCode).toBe(0);
    expect(read(root, '.github/workflows/heroku-connect-lint.yml')).toMatch(/^name: Heroku Connect mappings\n/);
    expect(read(root, '.heroku-connect.yml')).toContain('files:\n  - "config/*.yml"\n');
  });

  it('takes no paths', async () => {
    const result = await runCli(['init', 'heroku-connect'], { cwd: repository() });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('heroku-connect-action: init takes no paths ("heroku-connect"): it looks at the repository the current directory is in. Run heroku-connect-action init --help.\n');
  });
});
