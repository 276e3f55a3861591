import type { ConnectionDetail } from '../../clients/connect/types.js';
import { readConfigVar } from '../../clients/heroku/platform.js';
import { registerDatabaseUrl } from '../../clients/postgres/database.js';
import { ConfigurationError } from '../../core/errors.js';
import type { Clock } from '../../core/http/clock.js';

/**
 * Whether drift, health and the deploy look into the database, and how they find it: `off` (the
 * default: nothing touches a database unless asked), a URL given as a secret, or `auto`: the
 * connection's db_key read from the app's config vars with the same API key.
 */
export type DatabaseChoice = { kind: 'off' } | { kind: 'url'; url: string } | { kind: 'auto'; platformApi: string; mask?: (secret: string) => void };

export interface ReachContext {
  apiKey: string;
  clock?: Clock;
  fetch?: typeof fetch;
  deadline?: number;
  log: { info(message: string): void };
}

export interface DatabaseTarget {
  url: string;
  /** The connection's schema, from its detail. */
  schema: string;
}

/** One URL is one database: with several apps, each app's database is found by auto instead. */
export function oneDatabasePerUrl(choice: DatabaseChoice, apps: number): void {
  if (choice.kind === 'url' && apps > 1) {
    throw new ConfigurationError(`database-url names one database, and ${apps} apps are given: check one app per run, or use database: auto to find each app's database.`);
  }
}

/** The database and schema of one app's connection, or undefined when the choice is off. */
export async function databaseOf(choice: DatabaseChoice, app: string, detail: ConnectionDetail, context: ReachContext): Promise<DatabaseTarget | undefined> {
  if (choice.kind === 'off') return undefined;
  const schema = detail.schema_name;
  if (typeof schema !== 'string' || schema === '') {
    throw new ConfigurationError(`The Heroku Connect connection of app "${app}" names no schema (schema_name): it has no database set up yet (heroku connect:db:set -a ${app}).`);
  }
  if (choice.kind === 'url') return { url: choice.url, schema };
  const key = detail.db_key;
  if (typeof key !== 'string' || key === '') {
    throw new ConfigurationError(`The Heroku Connect connection of app "${app}" names no database config var (db_key): it has no database set up yet (heroku connect:db:set -a ${app}).`);
  }
  context.log.info(`Reading the database URL of app "${app}" from its config var ${key}.`);
  const url = await readConfigVar(
    {
      apiKey: context.apiKey,
      server: choice.platformApi,
      ...(context.clock && { clock: context.clock }),
      ...(context.fetch && { fetch: context.fetch }),
      ...(context.deadline !== undefined && { deadline: context.deadline }),
      log: context.log,
    },
    app,
    key,
  );
  if (url === undefined) throw new ConfigurationError(`App "${app}" has no config var ${key}, which its Heroku Connect connection names as its database (db_key).`);
  // Masked in the runner's log as an input secret is, and taken out of every message and file.
  for (const secret of registerDatabaseUrl(url)) choice.mask?.(secret);
  return { url, schema };
}
