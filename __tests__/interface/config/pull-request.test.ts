import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startGitHubStandIn, type GitHubStandIn, type StandInPullFile } from '../../../test-support/github-stand-in.js';
import { makeWorkspace, runAction } from '../../../test-support/harness.js';
import { scratchFolder } from '../../../test-support/scratch.js';

const TOKEN = 'ghs_config_review_token_0123456789';
const BASE_SHA = 'b'.repeat(40);
/** Polls every 30 s: an error of the polling-interval rule. */
const TOO_FAST = `${JSON.stringify({ mappings: [{ object_name: 'Account', config: { access: 'read_only', sf_notify_enabled: false, sf_polling_seconds: 30, fields: { Id: {}, IsDeleted: {}, SystemModstamp: {}, Name: {} } } }], version: 1 }, null, 4)}\n`;

let github: GitHubStandIn | undefined;
afterEach(async () => {
  await github?.close();
  github = undefined;
});

/** A pull request run in a workspace that is no git repository, so the base is read through the contents API. */
async function pullRequestRun(workspace: string, options: { files?: StandInPullFile[]; base?: Record<string, string> }) {
  github = await startGitHubStandIn({
    token: TOKEN,
    owner: 'acme',
    repo: 'mappings',
    pulls: { 7: options.files ?? [] },
    contents: { [BASE_SHA]: options.base ?? {} },
    // The file list cannot be read when none is given; git cannot stand in, as there is no repository.
    ...(options.files === undefined && { faults: [{ path: /\/pulls\/7\/files$/, status: 403, message: 'Resource not accessible by integration' }] }),
  });
  const eventPath = path.join(scratchFolder('hca-event-'), 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({ pull_request: { number: 7, base: { sha: BASE_SHA, repo: { full_name: 'acme/mappings' } }, head: { sha: 'c'.repeat(40), repo: { full_name: 'acme/mappings' } } } }),
  );
  return runAction(
    workspace,
    { files: '*.json', 'github-token': TOKEN },
    { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'acme/mappings', GITHUB_API_URL: github.url },
  );
}

const warningsAbout = (result: Awaited<ReturnType<typeof pullRequestRun>>) => result.annotations.filter((a) => a.properties.title === 'Configuration changed');

describe('a pull request that may have changed the configuration file', () => {
  it('takes fail-on from the base branch when the changed files cannot be listed, and says so at the file and in the summary', async () => {
    const workspace = makeWorkspace({ '.heroku-connect.yml': 'fail-on: never\n', 'mappings.json': TOO_FAST });
    const result = await pullRequestRun(workspace, {});
    expect(result.exitCode).toBe(1);
    const message =
      'This pull request may change .heroku-connect.yml (its changed files could not be listed), which decides how this check lints. ' +
      "Until it merges, what would relax the check comes from the base branch instead: fail-on never (the base branch's is error).";
    expect(warningsAbout(result)).toEqual([expect.objectContaining({ level: 'warning', message, properties: expect.objectContaining({ file: '.heroku-connect.yml' }) })]);
    expect(result.summary).toContain(`> [!WARNING]\n> ${message.replace("'", '&#39;')}\n\n## Heroku Connect mapping lint`);
    expect(result.stdout).toContain('Failing: findings reach fail-on "error".');
  });

  it('keeps what the base branch has too, and says only in the log that it looked', async () => {
    const workspace = makeWorkspace({ '.heroku-connect.yml': 'fail-on: never\n', 'mappings.json': TOO_FAST });
    const result = await pullRequestRun(workspace, { base: { '.heroku-connect.yml': 'fail-on: never\n' } });
    expect(result.exitCode).toBe(0);
    expect(warningsAbout(result)).toEqual([]);
    expect(result.stdout).toContain("Nothing in it relaxes the check beyond the base branch's configuration.");
  });

  it("reads the base version of a symlink's target, and names the target the pull request changes", async () => {
    const workspace = makeWorkspace({ 'config/lint.yml': 'fail-on: never\nrules:\n  polling-interval: off\n', 'mappings.json': TOO_FAST });
    symlinkSync('config/lint.yml', path.join(workspace, '.heroku-connect.yml'));
    const files: StandInPullFile[] = [
      { filename: 'config/lint.yml', status: 'modified', patch: '@@ -1 +1 @@\n-fail-on: warning\n+fail-on: never' },
      { filename: 'mappings.json', status: 'added' },
    ];
    const result = await pullRequestRun(workspace, { files, base: { 'config/lint.yml': 'fail-on: warning\n' } });
    expect(result.exitCode).toBe(1);
    expect(warningsAbout(result)[0]!.message).toBe(
      'This pull request may change .heroku-connect.yml (it is a symlink to config/lint.yml, which the pull request changes), which decides how this check lints. ' +
        "Until it merges, what would relax the check comes from the base branch instead: fail-on never (the base branch's is warning); rule polling-interval off (the base branch's is error).",
    );
  });

  it('only logs that it looked when a symlinked file relaxes nothing the base branch does not', async () => {
    const workspace = makeWorkspace({ 'config/lint.yml': 'fail-on: never\n', 'mappings.json': TOO_FAST });
    symlinkSync('config/lint.yml', path.join(workspace, '.heroku-connect.yml'));
    const result = await pullRequestRun(workspace, { files: [{ filename: 'mappings.json', status: 'added' }], base: { 'config/lint.yml': 'fail-on: never\n' } });
    expect(warningsAbout(result)).toEqual([]);
    expect(result.stdout).toContain('This pull request may change .heroku-connect.yml (it is a symlink to config/lint.yml), which decides how this check lints');
    expect(result.exitCode).toBe(0);
  });

  it('names ten of the settings it holds back and counts the rest', async () => {
    const ignores = Array.from({ length: 12 }, (_, i) => `  - rule: bulk-limit\n    object: Object${i}__c\n    reason: accepted\n`).join('');
    const workspace = makeWorkspace({ '.heroku-connect.yml': `ignore:\n${ignores}`, 'mappings.json': TOO_FAST });
    const message = warningsAbout(await pullRequestRun(workspace, {}))[0]!.message;
    expect(message).toContain('the ignore of bulk-limit on Object9__c (.heroku-connect.yml:29), which the base branch does not have; and 2 more.');
    expect(message).not.toContain('Object10__c');
  });

  it("holds the check to the defaults when the base branch's configuration cannot be read, and says why", async () => {
    const workspace = makeWorkspace({ '.heroku-connect.yml': 'fail-on: never\n', 'mappings.json': TOO_FAST });
    const result = await pullRequestRun(workspace, { base: { '.heroku-connect.yml': 'fail-on: [never]\n' } });
    expect(result.exitCode).toBe(1);
    expect(warningsAbout(result)[0]!.message).toMatch(
      /fail-on never \(the base branch's is error\)\. The base branch's configuration could not be read \(\.heroku-connect\.yml:1:\d+: "fail-on" must be/,
    );
  });
});
