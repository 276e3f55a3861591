/**
 * The shapes of Heroku Connect API answers, as far as this project reads them: each parser checks
 * its answer against answers.schema.json (compiled by scripts/compile-schema.mjs) before anything
 * reads it, so that a changed or hostile API fails with a message naming the field, never with a
 * TypeError deep in the wait.
 */
import { isRecord } from '../../core/json.js';
import { answerFailure, checkedAnswer } from '../../core/http/shape.js';
import {
  validateApiVersionChange,
  validateDetail,
  validateExport,
  validateLink,
  validateNotifications,
  validateSchemaDiff,
  validateSearch,
  validateValidation,
  validateValidationStart,
  validateWriteErrors,
} from './answers.generated.js';

const SERVICE = 'Heroku Connect';

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
  /** False for a table without the `_hc_lastop`/`_hc_err` status columns (older tables, per the plugin's types). */
  has_hc_columns?: boolean | null;
}

/** `GET {detail_url}?deep=true`. */
export interface ConnectionDetail {
  id?: string;
  name?: string;
  app_name?: string;
  resource_name?: string;
  state: string;
  plan?: string;
  /** The name of the app's config var that holds the database URL (DATABASE_URL), null before setup. */
  db_key?: string | null;
  /** The Postgres schema Connect's tables are in (salesforce by default), null before setup. */
  schema_name?: string | null;
  organization_id?: string | null;
  /** Absent from the recorded detail; read only for a listed connection that has none of its own. */
  region_url?: string;
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

/** A connection as a list names it: `region_url` may be missing, and is then the detail's. */
export type ListedConnection = Omit<DiscoveredConnection, 'region_url'> & { region_url?: string };

interface ListedAnswer {
  id: string;
  resource_name?: string | null;
  app_name?: string | null;
  region_url?: string;
  detail_url: string;
}

function listed(entry: ListedAnswer): ListedConnection {
  return {
    id: entry.id,
    resource_name: entry.resource_name ?? '',
    app_name: entry.app_name ?? '',
    ...(entry.region_url !== undefined && { region_url: entry.region_url }),
    detail_url: entry.detail_url,
  };
}

/** `GET /connections?app=`: `{results[], next, count}`, one page (pageLinks gives the next). */
export function parseSearch(body: unknown, what: string): ListedConnection[] {
  return checkedAnswer<{ results: ListedAnswer[] }>(validateSearch, body, SERVICE, what).results.map(listed);
}

/** `POST /auth/<app>`: `{user, connections[], regions, cells}`; the connections the user can now see, when listed. */
export function parseLink(body: unknown, what: string): ListedConnection[] {
  if (body === undefined) return [];
  return (checkedAnswer<{ connections?: ListedAnswer[] }>(validateLink, body, SERVICE, what).connections ?? []).map(listed);
}

interface DetailAnswer extends Omit<ConnectionDetail, 'mappings' | 'plan' | 'name' | 'app_name' | 'resource_name' | 'api_version' | 'logplex_log_enabled'> {
  logplex_log_enabled?: boolean | null;
  name?: string | null;
  app_name?: string | null;
  resource_name?: string | null;
  plan?: string | null;
  api_version?: string | null;
  mappings: (Omit<MappingDetail, 'id' | 'state_description'> & { id?: string | number; state_description?: string | null })[];
}

/**
 * `GET {detail_url}?deep=true`. What the recordings show as null reads as absent; a mapping id may be
 * a number (the plugin's mocks), and the record count is `db` or, in one source, `count`.
 */
export function parseDetail(body: unknown, what: string): ConnectionDetail {
  const answer = checkedAnswer<DetailAnswer>(validateDetail, body, SERVICE, what);
  const detail = { ...answer, mappings: answer.mappings.map(mappingOf) } as ConnectionDetail;
  for (const key of ['name', 'app_name', 'resource_name', 'plan', 'api_version', 'logplex_log_enabled'] as const) if (answer[key] === null) delete detail[key];
  return detail;
}

function mappingOf(mapping: DetailAnswer['mappings'][number]): MappingDetail {
  const { id, state_description: description, ...rest } = mapping;
  const counts = isRecord(rest.counts) && rest.counts.db === undefined && rest.counts.count !== undefined ? { ...rest.counts, db: rest.counts.count } : rest.counts;
  return { ...rest, ...(id !== undefined && { id: String(id) }), ...(typeof description === 'string' && { state_description: description }), ...(counts !== undefined && { counts }) };
}

export function parseExport(body: unknown, what: string): ExportDocument {
  return checkedAnswer<ExportDocument>(validateExport, body, SERVICE, what);
}

/** `POST …/validations` (202): where the result will be. */
export function parseValidationStart(body: unknown, what: string): string {
  return checkedAnswer<{ result_url: string }>(validateValidationStart, body, SERVICE, what).result_url;
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

type CheckAnswer = Partial<Record<keyof ValidationCheck, string | null>>;
type CheckListsAnswer = Partial<Record<(typeof CHECK_LISTS)[number], CheckAnswer[] | null>>;

/** Every list may be missing or null (the plugin's own tests expect that), and so may the mappings'. */
export function parseValidation(body: unknown, what: string): ValidationResults {
  const answer = checkedAnswer<CheckListsAnswer & { mappings?: Record<string, CheckListsAnswer> | null }>(validateValidation, body, SERVICE, what);
  return { ...checkListsOf(answer), mappings: Object.fromEntries(Object.entries(answer.mappings ?? {}).map(([object, lists]) => [object, { ...checkListsOf(lists), mappings: {} }])) };
}

function checkListsOf(answer: CheckListsAnswer): Omit<ValidationResults, 'mappings'> {
  return Object.fromEntries(CHECK_LISTS.map((list) => [list, (answer[list] ?? []).map(parseCheck)])) as Omit<ValidationResults, 'mappings'>;
}

function parseCheck(entry: CheckAnswer): ValidationCheck {
  const text = (key: keyof ValidationCheck): string | undefined => (typeof entry[key] === 'string' && entry[key] !== '' ? entry[key] : undefined);
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

/** Where a list that Heroku Connect may page goes on: the total it gives, and the next page. */
export interface PageLinks {
  count?: number;
  next?: string;
}

/** The links of a page that its parser (parseSearch, parseWriteErrors, parseNotifications) accepted, which checked their types. */
export function pageLinks(body: unknown): PageLinks {
  const { count, next } = body as { count?: number | null; next?: string | null };
  return { ...(typeof count === 'number' && { count }), ...(typeof next === 'string' && next !== '' && { next }) };
}

type Scalar = string | number | null | undefined;

function textOf(value: Scalar): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * `{count, results[]}`, as the Heroku CLI plugin reads it; ids may be numbers (the trigger log's are
 * bigints). An entry without an id gets one from its other keys, so that before and after can
 * still be told apart.
 */
export function parseWriteErrors(body: unknown, what: string): WriteError[] {
  type Answer = Partial<Record<keyof WriteError, Scalar>>;
  return checkedAnswer<{ results: Answer[] }>(validateWriteErrors, body, SERVICE, what).results.map((entry) => {
    const table_name = textOf(entry.table_name);
    const record_id = textOf(entry.record_id);
    const message = textOf(entry.message);
    const created_at = textOf(entry.created_at);
    return { id: textOf(entry.id) || `${table_name}/${record_id}/${created_at}/${message}`, table_name, record_id, message, created_at };
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
  type Answer = Partial<Record<keyof ConnectNotification, Scalar>> & { acknowledged?: boolean | null };
  return checkedAnswer<{ results: Answer[] }>(validateNotifications, body, SERVICE, what)
    .results.filter((entry) => entry.acknowledged !== true)
    .map((entry) => ({
      id: textOf(entry.id) || `${textOf(entry.event_type)}/${textOf(entry.created_at)}/${textOf(entry.message)}`,
      event_type: textOf(entry.event_type) || 'unknown',
      message: textOf(entry.message),
      created_at: textOf(entry.created_at),
    }));
}

/** A Salesforce API version as Heroku Connect and the export files write it: "62.0". */
const API_VERSION = /^\d{1,3}\.\d{1,2}$/;

export function isApiVersion(value: string): boolean {
  return API_VERSION.test(value);
}

/** `wanted` is a well-formed API version later than `live` (62.0 after 45.0); a malformed one is the lint's to report. */
function isNewerApiVersion(wanted: string, live: string): boolean {
  return isApiVersion(wanted) && isApiVersion(live) && Number(wanted) > Number(live);
}

/** The Salesforce API version the connection runs, as its detail says (the recorded answers put it in `sf_info`, the plugin's mocks at the top). */
export function liveApiVersion(detail: ConnectionDetail): string | undefined {
  return detail.sf_info?.api_version ?? detail.api_version;
}

/**
 * The files' connection.api_version when it is newer than the connection's: the version change the
 * files ask for. An older one (an export taken before the connection moved on) asks for nothing:
 * nothing moves a connection back to an older, sooner retired version.
 */
export function requestedApiVersion(document: ExportDocument, detail: ConnectionDetail): string | undefined {
  const file = document.connection?.api_version;
  const live = liveApiVersion(detail);
  if (file === undefined || file === null || live === undefined) return undefined;
  return isNewerApiVersion(String(file), live) ? String(file) : undefined;
}

/** One mapping of a schema diff: what moving it to the target API version does to its fields. */
export interface SchemaDiffMapping {
  name: string;
  fieldsChanged: boolean;
  unsafe: boolean;
  undetermined: boolean;
  /** Heroku's message, one entry per line of it (the answer separates its sentences with newlines). */
  messages: string[];
}

/** `GET …/schema-diff?target_version=`: the diff of every mapping between the current and the target API version. */
export interface SchemaDiff {
  current?: string;
  target?: string;
  mappings: SchemaDiffMapping[];
}

interface SchemaDiffAnswer {
  current_api_version?: string;
  target_api_version?: string;
  target_version?: string;
  mappings?: { name: string; fields_have_changed?: boolean | null; has_unsafe_changes?: boolean | null; action_undetermined?: boolean | null; result_message?: string | null }[];
}

/** The most mappings a schema diff may list: a connection has at most a few hundred. */
export const MAX_SCHEMA_DIFF_MAPPINGS = 1000;

function schemaDiffOf(answer: SchemaDiffAnswer, what: string): SchemaDiff {
  for (const key of ['current_api_version', 'target_api_version', 'target_version'] as const) {
    const value = answer[key];
    if (value !== undefined && !isApiVersion(value)) throw answerFailure(SERVICE, what, `${key} is not an API version such as 62.0`);
  }
  const mappings = answer.mappings ?? [];
  if (mappings.length > MAX_SCHEMA_DIFF_MAPPINGS) throw answerFailure(SERVICE, what, `it lists ${mappings.length} mappings, more than the ${MAX_SCHEMA_DIFF_MAPPINGS} a connection can have`);
  const target = answer.target_api_version ?? answer.target_version;
  return {
    ...(answer.current_api_version !== undefined && { current: answer.current_api_version }),
    ...(target !== undefined && { target }),
    mappings: mappings.map((mapping) => ({
      name: mapping.name,
      fieldsChanged: mapping.fields_have_changed === true,
      unsafe: mapping.has_unsafe_changes === true,
      undetermined: mapping.action_undetermined === true,
      messages: (mapping.result_message ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    })),
  };
}

/** `GET …/schema-diff` (200). */
export function parseSchemaDiff(body: unknown, what: string): SchemaDiff {
  return schemaDiffOf(checkedAnswer<SchemaDiffAnswer>(validateSchemaDiff, body, SERVICE, what), what);
}

/** `POST …/actions/change-sf-api-version` (202): the diff it acted on and the version asked; an empty answer says nothing more. */
export function parseApiVersionChange(body: unknown, what: string): SchemaDiff {
  if (body === undefined) return { mappings: [] };
  return schemaDiffOf(checkedAnswer<SchemaDiffAnswer>(validateApiVersionChange, body, SERVICE, what), what);
}
