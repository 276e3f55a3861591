/**
 * Where the Platform API is, apart from its client: the inputs are read at start-up, and must not
 * load the client and its answer validator to do so.
 */
export const DEFAULT_PLATFORM_API = 'https://api.heroku.com';

/** The Platform API: HEROKU_PLATFORM_API (a local stand-in, in tests), else Heroku's. */
export function platformApiOf(env: NodeJS.ProcessEnv): string {
  return env.HEROKU_PLATFORM_API || DEFAULT_PLATFORM_API;
}
