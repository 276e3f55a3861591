import { createHash } from 'node:crypto';

/**
 * The stand-in's answer bodies, built as the public recordings of Heroku Connect's answers show them:
 * the same keys, in the same order, with the same value forms (integer `_id`s, relative and absolute
 * URLs where the real service puts each, Python-style times in `times`, the Salesforce API version
 * as a string), and the stand-in's own hosts, ids and names in place of the recorded ones. Every
 * body the stand-in serves is made here, so that what it answers can be checked against the
 * recordings in one place.
 */

/** The one region and cell every stand-in connection is in, named as the discovery answer names them. */
const REGION = { name: 'us', flag: 'united-states', label: 'Region (US)' };
const CELL = { name: 'us-instance', label: 'Instance (US)' };

/** What the stand-in knows of a connection when it lists it on the discovery server. */
export interface ListedConnection {
  id: string;
  app: string;
  appId: string;
  resource: string;
}

/** An entry of the discovery search (and of the link's `connections`), with its absolute `detail_url`. */
export function searchEntry(connection: ListedConnection, regionUrl: string): Record<string, unknown> {
  return {
    id: connection.id,
    resource_name: connection.resource,
    display_name: connection.app,
    addon_type: 'Sync',
    app_name: connection.app,
    app_id: connection.appId,
    region: REGION.name,
    region_url: regionUrl,
    region_flag: REGION.flag,
    region_label: REGION.label,
    cell_label: CELL.label,
    cell: CELL.name,
    detail_url: `${regionUrl}/api/v3/connections/${connection.id}`,
  };
}

/** The regions and cells of the entries listed: empty when none is (a user not on any access list). */
function regionsAndCells(entries: readonly unknown[], regionUrl: string): Record<string, unknown> {
  if (entries.length === 0) return { regions: {}, cells: {} };
  return {
    regions: { [REGION.name]: { flag: REGION.flag, label: REGION.label } },
    cells: { [CELL.name]: { url: regionUrl, flag: REGION.flag, label: CELL.label } },
  };
}

/** One page of a list: its entries, the absolute URLs of the pages around it (null at either end) and the whole list's length. */
export interface Page<T> {
  results: T[];
  next: string | null;
  previous: string | null;
  count: number;
}

/** `GET /connections?app=`: one page of the search, with `next`, `previous` and `count` always present. */
export function searchAnswer(page: Page<Record<string, unknown>>, regionUrl: string): Record<string, unknown> {
  return { results: page.results, ...regionsAndCells(page.results, regionUrl), next: page.next, previous: page.previous, count: page.count };
}

/** `POST /auth/<app>`: the user now on the access list, and the connections it sees. */
export function linkAnswer(entries: Record<string, unknown>[], regionUrl: string): Record<string, unknown> {
  return { user: { id: 'stand-in-user', email: 'ci@example.com' }, connections: entries, ...regionsAndCells(entries, regionUrl) };
}

/** An integer id from a string id, stable across reads: the `_id` the real service gives beside each uuid. */
function serialOf(id: string): number {
  return 10_000_000 + (createHash('sha256').update(id).digest().readUInt32BE(0) % 90_000_000);
}

/** `2025-07-16T19:21:58.933923Z`: the form of `created_at`, `applied_at` and the count dates. */
function microsecondTime(ms: number): string {
  return new Date(ms).toISOString().replace(/Z$/, '000Z');
}

/** `2025-07-16 20:12:43.734321+00:00`: Python's `str(datetime)`, the form of the mappings' `times`. */
function pythonTime(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/Z$/, '000+00:00');
}

/** `2024-01-15T10:30:00Z`: the form of a notification's `created_at`. */
function secondTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The feature flags of a connection's detail, with the values a new connection has. A stand-in
 * connection's own `features` override them; the export carries only EXPORTED_FEATURES of them.
 */
const DETAIL_FEATURES: Readonly<Record<string, boolean>> = {
  cdc_for_accelerated_polling: false,
  disable_bulk_writes: false,
  drift_max_batches_in_parallel_override: false,
  early_sf_api_access: false,
  force_picklist_255: false,
  get_deleted_latest_date_check: false,
  increased_query_cursor_limit: false,
  log_memory_usage: false,
  mtls_shield_connection: false,
  poll_db_no_merge: true,
  poll_external_ids: false,
  rest_count_only: false,
  retry_failed_create_soap_call: false,
  retry_get_query_batch_result_ids: true,
  set_odata_extra_float_digits_to_0: false,
  sync_repair_unlimited_query_all: false,
  temp_tables_in_transactions: false,
  testing_flag_only: false,
  ucs_basic_collation_index: true,
  use_assignment_rules: false,
  verbose_sfnotifier_logging: false,
};
const EXPORTED_FEATURES = ['disable_bulk_writes', 'poll_db_no_merge', 'poll_external_ids', 'rest_count_only', 'ucs_basic_collation_index'] as const;

/** The connection-level settings a stand-in connection has (its spec, with the defaults filled in). */
export interface ConnectionSettings {
  app: string;
  resource: string;
  name: string;
  plan: string;
  organizationId: string;
  apiVersion: string;
  features: Record<string, boolean>;
  logplexLogEnabled: boolean;
}

/** What the detail says of a connection besides its settings. */
export interface DetailedConnection extends ListedConnection {
  addonId: string;
  state: string;
  createdAt: number;
  /** Its mappings, each made by mappingDetail. */
  mappings: Record<string, unknown>[];
}

/** `GET {detail_url}?deep=true`: relative `detail_url` and `notifications_url`, no `region_url`, no top-level `api_version`. */
export function connectionDetail(connection: DetailedConnection, settings: ConnectionSettings): Record<string, unknown> {
  const path = `/api/v3/connections/${connection.id}`;
  const username = `integration@${settings.app}.example.com`;
  const org = settings.organizationId;
  const instance = `https://${org.toLowerCase()}.my.salesforce.com`;
  return {
    id: connection.id,
    _id: serialOf(connection.id),
    name: settings.name,
    addon_id: connection.addonId,
    app_name: settings.app,
    team_name: null,
    enterprise_account_name: null,
    app_id: connection.appId,
    schema_name: 'salesforce',
    db_key: 'DATABASE_URL',
    database: { host: 'postgres.stand-in.example.com', database: 'd0standin', port: 5432 },
    organization_id: org,
    state: connection.state,
    mappings_summary_state: 'OK',
    detail_url: path,
    tags: [],
    sf_info: { username, organization_id: org, environment: 'production', domain: 'https://login.salesforce.com', api_version: settings.apiVersion },
    created_at: microsecondTime(connection.createdAt),
    auth_updated: microsecondTime(connection.createdAt),
    plan: settings.plan,
    free_edition: settings.plan === 'demo',
    dogwood: false,
    user_info: {
      id: `https://login.salesforce.com/id/${org}/005000000000001AAA`,
      asserted_user: true,
      user_id: '005000000000001AAA',
      organization_id: org,
      username,
      nick_name: 'integration',
      display_name: 'Integration User',
      email: username,
      email_verified: true,
      first_name: 'Integration',
      last_name: 'User',
      timezone: 'America/New_York',
      photos: { picture: `${instance}/profilephoto/005/F`, thumbnail: `${instance}/profilephoto/005/T` },
      addr_street: null,
      addr_city: null,
      addr_state: null,
      addr_country: 'United States',
      addr_zip: null,
      mobile_phone: null,
      mobile_phone_verified: false,
      is_lightning_login_user: false,
      status: { created_date: null, body: null },
      urls: Object.fromEntries(
        (
          [
            ['enterprise', 'services/Soap/c/{version}/00D'],
            ['metadata', 'services/Soap/m/{version}/00D'],
            ['partner', `services/Soap/u/${settings.apiVersion}/00D`],
            ['rest', 'services/data/v{version}/'],
            ['sobjects', 'services/data/v{version}/sobjects/'],
            ['search', 'services/data/v{version}/search/'],
            ['query', 'services/data/v{version}/query/'],
            ['recent', 'services/data/v{version}/recent/'],
            ['tooling_soap', 'services/Soap/T/{version}/00D'],
            ['tooling_rest', 'services/data/v{version}/tooling/'],
            ['profile', '005000000000001AAA'],
            ['feeds', 'services/data/v{version}/chatter/feeds'],
            ['groups', 'services/data/v{version}/chatter/groups'],
            ['users', 'services/data/v{version}/chatter/users'],
            ['feed_items', 'services/data/v{version}/chatter/feed-items'],
            ['feed_elements', 'services/data/v{version}/chatter/feed-elements'],
            ['custom_domain', ''],
          ] as const
        ).map(([key, rest]) => [key, rest === '' ? instance : `${instance}/${rest}`]),
      ),
      active: true,
      user_type: 'STANDARD',
      language: 'en_US',
      locale: 'en_US',
      utcOffset: 0,
      last_modified_date: new Date(connection.createdAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      profile_perms: { type: 'Profile', Id: '00e000000000001AAA', PermissionsModifyAllData: 'true', PermissionsViewAllData: 'true', PermissionsViewAllUsers: 'true' },
    },
    metrics: { last_write_activity_time: microsecondTime(connection.createdAt) },
    logplex_log_enabled: settings.logplexLogEnabled,
    deletable: false,
    resource_name: settings.resource,
    large_query_threshold: 10000,
    bulk_page_size: 150000,
    features: { ...DETAIL_FEATURES, ...settings.features },
    internal_name: settings.app,
    notifications_url: `${path}/notifications`,
    odata: null,
    soap_batch_size: 200,
    sf_instance: null,
    sf_region: null,
    mappings: connection.mappings,
  };
}

/** What the detail says of one mapping. */
export interface DetailedMapping {
  id: string;
  connectionId: string;
  object_name: string;
  state: string;
  state_description: string;
  config: Record<string, unknown>;
  revision: number;
  appliedAt: number;
  createdAt: number;
  lastPollAt: number;
  counts: { db: number; sf: number; pending: number; errors: number };
}

/**
 * A mapping of the deep detail: `detail_url` and `errors_url` relative, `schema_url` absolute, the
 * config's access and polling repeated at the top level, `times` in Python's form.
 */
export function mappingDetail(mapping: DetailedMapping, regionUrl: string): Record<string, unknown> {
  const path = `/api/v3/mappings/${mapping.id}`;
  const { config } = mapping;
  return {
    id: mapping.id,
    _id: serialOf(mapping.id),
    object_name: mapping.object_name,
    state: mapping.state,
    config: { ...config, revision: mapping.revision, applied_at: microsecondTime(mapping.appliedAt) },
    detail_url: path,
    errors_url: `${path}/errors`,
    schema_url: `${regionUrl}/api/v3/connections/${mapping.connectionId}/schemas/${mapping.object_name}`,
    created_at: microsecondTime(mapping.createdAt),
    updated_at: microsecondTime(mapping.appliedAt),
    connection: { id: mapping.connectionId },
    // Heroku's defaults for a setting the imported config left out.
    sf_notify_enabled: config.sf_notify_enabled ?? false,
    sf_polling_seconds: config.sf_polling_seconds ?? 600,
    access: config.access ?? 'read_only',
    counts: mapping.counts,
    actively_writing: false,
    state_description: mapping.state_description,
    sync_flags: {},
    times: { sf_poll: pythonTime(mapping.lastPollAt), sf_write: null, db_poll: null, db_write: pythonTime(mapping.lastPollAt) },
    has_hc_columns: true,
    db_count_date: microsecondTime(mapping.lastPollAt),
    salesforce_count_date: microsecondTime(mapping.lastPollAt),
    is_polling: false,
    upsert_field: config.upsert_field ?? null,
  };
}

/** A mapping as the export lists it. */
export interface ExportedMapping {
  object_name: string;
  config: Record<string, unknown>;
  appliedAt: number;
}

/**
 * `GET …/actions/export`. `applied_at` only on read-write mappings: every recorded export has it
 * there, and most leave it out of read-only ones (every read-back right after an import does).
 */
export function exportAnswer(mappings: readonly ExportedMapping[], settings: ConnectionSettings, now: number): Record<string, unknown> {
  const features = { ...DETAIL_FEATURES, ...settings.features };
  return {
    mappings: mappings.map((mapping) => ({
      object_name: mapping.object_name,
      config: mapping.config.access === 'read_write' ? { ...mapping.config, applied_at: microsecondTime(mapping.appliedAt) } : mapping.config,
    })),
    connection: {
      app_name: settings.app,
      organization_id: settings.organizationId,
      exported_at: new Date(now).toISOString().replace(/Z$/, '000+00:00'),
      features: { ...Object.fromEntries(EXPORTED_FEATURES.map((feature) => [feature, features[feature]])), ...settings.features },
      api_version: settings.apiVersion,
      name: settings.name,
      logplex_log_enabled: settings.logplexLogEnabled,
    },
    version: 1,
  };
}

/** A failed write to Salesforce, from the connection's trigger log: its id is the log's integer id. */
export function writeErrorEntry(id: number, error: { table_name: string; record_id: string; message: string; createdAt: number }): Record<string, unknown> {
  return { id, table_name: error.table_name, record_id: error.record_id, message: error.message, created_at: microsecondTime(error.createdAt) };
}

/**
 * `GET …/errors` and `GET …/notifications`: `{count, results}` and `{results}` as recorded. No
 * recording shows a second page of either; `next` (absolute, like the search's) is added only when
 * there is one.
 */
export function errorsAnswer(page: Page<Record<string, unknown>>): Record<string, unknown> {
  return { count: page.count, results: page.results, ...(page.next !== null && { next: page.next }) };
}

export function notificationsAnswer(page: Page<Record<string, unknown>>): Record<string, unknown> {
  return { results: page.results, ...(page.next !== null && { next: page.next }) };
}

export function notificationEntry(notification: { id: string; event_type: string; message: string; createdAt: number }): Record<string, unknown> {
  return { id: notification.id, event_type: notification.event_type, message: notification.message, created_at: secondTime(notification.createdAt) };
}

/** One diagnose check, as Heroku Connect reports it. */
export interface Check {
  rule_id: string;
  display_name: string;
  status: 'PASSED' | 'FAILED' | 'SKIPPED';
  message: string;
  doc_url?: string;
}

/** The checks of one diagnose, by list. */
export interface CheckLists {
  errors: readonly Check[];
  warnings: readonly Check[];
  passes: readonly Check[];
  skips: readonly Check[];
}

const DOC = 'https://devcenter.heroku.com/articles/heroku-connect-diagnose';

/** The connection checks of the recorded diagnose, by rule id, their messages rewritten for the stand-in's region. */
export const RECORDED_CHECKS = {
  NUM_MAPPINGS_WITHIN_LIMIT: {
    rule_id: 'NUM_MAPPINGS_WITHIN_LIMIT',
    display_name: 'Number of Mappings',
    status: 'PASSED',
    message: 'Connection has no more than 100 mappings.',
    doc_url: `${DOC}#check-number-of-mappings`,
  },
  HEROKU_POSTGRES_REQUIRED: {
    rule_id: 'HEROKU_POSTGRES_REQUIRED',
    display_name: 'Heroku Postgres',
    status: 'PASSED',
    message: 'Database is a Heroku Postgres addon.',
    doc_url: `${DOC}#check-heroku-postgres`,
  },
  REGIONS_SHOULD_MATCH: {
    rule_id: 'REGIONS_SHOULD_MATCH',
    display_name: 'Data Locality',
    status: 'PASSED',
    message: `Connection and app are both in the '${REGION.name}' region.`,
    doc_url: `${DOC}#check-data-locality`,
  },
  SHOULD_HAVE_VALID_SF_PERMISSIONS: {
    rule_id: 'SHOULD_HAVE_VALID_SF_PERMISSIONS',
    display_name: 'View/Modify All Data',
    status: 'PASSED',
    message: 'Salesforce user has appropriate permissions.',
    doc_url: `${DOC}#check-view-modify-all-data`,
  },
  MUST_USE_RECENT_API_VERSION: {
    rule_id: 'MUST_USE_RECENT_API_VERSION',
    display_name: 'Salesforce API Version',
    status: 'FAILED',
    message: 'The latest available Salesforce API version is 47.0. Your connection is using version 44.0. You should re-create your connection to use the latest version.',
    doc_url: `${DOC}#check-salesforce-api-version`,
  },
  SHOULD_HAVE_LOG_DRAIN: {
    rule_id: 'SHOULD_HAVE_LOG_DRAIN',
    display_name: 'Configured Logging',
    status: 'FAILED',
    message: 'App does not have logging configured.',
    doc_url: `${DOC}#check-configured-log-drain`,
  },
  PAID_PLAN_MUST_HAVE_PAID_DATABASE: {
    rule_id: 'PAID_PLAN_MUST_HAVE_PAID_DATABASE',
    display_name: 'Database Plan',
    status: 'SKIPPED',
    message: 'Not applicable for the demo plan.',
    doc_url: `${DOC}#check-database-plan`,
  },
} as const satisfies Record<string, Check>;

/** A healthy connection's diagnose: the recorded passes and skip. */
export const PASSING_CONNECTION: CheckLists = {
  errors: [],
  warnings: [],
  passes: [RECORDED_CHECKS.NUM_MAPPINGS_WITHIN_LIMIT, RECORDED_CHECKS.HEROKU_POSTGRES_REQUIRED, RECORDED_CHECKS.REGIONS_SHOULD_MATCH, RECORDED_CHECKS.SHOULD_HAVE_VALID_SF_PERMISSIONS],
  skips: [RECORDED_CHECKS.PAID_PLAN_MUST_HAVE_PAID_DATABASE],
};

/**
 * The forms a finished diagnose result takes:
 * - `full`: the four lists and each mapping's lists under `mappings`, as `connect:diagnose -v` shows them;
 * - `2019`: the four lists without `mappings` (passes, warnings, errors, skips), as captured in 2019;
 * - `2026`: the four lists without `mappings`, every key in alphabetical order, as the plugin's tests have it now;
 * - `mappings-only`: only `mappings`, each with only the lists it has something in (`{"Account":{}}`).
 */
export type ValidationForm = 'full' | '2019' | '2026' | 'mappings-only';

/** `GET <result_url>` once done, in `form`. */
export function validationResult(form: ValidationForm, connection: CheckLists, mappings: Readonly<Record<string, CheckLists>>): Record<string, unknown> {
  switch (form) {
    case 'full':
      return { ...listsOf(connection), mappings: Object.fromEntries(Object.entries(mappings).map(([name, lists]) => [name, listsOf(lists)])) };
    case '2019':
      return { passes: connection.passes.map(checkOf), warnings: connection.warnings.map(checkOf), errors: connection.errors.map(checkOf), skips: connection.skips.map(checkOf) };
    case '2026':
      return Object.fromEntries((['errors', 'passes', 'skips', 'warnings'] as const).map((list) => [list, connection[list].map(sortedCheck)]));
    case 'mappings-only':
      return { mappings: Object.fromEntries(Object.entries(mappings).map(([name, lists]) => [name, Object.fromEntries(Object.entries(listsOf(lists)).filter(([, checks]) => checks.length > 0))])) };
  }
}

/** `GET /api/v3/mappings/{id}/validations` (no recording: the four lists, as the connection's result has them). */
export function checkListsAnswer(lists: CheckLists): Record<string, unknown> {
  return listsOf(lists);
}

function listsOf(lists: CheckLists): Record<string, Check[]> {
  return { errors: lists.errors.map(checkOf), warnings: lists.warnings.map(checkOf), passes: lists.passes.map(checkOf), skips: lists.skips.map(checkOf) };
}

function checkOf(check: Check): Check {
  return { rule_id: check.rule_id, display_name: check.display_name, status: check.status, message: check.message, ...(check.doc_url !== undefined && { doc_url: check.doc_url }) };
}

function sortedCheck(check: Check): Record<string, unknown> {
  return Object.fromEntries(Object.entries(checkOf(check)).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** One mapping of a schema diff, with the keys of the recorded answers (schema-diff.200.json). */
export interface SchemaDiffEntry {
  name: string;
  fields_have_changed: boolean;
  has_unsafe_changes: boolean;
  action_undetermined: boolean;
  result_message: string;
}

/** What the backend says of a mapping whose fields the new version leaves as they are (schema-diff.200.revival-2026-05.json). */
export const UNCHANGED_FIELDS_MESSAGE = 'Salesforce field definitions have not changed.';

/** `GET …/schema-diff?target_version=` (200): the keys and order of the recorded answer; `guid` is the diff's id. */
export function schemaDiffAnswer(guid: string, current: string, target: string, mappings: readonly SchemaDiffEntry[]): Record<string, unknown> {
  return { current_api_version: current, guid, target_api_version: target, mappings };
}

/** `POST …/actions/change-sf-api-version` (202): the diff again, with the version asked (change-sf-api-version.202.json). */
export function apiVersionChangeAnswer(diff: Record<string, unknown>, target: string): Record<string, unknown> {
  return { ...diff, target_version: target };
}

/** The refusals recorded for change-sf-api-version (409): unsafe changes, with or without the diff, and a mapping still syncing. */
export function apiVersionRefusal(kind: 'unsafe' | 'unsafe-with-diff' | 'syncing', diff: Record<string, unknown>, syncing: readonly string[]): Record<string, unknown> {
  const unsafe = 'Some mappings have unsafe changes. Edit them and retry.';
  if (kind === 'unsafe') return { message: unsafe };
  if (kind === 'unsafe-with-diff') {
    // The recorded refusal lists its mappings without action_undetermined.
    const mappings = (diff.mappings as SchemaDiffEntry[]).map(({ action_undetermined: _left, ...entry }) => entry);
    return { current_api_version: diff.current_api_version, mappings, message: unsafe, target_api_version: diff.target_api_version };
  }
  const first = syncing[0] ?? 'Contact';
  return { error: `Mapping ${first} is still syncing. Wait for it to finish syncing before changing the API version.`, syncing_mappings: syncing.length > 0 ? syncing : [first] };
}
