/**
 * Where discovery is, apart from the client: the lint's command line reads it at start-up, and must
 * not load the client and its answer validators to do so.
 */
export const DEFAULT_DISCOVERY_SERVER = 'https://hc-central.heroku.com';

/** The discovery server: CONNECT_DISCOVERY_SERVER (a local stand-in, in tests and the demo), else Heroku's. */
export function discoveryServerOf(env: NodeJS.ProcessEnv): string {
  return env.CONNECT_DISCOVERY_SERVER || DEFAULT_DISCOVERY_SERVER;
}
