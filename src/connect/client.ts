import { ConfigurationError, RemoteFailure } from '../errors.js';
import { describeStatus, HttpClient, type HttpClientOptions, type HttpRequest } from '../http/client.js';
import { checkedCredential, checkedCredentialUrl } from '../http/safety.js';
import { parseDetail, parseExport, parseSearch, type ConnectionDetail, type DiscoveredConnection, type ExportDocument } from './types.js';

export const DEFAULT_DISCOVERY_SERVER = 'https://hc-central.heroku.com';

const SERVICE = 'Heroku Connect';

export interface ConnectApiOptions extends Pick<HttpClientOptions, 'clock' | 'fetch' | 'timeoutMs' | 'retries' | 'random' | 'log'> {
  apiKey: string;
  discoveryServer: string;
  /** Clock time by which every call ends, retries and waits included; the client's budget per call otherwise. */
  deadline?: number;
}

/**
 * The Heroku Connect API (research §1.3, §2): the shared HTTP client with the API key, the
 * discovery server, and the deadline every call keeps. Discovery and linking go to the discovery
 * server; everything about one connection goes to its own `region_url`. Each endpoint is one
 * function below, over `call`.
 */
export interface ConnectApi {
  readonly http: HttpClient;
  readonly discovery: string;
  readonly deadline?: number;
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
    ...(deadline !== undefined && { deadline }),
  };
}

/** `GET /connections?app=`: the connections of an app the key's user can see. */
export async function searchConnections(api: ConnectApi, app: string, resource?: string): Promise<DiscoveredConnection[]> {
  const query = new URLSearchParams({ app, ...(resource && { resource_name: resource }) });
  const purpose = `list the connections of app "${app}"${resource ? ` with resource "${resource}"` : ''}`;
  return parseSearch(await call(api, { url: `${api.discovery}/connections?${query}`, purpose }), purpose);
}

/** `POST /auth/<app>`: puts the key's user on the access list of the app's connections; until then the search can come back empty. */
export async function linkUser(api: ConnectApi, app: string): Promise<void> {
  await call(api, { method: 'POST', url: `${api.discovery}/auth/${encodeURIComponent(app)}`, purpose: `link the API key's user to app "${app}"` });
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

/** `POST …/actions/import`. Accepted means queued: the import runs asynchronously, and its errors show later in the states. */
export async function importConfiguration(api: ConnectApi, connection: DiscoveredConnection, document: ExportDocument): Promise<void> {
  await call(api, { method: 'POST', url: actionUrl(connection, 'import'), json: document, purpose: `import the configuration into connection "${connection.resource_name}"` });
}

/** The parsed body of a success; a refused key is the user's to fix, any other error answer a remote failure. */
async function call(api: ConnectApi, request: HttpRequest): Promise<unknown> {
  const answer = await api.http.request({ ...request, ...(api.deadline !== undefined && { deadline: api.deadline }) });
  if (answer.status >= 200 && answer.status < 300) return answer.body;
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
  const region = withoutTrailingSlash(keyUrl(connection.region_url, 'The region URL from Heroku Connect').href);
  return `${region}/api/v3/connections/${encodeURIComponent(connection.id)}/actions/${name}`;
}

/** The URL, if the API key may be sent there; `name` opens the messages about it. */
function keyUrl(value: string, name: string): URL {
  return checkedCredentialUrl(value, { name, credential: 'the API key' });
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
