import { ConfigurationError, RemoteFailure } from '../../core/errors.js';
import { describeStatus, HttpClient, type HttpAnswer, type HttpClientOptions, type HttpRequest } from '../../core/http/client.js';
import { systemClock, type Clock } from '../../core/http/clock.js';
import { checkedCredential, checkedCredentialUrl, urlSegment } from '../../core/http/safety.js';
import { answerFailure } from '../../core/http/shape.js';
import {
  parseDetail,
  parseApiVersionChange,
  parseExport,
  parseLink,
  pageLinks,
  parseNotifications,
  parseSchemaDiff,
  parseSearch,
  parseValidation,
  parseValidationStart,
  parseWriteErrors,
  type ConnectionDetail,
  type ConnectNotification,
  type DiscoveredConnection,
  type ExportDocument,
  type ListedConnection,
  type SchemaDiff,
  type ValidationResults,
  type WriteError,
} from './types.js';

const SERVICE = 'Heroku Connect';

/** The most bytes of one answer read, decompressed: an export of hundreds of mappings is a few MB. */
export const CONNECT_MAX_BODY_BYTES = 64 * 1024 * 1024;

/** The most pages of one list read (each of up to 1,000 entries where the page size is asked). */
export const MAX_PAGES = 50;

export interface ConnectApiOptions extends Pick<HttpClientOptions, 'clock' | 'fetch' | 'timeoutMs' | 'retries' | 'random' | 'log'> {
  apiKey: string;
  discoveryServer: string;
  /** Clock time by which every call ends, retries and waits included; the client's budget per call otherwise. */
  deadline?: number;
}

/**
 * The Heroku Connect API: the shared HTTP client with the API key, the discovery server, and the
 * deadline every call keeps. Discovery and linking go to the discovery server; everything about one
 * connection goes to its own `region_url`. The key goes only to `origins`: the discovery server's,
 * and each regional host that a discovery answer names; every URL taken from an answer
 * (`detail_url`, `result_url`, `next`) is held to them by the HTTP client. Each endpoint is one
 * function below, over `call`.
 */
export interface ConnectApi {
  readonly http: HttpClient;
  readonly discovery: string;
  readonly deadline?: number;
  readonly origins: Set<string>;
  /** The client's clock, for the waits between calls. */
  readonly clock: Clock;
}

export function connectApi(options: ConnectApiOptions): ConnectApi {
  const apiKey = checkedCredential(options.apiKey, 'The Heroku API key', 'Pass the bare key (heroku auth:token).');
  const { apiKey: _key, discoveryServer, deadline, ...policy } = options;
  const discovery = keyUrl(discoveryServer, 'The Heroku Connect discovery server (CONNECT_DISCOVERY_SERVER)');
  const origins = new Set([discovery.origin]);
  return {
    http: new HttpClient({
      ...policy,
      service: SERVICE,
      credential: 'the API key',
      headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json', 'User-Agent': 'heroku-connect-action' },
      origins,
      maxBodyBytes: CONNECT_MAX_BODY_BYTES,
    }),
    discovery: withoutTrailingSlash(discovery.href),
    origins,
    clock: policy.clock ?? systemClock,
    ...(deadline !== undefined && { deadline }),
  };
}

/** `GET /connections?app=`, every page: the connections of an app the key's user can see. */
export async function searchConnections(api: ConnectApi, app: string, resource?: string): Promise<DiscoveredConnection[]> {
  const query = new URLSearchParams({ app, ...(resource && { resource_name: resource }) });
  const purpose = `list the connections of app "${app}"${resource ? ` with resource "${resource}"` : ''}`;
  return discovered(api, await allPages(api, { url: `${api.discovery}/connections?${query.toString()}`, purpose }, parseSearch), purpose);
}

/**
 * `POST /auth/<app>`: puts the key's user on the access list of the app's connections; until then
 * the search can come back empty. Returns the connections its answer lists (none when it lists none).
 */
export async function linkUser(api: ConnectApi, app: string): Promise<DiscoveredConnection[]> {
  const purpose = `link the API key's user to app "${app}"`;
  return discovered(
    api,
    parseLink(
      await call(api, { method: 'POST', url: `${api.discovery}/auth/${urlSegment(app, (reason) => new ConfigurationError(`The app name ${reason}; use the Heroku app's name.`))}`, purpose }),
      purpose,
    ),
    purpose,
  );
}

/**
 * The listed connections, each with its region: the regions listed become origins the key may go
 * to, and an entry without one takes its detail's (read from its `detail_url`, which, as that
 * region, must be on an origin discovery named).
 */
async function discovered(api: ConnectApi, listed: readonly ListedConnection[], purpose: string): Promise<DiscoveredConnection[]> {
  for (const connection of listed) if (connection.region_url !== undefined) api.origins.add(keyUrl(connection.region_url, 'The region URL from Heroku Connect').origin);
  const connections: DiscoveredConnection[] = [];
  for (const [i, connection] of listed.entries()) {
    connections.push(connection.region_url !== undefined ? { ...connection, region_url: connection.region_url } : { ...connection, region_url: await regionOfDetail(api, connection, i, purpose) });
  }
  return connections;
}

async function regionOfDetail(api: ConnectApi, connection: ListedConnection, index: number, purpose: string): Promise<string> {
  const detail = await readDetailAt(api, connection.detail_url, `${api.discovery}/`, connection);
  const region = detail.region_url;
  if (region === undefined) throw answerFailure(SERVICE, purpose, `results[${index}] has no "region_url", and neither has its detail`);
  const url = keyUrl(region, 'The region URL from Heroku Connect');
  if (!api.origins.has(url.origin)) throw api.http.offOrigin(`take the region of connection "${connection.resource_name}" from its detail`, url);
  return region;
}

/** `GET {detail_url}?deep=true`: the connection's state and its mappings' states. */
export async function readDetail(api: ConnectApi, connection: DiscoveredConnection): Promise<ConnectionDetail> {
  return readDetailAt(api, connection.detail_url, `${withoutTrailingSlash(connection.region_url)}/`, connection);
}

/** The deep detail at `detailUrl` (absolute, as discovery gives it, or relative to `base`). */
async function readDetailAt(api: ConnectApi, detailUrl: string, base: string, connection: { resource_name: string }): Promise<ConnectionDetail> {
  const purpose = `read the state of connection "${connection.resource_name}"`;
  const url = urlFrom(detailUrl, base, 'detail_url', purpose);
  url.searchParams.set('deep', 'true');
  return parseDetail(await call(api, { url: url.href, purpose }), purpose);
}

/** `GET …/actions/export`: the live configuration, as `heroku connect:export` writes it. */
export async function exportConfiguration(api: ConnectApi, connection: DiscoveredConnection): Promise<ExportDocument> {
  const purpose = `export the configuration of connection "${connection.resource_name}"`;
  return parseExport(await call(api, { url: actionUrl(connection, 'export'), purpose }), purpose);
}

/**
 * `POST …/actions/import`. Accepted means queued: the import runs asynchronously, and its errors show
 * later in the states. Any 2xx is accepted whatever its body (the real answer has none), so a 2xx
 * is never sent again. When an attempt gets no usable answer (a 5xx, a timeout) the import is sent
 * again, and Heroku Connect may have taken the first one: `onResend` hears of each.
 */
export async function importConfiguration(api: ConnectApi, connection: DiscoveredConnection, document: ExportDocument, onResend?: (what: string) => void): Promise<void> {
  await call(api, {
    method: 'POST',
    url: actionUrl(connection, 'import'),
    json: document,
    purpose: `import the configuration into connection "${connection.resource_name}"`,
    expect: 'any',
    ...(onResend && { onRetry: onResend }),
  });
}

/** `POST …/validations`: starts the connection's diagnose and returns where its result will be (202 `{result_url}`). */
export async function startValidation(api: ConnectApi, connection: DiscoveredConnection): Promise<string> {
  const purpose = `start the diagnose of connection "${connection.resource_name}"`;
  return parseValidationStart(await call(api, { method: 'POST', url: `${connectionUrl(connection)}/validations`, purpose }), purpose);
}

/**
 * `GET {result_url}`: the diagnose's result, or undefined while it runs (202). The URL comes from the
 * answer, so the API key goes there only when it is on an origin discovery named.
 */
export async function readValidationResult(api: ConnectApi, connection: DiscoveredConnection, resultUrl: string): Promise<ValidationResults | undefined> {
  const purpose = `read the diagnose result of connection "${connection.resource_name}"`;
  const answer = await send(api, { url: urlFrom(resultUrl, `${withoutTrailingSlash(connection.region_url)}/`, 'result_url', purpose).href, purpose });
  return answer.status === 202 ? undefined : parseValidation(answer.body, purpose);
}

/** `GET /api/v3/mappings/{id}/validations`: one mapping's diagnose, answered at once. */
export async function validateMapping(api: ConnectApi, connection: DiscoveredConnection, mapping: { id: string; object_name: string }): Promise<ValidationResults> {
  const purpose = `diagnose the ${mapping.object_name} mapping`;
  return parseValidation(await call(api, { url: `${mappingUrl(connection, mapping.id)}/validations`, purpose }), purpose);
}

/** `GET …/errors`, every page until `count` is reached: the writes to Salesforce that failed in the last 24 hours. */
export async function readWriteErrors(api: ConnectApi, connection: DiscoveredConnection): Promise<WriteError[]> {
  const purpose = `read the write errors of connection "${connection.resource_name}"`;
  return allPages(api, { url: `${connectionUrl(connection)}/errors`, purpose }, parseWriteErrors);
}

/** The filters of the notification list, which acknowledging repeats: the page size the Heroku CLI sends, and `before`. */
function notificationQuery(before: string | undefined): URLSearchParams {
  return new URLSearchParams({ page_size: '1000', ...(before && { before }) });
}

/** `GET …/notifications`, every page: the connection's unacknowledged notifications (created before `before`, an ISO time, when given). */
export async function readNotifications(api: ConnectApi, connection: DiscoveredConnection, before?: string): Promise<ConnectNotification[]> {
  const purpose = `read the notifications of connection "${connection.resource_name}"`;
  return allPages(api, { url: `${connectionUrl(connection)}/notifications?${notificationQuery(before).toString()}`, purpose }, parseNotifications);
}

/**
 * `POST …/notifications/acknowledge` with the list's filters and page size as query parameters
 * (204): those created before `before` are acknowledged, so one that arrived after they were read
 * stays new. Heroku Connect may acknowledge a page at a time, so the list is read again, and
 * acknowledged again while any of `reported` is still on it, at most once per page they fill.
 * Returns those of `reported` still unacknowledged at the end.
 */
export async function acknowledgeNotifications(api: ConnectApi, connection: DiscoveredConnection, before: string, reported: readonly ConnectNotification[]): Promise<ConnectNotification[]> {
  const purpose = `acknowledge the notifications of connection "${connection.resource_name}"`;
  const rounds = Math.min(MAX_PAGES, Math.ceil(reported.length / 1000) + 1);
  let left: readonly ConnectNotification[] = reported;
  for (let round = 0; round < rounds && left.length > 0; round++) {
    await call(api, { method: 'POST', url: `${connectionUrl(connection)}/notifications/acknowledge?${notificationQuery(before).toString()}`, purpose, expect: 'any' });
    const listed = new Set((await readNotifications(api, connection, before)).map((notification) => notification.id));
    left = left.filter((notification) => listed.has(notification.id));
  }
  return [...left];
}

/** `DELETE /api/v3/mappings/{id}`: the mapping goes, and with it its table and data. */
export async function deleteMapping(api: ConnectApi, connection: DiscoveredConnection, mapping: { id: string; object_name: string }): Promise<void> {
  await call(api, { method: 'DELETE', url: mappingUrl(connection, mapping.id), purpose: `delete the ${mapping.object_name} mapping`, expect: 'any' });
}

/** `GET …/schema-diff?target_version=`: what moving the connection to `targetVersion` does to each mapping. Read only. */
export async function readSchemaDiff(api: ConnectApi, connection: DiscoveredConnection, targetVersion: string): Promise<SchemaDiff> {
  const purpose = `read the schema diff of connection "${connection.resource_name}" for Salesforce API ${targetVersion}`;
  return parseSchemaDiff(await call(api, { url: `${connectionUrl(connection)}/schema-diff?${new URLSearchParams({ target_version: targetVersion }).toString()}`, purpose }), purpose);
}

/**
 * `POST …/actions/change-sf-api-version` `{target_version}` (202) on a paused connection. A refusal
 * (409: unsafe changes, a mapping still syncing) is a remote failure quoting Heroku's message.
 */
export async function changeApiVersion(api: ConnectApi, connection: DiscoveredConnection, targetVersion: string): Promise<SchemaDiff> {
  const purpose = `change the Salesforce API version of connection "${connection.resource_name}" to ${targetVersion}`;
  return parseApiVersionChange(
    await call(api, { method: 'POST', url: `${connectionUrl(connection)}/actions/change-sf-api-version`, json: { target_version: targetVersion }, purpose, expect: 'any' }),
    purpose,
  );
}

/** The connection's operator actions (the Heroku CLI's connect:pause, connect:resume, connect:restart). */
export type ConnectionAction = 'pause' | 'resume' | 'restart';

const ACTION_PURPOSE: Record<ConnectionAction, string> = { pause: 'pause', resume: 'resume', restart: 'restart (recover)' };

/** `POST …/actions/{pause|resume|restart}`, no body: accepted means asked; the connection's state shows when it took effect. */
export async function connectionAction(api: ConnectApi, connection: DiscoveredConnection, action: ConnectionAction): Promise<void> {
  await call(api, { method: 'POST', url: `${connectionUrl(connection)}/actions/${action}`, purpose: `${ACTION_PURPOSE[action]} connection "${connection.resource_name}"`, expect: 'any' });
}

/** `POST /api/v3/mappings/{id}/actions/reload` (202): Heroku Connect empties the mapping's table and loads it again from Salesforce. */
export async function reloadMapping(api: ConnectApi, connection: DiscoveredConnection, mapping: { id: string; object_name: string }): Promise<void> {
  await call(api, { method: 'POST', url: `${mappingUrl(connection, mapping.id)}/actions/reload`, purpose: `reload the ${mapping.object_name} mapping`, expect: 'any' });
}

/**
 * Every entry of a list Heroku Connect may page: its `next` links are followed, on the list's own
 * origin only, until `count` entries are read or there is no next page, and at most MAX_PAGES.
 */
async function allPages<T>(api: ConnectApi, first: HttpRequest, parse: (body: unknown, what: string) => T[]): Promise<T[]> {
  const results: T[] = [];
  let url = new URL(first.url);
  for (let pages = 1; ; pages++) {
    const body = await call(api, { ...first, url: url.href });
    for (const entry of parse(body, first.purpose)) results.push(entry);
    const page = pageLinks(body);
    if (page.next === undefined || (page.count !== undefined && results.length >= page.count)) return results;
    if (pages === MAX_PAGES) {
      throw new RemoteFailure(SERVICE, 'answered', `Heroku Connect had more than ${MAX_PAGES} pages to list when asked to ${first.purpose}; no more than ${MAX_PAGES} are read.`);
    }
    const next = urlFrom(page.next, url.href, 'next', first.purpose);
    if (next.origin !== url.origin) throw api.http.offOrigin(first.purpose, next);
    url = next;
  }
}

/** A URL an answer gave (absolute, or relative to `base`); one that is not a URL is a wrong answer. */
function urlFrom(value: string, base: string, field: string, purpose: string): URL {
  try {
    return new URL(value, base);
  } catch {
    throw answerFailure(SERVICE, purpose, `"${field}" is not a URL`);
  }
}

/** The parsed body of a success; a refused key is the user's to fix, any other error answer a remote failure. */
async function call(api: ConnectApi, request: HttpRequest): Promise<unknown> {
  return (await send(api, request)).body;
}

/** The answer to a request that succeeded (any 2xx), for the callers that tell 200 from 202. */
async function send(api: ConnectApi, request: HttpRequest): Promise<HttpAnswer> {
  const answer = await api.http.request({ ...request, ...(api.deadline !== undefined && { deadline: api.deadline }) });
  if (answer.status >= 200 && answer.status < 300) return answer;
  const described = describeStatus(answer.status, answer.body);
  if (answer.status === 401 || answer.status === 403) {
    throw new ConfigurationError(
      `Heroku Connect refused the API key (${described}) when asked to ${request.purpose}: the key is wrong or expired, or its user has no access to the app. ` +
        'Use the key of a user who can open the app\'s Heroku Connect dashboard ("heroku authorizations:create" makes a long-lived one).',
    );
  }
  throw new RemoteFailure(SERVICE, 'answered', `Heroku Connect answered ${described} when asked to ${request.purpose}.`);
}

function actionUrl(connection: DiscoveredConnection, name: 'import' | 'export'): string {
  return `${connectionUrl(connection)}/actions/${name}`;
}

function connectionUrl(connection: DiscoveredConnection): string {
  return `${regionApi(connection)}/connections/${answeredSegment(connection.id, 'connection id')}`;
}

function mappingUrl(connection: DiscoveredConnection, id: string): string {
  return `${regionApi(connection)}/mappings/${answeredSegment(id, 'mapping id')}`;
}

/** An id from Heroku Connect's answer as a URL segment, never one that steers the key to another path. */
function answeredSegment(id: string, what: string): string {
  return urlSegment(id, (reason) => new RemoteFailure(SERVICE, 'answered', `Heroku Connect answered a ${what} that ${reason}; no request was sent with it.`));
}

function regionApi(connection: DiscoveredConnection): string {
  return `${withoutTrailingSlash(keyUrl(connection.region_url, 'The region URL from Heroku Connect').href)}/api/v3`;
}

/** The URL, if the API key may be sent there; `name` opens the messages about it. */
function keyUrl(value: string, name: string): URL {
  return checkedCredentialUrl(value, { name, credential: 'the API key' });
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
