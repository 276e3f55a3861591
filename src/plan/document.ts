import { type ExportDocument, type ExportMapping } from '../clients/connect/types.js';
import { sameJson } from '../core/json.js';
import { ConfigurationError } from '../core/errors.js';
import { formatOf, readSource } from '../lint/parse/source.js';
import { parseSource } from '../lint/parse/parse.js';
import type { FileRef } from '../lint/discover.js';
import { isRecord } from '../core/json.js';

/** A linted file: `file` as shown to the user, read inside the folder the lint read it in. */
export type DeployFile = FileRef;

/** The connection-section keys kept as written; several files must agree on them, or which one applies is a guess. */
const KEPT_CONNECTION_KEYS = ['features', 'api_version', 'logplex_log_enabled'] as const;

/**
 * Reads the selected mapping files (JSON or YAML) into the one document the import takes: every
 * mapping, the first `connection` section, `version` 1. An object mapped twice, in one file or in
 * two, is refused, since the import would keep one of them without saying which.
 */
export async function mergeMappingFiles(files: readonly DeployFile[]): Promise<ExportDocument> {
  if (files.length === 0) throw new ConfigurationError('There is no mapping file to deploy: the files selected for the lint matched none.');
  const mappings: ExportMapping[] = [];
  const mappedIn = new Map<string, string>();
  let connection: { section: Record<string, unknown>; file: string } | undefined;
  for (const ref of files) {
    const { file } = ref;
    const document = await readDocument(ref);
    document.mappings.forEach((mapping, i) => {
      if (!isRecord(mapping) || typeof mapping.object_name !== 'string' || mapping.object_name === '') {
        throw new ConfigurationError(`Mapping ${i + 1} in "${file}" has no object_name, so it cannot be imported.`);
      }
      // Salesforce object names are case-insensitive, and so is Connect's lookup of a mapping.
      const key = mapping.object_name.toLowerCase();
      const earlier = mappedIn.get(key);
      if (earlier !== undefined) {
        const where = earlier === file ? `twice in "${file}"` : `in both "${earlier}" and "${file}"`;
        throw new ConfigurationError(`Object "${mapping.object_name}" is mapped ${where}. A connection has one mapping per object: keep one of them.`);
      }
      mappedIn.set(key, file);
      mappings.push(mapping);
    });
    if (!isRecord(document.connection)) continue;
    if (connection === undefined) {
      connection = { section: document.connection, file };
      continue;
    }
    const differing = KEPT_CONNECTION_KEYS.filter((key) => !sameJson(connection!.section[key], document.connection![key]));
    if (differing.length > 0) {
      throw new ConfigurationError(
        `The "connection" sections of "${connection.file}" and "${file}" differ in ${differing.join(', ')}; one import can carry only one. ` +
          'Make them agree, or remove the section from all but one file.',
      );
    }
  }
  return { mappings, ...(connection && { connection: connection.section }), version: 1 };
}

async function readDocument({ file, absolutePath, confinedTo }: DeployFile): Promise<ExportDocument> {
  const format = formatOf(file);
  const read = readSource(absolutePath, format, confinedTo);
  if (!read.ok) throw new ConfigurationError(`"${file}" cannot be deployed: ${read.problem.message}`);
  const parsed = await parseSource(read.text, format);
  const value = parsed.value;
  if (value === undefined) {
    throw new ConfigurationError(`"${file}" cannot be deployed: ${parsed.problems[0]?.message ?? 'it does not parse.'}`);
  }
  if (!isRecord(value) || !Array.isArray(value.mappings)) {
    throw new ConfigurationError(`"${file}" cannot be deployed: it has no top-level "mappings" list, so it is not a Heroku Connect mapping file.`);
  }
  return value as ExportDocument;
}
