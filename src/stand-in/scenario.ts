import { RECORDED_CHECKS } from './recorded.js';
import type { StandInConnection, StandInOptions } from './server.js';

/**
 * What the stand-in serves when started without a scenario file: a connection for the bundled
 * example (examples/heroku-connect.json) that shows each step of a deploy. The key's user is not
 * linked yet, the connection runs a newer Salesforce API than the file was exported with, Account
 * is live with an older configuration, Property__c is new, and Contact is live but not in the file.
 * After the import, Heroku Connect's diagnose warns that the app has no log drain (it has none), and
 * one write to Salesforce fails. A second app, example-staging, has the example's mappings with a
 * dashboard edit (Account polled every 5 minutes, Phone added), a stale Property__c mapping and an
 * unacknowledged notification: what drift, health and compare find. A third, example-legacy, still
 * runs Salesforce API 45.0, which the example's 62.0 moves it from: its schema diff finds a longer
 * Account.Name (safe), so a deploy with api-version-change apply pauses it, changes it and resumes it.
 */
export function demoScenario(apiKey: string): StandInOptions {
  return {
    apiKey,
    requireLink: true,
    timing: { lagMs: 1500, importMs: 1500, syncMs: 2000, validationMs: 2000 },
    validation: { connection: { warnings: [RECORDED_CHECKS.SHOULD_HAVE_LOG_DRAIN], passes: [RECORDED_CHECKS.NUM_MAPPINGS_WITHIN_LIMIT] } },
    writeErrorsAfterImport: [{ table_name: 'property__c', record_id: 'a0B5w00000Demo1EAA', message: 'REQUIRED_FIELD_MISSING: Required fields are missing: [Price__c]' }],
    connections: [
      exampleStaging(),
      exampleLegacy(),
      {
        app: 'example-app',
        resource: 'herokuconnect-example-12345',
        plan: 'enterprise',
        organizationId: '00D5w000003xwrCEAQ',
        apiVersion: '64.0',
        name: 'example-app:DATABASE_URL:salesforce',
        features: { disable_bulk_writes: false, poll_db_no_merge: true, poll_external_ids: false, rest_count_only: false, ucs_basic_collation_index: true },
        mappings: [
          {
            object_name: 'Account',
            config: {
              access: 'read_only',
              sf_notify_enabled: false,
              sf_polling_seconds: 600,
              sf_max_daily_api_calls: 30000,
              fields: { Id: {}, IsDeleted: {}, SystemModstamp: {}, CreatedDate: {}, Name: {} },
              indexes: { Id: { unique: true }, SystemModstamp: { unique: false } },
            },
          },
          {
            object_name: 'Contact',
            config: {
              access: 'read_only',
              sf_notify_enabled: false,
              sf_polling_seconds: 600,
              sf_max_daily_api_calls: 30000,
              fields: { Id: {}, IsDeleted: {}, SystemModstamp: {}, CreatedDate: {}, LastName: {} },
              indexes: { Id: { unique: true }, SystemModstamp: { unique: false } },
            },
          },
        ],
      },
    ],
  };
}

/** The example's mappings as a dashboard left them on staging, for drift, health and compare. */
function exampleStaging(): StandInConnection {
  const common = { access: 'read_only', sf_notify_enabled: true, sf_max_daily_api_calls: 30000 };
  const indexes = { Id: { unique: true }, SystemModstamp: { unique: false } };
  const base = { Id: {}, IsDeleted: {}, SystemModstamp: {}, CreatedDate: {}, Name: {} };
  return {
    app: 'example-staging',
    resource: 'herokuconnect-staging-67890',
    notifications: [{ event_type: 'mapping-error', message: 'Property__c: polling Salesforce failed: INVALID_FIELD Broker__c', agoMs: 2 * 3_600_000 }],
    mappings: [
      { object_name: 'Account', config: { ...common, sf_polling_seconds: 300, fields: { ...base, BillingCity: {}, Industry: {}, Phone: {} }, indexes } },
      {
        object_name: 'Property__c',
        lastPollAgoMs: 3 * 3_600_000,
        counts: { db: 1200, sf: 1260, pending: 14 },
        config: {
          ...common,
          access: 'read_write',
          upsert_field: 'External_Id__c',
          sf_polling_seconds: 600,
          fields: { ...base, External_Id__c: {}, Broker__c: {}, Price__c: {} },
          indexes: { ...indexes, External_Id__c: { unique: true }, Broker__c: { unique: false } },
        },
      },
    ],
  };
}

/** A connection on an old API version, with the example's Account live: what the API-version change moves. */
function exampleLegacy(): StandInConnection {
  return {
    app: 'example-legacy',
    resource: 'herokuconnect-legacy-24680',
    apiVersion: '45.0',
    mappings: [
      {
        object_name: 'Account',
        config: {
          access: 'read_only',
          sf_notify_enabled: false,
          sf_polling_seconds: 600,
          sf_max_daily_api_calls: 30000,
          fields: { Id: {}, IsDeleted: {}, SystemModstamp: {}, CreatedDate: {}, Name: {} },
          indexes: { Id: { unique: true }, SystemModstamp: { unique: false } },
        },
      },
    ],
    schemaDiff: [{ name: 'Account', fields_have_changed: true, result_message: 'Length increased in Salesforce for field: Name.' }],
  };
}
