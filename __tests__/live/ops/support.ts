import type { StandInConnection } from '../../../src/stand-in/server.js';

/** One mapping, as the committed file has it. */
export const ACCOUNT = { access: 'read_only', sf_notify_enabled: false, sf_polling_seconds: 600, fields: { Id: {}, SystemModstamp: {}, Name: {} } };

/** The committed file, 4-space indented as heroku connect:export writes it. */
export const FILE = `${JSON.stringify({ mappings: [{ object_name: 'Account', config: ACCOUNT }], version: 1 }, null, 4)}\n`;

/** Staging matches the file. */
export const STAGING: StandInConnection = { app: 'shop-staging', resource: 'herokuconnect-staging', mappings: [{ object_name: 'Account', config: ACCOUNT }] };
