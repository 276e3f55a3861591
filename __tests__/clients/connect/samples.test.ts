import { connectApi, startValidation } from '../../../src/clients/connect/client.js';
import {
  parseApiVersionChange,
  parseDetail,
  parseExport,
  parseLink,
  parseNotifications,
  parseSchemaDiff,
  parseSearch,
  parseValidation,
  parseWriteErrors,
  type ValidationResults,
} from '../../../src/clients/connect/types.js';
import { describeStatus } from '../../../src/core/http/client.js';
import { sample, sampleFiles, SAMPLES, samplesPresent } from '../../../test-support/connect-samples.js';
import { FakeClock } from '../../../test-support/fake-clock.js';

/*
 * Each recorded answer body is read here by the client's own reader for its endpoint, and what it
 * reads is asserted: a new sample is one file and one row below.
 */

/** What a reader gives for a body: its reading, or the message it refuses the body with. */
type Reading = unknown;

interface ReadRow {
  file: string;
  read: (body: unknown) => Reading; // or a promise of one
  reads: Reading;
  /** Why a body only its authors' mocks show reads as it does (no real answer has that form). */
  mockOnly?: string;
}

/** A body the client does not read yet: the endpoint is not called, or its answer's body is not looked at. */
interface UnreadRow {
  file: string;
  notReadYet: string;
}

const WHAT = 'read this sample';
const refusal = (problem: string) => ({ refused: `Heroku Connect's answer when asked to ${WHAT} is not what its API returns: ${problem}.` });

/** What the deploy, health and diagnose rely on in a detail, and nothing else. */
function detailReading(body: unknown): Reading {
  const detail = parseDetail(body, WHAT);
  return {
    state: detail.state,
    apiVersion: detail.sf_info?.api_version ?? detail.api_version,
    organizationId: detail.organization_id ?? detail.sf_info?.organization_id,
    mappings: detail.mappings.map((mapping) => {
      const times = mapping.times as { sf_poll?: unknown } | undefined;
      const counts = mapping.counts as { db?: unknown } | undefined;
      return {
        id: mapping.id,
        object: mapping.object_name,
        state: mapping.state,
        revision: mapping.config?.revision,
        appliedAt: mapping.config?.applied_at,
        lastPoll: typeof times?.sf_poll === 'string' ? new Date(Date.parse(times.sf_poll)).toISOString() : undefined,
        db: counts?.db,
      };
    }),
  };
}

function exportReading(body: unknown): Reading {
  const document = parseExport(body, WHAT);
  return {
    objects: document.mappings.map((mapping) => mapping.object_name),
    appliedAt: document.mappings.map((mapping) => mapping.config?.applied_at ?? null),
    apiVersion: document.connection?.api_version,
  };
}

function validationReading(body: unknown): Reading {
  const lists = (result: ValidationResults) => ({
    errors: result.errors.map((check) => check.rule_id),
    warnings: result.warnings.map((check) => check.rule_id),
    passes: result.passes.map((check) => check.rule_id),
    skips: result.skips.map((check) => check.rule_id),
  });
  const result = parseValidation(body, WHAT);
  return { ...lists(result), mappings: Object.fromEntries(Object.entries(result.mappings).map(([name, mapping]) => [name, lists(mapping)])) };
}

/** The diagnose is started by a POST whose 202 answer names the result's URL. */
async function startReading(body: unknown): Promise<Reading> {
  const answer: typeof fetch = async () => new Response(JSON.stringify(body), { status: 202, headers: { 'Content-Type': 'application/json' } });
  const api = connectApi({ apiKey: 'sample-key', discoveryServer: 'https://hc-central.heroku.com', clock: new FakeClock(), fetch: answer });
  // As if discovery had named the connection's region: only then may the key go there.
  api.origins.add('https://hc-virginia-qa.herokai.com');
  return startValidation(api, {
    id: '1234',
    resource_name: 'r',
    app_name: 'a',
    region_url: 'https://hc-virginia-qa.herokai.com',
    detail_url: 'https://hc-virginia-qa.herokai.com/api/v3/connections/1234',
  });
}

/** An error answer: the client names its status and the body's message (or error). */
const errorAnswer = (status: number) => (body: unknown) => describeStatus(status, body);

const ACCOUNT_DETAIL = {
  id: 'ba5e0000-4444-4444-8444-000000000004',
  object: 'Account',
  state: 'DATA_SYNCED',
  revision: 1089201,
  appliedAt: '2025-07-16T19:21:58.933923Z',
  lastPoll: '2025-07-16T20:12:43.734Z',
  db: 1000000,
};
const NO_CHECKS = { errors: [], warnings: [], passes: [], skips: [] };
const RECORDED_WARNINGS = ['MUST_USE_RECENT_API_VERSION', 'SHOULD_HAVE_LOG_DRAIN'];

const NOT_CALLED = (endpoint: string) => `the client does not call ${endpoint}`;

/** The one connection of the sanitized search and link captures, as the client reads it. */
const RECORDED_CONNECTION = {
  id: 'c0ffee00-1111-4111-8111-000000000001',
  resource_name: 'herokuconnect-angular-12345',
  app_name: 'my-app',
  region_url: 'https://connect-instance-region.heroku.com',
  detail_url: 'https://connect-instance-region.heroku.com/api/v3/connections/c0ffee00-1111-4111-8111-000000000001',
};

const ROWS: readonly (ReadRow | UnreadRow)[] = [
  // Discovery and linking (hc-central).
  {
    file: 'hc-central.connections.single.json',
    read: (body) => parseSearch(body, WHAT),
    reads: [RECORDED_CONNECTION],
  },
  { file: 'hc-central.connections.empty.json', read: (body) => parseSearch(body, WHAT), reads: [] },
  {
    file: 'hc-central.connections.mock-minimal.json',
    read: (body) => parseSearch(body, WHAT),
    reads: refusal('results[0].id is a number (1234), where a string belongs'),
    mockOnly: 'a numeric id: every real search answer has string ids (herokux decodes them as strings), so a number is a wrong answer',
  },
  {
    file: 'hc-central.auth.single.json',
    read: (body) => parseLink(body, WHAT),
    reads: [RECORDED_CONNECTION],
  },
  {
    file: 'hc-central.auth.mock-info.json',
    read: (body) => parseLink(body, WHAT),
    reads: [],
    mockOnly: 'a search-shaped body (results) where the link answers with connections: it lists none, so the client searches again',
  },
  { file: 'connections.regional-list.mock-django.json', notReadYet: NOT_CALLED('the legacy regional list GET {region}/api/v3/connections (django)') },

  // The connection.
  {
    file: 'connection.detail.deep.json',
    read: detailReading,
    reads: { state: 'IDLE', apiVersion: '64.0', organizationId: 'org-id', mappings: [ACCOUNT_DETAIL] },
  },
  {
    file: 'connection.detail.deep.mock-info.json',
    read: detailReading,
    reads: {
      state: 'IDLE',
      apiVersion: undefined,
      organizationId: undefined,
      mappings: [
        { id: '4567', object: 'Account', state: 'UNAUTHORIZED', revision: undefined, appliedAt: undefined, lastPoll: undefined, db: undefined },
        { id: '9912', object: 'Profile', state: 'SYNCED', revision: undefined, appliedAt: undefined, lastPoll: undefined, db: undefined },
      ],
    },
    mockOnly: "a numeric connection id: read, as the deploy never uses the detail's own id",
  },
  {
    file: 'connection.detail.deep.mock-manage-sf-api-version.json',
    read: detailReading,
    reads: {
      state: 'PAUSED',
      apiVersion: '55.0',
      organizationId: undefined,
      mappings: [{ id: undefined, object: 'Contact', state: 'POLLING_SF_CHANGES', revision: undefined, appliedAt: undefined, lastPoll: undefined, db: undefined }],
    },
    mockOnly: "a numeric connection id and a region_url in the detail: read; the region from discovery is kept over the detail's",
  },

  // Export and import.
  {
    file: 'export.dc-utils-2020.json',
    read: exportReading,
    reads: { objects: ['Opportunity', 'User'], appliedAt: ['2020-10-22T09:53:08.694705Z', null], apiVersion: '49.0' },
  },
  {
    file: 'export.git2gus-2023.json',
    read: exportReading,
    reads: {
      objects: ['agf__ADM_Build__c', 'agf__ADM_Change_List__c', 'agf__ADM_Work__c'],
      appliedAt: ['2018-11-14T17:52:30.792508Z', '2020-04-02T18:35:19.786986Z', '2023-02-14T01:40:34.070538Z'],
      apiVersion: '57.0',
    },
  },
  {
    file: 'export.electron-website-2019.json',
    read: exportReading,
    reads: { objects: ['Account', 'Contact', 'Loan__c', 'Vehicle__c'], appliedAt: [null, null, '2019-06-24T03:27:14.728468Z', '2019-06-23T22:07:31.518235Z'], apiVersion: '46.0' },
  },
  { file: 'export.after-import.herokux-basic.json', read: exportReading, reads: { objects: ['AcceptedEventRelation'], appliedAt: [null], apiVersion: undefined } },
  { file: 'export.after-import.herokux-more.json', read: exportReading, reads: { objects: ['Account', 'AccountShare'], appliedAt: [null, null], apiVersion: undefined } },
  // Request bodies of the import: the documents the client sends, read by the same reader as the export.
  { file: 'import.request.herokux-basic.json', read: exportReading, reads: { objects: ['AcceptedEventRelation'], appliedAt: [null], apiVersion: undefined } },
  { file: 'import.request.herokux-more.json', read: exportReading, reads: { objects: ['Account', 'AccountShare'], appliedAt: [null, null], apiVersion: undefined } },
  { file: 'import.200.mock-django.json', notReadYet: "the import's 2xx answer: its body is not looked at (the real one has none)" },

  // Diagnose.
  { file: 'validations.start.202.json', read: startReading, reads: 'https://hc-virginia-qa.herokai.com/api/v3/connections/1234/validations/456' },
  {
    file: 'validations.result.200.capture-2019.json',
    read: validationReading,
    reads: {
      errors: [],
      warnings: RECORDED_WARNINGS,
      passes: ['NUM_MAPPINGS_WITHIN_LIMIT', 'HEROKU_POSTGRES_REQUIRED', 'REGIONS_SHOULD_MATCH', 'SHOULD_HAVE_VALID_SF_PERMISSIONS'],
      skips: ['PAID_PLAN_MUST_HAVE_PAID_DATABASE'],
      mappings: {},
    },
  },
  { file: 'validations.result.200.warnings-2026.json', read: validationReading, reads: { ...NO_CHECKS, warnings: RECORDED_WARNINGS, mappings: {} } },
  { file: 'validations.result.200.mappings-only.json', read: validationReading, reads: { ...NO_CHECKS, mappings: { Account: NO_CHECKS } } },

  // Write errors, notifications.
  {
    file: 'errors.connection.json',
    read: (body) => parseWriteErrors(body, WHAT),
    reads: [
      { id: 'error-id', table_name: 'Account', record_id: 'record-id', message: 'Error message', created_at: '2025-07-16T19:22:08.288347Z' },
      { id: 'error-id-2', table_name: 'Contact', record_id: 'record-id-2', message: 'Error message 2', created_at: '2025-07-16T19:22:08.288347Z' },
    ],
  },
  { file: 'errors.connection.empty.json', read: (body) => parseWriteErrors(body, WHAT), reads: [] },
  // The client reads the connection's list only; a mapping's list has the same shape.
  {
    file: 'errors.mapping.json',
    read: (body) => parseWriteErrors(body, WHAT),
    reads: [{ id: 'error-id', table_name: 'Account', record_id: 'record-id', message: 'Error message', created_at: '2025-07-16T19:22:08.288347Z' }],
  },
  {
    file: 'notifications.list.json',
    read: (body) => parseNotifications(body, WHAT),
    reads: [
      { id: '5678', event_type: 'mapping-error', message: 'Failed to sync Account records due to validation error', created_at: '2024-01-15T10:30:00Z' },
      { id: '9101', event_type: 'postgres-connection', message: 'Database cannot connect', created_at: '2024-01-15T09:45:00Z' },
    ],
  },
  {
    file: 'notifications.list.filtered.json',
    read: (body) => parseNotifications(body, WHAT),
    reads: [{ id: '5678', event_type: 'mapping-error', message: 'Failed to sync Account records due to validation error', created_at: '2024-01-15T10:30:00Z' }],
  },
  { file: 'notifications.list.empty.json', read: (body) => parseNotifications(body, WHAT), reads: [] },

  // Error answers: the client names the status and the body's message, or its error.
  { file: 'notifications.acknowledge.400.json', read: errorAnswer(400), reads: 'HTTP 400: Invalid request parameters' },
  { file: 'error.403.mock-django-link.json', read: errorAnswer(403), reads: 'HTTP 403: permission denied' },
  { file: 'error.500.mock-django-import.json', read: errorAnswer(500), reads: 'HTTP 500: internal server error' },
  // Its key is "errors": the client reads only "message" and "error".
  { file: 'error.500.mock-django-list.json', read: errorAnswer(500), reads: 'HTTP 500' },

  // Endpoints the client does not call yet.
  // The schema diff and the API-version change: each line of Heroku's message is its own item; an absent flag is false.
  {
    file: 'schema-diff.200.json',
    read: (body) => parseSchemaDiff(body, WHAT),
    reads: {
      current: '55.0',
      target: '61.0',
      mappings: [
        { name: 'Opportunity', fieldsChanged: false, unsafe: false, undetermined: false, messages: ['no changes'] },
        { name: 'Lead', fieldsChanged: false, unsafe: false, undetermined: true, messages: ['Unable to determine if an action is required.'] },
        { name: 'Account', fieldsChanged: true, unsafe: false, undetermined: false, messages: ['length increase'] },
        { name: 'Contact', fieldsChanged: true, unsafe: true, undetermined: false, messages: ['field removed'] },
      ],
    },
  },
  {
    file: 'schema-diff.200.multi-line-message.json',
    read: (body) => parseSchemaDiff(body, WHAT),
    reads: {
      current: '55.0',
      target: '61.0',
      mappings: [{ name: 'Account', fieldsChanged: true, unsafe: true, undetermined: false, messages: ['Length increased in Salesforce for field: name.', 'Fields removed from Salesforce: number.'] }],
    },
  },
  {
    file: 'schema-diff.200.revival-2026-05.json',
    read: (body) => parseSchemaDiff(body, WHAT),
    reads: {
      current: '55.0',
      target: '61.0',
      mappings: [
        { name: 'Account', fieldsChanged: false, unsafe: false, undetermined: false, messages: ['Salesforce field definitions have not changed.'] },
        { name: 'Lead', fieldsChanged: true, unsafe: false, undetermined: false, messages: ['Definitions have changed in Salesforce for field: name.'] },
      ],
    },
  },
  {
    file: 'change-sf-api-version.202.json',
    read: (body) => parseApiVersionChange(body, WHAT),
    reads: { current: '55.0', target: '61.0', mappings: [{ name: 'Account', fieldsChanged: false, unsafe: false, undetermined: false, messages: ['ok'] }] },
  },
  {
    file: 'change-sf-api-version.409.syncing.json',
    read: errorAnswer(409),
    reads: 'HTTP 409: Mapping Contact is still syncing. Wait for it to finish syncing before changing the API version.',
  },
  { file: 'change-sf-api-version.409.unsafe.json', read: errorAnswer(409), reads: 'HTTP 409: Some mappings have unsafe changes. Edit them and retry.' },
  { file: 'change-sf-api-version.409.unsafe-with-diff.json', read: errorAnswer(409), reads: 'HTTP 409: Some mappings have unsafe changes. Edit them and retry.' },
  { file: 'upgrade-api-version.202.removed.json', notReadYet: NOT_CALLED('the removed POST …/actions/upgrade-api-version') },
  { file: 'upgrade-api-version.409.unsafe.removed.json', notReadYet: NOT_CALLED('the removed POST …/actions/upgrade-api-version') },
  { file: 'upgrade-api-version.409.dropped.removed.json', notReadYet: NOT_CALLED('the removed POST …/actions/upgrade-api-version') },
  { file: 'authorize-url.201.json', notReadYet: NOT_CALLED('POST …/authorize_url') },
];

async function readingOf(row: ReadRow): Promise<Reading> {
  try {
    return await row.read(sample(row.file));
  } catch (error) {
    return { refused: (error as Error).message };
  }
}

if (!samplesPresent) {
  console.log(`Skipping the recorded-answer tests: ${SAMPLES} does not exist.`);
  // jest refuses it.each over an empty table even in a skipped block, so the suite is not declared at all.
  it.skip(`reads the recorded answers in ${SAMPLES}`, () => {});
} else {
  describe('recorded Heroku Connect answers, read by the client', () => {
    it('has one row for each sample file, and a file for each row', () => {
      expect(ROWS.map((row) => row.file).sort()).toEqual(sampleFiles());
    });

    const read = ROWS.filter((row): row is ReadRow => 'read' in row);
    it.each(read.map((row) => [row.mockOnly ? `${row.file} (a mock-only form: ${row.mockOnly})` : row.file, row] as const))('%s', async (_name, row) => {
      expect(await readingOf(row)).toEqual(row.reads);
    });
  });
}
