import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../test-support/harness.js';

const SRC = path.join(REPO_ROOT, 'src');
/** The calls that create or change a file; only the sink may make them. */
const WRITES =
  /\b(writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|writeSync|copyFile|copyFileSync|rename|renameSync|mkdir|mkdirSync|mkdtemp|mkdtempSync)\s*\(|O_WRONLY|O_RDWR|O_CREAT/;

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [path.relative(SRC, full)] : [];
  });
}

describe('the one file sink', () => {
  it('is the only module of src/ that creates or changes a file (the Connect stand-in, a test tool, aside)', () => {
    const code = (file: string) => readFileSync(path.join(SRC, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const writers = sourceFiles().filter((file) => !file.startsWith(`stand-in${path.sep}`) && WRITES.test(code(file)));
    expect(writers).toEqual([path.join('core', 'fs', 'write.ts')]);
  });
});
