import { isRecord } from '../core/json.js';
import type { Finding } from '../core/types.js';
import type { FileRef } from './discover.js';
import { parseSource } from './parse/parse.js';
import { formatOf, readSource } from './parse/source.js';
import type { LintRun } from './run.js';
import { editDocument, type Edit } from './fix/edit.js';

/** One fix made (or to be made) in a file: the finding it answers, and what it adds, in words. */
export interface AppliedFix {
  finding: Finding;
  /** `added "IsDeleted": {} to the fields of Invoice__c` */
  change: string;
}

export interface FileFixes {
  ref: FileRef;
  /** The text as read, and as fixed: the same when the file was refused. */
  before: string;
  after: string;
  fixed: AppliedFix[];
  /** Why the file was left as it was, when its fixes could not be made without changing more than them. */
  refused?: string;
}

/**
 * The fixes of every finding the run reports (those an ignore entry silences are not findings, and
 * get none), made in the text of each file: read again, inside the folder the lint read it in, and
 * edited by the same format-preserving edits as drift's write-back. Nothing is written here.
 */
export async function planFixes(run: LintRun, fixes: ReadonlyMap<Finding, readonly Edit[]>): Promise<FileFixes[]> {
  const byFile = new Map<string, Finding[]>();
  for (const finding of run.findings) {
    if (!fixes.has(finding)) continue;
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  const planned: FileFixes[] = [];
  for (const ref of run.files) {
    const findings = byFile.get(ref.file);
    if (!findings) continue;
    const format = formatOf(ref.file);
    const read = readSource(ref.absolutePath, format, ref.confinedTo);
    if (!read.ok) {
      planned.push({ ref, before: '', after: '', fixed: [], refused: read.problem.message });
      continue;
    }
    const value = (await parseSource(read.text, format)).value;
    const { edits, fixed } = merged(findings, fixes, value);
    const edited = await editDocument(read.text, value, format, edits, 'the fixes');
    planned.push('refused' in edited ? { ref, before: read.text, after: read.text, fixed: [], refused: edited.refused } : { ref, before: read.text, after: edited.text, fixed });
  }
  return planned;
}

/**
 * The findings' edits as one list for the file. Two fixes that each create the same missing group
 * (a mapping with no fields, missing both Id and SystemModstamp) become one edit that creates it with
 * both; any other edit of a path another fix already changes is left out, with its finding.
 */
function merged(findings: readonly Finding[], fixes: ReadonlyMap<Finding, readonly Edit[]>, value: unknown): { edits: Edit[]; fixed: AppliedFix[] } {
  const byPath = new Map<string, Edit>();
  const fixed: AppliedFix[] = [];
  for (const finding of findings) {
    const own = fixes.get(finding)!;
    const clashes = own.some((edit) => {
      const earlier = byPath.get(JSON.stringify(edit.path));
      return earlier !== undefined && !(earlier.op === 'set' && edit.op === 'set' && isRecord(earlier.value) && isRecord(edit.value));
    });
    if (clashes) continue;
    for (const edit of own) {
      const key = JSON.stringify(edit.path);
      const earlier = byPath.get(key);
      if (earlier?.op === 'set' && edit.op === 'set') byPath.set(key, { ...edit, value: { ...(earlier.value as object), ...(edit.value as object) } });
      else byPath.set(key, edit);
    }
    fixed.push({ finding, change: own.map((edit) => described(edit, value)).join('; ') });
  }
  return { edits: [...byPath.values()], fixed };
}

/** What a fix's edit adds, in words: `added "Id": {} to the fields of Contact`. */
function described(edit: Edit, value: unknown): string {
  if (edit.op !== 'set') return `${edit.op === 'delete' ? 'removed' : 'appended to'} ${edit.path.join('.')}`;
  const [, index, , group, name] = edit.path;
  const mappings = isRecord(value) && Array.isArray(value.mappings) ? value.mappings : [];
  const mapping: unknown = typeof index === 'number' ? mappings[index] : undefined;
  const object = isRecord(mapping) && typeof mapping.object_name === 'string' ? mapping.object_name : `mapping #${Number(index) + 1}`;
  const entries = name === undefined ? Object.entries(edit.value as object) : [[name, edit.value] as const];
  return `added ${entries.map(([key, entry]) => `${JSON.stringify(key)}: ${shown(entry)}`).join(', ')} to the ${String(group)} of ${object}`;
}

/** A value as the rules' messages write one: `{}`, `{ "unique": true }`. */
function shown(value: unknown): string {
  if (!isRecord(value)) return JSON.stringify(value);
  const entries = Object.entries(value);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([key, entry]) => `${JSON.stringify(key)}: ${shown(entry)}`).join(', ')} }`;
}
