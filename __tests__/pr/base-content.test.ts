import { baseReader, type BaseCommit } from '../../src/pr/base-content.js';
import { runGit, type GitRunner } from '../../src/pr/git.js';
import { createGitHubApi } from '../../src/clients/github/github-api.js';
import { FakeClock } from '../../test-support/fake-clock.js';
import { startGitHubStandIn, type GitHubStandIn, type GitHubStandInOptions } from '../../test-support/github-stand-in.js';
import { git, makeRepo, shallowClone, type TestRepo } from './git-repo.js';

const TOKEN = 'ghs_LeakCanary0123456789abcdefABCDEF';
const BASE_TEXT = '{\n    "mappings": []\n}\n';

let repo: TestRepo;
let base: string;
let shallow: string;
let standIn: GitHubStandIn | undefined;

beforeAll(async () => {
  repo = await makeRepo();
  base = await repo.commit({ 'connect/prod.json': BASE_TEXT, 'connect/old name.json': 'old\n' }, 'base');
  await git(repo.dir, 'checkout', '-q', '-b', 'feature');
  await repo.commit({ 'connect/prod.json': '{"mappings": [1]}', 'connect/new.json': 'new\n' }, 'head');
  shallow = await shallowClone(repo, 'feature');
});

afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

const read = (path: string, options: Partial<BaseCommit> = {}) => baseReader({ sha: base, git: { cwd: repo.dir }, ...options })(path);

describe('baseReader from git', () => {
  it('reads the file as it was at the base commit', async () => {
    expect((await read('connect/prod.json'))?.toString('utf8')).toBe(BASE_TEXT);
    expect((await read('connect/old name.json'))?.toString('utf8')).toBe('old\n');
  });

  it('answers undefined for a file the base did not have', async () => {
    expect(await read('connect/new.json')).toBeUndefined();
  });

  it('costs one git process per file the base has, and asks once for all files whether the commit is checked out', async () => {
    const calls: string[] = [];
    const run: GitRunner = (args, cwd) => {
      calls.push(args.join(' '));
      return runGit(args, cwd);
    };
    const readBase = baseReader({ sha: base, git: { cwd: repo.dir, run } });
    expect((await readBase('connect/prod.json'))?.toString('utf8')).toBe(BASE_TEXT);
    expect((await readBase('connect/old name.json'))?.toString('utf8')).toBe('old\n');
    expect(calls).toEqual([`cat-file blob ${base}:connect/prod.json`, `cat-file blob ${base}:connect/old name.json`]);
    expect(await readBase('connect/new.json')).toBeUndefined();
    expect(await readBase('connect/gone.json')).toBeUndefined();
    expect(calls.filter((call) => call.endsWith('^{commit}'))).toEqual([`cat-file -e ${base}^{commit}`]);
  });

  it('throws when git has the path but cannot read it as a file', async () => {
    await expect(read('connect')).rejects.toThrow(`git could not read connect at ${base}`);
  });
});

describe('baseReader through the REST API when the base commit is not checked out', () => {
  const start = async (contents: Record<string, string>, options: Partial<GitHubStandInOptions> = {}) => {
    standIn = await startGitHubStandIn({ token: TOKEN, owner: 'acme', repo: 'maps', contents: { [base]: contents }, ...options });
    return { client: createGitHubApi({ token: TOKEN, env: { GITHUB_API_URL: standIn.url }, clock: new FakeClock() })!, owner: 'acme', repo: 'maps' };
  };

  it("decodes GitHub's line-wrapped base64", async () => {
    const long = `${BASE_TEXT}${'x'.repeat(500)}\n`;
    const api = await start({ 'connect/old name.json': long });
    expect((await read('connect/old name.json', { git: { cwd: shallow }, api }))?.toString('utf8')).toBe(long);
    // Octokit encodes the whole path as one parameter, the slash too; GitHub takes it.
    expect(standIn!.requests.map((r) => r.url)).toEqual([`/repos/acme/maps/contents/connect%2Fold%20name.json?ref=${base}`]);
  });

  it('asks for the raw bytes of a file over the base64 limit', async () => {
    const api = await start({ 'connect/prod.json': BASE_TEXT }, { largeFileBytes: 10 });
    expect((await read('connect/prod.json', { git: { cwd: shallow }, api }))?.toString('utf8')).toBe(BASE_TEXT);
    expect(standIn!.requests.map((r) => r.headers.accept)).toEqual(['application/vnd.github.v3+json', 'application/vnd.github.raw+json']);
  });

  it('answers undefined for a file the base did not have', async () => {
    const api = await start({});
    expect(await read('connect/new.json', { git: { cwd: shallow }, api })).toBeUndefined();
  });

  it('throws on any other answer, instead of calling the file new', async () => {
    const api = await start({ 'connect/prod.json': BASE_TEXT }, { faults: [{ path: /\/contents\//, status: 500, message: 'Server Error' }] });
    await expect(read('connect/prod.json', { git: { cwd: shallow }, api })).rejects.toThrow(
      `The GitHub API did not return connect/prod.json at ${base} (GitHub could not be asked to answer GET /repos/acme/maps/contents/connect%2Fprod.json: 6 attempts failed, the last with HTTP 500: Server Error.).`,
    );
  });

  it('throws, suggesting full history, when there is neither the commit nor a token', async () => {
    await expect(read('connect/prod.json', { git: { cwd: shallow } })).rejects.toThrow(
      `The base commit ${base} is not in the checkout and there is no GitHub token to read connect/prod.json through the API. Set "fetch-depth: 0" on actions/checkout, or pass a token.`,
    );
  });
});
