import { isRecord } from '../core/json.js';
import { formatOf, readSource } from '../lint/parse/source.js';
import { parseSource } from '../lint/parse/parse.js';
import { editDocument, saveEdited, type Edit } from '../lint/fix/edit.js';
import { planChanges, type PlanChange } from './diff.js';
import type { DeployFile } from './document.js';

type Key = Edit['path'][number];

export interface WriteBackResult {
  file: string;
  /** How many values changed; 0 when the file was already in step. */
  edits: number;
  /** Why the file was left as it was, when the edits could not be made without changing more than them. */
  refused?: string;
  /** Values the file keeps because live has them missing or of another type ("Account sf_polling_seconds: "300" (text) live"): writing those would break the file. */
  kept?: string[];
}

/** Mapping-config keys the plan compares, by change kind, whose live value replaces the file's. */
const SETTING_KEY: Partial<Record<PlanChange['kind'], string>> = {
  'access-changed': 'access',
  'upsert-field-set': 'upsert_field',
  'upsert-field-removed': 'upsert_field',
  'upsert-field-changed': 'upsert_field',
  'polling-interval-changed': 'sf_polling_seconds',
  'accelerated-polling-changed': 'sf_notify_enabled',
};

/**
 * Rewrites the files so that they say what the live export says, touching only what differs by
 * the plan's meaning: a JSON file keeps its indentation and key order (new keys go last), a YAML
 * file its comments, anchors and layout (the `yaml` Document API). A mapping only live goes into the
 * first file; a mapping no longer live leaves its file. Each result is parsed back and must equal
 * the intended document, else that file is left alone and says why (a value shared through a YAML
 * anchor or merge key, for one). The edits are made by src/lint/fix/edit.ts, as lint --fix makes its own.
 */
export async function writeBack(files: readonly DeployFile[], live: unknown): Promise<WriteBackResult[]> {
  const documents = await Promise.all(files.map(async (ref) => ({ ref, ...(await readFile(ref)) })));
  const where = new Map<string, { file: number; index: number }>();
  documents.forEach((document, file) => {
    const mappings = isRecord(document.value) && Array.isArray(document.value.mappings) ? document.value.mappings : [];
    mappings.forEach((mapping, index) => {
      if (isRecord(mapping) && typeof mapping.object_name === 'string') where.set(mapping.object_name.toLowerCase(), { file, index });
    });
  });
  const liveMappings = new Map<string, Record<string, unknown>>();
  if (isRecord(live) && Array.isArray(live.mappings))
    for (const mapping of live.mappings) if (isRecord(mapping) && typeof mapping.object_name === 'string') liveMappings.set(mapping.object_name.toLowerCase(), mapping);
  const merged = { mappings: documents.flatMap((document) => (isRecord(document.value) && Array.isArray(document.value.mappings) ? (document.value.mappings as unknown[]) : [])) };
  const edits = documents.map((): Edit[] => []);
  const kept = documents.map((): string[] => []);
  for (const change of planChanges(live, merged, { liveBase: true }).changes) {
    const key = change.object.toLowerCase();
    const liveMapping = liveMappings.get(key);
    const place = where.get(key);
    if (change.unreadable) {
      if (place) kept[place.file]!.push(`${change.object} ${change.unreadable.key}: ${change.unreadable.base} live`);
      continue;
    }
    if (change.kind === 'mapping-removed') {
      if (liveMapping && edits[0]) edits[0].push({ op: 'append', path: ['mappings'], value: withoutVolatile(liveMapping) });
      continue;
    }
    if (!place) continue;
    const at: Key[] = ['mappings', place.index];
    const list = edits[place.file]!;
    if (change.kind === 'mapping-added') {
      list.push({ op: 'delete', path: at });
      continue;
    }
    const config = isRecord(liveMapping?.config) ? liveMapping.config : {};
    const setting = SETTING_KEY[change.kind];
    if (setting !== undefined) {
      const value = config[setting];
      list.push(value === undefined ? { op: 'delete', path: [...at, 'config', setting] } : { op: 'set', path: [...at, 'config', setting], value });
      continue;
    }
    const group = change.kind.startsWith('field') ? 'fields' : 'indexes';
    const liveGroup = isRecord(config[group]) ? config[group] : {};
    const field = change.field!;
    if (change.kind === 'field-removed' || change.kind === 'index-removed') list.push({ op: 'set', path: [...at, 'config', group, field], value: liveGroup[field] ?? {} });
    else if (change.kind === 'field-added' || change.kind === 'index-added') list.push({ op: 'delete', path: [...at, 'config', group, field] });
    else if (change.kind === 'index-uniqueness-changed') list.push({ op: 'set', path: [...at, 'config', group, field, 'unique'], value: change.from });
  }
  const results: WriteBackResult[] = [];
  for (const [i, document] of documents.entries()) {
    const fileEdits = edits[i]!;
    const keptValues = kept[i]!.length > 0 ? { kept: kept[i]! } : {};
    if (fileEdits.length === 0) {
      results.push({ file: document.ref.file, edits: 0, ...keptValues });
      continue;
    }
    // The drift check reads every file first and stops at one it cannot read; this keeps a file that changed since from breaking the write.
    if (!isRecord(document.value) || !Array.isArray(document.value.mappings)) {
      results.push({ file: document.ref.file, edits: 0, refused: 'it can no longer be read as a mapping file', ...keptValues });
      continue;
    }
    const edited = await editDocument(document.text, document.value, formatOf(document.ref.file), fileEdits, 'the drifted values');
    if ('refused' in edited) {
      results.push({ file: document.ref.file, edits: 0, refused: edited.refused, ...keptValues });
      continue;
    }
    await saveEdited(document.ref, edited.text);
    results.push({ file: document.ref.file, edits: fileEdits.length, ...keptValues });
  }
  return results;
}

async function readFile(ref: DeployFile): Promise<{ text: string; value: unknown }> {
  const format = formatOf(ref.file);
  const read = readSource(ref.absolutePath, format, ref.confinedTo);
  if (!read.ok) return { text: '', value: undefined };
  return { text: read.text, value: (await parseSource(read.text, format)).value };
}

function withoutVolatile(mapping: Record<string, unknown>): Record<string, unknown> {
  if (!isRecord(mapping.config)) return mapping;
  const { applied_at: _applied, revision: _revision, ...config } = mapping.config;
  return { ...mapping, config };
}
