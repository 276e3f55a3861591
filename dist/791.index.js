export const id = 791;
export const ids = [791,412];
export const modules = {

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

/***/ 412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeOutput: () => (/* binding */ writeOutput)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _run_scope_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2627);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1586);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2754);







// O_NONBLOCK: a FIFO never blocks the open. O_NOFOLLOW does not exist on Windows, where the lstat checks remain.
const CREATE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0);
const PRIVATE_FILE = 0o600;
const PRIVATE_FOLDER = 0o700;
const NAME_ATTEMPTS = 8;
/**
 * The one way the tool writes a file. Every secret of the run is taken out of the content; a new
 * file is created exclusively with mode 0600 (only the runner's user reads a backup of the live
 * configuration), a folder it creates gets mode 0700, and no symlink is followed. Resolves to the
 * path written.
 */
async function writeOutput(place, content, existing = 'refuse') {
    try {
        return await writePlace(place, (0,_run_scope_js__WEBPACK_IMPORTED_MODULE_4__/* .redactSecrets */ .fp)(content), existing);
    }
    catch (error) {
        throw asOutputError(error, place.kind === 'private' ? place.folder : place.kind === 'named' ? place.path : place.name);
    }
}
async function writePlace(place, text, existing) {
    if (place.kind === 'private')
        return writePrivate(place, text);
    const { target, name } = place.kind === 'workspace' ? await insideWorkspace(place.root, place.name) : await namedPath(place.path);
    const created = (0,_run_scope_js__WEBPACK_IMPORTED_MODULE_4__/* .currentRun */ .xh)().created;
    const handle = await createExclusive(target, PRIVATE_FILE, name);
    if (handle) {
        await fill(handle, target, text);
    }
    else {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(target);
        if (info.isSymbolicLink())
            throw notThroughLink(name, name);
        if (!info.isFile())
            throw notAFile(name);
        if (existing === 'refuse' && !created.has(target)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`The output path "${name}" is not written: a file that this run did not write is already there, and an output never replaces one. Remove it or choose another path.`);
        }
        await replaceByRename(target, text, existing === 'edit' ? info.mode & 0o7777 : PRIVATE_FILE, name);
    }
    created.add(target);
    return target;
}
async function writePrivate(place, text) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(place.folder, { recursive: true, mode: PRIVATE_FOLDER });
    const folder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(place.folder);
    for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
        const target = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(folder, `${place.prefix}${randomPart()}${place.suffix}`);
        const handle = await createExclusive(target, PRIVATE_FILE, target);
        if (!handle)
            continue;
        await fill(handle, target, text);
        (0,_run_scope_js__WEBPACK_IMPORTED_MODULE_4__/* .currentRun */ .xh)().created.add(target);
        return target;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`No new file could be created in ${place.folder}: every name tried was taken. Check what is writing there.`);
}
/** The target of a workspace path, after walking its folders: missing ones are created, a symlink or a non-folder refused. */
async function insideWorkspace(root, name) {
    const target = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(root, name);
    if (!(0,_workspace_js__WEBPACK_IMPORTED_MODULE_6__/* .isInside */ .FK)(target, node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(root))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`The output path "${name}" is outside the workspace (${root}); name a path inside it, such as "results/lint.sarif".`);
    }
    let folder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(root);
    for (const part of node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(root), node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target)).split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)).filter(Boolean)) {
        folder = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(folder, part);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(folder).catch((error) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
        if (info === undefined)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(folder, { mode: PRIVATE_FOLDER });
        else if (info.isSymbolicLink())
            throw notThroughLink(name, node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(root), folder));
        else if (!info.isDirectory())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`The output path "${name}" goes through "${node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(root), folder)}", which is not a folder.`);
    }
    return { target: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(folder, node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(target)), name };
}
/** A path the user named: its folders are created; links among them are the user's own on their machine. */
async function namedPath(file) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(file);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(resolved), { recursive: true, mode: PRIVATE_FOLDER });
    return { target: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(resolved)), node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(resolved)), name: file };
}
/** The new file's handle, or undefined when something (a file, a link, a FIFO) is already at the name. */
async function createExclusive(target, mode, name) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(target, CREATE_FLAGS, mode);
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST')
            return undefined;
        if (code === 'ELOOP' || code === 'EMLINK')
            throw notThroughLink(name, name);
        throw error;
    }
}
async function fill(handle, target, text) {
    try {
        await handle.writeFile(text);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(target).catch(() => undefined);
        throw error;
    }
    finally {
        await handle.close();
    }
}
/** A new file beside the target, created exclusively with `mode` (set on the handle: the umask does not narrow a kept mode), renamed over it. */
async function replaceByRename(target, text, mode, name) {
    for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
        const temporary = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(target)}.${randomPart()}.tmp`);
        const handle = await createExclusive(temporary, PRIVATE_FILE, name);
        if (!handle)
            continue;
        await handle.chmod(mode).catch(async (error) => {
            await handle.close();
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temporary).catch(() => undefined);
            throw error;
        });
        await fill(handle, temporary, text);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temporary, target);
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temporary).catch(() => undefined);
            throw error;
        }
        return;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`The output file "${name}" cannot be replaced: no temporary name beside it was free.`);
}
/**
 * Every file-system error on the way to an output (a folder that is a file, no permission, a full
 * disk) is the user's path to fix, said in one line: never an internal error with a stack.
 */
function asOutputError(error, name) {
    const code = error?.code;
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1 || typeof code !== 'string')
        return error;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`The output path "${name}" cannot be written: ${FS_REASONS[code] ?? `the file system answered ${code}`}. Choose another path.`);
}
const FS_REASONS = {
    EEXIST: 'a file is where a folder of the path should be',
    ENOTDIR: 'a file is where a folder of the path should be',
    EISDIR: 'it is a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space is left on the device',
    EDQUOT: 'the disk quota is used up',
    ENAMETOOLONG: 'the name is too long',
    ENOENT: 'a folder of the path does not exist',
};
function randomPart() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex');
}
function notThroughLink(name, link) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`The output path "${name}" is not written: "${link}" is a symbolic link, and an output is never written through one. Remove the link or choose another path.`);
}
function notAFile(name) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`The output path "${name}" is not written: it exists and is not a regular file.`);
}


/***/ }),

/***/ 4325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ readSchemaTables),
/* harmony export */   D: () => (/* binding */ compareTables)
/* harmony export */ });
/* harmony import */ var _clients_postgres_database_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(705);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1586);
/* harmony import */ var _tables_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2597);



/** The most tables of one schema read; a schema with more is refused rather than half read. */
const MAX_TABLES = 2000;
/**
 * The schema's tables, their columns, indexes and triggers, from pg_catalog in three statements
 * (readable by any user that can log in, a follower's or a read-only credential included). The
 * indexes and triggers ask for one row more than a query may answer, so that too many is refused.
 */
async function readSchemaTables(database, schema) {
    const tables = await database.query(`read the tables of schema ${schema}`, `SELECT c.relname::text AS table,
            array(SELECT a.attname::text FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS columns
       FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') ORDER BY c.relname LIMIT $2`, [schema, MAX_TABLES + 1]);
    if (tables.length > MAX_TABLES)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteFailure */ .p3('PostgreSQL', 'answered', `Schema ${schema} has more than ${MAX_TABLES} tables; its tables were not compared.`);
    const indexes = await database.query(`read the indexes of schema ${schema}`, `SELECT t.relname::text AS table, i.relname::text AS name, x.indisunique AS unique,
            array(SELECT a.attname::text FROM unnest(x.indkey) k JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = k) AS columns
       FROM pg_catalog.pg_index x
       JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
       JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = $1 LIMIT $2`, [schema, _clients_postgres_database_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_ROWS */ .pX + 1]);
    const triggers = await database.query(`read the triggers of schema ${schema}`, `SELECT t.relname::text AS table, g.tgname::text AS name
       FROM pg_catalog.pg_trigger g JOIN pg_catalog.pg_class t ON t.oid = g.tgrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = $1 AND NOT g.tgisinternal LIMIT $2`, [schema, _clients_postgres_database_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_ROWS */ .pX + 1]);
    const byName = new Map(tables.map(({ table, columns }) => [table, { table, columns, indexes: [], triggers: [] }]));
    for (const { table, ...index } of indexes)
        byName.get(table)?.indexes.push(index);
    for (const { table, name } of triggers)
        byName.get(table)?.triggers.push(name);
    return byName;
}
/**
 * The schema against the tables the files would make: a missing table, column, system column or
 * index is drift; a column no mapped field explains is information; a table no mapping names, or a
 * mapped table without Connect's trigger, is drift ("created by hand?"). `known` names every
 * table a mapping explains, the live connection's included.
 */
function compareTables(expected, live, schema, known) {
    const findings = [];
    for (const table of expected) {
        const at = `${schema}.${table.table}`;
        const found = live.get(table.table);
        const base = { object: table.object, table: table.table };
        if (!found) {
            findings.push({
                ...base,
                kind: 'table-missing',
                difference: `The database has no table ${at} for the ${table.object} mapping.`,
                consequence: 'Heroku Connect creates it when the mapping is created; until then nothing of it syncs. Check the mapping state, and that the connection uses this database and schema.',
                care: true,
            });
            continue;
        }
        const columns = new Set(found.columns);
        for (const column of table.system) {
            if (columns.has(column.name))
                continue;
            findings.push({
                ...base,
                column: column.name,
                kind: 'system-column-missing',
                difference: `Table ${at} has no ${column.name} column, one of the columns Heroku Connect gives every table it makes.`,
                consequence: 'Connect does not replace an existing table: one made by hand or by an ORM breaks the sync. Let Connect create the table.',
                care: true,
            });
        }
        for (const column of table.columns) {
            if (columns.has(column.name))
                continue;
            findings.push({
                ...base,
                field: column.field,
                column: column.name,
                kind: 'column-missing',
                difference: `Table ${at} has no column ${column.name} for the mapped field ${table.object}.${column.field}.`,
                consequence: 'The field has nowhere to sync to. Saving the mapping (or deploying the files) makes Connect alter the table; a deploy still waiting for it has not finished.',
                care: true,
            });
        }
        const explained = new Set([...table.system, ...table.columns].map((column) => column.name));
        for (const column of found.columns) {
            if (explained.has(column))
                continue;
            findings.push({
                ...base,
                column,
                kind: 'column-left-over',
                difference: `Table ${at} has a column ${column} that no mapped field of ${table.object} explains.`,
                consequence: 'Information: a field no longer mapped leaves its column (whether Connect drops it is not documented), or an app added it.',
                care: false,
                info: true,
            });
        }
        for (const index of table.indexes) {
            if (!columns.has(index.column))
                continue;
            const byName = found.indexes.some((live) => live.name === index.name);
            const uniqueOnColumn = found.indexes.some((live) => live.unique && live.columns.length === 1 && live.columns[0] === index.column);
            if (byName || (index.upsert && uniqueOnColumn))
                continue;
            findings.push({
                ...base,
                ...(index.field !== undefined && { field: index.field }),
                column: index.column,
                kind: index.upsert ? 'upsert-index-missing' : 'index-missing',
                difference: index.upsert
                    ? `Table ${at} has no unique index on ${index.column}, the upsert field ${table.object}.${index.field}; Connect names it ${index.name}.`
                    : `Table ${at} has no index ${index.name}${index.field === undefined ? '' : `, which the mapping's indexes ask for (${index.field})`}.`,
                consequence: index.upsert
                    ? "Writes to Salesforce match records on the upsert field; add it to the mapping's indexes as unique and save the mapping so that Connect builds the index."
                    : 'Connect builds the indexes of a mapping when it is saved; one missing was never built, or was dropped by hand. Save the mapping again.',
                care: index.upsert === true,
            });
        }
        const logTrigger = `hc_${table.table}_logtrigger`;
        if (!found.triggers.includes(logTrigger)) {
            findings.push({
                ...base,
                kind: 'trigger-missing',
                difference: `Table ${at} has no trigger ${logTrigger}, which Heroku Connect puts on every table it makes: created by hand?`,
                consequence: 'Without it, writes to the table are not captured for Salesforce. Connect does not replace an existing table: let Connect create it (rename this one away first).',
                care: true,
            });
        }
    }
    const own = new Set(_tables_js__WEBPACK_IMPORTED_MODULE_2__/* .CONNECT_OWN_TABLES */ .Yi);
    for (const table of live.keys()) {
        if (own.has(table) || known.has(table))
            continue;
        findings.push({
            object: table,
            table,
            kind: 'table-unknown',
            difference: `Schema ${schema} has a table ${table} that no mapping names: created by hand?`,
            consequence: 'Heroku warns that a table made by hand (or by an ORM) in the Connect schema breaks the sync when a mapping of that name is created. Keep your own tables in another schema.',
            care: false,
        });
    }
    return findings;
}


/***/ }),

/***/ 1941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ databaseOf),
  w: () => (/* binding */ oneDatabasePerUrl)
});

// EXTERNAL MODULE: ./src/core/errors.ts + 1 modules
var errors = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/core/http/client.ts + 2 modules
var client = __webpack_require__(4153);
// EXTERNAL MODULE: ./src/core/http/safety.ts
var safety = __webpack_require__(6804);
// EXTERNAL MODULE: ./src/core/http/shape.ts
var shape = __webpack_require__(1781);
;// CONCATENATED MODULE: ./src/clients/heroku/answers.generated.js
// Generated by scripts/compile-schema.mjs from src/clients/heroku/answers.schema.json. Do not edit.

const validateConfigVars = validate11;
const schema12 = {"type":"object","additionalProperties":{"type":["string","null"]}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data0 = data[key0];
const _errs2 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate11.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: schema12.additionalProperties.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs2 === errors;
if(!valid0){
break;
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}

;// CONCATENATED MODULE: ./src/clients/heroku/platform.ts





const SERVICE = 'the Heroku Platform API';
/** The most bytes of the answer, every config var of the app in it: a database URL is a few hundred characters. */
const MAX_BODY_BYTES = 1024 * 1024;
/**
 * `GET /apps/{app}/config-vars` with the same API key as Heroku Connect's, and only to the Platform
 * API's origin: the value of the one config var asked for (the connection's db_key), undefined when
 * the app has none of that name. The answer is checked against its schema before it is read.
 */
async function readConfigVar(options, app, name) {
    const apiKey = (0,safety/* checkedCredential */.R1)(options.apiKey, 'The Heroku API key', 'Pass the bare key (heroku auth:token).');
    const server = (0,safety/* checkedCredentialUrl */.Si)(options.server, { name: 'The Heroku Platform API (HEROKU_PLATFORM_API)', credential: 'the API key' });
    const { apiKey: _key, server: _server, deadline, ...policy } = options;
    const http = new client/* HttpClient */.Q({
        ...policy,
        service: SERVICE,
        credential: 'the API key',
        headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/vnd.heroku+json; version=3', 'User-Agent': 'heroku-connect-action' },
        origins: new Set([server.origin]),
        maxBodyBytes: MAX_BODY_BYTES,
    });
    const segment = (0,safety/* urlSegment */.NL)(app, (reason) => new errors/* ConfigurationError */.j1(`The app name ${reason}; use the Heroku app's name.`));
    const purpose = `read the config vars of app "${app}"`;
    const answer = await http.request({ url: `${server.origin}/apps/${segment}/config-vars`, purpose, ...(deadline !== undefined && { deadline }) });
    if (answer.status === 401 || answer.status === 403) {
        throw new errors/* ConfigurationError */.j1(`The Heroku Platform API refused the API key (${(0,client/* describeStatus */.W)(answer.status, answer.body)}) when asked to ${purpose}: reading a database URL needs a key with access to the app's config vars ` +
            '(a global key, or an authorization with the read-protected scope). Or pass the URL itself with database-url.');
    }
    if (answer.status !== 200)
        throw new errors/* RemoteFailure */.p3(SERVICE, 'answered', `${SERVICE} answered ${(0,client/* describeStatus */.W)(answer.status, answer.body)} when asked to ${purpose}.`);
    const vars = (0,shape/* checkedAnswer */.MF)(validateConfigVars, answer.body, 'The Heroku Platform API', purpose);
    const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
    return typeof value === 'string' && value !== '' ? value : undefined;
}

// EXTERNAL MODULE: ./src/clients/postgres/database.ts
var database = __webpack_require__(705);
;// CONCATENATED MODULE: ./src/live/database/reach.ts



/** One URL is one database: with several apps, each app's database is found by auto instead. */
function oneDatabasePerUrl(choice, apps) {
    if (choice.kind === 'url' && apps > 1) {
        throw new errors/* ConfigurationError */.j1(`database-url names one database, and ${apps} apps are given: check one app per run, or use database: auto to find each app's database.`);
    }
}
/** The database and schema of one app's connection, or undefined when the choice is off. */
async function databaseOf(choice, app, detail, context) {
    if (choice.kind === 'off')
        return undefined;
    const schema = detail.schema_name;
    if (typeof schema !== 'string' || schema === '') {
        throw new errors/* ConfigurationError */.j1(`The Heroku Connect connection of app "${app}" names no schema (schema_name): it has no database set up yet (heroku connect:db:set -a ${app}).`);
    }
    if (choice.kind === 'url')
        return { url: choice.url, schema };
    const key = detail.db_key;
    if (typeof key !== 'string' || key === '') {
        throw new errors/* ConfigurationError */.j1(`The Heroku Connect connection of app "${app}" names no database config var (db_key): it has no database set up yet (heroku connect:db:set -a ${app}).`);
    }
    context.log.info(`Reading the database URL of app "${app}" from its config var ${key}.`);
    const url = await readConfigVar({
        apiKey: context.apiKey,
        server: choice.platformApi,
        ...(context.clock && { clock: context.clock }),
        ...(context.fetch && { fetch: context.fetch }),
        ...(context.deadline !== undefined && { deadline: context.deadline }),
        log: context.log,
    }, app, key);
    if (url === undefined)
        throw new errors/* ConfigurationError */.j1(`App "${app}" has no config var ${key}, which its Heroku Connect connection names as its database (db_key).`);
    // Masked in the runner's log as an input secret is, and taken out of every message and file.
    for (const secret of (0,database/* registerDatabaseUrl */.C5)(url))
        choice.mask?.(secret);
    return { url, schema };
}


/***/ }),

/***/ 2597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ tableName),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   UP: () => (/* binding */ hasStatusColumns),
/* harmony export */   Yi: () => (/* binding */ CONNECT_OWN_TABLES),
/* harmony export */   cf: () => (/* binding */ expectedTables)
/* harmony export */ });
/* unused harmony exports columnName, indexName, schemaDdl */
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6153);

/**
 * The tables Heroku Connect makes for a mapping file, as its Dev Center page and the schemas it
 * creates show them: a table per mapping named after the object in lower case, a column per mapped
 * field in lower case (`Id` is the `sfid` column), the system columns, and the indexes named
 * `hc_idx_<table>_<column>` (`hcu_idx_\u2026` when unique).
 */
/** PostgreSQL cuts identifiers at 63 bytes; how Connect names an index past that is not documented, so it is compared as PostgreSQL cuts it. */
const MAX_IDENTIFIER_BYTES = 63;
/** Objects without IsDeleted, whose tables have no isdeleted column. */
const WITHOUT_IS_DELETED = new Set(['user', 'recordtype', 'emailtemplate']);
/** The tables Connect keeps for itself in the schema; never "created by hand". */
const CONNECT_OWN_TABLES = ['_hcmeta', '_sf_event_log', '_trigger_log', '_trigger_log_archive'];
function tableName(objectName) {
    return objectName.toLowerCase();
}
function columnName(field) {
    return field.toLowerCase() === 'id' ? 'sfid' : field.toLowerCase();
}
function indexName(table, column, unique) {
    return cutIdentifier(`${unique ? 'hcu' : 'hc'}_idx_${table}_${column}`);
}
function cutIdentifier(name) {
    const bytes = Buffer.from(name);
    if (bytes.length <= MAX_IDENTIFIER_BYTES)
        return name;
    // Cut on a character boundary, as PostgreSQL does.
    let end = MAX_IDENTIFIER_BYTES;
    while (end > 0 && (bytes[end] & 0xc0) === 0x80)
        end--;
    return bytes.subarray(0, end).toString();
}
function systemColumns(table, hasStatusColumns) {
    return [
        { name: 'id', type: 'serial PRIMARY KEY' },
        { name: 'sfid', type: 'varchar(18)' },
        { name: 'systemmodstamp', type: 'timestamp' },
        ...(WITHOUT_IS_DELETED.has(table) ? [] : [{ name: 'isdeleted', type: 'boolean' }]),
        ...(hasStatusColumns
            ? [
                { name: '_hc_lastop', type: 'varchar(32)' },
                { name: '_hc_err', type: 'text' },
            ]
            : []),
    ];
}
/**
 * Each mapping of the document as the table Connect would make. `hasStatusColumns` says, per
 * lower-cased object, whether the live detail's `has_hc_columns` is false; they are expected otherwise.
 */
function expectedTables(document, describe, hasStatusColumns = () => true) {
    return document.mappings.flatMap((mapping) => {
        if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(mapping) || typeof mapping.object_name !== 'string' || mapping.object_name === '')
            return [];
        const object = mapping.object_name;
        const table = tableName(object);
        const config = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(mapping.config) ? mapping.config : {};
        const status = hasStatusColumns(object.toLowerCase());
        const system = systemColumns(table, status);
        const systemNames = new Set(system.map((column) => column.name));
        const described = describe?.get(object)?.fields;
        const columns = [];
        const seen = new Set(systemNames);
        for (const field of (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(config.fields) ? Object.keys(config.fields) : []) {
            const name = columnName(field);
            if (seen.has(name))
                continue;
            seen.add(name);
            columns.push({
                name,
                field,
                ...columnType(field, described?.find((known) => known.name.toLowerCase() === field.toLowerCase()), described !== undefined),
            });
        }
        const indexes = [
            { name: indexName(table, 'sfid', true), column: 'sfid', unique: true },
            { name: indexName(table, 'systemmodstamp', false), column: 'systemmodstamp', unique: false },
        ];
        const add = (index) => {
            if (!indexes.some((known) => known.name === index.name))
                indexes.push(index);
        };
        for (const [field, settings] of (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(config.indexes) ? Object.entries(config.indexes) : []) {
            const unique = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(settings) && settings.unique === true;
            add({ name: indexName(table, columnName(field), unique), column: columnName(field), unique, field });
        }
        if (typeof config.upsert_field === 'string' && config.upsert_field !== '') {
            const column = columnName(config.upsert_field);
            add({ name: indexName(table, column, true), column, unique: true, field: config.upsert_field, upsert: true });
        }
        return [{ object, table, system, columns, indexes, hasStatusColumns: status }];
    });
}
/** Whether a mapping's table has the status columns: unless the live detail says `has_hc_columns: false` (by lower-cased object). */
function hasStatusColumns(detail) {
    const without = new Set(detail.mappings.filter((mapping) => mapping.has_hc_columns === false).map((mapping) => mapping.object_name.toLowerCase()));
    return (object) => !without.has(object);
}
/** The column type for a Salesforce field type, as Connect's tables have them; the rest is text, with a comment saying why. */
const TYPES = {
    id: () => 'varchar(18)',
    reference: () => 'varchar(18)',
    string: (field) => `varchar(${field.length || 255})`,
    encryptedstring: (field) => `varchar(${field.length || 255})`,
    picklist: (field) => `varchar(${Math.max(255, field.length ?? 0)})`,
    multipicklist: () => 'varchar(4099)',
    combobox: () => 'varchar(255)',
    email: () => 'varchar(80)',
    phone: () => 'varchar(40)',
    url: () => 'varchar(255)',
    boolean: () => 'boolean',
    int: () => 'integer',
    double: () => 'double precision',
    currency: () => 'double precision',
    percent: () => 'double precision',
    date: () => 'date',
    datetime: () => 'timestamp',
    time: () => 'time',
    anytype: () => 'text',
};
function columnType(field, described, objectDescribed) {
    if (described?.type === undefined) {
        return { type: 'text', comment: objectDescribed ? `${field} is not in the describe data: type unknown` : 'no describe data: type unknown' };
    }
    const type = described.type.toLowerCase();
    if (type === 'textarea') {
        // Connect's cut-off between varchar(n) and text for long text areas is not documented.
        return (described.length ?? 255) <= 255
            ? { type: `varchar(${described.length || 255})` }
            : { type: 'text', comment: `long text area of ${described.length}: Connect may use varchar(${described.length})` };
    }
    const make = TYPES[type];
    return make ? { type: make(described) } : { type: 'text', comment: `Salesforce type ${described.type}: its column type is not documented` };
}
/** A SQL identifier, always quoted: Connect's tables include reserved words such as "user". */
function quoted(name) {
    return `"${name.replaceAll('"', '""')}"`;
}
/** A comment that stays one SQL comment line, whatever the text. */
function sqlComment(text) {
    return `-- ${text.replace(/[\r\n]+/g, ' ')}`;
}
/**
 * The DDL of the tables Connect would create for the document, in one transaction: the schema, each
 * mapping's table with the system columns and one column per mapped field, and the indexes named as
 * Connect names them. Not Connect's triggers or trigger log: this is for development and tests.
 */
function schemaDdl(tables, schema) {
    const lines = [
        sqlComment(`The tables Heroku Connect would create in schema ${schema}, for development and tests (not Connect's triggers or trigger log).`),
        'BEGIN;',
        `CREATE SCHEMA IF NOT EXISTS ${quoted(schema)};`,
    ];
    for (const table of tables) {
        const columns = [...table.system, ...table.columns];
        lines.push('', sqlComment(`${table.object}`), `CREATE TABLE ${quoted(schema)}.${quoted(table.table)} (`);
        columns.forEach((column, i) => {
            const comma = i === columns.length - 1 ? '' : ',';
            lines.push(`  ${quoted(column.name)} ${column.type}${comma}${column.comment ? ` ${sqlComment(column.comment)}` : ''}`);
        });
        lines.push(');');
        const names = new Set(columns.map((column) => column.name));
        for (const index of table.indexes) {
            if (!names.has(index.column)) {
                lines.push(sqlComment(`No index ${index.name}: ${index.field ?? index.column} is not mapped.`));
                continue;
            }
            lines.push(`CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${quoted(index.name)} ON ${quoted(schema)}.${quoted(table.table)} (${quoted(index.column)});`);
        }
    }
    lines.push('', 'COMMIT;', '');
    return lines.join('\n');
}


/***/ }),

/***/ 8780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pg: () => (/* binding */ changeVersion),
/* harmony export */   U: () => (/* binding */ resume),
/* harmony export */   dm: () => (/* binding */ blockingMappings),
/* harmony export */   v7: () => (/* binding */ pause),
/* harmony export */   yQ: () => (/* binding */ reload)
/* harmony export */ });
/* unused harmony exports step, currentDetail, stepLine */
/* harmony import */ var _clients_connect_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(646);
/* harmony import */ var _clients_connect_states_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4299);
/* harmony import */ var _clients_connect_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6859);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1586);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9775);






/** Runs `body` as a step: it is recorded with its time, failed or not. */
async function step(context, name, body) {
    const { clock } = context.poll;
    const at = clock.now();
    const entry = { name, startedAtMs: at - context.started, tookMs: 0, outcome: '' };
    context.steps.push(entry);
    try {
        const { value, outcome } = await body();
        entry.outcome = outcome;
        return value;
    }
    catch (error) {
        entry.failed = true;
        entry.outcome = error instanceof Error ? error.message : String(error);
        throw error;
    }
    finally {
        entry.tookMs = clock.now() - at;
    }
}
/** A connection state that rules out what is awaited: an error state, said with its meaning and remedy. */
function failOnBlocked(detail, app, awaited, allowed = []) {
    const verdict = (0,_clients_connect_states_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeConnection */ .u)(detail.state, app);
    if (verdict.kind === 'blocked' && !allowed.includes(detail.state)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DeployFailure */ .Qt(`While waiting for ${awaited}, the connection went into ${detail.state}: ${verdict.meaning}. ${verdict.remedy}`);
    }
}
/** Pauses the connection (which must be IDLE) and waits for PAUSED. */
async function pause(context) {
    return step(context, 'pause', async () => {
        await (0,_clients_connect_client_js__WEBPACK_IMPORTED_MODULE_0__/* .connectionAction */ .Vd)(context.api, context.connection, 'pause');
        context.log.info('Asked Heroku Connect to pause the connection; waiting for PAUSED.');
        const detail = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_5__/* .waitForState */ .oJ)(context.poll, {
            awaited: 'the connection to be PAUSED',
            judge: (read) => {
                if (read.state === 'PAUSED')
                    return read;
                failOnBlocked(read, context.poll.app, 'PAUSED');
                return undefined;
            },
        });
        return { value: detail, outcome: 'the connection is PAUSED' };
    });
}
/** States that show a resumed or restarted connection syncing again: IDLE, or polling Postgres for changes. */
const RUNNING = new Set(['IDLE', 'POLLING_DB_CHANGES']);
/** Resumes (or restarts) the connection and waits for IDLE or a polling state. */
async function resume(context, action = 'resume') {
    return step(context, action, async () => {
        await (0,_clients_connect_client_js__WEBPACK_IMPORTED_MODULE_0__/* .connectionAction */ .Vd)(context.api, context.connection, action);
        context.log.info(`Asked Heroku Connect to ${action} the connection; waiting for IDLE or a polling state.`);
        let passed;
        const detail = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_5__/* .waitForState */ .oJ)(context.poll, {
            awaited: 'the connection to be IDLE or polling',
            judge: (read) => {
                if (RUNNING.has(read.state))
                    return read;
                // A restart passes through RECOVERY; a resume may still show PAUSED for a poll or two.
                if (read.state !== 'PAUSED' && read.state !== 'RECOVERY')
                    failOnBlocked(read, context.poll.app, 'IDLE');
                passed ??= read.state === 'RECOVERY' ? 'RECOVERY' : undefined;
                return undefined;
            },
        });
        return { value: detail, outcome: `the connection is ${detail.state}${passed ? `, after ${passed}` : ''}` };
    });
}
/** Posts the API-version change (the connection is PAUSED) and waits until the detail reports the new version. */
async function changeVersion(context, target) {
    return step(context, `change the Salesforce API version to ${target}`, async () => {
        await (0,_clients_connect_client_js__WEBPACK_IMPORTED_MODULE_0__/* .changeApiVersion */ .lu)(context.api, context.connection, target);
        context.log.info(`Heroku Connect accepted the change to Salesforce API ${target}; waiting for the connection to report it.`);
        const detail = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_5__/* .waitForState */ .oJ)(context.poll, {
            awaited: `the connection to report Salesforce API ${target}`,
            judge: (read) => {
                if ((0,_clients_connect_types_js__WEBPACK_IMPORTED_MODULE_2__/* .liveApiVersion */ .xv)(read) === target)
                    return read;
                failOnBlocked(read, context.poll.app, `API ${target}`, ['PAUSED']);
                return undefined;
            },
        });
        return { value: detail, outcome: `the connection reports API ${target}` };
    });
}
/**
 * Reloads the mappings and waits until each has passed RELOAD_TABLE (or another loading state) and
 * reached DATA_SYNCED; one that goes into an error state fails the wait at once.
 */
async function reload(context, mappings) {
    const names = mappings.map((mapping) => mapping.object_name);
    return step(context, `reload ${names.join(', ')}`, async () => {
        for (const mapping of mappings) {
            // The caller checked each mapping against the detail, which gave its id.
            await (0,_clients_connect_client_js__WEBPACK_IMPORTED_MODULE_0__/* .reloadMapping */ .K$)(context.api, context.connection, { id: mapping.id, object_name: mapping.object_name });
            context.log.info(`Heroku Connect accepted the reload of ${mapping.object_name}: it empties the table and loads it again from Salesforce.`);
        }
        const passed = new Map();
        const detail = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_5__/* .waitForState */ .oJ)(context.poll, {
            awaited: `${names.join(', ')} to pass RELOAD_TABLE and reach DATA_SYNCED`,
            watched: names,
            judge: (read) => {
                const current = new Map(read.mappings.map((mapping) => [mapping.object_name.toLowerCase(), mapping]));
                for (const name of names) {
                    const now = current.get(name.toLowerCase());
                    if (now === undefined)
                        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DeployFailure */ .Qt(`The ${name} mapping is no longer listed on the connection after its reload.`);
                    if ((0,_clients_connect_states_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeMapping */ .K)(now.state) === 'failed')
                        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DeployFailure */ .Qt(`The reload failed: ${(0,_wait_js__WEBPACK_IMPORTED_MODULE_5__/* .describeMapping */ .gc)(name, now)}. Look at heroku connect:mapping:diagnose ${name} -a ${context.poll.app}.`);
                    if (now.state !== 'DATA_SYNCED' && !passed.has(name))
                        passed.set(name, now.state);
                }
                return names.every((name) => passed.has(name) && current.get(name.toLowerCase())?.state === 'DATA_SYNCED') ? read : undefined;
            },
        });
        return { value: detail, outcome: names.map((name) => `${name} passed ${passed.get(name)} and is DATA_SYNCED`).join('; ') };
    });
}
/** Reads the detail again, as a step's starting point. */
function currentDetail(context) {
    return readDetail(context.api, context.connection);
}
/** The schema diff's mappings a change would harm: unsafe or undetermined. */
function blockingMappings(diff) {
    return diff.mappings.filter((mapping) => mapping.unsafe || mapping.undetermined);
}
/** A step as one line of the log and the CLI's report. */
function stepLine(entry) {
    return `${entry.name}: ${entry.failed ? 'failed' : 'done'} after ${formatDuration(entry.tookMs)}, ${entry.outcome}`;
}


/***/ }),

/***/ 7748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AY: () => (/* binding */ renderDeploySummary),
/* harmony export */   Il: () => (/* binding */ renderSteps),
/* harmony export */   ix: () => (/* binding */ renderDeploySkipped)
/* harmony export */ });
/* unused harmony export formatDeployText */
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2020);
/* harmony import */ var _diagnose_write_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7642);
/* harmony import */ var _plan_render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31);
/* harmony import */ var _lifecycle_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8780);
/* harmony import */ var _clients_connect_states_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4299);
/* harmony import */ var _core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1344);
/* harmony import */ var _core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(706);







/** The deploy's database check, when it ran and passed: the evidence that the import altered the tables. */
const TABLES_CHECKED = (record) => (record.tablesChecked ? ' The database has the tables and columns of every mapping it changed.' : '');
/** Every value from the files or from Heroku Connect, for the summary: escaped, and cut if long. */
function md(text) {
    return (0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .markdownText */ .p7)((0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$Q)(text, _core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .CELL_MAX_CHARS */ .I2));
}
const ICON = { synced: '\u2705', working: '\u23f3', failed: '\u274c', unknown: '\u2754' };
const HEADING = '## Heroku Connect deploy';
/** The lifecycle steps (an API-version change, an operator command), each with when it started, how long it took and what showed it. */
function renderSteps(steps) {
    if (steps.length === 0)
        return [];
    const rows = steps.map((entry) => `<tr><td>${entry.failed ? '\u274c' : '\u2705'} ${md(entry.name)}</td><td>${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(entry.startedAtMs)}</td><td>${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(entry.tookMs)}</td><td>${md(entry.outcome)}</td></tr>`);
    return ['<table><thead><tr><th>Step</th><th>Started at</th><th>Took</th><th>What showed it</th></tr></thead><tbody>', ...rows, '</tbody></table>', ''];
}
/**
 * The deploy section of the job summary. Everything from the files or from Heroku Connect is
 * escaped; the table of mappings and the list of live mappings not in the files keep what fits in
 * the budget and say how many more there are.
 */
function renderDeploySummary(record, budget = _core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .DEPLOY_SUMMARY_BUDGET_BYTES */ .$I) {
    const target = record.resource
        ? `connection <code>${md(record.resource)}</code> of app <code>${md(record.app)}</code>${record.herokuPlan ? ` (plan ${md(record.herokuPlan)})` : ''}`
        : `app <code>${md(record.app)}</code>`;
    const took = (0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(record.elapsedMs);
    const lines = [HEADING, ''];
    if (record.error) {
        lines.push(`\u274c **Deploy to ${target} failed** after ${took}${record.resource ? '' : ', before it reached a Heroku Connect connection'}: ${md(record.error.message)}`, '');
        const imported = record.proven
            ? 'The import was applied and the live configuration matches the files; what failed came after it.'
            : record.imported
                ? 'Heroku Connect accepted the import, so the connection may hold part of it: the backup below undoes it.'
                : 'Nothing was imported.';
        lines.push(imported, '');
    }
    else if (record.upToDate) {
        lines.push(`\u2705 **Up to date**: ${target} already has every mapping of the files as they are, so nothing was imported (checked in ${took}).`, '');
    }
    else {
        lines.push(`\u2705 **Deployed** to ${target} in ${took}.${record.proven ? ' The live configuration, exported again after the sync, matches the files.' : ''}${TABLES_CHECKED(record)}`, '');
    }
    if (record.resumedAfterFailure)
        lines.push(`\u26a0\ufe0f ${md(record.resumedAfterFailure)}`, '');
    lines.push(...renderSteps(record.steps));
    if (record.apiVersion)
        lines.push(`Salesforce API version: <code>${md(record.apiVersion)}</code>${record.apiVersionChanged ? ' (changed by this deploy)' : ''}`, '');
    const observed = observedNote(record);
    if (record.connectionState)
        lines.push(`Connection state${observed}: <code>${md(record.connectionState)}</code>`, '');
    lines.push(...changesSection(record, budget / 8));
    // States never read (the deploy ended before it reached the connection) are no states: nothing to list.
    if (record.objectNames.length > 0 && record.statesObservedAtMs !== undefined) {
        // The table gets the largest share; the other lists and tables an eighth each, the three lists of names a 32nd.
        const rows = record.objectNames.map((name) => {
            const mapping = record.mappingStates[name];
            const state = mapping ? `${ICON[(0,_clients_connect_states_js__WEBPACK_IMPORTED_MODULE_3__/* .judgeMapping */ .K)(mapping.state)]} ${md(mapping.state)}${mapping.description ? ` (${md(mapping.description)})` : ''}` : 'not listed on the connection';
            return `<tr><td>${md(name)}</td><td>${state}</td></tr>`;
        });
        const { taken } = (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .takeWhileFits */ .z8)(rows, (budget * 13) / 32, (row) => (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .bytes */ .ee)(row) + 1);
        lines.push(`<table><thead><tr><th>Imported mapping</th><th>State${observed}</th></tr></thead><tbody>`, ...taken, '</tbody></table>', '');
        if (taken.length < rows.length)
            lines.push(`${rows.length - taken.length} more imported mappings do not fit here.`, '');
    }
    lines.push(...timelineSection(record, budget / 32));
    if (record.backupFile) {
        lines.push(`Backup of the live configuration before the import: <code>${md(record.backupFile)}</code>. Import it to undo this deploy.`, '');
    }
    if (record.differences.length > 0) {
        lines.push("The files' <code>connection</code> section differs from the connection:", '');
        const items = record.differences.map((difference) => `- ${difference.level === 'notice' ? '\u2139\ufe0f ' : ''}${md(difference.message)}`);
        const { taken } = (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .takeWhileFits */ .z8)(items, budget / 32, (item) => (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .bytes */ .ee)(item) + 1);
        lines.push(...taken, ...(taken.length < items.length ? [`- ${items.length - taken.length} more differences do not fit here.`] : []), '');
    }
    lines.push(...writeErrorsSection(record, budget / 8), ...diagnoseSection(record, budget / 8), ...notRunSection(record, budget / 16));
    if (record.deleted.length > 0) {
        lines.push(`\ud83d\uddd1\ufe0f Deleted by prune, with their tables and data: ${namesWithin(record.deleted.map(md), budget / 32)}.${record.backupFile ? ` To restore them, import the backup <code>${md(record.backupFile)}</code> (heroku connect:import); their tables are loaded again from Salesforce.` : ''}`, '');
    }
    const deleted = new Set(record.deleted);
    const leftInPlace = record.notInFiles.filter((name) => !deleted.has(name));
    if (leftInPlace.length > 0) {
        lines.push(`Live mappings the files do not contain (an import never deletes a mapping; delete them in the dashboard if they should go): ${namesWithin(leftInPlace.map(md), budget / 8)}.`, '');
    }
    return lines.join('\n');
}
/** "a, b, c and 12 more": the names that fit in the budget, in their order, and how many did not. */
function namesWithin(names, budget) {
    const { taken } = (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .takeWhileFits */ .z8)(names, budget, (name) => (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .bytes */ .ee)(name) + 2);
    const more = names.length - taken.length;
    return `${taken.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
/** After a failure the states shown are the last ones read, which may be older than the failure. */
function observedNote(record) {
    if (!record.error || record.statesObservedAtMs === undefined)
        return '';
    return ` (last observed ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(record.statesObservedAtMs)} into the deploy, ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(record.elapsedMs - record.statesObservedAtMs)} before it ended)`;
}
/** The plan of the deploy: what the import changes against the live configuration, \u26a0\ufe0f on what needs a second look. */
function changesSection(record, budget) {
    if (record.changes === undefined || record.changes.length === 0)
        return [];
    const rows = record.changes.map((change) => `| ${change.care ? '\u26a0\ufe0f' : ''} | ${md(change.object)} | ${md((0,_plan_render_js__WEBPACK_IMPORTED_MODULE_1__.changeLabel)(change))} | ${md(change.consequence)} |`);
    const { taken } = (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .takeWhileFits */ .z8)(rows, budget, (row) => (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .bytes */ .ee)(row) + 1);
    const more = rows.length - taken.length;
    return [
        `What the deploy changes on the connection (${rows.length} change${rows.length === 1 ? '' : 's'}, compared by meaning with the live configuration):`,
        '',
        '| | Object | Change | What it does |',
        '|---|---|---|---|',
        ...taken,
        '',
        ...(more > 0 ? [`${more} more change${more === 1 ? '' : 's'} do not fit here; \`heroku-connect-action plan --app\` lists them all.`, ''] : []),
    ];
}
/**
 * Every state change the waits saw, with when, folded: the log shows a heartbeat between them (one
 * line a minute in CI), the summary keeps what changed. The earliest are kept when they do not all fit.
 */
function timelineSection(record, budget) {
    if (record.timeline.length === 0)
        return [];
    const items = record.timeline.map((change) => `- ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(change.atMs)}: ${md(change.subject)} ${change.from === undefined ? md(change.to) : `${md(change.from)} \u2192 ${md(change.to)}`}`);
    const { taken } = (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .takeWhileFits */ .z8)(items, budget, (item) => (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .bytes */ .ee)(item) + 1);
    const count = `${items.length} state change${items.length === 1 ? '' : 's'}`;
    return [
        `<details><summary>Timeline of the wait: ${count}</summary>`,
        '',
        ...taken,
        ...(taken.length < items.length ? [`- ${items.length - taken.length} later state changes do not fit here; the log has them.`] : []),
        '',
        '</details>',
        '',
    ];
}
const WRITE_ERRORS_PER_TABLE = 5;
/** New write errors by table: a few of each, newest first, with how many there are. */
function writeErrorsSection(record, budget) {
    const errors = record.writeErrors;
    if (errors === undefined)
        return [];
    if (errors.length === 0)
        return ['No new write errors to Salesforce since the import.', ''];
    const rows = [];
    for (const [table, list] of (0,_diagnose_write_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .writeErrorsByTable */ .u$)(errors)) {
        for (const error of list.slice(0, WRITE_ERRORS_PER_TABLE)) {
            rows.push(`<tr><td>${md(table)}</td><td><code>${md(error.record_id)}</code></td><td>${md(error.message)}</td><td>${md(error.created_at)}</td></tr>`);
        }
        if (list.length > WRITE_ERRORS_PER_TABLE)
            rows.push(`<tr><td>${md(table)}</td><td colspan="3">and ${list.length - WRITE_ERRORS_PER_TABLE} more</td></tr>`);
    }
    const { taken } = (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .takeWhileFits */ .z8)(rows, (budget * 3) / 4, (row) => (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .bytes */ .ee)(row) + 1);
    const tables = namesWithin((0,_diagnose_write_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .writeErrorsByTable */ .u$)(errors).map(([table, list]) => `${md(table)} ${list.length}`), budget / 4);
    return [
        `\u26a0\ufe0f **${errors.length} new write error${errors.length === 1 ? '' : 's'}** to Salesforce since the import (${tables}):`,
        '',
        '<table><thead><tr><th>Table</th><th>Record</th><th>Message</th><th>Time</th></tr></thead><tbody>',
        ...taken,
        '</tbody></table>',
        '',
        ...(taken.length < rows.length ? [`${rows.length - taken.length} more rows do not fit here; the write-errors-file output has them all.`, ''] : []),
    ];
}
const DIAGNOSE_ICON = { error: '\u274c', warning: '\u26a0\ufe0f', notice: '\u2139\ufe0f' };
/** Heroku Connect's own diagnose, apart from the lint: its counts, and each error and warning with Heroku's rule id. */
function diagnoseSection(record, budget) {
    const report = record.diagnose;
    if (report === undefined)
        return [];
    const { errors, warnings, passes, skips } = report.counts;
    const lines = [
        '### Heroku Connect diagnose',
        '',
        `Heroku Connect's own checks (source: diagnose, not the lint): ${errors} error(s), ${warnings} warning(s), ${passes} passed, ${skips} skipped.`,
        '',
    ];
    const items = report.findings.map((f) => `- ${DIAGNOSE_ICON[f.level]} <code>${md(f.ruleId)}</code> (${md(f.object ?? 'connection')}): ${md(f.message)}`);
    const { taken } = (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .takeWhileFits */ .z8)(items, budget, (item) => (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .bytes */ .ee)(item) + 1);
    if (taken.length > 0)
        lines.push(...taken, '');
    if (taken.length < items.length)
        lines.push(`${items.length - taken.length} more diagnose findings do not fit here; the annotations and the SARIF file have them.`, '');
    return lines;
}
/** The checks Heroku Connect could not answer: not run, neither passed nor failed, each with why. */
function notRunSection(record, budget) {
    if (record.notRun.length === 0)
        return [];
    const items = record.notRun.map((entry) => `- \u23ed\ufe0f ${md(entry.check)}: not run, as Heroku Connect could not answer: ${md(entry.reason)}`);
    const { taken } = (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .takeWhileFits */ .z8)(items, budget, (item) => (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .bytes */ .ee)(item) + 1);
    return [
        `**${record.notRun.length} check${record.notRun.length === 1 ? '' : 's'} not run** (they count as neither passed nor failed):`,
        '',
        ...taken,
        '',
        ...(taken.length < items.length ? [`${items.length - taken.length} more do not fit here; the checks-not-run output has them all.`, ''] : []),
    ];
}
/** The deploy section when the lint stopped the deploy before it began. */
function renderDeploySkipped(reason) {
    return [HEADING, '', `\u23ed\ufe0f **Not deployed**: ${md(reason)} Nothing was imported.`, ''].join('\n');
}
/** The deploy's outcome for a terminal (the CLI); the error itself is printed on stderr. Values from the files or Heroku Connect are shown, never sent raw. */
function formatDeployText(record) {
    const target = record.resource
        ? `connection "${terminalText(record.resource)}" of app "${terminalText(record.app)}"${record.herokuPlan ? ` (plan ${terminalText(record.herokuPlan)})` : ''}`
        : `app "${terminalText(record.app)}"`;
    const took = formatDuration(record.elapsedMs);
    const outcome = record.error
        ? `Deploy to ${target} failed after ${took}${record.resource ? '' : ', before it reached a Heroku Connect connection'}; ${record.imported ? 'the import was accepted.' : 'nothing was imported.'}`
        : record.upToDate
            ? `Up to date: ${target} already has the files' mappings; nothing was imported.`
            : `Deployed to ${target} in ${took}${record.proven ? '; the live configuration matches the files' : ''}.${TABLES_CHECKED(record)}`;
    const lines = [outcome];
    if (record.changes && record.changes.length > 0) {
        // One push per line: spread into one call, a plan of a few hundred thousand changes overflowed the stack.
        lines.push(`Changes (${record.changes.length}):`);
        for (const change of record.changes)
            lines.push(`  ${change.care ? '\u26a0' : ' '} ${terminalText(change.object)}: ${terminalText(changeLabel(change))}`);
    }
    for (const entry of record.steps)
        lines.push(`Step ${terminalText(stepLine(entry))}`);
    if (record.resumedAfterFailure)
        lines.push(terminalText(record.resumedAfterFailure));
    if (record.apiVersionChanged && record.apiVersion)
        lines.push(`Salesforce API version: ${terminalText(record.apiVersion)} (changed by this deploy)`);
    if (record.connectionState)
        lines.push(`Connection state${observedNote(record)}: ${terminalText(record.connectionState)}`);
    const names = record.objectNames.map(terminalText);
    const width = names.reduce((widest, name) => Math.max(widest, name.length), 0);
    if (record.statesObservedAtMs !== undefined)
        record.objectNames.forEach((name, i) => {
            const mapping = record.mappingStates[name];
            lines.push(`  ${names[i].padEnd(width)}  ${mapping ? terminalText(`${mapping.state}${mapping.description ? ` (${mapping.description})` : ''}`) : 'not listed on the connection'}`);
        });
    if (record.backupFile)
        lines.push(`Backup of the live configuration: ${terminalText(record.backupFile)} (import it to undo this deploy)`);
    if (record.writeErrors && record.writeErrors.length > 0) {
        lines.push(`New write errors since the import: ${record.writeErrors.length}`);
        for (const error of record.writeErrors.slice(0, 20))
            lines.push(`  ${terminalText(error.table_name)} ${terminalText(error.record_id)} ${terminalText(error.created_at)}: ${terminalText(error.message)}`);
    }
    if (record.diagnose) {
        const { errors, warnings, passes, skips } = record.diagnose.counts;
        lines.push(`Heroku Connect diagnose: ${errors} error(s), ${warnings} warning(s), ${passes} passed, ${skips} skipped`);
        for (const f of record.diagnose.findings)
            lines.push(`  ${terminalText(f.file)}:${f.line}:${f.column} ${f.level} ${terminalText(f.ruleId)}: ${terminalText(f.message)}`);
    }
    for (const entry of record.notRun)
        lines.push(`Not run: ${terminalText(entry.check)}: ${terminalText(entry.reason)}`);
    if (record.deleted.length > 0)
        lines.push(`Deleted by prune (import the backup to restore): ${record.deleted.map(terminalText).join(', ')}`);
    const deleted = new Set(record.deleted);
    const leftInPlace = record.notInFiles.filter((name) => !deleted.has(name));
    if (leftInPlace.length > 0)
        lines.push(`Live mappings not in the files, left in place: ${leftInPlace.map(terminalText).join(', ')}`);
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 9775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fJ: () => (/* binding */ LAST_POLL_GRACE_MS),
  gc: () => (/* binding */ describeMapping),
  U6: () => (/* binding */ waitForImport),
  HC: () => (/* binding */ waitForRunningImport),
  oJ: () => (/* binding */ waitForState)
});

// EXTERNAL MODULE: ./src/core/errors.ts + 1 modules
var errors = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/clients/connect/states.ts
var states = __webpack_require__(4299);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/live/deploy/heartbeat.ts

/** In a log that keeps every line, a heartbeat comes at most this often: a 30-minute wait adds 30 lines, not 180. */
const LOGGED_BEAT_SPACING_MS = 60_000;
/**
 * A wait that shows life between state changes: every poll that changed nothing beats, with the
 * time waited, the states, what the wait is for and the time left. On a terminal each beat replaces
 * the last; in a log, a beat comes only after a minute without any line of the wait's.
 */
class Heartbeat {
    log;
    clock;
    deadline;
    started;
    lastLineAt;
    shown = false;
    constructor(log, clock, deadline) {
        this.log = log;
        this.clock = clock;
        this.deadline = deadline;
        this.started = clock.now();
        this.lastLineAt = this.started;
    }
    /** The wait logged a line of its own (a state change): the log is not silent, and a status line shown is gone. */
    logged() {
        this.lastLineAt = this.clock.now();
        this.shown = false;
    }
    /** A poll that changed nothing. */
    beat({ states, waitingFor }) {
        const now = this.clock.now();
        const line = `[${(0,core_text/* formatDuration */.a3)(now - this.started)}] Still waiting for ${waitingFor}: ${states}; ${(0,core_text/* formatDuration */.a3)(Math.max(0, this.deadline - now))} left.`;
        if (this.log.status) {
            this.log.status(line);
            this.shown = true;
        }
        else if (now - this.lastLineAt >= LOGGED_BEAT_SPACING_MS) {
            this.log.info(line);
            this.lastLineAt = now;
        }
    }
    /** The wait is over, however it ended: the status line is taken away, so what follows starts on a clean line. */
    end() {
        if (this.shown)
            this.log.status?.('');
        this.shown = false;
    }
}

;// CONCATENATED MODULE: ./src/live/deploy/wait.ts




/** The Connect calls of a wait end this long after its deadline, so that the poll made at the deadline can still be answered. */
const LAST_POLL_GRACE_MS = 5000;
/** States a mapping passes through when Heroku Connect applies a new configuration to it: entering one is evidence. */
const RELOADING = new Set(['INITIAL', 'SCHEMA_CHANGED', 'RESYNC', 'RELOAD_TABLE']);
/**
 * The content proof costs an export (every mapping's whole configuration), so it is tried only when
 * the states look settled (success needs that anyway) and no state shows the import yet: first at
 * once, then after one poll interval, doubling each time up to this. A detail that lagged is proven
 * within a poll or two; an import that never comes costs an export a minute, not one per poll.
 */
const PROOF_SPACING_CAP_MS = 60_000;
/** Waits for an import someone else started (IMPORT_CONFIGURATION) to end, and returns the detail then. */
async function waitForRunningImport(options) {
    const started = options.clock.now();
    return pollUntil(options, [], (detail) => (detail.state === 'IMPORT_CONFIGURATION' ? undefined : detail), () => new errors/* DeployFailure */.Qt(`Another import was still running on the connection (IMPORT_CONFIGURATION) after ${(0,core_text/* formatDuration */.a3)(options.clock.now() - started)}; nothing was imported. ` +
        'Deploy again once it has finished, or raise wait-timeout.'), () => 'the running import to finish (the connection to leave IMPORT_CONFIGURATION)');
}
/**
 * Waits until Heroku Connect has applied the import and every mapping it changes has synced.
 *
 * The detail lags the import: right after it is accepted, the connection can still show IDLE and the
 * old mappings, so IDLE alone proves nothing. Success needs evidence that this import was applied,
 * either of: IMPORT_CONFIGURATION seen after the import; or every mapping the import changes showing
 * it (a new `config.revision` or `config.applied_at`, entering a reloading state such as RESYNC, or
 * appearing when it is new); or the live configuration, exported again, matching the files (the
 * content proof). A mapping the import leaves as it is need not show anything: Heroku Connect does
 * not save it again. With evidence, the connection must be IDLE and every changed mapping DATA_SYNCED.
 *
 * It fails at once when the connection goes into an error state, or a mapping of the files into a
 * permanent error state that is this import's: a mapping that already had that state before, with
 * the same revision, is still showing the old configuration, so it is not blamed.
 */
async function waitForImport(before, expected, options) {
    const { clock } = options;
    const started = clock.now();
    const { objectNames } = expected;
    const previous = byObject(before.mappings);
    const changed = new Set(expected.changed.map((name) => name.toLowerCase()));
    /** Each changed mapping that has shown the import, with how. */
    const shown = new Map();
    /** The state each changed mapping was in at the last read, to see one enter a reloading state. */
    const lastState = new Map([...changed].map((key) => [key, previous.get(key)?.state]));
    let evidence;
    let proven = false;
    let nextProofAt = -Infinity;
    let proofSpacing = options.intervalMs;
    let lastMismatch;
    let last;
    const noteMappingEvidence = (current) => {
        for (const key of changed) {
            const now = current.get(key);
            const was = previous.get(key);
            const entered = now !== undefined && RELOADING.has(now.state) && !RELOADING.has(lastState.get(key) ?? '');
            lastState.set(key, now?.state);
            if (shown.has(key) || now === undefined)
                continue;
            const how = was === undefined
                ? `the new mapping ${now.object_name} appeared`
                : configChanged(was, now)
                    ? `${now.object_name} has a new revision`
                    : entered
                        ? `${now.object_name} went into ${now.state}`
                        : undefined;
            if (how !== undefined)
                shown.set(key, how);
        }
    };
    /** The content proof, spaced out as PROOF_SPACING_CAP_MS says; a proof that cannot be read now is tried again later. */
    const tryProof = async () => {
        if (clock.now() < nextProofAt)
            return false;
        nextProofAt = clock.now() + proofSpacing;
        proofSpacing = Math.min(proofSpacing * 2, PROOF_SPACING_CAP_MS);
        try {
            const mismatches = await expected.mismatches();
            lastMismatch = mismatches[0];
            return mismatches.length === 0;
        }
        catch (error) {
            if (!(error instanceof errors/* RemoteFailure */.p3))
                throw error;
            options.log.info(`The live configuration could not be exported to compare it with the files (${error.message}); trying again later.`);
            return false;
        }
    };
    const outcome = await pollUntil(options, objectNames, async (detail) => {
        last = detail;
        const current = byObject(detail.mappings);
        noteMappingEvidence(current);
        if (evidence === undefined) {
            if (detail.state === 'IMPORT_CONFIGURATION')
                evidence = 'the connection went into IMPORT_CONFIGURATION';
            else if (changed.size > 0 && shown.size === changed.size)
                evidence = [...shown.values()].join(', ');
            if (evidence !== undefined)
                options.log.info(`Heroku Connect has taken up the import: ${evidence}.`);
        }
        const connection = (0,states/* judgeConnection */.u)(detail.state, options.app);
        if (connection.kind === 'blocked') {
            throw new errors/* DeployFailure */.Qt(`After the import the connection went into ${detail.state}: ${connection.meaning}. ${connection.remedy} Mappings: ${listStates(objectNames, current)}.`);
        }
        const imported = objectNames.map((name) => ({ name, now: current.get(name.toLowerCase()), was: previous.get(name.toLowerCase()) }));
        const failed = imported.filter((m) => m.now !== undefined && (0,states/* judgeMapping */.K)(m.now.state) === 'failed' && (m.was === undefined || isNews(m.was, m.now)));
        if (failed.length > 0) {
            throw new errors/* DeployFailure */.Qt(`The import failed: ${failed.map((m) => describeMapping(m.name, m.now)).join('; ')}. ` +
                'Heroku Connect accepts any import and reports problems in the mapping state; fix the mapping and deploy again, or import the backup to go back.');
        }
        const settled = connection.kind === 'idle' && [...changed].every((key) => current.get(key)?.state === 'DATA_SYNCED');
        if (!settled)
            return undefined;
        if (evidence === undefined && (await tryProof())) {
            proven = true;
            evidence = 'the live configuration, exported again, matches the files';
            options.log.info(`Heroku Connect has applied the import: ${evidence}.`);
        }
        return evidence !== undefined ? detail : undefined;
    }, () => {
        const states = last ? `the connection is ${last.state}; ${listStates(objectNames, byObject(last.mappings))}` : 'no state could be read';
        const silent = expected.changed.filter((name) => !shown.has(name.toLowerCase()));
        const noSign = evidence === undefined
            ? ` Heroku Connect has shown no sign of applying the import yet: no IMPORT_CONFIGURATION state, no new revision or resync of ${silent.join(', ')}` +
                `${lastMismatch ? `, and the live configuration still differs from the files (${lastMismatch})` : ''}.`
            : '';
        return new errors/* DeployFailure */.Qt(`The import did not finish within ${(0,core_text/* formatDuration */.a3)(clock.now() - started)}: ${states}.${noSign} Raise wait-timeout if it needs longer.`);
    }, () => (evidence === undefined ? 'a sign that Heroku Connect has taken up the import' : `the connection to be IDLE and ${namesWithin(expected.changed)} to be DATA_SYNCED`));
    return { detail: outcome, evidence: evidence, proven };
}
/** Waits, on the same polls as the import's wait, for the state `target` awaits (pause, resume, restart, reload, a new API version). */
async function waitForState(options, target) {
    const started = options.clock.now();
    let last;
    return pollUntil(options, target.watched ?? [], (detail) => {
        last = detail;
        return target.judge(detail);
    }, () => {
        const watched = target.watched ?? [];
        const states = last ? `the connection is ${last.state}${watched.length > 0 ? `; ${listStates(watched, byObject(last.mappings))}` : ''}` : 'no state could be read';
        return new errors/* DeployFailure */.Qt(`Waited ${(0,core_text/* formatDuration */.a3)(options.clock.now() - started)} for ${target.awaited}, which did not happen: ${states}. Raise wait-timeout if it needs longer.`);
    });
}
/**
 * Polls every interval until `judge` returns a value or throws, or the deadline passes. The first poll
 * comes one interval after the start; the last one at the deadline, and a poll ends by the deadline. Each state change of the
 * connection and of the `watched` mappings is logged once, and each state this action does not know
 * is warned about once (other live mappings change state with every Salesforce poll: noise here).
 * A poll that changes none of them beats the heartbeat, with what `waitingFor` says the wait is for.
 */
async function pollUntil(options, watched, judge, timeout, waitingFor = () => 'a state change') {
    const { clock } = options;
    const started = clock.now();
    const seen = new Map();
    const unknown = new Set();
    const heartbeat = new Heartbeat(options.log, clock, options.deadline);
    /** Logs the subject's state when it changed, and says whether it did. */
    const observe = (subject, state, known) => {
        const before = seen.get(subject);
        if (before === state)
            return false;
        seen.set(subject, state);
        options.log.info(`[${(0,core_text/* formatDuration */.a3)(clock.now() - started)}] ${subject}: ${before === undefined ? state : `${before} \u2192 ${state}`}`);
        options.onChange?.({ subject, ...(before !== undefined && { from: before }), to: state });
        if (!known && !unknown.has(state)) {
            unknown.add(state);
            options.log.warning(`${subject} is in state ${state}, which this action does not know; it keeps waiting as if the state were transient.`);
        }
        return true;
    };
    const watchedKeys = new Set(watched.map((name) => name.toLowerCase()));
    try {
        for (;;) {
            const remaining = options.deadline - clock.now();
            if (remaining <= 0)
                throw timeout();
            await clock.sleep(Math.min(options.intervalMs, remaining));
            const detail = await options.poll().catch((error) => {
                // The poll that could not be answered says what was pending and why; the wait says where it stood.
                throw error instanceof errors/* RemoteFailure */.p3 ? new errors/* RemoteFailure */.p3(error.service, error.reason, `${timeout().message} ${error.message}`) : error;
            });
            options.onPoll?.(detail);
            const mappings = detail.mappings.filter((mapping) => watchedKeys.has(mapping.object_name.toLowerCase()));
            let changed = observe('connection', detail.state, (0,states/* judgeConnection */.u)(detail.state, options.app).kind !== 'unknown');
            for (const mapping of mappings)
                changed = observe(mapping.object_name, mapping.state, (0,states/* judgeMapping */.K)(mapping.state) !== 'unknown') || changed;
            const outcome = await judge(detail);
            if (outcome !== undefined)
                return outcome;
            if (changed)
                heartbeat.logged();
            else
                heartbeat.beat({ states: statesNow(detail.state, mappings), waitingFor: waitingFor() });
        }
    }
    finally {
        heartbeat.end();
    }
}
/** A heartbeat names at most this many mappings per state; more are counted. */
const NAMES_PER_STATE = 3;
/** `connection IDLE; DATA_SYNCED: Account, Contact; RESYNC: 12 mappings`: the states of one read, in a line of bounded length. */
function statesNow(connection, mappings) {
    const byState = new Map();
    for (const mapping of mappings) {
        const names = byState.get(mapping.state);
        if (names)
            names.push(mapping.object_name);
        else
            byState.set(mapping.state, [mapping.object_name]);
    }
    return [`connection ${connection}`, ...[...byState].map(([state, names]) => `${state}: ${names.length > NAMES_PER_STATE ? `${names.length} mappings` : names.join(', ')}`)].join('; ');
}
/** `Account, Contact and 4 more`: the names a line has room for. */
function namesWithin(names) {
    return names.length > NAMES_PER_STATE ? `${names.slice(0, NAMES_PER_STATE).join(', ')} and ${names.length - NAMES_PER_STATE} more` : names.join(', ');
}
function byObject(mappings) {
    return new Map(mappings.map((mapping) => [mapping.object_name.toLowerCase(), mapping]));
}
function configChanged(was, now) {
    const revision = (m) => m.config?.revision;
    const appliedAt = (m) => m.config?.applied_at;
    return (revision(now) !== undefined && revision(now) !== revision(was)) || (appliedAt(now) !== undefined && appliedAt(now) !== appliedAt(was));
}
/** A state this import can be blamed for: the mapping's configuration or its state changed since before the import. */
function isNews(was, now) {
    return configChanged(was, now) || was.state !== now.state;
}
function describeMapping(name, mapping) {
    if (mapping === undefined)
        return `${name} not listed yet`;
    return `${name} ${mapping.state}${mapping.state_description ? ` (${mapping.state_description})` : ''}`;
}
function listStates(objectNames, current) {
    return objectNames.map((name) => describeMapping(name, current.get(name.toLowerCase()))).join(', ');
}


/***/ }),

/***/ 7642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hi: () => (/* binding */ writeErrorsSince),
/* harmony export */   f: () => (/* binding */ newWriteErrors),
/* harmony export */   u$: () => (/* binding */ writeErrorsByTable)
/* harmony export */ });
/** The write errors of `after` that `before` did not have, by id. */
function newWriteErrors(before, after) {
    const seen = new Set(before.map((error) => error.id));
    return after.filter((error) => !seen.has(error.id));
}
/** The write errors created at or after `since` (clock time); one whose time cannot be read is kept. */
function writeErrorsSince(errors, since) {
    return errors.filter((error) => {
        const at = Date.parse(error.created_at);
        return Number.isNaN(at) || at >= since;
    });
}
/** By table (the mapping's table name), tables in order of first appearance, newest error first within each. */
function writeErrorsByTable(errors) {
    const tables = new Map();
    for (const error of errors) {
        const list = tables.get(error.table_name) ?? [];
        list.push(error);
        tables.set(error.table_name, list);
    }
    for (const list of tables.values())
        list.sort((a, b) => b.created_at.localeCompare(a.created_at));
    return [...tables];
}


/***/ })

};

//# sourceMappingURL=791.index.js.map