export const id = 999;
export const ids = [999];
export const modules = {

/***/ 6933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ pollingIntervalChanged),
/* harmony export */   MC: () => (/* binding */ mappingDeleted),
/* harmony export */   M_: () => (/* binding */ apiVersionChanges),
/* harmony export */   RM: () => (/* binding */ mappingAdded),
/* harmony export */   RY: () => (/* binding */ acceleratedPollingChanged),
/* harmony export */   T4: () => (/* binding */ indexAdded),
/* harmony export */   Tw: () => (/* binding */ mappingRemoved),
/* harmony export */   U4: () => (/* binding */ schemaDiffConsequence),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   ab: () => (/* binding */ upsertFieldChanged),
/* harmony export */   f1: () => (/* binding */ accessChanged),
/* harmony export */   fH: () => (/* binding */ indexRemoved),
/* harmony export */   p8: () => (/* binding */ fieldRemoved),
/* harmony export */   pY: () => (/* binding */ valueUnreadable),
/* harmony export */   tO: () => (/* binding */ CHANGE_KINDS),
/* harmony export */   uL: () => (/* binding */ apiVersionUnread),
/* harmony export */   x2: () => (/* binding */ indexUniquenessChanged),
/* harmony export */   xl: () => (/* binding */ fieldAdded)
/* harmony export */ });
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6153);

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
    const base = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .describeJsonValue */ .$g)(value);
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


/***/ }),

/***/ 8256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ mappingsOf),
/* harmony export */   X: () => (/* binding */ planChanges)
/* harmony export */ });
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6153);
/* harmony import */ var _consequences_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6933);


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
            changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .mappingRemoved */ .Tw)(was));
    for (const [key, is] of after) {
        const was = before.get(key);
        if (was === undefined)
            changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .mappingAdded */ .RM)(is));
        // One by one: spread into push, a mapping of a few hundred thousand changed fields overflowed the stack.
        else
            for (const change of compare(was, is))
                changes.push(change);
    }
    return { changes: inPlaceOrder(changes) };
}
const KIND_ORDER = new Map(_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .CHANGE_KINDS */ .tO.map((kind, i) => [kind, i]));
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
        return [(0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .valueUnreadable */ .pY)(is.object, 'config', was.unreadable.get('config'), 'a mapping configuration')];
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
            changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .valueUnreadable */ .pY)(is.object, key, value, shown));
    }
    for (const [key, index] of is.indexes ?? []) {
        const live = base.indexes?.get(key);
        if (index.unique !== undefined && live?.unreadable)
            changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .valueUnreadable */ .pY)(is.object, live.unreadable.key, live.unreadable.value, `unique ${index.unique}`));
    }
    for (const change of compareMapping(base, is))
        changes.push(change);
    return changes;
}
function compareMapping(was, is) {
    const changes = [];
    if (was.access && is.access && was.access !== is.access)
        changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .accessChanged */ .f1)(was.access, is.access, is));
    if (was.upsertField !== undefined && is.upsertField !== undefined && was.upsertField?.toLowerCase() !== is.upsertField?.toLowerCase()) {
        changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .upsertFieldChanged */ .ab)(was.upsertField, is.upsertField, is));
    }
    if (was.pollingSeconds !== undefined && is.pollingSeconds !== undefined && was.pollingSeconds !== is.pollingSeconds) {
        changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .pollingIntervalChanged */ .B$)(was.pollingSeconds, is.pollingSeconds, is));
    }
    if (was.acceleratedPolling !== undefined && is.acceleratedPolling !== undefined && was.acceleratedPolling !== is.acceleratedPolling) {
        changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .acceleratedPollingChanged */ .RY)(is.acceleratedPolling, is));
    }
    if (was.fields && is.fields) {
        for (const [key, name] of was.fields)
            if (!is.fields.has(key))
                changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldRemoved */ .p8)(is.object, name));
        for (const [key, name] of is.fields)
            if (!was.fields.has(key))
                changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldAdded */ .xl)(is.object, name));
    }
    if (was.indexes && is.indexes) {
        for (const [key, index] of was.indexes)
            if (!is.indexes.has(key))
                changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .indexRemoved */ .fH)(is.object, index.name, index.unique));
        for (const [key, index] of is.indexes) {
            const old = was.indexes.get(key);
            if (old === undefined)
                changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .indexAdded */ .T4)(is.object, index.name, index.unique));
            else if (old.unique !== undefined && index.unique !== undefined && old.unique !== index.unique) {
                changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .indexUniquenessChanged */ .x2)(is.object, index.name, index.unique));
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
    if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(document) || !Array.isArray(document.mappings))
        return undefined;
    const mappings = new Map();
    for (const entry of document.mappings) {
        if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(entry) || typeof entry.object_name !== 'string' || entry.object_name.trim() === '')
            continue;
        mappings.set(entry.object_name.toLowerCase(), (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(entry.config) ? stateOf(entry.object_name, entry.config) : { object: entry.object_name, unreadable: new Map([['config', entry.config]]) });
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
    if ((0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(config.fields))
        state.fields = new Map(Object.keys(config.fields).map((name) => [name.toLowerCase(), name]));
    else
        unreadable.set('fields', config.fields);
    if ((0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(config.indexes)) {
        state.indexes = new Map(Object.entries(config.indexes).map(([name, index]) => {
            const unique = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(index) && typeof index.unique === 'boolean' ? index.unique : undefined;
            const unreadable = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(index) ? { key: `indexes.${name}.unique`, value: index.unique } : { key: `indexes.${name}`, value: index };
            return [name.toLowerCase(), unique === undefined ? { name, unreadable } : { name, unique }];
        }));
    }
    else
        unreadable.set('indexes', config.indexes);
    if (unreadable.size > 0)
        state.unreadable = unreadable;
    return state;
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

//# sourceMappingURL=999.index.js.map