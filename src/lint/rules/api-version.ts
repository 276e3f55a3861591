import { API_END_OF_LIFE_SOURCE, API_VERSION_REMEDY, API_VERSION_REMEDY_SOURCE, endOfLife } from './api-version-lifecycle.js';
import { IN_FILE } from './example.js';
import type { DocumentRule } from './rule.js';

const MINIMUM_API_VERSION = 39;

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  tooOld: (d: { version: string; endOfLife: string }) =>
    `The connection uses Salesforce API version ${d.version}, older than the ${MINIMUM_API_VERSION}.0 that Heroku Connect needs for the Bulk API. ${d.endOfLife} ` + API_VERSION_REMEDY,
};

export const apiVersion: DocumentRule = {
  id: 'api-version',
  scope: 'document',
  defaultLevel: 'error',
  messages,
  docs: {
    summary:
      '`connection.api_version` is below 39.0, which includes every retired version (30.0 and older). The remedy is to change the version in place (`api-version-change: apply`, or `heroku connect:manage-sf-api-version`), and to re-create the connection only when the schema diff blocks that.',
    why: `Heroku Connect uses the Bulk API for large reads and writes, and the Bulk API it needs is not available before Salesforce API version 39.0. Versions 30.0 and older are also retired: Salesforce refuses every call on them (REST answers 410 GONE). The message says which applies; 31.0 to 38.0 are in addition deprecated (see \`api-version-deprecated\`).`,
    source: `Heroku Dev Center, Getting Started with Heroku and Connect ("use at least v39 with Heroku Connect"); ${API_VERSION_REMEDY_SOURCE}; ${API_END_OF_LIFE_SOURCE}.`,
    bad: '"connection": { "api_version": "37.0" }',
    good: '"connection": { "api_version": "57.0" }',
    example: IN_FILE,
    silentWhen: [
      '`connection.api_version` is absent or not a version string: `schema` reports a malformed one.',
      'The version is 39.0 or 40.0: it meets the Bulk API minimum but is deprecated, which `api-version-deprecated` reports (one cause, one finding).',
    ],
  },
  check(document) {
    const version = document.connection.apiVersion;
    if (version === undefined || version >= MINIMUM_API_VERSION) return [];
    return [
      {
        path: ['connection', 'api_version'],
        message: messages.tooOld({ version: version.toFixed(1), endOfLife: endOfLife(version) ?? '' }),
      },
    ];
  },
};
