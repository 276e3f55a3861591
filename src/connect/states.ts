/**
 * What each connection and mapping state means for a deploy (from django-heroku-connect's groups and
 * the Dev Center state references). A state in neither table is unknown: the wait keeps going
 * and warns once, since Heroku adds states without notice.
 */

/** A connection state that cannot take an import, with what it means and what to do. */
export interface BlockedState {
  meaning: string;
  remedy: string;
}

/** `{app}` in a remedy is replaced with the app name. */
const BLOCKED: Record<string, BlockedState> = {
  NEW: { meaning: 'the connection is not set up yet (no database or schema chosen)', remedy: 'Finish the setup in the dashboard (heroku addons:open herokuconnect -a {app}) or with heroku connect:db:set -a {app}.' },
  NEED_AUTHENTICATION: { meaning: 'the connection has not been authorized with Salesforce yet', remedy: 'Authorize it: heroku connect:sf:auth -a {app}.' },
  PAUSED: { meaning: 'the connection is paused (demo connections are paused after a period of inactivity)', remedy: 'Resume it: heroku connect:resume -a {app}.' },
  UNAUTHORIZED: { meaning: 'the Salesforce authorization has expired or was revoked', remedy: 'Reauthorize it: heroku connect:sf:auth -a {app}.' },
  HEROKU_UNAUTH: { meaning: 'Heroku Connect has lost its authorization to the app\'s Heroku Postgres database', remedy: 'Reauthorize Heroku in the dashboard: heroku addons:open herokuconnect -a {app}.' },
  DB_UNAVAILABLE: { meaning: 'Heroku Connect cannot reach the Postgres database', remedy: 'Check the database (heroku pg:info -a {app}), then resume the connection in the dashboard.' },
  SYSTEM_ERROR: { meaning: 'an unexpected error interrupted synchronization', remedy: 'Look at heroku connect:diagnose -a {app} and the logs, then resume synchronization in the dashboard.' },
  TOO_MANY_ROWS: { meaning: 'the connection is over the number of rows its license allows', remedy: 'Reduce the synchronized rows or upgrade the plan.' },
  INACTIVE_ORG: { meaning: 'the Salesforce organization is inactive', remedy: 'Reactivate the Salesforce org, or point the connection at an active one.' },
  SYSTEM_ON_ICE: { meaning: 'the demo connection was put on ice after a period of inactivity', remedy: 'Reactivate it in the dashboard: heroku addons:open herokuconnect -a {app}.' },
};

/** States in which the connection is busy but healthy: an import can be sent, and the wait goes on. */
const CONNECTION_WORKING = new Set(['IMPORT_CONFIGURATION', 'POLLING_DB_CHANGES', 'BUSY', 'RECOVERY']);

export type ConnectionVerdict = { kind: 'idle' } | { kind: 'working' } | ({ kind: 'blocked' } & BlockedState) | { kind: 'unknown' };

export function judgeConnection(state: string, app: string): ConnectionVerdict {
  if (state === 'IDLE') return { kind: 'idle' };
  if (CONNECTION_WORKING.has(state)) return { kind: 'working' };
  const blocked = BLOCKED[state];
  if (blocked) return { kind: 'blocked', meaning: blocked.meaning, remedy: blocked.remedy.replaceAll('{app}', app) };
  return { kind: 'unknown' };
}

/**
 * DATA_SYNCED is the only settled healthy state; django's "OK" and "temporary error" groups are still
 * working after an import (a new or changed mapping passes through INITIAL, SCHEMA_CHANGED, RESYNC…).
 */
const MAPPING_WORKING = new Set([
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
]);

/** django-heroku-connect's permanent errors: they do not resolve by waiting. */
const MAPPING_FAILED = new Set(['BAD_CONFIG', 'SYSTEM_ERROR', 'DB_UNAVAILABLE', 'BULK_LOAD_ERROR', 'SYNC_REMOVED', 'INACTIVE_ORG', 'UNAUTHORIZED']);

export type MappingVerdict = 'synced' | 'working' | 'failed' | 'unknown';

export function judgeMapping(state: string): MappingVerdict {
  if (state === 'DATA_SYNCED') return 'synced';
  if (MAPPING_WORKING.has(state)) return 'working';
  if (MAPPING_FAILED.has(state)) return 'failed';
  return 'unknown';
}
