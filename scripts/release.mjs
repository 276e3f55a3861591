// Makes a release in one step: `npm run release -- 1.2.3 [--date YYYY-MM-DD]`, on a clean work tree.
// It moves the Unreleased entries of CHANGELOG.md under the new version (and updates the comparison
// links), sets the version in package.json and package-lock.json, rebuilds dist/ (the version is in
// the bundle), commits "Release v1.2.3" and the rebuilt dist/, tags v1.2.3 and moves the major tag v1 to it. It pushes
// nothing: it prints the commands that publish the release, to run once the commit looks right.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';

const root = process.cwd();
const REPOSITORY = 'https://github.com/heroku-connect-action/heroku-connect-action';

/** Every failure is one line on stderr and exit 1: nothing has been changed when a check fails. */
function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

function parseArguments(args) {
  const [version, ...rest] = args;
  let date = new Date().toISOString().slice(0, 10);
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--date' && /^\d{4}-\d{2}-\d{2}$/.test(rest[i + 1] ?? '')) date = rest[++i];
    else fail(`unknown argument "${rest[i]}". Usage: npm run release -- <version> [--date YYYY-MM-DD]`);
  }
  if (!version || semver.valid(version) !== version) fail(`"${version ?? ''}" is not a version such as 1.2.3. Usage: npm run release -- <version> [--date YYYY-MM-DD]`);
  return { version, date };
}

/** The changelog with the Unreleased entries under the version's heading, and the links at the bottom updated. */
function releaseChangelog(text, version, date) {
  const unreleased = /^## \[Unreleased\]\n([\s\S]*?)(?=^## \[|^\[Unreleased\]:)/m.exec(text);
  if (!unreleased) fail('CHANGELOG.md has no "## [Unreleased]" section.');
  if (unreleased[1].trim() === '') fail('CHANGELOG.md has nothing under "## [Unreleased]": write what this release changes first.');
  const previous = /^## \[(\d+\.\d+\.\d+[^\]]*)\]/m.exec(text.slice(unreleased.index + unreleased[0].length))?.[1];
  const heading = `## [Unreleased]\n\n## [${version}] - ${date}\n${unreleased[1]}`;
  const withHeading = text.slice(0, unreleased.index) + heading + text.slice(unreleased.index + unreleased[0].length);
  const versionLink = `[${version}]: ${previous ? `${REPOSITORY}/compare/v${previous}...v${version}` : `${REPOSITORY}/releases/tag/v${version}`}`;
  const links = /^\[Unreleased\]: .*$/m;
  if (!links.test(withHeading)) fail('CHANGELOG.md has no "[Unreleased]: ..." link at the bottom.');
  return withHeading.replace(links, `[Unreleased]: ${REPOSITORY}/compare/v${version}...HEAD\n${versionLink}`);
}

function main() {
  const { version, date } = parseArguments(process.argv.slice(2));
  const manifestPath = path.join(root, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (!semver.gt(version, manifest.version)) fail(`${version} is not after the current version ${manifest.version}.`);
  if (git('status', '--porcelain') !== '') fail('the work tree has uncommitted changes: commit or stash them, so the release commit holds only the release.');
  const tag = `v${version}`;
  if (git('tag', '--list', tag) !== '') fail(`the tag ${tag} already exists.`);

  const changelogPath = path.join(root, 'CHANGELOG.md');
  const changelog = releaseChangelog(readFileSync(changelogPath, 'utf8'), version, date);
  writeFileSync(changelogPath, changelog);
  writeFileSync(manifestPath, `${JSON.stringify({ ...manifest, version }, null, 2)}\n`);
  const lockPath = path.join(root, 'package-lock.json');
  const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
  lock.version = version;
  if (lock.packages?.['']) lock.packages[''].version = version;
  writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);

  git('add', 'package.json', 'package-lock.json', 'CHANGELOG.md');
  git('commit', '-q', '-m', `Release ${tag}`);
  // The bundle carries the version (--version, SARIF's tool version), so it is rebuilt from the
  // committed bump, in a commit of its own: --version names the last commit of the bundle's sources,
  // and CI's clean rebuild of the tagged commit must stamp the same one.
  execFileSync('npm', ['run', 'bundle'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  git('add', 'dist');
  if (git('status', '--porcelain') !== '') git('commit', '-q', '-m', `Rebuild dist/ for ${tag}`);
  git('tag', '-a', tag, '-m', tag);
  const major = `v${semver.major(version)}`;
  git('tag', '-f', '-a', major, '-m', tag, `${tag}^{commit}`);
  console.log(
    [
      `Committed "Release ${tag}" and its dist/, tagged ${tag} and moved ${major} to it. To publish:`,
      `  git push origin HEAD ${tag} && git push --force origin ${major}`,
      '  npm pack --dry-run && npm publish      # from a clean checkout of the tag',
      `  then create the GitHub release from ${tag} with its CHANGELOG section.`,
    ].join('\n'),
  );
}

main();
