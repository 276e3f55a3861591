import { ConfigurationError, redactedError, redactor } from '../../core/errors.js';
import { connectApi, linkUser, searchConnections, type ConnectApi, type ConnectApiOptions } from './client.js';
import type { DiscoveredConnection } from './types.js';
import { formatDuration } from '../../core/text.js';

/** How long a link may take to show in the search before the connection counts as missing. */
const LINK_SHOWS_WITHIN_MS = 60_000;
const FIRST_SEARCH_WAIT_MS = 1000;

/**
 * Finds the one connection to deploy to, as the CLI plugin's withConnection does, plus the linking
 * step only its connect:info does: a user not yet on the add-on's access list sees no connection
 * until `POST /auth/<app>`, which a fresh CI key always needs. The link's answer lists the app's
 * connections, and those are taken; when it lists none, the search is asked again, since a link
 * can take a moment to show there.
 */
export async function findConnection(api: ConnectApi, app: string, resource: string | undefined, log: { info(message: string): void }): Promise<DiscoveredConnection> {
  let found = await searchConnections(api, app, resource);
  if (found.length === 0) {
    log.info(`The API key's user sees no connection of app "${app}" yet; adding the user to the app's access list and looking again.`);
    const listed = (await linkUser(api, app)).filter((connection) => resource === undefined || connection.resource_name === resource);
    found = listed.length > 0 ? listed : await searchAfterLink(api, app, resource, log);
  }
  const only = found[0];
  if (only === undefined) {
    const which = resource ? ` with resource name "${resource}"` : '';
    throw new ConfigurationError(
      `Heroku Connect has no connection for app "${app}"${which}, even after adding the API key's user to the app's access list. ` +
        `Check that the app has the Heroku Connect add-on${resource ? ' under that resource name' : ''}, that the key belongs to a user with access to the app, ` +
        `and open the add-on once: heroku addons:open herokuconnect -a ${app}.`,
    );
  }
  if (found.length > 1) {
    const names = found.map((connection) => `"${connection.resource_name}"`).join(', ');
    throw new ConfigurationError(`App "${app}" has ${found.length} Heroku Connect connections: ${names}. Set the resource to the one to deploy to.`);
  }
  return only;
}

/**
 * The search, again and again with doubling waits (1 s, 2 s, 4 s…), until it finds a connection or
 * LINK_SHOWS_WITHIN_MS (or the deadline) has passed since the link.
 */
async function searchAfterLink(api: ConnectApi, app: string, resource: string | undefined, log: { info(message: string): void }): Promise<DiscoveredConnection[]> {
  const { clock } = api;
  const giveUpAt = Math.min(api.deadline ?? Infinity, clock.now() + LINK_SHOWS_WITHIN_MS);
  let found = await searchConnections(api, app, resource);
  if (found.length > 0) return found;
  log.info(`The link's answer lists no connection, and the search finds none yet; searching again for up to ${formatDuration(giveUpAt - clock.now())}, as a link can take a moment to show.`);
  for (let waitMs = FIRST_SEARCH_WAIT_MS; found.length === 0 && clock.now() < giveUpAt; waitMs *= 2) {
    await clock.sleep(Math.min(waitMs, giveUpAt - clock.now()));
    found = await searchConnections(api, app, resource);
  }
  return found;
}

/** How to reach Heroku Connect: the key, the discovery server, the deadline, and the injected clock and fetch. */
export type ConnectionOptions = ConnectApiOptions & { log: { info(message: string): void } };

/**
 * Runs `fn` on the app's one connection, through a client with the API key. Any error comes out with
 * the key taken out: a network error can quote a URL or a header.
 */
export async function onConnection<T>(
  options: ConnectionOptions,
  target: { app: string; resource?: string | undefined },
  fn: (api: ConnectApi, connection: DiscoveredConnection) => Promise<T>,
): Promise<T> {
  try {
    const api = connectApi(options);
    return await fn(api, await findConnection(api, target.app, target.resource, options.log));
  } catch (error) {
    throw redactedError(error, redactor(options.apiKey, '[HEROKU_API_KEY]'));
  }
}
