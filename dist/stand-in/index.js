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
/* harmony import */ var _scenario_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(260);
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(97);
/**
 * Starts the Heroku Connect stand-in from the command line, for the demo or to try the CLI by hand:
 *
 *   node dist/stand-in/index.js [--port N] [--api-key KEY] [--scenario FILE.json]
 *                               [--lag-ms N] [--import-ms N] [--sync-ms N] [--quiet]
 *
 * The first line on stdout is `CONNECT_DISCOVERY_SERVER=<url>`; each request answered is logged on
 * stderr. A scenario file holds StandInOptions as JSON (connections, requireLink, timing, badConfig,
 * importNeverFinishes, partialImport, validation, validationNeverFinishes, writeErrors,
 * writeErrorsAfterImport, faults); without one, the demo scenario for examples/heroku-connect.json runs.
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
const scenario = values.scenario
    ? { apiKey, ...JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(values.scenario, 'utf8')) }
    : (0,_scenario_js__WEBPACK_IMPORTED_MODULE_3__/* .demoScenario */ .O)(apiKey);
const timing = { ...scenario.timing };
for (const [flag, key] of [['lag-ms', 'lagMs'], ['import-ms', 'importMs'], ['sync-ms', 'syncMs']]) {
    if (values[flag] !== undefined)
        timing[key] = wholeNumber(flag, values[flag]);
}
const standIn = await (0,_server_js__WEBPACK_IMPORTED_MODULE_2__/* .startConnectStandIn */ .a)({
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

/***/ 260:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ demoScenario)
/* harmony export */ });
/**
 * What the stand-in serves when started without a scenario file: a connection for the bundled
 * example (examples/heroku-connect.json) that shows each step of a deploy. The key's user is not
 * linked yet, the connection runs a newer Salesforce API than the file was exported with, Account
 * is live with an older configuration, Property__c is new, and Contact is live but not in the file.
 * After the import, Heroku Connect's diagnose warns that the app has no log drain (it has none), and
 * one write to Salesforce fails. A second app, example-staging, has the example's mappings with a
 * dashboard edit (Account polled every 5 minutes, Phone added), a stale Property__c mapping and an
 * unacknowledged notification: what drift, health and compare find.
 */
function demoScenario(apiKey) {
    return {
        apiKey,
        requireLink: true,
        timing: { lagMs: 1500, importMs: 1500, syncMs: 2000, validationMs: 2000 },
        validation: {
            connection: {
                warnings: [
                    {
                        rule_id: 'SHOULD_HAVE_LOG_DRAIN',
                        display_name: 'Configured Logging',
                        status: 'FAILED',
                        message: 'App does not have logging configured.',
                        doc_url: 'https://devcenter.heroku.com/articles/heroku-connect-diagnose#check-configured-log-drain',
                    },
                ],
                passes: [{ rule_id: 'NUM_MAPPINGS_WITHIN_LIMIT', display_name: 'Number of Mappings', status: 'PASSED', message: 'Connection has no more than 100 mappings.' }],
            },
        },
        writeErrorsAfterImport: [{ table_name: 'property__c', record_id: 'a0B5w00000Demo1EAA', message: 'REQUIRED_FIELD_MISSING: Required fields are missing: [Price__c]' }],
        connections: [
            exampleStaging(),
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


/***/ }),

/***/ 97:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ startConnectStandIn)
});

// UNUSED EXPORTS: DEFAULT_TIMING

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./src/core/json.ts
/** Helpers for parsed JSON (and YAML) values, which arrive untyped. */
/** A JSON object: not null, not an array. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
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
    const sorted = JSON.stringify(value, (_key, inner) => isRecord(inner) ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : inner);
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

;// CONCATENATED MODULE: ./src/stand-in/server.ts




const DEFAULT_TIMING = { lagMs: 1000, importMs: 1000, syncMs: 1000, validationMs: 1000 };
/** The diagnose of a healthy connection: what the Heroku CLI plugin's tests show for one. */
const PASSING_CONNECTION = {
    passes: [
        { rule_id: 'NUM_MAPPINGS_WITHIN_LIMIT', display_name: 'Number of Mappings', status: 'PASSED', message: 'Connection has no more than 100 mappings.' },
        { rule_id: 'HEROKU_POSTGRES_REQUIRED', display_name: 'Heroku Postgres', status: 'PASSED', message: 'Database is a Heroku Postgres addon.' },
    ],
    skips: [{ rule_id: 'PAID_PLAN_MUST_HAVE_PAID_DATABASE', display_name: 'Database Plan', status: 'SKIPPED', message: 'Not applicable for the demo plan.' }],
};
const PASSING_MAPPING = {
    passes: [{ rule_id: 'REQUIRED_FIELDS', display_name: 'Required Fields', status: 'PASSED', message: 'All required fields are mapped.' }],
};
const DESCRIPTIONS = { DATA_SYNCED: 'OK', INITIAL: 'Creating', RESYNC: 'Loading new columns' };
async function startConnectStandIn(options) {
    const timing = { ...DEFAULT_TIMING, ...options.timing };
    const now = options.now ?? Date.now;
    const started = now();
    const connections = options.connections.map((spec) => live(spec, started));
    const linked = new Set();
    const rules = (options.faults ?? []).map((rule) => ({ ...rule, toSkip: rule.skip ?? 0, left: rule.times ?? 1 }));
    const requests = [];
    const accepted = [];
    const timers = new Set();
    /** Each started diagnose: its connection and when its result is ready. */
    const validations = new Map();
    let regionUrl = '';
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
        const pending = connection.pending;
        if (pending && !options.importNeverFinishes && now >= pending.at + timing.lagMs + timing.importMs) {
            apply(connection, pending.mappings, pending.at + timing.lagMs + timing.importMs);
            delete connection.pending;
            connection.state = 'IDLE';
        }
        for (const mapping of connection.mappings) {
            if (mapping.settlesAt !== undefined && now >= mapping.settlesAt) {
                mapping.state = 'DATA_SYNCED';
                mapping.state_description = DESCRIPTIONS.DATA_SYNCED;
                delete mapping.settlesAt;
            }
        }
    };
    const apply = (connection, mappings, at) => {
        for (const imported of mappings) {
            const broken = Object.entries(options.badConfig ?? {}).find(([name]) => name.toLowerCase() === imported.object_name.toLowerCase());
            const existing = connection.mappings.find((mapping) => mapping.object_name.toLowerCase() === imported.object_name.toLowerCase());
            const { applied_at: _ignored, ...config } = imported.config ?? {};
            const dropped = options.partialImport;
            if (dropped && dropped.object.toLowerCase() === imported.object_name.toLowerCase() && isRecord(config.fields)) {
                config.fields = Object.fromEntries(Object.entries(config.fields).filter(([field]) => field.toLowerCase() !== dropped.field.toLowerCase()));
            }
            const mapping = existing ?? { id: (0,external_node_crypto_namespaceObject.randomUUID)(), object_name: imported.object_name, config, revision: 0, applied_at: '', state: 'INITIAL', lastPollAt: at, counts: { db: 0, sf: 0, pending: 0, errors: 0 } };
            if (!existing)
                connection.mappings.push(mapping);
            mapping.config = config;
            mapping.revision++;
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
    const mappingChecks = (objectName) => checksOf(Object.entries(options.validation?.mappings ?? {}).find(([name]) => name.toLowerCase() === objectName.toLowerCase())?.[1], PASSING_MAPPING);
    const detailOf = (connection, now) => {
        advance(connection, now);
        const { spec } = connection;
        const importing = connection.pending !== undefined && now >= connection.pending.at + timing.lagMs;
        return {
            id: connection.id,
            name: spec.name ?? `${spec.app}:DATABASE_URL:salesforce`,
            app_name: spec.app,
            resource_name: spec.resource,
            plan: spec.plan ?? 'enterprise',
            state: importing ? 'IMPORT_CONFIGURATION' : connection.state,
            schema_name: 'salesforce',
            db_key: 'DATABASE_URL',
            organization_id: spec.organizationId ?? '00D000000000001EAA',
            // Relative, as the real detail is: a client must keep the absolute one from discovery.
            detail_url: `/api/v3/connections/${connection.id}`,
            sf_info: { organization_id: spec.organizationId ?? '00D000000000001EAA', api_version: spec.apiVersion ?? '64.0', environment: 'production', username: 'integration@example.com' },
            features: spec.features ?? {},
            logplex_log_enabled: spec.logplexLogEnabled ?? false,
            mappings: connection.mappings.map((mapping) => ({
                id: mapping.id,
                object_name: mapping.object_name,
                state: mapping.state,
                ...(mapping.state_description && { state_description: mapping.state_description }),
                config: { ...mapping.config, revision: mapping.revision, applied_at: mapping.applied_at },
                detail_url: `/api/v3/mappings/${mapping.id}`,
                counts: mapping.counts,
                times: { sf_poll: new Date(mapping.lastPollAt).toISOString() },
            })),
        };
    };
    const exportOf = (connection, now) => {
        advance(connection, now);
        const { spec } = connection;
        return {
            mappings: connection.mappings.map((mapping) => ({ object_name: mapping.object_name, config: { ...mapping.config, applied_at: mapping.applied_at } })),
            connection: {
                app_name: spec.app,
                organization_id: spec.organizationId ?? '00D000000000001EAA',
                exported_at: new Date(now).toISOString(),
                features: spec.features ?? {},
                api_version: spec.apiVersion ?? '64.0',
                name: spec.name ?? `${spec.app}:DATABASE_URL:salesforce`,
                logplex_log_enabled: spec.logplexLogEnabled ?? false,
            },
            version: 1,
        };
    };
    const discoveryResult = (connection) => ({
        id: connection.id,
        resource_name: connection.spec.resource,
        display_name: connection.spec.app,
        addon_type: 'Sync',
        app_name: connection.spec.app,
        region: 'us',
        region_url: regionUrl,
        detail_url: `${regionUrl}/api/v3/connections/${connection.id}`,
    });
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
            handle: ({ url }) => {
                const app = url.searchParams.get('app') ?? '';
                const resource = url.searchParams.get('resource_name');
                const visible = options.requireLink && !linked.has(app) ? [] : connections.filter((c) => c.spec.app === app && (resource === null || c.spec.resource === resource));
                return { status: 200, body: { results: visible.map(discoveryResult), count: visible.length, next: null, previous: null } };
            },
        },
        link: {
            side: 'discovery',
            method: 'POST',
            path: /^\/auth\/([^/]+)$/,
            handle: ({ match }) => {
                const app = decodeURIComponent(match[1]);
                linked.add(app);
                const mine = connections.filter((c) => c.spec.app === app);
                return { status: 200, body: { user: { id: 'stand-in-user', email: 'ci@example.com' }, connections: mine.map(discoveryResult) } };
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
                const job = (0,external_node_crypto_namespaceObject.randomUUID)();
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
                return { status: 200, body: { ...checksOf(options.validation?.connection, PASSING_CONNECTION), mappings } };
            },
        },
        'mapping-validation': {
            side: 'region',
            method: 'GET',
            path: /^\/api\/v3\/mappings\/([^/]+)\/validations$/,
            handle: ({ match }) => {
                const found = mappingOf(match);
                return found ? { status: 200, body: mappingChecks(found.mapping.object_name) } : { status: 404, body: { message: `No mapping ${match[1]}` } };
            },
        },
        'write-errors': {
            side: 'region',
            method: 'GET',
            path: /^\/api\/v3\/connections\/([^/]+)\/errors$/,
            handle: ({ match, now }) => withConnection(match, (connection) => {
                advance(connection, now);
                const recent = connection.writeErrors.filter((error) => Date.parse(error.created_at) >= now - 86_400_000);
                return { status: 200, body: { count: recent.length, results: recent } };
            }),
        },
        notifications: {
            side: 'region',
            method: 'GET',
            path: /^\/api\/v3\/connections\/([^/]+)\/notifications$/,
            handle: ({ match, url }) => withConnection(match, (connection) => {
                const shown = connection.notifications.filter((n) => !n.acknowledged && inWindow(n.created_at, url));
                return { status: 200, body: { count: shown.length, results: shown.map(({ acknowledged: _a, ...n }) => n) } };
            }),
        },
        acknowledge: {
            side: 'region',
            method: 'POST',
            path: /^\/api\/v3\/connections\/([^/]+)\/notifications\/acknowledge$/,
            handle: ({ match, url }) => withConnection(match, (connection) => {
                for (const n of connection.notifications)
                    if (inWindow(n.created_at, url))
                        n.acknowledged = true;
                return { status: 204 };
            }),
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
        const url = new URL(request.url ?? '/', 'http://stand-in');
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
                    result = { status: 401, body: { id: 'unauthorized', message: 'Invalid credentials provided.' } };
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
    const discoveryUrl = await listen(discovery, options.port ?? 0);
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
    return { id: (0,external_node_crypto_namespaceObject.randomUUID)(), table_name: error.table_name, record_id: error.record_id, message: error.message, created_at: error.created_at ?? new Date(at).toISOString() };
}
function live(spec, started) {
    return {
        writeErrors: [],
        notifications: (spec.notifications ?? []).map((n) => ({ id: (0,external_node_crypto_namespaceObject.randomUUID)(), event_type: n.event_type, message: n.message, created_at: new Date(started - (n.agoMs ?? 60_000)).toISOString(), acknowledged: false })),
        spec,
        id: spec.id ?? (0,external_node_crypto_namespaceObject.randomUUID)(),
        state: spec.state ?? 'IDLE',
        ...(spec.settlesAfterMs !== undefined && { settlesAt: started + spec.settlesAfterMs }),
        mappings: (spec.mappings ?? []).map((mapping) => ({
            id: (0,external_node_crypto_namespaceObject.randomUUID)(),
            object_name: mapping.object_name,
            config: mapping.config ?? { access: 'read_only', fields: { Id: {}, SystemModstamp: {} } },
            revision: 1,
            applied_at: new Date(started - 86_400_000).toISOString(),
            state: mapping.state ?? 'DATA_SYNCED',
            state_description: mapping.state_description ?? DESCRIPTIONS[mapping.state ?? 'DATA_SYNCED'] ?? '',
            lastPollAt: started - (mapping.lastPollAgoMs ?? 60_000),
            counts: { db: 1000, sf: 1000, pending: 0, errors: 0, ...mapping.counts },
        })),
    };
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