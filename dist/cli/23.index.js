export const id = 23;
export const ids = [23];
export const modules = {

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


/***/ })

};

//# sourceMappingURL=23.index.js.map