import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../../src/core/errors.js';
import { discover, sourceOf, type LintTarget } from '../../src/lint/discover.js';
import { lintFile, defaultLintOptions } from '../../src/lint/engine.js';
import { runLint } from '../../src/lint/run.js';
import { resolveLevels } from '../../src/lint/levels.js';
import { rejection } from '../../test-support/harness.js';

const MAPPING = JSON.stringify({ mappings: [{ object_name: 'Account', config: { access: 'read_only', fields: { Id: {} } } }] });
const SECRET = 'ghp_0123456789abcdefghijklmnopqrstuvwxyz';

let sandbox: string;
let workspace: string;
let outside: string;

beforeEach(() => {
  sandbox = mkdtempSync(path.join(tmpdir(), 'hca-discover-'));
  workspace = path.join(sandbox, 'workspace');
  outside = path.join(sandbox, 'outside');
  mkdirSync(workspace);
  mkdirSync(outside);
  // Looks like a mapping file, so only confinement keeps it out.
  writeFileSync(path.join(outside, 'credentials.json'), `{"mappings": [{"object_name": "${SECRET}"}]}`);
});

afterEach(() => rmSync(sandbox, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
  writeFileSync(path.join(workspace, name), content);
}

const inAction = (patterns: string[] = []) => discover({ root: workspace, namedMayLeaveRoot: false }, patterns);
const inCli = (patterns: string[] = []) => discover({ root: workspace, namedMayLeaveRoot: true }, patterns);

async function findingsOf(target: LintTarget) {
  return (await lintFile(target, defaultLintOptions())).findings;
}

/** Everything discovery kept, its bytes as text, so that a secret read into them would show. */
function readable(value: unknown): string {
  // A Buffer's toJSON runs before the replacer: the holder still has the Buffer itself.
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, inner: unknown) {
    const raw = this[key];
    return Buffer.isBuffer(raw) ? raw.toString('utf8') : inner;
  });
}

function only(targets: LintTarget[], file: string): LintTarget {
  const target = targets.find((t) => t.file === file);
  if (!target) throw new Error(`${file} was not found; found ${targets.map((t) => t.file).join(', ')}`);
  return target;
}

describe('discover: what it keeps', () => {
  it('keeps each file as the bytes read, decoded only when the lint asks, with the same outcome as a decode at discovery', async () => {
    write('mappings.json', MAPPING);
    write('utf16-mappings.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MAPPING, 'utf16le')]));
    const { targets } = await inCli(['mappings.json', 'utf16-mappings.json']);
    const plain = only(targets, 'mappings.json');
    expect(plain.content).toEqual({ ok: true, bytes: Buffer.from(MAPPING) });
    expect(sourceOf(plain)).toEqual({ ok: true, text: MAPPING });
    expect(sourceOf(only(targets, 'utf16-mappings.json'))).toMatchObject({ ok: false, problem: { kind: 'not-text', message: expect.stringMatching(/UTF-16LE/) } });
  });
});

describe('discover: symlinks', () => {
  it('reports a searched link out of the workspace named like a mapping file, without a byte of its content', async () => {
    symlinkSync(path.join(outside, 'credentials.json'), path.join(workspace, 'heroku-connect.json'));
    const { targets } = await inAction();
    const findings = await findingsOf(only(targets, 'heroku-connect.json'));
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'unreadable-file', level: 'error', line: 1 })]);
    expect(findings[0]!.message).toMatch(/symbolic link to .*credentials\.json, which is outside/);
    expect(readable(targets)).not.toContain(SECRET);
  });

  it('never reads a searched link out of the workspace, even in the CLI', async () => {
    symlinkSync(path.join(outside, 'credentials.json'), path.join(workspace, 'other.json'));
    for (const found of [await inAction(), await inCli()]) {
      expect(readable(found)).not.toContain(SECRET);
    }
  });

  it('reports a link out of the workspace named in the action, and reads one named in the CLI', async () => {
    symlinkSync(path.join(outside, 'credentials.json'), path.join(workspace, 'named.json'));
    const action = only((await inAction(['named.json'])).targets, 'named.json');
    expect(action.content).toMatchObject({ ok: false, problem: { kind: 'unreadable' } });
    expect(readable(action)).not.toContain(SECRET);
    expect(only((await inCli(['named.json'])).targets, 'named.json').content.ok).toBe(true);
  });

  it('does not enter a symlinked folder', async () => {
    write('mappings/real.json', MAPPING);
    mkdirSync(path.join(outside, 'tree'));
    writeFileSync(path.join(outside, 'tree', 'inner.json'), MAPPING);
    symlinkSync(path.join(outside, 'tree'), path.join(workspace, 'mappings', 'linked'));
    symlinkSync(path.join(workspace, 'mappings'), path.join(workspace, 'loop'));
    expect((await inAction()).targets.map((t) => t.file)).toEqual(['mappings/real.json']);
  });

  it('does not enter a link to /proc, and stays fast', async () => {
    write('heroku-connect.json', MAPPING);
    symlinkSync('/proc', path.join(workspace, 'proc'));
    const started = Date.now();
    expect((await inAction()).targets.map((t) => t.file)).toEqual(['heroku-connect.json']);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports a searched folder that is itself a link out of the workspace, without searching it', async () => {
    symlinkSync('/proc', path.join(workspace, 'heroku-connect'));
    const { targets } = await inAction(['heroku-connect']);
    expect(targets).toHaveLength(1);
    expect((await findingsOf(targets[0]!))[0]!.message).toMatch(/symbolic link to \/proc, which is outside/);
  });

  it('reports a link to /dev/zero named like a mapping file, without hanging', async () => {
    symlinkSync('/dev/zero', path.join(workspace, 'heroku-connect.json'));
    const { targets } = await inAction();
    expect((await findingsOf(only(targets, 'heroku-connect.json')))[0]).toMatchObject({ ruleId: 'unreadable-file' });
  });

  it('refuses a pattern that searches outside the workspace in the action, and searches it in the CLI', async () => {
    const error = await rejection(inAction(['../outside/*.json']));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/searches outside the workspace/);
    expect((await inCli(['../outside/*.json'])).targets.map((t) => t.file)).toEqual(['../outside/credentials.json']);
  });
});

describe('discover: never silent', () => {
  it('reports a FIFO named like a mapping file, without blocking', async () => {
    execFileSync('mkfifo', [path.join(workspace, 'heroku-connect.json')]);
    const { targets } = await inAction();
    expect((await findingsOf(only(targets, 'heroku-connect.json')))[0]!.message).toMatch(/not a regular file/);
  });

  it('reports a file over the size limit that a glob finds, by its first bytes', async () => {
    write('exports/prod.json', `{"mappings": [{"object_name": "Account"}]`);
    truncateSync(path.join(workspace, 'exports/prod.json'), 17 * 1024 * 1024);
    const findings = await findingsOf(only((await inAction(['exports/*.json'])).targets, 'exports/prod.json'));
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'unreadable-file', message: expect.stringMatching(/17\.0 MiB, over the 16\.0 MiB limit/) })]);
  });

  const text = '{"mappings": [{"object_name": "Account"}]}';
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  it.each([
    ['UTF-16LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), le]), /UTF-16LE, with a byte-order mark.*iconv -f UTF-16 -t UTF-8/],
    ['UTF-16BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), be]), /UTF-16BE, with a byte-order mark.*iconv -f UTF-16 -t UTF-8/],
    ['UTF-16LE without a byte-order mark', le, /UTF-16LE, without a byte-order mark.*iconv -f UTF-16LE -t UTF-8/],
    ['UTF-16BE without a byte-order mark', be, /UTF-16BE, without a byte-order mark.*iconv -f UTF-16BE -t UTF-8/],
  ])('names %s as UTF-16 with how to convert it, and finds it by its content', async (_, bytes, message) => {
    write('export.json', bytes);
    const findings = await findingsOf(only((await inAction()).targets, 'export.json'));
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'invalid-json', message: expect.stringMatching(message) })]);
    expect(findings[0]!.message).not.toMatch(/binary|NUL/);
  });

  it('reports an empty file by its name, and leaves other non-mapping files alone', async () => {
    write('heroku-connect.json', '');
    write('package.json', '{"name": "x"}');
    write('schema.json', '{"properties": {"mappings": {"type": "array"}, "object_name": {}}}');
    write('binary.json', Buffer.from([0x80, 0x81, 0x00]));
    const { targets } = await inAction();
    expect(targets.map((t) => t.file)).toEqual(['heroku-connect.json']);
    expect((await findingsOf(targets[0]!))[0]!.message).toMatch(/empty/);
  });

  it('finds JSON and YAML mapping files by their text', async () => {
    write('a.json', MAPPING);
    write('b.yml', 'mappings:\n  - object_name: Lead\n');
    expect((await inAction()).targets.map((t) => t.file)).toEqual(['a.json', 'b.yml']);
  });
});

describe('discover: one read', () => {
  it('carries the text it read to the engine, which does not open the file again', async () => {
    write('heroku-connect.json', MAPPING);
    const { targets } = await inAction();
    unlinkSync(path.join(workspace, 'heroku-connect.json'));
    expect((await findingsOf(only(targets, 'heroku-connect.json'))).filter((f) => f.ruleId === 'unreadable-file')).toEqual([]);
  });
});

describe('runLint: a run that finds nothing', () => {
  const lint = (patterns: string[], cli: boolean, root = workspace) =>
    runLint({ root, patterns, namedMayLeaveRoot: cli, levels: resolveLevels(), describePatterns: [], log: { info: () => undefined, warning: () => undefined } });
  const skipped = '(node_modules, .git, hidden folders and what .gitignore ignores are not searched)';
  const actionAdvice = 'Check the files input (paths and globs relative to the workspace), and that the repository is checked out (actions/checkout) before this step.';

  it('fails with a configuration error in the action words when the files input is empty and the workspace holds no mapping file', async () => {
    write('package.json', '{"name": "x"}');
    const error = await rejection(lint([], false));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(`No mapping file found: the files input is empty, and ${workspace} holds no mapping file ${skipped}. ${actionAdvice}`);
  });

  it('names a glob as given and the folder it was resolved to', async () => {
    write('heroku-connect/a.json', MAPPING);
    const error = await rejection(lint(['heroku-connect/a.json', 'heroku-conect/**/*.json'], false));
    expect(error.message).toBe(`No mapping file found: "heroku-conect/**/*.json" matched no mapping file (searched ${path.join(workspace, 'heroku-conect')} for it) ${skipped}. ${actionAdvice}`);
  });

  it('in the CLI, names an empty folder given as an absolute path by that folder, not by the folder it runs in, and says to quote globs', async () => {
    const empty = path.join(outside, 'empty');
    mkdirSync(empty);
    const error = await rejection(lint([empty], true));
    expect(error.message).toBe(
      `No mapping file found: "${empty}" holds no mapping file (searched ${empty}) ${skipped}. ` +
        `Check the paths, relative to ${workspace}, and quote a glob ('heroku-connect/**/*.json') so that the shell passes it as written.`,
    );
  });

  it('in the CLI, says that no path was given when the folder it runs in holds no mapping file', async () => {
    const error = await rejection(lint([], true));
    expect(error.message).toMatch(new RegExp(`^No mapping file found: no path was given, and ${workspace} holds no mapping file `));
  });
});

describe('runLint: each file as discovery reads it', () => {
  it('lints a file before the next is read, in the order of the paths', async () => {
    for (const name of ['b.json', 'a.json', 'sub/c.json']) write(name, MAPPING);
    const order: string[] = [];
    let readsBeforeFirstLint = -1;
    // Each file's fixable finding (no SystemModstamp) is put here as the file is linted.
    const fixes = new Map();
    let lintedWhenSecondFound = -1;
    const run = await runLint({
      fixes,
      root: workspace,
      patterns: [],
      levels: resolveLevels(),
      describePatterns: [],
      // Called with each file as it is found: by the time it sees the second, the first was linted.
      select: (target) => {
        order.push(target.file);
        if (order.length === 2) [readsBeforeFirstLint, lintedWhenSecondFound] = [order.length, fixes.size];
        return true;
      },
      log: { info: () => undefined, warning: () => undefined },
    });
    expect(order).toEqual(['a.json', 'b.json', 'sub/c.json']);
    expect(readsBeforeFirstLint).toBe(2);
    expect(lintedWhenSecondFound).toBe(1);
    expect(run.results.map((result) => result.file)).toEqual(['a.json', 'b.json', 'sub/c.json']);
  });
});

describe('runLint: describes linted as mapping files', () => {
  const describeText = JSON.stringify({ name: 'Account', custom: false, fields: [{ name: 'Id', type: 'id' }] });
  const hintOf = async (patterns: string[], cli: boolean) => {
    const warnings: string[] = [];
    await runLint({ root: workspace, patterns, namedMayLeaveRoot: cli, levels: resolveLevels(), describePatterns: [], log: { info: () => undefined, warning: (message) => warnings.push(message) } });
    return warnings;
  };

  it('says, in the CLI, to quote the --describe glob that the shell expanded', async () => {
    write('describe/Contact.json', describeText);
    write('describe/Lead.json', describeText);
    write('heroku-connect.json', MAPPING);
    expect(await hintOf(['describe/Contact.json', 'describe/Lead.json', 'heroku-connect.json'], true)).toEqual([
      'describe/Contact.json, describe/Lead.json look like Salesforce describes, not mapping files, and were linted as mapping files. ' +
        "If they were meant for --describe, quote its glob so that the shell passes it as written (--describe 'describe/*.json'), or give --describe once per file.",
    ]);
  });

  it('says, in the action, to name them in the describe input', async () => {
    write('Account.describe.json', describeText);
    expect(await hintOf(['Account.describe.json'], false)).toEqual([
      'Account.describe.json looks like a Salesforce describe, not mapping files, and was linted as mapping files. If they were meant as describe snapshots, name them in the describe input instead of files.',
    ]);
  });

  it('says nothing of a broken mapping file', async () => {
    write('heroku-connect.json', JSON.stringify({ mappings: [{ object_name: 'Account', config: { fields: [] } }] }));
    expect(await hintOf(['heroku-connect.json'], true)).toEqual([]);
  });
});

describe('discover: .gitignore in a git checkout', () => {
  const git = (...args: string[]) => execFileSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd: workspace, stdio: 'ignore' });

  it('leaves out what git ignores below the searched folder, but never a tracked file, and searches a named folder that is itself ignored whole', async () => {
    git('init', '-q');
    write('.gitignore', 'build/\nscratch.json\nnamed/\n');
    for (const name of ['a.json', 'build/out.json', 'scratch.json', 'tracked/scratch.json', 'named/inside.json', 'named/scratch.json']) write(name, MAPPING);
    git('add', '-f', 'tracked/scratch.json');
    expect((await inAction()).targets.map((t) => t.file)).toEqual(['a.json', 'tracked/scratch.json']);
    expect((await inAction(['named'])).targets.map((t) => t.file)).toEqual(['named/inside.json', 'named/scratch.json']);
    // A path named as a file is always linted.
    expect((await inAction(['scratch.json'])).targets.map((t) => t.file)).toEqual(['scratch.json']);
    // git is asked about the searched folder only, with the root's rules applying inside it.
    write('sub/build/deep.json', MAPPING);
    write('sub/kept.json', MAPPING);
    expect((await inAction(['sub'])).targets.map((t) => t.file)).toEqual(['sub/kept.json']);
    expect((await inAction(['sub/**/*.json'])).targets.map((t) => t.file)).toEqual(['sub/kept.json']);
  });

  it('outside a git checkout, ignores nothing', async () => {
    write('.gitignore', 'build/\n');
    write('build/out.json', MAPPING);
    expect((await inAction()).targets.map((t) => t.file)).toEqual(['build/out.json']);
  });

  it('says so, and lints everything found, when git cannot list what it ignores', async () => {
    mkdirSync(path.join(workspace, '.git'));
    write('.gitignore', 'build/\n');
    write('build/out.json', MAPPING);
    const discovery = await inAction();
    expect(discovery.targets.map((t) => t.file)).toEqual(['build/out.json']);
    expect(discovery.gitignoreNotApplied).toMatch(new RegExp(`^git could not list the ignored files of ${workspace} \\(.+\\), so \\.gitignore is not applied: every file found is linted\\.$`));
  });
});

describe('discover: telling a mapping file from its bytes', () => {
  it.each([
    ['pretty JSON', '{\n    "mappings" : [\n        {\n            "object_name"  :  "Account"}]}', true],
    ['YAML, keys quoted', '\'mappings\':\n  - "object_name": Account\n', true],
    ['YAML after a comment, CRLF', '# c\r\nmappings:\r\n  - object_name: Account\r\n', true],
    ['indented "mappings:" in YAML', 'x:\n  mappings:\n  - object_name: A\n', false],
    ['a JSON "mappings" that is not a list', '{"mappings": {"object_name": 1}}', false],
    ['no object_name', '{"mappings": []}', false],
    ['object_name not a key', '{"mappings": [], "x": "object_name"}', false],
  ])('%s', async (_, text, wanted) => {
    write('file.json', text);
    expect((await inAction()).targets.map((t) => t.file)).toEqual(wanted ? ['file.json'] : []);
  });
});
