export const id = 831;
export const ids = [831];
export const modules = {

/***/ 1831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/errors.ts
/**
 * An error the user caused: a wrong input, a missing file, a connection that cannot take an import.
 * It is reported as a clear message without a stack trace; anything else is an internal failure.
 */
class errors_ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/**
 * The deploy ran and did not succeed: Heroku Connect answered with an error or could not be reached,
 * the import landed in an error state, or it did not settle in time. Neither a bug (no stack trace)
 * nor a wrong input: the CLI exits 1 for it, as for a failed lint.
 */
class DeployFailure extends Error {
    name = 'DeployFailure';
}
function errors_errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./node_modules/@humanwhocodes/momoa/dist/momoa.js
var momoa = __webpack_require__(3162);
;// CONCATENATED MODULE: ./src/parse/parsed.ts
const DOCUMENT_START = { start: { line: 1, column: 1 } };
/** Builds a locator lazily and keeps it. */
function lazy(build) {
    let locator;
    return () => (locator ??= build());
}

;// CONCATENATED MODULE: ./src/parse/json.ts


/**
 * Parses JSON on the fast path (JSON.parse) and builds a syntax tree with positions only when
 * something must be placed: a syntax error, a duplicate key, or a finding from a rule.
 */
function parseJson(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { problems: [syntaxProblem(text, error)], locator: () => ({ locate: () => DOCUMENT_START }) };
    }
    const tree = lazy(() => new JsonLocator((0,momoa/* parse */.qg)(text, { mode: 'json' })));
    const problems = countKeysInText(text) === countKeysInValue(value) ? [] : duplicateKeys(tree());
    return { value, problems, locator: tree };
}
function syntaxProblem(text, error) {
    // momoa reports the line and column of a syntax error; JSON.parse's message wording varies by Node version.
    try {
        (0,momoa/* parse */.qg)(text, { mode: 'json' });
    }
    catch (astError) {
        const { line, column, offset, message } = astError;
        if (line !== undefined && column !== undefined) {
            return { ruleId: 'invalid-json', message: `The file is not valid JSON: ${explainSyntaxError(text, message, offset)}`, range: { start: { line, column } } };
        }
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ruleId: 'invalid-json', message: `The file is not valid JSON: ${message}`, range: DOCUMENT_START };
}
const TOKEN_TEXT = {
    LBrace: '{', RBrace: '}', LBracket: '[', RBracket: ']', Comma: ',', Colon: ':',
    String: 'a string', Number: 'a number', Boolean: 'true/false', Null: 'null', Identifier: 'a bare word',
};
/** Rewrites the parser's token names into what the user sees in the file, and names the usual causes. */
function explainSyntaxError(text, message, offset) {
    const token = /Unexpected token (\w+)/.exec(message)?.[1];
    if (token === undefined)
        return message.replace(/\s*\(\d+:\d+\)\s*$/, '').replace(/\.?$/, '.');
    const found = TOKEN_TEXT[token] ?? token;
    const before = offset === undefined ? '' : text.slice(0, offset).trimEnd().at(-1);
    if ((token === 'RBrace' || token === 'RBracket') && before === ',') {
        return `unexpected "${found}" after a comma. JSON allows no trailing comma: remove the comma before it.`;
    }
    if (before !== undefined && /["\d\]}el]/.test(before) && ['String', 'LBrace', 'LBracket', 'Number'].includes(token)) {
        return `unexpected ${found}. A comma is probably missing before it.`;
    }
    return `unexpected ${found.length === 1 ? `"${found}"` : found}.`;
}
/**
 * Counts the object keys in valid JSON text without building a tree. Outside strings, JSON has no
 * quote characters, so jumping from one string to the next visits every string exactly once;
 * a string followed by a colon is a key.
 */
function countKeysInText(text) {
    let keys = 0;
    let i = text.indexOf('"');
    while (i !== -1) {
        let end = text.indexOf('"', i + 1);
        while (isEscaped(text, end))
            end = text.indexOf('"', end + 1);
        let next = end + 1;
        let code = text.charCodeAt(next);
        while (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09)
            code = text.charCodeAt(++next);
        if (code === 0x3a)
            keys++;
        i = text.indexOf('"', next);
    }
    return keys;
}
function isEscaped(text, quote) {
    let backslashes = 0;
    for (let j = quote - 1; text.charCodeAt(j) === 0x5c; j--)
        backslashes++;
    return backslashes % 2 === 1;
}
function countKeysInValue(value) {
    if (typeof value !== 'object' || value === null)
        return 0;
    let keys = 0;
    // Plain loops: this walks every node of a clean file, so it must not allocate.
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
            keys += countKeysInValue(value[i]);
        return keys;
    }
    for (const key in value)
        keys += 1 + countKeysInValue(value[key]);
    return keys;
}
function duplicateKeys(locator) {
    const problems = [];
    const visit = (node, path) => {
        if (node.type === 'Object') {
            const seen = new Map();
            for (const member of node.members) {
                const first = seen.get(nameOf(member));
                if (first) {
                    problems.push({
                        ruleId: 'duplicate-key',
                        message: `The key "${nameOf(member)}" appears again in ${path || 'the document'} (first on line ${first.name.loc.start.line}). ` +
                            'JSON.parse, and so Heroku Connect, silently keeps only the last one: remove or merge the duplicate.',
                        range: rangeOf(member.name),
                    });
                }
                else {
                    seen.set(nameOf(member), member);
                }
                visit(member.value, `${path}/${nameOf(member)}`);
            }
        }
        else if (node.type === 'Array') {
            node.elements.forEach((element, index) => visit(element.value, `${path}/${index}`));
        }
    };
    visit(locator.document.body, '');
    return problems;
}
class JsonLocator {
    document;
    constructor(document) {
        this.document = document;
    }
    locate(path, at) {
        let node = this.document.body;
        let key;
        for (const segment of path) {
            const child = this.child(node, segment);
            if (!child)
                return rangeOf(key ?? node);
            ({ node, key } = child);
        }
        return rangeOf(at === 'key' && key ? key : node);
    }
    child(node, segment) {
        if (node.type === 'Object') {
            // JSON.parse keeps the last of duplicate keys, so the last member is the one the value came from.
            const member = node.members.findLast((m) => nameOf(m) === String(segment));
            return member && { node: member.value, key: member.name };
        }
        if (node.type === 'Array' && typeof segment === 'number') {
            const element = node.elements[segment];
            return element && { node: element.value };
        }
        return undefined;
    }
}
function rangeOf(node) {
    const { start, end } = node.loc;
    return { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } };
}
/** In JSON mode member names are always strings; identifiers only occur in JSON5. */
function nameOf(member) {
    return member.name.type === 'String' ? member.name.value : member.name.name;
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/parse/source.ts


/** Files above this size are refused with one finding: a real connection export is well under 5 MB. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;
const START = { start: { line: 1, column: 1 } };
function formatOf(path) {
    return /\.ya?ml$/i.test(path) ? 'yaml' : 'json';
}
/** Reads a file as UTF-8 text, turning every way it can fail into one clear problem. */
async function readSource(absolutePath, format) {
    let bytes;
    try {
        const info = await (0,promises_.stat)(absolutePath);
        if (!info.isFile())
            return fail('unreadable-file', 'This path is not a regular file, so it cannot be linted.');
        if (info.size > MAX_FILE_BYTES) {
            return fail('unreadable-file', `The file is ${formatBytes(info.size)}, over the ${formatBytes(MAX_FILE_BYTES)} limit for a mapping file; ` +
                'a real Heroku Connect export is far smaller. Check that this is the file you meant.');
        }
        bytes = await (0,promises_.readFile)(absolutePath);
    }
    catch (error) {
        return fail('unreadable-file', `The file cannot be read (${describeFsError(error)}).`);
    }
    return decode(bytes, format);
}
function decode(bytes, format) {
    const kind = format === 'yaml' ? 'YAML' : 'JSON';
    if (isBlank(bytes)) {
        return fail('invalid-json', `The file is empty: a mapping file is a ${kind} document with a "mappings" array.`);
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        return failAt(bytes, nul, 'invalid-json', `The file is binary (it contains a NUL byte), not ${kind} text.`);
    }
    if (!(0,external_node_buffer_.isUtf8)(bytes)) {
        return failAt(bytes, firstInvalidUtf8(bytes), 'invalid-json', `The file is not valid UTF-8 text. Save it as UTF-8 (heroku connect:export writes UTF-8).`);
    }
    let text = bytes.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) {
        if (format === 'json') {
            return fail('invalid-json', 'The file starts with a byte-order mark, which JSON.parse (and so heroku connect:import) rejects. Save it as UTF-8 without BOM.');
        }
        text = text.slice(1);
    }
    return { ok: true, text };
}
function isBlank(bytes) {
    for (const byte of bytes) {
        if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09)
            return false;
    }
    return true;
}
function fail(ruleId, message) {
    return { ok: false, problem: { ruleId, message, range: START } };
}
function failAt(bytes, offset, ruleId, message) {
    const before = bytes.subarray(0, offset);
    let line = 1;
    let lineStart = 0;
    for (let i = before.indexOf(10); i !== -1; i = before.indexOf(10, i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { ok: false, problem: { ruleId, message, range: { start: { line, column: offset - lineStart + 1 } } } };
}
/** The offset of the first byte that breaks UTF-8, found by decoding growing prefixes' boundary. */
function firstInvalidUtf8(bytes) {
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const text = decoder.decode(bytes);
    const bad = text.indexOf('\uFFFD');
    return bad === -1 ? 0 : Buffer.byteLength(text.slice(0, bad), 'utf8');
}
function describeFsError(error) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
            return 'no such file';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EISDIR':
            return 'it is a directory';
        default:
            return code ?? (error instanceof Error ? error.message : String(error));
    }
}
function formatBytes(size) {
    if (size >= 1024 * 1024)
        return `${(size / (1024 * 1024)).toFixed(1)} MiB`;
    if (size >= 1024)
        return `${(size / 1024).toFixed(1)} KiB`;
    return `${size} bytes`;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/parse/yaml.ts


/** Parses YAML with positions; YAML mapping files are small and hand-written, so there is no fast path. */
function parseYaml(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const rangeAt = (start, end) => {
        const from = lineCounter.linePos(start);
        const to = end === undefined ? undefined : lineCounter.linePos(end);
        return { start: { line: from.line, column: from.col }, ...(to && { end: { line: to.line, column: to.col } }) };
    };
    const problems = document.errors.map((error) => error.code === 'DUPLICATE_KEY'
        ? {
            ruleId: 'duplicate-key',
            message: 'This key appears twice in the same mapping. Only one value can survive the conversion to JSON: remove or merge the duplicate.',
            range: rangeAt(error.pos[0], error.pos[1]),
        }
        : { ruleId: 'invalid-json', message: `The file is not valid YAML: ${firstLine(error.message)}`, range: rangeAt(error.pos[0], error.pos[1]) });
    const locator = { locate: (path, at) => locateYaml(document.contents, path, at, rangeAt) };
    if (problems.some((p) => p.ruleId === 'invalid-json'))
        return { problems, locator: () => locator };
    let value;
    try {
        value = document.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { problems: [{ ruleId: 'invalid-json', message: `The YAML cannot be converted to JSON: ${message}`, range: DOCUMENT_START }], locator: () => locator };
    }
    return { value, problems, locator: () => locator };
}
function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
function locateYaml(root, path, at, rangeAt) {
    let node = root;
    let key;
    const rangeOf = (n) => n?.range ? rangeAt(n.range[0], n.range[1]) : DOCUMENT_START;
    for (const segment of path) {
        let next;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.findLast((item) => (0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === String(segment));
            if (pair)
                next = { node: pair.value, key: pair.key };
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
            const item = node.items[segment];
            if (item !== undefined)
                next = { node: item };
        }
        if (!next)
            return rangeOf(key ?? node);
        ({ node, key } = next);
        // A key with no value (`config:`) has a null node: point at the key instead.
        if (node === null)
            return rangeOf(key);
    }
    return rangeOf(at === 'key' && key ? key : node);
}

;// CONCATENATED MODULE: ./src/describe/shape.ts

function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
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
    const object = { name: shape_nameOf(raw, where, 'a Salesforce object') };
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
    const field = { name: shape_nameOf(raw, where, 'a field') };
    const record = raw;
    if (typeof record.type === 'string')
        field.type = record.type;
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
function shape_nameOf(raw, where, what) {
    const name = isJsonObject(raw) ? raw.name : undefined;
    if (typeof name === 'string' && name !== '')
        return name;
    throw new errors_ConfigurationError(`${where}: expected ${what} with a "name", found ${summarize(raw)}.`);
}
/** A short account of a JSON value for a message: its type, and an object's first keys. */
function summarize(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return `an array of ${value.length}`;
    if (!isJsonObject(value))
        return `a ${typeof value}`;
    const keys = Object.keys(value);
    if (keys.length === 0)
        return 'an empty object';
    const shown = keys.slice(0, 5).map((key) => `"${key}"`).join(', ');
    return `an object with keys ${shown}${keys.length > 5 ? ` and ${keys.length - 5} more` : ''}`;
}

;// CONCATENATED MODULE: ./src/plan/consequences.ts
/**
 * What each kind of change to a mapping file does when the file is imported, in plain words. The
 * facts: import is an upsert that never deletes a mapping missing from the file, and the CLI deletes
 * one with connect:mapping:delete (research heroku-connect-api §2, §4.1); editing a mapping runs
 * ALTER TABLE and fills newly mapped fields with data (Dev Center, ibid. §4.1); read_write writes
 * Postgres changes to Salesforce and needs a unique External ID as upsert_field, by which records
 * are matched after the Salesforce ID (heroku-connect-rules §5); accelerated polling is Salesforce
 * notifying Heroku Connect through the Streaming API while the regular polls go on (ibid. §4.3).
 */
const CHANGE_KINDS = [
    'mapping-added',
    'mapping-removed',
    'access-changed',
    'upsert-field-set',
    'upsert-field-removed',
    'upsert-field-changed',
    'polling-interval-changed',
    'accelerated-polling-changed',
    'field-removed',
    'field-added',
    'index-removed',
    'index-added',
    'index-uniqueness-changed',
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
function accessChanged(from, to, head) {
    const object = head.object;
    const consequence = to === 'read_only'
        ? `Changes made in Postgres to ${object} are no longer written back to Salesforce: the mapping only syncs from Salesforce to Postgres.`
        : `Changes made in Postgres to ${object} start being written to Salesforce. A read_write mapping needs a unique identifier: ` +
            `an upsert_field that is a unique External ID field in Salesforce${head.upsertField ? ` (this mapping names ${head.upsertField})` : ', and this mapping has none'}.`;
    return { kind: 'access-changed', object, from, to, detail: `${from} → ${to}`, consequence, care: true };
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
        detail: `${from} → ${to}`,
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
        detail: `${seconds(from)} → ${seconds(to)}`,
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
        detail: to ? 'off → on' : 'on → off',
        consequence: to
            ? `Accelerated polling turns on: Salesforce notifies Heroku Connect of changes to ${head.object} through the Streaming API, so it polls soon after a change; the regular polls go on.`
            : `Accelerated polling turns off: changes to ${head.object} in Salesforce reach Postgres at the next regular poll${regular}.`,
        care: false,
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
        detail: `${field}: ${to ? 'not unique → unique' : 'unique → not unique'}`,
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
/** 600 → "600 s (10 min)": the file says seconds, people think in minutes. */
function seconds(value) {
    return value > 0 && value % 60 === 0 ? `${value} s (${value / 60} min)` : `${value} s`;
}

;// CONCATENATED MODULE: ./src/plan/diff.ts


/**
 * What importing `head` changes compared with `base`, both parsed export documents. `base`
 * undefined: the file is new; `head` undefined: the file is removed. Only what import acts on is
 * compared, so key order and the volatile `connection.exported_at`, `config.applied_at` and
 * `config.revision` never show. Whatever is not well-formed on either side is left out of the
 * comparison rather than guessed at: the lint reports it.
 */
function planChanges(base, head) {
    const before = base === undefined ? new Map() : mappingsOf(base);
    if (!before)
        return { changes: [], unreadable: 'base' };
    const after = head === undefined ? new Map() : mappingsOf(head);
    if (!after)
        return { changes: [], unreadable: 'head' };
    const changes = [];
    for (const [key, was] of before)
        if (!after.has(key))
            changes.push(mappingRemoved(was));
    for (const [key, is] of after) {
        const was = before.get(key);
        changes.push(...(was === undefined ? [mappingAdded(is)] : compareMapping(was, is)));
    }
    return { changes: changes.sort(byPlace) };
}
const KIND_ORDER = new Map(CHANGE_KINDS.map((kind, i) => [kind, i]));
function byPlace(a, b) {
    return (a.object.toLowerCase().localeCompare(b.object.toLowerCase()) ||
        KIND_ORDER.get(a.kind) - KIND_ORDER.get(b.kind) ||
        (a.field ?? '').toLowerCase().localeCompare((b.field ?? '').toLowerCase()));
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
    if (!isJsonObject(document) || !Array.isArray(document.mappings))
        return undefined;
    const mappings = new Map();
    for (const entry of document.mappings) {
        if (!isJsonObject(entry) || typeof entry.object_name !== 'string' || entry.object_name.trim() === '')
            continue;
        mappings.set(entry.object_name.toLowerCase(), isJsonObject(entry.config) ? stateOf(entry.object_name, entry.config) : { object: entry.object_name });
    }
    return mappings;
}
function stateOf(object, config) {
    const state = { object };
    if (config.access === 'read_only' || config.access === 'read_write')
        state.access = config.access;
    if (typeof config.upsert_field === 'string' && config.upsert_field !== '')
        state.upsertField = config.upsert_field;
    else if (config.upsert_field === undefined || config.upsert_field === null || config.upsert_field === '')
        state.upsertField = null;
    if (typeof config.sf_polling_seconds === 'number' && Number.isFinite(config.sf_polling_seconds))
        state.pollingSeconds = config.sf_polling_seconds;
    if (typeof config.sf_notify_enabled === 'boolean')
        state.acceleratedPolling = config.sf_notify_enabled;
    if (isJsonObject(config.fields))
        state.fields = new Map(Object.keys(config.fields).map((name) => [name.toLowerCase(), name]));
    if (isJsonObject(config.indexes)) {
        state.indexes = new Map(Object.entries(config.indexes).map(([name, index]) => {
            const unique = isJsonObject(index) && typeof index.unique === 'boolean' ? index.unique : undefined;
            return [name.toLowerCase(), unique === undefined ? { name } : { name, unique }];
        }));
    }
    return state;
}

;// CONCATENATED MODULE: ./src/plan/file.ts




/**
 * The plan of one changed file. `base`: the bytes at the base commit (of previousPath for a rename),
 * undefined when they could not be read; `head`: the bytes in the pull request. A removed file that
 * was no mapping document has nothing to plan: undefined.
 */
function file_planFile(file, base, head) {
    const status = fileStatus(file);
    const basePath = file.previousPath ?? file.path;
    const before = status === 'added' ? undefined : documentOf(basePath, base);
    const after = status === 'removed' ? undefined : documentOf(file.path, head);
    if (status === 'removed' && !mappingsOf(before))
        return undefined;
    return {
        path: file.path,
        ...(status === 'renamed' && { previousPath: basePath }),
        status,
        ...planChanges(before, after),
    };
}
function fileStatus(file) {
    switch (file.status) {
        case 'added':
        case 'copied':
            return 'added';
        case 'removed':
        case 'renamed':
            return file.status;
        default:
            return 'modified';
    }
}
/** The parsed document, read the way the lint reads files; null when there is none to read. */
function documentOf(path, bytes) {
    if (bytes === undefined)
        return null;
    const format = formatOf(path);
    const read = decode(bytes, format);
    if (!read.ok)
        return null;
    return (format === 'yaml' ? parseYaml(read.text) : parseJson(read.text)).value ?? null;
}

;// CONCATENATED MODULE: ./src/plan/render.ts


const PLAN_HEADING = 'Heroku Connect mapping plan';
const KIND_LABEL = {
    'mapping-added': 'mapping added',
    'mapping-removed': 'mapping removed from the file',
    'access-changed': 'access',
    'upsert-field-set': 'upsert field set',
    'upsert-field-removed': 'upsert field removed',
    'upsert-field-changed': 'upsert field',
    'polling-interval-changed': 'polling interval',
    'accelerated-polling-changed': 'accelerated polling',
    'field-removed': 'field removed',
    'field-added': 'field added',
    'index-removed': 'index removed',
    'index-added': 'index added',
    'index-uniqueness-changed': 'index uniqueness',
};
const UNREADABLE = {
    base: 'The base version is not a readable mapping document, so nothing was compared.',
    head: 'This version is not a readable mapping document (see the lint findings), so nothing was compared.',
};
/** "field removed: Phone". */
function changeLabel(change) {
    return change.detail === '' ? KIND_LABEL[change.kind] : `${KIND_LABEL[change.kind]}: ${change.detail}`;
}
function totals(plans) {
    const changes = plans.reduce((sum, plan) => sum + plan.changes.length, 0);
    const care = plans.reduce((sum, plan) => sum + plan.changes.filter((change) => change.care).length, 0);
    const files = plans.filter((plan) => plan.changes.length > 0).length;
    return `${changes} change${changes === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}, ${care} to review`;
}
function hasChanges(plans) {
    return plans.some((plan) => plan.changes.length > 0 || plan.unreadable);
}
/**
 * The plan section of the job summary and the pull request comment: per file, a table of the
 * changes with what import does, ⚠️ on those to review. Every value from the files is escaped.
 */
function render_renderPlanMarkdown(plans) {
    const lines = [`## ${PLAN_HEADING}`, ''];
    if (!hasChanges(plans))
        return [...lines, 'No changes to the mappings.', ''].join('\n');
    lines.push(`What importing the changed files would do, compared with the base branch: ${totals(plans)} (⚠️).`, '');
    for (const plan of plans) {
        lines.push(`### ${fileTitleMarkdown(plan)}`, '');
        if (plan.unreadable)
            lines.push(UNREADABLE[plan.unreadable], '');
        else if (plan.changes.length === 0)
            lines.push('No changes to the mappings in this file.', '');
        else {
            lines.push('| | Object | Change | What import does |', '|---|---|---|---|');
            for (const change of plan.changes) {
                lines.push(`| ${change.care ? '⚠️' : ''} | ${escapeMarkdown(change.object)} | ${escapeMarkdown(changeLabel(change))} | ${escapeMarkdown(change.consequence)} |`);
            }
            lines.push('');
        }
    }
    return lines.join('\n');
}
function fileTitleMarkdown(plan) {
    const code = (path) => `<code>${escapeMarkdown(path)}</code>`;
    if (plan.status === 'renamed')
        return `${code(plan.path)} (renamed from ${code(plan.previousPath ?? '')})`;
    if (plan.status === 'added')
        return `${code(plan.path)} (new file)`;
    if (plan.status === 'removed')
        return `${code(plan.path)} (removed)`;
    return code(plan.path);
}
/** The plan for a terminal, colour only when asked; control characters from the files are shown, never sent. */
function renderPlanText(plans, color) {
    // The caller decided about colour; styleText would otherwise decide again from process.stdout.
    const paint = (style, text) => (color ? (0,external_node_util_.styleText)(style, text, { validateStream: false }) : text);
    if (!hasChanges(plans))
        return 'Plan: no changes to the mappings.\n';
    const lines = [paint('bold', `Plan: ${totals(plans)}`)];
    for (const plan of plans) {
        const suffix = plan.status === 'renamed' ? ` (renamed from ${printable(plan.previousPath ?? '')})` : plan.status === 'modified' ? '' : ` (${plan.status === 'added' ? 'new file' : 'removed'})`;
        lines.push('', `  ${paint('underline', printable(plan.path))}${suffix}`);
        if (plan.unreadable)
            lines.push(`    ${UNREADABLE[plan.unreadable]}`);
        else if (plan.changes.length === 0)
            lines.push('    No changes to the mappings in this file.');
        for (const change of plan.changes) {
            const mark = change.care ? paint('yellow', '⚠') : ' ';
            lines.push(`  ${mark} ${paint('bold', printable(change.object))}  ${printable(changeLabel(change))}`, `      ${paint('dim', printable(change.consequence))}`);
        }
    }
    return `${lines.join('\n')}\n`;
}
/** Terminal control and bidirectional-override characters, which could rewrite what the terminal shows. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function printable(text) {
    return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

;// CONCATENATED MODULE: ./src/http/safety.ts

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/**
 * The URL, if a credential may be sent there: https, or plain http to this machine (a local
 * stand-in server), and no user name or password of its own. What follows the origin (a path, a
 * query) is the caller's to accept or refuse.
 */
function safety_checkedCredentialUrl(value, role) {
    const hint = role.hint === undefined ? '' : ` ${role.hint}`;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors_ConfigurationError(`${role.name} "${value}" is not an absolute URL.${hint}`);
    }
    if (url.username !== '' || url.password !== '') {
        throw new errors_ConfigurationError(`${role.name} must not contain a user name or password; pass ${role.credential} on its own.`);
    }
    // Plain http would send the credential in clear text.
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
        throw new errors_ConfigurationError(`${role.name} "${url.origin}" does not use https; it must use https (or http to this machine) for ${role.credential} to be sent there.${hint}`);
    }
    return url;
}
/**
 * The credential, if it fits in an Authorization header: printable ASCII without spaces. Otherwise
 * fetch throws a message that quotes the header, credential included. `name` opens the message and
 * `hint` ends it; the value itself is never quoted.
 */
function safety_checkedCredential(value, name, hint) {
    if (!/^[\x21-\x7e]+$/.test(value)) {
        throw new errors_ConfigurationError(`${name} is empty or contains spaces, line breaks or non-ASCII characters. ${hint}`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/pr/github-api.ts


const DEFAULT_API_URL = 'https://api.github.com';
const JSON_MEDIA_TYPE = 'application/vnd.github+json';
/** The client, or undefined when there is no token: callers then use git, or skip what needs the API. */
function createGitHubApi(options) {
    const token = options.token?.trim() ?? '';
    if (token === '')
        return undefined;
    checkedCredential(token, 'The GitHub token', 'Pass the bare token.');
    const base = apiBase(options.env.GITHUB_API_URL || DEFAULT_API_URL);
    const fetchImpl = options.fetchImpl ?? fetch;
    const timeoutMs = options.timeoutMs ?? 30_000;
    const redact = (text) => text.replaceAll(token, '[token]');
    return {
        redact,
        async request(method, path, { body, accept } = {}) {
            const headers = {
                Authorization: `Bearer ${token}`,
                Accept: accept ?? JSON_MEDIA_TYPE,
                'X-GitHub-Api-Version': '2022-11-28',
                'User-Agent': 'heroku-connect-action',
            };
            if (body !== undefined)
                headers['Content-Type'] = 'application/json';
            let response;
            let text;
            try {
                response = await fetchImpl(`${base}${path}`, {
                    method,
                    headers,
                    ...(body !== undefined && { body: JSON.stringify(body) }),
                    signal: AbortSignal.timeout(timeoutMs),
                });
                text = await response.text();
            }
            catch (error) {
                // A new error without `cause`: the cause could carry request details.
                const failure = isTimeout(error) ? `no answer within ${timeoutMs} ms` : networkErrorText(error);
                throw new Error(redact(`${method} ${base}${path} got no answer: ${failure}`));
            }
            return { status: response.status, text, body: parseBody(text), headers: response.headers };
        },
    };
}
/** The path stays: GitHub Enterprise Server serves the API under /api/v3. */
function apiBase(url) {
    const parsed = checkedCredentialUrl(url, { name: 'GITHUB_API_URL', credential: 'the token' });
    return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}
function parseBody(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** "HTTP 403: Resource not accessible by integration", from GitHub's `{"message": ...}` error body. */
function github_api_describeAnswer(response) {
    const message = response.body?.message;
    return `HTTP ${response.status}${typeof message === 'string' && message !== '' ? `: ${message}` : ''}`;
}
/** `a/b c.json` → `a/b%20c.json`: each segment encoded, the separators kept. */
function github_api_encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
const github_api_PAGE_SIZE = 100;
/** The pages of a list endpoint (a path without a query), `per_page` 100, until a short page or `maxPages`. */
async function* github_api_pages(api, path, maxPages) {
    for (let page = 1; page <= maxPages; page++) {
        const response = await api.request('GET', `${path}?per_page=${github_api_PAGE_SIZE}&page=${page}`);
        if (response.status !== 200 || !Array.isArray(response.body))
            throw new github_api_PageError(response);
        yield response.body;
        if (response.body.length < github_api_PAGE_SIZE)
            return;
    }
}
/** A list page that did not come back as a 200 array; carries the answer so callers can tell a 403 from the rest. */
class github_api_PageError extends Error {
    response;
    name = 'PageError';
    constructor(response) {
        super(github_api_describeAnswer(response));
        this.response = response;
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/pr/git.ts


/** Diffs of thousands of files and whole mapping files both fit; a real export is well under 5 MB. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
const git_runGit = (args, cwd) => new Promise((resolve) => {
    (0,external_node_child_process_.execFile)('git', [...args], 
    // LC_ALL=C keeps messages in English for the log; no prompt can hang a CI job.
    { cwd, encoding: 'buffer', maxBuffer: MAX_OUTPUT_BYTES, env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' } }, (error, stdout, stderr) => {
        const exitCode = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        const message = stderr.toString('utf8').trim() || (error?.message ?? '');
        resolve({ exitCode, stdout, stderr: message });
    });
});
/**
 * A commit as git takes it: a SHA, a ref name or HEAD. Refused otherwise, so that a value from an
 * event payload can never become a git option ("--output=...").
 */
function git_checkRevision(revision) {
    if (!/^[A-Za-z0-9_][A-Za-z0-9_./^~@{}-]*$/.test(revision) || revision.includes('..')) {
        throw new errors_ConfigurationError(`"${revision}" is not a commit SHA or ref name git can take.`);
    }
    return revision;
}

;// CONCATENATED MODULE: ./src/pr/base-content.ts


/**
 * The file's bytes at the commit, or undefined when the file did not exist there. Read from the
 * local repository when the commit is in it, else through the REST contents API. Throws when
 * neither can tell, rather than answer "did not exist" and make every mapping look new.
 */
async function base_content_readBaseContent(request) {
    const sha = git_checkRevision(request.sha);
    const { cwd, run = git_runGit } = request.git;
    const object = `${sha}:${request.path}`;
    if ((await run(['cat-file', '-e', `${sha}^{commit}`], cwd)).exitCode === 0) {
        if ((await run(['cat-file', '-e', object], cwd)).exitCode !== 0)
            return undefined;
        // cat-file rather than `git show`: the stored bytes, never converted by a textconv driver.
        const blob = await run(['cat-file', 'blob', object], cwd);
        if (blob.exitCode !== 0)
            throw new Error(`git could not read ${request.path} at ${sha}: ${blob.stderr}`);
        return blob.stdout;
    }
    if (!request.api) {
        throw new Error(`The base commit ${sha} is not in the checkout and there is no GitHub token to read ${request.path} through the API. ` +
            'Set "fetch-depth: 0" on actions/checkout, or pass a token.');
    }
    return readThroughApi(request.api, sha, request.path);
}
/** GitHub answers base64 up to 1 MB; above that it sends `encoding: "none"` and the raw media type gives the bytes. */
async function readThroughApi(api, sha, path) {
    const url = `/repos/${encodeURIComponent(api.owner)}/${encodeURIComponent(api.repo)}/contents/${github_api_encodePath(path)}?ref=${encodeURIComponent(sha)}`;
    const response = await api.client.request('GET', url);
    if (response.status === 404)
        return undefined;
    const entry = response.body;
    if (response.status !== 200 || typeof entry !== 'object' || entry === null || Array.isArray(entry) || entry.type !== 'file') {
        throw new Error(`The GitHub API did not return ${path} at ${sha} as a file (${github_api_describeAnswer(response)}).`);
    }
    if (entry.encoding === 'base64' && typeof entry.content === 'string')
        return Buffer.from(entry.content, 'base64');
    const raw = await api.client.request('GET', url, { accept: 'application/vnd.github.raw+json' });
    if (raw.status !== 200)
        throw new Error(`The GitHub API did not return the content of ${path} at ${sha} (${github_api_describeAnswer(raw)}).`);
    return Buffer.from(raw.text, 'utf8');
}

;// CONCATENATED MODULE: ./src/pr/changed-files.ts



/** GitHub lists at most this many files of a pull request. */
const API_FILE_CAP = 3000;
/**
 * The files a pull request changes, removed files included (status "removed"). Asks the REST API
 * first and git when the API cannot answer. Undefined when neither can: the caller then lints every
 * file, and the log has said why.
 */
async function changed_files_listChangedFiles(request) {
    if (request.api) {
        try {
            const files = await filesFromApi(request, request.api);
            if (files.length < API_FILE_CAP)
                return files;
            request.log.info(`GitHub lists only the first ${API_FILE_CAP} files of a pull request, and this one has that many; asking git for the full list.`);
        }
        catch (error) {
            request.log.info(`The GitHub API did not list the changed files (${request.api.redact(errorMessage(error))}); asking git instead.`);
        }
    }
    else {
        request.log.info('No GitHub token, so git lists the changed files.');
    }
    return filesFromGit(request);
}
/**
 * The targets `discover` found that the pull request touched, so the `files` input keeps its meaning.
 * Target paths are relative to the workspace, changed paths to the repository root: the same on a runner.
 */
function onlyChanged(targets, files) {
    const paths = new Set(files.filter((file) => file.status !== 'removed').map((file) => file.path));
    return targets.filter((target) => paths.has(target.file));
}
const STATUSES = new Set(['added', 'modified', 'renamed', 'removed', 'copied', 'changed', 'unchanged']);
async function filesFromApi(request, api) {
    const path = `/repos/${encodeURIComponent(request.owner)}/${encodeURIComponent(request.repo)}/pulls/${request.pullNumber}/files`;
    const files = [];
    for await (const page of pages(api, path, API_FILE_CAP / PAGE_SIZE)) {
        for (const entry of page)
            files.push(fromApiEntry(entry));
    }
    return files;
}
function fromApiEntry(entry) {
    const { filename, status, previous_filename: previous, patch, changes } = (entry ?? {});
    if (typeof filename !== 'string' || typeof status !== 'string' || !STATUSES.has(status)) {
        throw new Error(`an entry of the file list is not a file (${JSON.stringify(entry)?.slice(0, 200)})`);
    }
    const file = { path: filename, status: status };
    if (typeof previous === 'string')
        file.previousPath = previous;
    // GitHub leaves the patch out both of a pure rename (no changed line) and of a diff too large to show.
    if (typeof patch === 'string')
        file.patch = patch;
    else if (changes === 0)
        file.patch = '';
    return file;
}
const GIT_STATUS = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', C: 'copied', T: 'changed' };
async function filesFromGit(request) {
    const { cwd, run = runGit } = request.git;
    const base = checkRevision(request.git.base);
    const head = checkRevision(request.git.head);
    const mergeBase = await run(['merge-base', base, head], cwd);
    if (mergeBase.exitCode !== 0) {
        request.log.warning(`git cannot find where ${base} and ${head} meet (${mergeBase.stderr || 'no merge base'}), so every mapping file is linted. ` +
            'The checkout is probably shallow: set "fetch-depth: 0" on actions/checkout so that both commits and their history are there.');
        return undefined;
    }
    const range = `${base}...${head}`;
    // -z: paths come unquoted and NUL-separated, whatever characters they hold.
    const names = await run(['diff', '--name-status', '-z', '-M', '--no-color', range, '--'], cwd);
    if (names.exitCode !== 0) {
        request.log.warning(`git could not list the changed files (${names.stderr}), so every mapping file is linted.`);
        return undefined;
    }
    const files = parseNameStatus(names.stdout.toString('utf8'));
    const diff = await run(['diff', '-U0', '-M', '--no-color', '--no-ext-diff', '--no-textconv', range, '--'], cwd);
    // Each file has exactly one "diff --git" header, in the order --name-status lists them; if that does
    // not hold, the patches are left out and each changed file counts as changed throughout.
    const patches = diff.exitCode === 0 ? splitPatches(diff.stdout.toString('utf8')) : [];
    if (patches.length === files.length)
        files.forEach((file, i) => (file.patch = patches[i]));
    else
        request.log.info('git did not give one patch per changed file; every line of the changed files counts as changed.');
    return files;
}
function parseNameStatus(output) {
    const fields = output.split('\0');
    const files = [];
    for (let i = 0; i < fields.length - 1;) {
        const code = fields[i++];
        const status = GIT_STATUS[code[0]] ?? 'changed';
        if (code[0] === 'R' || code[0] === 'C') {
            const previousPath = fields[i++];
            files.push({ path: fields[i++], status, previousPath });
        }
        else {
            files.push({ path: fields[i++], status });
        }
    }
    return files;
}
function splitPatches(output) {
    return output.split(/^(?=diff --git )/m).filter((chunk) => chunk.startsWith('diff --git '));
}

;// CONCATENATED MODULE: ./src/lint/types.ts
/** The vocabulary shared by the parser, the rules, the engine and the reporters. */
const LEVELS = ['error', 'warning', 'notice'];
/** Severity order: a lower rank is more severe. */
const LEVEL_RANK = { error: 0, warning: 1, notice: 2 };
const types_PLANS = ['demo', 'enterprise', 'shield'];

;// CONCATENATED MODULE: ./src/report/order.ts

/** Most important first: by level, then priority, then place in the file. */
function order_rankFindings(findings, priority = () => 0) {
    return [...findings].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
        priority(a) - priority(b) ||
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column);
}

;// CONCATENATED MODULE: ./src/pr/comment-body.ts




const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
/**
 * The pull request comment: totals, the worst findings with links to their lines, then the plan.
 * With no findings it says that everything is clear, which also tells a reader of an earlier
 * version of the comment that its findings are fixed.
 */
function comment_body_renderComment(content) {
    const { counts, findings } = content;
    const total = counts.error + counts.warning + counts.notice;
    const lines = ['## Heroku Connect mapping lint', ''];
    if (content.files === 0) {
        lines.push('✅ No mapping files to check: anything reported here before no longer applies.', '');
    }
    else if (total === 0) {
        lines.push(`✅ No findings in ${plural(content.files, 'mapping file')}: anything reported here before is fixed.`, '');
    }
    else {
        lines.push(`${plural(content.files, 'mapping file')} checked: **${plural(counts.error, 'error')}**, **${plural(counts.warning, 'warning')}**, **${plural(counts.notice, 'notice')}**.`, '');
        const shown = rankFindings(findings, content.priority).slice(0, content.maxFindings ?? 10);
        lines.push('| Level | Where | Rule | Finding |', '|---|---|---|---|');
        for (const finding of shown) {
            const where = `<a href="${lineUrl(content, finding)}">${escapeMarkdown(`${finding.file}:${finding.line}`)}</a>`;
            const rule = `<a href="${ruleDocsUrl(encodeURIComponent(finding.ruleId))}">${escapeMarkdown(finding.ruleId)}</a>`;
            lines.push(`| ${ICON[finding.level]} ${finding.level} | ${where} | ${rule} | ${escapeMarkdown(finding.message)} |`);
        }
        lines.push('');
        const more = findings.length - shown.length;
        if (more > 0) {
            const summary = content.runUrl ? `<a href="${encodeURI(content.runUrl)}">job summary</a>` : 'job summary';
            lines.push(`${plural(more, 'more finding')} ${more === 1 ? 'is' : 'are'} in the ${summary} and the annotations.`, '');
        }
    }
    if (content.planMarkdown)
        lines.push(content.planMarkdown);
    return lines.join('\n');
}
function lineUrl(content, finding) {
    const server = (content.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
    const repository = `${encodeURIComponent(content.owner)}/${encodeURIComponent(content.repo)}`;
    return `${encodeURI(server)}/${repository}/blob/${encodeURIComponent(content.headSha)}/${encodePath(finding.file)}#L${finding.line}`;
}

;// CONCATENATED MODULE: ./src/pr/comment.ts

/** GitHub refuses bodies over 65,536 characters; the margin keeps the marker and the note inside. */
const COMMENT_LIMIT = 65_000;
/** 100 comments a page: enough for any pull request a person still reads. */
const MAX_COMMENT_PAGES = 100;
const BOT_LOGIN = 'github-actions[bot]';
/** The hidden first line that identifies the workflow's comment; the name is encoded so it cannot end the HTML comment. */
function commentMarker(workflow) {
    return `<!-- heroku-connect-action:${encodeURIComponent(workflow)} -->`;
}
/**
 * Keeps one comment per workflow on the pull request current: updates the bot's comment that
 * starts with the workflow's marker, or creates one. A fork's read-only token gets 403; that is
 * expected, so it is reported as skipped and the job summary and annotations carry the report.
 */
async function comment_upsertComment(api, request) {
    const marker = commentMarker(request.workflow);
    const body = fitToLimit(marker, request.body);
    const repository = `/repos/${encodeURIComponent(request.owner)}/${encodeURIComponent(request.repo)}`;
    try {
        const existing = await findComment(api, `${repository}/issues/${request.issueNumber}/comments`, marker);
        if (existing === undefined && request.create === false)
            return { skipped: 'no comment to update' };
        const response = existing === undefined
            ? await api.request('POST', `${repository}/issues/${request.issueNumber}/comments`, { body: { body } })
            : await api.request('PATCH', `${repository}/issues/comments/${existing}`, { body: { body } });
        if (response.status === 200 || response.status === 201) {
            const { id, html_url: url } = (response.body ?? {});
            return { action: existing === undefined ? 'created' : 'updated', ...(typeof id === 'number' && { id }), ...(typeof url === 'string' && { url }) };
        }
        return refusal(api, response, 'write the pull request comment');
    }
    catch (error) {
        if (error instanceof PageError)
            return refusal(api, error.response, 'list the pull request comments');
        throw error;
    }
}
async function findComment(api, path, marker) {
    for await (const page of pages(api, path, MAX_COMMENT_PAGES)) {
        for (const comment of page) {
            const { id, body, user } = (comment ?? {});
            const byBot = user?.type === 'Bot' || user?.login === BOT_LOGIN;
            // Only a bot's comment: anyone can paste the marker into a comment of their own.
            if (typeof id === 'number' && typeof body === 'string' && body.startsWith(marker) && byBot)
                return id;
        }
    }
    return undefined;
}
function refusal(api, response, what) {
    if (response.status === 403 && !isRateLimit(response))
        return { skipped: 'read-only token' };
    throw new Error(api.redact(`GitHub refused to ${what} (${describeAnswer(response)}).`));
}
/** GitHub answers 403 for rate limits too; those are not a read-only token and must not pass silently. */
function isRateLimit(response) {
    return response.headers.get('x-ratelimit-remaining') === '0' || /rate limit/i.test(describeAnswer(response));
}
const CUT_NOTE = '\n\n> The comment stops here: the full report did not fit in a comment. The job summary has all of it.\n';
/** The marker, then the body, cut at a line break so no table row or tag is left half-written. */
function fitToLimit(marker, body) {
    const whole = `${marker}\n${body}`;
    if (whole.length <= COMMENT_LIMIT)
        return whole;
    const room = whole.slice(0, COMMENT_LIMIT - CUT_NOTE.length);
    const cut = room.lastIndexOf('\n');
    return `${room.slice(0, cut > marker.length ? cut : room.length)}${CUT_NOTE}`;
}

;// CONCATENATED MODULE: ./src/action/pull-request.ts









const pull_request_ONLY_CHANGED = (/* unused pure expression or super */ null && (['auto', 'true', 'false']));
const pull_request_COMMENT_MODES = (/* unused pure expression or super */ null && (['off', 'on-change', 'always']));
const MAPPING_FILE = /\.(json|ya?ml)$/i;
/**
 * The pull request of a pull_request run. Without the payload the runner writes (a local run, say),
 * the pull-request features step aside with a warning and every file is linted.
 */
async function readPullRequestEvent(env, log) {
    const eventName = env.GITHUB_EVENT_NAME;
    if (eventName !== 'pull_request' && eventName !== 'pull_request_target')
        return undefined;
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!env.GITHUB_EVENT_PATH || !owner || !repo) {
        log.warning(`This ${eventName} run has no event payload or repository name (GITHUB_EVENT_PATH, GITHUB_REPOSITORY): every file is linted, and there is no plan or comment.`);
        return undefined;
    }
    const payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'));
    const pr = payload.pull_request;
    if (typeof pr?.number !== 'number' || !pr.base?.sha || !pr.head?.sha) {
        throw new ConfigurationError(`The ${eventName} event payload has no pull request with base and head commits.`);
    }
    return {
        owner,
        repo,
        number: pr.number,
        baseSha: pr.base.sha,
        headSha: pr.head.sha,
        fromFork: pr.head.repo?.full_name !== pr.base.repo?.full_name,
        eventName,
    };
}
/**
 * The files the pull request changed, or undefined when they cannot be known (then everything is
 * linted). actions/checkout leaves the merge commit at HEAD for pull_request events.
 */
function changedFiles(event, api, root, log) {
    return listChangedFiles({ owner: event.owner, repo: event.repo, pullNumber: event.number, api, git: { cwd: root, base: event.baseSha, head: 'HEAD' }, log });
}
function restrictsToChanged(inputs, event) {
    return inputs.onlyChanged === 'true' || (inputs.onlyChanged === 'auto' && event !== undefined);
}
/**
 * What merging does to the mappings, file by file: each changed mapping file against its version
 * on the base branch. A base that cannot be read is shown as such, never as "every mapping is new".
 */
async function planPullRequest(event, changed, lint, root, api) {
    const linted = new Set(lint.results.map((result) => result.file));
    const plans = [];
    for (const file of changed) {
        const removed = file.status === 'removed';
        if (removed ? !MAPPING_FILE.test(file.path) : !linted.has(file.path))
            continue;
        const base = file.status === 'added' ? undefined : await baseContent(event, file, root, api);
        const head = removed ? undefined : await readFile(path.join(root, file.path));
        const plan = planFile(file, base, head);
        if (plan)
            plans.push(plan);
    }
    return plans;
}
async function baseContent(event, file, root, api) {
    try {
        return await readBaseContent({
            sha: event.baseSha,
            path: file.previousPath ?? file.path,
            git: { cwd: root },
            ...(api && { api: { client: api, owner: event.owner, repo: event.repo } }),
        });
    }
    catch {
        // planFile marks a modified file whose base is unreadable as such.
        return undefined;
    }
}
/**
 * Keeps one comment on the pull request current: findings at a glance and the plan. A fork's
 * read-only token cannot comment; that is a notice, never a failure of the check.
 */
async function commentOnPullRequest(event, inputs, api, content, log) {
    if (inputs.comment === 'off')
        return;
    if (inputs.comment === 'on-change' && content.plans.length === 0)
        return;
    if (!api) {
        log.warning('Not commenting on the pull request: there is no GitHub token (the github-token input is empty).');
        return;
    }
    const { env } = content;
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const body = renderComment({
        owner: event.owner,
        repo: event.repo,
        headSha: event.headSha,
        serverUrl,
        ...(env.GITHUB_RUN_ID && { runUrl: `${serverUrl}/${event.owner}/${event.repo}/actions/runs/${env.GITHUB_RUN_ID}` }),
        files: content.lint.results.length,
        counts: content.lint.counts,
        findings: content.lint.findings,
        ...(content.priority && { priority: content.priority }),
        planMarkdown: renderPlanMarkdown(content.plans),
    });
    try {
        const outcome = await upsertComment(api, { owner: event.owner, repo: event.repo, issueNumber: event.number, workflow: env.GITHUB_WORKFLOW || 'heroku-connect-action', body });
        if ('skipped' in outcome) {
            log.notice('Skipped the pull request comment: the token is read-only (as for a pull request from a fork). Annotations and the job summary have the findings.');
        }
        else {
            log.info(`Pull request comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}.`);
        }
    }
    catch (error) {
        log.warning(`Could not update the pull request comment: ${api.redact(errorMessage(error))}`);
    }
}

;// CONCATENATED MODULE: ./src/rules/support.ts
/** Where rules about the field list point: the `fields` key, or object_name when there is no field list. */
function fieldsLocation(mapping) {
    return mapping.fields ? { path: [...mapping.path, 'config', 'fields'], at: 'key' } : { path: [...mapping.path, 'object_name'] };
}
/** Where object-level rules point: the object_name value. */
function objectLocation(mapping) {
    return { path: [...mapping.path, 'object_name'] };
}
function fieldLocation(mapping, field) {
    return { path: [...mapping.path, 'config', 'fields', field], at: 'key' };
}
function indexLocation(mapping, field) {
    return { path: [...mapping.path, 'config', 'indexes', field], at: 'key' };
}
function configLocation(mapping, key) {
    return { path: [...mapping.path, 'config', key] };
}
/**
 * Kinds whose own rule rejects the object outright (big-object, platform-event, unsupported-object,
 * implementation-restriction). Rules about how an object is queried stay silent on them, so one
 * cause gives one finding.
 */
const KINDS_WITH_OWN_RULE = new Set([
    'big-object', 'platform-event', 'change-event', 'custom-metadata', 'external-object', 'knowledge-article',
]);
function rejectedByKind(facts) {
    return KINDS_WITH_OWN_RULE.has(facts.kind);
}
// Salesforce API names compare without regard to case (as SOQL does), so every lookup below does too.
// The indexes are cached per mapping and per facts object: several rules ask about the same ones.
// Exact names are tried first: a clean file almost always spells them as the rules do, and the
// lower-cased sets are built (once per mapping, cached) only when a name is not found as written.
const mappedNames = new WeakMap();
const describedNames = new WeakMap();
function lowerCased(names) {
    return new Set(names.map((name) => name.toLowerCase()));
}
function namesOf(mapping) {
    let names = mappedNames.get(mapping);
    if (!names) {
        names = { fields: lowerCased(mapping.fields ?? []), indexes: lowerCased(Object.keys(mapping.indexes ?? {})) };
        mappedNames.set(mapping, names);
    }
    return names;
}
function isMapped(mapping, field) {
    return hasKey(mapping.config?.fields, field) || namesOf(mapping).fields.has(field.toLowerCase());
}
function isIndexed(mapping, field) {
    return hasKey(mapping.indexes, field) || namesOf(mapping).indexes.has(field.toLowerCase());
}
/**
 * Whether two mapped fields differ only in case. Every field of every mapping passes through here,
 * so it sorts case-folded hashes in one reused buffer (nothing allocated per field) and lower-cases
 * names only when two hashes match.
 */
function hasCaseCollision(mapping) {
    const fields = mapping.fields ?? [];
    if (hashBuffer.length < fields.length)
        hashBuffer = new Int32Array(fields.length * 2);
    for (let i = 0; i < fields.length; i++)
        hashBuffer[i] = caseFoldedHash(fields[i]);
    const hashes = hashBuffer.subarray(0, fields.length).sort();
    for (let i = 1; i < hashes.length; i++) {
        if (hashes[i] === hashes[i - 1])
            return new Set(fields.map((field) => field.toLowerCase())).size < fields.length;
    }
    return false;
}
let hashBuffer = new Int32Array(256);
function caseFoldedHash(text) {
    let hash = text.length;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        hash = (Math.imul(hash, 31) + (code >= 65 && code <= 90 ? code + 32 : code)) | 0;
    }
    return hash;
}
function hasKey(object, key) {
    return typeof object === 'object' && object !== null && Object.hasOwn(object, key);
}
function describedOf(facts) {
    let described = describedNames.get(facts.fields);
    if (!described) {
        const byName = new Map();
        const byRelationship = new Map();
        for (const field of facts.fields.values()) {
            byName.set(field.name.toLowerCase(), field);
            if (isReference(field) && typeof field.relationshipName === 'string')
                byRelationship.set(field.relationshipName.toLowerCase(), field);
        }
        described = { byName, byRelationship };
        describedNames.set(facts.fields, described);
    }
    return described;
}
/** What the catalog or the describe data says about a field, if anything. */
function knownField(facts, field) {
    if (facts.fields.size === 0)
        return undefined;
    return facts.fields.get(field) ?? describedOf(facts).byName.get(field.toLowerCase());
}
function isReference(field) {
    return field.type === 'reference' || (field.referenceTo?.length ?? 0) > 0;
}
function unmappableType(field) {
    const type = field?.type?.toLowerCase();
    return type === 'base64' || type === 'address' || type === 'location' ? type : undefined;
}
/**
 * The mapped fields that are relationship external-ID fields (Heroku Dev Center "Writing data to
 * Salesforce", relationship external IDs), with their lookup fields. `<prefix>__r__<ExtId>` is
 * certain without describe data, since a field's own name cannot contain `__r__`; the standard form
 * `<RelationshipName>__<ExtId>` is told apart from a namespaced field only by describe data.
 */
function relationships(mapping) {
    let found = relationshipsOf.get(mapping);
    if (!found) {
        found = [];
        for (const field of mapping.fields ?? []) {
            // Both relationship forms contain "__"; most standard field names do not, and are skipped cheaply.
            if (!field.includes('__'))
                continue;
            const lookup = lookupOf(mapping.facts, field);
            if (lookup !== undefined)
                found.push({ field, lookup });
        }
        relationshipsOf.set(mapping, found);
    }
    return found;
}
const relationshipsOf = new WeakMap();
/** The lookup a `<prefix>__r__<ExtId>` field names (`<prefix>__c`), by its form alone. */
function customLookupOf(field) {
    const marker = field.search(/__r__/i);
    return marker > 0 && marker + '__r__'.length < field.length ? `${field.slice(0, marker)}__c` : undefined;
}
function lookupOf(facts, field) {
    const custom = customLookupOf(field);
    if (custom !== undefined) {
        if (!facts.fieldsComplete)
            return custom;
        const described = knownField(facts, custom);
        return described && isReference(described) ? described.name : undefined;
    }
    if (!facts.fieldsComplete || knownField(facts, field))
        return undefined;
    const lower = field.toLowerCase();
    const separator = lower.indexOf('__');
    if (separator <= 0 || separator + 2 >= field.length)
        return undefined;
    return describedOf(facts).byRelationship.get(lower.slice(0, separator))?.name;
}
/** "A, B and C" */
function listOf(names) {
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

;// CONCATENATED MODULE: ./src/rules/accelerated-polling.ts

const acceleratedPolling = {
    id: 'accelerated-polling',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: '`sf_notify_enabled: true` on an object the Streaming API does not support: custom objects (`__c`) and the standard objects of the PushTopic list are supported, other objects are not. Silent when the connection uses Change Data Capture for accelerated polling (`features.cdc_for_accelerated_polling`).',
        why: 'Accelerated polling relies on PushTopic notifications, which Salesforce offers only for custom objects and a fixed list of standard objects. Heroku Connect does not offer the option for other objects.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Accelerated polling" (all custom objects and some standard objects; the option cannot be chosen for objects without streaming support); Salesforce Streaming API Developer Guide, "Supported PushTopic Queries".',
        bad: '{ "object_name": "Event", "config": { "access": "read_only", "sf_notify_enabled": true, ... } }',
        good: '{ "object_name": "Event", "config": { "access": "read_only", "sf_notify_enabled": false, ... } }',
    },
    check(mapping) {
        if (mapping.config?.sf_notify_enabled !== true || mapping.facts.streaming !== false)
            return [];
        // With CDC, Connect no longer needs PushTopics, and CDC covers objects the PushTopic list does not.
        if (mapping.document.connection.features.cdc_for_accelerated_polling === true)
            return [];
        return [
            {
                ...configLocation(mapping, 'sf_notify_enabled'),
                message: `${mapping.objectName} is not supported by the Salesforce Streaming API, so accelerated polling cannot be enabled for it. Set sf_notify_enabled to false; standard polling keeps the table in sync.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/api-version.ts
const MINIMUM_API_VERSION = 39;
const apiVersion = {
    id: 'api-version',
    scope: 'document',
    defaultLevel: 'error',
    docs: {
        summary: '`connection.api_version` is below 39.0.',
        why: 'Heroku Connect uses the Bulk API for large reads and writes, and the Bulk API it needs is not available before Salesforce API version 39.0.',
        source: 'Heroku Dev Center, Getting Started with Heroku and Connect ("use at least v39 with Heroku Connect"); Quick Start: Heroku Connect CLI (the API version of a connection cannot be changed; re-create the connection).',
        bad: '"connection": { "api_version": "37.0", ... }',
        good: '"connection": { "api_version": "57.0", ... }',
    },
    check(document) {
        const version = document.connection.apiVersion;
        if (version === undefined || version >= MINIMUM_API_VERSION)
            return [];
        return [
            {
                path: ['connection', 'api_version'],
                message: `The connection uses Salesforce API version ${version.toFixed(1)}, older than the ${MINIMUM_API_VERSION}.0 that Heroku Connect needs for the Bulk API. Re-create the connection with API version ${MINIMUM_API_VERSION}.0 or later (it cannot be changed on an existing connection).`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/archived-activities.ts

const archivedActivities = {
    id: 'archived-activities',
    scope: 'mapping',
    defaultLevel: 'notice',
    docs: {
        summary: 'Task and Event mappings do not sync archived records.',
        why: 'Salesforce archives old activities (IsArchived = true), and the Bulk API cannot retrieve archived Tasks and Events, so Connect syncs only the ones that are not archived. The Postgres table is not a full history.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Unsupported objects" (archived events and tasks are not synced) and Heroku Connect Dashboard (records no longer visible to Heroku Connect, such as archived Events and Tasks).',
        bad: '{ "object_name": "Task", ... }   // code that expects every activity in Postgres',
        good: '{ "object_name": "Task", ... }   // archived activities read from Salesforce (queryAll) when needed',
    },
    check(mapping) {
        if (mapping.facts.archivable !== true)
            return [];
        return [
            {
                ...objectLocation(mapping),
                message: `Archived ${mapping.objectName} records are not synced: the Bulk API cannot read them, so the table holds only activities that are not archived. If you need archived ones, read them from Salesforce with queryAll.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/big-object.ts

const bigObject = {
    id: 'big-object',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'The mapped object is a big object (API name ending in `__b`).',
        why: 'SOQL on a big object may filter only on the fields of its index, in index order, so Connect cannot poll it for changes by timestamp. Heroku Connect checks for big objects before syncing and sets the mapping to BAD_CONFIG.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object is not a Big Object; Salesforce SOQL and SOSL Reference, "SOQL Limits on Objects" (big objects); Salesforce Help, custom_index_details (the `__b` suffix).',
        bad: '{ "object_name": "Sensor_Reading__b", "config": { "access": "read_only", ... } }',
        good: '{ "object_name": "Sensor_Summary__c", "config": { "access": "read_only", ... } }',
    },
    check(mapping) {
        if (mapping.facts.kind !== 'big-object')
            return [];
        return [
            {
                ...objectLocation(mapping),
                message: `${mapping.objectName} is a big object, which Heroku Connect cannot poll (BAD_CONFIG). Remove this mapping, or copy the records you need into a custom object and map that one.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/bulk-limit.ts

const bulkLimit = {
    id: 'bulk-limit',
    scope: 'mapping',
    defaultLevel: 'warning',
    docs: {
        summary: 'The object is one the Bulk API cannot page (LeadHistory, Attachment, AcceptedEventRelation, TaskStatus, ...).',
        why: 'Connect switches to the Bulk API when many records changed. For these objects that fails: once more than 20,000 changed records wait to be synced, Connect cannot retrieve them.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Unsupported objects" (LeadHistory does not support bulk paging and Attachment is not supported by the Bulk API: neither can be retrieved past 20,000 changed records); singer-io/tap-salesforce, airbytehq/airbyte and estuary/connectors list the other objects the Bulk API does not support.',
        bad: '{ "object_name": "LeadHistory", "config": { "access": "read_only", ... } }',
        good: '"mappings": [ ]   // or keep the mapping and keep each sync below 20,000 changed records',
    },
    check(mapping) {
        if (mapping.facts.bulkLimited !== true)
            return [];
        return [
            {
                ...objectLocation(mapping),
                message: `${mapping.objectName} is not fully supported by the Bulk API, so its sync fails once more than 20,000 changed records are waiting. Keep changes between polls below that, or read this object through the Salesforce API instead.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/column-collision.ts

const columnCollision = {
    id: 'column-collision',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'Two mapped fields differ only in case, such as `Email__c` and `email__c`.',
        why: 'Connect names each column after the lower-cased field name, so both fields would need the same column; and Salesforce treats the two names as the same field.',
        source: 'Heroku Dev Center, Heroku Connect Database Tables: column names are the lower-cased Salesforce field names.',
        bad: '"fields": { "Id": {}, "Email__c": {}, "email__c": {}, "SystemModstamp": {} }',
        good: '"fields": { "Id": {}, "Email__c": {}, "SystemModstamp": {} }',
    },
    check(mapping) {
        if (!hasCaseCollision(mapping))
            return [];
        const first = new Map();
        const reports = [];
        for (const name of mapping.fields ?? []) {
            const column = name.toLowerCase();
            const earlier = first.get(column);
            if (earlier === undefined) {
                first.set(column, name);
                continue;
            }
            reports.push({
                ...fieldLocation(mapping, name),
                message: `${mapping.objectName} maps both ${earlier} and ${name}, which differ only in case and would both become the column ${column}. Keep one of them in fields.`,
            });
        }
        return reports;
    },
};

;// CONCATENATED MODULE: ./src/rules/duplicate-key.ts
const duplicateKey = {
    id: 'duplicate-key',
    scope: 'builtin',
    defaultLevel: 'error',
    docs: {
        summary: 'An object has the same key twice.',
        why: 'JSON.parse keeps only the last value, so one of the two silently disappears on import: typically a field list or a config edited in two places by a merge.',
        source: 'ECMA-262 JSON.parse (the last duplicate wins); RFC 8259 §4 ("names within an object SHOULD be unique").',
        bad: '"config": { "access": "read_write", "sf_polling_seconds": 600, "access": "read_only" }',
        good: '"config": { "access": "read_write", "sf_polling_seconds": 600 }',
    },
};

;// CONCATENATED MODULE: ./src/rules/duplicate-mapping.ts
const duplicateMapping = {
    id: 'duplicate-mapping',
    scope: 'document',
    defaultLevel: 'error',
    docs: {
        summary: 'The same object is mapped twice in one file (object names compare case-insensitively).',
        why: 'An object maps to exactly one Postgres table; Heroku Connect looks mappings up by name without regard to case, so the second entry overwrites the first on import.',
        source: 'django-heroku-connect check E006 ("an object can only be mapped to a PostgreSQL table once"); heroku-connect-plugin withMapping (case-insensitive lookup).',
        bad: '"mappings": [ { "object_name": "Account", ... }, { "object_name": "account", ... } ]',
        good: '"mappings": [ { "object_name": "Account", ... } ]',
    },
    check(document) {
        const first = new Map();
        const reports = [];
        for (const mapping of document.mappings) {
            const key = mapping.objectName.toLowerCase();
            const earlier = first.get(key);
            if (earlier === undefined) {
                first.set(key, mapping.index);
                continue;
            }
            reports.push({
                path: [...mapping.path, 'object_name'],
                message: `${mapping.objectName} is already mapped by mapping #${earlier + 1}. Merge the two entries into one: an object can be mapped only once per connection.`,
            });
        }
        return reports;
    },
};

;// CONCATENATED MODULE: ./src/rules/implementation-restriction.ts

const implementationRestriction = {
    id: 'implementation-restriction',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'The mapped object is KnowledgeArticleVersion or a knowledge article version object (`__kav`).',
        why: 'Salesforce answers queries on article versions only with extra criteria (PublishStatus=Online), which Connect does not add to its poll. Heroku names these objects as ones it cannot map.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Unsupported objects" (KnowledgeArticleVersion and `__kav` objects need PublishStatus=Online) and "Troubleshooting mapping configuration (BAD_CONFIG)": the object has no implementation restriction.',
        bad: '{ "object_name": "Knowledge__kav", "config": { "access": "read_only", ... } }',
        good: '"mappings": [ ]   // read articles through the Salesforce API instead',
    },
    check(mapping) {
        if (mapping.facts.kind !== 'knowledge-article')
            return [];
        return [
            {
                ...objectLocation(mapping),
                message: `${mapping.objectName} can only be queried with extra criteria (PublishStatus=Online), so Heroku Connect cannot map it (BAD_CONFIG). Remove this mapping and read knowledge articles through the Salesforce API.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/index-unmapped-field.ts

const indexUnmappedField = {
    id: 'index-unmapped-field',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'An entry in `indexes` names a field that is not mapped in `fields`.',
        why: 'Connect creates its indexes on the columns of mapped fields; an index on a field with no column cannot be created. It is usually a field removed from fields while its index stayed behind.',
        source: 'Heroku Dev Center, Managing Heroku Connect Mappings (indexes created through Connect travel with the exported configuration); the public exports index only mapped fields, and mapping generators drop indexes on unmapped fields (shared/research/heroku-connect-rules.md §6.2).',
        bad: '"fields": { "Id": {}, "SystemModstamp": {} }, "indexes": { "Id": { "unique": true }, "Email__c": { "unique": false } }',
        good: '"fields": { "Id": {}, "Email__c": {}, "SystemModstamp": {} }, "indexes": { "Id": { "unique": true }, "Email__c": { "unique": false } }',
    },
    check(mapping) {
        if (!mapping.indexes)
            return [];
        // An unmapped upsert field or relationship lookup is reported by upsert-field or relationship-lookup,
        // with the fix that cause needs; one finding per cause.
        const unmapped = Object.keys(mapping.indexes).filter((name) => !isMapped(mapping, name));
        if (unmapped.length === 0)
            return [];
        const upsert = mapping.config?.upsert_field;
        const explained = new Set([...(typeof upsert === 'string' ? [upsert] : []), ...relationships(mapping).map((r) => r.lookup)].map((name) => name.toLowerCase()));
        const reports = [];
        for (const name of unmapped) {
            if (explained.has(name.toLowerCase()))
                continue;
            reports.push({
                ...indexLocation(mapping, name),
                message: `${mapping.objectName} has an index on ${name}, which is not mapped. Add "${name}": {} to fields, or remove the index.`,
            });
        }
        return reports;
    },
};

;// CONCATENATED MODULE: ./src/rules/invalid-json.ts
const invalidJson = {
    id: 'invalid-json',
    scope: 'builtin',
    defaultLevel: 'error',
    docs: {
        summary: 'The file is not valid JSON (or YAML for .yml/.yaml): a syntax error, an empty or binary file, text that is not UTF-8, or a byte-order mark.',
        why: 'heroku connect:import parses the file with JSON.parse and sends it as it is; a file that does not parse cannot be imported at all.',
        source: 'heroku/heroku-connect-plugin src/commands/connect/import.ts (body = JSON.parse(file)); ECMA-404.',
        bad: '{ "mappings": [ { "object_name": "Account", } ] }',
        good: '{ "mappings": [ { "object_name": "Account", "config": { "access": "read_only" } } ] }',
    },
};

;// CONCATENATED MODULE: ./src/rules/missing-id-field.ts

const missingIdField = {
    id: 'missing-id-field',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: '`Id` is not mapped, or describe data shows the object has no Id field.',
        why: 'Connect stores the Salesforce Id in the sfid column and matches every record on it; a mapping without Id goes to BAD_CONFIG.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object has an Id field.',
        bad: '"fields": { "Name": {}, "SystemModstamp": {} }',
        good: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
    },
    check(mapping) {
        if (mapping.facts.hasId === false) {
            return [{ path: [...mapping.path, 'object_name'], message: `${mapping.objectName} has no Id field in the describe data, so Heroku Connect cannot sync it (BAD_CONFIG). Map a different object.` }];
        }
        if (isMapped(mapping, 'Id'))
            return [];
        return [{ ...fieldsLocation(mapping), message: `${mapping.objectName} does not map Id. Add "Id": {} to fields: Heroku Connect matches every record on it.` }];
    },
};

;// CONCATENATED MODULE: ./src/catalog/kind.ts
/** What an API name's suffix says about the object (Salesforce naming conventions; see docs/rules.md). */
function kindOf(objectName) {
    const name = objectName.toLowerCase();
    if (name.endsWith('__b'))
        return 'big-object';
    if (name.endsWith('__e'))
        return 'platform-event';
    if (name.endsWith('changeevent'))
        return 'change-event';
    if (name.endsWith('__x'))
        return 'external-object';
    if (name.endsWith('__mdt'))
        return 'custom-metadata';
    if (name.endsWith('__kav') || name === 'knowledgearticleversion')
        return 'knowledge-article';
    if (name.endsWith('__history') || (!name.includes('__') && name.endsWith('history')))
        return 'history';
    if (name.endsWith('__share') || (!name.includes('__') && name.endsWith('share')))
        return 'share';
    if (name.endsWith('__feed') || (!name.includes('__') && name.endsWith('feed')))
        return 'feed';
    if (name.endsWith('__c'))
        return 'custom';
    return 'standard';
}

;// CONCATENATED MODULE: ./src/catalog/objects.ts
/** Standard objects in PushTopic queries (Salesforce Streaming API "Supported PushTopic Queries"; research §4.3). */
const PUSH_TOPIC_OBJECTS = new Set([
    'Account', 'Campaign', 'Case', 'Contact', 'ContractLineItem', 'Entitlement', 'Lead', 'LiveChatTranscript',
    'MessagingSession', 'Opportunity', 'Quote', 'QuoteLineItem', 'ServiceAppointment', 'ServiceContract', 'Task',
    'UserServicePresence', 'WorkOrder', 'WorkOrderLineItem',
]);
/** §8: queryable with a plain SOQL poll on SystemModstamp (ESTUARY lists them with cursor SystemModstamp). */
const POLLED_ON_SYSTEM_MODSTAMP = [
    [
        'Account', 'Contact', 'Lead', 'Opportunity', 'Case', 'Campaign', 'CampaignMember', 'Task', 'Event', 'User',
        'Product2', 'Pricebook2', 'PricebookEntry', 'Order', 'OrderItem', 'Contract', 'Asset', 'Quote', 'QuoteLineItem',
        'Note', 'Attachment', 'ContentVersion', 'ContentDocument', 'RecordType', 'Group', 'UserRole', 'Profile',
        'AccountContactRelation', 'OpportunityLineItem', 'OpportunityContactRole', 'CaseComment', 'EmailMessage',
        'Individual', 'Entitlement', 'WorkOrder', 'ServiceAppointment', 'AccountTeamMember', 'Solution', 'BusinessHours',
        'Organization', 'AcceptedEventRelation',
        // Beyond the §8 table, same source (ESTUARY supported_standard_objects.py, cursor SystemModstamp).
        'LiveChatTranscript', 'MessagingSession', 'OpportunityTeamMember', 'OpportunityCompetitor', 'OpportunityPartner',
        'PermissionSet', 'PermissionSetAssignment', 'ProcessInstance', 'LeadStatus', 'Location',
    ],
    { queryable: true, timestampField: 'SystemModstamp' },
];
/**
 * §8 and §1.4/§1.6: field history objects have no SystemModstamp (ESTUARY cursor CreatedDate) and
 * their supported calls do not include update() (object reference, StandardObjectNameHistory).
 */
const FIELD_HISTORY = [
    ['LeadHistory', 'AccountHistory', 'CaseHistory', 'ContactHistory', 'OpportunityFieldHistory'],
    { queryable: true, updateable: false, timestampField: 'CreatedDate' },
];
/**
 * Named like history objects but polled otherwise, so the name-based guess (CreatedDate) must not
 * apply: OpportunityHistory has SystemModstamp (ESTUARY cursor SystemModstamp) and no update()
 * (object reference, OpportunityHistory supported calls); LoginHistory is polled on LoginTime
 * (§1.4: TAP and AIRBYTE replication keys; ESTUARY cursor LoginTime).
 */
const HISTORY_NAMED_EXCEPTIONS = [
    [['OpportunityHistory'], { queryable: true, updateable: false, timestampField: 'SystemModstamp' }],
    [['LoginHistory'], { timestampField: 'LoginTime' }],
];
/** §8: update() is among the supported calls in the object reference. */
const UPDATEABLE = [['ContentDocument', 'ContentDocumentLink', 'Profile'], { updateable: true }];
/**
 * Objects Salesforce lets you query only with an object-specific filter, which Connect's poll does
 * not have. Heroku's BAD_CONFIG list (Dev Center "Mapping Configuration Options", seed 002) names
 * CollaborationGroupRecord, ContentDocumentLink, ContentFolderItem, ContentFolderMember,
 * FeedPollVote, IdeaComment, KnowledgeArticleVersion and Vote; §1.2 adds ContentHubItem
 * (SF-SOQL-LIM), TAP's QUERY_RESTRICTED list, ESTUARY's filter-only objects, and §2 the child-only
 * FeedItem and FeedRevision.
 */
const FILTER_REQUIRED = [
    [
        'CollaborationGroupRecord', 'ContentDocumentLink', 'ContentFolderItem', 'ContentFolderMember', 'FeedPollVote',
        'IdeaComment', 'KnowledgeArticleVersion', 'Vote', 'ContentHubItem',
        'Announcement', 'FieldDefinition', 'PlatformAction', 'UserEntityAccess', 'RelationshipInfo', 'SearchLayout',
        'SiteDetail', 'EntityParticle', 'OwnerChangeOptionInfo', 'DataStatistics', 'UserFieldAccess', 'PicklistValueInfo',
        'RelationshipDomain', 'FlexQueueItem', 'NetworkUserHistoryRecent', 'FieldHistoryArchive', 'RecordActionHistory',
        'FlowVersionView', 'FlowVariableView', 'AppTabMember', 'ColorDefinition', 'DatacloudDandBCompany',
        'DatacloudAddress', 'FlowTestView', 'RelatedListColumnDefinition', 'RelatedListDefinition', 'ApexTypeImplementor',
        'IconDefinition',
        'ActivityFieldHistory', 'OmniRoutingEventStore',
        'FeedItem', 'FeedRevision',
    ],
    { queryable: 'filter' },
];
/** §1.2/§2: no SOQL query at all ("entity type ... does not support query"; TAP QUERY_INCOMPATIBLE list). */
const QUERY_INCOMPATIBLE = [
    [
        'DataType', 'ListViewChartInstance', 'FeedLike', 'OutgoingEmail', 'OutgoingEmailRelation', 'FeedSignal',
        'ActivityHistory', 'EmailStatus', 'UserRecordAccess', 'Name', 'AggregateResult', 'OpenActivity',
        'ProcessInstanceHistory', 'OwnedContentDocument', 'FolderedContentDocument', 'FeedTrackedChange',
        'CombinedAttachment', 'AttachedContentDocument', 'ContentBody', 'NoteAndAttachment', 'LookedUpFromActivity',
        'AttachedContentNote', 'QuoteTemplateRichTextData',
    ],
    { queryable: false },
];
/** §1.6 (object reference v226/v238): KnowledgeArticleVersion supports no update(); writes go through the __kav object. */
const NOT_UPDATEABLE = [['KnowledgeArticleVersion'], { updateable: false }];
/**
 * §2: the Bulk API cannot page these. Heroku states it for LeadHistory and Attachment (DC-MCO:
 * more than 20,000 changed records cannot be retrieved); TAP, AIRBYTE and ESTUARY list the rest as
 * not supported by the Bulk API.
 */
const BULK_LIMITED = [
    [
        'LeadHistory', 'Attachment',
        'AcceptedEventRelation', 'DeclinedEventRelation', 'UndecidedEventRelation', 'CaseStatus', 'ContractStatus',
        'OrderStatus', 'PartnerRole', 'SolutionStatus', 'TaskPriority', 'TaskStatus', 'ServiceAppointmentStatus',
        'WorkOrderStatus', 'WorkOrderLineItemStatus', 'WorkStepStatus', 'ShiftStatus', 'FieldSecurityClassification',
        'RecentlyViewed', 'EventWhoRelation', 'TaskWhoRelation',
    ],
    { bulkLimited: true },
];
/** §2 (DC-MCO, DC-DASH): archived Tasks and Events are invisible to the Bulk API, so Connect never syncs them. */
const ARCHIVABLE = [['Task', 'Event'], { archivable: true }];
/**
 * §3: field types Connect cannot give a column. base64: Attachment.Body (DC-MCO), the blob fields of
 * Document, ContentVersion and ContentNote (REST API "Get Blob Data", UI API "Upload Binary Files")
 * and StaticResource.Body (object reference). address: the standard compound address fields
 * (object reference "Address Compound Fields"; §3 DDL shows only the components get columns).
 */
const FIELD_TYPES = {
    Attachment: { Body: 'base64' },
    Document: { Body: 'base64' },
    ContentVersion: { VersionData: 'base64' },
    ContentNote: { Content: 'base64' },
    StaticResource: { Body: 'base64' },
    Account: { BillingAddress: 'address', ShippingAddress: 'address' },
    Contact: { MailingAddress: 'address', OtherAddress: 'address' },
    Lead: { Address: 'address' },
    User: { Address: 'address' },
    Organization: { Address: 'address' },
    Contract: { BillingAddress: 'address', ShippingAddress: 'address' },
    Order: { BillingAddress: 'address', ShippingAddress: 'address' },
    Quote: { BillingAddress: 'address', ShippingAddress: 'address', QuoteToAddress: 'address', AdditionalAddress: 'address' },
    ServiceAppointment: { Address: 'address' },
    WorkOrder: { Address: 'address' },
};
const STANDARD_OBJECTS = buildCatalog([
    POLLED_ON_SYSTEM_MODSTAMP, FIELD_HISTORY, ...HISTORY_NAMED_EXCEPTIONS, UPDATEABLE, FILTER_REQUIRED, QUERY_INCOMPATIBLE,
    NOT_UPDATEABLE, BULK_LIMITED, ARCHIVABLE,
], FIELD_TYPES);
function buildCatalog(groups, fieldTypes) {
    const catalog = {};
    for (const [names, fact] of groups) {
        for (const name of names) {
            const entry = (catalog[name] ??= {});
            for (const [key, value] of Object.entries(fact)) {
                // Two sources contradicting each other would make the catalog's answer depend on group order.
                if (entry[key] !== undefined && entry[key] !== value)
                    throw new Error(`Catalog conflict for ${name}.${key}.`);
                Object.assign(entry, { [key]: value });
            }
        }
    }
    for (const [name, fields] of Object.entries(fieldTypes))
        (catalog[name] ??= {}).fields = fields;
    return catalog;
}

;// CONCATENATED MODULE: ./src/catalog/resolve.ts


const catalogByLowerName = new Map(Object.entries(STANDARD_OBJECTS).map(([name, entry]) => [name.toLowerCase(), { name, entry }]));
const pushTopicLower = new Set([...PUSH_TOPIC_OBJECTS].map((name) => name.toLowerCase()));
/** Polling timestamps in the order Connect (and other Salesforce replicators) prefer them. */
const TIMESTAMP_FIELDS = ['SystemModstamp', 'LastModifiedDate', 'CreatedDate'];
/**
 * What is known about an object: first from its name's suffix, then from the built-in catalog,
 * then from describe data, each overriding the one before.
 */
function factsFor(objectName, describe) {
    const kind = kindOf(objectName);
    const catalogued = catalogByLowerName.get(objectName.toLowerCase());
    const facts = {
        name: objectName,
        kind,
        ...factsFromName(objectName, kind),
        ...(catalogued && factsFromCatalog(catalogued.entry)),
        fields: catalogued ? catalogFields(catalogued.entry) : NO_FIELDS,
        fieldsComplete: false,
        origin: catalogued ? 'catalog' : 'name',
    };
    return describe ? withDescribe(facts, describe) : facts;
}
const NO_FIELDS = new Map();
const fieldsOfEntry = new WeakMap();
/** Built once per catalog entry: a lint of many mappings of one object shares it. */
function catalogFields(entry) {
    let fields = fieldsOfEntry.get(entry);
    if (!fields) {
        fields = entry.fields ? new Map(Object.entries(entry.fields).map(([name, type]) => [name, { name, type }])) : NO_FIELDS;
        fieldsOfEntry.set(entry, fields);
    }
    return fields;
}
function factsFromName(objectName, kind) {
    switch (kind) {
        case 'custom':
            // Every custom object has Id and SystemModstamp, can be updated, and is PushTopic-eligible.
            return { queryable: true, updateable: true, timestampField: 'SystemModstamp', streaming: true, hasId: true };
        case 'standard':
            return { streaming: pushTopicLower.has(objectName.toLowerCase()) };
        case 'history':
            // History objects have no SystemModstamp, and their supported calls do not include update().
            return { updateable: false, timestampField: 'CreatedDate', streaming: false };
        default:
            return { streaming: false };
    }
}
function factsFromCatalog(entry) {
    const { fields: _fields, ...facts } = entry;
    return facts;
}
function withDescribe(facts, describe) {
    const merged = { ...facts, origin: 'describe', describe };
    if (describe.queryable !== undefined)
        merged.queryable = describe.queryable ? (facts.queryable === 'filter' ? 'filter' : true) : false;
    if (describe.updateable !== undefined)
        merged.updateable = describe.updateable;
    if (describe.createable !== undefined)
        merged.createable = describe.createable;
    if (describe.fields) {
        const byName = new Map(describe.fields.map((field) => [field.name, field]));
        merged.fields = byName;
        merged.fieldsComplete = true;
        merged.hasId = byName.has('Id');
        // Connect polls SystemModstamp wherever it exists; otherwise a field the catalog names (LoginHistory's
        // LoginTime) comes before the generic fallbacks, as long as the describe confirms it.
        const [preferred, ...fallbacks] = TIMESTAMP_FIELDS;
        merged.timestampField = [preferred, facts.timestampField, ...fallbacks].find((name) => name !== undefined && byName.has(name));
    }
    return merged;
}

;// CONCATENATED MODULE: ./src/rules/missing-timestamp-field.ts


const missingTimestampField = {
    id: 'missing-timestamp-field',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'The object has no timestamp Connect can poll on, or the mapping leaves it out: SystemModstamp, or for objects without it (history objects) CreatedDate. For an object nothing is known about, only a mapping with none of SystemModstamp, LastModifiedDate and CreatedDate is reported.',
        why: 'Connect finds changed records by polling a timestamp field and stores it in the systemmodstamp column. Without one the mapping goes to BAD_CONFIG; unmapped, the field is not there for Connect to read.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object has a timestamp field usable for sync (such as SystemModstamp); Heroku Connect Database Tables (the systemmodstamp column); Salesforce Object Reference, System Fields; estuary/connectors and singer-io/tap-salesforce (history objects are polled on CreatedDate, other objects without SystemModstamp on LastModifiedDate).',
        bad: '"fields": { "Id": {}, "Name": {} }',
        good: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
    },
    check(mapping) {
        // An object rejected outright has its own finding; asking for its timestamp would only add noise.
        if (rejectedByKind(mapping.facts))
            return [];
        const { facts } = mapping;
        const field = facts.timestampField;
        if (field === undefined && facts.fieldsComplete) {
            return [
                {
                    ...fieldsLocation(mapping),
                    message: `${mapping.objectName} has none of ${TIMESTAMP_FIELDS.join(', ')} in the describe data, so Heroku Connect has no timestamp to poll for changes (BAD_CONFIG). Remove this mapping.`,
                },
            ];
        }
        // Only a fact from the catalog, the describe data or the custom-object rules names the one field to map;
        // a guess from the object's name (history, share) accepts any of the usual timestamps.
        const known = facts.origin !== 'name' || facts.kind === 'custom';
        if (field !== undefined && known) {
            if (isMapped(mapping, field))
                return [];
            return [
                {
                    ...fieldsLocation(mapping),
                    message: `${mapping.objectName} does not map ${field}, the timestamp Heroku Connect polls for changes. Add "${field}": {} to fields.`,
                },
            ];
        }
        if (TIMESTAMP_FIELDS.some((name) => isMapped(mapping, name)))
            return [];
        return [
            {
                ...fieldsLocation(mapping),
                message: `${mapping.objectName} maps none of ${TIMESTAMP_FIELDS.join(', ')}, so Heroku Connect has no timestamp to poll for changes. Add the one the object has, most likely "${field ?? TIMESTAMP_FIELDS[0]}": {}.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/missing-upsert-field.ts

const missingUpsertField = {
    id: 'missing-upsert-field',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'A read_write mapping has no `upsert_field` (the unique identifier).',
        why: 'Connect reads and writes in separate threads. Without a unique External ID to match on, a record written from Postgres can come back from Salesforce before its sfid is stored, and Connect inserts it a second time. Heroku diagnose fails read-write mappings without one.',
        source: 'Heroku diagnose, "Unique Identifier" check: read-write mappings require a unique identifier, defined as a unique External ID field in Salesforce (Heroku blog, health check for your Heroku Connect data pipeline); Heroku Dev Center, Mapping Configuration Options, "Unique identifiers"; django-heroku-connect check E007.',
        bad: '"config": { "access": "read_write", "fields": { "Id": {}, "Name": {}, "SystemModstamp": {} } }',
        good: '"config": { "access": "read_write", "upsert_field": "External_Id__c", "fields": { "Id": {}, "External_Id__c": {}, "Name": {}, "SystemModstamp": {} } }',
    },
    check(mapping) {
        // When the object cannot be updated at all, not-updateable asks for read_only, which needs no upsert field.
        if (mapping.access !== 'read_write' || mapping.facts.updateable === false)
            return [];
        const upsertField = mapping.config?.upsert_field;
        // null is how the Connect API says "none"; values of another type are the schema rule's to report.
        if (upsertField !== undefined && upsertField !== null && upsertField !== '')
            return [];
        return [
            {
                ...configLocation(mapping, 'access'),
                message: `${mapping.objectName} is read_write but has no upsert_field. Set upsert_field to a field marked External ID and Unique in Salesforce, and map it: Heroku Connect needs it to match the records it writes.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/not-queryable.ts

const notQueryable = {
    id: 'not-queryable',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'The mapped object cannot be queried: the describe data says `queryable: false`, or it is a known query-incompatible object (ActivityHistory, OpenActivity, AggregateResult, NoteAndAttachment, ...).',
        why: 'Connect reads Salesforce with SOQL queries. An object that does not support query cannot be synced, and the mapping goes to BAD_CONFIG.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object is queryable through the Salesforce API; Salesforce DescribeSObjectResult `queryable`; singer-io/tap-salesforce, query-incompatible objects (INVALID_TYPE_FOR_OPERATION: entity type does not support query).',
        bad: '{ "object_name": "OpenActivity", "config": { "access": "read_only", ... } }',
        good: '{ "object_name": "Task", "config": { "access": "read_only", ... } }',
    },
    check(mapping) {
        const { facts } = mapping;
        if (facts.queryable !== false || rejectedByKind(facts))
            return [];
        const why = facts.describe?.queryable === false ? 'the describe data marks it as not queryable' : 'Salesforce does not support queries on it';
        return [
            {
                ...objectLocation(mapping),
                message: `${mapping.objectName} cannot be synced: ${why} (BAD_CONFIG). Remove this mapping; if the data is stored in another object (OpenActivity, for example, is a view over Task and Event), map that one.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/not-updateable.ts

const notUpdateable = {
    id: 'not-updateable',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'A read_write mapping of an object Salesforce does not let you update: history objects, KnowledgeArticleVersion, or `updateable: false` in the describe data.',
        why: 'A read_write mapping writes Postgres changes back with update calls. Heroku Connect checks that the object is updateable and sets the mapping to BAD_CONFIG when it is not.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": a read/write mapping requires an updateable object; Salesforce Object Reference, StandardObjectNameHistory and KnowledgeArticleVersion (no update() among the supported calls); DescribeSObjectResult `updateable`.',
        bad: '{ "object_name": "AccountHistory", "config": { "access": "read_write", ... } }',
        good: '{ "object_name": "AccountHistory", "config": { "access": "read_only", ... } }',
    },
    check(mapping) {
        if (mapping.access !== 'read_write' || mapping.facts.updateable !== false)
            return [];
        return [
            {
                ...configLocation(mapping, 'access'),
                message: `${mapping.objectName} cannot be updated through the Salesforce API, so a read_write mapping of it fails (BAD_CONFIG). Set access to "read_only".`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/platform-event.ts

const platformEvent = {
    id: 'platform-event',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'The mapped object is a platform event (`__e`) or a change event (`ChangeEvent`, `__ChangeEvent`).',
        why: 'Events are messages, not stored records: SOQL cannot query them, so there is nothing for Connect to poll. Heroku Connect checks for platform events before syncing and sets the mapping to BAD_CONFIG.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object is not a Platform Event; Salesforce Object Reference, StandardObjectNameChangeEvent (a change event supports no CRUD operations or queries).',
        bad: '{ "object_name": "Order_Placed__e", "config": { "access": "read_only", ... } }',
        good: '{ "object_name": "Order__c", "config": { "access": "read_only", ... } }',
    },
    check(mapping) {
        const { kind } = mapping.facts;
        if (kind !== 'platform-event' && kind !== 'change-event')
            return [];
        const what = kind === 'platform-event' ? 'a platform event' : 'a Change Data Capture event';
        return [
            {
                ...objectLocation(mapping),
                message: `${mapping.objectName} is ${what}, which cannot be queried, so Heroku Connect cannot sync it (BAD_CONFIG). Map the object that stores the records instead, or subscribe to the event outside Heroku Connect.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/polling-interval.ts

const PAID_MINIMUM_MINUTES = 2;
const DEMO_MINIMUM_MINUTES = 10;
const MAXIMUM_MINUTES = 60;
const pollingInterval = {
    id: 'polling-interval',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: '`sf_polling_seconds` is not a whole number of minutes between 2 and 60 (10 to 60 on the demo plan).',
        why: 'Connect polls Salesforce at intervals set in whole minutes within that range; other values are not a setting Connect can run with.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Standard polling": "from 2 minutes (10 minutes on the demo plan) to 60 minutes", changed "in 1-minute steps"; Heroku Connect plans: demo has "a minimum polling interval of 10 minutes".',
        bad: '"sf_polling_seconds": 90',
        good: '"sf_polling_seconds": 120',
    },
    check(mapping) {
        const seconds = mapping.config?.sf_polling_seconds;
        if (typeof seconds !== 'number' || !Number.isInteger(seconds))
            return [];
        const demo = mapping.document.plan === 'demo';
        const minimum = demo ? DEMO_MINIMUM_MINUTES : PAID_MINIMUM_MINUTES;
        const range = `${minimum * 60} to ${MAXIMUM_MINUTES * 60} seconds (${minimum} to ${MAXIMUM_MINUTES} minutes${demo ? ' on the demo plan' : ''})`;
        if (seconds % 60 !== 0) {
            const nearest = Math.min(MAXIMUM_MINUTES, Math.max(minimum, Math.round(seconds / 60))) * 60;
            return [{ ...configLocation(mapping, 'sf_polling_seconds'), message: `sf_polling_seconds is ${seconds}, which is not a whole number of minutes. Use a multiple of 60 from ${range}, such as ${nearest}.` }];
        }
        if (seconds < minimum * 60 || seconds > MAXIMUM_MINUTES * 60) {
            return [{ ...configLocation(mapping, 'sf_polling_seconds'), message: `sf_polling_seconds is ${seconds}, outside ${range}. Set it within that range.` }];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/rules/relationship-lookup.ts

const relationshipLookup = {
    id: 'relationship-lookup',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'A relationship external-ID field is mapped, but its lookup field is not both mapped and indexed: `Project__r__PG_ID__c` needs `Project__c` in fields and in indexes; with describe data, `Account__PG_ID__c` needs `AccountId`.',
        why: 'Connect fills the lookup from the external ID of the related record, and needs the lookup column and its index to do so. Without them the relationship field is never added and the whole mapping silently stops working.',
        source: 'Heroku Dev Center, Writing Data to Salesforce, "Simple relationships between two objects and relationship external IDs"; django-heroku-connect issue #83 (a relationship field whose lookup had no index silently broke the mapping).',
        bad: '"fields": { "Id": {}, "Project__r__PG_ID__c": {}, "SystemModstamp": {} }, "indexes": { "Id": { "unique": true } }',
        good: '"fields": { "Id": {}, "Project__c": {}, "Project__r__PG_ID__c": {}, "SystemModstamp": {} }, "indexes": { "Id": { "unique": true }, "Project__c": { "unique": false } }',
    },
    check(mapping) {
        return relationships(mapping).flatMap(({ field, lookup }) => {
            const mapped = isMapped(mapping, lookup);
            const indexed = isIndexed(mapping, lookup);
            if (mapped && indexed)
                return [];
            const fixes = [!mapped && `"${lookup}": {} to fields`, !indexed && `"${lookup}": { "unique": false } to indexes`].filter(Boolean).join(' and ');
            const state = !mapped && !indexed ? 'neither mapped nor indexed' : mapped ? 'not indexed' : 'not mapped';
            return [
                {
                    ...fieldLocation(mapping, field),
                    message: `${field} sets the lookup ${lookup} of ${mapping.objectName}, but ${lookup} is ${state}, which silently breaks the whole mapping. Add ${fixes}.`,
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/required-fields.ts

const requiredFields = {
    id: 'required-fields',
    scope: 'mapping',
    defaultLevel: 'warning',
    docs: {
        summary: 'With describe data, a read_write mapping leaves out a field Salesforce requires on create (createable, not nillable, no default).',
        why: 'Rows inserted in Postgres are created in Salesforce with the mapped fields only; without a required field every such insert fails and lands in the _hc_err column.',
        source: 'Heroku diagnose "Required Fields" check (Heroku Dev Center, Heroku Connect Diagnose); Salesforce DescribeSObjectResult field properties createable, nillable and defaultedOnCreate.',
        bad: '"object_name": "Contact", "config": { "access": "read_write", "fields": { "Id": {}, "FirstName": {}, "SystemModstamp": {} } }',
        good: '"object_name": "Contact", "config": { "access": "read_write", "fields": { "Id": {}, "FirstName": {}, "LastName": {}, "SystemModstamp": {} } }',
    },
    check(mapping) {
        const { facts } = mapping;
        // A non-updateable object gets not-updateable (make it read_only); a non-createable one cannot be inserted into at all.
        if (mapping.access !== 'read_write' || !facts.fieldsComplete || facts.updateable === false || facts.createable === false)
            return [];
        const missing = [...facts.fields.values()]
            .filter((field) => field.createable === true && field.nillable === false && field.defaultedOnCreate === false)
            // A required field Connect cannot map is reported by unsupported-field-type if mapped; asking for it here would contradict that.
            .filter((field) => !unmappableType(field) && !isMapped(mapping, field.name))
            .map((field) => field.name);
        if (missing.length === 0)
            return [];
        const noun = missing.length === 1 ? 'field' : 'fields';
        return [
            {
                ...fieldsLocation(mapping),
                message: `${mapping.objectName} is read_write but does not map the required ${noun} ${listOf(missing)}, so rows inserted from Postgres will fail to sync. Add ${missing.map((name) => `"${name}": {}`).join(', ')} to fields.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/requires-filter.ts

const requiresFilter = {
    id: 'requires-filter',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'The mapped object can only be queried with an object-specific filter (such as ContentDocumentLink, Vote, IdeaComment or FeedItem).',
        why: 'Connect polls every record of an object by timestamp. Salesforce rejects such a query on these objects unless it filters on particular fields (a record Id, a parent Id), so the mapping goes to BAD_CONFIG.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object does not require a filter to query (CollaborationGroupRecord, ContentDocumentLink, ContentFolderItem, ContentFolderMember, FeedPollVote, IdeaComment, KnowledgeArticleVersion, Vote); Salesforce SOQL and SOSL Reference, "SOQL Limits on Objects"; singer-io/tap-salesforce Blacklisting.md ("Implementation restriction ... requires a filter").',
        bad: '{ "object_name": "ContentDocumentLink", "config": { "access": "read_only", ... } }',
        good: '{ "object_name": "ContentDocument", "config": { "access": "read_only", ... } }',
    },
    check(mapping) {
        if (mapping.facts.queryable !== 'filter' || rejectedByKind(mapping.facts))
            return [];
        return [
            {
                ...objectLocation(mapping),
                message: `${mapping.objectName} can only be queried with a filter on specific fields, and Heroku Connect polls without one (BAD_CONFIG). Remove this mapping, or map the parent object and read ${mapping.objectName} through the Salesforce API.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/schema.ts
const schemaRule = {
    id: 'schema',
    scope: 'builtin',
    defaultLevel: 'error',
    docs: {
        summary: 'The document breaks the export format: wrong types, access not read_only/read_write, version not 1, fields/indexes not objects of objects, unknown keys, missing mappings/object_name/config/access.',
        why: 'Heroku Connect accepts any file on import and fails later; a misspelt key (acess, sf_poling_seconds) is silently ignored and the mapping runs with defaults nobody chose.',
        source: 'The export format as heroku connect:export writes it (shared/research/heroku-connect-rules.md §6); schema/heroku-connect-mappings.schema.json.',
        bad: '"config": { "acess": "read_write", "sf_polling_seconds": "600" }',
        good: '"config": { "access": "read_write", "sf_polling_seconds": 600 }',
    },
};

;// CONCATENATED MODULE: ./src/rules/too-many-mappings.ts
const MAXIMUM_MAPPINGS = 100;
const tooManyMappings = {
    id: 'too-many-mappings',
    scope: 'document',
    defaultLevel: 'warning',
    docs: {
        summary: 'The file has more than 100 mappings.',
        why: 'Heroku Connect diagnose warns about connections with more than 100 mappings: each mapping polls Salesforce on its own schedule and adds load to the connection.',
        source: 'Heroku Connect diagnose, check NUM_MAPPINGS_WITHIN_LIMIT "Number of Mappings" (passes when the connection has no more than 100 mappings; heroku-connect-plugin diagnose tests).',
        bad: '"mappings": [ /* 120 mappings */ ]',
        good: '"mappings": [ /* 100 mappings or fewer; the rest in a second connection */ ]',
    },
    check(document) {
        if (document.mappingCount <= MAXIMUM_MAPPINGS)
            return [];
        return [
            {
                path: ['mappings'],
                at: 'key',
                message: `The file has ${document.mappingCount} mappings, more than the ${MAXIMUM_MAPPINGS} Heroku Connect diagnose accepts for one connection. Remove mappings nobody reads, or split the objects across two connections.`,
            },
        ];
    },
};

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
;// CONCATENATED MODULE: ./src/lint/suggest.ts

/** The candidate a typo most likely meant, or undefined when none is close enough to suggest. */
function suggest(input, candidates) {
    if (candidates.length === 0)
        return undefined;
    const lower = input.toLowerCase();
    const caseOnly = candidates.find((c) => c.toLowerCase() === lower);
    if (caseOnly)
        return caseOnly;
    const best = (0,mod/* closest */.kp)(lower, candidates.map((c) => c.toLowerCase()));
    const index = candidates.findIndex((c) => c.toLowerCase() === best);
    return (0,mod/* distance */.Io)(lower, best) <= Math.max(2, Math.floor(input.length / 3)) ? candidates[index] : undefined;
}
function didYouMean(input, candidates) {
    const match = suggest(input, candidates);
    return match ? ` Did you mean "${match}"?` : '';
}

;// CONCATENATED MODULE: ./src/rules/unknown-field.ts


const unknownField = {
    id: 'unknown-field',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'With describe data for the object, a mapped field does not exist on it. Relationship external-ID fields (`Project__r__PG_ID__c`, `Account__PG_ID__c`) are not reported when they resolve to a lookup field.',
        why: 'Connect builds its query from the mapped fields; a field Salesforce does not know (a typo, a field of another org, one the integration user cannot see) breaks the sync of the whole mapping.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)" (mapped fields must have known types) and "Missing objects and fields" (fields hidden by permissions).',
        bad: '"fields": { "Id": {}, "Nmae": {}, "SystemModstamp": {} }',
        good: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
    },
    check(mapping) {
        const { facts } = mapping;
        if (!facts.fieldsComplete || !mapping.fields)
            return [];
        // Relationship external-ID fields exist only in Connect, never in the describe data.
        const virtual = new Set(relationships(mapping).map((relationship) => relationship.field));
        const reports = [];
        for (const name of mapping.fields) {
            if (virtual.has(name) || knownField(facts, name))
                continue;
            const lookup = customLookupOf(name);
            const message = lookup === undefined
                ? `${name} is not a field of ${mapping.objectName} in the describe data.${didYouMean(name, [...facts.fields.keys()])} Fix the name or remove it from fields; if the field exists, give the integration user access to it.`
                : `${name} is written as a relationship external-ID field, but ${mapping.objectName} has no lookup field ${lookup} in the describe data. Fix the relationship name or remove the field from fields.`;
            reports.push({ ...fieldLocation(mapping, name), message });
        }
        return reports;
    },
};

;// CONCATENATED MODULE: ./src/rules/unreadable-file.ts
const unreadableFile = {
    id: 'unreadable-file',
    scope: 'builtin',
    defaultLevel: 'error',
    docs: {
        summary: 'A file named for linting cannot be read: it does not exist, is not a regular file, is not readable, or is over the 16 MiB size limit.',
        why: 'A named file that cannot be read must never pass in silence: the import would fail, or lint a different file than intended.',
        source: 'heroku-connect-action: the size limit is far above any real export (the largest public one is about 5 KB; 2,000 mappings of 65 fields is about 5 MB).',
        bad: 'files: mappings/heroku-connect.jsn   # a typo in the path',
        good: 'files: mappings/heroku-connect.json',
    },
};

;// CONCATENATED MODULE: ./src/rules/unsupported-field-type.ts

/** The parts of a standard address that most mappings want (object reference, "Address Compound Fields"). */
const ADDRESS_PARTS = ['Street', 'City', 'State', 'PostalCode', 'Country'];
const unsupportedFieldType = {
    id: 'unsupported-field-type',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'A mapped field has a type Connect cannot give a column: base64 (Attachment.Body, Document.Body, ContentVersion.VersionData, ...), or a compound address or geolocation field (BillingAddress, MailingAddress, a geolocation field rather than its `__Latitude__s`/`__Longitude__s` parts). Known from the built-in catalog or the describe data.',
        why: 'Heroku Connect checks that every mapped field has a type it can map to Postgres and sets the mapping to BAD_CONFIG otherwise. Binary data is not supported; compound fields get no column, only their components do.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the mapped fields have known types that map to Postgres types, and "Unsupported objects" (base64 data is not supported); Salesforce Object Reference, "Address Compound Fields" and "Compound Field Considerations and Limitations".',
        bad: '"object_name": "Account", "config": { "fields": { "Id": {}, "BillingAddress": {}, "SystemModstamp": {} } }',
        good: '"object_name": "Account", "config": { "fields": { "Id": {}, "BillingStreet": {}, "BillingCity": {}, "BillingPostalCode": {}, "SystemModstamp": {} } }',
    },
    check(mapping) {
        // Nothing is known about any field of this object (an uncatalogued or custom object without describe data).
        if (mapping.facts.fields.size === 0)
            return [];
        const reports = [];
        for (const name of mapping.fields ?? []) {
            const field = knownField(mapping.facts, name);
            const type = unmappableType(field);
            if (!field || !type)
                continue;
            const subject = `${mapping.objectName}.${field.name}`;
            const message = type === 'base64'
                ? `${subject} holds binary (base64) data, which Heroku Connect cannot sync. Remove it from fields; to share files, store them elsewhere (Amazon S3, for example) and sync a text field with their URL.`
                : `${subject} is a compound ${type === 'address' ? 'address' : 'geolocation'} field, which has no Postgres column. Map its component fields instead: ${listOf(componentsOf(mapping, field))}.`;
            reports.push({ ...fieldLocation(mapping, name), message });
        }
        return reports;
    },
};
/** The component fields to suggest: from the describe data when it lists them, else by Salesforce's naming rules. */
function componentsOf(mapping, compound) {
    const described = [...mapping.facts.fields.values()].filter((field) => field.compoundFieldName === compound.name).map((field) => field.name);
    if (described.length > 0)
        return described;
    if (compound.type?.toLowerCase() === 'address') {
        const prefix = compound.name.replace(/Address$/i, '');
        return ADDRESS_PARTS.map((part) => `${prefix}${part}`);
    }
    const base = compound.name.replace(/__c$/i, '');
    return compound.name !== base ? [`${base}__Latitude__s`, `${base}__Longitude__s`] : ['its latitude and longitude fields'];
}

;// CONCATENATED MODULE: ./src/rules/unsupported-object.ts

const unsupportedObject = {
    id: 'unsupported-object',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'The mapped object is a custom metadata type (`__mdt`) or an external object (`__x`).',
        why: 'Heroku Connect cannot map custom metadata types. External objects hold no data in Salesforce: their rows are fetched from another system on each query, under SOQL restrictions that rule out a timestamp poll.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Unsupported objects": custom metadata types cannot be mapped; Salesforce SOQL and SOSL Reference, "SOQL Limits on Objects" (external objects).',
        bad: '{ "object_name": "Pricing_Rule__mdt", "config": { "access": "read_only", ... } }',
        good: '{ "object_name": "Pricing_Rule__c", "config": { "access": "read_only", ... } }',
    },
    check(mapping) {
        const { kind } = mapping.facts;
        if (kind === 'custom-metadata') {
            return [
                {
                    ...objectLocation(mapping),
                    message: `${mapping.objectName} is a custom metadata type, which Heroku Connect cannot map. Remove this mapping, or keep the values in a custom object and map that one.`,
                },
            ];
        }
        if (kind === 'external-object') {
            return [
                {
                    ...objectLocation(mapping),
                    message: `${mapping.objectName} is an external object whose data lives outside Salesforce, so Heroku Connect cannot poll it. Remove this mapping and read the data from its source system.`,
                },
            ];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/rules/upsert-field.ts

const upsertField = {
    id: 'upsert-field',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: '`upsert_field` is not among the mapped fields, or the describe data shows it is not both External ID and Unique.',
        why: 'Connect matches records on the upsert field\'s column, which exists only when the field is mapped. Heroku accepts only a field with both the External ID and the Unique attribute as a unique identifier; without Unique, duplicates can slip in.',
        source: 'Heroku diagnose "Unique Identifier" and "Upsert Field" checks (unique identifiers must be unique External ID fields); Heroku Dev Center, Mapping Configuration Options, "Unique identifiers".',
        bad: '"upsert_field": "External_Id__c", "fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
        good: '"upsert_field": "External_Id__c", "fields": { "Id": {}, "External_Id__c": {}, "Name": {}, "SystemModstamp": {} }',
    },
    check(mapping) {
        const field = mapping.config?.upsert_field;
        if (typeof field !== 'string' || field === '')
            return [];
        const location = configLocation(mapping, 'upsert_field');
        if (!isMapped(mapping, field)) {
            return [{ ...location, message: `The upsert_field ${field} is not mapped on ${mapping.objectName}. Add "${field}": {} to fields.` }];
        }
        const described = knownField(mapping.facts, field);
        if (described && (described.externalId === false || described.unique === false)) {
            const missing = [described.externalId === false && 'External ID', described.unique === false && 'Unique'].filter(Boolean).join(' and ');
            return [
                {
                    ...location,
                    message: `${mapping.objectName}.${described.name} is not ${missing} in Salesforce, so it cannot be the upsert_field. Turn on both External ID and Unique for the field, or choose a field that has them.`,
                },
            ];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/rules/index.ts




























/** Every rule, in the order the docs list them. A new rule is one file and one line here. */
const RULES = [
    unreadableFile,
    invalidJson,
    duplicateKey,
    schemaRule,
    duplicateMapping,
    bigObject,
    platformEvent,
    requiresFilter,
    notQueryable,
    implementationRestriction,
    unsupportedObject,
    missingIdField,
    missingTimestampField,
    notUpdateable,
    unsupportedFieldType,
    unknownField,
    pollingInterval,
    acceleratedPolling,
    missingUpsertField,
    upsertField,
    indexUnmappedField,
    relationshipLookup,
    columnCollision,
    apiVersion,
    requiredFields,
    bulkLimit,
    tooManyMappings,
    archivedActivities,
];
const RULES_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

;// CONCATENATED MODULE: ./src/lint/levels.ts




const SETTINGS = ['off', ...LEVELS];
/** Each rule's effective level: its default, unless the user set another. */
function levels_resolveLevels(overrides = []) {
    const levels = new Map(RULES.map((rule) => [rule.id, rule.defaultLevel]));
    for (const [id, setting] of overrides) {
        if (!RULES_BY_ID.has(id)) {
            throw new errors_ConfigurationError(`Unknown rule "${id}".${didYouMean(id, [...RULES_BY_ID.keys()])} The rules are listed in the README's rule reference.`);
        }
        const level = setting.trim().toLowerCase();
        if (!isLevelSetting(level)) {
            throw new errors_ConfigurationError(`Rule "${id}" cannot be set to "${setting}": use one of ${SETTINGS.join(', ')}.`);
        }
        levels.set(id, level);
    }
    return levels;
}
/** Parses "rule-id: level" lines (the action input) or "rule-id=level" items (the CLI flag). */
function levels_parseRuleSettings(lines) {
    return lines
        .map((line) => line.replace(/#.*$/, '').trim())
        .filter(Boolean)
        .map((line) => {
        const match = /^([A-Za-z0-9-]+)\s*[:=]\s*(\S+)$/.exec(line);
        if (!match)
            throw new errors_ConfigurationError(`Cannot read the rule setting "${line}": write it as rule-id: level, for example "bulk-limit: off".`);
        return [match[1], match[2]];
    });
}
function isLevelSetting(value) {
    return SETTINGS.includes(value);
}
function levels_isLevel(value) {
    return LEVELS.includes(value);
}

;// CONCATENATED MODULE: ./src/action/inputs.ts




/** Every input the action reads, by name. action.yml declares the same names and defaults (a test checks). */
const Input = {
    Files: 'files',
    Rules: 'rules',
    FailOn: 'fail-on',
    Plan: 'plan',
    Describe: 'describe',
    SalesforceInstanceUrl: 'salesforce-instance-url',
    SalesforceAccessToken: 'salesforce-access-token',
    SarifFile: 'sarif-file',
    Deploy: 'deploy',
    HerokuApiKey: 'heroku-api-key',
    App: 'app',
    Resource: 'resource',
    WaitTimeout: 'wait-timeout',
    PollInterval: 'poll-interval',
    AllowPullRequestDeploy: 'allow-pull-request-deploy',
    OnlyChanged: 'only-changed',
    GithubToken: 'github-token',
    Comment: 'comment',
};
/** Defaults applied in code, so the bundled action runs with nothing but INPUT_FILES set. */
const INPUT_DEFAULTS = {
    [Input.Files]: '',
    [Input.Rules]: '',
    [Input.FailOn]: 'error',
    [Input.Plan]: '',
    [Input.Describe]: '',
    [Input.SalesforceInstanceUrl]: '',
    [Input.SalesforceAccessToken]: '',
    [Input.SarifFile]: '',
    [Input.Deploy]: 'false',
    [Input.HerokuApiKey]: '',
    [Input.App]: '',
    [Input.Resource]: '',
    [Input.WaitTimeout]: '1800',
    [Input.PollInterval]: '10',
    [Input.AllowPullRequestDeploy]: 'false',
    [Input.OnlyChanged]: 'auto',
    // action.yml defaults it to `${{ github.token }}`, an expression only the runner can evaluate.
    [Input.GithubToken]: '',
    [Input.Comment]: 'on-change',
};
function getString(source, name) {
    return source.getInput(name).trim() || (INPUT_DEFAULTS[name] ?? '');
}
function getList(source, name) {
    return getString(source, name)
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
function getChoice(source, name, choices) {
    const value = getString(source, name);
    if (value === '')
        return undefined;
    const lower = value.toLowerCase();
    const match = choices.find((choice) => choice === lower);
    if (!match)
        throw new ConfigurationError(`Input "${name}" is "${value}"; use one of: ${choices.join(', ')}.`);
    return match;
}
function getBoolean(source, name) {
    const value = getString(source, name).toLowerCase();
    if (value === '' || value === 'false')
        return false;
    if (value === 'true')
        return true;
    throw new errors_ConfigurationError(`Input "${name}" is "${value}"; use true or false.`);
}
function getInteger(source, name, minimum) {
    const value = getString(source, name);
    if (!/^\d+$/.test(value) || Number(value) < minimum) {
        throw new errors_ConfigurationError(`Input "${name}" is "${value}"; use a whole number of at least ${minimum}.`);
    }
    return Number(value);
}
/** A secret input, masked in the log before anything else can print it (once, however often it is read). */
function getSecret(source, name, envFallback) {
    const value = source.getInput(name).trim() || (envFallback ? source.env[envFallback]?.trim() ?? '' : '');
    const masked = maskedBy.get(source) ?? new Set();
    maskedBy.set(source, masked);
    if (value && !masked.has(value)) {
        source.setSecret(value);
        masked.add(value);
    }
    return value;
}
const maskedBy = new WeakMap();
function readLintInputs(source) {
    const failOn = getString(source, Input.FailOn).toLowerCase();
    if (failOn !== 'never' && !isLevel(failOn)) {
        throw new ConfigurationError(`Input "fail-on" is "${failOn}"; use error, warning, notice or never.`);
    }
    const plan = getChoice(source, Input.Plan, PLANS);
    const live = readLiveDescribe(source);
    const sarifFile = getString(source, Input.SarifFile);
    return {
        patterns: getList(source, Input.Files),
        levels: resolveLevels(parseRuleSettings(getList(source, Input.Rules))),
        failOn: failOn,
        ...(plan && { plan }),
        describePatterns: getList(source, Input.Describe),
        ...(live && { live }),
        ...(sarifFile && { sarifFile }),
    };
}
function readLiveDescribe(source) {
    const accessToken = getSecret(source, Input.SalesforceAccessToken);
    const instanceUrl = getString(source, Input.SalesforceInstanceUrl);
    if (!accessToken && !instanceUrl)
        return undefined;
    if (!accessToken || !instanceUrl) {
        throw new ConfigurationError('Live describe needs both "salesforce-instance-url" and "salesforce-access-token"; one of them is empty.');
    }
    return { instanceUrl, accessToken };
}
/**
 * The deploy inputs, or undefined when `deploy` is off. The API key is read (and masked) first and
 * in every case, so that no later log line can show it even when the deploy is not asked for.
 */
function readDeployInputs(source) {
    const apiKey = getSecret(source, Input.HerokuApiKey, 'HEROKU_API_KEY');
    return getBoolean(source, Input.Deploy) ? readDeploySettings(source, apiKey) : undefined;
}
/** The deploy settings, checked; the CLI's deploy command reads its options through this too. */
function readDeploySettings(source, apiKey = getSecret(source, Input.HerokuApiKey, 'HEROKU_API_KEY')) {
    // An empty `files` lints the whole workspace; importing every mapping file found there is never what is meant.
    if (getList(source, Input.Files).length === 0) {
        throw new errors_ConfigurationError('Deploying needs the mapping files named ("files"): every file named goes into one import.');
    }
    const app = getString(source, Input.App);
    if (app === '')
        throw new errors_ConfigurationError('Deploying needs "app": the name of the Heroku app that has the Heroku Connect add-on.');
    if (apiKey === '') {
        throw new errors_ConfigurationError('Deploying needs a Heroku API key: set "heroku-api-key" from a secret, or the HEROKU_API_KEY environment variable.');
    }
    const resource = getString(source, Input.Resource);
    return {
        apiKey,
        app,
        ...(resource && { resource }),
        waitTimeoutSeconds: getInteger(source, Input.WaitTimeout, 1),
        pollIntervalSeconds: getInteger(source, Input.PollInterval, 1),
        allowPullRequestDeploy: getBoolean(source, Input.AllowPullRequestDeploy),
    };
}
/** The pull-request inputs; the token is masked on reading, like every secret. */
function readReviewInputs(source) {
    return {
        onlyChanged: getChoice(source, Input.OnlyChanged, ONLY_CHANGED) ?? 'auto',
        comment: getChoice(source, Input.Comment, COMMENT_MODES) ?? 'on-change',
        githubToken: getSecret(source, Input.GithubToken, 'GITHUB_TOKEN'),
    };
}
/**
 * The connection to plan against, when both app and API key are given without a deploy: the plan
 * then compares the files with the live configuration. Read only (an export), but it needs secrets,
 * so the caller allows it on trusted events only.
 */
function readLiveTarget(source) {
    const apiKey = getSecret(source, Input.HerokuApiKey, 'HEROKU_API_KEY');
    const app = getString(source, Input.App);
    if (apiKey === '' || app === '')
        return undefined;
    const resource = getString(source, Input.Resource);
    return { apiKey, app, ...(resource && { resource }) };
}

;// CONCATENATED MODULE: ./src/connect/types.ts
/**
 * The shapes of Heroku Connect API answers, as far as this project reads them (research §1.3, §2.1).
 * The parsers check only what the deploy relies on, so that a changed API fails with a clear message
 * rather than with a TypeError deep in the wait.
 */

function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function unexpected(what, problem) {
    return new DeployFailure(`Heroku Connect's answer to ${what} is not what its API returns (${problem}).`);
}
function parseSearch(body, what) {
    if (!isRecord(body) || !Array.isArray(body.results))
        throw unexpected(what, 'no "results" list');
    return body.results.map((result, i) => {
        if (!isRecord(result))
            throw unexpected(what, `result ${i + 1} is not an object`);
        for (const key of ['id', 'region_url', 'detail_url']) {
            if (typeof result[key] !== 'string' || result[key] === '')
                throw unexpected(what, `result ${i + 1} has no "${key}"`);
        }
        return {
            id: result.id,
            resource_name: typeof result.resource_name === 'string' ? result.resource_name : '',
            app_name: typeof result.app_name === 'string' ? result.app_name : '',
            region_url: result.region_url,
            detail_url: result.detail_url,
        };
    });
}
function parseDetail(body, what) {
    if (!isRecord(body) || typeof body.state !== 'string')
        throw unexpected(what, 'no connection "state"');
    if (!Array.isArray(body.mappings))
        throw unexpected(what, 'no "mappings" list');
    body.mappings.forEach((mapping, i) => {
        if (!isRecord(mapping) || typeof mapping.object_name !== 'string' || typeof mapping.state !== 'string') {
            throw unexpected(what, `mapping ${i + 1} has no "object_name" or "state"`);
        }
    });
    return body;
}
function parseExport(body, what) {
    if (!isRecord(body) || !Array.isArray(body.mappings))
        throw unexpected(what, 'no "mappings" list');
    return body;
}

;// CONCATENATED MODULE: ./src/connect/client.ts


const DEFAULT_DISCOVERY_SERVER = 'https://hc-central.heroku.com';
/**
 * The Heroku Connect endpoints the deploy uses (research §1.3, §2). Discovery and linking go to the
 * discovery server; everything about one connection goes to its own `region_url`.
 */
class ConnectClient {
    http;
    discovery;
    constructor(http, discoveryServer) {
        this.http = http;
        this.discovery = withoutTrailingSlash(keyUrl(discoveryServer, 'The Heroku Connect discovery server (CONNECT_DISCOVERY_SERVER)').href);
    }
    async search(app, resource) {
        const query = new URLSearchParams({ app, ...(resource && { resource_name: resource }) });
        const purpose = `list the connections of app "${app}"${resource ? ` with resource "${resource}"` : ''}`;
        return parseSearch(await this.http.call({ method: 'GET', url: `${this.discovery}/connections?${query}`, purpose }), purpose);
    }
    /** Puts the key's user on the access list of the app's connections; until then the search can come back empty. */
    async link(app) {
        await this.http.call({ method: 'POST', url: `${this.discovery}/auth/${encodeURIComponent(app)}`, purpose: `link the API key's user to app "${app}"` });
    }
    async detail(connection) {
        const url = new URL(connection.detail_url, `${withoutTrailingSlash(connection.region_url)}/`);
        url.searchParams.set('deep', 'true');
        keyUrl(url.href, 'The connection detail URL from Heroku Connect');
        const purpose = `read the state of connection "${connection.resource_name}"`;
        return parseDetail(await this.http.call({ method: 'GET', url: url.href, purpose }), purpose);
    }
    async export(connection) {
        const purpose = `export the configuration of connection "${connection.resource_name}"`;
        return parseExport(await this.http.call({ method: 'GET', url: this.action(connection, 'export'), purpose }), purpose);
    }
    /** Accepted means queued: the import runs asynchronously, and its errors show later in the states. */
    async import(connection, document) {
        await this.http.call({
            method: 'POST',
            url: this.action(connection, 'import'),
            body: document,
            purpose: `import the configuration into connection "${connection.resource_name}"`,
        });
    }
    action(connection, name) {
        const region = withoutTrailingSlash(keyUrl(connection.region_url, 'The region URL from Heroku Connect').href);
        return `${region}/api/v3/connections/${encodeURIComponent(connection.id)}/actions/${name}`;
    }
}
/** The URL, if the API key may be sent there; `name` opens the messages about it. */
function keyUrl(value, name) {
    return safety_checkedCredentialUrl(value, { name, credential: 'the API key' });
}
function withoutTrailingSlash(url) {
    return url.replace(/\/+$/, '');
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/connect/clock.ts

const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => (0,external_node_timers_promises_.setTimeout)(ms),
};

;// CONCATENATED MODULE: ./src/http/network.ts
// fetch's errors are read by shape, not instanceof: they come from Node's own realm, which differs
// from the caller's when code runs in a VM context (as under jest).
/** Whether fetch gave up because the request's AbortSignal.timeout fired. */
function network_isTimeout(error) {
    return error?.name === 'TimeoutError';
}
/**
 * What a network failure says, with its cause: undici's "fetch failed" says nothing, its cause
 * ("ECONNREFUSED", "other side closed") says what happened.
 */
function network_networkErrorText(error) {
    const cause = error?.cause;
    return `${textOf(error)}${cause === undefined ? '' : ` (${textOf(cause)})`}`;
}
/**
 * "no answer within <timeout>" when the timeout fired, else "a network error: …" with the cause.
 * `timeout` comes worded because each client states its timeout in its own unit.
 */
function networkFailure(error, timeout) {
    return network_isTimeout(error) ? `no answer within ${timeout}` : `a network error: ${network_networkErrorText(error)}`;
}
function textOf(value) {
    const message = value?.message;
    return typeof message === 'string' ? message : String(value);
}

;// CONCATENATED MODULE: ./src/http/retry.ts
const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 30_000;
/** A Retry-After longer than this is cut short, so a misbehaving server cannot stall the run. */
const RETRY_AFTER_MAX_MS = 60_000;
const IMF_FIXDATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;
/**
 * Exponential backoff with "equal jitter": half of the step is fixed and half random, so that
 * requests failing together (parallel ones, or several clients) do not retry together. `attempt`
 * is the 1-based attempt that failed.
 */
function backoffMs(attempt, random = Math.random) {
    const step = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
    return Math.round(step / 2 + random() * (step / 2));
}
/** Retry-After in seconds or as an HTTP date, capped; undefined when absent or unreadable. */
function retryAfterMs(header, now) {
    const value = header?.trim() ?? '';
    const ms = /^\d+$/.test(value) ? Number(value) * 1000 : IMF_FIXDATE.test(value) ? Date.parse(value) - now : Number.NaN;
    return Number.isNaN(ms) ? undefined : Math.min(RETRY_AFTER_MAX_MS, Math.max(0, ms));
}

;// CONCATENATED MODULE: ./src/connect/http.ts




/**
 * Calls the Heroku Connect API with the API key, a timeout on every attempt, and retries with
 * backoff for what may pass (network errors, timeouts, 429, 5xx; Retry-After honoured). The key
 * only ever travels in the Authorization header, and only to https (or loopback) addresses.
 */
class ConnectHttp {
    options;
    fetch;
    timeoutMs;
    retries;
    constructor(options) {
        this.options = options;
        safety_checkedCredential(options.apiKey, 'The Heroku API key', 'Pass the bare key (heroku auth:token).');
        this.fetch = options.fetch ?? fetch;
        this.timeoutMs = options.timeoutMs ?? 30_000;
        this.retries = options.retries ?? 5;
    }
    async call(request) {
        const attempts = this.retries + 1;
        for (let attempt = 1;; attempt++) {
            const outcome = await this.attempt(request);
            if ('body' in outcome)
                return outcome.body;
            if (attempt === attempts) {
                throw new DeployFailure(`Heroku Connect could not be asked to ${request.purpose}: ${attempts} attempts failed, the last with ${outcome.retry}.`);
            }
            const waitMs = outcome.waitMs ?? backoffMs(attempt, this.options.random);
            this.options.log.info(`Asking Heroku Connect to ${request.purpose} failed with ${outcome.retry}; retrying in ${(waitMs / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${attempts}).`);
            await this.options.clock.sleep(waitMs);
        }
    }
    async attempt(request) {
        let response;
        let text;
        try {
            response = await this.fetch(request.url, {
                method: request.method,
                headers: {
                    Authorization: `Bearer ${this.options.apiKey}`,
                    Accept: 'application/json',
                    'User-Agent': 'heroku-connect-action',
                    ...(request.body !== undefined && { 'Content-Type': 'application/json' }),
                },
                ...(request.body !== undefined && { body: JSON.stringify(request.body) }),
                signal: AbortSignal.timeout(this.timeoutMs),
            });
            text = await response.text();
        }
        catch (error) {
            return { retry: networkFailure(error, `${this.timeoutMs / 1000} s`) };
        }
        const status = response.status;
        const body = http_parseJson(text);
        if (status >= 200 && status < 300)
            return { body };
        const answer = `HTTP ${status}${messageOf(body)}`;
        if (status === 429 || status >= 500)
            return { retry: answer, waitMs: retryAfterMs(response.headers.get('retry-after'), this.options.clock.now()) };
        if (status === 401 || status === 403) {
            throw new errors_ConfigurationError(`Heroku Connect refused the API key (${answer}) when asked to ${request.purpose}: the key is wrong or expired, or its user has no access to the app. ` +
                'Use the key of a user who can open the app\'s Heroku Connect dashboard ("heroku authorizations:create" makes a long-lived one).');
        }
        throw new DeployFailure(`Heroku Connect answered ${answer} when asked to ${request.purpose}.`);
    }
}
function http_parseJson(text) {
    if (text.trim() === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** Error bodies carry `message`, sometimes `error` (research §5). */
function messageOf(body) {
    const record = body;
    const message = typeof record?.message === 'string' ? record.message : typeof record?.error === 'string' ? record.error : '';
    return message === '' ? '' : `: ${message.slice(0, 500)}`;
}

;// CONCATENATED MODULE: ./src/connect/resolve.ts

/**
 * Finds the one connection to deploy to, as the CLI plugin's withConnection does, plus the linking
 * step only its connect:info does: a user not yet on the add-on's access list sees no connection
 * until `POST /auth/<app>` (research §1.3), which a fresh CI key always needs.
 */
async function findConnection(client, app, resource, log) {
    let found = await client.search(app, resource);
    if (found.length === 0) {
        log.info(`The API key's user sees no connection of app "${app}" yet; adding the user to the app's access list and looking again.`);
        await client.link(app);
        found = await client.search(app, resource);
    }
    const only = found[0];
    if (only === undefined) {
        const which = resource ? ` with resource name "${resource}"` : '';
        throw new errors_ConfigurationError(`Heroku Connect has no connection for app "${app}"${which}, even after adding the API key's user to the app's access list. ` +
            `Check that the app has the Heroku Connect add-on${resource ? ' under that resource name' : ''}, that the key belongs to a user with access to the app, ` +
            `and open the add-on once: heroku addons:open herokuconnect -a ${app}.`);
    }
    if (found.length > 1) {
        const names = found.map((connection) => `"${connection.resource_name}"`).join(', ');
        throw new errors_ConfigurationError(`App "${app}" has ${found.length} Heroku Connect connections: ${names}. Set the resource to the one to deploy to.`);
    }
    return only;
}

;// CONCATENATED MODULE: ./src/connect/states.ts
/**
 * What each connection and mapping state means for a deploy (research §3, django-heroku-connect's
 * groups, the devcenter state references). A state in neither table is unknown: the wait keeps going
 * and warns once, since Heroku adds states without notice.
 */
/** `{app}` in a remedy is replaced with the app name. */
const BLOCKED = {
    NEW: { meaning: 'the connection is not set up yet (no database or schema chosen)', remedy: 'Finish the setup in the dashboard (heroku addons:open herokuconnect -a {app}) or with heroku connect:db:set -a {app}.' },
    NEED_AUTHENTICATION: { meaning: 'the connection has not been authorized with Salesforce yet', remedy: 'Authorize it: heroku connect:sf:auth -a {app}.' },
    PAUSED: { meaning: 'the connection is paused (demo connections are paused after a period of inactivity)', remedy: 'Resume it: heroku connect:resume -a {app}.' },
    UNAUTHORIZED: { meaning: 'the Salesforce authorization has expired or was revoked', remedy: 'Reauthorize it: heroku connect:sf:auth -a {app}.' },
    HEROKU_UNAUTH: { meaning: 'Heroku Connect has lost its authorization to the app\'s Heroku Postgres database', remedy: 'Reauthorize Heroku in the dashboard: heroku addons:open herokuconnect -a {app}.' },
    DB_UNAVAILABLE: { meaning: 'Heroku Connect cannot reach the Postgres database', remedy: 'Check the database (heroku pg:info -a {app}), then resume the connection in the dashboard.' },
    SYSTEM_ERROR: { meaning: 'an unexpected error interrupted synchronization', remedy: 'Look at heroku connect:diagnose -a {app} and the logs, then resume synchronization in the dashboard.' },
    TOO_MANY_ROWS: { meaning: 'the connection is over the number of rows its license allows', remedy: 'Reduce the synchronized rows or upgrade the plan.' },
    INACTIVE_ORG: { meaning: 'the Salesforce organization is inactive', remedy: 'Reactivate the Salesforce org, or point the connection at an active one.' },
    SYSTEM_ON_ICE: { meaning: 'the demo connection was put on ice after a period of inactivity', remedy: 'Reactivate it in the dashboard: heroku addons:open herokuconnect -a {app}.' },
};
/** States in which the connection is busy but healthy: an import can be sent, and the wait goes on. */
const CONNECTION_WORKING = new Set(['IMPORT_CONFIGURATION', 'POLLING_DB_CHANGES', 'BUSY', 'RECOVERY']);
function judgeConnection(state, app) {
    if (state === 'IDLE')
        return { kind: 'idle' };
    if (CONNECTION_WORKING.has(state))
        return { kind: 'working' };
    const blocked = BLOCKED[state];
    if (blocked)
        return { kind: 'blocked', meaning: blocked.meaning, remedy: blocked.remedy.replaceAll('{app}', app) };
    return { kind: 'unknown' };
}
/**
 * DATA_SYNCED is the only settled healthy state; django's "OK" and "temporary error" groups are still
 * working after an import (a new or changed mapping passes through INITIAL, SCHEMA_CHANGED, RESYNC…).
 */
const MAPPING_WORKING = new Set([
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
]);
/** django-heroku-connect's permanent errors: they do not resolve by waiting. */
const MAPPING_FAILED = new Set(['BAD_CONFIG', 'SYSTEM_ERROR', 'DB_UNAVAILABLE', 'BULK_LOAD_ERROR', 'SYNC_REMOVED', 'INACTIVE_ORG', 'UNAUTHORIZED']);
function states_judgeMapping(state) {
    if (state === 'DATA_SYNCED')
        return 'synced';
    if (MAPPING_WORKING.has(state))
        return 'working';
    if (MAPPING_FAILED.has(state))
        return 'failed';
    return 'unknown';
}

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(3382);
;// CONCATENATED MODULE: ./src/describe/types.ts
/** Describe data by object name, compared case-insensitively as Salesforce does. */
class types_DescribeIndex {
    objects = new Map();
    get size() {
        return this.objects.size;
    }
    /** A later full describe refines an earlier global-describe entry; flags given twice keep the newest. */
    add(object) {
        const key = object.name.toLowerCase();
        const known = this.objects.get(key);
        this.objects.set(key, known ? { ...known, ...definedOnly(object), fields: object.fields ?? known.fields } : object);
    }
    get(name) {
        return this.objects.get(name.toLowerCase());
    }
}
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

;// CONCATENATED MODULE: ./src/describe/load.ts








const IGNORED = ['**/node_modules/**', '**/.git/**'];
const ACCEPTED_SHAPES = 'an sObject describe (GET /services/data/vXX.X/sobjects/{Object}/describe/), ' +
    'a global describe (GET /services/data/vXX.X/sobjects/), ' +
    'the output of "sf sobject describe --sobject {Object} --json", or a JSON array of these';
const SAVE_COMMAND = '"sf sobject describe --sobject {Object} --json > file.json"';
/**
 * Loads describe snapshots named by globs or plain paths relative to `root`. Files are added in
 * pattern order, then path order within a glob, so a later file's flags win (see `DescribeIndex.add`);
 * a file matched twice is read once, where it first appeared.
 */
async function loadDescribeFiles(patterns, root) {
    const base = (0,external_node_path_.resolve)(root);
    const files = new Map();
    for (const pattern of patterns) {
        for (const file of await filesMatching(pattern, base)) {
            if (!files.has(file))
                files.set(file, shownPath(base, file));
        }
    }
    const documents = await Promise.all([...files].map(([file, shown]) => readDocument(file, shown)));
    const index = new types_DescribeIndex();
    documents.forEach((document) => collect(document.value, document.shown, '', index));
    return index;
}
async function filesMatching(pattern, base) {
    const path = (0,external_node_path_.resolve)(base, pattern);
    // A path that exists is taken literally, so names with glob characters such as "Account[1].json" still load.
    const info = await statOrUndefined(path, pattern);
    if (info?.isFile())
        return [path];
    if (info?.isDirectory()) {
        throw new errors_ConfigurationError(`The describe path "${pattern}" is a directory. To load the describe files in it, use a glob such as "${external_node_path_.posix.join(pattern, '*.json')}".`);
    }
    if (!(0,tinyglobby_dist/* isDynamicPattern */.ey)(pattern))
        throw await notFound(pattern, path, base);
    const found = await (0,tinyglobby_dist/* glob */.TI)(pattern, { cwd: base, absolute: true, expandDirectories: false, ignore: IGNORED });
    if (found.length === 0) {
        throw new errors_ConfigurationError(`The describe pattern "${pattern}" matched no files under ${base} (node_modules and .git are not searched). ` +
            `Check the pattern, or save a describe there first with ${SAVE_COMMAND}.`);
    }
    return found.map((file) => (0,external_node_path_.resolve)(file)).sort();
}
async function statOrUndefined(path, pattern) {
    try {
        return await (0,promises_.stat)(path);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw new errors_ConfigurationError(`The describe path "${pattern}" cannot be read (${code ?? String(error)}).`);
    }
}
async function notFound(pattern, path, base) {
    const siblings = await (0,promises_.readdir)((0,external_node_path_.dirname)(path)).catch(() => undefined);
    const where = `The describe file "${pattern}" does not exist (paths are relative to ${base}).`;
    if (siblings === undefined)
        return new errors_ConfigurationError(`${where} Its folder does not exist either.`);
    const match = suggest((0,external_node_path_.basename)(path), siblings);
    return new errors_ConfigurationError(match ? `${where} Did you mean "${external_node_path_.posix.join(external_node_path_.posix.dirname(pattern), match)}"?` : where);
}
function shownPath(base, file) {
    return (0,external_node_path_.relative)(base, file).split(external_node_path_.sep).join('/');
}
async function readDocument(file, shown) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(file);
    }
    catch (error) {
        throw new errors_ConfigurationError(`The describe file "${shown}" cannot be read (${error.code ?? String(error)}).`);
    }
    const { value, problems } = parseJson(load_decode(bytes, shown));
    // Duplicate keys, which parseJson also reports, do not matter in describe data.
    const syntax = problems.find((problem) => problem.ruleId === 'invalid-json');
    if (syntax) {
        const { line, column } = syntax.range.start;
        throw new errors_ConfigurationError(`${shown}:${line}:${column}: ${syntax.message} A describe file must be the JSON that Salesforce returns; save it again with ${SAVE_COMMAND}.`);
    }
    return { shown, value };
}
/** Windows PowerShell 5 saves `sf ... --json > file` as UTF-16 with a byte-order mark; anything else must be UTF-8. */
function load_decode(bytes, shown) {
    const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
    try {
        return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    }
    catch {
        throw new errors_ConfigurationError(`The describe file "${shown}" is not valid ${encoding.toUpperCase()} text. Save it again with ${SAVE_COMMAND}.`);
    }
}
/** Recognises each value by its shape: `path` locates it inside the file for messages. */
function collect(value, file, path, index) {
    const where = `The describe file "${file}"${path === '' ? '' : ` at ${path}`}`;
    if (Array.isArray(value)) {
        value.forEach((item, i) => collect(item, file, `${path}[${i}]`, index));
    }
    else if (!isJsonObject(value)) {
        throw unrecognised(where, value);
    }
    else if (isCliOutput(value)) {
        if (value.status !== 0)
            throw cliFailure(value, where);
        collect(value.result, file, path === '' ? 'result' : `${path}.result`, index);
    }
    else if (Array.isArray(value.sobjects)) {
        value.sobjects.forEach((entry, i) => index.add(objectFlags(entry, `${where}, sobjects[${i}]`)));
    }
    else if (isSObjectDescribe(value)) {
        index.add(fullDescribe(value, where));
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
    return new errors_ConfigurationError(`${where} is the output of a Salesforce CLI command that failed (status ${String(output.status)}${name}): ${message}. ` +
        `Fix the cause, then save it again with ${SAVE_COMMAND}.`);
}
function unrecognised(where, value) {
    return new errors_ConfigurationError(`${where} is not describe data: found ${summarize(value)}. Accepted: ${ACCEPTED_SHAPES}.`);
}

;// CONCATENATED MODULE: ./src/describe/live.ts







const DEFAULT_API_VERSION = '60.0';
/**
 * Fetches the sObject describe of each named object from the Salesforce REST API. The access token
 * never reaches a message: every log line and thrown message passes through one redaction.
 */
async function fetchDescribes(options) {
    const token = options.accessToken.trim();
    const redact = (text) => (token === '' ? text : text.replaceAll(token, '[access token]'));
    const log = {
        info: (message) => options.log?.info(redact(message)),
        warning: (message) => options.log?.warning(redact(message)),
    };
    try {
        return await fetchAll(settingsFrom(options, token, log), options.objectNames);
    }
    catch (error) {
        // A new error without `cause`: a wrapped fetch error could carry request details.
        const Type = error instanceof errors_ConfigurationError ? errors_ConfigurationError : Error;
        throw new Type(redact(errors_errorMessage(error)));
    }
}
function settingsFrom(options, token, log) {
    const stop = new AbortController();
    return {
        base: baseUrl(options.instanceUrl),
        apiVersion: normalizeApiVersion(options.apiVersion ?? DEFAULT_API_VERSION),
        token: safety_checkedCredential(token, 'The Salesforce access token', 'Pass the bare token, without "Bearer ".'),
        concurrency: whole('concurrency', options.concurrency ?? 4, 1),
        timeoutMs: whole('timeoutMs', options.timeoutMs ?? 30_000, 1),
        retries: whole('retries', options.retries ?? 4, 0),
        fetch: options.fetchImpl ?? fetch,
        // Cancelled with the run, so a pending backoff does not keep the process alive after a failure.
        sleep: options.sleep ?? ((ms) => (0,external_node_timers_promises_.setTimeout)(ms, undefined, { signal: stop.signal })),
        log,
        stop,
    };
}
function baseUrl(instanceUrl) {
    const example = 'such as https://acme.my.salesforce.com ("Instance Url" in "sf org display")';
    const url = safety_checkedCredentialUrl(instanceUrl, { name: 'The Salesforce instance URL', credential: 'the access token', hint: `Use the org's URL, ${example}.` });
    if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
        throw new errors_ConfigurationError(`The Salesforce instance URL "${instanceUrl}" has a path; use the org's base URL without one, ${example}.`);
    }
    return url.origin;
}
function normalizeApiVersion(version) {
    const match = /^v?(\d+)(?:\.0)?$/.exec(version.trim());
    if (!match)
        throw new errors_ConfigurationError(`"${version}" is not a Salesforce API version; use one such as ${DEFAULT_API_VERSION}.`);
    return `${match[1]}.0`;
}
function whole(name, value, min) {
    if (!Number.isInteger(value) || value < min)
        throw new errors_ConfigurationError(`${name} must be a whole number of at least ${min}; got ${value}.`);
    return value;
}
async function fetchAll(settings, objectNames) {
    const names = uniqueIgnoringCase(objectNames);
    const results = [];
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < names.length && !settings.stop.signal.aborted; i = next++) {
            results[i] = await describeWithRetries(names[i], settings);
        }
    };
    settings.log.info(`Fetching the describe of ${names.length} object(s) from ${settings.base} (API v${settings.apiVersion}, ${settings.concurrency} at a time).`);
    try {
        await Promise.all(Array.from({ length: Math.min(settings.concurrency, names.length) }, worker));
    }
    finally {
        settings.stop.abort();
    }
    const index = new types_DescribeIndex();
    const missing = [];
    results.forEach((result, i) => {
        if ('found' in result)
            index.add(result.found);
        else
            missing.push(names[i]);
    });
    return { index, missing };
}
function uniqueIgnoringCase(names) {
    const byKey = new Map();
    for (const name of names)
        if (!byKey.has(name.toLowerCase()))
            byKey.set(name.toLowerCase(), name);
    return [...byKey.values()];
}
async function describeWithRetries(name, settings) {
    const url = `${settings.base}/services/data/v${settings.apiVersion}/sobjects/${encodeURIComponent(name)}/describe`;
    const attempts = settings.retries + 1;
    for (let attempt = 1;; attempt++) {
        const outcome = await attemptOnce(name, url, settings);
        if (!('retry' in outcome))
            return outcome;
        if (settings.stop.signal.aborted)
            throw new Error(`Stopped fetching the describe of "${name}" after another object failed.`);
        if (attempt === attempts) {
            throw new Error(`Could not fetch the describe of "${name}" from ${settings.base} after ${attempts} attempt(s); the last failed with ${outcome.retry}.`);
        }
        const waitMs = outcome.waitMs ?? backoffMs(attempt);
        settings.log.info(`The describe of "${name}" failed with ${outcome.retry}; retrying in ${(waitMs / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${attempts}).`);
        await settings.sleep(waitMs);
    }
}
async function attemptOnce(name, url, settings) {
    const signal = AbortSignal.any([settings.stop.signal, AbortSignal.timeout(settings.timeoutMs)]);
    let response;
    let body;
    try {
        response = await settings.fetch(url, {
            headers: { Authorization: `Bearer ${settings.token}`, Accept: 'application/json' },
            // Following a redirect to another host would not help, and a redirect means instanceUrl is not the API host.
            redirect: 'manual',
            signal,
        });
        body = await response.text();
    }
    catch (error) {
        return { retry: networkFailure(error, `${settings.timeoutMs} ms`) };
    }
    const status = response.status;
    if (status === 200)
        return { found: parseDescribe(name, body, response.headers.get('content-type'), settings.base) };
    const error = salesforceError(body);
    const answer = `HTTP ${status}${error ? ` ${error.errorCode}${error.message ? `: ${error.message}` : ''}` : ''}`;
    if (status === 404) {
        settings.log.warning(`Salesforce has no object "${name}" (API v${settings.apiVersion} answered ${answer}): it does not exist in this org, or the user cannot see it.`);
        return { missing: true };
    }
    if (status === 429 || status >= 500)
        return { retry: answer, waitMs: retryAfterMs(response.headers.get('retry-after'), Date.now()) };
    if (status === 401 || status === 403)
        throw refused(answer, error);
    if (status >= 300 && status < 400) {
        throw new errors_ConfigurationError(`${settings.base} redirected the describe request to ${response.headers.get('location') ?? 'another address'}. ` +
            'Set the instance URL to the org\'s own URL ("Instance Url" in "sf org display").');
    }
    throw new Error(`Salesforce answered the describe of "${name}" with ${answer}.`);
}
function refused(answer, error) {
    if (error?.errorCode === 'REQUEST_LIMIT_EXCEEDED') {
        return new errors_ConfigurationError(`The org's daily API request limit is used up (${answer}). Try again once it resets, or raise the limit.`);
    }
    return new errors_ConfigurationError(`Salesforce refused the request (${answer}): the access token is invalid, expired or lacks API access. ` +
        'Get a fresh token (for example "sf org display --json"), and check that the user has the "API Enabled" permission.');
}
function parseDescribe(name, body, contentType, base) {
    const where = `The describe of "${name}" from ${base}`;
    let value;
    try {
        value = JSON.parse(body);
    }
    catch {
        throw new errors_ConfigurationError(`${where} is not JSON (content type ${contentType ?? 'none'}); check that the instance URL is the org's Salesforce URL.`);
    }
    if (!isJsonObject(value) || !isSObjectDescribe(value)) {
        throw new errors_ConfigurationError(`${where} is not an sObject describe; check that the instance URL is the org's Salesforce URL.`);
    }
    return fullDescribe(value, where);
}
/** Salesforce error bodies are `[{"errorCode": "...", "message": "..."}]`. */
function salesforceError(body) {
    let first;
    try {
        first = JSON.parse(body)[0];
    }
    catch {
        return undefined;
    }
    if (!isJsonObject(first) || typeof first.errorCode !== 'string')
        return undefined;
    return typeof first.message === 'string' ? { errorCode: first.errorCode, message: first.message } : { errorCode: first.errorCode };
}

;// CONCATENATED MODULE: ./src/lint/discover.ts





const MAPPING_EXTENSIONS = '{json,yml,yaml}';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
/**
 * Resolves the `files` input: newline-separated globs, `!` to exclude. A path named without glob
 * characters is always linted (a non-mapping file then gets findings saying why); files a glob finds
 * are linted only when they look like mapping files. With no patterns, the whole root is searched.
 */
async function discover(root, patterns) {
    const positive = patterns.filter((p) => !p.startsWith('!'));
    const ignore = [...ALWAYS_IGNORED, ...patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1))];
    const searches = positive.length > 0 ? positive : [`**/*.${MAPPING_EXTENSIONS}`];
    const found = new Map();
    const unmatched = [];
    for (const pattern of searches) {
        const explicit = !(0,tinyglobby_dist/* isDynamicPattern */.ey)(pattern) && !(await isDirectory(external_node_path_default().resolve(root, pattern)));
        if (explicit) {
            const target = toTarget(root, external_node_path_default().resolve(root, pattern));
            found.set(target.absolutePath, target);
            continue;
        }
        const search = (0,tinyglobby_dist/* isDynamicPattern */.ey)(pattern) ? pattern : `${pattern.replace(/\/+$/, '')}/**/*.${MAPPING_EXTENSIONS}`;
        const matches = await (0,tinyglobby_dist/* glob */.TI)(search, { cwd: root, ignore, absolute: true, dot: false, onlyFiles: true, expandDirectories: false });
        let matched = 0;
        for (const absolutePath of matches.sort()) {
            if (found.has(absolutePath) || !(await looksLikeMappingFile(absolutePath)))
                continue;
            found.set(absolutePath, toTarget(root, absolutePath));
            matched++;
        }
        if (matched === 0 && positive.length > 0)
            unmatched.push(pattern);
    }
    return { targets: [...found.values()], unmatched };
}
function toTarget(root, absolutePath) {
    return { file: external_node_path_default().relative(root, absolutePath).split((external_node_path_default()).sep).join('/'), absolutePath };
}
async function isDirectory(absolutePath) {
    return (0,promises_.stat)(absolutePath).then((info) => info.isDirectory(), () => false);
}
/**
 * A mapping file has a top-level `mappings` array of objects with `object_name`. A file that
 * mentions both keys but does not parse is also taken, so a broken mapping file is reported
 * rather than skipped.
 */
async function looksLikeMappingFile(absolutePath) {
    const info = await (0,promises_.stat)(absolutePath).catch(() => undefined);
    if (!info?.isFile() || info.size > MAX_FILE_BYTES)
        return false;
    const text = await (0,promises_.readFile)(absolutePath, 'utf8').catch(() => '');
    if (!text.includes('mappings') || !text.includes('object_name'))
        return false;
    let value;
    try {
        value = formatOf(absolutePath) === 'yaml' ? (0,dist/* parse */.qg)(text) : JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch {
        return true;
    }
    const mappings = value?.mappings;
    return (Array.isArray(mappings) &&
        mappings.some((m) => typeof m === 'object' && m !== null && 'object_name' in m) &&
        mappings.every((m) => typeof m === 'object' && m !== null));
}

;// CONCATENATED MODULE: ./schema/heroku-connect-mappings.schema.json
const heroku_connect_mappings_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/heroku-connect-action/heroku-connect-action/main/schema/heroku-connect-mappings.schema.json","title":"Heroku Connect mapping configuration","description":"The document that `heroku connect:export` writes and `heroku connect:import` reads.","type":"object","required":["mappings"],"additionalProperties":false,"properties":{"version":{"description":"Always 1: exports from Heroku Connect always carry version 1.","const":1},"connection":{"description":"The connection the file was exported from. heroku-connect-action deploy rewrites it for the target connection.","type":"object","additionalProperties":false,"properties":{"app_name":{"type":"string"},"organization_id":{"type":"string"},"exported_at":{"type":"string","format":"date-time"},"features":{"description":"Connection feature flags. Heroku adds new ones over time, so any boolean flag is accepted.","type":"object","additionalProperties":{"type":"boolean"}},"api_version":{"description":"Salesforce API version, such as \\"57.0\\".","type":"string","pattern":"^\\\\d{2,3}(\\\\.\\\\d+)?$"},"name":{"type":"string"},"logplex_log_enabled":{"type":"boolean"}}},"mappings":{"type":"array","items":{"$ref":"#/definitions/mapping"}}},"definitions":{"mapping":{"type":"object","required":["object_name","config"],"additionalProperties":false,"properties":{"object_name":{"description":"The Salesforce object\'s API name, such as Account or ns__Thing__c.","type":"string","minLength":1},"config":{"$ref":"#/definitions/config"}}},"config":{"type":"object","required":["access"],"additionalProperties":false,"properties":{"access":{"description":"read_only syncs Salesforce to Postgres; read_write also writes Postgres changes back.","enum":["read_only","read_write"]},"sf_notify_enabled":{"description":"Accelerated polling through the Salesforce Streaming API.","type":"boolean"},"sf_polling_seconds":{"description":"Polling interval in seconds: whole minutes from 2 to 60 (10 to 60 on the demo plan).","type":"integer"},"sf_max_daily_api_calls":{"type":"integer","minimum":0},"fields":{"description":"Mapped fields by API name; each value is an empty object.","type":"object","additionalProperties":{"type":"object"}},"indexes":{"description":"Postgres indexes Heroku Connect creates, by field API name.","type":"object","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"unique":{"type":"boolean"}}}},"upsert_field":{"description":"The unique External ID field that read_write mappings match records on.","type":["string","null"]},"applied_at":{"type":"string","format":"date-time"},"revision":{"description":"Configuration revision, present in Heroku Connect API responses.","type":"integer"}}}}}');
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(779);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/schema/validate-export.generated.js
// Generated by scripts/compile-schema.mjs from schema/heroku-connect-mappings.schema.json. Do not edit.


const validate = validate10;
/* harmony default export */ const validate_export_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/heroku-connect-action/heroku-connect-action/main/schema/heroku-connect-mappings.schema.json","title":"Heroku Connect mapping configuration","description":"The document that `heroku connect:export` writes and `heroku connect:import` reads.","type":"object","required":["mappings"],"additionalProperties":false,"properties":{"version":{"description":"Always 1: exports from Heroku Connect always carry version 1.","const":1},"connection":{"description":"The connection the file was exported from. heroku-connect-action deploy rewrites it for the target connection.","type":"object","additionalProperties":false,"properties":{"app_name":{"type":"string"},"organization_id":{"type":"string"},"exported_at":{"type":"string","format":"date-time"},"features":{"description":"Connection feature flags. Heroku adds new ones over time, so any boolean flag is accepted.","type":"object","additionalProperties":{"type":"boolean"}},"api_version":{"description":"Salesforce API version, such as \"57.0\".","type":"string","pattern":"^\\d{2,3}(\\.\\d+)?$"},"name":{"type":"string"},"logplex_log_enabled":{"type":"boolean"}}},"mappings":{"type":"array","items":{"$ref":"#/definitions/mapping"}}},"definitions":{"mapping":{"type":"object","required":["object_name","config"],"additionalProperties":false,"properties":{"object_name":{"description":"The Salesforce object's API name, such as Account or ns__Thing__c.","type":"string","minLength":1},"config":{"$ref":"#/definitions/config"}}},"config":{"type":"object","required":["access"],"additionalProperties":false,"properties":{"access":{"description":"read_only syncs Salesforce to Postgres; read_write also writes Postgres changes back.","enum":["read_only","read_write"]},"sf_notify_enabled":{"description":"Accelerated polling through the Salesforce Streaming API.","type":"boolean"},"sf_polling_seconds":{"description":"Polling interval in seconds: whole minutes from 2 to 60 (10 to 60 on the demo plan).","type":"integer"},"sf_max_daily_api_calls":{"type":"integer","minimum":0},"fields":{"description":"Mapped fields by API name; each value is an empty object.","type":"object","additionalProperties":{"type":"object"}},"indexes":{"description":"Postgres indexes Heroku Connect creates, by field API name.","type":"object","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"unique":{"type":"boolean"}}}},"upsert_field":{"description":"The unique External ID field that read_write mappings match records on.","type":["string","null"]},"applied_at":{"type":"string","format":"date-time"},"revision":{"description":"Configuration revision, present in Heroku Connect API responses.","type":"integer"}}}}};
const formats0 = formats/* fullFormats */.U9["date-time"];
const pattern0 = new RegExp("^\\d{2,3}(\\.\\d+)?$", "u");
const schema12 = {"type":"object","required":["object_name","config"],"additionalProperties":false,"properties":{"object_name":{"description":"The Salesforce object's API name, such as Account or ns__Thing__c.","type":"string","minLength":1},"config":{"$ref":"#/definitions/config"}}};
const schema13 = {"type":"object","required":["access"],"additionalProperties":false,"properties":{"access":{"description":"read_only syncs Salesforce to Postgres; read_write also writes Postgres changes back.","enum":["read_only","read_write"]},"sf_notify_enabled":{"description":"Accelerated polling through the Salesforce Streaming API.","type":"boolean"},"sf_polling_seconds":{"description":"Polling interval in seconds: whole minutes from 2 to 60 (10 to 60 on the demo plan).","type":"integer"},"sf_max_daily_api_calls":{"type":"integer","minimum":0},"fields":{"description":"Mapped fields by API name; each value is an empty object.","type":"object","additionalProperties":{"type":"object"}},"indexes":{"description":"Postgres indexes Heroku Connect creates, by field API name.","type":"object","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"unique":{"type":"boolean"}}}},"upsert_field":{"description":"The unique External ID field that read_write mappings match records on.","type":["string","null"]},"applied_at":{"type":"string","format":"date-time"},"revision":{"description":"Configuration revision, present in Heroku Connect API responses.","type":"integer"}}};
const func2 = ucs2length/* default */.A;
const func3 = Object.prototype.hasOwnProperty;

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_name"},message:"must have required property '"+"object_name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.config === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "object_name") || (key0 === "config"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.object_name !== undefined){
let data0 = data.object_name;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/object_name",schemaPath:"#/properties/object_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/object_name",schemaPath:"#/properties/object_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.config !== undefined){
let data1 = data.config;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.access === undefined){
const err5 = {instancePath:instancePath+"/config",schemaPath:"#/definitions/config/required",keyword:"required",params:{missingProperty: "access"},message:"must have required property '"+"access"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data1){
if(!(func3.call(schema13.properties, key1))){
const err6 = {instancePath:instancePath+"/config",schemaPath:"#/definitions/config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.access !== undefined){
let data2 = data1.access;
if(!((data2 === "read_only") || (data2 === "read_write"))){
const err7 = {instancePath:instancePath+"/config/access",schemaPath:"#/definitions/config/properties/access/enum",keyword:"enum",params:{allowedValues: schema13.properties.access.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.sf_notify_enabled !== undefined){
if(typeof data1.sf_notify_enabled !== "boolean"){
const err8 = {instancePath:instancePath+"/config/sf_notify_enabled",schemaPath:"#/definitions/config/properties/sf_notify_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.sf_polling_seconds !== undefined){
let data4 = data1.sf_polling_seconds;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/config/sf_polling_seconds",schemaPath:"#/definitions/config/properties/sf_polling_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.sf_max_daily_api_calls !== undefined){
let data5 = data1.sf_max_daily_api_calls;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err10 = {instancePath:instancePath+"/config/sf_max_daily_api_calls",schemaPath:"#/definitions/config/properties/sf_max_daily_api_calls/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/config/sf_max_daily_api_calls",schemaPath:"#/definitions/config/properties/sf_max_daily_api_calls/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data1.fields !== undefined){
let data6 = data1.fields;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key2 in data6){
let data7 = data6[key2];
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
const err12 = {instancePath:instancePath+"/config/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/config/properties/fields/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/config/fields",schemaPath:"#/definitions/config/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.indexes !== undefined){
let data8 = data1.indexes;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key3 in data8){
let data9 = data8[key3];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key4 in data9){
if(!(key4 === "unique")){
const err14 = {instancePath:instancePath+"/config/indexes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/config/properties/indexes/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data9.unique !== undefined){
if(typeof data9.unique !== "boolean"){
const err15 = {instancePath:instancePath+"/config/indexes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/unique",schemaPath:"#/definitions/config/properties/indexes/additionalProperties/properties/unique/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/config/indexes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/config/properties/indexes/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/config/indexes",schemaPath:"#/definitions/config/properties/indexes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.upsert_field !== undefined){
let data11 = data1.upsert_field;
if((typeof data11 !== "string") && (data11 !== null)){
const err18 = {instancePath:instancePath+"/config/upsert_field",schemaPath:"#/definitions/config/properties/upsert_field/type",keyword:"type",params:{type: schema13.properties.upsert_field.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data1.applied_at !== undefined){
let data12 = data1.applied_at;
if(typeof data12 === "string"){
if(!(formats0.validate(data12))){
const err19 = {instancePath:instancePath+"/config/applied_at",schemaPath:"#/definitions/config/properties/applied_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/config/applied_at",schemaPath:"#/definitions/config/properties/applied_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data1.revision !== undefined){
let data13 = data1.revision;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err21 = {instancePath:instancePath+"/config/revision",schemaPath:"#/definitions/config/properties/revision/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/config",schemaPath:"#/definitions/config/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/heroku-connect-action/heroku-connect-action/main/schema/heroku-connect-mappings.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mappings === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mappings"},message:"must have required property '"+"mappings"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "version") || (key0 === "connection")) || (key0 === "mappings"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.version !== undefined){
if(1 !== data.version){
const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.connection !== undefined){
let data1 = data.connection;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(((((((key1 === "app_name") || (key1 === "organization_id")) || (key1 === "exported_at")) || (key1 === "features")) || (key1 === "api_version")) || (key1 === "name")) || (key1 === "logplex_log_enabled"))){
const err3 = {instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.app_name !== undefined){
if(typeof data1.app_name !== "string"){
const err4 = {instancePath:instancePath+"/connection/app_name",schemaPath:"#/properties/connection/properties/app_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.organization_id !== undefined){
if(typeof data1.organization_id !== "string"){
const err5 = {instancePath:instancePath+"/connection/organization_id",schemaPath:"#/properties/connection/properties/organization_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.exported_at !== undefined){
let data4 = data1.exported_at;
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
const err6 = {instancePath:instancePath+"/connection/exported_at",schemaPath:"#/properties/connection/properties/exported_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/connection/exported_at",schemaPath:"#/properties/connection/properties/exported_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.features !== undefined){
let data5 = data1.features;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
if(typeof data5[key2] !== "boolean"){
const err8 = {instancePath:instancePath+"/connection/features/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/connection/properties/features/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/connection/features",schemaPath:"#/properties/connection/properties/features/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.api_version !== undefined){
let data7 = data1.api_version;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err10 = {instancePath:instancePath+"/connection/api_version",schemaPath:"#/properties/connection/properties/api_version/pattern",keyword:"pattern",params:{pattern: "^\\d{2,3}(\\.\\d+)?$"},message:"must match pattern \""+"^\\d{2,3}(\\.\\d+)?$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/connection/api_version",schemaPath:"#/properties/connection/properties/api_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.name !== undefined){
if(typeof data1.name !== "string"){
const err12 = {instancePath:instancePath+"/connection/name",schemaPath:"#/properties/connection/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.logplex_log_enabled !== undefined){
if(typeof data1.logplex_log_enabled !== "boolean"){
const err13 = {instancePath:instancePath+"/connection/logplex_log_enabled",schemaPath:"#/properties/connection/properties/logplex_log_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.mappings !== undefined){
let data10 = data.mappings;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(!(validate11(data10[i0], {instancePath:instancePath+"/mappings/" + i0,parentData:data10,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/mappings",schemaPath:"#/properties/mappings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

;// CONCATENATED MODULE: ./src/schema/check.ts



/** Checks a parsed document against the export format and says, for each break, what to write instead. */
function checkSchema(document) {
    if (validate(document))
        return [];
    return (validate.errors ?? []).filter(isUseful).map((error) => toReport(error, document));
}
/** A type error on a value makes its sibling keyword errors (enum, format...) noise. */
function isUseful(error, _index, all) {
    if (error.keyword === 'type')
        return true;
    return !all.some((other) => other.keyword === 'type' && other.instancePath === error.instancePath);
}
function toReport(error, document) {
    const path = parsePointer(error.instancePath);
    const where = describePath(path);
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperty':
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const known = Object.keys(schemaAt(error.schemaPath).properties ?? {});
            return {
                path: [...path, key],
                at: 'key',
                message: `Unknown key "${key}" in ${where}: Heroku Connect does not know it.${didYouMean(key, known)}${known.length ? ` Known keys: ${known.join(', ')}.` : ''}`,
            };
        }
        case 'required':
            return { path, at: 'key', message: `${capitalise(where)} is missing the required key "${String(params.missingProperty)}".` };
        case 'type':
            return { path, message: `${capitalise(where)} must be ${article(String(params.type))}, not ${typeName(valueAt(path))}.` };
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const found = String(valueAt(path));
            return { path, message: `${capitalise(where)} must be one of ${allowed.map(quote).join(' or ')}, not ${quote(found)}.${didYouMean(found, allowed)}` };
        }
        case 'const':
            return { path, message: `${capitalise(where)} must be ${JSON.stringify(params.allowedValue)}: exports always carry version 1.` };
        case 'format':
            return { path, message: `${capitalise(where)} must be an ISO 8601 date-time such as "2023-02-14T01:40:34.070538Z".` };
        case 'pattern':
            return { path, message: `${capitalise(where)} must be a Salesforce API version such as "57.0".` };
        case 'minLength':
            return { path, message: `${capitalise(where)} must not be empty.` };
        case 'minimum':
            return { path, message: `${capitalise(where)} must be ${String(params.limit)} or more.` };
        default:
            return { path, message: `${capitalise(where)} ${error.message ?? 'is not valid'}.` };
    }
    function valueAt(target) {
        return target.reduce((node, segment) => node?.[segment], document);
    }
}
function schemaAt(schemaPath) {
    const segments = schemaPath.replace(/^#\//, '').split('/').slice(0, -1);
    return segments.reduce((node, segment) => node[segment] ?? {}, heroku_connect_mappings_schema_namespaceObject);
}
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}
/** "config of mapping 3", "connection.api_version", "the document". */
function describePath(path) {
    if (path.length === 0)
        return 'the document';
    const key = path.at(-1);
    if (path[0] === 'mappings' && typeof path[1] === 'number') {
        const mapping = `mapping #${path[1] + 1}`;
        if (path.length === 2)
            return mapping;
        return `"${path.slice(2).join('.')}" of ${mapping}`;
    }
    return typeof key === 'number' ? `item ${key + 1} of "${path.slice(0, -1).join('.')}"` : `"${path.join('.')}"`;
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function quote(text) {
    return `"${text}"`;
}
function article(type) {
    const names = type.split(',').map((t) => ({ integer: 'a whole number', object: 'an object', array: 'an array', string: 'a string', boolean: 'true or false', null: 'null', number: 'a number' })[t] ?? t);
    return names.join(' or ');
}
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'number')
        return `the number ${value}`;
    if (typeof value === 'string')
        return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    return typeof value === 'object' ? 'an object' : String(value);
}

;// CONCATENATED MODULE: ./src/lint/engine.ts








function defaultLintOptions() {
    return { levels: resolveLevels(), describe: new DescribeIndex() };
}
/** Lints one file on disk. `file` is the path shown in findings; `absolutePath` is where it is read. */
async function lintFile(file, absolutePath, options) {
    const format = formatOf(file);
    const read = await readSource(absolutePath, format);
    if (!read.ok)
        return { file, findings: placeProblems(file, [read.problem], options) };
    return { file, findings: lintText(file, read.text, format, options) };
}
/** Lints a document's text: parse, check the format, run every enabled rule, then place the findings. */
function lintText(file, text, format, options) {
    const parsed = format === 'yaml' ? parseYaml(text) : parseJson(text);
    const findings = placeProblems(file, parsed.problems, options);
    if (parsed.value === undefined)
        return findings;
    const reports = [];
    const enabled = (id) => options.levels.get(id) !== 'off';
    if (enabled('schema'))
        for (const report of checkSchema(parsed.value))
            reports.push(['schema', report]);
    const document = buildContext(parsed.value, options);
    for (const rule of RULES) {
        if (!enabled(rule.id) || rule.scope !== 'document')
            continue;
        for (const report of rule.check(document))
            reports.push([rule.id, report]);
    }
    const mappingRules = RULES.filter((rule) => rule.scope === 'mapping' && enabled(rule.id));
    for (const mapping of document.mappings) {
        for (const rule of mappingRules) {
            const found = rule.check(mapping);
            for (let i = 0; i < found.length; i++)
                reports.push([rule.id, found[i]]);
        }
    }
    if (reports.length > 0) {
        const locator = parsed.locator();
        for (const [ruleId, report] of reports) {
            findings.push(toFinding(file, ruleId, report.message, locator.locate(report.path, report.at ?? 'value'), options));
        }
    }
    return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}
function placeProblems(file, problems, options) {
    return problems
        .filter((problem) => options.levels.get(problem.ruleId) !== 'off')
        .map((problem) => toFinding(file, problem.ruleId, problem.message, problem.range, options));
}
function toFinding(file, ruleId, message, range, options) {
    const level = options.levels.get(ruleId);
    if (level === undefined || level === 'off')
        throw new Error(`Internal error: rule ${ruleId} reported while not enabled.`);
    return {
        ruleId,
        level,
        message,
        file,
        line: range.start.line,
        column: range.start.column,
        ...(range.end && { endLine: range.end.line, endColumn: range.end.column }),
    };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function buildContext(root, options) {
    const rawMappings = isObject(root) && Array.isArray(root.mappings) ? root.mappings : [];
    const connection = isObject(root) && isObject(root.connection) ? root.connection : {};
    const apiVersion = typeof connection.api_version === 'string' && /^\d{2,3}(\.\d+)?$/.test(connection.api_version) ? Number(connection.api_version) : undefined;
    const document = {
        root,
        mappings: [],
        mappingCount: rawMappings.length,
        connection: { ...(apiVersion !== undefined && { apiVersion }), features: isObject(connection.features) ? connection.features : {} },
        ...(options.plan && { plan: options.plan }),
        hasDescribe: options.describe.size > 0,
    };
    rawMappings.forEach((raw, index) => {
        if (!isObject(raw) || typeof raw.object_name !== 'string' || raw.object_name === '')
            return;
        const config = isObject(raw.config) ? raw.config : undefined;
        const mapping = {
            index,
            path: ['mappings', index],
            objectName: raw.object_name,
            config,
            fields: config && isObject(config.fields) ? Object.keys(config.fields) : undefined,
            indexes: config && isObject(config.indexes) ? config.indexes : undefined,
            access: config?.access === 'read_only' || config?.access === 'read_write' ? config.access : undefined,
            facts: factsFor(raw.object_name, options.describe.get(raw.object_name)),
            document,
        };
        document.mappings.push(mapping);
    });
    return document;
}

;// CONCATENATED MODULE: ./src/lint/run.ts










/** Finds the files, gathers describe data, lints every file, and totals the findings. */
async function runLint(request) {
    const discovery = await discover(request.root, request.patterns);
    const { unmatched } = discovery;
    const targets = request.select ? request.select(discovery.targets) : discovery.targets;
    for (const pattern of unmatched)
        request.log.warning(`No mapping file matches "${pattern}".`);
    const options = {
        levels: request.levels,
        describe: await gatherDescribes(request, targets),
        ...(request.plan && { plan: request.plan }),
    };
    return lintTargets(targets, options, unmatched);
}
async function lintTargets(targets, options, unmatched = []) {
    const results = await Promise.all(targets.map((target) => lintFile(target.file, target.absolutePath, options)));
    const findings = results.flatMap((result) => result.findings);
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const finding of findings)
        counts[finding.level]++;
    return { results, findings, counts, unmatched };
}
function reachesFailOn(counts, failOn) {
    if (failOn === 'never')
        return false;
    return Object.keys(counts).some((level) => counts[level] > 0 && LEVEL_RANK[level] <= LEVEL_RANK[failOn]);
}
async function gatherDescribes(request, targets) {
    const index = request.describePatterns.length > 0 ? await loadDescribeFiles(request.describePatterns, request.root) : new types_DescribeIndex();
    if (!request.live)
        return index;
    const { objectNames, apiVersion } = await mappedObjects(targets);
    const wanted = objectNames.filter((name) => !index.get(name)?.fields);
    if (wanted.length === 0)
        return index;
    const live = await fetchDescribes({ ...request.live, objectNames: wanted, ...(apiVersion && { apiVersion }), log: request.log });
    if (live.missing.length === wanted.length) {
        throw new errors_ConfigurationError(`Salesforce answered "not found" for every mapped object (${wanted.join(', ')}). Check salesforce-instance-url and that the org supports API version ${apiVersion ?? DEFAULT_API_VERSION}.`);
    }
    for (const name of wanted) {
        const described = live.index.get(name);
        if (described)
            index.add(described);
    }
    return index;
}
/** The object names (and the API version) of the mapping files, read leniently: lint reports what is broken. */
async function mappedObjects(targets) {
    const names = new Set();
    let apiVersion;
    for (const target of targets) {
        try {
            const text = await (0,promises_.readFile)(target.absolutePath, 'utf8');
            const value = (formatOf(target.file) === 'yaml' ? (0,dist/* parse */.qg)(text) : JSON.parse(text));
            for (const mapping of value.mappings ?? [])
                if (typeof mapping?.object_name === 'string')
                    names.add(mapping.object_name);
            if (typeof value.connection?.api_version === 'string')
                apiVersion ??= value.connection.api_version;
        }
        catch {
            // An unreadable or malformed file gets its own finding from the lint; it adds no object names.
        }
    }
    return { objectNames: [...names], ...(apiVersion && { apiVersion }) };
}

;// CONCATENATED MODULE: ./src/deploy/backup.ts


/**
 * Writes the live configuration, exported just before the import, where the user can import it back:
 * the import only adds and changes mappings, so this file is the way to undo a deploy.
 * Returns the file's path.
 */
async function writeBackup(document, dir, app, resource, now) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const file = external_node_path_default().join(dir, `heroku-connect-backup-${safeName(app)}-${safeName(resource)}-${stamp}.json`);
    // The 4-space layout of heroku connect:export, so the backup diffs cleanly against an export.
    await (0,promises_.writeFile)(file, `${JSON.stringify(document, null, 4)}\n`);
    return file;
}
function safeName(name) {
    return name.replace(/[^A-Za-z0-9._-]+/g, '-') || 'connection';
}

;// CONCATENATED MODULE: ./src/deploy/connection-section.ts

/**
 * Makes the file's `connection` section describe the connection it is imported into, as Heroku's
 * guide asks: exports carry the source connection's identity (often placeholders such as CHANGE-ME).
 * `app_name`, `organization_id` and `name` are taken from the target's detail; `features`,
 * `api_version` and `logplex_log_enabled` stay as written (whether the import applies them is not
 * documented). Every field that differs from the target is reported either way.
 */
function alignConnectionSection(section, target) {
    const aligned = { ...section };
    const differences = [];
    const identity = [
        ['app_name', target.app_name],
        ['organization_id', target.organization_id || target.sf_info?.organization_id],
        ['name', target.name],
    ];
    for (const [field, value] of identity) {
        // A target without the value (a field the API stopped sending) leaves the file's as it is.
        if (typeof value !== 'string' || value === '' || value === section[field])
            continue;
        aligned[field] = value;
        differences.push({
            field,
            file: section[field],
            connection: value,
            action: 'rewritten',
            level: 'info',
            message: `connection.${field} is ${show(section[field])} in the file and ${show(value)} on the connection; imported as ${show(value)}.`,
        });
    }
    const apiVersion = target.sf_info?.api_version ?? target.api_version;
    if (section.api_version !== undefined && apiVersion !== undefined && String(section.api_version) !== String(apiVersion)) {
        differences.push({
            field: 'api_version',
            file: section.api_version,
            connection: apiVersion,
            action: 'kept',
            level: 'notice',
            message: `The file was exported at Salesforce API ${String(section.api_version)}; the connection uses ${apiVersion}. ` +
                'The fields available to a mapping differ between API versions: check that every mapped field exists at the connection\'s version.',
        });
    }
    if (isRecord(section.features) && isRecord(target.features)) {
        for (const [feature, value] of Object.entries(section.features)) {
            const live = target.features[feature];
            if (live === undefined || sameJson(value, live))
                continue;
            differences.push(kept(`features.${feature}`, value, live));
        }
    }
    if (section.logplex_log_enabled !== undefined && target.logplex_log_enabled !== undefined && section.logplex_log_enabled !== target.logplex_log_enabled) {
        differences.push(kept('logplex_log_enabled', section.logplex_log_enabled, target.logplex_log_enabled));
    }
    return { section: aligned, differences };
}
function kept(field, file, connection) {
    return {
        field,
        file,
        connection,
        action: 'kept',
        level: 'info',
        message: `connection.${field} is ${show(file)} in the file and ${show(connection)} on the connection; imported as written.`,
    };
}
function show(value) {
    return value === undefined ? '(absent)' : JSON.stringify(value);
}
/** Equal as JSON, ignoring key order: exports do not keep it from one to the next (research §4.3). */
function sameJson(a, b) {
    return canonical(a) === canonical(b);
}
function canonical(value) {
    const sorted = JSON.stringify(value, (_key, inner) => isRecord(inner) ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : inner);
    return sorted ?? 'undefined';
}

;// CONCATENATED MODULE: ./src/deploy/document.ts






/** The connection-section keys kept as written; several files must agree on them, or which one applies is a guess. */
const KEPT_CONNECTION_KEYS = ['features', 'api_version', 'logplex_log_enabled'];
/**
 * Reads the selected mapping files (JSON or YAML) into the one document the import takes: every
 * mapping, the first `connection` section, `version` 1. An object mapped twice, in one file or in
 * two, is refused, since the import would keep one of them without saying which.
 */
async function mergeMappingFiles(files) {
    if (files.length === 0)
        throw new errors_ConfigurationError('There is no mapping file to deploy: the files selected for the lint matched none.');
    const mappings = [];
    const mappedIn = new Map();
    let connection;
    for (const { file, absolutePath } of files) {
        const document = await document_readDocument(file, absolutePath);
        document.mappings.forEach((mapping, i) => {
            if (!isRecord(mapping) || typeof mapping.object_name !== 'string' || mapping.object_name === '') {
                throw new errors_ConfigurationError(`Mapping ${i + 1} in "${file}" has no object_name, so it cannot be imported.`);
            }
            // Salesforce object names are case-insensitive, and so is Connect's lookup of a mapping.
            const key = mapping.object_name.toLowerCase();
            const earlier = mappedIn.get(key);
            if (earlier !== undefined) {
                const where = earlier === file ? `twice in "${file}"` : `in both "${earlier}" and "${file}"`;
                throw new errors_ConfigurationError(`Object "${mapping.object_name}" is mapped ${where}. A connection has one mapping per object: keep one of them.`);
            }
            mappedIn.set(key, file);
            mappings.push(mapping);
        });
        if (!isRecord(document.connection))
            continue;
        if (connection === undefined) {
            connection = { section: document.connection, file };
            continue;
        }
        const differing = KEPT_CONNECTION_KEYS.filter((key) => !sameJson(connection.section[key], document.connection[key]));
        if (differing.length > 0) {
            throw new errors_ConfigurationError(`The "connection" sections of "${connection.file}" and "${file}" differ in ${differing.join(', ')}; one import can carry only one. ` +
                'Make them agree, or remove the section from all but one file.');
        }
    }
    return { mappings, ...(connection && { connection: connection.section }), version: 1 };
}
async function document_readDocument(file, absolutePath) {
    const format = formatOf(file);
    const read = await readSource(absolutePath, format);
    if (!read.ok)
        throw new errors_ConfigurationError(`"${file}" cannot be deployed: ${read.problem.message}`);
    const parsed = format === 'yaml' ? parseYaml(read.text) : parseJson(read.text);
    const value = parsed.value;
    if (value === undefined) {
        throw new errors_ConfigurationError(`"${file}" cannot be deployed: ${parsed.problems[0]?.message ?? 'it does not parse.'}`);
    }
    if (!isRecord(value) || !Array.isArray(value.mappings)) {
        throw new errors_ConfigurationError(`"${file}" cannot be deployed: it has no top-level "mappings" list, so it is not a Heroku Connect mapping file.`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/deploy/wait.ts


/** Waits for an import someone else started (IMPORT_CONFIGURATION) to end, and returns the detail then. */
async function waitForRunningImport(options) {
    const started = options.clock.now();
    return pollUntil(options, [], (detail) => (detail.state === 'IMPORT_CONFIGURATION' ? undefined : detail), () => new DeployFailure(`Another import was still running on the connection (IMPORT_CONFIGURATION) after ${wait_formatDuration(options.clock.now() - started)}; nothing was imported. ` +
        'Deploy again once it has finished, or raise wait-timeout.'));
}
/**
 * Waits until Heroku Connect has applied the import and every imported mapping has synced.
 *
 * The detail lags the import: right after it is accepted, the connection can still show IDLE and the
 * old mappings (research §4.1), so IDLE alone proves nothing. Success needs evidence that this import
 * was applied, any of: IMPORT_CONFIGURATION seen after the import; a mapping the file adds appearing;
 * every imported mapping that existed before showing a new `config.revision` or `config.applied_at`.
 * With evidence, the connection must be IDLE and every imported mapping DATA_SYNCED.
 *
 * It fails at once when the connection goes into an error state, or an imported mapping into a
 * permanent error state that is this import's: a mapping that already had that state before, with
 * the same revision, is still showing the old configuration, so it is waited on rather than blamed.
 */
async function waitForImport(before, objectNames, options) {
    const started = options.clock.now();
    const previous = byObject(before.mappings);
    let evidence;
    let last;
    return pollUntil(options, objectNames, (detail) => {
        last = detail;
        const current = byObject(detail.mappings);
        const imported = objectNames.map((name) => ({ name, now: current.get(name.toLowerCase()), was: previous.get(name.toLowerCase()) }));
        if (evidence === undefined) {
            const appeared = imported.find((m) => m.was === undefined && m.now !== undefined);
            if (detail.state === 'IMPORT_CONFIGURATION')
                evidence = 'the connection went into IMPORT_CONFIGURATION';
            else if (appeared)
                evidence = `the new mapping ${appeared.name} appeared`;
            else if (imported.every((m) => m.now !== undefined && m.was !== undefined && configChanged(m.was, m.now))) {
                evidence = 'every imported mapping has a new revision';
            }
            if (evidence !== undefined)
                options.log.info(`Heroku Connect has taken up the import: ${evidence}.`);
        }
        const connection = judgeConnection(detail.state, options.app);
        if (connection.kind === 'blocked') {
            throw new DeployFailure(`After the import the connection went into ${detail.state}: ${connection.meaning}. ${connection.remedy} Mappings: ${listStates(objectNames, current)}.`);
        }
        const failed = imported.filter((m) => m.now !== undefined && states_judgeMapping(m.now.state) === 'failed' && (m.was === undefined || isNews(m.was, m.now)));
        if (failed.length > 0) {
            throw new DeployFailure(`The import failed: ${failed.map((m) => wait_describeMapping(m.name, m.now)).join('; ')}. ` +
                'Heroku Connect accepts any import and reports problems in the mapping state; fix the mapping and deploy again, or import the backup to go back.');
        }
        const settled = connection.kind === 'idle' && imported.every((m) => m.now?.state === 'DATA_SYNCED');
        return evidence !== undefined && settled ? { detail, evidence } : undefined;
    }, () => {
        const states = last ? `the connection is ${last.state}; ${listStates(objectNames, byObject(last.mappings))}` : 'no state could be read';
        const noSign = evidence === undefined ? ' Heroku Connect has shown no sign of applying the import yet (no IMPORT_CONFIGURATION state, no new mapping revision).' : '';
        return new DeployFailure(`The import did not finish within ${wait_formatDuration(options.clock.now() - started)}: ${states}.${noSign} Raise wait-timeout if it needs longer.`);
    });
}
/**
 * Polls every interval until `judge` returns a value or throws, or the deadline passes. The first poll
 * comes one interval after the start; the last one at the deadline. Each state change of the
 * connection and of the `watched` mappings is logged once, and each state this action does not know
 * is warned about once (other live mappings change state with every Salesforce poll: noise here).
 */
async function pollUntil(options, watched, judge, timeout) {
    const { clock } = options;
    const started = clock.now();
    const seen = new Map();
    const unknown = new Set();
    const observe = (subject, state, known) => {
        const before = seen.get(subject);
        if (before === state)
            return;
        seen.set(subject, state);
        options.log.info(`[${wait_formatDuration(clock.now() - started)}] ${subject}: ${before === undefined ? state : `${before} → ${state}`}`);
        if (!known && !unknown.has(state)) {
            unknown.add(state);
            options.log.warning(`${subject} is in state ${state}, which this action does not know; it keeps waiting as if the state were transient.`);
        }
    };
    const watchedKeys = new Set(watched.map((name) => name.toLowerCase()));
    for (;;) {
        const remaining = options.deadline - clock.now();
        if (remaining <= 0)
            throw timeout();
        await clock.sleep(Math.min(options.intervalMs, remaining));
        const detail = await options.poll();
        options.onPoll?.(detail);
        observe('connection', detail.state, judgeConnection(detail.state, options.app).kind !== 'unknown');
        for (const mapping of detail.mappings) {
            if (watchedKeys.has(mapping.object_name.toLowerCase()))
                observe(mapping.object_name, mapping.state, states_judgeMapping(mapping.state) !== 'unknown');
        }
        const outcome = judge(detail);
        if (outcome !== undefined)
            return outcome;
    }
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
function wait_describeMapping(name, mapping) {
    if (mapping === undefined)
        return `${name} not listed yet`;
    return `${name} ${mapping.state}${mapping.state_description ? ` (${mapping.state_description})` : ''}`;
}
function listStates(objectNames, current) {
    return objectNames.map((name) => wait_describeMapping(name, current.get(name.toLowerCase()))).join(', ');
}
function wait_formatDuration(ms) {
    const seconds = Math.max(0, Math.round(ms / 1000));
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
}

;// CONCATENATED MODULE: ./src/deploy/run.ts












const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const MAX_LISTED_FINDINGS = 10;
/**
 * The deploy stage: find the connection, check it can take an import, lint again for its plan,
 * align the `connection` section, back up the live configuration, import every mapping file in one
 * import, and wait until Heroku Connect has applied it and every imported mapping has synced.
 * It does not throw: the record's `error` says why it failed, so outputs and the summary can still
 * be written. The API key never reaches a log line or the record.
 */
async function runDeploy(request, log, deps = {}) {
    const clock = deps.clock ?? systemClock;
    const redact = (text) => (request.apiKey === '' ? text : text.replaceAll(request.apiKey, '[HEROKU_API_KEY]'));
    const safeLog = {
        info: (message) => log.info(redact(message)),
        notice: (message) => log.notice(redact(message)),
        warning: (message) => log.warning(redact(message)),
        group: (name, fn) => log.group(redact(name), fn),
    };
    const started = clock.now();
    const record = { app: request.app, objectNames: [], imported: false, mappingStates: {}, notInFiles: [], differences: [], elapsedMs: 0 };
    try {
        await deploy(request, record, safeLog, deps, clock);
    }
    catch (error) {
        record.error = redacted(error, redact);
    }
    record.elapsedMs = clock.now() - started;
    return record;
}
async function deploy(request, record, log, deps, clock) {
    const { app } = request;
    if (request.eventName && PULL_REQUEST_EVENTS.has(request.eventName) && !request.allowPullRequestDeploy) {
        throw new errors_ConfigurationError(`Not deploying on a ${request.eventName} event: the pull request's mapping files are not merged yet, and a deploy from them would change the live connection. ` +
            'Deploy on push to the default branch or on workflow_dispatch. For a review-app connection the pull request may change, set allow-pull-request-deploy to true.');
    }
    const document = await mergeMappingFiles(request.files);
    record.objectNames = document.mappings.map((mapping) => mapping.object_name);
    const client = new ConnectClient(new ConnectHttp({ ...deps, apiKey: request.apiKey, clock, log }), request.discoveryServer);
    const connection = await findConnection(client, app, request.resource, log);
    record.resource = connection.resource_name;
    const observe = (detail) => noteStates(record, detail);
    const poll = {
        poll: () => client.detail(connection),
        clock,
        intervalMs: request.pollIntervalSeconds * 1000,
        // One budget for all the waiting, so the whole deploy stays within wait-timeout of polling.
        deadline: clock.now() + request.waitTimeoutSeconds * 1000,
        app,
        log,
        onPoll: observe,
    };
    let detail = await client.detail(connection);
    observe(detail);
    record.plan = detail.plan;
    log.info(`Connection "${connection.resource_name}" of app "${app}": ${detail.state}, plan ${detail.plan ?? 'unknown'}, ${detail.mappings.length} mapping(s).`);
    if (detail.state === 'IMPORT_CONFIGURATION') {
        log.info('Another import is running on the connection; waiting for it to finish first.');
        detail = await log.group('Waiting for the running import to finish', () => waitForRunningImport(poll));
    }
    checkReady(detail, app, log);
    await lintForPlan(request, detail.plan, log);
    const merged = alignSection(document, detail, record, log);
    record.backupFile = await writeBackup(await client.export(connection), request.backupDir, app, connection.resource_name, clock.now());
    log.info(`Backed up the live configuration to ${record.backupFile}; import that file to undo this deploy.`);
    const fileObjects = new Set(record.objectNames.map((name) => name.toLowerCase()));
    record.notInFiles = detail.mappings.map((mapping) => mapping.object_name).filter((name) => !fileObjects.has(name.toLowerCase()));
    if (record.notInFiles.length > 0) {
        log.info(`The import never deletes a mapping. Live mappings the files do not contain, which stay on the connection: ${record.notInFiles.join(', ')}.`);
    }
    log.info(`Importing ${merged.mappings.length} mapping(s): ${record.objectNames.join(', ')}.`);
    await client.import(connection, merged);
    record.imported = true;
    log.info('Heroku Connect accepted the import.');
    const { evidence } = await log.group(`Waiting for Heroku Connect to apply the import (every ${request.pollIntervalSeconds} s, at most ${wait_formatDuration(request.waitTimeoutSeconds * 1000)})`, () => waitForImport(detail, record.objectNames, poll));
    log.info(`Deployed: the connection is IDLE and every imported mapping is DATA_SYNCED, after ${evidence}.`);
}
/** Refuses a connection that cannot take an import; an unknown state is let through with a warning, as Heroku adds states. */
function checkReady(detail, app, log) {
    const verdict = judgeConnection(detail.state, app);
    if (verdict.kind === 'blocked') {
        throw new errors_ConfigurationError(`The connection cannot take an import now: it is ${detail.state}, which means ${verdict.meaning}. ${verdict.remedy} Nothing was imported.`);
    }
    if (verdict.kind === 'unknown')
        log.warning(`The connection is in state ${detail.state}, which this action does not know; importing all the same.`);
}
/** The demo plan allows less (a 10-minute polling floor) than the plan the files may have been linted for. */
async function lintForPlan(request, connectionPlan, log) {
    const plan = types_PLANS.find((known) => known === connectionPlan?.toLowerCase());
    if (connectionPlan !== undefined && plan === undefined) {
        log.info(`The connection's plan "${connectionPlan}" is not one the lint knows (${types_PLANS.join(', ')}); the files are checked against the paid plans' limits.`);
    }
    if (plan === request.lintedPlan)
        return;
    log.info(`Linting the files again for the connection's plan (${plan ?? 'paid'}).`);
    const run = await request.lint(plan);
    if (!reachesFailOn(run.counts, request.failOn))
        return;
    const failing = run.findings.filter((finding) => request.failOn !== 'never' && LEVEL_RANK[finding.level] <= LEVEL_RANK[request.failOn]);
    const listed = failing.slice(0, MAX_LISTED_FINDINGS).map((f) => `  ${f.file}:${f.line}:${f.column} ${f.level} ${f.ruleId}: ${f.message}`);
    const more = failing.length > MAX_LISTED_FINDINGS ? [`  … and ${failing.length - MAX_LISTED_FINDINGS} more`] : [];
    throw new DeployFailure([`For the connection's plan (${plan ?? 'paid'}), the lint finds ${failing.length} problem(s) that reach fail-on "${request.failOn}"; nothing was imported:`, ...listed, ...more].join('\n'));
}
function alignSection(document, detail, record, log) {
    if (document.connection === undefined)
        return document;
    const { section, differences } = alignConnectionSection(document.connection, detail);
    record.differences = differences;
    for (const difference of differences)
        log[difference.level === 'notice' ? 'notice' : 'info'](difference.message);
    return { ...document, connection: section };
}
function noteStates(record, detail) {
    record.connectionState = detail.state;
    const byName = new Map(detail.mappings.map((mapping) => [mapping.object_name.toLowerCase(), mapping]));
    for (const name of record.objectNames) {
        const mapping = byName.get(name.toLowerCase());
        if (mapping)
            record.mappingStates[name] = { state: mapping.state, ...(mapping.state_description && { description: mapping.state_description }) };
    }
}
/** The same kind of error with the key taken out of its message and stack; no `cause`, which could carry request details. */
function redacted(error, redact) {
    const message = redact(errors_errorMessage(error));
    const copy = error instanceof errors_ConfigurationError ? new errors_ConfigurationError(message) : error instanceof DeployFailure ? new DeployFailure(message) : new Error(message);
    copy.stack = error instanceof Error && error.stack ? redact(error.stack) : message;
    return copy;
}

;// CONCATENATED MODULE: ./src/plan/live.ts







/**
 * Exactly what importing the files would change on the connection: the files, merged as the deploy
 * merges them, against the connection's live export. Read only: the export is a GET. Mappings that
 * are live but in no file show as removed, with the consequence that import keeps them.
 */
async function planAgainstLive(target, files, log) {
    const redact = (text) => text.replaceAll(target.apiKey, '[HEROKU_API_KEY]');
    try {
        const head = await mergeMappingFiles(files);
        const client = new ConnectClient(new ConnectHttp({ apiKey: target.apiKey, clock: systemClock, log }), target.discoveryServer);
        const connection = await findConnection(client, target.app, target.resource, log);
        const live = await client.export(connection);
        return { path: `${target.app} (live connection ${connection.resource_name})`, status: 'modified', ...planChanges(live, head) };
    }
    catch (error) {
        // Rebuilt without `cause`, of the same kind: a wrapped fetch error could carry request details.
        const message = redact(errors_errorMessage(error));
        if (error instanceof errors_ConfigurationError)
            throw new errors_ConfigurationError(message);
        if (error instanceof DeployFailure)
            throw new DeployFailure(message);
        throw new Error(message);
    }
}

;// CONCATENATED MODULE: ./src/cli/plan.ts









const PLAN_COMMAND = `  plan <files...> [--base <ref> | --app <app>]
                             What the files change: against their version at a git revision (default HEAD), or,
                             with --app, against the live configuration of the app's connection (what an import
                             would change; read only, the API key comes from HEROKU_API_KEY).
`;
const PLAN_OPTIONS = `Plan options:
  --base <ref>                        The git revision to compare with (default: HEAD)
  --app <app>, --resource <name>      Compare with the live connection instead
  --format <text|json>                Report format (default: text)
  --no-color                          Plain text output (also NO_COLOR)
`;
const OPTIONS = {
    base: { type: 'string' },
    app: { type: 'string' },
    resource: { type: 'string' },
    format: { type: 'string', default: 'text' },
    'no-color': { type: 'boolean', default: false },
};
/** `plan`: always exits 0 when it could compute the plan; the plan informs, it does not judge. */
async function planCommand(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
    const format = values.format.toLowerCase();
    if (format !== 'text' && format !== 'json')
        throw new errors_ConfigurationError(`--format is "${values.format}"; use text or json.`);
    if (values.app !== undefined && values.base !== undefined)
        throw new errors_ConfigurationError('Use --base or --app, not both: a plan compares with one of them.');
    if (positionals.length === 0)
        throw new errors_ConfigurationError('Name the mapping files to plan, for example: heroku-connect-action plan heroku-connect/*.json');
    const { targets, unmatched } = await discover(io.cwd, positionals);
    for (const pattern of unmatched)
        io.stderr.write(`warning: No mapping file matches "${pattern}".\n`);
    const log = { info: (message) => io.stderr.write(`${message}\n`) };
    let plans;
    if (values.app !== undefined) {
        const apiKey = io.env.HEROKU_API_KEY?.trim() ?? '';
        if (apiKey === '')
            throw new errors_ConfigurationError('Planning against the live connection needs the Heroku API key in HEROKU_API_KEY.');
        const target = { app: values.app, apiKey, discoveryServer: io.env.CONNECT_DISCOVERY_SERVER || DEFAULT_DISCOVERY_SERVER, ...(values.resource && { resource: values.resource }) };
        plans = [await planAgainstLive(target, targets, log)];
    }
    else {
        const revision = values.base ?? 'HEAD';
        plans = [];
        for (const target of targets) {
            // "<rev>:./path" is relative to the working directory, wherever it is in the repository.
            const base = await base_content_readBaseContent({ sha: revision, path: `./${target.file}`, git: { cwd: io.cwd } });
            const head = await (0,promises_.readFile)(target.absolutePath);
            const plan = file_planFile({ path: target.file, status: base === undefined ? 'added' : 'modified' }, base, head);
            if (plan)
                plans.push(plan);
        }
    }
    const color = format === 'text' && !values['no-color'] && !io.env.NO_COLOR && (Boolean(io.stdout.isTTY) || Boolean(io.env.FORCE_COLOR));
    io.stdout.write(format === 'json' ? `${JSON.stringify(plans, null, 2)}\n` : renderPlanText(plans, color));
    return 0;
}

;// CONCATENATED MODULE: ./src/report/deploy-summary.ts



const deploy_summary_ICON = { synced: '✅', working: '⏳', failed: '❌', unknown: '❔' };
const HEADING = '## Heroku Connect deploy';
/** The deploy section of the job summary. Everything from the files or from Heroku Connect is escaped. */
function renderDeploySummary(record) {
    const target = record.resource
        ? `connection <code>${escapeMarkdown(record.resource)}</code> of app <code>${escapeMarkdown(record.app)}</code>${record.plan ? ` (plan ${escapeMarkdown(record.plan)})` : ''}`
        : `app <code>${escapeMarkdown(record.app)}</code>`;
    const took = formatDuration(record.elapsedMs);
    const lines = [HEADING, ''];
    if (record.error) {
        lines.push(`❌ **Deploy to ${target} failed** after ${took}: ${escapeMarkdown(record.error.message)}`, '');
        lines.push(record.imported ? 'Heroku Connect accepted the import, so the connection may hold part of it: the backup below undoes it.' : 'Nothing was imported.', '');
    }
    else {
        lines.push(`✅ **Deployed** to ${target} in ${took}.`, '');
    }
    if (record.connectionState)
        lines.push(`Connection state: <code>${escapeMarkdown(record.connectionState)}</code>`, '');
    if (record.objectNames.length > 0) {
        lines.push('<table><thead><tr><th>Imported mapping</th><th>State</th></tr></thead><tbody>');
        for (const name of record.objectNames) {
            const mapping = record.mappingStates[name];
            const state = mapping
                ? `${deploy_summary_ICON[judgeMapping(mapping.state)]} ${escapeMarkdown(mapping.state)}${mapping.description ? ` (${escapeMarkdown(mapping.description)})` : ''}`
                : 'not listed on the connection';
            lines.push(`<tr><td>${escapeMarkdown(name)}</td><td>${state}</td></tr>`);
        }
        lines.push('</tbody></table>', '');
    }
    if (record.backupFile) {
        lines.push(`Backup of the live configuration before the import: <code>${escapeMarkdown(record.backupFile)}</code>. Import it to undo this deploy.`, '');
    }
    if (record.differences.length > 0) {
        lines.push('The files\' <code>connection</code> section differs from the connection:', '');
        for (const difference of record.differences)
            lines.push(`- ${difference.level === 'notice' ? 'ℹ️ ' : ''}${escapeMarkdown(difference.message)}`);
        lines.push('');
    }
    if (record.notInFiles.length > 0) {
        lines.push(`Live mappings the files do not contain (an import never deletes a mapping; delete them in the dashboard if they should go): ${record.notInFiles.map((name) => escapeMarkdown(name)).join(', ')}.`, '');
    }
    return lines.join('\n');
}
/** The deploy section when the lint stopped the deploy before it began. */
function renderDeploySkipped(reason) {
    return [HEADING, '', `⏭️ **Not deployed**: ${escapeMarkdown(reason)} Nothing was imported.`, ''].join('\n');
}
/** The deploy's outcome for a terminal (the CLI); the error itself is printed on stderr. */
function formatDeployText(record) {
    const target = record.resource ? `connection "${record.resource}" of app "${record.app}"${record.plan ? ` (plan ${record.plan})` : ''}` : `app "${record.app}"`;
    const took = wait_formatDuration(record.elapsedMs);
    const lines = [record.error ? `Deploy to ${target} failed after ${took}; ${record.imported ? 'the import was accepted.' : 'nothing was imported.'}` : `Deployed to ${target} in ${took}.`];
    if (record.connectionState)
        lines.push(`Connection state: ${record.connectionState}`);
    const width = Math.max(0, ...record.objectNames.map((name) => name.length));
    for (const name of record.objectNames) {
        const mapping = record.mappingStates[name];
        lines.push(`  ${name.padEnd(width)}  ${mapping ? `${mapping.state}${mapping.description ? ` (${mapping.description})` : ''}` : 'not listed on the connection'}`);
    }
    if (record.backupFile)
        lines.push(`Backup of the live configuration: ${record.backupFile} (import it to undo this deploy)`);
    if (record.notInFiles.length > 0)
        lines.push(`Live mappings not in the files, left in place: ${record.notInFiles.join(', ')}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/annotations.ts


/** GitHub shows at most this many annotations of each level per step and drops the rest silently. */
const ANNOTATIONS_PER_LEVEL = 10;
/**
 * Picks the findings to annotate within GitHub's budget, most important first. When a level
 * overflows, its last slot is kept for a one-line note of how many more there are.
 */
function planAnnotations(findings, priority) {
    const ranked = order_rankFindings(findings, priority);
    const annotate = [];
    const omitted = { error: 0, warning: 0, notice: 0 };
    for (const level of LEVELS) {
        const ofLevel = ranked.filter((finding) => finding.level === level);
        const room = ofLevel.length > ANNOTATIONS_PER_LEVEL ? ANNOTATIONS_PER_LEVEL - 1 : ofLevel.length;
        annotate.push(...ofLevel.slice(0, room));
        omitted[level] = ofLevel.length - room;
    }
    return { annotate, omitted };
}
function overflowNote(level, count, where) {
    return `${count} more ${level === 'notice' ? 'notice' : level}${count === 1 ? '' : 's'} not annotated here (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level in a step): ${where}.`;
}

;// CONCATENATED MODULE: ./src/report/github.ts

/** Writes the findings as GitHub annotations within the per-step budget, most important first. */
function annotate(findings, annotator, where, priority) {
    const plan = planAnnotations(findings, priority);
    for (const finding of plan.annotate)
        annotator[finding.level](finding.message, propertiesOf(finding));
    for (const level of Object.keys(plan.omitted)) {
        if (plan.omitted[level] > 0)
            annotator[level](overflowNote(level, plan.omitted[level], where), { title: 'heroku-connect-action' });
    }
}
function propertiesOf(finding) {
    const properties = { title: finding.ruleId, file: finding.file, startLine: finding.line, startColumn: finding.column };
    if (finding.endLine !== undefined) {
        properties.endLine = finding.endLine;
        // GitHub takes columns only on single-line annotations; its end column is inclusive, ours exclusive.
        if (finding.endLine === finding.line && finding.endColumn !== undefined)
            properties.endColumn = Math.max(finding.column, finding.endColumn - 1);
        else
            delete properties.startColumn;
    }
    return properties;
}

;// CONCATENATED MODULE: ./src/report/text.ts

const LEVEL_STYLE = { error: 'red', warning: 'yellow', notice: 'cyan' };
/** The CLI's default report: grouped by file, like compiler output, with colour only on a terminal. */
function formatText(run, color) {
    const paint = (style, text) => (color ? (0,external_node_util_.styleText)(style, text) : text);
    const lines = [];
    const findings = [...run.findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    let current;
    for (const finding of findings) {
        if (finding.file !== current) {
            if (current !== undefined)
                lines.push('');
            lines.push(paint('underline', finding.file));
            current = finding.file;
        }
        const where = `${finding.line}:${finding.column}`.padEnd(8);
        lines.push(`  ${paint('dim', where)}${paint(LEVEL_STYLE[finding.level], finding.level.padEnd(8))}${finding.message}  ${paint('dim', finding.ruleId)}`);
    }
    const { error, warning, notice } = run.counts;
    const files = run.results.length;
    if (lines.length > 0)
        lines.push('');
    const total = `${files} file${files === 1 ? '' : 's'} checked: ${error} error${error === 1 ? '' : 's'}, ${warning} warning${warning === 1 ? '' : 's'}, ${notice} notice${notice === 1 ? '' : 's'}`;
    lines.push(paint(error > 0 ? 'red' : warning > 0 ? 'yellow' : 'green', total));
    return `${lines.join('\n')}\n`;
}
/** Machine-readable report: the findings as they are, plus totals. */
function formatJson(run) {
    return `${JSON.stringify({ files: run.results.map((r) => r.file), counts: run.counts, findings: run.findings }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/links.ts
const PROJECT_URL = 'https://github.com/heroku-connect-action/heroku-connect-action';
/** Each rule's entry in the rule reference. */
function links_ruleDocsUrl(ruleId) {
    return `${PROJECT_URL}/blob/main/docs/rules.md#${ruleId}`;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts



const SARIF_LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif). */
function toSarif(findings) {
    const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'heroku-connect-action',
                        informationUri: PROJECT_URL,
                        semanticVersion: package_namespaceObject.rE,
                        rules: RULES.map((rule) => ({
                            id: rule.id,
                            name: rule.id.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase()),
                            shortDescription: { text: rule.docs.summary.slice(0, 1024) },
                            fullDescription: { text: `${rule.docs.summary} ${rule.docs.why}`.slice(0, 1024) },
                            helpUri: links_ruleDocsUrl(rule.id),
                            help: {
                                text: `${rule.docs.why}\nSource: ${rule.docs.source}\nBad: ${rule.docs.bad}\nGood: ${rule.docs.good}`,
                                markdown: `${rule.docs.why}\n\n**Source:** ${rule.docs.source}\n\n**Bad**\n\n\`\`\`json\n${rule.docs.bad}\n\`\`\`\n\n**Good**\n\n\`\`\`json\n${rule.docs.good}\n\`\`\``,
                            },
                            defaultConfiguration: { level: SARIF_LEVEL[rule.defaultLevel] },
                            properties: { tags: ['heroku-connect', 'configuration'] },
                        })),
                    },
                },
                automationDetails: { id: 'heroku-connect-action/' },
                columnKind: 'unicodeCodePoints',
                results: findings.map((finding) => ({
                    ruleId: finding.ruleId,
                    ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
                    level: SARIF_LEVEL[finding.level],
                    message: { text: finding.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: encodeURI(finding.file) },
                                region: {
                                    startLine: finding.line,
                                    startColumn: finding.column,
                                    ...(finding.endLine !== undefined && { endLine: finding.endLine, endColumn: finding.endColumn }),
                                },
                            },
                        },
                    ],
                })),
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/cli/main.ts

















/** 1 is a result the user asked about (lint findings, a deploy that failed); 2 is the command itself going wrong. */
const EXIT = { ok: 0, findings: 1, deployFailed: 1, usage: 2 };
const FORMATS = ['text', 'json', 'sarif', 'github'];
const USAGE = `Usage: heroku-connect-action <command> [options]

Commands:
  lint [paths or globs...]   Lint Heroku Connect mapping files (default: every mapping file under the current directory)
  deploy <files...> --app <app>
                             Lint the files, then import them all into the app's Heroku Connect connection and wait
                             until it is IDLE and every imported mapping is DATA_SYNCED. The API key comes from
                             HEROKU_API_KEY; CONNECT_DISCOVERY_SERVER overrides https://hc-central.heroku.com.
${PLAN_COMMAND}
Lint options:
  --format <text|json|sarif|github>   Report format (default: text)
  --output <file>                     Write the report to a file instead of stdout
  --plan <demo|enterprise|shield>     The connection's plan (demo has a 10-minute polling floor)
  --describe <glob>                   Salesforce describe snapshots (repeatable)
  --rule <id=level>                   Set a rule to off, notice, warning or error (repeatable)
  --fail-on <error|warning|notice|never>  Exit 1 when a finding reaches this level (default: error)
  --salesforce-instance-url <url>     Fetch describe data live (also SF_INSTANCE_URL); the token comes from SF_ACCESS_TOKEN
  --no-color                          Plain text output (also NO_COLOR)

Deploy options (and the lint options above, but --format and --output):
  --app <app>                         The Heroku app with the Heroku Connect add-on (required)
  --resource <name>                   The add-on's resource name, when the app has several connections
  --wait-timeout <seconds>            How long to wait for the import to be applied and synced (default: 1800)
  --poll-interval <seconds>           Seconds between state polls, at least 1 (default: 10)
  --backup-dir <dir>                  Where the backup of the live configuration goes (default: the OS temp directory)
  --allow-pull-request-deploy         Deploy even when GITHUB_EVENT_NAME is pull_request or pull_request_target

${PLAN_OPTIONS}
Exit codes: 0 nothing reaches --fail-on (and the deploy succeeded), 1 something does (or the deploy failed),
2 usage, configuration or internal error.
`;
/** The options that choose what the lint checks, shared by lint and deploy. */
const CHECK_OPTIONS = {
    plan: { type: 'string' },
    describe: { type: 'string', multiple: true, default: [] },
    rule: { type: 'string', multiple: true, default: [] },
    'fail-on': { type: 'string', default: 'error' },
    'salesforce-instance-url': { type: 'string' },
    'no-color': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
};
const LINT_OPTIONS = {
    ...CHECK_OPTIONS,
    format: { type: 'string', default: 'text' },
    output: { type: 'string' },
};
/** Named as the action's inputs, so that one reader (readDeployInputs) checks both. */
const DEPLOY_OPTIONS = {
    ...CHECK_OPTIONS,
    app: { type: 'string' },
    resource: { type: 'string' },
    'wait-timeout': { type: 'string' },
    'poll-interval': { type: 'string' },
    'backup-dir': { type: 'string' },
    'allow-pull-request-deploy': { type: 'boolean', default: false },
};
async function main(argv, io) {
    const [command, ...rest] = argv;
    try {
        switch (command) {
            case 'lint':
                return await lintCommand(rest, io);
            case 'deploy':
                return await deployCommand(rest, io);
            case 'plan':
                return await planCommand(rest, io);
            case '--version':
            case '-v':
                io.stdout.write(`${package_namespaceObject.rE}\n`);
                return EXIT.ok;
            case undefined:
            case '--help':
            case '-h':
            case 'help':
                io.stdout.write(USAGE);
                return command === undefined ? EXIT.usage : EXIT.ok;
            default:
                throw new errors_ConfigurationError(`Unknown command "${command}". Run heroku-connect-action --help for the commands.`);
        }
    }
    catch (error) {
        if (error instanceof DeployFailure) {
            io.stderr.write(`heroku-connect-action: deploy failed: ${error.message}\n`);
            return EXIT.deployFailed;
        }
        if (error instanceof errors_ConfigurationError || isArgumentError(error)) {
            io.stderr.write(`heroku-connect-action: ${errors_errorMessage(error)}\n`);
        }
        else {
            io.stderr.write(`heroku-connect-action: internal error: ${error instanceof Error && error.stack ? error.stack : String(error)}\n`);
        }
        return EXIT.usage;
    }
}
async function lintCommand(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({ args: [...args], options: LINT_OPTIONS, allowPositionals: true, strict: true });
    if (values.help) {
        io.stdout.write(USAGE);
        return EXIT.ok;
    }
    const format = choice('--format', values.format, FORMATS);
    const { request, failOn } = checkRequest(values, positionals, io);
    const run = await runLint(request);
    if (format === 'github') {
        if (values.output)
            throw new errors_ConfigurationError('--format github writes workflow commands for the runner to read; it cannot go to --output.');
        // The same annotation budget and order as the action; @actions/core writes the commands to stdout.
        const core = await __webpack_require__.e(/* import() */ 421).then(__webpack_require__.bind(__webpack_require__, 6421));
        annotate(run.findings, core, 'run with --format text to see every finding');
    }
    else {
        const report = render(run, format, format === 'text' && !values.output && useColor(values, io));
        if (values.output)
            await (0,promises_.writeFile)(values.output, report);
        else
            io.stdout.write(report);
    }
    return reachesFailOn(run.counts, failOn) ? EXIT.findings : EXIT.ok;
}
/**
 * Lints the files, then deploys them as the action does: the lint report and the deploy's outcome
 * on stdout, progress on stderr.
 */
async function deployCommand(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({ args: [...args], options: DEPLOY_OPTIONS, allowPositionals: true, strict: true });
    if (values.help) {
        io.stdout.write(USAGE);
        return EXIT.ok;
    }
    const deploy = readDeployOptions(values, positionals, io.env);
    const { request, failOn } = checkRequest(values, positionals, io);
    const lint = await runLint(request);
    io.stdout.write(formatText(lint, useColor(values, io)));
    if (reachesFailOn(lint.counts, failOn)) {
        io.stderr.write(`Not deploying: the lint findings reach --fail-on ${failOn}. Nothing was imported.\n`);
        return EXIT.findings;
    }
    const record = await runDeploy({
        ...deploy,
        files: lint.results.map((result) => ({ file: result.file, absolutePath: external_node_path_default().resolve(io.cwd, result.file) })),
        backupDir: values['backup-dir'] ? external_node_path_default().resolve(io.cwd, values['backup-dir']) : (0,external_node_os_.tmpdir)(),
        discoveryServer: io.env.CONNECT_DISCOVERY_SERVER || DEFAULT_DISCOVERY_SERVER,
        ...(io.env.GITHUB_EVENT_NAME && { eventName: io.env.GITHUB_EVENT_NAME }),
        ...(request.plan && { lintedPlan: request.plan }),
        failOn,
        lint: (plan) => runLint({ ...request, plan }),
    }, stderrLog(io));
    io.stdout.write(formatDeployText(record));
    if (record.error)
        throw record.error;
    return EXIT.ok;
}
function readDeployOptions(values, positionals, env) {
    const given = {
        [Input.Files]: positionals.join('\n'),
        [Input.AllowPullRequestDeploy]: String(values['allow-pull-request-deploy']),
    };
    for (const name of [Input.App, Input.Resource, Input.WaitTimeout, Input.PollInterval]) {
        const value = values[name];
        if (typeof value === 'string')
            given[name] = value;
    }
    // The key comes from HEROKU_API_KEY only: a flag would put it in the shell history and the process list.
    return readDeploySettings({ getInput: (name) => given[name] ?? '', setSecret: () => undefined, env });
}
/** Progress for a terminal: one line each, notices and warnings marked, a group's lines indented under its name. */
function stderrLog(io) {
    let indent = '';
    const line = (text) => io.stderr.write(`${indent}${text.replace(/\n/g, `\n${indent}`)}\n`);
    return {
        info: line,
        notice: (message) => line(`notice: ${message}`),
        warning: (message) => line(`warning: ${message}`),
        group: async (name, fn) => {
            line(`${name}:`);
            indent += '  ';
            try {
                return await fn();
            }
            finally {
                indent = indent.slice(2);
            }
        },
    };
}
function checkRequest(values, positionals, io) {
    const failOn = values['fail-on'].toLowerCase();
    if (failOn !== 'never' && !levels_isLevel(failOn))
        throw new errors_ConfigurationError(`--fail-on is "${failOn}"; use error, warning, notice or never.`);
    const plan = values.plan === undefined ? undefined : choice('--plan', values.plan, types_PLANS);
    const instanceUrl = values['salesforce-instance-url'] ?? io.env.SF_INSTANCE_URL;
    const accessToken = io.env.SF_ACCESS_TOKEN;
    if (instanceUrl && !accessToken)
        throw new errors_ConfigurationError('Live describe needs the access token in the SF_ACCESS_TOKEN environment variable.');
    const request = {
        root: io.cwd,
        patterns: positionals,
        levels: levels_resolveLevels(levels_parseRuleSettings(values.rule)),
        ...(plan && { plan }),
        describePatterns: values.describe,
        ...(instanceUrl && accessToken && { live: { instanceUrl, accessToken } }),
        log: { info: (message) => io.stderr.write(`${message}\n`), warning: (message) => io.stderr.write(`warning: ${message}\n`) },
    };
    return { request, failOn: failOn };
}
function useColor(values, io) {
    return !values['no-color'] && !io.env.NO_COLOR && (Boolean(io.stdout.isTTY) || Boolean(io.env.FORCE_COLOR));
}
function render(run, format, color) {
    switch (format) {
        case 'text':
            return formatText(run, color);
        case 'json':
            return formatJson(run);
        case 'sarif':
            return `${JSON.stringify(toSarif(run.findings), null, 2)}\n`;
    }
}
function choice(flag, value, choices) {
    const match = choices.find((c) => c === value.toLowerCase());
    if (!match)
        throw new errors_ConfigurationError(`${flag} is "${value}"; use one of: ${choices.join(', ')}.`);
    return match;
}
function isArgumentError(error) {
    return typeof error?.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS');
}


/***/ })

};
