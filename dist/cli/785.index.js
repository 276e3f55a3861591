export const id = 785;
export const ids = [785,412];
export const modules = {

/***/ 412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
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
/* harmony export */   Kb: () => (/* binding */ schemaDdl),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   UP: () => (/* binding */ hasStatusColumns),
/* harmony export */   Yi: () => (/* binding */ CONNECT_OWN_TABLES),
/* harmony export */   cf: () => (/* binding */ expectedTables)
/* harmony export */ });
/* unused harmony exports columnName, indexName */
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

/***/ 7797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ diagnoseFindings),
/* harmony export */   r: () => (/* binding */ mappingPlaces)
/* harmony export */ });
/* harmony import */ var _lint_parse_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6842);
/* harmony import */ var _lint_parse_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7064);
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6153);



/**
 * Where each mapping's object_name stands in the files, by lower-cased object name. A file that
 * cannot be read or parsed places nothing (the lint reports it); the first file's first line takes
 * what has no mapping line.
 */
async function mappingPlaces(files) {
    const byObject = new Map();
    for (const ref of files) {
        const format = (0,_lint_parse_source_js__WEBPACK_IMPORTED_MODULE_1__/* .formatOf */ .be)(ref.file);
        const read = (0,_lint_parse_source_js__WEBPACK_IMPORTED_MODULE_1__/* .readSource */ .o$)(ref.absolutePath, format, ref.confinedTo);
        if (!read.ok)
            continue;
        const parsed = await (0,_lint_parse_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSource */ .P)(read.text, format);
        const value = parsed.value;
        if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(value) || !Array.isArray(value.mappings))
            continue;
        const named = value.mappings.flatMap((mapping, i) => ((0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(mapping) && typeof mapping.object_name === 'string' ? [{ name: mapping.object_name, i }] : []));
        const ranges = parsed.locate(named.map(({ i }) => ({ path: ['mappings', i, 'object_name'] })));
        named.forEach(({ name }, index) => {
            const { start } = ranges[index];
            const key = name.toLowerCase();
            if (!byObject.has(key))
                byObject.set(key, { file: ref.file, line: start.line, column: start.column });
        });
    }
    const first = files[0];
    return { byObject, ...(first && { fallback: { file: first.file, line: 1, column: 1 } }) };
}
/**
 * Each error and warning of the diagnose as a finding with Heroku's rule id and message: at the
 * mapping's object_name line when it concerns a mapping, at the first file's first line otherwise.
 * The level is the list Heroku put the check in (every failed check says FAILED; errors and warnings
 * tell the severity). Passes and skips are only counted. The connection result's own `mappings`
 * part is not read: each diagnosed mapping's answer covers it.
 */
function diagnoseFindings(results, places) {
    const findings = [];
    const counts = { errors: 0, warnings: 0, passes: 0, skips: 0 };
    const add = (checks, object) => {
        counts.errors += checks.errors.length;
        counts.warnings += checks.warnings.length;
        counts.passes += checks.passes.length;
        counts.skips += checks.skips.length;
        const place = (object !== undefined && places.byObject.get(object.toLowerCase())) || places.fallback;
        const levels = [
            ['error', checks.errors],
            ['warning', checks.warnings],
        ];
        for (const [level, list] of levels)
            for (const check of list)
                findings.push(toFinding(check, level, object, place));
    };
    add(results.connection, undefined);
    for (const { object, results: checks } of results.mappings)
        add(checks, object);
    return { findings, counts };
}
function toFinding(check, level, object, place) {
    const subject = object === undefined ? 'the connection' : `the ${object} mapping`;
    const message = `Heroku Connect diagnose of ${subject}, ${check.display_name}: ${check.message || 'failed'}${check.doc_url ? ` (${check.doc_url})` : ''}`;
    return {
        source: 'diagnose',
        ruleId: check.rule_id ?? check.display_name,
        level,
        message,
        file: place?.file ?? '',
        line: place?.line ?? 1,
        column: place?.column ?? 1,
        ...(object !== undefined && { object }),
        ...(check.doc_url && { docUrl: check.doc_url }),
    };
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

//# sourceMappingURL=785.index.js.map