import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startGitHubStandIn, type GitHubStandIn, type StandInPullFile } from '../../test-support/github-stand-in.js';
import { makeWorkspace, runAction } from '../../test-support/harness.js';
import { scratchFolder } from '../../test-support/scratch.js';

const TOKEN = 'ghs_pull_request_token_0123456789';
const mapping = (object: string, access: string, fields: string[], polling = 600) => ({
  object_name: object,
  config: { access, sf_notify_enabled: false, sf_polling_seconds: polling, fields: Object.fromEntries(fields.map((f) => [f, {}])) },
});
const file = (...mappings: object[]) => `${JSON.stringify({ mappings, version: 1 }, null, 4)}\n`;
const BASIC = ['Id', 'IsDeleted', 'SystemModstamp', 'Name'];

const BASE = {
  'connect/legacy.json': file(mapping('Legacy__c', 'read_only', ['Name', 'SystemModstamp'])),
  'connect/main.json': file(mapping('Account', 'read_only', [...BASIC, 'Phone', 'Fax'], 90), mapping('Contact', 'read_only', BASIC), mapping('Lead', 'read_only', BASIC)),
  'connect/old-name.json': `${JSON.stringify({ version: 1, mappings: [mapping('Case', 'read_only', BASIC)] }, null, 4)}\n`,
};
const HEAD = {
  'connect/legacy.json': BASE['connect/legacy.json'],
  'connect/main.json': file(mapping('Account', 'read_only', [...BASIC, 'Phone'], 90), mapping('Contact', 'read_write', BASIC), mapping('Opportunity', 'read_only', BASIC)),
  // The same document with its keys in another order: not a change.
  'connect/renamed.json': `${JSON.stringify({ mappings: [{ config: { fields: Object.fromEntries(BASIC.map((f) => [f, {}])), sf_polling_seconds: 600, sf_notify_enabled: false, access: 'read_only' }, object_name: 'Case' }], version: 1 }, null, 2)}\n`,
};

interface Repository {
  dir: string;
  base: string;
  head: string;
  files: StandInPullFile[];
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' }).trim();
}

/** A real repository with a base and a head commit, and the pull request's file list as GitHub would give it. */
function makeRepository(): Repository {
  const dir = makeWorkspace(BASE);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'mv', 'connect/old-name.json', 'connect/renamed.json');
  for (const [name, content] of Object.entries(HEAD)) writeFileSync(path.join(dir, name), content);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head');
  const head = git(dir, 'rev-parse', 'HEAD');
  const patchOf = (name: string) => {
    const diff = git(dir, 'diff', base, head, '--', name);
    return diff.slice(diff.indexOf('@@'));
  };
  // Enough other files for a second page of 100, as a large pull request has.
  const others: StandInPullFile[] = Array.from({ length: 130 }, (_, i) => ({ filename: `docs/page-${i}.md`, status: 'added', patch: '@@ -0,0 +1 @@\n+x' }));
  const files: StandInPullFile[] = [
    ...others.slice(0, 70),
    { filename: 'connect/main.json', status: 'modified', patch: patchOf('connect/main.json') },
    { filename: 'connect/renamed.json', status: 'renamed', previous_filename: 'connect/old-name.json', patch: patchOf('connect/renamed.json') },
    ...others.slice(70),
  ];
  return { dir, base, head, files };
}

function eventFile(repository: Repository, fork = false): string {
  const eventPath = path.join(scratchFolder('hca-event-'), 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({
      pull_request: {
        number: 7,
        base: { sha: repository.base, repo: { full_name: 'acme/mappings' } },
        head: { sha: repository.head, repo: { full_name: fork ? 'someone/mappings' : 'acme/mappings' } },
      },
    }),
  );
  return eventPath;
}

function run(repository: Repository, github: GitHubStandIn, inputs: Record<string, string> = {}, fork = false) {
  return runAction(
    repository.dir,
    { files: 'connect/*.json', 'github-token': TOKEN, ...inputs },
    {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile(repository, fork),
      GITHUB_REPOSITORY: 'acme/mappings',
      GITHUB_API_URL: github.url,
      GITHUB_WORKFLOW: 'Mappings',
      GITHUB_RUN_ID: '42',
    },
  );
}

describe('the action on a pull request', () => {
  let repository: Repository;
  let github: GitHubStandIn;

  // The action reads the repository and never writes to it: one for every test.
  beforeAll(() => {
    repository = makeRepository();
  });
  beforeEach(async () => {
    github = await startGitHubStandIn({ token: TOKEN, owner: 'acme', repo: 'mappings', pulls: { 7: repository.files } });
  });
  afterEach(() => github.close());

  /** A fresh stand-in with the pull request's own files. */
  async function restart(): Promise<GitHubStandIn> {
    await github.close();
    github = await startGitHubStandIn({ token: TOKEN, owner: 'acme', repo: 'mappings', pulls: { 7: repository.files } });
    return github;
  }

  it('lints only the mapping files the pull request changed, changed lines first', async () => {
    const result = await run(repository, github);
    expect(result.stderr).toBe('');
    const files = new Set(result.annotations.map((a) => a.properties.file));
    expect(files).toEqual(new Set(['connect/main.json']));
    expect(result.outputs.files).toBe('2');
    // The read_write flip is on a changed line and comes first; the old polling finding follows.
    expect(result.annotations.map((a) => a.properties.title)).toEqual(['missing-upsert-field', 'polling-interval']);
    expect(result.exitCode).toBe(1);
    const listed = github.requests.filter((r) => r.url.startsWith('/repos/acme/mappings/pulls/7/files'));
    expect(listed.length).toBeGreaterThanOrEqual(2);
  });

  it('warns, at the file, when the pull request changes the configuration file that decides its own check', async () => {
    await github.close();
    const files = [...repository.files, { filename: '.heroku-connect.yml', status: 'added', patch: '@@ -0,0 +1 @@\n+fail-on: never' } as StandInPullFile];
    github = await startGitHubStandIn({ token: TOKEN, owner: 'acme', repo: 'mappings', pulls: { 7: files } });
    const result = await run(repository, github);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/changes \.heroku-connect\.yml, which decides how this check lints/),
        properties: expect.objectContaining({ file: '.heroku-connect.yml', title: 'Configuration changed' }),
      }),
    );
    expect((await run(repository, await restart())).annotations.filter((a) => a.properties.title === 'Configuration changed')).toEqual([]);
  });

  it('still lints every file when only-changed is false', async () => {
    const result = await run(repository, github, { 'only-changed': 'false' });
    expect(new Set(result.annotations.map((a) => a.properties.file))).toEqual(new Set(['connect/main.json', 'connect/legacy.json']));
  });

  it('plans what merging does: removed field, removed mapping, added mapping, access flip; key order is no change', async () => {
    const result = await run(repository, github);
    const plans = JSON.parse(result.outputs.plan!) as { path: string; status: string; changes: { kind: string; object: string; field?: string; consequence: string; care: boolean }[] }[];
    const main = plans.find((plan) => plan.path === 'connect/main.json')!;
    expect(main.changes.map((c) => [c.kind, c.object, c.field ?? ''])).toEqual(
      expect.arrayContaining([
        ['field-removed', 'Account', 'Fax'],
        ['access-changed', 'Contact', ''],
        ['mapping-removed', 'Lead', ''],
        ['mapping-added', 'Opportunity', ''],
      ]),
    );
    expect(main.changes).toHaveLength(4);
    const consequence = (kind: string) => main.changes.find((c) => c.kind === kind)!.consequence;
    expect(consequence('mapping-removed')).toMatch(/does not delete/);
    expect(consequence('mapping-removed')).toContain('heroku connect:mapping:delete Lead');
    expect(consequence('field-removed')).toMatch(/column/);
    expect(consequence('access-changed')).toMatch(/Salesforce/);
    expect(plans.find((plan) => plan.path === 'connect/renamed.json')).toMatchObject({ status: 'renamed', changes: [] });
    expect(result.summary).toContain('Heroku Connect mapping plan');
  });

  it('keeps exactly one comment, updated in place on the next run', async () => {
    await run(repository, github);
    expect(github.comments).toHaveLength(1);
    const first = github.comments[0]!;
    expect(first.body).toContain('<!-- heroku-connect-action:Mappings -->');
    expect(first.body).toContain('heroku connect:mapping:delete Lead');
    await run(repository, github);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.id).toBe(first.id);
    expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it("skips the comment with a notice on a fork's read-only token, and does not fail because of it", async () => {
    await github.close();
    github = await startGitHubStandIn({ token: TOKEN, owner: 'acme', repo: 'mappings', pulls: { 7: repository.files }, readOnly: true });
    const result = await run(repository, github, { 'fail-on': 'never' }, true);
    expect(github.comments).toHaveLength(0);
    expect(result.exitCode).toBe(0);
    expect(result.annotations).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'notice', message: expect.stringMatching(/read-only/) })]));
    // Only the runner's masking command may carry the token.
    expect(result.stdout.replace(`::add-mask::${TOKEN}\n`, '')).not.toContain(TOKEN);
    expect(result.summary).not.toContain(TOKEN);
  });

  it('falls back to git when the API cannot list the files', async () => {
    const result = await run(repository, { ...github, url: 'http://127.0.0.1:9' }, { comment: 'off' });
    expect(new Set(result.annotations.map((a) => a.properties.file))).toEqual(new Set(['connect/main.json']));
    // git finds the reformatted file too different to call it a rename: a removal and an addition.
    const plans = JSON.parse(result.outputs.plan!) as { path: string; status: string }[];
    expect(plans.map((plan) => [plan.path, plan.status]).sort()).toEqual([
      ['connect/main.json', 'modified'],
      ['connect/old-name.json', 'removed'],
      ['connect/renamed.json', 'added'],
    ]);
  });
});
