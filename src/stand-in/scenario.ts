import type { StandInOptions } from './server.js';

/**
 * What the stand-in serves when started without a scenario file: a connection for the bundled
 * example (examples/heroku-connect.json) that shows each step of a deploy. The key's user is not
 * linked yet, the connection runs a newer Salesforce API than the file was exported with, Account
 * is live with an older configuration, Property__c is new, and Contact is live but not in the file.
 */
export function demoScenario(apiKey: string): StandInOptions {
  return {
    apiKey,
    requireLink: true,
    timing: { lagMs: 1500, importMs: 1500, syncMs: 2000 },
    connections: [
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
