import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { RULES } from '../../src/lint/rules/index.js';
import { makeWorkspace, REPO_ROOT, runCli } from '../../test-support/harness.js';
import { loadConfig } from '../../src/interface/config/load.js';
import { scratchFolder } from '../../test-support/scratch.js';

interface GeneratedEntry {
  file: string;
  between?: [string, string];
}
const { GENERATED, GENERATOR_MODULES, generate } = (await import(path.join(REPO_ROOT, 'scripts/generate.mjs'))) as {
  GENERATED: GeneratedEntry[];
  GENERATOR_MODULES: string[];
  generate(root: string, generators: object, options: { write: boolean }): string[];
};
/** The generator modules scripts/generate.mjs bundles, as jest loads them. */
const generators = Object.assign({}, ...(await Promise.all(GENERATOR_MODULES.map((module) => import(path.join(REPO_ROOT, module)) as Promise<object>))));

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');
const README = read('README.md');

describe('generated content (scripts/generate.mjs, `npm run docs`)', () => {
  it('every generated file and block matches its source (run `npm run docs` to regenerate)', () => {
    expect(generate(REPO_ROOT, generators, { write: false })).toEqual([]);
  });

  it('finds a stale block and rewrites only it, in a folder whose path has a space', () => {
    const root = scratchFolder('hca docs ');
    for (const { file } of GENERATED) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      copyFileSync(path.join(REPO_ROOT, file), path.join(root, file));
    }
    const table = path.join(root, 'docs/action.md');
    writeFileSync(table, readFileSync(table, 'utf8').replace('| `files` |', '| `filez` |'));
    writeFileSync(path.join(root, 'docs/rules.md'), 'stale');
    expect(generate(root, generators, { write: false })).toEqual(['docs/rules.md', 'docs/action.md']);
    expect(readFileSync(table, 'utf8')).toContain('| `filez` |');
    expect(generate(root, generators, { write: true })).toEqual(['docs/rules.md', 'docs/action.md']);
    expect(readFileSync(table, 'utf8')).toBe(read('docs/action.md'));
    expect(generate(root, generators, { write: false })).toEqual([]);
  });

  it('a missing marker is an error naming the file', () => {
    const root = scratchFolder('hca docs ');
    for (const { file } of GENERATED) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), file === 'docs/cli.md' ? '# Command line\n' : read(file));
    }
    expect(() => generate(root, generators, { write: false })).toThrow(/^docs\/cli\.md: the markers .* are missing$/);
  });

  it('documents every rule with why, source and a bad and a good example', () => {
    for (const rule of RULES) {
      for (const part of ['summary', 'why', 'source', 'bad', 'good'] as const) {
        expect({ rule: rule.id, part, empty: rule.docs[part].trim() === '' }).toEqual({ rule: rule.id, part, empty: false });
      }
    }
  });
});

describe('the README, a landing page', () => {
  it('has at most about 250 lines', () => {
    expect(README.split('\n').length).toBeLessThanOrEqual(250);
  });

  it('quotes the broken example as the file begins, so the lines the findings name match', () => {
    const quoted = /Its\nfirst lines:\n\n```yaml\n([\s\S]*?)```/.exec(README)?.[1];
    expect(quoted).toBeDefined();
    expect(read('examples/broken-mappings.yml').startsWith(quoted!)).toBe(true);
  });

  it("shows what `node dist/cli/index.js lint examples` prints, as the CLI prints it: its first three findings and its last line", async () => {
    const [, count, shown] = /the first\nthree of its (\d+) findings here, and its last line\):\n\n```text\n([\s\S]*?)\n```/.exec(README) ?? [];
    const result = await runCli(['lint', 'examples'], { cwd: REPO_ROOT });
    expect(result.exitCode).toBe(1);
    const paragraphs = result.stdout.trimEnd().split('\n\n');
    expect(Number(count)).toBe(paragraphs.length - 1);
    expect(shown).toBe([...paragraphs.slice(0, 3), '…', paragraphs.at(-1)].join('\n\n'));
  });

  it("its configuration file is a valid one, and so is the configuration page's", async () => {
    const example = (markdown: string, heading: string) => /```yaml\n([\s\S]*?)```/.exec(markdown.slice(markdown.indexOf(heading)))![1]!;
    const short = await loadConfig(makeWorkspace({ '.heroku-connect.yml': example(README, '## Configuration file') }), { searchUp: false });
    expect(short?.values).toMatchObject({ plan: 'enterprise', 'fail-on': 'warning' });
    expect(short?.ignores.map((entry) => entry.rule)).toEqual(['missing-upsert-field']);
    const full = await loadConfig(makeWorkspace({ '.heroku-connect.yml': example(read('docs/configuration.md'), '# Configuration file') }), { searchUp: false });
    expect(full?.values).toMatchObject({ plan: 'enterprise', 'fail-on': 'warning' });
    expect(full?.ignores.map((entry) => entry.rule)).toEqual(['missing-upsert-field', 'index-unmapped-field']);
  });
});

describe("the action page's inputs and outputs", () => {
  const page = read('docs/action.md');
  const metadata = parseYaml(read('action.yml')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
  const section = (heading: string) => page.slice(page.indexOf(heading), page.indexOf('\n## ', page.indexOf(heading) + heading.length));

  it('lists every input of action.yml in the inputs table', () => {
    const table = section('## Inputs');
    for (const name of Object.keys(metadata.inputs)) expect({ name, listed: table.includes(`| \`${name}\` |`) }).toEqual({ name, listed: true });
  });

  it('lists every output of action.yml in the outputs table', () => {
    const table = section('## Outputs');
    for (const name of Object.keys(metadata.outputs)) expect({ name, listed: new RegExp(`\`${name}\``).test(table) }).toEqual({ name, listed: true });
  });
});

describe('the docs index', () => {
  it('links every page of docs/', () => {
    const index = read('docs/README.md');
    const pages = readdirSync(path.join(REPO_ROOT, 'docs')).filter((file) => file.endsWith('.md') && file !== 'README.md');
    expect(pages.length).toBeGreaterThan(8);
    expect(pages.filter((page) => !new RegExp(`\\]\\(${page.replace('.', '\\.')}[#)]`).test(index))).toEqual([]);
  });
});
