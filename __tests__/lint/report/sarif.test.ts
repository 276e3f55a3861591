import type { Finding } from '../../../src/core/types.js';
import { toSarif } from '../../../src/lint/report/sarif.js';
import { HOSTILE, RAW_CONTROL } from '../../../test-support/hostile-inputs.mjs';

interface SarifRun {
  columnKind: string;
  results: { message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startColumn: number } } }[] }[];
}

const sarifOf = (findings: Finding[]) => (toSarif(findings) as { runs: SarifRun[] }).runs[0]!;
const finding = (over: Partial<Finding>): Finding => ({ ruleId: 'schema', level: 'error', message: 'm', file: 'a.json', line: 1, column: 1, ...over });

describe('toSarif', () => {
  it('declares the columns it gives: UTF-16 code units, as the lint counts them', () => {
    // The lint's column after "😀" (two UTF-16 code units) is 4; in code points it would be 3.
    const run = sarifOf([finding({ column: 4 })]);
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.results[0]!.locations[0]!.physicalLocation.region.startColumn).toBe(4);
  });

  it('percent-encodes file URIs segment by segment, keeping the slashes', () => {
    const uri = (file: string) => sarifOf([finding({ file })]).results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(uri('maps/hc_?q=1#frag.json')).toBe('maps/hc_%3Fq%3D1%23frag.json');
    expect(uri('dir with space/100%/é.json')).toBe('dir%20with%20space/100%25/%C3%A9.json');
    expect(new URL(uri('maps/hc_?q=1#frag.json'), 'file:///w/').pathname).toBe('/w/maps/hc_%3Fq%3D1%23frag.json');
  });

  it('shows control and bidi characters in messages and escapes embedded-link brackets', () => {
    const run = sarifOf([finding({ message: `Unknown field "${HOSTILE.osc8Link}${HOSTILE.bidi}" ${HOSTILE.javascriptLink}` })]);
    const text = run.results[0]!.message.text;
    expect(text).not.toMatch(RAW_CONTROL);
    expect(text).toContain('\\x1b\\]8;;http://evil\\x07click');
    expect(text).toContain('\\[x\\](javascript:alert(1))');
  });
});
