import { ConfigurationError } from '../core/errors.js';
import { formatCount } from '../core/text.js';
import { diffLine, terminalText } from '../core/output/escape.js';
import type { Finding } from '../core/types.js';
import { readTarget, readTargetFrom, type FileRef } from '../lint/discover.js';
import { unifiedDiff } from '../lint/fix/diff.js';
import { saveEdited, type Edit } from '../lint/fix/edit.js';
import { planFixes } from '../lint/apply-fixes.js';
import { lintTargets, type LintedRun, type LintRequest, type LintRun } from '../lint/run.js';
import type { CliIO } from './shared.js';

/**
 * lint --fix and --fix-dry-run, after the lint: the certain fixes of the findings (each rule's
 * `fix`), made in each file's text with its form kept, then the files linted again as fixed, so
 * that the report says what is left. --fix writes the files through the one writing sink; the dry
 * run writes nothing and gives the unified diff instead. Each fix made is a line on stderr.
 */
export async function fixFindings(run: LintedRun, request: LintRequest, fixes: ReadonlyMap<Finding, readonly Edit[]>, dryRun: boolean, io: CliIO): Promise<{ run: LintRun; diff?: string }> {
  const planned = await planFixes(run, fixes);
  const verb = dryRun ? 'would fix' : 'fixed';
  let count = 0;
  for (const file of planned) {
    if (file.refused !== undefined) {
      io.stderr.write(`warning: ${terminalText(file.ref.file)} is not fixed: ${terminalText(file.refused)}.\n`);
      continue;
    }
    if (!dryRun) {
      // A file the sink will not write (a link, a folder on the way that is one) is left as it is, and the others are still fixed.
      const refused = await saved(file.ref, file.after);
      if (refused !== undefined) {
        io.stderr.write(`warning: ${terminalText(file.ref.file)} is not fixed: ${terminalText(refused)}\n`);
        file.after = file.before;
        file.fixed = [];
        continue;
      }
    }
    for (const { finding, change } of file.fixed) io.stderr.write(`${verb} ${terminalText(`${finding.file}:${finding.line}:${finding.column} ${finding.ruleId}: ${change}`)}\n`);
    count += file.fixed.length;
  }
  const files = planned.filter((file) => file.fixed.length > 0).length;
  const after = new Map(planned.filter((file) => file.refused === undefined).map((file) => [file.ref.absolutePath, file.after]));
  // The same files again, as fixed (in memory for the dry run): their findings are what is left.
  const targets = run.files.map((ref) => (after.has(ref.absolutePath) ? readTargetFrom(ref, { ok: true, bytes: Buffer.from(after.get(ref.absolutePath)!) }) : readTarget(ref)));
  // With the first lint's options: the describe data is neither read nor asked of Salesforce again, and that lint's warnings are not said twice.
  const left = targets.length === 0 ? run : await lintTargets(targets, { ...run.options, fixes: undefined }, request.ignores);
  const summary = `${dryRun ? 'Would fix' : 'Fixed'} ${formatCount(count)} finding${count === 1 ? '' : 's'} in ${formatCount(files)} file${files === 1 ? '' : 's'}`;
  io.stderr.write(`${summary}; ${formatCount(left.findings.length)} left${dryRun ? ' (--fix-dry-run writes nothing)' : ''}.\n`);
  if (!dryRun) return { run: left };
  return { run: left, diff: planned.map((file) => unifiedDiff(file.ref.file, file.before, file.after, diffLine)).join('') };
}

/** Why the sink would not write the file (a configuration error, such as a link on the way), or undefined once it is written. */
async function saved(ref: FileRef, text: string): Promise<string | undefined> {
  try {
    await saveEdited(ref, text);
    return undefined;
  } catch (error) {
    if (error instanceof ConfigurationError) return error.message;
    throw error;
  }
}
