// Rewrites fixtures/rules/<rule>/<file>.out with the findings each fixture produces now, so that a
// change of wording shows as a diff to review. It bundles the same TypeScript helper the fixtures
// test calls (esbuild, in memory), so the text written is byte for byte the text the test compares.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'fixtures', 'rules');
// Inside node_modules, so that the bundle resolves the dependencies it leaves external.
const cache = join(root, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const scratch = mkdtempSync(join(cache, 'hca-fixtures-'));
try {
  const bundle = join(scratch, 'fixture-text.mjs');
  await build({
    entryPoints: [join(root, '__tests__', 'lint', 'rules', 'fixture-text.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: bundle,
    logLevel: 'warning',
  });
  const { CORPUS_FROM_ROOT, CORPUS_EXPECTED_FROM_ROOT, EXPECTED_SUFFIX, corpusFiles, corpusText, fixtureFiles, fixtureText, optionsFor } = await import(pathToFileURL(bundle).href);
  let changed = 0;
  for (const ruleId of readdirSync(fixtures).sort()) {
    const folder = join(fixtures, ruleId);
    if (!statSync(folder).isDirectory()) continue;
    for (const stale of readdirSync(folder).filter((name) => name.endsWith(EXPECTED_SUFFIX))) rmSync(join(folder, stale));
    const options = optionsFor(folder);
    for (const file of fixtureFiles(folder)) {
      writeFileSync(join(folder, file + EXPECTED_SUFFIX), await fixtureText(folder, ruleId, file, options));
      changed++;
    }
  }
  console.log(`Wrote ${changed} expected files under fixtures/rules/: review them with git diff.`);
  // The corpus's expected findings, when the corpus is there: every line of them was checked by hand, so review each change.
  const corpus = join(root, ...CORPUS_FROM_ROOT);
  const expected = join(root, ...CORPUS_EXPECTED_FROM_ROOT);
  const files = corpusFiles(corpus);
  if (files.length === 0) {
    console.log(`Left the corpus's expected findings as they are: ${corpus} does not exist.`);
  } else {
    rmSync(expected, { recursive: true, force: true });
    for (const file of files) {
      const out = join(expected, file + EXPECTED_SUFFIX);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, await corpusText(corpus, file));
    }
    console.log(`Wrote ${files.length} expected files under ${expected}: check every new finding against the sources.`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
