import { jest } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import * as toolkit from '../../../src/core/output/toolkit.js';
import { scratchFolder } from '../../../test-support/scratch.js';

type Toolkit = Omit<typeof toolkit, 'loadSummary'>;

/** Everything one toolkit writes for the same calls: stdout and the output file, delimiters made equal. */
async function written(kit: Toolkit): Promise<{ stdout: string; outputs: string; input: string }> {
  const outputFile = path.join(scratchFolder('hca-toolkit-'), 'output');
  writeFileSync(outputFile, '');
  const saved = { ...process.env };
  Object.assign(process.env, { GITHUB_OUTPUT: outputFile, 'INPUT_FAIL-ON': '  warning \n', INPUT_SOME_NAME: 'x' });
  let stdout = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  try {
    kit.setSecret('s3cret');
    kit.setOutput('plan', 'line one\nline two');
    kit.setOutput('errors', 3);
    kit.info('plain %0A text');
    kit.debug('a\nb:c,d%');
    kit.error('broken\r\nline', { title: 'rule:id,x', file: 'a b.json', startLine: 2, endLine: 3, startColumn: 4, endColumn: 5 });
    kit.warning('careful');
    kit.notice('fyi', { file: 'x.json' });
    await kit.group('a group', async () => kit.info('inside'));
    const input = `${kit.getInput('fail-on')}|${kit.getInput('some name')}|${kit.getInput('missing')}`;
    const delimiters = /ghadelimiter_[0-9a-f-]+/g;
    return { stdout, outputs: readFileSync(outputFile, 'utf8').replace(delimiters, 'DELIMITER'), input };
  } finally {
    spy.mockRestore();
    process.env = saved;
  }
}

describe("the runner's toolkit", () => {
  it("writes exactly what @actions/core's index writes, for every function the action uses", async () => {
    const ours = await written(toolkit);
    expect(ours).toEqual(await written(core));
    // Not vacuous: the calls wrote commands and outputs.
    expect(ours.stdout).toContain('::error title=rule%3Aid%2Cx,file=a b.json,line=2,endLine=3,col=4,endColumn=5::broken%0D%0Aline');
    expect(ours.outputs).toContain('plan<<DELIMITER');
    expect(ours.input).toBe('warning|x|');
  });

  it("writes the job summary through @actions/core's own summary, not a copy", async () => {
    expect(await toolkit.loadSummary()).toBe(core.summary);
  });
});
