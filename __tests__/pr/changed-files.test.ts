import { ConfigurationError } from '../../src/core/errors.js';
import { listChangedFiles, onlyChanged, type ChangedFile, type ChangedFilesRequest } from '../../src/pr/changed-files.js';
import { FakeClock } from '../../test-support/fake-clock.js';
import { createGitHubApi } from '../../src/clients/github/github-api.js';
import { addedLines } from '../../src/pr/hunks.js';
import { startGitHubStandIn, type GitHubStandIn, type GitHubStandInOptions, type StandInPullFile } from '../../test-support/github-stand-in.js';
import { git, makeRepo, shallowClone, type TestRepo } from './git-repo.js';

const TOKEN = 'ghs_LeakCanary0123456789abcdefABCDEF';
const OWNER = 'acme';
const REPO = 'mappings';

/** 250 files over three pages: a rename without changes, a removal, and modified files with patches. */
const PULL_FILES: StandInPullFile[] = [
  { filename: 'connect/renamed.json', previous_filename: 'connect/old.json', status: 'renamed', changes: 0 },
  { filename: 'connect/gone.json', status: 'removed', patch: '@@ -1,2 +0,0 @@\n-{\n-}', changes: 2 },
  ...Array.from({ length: 248 }, (_, i): StandInPullFile => ({ filename: `many/file-${i}.json`, status: 'modified', patch: `@@ -${i + 1} +${i + 1} @@\n-old\n+new`, changes: 2 })),
];

let standIn: GitHubStandIn | undefined;
let logLines: string[];
let repo: TestRepo;
let base: string;
let head: string;

beforeAll(async () => {
  repo = await makeRepo();
  // Settings a user may have that would hide renames or colour the patches, unless the code overrides them.
  await git(repo.dir, 'config', 'diff.renames', 'false');
  await git(repo.dir, 'config', 'color.ui', 'always');
  const lines = Array.from({ length: 10 }, (_, i) => `line ${i + 1}`);
  base = await repo.commit({ 'a.json': `${lines.join('\n')}\n`, 'b.json': 'b stays the same\nand is long enough\nto be found as a rename\n', 'c.json': 'c\n', 'space é.json': 'x\n' }, 'base');
  await git(repo.dir, 'checkout', '-q', '-b', 'feature');
  const changed = lines.map((line, i) => (i === 1 || i === 7 ? `${line} changed` : line));
  await repo.commit(
    {
      'a.json': `${changed.join('\n')}\n`,
      'b.json': null,
      'moved/b.json': 'b stays the same\nand is long enough\nto be found as a rename\n',
      'c.json': null,
      'd.json': '1\n2\n3\n',
      'space é.json': 'y\n',
    },
    'head',
  );
  head = await git(repo.dir, 'rev-parse', 'HEAD');
  // The base branch moves on after the branch point; its change is not the pull request's.
  await git(repo.dir, 'checkout', '-q', 'main');
  base = await repo.commit({ 'e.json': 'only on main\n' }, 'main moves on');
  await git(repo.dir, 'checkout', '-q', 'feature');
});

beforeEach(() => {
  logLines = [];
});

afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

async function start(options: Partial<GitHubStandInOptions> = {}): Promise<GitHubStandIn> {
  standIn = await startGitHubStandIn({ token: TOKEN, owner: OWNER, repo: REPO, pulls: { 7: PULL_FILES }, ...options });
  return standIn;
}

function request(server: { url: string } | undefined, git: Partial<ChangedFilesRequest['git']> = {}): ChangedFilesRequest {
  return {
    owner: OWNER,
    repo: REPO,
    pullNumber: 7,
    api: server && createGitHubApi({ token: TOKEN, env: { GITHUB_API_URL: server.url }, clock: new FakeClock() }),
    git: { cwd: repo.dir, base, head: 'HEAD', ...git },
    log: { info: (message) => logLines.push(`info: ${message}`), warning: (message) => logLines.push(`warning: ${message}`) },
  };
}

/** What the git fallback finds for the test repository. */
function expectGitAnswer(files: ChangedFile[] | undefined): void {
  const byPath = [...(files ?? [])].sort((a, b) => a.path.localeCompare(b.path));
  expect(byPath.map(({ patch: _patch, ...file }) => file)).toEqual([
    { path: 'a.json', status: 'modified' },
    { path: 'c.json', status: 'removed' },
    { path: 'd.json', status: 'added' },
    { path: 'moved/b.json', status: 'renamed', previousPath: 'b.json' },
    { path: 'space é.json', status: 'modified' },
  ]);
  const lines = Object.fromEntries(byPath.map((file) => [file.path, [...addedLines(file.patch!)]]));
  expect(lines).toEqual({ 'a.json': [2, 8], 'c.json': [], 'd.json': [1, 2, 3], 'moved/b.json': [], 'space é.json': [1] });
}

describe('listChangedFiles through the REST API', () => {
  it('reads every page, with renames, removals and patches, sending the token and API version', async () => {
    const server = await start();
    const files = await listChangedFiles(request(server));
    expect(files).toHaveLength(250);
    expect(files![0]).toEqual({ path: 'connect/renamed.json', status: 'renamed', previousPath: 'connect/old.json', patch: '' });
    expect(files![1]).toEqual({ path: 'connect/gone.json', status: 'removed', patch: '@@ -1,2 +0,0 @@\n-{\n-}' });
    expect(files![249]).toEqual({ path: 'many/file-247.json', status: 'modified', patch: '@@ -248 +248 @@\n-old\n+new' });
    // Octokit's pagination: the first page by its route, the next ones by the Link header's URL.
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /repos/acme/mappings/pulls/7/files?per_page=100',
      ...[2, 3].map((page) => `GET /repos/acme/mappings/pulls/7/files?per_page=100&page=${page}`),
    ]);
    expect(server.requests[0]!.headers).toMatchObject({ authorization: `token ${TOKEN}`, 'x-github-api-version': '2022-11-28' });
    expect(logLines).toEqual([]);
  });

  it('follows the Link header and stops on the last page, even a full one', async () => {
    const server = await start({ pulls: { 7: PULL_FILES.slice(0, 200) } });
    expect(await listChangedFiles(request(server))).toHaveLength(200);
    expect(server.requests).toHaveLength(2);
  });

  it('leaves the patch out of a file GitHub sent none for, so every line of it counts', async () => {
    const server = await start({ pulls: { 7: [{ filename: 'big.json', status: 'modified', changes: 90000 }] } });
    expect(await listChangedFiles(request(server))).toEqual([{ path: 'big.json', status: 'modified' }]);
  });

  it('asks git when GitHub lists its cap of 3000 files, since more may be missing', async () => {
    const many = Array.from({ length: 3000 }, (_, i): StandInPullFile => ({ filename: `f${i}.json`, status: 'added', patch: '@@ -0,0 +1 @@\n+x' }));
    const server = await start({ pulls: { 7: many } });
    expectGitAnswer(await listChangedFiles(request(server)));
    expect(server.requests).toHaveLength(30);
    expect(logLines).toEqual([expect.stringContaining('only the first 3000 files')]);
  });
});

describe('listChangedFiles falls back to git', () => {
  it('when there is no token', async () => {
    expectGitAnswer(await listChangedFiles(request(undefined)));
    expect(logLines).toEqual(['info: No GitHub token, so git lists the changed files.']);
  });

  it('when the API answers 403 or 404, saying why without the token', async () => {
    for (const status of [403, 404]) {
      logLines = [];
      const server = await start({ faults: [{ path: /\/pulls\/7\/files$/, status, message: 'Resource not accessible by integration' }] });
      expectGitAnswer(await listChangedFiles(request(server)));
      expect(logLines).toEqual([`info: The GitHub API did not list the changed files (HTTP ${status}: Resource not accessible by integration); asking git instead.`]);
      await server.close();
      standIn = undefined;
    }
  });

  it('when the API cannot be reached', async () => {
    const server = await start();
    await server.close();
    standIn = undefined;
    expectGitAnswer(await listChangedFiles(request(server)));
    expect(logLines).toEqual([
      expect.stringMatching(
        /^info: The GitHub API did not list the changed files \(GitHub could not be asked to answer GET \/repos\/acme\/mappings\/pulls\/7\/files: 6 attempts failed, the last with a network error: fetch failed \(.*ECONNREFUSED.*\)\.\); asking git instead\.$/,
      ),
    ]);
    expect(logLines.join('\n')).not.toContain(TOKEN);
  });

  it('when the answer is not a file list', async () => {
    const server = await start({ pulls: { 7: [{ filename: 'a.json', status: 'exploded' } as unknown as StandInPullFile] } });
    expectGitAnswer(await listChangedFiles(request(server)));
    expect(logLines[0]).toContain('an entry of the file list is not a file');
  });

  it("compares with the merge base, so changes made on the base branch since are not the pull request's", async () => {
    const files = await listChangedFiles(request(undefined, { head }));
    expect(files!.map((file) => file.path)).not.toContain('e.json');
    expectGitAnswer(files);
  });

  it('says to fetch the history when the checkout is shallow, and asks the caller to lint everything', async () => {
    const shallow = await shallowClone(repo, 'feature');
    expect(await listChangedFiles(request(undefined, { cwd: shallow }))).toBeUndefined();
    expect(logLines[1]).toMatch(new RegExp(`^warning: git cannot find where ${base} and HEAD meet \\(.+\\), so every mapping file is linted\\. `));
    expect(logLines[1]).toContain('set "fetch-depth: 0" on actions/checkout');
  });

  it('refuses a revision that git would take as an option', async () => {
    await expect(listChangedFiles(request(undefined, { base: '--output=/tmp/x' }))).rejects.toThrow(ConfigurationError);
  });
});

describe('onlyChanged', () => {
  it('keeps the targets the pull request added, changed or renamed, not those it removed or left alone', () => {
    const targets = ['a.json', 'b.json', 'c.json', 'new.json'].map((file) => ({ file, absolutePath: `/ws/${file}` }));
    const files: ChangedFile[] = [
      { path: 'a.json', status: 'modified' },
      { path: 'c.json', status: 'removed' },
      { path: 'new.json', previousPath: 'old.json', status: 'renamed' },
    ];
    expect(targets.filter(onlyChanged(files)).map((target) => target.file)).toEqual(['a.json', 'new.json']);
  });
});
