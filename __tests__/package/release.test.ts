import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeWorkspace, REPO_ROOT, runProcess } from '../../test-support/harness.js';
import { slowTests } from '../../test-support/slow.js';

const SCRIPT = path.join(REPO_ROOT, 'scripts/release.mjs');
const REPOSITORY = 'https://github.com/heroku-connect-action/heroku-connect-action';

const CHANGELOG = `# Changelog

## [Unreleased]

### Fixed

- A fix.

## [1.0.0] - 2026-01-02

### Added

- The first release.

[Unreleased]: ${REPOSITORY}/compare/v1.0.0...HEAD
[1.0.0]: ${REPOSITORY}/releases/tag/v1.0.0
`;

/** A scratch repository shaped as this one: a manifest, a lock file, a changelog, and a bundle script that writes dist/ from the version. */
function scratchRepository(changelog = CHANGELOG): { dir: string; git: (...args: string[]) => string } {
  const bundle = "node -e \"require('fs').mkdirSync('dist',{recursive:true});require('fs').writeFileSync('dist/version.txt',require('./package.json').version)\"";
  const dir = makeWorkspace({
    'package.json': `${JSON.stringify({ name: 'heroku-connect-action', version: '1.0.0', scripts: { bundle } }, null, 2)}\n`,
    'package-lock.json': `${JSON.stringify({ name: 'heroku-connect-action', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'heroku-connect-action', version: '1.0.0' } } }, null, 2)}\n`,
    'CHANGELOG.md': changelog,
    'dist/version.txt': '1.0.0',
  });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'first');
  git('tag', '-a', 'v1.0.0', '-m', 'v1.0.0');
  git('tag', '-a', 'v1', '-m', 'v1.0.0');
  return { dir, git };
}

// Git's identity for the release commit, as a maintainer's configuration gives it.
const GIT_IDENTITY = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_GLOBAL: '/dev/null' };
const release = (dir: string, args: string[]) => runProcess([SCRIPT, ...args], { cwd: dir, env: { ...process.env, ...GIT_IDENTITY } });

// Each case spawns git and npm a dozen times (seconds): a slow test, which .ci/run runs.
slowTests('npm run release', () => {
  it('moves the changelog entries, bumps the version, rebuilds dist/, commits, tags and moves the major tag', async () => {
    const { dir, git } = scratchRepository();
    const result = await release(dir, ['1.1.0', '--date', '2026-03-04']);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    expect(result.stdout).toContain('git push origin HEAD v1.1.0 && git push --force origin v1');
    expect(readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8')).toBe(
      CHANGELOG.replace('## [Unreleased]\n', '## [Unreleased]\n\n## [1.1.0] - 2026-03-04\n').replace(
        `[Unreleased]: ${REPOSITORY}/compare/v1.0.0...HEAD`,
        `[Unreleased]: ${REPOSITORY}/compare/v1.1.0...HEAD\n[1.1.0]: ${REPOSITORY}/compare/v1.0.0...v1.1.0`,
      ),
    );
    expect(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))).toMatchObject({ version: '1.1.0' });
    expect(JSON.parse(readFileSync(path.join(dir, 'package-lock.json'), 'utf8'))).toMatchObject({ version: '1.1.0', packages: { '': { version: '1.1.0' } } });
    expect(git('status', '--porcelain')).toBe('');
    // The bump first, then the bundle built from it: --version names the bump's commit, as CI's rebuild of the tag would.
    expect(git('log', '-3', '--format=%s')).toBe('Rebuild dist/ for v1.1.0\nRelease v1.1.0\nfirst');
    expect(git('show', 'HEAD~1:package.json')).toContain('"version": "1.1.0"');
    expect(git('show', 'HEAD:dist/version.txt')).toBe('1.1.0');
    const head = git('rev-parse', 'HEAD');
    expect([git('rev-parse', 'v1.1.0^{commit}'), git('rev-parse', 'v1^{commit}')]).toEqual([head, head]);
    expect(git('cat-file', '-t', 'v1.1.0')).toBe('tag');
  });

  it('the first release links its tag; every refusal is one line and changes nothing', async () => {
    const first = scratchRepository(`# Changelog\n\n## [Unreleased]\n\n- Everything.\n\n[Unreleased]: ${REPOSITORY}/commits/main\n`);
    expect((await release(first.dir, ['2.0.0', '--date', '2026-03-04'])).exitCode).toBe(0);
    expect(readFileSync(path.join(first.dir, 'CHANGELOG.md'), 'utf8')).toContain(`[Unreleased]: ${REPOSITORY}/compare/v2.0.0...HEAD\n[2.0.0]: ${REPOSITORY}/releases/tag/v2.0.0\n`);
    expect(first.git('rev-parse', 'v2^{commit}')).toBe(first.git('rev-parse', 'HEAD'));

    const { dir, git } = scratchRepository();
    const before = git('rev-parse', 'HEAD');
    expect(await release(dir, ['1.0.0'])).toMatchObject({ exitCode: 1, stderr: 'release: 1.0.0 is not after the current version 1.0.0.\n' });
    expect(await release(dir, ['one'])).toMatchObject({ exitCode: 1, stderr: 'release: "one" is not a version such as 1.2.3. Usage: npm run release -- <version> [--date YYYY-MM-DD]\n' });
    writeFileSync(path.join(dir, 'notes.txt'), 'work in progress');
    expect(await release(dir, ['1.1.0'])).toMatchObject({ exitCode: 1, stderr: expect.stringMatching(/^release: the work tree has uncommitted changes/) });
    git('add', 'notes.txt');
    git('commit', '-q', '-m', 'notes');
    writeFileSync(path.join(dir, 'CHANGELOG.md'), CHANGELOG.replace('### Fixed\n\n- A fix.\n\n', ''));
    git('commit', '-q', '-am', 'empty');
    expect(await release(dir, ['1.1.0'])).toMatchObject({ exitCode: 1, stderr: 'release: CHANGELOG.md has nothing under "## [Unreleased]": write what this release changes first.\n' });
    expect(git('status', '--porcelain')).toBe('');
    expect(git('tag', '--list')).toBe('v1\nv1.0.0');
    expect(git('rev-list', '--count', `${before}..HEAD`)).toBe('2');
  });
});
