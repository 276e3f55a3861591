import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { HOSTILE_OBJECT_NAMES, hostileWorkspace, OUTSIDE_SECRET, outsideOf } from '../../test-support/hostile-inputs.mjs';
import { makeWorkspace, runBuiltAction, runBuiltCli, type ActionResult, type ProcessResult } from '../../test-support/harness.js';
import { linkTriggers, renderGfm, tagsOf, visibleText } from '../../test-support/render-markdown.js';

/**
 * Issue 8's hostile inputs, each run through the BUILT action and the BUILT CLI the way a pull request
 * would bring them: one workspace holding all of them, so that one run also shows that no input loses
 * the others' findings. The counts of the volume cases are a fifth of `npm run hostile`'s, which
 * measures time and memory at full size.
 */
const SCALE = 0.2;

interface SarifResult {
  ruleId: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn?: number } } }[];
}

interface Sarif {
  runs: { columnKind: string; results: SarifResult[] }[];
}

/** The cases about what a search finds, in a workspace of their own so that nothing else crowds the summary. */
const SEARCH_CASES = ['symlink-leak', 'directory-symlink', 'over-size-limit', 'utf16', 'fifo'];

let workspace: string;
let searchWorkspace: string;
let named: string[];
/** The action with every hostile file named in `files`. */
let action: ActionResult;
/** The action searching the workspace itself (no `files`). */
let searched: ActionResult;
/** The CLI's text report on the same files, its compact one, and its SARIF. */
let text: ProcessResult;
let compact: ProcessResult;
let sarif: Sarif;

beforeAll(async () => {
  const made = hostileWorkspace(undefined, SCALE);
  workspace = made.workspace;
  named = made.cases.filter((c) => c.id !== 'directory-symlink').flatMap((c) => Object.keys(c.files));
  // Scaled too, though none of its cases is about volume: every case's content is built before the filter.
  searchWorkspace = hostileWorkspace(SEARCH_CASES, SCALE).workspace;
  const cliNamed = named.filter((name) => !name.endsWith('-mappings.json') || name === 'names.json');
  [action, searched, text, compact] = await Promise.all([
    runBuiltAction(workspace, { files: named.join('\n'), 'sarif-file': 'out/lint.sarif' }),
    runBuiltAction(searchWorkspace, {}),
    runBuiltCli(['lint', ...cliNamed], { cwd: workspace }),
    runBuiltCli(['lint', '--format', 'compact', ...cliNamed], { cwd: workspace }),
  ]);
  sarif = JSON.parse(readFileSync(path.join(workspace, 'out/lint.sarif'), 'utf8')) as Sarif;
}, 60_000);

afterAll(() => {
  for (const dir of [workspace, searchWorkspace]) {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outsideOf(dir), { recursive: true, force: true });
  }
});

const results = (file: string) => sarif.runs[0]!.results.filter((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === encodeURIComponent(file));
const ruleIds = (file: string) => new Set(results(file).map((r) => r.ruleId));
const everything = () => [action.stdout, action.stderr, action.summary, JSON.stringify(action.outputs), searched.stdout, searched.summary, text.stdout, text.stderr, JSON.stringify(sarif)].join('\n');

describe('the built action and CLI on hostile input', () => {
  it('finish every file: no crash, no hang, the findings of every file reported', () => {
    expect(action.stderr).toBe('');
    expect(action.exitCode).toBe(1);
    expect(action.stdout).not.toMatch(/Internal error|Maximum call stack|heap/i);
    expect(Number(action.outputs.files)).toBe(named.length);
    for (const file of named) expect(results(file).length).toBeGreaterThan(0);
    expect(searched.exitCode).toBe(1);
    expect(searched.stderr).toBe('');
    expect(text.stderr).not.toMatch(/internal error/i);
  });

  it('symlink out of the workspace: an unreadable-file finding that says so, and the secret nowhere', () => {
    expect(results('leak.json')).toEqual([expect.objectContaining({ ruleId: 'unreadable-file', message: { text: expect.stringMatching(/outside/) } })]);
    expect(everything()).not.toContain(OUTSIDE_SECRET);
    expect(everything()).not.toContain('extraheader');
  });

  it('directory symlink to /proc: the search does not follow it', () => {
    const files = new Set(searched.annotations.map((a) => a.properties.file));
    expect([...files].filter((file) => file?.startsWith('proc-link'))).toEqual([]);
    expect(searched.stdout).not.toMatch(/Internal error/);
  });

  it('names carrying workflow commands: no command reaches the runner, and each name is an invalid-api-name error', () => {
    const commands = action.stdout.split('\n').filter((line) => line.trimStart().startsWith('::'));
    expect(commands.filter((line) => !/^::(error|warning|notice|debug)( [^:]*)?::/.test(line) && !line.startsWith('::add-mask::') && !/^::(group|endgroup)::/.test(line))).toEqual([]);
    expect(action.stdout).not.toMatch(/^::add-mask::Id$/m);
    expect(action.annotations.filter((a) => a.properties.file === 'README.md')).toEqual([]);
    expect(results('names.json').filter((r) => r.ruleId === 'invalid-api-name').length).toBeGreaterThanOrEqual(Object.keys(HOSTILE_OBJECT_NAMES).length);
  });

  it('terminal escapes, OSC 8 and bidi: the CLI shows them, it does not send them', () => {
    expect(text.stdout).toContain('invalid-api-name');
    expect(text.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text.stdout).toContain('\\x1b[2J');
    expect(text.stdout).toContain('Invoice\\u202eCOD__c');
  });

  it('the source lines under the findings: escaped, and cut to the width around the column, even in a 15 MiB line', () => {
    const excerpts = text.stdout.split('\n').filter((line) => /^ {4}\d+ \| | {4,}\| /.test(line));
    expect(excerpts.length).toBeGreaterThan(20);
    expect(excerpts.filter((line) => line.length > 80)).toEqual([]);
    expect(excerpts.some((line) => line.includes('…'))).toBe(true);
  });

  it('compact: one line per finding, escaped as the text report is, and the same findings', () => {
    const lines = compact.stdout.split('\n').filter((line) => /^.+:\d+:\d+: (error|warning|notice) /.test(line));
    expect(compact.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(compact.stdout).toContain('\\x1b[2J');
    expect(lines.length).toBe(text.stdout.split('\n').filter((line) => /^\S.*:\d+:\d+ {2}(error|warning|notice) {2}/.test(line)).length);
    expect(compact.stdout.split('\n').at(-2)).toBe(text.stdout.split('\n').at(-2));
  });

  it('Markdown: names cannot end the summary table, add a heading, a script, a link or a mention', () => {
    const html = renderGfm(action.summary);
    const tags = new Set(tagsOf(html));
    for (const tag of ['h1', 'script', 'a', 'img']) expect(tags.has(tag) && !(tag === 'a' && onlyRuleDocLinks(html))).toBe(false);
    expect(html).not.toContain('&lt;script>');
    expect(linkTriggers(visibleText(html)).filter((trigger) => !/^https:\/\/github\.com/.test(trigger))).toEqual([]);
  });

  it('4,000 levels of JSON nesting and 800 of YAML: one clear finding each', () => {
    expect(results('deep-mappings.json')).toEqual([expect.objectContaining({ ruleId: 'invalid-json', message: { text: expect.stringMatching(/nest/i) } })]);
    expect(results('deep-mappings.yaml')).toEqual([expect.objectContaining({ ruleId: 'invalid-json', message: { text: expect.stringMatching(/nest/i) } })]);
  });

  it('duplicate keys, unmapped indexes and bad mappings in bulk: at most 1,000 findings per file and a count of the rest', () => {
    for (const file of ['dup-mappings.json', 'index-mappings.json', 'bad-list-mappings.json']) {
      expect(results(file).length).toBeLessThanOrEqual(1001);
      expect(ruleIds(file)).toContain('too-many-findings');
    }
  });

  it('files over the size limits, UTF-16 and a FIFO: each gets its finding, found by name or by search', () => {
    expect(results('flow-mappings.yaml')).toEqual([expect.objectContaining({ ruleId: 'unreadable-file' })]);
    expect(results('big-mappings.json')).toEqual([expect.objectContaining({ ruleId: 'unreadable-file', message: { text: expect.stringMatching(/limit/) } })]);
    expect(results('utf16-mappings.json')).toEqual([expect.objectContaining({ message: { text: expect.stringMatching(/UTF-16.*iconv/) } })]);
    expect(results('pipe-mappings.json')).toEqual([expect.objectContaining({ ruleId: 'unreadable-file', message: { text: expect.stringMatching(/not a regular file/) } })]);
    const foundBySearch = new Set(searched.annotations.map((a) => a.properties.file));
    expect(foundBySearch).toEqual(new Set(['big-mappings.json', 'utf16-mappings.json', 'pipe-mappings.json']));
  });

  it('15 MiB of small JSON tokens with one finding: linted, the finding placed', () => {
    expect(results('tokens-mappings.json').map((r) => r.ruleId)).toContain('missing-timestamp-field');
  });

  it('15 MiB of escaped quotes and brackets in strings before a finding: skipped whole, the finding placed where it is', () => {
    const text = readFileSync(path.join(workspace, 'escapes-mappings.json'), 'utf8');
    const finding = results('escapes-mappings.json').find((r) => r.ruleId === 'missing-timestamp-field');
    expect(finding?.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 1, startColumn: text.indexOf('"fields"') + 1 });
  });

  it("an unknown key inside a mapping lists that mapping's keys", () => {
    const unknown = results('unknown-mappings.json').find((r) => /connections/.test(r.message.text));
    expect(unknown?.message.text).toMatch(/object_name/);
    expect(unknown?.message.text).not.toMatch(/Did you mean "connection"/);
  });

  it('SARIF: URIs percent-encoded, columns of the kind it declares', () => {
    expect(sarif.runs[0]!.columnKind).toBe('utf16CodeUnits');
    expect(sarif.runs[0]!.results.some((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'hc_%3Fq%3D1%23frag.json')).toBe(true);
  });

  it('YAML duplicate keys by resolved value: an alias key, true/"true", 1/"1"', () => {
    expect(results('resolved-mappings.yaml').filter((r) => r.ruleId === 'duplicate-key').length).toBeGreaterThanOrEqual(3);
  });

  it("many findings: the summary stays under GitHub's 1 MiB and says what it left out; the overflow annotation tells where the rest are", () => {
    expect(Buffer.byteLength(action.summary)).toBeLessThan(1024 * 1024);
    expect(action.summary).toMatch(/do not fit|left out|more finding/i);
    const overflow = action.annotations.find((a) => /more error/.test(a.message));
    expect(overflow?.message).toMatch(/SARIF file lists all/);
  });
});

describe('the built action writes only inside the workspace', () => {
  it.each(['../escape.sarif', '/tmp/hca-absolute-escape.sarif'])('refuses sarif-file %s with one configuration error', async (target) => {
    const ws = makeWorkspace({ 'heroku-connect.json': '{"mappings": []}' });
    const result = await runBuiltAction(ws, { 'sarif-file': target });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([expect.objectContaining({ properties: { title: 'Configuration error' } })]);
    expect(existsSync(path.resolve(ws, target))).toBe(false);
  });

  it('fails with one configuration error, saying where it looked, when the workspace has no mapping file (a forgotten checkout)', async () => {
    const ws = makeWorkspace();
    const result = await runBuiltAction(ws, {});
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        properties: { title: 'Configuration error' },
        message: expect.stringMatching(new RegExp(`^No mapping file found: the files input is empty, and ${ws} holds no mapping file .*Check the files input`)),
      }),
    ]);
  });
});

/** The summary links each rule to its docs; any other link would have come from a name. */
function onlyRuleDocLinks(html: string): boolean {
  return [...html.matchAll(/<a href="([^"]*)"/g)].every((match) => match[1]!.startsWith('https://github.com/heroku-connect-action/heroku-connect-action/'));
}
