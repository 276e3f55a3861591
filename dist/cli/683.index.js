export const id = 683;
export const ids = [683,23];
export const modules = {

/***/ 7683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   schemaCommand: () => (/* binding */ schemaCommand)
/* harmony export */ });
/* harmony import */ var _clients_postgres_database_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(705);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1586);
/* harmony import */ var _core_http_clock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2054);
/* harmony import */ var _core_output_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(706);
/* harmony import */ var _interface_inputs_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1954);
/* harmony import */ var _lint_discover_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8698);
/* harmony import */ var _lint_describe_load_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4023);
/* harmony import */ var _live_database_tables_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2597);
/* harmony import */ var _plan_document_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7990);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(776);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1145);











/** How long --apply may take, connecting included: DDL for a few hundred tables is quick on an empty database. */
const APPLY_LIMIT_MS = 120_000;
/** `schema`: the DDL of the tables Connect would create, printed, or with --apply created in a development database. */
async function schemaCommand(parsed, io) {
    const flags = (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .cliSource */ .kJ)('schema', parsed, io.env);
    const apply = (0,_interface_inputs_read_js__WEBPACK_IMPORTED_MODULE_4__/* .getBoolean */ .pW)(flags, 'apply');
    // Read (and registered as a secret) first, and refused on an untrusted event before any file is read.
    const url = apply ? (0,_interface_inputs_read_js__WEBPACK_IMPORTED_MODULE_4__/* .getSecret */ .r6)(flags, 'database-url') : '';
    if (apply && url === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('--apply needs the development database: --database-url <url> or HEROKU_CONNECT_DATABASE_URL.');
    if (apply)
        (0,_interface_inputs_read_js__WEBPACK_IMPORTED_MODULE_4__/* .requireTrustedEventFor */ .IH)(flags, 'the database URL');
    if (parsed.positionals.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`schema needs the mapping files. Run ${_options_js__WEBPACK_IMPORTED_MODULE_9__/* .PROGRAM */ .RX} schema --help for its options.`);
    const schema = (0,_interface_inputs_read_js__WEBPACK_IMPORTED_MODULE_4__/* .getString */ .AA)(flags, 'schema-name');
    if (schema === '' || Buffer.byteLength(schema) > 63 || /[\u0000-\u001f]/.test(schema)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`--schema-name "${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalText */ .eR)(schema)}" is not a PostgreSQL schema name: use 1 to 63 bytes without control characters, such as salesforce.`);
    }
    const { targets: files, unmatched } = await (0,_lint_discover_js__WEBPACK_IMPORTED_MODULE_5__/* .discover */ .k4)({ root: io.cwd, namedMayLeaveRoot: true }, parsed.positionals);
    for (const pattern of unmatched)
        io.stderr.write(`warning: No mapping file matches "${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalText */ .eR)(pattern)}".\n`);
    const describe = await (0,_lint_describe_load_js__WEBPACK_IMPORTED_MODULE_6__.loadDescribeFiles)((0,_interface_inputs_read_js__WEBPACK_IMPORTED_MODULE_4__/* .getList */ .vS)(flags, 'describe'), io.cwd, true);
    const tables = (0,_live_database_tables_js__WEBPACK_IMPORTED_MODULE_7__/* .expectedTables */ .cf)(await (0,_plan_document_js__WEBPACK_IMPORTED_MODULE_8__/* .mergeMappingFiles */ .k)(files), describe.size > 0 ? describe : undefined);
    const ddl = (0,_live_database_tables_js__WEBPACK_IMPORTED_MODULE_7__/* .schemaDdl */ .Kb)(tables, schema);
    if (!apply) {
        // Line by line: the names come from the files, and a control character in one must not reach the terminal.
        io.stdout.write(ddl.split('\n').map(_core_output_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalText */ .eR).join('\n'));
        return _shared_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .dc.ok;
    }
    const clock = io.clock ?? _core_http_clock_js__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .ml;
    const where = await (0,_clients_postgres_database_js__WEBPACK_IMPORTED_MODULE_0__/* .withDatabase */ .kR)({ url, deadline: clock.now() + APPLY_LIMIT_MS, clock, writable: true }, async (database) => {
        const [found] = await database.query(`look for Connect's trigger log in schema ${schema}`, 'SELECT to_regclass($1)::text AS log', [`${(0,_live_database_tables_js__WEBPACK_IMPORTED_MODULE_7__/* .quoted */ .TL)(schema)}._trigger_log`]);
        if (found?.log) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Schema ${schema} of ${(0,_clients_postgres_database_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAddress */ .KU)(database.address)} holds Connect's _trigger_log: it is a live Heroku Connect database, not a development one. --apply creates tables only where Connect is not.`);
        }
        await database.query(`create the tables of schema ${schema}`, ddl);
        return (0,_clients_postgres_database_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAddress */ .KU)(database.address);
    });
    io.stdout.write(`Created schema ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalText */ .eR)(schema)} with ${tables.length} table(s) in ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalText */ .eR)(where)}.\n`);
    return _shared_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .dc.ok;
}


/***/ }),

/***/ 4023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadDescribeFiles: () => (/* binding */ loadDescribeFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3382);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1586);
/* harmony import */ var _core_fs_glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4089);
/* harmony import */ var _core_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2754);
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2085);
/* harmony import */ var _parse_json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3647);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9026);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9454);
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6153);











const IGNORED = ['**/node_modules/**', '**/.git/**'];
const ACCEPTED_SHAPES = 'an sObject describe (GET /services/data/vXX.X/sobjects/{Object}/describe/), ' +
    'a global describe (GET /services/data/vXX.X/sobjects/), ' +
    'the output of "sf sobject describe --sobject {Object} --json", or a JSON array of these';
const SAVE_COMMAND = '"sf sobject describe --sobject {Object} --json > file.json"';
/**
 * Loads describe snapshots named by globs or plain paths relative to `root`. Files are added in
 * pattern order, then path order within a glob, so a later file's flags win (see `DescribeIndex.add`);
 * a file matched twice is read once, where it first appeared. Files are read inside `root` (the
 * workspace), unless `namedMayLeaveRoot` (the CLI, where the user names files on their own machine);
 * globs never follow a symlink, so a search cannot lead out of the folder it searches.
 */
async function loadDescribeFiles(patterns, root, namedMayLeaveRoot = false) {
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
    const confinedTo = namedMayLeaveRoot ? null : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(base);
    const files = new Map();
    for (const pattern of patterns) {
        if (confinedTo !== null)
            stayInside(pattern, base);
        for (const file of await filesMatching(pattern, base)) {
            if (!files.has(file))
                files.set(file, shownPath(base, file));
        }
    }
    const documents = await Promise.all([...files].map(([file, shown]) => readDocument(file, shown, confinedTo)));
    const index = new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .DescribeIndex */ .q();
    documents.forEach((document) => collect(document.value, document.shown, '', index));
    return index;
}
/**
 * In the action a describe path or glob stays inside the workspace, checked as written before
 * anything is looked at: no error may name, or tell the existence of, a file outside. A ".."
 * segment is refused anywhere in it, since a glob's ".." is resolved only while searching.
 */
function stayInside(pattern, base) {
    if (pattern.split(/[\\/]/).includes('..') || !(0,_core_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .FK)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, pattern), base)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The describe pattern "${pattern}" leaves the workspace (${base}); describe paths and globs are relative to the workspace and stay inside it, without "..".`);
    }
}
async function filesMatching(pattern, base) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, pattern);
    // A path that exists is taken literally, so names with glob characters such as "Account[1].json" still load.
    const info = await statOrUndefined(path, pattern);
    if (info?.isFile())
        return [path];
    if (info?.isDirectory()) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The describe path "${pattern}" is a directory. To load the describe files in it, use a glob such as "${node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(pattern, '*.json')}".`);
    }
    if (!(0,tinyglobby__WEBPACK_IMPORTED_MODULE_10__.isDynamicPattern)(pattern))
        throw await notFound(pattern, path, base);
    (0,_core_fs_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .checkGlob */ .pY)(pattern, 'describe pattern');
    const found = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_10__.glob)(pattern, { cwd: base, absolute: true, expandDirectories: false, ignore: IGNORED, followSymbolicLinks: false, extglob: false });
    if (found.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The describe pattern "${pattern}" matched no files under ${base} (node_modules and .git are not searched). ` + `Check the pattern, or save a describe there first with ${SAVE_COMMAND}.`);
    }
    return found.map((file) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(file)).sort();
}
async function statOrUndefined(path, pattern) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The describe path "${pattern}" cannot be read (${code ?? String(error)}).`);
    }
}
async function notFound(pattern, path, base) {
    const siblings = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path)).catch(() => undefined);
    const where = `The describe file "${pattern}" does not exist (paths are relative to ${base}).`;
    if (siblings === undefined)
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where} Its folder does not exist either.`);
    const match = (0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .suggest */ .Z)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path), siblings);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(match ? `${where} Did you mean "${node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(pattern), match)}"?` : where);
}
function shownPath(base, file) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, file).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
async function readDocument(file, shown, confinedTo) {
    const read = (0,_core_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .readConfined */ .Hz)(file, confinedTo);
    if (!read.ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The describe file "${shown}" cannot be read: ${read.message}`);
    const { value, problems } = (0,_parse_json_js__WEBPACK_IMPORTED_MODULE_6__/* .parseJson */ .q)(decode(read.bytes, shown));
    // Duplicate keys, which parseJson also reports, do not matter in describe data.
    const syntax = problems.find((problem) => problem.kind !== 'duplicate-key');
    if (syntax) {
        const { line, column } = syntax.range.start;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${shown}:${line}:${column}: ${syntax.message} A describe file must be the JSON that Salesforce returns; save it again with ${SAVE_COMMAND}.`);
    }
    return { shown, value };
}
/** Windows PowerShell 5 saves `sf ... --json > file` as UTF-16 with a byte-order mark; anything else must be UTF-8. */
function decode(bytes, shown) {
    const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
    try {
        return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The describe file "${shown}" is not valid ${encoding.toUpperCase()} text. Save it again with ${SAVE_COMMAND}.`);
    }
}
/** Recognises each value by its shape: `path` locates it inside the file for messages. */
function collect(value, file, path, index) {
    const where = `The describe file "${file}"${path === '' ? '' : ` at ${path}`}`;
    if (Array.isArray(value)) {
        value.forEach((item, i) => collect(item, file, `${path}[${i}]`, index));
    }
    else if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_8__/* .isRecord */ .u4)(value)) {
        throw unrecognised(where, value);
    }
    else if (isCliOutput(value)) {
        if (value.status !== 0)
            throw cliFailure(value, where);
        collect(value.result, file, path === '' ? 'result' : `${path}.result`, index);
    }
    else if (Array.isArray(value.sobjects)) {
        value.sobjects.forEach((entry, i) => index.add((0,_shape_js__WEBPACK_IMPORTED_MODULE_7__/* .objectFlags */ .fN)(entry, `${where}, sobjects[${i}]`)));
    }
    else if ((0,_shape_js__WEBPACK_IMPORTED_MODULE_7__/* .isSObjectDescribe */ .ue)(value)) {
        index.add((0,_shape_js__WEBPACK_IMPORTED_MODULE_7__/* .fullDescribe */ .zf)(value, where));
    }
    else {
        throw unrecognised(where, value);
    }
}
/** `sf ... --json` prints `{status, result, warnings}` on success and `{status, name, message, ...}` on failure. */
function isCliOutput(value) {
    return typeof value.status === 'number' && ('result' in value || typeof value.message === 'string');
}
function cliFailure(output, where) {
    const name = typeof output.name === 'string' ? `, ${output.name}` : '';
    const message = typeof output.message === 'string' ? `"${output.message}"` : 'no message';
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where} is the output of a Salesforce CLI command that failed (status ${String(output.status)}${name}): ${message}. ` + `Fix the cause, then save it again with ${SAVE_COMMAND}.`);
}
function unrecognised(where, value) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where} is not describe data: found ${(0,_shape_js__WEBPACK_IMPORTED_MODULE_7__/* .summarize */ .eh)(value)}. Accepted: ${ACCEPTED_SHAPES}.`);
}


/***/ }),

/***/ 9026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   fN: () => (/* binding */ objectFlags),
/* harmony export */   ue: () => (/* binding */ isSObjectDescribe),
/* harmony export */   zf: () => (/* binding */ fullDescribe)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1586);
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6153);


/** An sObject describe has a name and a field list; a global describe entry has no fields. */
function isSObjectDescribe(value) {
    return typeof value.name === 'string' && Array.isArray(value.fields);
}
const OBJECT_FLAGS = ['queryable', 'updateable', 'createable', 'custom'];
const FIELD_FLAGS = ['externalId', 'unique', 'createable', 'updateable', 'nillable', 'defaultedOnCreate', 'calculated'];
const FIELD_NULLABLE_STRINGS = ['relationshipName', 'compoundFieldName'];
/**
 * The object-level flags of a global describe entry or an sObject describe. `where` names the place
 * in the input for the message. A property of the wrong type is dropped rather than refused: the
 * rules read a missing property as "not known" and report nothing on it.
 */
function objectFlags(raw, where) {
    const object = { name: nameOf(raw, where, 'a Salesforce object') };
    const record = raw;
    for (const key of OBJECT_FLAGS) {
        const value = record[key];
        if (typeof value === 'boolean')
            object[key] = value;
    }
    return object;
}
/** An sObject describe reduced to what `DescribedObject` holds: real describes carry dozens of properties per field. */
function fullDescribe(raw, where) {
    return { ...objectFlags(raw, where), fields: raw.fields.map((field, i) => describedField(field, `${where}, fields[${i}]`)) };
}
function describedField(raw, where) {
    const field = { name: nameOf(raw, where, 'a field') };
    const record = raw;
    if (typeof record.type === 'string')
        field.type = record.type;
    if (typeof record.length === 'number' && Number.isInteger(record.length) && record.length >= 0)
        field.length = record.length;
    for (const key of FIELD_FLAGS) {
        const value = record[key];
        if (typeof value === 'boolean')
            field[key] = value;
    }
    for (const key of FIELD_NULLABLE_STRINGS) {
        const value = record[key];
        if (typeof value === 'string' || value === null)
            field[key] = value;
    }
    const referenceTo = record.referenceTo;
    if (Array.isArray(referenceTo) && referenceTo.every((target) => typeof target === 'string'))
        field.referenceTo = referenceTo;
    return field;
}
function nameOf(raw, where, what) {
    const name = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(raw) ? raw.name : undefined;
    if (typeof name === 'string' && name !== '')
        return name;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: expected ${what} with a "name", found ${summarize(raw)}.`);
}
/** A short account of a JSON value for a message: its type, and an object's first keys. */
function summarize(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return `an array of ${value.length}`;
    if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value))
        return `a ${typeof value}`;
    const keys = Object.keys(value);
    if (keys.length === 0)
        return 'an empty object';
    const shown = keys
        .slice(0, 5)
        .map((key) => `"${key}"`)
        .join(', ');
    return `an object with keys ${shown}${keys.length > 5 ? ` and ${keys.length - 5} more` : ''}`;
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

/***/ 7990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ mergeMappingFiles)
/* harmony export */ });
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6153);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1586);
/* harmony import */ var _lint_parse_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7064);
/* harmony import */ var _lint_parse_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6842);





/** The connection-section keys kept as written; several files must agree on them, or which one applies is a guess. */
const KEPT_CONNECTION_KEYS = ['features', 'api_version', 'logplex_log_enabled'];
/**
 * Reads the selected mapping files (JSON or YAML) into the one document the import takes: every
 * mapping, the first `connection` section, `version` 1. An object mapped twice, in one file or in
 * two, is refused, since the import would keep one of them without saying which.
 */
async function mergeMappingFiles(files) {
    if (files.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('There is no mapping file to deploy: the files selected for the lint matched none.');
    const mappings = [];
    const mappedIn = new Map();
    let connection;
    for (const ref of files) {
        const { file } = ref;
        const document = await readDocument(ref);
        document.mappings.forEach((mapping, i) => {
            if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(mapping) || typeof mapping.object_name !== 'string' || mapping.object_name === '') {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Mapping ${i + 1} in "${file}" has no object_name, so it cannot be imported.`);
            }
            // Salesforce object names are case-insensitive, and so is Connect's lookup of a mapping.
            const key = mapping.object_name.toLowerCase();
            const earlier = mappedIn.get(key);
            if (earlier !== undefined) {
                const where = earlier === file ? `twice in "${file}"` : `in both "${earlier}" and "${file}"`;
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Object "${mapping.object_name}" is mapped ${where}. A connection has one mapping per object: keep one of them.`);
            }
            mappedIn.set(key, file);
            mappings.push(mapping);
        });
        if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(document.connection))
            continue;
        if (connection === undefined) {
            connection = { section: document.connection, file };
            continue;
        }
        const differing = KEPT_CONNECTION_KEYS.filter((key) => !(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .sameJson */ .Vk)(connection.section[key], document.connection[key]));
        if (differing.length > 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The "connection" sections of "${connection.file}" and "${file}" differ in ${differing.join(', ')}; one import can carry only one. ` +
                'Make them agree, or remove the section from all but one file.');
        }
    }
    return { mappings, ...(connection && { connection: connection.section }), version: 1 };
}
async function readDocument({ file, absolutePath, confinedTo }) {
    const format = (0,_lint_parse_source_js__WEBPACK_IMPORTED_MODULE_2__/* .formatOf */ .be)(file);
    const read = (0,_lint_parse_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readSource */ .o$)(absolutePath, format, confinedTo);
    if (!read.ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`"${file}" cannot be deployed: ${read.problem.message}`);
    const parsed = await (0,_lint_parse_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSource */ .P)(read.text, format);
    const value = parsed.value;
    if (value === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`"${file}" cannot be deployed: ${parsed.problems[0]?.message ?? 'it does not parse.'}`);
    }
    if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value) || !Array.isArray(value.mappings)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`"${file}" cannot be deployed: it has no top-level "mappings" list, so it is not a Heroku Connect mapping file.`);
    }
    return value;
}


/***/ })

};

//# sourceMappingURL=683.index.js.map