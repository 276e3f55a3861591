import { ConfigurationError, RemoteFailure } from '../errors.js';
import { describeStatus, HttpClient, type HttpAnswer, type HttpClientOptions, type HttpRequest } from '../http/client.js';
import { systemClock, type Clock } from '../http/clock.js';
import { checkedCredential, checkedCredentialUrl } from '../http/safety.js';
import {
  parseDetail,
  parseExport,
  parseLink,
  parseNotifications,
  parseSearch,
  parseValidation,
  parseWriteErrors,
  type ConnectionDetail,
  type ConnectNotification,
  type DiscoveredConnection,
  type ExportDocument,
  type ValidationResults,
  type WriteError,
} from './types.js';

export const DEFAULT_DISCOVERY_SERVER = 'https://hc-central.heroku.com';

/** The discovery server: CONNECT_DISCOVERY_SERVER (a local stand-in, in tests and the demo), else Heroku's. */
export function discoveryServerOf(env: NodeJS.ProcessEnv): string {
  return env.CONNECT_DISCOVERY_SERVER || DEFAULT_DISCOVERY_SERVER;
}

const SERVICE = 'Heroku Connect';

export interface ConnectApiOptions extends Pick<HttpClientOptions, 'clock' | 'fetch' | 'timeoutMs' | 'retries' | 'random' | 'log'> {
  apiKey: string;
  discoveryServer: string;
  /** Clock time by which every call ends, retries and waits included; the client's budget per call otherwise. */
  deadline?: number;
}

/**
 * The Heroku Connect API: the shared HTTP client with the API key, the
 * discovery server, and the deadline every call keeps. Discovery and linking go to the discovery
 * server; everything about one connection goes to its own `region_url`. Each endpoint is one
 * function below, over `call`.
 */
export interface ConnectApi {
  readonly http: HttpClient;
  readonly discovery: string;
  readonly deadline?: number;
  /** The client's clock, for the waits between calls. */
  readonly clock: Clock;
}

export function connectApi(options: ConnectApiOptions): ConnectApi {
  const apiKey = checkedCredential(options.apiKey, 'The Heroku API key', 'Pass the bare key (heroku auth:token).');
  const { apiKey: _key, discoveryServer, deadline, ...policy } = options;
  return {
    http: new HttpClient({
      ...policy,
      service: SERVICE,
      credential: 'the API key',
      headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json', 'User-Agent': 'heroku-connect-action' },
    }),
    discovery: withoutTrailingSlash(keyUrl(discoveryServer, 'The Heroku Connect discovery server (CONNECT_DISCOVERY_SERVER)').href),
    clock: policy.clock ?? systemClock,
    ...(deadline !== undefined && { deadline }),
  };
}

/** `GET /connections?app=`: the connections of an app the key's user can see. */
export async function searchConnections(api: ConnectApi, app: string, resource?: string): Promise<DiscoveredConnection[]> {
  const query = new URLSearchParams({ app, ...(resource && { resource_name: resource }) });
  const purpose = `list the connections of app "${app}"${resource ? ` with resource "${resource}"` : ''}`;
  return parseSearch(await call(api, { url: `${api.discovery}/connections?${query}`, purpose }), purpose);
}

/**
 * `POST /auth/<app>`: puts the key's user on the access list of the app's connections (until then
 * the search can come back empty), and answers with the app's connections as the search lists them.
 */
export async function linkUser(api: ConnectApi, app: string): Promise<DiscoveredConnection[]> {
  const purpose = `link the API key's user to app "${app}"`;
  return parseLink(await call(api, { method: 'POST', url: `${api.discovery}/auth/${encodeURIComponent(app)}`, purpose }), purpose);
}

/** `GET {detail_url}?deep=true`: the connection's state and its mappings' states. */
export async function readDetail(api: ConnectApi, connection: DiscoveredConnection): Promise<ConnectionDetail> {
  const url = new URL(connection.detail_url, `${withoutTrailingSlash(connection.region_url)}/`);
  url.searchParams.set('deep', 'true');
  keyUrl(url.href, 'The connection detail URL from Heroku Connect');
  const purpose = `read the state of connection "${connection.resource_name}"`;
  return parseDetail(await call(api, { url: url.href, purpose }), purpose);
}

/** `GET …/actions/export`: the live configuration, as `heroku connect:export` writes it. */
export async function exportConfiguration(api: ConnectApi, connection: DiscoveredConnection): Promise<ExportDocument> {
  const purpose = `export the configuration of connection "${connection.resource_name}"`;
  return parseExport(await call(api, { url: actionUrl(connection, 'export'), purpose }), purpose);
}

/**
 * `POST …/actions/import`. Accepted means queued: the import runs asynchronously, and its errors show
 * later in the states. When an attempt gets no usable answer the import is sent again, and Heroku
 * Connect may have taken the first one: `onResend` hears of each.
 */
export async function importConfiguration(api: ConnectApi, connection: DiscoveredConnection, document: ExportDocument, onResend?: (what: string) => void): Promise<void> {
  await call(api, {
    method: 'POST',
    url: actionUrl(connection, 'import'),
    json: document,
    purpose: `import the configuration into connection "${connection.resource_name}"`,
    ...(onResend && { onRetry: onResend }),
  });
}

/** `POST …/validations`: starts the connection's diagnose and returns where its result will be (202 `{result_url}`). */
export async function startValidation(api: ConnectApi, connection: DiscoveredConnection): Promise<string> {
  const purpose = `start the diagnose of connection "${connection.resource_name}"`;
  const body = await call(api, { method: 'POST', url: `${connectionUrl(connection)}/validations`, purpose });
  const resultUrl = (body as { result_url?: unknown } | undefined)?.result_url;
  if (typeof resultUrl !== 'string' || resultUrl === '') {
    throw new RemoteFailure(SERVICE, 'answered', `Heroku Connect's answer when asked to ${purpose} has no "result_url" to read the result from.`);
  }
  return resultUrl;
}

/**
 * `GET {result_url}`: the diagnose's result, or undefined while it runs (202). The URL comes from the
 * answer, so the API key goes there only when it is on the connection's own regional host.
 */
export async function readValidationResult(api: ConnectApi, connection: DiscoveredConnection, resultUrl: string): Promise<ValidationResults | undefined> {
  const purpose = `read the diagnose result of connection "${connection.resource_name}"`;
  const region = keyUrl(connection.region_url, 'The region URL from Heroku Connect');
  let url: URL;
  try {
    url = new URL(resultUrl, `${withoutTrailingSlash(region.href)}/`);
  } catch {
    throw new RemoteFailure(SERVICE, 'answered', `Heroku Connect gave a diagnose result_url that is not a URL; it was not read.`);
  }
  if (url.origin !== region.origin) {
    throw new RemoteFailure(SERVICE, 'redirected', `Heroku Connect put the diagnose result on another host, ${url.host}; the API key was not sent there.`);
  }
  const answer = await send(api, { url: url.href, purpose });
  return answer.status === 202 ? undefined : parseValidation(answer.body, purpose);
}

/** `GET /api/v3/mappings/{id}/validations`: one mapping's diagnose, answered at once. */
export async function validateMapping(api: ConnectApi, connection: DiscoveredConnection, mapping: { id: string; object_name: string }): Promise<ValidationResults> {
  const purpose = `diagnose the ${mapping.object_name} mapping`;
  return parseValidation(await call(api, { url: `${mappingUrl(connection, mapping.id)}/validations`, purpose }), purpose);
}

/** `GET …/errors`: the writes to Salesforce that failed in the last 24 hours. */
export async function readWriteErrors(api: ConnectApi, connection: DiscoveredConnection): Promise<WriteError[]> {
  const purpose = `read the write errors of connection "${connection.resource_name}"`;
  return parseWriteErrors(await call(api, { url: `${connectionUrl(connection)}/errors`, purpose }), purpose);
}

/** `GET …/notifications`: the connection's unacknowledged notifications (created before `before`, an ISO time, when given). */
export async function readNotifications(api: ConnectApi, connection: DiscoveredConnection, before?: string): Promise<ConnectNotification[]> {
  const purpose = `read the notifications of connection "${connection.resource_name}"`;
  const query = new URLSearchParams({ page_size: '1000', ...(before && { before }) });
  return parseNotifications(await call(api, { url: `${connectionUrl(connection)}/notifications?${query}`, purpose }), purpose);
}

/**
 * `POST …/notifications/acknowledge` with the list's filters as query parameters (204): those
 * created before `before` are acknowledged, so one that arrived after they were read stays new.
 */
export async function acknowledgeNotifications(api: ConnectApi, connection: DiscoveredConnection, before: string): Promise<void> {
  const purpose = `acknowledge the notifications of connection "${connection.resource_name}"`;
  await call(api, { method: 'POST', url: `${connectionUrl(connection)}/notifications/acknowledge?${new URLSearchParams({ before })}`, purpose, expect: 'any' });
}

/** `DELETE /api/v3/mappings/{id}`: the mapping goes, and with it its table and data. */
export async function deleteMapping(api: ConnectApi, connection: DiscoveredConnection, mapping: { id: string; object_name: string }): Promise<void> {
  await call(api, { method: 'DELETE', url: mappingUrl(connection, mapping.id), purpose: `delete the ${mapping.object_name} mapping`, expect: 'any' });
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
  return `${regionApi(connection)}/connections/${encodeURIComponent(connection.id)}`;
}

function mappingUrl(connection: DiscoveredConnection, id: string): string {
  return `${regionApi(connection)}/mappings/${encodeURIComponent(id)}`;
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
