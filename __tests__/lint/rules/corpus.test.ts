import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_EXPECTED_FROM_ROOT, CORPUS_FROM_ROOT, EXPECTED_SUFFIX, corpusFiles, corpusText } from './fixture-text.js';

/**
 * The public corpus of real mapping files (22 of them, 2014 to 2025), kept next to the repository and
 * never copied into it. Each file's findings are compared, as users read them, with corpus/<file>.out
 * beside this test: every line there was checked by hand against the sourced facts, so a new false
 * alarm on a real file fails here. `npm run fixtures:update` rewrites them; review every changed line.
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CORPUS = join(ROOT, ...CORPUS_FROM_ROOT);
const EXPECTED = join(ROOT, ...CORPUS_EXPECTED_FROM_ROOT);
const files = corpusFiles(CORPUS);

function expectedFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return expectedFiles(path);
    return name.endsWith(EXPECTED_SUFFIX) ? [relative(EXPECTED, path).split(sep).join('/').slice(0, -EXPECTED_SUFFIX.length)] : [];
  });
}

if (!existsSync(CORPUS)) {
  console.log(`Skipping the corpus tests: ${CORPUS} does not exist.`);
  // jest refuses it.each over an empty table even in a skipped block, so the suite is not declared at all.
  it.skip(`lints the real mapping files in ${CORPUS}`, () => {});
} else {
  describe('the corpus of real mapping files', () => {
    it('has an expected-findings file for every corpus file, and no other', () => {
      expect(files).toHaveLength(22);
      expect(expectedFiles(EXPECTED).sort()).toEqual(files);
    });

    it.each(files)('%s gets exactly its expected findings', async (file) => {
      expect(await corpusText(CORPUS, file)).toBe(readFileSync(join(EXPECTED, file + EXPECTED_SUFFIX), 'utf8'));
    });

    it.each(files)('%s: every finding sits on a real line, on a token of it', async (file) => {
      const lines = readFileSync(join(CORPUS, file), 'utf8').split('\n');
      for (const line of (await corpusText(CORPUS, file)).split('\n').filter(Boolean)) {
        const [, row, column] = /^\S+?:(\d+):(\d+) /.exec(line)!;
        const text = lines[Number(row) - 1];
        expect(text).toBeDefined();
        expect(text!.slice(Number(column) - 1).trim()).not.toBe('');
      }
    });

    it('has none of the false classes the corpus showed', async () => {
      const all = (await Promise.all(files.map((file) => corpusText(CORPUS, file)))).join('');
      // A null Heroku writes (an unauthorised connection's organization_id) is not a schema error.
      expect(all).not.toContain('"connection.organization_id" must be');
      // A missing config is the schema's one finding: the fields beside object_name are not called unmapped.
      expect(all).not.toMatch(/ggn-rails-hc_Salesforce\.yaml:\S+ \S+ Account does not map/);
      // "ID" is not taken for "Id" in silence.
      expect(all).toMatch(/django-heroku-connect-sample__schema\.json:\S+ warning User maps "ID", but Salesforce spells the field Id\./);
      // A mapping with LastModifiedDate and no SystemModstamp, which Connect built and synced, is not an error.
      expect(all).toMatch(/ggn-hcdemo_connect_config\.json:\S+ warning Account does not map SystemModstamp/);
      // 20,000 changed records is Heroku's figure for LeadHistory and Attachment only.
      expect(all).not.toMatch(/AcceptedEventRelation .*20,000/);
    });
  });
}
