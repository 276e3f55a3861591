import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeWorkspace, REPO_ROOT, runCli } from '../../test-support/harness.js';

const BROKEN = readFileSync(path.join(REPO_ROOT, 'examples/broken-mappings.yml'), 'utf8');
const read = (workspace: string, file: string) => readFileSync(path.join(workspace, file), 'utf8');

/** The broken example as --fix leaves it: the two lines it adds, and every other byte as it was. */
const BROKEN_FIXED = BROKEN.replace(
  '        Invoice_Number__c: {}\nconnection:',
  '        Invoice_Number__c: {}\n        SystemModstamp: {}\n      indexes:\n        Invoice_Number__c: { unique: true }\nconnection:',
);

const FIXED_LINES = [
  'fixed broken.yml:38:21 upsert-field-index: added "Invoice_Number__c": { "unique": true } to the indexes of Invoice__c',
  'fixed broken.yml:40:7 missing-timestamp-field: added "SystemModstamp": {} to the fields of Invoice__c',
];

const DIFF = `--- a/broken.yml
+++ b/broken.yml
@@ -41,6 +41,9 @@
         Id: {}
         Name: {}
         Invoice_Number__c: {}
+        SystemModstamp: {}
+      indexes:
+        Invoice_Number__c: { unique: true }
 connection:
   api_version: "38.0"               # below 39.0: no Bulk API
 version: 1
`;

describe('lint --fix', () => {
  it('fixes what it says in the broken example, leaves every other byte, and reports what is left', async () => {
    const workspace = makeWorkspace({ 'broken.yml': BROKEN });
    const before = await runCli(['lint', 'broken.yml', '--format', 'json'], { cwd: workspace });
    const result = await runCli(['lint', '--fix', 'broken.yml'], { cwd: workspace });
    expect(read(workspace, 'broken.yml')).toBe(BROKEN_FIXED);
    expect(result.stderr).toBe(`${FIXED_LINES.join('\n')}\nFixed 2 findings in 1 file; 11 left.\n`);
    // The report is the file linted again: the fixed findings are gone, the others stay at their lines.
    expect(result.exitCode).toBe(1);
    expect(result.stdout).not.toMatch(/upsert-field-index|missing-timestamp-field/);
    expect(result.stdout).toMatch(/^broken\.yml:48:16 {2}error {2}The connection uses Salesforce API version 38\.0/m);
    expect(result.stdout).toContain('1 file checked: 10 errors, 1 warning, 0 notices');
    const ruleIds = (run: string) => (JSON.parse(run) as { findings: { ruleId: string }[] }).findings.map((finding) => finding.ruleId);
    const after = await runCli(['lint', 'broken.yml', '--format', 'json'], { cwd: workspace });
    expect(ruleIds(after.stdout)).toEqual(ruleIds(before.stdout).filter((id) => id !== 'upsert-field-index' && id !== 'missing-timestamp-field'));
    // Nothing is left to fix: a second run changes nothing.
    const again = await runCli(['lint', '--fix', 'broken.yml'], { cwd: workspace });
    expect(again.stderr).toBe('Fixed 0 findings in 0 files; 11 left.\n');
    expect(read(workspace, 'broken.yml')).toBe(BROKEN_FIXED);
  });

  it('--fix-dry-run prints the unified diff, writes nothing, and the diff applies to give what --fix writes', async () => {
    const workspace = makeWorkspace({ 'broken.yml': BROKEN });
    const result = await runCli(['lint', '--fix-dry-run', 'broken.yml'], { cwd: workspace });
    expect(result.stdout).toBe(DIFF);
    expect(result.stderr).toBe(`${FIXED_LINES.map((line) => line.replace(/^fixed/, 'would fix')).join('\n')}\nWould fix 2 findings in 1 file; 11 left (--fix-dry-run writes nothing).\n`);
    expect(result.exitCode).toBe(1);
    expect(read(workspace, 'broken.yml')).toBe(BROKEN);
    writeFileSync(path.join(workspace, 'fix.diff'), result.stdout);
    execFileSync('git', ['apply', 'fix.diff'], { cwd: workspace });
    expect(read(workspace, 'broken.yml')).toBe(BROKEN_FIXED);
  });

  it('keeps a JSON file in its form: its indentation and key order, a new key last, a missing fields object made once for two fixes', async () => {
    const text = `{\n\t"mappings": [\n\t\t{\n\t\t\t"object_name": "Thing__c",\n\t\t\t"config": { "access": "read_only", "sf_polling_seconds": 600 }\n\t\t},\n\t\t{\n\t\t\t"object_name": "Other__c",\n\t\t\t"config": {\n\t\t\t\t"access": "read_only",\n\t\t\t\t"fields": {\n\t\t\t\t\t"Name": {},\n\t\t\t\t\t"SystemModstamp": {}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t]\n}\n`;
    const workspace = makeWorkspace({ 'm.json': text });
    const result = await runCli(['lint', '--fix', 'm.json'], { cwd: workspace });
    expect(result.exitCode).toBe(0);
    expect(read(workspace, 'm.json')).toBe(
      text
        .replace('"sf_polling_seconds": 600 }', '"sf_polling_seconds": 600,\n\t\t\t"fields": {\n\t\t\t\t"Id": {},\n\t\t\t\t"SystemModstamp": {}\n\t\t\t} }')
        .replace('"SystemModstamp": {}\n\t\t\t\t}\n\t\t\t}\n\t\t}', '"SystemModstamp": {},\n\t\t\t\t\t"Id": {}\n\t\t\t\t}\n\t\t\t}\n\t\t}'),
    );
    expect(result.stderr).toBe(
      [
        'fixed m.json:4:19 missing-id-field: added "Id": {} to the fields of Thing__c',
        'fixed m.json:4:19 missing-timestamp-field: added "SystemModstamp": {} to the fields of Thing__c',
        'fixed m.json:11:5 missing-id-field: added "Id": {} to the fields of Other__c',
        'Fixed 3 findings in 1 file; 0 left.',
        '',
      ].join('\n'),
    );
  });

  it('adds IsDeleted where the describe data lists it, and keeps a one-line JSON file on one line', async () => {
    const describe = JSON.stringify({ name: 'Invoice__c', fields: ['Id', 'IsDeleted', 'Name', 'SystemModstamp'].map((name) => ({ name, type: 'string' })) });
    const text = '{"mappings":[{"object_name":"Invoice__c","config":{"access":"read_only","fields":{"Id":{},"Name":{},"SystemModstamp":{}}}}]}';
    const workspace = makeWorkspace({ 'm.json': text, 'describe/Invoice__c.json': describe });
    const result = await runCli(['lint', '--fix', 'm.json', '--describe', 'describe/*.json'], { cwd: workspace });
    expect(read(workspace, 'm.json')).toBe(text.replace('"SystemModstamp":{}}', '"SystemModstamp":{},"IsDeleted":{}}'));
    expect(result.stderr).toContain('fixed m.json:1:73 missing-isdeleted-field: added "IsDeleted": {} to the fields of Invoice__c\n');
  });

  it('fixes no finding an ignore entry accepts or a rule turned off, and none of a file it cannot edit exactly', async () => {
    const mapping = (name: string) => `  - object_name: ${name}\n    config:\n      access: read_only\n      fields:\n        Name: {}\n        SystemModstamp: {}\n`;
    const shared =
      'mappings:\n  - object_name: Thing__c\n    config:\n      access: read_only\n      fields: &fields\n        Name: {}\n  - object_name: Other__c\n    config:\n      access: read_only\n      fields: *fields\n';
    const workspace = makeWorkspace({
      'ignored.yml': `mappings:\n${mapping('Thing__c')}`,
      'shared.yml': shared,
      '.heroku-connect.yml': 'ignore:\n  - rule: missing-id-field\n    object: Thing__c\n    reason: Tested.\n',
    });
    const result = await runCli(['lint', '--fix', 'ignored.yml', 'shared.yml', '--rule', 'missing-timestamp-field=off'], { cwd: workspace });
    expect(read(workspace, 'ignored.yml')).toBe(`mappings:\n${mapping('Thing__c')}`);
    expect(read(workspace, 'shared.yml')).toBe(shared);
    expect(result.stderr).toBe('warning: shared.yml is not fixed: mappings.1.config.fields is shared through a YAML anchor; change it by hand.\nFixed 0 findings in 0 files; 1 left.\n');
  });

  it('lints the fixed files again with the describe data it read once, and says its warnings once', async () => {
    const describe = JSON.stringify({ name: 'Invoice__c', fields: ['Id', 'Name'].map((name) => ({ name, type: 'string' })) });
    const text = JSON.stringify({ mappings: [{ object_name: 'Thing__c', config: { access: 'read_only', fields: { Name: {}, SystemModstamp: {} } } }] }, null, 2);
    const workspace = makeWorkspace({ 'm.json': text, 'describe/Invoice__c.json': describe });
    const result = await runCli(['lint', '--fix', 'm.json', 'describe/Invoice__c.json'], { cwd: workspace });
    expect(result.stderr.split('\n').filter((line) => line.includes('looks like a Salesforce describe'))).toHaveLength(1);
    expect(result.stderr).toContain('fixed m.json:7:9 missing-id-field: added "Id": {} to the fields of Thing__c\n');
  });

  it('refuses standard input, which has no file to edit', async () => {
    const result = await runCli(['lint', '--fix', '-', '--stdin-filename', 'm.json'], { cwd: makeWorkspace() });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('heroku-connect-action: --fix and --fix-dry-run edit files; standard input ("-") is none. Name the file instead.\n');
  });

  it('leaves a mapping file that is a symbolic link as it is, and still fixes the others', async () => {
    const text = JSON.stringify({ mappings: [{ object_name: 'Thing__c', config: { access: 'read_only', fields: { Name: {}, SystemModstamp: {} } } }] }, null, 2);
    const workspace = makeWorkspace({ 'real/m.json': text, 'other.json': text });
    mkdirSync(path.join(workspace, 'linked'));
    symlinkSync(path.join(workspace, 'real/m.json'), path.join(workspace, 'linked/m.json'));
    const result = await runCli(['lint', '--fix', 'linked/m.json', 'other.json'], { cwd: workspace });
    expect(read(workspace, 'real/m.json')).toBe(text);
    expect(read(workspace, 'other.json')).toBe(text.replace('"SystemModstamp": {}', '"SystemModstamp": {},\n          "Id": {}'));
    expect(result.stderr).toMatch(/^warning: linked\/m\.json is not fixed: The output path ".*" is not written: ".*" is a symbolic link/m);
  });
});
