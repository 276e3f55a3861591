/**
 * Salesforce's API end-of-life schedule for SOAP, REST and Bulk API versions, as its notices state it:
 * https://help.salesforce.com/s/articleView?id=000354473&type=1 (21.0-30.0 retired in Summer '25),
 * https://help.salesforce.com/s/articleView?id=005321531&type=1 (31.0-40.0 deprecated and unsupported
 * from Summer '27, retired from Summer '28), and the REST API's End-of-Life Policy table.
 */
export const API_END_OF_LIFE_SOURCE =
  'Salesforce API End-of-Life Policy (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/api_rest_eol.htm); Salesforce Help, "Salesforce Platform API Versions 21.0 through 30.0 Retirement" (https://help.salesforce.com/s/articleView?id=000354473&type=1) and "Salesforce Platform API Versions 31.0 through 40.0 Retirement" (https://help.salesforce.com/s/articleView?id=005321531&type=1)';

/** Versions below this are retired: REST answers 410 GONE, SOAP 500 UNSUPPORTED_API_VERSION, Bulk 400 InvalidVersion. */
export const FIRST_AVAILABLE_API_VERSION = 31;

/** Versions below this (and not retired) are deprecated: unsupported from Summer '27, retired from Summer '28. */
export const FIRST_SUPPORTED_API_VERSION = 41;

/** What Salesforce's schedule says of a version, in a sentence; undefined for a supported one. */
export function endOfLife(version: number): string | undefined {
  if (version < FIRST_AVAILABLE_API_VERSION) {
    return `Salesforce retired API versions 30.0 and older (21.0-30.0 in Summer '25): every call on them fails (REST answers 410 GONE), so this connection cannot sync at all.`;
  }
  if (version < FIRST_SUPPORTED_API_VERSION) {
    return `Salesforce deprecated API versions 31.0 to 40.0: they are unsupported from the Summer '27 release and retired from Summer '28, when every call on them fails (REST answers 410 GONE).`;
  }
  return undefined;
}

/**
 * How a connection moves to a supported version, in a sentence: the deploy's opt-in change, or the
 * CLI plugin's command; both read Heroku's schema diff for the target version first.
 */
export const API_VERSION_REMEDY =
  `Change the connection's API version to ${FIRST_SUPPORTED_API_VERSION}.0 or later in place: deploy with the action's input \`api-version-change: apply\` (\`--api-version-change apply\` on the command line), ` +
  'or run `heroku connect:manage-sf-api-version`. Both read the schema diff for the new version first; re-create the connection only when that diff blocks the change.';

/** Where the remedy is written. */
export const API_VERSION_REMEDY_SOURCE =
  'heroku/heroku-connect-plugin, `connect:manage-sf-api-version` (reads the schema diff for a target version, then changes the version of the paused connection in place; a 409 answers a change the diff blocks)';
