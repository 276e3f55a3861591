import { readFileSync, writeFileSync } from 'node:fs';
import { EOL } from 'node:os';
import path from 'node:path';
import { coreIO } from '../../src/action/io.js';
import { makeWorkspace } from '../../test-support/harness.js';

function runner() {
  const dir = makeWorkspace();
  const env = { GITHUB_OUTPUT: path.join(dir, 'output'), GITHUB_STEP_SUMMARY: path.join(dir, 'summary'), 'INPUT_FAIL-ON': '  warning \n' };
  writeFileSync(env.GITHUB_OUTPUT, '');
  let stdout = '';
  const io = coreIO(env, { write: (text: string) => (stdout += text) });
  return { io, env, stdout: () => stdout };
}

describe("the runner's IO", () => {
  it('reads an input from its variable, trimmed', () => {
    expect(runner().io.getInput('fail-on')).toBe('warning');
    expect(runner().io.getInput('files')).toBe('');
  });

  it('writes outputs to the output file with a delimiter no value can close early', () => {
    const { io, env } = runner();
    io.setOutput('plan', 'a\nghadelimiter\nerrors<<x');
    io.setOutput('errors', 2);
    const lines = readFileSync(env.GITHUB_OUTPUT, 'utf8').split(EOL);
    const delimiter = lines[0]!.replace(/^plan<</, '');
    expect(delimiter).toMatch(/^ghadelimiter_[a-z0-9]+$/);
    expect(lines.slice(1, 5)).toEqual(['a', 'ghadelimiter', 'errors<<x', delimiter]);
    expect(lines.slice(5)).toEqual(['errors<<ghadelimiter', '2', 'ghadelimiter', '']);
  });

  it('writes log lines, masks and groups as workflow commands that a name cannot break out of', async () => {
    const { io, stdout } = runner();
    io.setSecret('s3cret\n::error::x');
    io.info('::warning::not a command');
    expect(await io.group('Deploy\n::error::x', async () => 7)).toBe(7);
    expect(stdout().split(EOL)).toEqual(['::add-mask::s3cret%0A::error::x', ':\u200b:warning::not a command', '::group::Deploy\\n::error::x', '::endgroup::', '']);
  });

  it('appends to the job summary', async () => {
    const { io, env } = runner();
    await io.writeSummary('## One');
    await io.writeSummary('## Two');
    expect(readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')).toBe(`## One${EOL}## Two${EOL}`);
  });
});
