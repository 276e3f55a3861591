import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT, cleanEnv, makeWorkspace } from '../../test-support/harness.js';
import { scratchFolder } from '../../test-support/scratch.js';
import { slowTests } from '../../test-support/slow.js';

interface PackageJson {
  private?: boolean;
  engines: { node: string };
  bin: Record<string, string>;
  files: string[];
  repository?: { url: string };
  keywords?: string[];
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

interface PreCommitHook {
  id: string;
  entry: string;
  language: string;
  files: string;
  args?: string[];
}

const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as PackageJson;
const hooks = parseYaml(readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as PreCommitHook[];
const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const cliPage = readFileSync(path.join(REPO_ROOT, 'docs/cli.md'), 'utf8');

/** The packages ncc bundled into dist/, as its licenses.txt names them. */
function bundledPackages(): string[] {
  const names = new Set<string>();
  for (const file of ['dist/licenses.txt', 'dist/cli/licenses.txt']) {
    const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
    for (const [, name] of text.matchAll(/(?:^|\n\n)((?:@[\w.-]+\/)?[\w.-]+)\n[^\n]+\n/g)) names.add(name!);
  }
  return [...names];
}

/** The ```lang block of `page` that follows `marker`; a marker the page lacks is an error, not the page's first block. */
function snippetAfter(page: string, marker: string, lang: string): string {
  const at = page.indexOf(marker);
  if (at === -1) throw new Error(`The docs no longer say "${marker}".`);
  const start = page.indexOf(`\`\`\`${lang}\n`, at);
  return page.slice(start + lang.length + 4, page.indexOf('\n```', start));
}

describe('the npm package', () => {
  it('is publishable and declares nothing to install: dist/ is self-contained', () => {
    expect(manifest.private).toBeUndefined();
    expect(manifest.repository?.url).toMatch(/github\.com\/heroku-connect-action\/heroku-connect-action/);
    expect(manifest.keywords).toContain('heroku-connect');
    expect({ dependencies: manifest.dependencies, peer: manifest.peerDependencies, optional: manifest.optionalDependencies }).toEqual({});
    expect(manifest.files).toEqual(expect.arrayContaining(['dist', 'schema', 'docs', 'action.yml']));
    for (const target of Object.values(manifest.bin)) expect(existsSync(path.join(REPO_ROOT, target))).toBe(true);
  });

  it('asks for a Node that every bundled package supports', () => {
    const bundled = bundledPackages();
    expect(bundled).toEqual(expect.arrayContaining(['@actions/github', 'yaml']));
    const ours = semver.minVersion(manifest.engines.node)!;
    // Every installed copy: a package may sit under the one that depends on it (node_modules/a/node_modules/b).
    const installed = Object.keys((JSON.parse(readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> }).packages);
    for (const name of bundled) {
      const copies = installed.filter((key) => key === `node_modules/${name}` || key.endsWith(`/node_modules/${name}`));
      expect({ name, copies: copies.length > 0 }).toEqual({ name, copies: true });
      for (const copy of copies) {
        const engines = (JSON.parse(readFileSync(path.join(REPO_ROOT, copy, 'package.json'), 'utf8')) as { engines?: { node?: string } }).engines;
        if (!engines?.node) continue;
        expect({ name, requires: engines.node, covered: semver.gte(ours, semver.minVersion(engines.node)!) }).toEqual({ name, requires: engines.node, covered: true });
      }
    }
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('declares a script hook that runs the committed bundle, on mapping files only', () => {
    expect(hooks.map((hook) => hook.id)).toEqual(['heroku-connect-lint']);
    const [hook] = hooks;
    // A script hook installs nothing; a node hook would make pre-commit `npm install` every dev dependency.
    expect(hook!.language).toBe('script');
    const script = path.join(REPO_ROOT, hook!.entry.split(' ')[0]!);
    expect(Object.values(manifest.bin)).toContain(path.relative(REPO_ROOT, script));
    expect(readFileSync(script, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(execFileSync('git', ['ls-files', '--stage', path.relative(REPO_ROOT, script)], { cwd: REPO_ROOT, encoding: 'utf8' })).toMatch(/^100755 /);
    const files = new RegExp(hook!.files);
    expect(['heroku-connect/shop.json', 'infra/heroku-connect/shop.yml'].filter((file) => files.test(file))).toHaveLength(2);
    expect(['package.json', '.github/workflows/ci.yml', 'heroku-connect.md'].filter((file) => files.test(file))).toEqual([]);
  });

  it('is what the README tells pre-commit users to reference: a full commit SHA until the first release', () => {
    const config = parseYaml(snippetAfter(readme, '## Pre-commit', 'yaml')) as { repos: { repo: string; rev: string; hooks: { id: string; files?: string }[] }[] };
    const [entry] = config.repos;
    expect(entry!.repo).toBe('https://github.com/heroku-connect-action/heroku-connect-action');
    // The placeholder the README's "Install and pin" explains: no tag exists before the first release.
    expect(entry!.rev).toBe('<commit-sha>');
    expect(readme).toMatch(/`<commit-sha>` below stands for a full 40-character\ncommit SHA/);
    expect(hooks.map((hook) => hook.id)).toContain(entry!.hooks[0]!.id);
    expect(new RegExp(entry!.hooks[0]!.files!).test('heroku-connect/shop.json')).toBe(true);
  });
});

/** The text report's heading for the broken example, then its findings (one of them the polling interval). */
const BROKEN_EXAMPLE_FINDINGS = /^heroku-connect\/broken\.yml:8:27 {2}error {2}sf_polling_seconds is 90\b[^]*?\bpolling-interval$/m;

// Packing and installing spawn npm (seconds): a slow test, which .ci/run runs.
const packaging = slowTests;

packaging('the packed tarball, installed with no network', () => {
  const scratch = scratchFolder('hca-package-');
  // The Node 24 runtime first on PATH, so the bin's `#!/usr/bin/env node` runs on what the package asks for.
  const env = cleanEnv({
    PATH: `${path.dirname(process.env.HCA_TEST_NODE ?? process.execPath)}${path.delimiter}${process.env.PATH}`,
    npm_config_cache: path.join(scratch, 'empty-cache'),
    npm_config_update_notifier: 'false',
  });
  const npm = (args: string[], cwd: string) => execFileSync('npm', [...args, '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd, env, encoding: 'utf8' });
  let tarball = '';
  const repository = makeWorkspace(
    {},
    { 'heroku-connect/shop.json': path.join(REPO_ROOT, 'examples/heroku-connect.json'), 'heroku-connect/broken.yml': path.join(REPO_ROOT, 'examples/broken-mappings.yml') },
  );

  beforeAll(() => {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: REPO_ROOT, env, encoding: 'utf8' })) as { filename: string; files: { path: string }[] }[];
    tarball = path.join(scratch, packed!.filename);
  });

  function run(bin: string, args: string[]): { status: number; output: string } {
    try {
      return { status: 0, output: execFileSync(bin, args, { cwd: repository, env, encoding: 'utf8' }) };
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      return { status: failed.status, output: failed.stdout + failed.stderr };
    }
  }

  it('installs into an empty folder from the tarball alone, and its bin lints as the git hook runs it', () => {
    const project = path.join(scratch, 'project');
    mkdirSync(project);
    npm(['install', tarball], project);
    expect(readdirSync(path.join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['heroku-connect-action']);
    const bin = path.join(project, 'node_modules/.bin/heroku-connect-action');
    // The CLI page's git hook: `heroku-connect-action lint heroku-connect/`.
    const hookArgs = snippetAfter(cliPage, 'Or as a plain git hook', 'sh')
      .match(/^heroku-connect-action (.+?) \|\|/m)![1]!
      .split(' ');
    expect(hookArgs).toEqual(['lint', 'heroku-connect/']);
    const broken = run(bin, hookArgs);
    expect(broken.status).toBe(1);
    expect(broken.output).toMatch(BROKEN_EXAMPLE_FINDINGS);
    expect(run(bin, ['lint', 'heroku-connect/shop.json'])).toEqual({ status: 0, output: expect.any(String) });
    // Where the CLI page tells a workflow to register the problem matcher from.
    const matcher = snippetAfter(cliPage, '## Annotations from the CLI in a workflow', 'yaml').match(/::add-matcher::(\S+)"/)![1]!;
    expect(existsSync(path.join(project, matcher))).toBe(true);
  });

  it('installs as the README says: `npm install -g` of the tarball `npm pack` made', () => {
    const prefix = path.join(scratch, 'global');
    const readmeInstall = /npm install -g \.\/heroku-connect-action-\*\.tgz/.exec(readme);
    expect(readmeInstall).not.toBeNull();
    npm(['install', '-g', '--prefix', prefix, tarball], scratch);
    const result = run(path.join(prefix, 'bin', 'heroku-connect-action'), ['lint', 'heroku-connect/']);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(BROKEN_EXAMPLE_FINDINGS);
  });

  it('installs from git at a commit, as the README says: `npm install -g github:OWNER/REPO#<commit-sha>`, building nothing', () => {
    expect(readme).toMatch(/npm install -g github:heroku-connect-action\/heroku-connect-action#<commit-sha>/);
    const prefix = path.join(scratch, 'from-git');
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    // The same git dependency as github:, from this clone: no network.
    npm(['install', '-g', '--prefix', prefix, `git+file://${REPO_ROOT}#${head}`], scratch);
    const installed = path.join(prefix, 'lib/node_modules/heroku-connect-action');
    // A real folder, without the development dependencies a build would have installed.
    expect(lstatSync(installed).isDirectory()).toBe(true);
    expect(existsSync(path.join(installed, 'node_modules'))).toBe(false);
    const result = run(path.join(prefix, 'bin', 'heroku-connect-action'), ['lint', 'heroku-connect/']);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(BROKEN_EXAMPLE_FINDINGS);
  });
});

const preCommit = (() => {
  try {
    return execFileSync('pre-commit', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
})();

packaging('the pre-commit hook from a scratch repository pinned by commit SHA', () => {
  const scratch = scratchFolder('hca-pre-commit-');
  const repository = makeWorkspace(
    {},
    { 'heroku-connect/shop.json': path.join(REPO_ROOT, 'examples/heroku-connect.json'), 'heroku-connect/broken.yml': path.join(REPO_ROOT, 'examples/broken-mappings.yml') },
  );
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repository, encoding: 'utf8' });

  // CI installs pre-commit (.ci/run) and never skips this; a developer machine without it does.
  (preCommit || process.env.CI ? it : it.skip)(`installs nothing and lints the staged mapping files (${preCommit ?? 'pre-commit is not installed here: skipped'})`, () => {
    // The committed bundle at HEAD is what a pin to HEAD's SHA runs.
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    writeFileSync(path.join(repository, '.pre-commit-config.yaml'), `repos:\n  - repo: ${REPO_ROOT}\n    rev: ${head}\n    hooks:\n      - id: heroku-connect-lint\n`);
    git('init', '-q');
    git('add', '.');
    const env = cleanEnv({ PRE_COMMIT_HOME: path.join(scratch, 'home'), npm_config_cache: path.join(scratch, 'npm-cache') });
    const { status, stdout, stderr } = spawnSync('pre-commit', ['run', '--all-files'], { cwd: repository, env, encoding: 'utf8' });
    const output = stdout + stderr;
    expect(status).toBe(1);
    expect(output).toMatch(BROKEN_EXAMPLE_FINDINGS);
    expect(output).toMatch(/^2 files checked/m);
    expect(output).not.toMatch(/^heroku-connect\/shop\.json:/m);
    // Nothing came from the npm registry: the hook has no environment to install.
    expect(existsSync(path.join(scratch, 'npm-cache'))).toBe(false);
  });
});
