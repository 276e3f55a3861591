import { API_END_OF_LIFE_SOURCE, API_VERSION_REMEDY, API_VERSION_REMEDY_SOURCE, endOfLife, FIRST_SUPPORTED_API_VERSION } from './api-version-lifecycle.js';
import { IN_FILE } from './example.js';
import type { DocumentRule } from './rule.js';

/** Below this, `api-version` reports the version (Bulk API minimum); this rule covers the deprecated versions from here up. */
const BULK_API_MINIMUM = 39;

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  deprecated: (d: { version: string; endOfLife: string }) => `The connection uses Salesforce API version ${d.version}. ${d.endOfLife} ${API_VERSION_REMEDY}`,
};

export const apiVersionDeprecated: DocumentRule = {
  id: 'api-version-deprecated',
  scope: 'document',
  defaultLevel: 'warning',
  messages,
  docs: {
    summary:
      "`connection.api_version` is 39.0 or 40.0: deprecated by Salesforce, unsupported from Summer '27 and retired from Summer '28. The remedy is to change the version in place (`api-version-change: apply`, or `heroku connect:manage-sf-api-version`), and to re-create the connection only when the schema diff blocks that.",
    why: `Salesforce retires old API versions: versions 31.0 to 40.0 are deprecated, unsupported from the Summer '27 release and retired from Summer '28, when every call on them fails (REST answers 410 GONE) and the connection stops syncing. A paused connection's API version can be changed in place once Heroku's schema diff for the new version shows no unsafe change (the deploy does it with \`api-version-change: apply\`, the CLI plugin with \`heroku connect:manage-sf-api-version\`); re-creating the connection is needed only when the diff blocks the change. Plan it before Summer '28.`,
    source: `${API_END_OF_LIFE_SOURCE}; ${API_VERSION_REMEDY_SOURCE}.`,
    bad: '"connection": { "api_version": "40.0" }',
    good: '"connection": { "api_version": "62.0" }',
    example: IN_FILE,
    silentWhen: [
      '`connection.api_version` is below 39.0: `api-version` reports it as an error, with the retirement or deprecation in its message (one cause, one finding).',
      '`connection.api_version` is absent or not a version string: `schema` reports a malformed one.',
    ],
  },
  check(document) {
    const version = document.connection.apiVersion;
    if (version === undefined || version < BULK_API_MINIMUM || version >= FIRST_SUPPORTED_API_VERSION) return [];
    return [
      {
        path: ['connection', 'api_version'],
        message: messages.deprecated({ version: version.toFixed(1), endOfLife: String(endOfLife(version)) }),
      },
    ];
  },
};
