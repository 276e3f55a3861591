/**
 * The shapes of Heroku Connect API answers, as far as this project reads them.
 * The parsers check only what the deploy relies on, so that a changed API fails with a clear message
 * rather than with a TypeError deep in the wait.
 */
import { RemoteFailure } from '../errors.js';
import { isRecord } from '../core/json.js';

/** One result of the discovery search `GET /connections?app=`. */
export interface DiscoveredConnection {
  id: string;
  resource_name: string;
  app_name: string;
  /** The regional host for every other call, without `/api/v3`. */
  region_url: string;
  /** Absolute here; the detail answer's own detail_url is relative and must not replace it. */
  detail_url: string;
}

export interface MappingConfig {
  revision?: number;
  applied_at?: string;
  [key: string]: unknown;
}

export interface MappingDetail {
  /** For the per-mapping endpoints (validations, delete); every detail answer seen carries it. */
  id?: string;
  object_name: string;
  state: string;
  state_description?: string;
  config?: MappingConfig;
  /** Sync statistics of the deep detail; their shape comes from the Heroku CLI plugin's fixtures, so each is read defensively. */
  counts?: unknown;
  times?: unknown;
  sf_polling_seconds?: unknown;
}

/** `GET {detail_url}?deep=true`. */
export interface ConnectionDetail {
  id?: string;
  name?: string;
  app_name?: string;
  resource_name?: string;
  state: string;
  plan?: string;
  organization_id?: string | null;
  /** Some answers carry the Salesforce API version at the top level (plugin test fixtures). */
  api_version?: string;
  sf_info?: { organization_id?: string; api_version?: string } | null;
  features?: Record<string, unknown>;
  logplex_log_enabled?: boolean;
  mappings: MappingDetail[];
}

/** A mapping file: the document `heroku connect:export` writes and `actions/import` takes. */
export interface ExportDocument {
  mappings: ExportMapping[];
  connection?: Record<string, unknown>;
  version?: unknown;
  [key: string]: unknown;
}

export interface ExportMapping {
  object_name: string;
  config?: Record<string, unknown>;
  [key: string]: unknown;
}

function unexpected(what: string, problem: string): RemoteFailure {
  return new RemoteFailure('Heroku Connect', 'answered', `Heroku Connect's answer to ${what} is not what its API returns (${problem}).`);
}

export function parseSearch(body: unknown, what: string): DiscoveredConnection[] {
  if (!isRecord(body) || !Array.isArray(body.results)) throw unexpected(what, 'no "results" list');
  return body.results.map((result, i) => {
    if (!isRecord(result)) throw unexpected(what, `result ${i + 1} is not an object`);
    for (const key of ['id', 'region_url', 'detail_url'] as const) {
      if (typeof result[key] !== 'string' || result[key] === '') throw unexpected(what, `result ${i + 1} has no "${key}"`);
    }
    return {
      id: result.id as string,
      resource_name: typeof result.resource_name === 'string' ? result.resource_name : '',
      app_name: typeof result.app_name === 'string' ? result.app_name : '',
      region_url: result.region_url as string,
      detail_url: result.detail_url as string,
    };
  });
}

/**
 * `POST /auth/<app>`: `{user, connections, regions, cells}`, whose connections are entries as the
 * search lists them (read as its results are). An answer without the list lists none.
 */
export function parseLink(body: unknown, what: string): DiscoveredConnection[] {
  if (!isRecord(body)) throw unexpected(what, 'not a JSON object');
  if (body.connections === undefined || body.connections === null) return [];
  if (!Array.isArray(body.connections)) throw unexpected(what, '"connections" is not a list');
  return parseSearch({ results: body.connections }, what);
}

export function parseDetail(body: unknown, what: string): ConnectionDetail {
  if (!isRecord(body) || typeof body.state !== 'string') throw unexpected(what, 'no connection "state"');
  if (!Array.isArray(body.mappings)) throw unexpected(what, 'no "mappings" list');
  body.mappings.forEach((mapping, i) => {
    if (!isRecord(mapping) || typeof mapping.object_name !== 'string' || typeof mapping.state !== 'string') {
      throw unexpected(what, `mapping ${i + 1} has no "object_name" or "state"`);
    }
  });
  return body as unknown as ConnectionDetail;
}

export function parseExport(body: unknown, what: string): ExportDocument {
  if (!isRecord(body) || !Array.isArray(body.mappings)) throw unexpected(what, 'no "mappings" list');
  return body as ExportDocument;
}

/**
 * One check of Heroku Connect's diagnose. The shape comes from the Heroku CLI plugin's types and
 * tests, not from published API documentation: every key but the message may be missing, so each is
 * read defensively.
 */
export interface ValidationCheck {
  rule_id?: string;
  display_name: string;
  status?: string;
  message: string;
  doc_url?: string;
}

/** A diagnose result, of the connection (with its mappings by object name) or of one mapping. */
export interface ValidationResults {
  errors: ValidationCheck[];
  warnings: ValidationCheck[];
  passes: ValidationCheck[];
  skips: ValidationCheck[];
  mappings: Record<string, ValidationResults>;
}

const CHECK_LISTS = ['errors', 'warnings', 'passes', 'skips'] as const;

/** Every list may be missing (the plugin's own tests expect that); an entry that is not an object is skipped. */
export function parseValidation(body: unknown, what: string): ValidationResults {
  if (!isRecord(body)) throw unexpected(what, 'not a JSON object');
  const results: ValidationResults = { errors: [], warnings: [], passes: [], skips: [], mappings: {} };
  for (const list of CHECK_LISTS) {
    const entries = body[list];
    if (entries === undefined || entries === null) continue;
    if (!Array.isArray(entries)) throw unexpected(what, `"${list}" is not a list`);
    results[list] = entries.filter(isRecord).map(parseCheck);
  }
  if (isRecord(body.mappings)) {
    for (const [object, mapping] of Object.entries(body.mappings)) results.mappings[object] = parseValidation(mapping, what);
  }
  return results;
}

function parseCheck(entry: Record<string, unknown>): ValidationCheck {
  const text = (key: string): string | undefined => (typeof entry[key] === 'string' && entry[key] !== '' ? (entry[key] as string) : undefined);
  const ruleId = text('rule_id');
  const status = text('status');
  const docUrl = text('doc_url');
  return {
    ...(ruleId && { rule_id: ruleId }),
    display_name: text('display_name') ?? ruleId ?? 'unnamed check',
    ...(status && { status }),
    message: text('message') ?? '',
    ...(docUrl && { doc_url: docUrl }),
  };
}

/** A write from Postgres to Salesforce that failed (the connection's trigger log), of the last 24 hours. */
export interface WriteError {
  id: string;
  table_name: string;
  record_id: string;
  message: string;
  created_at: string;
}

/**
 * `{count, results[]}`, as the Heroku CLI plugin reads it. Only `results` is relied on; an entry
 * without an id gets one from its other keys, so that before and after can still be told apart.
 */
export function parseWriteErrors(body: unknown, what: string): WriteError[] {
  if (!isRecord(body) || !Array.isArray(body.results)) throw unexpected(what, 'no "results" list');
  return body.results.filter(isRecord).map((entry) => {
    const text = (key: string): string => (typeof entry[key] === 'string' ? (entry[key] as string) : typeof entry[key] === 'number' ? String(entry[key]) : '');
    const table_name = text('table_name');
    const record_id = text('record_id');
    const message = text('message');
    const created_at = text('created_at');
    return { id: text('id') || `${table_name}/${record_id}/${created_at}/${message}`, table_name, record_id, message, created_at };
  });
}

/** A notification of the connection (`event_type` such as mapping-error or postgres-connection). */
export interface ConnectNotification {
  id: string;
  event_type: string;
  message: string;
  created_at: string;
}

/**
 * `{results[]}`, as the Heroku CLI plugin reads it; the endpoint is new (2026) and its entries are
 * known only from the plugin's tests, so every key may be missing. An entry marked acknowledged is
 * left out, in case the list ever returns those too.
 */
export function parseNotifications(body: unknown, what: string): ConnectNotification[] {
  if (!isRecord(body) || !Array.isArray(body.results)) throw unexpected(what, 'no "results" list');
  return body.results.filter((entry) => isRecord(entry) && entry.acknowledged !== true).map((entry) => {
    const record = entry as Record<string, unknown>;
    const text = (key: string): string => (typeof record[key] === 'string' ? (record[key] as string) : typeof record[key] === 'number' ? String(record[key]) : '');
    return { id: text('id') || `${text('event_type')}/${text('created_at')}/${text('message')}`, event_type: text('event_type') || 'unknown', message: text('message'), created_at: text('created_at') };
  });
}
