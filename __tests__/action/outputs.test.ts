import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { OUTPUTS, OUTPUT_NAMES } from '../../src/interface/commands/outputs.js';
import { REPO_ROOT } from '../../test-support/harness.js';

const SRC = path.join(REPO_ROOT, 'src');

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The runner's own setOutput and the one place that forwards a checked name to it: the rest name an output. */
const FORWARDERS = new Set(['core/output/toolkit.ts', 'action/io.ts']);

/** Each `setOutput(` call of src/ outside the forwarders, as its file and its first argument's text. */
function setOutputCalls(): { file: string; name: string }[] {
  return sourceFiles()
    .map((file) => path.relative(SRC, file).split(path.sep).join('/'))
    .filter((file) => !FORWARDERS.has(file))
    .flatMap((file) => [...readFileSync(path.join(SRC, file), 'utf8').matchAll(/\bsetOutput\(\s*([^,)]*)/g)].map((match) => ({ file, name: match[1]!.trim() })));
}

describe('the outputs table', () => {
  const calls = setOutputCalls();

  it('finds the calls that set outputs (the scan itself works)', () => {
    expect(calls.length).toBeGreaterThanOrEqual(OUTPUTS.length);
  });

  it('declares every output the code sets, each named by a literal the types check', () => {
    const undeclared = calls.filter(({ name }) => !/^'[^']+'$/.test(name) || !OUTPUT_NAMES.has(name.slice(1, -1)));
    expect(undeclared).toEqual([]);
  });

  it('declares only outputs the code sets', () => {
    const set = new Set(calls.map(({ name }) => name.slice(1, -1)));
    expect(OUTPUTS.map((spec) => spec.name).filter((name) => !set.has(name))).toEqual([]);
  });
});
