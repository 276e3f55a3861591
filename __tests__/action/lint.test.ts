import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { OUTPUTS } from '../../src/interface/commands/outputs.js';
import { Input } from '../../src/interface/inputs/read.js';
import { ACTION_INPUTS, actionYmlDefault } from '../../src/interface/inputs/table.js';
import { cleanEnv, makeWorkspace, parseAnnotations, REPO_ROOT, runAction, runBuiltAction, runProcess } from '../../test-support/harness.js';
import { scratchFolder } from '../../test-support/scratch.js';

const mapping = (name: string, fields: string, polling = 600) =>
  `    {\n      "object_name": "${name}",\n      "config": {\n        "access": "read_only",\n        "sf_polling_seconds": ${polling},\n        "fields": { ${fields} }\n      }\n    }`;
/** 1-based line and column of the n-th occurrence of `needle`. */
const positionOf = (text: string, needle: string, occurrence = 1) => {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = text.indexOf(needle, index + 1);
  const before = text.slice(0, index).split('\n');
  return { line: String(before.length), col: String(before.at(-1)!.length + 1) };
};
const document = (...mappings: string[]) => `{\n  "mappings": [\n${mappings.join(',\n')}\n  ],\n  "version": 1\n}\n`;
const CLEAN = document(mapping('Thing__c', '"Id": {}, "SystemModstamp": {}, "Name": {}'));

describe('the action', () => {
  it('annotates each finding at its line, writes the summary and outputs, and fails on errors', async () => {
    const bad = document(mapping('Thing__c', '"Name": {}, "SystemModstamp": {}'), mapping('Other__c', '"Id": {}, "SystemModstamp": {}', 90));
    const workspace = makeWorkspace({ 'connect/mappings.json': bad, 'connect/clean.json': CLEAN, 'package.json': '{"name":"x"}' });
    const result = await runAction(workspace, { files: 'connect/*.json' });

    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ level: 'error', properties: expect.objectContaining({ file: 'connect/mappings.json', ...positionOf(bad, '"fields"'), title: 'missing-id-field' }) }),
        expect.objectContaining({ level: 'error', properties: expect.objectContaining({ file: 'connect/mappings.json', ...positionOf(bad, '90'), title: 'polling-interval' }) }),
      ]),
    );
    expect(result.outputs).toMatchObject({ files: '2', warnings: '0', notices: '0' });
    expect(Number(result.outputs.errors)).toBe(result.annotations.filter((a) => a.level === 'error').length);
    expect(result.summary).toContain('connect/mappings.json');
    expect(result.summary).toContain('missing-id-field');
    expect(result.summary).toContain('✅ <code>connect/clean.json</code>');
  });

  it('runs built, with nothing but INPUT_FILES set, passes a clean file, and loads no HTTP client or glob library for it', async () => {
    const workspace = makeWorkspace({ 'mappings.json': CLEAN });
    // Node's own modules and the CommonJS files the run loaded, written down as the process exits.
    const scratch = scratchFolder('hca-loaded-');
    const loaded = path.join(scratch, 'loaded.txt');
    const recorder = path.join(scratch, 'record.cjs');
    writeFileSync(recorder, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(loaded)}, [...process.moduleLoadList, ...Object.keys(require.cache)].join('\\n')));`);
    const result = await runBuiltAction(workspace, { files: 'mappings.json' }, { NODE_OPTIONS: `--require=${recorder}` });
    expect(result.stderr).toBe('');
    const modules = readFileSync(loaded, 'utf8').split('\n');
    expect(modules).toContain('NativeModule fs');
    expect(modules.filter((name) => /^NativeModule (http|https|tls|zlib|child_process)$/.test(name))).toEqual([]);
    // The bundled glob library requires picomatch from node_modules when it is evaluated, if one is there (as in this repository).
    expect(modules.filter((name) => name.includes(`${path.sep}node_modules${path.sep}`))).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.annotations).toEqual([]);
    expect(result.outputs).toMatchObject({ errors: '0', warnings: '0', notices: '0', files: '1' });
  });

  it('finds mapping files by content when no files are given, skipping other JSON and node_modules', async () => {
    const workspace = makeWorkspace({
      'a/mappings.yaml': 'mappings:\n  - object_name: Thing__c\n    config:\n      access: read_only\n      fields: {Id: {}, SystemModstamp: {}}\n',
      'b/export.json': CLEAN,
      'package.json': '{"name": "x", "mappings": "not these"}',
      'node_modules/dep/mappings.json': document(mapping('Thing__c', '"Name": {}')),
    });
    const result = await runAction(workspace, {});
    expect(result.outputs.files).toBe('2');
    expect(result.exitCode).toBe(0);
  });

  it('passes with errors when fail-on is never, and fails on a warning when fail-on is warning', async () => {
    const workspace = makeWorkspace({ 'm.json': document(mapping('Thing__c', '"Name": {}, "SystemModstamp": {}')) });
    expect((await runAction(workspace, { files: 'm.json', 'fail-on': 'never' })).exitCode).toBe(0);
    const demoted = await runAction(workspace, { files: 'm.json', rules: 'missing-id-field: warning', 'fail-on': 'warning' });
    expect(demoted.exitCode).toBe(1);
    expect(demoted.annotations).toEqual([expect.objectContaining({ level: 'warning' })]);
    const passes = await runAction(workspace, { files: 'm.json', rules: 'missing-id-field: warning' });
    expect(passes.exitCode).toBe(0);
  });

  it("keeps within GitHub's 10 annotations per level and says how many more there are", async () => {
    const many = document(...Array.from({ length: 14 }, (_, i) => mapping(`Thing_${i}__c`, '"Name": {}, "SystemModstamp": {}')));
    const workspace = makeWorkspace({ 'm.json': many });
    const result = await runAction(workspace, { files: 'm.json' });
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.filter((a) => a.properties.file === 'm.json')).toHaveLength(9);
    expect(errors.at(-1)!.message).toMatch(/^5 more errors not annotated here .*job summary/);
    expect(result.outputs.errors).toBe('14');
    expect(result.summary.match(/missing-id-field/g)!.length).toBeGreaterThanOrEqual(1);
    expect(result.summary.match(/<tr><td rowspan|<tr><td>❌/g)!.length).toBe(14);
  });

  it('writes SARIF 2.1.0 when asked', async () => {
    const text = document(mapping('Thing__c', '"Name": {}, "SystemModstamp": {}'));
    const workspace = makeWorkspace({ 'm.json': text });
    const result = await runAction(workspace, { files: 'm.json', 'sarif-file': 'reports/lint.sarif' });
    expect(result.outputs['sarif-file']).toBe('reports/lint.sarif');
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'reports/lint.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.results).toEqual([
      expect.objectContaining({
        ruleId: 'missing-id-field',
        level: 'error',
        locations: [{ physicalLocation: { artifactLocation: { uri: 'm.json' }, region: { startLine: Number(positionOf(text, '"fields"').line), startColumn: 9, endLine: 8, endColumn: 17 } } }],
      }),
    ]);
    expect(run.tool.driver.rules.find((r: { id: string }) => r.id === 'missing-id-field').help.text).toContain('BAD_CONFIG');
  });

  it('gives malformed, empty, binary, non-UTF-8, BOM and oversized files one clear finding each', async () => {
    const huge = Buffer.alloc(17 * 1024 * 1024, 0x20);
    const workspace = makeWorkspace({
      'malformed.json': '{\n  "mappings": [\n    { "object_name": "A", }\n  ]\n}',
      'empty.json': '',
      'binary.json': Buffer.from([0x7b, 0x00, 0x01, 0x02]),
      'latin1.json': Buffer.concat([Buffer.from('{"mappings": [{"object_name": "Caf'), Buffer.from([0xe9]), Buffer.from('"}]}')]),
      'bom.json': `\uFEFF${CLEAN}`,
      'huge.json': huge,
      'bad.yaml': 'mappings:\n  - object_name: [unclosed\n',
    });
    const files = ['malformed.json', 'empty.json', 'binary.json', 'latin1.json', 'bom.json', 'huge.json', 'bad.yaml', 'missing.json'];
    const result = await runAction(workspace, { files: files.join('\n') });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe('');
    for (const file of files) {
      const ofFile = result.annotations.filter((a) => a.properties.file === file);
      expect({ file, count: ofFile.length }).toEqual({ file, count: 1 });
    }
    const message = (file: string) => result.annotations.find((a) => a.properties.file === file)!.message;
    expect(message('malformed.json')).toMatch(/trailing comma/);
    expect(message('empty.json')).toMatch(/empty/);
    expect(message('binary.json')).toMatch(/binary/);
    expect(message('latin1.json')).toMatch(/UTF-8/);
    expect(message('bom.json')).toMatch(/byte-order mark/);
    expect(message('huge.json')).toMatch(/16\.0 MiB limit/);
    expect(message('missing.json')).toMatch(/no such file/);
    expect(result.annotations.find((a) => a.properties.file === 'malformed.json')!.properties).toMatchObject({ line: '3', col: '27' });
  });

  it('reports a configuration error clearly, without a stack trace', async () => {
    const workspace = makeWorkspace({ 'm.json': CLEAN });
    const result = await runAction(workspace, { files: 'm.json', 'fail-on': 'sometimes', rules: 'missing-id-feld: off' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([expect.objectContaining({ level: 'error', properties: { title: 'Configuration error' } })]);
    expect(result.stdout).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('escapes untrusted file names and messages in the job summary', async () => {
    const workspace = makeWorkspace({ '<img src=x onerror=alert(1)>.json': document(mapping('Thing__c', '"Name": {}, "SystemModstamp": {}')) });
    const result = await runAction(workspace, { files: '*.json' });
    expect(result.summary).not.toContain('<img');
    expect(result.summary).toContain('&#60;img src=x onerror=alert(1)&#62;.json');
  });
});

describe('the bundle', () => {
  it('runs with no node_modules anywhere, as in an action repository on the runner', async () => {
    const isolated = makeWorkspace({}, { dist: path.join(REPO_ROOT, 'dist'), 'action.yml': path.join(REPO_ROOT, 'action.yml') });
    const workspace = makeWorkspace({ 'm.json': document(mapping('Thing__c', '"Name": {}, "SystemModstamp": {}')) });
    const action = await runProcess([path.join(isolated, 'dist/index.js')], {
      cwd: workspace,
      env: cleanEnv({ GITHUB_WORKSPACE: workspace, INPUT_FILES: 'm.json' }),
    });
    expect(action.stderr).toBe('');
    expect(parseAnnotations(action.stdout)).toEqual([expect.objectContaining({ level: 'error', properties: expect.objectContaining({ title: 'missing-id-field' }) })]);
    const cli = await runProcess([path.join(isolated, 'dist/cli/index.js'), 'lint', 'm.json', '--format', 'json'], { cwd: workspace });
    expect(JSON.parse(cli.stdout).counts.error).toBe(1);
  });
});

describe('action.yml', () => {
  const metadata = parseYaml(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string; description?: string }>;
    outputs: Record<string, { description: string }>;
    runs: { using: string; main: string };
  };

  it('runs on node24 from dist', () => {
    expect(metadata.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares the inputs of the table, with their descriptions and the defaults the code applies', () => {
    const declared = Object.entries(metadata.inputs).map(([name, input]) => ({ name, description: input.description, default: input.default ?? '' }));
    expect(declared).toEqual(ACTION_INPUTS.map((spec) => ({ name: spec.name, description: spec.description, default: actionYmlDefault(spec) })));
    for (const name of Object.values(Input)) expect(ACTION_INPUTS.map((spec) => spec.name)).toContain(name);
  });

  it('declares the outputs of the table, with their descriptions, and no other', () => {
    const declared = Object.entries(metadata.outputs).map(([name, output]) => ({ name, description: output.description }));
    expect(declared).toEqual(OUTPUTS.map((spec) => ({ name: spec.name, description: spec.description })));
  });
});
