import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { judgeMapping } from '../clients/connect/states.js';
import { type ExportMapping } from '../clients/connect/types.js';
import { isRecord } from '../core/json.js';
import { planChanges } from '../plan/diff.js';
import { listen, readRequestBody, stop, type RequestBody } from './http.js';
import {
  checkListsAnswer,
  connectionDetail,
  errorsAnswer,
  exportAnswer,
  linkAnswer,
  mappingDetail,
  notificationEntry,
  notificationsAnswer,
  apiVersionChangeAnswer,
  apiVersionRefusal,
  PASSING_CONNECTION,
  schemaDiffAnswer,
  searchAnswer,
  searchEntry,
  validationResult,
  writeErrorEntry,
  type Check,
  type CheckLists,
  type ConnectionSettings,
  type Page,
  type SchemaDiffEntry,
  type ValidationForm,
  UNCHANGED_FIELDS_MESSAGE,
} from './recorded.js';

/**
 * A local stand-in for the Heroku Connect API, for tests and the demo: discovery and
 * linking on one server, the connection's regional API on another (so a client that confuses
 * region_url with the discovery host, or with the detail's relative detail_url, fails), Bearer auth,
 * the state machine of an asynchronous import with its lag, lists in pages, and scriptable faults.
 * Every body is built by ./recorded.ts, in the shape the recordings of the real service show.
 */

export type Route =
  | 'search'
  | 'link'
  | 'detail'
  | 'export'
  | 'import'
  | 'validate'
  | 'validation-result'
  | 'mapping-validation'
  | 'write-errors'
  | 'delete-mapping'
  | 'notifications'
  | 'acknowledge'
  | 'schema-diff'
  | 'change-api-version'
  | 'pause'
  | 'resume'
  | 'restart'
  | 'reload';

export type Fault =
  /** Answers `status` with `{"message"}` (and Retry-After when given), before the key is checked. */
  | { kind: 'status'; status: number; retryAfter?: string }
  /** Destroys the socket without answering, as a dropped connection does. */
  | { kind: 'drop' }
  /** Answers normally, after `ms`. */
  | { kind: 'delay'; ms: number }
  /** Never answers: the request stays open until the client gives up. */
  | { kind: 'hang' }
  /**
   * Answers this instead, after the key is checked: a wrong type, an unknown state, an off-origin
   * URL, a giant body. `text` is sent as it is (`body` as JSON otherwise); `headers` are added.
   */
  | { kind: 'answer'; status?: number; body?: unknown; text?: string | Buffer; headers?: Record<string, string> }
  /** Answers the route's real answer with its body passed through `mutate` (programmatic use only). */
  | { kind: 'mutate'; mutate: (body: unknown) => unknown }
  /** Sends the status line and headers of a JSON answer, then a body that never ends. */
  | { kind: 'endless' };

/** Applies `fault` to requests of `route` (any route when absent), after `skip` of them, `times` times (default 1). */
export interface FaultRule {
  route?: Route;
  skip?: number;
  times?: number;
  fault: Fault;
}

export interface StandInMapping {
  object_name: string;
  state?: string;
  state_description?: string;
  config?: Record<string, unknown>;
  /** Its last successful poll of Salesforce was this long before the start (a minute unless given): a stale mapping. */
  lastPollAgoMs?: number;
  /** Record counts in Postgres and Salesforce, and writes waiting to go to Salesforce. */
  counts?: { db?: number; sf?: number; pending?: number; errors?: number };
}

/** A notification of the connection (a mapping error, a lost database connection); unacknowledged until acknowledged. */
export interface StandInNotification {
  event_type: string;
  message: string;
  /** How long before the start it was raised (a minute unless given). */
  agoMs?: number;
}

export interface StandInConnection {
  app: string;
  resource: string;
  id?: string;
  plan?: string;
  /** IDLE unless given. */
  state?: string;
  /** The state turns IDLE this long after the start: an import someone else started, finishing. */
  settlesAfterMs?: number;
  organizationId?: string;
  apiVersion?: string;
  name?: string;
  features?: Record<string, boolean>;
  logplexLogEnabled?: boolean;
  mappings?: StandInMapping[];
  notifications?: StandInNotification[];
  /**
   * What the schema diff to any other API version says of each mapping it names (by object name);
   * a mapping it does not name has no field changes. An unsafe or undetermined one makes the change refused (409).
   */
  schemaDiff?: readonly StandInSchemaDiff[];
}

/** A mapping of the schema diff: changed fields, unsafe or undetermined, with Heroku's message (lines separated by "\n"). */
export interface StandInSchemaDiff {
  name: string;
  fields_have_changed?: boolean;
  has_unsafe_changes?: boolean;
  action_undetermined?: boolean;
  result_message: string;
}

/** One diagnose check, as Heroku Connect reports it. */
export type StandInCheck = Check;

/** What one diagnose finds: failed checks in errors or warnings by severity, passed ones, skipped ones. */
export interface StandInChecks {
  errors?: readonly StandInCheck[];
  warnings?: readonly StandInCheck[];
  passes?: readonly StandInCheck[];
  skips?: readonly StandInCheck[];
}

/** A failed write to Salesforce; the stand-in gives it an id and, unless given, the time it appeared. */
export interface StandInWriteError {
  table_name: string;
  record_id: string;
  message: string;
  created_at?: string;
}

export interface StandInTiming {
  /** After an import is accepted, the detail still shows the old state and mappings this long. */
  lagMs: number;
  /** Then IMPORT_CONFIGURATION this long; 0 means it is never seen. */
  importMs: number;
  /** Then IDLE, new mappings INITIAL and changed ones RESYNC this long, then DATA_SYNCED. */
  syncMs: number;
  /** The connection's diagnose answers 202 (running) this long after it is started, then its result. */
  validationMs: number;
  /** A pause, resume, restart or API-version change shows in the detail this long after it is accepted; a reload keeps RELOAD_TABLE this long. */
  actionMs: number;
}

export interface StandInOptions {
  apiKey: string;
  connections: readonly StandInConnection[];
  /** The search finds nothing for an app until `POST /auth/<app>`: a user not yet on the access list. */
  requireLink?: boolean;
  /** With requireLink: the search still finds nothing this long after the link, which takes a moment to show. */
  linkDelayMs?: number;
  timing?: Partial<StandInTiming>;
  /** Objects whose mapping lands in BAD_CONFIG when imported, with its state_description. */
  badConfig?: Readonly<Record<string, string>>;
  /** The import is accepted, then stays in IMPORT_CONFIGURATION for ever. */
  importNeverFinishes?: boolean;
  /** Faults of the operator actions: a pause accepted that never shows PAUSED. */
  pauseNeverTakesEffect?: boolean;
  /** change-sf-api-version answers this recorded 409 even on a paused connection with a safe diff. */
  apiVersionChangeRefusal?: 'unsafe' | 'unsafe-with-diff' | 'syncing';
  /** A reloaded mapping ends in this state (BAD_CONFIG, SYSTEM_ERROR) instead of DATA_SYNCED. */
  reloadEndsIn?: string;
  /** A partial import: the import is applied, but this field of this object is left out of the live mapping. */
  partialImport?: { object: string; field: string };
  /** What the diagnose finds, for the connection and for each mapping by object name; nothing but passes otherwise. */
  validation?: { connection?: StandInChecks; mappings?: Readonly<Record<string, StandInChecks>> };
  /** The connection's diagnose never finishes: its result stays 202. */
  validationNeverFinishes?: boolean;
  /** The form of the finished diagnose result (ValidationForm): `full` unless given. */
  validationForm?: ValidationForm;
  /**
   * Lists (the search, write errors, notifications) come in pages of this many entries when the
   * request names no `page_size`, with an absolute `next` on the same host: 10 unless given.
   */
  pageSize?: number;
  /** The most entries a page holds, whatever `page_size` the request names: 1000 unless given. */
  maxPageSize?: number;
  /** Write errors already there (the last 24 hours), and those that appear once an import is applied. */
  writeErrors?: readonly StandInWriteError[];
  writeErrorsAfterImport?: readonly StandInWriteError[];
  faults?: readonly FaultRule[];
  /** Called with one line per request answered. */
  log?: (line: string) => void;
  /** Called when a `hang` fault holds a request: a test's fake clock then moves on to the client's timeout. */
  onHang?: () => void;
  /** The discovery server's port; 0 (any free port) unless given. The regional server always takes a free one. */
  port?: number;
  /** The server's time; tests share a fake one with the client, so that no one waits on the real clock. */
  now?: () => number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  route?: Route;
  authorization?: string;
  /** The parsed JSON body of a POST. */
  body?: unknown;
  time: number;
}

export interface ConnectStandIn {
  /** The discovery server, for CONNECT_DISCOVERY_SERVER. */
  url: string;
  /** The regional API host, given as every connection's region_url. */
  regionUrl: string;
  requests: RecordedRequest[];
  /** The import requests that were accepted. */
  readonly imports: RecordedRequest[];
  close(): Promise<void>;
}

export const DEFAULT_TIMING: StandInTiming = { lagMs: 1000, importMs: 1000, syncMs: 1000, validationMs: 1000, actionMs: 1000 };

/** A mapping's diagnose when the scenario gives none: no check, since no recording names a mapping check's rule id. */
const NO_CHECKS: CheckLists = { errors: [], warnings: [], passes: [], skips: [] };

const DESCRIPTIONS: Record<string, string> = { DATA_SYNCED: 'OK', INITIAL: 'Creating', RESYNC: 'Loading new columns', RELOAD_TABLE: 'Reloading' };

/** `text`, when given, is sent as it is; `body` as JSON otherwise. */
type Answer = { status: number; body?: unknown; text?: string | Buffer; headers?: Record<string, string> };

interface RouteSpec {
  side: 'discovery' | 'region';
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Matched against the path; its captures reach `handle`. */
  path: RegExp;
  handle(request: { url: URL; match: RegExpExecArray; body: unknown; now: number }): Answer;
}

interface LiveMapping {
  id: string;
  object_name: string;
  config: Record<string, unknown>;
  revision: number;
  applied_at: string;
  state: string;
  state_description?: string;
  /** When a transient state turns DATA_SYNCED (or `settlesInto`). */
  settlesAt?: number;
  settlesInto?: string;
  /** When it last polled Salesforce: fixed, so that two reads of an unchanged mapping agree. */
  lastPollAt: number;
  /** When it was created: set at its first read when an import created it. */
  createdAt?: number;
  counts: { db: number; sf: number; pending: number; errors: number };
}

interface LiveConnection {
  spec: StandInConnection;
  id: string;
  appId: string;
  addonId: string;
  createdAt: number;
  state: string;
  settlesAt?: number;
  /** The state (and API version) an accepted operator action brings, and when it shows. */
  transition?: { at: number; state?: string; apiVersion?: string };
  apiVersion: string;
  mappings: LiveMapping[];
  pending?: { at: number; mappings: ExportMapping[] };
  /** The trigger log's failed writes, oldest first: each one's id is its place in the log. */
  writeErrors: { table_name: string; record_id: string; message: string; created_at: string }[];
  notifications: { id: string; event_type: string; message: string; created_at: string; acknowledged: boolean }[];
}

export async function startConnectStandIn(options: StandInOptions): Promise<ConnectStandIn> {
  const timing: StandInTiming = { ...DEFAULT_TIMING, ...options.timing };
  const now = options.now ?? Date.now;
  const started = now();
  // One revision counter across the service, as the real one's values suggest: every save takes the next.
  let revisions = 1000;
  const nextRevision = (): number => ++revisions;
  const connections = options.connections.map((spec) => live(spec, started, nextRevision));
  /** When each linked app's connections show in the search. */
  const linked = new Map<string, number>();
  const rules = (options.faults ?? []).map((rule) => ({ ...rule, toSkip: rule.skip ?? 0, left: rule.times ?? 1 }));
  const requests: RecordedRequest[] = [];
  const accepted: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  /** Each started diagnose: its connection and when its result is ready. */
  const validations = new Map<string, { connection: LiveConnection; readyAt: number }>();
  let regionUrl = '';
  let discoveryUrl = '';
  for (const connection of connections) connection.writeErrors = (options.writeErrors ?? []).map((error) => writeError(error, started));

  /** The fault for this request of `name`, if a rule still has one: each rule counts the requests of its route. */
  const takeFault = (name: Route | undefined): Fault | undefined => {
    for (const rule of rules) {
      if (rule.left === 0 || (rule.route !== undefined && rule.route !== name)) continue;
      if (rule.toSkip > 0) {
        rule.toSkip--;
        continue;
      }
      rule.left--;
      return rule.fault;
    }
    return undefined;
  };

  /** Brings a connection's state up to now: the lazy equivalent of a clock ticking on the server. */
  const advance = (connection: LiveConnection, now: number): void => {
    if (connection.settlesAt !== undefined && now >= connection.settlesAt) {
      connection.state = 'IDLE';
      delete connection.settlesAt;
    }
    const transition = connection.transition;
    if (transition && now >= transition.at) {
      if (transition.state !== undefined) connection.state = transition.state;
      if (transition.apiVersion !== undefined) connection.apiVersion = transition.apiVersion;
      delete connection.transition;
    }
    const pending = connection.pending;
    if (pending && !options.importNeverFinishes && now >= pending.at + timing.lagMs + timing.importMs) {
      apply(connection, pending.mappings, pending.at + timing.lagMs + timing.importMs);
      delete connection.pending;
      connection.state = 'IDLE';
    }
    for (const mapping of connection.mappings) {
      if (mapping.settlesAt !== undefined && now >= mapping.settlesAt) {
        mapping.state = mapping.settlesInto ?? 'DATA_SYNCED';
        mapping.state_description = DESCRIPTIONS[mapping.state] ?? mapping.state;
        delete mapping.settlesAt;
        delete mapping.settlesInto;
      }
    }
  };

  /**
   * Applies an import as the recordings show: only a mapping whose configuration it changes (by
   * meaning, as the plan compares) is saved again, with the next revision of the one counter,
   * a new applied_at and a resync; a new one starts INITIAL; an unchanged one keeps its revision and state.
   */
  const apply = (connection: LiveConnection, mappings: readonly ExportMapping[], at: number): void => {
    for (const imported of mappings) {
      const broken = Object.entries(options.badConfig ?? {}).find(([name]) => name.toLowerCase() === imported.object_name.toLowerCase());
      const existing = connection.mappings.find((mapping) => mapping.object_name.toLowerCase() === imported.object_name.toLowerCase());
      const { applied_at: _ignored, ...config } = imported.config ?? {};
      const dropped = options.partialImport;
      if (dropped && dropped.object.toLowerCase() === imported.object_name.toLowerCase() && isRecord(config.fields)) {
        config.fields = Object.fromEntries(Object.entries(config.fields).filter(([field]) => field.toLowerCase() !== dropped.field.toLowerCase()));
      }
      const unchanged =
        existing !== undefined &&
        !broken &&
        planChanges({ mappings: [{ object_name: existing.object_name, config: existing.config }] }, { mappings: [{ object_name: imported.object_name, config }] }).changes.length === 0;
      const mapping: LiveMapping = existing ?? {
        id: randomUUID(),
        object_name: imported.object_name,
        config,
        revision: 0,
        applied_at: '',
        state: 'INITIAL',
        lastPollAt: at,
        counts: { db: 0, sf: 0, pending: 0, errors: 0 },
      };
      if (!existing) connection.mappings.push(mapping);
      mapping.config = config;
      if (unchanged) continue;
      mapping.revision = nextRevision();
      mapping.applied_at = new Date(at).toISOString();
      mapping.state = broken ? 'BAD_CONFIG' : existing ? 'RESYNC' : 'INITIAL';
      mapping.state_description = broken ? broken[1] : DESCRIPTIONS[mapping.state];
      if (broken) delete mapping.settlesAt;
      else mapping.settlesAt = at + timing.syncMs;
    }
    connection.writeErrors.push(...(options.writeErrorsAfterImport ?? []).map((error) => writeError(error, at)));
  };

  const checksOf = (checks: StandInChecks | undefined, passing: CheckLists): CheckLists => {
    const { errors = [], warnings = [], passes = [], skips = [] } = checks ?? passing;
    return { errors, warnings, passes, skips };
  };
  const mappingChecks = (objectName: string): CheckLists =>
    checksOf(Object.entries(options.validation?.mappings ?? {}).find(([name]) => name.toLowerCase() === objectName.toLowerCase())?.[1], NO_CHECKS);

  const settingsOf = (connection: LiveConnection): ConnectionSettings => ({
    app: connection.spec.app,
    resource: connection.spec.resource,
    name: connection.spec.name ?? `${connection.spec.app}:DATABASE_URL:salesforce`,
    plan: connection.spec.plan ?? 'enterprise',
    organizationId: connection.spec.organizationId ?? '00D000000000001EAA',
    apiVersion: connection.apiVersion,
    features: connection.spec.features ?? {},
    logplexLogEnabled: connection.spec.logplexLogEnabled ?? false,
  });

  /** The schema diff from the live version to `target`, as the recorded answer has it: every mapping, each with its flags and message. */
  const schemaDiffOf = (connection: LiveConnection, target: string): Record<string, unknown> => {
    const entries = connection.mappings.map((mapping): SchemaDiffEntry => {
      const scripted = connection.spec.schemaDiff?.find((entry) => entry.name.toLowerCase() === mapping.object_name.toLowerCase());
      return {
        action_undetermined: scripted?.action_undetermined ?? false,
        fields_have_changed: scripted?.fields_have_changed ?? false,
        has_unsafe_changes: scripted?.has_unsafe_changes ?? false,
        name: mapping.object_name,
        result_message: scripted?.result_message ?? UNCHANGED_FIELDS_MESSAGE,
      };
    });
    return schemaDiffAnswer(connection.id.slice(0, 8), connection.apiVersion, target, entries);
  };

  /**
   * An operator action's answer: accepted (202, no body recorded) with the state it brings after
   * actionMs, or refused (409) from a state it cannot start in. The refusal bodies are inferred:
   * no recording shows one.
   */
  const operatorAction = (match: RegExpExecArray, now: number, from: readonly string[], refusal: string, act: (connection: LiveConnection) => void): Answer =>
    withConnection(match, (connection) => {
      advance(connection, now);
      if (from.length > 0 && !from.includes(connection.state)) return { status: 409, body: { message: `${refusal} It is ${connection.state}.` } };
      act(connection);
      return { status: 202 };
    });

  const detailOf = (connection: LiveConnection, now: number): Record<string, unknown> => {
    advance(connection, now);
    const importing = connection.pending !== undefined && now >= connection.pending.at + timing.lagMs;
    const mappings = connection.mappings.map((mapping) => {
      const appliedAt = Date.parse(mapping.applied_at);
      // A mapping an import created was created when it was applied.
      mapping.createdAt ??= appliedAt;
      return mappingDetail({ ...mapping, connectionId: connection.id, state_description: mapping.state_description ?? '', appliedAt, createdAt: mapping.createdAt }, regionUrl);
    });
    return connectionDetail(
      { ...connection, app: connection.spec.app, resource: connection.spec.resource, state: importing ? 'IMPORT_CONFIGURATION' : connection.state, mappings },
      settingsOf(connection),
    );
  };

  const exportOf = (connection: LiveConnection, now: number): Record<string, unknown> => {
    advance(connection, now);
    return exportAnswer(
      connection.mappings.map((mapping) => ({ object_name: mapping.object_name, config: mapping.config, appliedAt: Date.parse(mapping.applied_at) })),
      settingsOf(connection),
      now,
    );
  };

  const discoveryResult = (connection: LiveConnection): Record<string, unknown> =>
    searchEntry({ id: connection.id, app: connection.spec.app, appId: connection.appId, resource: connection.spec.resource }, regionUrl);

  /**
   * The page of `items` a list request asks for: `page` (from 1) of `page_size` entries (the
   * stand-in's page size when it names none, never more than its largest), and the absolute URLs of
   * the pages around it, on the host asked.
   */
  const pageOf = <T>(items: readonly T[], url: URL): Page<T> => {
    const asked = wholeNumberOf(url.searchParams.get('page_size'));
    const size = Math.max(1, Math.min(asked ?? options.pageSize ?? 10, options.maxPageSize ?? 1000));
    const current = wholeNumberOf(url.searchParams.get('page')) ?? 1;
    const linkTo = (page: number): string => {
      const link = new URL(url);
      link.searchParams.set('page', String(page));
      return link.href;
    };
    return {
      results: items.slice((current - 1) * size, current * size),
      next: current * size < items.length ? linkTo(current + 1) : null,
      previous: current > 1 ? linkTo(current - 1) : null,
      count: items.length,
    };
  };

  /** The unacknowledged notifications the `after`, `before` and `event_type` filters keep, newest first: the list's order. */
  const notificationsIn = (connection: LiveConnection, url: URL): LiveConnection['notifications'] => {
    const type = url.searchParams.get('event_type');
    return connection.notifications
      .filter((n) => !n.acknowledged && inWindow(n.created_at, url) && (type === null || n.event_type === type))
      .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
  };

  const connectionOf = (match: RegExpExecArray): LiveConnection | undefined => connections.find((c) => c.id === decodeURIComponent(match[1]!));
  const mappingOf = (match: RegExpExecArray): { connection: LiveConnection; mapping: LiveMapping } | undefined => {
    for (const connection of connections) {
      const mapping = connection.mappings.find((m) => m.id === decodeURIComponent(match[1]!));
      if (mapping) return { connection, mapping };
    }
    return undefined;
  };

  /**
   * Every endpoint the stand-in serves: the server it is on, its method and path, and how it is
   * answered at time `now` (later than the request's arrival when a fault delays it). A new
   * endpoint is one entry here (and its name in `Route`).
   */
  const routes: Record<Route, RouteSpec> = {
    search: {
      side: 'discovery',
      method: 'GET',
      path: /^\/connections$/,
      handle: ({ url, now }) => {
        const app = url.searchParams.get('app') ?? '';
        const resource = url.searchParams.get('resource_name');
        const shownAt = linked.get(app);
        const hidden = options.requireLink && (shownAt === undefined || now < shownAt);
        const visible = hidden ? [] : connections.filter((c) => c.spec.app === app && (resource === null || c.spec.resource === resource));
        return { status: 200, body: searchAnswer(pageOf(visible.map(discoveryResult), url), regionUrl) };
      },
    },
    link: {
      side: 'discovery',
      method: 'POST',
      path: /^\/auth\/([^/]+)$/,
      handle: ({ match, now }) => {
        const app = decodeURIComponent(match[1]!);
        if (!linked.has(app)) linked.set(app, now + (options.linkDelayMs ?? 0));
        const mine = connections.filter((c) => c.spec.app === app);
        return { status: 200, body: linkAnswer(mine.map(discoveryResult), regionUrl) };
      },
    },
    detail: {
      side: 'region',
      method: 'GET',
      path: /^\/api\/v3\/connections\/([^/]+)$/,
      handle: ({ match, now }) => withConnection(match, (connection) => ({ status: 200, body: detailOf(connection, now) })),
    },
    export: {
      side: 'region',
      method: 'GET',
      path: /^\/api\/v3\/connections\/([^/]+)\/actions\/export$/,
      handle: ({ match, now }) => withConnection(match, (connection) => ({ status: 200, body: exportOf(connection, now) })),
    },
    import: {
      side: 'region',
      method: 'POST',
      path: /^\/api\/v3\/connections\/([^/]+)\/actions\/import$/,
      handle: ({ match, body, now }) =>
        withConnection(match, (connection) => {
          if (!isRecord(body) || !Array.isArray(body.mappings) || !body.mappings.every((m) => isRecord(m) && typeof m.object_name === 'string')) {
            return { status: 400, body: { message: 'The configuration is not a Heroku Connect export: "mappings" must be a list of objects with "object_name".' } };
          }
          advance(connection, now);
          // A second import before the first is applied: the first is applied at once, the second queued.
          if (connection.pending) apply(connection, connection.pending.mappings, now);
          connection.pending = { at: now, mappings: body.mappings as ExportMapping[] };
          return { status: 200 };
        }),
    },
    validate: {
      side: 'region',
      method: 'POST',
      path: /^\/api\/v3\/connections\/([^/]+)\/validations$/,
      handle: ({ match, now }) =>
        withConnection(match, (connection) => {
          const job = randomUUID();
          validations.set(job, { connection, readyAt: options.validationNeverFinishes ? Infinity : now + timing.validationMs });
          return { status: 202, body: { result_url: `${regionUrl}/api/v3/connections/${connection.id}/validations/${job}` } };
        }),
    },
    'validation-result': {
      side: 'region',
      method: 'GET',
      path: /^\/api\/v3\/connections\/([^/]+)\/validations\/([^/]+)$/,
      handle: ({ match, now }) => {
        const job = validations.get(decodeURIComponent(match[2]!));
        if (!job || job.connection.id !== decodeURIComponent(match[1]!)) return { status: 404, body: { message: 'No such validation' } };
        if (now < job.readyAt) return { status: 202 };
        advance(job.connection, now);
        const mappings = Object.fromEntries(job.connection.mappings.map((mapping) => [mapping.object_name, mappingChecks(mapping.object_name)]));
        return { status: 200, body: validationResult(options.validationForm ?? 'full', checksOf(options.validation?.connection, PASSING_CONNECTION), mappings) };
      },
    },
    'mapping-validation': {
      side: 'region',
      method: 'GET',
      path: /^\/api\/v3\/mappings\/([^/]+)\/validations$/,
      handle: ({ match }) => {
        const found = mappingOf(match);
        return found ? { status: 200, body: checkListsAnswer(mappingChecks(found.mapping.object_name)) } : { status: 404, body: { message: `No mapping ${match[1]}` } };
      },
    },
    'write-errors': {
      side: 'region',
      method: 'GET',
      path: /^\/api\/v3\/connections\/([^/]+)\/errors$/,
      handle: ({ match, url, now }) =>
        withConnection(match, (connection) => {
          advance(connection, now);
          // Of the last 24 hours; each keeps its place in the whole log as its id.
          const recent = connection.writeErrors.flatMap((error, i) => {
            const createdAt = Date.parse(error.created_at);
            return createdAt >= now - 86_400_000 ? [writeErrorEntry(i + 1, { ...error, createdAt })] : [];
          });
          return { status: 200, body: errorsAnswer(pageOf(recent, url)) };
        }),
    },
    notifications: {
      side: 'region',
      method: 'GET',
      path: /^\/api\/v3\/connections\/([^/]+)\/notifications$/,
      handle: ({ match, url }) =>
        withConnection(match, (connection) => {
          const shown = notificationsIn(connection, url).map((n) => notificationEntry({ ...n, createdAt: Date.parse(n.created_at) }));
          return { status: 200, body: notificationsAnswer(pageOf(shown, url)) };
        }),
    },
    acknowledge: {
      side: 'region',
      method: 'POST',
      path: /^\/api\/v3\/connections\/([^/]+)\/notifications\/acknowledge$/,
      handle: ({ match, url }) =>
        withConnection(match, (connection) => {
          // One page at a time, as the list gives them: the rest stay unacknowledged.
          for (const n of pageOf(notificationsIn(connection, url), url).results) n.acknowledged = true;
          return { status: 204 };
        }),
    },
    'schema-diff': {
      side: 'region',
      method: 'GET',
      path: /^\/api\/v3\/connections\/([^/]+)\/schema-diff$/,
      handle: ({ match, url, now }) =>
        withConnection(match, (connection) => {
          advance(connection, now);
          const target = url.searchParams.get('target_version') ?? '';
          const invalid = invalidTarget(target);
          if (invalid) return invalid;
          return { status: 200, body: schemaDiffOf(connection, target) };
        }),
    },
    'change-api-version': {
      side: 'region',
      method: 'POST',
      path: /^\/api\/v3\/connections\/([^/]+)\/actions\/change-sf-api-version$/,
      handle: ({ match, body, now }) =>
        withConnection(match, (connection) => {
          advance(connection, now);
          const target = isRecord(body) && typeof body.target_version === 'string' ? body.target_version : '';
          const invalid = invalidTarget(target);
          if (invalid) return invalid;
          if (connection.state !== 'PAUSED') return { status: 409, body: { message: `The connection must be paused before its API version is changed. It is ${connection.state}.` } };
          const diff = schemaDiffOf(connection, target);
          const entries = diff.mappings as SchemaDiffEntry[];
          // A paused connection whose mapping is still polling Salesforce (or loading) is refused (change-sf-api-version.409.syncing.json).
          const syncing = connection.mappings.filter((mapping) => judgeMapping(mapping.state) === 'working').map((mapping) => mapping.object_name);
          const unsafe = entries.some((entry) => entry.has_unsafe_changes || entry.action_undetermined);
          const refusal = options.apiVersionChangeRefusal ?? (syncing.length > 0 ? 'syncing' : unsafe ? 'unsafe-with-diff' : undefined);
          if (refusal) return { status: 409, body: apiVersionRefusal(refusal, diff, syncing) };
          connection.transition = { at: now + timing.actionMs, apiVersion: target };
          return { status: 202, body: apiVersionChangeAnswer(diff, target) };
        }),
    },
    pause: {
      side: 'region',
      method: 'POST',
      path: /^\/api\/v3\/connections\/([^/]+)\/actions\/pause$/,
      handle: ({ match, now }) =>
        operatorAction(match, now, ['IDLE'], 'Connections can only be paused when they are IDLE.', (connection) => {
          if (!options.pauseNeverTakesEffect) connection.transition = { at: now + timing.actionMs, state: 'PAUSED' };
        }),
    },
    resume: {
      side: 'region',
      method: 'POST',
      path: /^\/api\/v3\/connections\/([^/]+)\/actions\/resume$/,
      handle: ({ match, now }) =>
        operatorAction(match, now, ['PAUSED'], 'Only a paused connection can be resumed.', (connection) => {
          connection.transition = { at: now + timing.actionMs, state: 'IDLE' };
        }),
    },
    restart: {
      side: 'region',
      method: 'POST',
      path: /^\/api\/v3\/connections\/([^/]+)\/actions\/restart$/,
      // Restart clears errors and tries to resume: RECOVERY, then IDLE, from any state.
      handle: ({ match, now }) =>
        operatorAction(match, now, [], '', (connection) => {
          connection.state = 'RECOVERY';
          connection.transition = { at: now + timing.actionMs, state: 'IDLE' };
        }),
    },
    reload: {
      side: 'region',
      method: 'POST',
      path: /^\/api\/v3\/mappings\/([^/]+)\/actions\/reload$/,
      handle: ({ match, now }) => {
        const found = mappingOf(match);
        if (!found) return { status: 404, body: { message: `No mapping ${match[1]}` } };
        advance(found.connection, now);
        // The table is cleared, then loaded again: RELOAD_TABLE, then DATA_SYNCED (or the scripted error state).
        found.mapping.state = 'RELOAD_TABLE';
        found.mapping.state_description = 'Reloading';
        found.mapping.settlesAt = now + timing.actionMs;
        if (options.reloadEndsIn !== undefined) found.mapping.settlesInto = options.reloadEndsIn;
        return { status: 202 };
      },
    },
    'delete-mapping': {
      side: 'region',
      method: 'DELETE',
      path: /^\/api\/v3\/mappings\/([^/]+)$/,
      handle: ({ match }) => {
        const found = mappingOf(match);
        if (!found) return { status: 404, body: { message: `No mapping ${match[1]}` } };
        found.connection.mappings = found.connection.mappings.filter((mapping) => mapping !== found.mapping);
        return { status: 204 };
      },
    },
  };

  const withConnection = (match: RegExpExecArray, answer: (connection: LiveConnection) => Answer): Answer => {
    const connection = connectionOf(match);
    return connection ? answer(connection) : { status: 404, body: { message: `No connection ${match[1]}` } };
  };

  /** The route a request takes, with its path's captures; none for a path no route serves. */
  const route = (side: 'discovery' | 'region', method: string, url: URL): { name: Route; spec: RouteSpec; match: RegExpExecArray } | undefined => {
    for (const [name, spec] of Object.entries(routes) as [Route, RouteSpec][]) {
      const match = spec.side === side && spec.method === method ? spec.path.exec(url.pathname) : null;
      if (match) return { name, spec, match };
    }
    return undefined;
  };

  const handler = (side: 'discovery' | 'region') => (request: IncomingMessage, response: ServerResponse) => {
    const method = request.method ?? 'GET';
    // On the server's own origin, so that the `next` of a page is absolute on the host asked.
    const url = new URL(request.url ?? '/', side === 'discovery' ? discoveryUrl : regionUrl);
    const found = route(side, method, url);
    const name = found?.name;
    const record: RecordedRequest = { method, path: `${url.pathname}${url.search}`, ...(name && { route: name }), time: now() };
    if (request.headers.authorization !== undefined) record.authorization = request.headers.authorization;
    requests.push(record);
    const fault = takeFault(name);
    if (fault?.kind === 'drop') {
      options.log?.(`${method} ${record.path} → dropped`);
      request.socket.destroy();
      return;
    }
    const onBody = (received: RequestBody): void => {
      // Recorded as sent when it is not JSON: a test can then see what a client got wrong.
      const body = 'json' in received ? received.json : received.text;
      if (body !== undefined) record.body = body;
      const answer = (): void => {
        let result: Answer;
        if (fault?.kind === 'status') {
          result = { status: fault.status, body: { message: `Scripted fault ${fault.status}` }, ...(fault.retryAfter !== undefined && { headers: { 'Retry-After': fault.retryAfter } }) };
        } else if (request.headers.authorization !== `Bearer ${options.apiKey}`) {
          // No Connect 401 body is recorded; its error bodies are {"message"} (or {"error"}).
          result = { status: 401, body: { message: 'Invalid credentials provided.' } };
        } else if (fault?.kind === 'answer') {
          result = { status: fault.status ?? 200, ...(fault.text !== undefined ? { text: fault.text } : { body: fault.body }), ...(fault.headers && { headers: fault.headers }) };
        } else if (fault?.kind === 'endless') {
          options.log?.(`${method} ${record.path} → 200, a body that never ends`);
          sendEndless(response);
          return;
        } else {
          result = found ? found.spec.handle({ url, match: found.match, body, now: now() }) : { status: 404, body: { message: `No route for ${method} ${url.pathname}` } };
          if (name === 'import' && result.status >= 200 && result.status < 300) accepted.push(record);
          if (fault?.kind === 'mutate') result = { ...result, body: fault.mutate(result.body) };
        }
        options.log?.(`${method} ${record.path} → ${result.status}`);
        send(response, result);
      };
      if (fault?.kind === 'hang') {
        options.log?.(`${method} ${record.path} → held, never answered`);
        options.onHang?.();
      } else if (fault?.kind === 'delay') {
        const timer = setTimeout(() => {
          timers.delete(timer);
          answer();
        }, fault.ms);
        timers.add(timer);
      } else {
        answer();
      }
    };
    // A client that goes away mid-body gets no answer, as from a real server.
    readRequestBody(request).then(onBody, () => undefined);
  };

  const discovery = createServer(handler('discovery'));
  const region = createServer(handler('region'));
  discoveryUrl = await listen(discovery, options.port ?? 0);
  regionUrl = await listen(region, 0);
  return {
    url: discoveryUrl,
    regionUrl,
    requests,
    imports: accepted,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      await Promise.all([stop(discovery), stop(region)]);
    },
  };
}

/** The `after` and `before` filters of the notification endpoints, as ISO times (after inclusive, before exclusive). */
function inWindow(createdAt: string, url: URL): boolean {
  const at = Date.parse(createdAt);
  const after = url.searchParams.get('after');
  const before = url.searchParams.get('before');
  return (after === null || at >= Date.parse(after)) && (before === null || at < Date.parse(before));
}

function writeError(error: StandInWriteError, at: number): LiveConnection['writeErrors'][number] {
  return { table_name: error.table_name, record_id: error.record_id, message: error.message, created_at: error.created_at ?? new Date(at).toISOString() };
}

/** A positive whole number given as a query parameter, or undefined. */
function wholeNumberOf(value: string | null): number | undefined {
  return value !== null && /^[1-9]\d{0,6}$/.test(value) ? Number(value) : undefined;
}

function live(spec: StandInConnection, started: number, nextRevision: () => number): LiveConnection {
  return {
    writeErrors: [],
    notifications: (spec.notifications ?? []).map((n, i) => ({
      id: String(i + 1),
      event_type: n.event_type,
      message: n.message,
      created_at: new Date(started - (n.agoMs ?? 60_000)).toISOString(),
      acknowledged: false,
    })),
    spec,
    id: spec.id ?? randomUUID(),
    appId: randomUUID(),
    addonId: randomUUID(),
    createdAt: started - 30 * 86_400_000,
    state: spec.state ?? 'IDLE',
    apiVersion: spec.apiVersion ?? '64.0',
    ...(spec.settlesAfterMs !== undefined && { settlesAt: started + spec.settlesAfterMs }),
    mappings: (spec.mappings ?? []).map((mapping) => ({
      id: randomUUID(),
      object_name: mapping.object_name,
      config: mapping.config ?? { access: 'read_only', fields: { Id: {}, SystemModstamp: {} } },
      revision: nextRevision(),
      applied_at: new Date(started - 86_400_000).toISOString(),
      state: mapping.state ?? 'DATA_SYNCED',
      state_description: mapping.state_description ?? DESCRIPTIONS[mapping.state ?? 'DATA_SYNCED'] ?? '',
      lastPollAt: started - (mapping.lastPollAgoMs ?? 60_000),
      createdAt: started - 7 * 86_400_000,
      counts: { db: 1000, sf: 1000, pending: 0, errors: 0, ...mapping.counts },
    })),
  };
}

/** The schema diff's and the API-version change's answer to a target_version that is no API version such as 61.0 (no recording shows this 400). */
function invalidTarget(target: string): Answer | undefined {
  return /^\d{1,3}\.\d$/.test(target) ? undefined : { status: 400, body: { message: `Invalid target_version "${target}".` } };
}

function send(response: ServerResponse, answer: Answer): void {
  // The client may have given up (its timeout) and closed the connection while the answer was delayed.
  if (response.destroyed) return;
  const text = answer.text ?? (answer.body === undefined ? '' : JSON.stringify(answer.body));
  response.writeHead(answer.status, { ...(text.length > 0 && { 'Content-Type': 'application/json' }), ...answer.headers });
  response.end(text);
}

/** A JSON list that never closes, written as fast as the client reads it, until the client goes away. */
function sendEndless(response: ServerResponse): void {
  if (response.destroyed) return;
  response.writeHead(200, { 'Content-Type': 'application/json' });
  const chunk = Buffer.from('{"results":['.padEnd(64 * 1024, ' '));
  const more = (): void => {
    while (!response.destroyed && response.write(chunk));
  };
  response.on('drain', more);
  more();
}
