export const id = 98;
export const ids = [98];
export const modules = {

/***/ 1098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareCommand: () => (/* binding */ compareCommand),
  driftCommand: () => (/* binding */ driftCommand),
  healthCommand: () => (/* binding */ healthCommand)
});

// EXTERNAL MODULE: ./src/interface/inputs/read.ts + 2 modules
var read = __webpack_require__(1954);
// EXTERNAL MODULE: ./src/core/errors.ts + 1 modules
var errors = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/interface/formats/registry.ts + 2 modules
var registry = __webpack_require__(1327);
// EXTERNAL MODULE: ./src/lint/discover.ts
var discover = __webpack_require__(8698);
// EXTERNAL MODULE: ./src/clients/connect/client.ts
var client = __webpack_require__(646);
// EXTERNAL MODULE: ./src/clients/connect/resolve.ts
var resolve = __webpack_require__(61);
// EXTERNAL MODULE: ./src/live/diagnose/write-errors.ts
var write_errors = __webpack_require__(7642);
// EXTERNAL MODULE: ./src/core/http/clock.ts
var http_clock = __webpack_require__(2054);
// EXTERNAL MODULE: ./src/plan/document.ts
var plan_document = __webpack_require__(7990);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
// EXTERNAL MODULE: ./src/lint/parse/source.ts
var source = __webpack_require__(7064);
// EXTERNAL MODULE: ./src/lint/parse/parse.ts
var parse = __webpack_require__(6842);
// EXTERNAL MODULE: ./src/lint/fix/edit.ts + 1 modules
var edit = __webpack_require__(3099);
// EXTERNAL MODULE: ./src/plan/diff.ts
var diff = __webpack_require__(8256);
;// CONCATENATED MODULE: ./src/plan/write-back.ts





/** Mapping-config keys the plan compares, by change kind, whose live value replaces the file's. */
const SETTING_KEY = {
    'access-changed': 'access',
    'upsert-field-set': 'upsert_field',
    'upsert-field-removed': 'upsert_field',
    'upsert-field-changed': 'upsert_field',
    'polling-interval-changed': 'sf_polling_seconds',
    'accelerated-polling-changed': 'sf_notify_enabled',
};
/**
 * Rewrites the files so that they say what the live export says, touching only what differs by
 * the plan's meaning: a JSON file keeps its indentation and key order (new keys go last), a YAML
 * file its comments, anchors and layout (the `yaml` Document API). A mapping only live goes into the
 * first file; a mapping no longer live leaves its file. Each result is parsed back and must equal
 * the intended document, else that file is left alone and says why (a value shared through a YAML
 * anchor or merge key, for one). The edits are made by src/lint/fix/edit.ts, as lint --fix makes its own.
 */
async function writeBack(files, live) {
    const documents = await Promise.all(files.map(async (ref) => ({ ref, ...(await readFile(ref)) })));
    const where = new Map();
    documents.forEach((document, file) => {
        const mappings = (0,json/* isRecord */.u4)(document.value) && Array.isArray(document.value.mappings) ? document.value.mappings : [];
        mappings.forEach((mapping, index) => {
            if ((0,json/* isRecord */.u4)(mapping) && typeof mapping.object_name === 'string')
                where.set(mapping.object_name.toLowerCase(), { file, index });
        });
    });
    const liveMappings = new Map();
    if ((0,json/* isRecord */.u4)(live) && Array.isArray(live.mappings))
        for (const mapping of live.mappings)
            if ((0,json/* isRecord */.u4)(mapping) && typeof mapping.object_name === 'string')
                liveMappings.set(mapping.object_name.toLowerCase(), mapping);
    const merged = { mappings: documents.flatMap((document) => ((0,json/* isRecord */.u4)(document.value) && Array.isArray(document.value.mappings) ? document.value.mappings : [])) };
    const edits = documents.map(() => []);
    const kept = documents.map(() => []);
    for (const change of (0,diff/* planChanges */.X)(live, merged, { liveBase: true }).changes) {
        const key = change.object.toLowerCase();
        const liveMapping = liveMappings.get(key);
        const place = where.get(key);
        if (change.unreadable) {
            if (place)
                kept[place.file].push(`${change.object} ${change.unreadable.key}: ${change.unreadable.base} live`);
            continue;
        }
        if (change.kind === 'mapping-removed') {
            if (liveMapping && edits[0])
                edits[0].push({ op: 'append', path: ['mappings'], value: withoutVolatile(liveMapping) });
            continue;
        }
        if (!place)
            continue;
        const at = ['mappings', place.index];
        const list = edits[place.file];
        if (change.kind === 'mapping-added') {
            list.push({ op: 'delete', path: at });
            continue;
        }
        const config = (0,json/* isRecord */.u4)(liveMapping?.config) ? liveMapping.config : {};
        const setting = SETTING_KEY[change.kind];
        if (setting !== undefined) {
            const value = config[setting];
            list.push(value === undefined ? { op: 'delete', path: [...at, 'config', setting] } : { op: 'set', path: [...at, 'config', setting], value });
            continue;
        }
        const group = change.kind.startsWith('field') ? 'fields' : 'indexes';
        const liveGroup = (0,json/* isRecord */.u4)(config[group]) ? config[group] : {};
        const field = change.field;
        if (change.kind === 'field-removed' || change.kind === 'index-removed')
            list.push({ op: 'set', path: [...at, 'config', group, field], value: liveGroup[field] ?? {} });
        else if (change.kind === 'field-added' || change.kind === 'index-added')
            list.push({ op: 'delete', path: [...at, 'config', group, field] });
        else if (change.kind === 'index-uniqueness-changed')
            list.push({ op: 'set', path: [...at, 'config', group, field, 'unique'], value: change.from });
    }
    const results = [];
    for (const [i, document] of documents.entries()) {
        const fileEdits = edits[i];
        const keptValues = kept[i].length > 0 ? { kept: kept[i] } : {};
        if (fileEdits.length === 0) {
            results.push({ file: document.ref.file, edits: 0, ...keptValues });
            continue;
        }
        // The drift check reads every file first and stops at one it cannot read; this keeps a file that changed since from breaking the write.
        if (!(0,json/* isRecord */.u4)(document.value) || !Array.isArray(document.value.mappings)) {
            results.push({ file: document.ref.file, edits: 0, refused: 'it can no longer be read as a mapping file', ...keptValues });
            continue;
        }
        const edited = await (0,edit/* editDocument */.y4)(document.text, document.value, (0,source/* formatOf */.be)(document.ref.file), fileEdits, 'the drifted values');
        if ('refused' in edited) {
            results.push({ file: document.ref.file, edits: 0, refused: edited.refused, ...keptValues });
            continue;
        }
        await (0,edit/* saveEdited */.Xr)(document.ref, edited.text);
        results.push({ file: document.ref.file, edits: fileEdits.length, ...keptValues });
    }
    return results;
}
async function readFile(ref) {
    const format = (0,source/* formatOf */.be)(ref.file);
    const read = (0,source/* readSource */.o$)(ref.absolutePath, format, ref.confinedTo);
    if (!read.ok)
        return { text: '', value: undefined };
    return { text: read.text, value: (await (0,parse/* parseSource */.P)(read.text, format)).value };
}
function withoutVolatile(mapping) {
    if (!(0,json/* isRecord */.u4)(mapping.config))
        return mapping;
    const { applied_at: _applied, revision: _revision, ...config } = mapping.config;
    return { ...mapping, config };
}

// EXTERNAL MODULE: ./src/plan/consequences.ts
var consequences = __webpack_require__(6933);
;// CONCATENATED MODULE: ./src/live/ops/drift.ts


/** A table check's finding as a drift item, at the mapping's line when the files have it. */
function tableDriftItem(finding, at) {
    const { kind, object, field, table, column, difference, consequence, care, info } = finding;
    return { kind, object, ...(field !== undefined && { field }), difference, consequence, care, ...(at && { at }), table, ...(column !== undefined && { column }), ...(info && { info }) };
}
const DRIFT = { base: 'Live', head: 'the file', action: 'Deploying the files' };
/**
 * The plan's diff reversed: what deploying `files` would change on `live` is exactly how live has
 * drifted from the files, so each change is told from the live side and keeps the plan's consequence.
 * Both are parsed export documents; the volatile keys (exported_at, applied_at, revision) never count,
 * and a value live lacks or has of another type than the files' is a difference, named as one.
 */
function driftBetween(live, files, sides = DRIFT) {
    return (0,diff/* planChanges */.X)(live, files, { liveBase: true }).changes.map((change) => reversed(change, sides));
}
function reversed(change, sides) {
    return {
        kind: change.kind,
        object: change.object,
        ...(change.field !== undefined && { field: change.field }),
        ...(change.from !== undefined && { live: change.from }),
        ...(change.to !== undefined && { file: change.to }),
        difference: difference(change, sides),
        consequence: `${sides.action}: ${change.consequence}`,
        care: change.care,
    };
}
function difference(change, { base, head }) {
    const { object, field, from, to } = change;
    const onOff = (value) => (value ? 'on' : 'off');
    const uniqueness = (value) => (value ? 'unique' : 'not unique');
    // "the file" opens a sentence as "The file"; an app's name stays as it is spelled.
    const Head = head.startsWith('the ') ? `The ${head.slice(4)}` : head;
    switch (change.kind) {
        case 'mapping-added':
            return `${base} has no ${object} mapping; ${head} maps it.`;
        case 'mapping-removed':
        case 'mapping-deleted':
            return `${base} has a ${object} mapping that ${head} lacks.`;
        case 'access-changed':
            return `${base} ${object} is ${from}; ${head} says ${to}.`;
        case 'upsert-field-set':
            return `${base} ${object} has no upsert field; ${head} says ${to}.`;
        case 'upsert-field-removed':
            return `${base} ${object} has upsert field ${from}; ${head} has none.`;
        case 'upsert-field-changed':
            return `${base} ${object} has upsert field ${from}; ${head} says ${to}.`;
        case 'polling-interval-changed':
            return `${base} polls ${object} every ${(0,consequences/* seconds */.YA)(from)}; ${head} says ${(0,consequences/* seconds */.YA)(to)}.`;
        case 'accelerated-polling-changed':
            return `${base} ${object} has accelerated polling ${onOff(from)}; ${head} says ${onOff(to)}.`;
        case 'value-unreadable':
            return `${base} ${object} ${change.unreadable.key} is ${change.unreadable.base}; ${head} says ${change.unreadable.head}.`;
        case 'field-removed':
            return `${base} maps ${object}.${field}, which ${head} lacks.`;
        case 'field-added':
            return `${Head} maps ${object}.${field}, which ${base} lacks.`;
        case 'index-removed':
            return `${base} has an index on ${object}.${field}, which ${head} lacks.`;
        case 'index-added':
            return `${Head} indexes ${object}.${field}, which ${base} does not.`;
        case 'index-uniqueness-changed':
            return `${base}'s index on ${object}.${field} is ${uniqueness(from)}; ${head} says ${uniqueness(to)}.`;
        // Never made by planChanges, which compares mappings, not the connection's version.
        case 'api-version-changed':
            return `${base} runs Salesforce API ${from}; ${head} says ${to}.`;
    }
}

// EXTERNAL MODULE: ./src/clients/postgres/database.ts
var postgres_database = __webpack_require__(705);
// EXTERNAL MODULE: ./src/live/database/drift.ts
var database_drift = __webpack_require__(4325);
// EXTERNAL MODULE: ./src/live/database/reach.ts + 2 modules
var reach = __webpack_require__(1941);
// EXTERNAL MODULE: ./src/live/database/tables.ts
var database_tables = __webpack_require__(2597);
;// CONCATENATED MODULE: ./src/live/database/writes.ts

/** The most failed writes listed; the count covers them all. */
const MAX_FAILED_LISTED = 200;
/** The most characters of one sf_message read: Salesforce's messages are a line or two. */
const MESSAGE_CHARS = 1000;
/** How long the trigger log keeps processed entries: 7 days on the demo plan, 31 on the paid ones (Dev Center). */
function retentionDays(plan) {
    return plan === 'demo' ? 7 : 31;
}
/**
 * What the database says about the writes to Salesforce: failed writes captured within `sinceMs`
 * (both tables: where FAILED entries stay is not documented), the backlog and its oldest entry, and
 * the rows in error. Ages are the database's own clock's, so no skew between machines counts.
 * Five statements plus one for the rows in error.
 */
async function readDatabaseHealth(database, schema, mappings, sinceMs, plan) {
    const s = (0,database_tables/* quoted */.TL)(schema);
    // The failed writes captured within $1 milliseconds: the same entries listed and counted.
    const failedSince = `state = 'FAILED' AND created_at >= now() - $1 * interval '1 millisecond'`;
    // Cast to the types Connect's trigger log has, so that a table of the same name with other types fails as PostgreSQL's error, not as a wrong value.
    const failedSql = (table, source) => `SELECT '${source}' AS source, id::integer AS id, table_name::text AS table_name, record_id::integer AS record_id, action::text AS action, created_at, left(sf_message::text, ${MESSAGE_CHARS}) AS sf_message
       FROM ${s}.${(0,database_tables/* quoted */.TL)(table)} WHERE ${failedSince}`;
    const rows = await database.query(`list the failed writes in ${schema}._trigger_log and ${schema}._trigger_log_archive`, `${failedSql('_trigger_log', 'live')} UNION ALL ${failedSql('_trigger_log_archive', 'archive')} ORDER BY created_at DESC LIMIT $2`, [sinceMs, MAX_FAILED_LISTED * 2]);
    const [{ count }] = (await database.query(`count the failed writes in ${schema}'s trigger log`, `SELECT count(DISTINCT id) AS count FROM (SELECT id FROM ${s}._trigger_log WHERE ${failedSince} UNION ALL SELECT id FROM ${s}._trigger_log_archive WHERE ${failedSince}) AS failed`, [sinceMs]));
    // The archive keeps an entry's id; one seen in both tables is one write.
    const seen = new Set();
    const listed = rows
        .filter((row) => !seen.has(row.id) && seen.add(row.id))
        .slice(0, MAX_FAILED_LISTED)
        .map((row) => ({ table: row.table_name, recordId: row.record_id, action: row.action, createdAt: row.created_at.toISOString(), message: row.sf_message ?? '', source: row.source }));
    const [backlog] = (await database.query(`count the writes waiting in ${schema}._trigger_log`, `SELECT count(*) AS count, min(created_at) AS oldest, (extract(epoch FROM now() - min(created_at)) * 1000)::float8 AS age_ms FROM ${s}._trigger_log WHERE state IN ('NEW', 'PENDING')`));
    const days = retentionDays(plan);
    const retentionMs = days * 86_400_000;
    const [{ gone_before: goneBefore }] = (await database.query('read the database clock', `SELECT CASE WHEN $1::float8 > $2::float8 THEN now() - $2 * interval '1 millisecond' END AS gone_before`, [sinceMs, retentionMs]));
    const { failedRows, rowsNotCounted } = await readFailedRows(database, schema, mappings);
    return {
        schema,
        failedWrites: { count: Number(count), listed },
        retention: { days, ...(goneBefore && { goneBefore: goneBefore.toISOString() }) },
        backlog: { count: Number(backlog.count), ...(backlog.oldest && { oldest: backlog.oldest.toISOString(), oldestAgeMs: Math.max(0, Math.round(backlog.age_ms ?? 0)) }) },
        failedRows,
        rowsNotCounted,
    };
}
/** Per mapped table with a _hc_lastop column, its rows in FAILED: one statement for the columns, one for the counts. */
async function readFailedRows(database, schema, mappings) {
    const tables = mappings.map((mapping) => ({ object: mapping.object_name, table: (0,database_tables/* tableName */.Cm)(mapping.object_name) }));
    const withColumn = new Set((await database.query(`find the mapped tables of ${schema} with a _hc_lastop column`, `SELECT c.relname::text AS table FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = $1 AND a.attname = '_hc_lastop' AND NOT a.attisdropped AND c.relname = ANY($2::text[])`, [schema, tables.map((table) => table.table)])).map((row) => row.table));
    const counted = tables.filter((table) => withColumn.has(table.table));
    const rowsNotCounted = tables.filter((table) => !withColumn.has(table.table)).map((table) => table.object);
    if (counted.length === 0)
        return { failedRows: [], rowsNotCounted };
    const counts = await database.query(`count the rows in error (_hc_lastop = 'FAILED') of ${schema}'s mapped tables`, counted.map((table, i) => `SELECT ${i} AS i, count(*) AS rows FROM ${(0,database_tables/* quoted */.TL)(schema)}.${(0,database_tables/* quoted */.TL)(table.table)} WHERE _hc_lastop = 'FAILED'`).join(' UNION ALL '));
    const failedRows = counts.map(({ i, rows }) => ({ ...counted[i], rows: Number(rows) })).filter((table) => table.rows > 0);
    return { failedRows, rowsNotCounted };
}
/** The API's write errors that the trigger log did not list (by table and record id): they count once, with the database's. */
function apiOnlyErrors(errors, listed) {
    const key = (table, record) => `${table.toLowerCase().split('.').at(-1)}\u0000${record}`;
    const inLog = new Set(listed.map((write) => key(write.table, String(write.recordId))));
    return errors.filter((error) => !inLog.has(key(error.table_name, String(error.record_id)))).length;
}

// EXTERNAL MODULE: ./src/live/diagnose/findings.ts
var findings = __webpack_require__(7797);
// EXTERNAL MODULE: ./src/clients/connect/states.ts
var states = __webpack_require__(4299);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/live/ops/health.ts




/** A state outside the table of known states is never called healthy: nothing says it is. */
function unknownState(subject, state, app) {
    return `${subject} is in state ${state}, which this tool does not know. Check it in the dashboard (heroku addons:open herokuconnect -a ${app}): health fails until it is in a known state.`;
}
/**
 * Judges the deep detail, the write errors and the notifications read at `now`. The detail's
 * `times.sf_poll` and `counts` come from the Heroku CLI plugin's fixtures, not from published API
 * documentation: a mapping without a readable poll time is never called stale.
 */
function judgeHealth(app, detail, writeErrors, notifications, now, limits, read) {
    const problems = [];
    const connection = (0,states/* judgeConnection */.u)(detail.state, app);
    if (connection.kind === 'blocked')
        problems.push(`The connection is ${detail.state}: ${connection.meaning}. ${connection.remedy}`);
    if (connection.kind === 'unknown')
        problems.push(unknownState('The connection', detail.state, app));
    const errorsByTable = new Map();
    for (const error of writeErrors) {
        const table = error.table_name.toLowerCase().split('.').at(-1);
        errorsByTable.set(table, (errorsByTable.get(table) ?? 0) + 1);
    }
    const mappings = detail.mappings.map((mapping) => {
        const health = mappingHealth(mapping, now, limits, errorsByTable.get(mapping.object_name.toLowerCase()) ?? 0);
        const verdict = (0,states/* judgeMapping */.K)(mapping.state);
        const description = typeof mapping.state_description === 'string' && mapping.state_description !== '' ? ` (${mapping.state_description})` : '';
        if (verdict === 'failed')
            problems.push(`The ${mapping.object_name} mapping is ${mapping.state}${description}.`);
        if (verdict === 'unknown')
            problems.push(unknownState(`The ${mapping.object_name} mapping`, `${mapping.state}${description}`, app));
        if (health.stale) {
            problems.push(`The ${mapping.object_name} mapping last polled Salesforce ${(0,core_text/* formatDuration */.a3)(now - Date.parse(health.lastPoll))} ago, more than ${limits.staleIntervals} times its interval of ${(0,core_text/* formatDuration */.a3)(health.pollingSeconds * 1000)}.`);
        }
        return health;
    });
    const database = read && { ...read, apiOnlyWriteErrors: apiOnlyErrors(writeErrors, read.failedWrites.listed) };
    if (database) {
        // The trigger log's failed writes include the API's (24 hours) where it lists them: those count once.
        const failed = database.failedWrites.count + database.apiOnlyWriteErrors;
        if (failed > limits.maxWriteErrors) {
            problems.push(`${failed} failed write(s) to Salesforce within since (${database.failedWrites.count} in the trigger log, ${database.apiOnlyWriteErrors} more from the API), more than ${limits.maxWriteErrors}.`);
        }
        const age = database.backlog.oldestAgeMs;
        if (age !== undefined && age > limits.maxPendingAgeMs) {
            problems.push(`${database.backlog.count} write(s) to Salesforce are waiting (NEW or PENDING); the oldest has waited ${(0,core_text/* formatDuration */.a3)(age)}, more than max-pending-age (${(0,core_text/* formatDuration */.a3)(limits.maxPendingAgeMs)}): writes are stuck.`);
        }
    }
    else if (writeErrors.length > limits.maxWriteErrors) {
        problems.push(`${writeErrors.length} write error(s) to Salesforce, more than ${limits.maxWriteErrors}.`);
    }
    if (notifications.length > limits.maxNotifications)
        problems.push(`${notifications.length} unacknowledged notification(s), more than ${limits.maxNotifications}.`);
    return { state: detail.state, mappings, writeErrors: [...writeErrors], notifications: [...notifications], ...(database && { database }), problems, healthy: problems.length === 0 };
}
function mappingHealth(mapping, now, limits, writeErrors) {
    const polling = numberOf((0,json/* isRecord */.u4)(mapping.config) ? mapping.config.sf_polling_seconds : undefined) ?? numberOf(mapping.sf_polling_seconds);
    const lastPoll = timeOf((0,json/* isRecord */.u4)(mapping.times) ? mapping.times.sf_poll : undefined);
    const counts = (0,json/* isRecord */.u4)(mapping.counts) ? mapping.counts : {};
    const stale = lastPoll !== undefined && polling !== undefined && polling > 0 && now - lastPoll > limits.staleIntervals * polling * 1000;
    return {
        object: mapping.object_name,
        state: mapping.state,
        ...(lastPoll !== undefined && { lastPoll: new Date(lastPoll).toISOString() }),
        ...(polling !== undefined && { pollingSeconds: polling }),
        stale,
        counts: Object.fromEntries(['db', 'sf', 'pending', 'errors'].flatMap((key) => (numberOf(counts[key]) === undefined ? [] : [[key, numberOf(counts[key])]]))),
        writeErrors,
    };
}
function numberOf(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
/** An ISO time, or epoch seconds or milliseconds: the plugin's fixtures do not settle which. */
function timeOf(value) {
    if (typeof value === 'string' && value !== '') {
        const at = Date.parse(value);
        return Number.isNaN(at) ? undefined : at;
    }
    const number = numberOf(value);
    if (number === undefined || number <= 0)
        return undefined;
    return number < 1e12 ? number * 1000 : number;
}

;// CONCATENATED MODULE: ./src/live/ops/run.ts















/** Runs `fn` on each app's connection in turn; any error comes out with the API key taken out. */
async function eachApp(context, targets, fn) {
    const options = {
        apiKey: context.apiKey,
        discoveryServer: context.discoveryServer,
        log: context.log,
        ...(context.clock && { clock: context.clock }),
        ...(context.fetch && { fetch: context.fetch }),
        ...(context.deadline !== undefined && { deadline: context.deadline }),
    };
    const reports = [];
    for (const target of targets) {
        reports.push(await (0,resolve/* onConnection */.M)(options, target, async (api, connection) => ({ app: target.app, resource: connection.resource_name, ...(await fn(api, connection, target)) })));
    }
    return reports;
}
/** A read-only session on the app's database, within the run's deadline (the read-only commands' default otherwise). */
function databaseSession(context, url) {
    const clock = context.clock ?? http_clock/* systemClock */.ml;
    return { url, deadline: context.deadline ?? clock.now() + 300_000, clock };
}
/**
 * Drift: each app's live export against the files, merged as a deploy merges them. Two calls per
 * app (discovery, export), one more when the key's user must first be linked. Write-back takes one
 * app: with several, which one the files should follow is the user's choice, not a guess.
 */
async function runDrift(context, targets, files, write, database = { kind: 'off' }) {
    if (write && targets.length !== 1)
        throw new errors/* ConfigurationError */.j1(`Write-back follows one app's live connection; ${targets.length} apps are given. Name the one the files should follow.`);
    (0,reach/* oneDatabasePerUrl */.w)(database, targets.length);
    const head = await (0,plan_document/* mergeMappingFiles */.k)(files);
    const places = database.kind === 'off' ? undefined : await (0,findings/* mappingPlaces */.r)(files);
    const lives = [];
    const apps = await eachApp(context, targets, async (api, connection, target) => {
        const live = await (0,client/* exportConfiguration */.lb)(api, connection);
        lives.push(live);
        const drift = driftBetween(live, head);
        if (places === undefined)
            return { drift };
        // One more call (the detail, for the schema and db_key) and three catalog queries per app.
        const detail = await (0,client/* readDetail */.on)(api, connection);
        const reached = await (0,reach/* databaseOf */.z)(database, target.app, detail, context);
        if (reached === undefined)
            return { drift };
        const tables = (0,database_tables/* expectedTables */.cf)(head, undefined, (0,database_tables/* hasStatusColumns */.UP)(detail));
        const known = new Set([...tables.map((table) => table.table), ...live.mappings.map((mapping) => (0,database_tables/* tableName */.Cm)(mapping.object_name))]);
        const findings = await (0,postgres_database/* withDatabase */.kR)(databaseSession(context, reached.url), async (db) => (0,database_drift/* compareTables */.D)(tables, await (0,database_drift/* readSchemaTables */.B)(db, reached.schema), reached.schema, known));
        const at = (object) => places.byObject.get(object.toLowerCase()) ?? places.fallback;
        return { drift: [...drift, ...findings.map((finding) => tableDriftItem(finding, at(finding.object)))] };
    });
    const drifted = apps.some((app) => app.drift.some((item) => !item.info));
    return { drifted, apps, ...(write && drifted && { written: await writeBack(files, lives[0]) }) };
}
/**
 * Health: per app the deep detail, the write errors and the unacknowledged notifications, four
 * calls whatever the number of mappings (six when acknowledging: then the list again). Only the notifications
 * reported are acknowledged: those created before the moment they were read.
 */
async function runHealth(context, targets, options, database = { kind: 'off' }) {
    (0,reach/* oneDatabasePerUrl */.w)(database, targets.length);
    const clock = context.clock ?? http_clock/* systemClock */.ml;
    const apps = await eachApp(context, targets, async (api, connection, target) => {
        const readAt = new Date(clock.now()).toISOString();
        const detail = await (0,client/* readDetail */.on)(api, connection);
        const errors = (0,write_errors/* writeErrorsSince */.Hi)(await (0,client/* readWriteErrors */.PS)(api, connection), clock.now() - options.sinceMs);
        const notifications = await (0,client/* readNotifications */.JF)(api, connection, readAt);
        const reached = await (0,reach/* databaseOf */.z)(database, target.app, detail, context);
        const read = reached && (await (0,postgres_database/* withDatabase */.kR)(databaseSession(context, reached.url), (db) => readDatabaseHealth(db, reached.schema, detail.mappings, options.sinceMs, detail.plan)));
        const health = judgeHealth(connection.app_name || connection.resource_name, detail, errors, notifications, clock.now(), options, read);
        if (!options.acknowledge || notifications.length === 0)
            return { ...health, acknowledged: 0 };
        const left = await (0,client/* acknowledgeNotifications */.DV)(api, connection, readAt, notifications);
        if (left.length === 0)
            return { ...health, acknowledged: notifications.length };
        const problem = `${left.length} of the ${notifications.length} notification(s) reported are still unacknowledged: Heroku Connect listed them again after acknowledging.`;
        return { ...health, healthy: false, problems: [...health.problems, problem], acknowledged: notifications.length - left.length };
    });
    return { healthy: apps.every((app) => app.healthy), apps };
}
/** Compare: how `to`'s live configuration differs from `from`'s, and what promoting `from` to `to` would do. Two calls per app. */
async function runCompare(context, targets) {
    if (targets.length !== 2)
        throw new errors/* ConfigurationError */.j1(`compare takes two apps (--app A --app B); ${targets.length} given.`);
    const exports = await eachApp(context, targets, async (api, connection) => ({ live: await (0,client/* exportConfiguration */.lb)(api, connection) }));
    const [from, to] = exports;
    return {
        from: { app: from.app, resource: from.resource },
        to: { app: to.app, resource: to.resource },
        differences: driftBetween(to.live, from.live, { base: to.app, head: from.app, action: `Promoting ${from.app} to ${to.app}` }),
    };
}

// EXTERNAL MODULE: ./src/core/output/escape.ts
var output_escape = __webpack_require__(706);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/shared.ts
var shared = __webpack_require__(1145);
;// CONCATENATED MODULE: ./src/cli/ops.ts








/** `drift`: exit 1 when any app's live connection differs from the files. */
async function driftCommand(parsed, io) {
    const setup = start('drift', parsed, io);
    const { flags, targets, connection } = setup;
    const render = (0,shared/* liveFormat */.SY)(registry/* DRIFT_FORMATS */.fW, flags, 'drift-format');
    const { targets: files, unmatched } = await (0,discover/* discover */.k4)({ root: io.cwd, namedMayLeaveRoot: true }, parsed.positionals);
    for (const pattern of unmatched)
        io.stderr.write(`warning: No mapping file matches "${(0,output_escape/* terminalText */.eR)(pattern)}".\n`);
    const report = await runDrift(connection, targets, files, (0,read/* getBoolean */.pW)(flags, 'write-back'), (0,read/* readDatabaseChoice */.Zr)(flags));
    io.stdout.write(await render(report));
    return report.drifted ? shared/* EXIT */.dc.findings : shared/* EXIT */.dc.ok;
}
/** `health`: exit 1 when any app's connection is unhealthy. */
async function healthCommand(parsed, io) {
    const setup = start('health', parsed, io);
    if (parsed.positionals.length > 0)
        throw new errors/* ConfigurationError */.j1(`health takes no files ("${(0,output_escape/* terminalText */.eR)(parsed.positionals[0])}"). Run ${options/* PROGRAM */.RX} health --help for its options.`);
    const render = (0,shared/* liveFormat */.SY)(registry/* HEALTH_FORMATS */.uA, setup.flags, 'health-format');
    const report = await runHealth(setup.connection, setup.targets, (0,read/* readHealthOptions */.vI)(setup.flags), (0,read/* readDatabaseChoice */.Zr)(setup.flags));
    io.stdout.write(await render(report));
    return report.healthy ? shared/* EXIT */.dc.ok : shared/* EXIT */.dc.findings;
}
/** `compare`: read only; exits 0 whenever it could compare. */
async function compareCommand(parsed, io) {
    const setup = start('compare', parsed, io);
    if (parsed.positionals.length > 0)
        throw new errors/* ConfigurationError */.j1(`compare takes no files ("${(0,output_escape/* terminalText */.eR)(parsed.positionals[0])}"): it compares two live connections.`);
    const render = (0,shared/* liveFormat */.SY)(registry/* COMPARE_FORMATS */.tJ, setup.flags, 'compare-format');
    const report = await runCompare(setup.connection, setup.targets);
    io.stdout.write(await render(report));
    return shared/* EXIT */.dc.ok;
}
/** The flags, the apps and the API key (from HEROKU_API_KEY, never a flag). */
function start(command, parsed, io) {
    const flags = (0,options/* cliSource */.kJ)(command, parsed, io.env);
    const targets = (0,read/* readAppTargets */.ed)(flags);
    if (targets.length === 0)
        throw new errors/* ConfigurationError */.j1(`--app is required: the Heroku app with the Heroku Connect add-on. Run ${options/* PROGRAM */.RX} ${command} --help for its options.`);
    const apiKey = (0,read/* getSecret */.r6)(flags, 'heroku-api-key');
    if (apiKey === '')
        throw new errors/* ConfigurationError */.j1('Set HEROKU_API_KEY to a Heroku API key of a user with access to the apps.');
    (0,read/* requireTrustedEventFor */.IH)(flags, 'the Heroku API key');
    return { flags, targets, connection: (0,shared/* readOnlyConnection */.D4)(parsed, flags, io, apiKey) };
}


/***/ }),

/***/ 4299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ judgeMapping),
/* harmony export */   u: () => (/* binding */ judgeConnection)
/* harmony export */ });
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


/***/ }),

/***/ 3099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y4: () => (/* binding */ editDocument),
  Xr: () => (/* binding */ saveEdited)
});

// UNUSED EXPORTS: applyEdits

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
// EXTERNAL MODULE: ./src/core/fs/write.ts
var write = __webpack_require__(412);
;// CONCATENATED MODULE: ./src/core/sorted.ts
/** The index of the first of the ascending `sorted` that is at least `value`; their length when none is. */
function firstAtOrAfter(sorted, value) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (sorted[middle] < value)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

// EXTERNAL MODULE: ./src/lint/parse/json-scan.ts
var json_scan = __webpack_require__(8333);
// EXTERNAL MODULE: ./src/lint/parse/parse.ts
var parse = __webpack_require__(6842);
;// CONCATENATED MODULE: ./src/lint/fix/edit.ts







/**
 * The text with the edits made, touching nothing else: a JSON file keeps its indentation and key
 * order (new keys go last), a YAML file its comments, anchors and layout. The result is parsed back
 * and must equal the parsed `value` with the edits applied; when it would not (a value shared
 * through a YAML anchor or merge key, for one), the text is refused with the reason, `what` naming
 * the values the edits were meant to change.
 */
async function editDocument(text, value, format, edits, what) {
    const expected = applyEdits(structuredClone(value), edits);
    const rewritten = format === 'json' ? editJson(text, edits) : editYaml(text, edits);
    if (typeof rewritten !== 'string')
        return rewritten;
    if (!(0,json/* sameJson */.Vk)((await (0,parse/* parseSource */.P)(rewritten, format)).value, expected))
        return { refused: `the edits would change more than ${what}` };
    return { text: rewritten };
}
/** The user's own file, edited: it keeps its mode, and stays where discovery found it (inside the workspace unless the CLI's user named it). */
async function saveEdited(ref, text) {
    const place = ref.confinedTo === null ? { kind: 'named', path: ref.absolutePath } : { kind: 'workspace', root: ref.confinedTo, name: external_node_path_default().relative(ref.confinedTo, ref.absolutePath) };
    await (0,write.writeOutput)(place, text, 'edit');
}
/**
 * The intended document: the edits applied to the parsed value. The list items to delete go last,
 * all at once: each edit names an index in the file as it stands, and deleting an item first would
 * move the index of a later edit (a mapping no longer live before one whose fields drifted).
 */
function applyEdits(value, edits) {
    const doomed = new Map();
    for (const edit of edits) {
        const parent = edit.path.slice(0, -1).reduce((node, key) => node[key], value);
        const last = edit.path.at(-1);
        if (edit.op === 'append')
            parent[last].push(structuredClone(edit.value));
        else if (edit.op === 'set')
            parent[last] = structuredClone(edit.value);
        else if (Array.isArray(parent))
            doomed.set(parent, (doomed.get(parent) ?? new Set()).add(last));
        else
            delete parent[last];
    }
    for (const [list, indexes] of doomed)
        removeItems(list, indexes);
    return value;
}
/** In one pass: a splice per item made deleting many items of a long list cost items \u00d7 deletions. */
function removeItems(items, indexes) {
    let kept = 0;
    for (const [index, item] of items.entries())
        if (!indexes.has(index))
            items[kept++] = item;
    items.length = kept;
}
/**
 * Edits the YAML document through its nodes, with the same rules as the `yaml` Document API
 * (setIn, addIn, deleteIn) but each map's keys indexed once: the API looks a key up by scanning
 * its map, so thousands of edits of one map cost keys \u00d7 edits. List items are deleted last, as in
 * applyEdits.
 */
function editYaml(text, edits) {
    // uniqueKeys false: the library's check compares each key with every earlier one, and the lint reports repeats.
    const document = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: false });
    const inserted = insertYamlKeys(text, document.contents, edits);
    if (inserted !== undefined)
        return inserted;
    const pairsByKey = new Map();
    const pairsOf = (map) => {
        let pairs = pairsByKey.get(map);
        if (!pairs) {
            pairs = new Map();
            // The first of repeated keys, as the API finds it.
            for (const pair of map.items)
                if (!pairs.has(keyOf(pair)))
                    pairs.set(keyOf(pair), pair);
            pairsByKey.set(map, pairs);
        }
        return pairs;
    };
    const doomedItems = new Map();
    const doomedPairs = new Map();
    for (const edit of edits) {
        let parent;
        let node = document.contents;
        for (const [depth, key] of edit.path.entries()) {
            parent = node;
            node = (0,dist/* isSeq */.oP)(parent) ? parent.items[key] : (0,dist/* isMap */.jh)(parent) ? pairsOf(parent).get(key)?.value : undefined;
            if ((0,dist/* isAlias */.Vj)(node) || (depth < edit.path.length - 1 && node !== undefined && !(0,dist/* isCollection */.P3)(node))) {
                return { refused: `${edit.path.slice(0, depth + 1).join('.')} is shared through a YAML anchor; change it by hand` };
            }
        }
        const last = edit.path.at(-1);
        if (edit.op === 'append' && (0,dist/* isSeq */.oP)(node))
            node.items.push(edit.value);
        else if (edit.op === 'delete' && (0,dist/* isSeq */.oP)(parent))
            doomedItems.set(parent, (doomedItems.get(parent) ?? new Set()).add(last));
        else if (edit.op === 'delete' && (0,dist/* isMap */.jh)(parent)) {
            const pair = pairsOf(parent).get(last);
            if (pair)
                doomedPairs.set(parent, (doomedPairs.get(parent) ?? new Set()).add(pair));
            pairsOf(parent).delete(last);
        }
        else if (edit.op === 'set' && (0,dist/* isMap */.jh)(parent)) {
            const pair = pairsOf(parent).get(last);
            // As the API sets a key: a scalar node keeps its comments and style when the new value is a scalar too.
            if (pair && (0,dist/* isScalar */.jn)(pair.value) && (!edit.value || typeof edit.value !== 'object'))
                pair.value.value = edit.value;
            else if (pair)
                pair.value = edit.value;
            else {
                const added = new dist/* Pair */.Rm(last, edit.value);
                parent.items.push(added);
                pairsOf(parent).set(last, added);
            }
        }
        else
            return { refused: `${edit.path.join('.')} is not where the file can be edited` };
    }
    for (const [list, indexes] of doomedItems)
        removeItems(list.items, indexes);
    for (const [map, pairs] of doomedPairs)
        map.items = map.items.filter((pair) => !pairs.has(pair));
    return document.toString();
}
/**
 * The text with new keys written into it, when every edit adds a key to a map the file has (what
 * lint --fix does): each goes in as one line after the map's last entry, at its indentation, or
 * before the closing brace of a flow map, and every other byte stays as it was. Undefined when
 * an edit is of another kind, so that the Document API makes it: its output re-lays the comments'
 * spacing and the flow maps' braces.
 */
function insertYamlKeys(text, contents, edits) {
    // depth: at one offset, a key of a nested map goes before one of the map around it, whose block the nested one ends.
    const insertions = [];
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    // Each map's keys, indexed once (as in editYaml): with the keys this adds, so that one is never added twice.
    const keysByMap = new Map();
    const keysOf = (map) => {
        let keys = keysByMap.get(map);
        if (!keys) {
            if (!map.items.every((pair) => (0,dist/* isScalar */.jn)(pair.key)))
                return undefined;
            keys = new Map(map.items.map((pair) => [keyOf(pair), pair.value]));
            keysByMap.set(map, keys);
        }
        return keys;
    };
    for (const edit of edits) {
        if (edit.op !== 'set')
            return undefined;
        let map = contents;
        for (const key of edit.path.slice(0, -1))
            map = (0,dist/* isSeq */.oP)(map) ? map.items[key] : (0,dist/* isMap */.jh)(map) ? keysOf(map)?.get(key) : undefined;
        const last = edit.path.at(-1);
        const keys = (0,dist/* isMap */.jh)(map) ? keysOf(map) : undefined;
        if (!(0,dist/* isMap */.jh)(map) || !keys || typeof last !== 'string' || keys.has(last))
            return undefined;
        keys.set(last, undefined);
        const entry = flowEntry(last, edit.value);
        const range = map.range;
        if (!range)
            return undefined;
        if (map.flow) {
            // The closing brace: the map's value ends just after it.
            const close = range[1] - 1;
            if (text[close] !== '}')
                return undefined;
            insertions.push({ at: close, depth: 0, text: map.items.length > 0 ? `, ${entry}` : entry });
            continue;
        }
        const first = map.items[0]?.key;
        const lastPair = map.items.at(-1);
        const end = (lastPair?.value ?? lastPair?.key)?.range?.[1];
        if (!first?.range || end === undefined)
            return undefined;
        const indent = columnOf(text, first.range[0]);
        // A new map of entries is written as a block, as its neighbours are, each entry one line deeper by the step the map's own nested blocks use.
        const nested = map.items.find((pair) => (0,dist/* isMap */.jh)(pair.value) && !pair.value.flow && pair.value.items.length > 0)?.value;
        const step = nested ? columnOf(text, nested.items[0].key.range[0]) - indent : 2;
        const lines = (0,json/* isRecord */.u4)(edit.value) && Object.keys(edit.value).length > 0
            ? [`${(0,dist/* stringify */.As)(last).trimEnd()}:`, ...Object.entries(edit.value).map(([key, value]) => `${' '.repeat(step)}${flowEntry(key, value)}`)]
            : [flowEntry(last, edit.value)];
        const block = lines.map((line) => `${' '.repeat(indent)}${line}`).join(newline);
        // After the line the last entry ends on (past its comment; a nested block ends with its line break).
        const lineEnd = text[end - 1] === '\n' ? end - 1 : text.indexOf('\n', end);
        insertions.push(lineEnd === -1 ? { at: text.length, depth: indent, text: `${newline}${block}` } : { at: lineEnd + 1, depth: indent, text: `${block}${newline}` });
    }
    // Two keys added to one map go in the order of the edits.
    insertions.sort((a, b) => a.at - b.at || b.depth - a.depth);
    const pieces = [];
    let cursor = 0;
    for (const insertion of insertions) {
        pieces.push(text.slice(cursor, insertion.at), insertion.text);
        cursor = insertion.at;
    }
    pieces.push(text.slice(cursor));
    return pieces.join('');
}
/** `key: value` on one line, the value in flow style: `Id: {}`, `Name: { unique: true }`. */
function flowEntry(key, value) {
    return `${(0,dist/* stringify */.As)(key).trimEnd()}: ${(0,dist/* stringify */.As)(value, { collectionStyle: 'flow' }).trimEnd()}`;
}
function columnOf(text, offset) {
    return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
function keyOf(pair) {
    return (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key;
}
/**
 * Edits the JSON text in place: a changed value is replaced where it stands, a new key or list
 * item goes after the last member with that member's indentation, a deleted one takes its comma with it.
 */
function editJson(text, edits) {
    const nodes = jsonNodes(text);
    const unit = indentUnit(text);
    const indentOfLine = lineIndents(text);
    const replacements = [];
    const nodeAt = (keys) => nodes.get(JSON.stringify(keys));
    const deleted = new Set();
    for (const edit of edits)
        if (edit.op === 'delete')
            deleted.add(nodeAt(edit.path));
    // Found once per container: asked for each of its edits, a scan of its members made deleting
    // or appending many members of one list cost members \u00d7 edits.
    const firstKept = new Map();
    const firstKeptIn = (container) => {
        let index = firstKept.get(container);
        if (index === undefined) {
            index = container.members.findIndex((member) => !deleted.has(member));
            firstKept.set(container, index);
        }
        return index;
    };
    // A list or object whose every member goes and that gets new ones is written anew: the edits would overlap.
    const rebuilt = new Map();
    for (const edit of edits) {
        if (edit.op === 'delete' || (edit.op === 'set' && nodeAt(edit.path)))
            continue;
        const container = nodeAt(edit.op === 'append' ? edit.path : edit.path.slice(0, -1));
        if (!container?.members || firstKeptIn(container) !== -1)
            continue;
        const added = rebuilt.get(container);
        if (added)
            added.push(edit);
        else
            rebuilt.set(container, [edit]);
    }
    for (const [container, added] of rebuilt) {
        const value = added[0].op === 'append' ? added.map((edit) => edit.value) : Object.fromEntries(added.map((edit) => [edit.path.at(-1), edit.value]));
        replacements.push({ start: container.start, end: container.end, text: serialized(value, unit, indentOfLine(container.memberStart)) });
    }
    for (const edit of edits) {
        const parent = nodeAt(edit.path.slice(0, -1));
        const container = edit.op === 'append' ? nodeAt(edit.path) : parent;
        if (!container?.members)
            return { refused: `${edit.path.join('.')} is not where the file can be edited` };
        if (rebuilt.has(container))
            continue;
        const existing = edit.op === 'append' ? undefined : nodeAt(edit.path);
        if (edit.op === 'set' && existing) {
            replacements.push({ start: existing.start, end: existing.end, text: serialized(edit.value, unit, indentOfLine(existing.memberStart)) });
        }
        else if (edit.op === 'delete') {
            const members = container.members;
            const index = existing.index;
            const kept = firstKeptIn(container);
            if (kept === -1) {
                if (index === 0)
                    replacements.push({ start: container.start + 1, end: container.end - 1, text: '' });
            }
            else if (kept < index) {
                replacements.push({ start: members[index - 1].end, end: existing.end, text: '' });
            }
            else {
                replacements.push({ start: existing.memberStart, end: members[index + 1].memberStart, text: '' });
            }
        }
        else {
            const name = edit.op === 'set' ? `${JSON.stringify(edit.path.at(-1))}:${unit === undefined ? '' : ' '}` : '';
            const last = container.members.at(-1);
            const indent = last ? indentOfLine(last.memberStart) : `${indentOfLine(container.memberStart)}${unit ?? ''}`;
            const separator = unit === undefined ? '' : `\n${indent}`;
            const value = serialized(edit.value, unit, indent);
            if (last)
                replacements.push({ start: last.end, end: last.end, text: `,${separator}${name}${value}` });
            else
                replacements.push({ start: container.start + 1, end: container.end - 1, text: `${separator}${name}${value}${unit === undefined ? '' : `\n${indentOfLine(container.memberStart)}`}` });
        }
    }
    // In text order, two at one offset (new list items) in the order pushed, and assembled from
    // pieces: rebuilding the whole text once per replacement made thousands of edits cost edits \u00d7 file size.
    replacements.sort((a, b) => a.start - b.start || a.end - b.end);
    const pieces = [];
    let cursor = 0;
    for (const { start, end, text: inserted } of replacements) {
        pieces.push(text.slice(cursor, start), inserted);
        cursor = end;
    }
    pieces.push(text.slice(cursor));
    return pieces.join('');
}
/** Every value of the document by its path (JSON of the key list), from one scan. */
function jsonNodes(text) {
    const nodes = new Map();
    const stack = [];
    let key;
    const value = (start) => {
        const parent = stack.at(-1);
        const node = { start, end: start, memberStart: key?.start ?? start, index: parent?.node.members.length ?? 0 };
        const path = parent ? [...parent.path, key ? key.name : parent.node.members.length] : [];
        parent?.node.members.push(node);
        nodes.set(JSON.stringify(path), node);
        key = undefined;
        return { node, path };
    };
    (0,json_scan/* scanJson */.E)(text, {
        key: (start, end) => void (key = { name: (0,json_scan/* keyAt */.f)(text, start, end), start }),
        scalar: (start, end) => void (value(start).node.end = end),
        open: (_isObject, start) => {
            const opened = value(start);
            opened.node.members = [];
            stack.push(opened);
        },
        close: (end) => void (stack.pop().node.end = end),
    });
    return nodes;
}
/** The file's indentation step, or undefined for a file on one line. */
function indentUnit(text) {
    const indents = [...text.matchAll(/\n([ \t]+)\S/g)].map((match) => match[1]);
    if (!text.trim().includes('\n'))
        return undefined;
    return indents.reduce((shortest, indent) => (indent.length < shortest.length ? indent : shortest), indents[0] ?? '  ');
}
/**
 * The indentation of the line an offset is on. The line starts are found once: searching back
 * from each offset made many edits on one long line cost edits \u00d7 line length.
 */
function lineIndents(text) {
    const lineStarts = [0];
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1))
        lineStarts.push(newline + 1);
    const indentation = /[ \t]*/y;
    return (offset) => {
        // The last line start at or before the offset.
        indentation.lastIndex = lineStarts[firstAtOrAfter(lineStarts, offset + 1) - 1];
        return indentation.exec(text)[0];
    };
}
function serialized(value, unit, indent) {
    if (unit === undefined)
        return JSON.stringify(value);
    return JSON.stringify(value, null, unit).replace(/\n/g, `\n${indent}`);
}


/***/ })

};

//# sourceMappingURL=98.index.js.map