import pkg from '../../package.json' with { type: 'json' };

/**
 * The last commit that changed what the bundle is built from, written here by scripts/bundle.mjs
 * (40 characters, as long as a SHA, so the bundle's source map keeps its columns). Not the commit
 * that holds the bundle: that one cannot name itself, and a clean rebuild of any later commit
 * stamps the same value, so dist/ stays reproducible. Run from the source, it is this placeholder.
 */
const SOURCE_COMMIT: string = 'not-stamped:run-from-the-source-tree:000';

/** What --version prints: the version, and the commit of the source the bundle was built from. */
export function versionText(): string {
  const commit = /^[0-9a-f]{40}(-dirty)?$/.test(SOURCE_COMMIT) ? SOURCE_COMMIT : 'unknown (not a built bundle)';
  return `${pkg.version} (built from commit ${commit})\n`;
}
