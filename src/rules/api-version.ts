import type { DocumentRule } from './rule.js';

const MINIMUM_API_VERSION = 39;

export const apiVersion: DocumentRule = {
  id: 'api-version',
  scope: 'document',
  defaultLevel: 'error',
  docs: {
    summary: '`connection.api_version` is below 39.0.',
    why: 'Heroku Connect uses the Bulk API for large reads and writes, and the Bulk API it needs is not available before Salesforce API version 39.0.',
    source:
      'Heroku Dev Center, Getting Started with Heroku and Connect ("use at least v39 with Heroku Connect"); Quick Start: Heroku Connect CLI (the API version of a connection cannot be changed; re-create the connection).',
    bad: '"connection": { "api_version": "37.0", ... }',
    good: '"connection": { "api_version": "57.0", ... }',
    silentWhen: [
      '`connection.api_version` is absent or not a version string: `schema` reports a malformed one.',
    ],
  },
  check(document) {
    const version = document.connection.apiVersion;
    if (version === undefined || version >= MINIMUM_API_VERSION) return [];
    return [
      {
        path: ['connection', 'api_version'],
        message: `The connection uses Salesforce API version ${version.toFixed(1)}, older than the ${MINIMUM_API_VERSION}.0 that Heroku Connect needs for the Bulk API. Re-create the connection with API version ${MINIMUM_API_VERSION}.0 or later (it cannot be changed on an existing connection).`,
      },
    ];
  },
};
