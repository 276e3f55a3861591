import path from 'node:path';
import { cleanEnv, REPO_ROOT, runProcess } from '../../../test-support/harness.js';
import { slowTests } from '../../../test-support/slow.js';

slowTests('npm run demo (end to end: the built CLI and stand-in, on the real clock)', () => {
  it('deploys the bundled example to the stand-in through the built CLI and exits 0', async () => {
    const result = await runProcess([path.join(REPO_ROOT, 'scripts/demo.mjs')], { cwd: REPO_ROOT, env: cleanEnv() });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Deployed to connection "herokuconnect-example-12345" of app "example-app" .*; the live configuration matches the files\.$/m);
    expect(result.stdout).toMatch(/^Heroku Connect diagnose: 0 error\(s\), 1 warning\(s\), \d+ passed, 0 skipped$/m);
    expect(result.stdout).toMatch(/^ {2}examples\/heroku-connect\.json:1:1 warning SHOULD_HAVE_LOG_DRAIN: /m);
    expect(result.stdout).toMatch(/^New write errors since the import: 1$/m);
    expect(result.stdout).toMatch(/^1 write error\(s\) in the last 1h:\n {2}property__c \(1\)$/m);
    expect(result.stdout).toMatch(/^ {2}Property__c {2}DATA_SYNCED/m);
    expect(result.stderr).toMatch(/\[stand-in\] POST \/auth\/example-app → 200/);
    expect(result.stderr).toMatch(/connection: IDLE → IMPORT_CONFIGURATION/);
    expect(result.stderr).toMatch(/The deploy succeeded \(exit code 0\)\./);
  }, 60_000);
});
