/**
 * What each connection and mapping state means, from django-heroku-connect's groups and the Dev
 * Center state references: the one table the deploy, its wait, prune and health all judge by. A
 * state in neither table is unknown. Heroku adds states without notice, so each reader decides what
 * unknown means for it: the wait keeps going and warns once, a deploy refuses to start on it, prune
 * refuses to delete next to it, and health calls it unhealthy, by name.
 */

/** A connection state that cannot take an import, with what it means and what to do. */
export interface BlockedState {
  meaning: string;
  remedy: string;
}

/**
 * `healthy`: settled (IDLE). `working`: busy but fine, an import can be sent and health is not
 * troubled (polling the database, importing, recovering). `blocked`: needs someone to act.
 */
type ConnectionEntry = { kind: 'idle' } | { kind: 'working' } | ({ kind: 'blocked' } & BlockedState);

/** `{app}` in a remedy is replaced with the app name. */
const CONNECTION_STATES: ReadonlyMap<string, ConnectionEntry> = new Map<string, ConnectionEntry>([
  ['IDLE', { kind: 'idle' }],
  ['IMPORT_CONFIGURATION', { kind: 'working' }],
  ['POLLING_DB_CHANGES', { kind: 'working' }],
  ['BUSY', { kind: 'working' }],
  ['RECOVERY', { kind: 'working' }],
  [
    'NEW',
    {
      kind: 'blocked',
      meaning: 'the connection is not set up yet (no database or schema chosen)',
      remedy: 'Finish the setup in the dashboard (heroku addons:open herokuconnect -a {app}) or with heroku connect:db:set -a {app}.',
    },
  ],
  ['NEED_AUTHENTICATION', { kind: 'blocked', meaning: 'the connection has not been authorized with Salesforce yet', remedy: 'Authorize it: heroku connect:sf:auth -a {app}.' }],
  ['PAUSED', { kind: 'blocked', meaning: 'the connection is paused (demo connections are paused after a period of inactivity)', remedy: 'Resume it: heroku connect:resume -a {app}.' }],
  ['UNAUTHORIZED', { kind: 'blocked', meaning: 'the Salesforce authorization has expired or was revoked', remedy: 'Reauthorize it: heroku connect:sf:auth -a {app}.' }],
  [
    'HEROKU_UNAUTH',
    {
      kind: 'blocked',
      meaning: "Heroku Connect has lost its authorization to the app's Heroku Postgres database",
      remedy: 'Reauthorize Heroku in the dashboard: heroku addons:open herokuconnect -a {app}.',
    },
  ],
  [
    'DB_UNAVAILABLE',
    { kind: 'blocked', meaning: 'Heroku Connect cannot reach the Postgres database', remedy: 'Check the database (heroku pg:info -a {app}), then resume the connection in the dashboard.' },
  ],
  [
    'SYSTEM_ERROR',
    { kind: 'blocked', meaning: 'an unexpected error interrupted synchronization', remedy: 'Look at heroku connect:diagnose -a {app} and the logs, then resume synchronization in the dashboard.' },
  ],
  ['TOO_MANY_ROWS', { kind: 'blocked', meaning: 'the connection is over the number of rows its license allows', remedy: 'Reduce the synchronized rows or upgrade the plan.' }],
  ['INACTIVE_ORG', { kind: 'blocked', meaning: 'the Salesforce organization is inactive', remedy: 'Reactivate the Salesforce org, or point the connection at an active one.' }],
  [
    'SYSTEM_ON_ICE',
    { kind: 'blocked', meaning: 'the demo connection was put on ice after a period of inactivity', remedy: 'Reactivate it in the dashboard: heroku addons:open herokuconnect -a {app}.' },
  ],
]);

export type ConnectionVerdict = ConnectionEntry | { kind: 'unknown' };

/** A Map, not an object: a state named `constructor` or `__proto__` is unknown, never a prototype's member. */
export function judgeConnection(state: string, app: string): ConnectionVerdict {
  const entry = CONNECTION_STATES.get(state);
  if (entry === undefined) return { kind: 'unknown' };
  return entry.kind === 'blocked' ? { ...entry, remedy: entry.remedy.replaceAll('{app}', app) } : entry;
}

export type MappingVerdict = 'synced' | 'working' | 'failed' | 'unknown';

/**
 * DATA_SYNCED is the only settled healthy state. `working` is transient and fine: django's "OK"
 * group (polling Salesforce, bulk loads, a resync) and its "temporary error" group, which a new or
 * changed mapping passes through after an import (INITIAL, SCHEMA_CHANGED, RECOVERY). `failed` is
 * django's permanent errors: they do not resolve by waiting.
 */
const MAPPING_STATES: ReadonlyMap<string, Exclude<MappingVerdict, 'unknown'>> = new Map([
  ['DATA_SYNCED', 'synced'],
  ...(
    [
      'INITIAL',
      'SCHEMA_CHANGED',
      'RESYNC',
      'RELOAD_TABLE',
      'RECOVERY',
      'POLLING_SF_CHANGES',
      'POLLING_SF_BULK',
      'POLLING_SF_FOR_DELETES',
      'WAIT_BULK_LOAD',
      'LOADING_BULK_JOB',
      'RESOLVE_EXTERNAL_IDS',
      'WAIT_BULK_UPDATE',
      'APPLYING_BULK_UPDATE',
      'POLL_EXTERNAL_IDS',
      'ABORTED',
    ] as const
  ).map((state) => [state, 'working'] as const),
  ...(['BAD_CONFIG', 'SYSTEM_ERROR', 'DB_UNAVAILABLE', 'BULK_LOAD_ERROR', 'SYNC_REMOVED', 'INACTIVE_ORG', 'UNAUTHORIZED'] as const).map((state) => [state, 'failed'] as const),
]);

export function judgeMapping(state: string): MappingVerdict {
  return MAPPING_STATES.get(state) ?? 'unknown';
}
