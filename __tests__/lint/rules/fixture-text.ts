import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DescribeIndex, type DescribedObject } from '../../../src/lint/describe/types.js';
import type { Finding } from '../../../src/core/types.js';
import { readTarget } from '../../../src/lint/discover.js';
import { defaultLintOptions, lintFile, type LintOptions } from '../../../src/lint/engine.js';

/**
 * fixtures/rules/<rule-id>/ holds small mapping files, and beside each one <file>.out: the text of
 * every finding that rule reports there, one a line (empty: it must stay silent). A describe/
 * subfolder holds sObject describe JSON used for every file of that folder. The fixtures test and
 * `npm run fixtures:update` both call fixtureText, so the stored text is exactly what the test compares.
 */
export const EXPECTED_SUFFIX = '.out';

/** Every entry of the folder but the describe data and the expected text (a dangling link included: unreadable-file needs one). */
export function fixtureFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name !== 'describe' && !name.endsWith(EXPECTED_SUFFIX))
    .sort();
}

export function expectedFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(EXPECTED_SUFFIX))
    .map((name) => name.slice(0, -EXPECTED_SUFFIX.length))
    .sort();
}

export function optionsFor(folder: string): LintOptions {
  const describe = new DescribeIndex();
  const describeFolder = join(folder, 'describe');
  if (existsSync(describeFolder)) {
    for (const file of readdirSync(describeFolder)) describe.add(JSON.parse(readFileSync(join(describeFolder, file), 'utf8')) as DescribedObject);
  }
  return { ...defaultLintOptions(), describe };
}

/** One finding as users read it in the plain listing: file:line:col level message [rule-id]. */
export function findingLine(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column} ${finding.level} ${finding.message.replace(/\n/g, '\\n')} [${finding.ruleId}]`;
}

/** The findings of rule ruleId in one fixture file, one a line, each line ending in a newline. */
export async function fixtureText(folder: string, ruleId: string, file: string, options: LintOptions = optionsFor(folder)): Promise<string> {
  // Read from disk as discovery reads it: that is what lets unreadable-file fire.
  const { findings } = await lintFile(readTarget({ file, absolutePath: join(folder, file), confinedTo: null }), options);
  return findings
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => `${findingLine(finding)}\n`)
    .join('');
}

/**
 * The public corpus of real mapping files (shared/heroku-connect-exports/ and its wild/ folder),
 * kept next to the repository and never copied into it. Beside the corpus test, corpus/<file>.out
 * holds every finding each file gets, one a line, each checked by hand against the sourced facts:
 * a new false alarm on a real file changes one of them.
 */
export const CORPUS_FROM_ROOT = ['..', 'shared', 'heroku-connect-exports'];
export const CORPUS_EXPECTED_FROM_ROOT = ['__tests__', 'lint', 'rules', 'corpus'];
const CORPUS_FOLDERS = ['', 'wild/'];

/** The corpus files, '/'-separated from the corpus folder (wild/ ones prefixed), sorted; none when it is absent. */
export function corpusFiles(corpus: string): string[] {
  if (!existsSync(corpus)) return [];
  return CORPUS_FOLDERS.flatMap((folder) =>
    existsSync(join(corpus, folder))
      ? readdirSync(join(corpus, folder))
          .filter((name) => /\.(json|ya?ml)$/.test(name))
          .map((name) => folder + name)
      : [],
  ).sort();
}

/** Every finding of every rule on one corpus file, with the default levels and no plan, one a line. */
export async function corpusText(corpus: string, file: string): Promise<string> {
  const { findings } = await lintFile(readTarget({ file, absolutePath: join(corpus, file), confinedTo: null }), defaultLintOptions());
  return findings.map((finding) => `${findingLine(finding)}\n`).join('');
}
