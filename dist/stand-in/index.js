#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 300:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _scenario_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(260);
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(809);
/**
 * Starts the Heroku Connect stand-in from the command line, for the demo or to try the CLI by hand:
 *
 *   node dist/stand-in/index.js [--port N] [--api-key KEY] [--scenario FILE.json]
 *                               [--lag-ms N] [--import-ms N] [--sync-ms N] [--quiet]
 *
 * The first line on stdout is `CONNECT_DISCOVERY_SERVER=<url>`; each request answered is logged on
 * stderr. A scenario file holds StandInOptions as JSON (connections, requireLink, timing, badConfig,
 * importNeverFinishes, partialImport, validation, validationNeverFinishes, validationForm, writeErrors,
 * pauseNeverTakesEffect, apiVersionChangeRefusal, reloadEndsIn, each connection's schemaDiff,
 * writeErrorsAfterImport, pageSize, maxPageSize, faults); without one, the demo scenario for
 * examples/heroku-connect.json runs.
 */




const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
    options: {
        port: { type: 'string', default: '0' },
        'api-key': { type: 'string', default: 'stand-in-key' },
        scenario: { type: 'string' },
        'lag-ms': { type: 'string' },
        'import-ms': { type: 'string' },
        'sync-ms': { type: 'string' },
        quiet: { type: 'boolean', default: false },
    },
    strict: true,
});
const apiKey = values['api-key'];
const scenario = values.scenario ? { apiKey, ...JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(values.scenario, 'utf8')) } : (0,_scenario_js__WEBPACK_IMPORTED_MODULE_2__/* .demoScenario */ .O)(apiKey);
const timing = { ...scenario.timing };
for (const [flag, key] of [
    ['lag-ms', 'lagMs'],
    ['import-ms', 'importMs'],
    ['sync-ms', 'syncMs'],
]) {
    if (values[flag] !== undefined)
        timing[key] = wholeNumber(flag, values[flag]);
}
const standIn = await (0,_server_js__WEBPACK_IMPORTED_MODULE_3__/* .startConnectStandIn */ .a)({
    ...scenario,
    timing,
    port: wholeNumber('port', values.port),
    ...(!values.quiet && { log: (line) => process.stderr.write(`[stand-in] ${line}\n`) }),
});
process.stdout.write(`CONNECT_DISCOVERY_SERVER=${standIn.url}\n`);
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => void standIn.close().then(() => process.exit(0)));
}
function wholeNumber(flag, value) {
    if (!/^\d+$/.test(value)) {
        process.stderr.write(`--${flag} is "${value}"; use a whole number.\n`);
        process.exit(2);
    }
    return Number(value);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 750:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ notificationEntry),
/* harmony export */   CO: () => (/* binding */ mappingDetail),
/* harmony export */   Dd: () => (/* binding */ exportAnswer),
/* harmony export */   G4: () => (/* binding */ errorsAnswer),
/* harmony export */   J8: () => (/* binding */ notificationsAnswer),
/* harmony export */   MO: () => (/* binding */ writeErrorEntry),
/* harmony export */   O: () => (/* binding */ connectionDetail),
/* harmony export */   PI: () => (/* binding */ searchEntry),
/* harmony export */   Rt: () => (/* binding */ RECORDED_CHECKS),
/* harmony export */   Vh: () => (/* binding */ validationResult),
/* harmony export */   bG: () => (/* binding */ apiVersionChangeAnswer),
/* harmony export */   cG: () => (/* binding */ checkListsAnswer),
/* harmony export */   dT: () => (/* binding */ linkAnswer),
/* harmony export */   eP: () => (/* binding */ UNCHANGED_FIELDS_MESSAGE),
/* harmony export */   hs: () => (/* binding */ PASSING_CONNECTION),
/* harmony export */   pB: () => (/* binding */ searchAnswer),
/* harmony export */   t3: () => (/* binding */ schemaDiffAnswer),
/* harmony export */   x$: () => (/* binding */ apiVersionRefusal)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The stand-in's answer bodies, built as the public recordings of Heroku Connect's answers show them:
 * the same keys, in the same order, with the same value forms (integer `_id`s, relative and absolute
 * URLs where the real service puts each, Python-style times in `times`, the Salesforce API version
 * as a string), and the stand-in's own hosts, ids and names in place of the recorded ones. Every
 * body the stand-in serves is made here, so that what it answers can be checked against the
 * recordings in one place.
 */
/** The one region and cell every stand-in connection is in, named as the discovery answer names them. */
const REGION = { name: 'us', flag: 'united-states', label: 'Region (US)' };
const CELL = { name: 'us-instance', label: 'Instance (US)' };
/** An entry of the discovery search (and of the link's `connections`), with its absolute `detail_url`. */
function searchEntry(connection, regionUrl) {
    return {
        id: connection.id,
        resource_name: connection.resource,
        display_name: connection.app,
        addon_type: 'Sync',
        app_name: connection.app,
        app_id: connection.appId,
        region: REGION.name,
        region_url: regionUrl,
        region_flag: REGION.flag,
        region_label: REGION.label,
        cell_label: CELL.label,
        cell: CELL.name,
        detail_url: `${regionUrl}/api/v3/connections/${connection.id}`,
    };
}
/** The regions and cells of the entries listed: empty when none is (a user not on any access list). */
function regionsAndCells(entries, regionUrl) {
    if (entries.length === 0)
        return { regions: {}, cells: {} };
    return {
        regions: { [REGION.name]: { flag: REGION.flag, label: REGION.label } },
        cells: { [CELL.name]: { url: regionUrl, flag: REGION.flag, label: CELL.label } },
    };
}
/** `GET /connections?app=`: one page of the search, with `next`, `previous` and `count` always present. */
function searchAnswer(page, regionUrl) {
    return { results: page.results, ...regionsAndCells(page.results, regionUrl), next: page.next, previous: page.previous, count: page.count };
}
/** `POST /auth/<app>`: the user now on the access list, and the connections it sees. */
function linkAnswer(entries, regionUrl) {
    return { user: { id: 'stand-in-user', email: 'ci@example.com' }, connections: entries, ...regionsAndCells(entries, regionUrl) };
}
/** An integer id from a string id, stable across reads: the `_id` the real service gives beside each uuid. */
function serialOf(id) {
    return 10_000_000 + ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(id).digest().readUInt32BE(0) % 90_000_000);
}
/** `2025-07-16T19:21:58.933923Z`: the form of `created_at`, `applied_at` and the count dates. */
function microsecondTime(ms) {
    return new Date(ms).toISOString().replace(/Z$/, '000Z');
}
/** `2025-07-16 20:12:43.734321+00:00`: Python's `str(datetime)`, the form of the mappings' `times`. */
function pythonTime(ms) {
    return new Date(ms).toISOString().replace('T', ' ').replace(/Z$/, '000+00:00');
}
/** `2024-01-15T10:30:00Z`: the form of a notification's `created_at`. */
function secondTime(ms) {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/**
 * The feature flags of a connection's detail, with the values a new connection has. A stand-in
 * connection's own `features` override them; the export carries only EXPORTED_FEATURES of them.
 */
const DETAIL_FEATURES = {
    cdc_for_accelerated_polling: false,
    disable_bulk_writes: false,
    drift_max_batches_in_parallel_override: false,
    early_sf_api_access: false,
    force_picklist_255: false,
    get_deleted_latest_date_check: false,
    increased_query_cursor_limit: false,
    log_memory_usage: false,
    mtls_shield_connection: false,
    poll_db_no_merge: true,
    poll_external_ids: false,
    rest_count_only: false,
    retry_failed_create_soap_call: false,
    retry_get_query_batch_result_ids: true,
    set_odata_extra_float_digits_to_0: false,
    sync_repair_unlimited_query_all: false,
    temp_tables_in_transactions: false,
    testing_flag_only: false,
    ucs_basic_collation_index: true,
    use_assignment_rules: false,
    verbose_sfnotifier_logging: false,
};
const EXPORTED_FEATURES = ['disable_bulk_writes', 'poll_db_no_merge', 'poll_external_ids', 'rest_count_only', 'ucs_basic_collation_index'];
/** `GET {detail_url}?deep=true`: relative `detail_url` and `notifications_url`, no `region_url`, no top-level `api_version`. */
function connectionDetail(connection, settings) {
    const path = `/api/v3/connections/${connection.id}`;
    const username = `integration@${settings.app}.example.com`;
    const org = settings.organizationId;
    const instance = `https://${org.toLowerCase()}.my.salesforce.com`;
    return {
        id: connection.id,
        _id: serialOf(connection.id),
        name: settings.name,
        addon_id: connection.addonId,
        app_name: settings.app,
        team_name: null,
        enterprise_account_name: null,
        app_id: connection.appId,
        schema_name: 'salesforce',
        db_key: 'DATABASE_URL',
        database: { host: 'postgres.stand-in.example.com', database: 'd0standin', port: 5432 },
        organization_id: org,
        state: connection.state,
        mappings_summary_state: 'OK',
        detail_url: path,
        tags: [],
        sf_info: { username, organization_id: org, environment: 'production', domain: 'https://login.salesforce.com', api_version: settings.apiVersion },
        created_at: microsecondTime(connection.createdAt),
        auth_updated: microsecondTime(connection.createdAt),
        plan: settings.plan,
        free_edition: settings.plan === 'demo',
        dogwood: false,
        user_info: {
            id: `https://login.salesforce.com/id/${org}/005000000000001AAA`,
            asserted_user: true,
            user_id: '005000000000001AAA',
            organization_id: org,
            username,
            nick_name: 'integration',
            display_name: 'Integration User',
            email: username,
            email_verified: true,
            first_name: 'Integration',
            last_name: 'User',
            timezone: 'America/New_York',
            photos: { picture: `${instance}/profilephoto/005/F`, thumbnail: `${instance}/profilephoto/005/T` },
            addr_street: null,
            addr_city: null,
            addr_state: null,
            addr_country: 'United States',
            addr_zip: null,
            mobile_phone: null,
            mobile_phone_verified: false,
            is_lightning_login_user: false,
            status: { created_date: null, body: null },
            urls: Object.fromEntries([
                ['enterprise', 'services/Soap/c/{version}/00D'],
                ['metadata', 'services/Soap/m/{version}/00D'],
                ['partner', `services/Soap/u/${settings.apiVersion}/00D`],
                ['rest', 'services/data/v{version}/'],
                ['sobjects', 'services/data/v{version}/sobjects/'],
                ['search', 'services/data/v{version}/search/'],
                ['query', 'services/data/v{version}/query/'],
                ['recent', 'services/data/v{version}/recent/'],
                ['tooling_soap', 'services/Soap/T/{version}/00D'],
                ['tooling_rest', 'services/data/v{version}/tooling/'],
                ['profile', '005000000000001AAA'],
                ['feeds', 'services/data/v{version}/chatter/feeds'],
                ['groups', 'services/data/v{version}/chatter/groups'],
                ['users', 'services/data/v{version}/chatter/users'],
                ['feed_items', 'services/data/v{version}/chatter/feed-items'],
                ['feed_elements', 'services/data/v{version}/chatter/feed-elements'],
                ['custom_domain', ''],
            ].map(([key, rest]) => [key, rest === '' ? instance : `${instance}/${rest}`])),
            active: true,
            user_type: 'STANDARD',
            language: 'en_US',
            locale: 'en_US',
            utcOffset: 0,
            last_modified_date: new Date(connection.createdAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
            profile_perms: { type: 'Profile', Id: '00e000000000001AAA', PermissionsModifyAllData: 'true', PermissionsViewAllData: 'true', PermissionsViewAllUsers: 'true' },
        },
        metrics: { last_write_activity_time: microsecondTime(connection.createdAt) },
        logplex_log_enabled: settings.logplexLogEnabled,
        deletable: false,
        resource_name: settings.resource,
        large_query_threshold: 10000,
        bulk_page_size: 150000,
        features: { ...DETAIL_FEATURES, ...settings.features },
        internal_name: settings.app,
        notifications_url: `${path}/notifications`,
        odata: null,
        soap_batch_size: 200,
        sf_instance: null,
        sf_region: null,
        mappings: connection.mappings,
    };
}
/**
 * A mapping of the deep detail: `detail_url` and `errors_url` relative, `schema_url` absolute, the
 * config's access and polling repeated at the top level, `times` in Python's form.
 */
function mappingDetail(mapping, regionUrl) {
    const path = `/api/v3/mappings/${mapping.id}`;
    const { config } = mapping;
    return {
        id: mapping.id,
        _id: serialOf(mapping.id),
        object_name: mapping.object_name,
        state: mapping.state,
        config: { ...config, revision: mapping.revision, applied_at: microsecondTime(mapping.appliedAt) },
        detail_url: path,
        errors_url: `${path}/errors`,
        schema_url: `${regionUrl}/api/v3/connections/${mapping.connectionId}/schemas/${mapping.object_name}`,
        created_at: microsecondTime(mapping.createdAt),
        updated_at: microsecondTime(mapping.appliedAt),
        connection: { id: mapping.connectionId },
        // Heroku's defaults for a setting the imported config left out.
        sf_notify_enabled: config.sf_notify_enabled ?? false,
        sf_polling_seconds: config.sf_polling_seconds ?? 600,
        access: config.access ?? 'read_only',
        counts: mapping.counts,
        actively_writing: false,
        state_description: mapping.state_description,
        sync_flags: {},
        times: { sf_poll: pythonTime(mapping.lastPollAt), sf_write: null, db_poll: null, db_write: pythonTime(mapping.lastPollAt) },
        has_hc_columns: true,
        db_count_date: microsecondTime(mapping.lastPollAt),
        salesforce_count_date: microsecondTime(mapping.lastPollAt),
        is_polling: false,
        upsert_field: config.upsert_field ?? null,
    };
}
/**
 * `GET \u2026/actions/export`. `applied_at` only on read-write mappings: every recorded export has it
 * there, and most leave it out of read-only ones (every read-back right after an import does).
 */
function exportAnswer(mappings, settings, now) {
    const features = { ...DETAIL_FEATURES, ...settings.features };
    return {
        mappings: mappings.map((mapping) => ({
            object_name: mapping.object_name,
            config: mapping.config.access === 'read_write' ? { ...mapping.config, applied_at: microsecondTime(mapping.appliedAt) } : mapping.config,
        })),
        connection: {
            app_name: settings.app,
            organization_id: settings.organizationId,
            exported_at: new Date(now).toISOString().replace(/Z$/, '000+00:00'),
            features: { ...Object.fromEntries(EXPORTED_FEATURES.map((feature) => [feature, features[feature]])), ...settings.features },
            api_version: settings.apiVersion,
            name: settings.name,
            logplex_log_enabled: settings.logplexLogEnabled,
        },
        version: 1,
    };
}
/** A failed write to Salesforce, from the connection's trigger log: its id is the log's integer id. */
function writeErrorEntry(id, error) {
    return { id, table_name: error.table_name, record_id: error.record_id, message: error.message, created_at: microsecondTime(error.createdAt) };
}
/**
 * `GET \u2026/errors` and `GET \u2026/notifications`: `{count, results}` and `{results}` as recorded. No
 * recording shows a second page of either; `next` (absolute, like the search's) is added only when
 * there is one.
 */
function errorsAnswer(page) {
    return { count: page.count, results: page.results, ...(page.next !== null && { next: page.next }) };
}
function notificationsAnswer(page) {
    return { results: page.results, ...(page.next !== null && { next: page.next }) };
}
function notificationEntry(notification) {
    return { id: notification.id, event_type: notification.event_type, message: notification.message, created_at: secondTime(notification.createdAt) };
}
const DOC = 'https://devcenter.heroku.com/articles/heroku-connect-diagnose';
/** The connection checks of the recorded diagnose, by rule id, their messages rewritten for the stand-in's region. */
const RECORDED_CHECKS = {
    NUM_MAPPINGS_WITHIN_LIMIT: {
        rule_id: 'NUM_MAPPINGS_WITHIN_LIMIT',
        display_name: 'Number of Mappings',
        status: 'PASSED',
        message: 'Connection has no more than 100 mappings.',
        doc_url: `${DOC}#check-number-of-mappings`,
    },
    HEROKU_POSTGRES_REQUIRED: {
        rule_id: 'HEROKU_POSTGRES_REQUIRED',
        display_name: 'Heroku Postgres',
        status: 'PASSED',
        message: 'Database is a Heroku Postgres addon.',
        doc_url: `${DOC}#check-heroku-postgres`,
    },
    REGIONS_SHOULD_MATCH: {
        rule_id: 'REGIONS_SHOULD_MATCH',
        display_name: 'Data Locality',
        status: 'PASSED',
        message: `Connection and app are both in the '${REGION.name}' region.`,
        doc_url: `${DOC}#check-data-locality`,
    },
    SHOULD_HAVE_VALID_SF_PERMISSIONS: {
        rule_id: 'SHOULD_HAVE_VALID_SF_PERMISSIONS',
        display_name: 'View/Modify All Data',
        status: 'PASSED',
        message: 'Salesforce user has appropriate permissions.',
        doc_url: `${DOC}#check-view-modify-all-data`,
    },
    MUST_USE_RECENT_API_VERSION: {
        rule_id: 'MUST_USE_RECENT_API_VERSION',
        display_name: 'Salesforce API Version',
        status: 'FAILED',
        message: 'The latest available Salesforce API version is 47.0. Your connection is using version 44.0. You should re-create your connection to use the latest version.',
        doc_url: `${DOC}#check-salesforce-api-version`,
    },
    SHOULD_HAVE_LOG_DRAIN: {
        rule_id: 'SHOULD_HAVE_LOG_DRAIN',
        display_name: 'Configured Logging',
        status: 'FAILED',
        message: 'App does not have logging configured.',
        doc_url: `${DOC}#check-configured-log-drain`,
    },
    PAID_PLAN_MUST_HAVE_PAID_DATABASE: {
        rule_id: 'PAID_PLAN_MUST_HAVE_PAID_DATABASE',
        display_name: 'Database Plan',
        status: 'SKIPPED',
        message: 'Not applicable for the demo plan.',
        doc_url: `${DOC}#check-database-plan`,
    },
};
/** A healthy connection's diagnose: the recorded passes and skip. */
const PASSING_CONNECTION = {
    errors: [],
    warnings: [],
    passes: [RECORDED_CHECKS.NUM_MAPPINGS_WITHIN_LIMIT, RECORDED_CHECKS.HEROKU_POSTGRES_REQUIRED, RECORDED_CHECKS.REGIONS_SHOULD_MATCH, RECORDED_CHECKS.SHOULD_HAVE_VALID_SF_PERMISSIONS],
    skips: [RECORDED_CHECKS.PAID_PLAN_MUST_HAVE_PAID_DATABASE],
};
/** `GET <result_url>` once done, in `form`. */
function validationResult(form, connection, mappings) {
    switch (form) {
        case 'full':
            return { ...listsOf(connection), mappings: Object.fromEntries(Object.entries(mappings).map(([name, lists]) => [name, listsOf(lists)])) };
        case '2019':
            return { passes: connection.passes.map(checkOf), warnings: connection.warnings.map(checkOf), errors: connection.errors.map(checkOf), skips: connection.skips.map(checkOf) };
        case '2026':
            return Object.fromEntries(['errors', 'passes', 'skips', 'warnings'].map((list) => [list, connection[list].map(sortedCheck)]));
        case 'mappings-only':
            return { mappings: Object.fromEntries(Object.entries(mappings).map(([name, lists]) => [name, Object.fromEntries(Object.entries(listsOf(lists)).filter(([, checks]) => checks.length > 0))])) };
    }
}
/** `GET /api/v3/mappings/{id}/validations` (no recording: the four lists, as the connection's result has them). */
function checkListsAnswer(lists) {
    return listsOf(lists);
}
function listsOf(lists) {
    return { errors: lists.errors.map(checkOf), warnings: lists.warnings.map(checkOf), passes: lists.passes.map(checkOf), skips: lists.skips.map(checkOf) };
}
function checkOf(check) {
    return { rule_id: check.rule_id, display_name: check.display_name, status: check.status, message: check.message, ...(check.doc_url !== undefined && { doc_url: check.doc_url }) };
}
function sortedCheck(check) {
    return Object.fromEntries(Object.entries(checkOf(check)).sort(([a], [b]) => (a < b ? -1 : 1)));
}
/** What the backend says of a mapping whose fields the new version leaves as they are (schema-diff.200.revival-2026-05.json). */
const UNCHANGED_FIELDS_MESSAGE = 'Salesforce field definitions have not changed.';
/** `GET \u2026/schema-diff?target_version=` (200): the keys and order of the recorded answer; `guid` is the diff's id. */
function schemaDiffAnswer(guid, current, target, mappings) {
    return { current_api_version: current, guid, target_api_version: target, mappings };
}
/** `POST \u2026/actions/change-sf-api-version` (202): the diff again, with the version asked (change-sf-api-version.202.json). */
function apiVersionChangeAnswer(diff, target) {
    return { ...diff, target_version: target };
}
/** The refusals recorded for change-sf-api-version (409): unsafe changes, with or without the diff, and a mapping still syncing. */
function apiVersionRefusal(kind, diff, syncing) {
    const unsafe = 'Some mappings have unsafe changes. Edit them and retry.';
    if (kind === 'unsafe')
        return { message: unsafe };
    if (kind === 'unsafe-with-diff') {
        // The recorded refusal lists its mappings without action_undetermined.
        const mappings = diff.mappings.map(({ action_undetermined: _left, ...entry }) => entry);
        return { current_api_version: diff.current_api_version, mappings, message: unsafe, target_api_version: diff.target_api_version };
    }
    const first = syncing[0] ?? 'Contact';
    return { error: `Mapping ${first} is still syncing. Wait for it to finish syncing before changing the API version.`, syncing_mappings: syncing.length > 0 ? syncing : [first] };
}


/***/ }),

/***/ 260:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ demoScenario)
/* harmony export */ });
/* harmony import */ var _recorded_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(750);

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
function demoScenario(apiKey) {
    return {
        apiKey,
        requireLink: true,
        timing: { lagMs: 1500, importMs: 1500, syncMs: 2000, validationMs: 2000 },
        validation: { connection: { warnings: [_recorded_js__WEBPACK_IMPORTED_MODULE_0__/* .RECORDED_CHECKS */ .Rt.SHOULD_HAVE_LOG_DRAIN], passes: [_recorded_js__WEBPACK_IMPORTED_MODULE_0__/* .RECORDED_CHECKS */ .Rt.NUM_MAPPINGS_WITHIN_LIMIT] } },
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
function exampleStaging() {
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
function exampleLegacy() {
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


/***/ }),

/***/ 809:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ startConnectStandIn)
});

// UNUSED EXPORTS: DEFAULT_TIMING

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./src/clients/connect/states.ts
/**
 * What each connection and mapping state means, from django-heroku-connect's groups and the Dev
 * Center state references: the one table the deploy, its wait, prune and health all judge by. A
 * state in neither table is unknown. Heroku adds states without notice, so each reader decides what
 * unknown means for it: the wait keeps going and warns once, a deploy refuses to start on it, prune
 * refuses to delete next to it, and health calls it unhealthy, by name.
 */
/** `{app}` in a remedy is replaced with the app name. */
const CONNECTION_STATES = new Map([
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
/** A Map, not an object: a state named `constructor` or `__proto__` is unknown, never a prototype's member. */
function judgeConnection(state, app) {
    const entry = CONNECTION_STATES.get(state);
    if (entry === undefined)
        return { kind: 'unknown' };
    return entry.kind === 'blocked' ? { ...entry, remedy: entry.remedy.replaceAll('{app}', app) } : entry;
}
/**
 * DATA_SYNCED is the only settled healthy state. `working` is transient and fine: django's "OK"
 * group (polling Salesforce, bulk loads, a resync) and its "temporary error" group, which a new or
 * changed mapping passes through after an import (INITIAL, SCHEMA_CHANGED, RECOVERY). `failed` is
 * django's permanent errors: they do not resolve by waiting.
 */
const MAPPING_STATES = new Map([
    ['DATA_SYNCED', 'synced'],
    ...[
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
    ].map((state) => [state, 'working']),
    ...['BAD_CONFIG', 'SYSTEM_ERROR', 'DB_UNAVAILABLE', 'BULK_LOAD_ERROR', 'SYNC_REMOVED', 'INACTIVE_ORG', 'UNAUTHORIZED'].map((state) => [state, 'failed']),
]);
function judgeMapping(state) {
    return MAPPING_STATES.get(state) ?? 'unknown';
}

;// CONCATENATED MODULE: ./src/core/json.ts
/** Helpers for parsed JSON (and YAML) values, which arrive untyped. */
/** A JSON object: not null, not an array. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * How deep an answer's JSON may nest. Connect, Salesforce and GitHub answers nest a handful of
 * levels; JSON.stringify and structuredClone overflow the stack near 3,000, and every walk over
 * answer data (comparison, write-back, the backup file) is recursive somewhere, so an answer is
 * refused at the boundary instead.
 */
const MAX_ANSWER_DEPTH = 64;
/** Whether `value` nests more than `limit` arrays or objects deep; iterative, so any depth is measured. */
function nestsDeeperThan(value, limit) {
    const pending = [[value, 0]];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        const [node, depth] = next;
        if (typeof node !== 'object' || node === null)
            continue;
        if (depth >= limit)
            return true;
        for (const inner of Array.isArray(node) ? node : Object.values(node))
            if (typeof inner === 'object' && inner !== null)
                pending.push([inner, depth + 1]);
    }
    return false;
}
/** Text from an answer is cut to this many characters in a message. */
const SHOWN_TEXT_CHARS = 40;
/** A value as a message names it, with its type: `"300" (text)`, `300 (a number)`, `a list`, `missing`. */
function describeJsonValue(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return `${JSON.stringify(value.length > SHOWN_TEXT_CHARS ? `${value.slice(0, SHOWN_TEXT_CHARS)}\u2026` : value)} (text)`;
    if (typeof value === 'number')
        return `${value} (a number)`;
    if (typeof value === 'boolean')
        return `${value} (true or false)`;
    return 'an object';
}
/** Objects with this many keys or more keep their key list: listing a large object's keys sorts them each time. */
const REMEMBERED_KEYS = 64;
const keysOf = new WeakMap();
/**
 * An object's own keys, in order. The list of a large object (a mapping's fields) is made once and
 * shared: the duplicate-key count lists every object's keys (listKeys), then the engine and the
 * rules ask again for the fields, and V8 sorts the keys of an object that large each time it lists
 * them.
 */
function ownKeys(object) {
    return keysOf.get(object) ?? listKeys(object);
}
/** Lists an object's keys, and remembers the list of a large one for ownKeys. */
function listKeys(object) {
    const keys = Object.keys(object);
    if (keys.length >= REMEMBERED_KEYS)
        keysOf.set(object, keys);
    return keys;
}
/** Whether two values are the same JSON, whatever the order of their keys: exports do not keep it from one to the next. */
function sameJson(a, b) {
    return canonical(a) === canonical(b);
}
function canonical(value) {
    const sorted = JSON.stringify(value, (_key, inner) => (isRecord(inner) ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : inner));
    return sorted ?? 'undefined';
}
/** A JSON pointer (RFC 6901, as ajv reports `instancePath`) as a path of keys and indexes. */
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

;// CONCATENATED MODULE: ./src/plan/consequences.ts

/**
 * What each kind of change to a mapping file does when the file is imported, in plain words. The
 * facts: import is an upsert that never deletes a mapping missing from the file, and the CLI deletes
 * one with connect:mapping:delete (research heroku-connect-api \u00a72, \u00a74.1); editing a mapping runs
 * ALTER TABLE and fills newly mapped fields with data (Dev Center, ibid. \u00a74.1); read_write writes
 * Postgres changes to Salesforce and needs a unique External ID as upsert_field, by which records
 * are matched after the Salesforce ID (heroku-connect-rules \u00a75); accelerated polling is Salesforce
 * notifying Heroku Connect through the Streaming API while the regular polls go on (ibid. \u00a74.3).
 */
const CHANGE_KINDS = [
    'mapping-added',
    'mapping-removed',
    'mapping-deleted',
    'access-changed',
    'upsert-field-set',
    'upsert-field-removed',
    'upsert-field-changed',
    'polling-interval-changed',
    'accelerated-polling-changed',
    'value-unreadable',
    'field-removed',
    'field-added',
    'index-removed',
    'index-added',
    'index-uniqueness-changed',
    'api-version-changed',
];
const DELETE_COMMAND = (object) => `heroku connect:mapping:delete ${object} --app <app> --confirm <app>`;
function mappingAdded(head) {
    const writes = head.access === 'read_write' ? ' As a read_write mapping, it also writes changes made in Postgres to Salesforce.' : '';
    return {
        kind: 'mapping-added',
        object: head.object,
        detail: describeMapping(head),
        consequence: `Import creates the ${head.object} mapping: Heroku Connect creates its table in Postgres and loads it from Salesforce.${writes}`,
        care: false,
    };
}
function mappingRemoved(base) {
    return {
        kind: 'mapping-removed',
        object: base.object,
        detail: describeMapping(base),
        consequence: `Import does not delete mappings missing from the file: ${base.object} stays in the connection and keeps syncing. ` +
            `To delete it, run "${DELETE_COMMAND(base.object)}" or delete it in the Heroku Connect dashboard.`,
        care: true,
    };
}
/** With prune: the deploy deletes the live mapping the files no longer contain. */
function mappingDeleted(base) {
    return {
        kind: 'mapping-deleted',
        object: base.object,
        detail: 'drops the table and its data',
        consequence: `The deploy deletes the ${base.object} mapping after the import (prune): Heroku Connect drops its table and the data in it. ` +
            'Importing the backup taken before the deploy brings the mapping back, and its table is loaded again from Salesforce.',
        care: true,
    };
}
function accessChanged(from, to, head) {
    const object = head.object;
    const consequence = to === 'read_only'
        ? `Changes made in Postgres to ${object} are no longer written back to Salesforce: the mapping only syncs from Salesforce to Postgres.`
        : `Changes made in Postgres to ${object} start being written to Salesforce. A read_write mapping needs a unique identifier: ` +
            `an upsert_field that is a unique External ID field in Salesforce${head.upsertField ? ` (this mapping names ${head.upsertField})` : ', and this mapping has none'}.`;
    return { kind: 'access-changed', object, from, to, detail: `${from} \u2192 ${to}`, consequence, care: true };
}
function upsertFieldChanged(from, to, head) {
    const object = head.object;
    if (from === null) {
        return {
            kind: 'upsert-field-set',
            object,
            to: to,
            detail: to,
            consequence: `Records from Salesforce are matched to rows of ${object} by Salesforce ID first, then by ${to}, which must be a unique External ID field.`,
            care: true,
        };
    }
    if (to === null) {
        const required = head.access === 'read_write' ? ` A read_write mapping needs this unique identifier, and ${object} is left without one.` : '';
        return {
            kind: 'upsert-field-removed',
            object,
            from,
            detail: from,
            consequence: `Records from Salesforce are matched to rows of ${object} by Salesforce ID only, no longer by ${from}.${required}`,
            care: true,
        };
    }
    return {
        kind: 'upsert-field-changed',
        object,
        from,
        to,
        detail: `${from} \u2192 ${to}`,
        consequence: `Records from Salesforce are matched to rows of ${object} by Salesforce ID first, then by ${to} instead of ${from}; ${to} must be a unique External ID field.`,
        care: true,
    };
}
function pollingIntervalChanged(from, to, head) {
    return {
        kind: 'polling-interval-changed',
        object: head.object,
        from,
        to,
        detail: `${seconds(from)} \u2192 ${seconds(to)}`,
        consequence: `Heroku Connect polls Salesforce for changes to ${head.object} every ${seconds(to)} instead of every ${seconds(from)}.`,
        care: false,
    };
}
function acceleratedPollingChanged(to, head) {
    const regular = head.pollingSeconds === undefined ? '' : `, every ${seconds(head.pollingSeconds)}`;
    return {
        kind: 'accelerated-polling-changed',
        object: head.object,
        from: !to,
        to,
        detail: to ? 'off \u2192 on' : 'on \u2192 off',
        consequence: to
            ? `Accelerated polling turns on: Salesforce notifies Heroku Connect of changes to ${head.object} through the Streaming API, so it polls soon after a change; the regular polls go on.`
            : `Accelerated polling turns off: changes to ${head.object} in Salesforce reach Postgres at the next regular poll${regular}.`,
        care: false,
    };
}
/** A live value that is missing or of another type than the file's: import writes the file's. */
function valueUnreadable(object, key, value, head) {
    const base = describeJsonValue(value);
    return {
        kind: 'value-unreadable',
        object,
        detail: `${key}: ${base} \u2192 ${head}`,
        consequence: `Import sets ${key} of the ${object} mapping to what the file says (${head}); it is ${base} now, which is no value Heroku Connect documents.`,
        care: true,
        unreadable: { key, base, head },
    };
}
function fieldAdded(object, field) {
    return {
        kind: 'field-added',
        object,
        field,
        detail: field,
        consequence: `Import adds a column for ${field} to the ${object} table (ALTER TABLE) and fills it with data from Salesforce.`,
        care: false,
    };
}
function fieldRemoved(object, field) {
    return {
        kind: 'field-removed',
        object,
        field,
        detail: field,
        consequence: `Import drops the column for ${field} from the ${object} table (ALTER TABLE), and its data with it.`,
        care: true,
    };
}
function indexAdded(object, field, unique) {
    return {
        kind: 'index-added',
        object,
        field,
        ...(unique !== undefined && { to: unique }),
        detail: unique ? `${field} (unique)` : field,
        consequence: `Import creates ${unique ? 'a unique' : 'an'} index on the column for ${field} in the ${object} table.`,
        care: false,
    };
}
/** Dropping a unique index also drops a guarantee the data may rely on; that needs review. */
function indexRemoved(object, field, unique) {
    return {
        kind: 'index-removed',
        object,
        field,
        ...(unique !== undefined && { from: unique }),
        detail: unique ? `${field} (unique)` : field,
        consequence: `Import drops the index on the column for ${field} in the ${object} table; queries that filter on it may get slower.` +
            (unique ? ' Postgres no longer refuses duplicate values in that column.' : ''),
        care: unique === true,
    };
}
function indexUniquenessChanged(object, field, to) {
    return {
        kind: 'index-uniqueness-changed',
        object,
        field,
        from: !to,
        to,
        detail: `${field}: ${to ? 'not unique \u2192 unique' : 'unique \u2192 not unique'}`,
        consequence: to
            ? `The index on ${field} becomes unique: Postgres refuses two rows of ${object} with the same value, and cannot build the index while duplicates remain.`
            : `The index on ${field} is no longer unique: Postgres stops refusing duplicate values in that column of ${object}.`,
        care: true,
    };
}
function describeMapping(state) {
    const parts = [];
    if (state.access)
        parts.push(state.access);
    if (state.fields)
        parts.push(`${state.fields.size} field${state.fields.size === 1 ? '' : 's'}`);
    return parts.join(', ');
}
/** 600 \u2192 "600 s (10 min)": the file says seconds, people think in minutes. */
function seconds(value) {
    return value > 0 && value % 60 === 0 ? `${value} s (${value / 60} min)` : `${value} s`;
}
/** The documented consequence of moving a mapping to another API version, with the remedy where it needs one. */
function schemaDiffConsequence(mapping) {
    if (mapping.unsafe) {
        return ('Unsafe: only a longer string length is a safe change. For a changed type or a shorter length, unmap the field, save the mapping, then map it again; ' +
            'a field Salesforce removed blocks the change until it is unmapped.');
    }
    if (mapping.undetermined)
        return 'Undetermined: Heroku Connect cannot tell whether the change is safe for this mapping; review its fields at the target version before changing it.';
    return mapping.fieldsChanged ? 'Safe: the field definitions changed in ways Heroku Connect applies on its own.' : 'No field of this mapping changes.';
}
/**
 * The schema diff as plan changes, one per line of Heroku's message for each mapping (one for a
 * mapping without a message), at the mapping: unsafe and undetermined ones are to review.
 */
function apiVersionChanges(from, to, mappings) {
    return mappings.flatMap((mapping) => {
        const flag = mapping.unsafe ? 'unsafe' : mapping.undetermined ? 'undetermined' : mapping.fieldsChanged ? 'fields changed' : 'no field changes';
        const lines = mapping.messages.length > 0 ? mapping.messages : [''];
        return lines.map((line) => ({
            kind: 'api-version-changed',
            object: mapping.name,
            detail: `${from} \u2192 ${to}, ${flag}${line === '' ? '' : `: ${line}`}`,
            from,
            to,
            consequence: schemaDiffConsequence(mapping),
            care: mapping.unsafe || mapping.undetermined,
        }));
    });
}
/** The offline plan's item for a changed connection.api_version: only the live plan can read the schema diff. */
function apiVersionUnread(from, to) {
    return {
        kind: 'api-version-changed',
        object: 'connection',
        detail: `${from} \u2192 ${to}`,
        from,
        to,
        consequence: `API version ${from} \u2192 ${to}: run the live plan to see the schema diff (plan --app <app>, or the action with app and heroku-api-key). ` +
            'A deploy changes the version only with api-version-change: apply.',
        care: true,
    };
}

;// CONCATENATED MODULE: ./src/plan/diff.ts


/**
 * What importing `head` changes compared with `base`, both parsed export documents. `base`
 * undefined: the file is new; `head` undefined: the file is removed. Only what import acts on is
 * compared, so key order and the volatile `connection.exported_at`, `config.applied_at` and
 * `config.revision` never show. Whatever is not well-formed in a file is left out of the
 * comparison rather than guessed at: the lint reports it. A live base is held to what the head says (`liveBase`).
 */
function planChanges(base, head, options = {}) {
    const before = base === undefined ? new Map() : mappingsOf(base);
    if (!before)
        return { changes: [], unreadable: 'base' };
    const after = head === undefined ? new Map() : mappingsOf(head);
    if (!after)
        return { changes: [], unreadable: 'head' };
    const compare = options.liveBase ? compareWithLive : compareMapping;
    const changes = [];
    for (const [key, was] of before)
        if (!after.has(key))
            changes.push(mappingRemoved(was));
    for (const [key, is] of after) {
        const was = before.get(key);
        if (was === undefined)
            changes.push(mappingAdded(is));
        // One by one: spread into push, a mapping of a few hundred thousand changed fields overflowed the stack.
        else
            for (const change of compare(was, is))
                changes.push(change);
    }
    return { changes: inPlaceOrder(changes) };
}
const KIND_ORDER = new Map(CHANGE_KINDS.map((kind, i) => [kind, i]));
/**
 * By object, kind, then field, names compared without case. The lower-cased names are worked out
 * once per change rather than at each of the sort's comparisons.
 */
function inPlaceOrder(changes) {
    const keyed = changes.map((change) => ({ change, object: change.object.toLowerCase(), kind: KIND_ORDER.get(change.kind), field: (change.field ?? '').toLowerCase() }));
    keyed.sort((a, b) => a.object.localeCompare(b.object) || a.kind - b.kind || a.field.localeCompare(b.field));
    return keyed.map(({ change }) => change);
}
/** What the head says of each key compared, as a message shows it; undefined when it says nothing well-formed. */
const SAID = {
    access: (head) => head.access,
    upsert_field: (head) => (head.upsertField === undefined ? undefined : (head.upsertField ?? 'none')),
    sf_polling_seconds: (head) => (head.pollingSeconds === undefined ? undefined : String(head.pollingSeconds)),
    sf_notify_enabled: (head) => (head.acceleratedPolling === undefined ? undefined : String(head.acceleratedPolling)),
    fields: (head) => head.fields && `${head.fields.size} field(s)`,
    indexes: (head) => head.indexes && `${head.indexes.size} index(es)`,
};
/**
 * Against a live base: each value the head says well-formed that the base lacks or has of another
 * type is one difference, and the rest is compared as between files. A live mapping without
 * `indexes` has none (exports leave the key out then); one without `fields` is unreadable.
 */
function compareWithLive(was, is) {
    if (was.unreadable?.has('config') && !is.unreadable?.has('config'))
        return [valueUnreadable(is.object, 'config', was.unreadable.get('config'), 'a mapping configuration')];
    const changes = [];
    let base = was;
    for (const [key, said] of Object.entries(SAID)) {
        const shown = said(is);
        if (shown === undefined || !was.unreadable?.has(key))
            continue;
        const value = was.unreadable.get(key);
        if (key === 'indexes' && value === undefined)
            base = { ...base, indexes: new Map() };
        else
            changes.push(valueUnreadable(is.object, key, value, shown));
    }
    for (const [key, index] of is.indexes ?? []) {
        const live = base.indexes?.get(key);
        if (index.unique !== undefined && live?.unreadable)
            changes.push(valueUnreadable(is.object, live.unreadable.key, live.unreadable.value, `unique ${index.unique}`));
    }
    for (const change of compareMapping(base, is))
        changes.push(change);
    return changes;
}
function compareMapping(was, is) {
    const changes = [];
    if (was.access && is.access && was.access !== is.access)
        changes.push(accessChanged(was.access, is.access, is));
    if (was.upsertField !== undefined && is.upsertField !== undefined && was.upsertField?.toLowerCase() !== is.upsertField?.toLowerCase()) {
        changes.push(upsertFieldChanged(was.upsertField, is.upsertField, is));
    }
    if (was.pollingSeconds !== undefined && is.pollingSeconds !== undefined && was.pollingSeconds !== is.pollingSeconds) {
        changes.push(pollingIntervalChanged(was.pollingSeconds, is.pollingSeconds, is));
    }
    if (was.acceleratedPolling !== undefined && is.acceleratedPolling !== undefined && was.acceleratedPolling !== is.acceleratedPolling) {
        changes.push(acceleratedPollingChanged(is.acceleratedPolling, is));
    }
    if (was.fields && is.fields) {
        for (const [key, name] of was.fields)
            if (!is.fields.has(key))
                changes.push(fieldRemoved(is.object, name));
        for (const [key, name] of is.fields)
            if (!was.fields.has(key))
                changes.push(fieldAdded(is.object, name));
    }
    if (was.indexes && is.indexes) {
        for (const [key, index] of was.indexes)
            if (!is.indexes.has(key))
                changes.push(indexRemoved(is.object, index.name, index.unique));
        for (const [key, index] of is.indexes) {
            const old = was.indexes.get(key);
            if (old === undefined)
                changes.push(indexAdded(is.object, index.name, index.unique));
            else if (old.unique !== undefined && index.unique !== undefined && old.unique !== index.unique) {
                changes.push(indexUniquenessChanged(is.object, index.name, index.unique));
            }
        }
    }
    return changes;
}
/**
 * The document's mappings by lower-cased object name, or undefined when it has no `mappings` array.
 * An entry without a string object_name is skipped. When a name repeats (the duplicate-mapping rule
 * reports it), the last entry stands, as JSON.parse keeps the last of repeated keys.
 */
function mappingsOf(document) {
    if (!isRecord(document) || !Array.isArray(document.mappings))
        return undefined;
    const mappings = new Map();
    for (const entry of document.mappings) {
        if (!isRecord(entry) || typeof entry.object_name !== 'string' || entry.object_name.trim() === '')
            continue;
        mappings.set(entry.object_name.toLowerCase(), isRecord(entry.config) ? stateOf(entry.object_name, entry.config) : { object: entry.object_name, unreadable: new Map([['config', entry.config]]) });
    }
    return mappings;
}
function stateOf(object, config) {
    const state = { object };
    const unreadable = new Map();
    if (config.access === 'read_only' || config.access === 'read_write')
        state.access = config.access;
    else
        unreadable.set('access', config.access);
    if (typeof config.upsert_field === 'string' && config.upsert_field !== '')
        state.upsertField = config.upsert_field;
    else if (config.upsert_field === undefined || config.upsert_field === null || config.upsert_field === '')
        state.upsertField = null;
    else
        unreadable.set('upsert_field', config.upsert_field);
    if (typeof config.sf_polling_seconds === 'number' && Number.isFinite(config.sf_polling_seconds))
        state.pollingSeconds = config.sf_polling_seconds;
    else
        unreadable.set('sf_polling_seconds', config.sf_polling_seconds);
    if (typeof config.sf_notify_enabled === 'boolean')
        state.acceleratedPolling = config.sf_notify_enabled;
    else
        unreadable.set('sf_notify_enabled', config.sf_notify_enabled);
    if (isRecord(config.fields))
        state.fields = new Map(Object.keys(config.fields).map((name) => [name.toLowerCase(), name]));
    else
        unreadable.set('fields', config.fields);
    if (isRecord(config.indexes)) {
        state.indexes = new Map(Object.entries(config.indexes).map(([name, index]) => {
            const unique = isRecord(index) && typeof index.unique === 'boolean' ? index.unique : undefined;
            const unreadable = isRecord(index) ? { key: `indexes.${name}.unique`, value: index.unique } : { key: `indexes.${name}`, value: index };
            return [name.toLowerCase(), unique === undefined ? { name, unreadable } : { name, unique }];
        }));
    }
    else
        unreadable.set('indexes', config.indexes);
    if (unreadable.size > 0)
        state.unreadable = unreadable;
    return state;
}

;// CONCATENATED MODULE: ./src/stand-in/http.ts
/** The whole body of a request; an empty one is `{ json: undefined }`. Rejects when the client goes away mid-body. */
async function readRequestBody(request) {
    const chunks = [];
    for await (const chunk of request)
        chunks.push(chunk);
    const text = Buffer.concat(chunks).toString('utf8');
    if (text === '')
        return { json: undefined };
    try {
        return { json: JSON.parse(text) };
    }
    catch {
        return { text };
    }
}
/** Listens on 127.0.0.1 only (`port` 0: any free one), and resolves to the server's URL. */
async function listen(server, port = 0) {
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', resolve);
    });
    return `http://127.0.0.1:${server.address().port}`;
}
/** Stops the server without waiting for clients that keep a connection open (or a request held by a fault). */
async function stop(server) {
    server.closeAllConnections();
    await new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}

// EXTERNAL MODULE: ./src/stand-in/recorded.ts
var recorded = __nccwpck_require__(750);
;// CONCATENATED MODULE: ./src/stand-in/server.ts







const DEFAULT_TIMING = { lagMs: 1000, importMs: 1000, syncMs: 1000, validationMs: 1000, actionMs: 1000 };
/** A mapping's diagnose when the scenario gives none: no check, since no recording names a mapping check's rule id. */
const NO_CHECKS = { errors: [], warnings: [], passes: [], skips: [] };
const DESCRIPTIONS = { DATA_SYNCED: 'OK', INITIAL: 'Creating', RESYNC: 'Loading new columns', RELOAD_TABLE: 'Reloading' };
async function startConnectStandIn(options) {
    const timing = { ...DEFAULT_TIMING, ...options.timing };
    const now = options.now ?? Date.now;
    const started = now();
    // One revision counter across the service, as the real one's values suggest: every save takes the next.
    let revisions = 1000;
    const nextRevision = () => ++revisions;
    const connections = options.connections.map((spec) => live(spec, started, nextRevision));
    /** When each linked app's connections show in the search. */
    const linked = new Map();
    const rules = (options.faults ?? []).map((rule) => ({ ...rule, toSkip: rule.skip ?? 0, left: rule.times ?? 1 }));
    const requests = [];
    const accepted = [];
    const timers = new Set();
    /** Each started diagnose: its connection and when its result is ready. */
    const validations = new Map();
    let regionUrl = '';
    let discoveryUrl = '';
    for (const connection of connections)
        connection.writeErrors = (options.writeErrors ?? []).map((error) => writeError(error, started));
    /** The fault for this request of `name`, if a rule still has one: each rule counts the requests of its route. */
    const takeFault = (name) => {
        for (const rule of rules) {
            if (rule.left === 0 || (rule.route !== undefined && rule.route !== name))
                continue;
            if (rule.toSkip > 0) {
                rule.toSkip--;
                continue;
            }
            rule.left--;
            return rule.fault;
        }
        return undefined;
    };
    /** Brings a connection's state up to now: the lazy equivalent of a clock ticking on the server. */
    const advance = (connection, now) => {
        if (connection.settlesAt !== undefined && now >= connection.settlesAt) {
            connection.state = 'IDLE';
            delete connection.settlesAt;
        }
        const transition = connection.transition;
        if (transition && now >= transition.at) {
            if (transition.state !== undefined)
                connection.state = transition.state;
            if (transition.apiVersion !== undefined)
                connection.apiVersion = transition.apiVersion;
            delete connection.transition;
        }
        const pending = connection.pending;
        if (pending && !options.importNeverFinishes && now >= pending.at + timing.lagMs + timing.importMs) {
            apply(connection, pending.mappings, pending.at + timing.lagMs + timing.importMs);
            delete connection.pending;
            connection.state = 'IDLE';
        }
        for (const mapping of connection.mappings) {
            if (mapping.settlesAt !== undefined && now >= mapping.settlesAt) {
                mapping.state = mapping.settlesInto ?? 'DATA_SYNCED';
                mapping.state_description = DESCRIPTIONS[mapping.state] ?? mapping.state;
                delete mapping.settlesAt;
                delete mapping.settlesInto;
            }
        }
    };
    /**
     * Applies an import as the recordings show: only a mapping whose configuration it changes (by
     * meaning, as the plan compares) is saved again, with the next revision of the one counter,
     * a new applied_at and a resync; a new one starts INITIAL; an unchanged one keeps its revision and state.
     */
    const apply = (connection, mappings, at) => {
        for (const imported of mappings) {
            const broken = Object.entries(options.badConfig ?? {}).find(([name]) => name.toLowerCase() === imported.object_name.toLowerCase());
            const existing = connection.mappings.find((mapping) => mapping.object_name.toLowerCase() === imported.object_name.toLowerCase());
            const { applied_at: _ignored, ...config } = imported.config ?? {};
            const dropped = options.partialImport;
            if (dropped && dropped.object.toLowerCase() === imported.object_name.toLowerCase() && isRecord(config.fields)) {
                config.fields = Object.fromEntries(Object.entries(config.fields).filter(([field]) => field.toLowerCase() !== dropped.field.toLowerCase()));
            }
            const unchanged = existing !== undefined &&
                !broken &&
                planChanges({ mappings: [{ object_name: existing.object_name, config: existing.config }] }, { mappings: [{ object_name: imported.object_name, config }] }).changes.length === 0;
            const mapping = existing ?? {
                id: (0,external_node_crypto_.randomUUID)(),
                object_name: imported.object_name,
                config,
                revision: 0,
                applied_at: '',
                state: 'INITIAL',
                lastPollAt: at,
                counts: { db: 0, sf: 0, pending: 0, errors: 0 },
            };
            if (!existing)
                connection.mappings.push(mapping);
            mapping.config = config;
            if (unchanged)
                continue;
            mapping.revision = nextRevision();
            mapping.applied_at = new Date(at).toISOString();
            mapping.state = broken ? 'BAD_CONFIG' : existing ? 'RESYNC' : 'INITIAL';
            mapping.state_description = broken ? broken[1] : DESCRIPTIONS[mapping.state];
            if (broken)
                delete mapping.settlesAt;
            else
                mapping.settlesAt = at + timing.syncMs;
        }
        connection.writeErrors.push(...(options.writeErrorsAfterImport ?? []).map((error) => writeError(error, at)));
    };
    const checksOf = (checks, passing) => {
        const { errors = [], warnings = [], passes = [], skips = [] } = checks ?? passing;
        return { errors, warnings, passes, skips };
    };
    const mappingChecks = (objectName) => checksOf(Object.entries(options.validation?.mappings ?? {}).find(([name]) => name.toLowerCase() === objectName.toLowerCase())?.[1], NO_CHECKS);
    const settingsOf = (connection) => ({
        app: connection.spec.app,
        resource: connection.spec.resource,
        name: connection.spec.name ?? `${connection.spec.app}:DATABASE_URL:salesforce`,
        plan: connection.spec.plan ?? 'enterprise',
        organizationId: connection.spec.organizationId ?? '00D000000000001EAA',
        apiVersion: connection.apiVersion,
        features: connection.spec.features ?? {},
        logplexLogEnabled: connection.spec.logplexLogEnabled ?? false,
    });
    /** The schema diff from the live version to `target`, as the recorded answer has it: every mapping, each with its flags and message. */
    const schemaDiffOf = (connection, target) => {
        const entries = connection.mappings.map((mapping) => {
            const scripted = connection.spec.schemaDiff?.find((entry) => entry.name.toLowerCase() === mapping.object_name.toLowerCase());
            return {
                action_undetermined: scripted?.action_undetermined ?? false,
                fields_have_changed: scripted?.fields_have_changed ?? false,
                has_unsafe_changes: scripted?.has_unsafe_changes ?? false,
                name: mapping.object_name,
                result_message: scripted?.result_message ?? recorded/* UNCHANGED_FIELDS_MESSAGE */.eP,
            };
        });
        return (0,recorded/* schemaDiffAnswer */.t3)(connection.id.slice(0, 8), connection.apiVersion, target, entries);
    };
    /**
     * An operator action's answer: accepted (202, no body recorded) with the state it brings after
     * actionMs, or refused (409) from a state it cannot start in. The refusal bodies are inferred:
     * no recording shows one.
     */
    const operatorAction = (match, now, from, refusal, act) => withConnection(match, (connection) => {
        advance(connection, now);
        if (from.length > 0 && !from.includes(connection.state))
            return { status: 409, body: { message: `${refusal} It is ${connection.state}.` } };
        act(connection);
        return { status: 202 };
    });
    const detailOf = (connection, now) => {
        advance(connection, now);
        const importing = connection.pending !== undefined && now >= connection.pending.at + timing.lagMs;
        const mappings = connection.mappings.map((mapping) => {
            const appliedAt = Date.parse(mapping.applied_at);
            // A mapping an import created was created when it was applied.
            mapping.createdAt ??= appliedAt;
            return (0,recorded/* mappingDetail */.CO)({ ...mapping, connectionId: connection.id, state_description: mapping.state_description ?? '', appliedAt, createdAt: mapping.createdAt }, regionUrl);
        });
        return (0,recorded/* connectionDetail */.O)({ ...connection, app: connection.spec.app, resource: connection.spec.resource, state: importing ? 'IMPORT_CONFIGURATION' : connection.state, mappings }, settingsOf(connection));
    };
    const exportOf = (connection, now) => {
        advance(connection, now);
        return (0,recorded/* exportAnswer */.Dd)(connection.mappings.map((mapping) => ({ object_name: mapping.object_name, config: mapping.config, appliedAt: Date.parse(mapping.applied_at) })), settingsOf(connection), now);
    };
    const discoveryResult = (connection) => (0,recorded/* searchEntry */.PI)({ id: connection.id, app: connection.spec.app, appId: connection.appId, resource: connection.spec.resource }, regionUrl);
    /**
     * The page of `items` a list request asks for: `page` (from 1) of `page_size` entries (the
     * stand-in's page size when it names none, never more than its largest), and the absolute URLs of
     * the pages around it, on the host asked.
     */
    const pageOf = (items, url) => {
        const asked = wholeNumberOf(url.searchParams.get('page_size'));
        const size = Math.max(1, Math.min(asked ?? options.pageSize ?? 10, options.maxPageSize ?? 1000));
        const current = wholeNumberOf(url.searchParams.get('page')) ?? 1;
        const linkTo = (page) => {
            const link = new URL(url);
            link.searchParams.set('page', String(page));
            return link.href;
        };
        return {
            results: items.slice((current - 1) * size, current * size),
            next: current * size < items.length ? linkTo(current + 1) : null,
            previous: current > 1 ? linkTo(current - 1) : null,
            count: items.length,
        };
    };
    /** The unacknowledged notifications the `after`, `before` and `event_type` filters keep, newest first: the list's order. */
    const notificationsIn = (connection, url) => {
        const type = url.searchParams.get('event_type');
        return connection.notifications
            .filter((n) => !n.acknowledged && inWindow(n.created_at, url) && (type === null || n.event_type === type))
            .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
    };
    const connectionOf = (match) => connections.find((c) => c.id === decodeURIComponent(match[1]));
    const mappingOf = (match) => {
        for (const connection of connections) {
            const mapping = connection.mappings.find((m) => m.id === decodeURIComponent(match[1]));
            if (mapping)
                return { connection, mapping };
        }
        return undefined;
    };
    /**
     * Every endpoint the stand-in serves: the server it is on, its method and path, and how it is
     * answered at time `now` (later than the request's arrival when a fault delays it). A new
     * endpoint is one entry here (and its name in `Route`).
     */
    const routes = {
        search: {
            side: 'discovery',
            method: 'GET',
            path: /^\/connections$/,
            handle: ({ url, now }) => {
                const app = url.searchParams.get('app') ?? '';
                const resource = url.searchParams.get('resource_name');
                const shownAt = linked.get(app);
                const hidden = options.requireLink && (shownAt === undefined || now < shownAt);
                const visible = hidden ? [] : connections.filter((c) => c.spec.app === app && (resource === null || c.spec.resource === resource));
                return { status: 200, body: (0,recorded/* searchAnswer */.pB)(pageOf(visible.map(discoveryResult), url), regionUrl) };
            },
        },
        link: {
            side: 'discovery',
            method: 'POST',
            path: /^\/auth\/([^/]+)$/,
            handle: ({ match, now }) => {
                const app = decodeURIComponent(match[1]);
                if (!linked.has(app))
                    linked.set(app, now + (options.linkDelayMs ?? 0));
                const mine = connections.filter((c) => c.spec.app === app);
                return { status: 200, body: (0,recorded/* linkAnswer */.dT)(mine.map(discoveryResult), regionUrl) };
            },
        },
        detail: {
            side: 'region',
            method: 'GET',
            path: /^\/api\/v3\/connections\/([^/]+)$/,
            handle: ({ match, now }) => withConnection(match, (connection) => ({ status: 200, body: detailOf(connection, now) })),
        },
        export: {
            side: 'region',
            method: 'GET',
            path: /^\/api\/v3\/connections\/([^/]+)\/actions\/export$/,
            handle: ({ match, now }) => withConnection(match, (connection) => ({ status: 200, body: exportOf(connection, now) })),
        },
        import: {
            side: 'region',
            method: 'POST',
            path: /^\/api\/v3\/connections\/([^/]+)\/actions\/import$/,
            handle: ({ match, body, now }) => withConnection(match, (connection) => {
                if (!isRecord(body) || !Array.isArray(body.mappings) || !body.mappings.every((m) => isRecord(m) && typeof m.object_name === 'string')) {
                    return { status: 400, body: { message: 'The configuration is not a Heroku Connect export: "mappings" must be a list of objects with "object_name".' } };
                }
                advance(connection, now);
                // A second import before the first is applied: the first is applied at once, the second queued.
                if (connection.pending)
                    apply(connection, connection.pending.mappings, now);
                connection.pending = { at: now, mappings: body.mappings };
                return { status: 200 };
            }),
        },
        validate: {
            side: 'region',
            method: 'POST',
            path: /^\/api\/v3\/connections\/([^/]+)\/validations$/,
            handle: ({ match, now }) => withConnection(match, (connection) => {
                const job = (0,external_node_crypto_.randomUUID)();
                validations.set(job, { connection, readyAt: options.validationNeverFinishes ? Infinity : now + timing.validationMs });
                return { status: 202, body: { result_url: `${regionUrl}/api/v3/connections/${connection.id}/validations/${job}` } };
            }),
        },
        'validation-result': {
            side: 'region',
            method: 'GET',
            path: /^\/api\/v3\/connections\/([^/]+)\/validations\/([^/]+)$/,
            handle: ({ match, now }) => {
                const job = validations.get(decodeURIComponent(match[2]));
                if (!job || job.connection.id !== decodeURIComponent(match[1]))
                    return { status: 404, body: { message: 'No such validation' } };
                if (now < job.readyAt)
                    return { status: 202 };
                advance(job.connection, now);
                const mappings = Object.fromEntries(job.connection.mappings.map((mapping) => [mapping.object_name, mappingChecks(mapping.object_name)]));
                return { status: 200, body: (0,recorded/* validationResult */.Vh)(options.validationForm ?? 'full', checksOf(options.validation?.connection, recorded/* PASSING_CONNECTION */.hs), mappings) };
            },
        },
        'mapping-validation': {
            side: 'region',
            method: 'GET',
            path: /^\/api\/v3\/mappings\/([^/]+)\/validations$/,
            handle: ({ match }) => {
                const found = mappingOf(match);
                return found ? { status: 200, body: (0,recorded/* checkListsAnswer */.cG)(mappingChecks(found.mapping.object_name)) } : { status: 404, body: { message: `No mapping ${match[1]}` } };
            },
        },
        'write-errors': {
            side: 'region',
            method: 'GET',
            path: /^\/api\/v3\/connections\/([^/]+)\/errors$/,
            handle: ({ match, url, now }) => withConnection(match, (connection) => {
                advance(connection, now);
                // Of the last 24 hours; each keeps its place in the whole log as its id.
                const recent = connection.writeErrors.flatMap((error, i) => {
                    const createdAt = Date.parse(error.created_at);
                    return createdAt >= now - 86_400_000 ? [(0,recorded/* writeErrorEntry */.MO)(i + 1, { ...error, createdAt })] : [];
                });
                return { status: 200, body: (0,recorded/* errorsAnswer */.G4)(pageOf(recent, url)) };
            }),
        },
        notifications: {
            side: 'region',
            method: 'GET',
            path: /^\/api\/v3\/connections\/([^/]+)\/notifications$/,
            handle: ({ match, url }) => withConnection(match, (connection) => {
                const shown = notificationsIn(connection, url).map((n) => (0,recorded/* notificationEntry */.C1)({ ...n, createdAt: Date.parse(n.created_at) }));
                return { status: 200, body: (0,recorded/* notificationsAnswer */.J8)(pageOf(shown, url)) };
            }),
        },
        acknowledge: {
            side: 'region',
            method: 'POST',
            path: /^\/api\/v3\/connections\/([^/]+)\/notifications\/acknowledge$/,
            handle: ({ match, url }) => withConnection(match, (connection) => {
                // One page at a time, as the list gives them: the rest stay unacknowledged.
                for (const n of pageOf(notificationsIn(connection, url), url).results)
                    n.acknowledged = true;
                return { status: 204 };
            }),
        },
        'schema-diff': {
            side: 'region',
            method: 'GET',
            path: /^\/api\/v3\/connections\/([^/]+)\/schema-diff$/,
            handle: ({ match, url, now }) => withConnection(match, (connection) => {
                advance(connection, now);
                const target = url.searchParams.get('target_version') ?? '';
                const invalid = invalidTarget(target);
                if (invalid)
                    return invalid;
                return { status: 200, body: schemaDiffOf(connection, target) };
            }),
        },
        'change-api-version': {
            side: 'region',
            method: 'POST',
            path: /^\/api\/v3\/connections\/([^/]+)\/actions\/change-sf-api-version$/,
            handle: ({ match, body, now }) => withConnection(match, (connection) => {
                advance(connection, now);
                const target = isRecord(body) && typeof body.target_version === 'string' ? body.target_version : '';
                const invalid = invalidTarget(target);
                if (invalid)
                    return invalid;
                if (connection.state !== 'PAUSED')
                    return { status: 409, body: { message: `The connection must be paused before its API version is changed. It is ${connection.state}.` } };
                const diff = schemaDiffOf(connection, target);
                const entries = diff.mappings;
                // A paused connection whose mapping is still polling Salesforce (or loading) is refused (change-sf-api-version.409.syncing.json).
                const syncing = connection.mappings.filter((mapping) => judgeMapping(mapping.state) === 'working').map((mapping) => mapping.object_name);
                const unsafe = entries.some((entry) => entry.has_unsafe_changes || entry.action_undetermined);
                const refusal = options.apiVersionChangeRefusal ?? (syncing.length > 0 ? 'syncing' : unsafe ? 'unsafe-with-diff' : undefined);
                if (refusal)
                    return { status: 409, body: (0,recorded/* apiVersionRefusal */.x$)(refusal, diff, syncing) };
                connection.transition = { at: now + timing.actionMs, apiVersion: target };
                return { status: 202, body: (0,recorded/* apiVersionChangeAnswer */.bG)(diff, target) };
            }),
        },
        pause: {
            side: 'region',
            method: 'POST',
            path: /^\/api\/v3\/connections\/([^/]+)\/actions\/pause$/,
            handle: ({ match, now }) => operatorAction(match, now, ['IDLE'], 'Connections can only be paused when they are IDLE.', (connection) => {
                if (!options.pauseNeverTakesEffect)
                    connection.transition = { at: now + timing.actionMs, state: 'PAUSED' };
            }),
        },
        resume: {
            side: 'region',
            method: 'POST',
            path: /^\/api\/v3\/connections\/([^/]+)\/actions\/resume$/,
            handle: ({ match, now }) => operatorAction(match, now, ['PAUSED'], 'Only a paused connection can be resumed.', (connection) => {
                connection.transition = { at: now + timing.actionMs, state: 'IDLE' };
            }),
        },
        restart: {
            side: 'region',
            method: 'POST',
            path: /^\/api\/v3\/connections\/([^/]+)\/actions\/restart$/,
            // Restart clears errors and tries to resume: RECOVERY, then IDLE, from any state.
            handle: ({ match, now }) => operatorAction(match, now, [], '', (connection) => {
                connection.state = 'RECOVERY';
                connection.transition = { at: now + timing.actionMs, state: 'IDLE' };
            }),
        },
        reload: {
            side: 'region',
            method: 'POST',
            path: /^\/api\/v3\/mappings\/([^/]+)\/actions\/reload$/,
            handle: ({ match, now }) => {
                const found = mappingOf(match);
                if (!found)
                    return { status: 404, body: { message: `No mapping ${match[1]}` } };
                advance(found.connection, now);
                // The table is cleared, then loaded again: RELOAD_TABLE, then DATA_SYNCED (or the scripted error state).
                found.mapping.state = 'RELOAD_TABLE';
                found.mapping.state_description = 'Reloading';
                found.mapping.settlesAt = now + timing.actionMs;
                if (options.reloadEndsIn !== undefined)
                    found.mapping.settlesInto = options.reloadEndsIn;
                return { status: 202 };
            },
        },
        'delete-mapping': {
            side: 'region',
            method: 'DELETE',
            path: /^\/api\/v3\/mappings\/([^/]+)$/,
            handle: ({ match }) => {
                const found = mappingOf(match);
                if (!found)
                    return { status: 404, body: { message: `No mapping ${match[1]}` } };
                found.connection.mappings = found.connection.mappings.filter((mapping) => mapping !== found.mapping);
                return { status: 204 };
            },
        },
    };
    const withConnection = (match, answer) => {
        const connection = connectionOf(match);
        return connection ? answer(connection) : { status: 404, body: { message: `No connection ${match[1]}` } };
    };
    /** The route a request takes, with its path's captures; none for a path no route serves. */
    const route = (side, method, url) => {
        for (const [name, spec] of Object.entries(routes)) {
            const match = spec.side === side && spec.method === method ? spec.path.exec(url.pathname) : null;
            if (match)
                return { name, spec, match };
        }
        return undefined;
    };
    const handler = (side) => (request, response) => {
        const method = request.method ?? 'GET';
        // On the server's own origin, so that the `next` of a page is absolute on the host asked.
        const url = new URL(request.url ?? '/', side === 'discovery' ? discoveryUrl : regionUrl);
        const found = route(side, method, url);
        const name = found?.name;
        const record = { method, path: `${url.pathname}${url.search}`, ...(name && { route: name }), time: now() };
        if (request.headers.authorization !== undefined)
            record.authorization = request.headers.authorization;
        requests.push(record);
        const fault = takeFault(name);
        if (fault?.kind === 'drop') {
            options.log?.(`${method} ${record.path} \u2192 dropped`);
            request.socket.destroy();
            return;
        }
        const onBody = (received) => {
            // Recorded as sent when it is not JSON: a test can then see what a client got wrong.
            const body = 'json' in received ? received.json : received.text;
            if (body !== undefined)
                record.body = body;
            const answer = () => {
                let result;
                if (fault?.kind === 'status') {
                    result = { status: fault.status, body: { message: `Scripted fault ${fault.status}` }, ...(fault.retryAfter !== undefined && { headers: { 'Retry-After': fault.retryAfter } }) };
                }
                else if (request.headers.authorization !== `Bearer ${options.apiKey}`) {
                    // No Connect 401 body is recorded; its error bodies are {"message"} (or {"error"}).
                    result = { status: 401, body: { message: 'Invalid credentials provided.' } };
                }
                else if (fault?.kind === 'answer') {
                    result = { status: fault.status ?? 200, ...(fault.text !== undefined ? { text: fault.text } : { body: fault.body }), ...(fault.headers && { headers: fault.headers }) };
                }
                else if (fault?.kind === 'endless') {
                    options.log?.(`${method} ${record.path} \u2192 200, a body that never ends`);
                    sendEndless(response);
                    return;
                }
                else {
                    result = found ? found.spec.handle({ url, match: found.match, body, now: now() }) : { status: 404, body: { message: `No route for ${method} ${url.pathname}` } };
                    if (name === 'import' && result.status >= 200 && result.status < 300)
                        accepted.push(record);
                    if (fault?.kind === 'mutate')
                        result = { ...result, body: fault.mutate(result.body) };
                }
                options.log?.(`${method} ${record.path} \u2192 ${result.status}`);
                send(response, result);
            };
            if (fault?.kind === 'hang') {
                options.log?.(`${method} ${record.path} \u2192 held, never answered`);
                options.onHang?.();
            }
            else if (fault?.kind === 'delay') {
                const timer = setTimeout(() => {
                    timers.delete(timer);
                    answer();
                }, fault.ms);
                timers.add(timer);
            }
            else {
                answer();
            }
        };
        // A client that goes away mid-body gets no answer, as from a real server.
        readRequestBody(request).then(onBody, () => undefined);
    };
    const discovery = (0,external_node_http_namespaceObject.createServer)(handler('discovery'));
    const region = (0,external_node_http_namespaceObject.createServer)(handler('region'));
    discoveryUrl = await listen(discovery, options.port ?? 0);
    regionUrl = await listen(region, 0);
    return {
        url: discoveryUrl,
        regionUrl,
        requests,
        imports: accepted,
        close: async () => {
            for (const timer of timers)
                clearTimeout(timer);
            await Promise.all([stop(discovery), stop(region)]);
        },
    };
}
/** The `after` and `before` filters of the notification endpoints, as ISO times (after inclusive, before exclusive). */
function inWindow(createdAt, url) {
    const at = Date.parse(createdAt);
    const after = url.searchParams.get('after');
    const before = url.searchParams.get('before');
    return (after === null || at >= Date.parse(after)) && (before === null || at < Date.parse(before));
}
function writeError(error, at) {
    return { table_name: error.table_name, record_id: error.record_id, message: error.message, created_at: error.created_at ?? new Date(at).toISOString() };
}
/** A positive whole number given as a query parameter, or undefined. */
function wholeNumberOf(value) {
    return value !== null && /^[1-9]\d{0,6}$/.test(value) ? Number(value) : undefined;
}
function live(spec, started, nextRevision) {
    return {
        writeErrors: [],
        notifications: (spec.notifications ?? []).map((n, i) => ({
            id: String(i + 1),
            event_type: n.event_type,
            message: n.message,
            created_at: new Date(started - (n.agoMs ?? 60_000)).toISOString(),
            acknowledged: false,
        })),
        spec,
        id: spec.id ?? (0,external_node_crypto_.randomUUID)(),
        appId: (0,external_node_crypto_.randomUUID)(),
        addonId: (0,external_node_crypto_.randomUUID)(),
        createdAt: started - 30 * 86_400_000,
        state: spec.state ?? 'IDLE',
        apiVersion: spec.apiVersion ?? '64.0',
        ...(spec.settlesAfterMs !== undefined && { settlesAt: started + spec.settlesAfterMs }),
        mappings: (spec.mappings ?? []).map((mapping) => ({
            id: (0,external_node_crypto_.randomUUID)(),
            object_name: mapping.object_name,
            config: mapping.config ?? { access: 'read_only', fields: { Id: {}, SystemModstamp: {} } },
            revision: nextRevision(),
            applied_at: new Date(started - 86_400_000).toISOString(),
            state: mapping.state ?? 'DATA_SYNCED',
            state_description: mapping.state_description ?? DESCRIPTIONS[mapping.state ?? 'DATA_SYNCED'] ?? '',
            lastPollAt: started - (mapping.lastPollAgoMs ?? 60_000),
            createdAt: started - 7 * 86_400_000,
            counts: { db: 1000, sf: 1000, pending: 0, errors: 0, ...mapping.counts },
        })),
    };
}
/** The schema diff's and the API-version change's answer to a target_version that is no API version such as 61.0 (no recording shows this 400). */
function invalidTarget(target) {
    return /^\d{1,3}\.\d$/.test(target) ? undefined : { status: 400, body: { message: `Invalid target_version "${target}".` } };
}
function send(response, answer) {
    // The client may have given up (its timeout) and closed the connection while the answer was delayed.
    if (response.destroyed)
        return;
    const text = answer.text ?? (answer.body === undefined ? '' : JSON.stringify(answer.body));
    response.writeHead(answer.status, { ...(text.length > 0 && { 'Content-Type': 'application/json' }), ...answer.headers });
    response.end(text);
}
/** A JSON list that never closes, written as fast as the client reads it, until the client goes away. */
function sendEndless(response) {
    if (response.destroyed)
        return;
    response.writeHead(200, { 'Content-Type': 'application/json' });
    const chunk = Buffer.from('{"results":['.padEnd(64 * 1024, ' '));
    const more = () => {
        while (!response.destroyed && response.write(chunk))
            ;
    };
    response.on('drain', more);
    more();
}


/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(300);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map