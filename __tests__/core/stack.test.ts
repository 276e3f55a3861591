import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mapStack } from '../../src/core/stack.js';
import { makeWorkspace } from '../../test-support/harness.js';

/** A bundle whose line 4, column 3 comes from line 3, column 3 of ../src/boom.ts. */
function bundleWithMap(): string {
  const dir = makeWorkspace({
    'dist/index.js': 'export function boom() {\n\n\n  throw new Error("boom");\n}\n',
    'dist/index.js.map': JSON.stringify({ version: 3, file: 'index.js', sources: ['../src/boom.ts'], names: [], mappings: 'AAAA;;;EAEE' }),
  });
  return path.join(dir, 'dist', 'index.js');
}

describe('mapStack', () => {
  it('points frames of a bundled file at the original source, by path or file URL', () => {
    const bundle = bundleWithMap();
    const source = path.resolve(path.dirname(bundle), '..', 'src', 'boom.ts');
    const stack = `Error: boom\n    at boom (${bundle}:4:3)\n    at ${pathToFileURL(bundle).href}:4:3`;
    expect(mapStack(stack)).toBe(`Error: boom\n    at boom (${source}:3:3)\n    at ${source}:3:3`);
  });

  it('leaves frames without a source map as they are', () => {
    const stack = 'Error: boom\n    at run (/nowhere/main.js:10:5)\n    at node:internal/process/task_queues:105:5';
    expect(mapStack(stack)).toBe(stack);
  });
});
