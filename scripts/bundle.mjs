// Bundles the action, the CLI and the Heroku Connect stand-in (for npm run demo) with ncc into dist/
// (committed: GitHub runs dist/, not src/, and the demo must work on a fresh clone).
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const root = fileURLToPath(new URL('..', import.meta.url));
const entries = [
  { input: 'src/action/index.ts', output: 'dist' },
  { input: 'src/cli/index.ts', output: 'dist/cli', executable: true },
  { input: 'src/stand-in/index.ts', output: 'dist/stand-in', executable: true },
];

/**
 * What `--version` names: the last commit that changed what the bundle is built from, not HEAD.
 * The commit that holds a rebuilt dist/ cannot name itself, and a clean rebuild of any later commit
 * (CI's check that dist/ is as committed) finds the same one, so the bundle stays reproducible.
 * Sources with uncommitted changes are marked "-dirty": commit them, then rebuild, as CI will.
 */
const BUNDLE_SOURCES = ['src', 'schema', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/bundle.mjs', 'scripts/compile-schema.mjs'];
const PLACEHOLDER = "'not-stamped:run-from-the-source-tree:000'";

function sourceCommit() {
  const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  let shallow;
  try {
    shallow = git('rev-parse', '--is-shallow-repository') === 'true';
  } catch {
    return undefined; // not a git checkout (a tarball of the source): nothing to name
  }
  // A shallow clone would name its one commit for every source: a stamp that a full clone's rebuild contradicts.
  if (shallow) throw new Error('bundle: this clone is shallow, so the last commit that changed the sources is unknown; run `git fetch --unshallow` (in a workflow, checkout with fetch-depth: 0).');
  try {
    const commit = git('log', '-1', '--format=%H', '--', ...BUNDLE_SOURCES);
    return /^[0-9a-f]{40}$/.test(commit) ? `${commit}${git('status', '--porcelain', '--', ...BUNDLE_SOURCES) ? '-dirty' : ''}` : undefined;
  } catch {
    return undefined;
  }
}

const commit = sourceCommit();
if (commit === undefined) console.warn('bundle: not a git checkout, so --version will not name the source commit.');

rmSync(path.join(root, 'dist'), { recursive: true, force: true });
for (const entry of entries) {
  // Source maps without ncc's register shim: an internal error's stack is mapped when reported (src/core/stack.ts).
  const { code, map, assets } = await ncc(path.join(root, entry.input), { license: 'licenses.txt', quiet: true, target: 'es2023', sourceMap: true, sourceMapRegister: false });
  const dir = path.join(root, entry.output);
  write(path.join(dir, 'index.js'), stamped(asciiOnly(code)));
  if (map) write(path.join(dir, 'index.js.map'), map);
  for (const [name, asset] of Object.entries(assets)) write(path.join(dir, name), name.endsWith('.js') ? stamped(asciiOnly(asset.source.toString())) : asset.source);
  if (entry.executable) chmodSync(path.join(dir, 'index.js'), 0o755);
}

/** The code with the source commit in place of its placeholder, in whichever chunk holds it. */
function stamped(code) {
  const found = code.split(PLACEHOLDER).length - 1;
  if (found > 1) throw new Error(`The source-commit placeholder appears ${found} times in one chunk.`);
  return commit && found === 1 ? code.replace(PLACEHOLDER, `'${commit}'`) : code;
}

function write(file, content) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/**
 * The code with every character outside ASCII written as a \u escape, which means the same in a
 * string, a template, a regular expression and a comment. One character such as a ✅ in a message
 * makes V8 hold the whole chunk as two-byte text, which Node's compile cache then re-encodes to
 * UTF-8 on every start, and which the parser scans more slowly. A line's columns after an escaped
 * character shift in the source map; its lines do not.
 */
function asciiOnly(code) {
  if (/\bString\.raw\b/.test(code) && /[^\x00-\x7f]/.test(code)) throw new Error('A chunk uses String.raw and non-ASCII text: escaping would change the raw strings.');
  return code.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
