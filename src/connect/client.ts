import { checkedCredentialUrl } from '../http/safety.js';
import type { ConnectHttp } from './http.js';
import { parseDetail, parseExport, parseSearch, type ConnectionDetail, type DiscoveredConnection, type ExportDocument } from './types.js';

export const DEFAULT_DISCOVERY_SERVER = 'https://hc-central.heroku.com';

/**
 * The Heroku Connect endpoints the deploy uses (research §1.3, §2). Discovery and linking go to the
 * discovery server; everything about one connection goes to its own `region_url`.
 */
export class ConnectClient {
  private readonly discovery: string;

  constructor(
    private readonly http: ConnectHttp,
    discoveryServer: string,
  ) {
    this.discovery = withoutTrailingSlash(keyUrl(discoveryServer, 'The Heroku Connect discovery server (CONNECT_DISCOVERY_SERVER)').href);
  }

  async search(app: string, resource?: string): Promise<DiscoveredConnection[]> {
    const query = new URLSearchParams({ app, ...(resource && { resource_name: resource }) });
    const purpose = `list the connections of app "${app}"${resource ? ` with resource "${resource}"` : ''}`;
    return parseSearch(await this.http.call({ method: 'GET', url: `${this.discovery}/connections?${query}`, purpose }), purpose);
  }

  /** Puts the key's user on the access list of the app's connections; until then the search can come back empty. */
  async link(app: string): Promise<void> {
    await this.http.call({ method: 'POST', url: `${this.discovery}/auth/${encodeURIComponent(app)}`, purpose: `link the API key's user to app "${app}"` });
  }

  async detail(connection: DiscoveredConnection): Promise<ConnectionDetail> {
    const url = new URL(connection.detail_url, `${withoutTrailingSlash(connection.region_url)}/`);
    url.searchParams.set('deep', 'true');
    keyUrl(url.href, 'The connection detail URL from Heroku Connect');
    const purpose = `read the state of connection "${connection.resource_name}"`;
    return parseDetail(await this.http.call({ method: 'GET', url: url.href, purpose }), purpose);
  }

  async export(connection: DiscoveredConnection): Promise<ExportDocument> {
    const purpose = `export the configuration of connection "${connection.resource_name}"`;
    return parseExport(await this.http.call({ method: 'GET', url: this.action(connection, 'export'), purpose }), purpose);
  }

  /** Accepted means queued: the import runs asynchronously, and its errors show later in the states. */
  async import(connection: DiscoveredConnection, document: ExportDocument): Promise<void> {
    await this.http.call({
      method: 'POST',
      url: this.action(connection, 'import'),
      body: document,
      purpose: `import the configuration into connection "${connection.resource_name}"`,
    });
  }

  private action(connection: DiscoveredConnection, name: 'import' | 'export'): string {
    const region = withoutTrailingSlash(keyUrl(connection.region_url, 'The region URL from Heroku Connect').href);
    return `${region}/api/v3/connections/${encodeURIComponent(connection.id)}/actions/${name}`;
  }
}

/** The URL, if the API key may be sent there; `name` opens the messages about it. */
function keyUrl(value: string, name: string): URL {
  return checkedCredentialUrl(value, { name, credential: 'the API key' });
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
