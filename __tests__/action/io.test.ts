import { coreIO, escapedForRunner } from '../../src/action/io.js';
import { parseAnnotations } from '../../test-support/harness.js';

/** What @actions/core writes to stdout while `fn` runs: the runner reads workflow commands there. */
function stdoutOf(fn: () => void): string {
  const written: string[] = [];
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  };
  try {
    fn();
  } finally {
    process.stdout.write = original;
  }
  return written.join('');
}

/** The action's view of the runner: @actions/core, escaped as run() escapes it. */
const runner = () => escapedForRunner(coreIO());

const INJECTION = 'Account\n::error file=README.md,line=1::pwned\r\n::add-mask::Id';
const DISPLAY = 'Thing\u001b[2J\u001b]8;;http://evil.example\u0007click\u001b]8;;\u0007\u202eCOD__c';

describe("the runner's IO (@actions/core)", () => {
  it('writes a log line with a name holding commands as one line that starts none', () => {
    const out = stdoutOf(() => runner().info(`Importing ${INJECTION}`));
    expect(out.trimEnd().split('\n')).toHaveLength(1);
    expect(out).not.toMatch(/^\s*::/m);
  });

  it('cannot be made to start a command even when a name opens the line', () => {
    const out = stdoutOf(() => runner().info('::add-mask::Id'));
    expect(out).not.toMatch(/^\s*::/m);
    expect(out).toContain('add-mask::Id');
  });

  it('writes one annotation for a message holding commands, and shows display controls as escapes', () => {
    const out = stdoutOf(() => runner().error(`${INJECTION} ${DISPLAY}`, { title: DISPLAY, file: 'a.json', startLine: 1 }));
    const commands = out.split('\n').filter((line) => line.startsWith('::'));
    expect(commands).toHaveLength(1);
    const [annotation] = parseAnnotations(out);
    expect(annotation!.properties.file).toBe('a.json');
    for (const text of [annotation!.message, annotation!.properties.title!]) expect(text).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(annotation!.message).toContain('Thing\\x1b[2J');
    expect(annotation!.properties.title).toContain('\\u202eCOD__c');
  });
});
