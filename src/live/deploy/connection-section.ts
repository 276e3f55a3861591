import type { ConnectionDetail } from '../../clients/connect/types.js';
import { isRecord, sameJson } from '../../core/json.js';

/** One way the file's `connection` section differs from the connection it is deployed to. */
export interface SectionDifference {
  /** Dotted, as in the file: `app_name`, `features.poll_db_no_merge`. */
  field: string;
  file: unknown;
  connection: unknown;
  /** Identity fields are rewritten to the target's; settings are imported as written. */
  action: 'rewritten' | 'kept';
  /** notice where the difference may change what the mappings can do; info otherwise. */
  level: 'info' | 'notice';
  message: string;
}

export interface AlignedSection {
  section: Record<string, unknown>;
  differences: SectionDifference[];
}

/**
 * Makes the file's `connection` section describe the connection it is imported into, as Heroku's
 * guide asks: exports carry the source connection's identity (often placeholders such as CHANGE-ME).
 * `app_name`, `organization_id` and `name` are taken from the target's detail; `features`,
 * `api_version` and `logplex_log_enabled` stay as written (whether the import applies them is not
 * documented). Every field that differs from the target is reported either way.
 */
export function alignConnectionSection(section: Record<string, unknown>, target: ConnectionDetail): AlignedSection {
  const aligned = { ...section };
  const differences: SectionDifference[] = [];
  const identity: [string, unknown][] = [
    ['app_name', target.app_name],
    ['organization_id', target.organization_id || target.sf_info?.organization_id],
    ['name', target.name],
  ];
  for (const [field, value] of identity) {
    // A target without the value (a field the API stopped sending) leaves the file's as it is.
    if (typeof value !== 'string' || value === '' || value === section[field]) continue;
    aligned[field] = value;
    differences.push({
      field,
      file: section[field],
      connection: value,
      action: 'rewritten',
      level: 'info',
      message: `connection.${field} is ${show(section[field])} in the file and ${show(value)} on the connection; imported as ${show(value)}.`,
    });
  }
  const apiVersion = target.sf_info?.api_version ?? target.api_version;
  if (section.api_version !== undefined && apiVersion !== undefined && String(section.api_version) !== String(apiVersion)) {
    differences.push({
      field: 'api_version',
      file: section.api_version,
      connection: apiVersion,
      action: 'kept',
      level: 'notice',
      message:
        `The file was exported at Salesforce API ${String(section.api_version)}; the connection uses ${apiVersion}. ` +
        "The fields available to a mapping differ between API versions: check that every mapped field exists at the connection's version.",
    });
  }
  if (isRecord(section.features) && isRecord(target.features)) {
    for (const [feature, value] of Object.entries(section.features)) {
      const live = target.features[feature];
      if (live === undefined || sameJson(value, live)) continue;
      differences.push(kept(`features.${feature}`, value, live));
    }
  }
  if (section.logplex_log_enabled !== undefined && target.logplex_log_enabled !== undefined && section.logplex_log_enabled !== target.logplex_log_enabled) {
    differences.push(kept('logplex_log_enabled', section.logplex_log_enabled, target.logplex_log_enabled));
  }
  return { section: aligned, differences };
}

function kept(field: string, file: unknown, connection: unknown): SectionDifference {
  return {
    field,
    file,
    connection,
    action: 'kept',
    level: 'info',
    message: `connection.${field} is ${show(file)} in the file and ${show(connection)} on the connection; imported as written.`,
  };
}

function show(value: unknown): string {
  return value === undefined ? '(absent)' : JSON.stringify(value);
}
