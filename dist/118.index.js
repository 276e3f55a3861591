export const id = 118;
export const ids = [118,31];
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

/***/ 31:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PLAN_HEADING: () => (/* binding */ PLAN_HEADING),
/* harmony export */   changeLabel: () => (/* binding */ changeLabel),
/* harmony export */   renderPlanJson: () => (/* binding */ renderPlanJson),
/* harmony export */   renderPlanMarkdown: () => (/* binding */ renderPlanMarkdown),
/* harmony export */   renderPlanText: () => (/* binding */ renderPlanText)
/* harmony export */ });
/* harmony import */ var _core_output_terminal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5617);
/* harmony import */ var _core_output_budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1344);
/* harmony import */ var _core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(706);



const PLAN_HEADING = 'Heroku Connect mapping plan';
const KIND_LABEL = {
    'mapping-added': 'mapping added',
    'mapping-removed': 'mapping removed from the file',
    'mapping-deleted': 'mapping deleted',
    'access-changed': 'access',
    'upsert-field-set': 'upsert field set',
    'upsert-field-removed': 'upsert field removed',
    'upsert-field-changed': 'upsert field',
    'polling-interval-changed': 'polling interval',
    'accelerated-polling-changed': 'accelerated polling',
    'value-unreadable': 'unreadable live value',
    'field-removed': 'field removed',
    'field-added': 'field added',
    'index-removed': 'index removed',
    'index-added': 'index added',
    'index-uniqueness-changed': 'index uniqueness',
    'api-version-changed': 'API version',
};
const UNREADABLE = {
    base: 'The base version is not a readable mapping document, so nothing was compared.',
    head: 'This version is not a readable mapping document (see the lint findings), so nothing was compared.',
};
/** "field removed: Phone". */
function changeLabel(change) {
    return change.detail === '' ? KIND_LABEL[change.kind] : `${KIND_LABEL[change.kind]}: ${change.detail}`;
}
/**
 * The plan in one line: per app for plans against live connections ("staging: 2 changes; production:
 * 3 changes, 1 to review (field removed)"), else in all. `text` escapes an app name for the sink.
 */
function totals(plans, text) {
    if (plans.length > 0 && plans.every((plan) => plan.app !== undefined))
        return plans.map((plan) => appTotals(plan, text)).join('; ');
    const changes = plans.reduce((sum, plan) => sum + plan.changes.length, 0);
    const care = plans.reduce((sum, plan) => sum + plan.changes.filter((change) => change.care).length, 0);
    const files = plans.filter((plan) => plan.changes.length > 0).length;
    return `${changes} change${changes === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}, ${care} to review`;
}
function appTotals(plan, text) {
    const count = plan.changes.length;
    const review = plan.changes.filter((change) => change.care);
    const kinds = [...new Set(review.map((change) => KIND_LABEL[change.kind]))];
    return `${text(plan.app ?? '')}: ${count} change${count === 1 ? '' : 's'}${review.length > 0 ? `, ${review.length} to review (${kinds.join(', ')})` : ''}`;
}
function hasChanges(plans) {
    return plans.some((plan) => plan.changes.length > 0 || plan.unreadable);
}
/** By file (its index: the same plan may be passed twice), the notes and changes kept. */
function keptByFile(taken) {
    const kept = new Map();
    for (const { file, change } of taken) {
        if (!kept.has(file))
            kept.set(file, new Set());
        if (change)
            kept.get(file).add(change);
    }
    return kept;
}
/** Room kept for a file's "N more changes" line and for the closing note. */
const FILE_NOTE_RESERVE = 96;
const CLOSING_NOTE_RESERVE = 256;
/**
 * The plan section of the job summary and the pull request comment: per file, a table of the
 * changes with what import does, \u26a0\ufe0f on those to review. Every value from the files is escaped.
 * Within the budget it keeps, in this order, the files that could not be compared, the changes to
 * review, the other changes, then the files without changes, and says how many were left out.
 */
function renderPlanMarkdown(plans, budget = _core_output_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .PLAN_SUMMARY_BUDGET_BYTES */ .Bd) {
    const lines = [`## ${PLAN_HEADING}`, ''];
    if (!hasChanges(plans))
        return [...lines, 'No changes to the mappings.', ''].join('\n');
    const against = plans.every((plan) => plan.app !== undefined) ? 'the live connection' : 'the base branch';
    lines.push(`What importing the changed files would do, compared with ${against}: ${totals(plans, _core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)} (\u26a0\ufe0f).`, '');
    const unreadable = [];
    const toReview = [];
    const others = [];
    const unchanged = [];
    plans.forEach((plan, file) => {
        if (plan.unreadable)
            unreadable.push({ file, plan });
        else if (plan.changes.length === 0)
            unchanged.push({ file, plan });
        else
            for (const change of plan.changes)
                (change.care ? toReview : others).push({ file, plan, change });
    });
    const rows = new Map();
    const opened = new Set();
    const { taken } = (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .takeWhileFits */ .z8)([...unreadable, ...toReview, ...others, ...unchanged], budget - (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .bytes */ .ee)(lines.join('\n')) - CLOSING_NOTE_RESERVE, ({ file, plan, change }) => {
        let cost = 0;
        if (!opened.has(file)) {
            opened.add(file);
            cost += (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .bytes */ .ee)(`### ${fileTitleMarkdown(plan)}\n\n`) + (change ? TABLE_HEAD.length + FILE_NOTE_RESERVE : (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .bytes */ .ee)(fileNote(plan)));
        }
        if (change) {
            const row = changeRow(change);
            rows.set(change, row);
            cost += (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .bytes */ .ee)(row) + 1;
        }
        return cost;
    });
    const shownChanges = keptByFile(taken);
    let changesLeftOut = 0;
    let filesLeftOut = 0;
    for (const [file, plan] of plans.entries()) {
        const shown = shownChanges.get(file);
        if (!shown) {
            filesLeftOut++;
            changesLeftOut += plan.changes.length;
            continue;
        }
        lines.push(`### ${fileTitleMarkdown(plan)}`, '');
        if (plan.unreadable || plan.changes.length === 0) {
            lines.push(fileNote(plan), '');
            continue;
        }
        lines.push(TABLE_HEAD);
        // In the file's own order: by object, then kind, then field.
        for (const change of plan.changes)
            if (shown.has(change))
                lines.push(rows.get(change));
        lines.push('');
        const more = plan.changes.length - shown.size;
        changesLeftOut += more;
        if (more > 0)
            lines.push(`${more} more change${more === 1 ? '' : 's'} in this file ${more === 1 ? 'does' : 'do'} not fit here.`, '');
    }
    if (changesLeftOut > 0 || filesLeftOut > 0) {
        const files = filesLeftOut > 0 ? ` ${filesLeftOut} file${filesLeftOut === 1 ? ' is' : 's are'} not listed.` : '';
        lines.push(`> ${changesLeftOut} more change${changesLeftOut === 1 ? '' : 's'} (the changes to review come first) do not fit here.${files} \`heroku-connect-action plan\` lists them all.`, '');
    }
    return lines.join('\n');
}
const TABLE_HEAD = '| | Object | Change | What import does |\n|---|---|---|---|';
function fileNote(plan) {
    return plan.unreadable ? UNREADABLE[plan.unreadable] : 'No changes to the mappings in this file.';
}
function changeRow(change) {
    const cell = (text) => (0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)((0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(text, _core_output_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .CELL_MAX_CHARS */ .I2));
    return `| ${change.care ? '\u26a0\ufe0f' : ''} | ${cell(change.object)} | ${cell(changeLabel(change))} | ${cell(change.consequence)} |`;
}
function fileTitleMarkdown(plan) {
    const code = (path) => `<code>${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)((0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(path, _core_output_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .CELL_MAX_CHARS */ .I2))}</code>`;
    if (plan.status === 'renamed')
        return `${code(plan.path)} (renamed from ${code(plan.previousPath ?? '')})`;
    if (plan.status === 'added')
        return `${code(plan.path)} (new file)`;
    if (plan.status === 'removed')
        return `${code(plan.path)} (removed)`;
    return code(plan.path);
}
/**
 * The `plan` output: the plans as JSON, under GitHub's limit for an output. When they do not fit,
 * it keeps the changes to review first, then the others, each file's kept changes in its own
 * order, and the array ends with a marker: `{"truncated": true, "omittedChanges": N, "omittedFiles": M}`.
 */
function renderPlanJson(plans, budget = _core_output_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT_BUDGET_BYTES */ .oB) {
    const whole = JSON.stringify(plans);
    if ((0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .bytes */ .ee)(whole) <= budget)
        return whole;
    const marker = (omittedChanges, omittedFiles) => ({ truncated: true, omittedChanges, omittedFiles });
    const items = [];
    plans.forEach((plan, file) => plan.changes.length === 0 && items.push({ file, plan }));
    for (const care of [true, false])
        plans.forEach((plan, file) => plan.changes.forEach((change) => change.care === care && items.push({ file, plan, change })));
    const opened = new Set();
    const room = budget - (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .bytes */ .ee)(JSON.stringify([marker(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)]));
    const { taken } = (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .takeWhileFits */ .z8)(items, room, ({ file, plan, change }) => {
        let cost = 0;
        if (!opened.has(file)) {
            opened.add(file);
            cost += (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .bytes */ .ee)(JSON.stringify({ ...plan, changes: [] })) + 1;
        }
        return cost + (change ? (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .bytes */ .ee)(JSON.stringify(change)) + 1 : 0);
    });
    const kept = keptByFile(taken);
    const output = [];
    let keptChanges = 0;
    for (const [file, plan] of plans.entries()) {
        const changes = kept.get(file);
        if (!changes)
            continue;
        output.push({ ...plan, changes: plan.changes.filter((change) => changes.has(change)) });
        keptChanges += changes.size;
    }
    const allChanges = plans.reduce((sum, plan) => sum + plan.changes.length, 0);
    output.push(marker(allChanges - keptChanges, plans.length - kept.size));
    return JSON.stringify(output);
}
/** The plan for a terminal, colour only when asked; control characters from the files are shown, never sent. */
function renderPlanText(plans, color) {
    const paint = (0,_core_output_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .painter */ .C2)(color);
    if (!hasChanges(plans))
        return 'Plan: no changes to the mappings.\n';
    const lines = [paint('bold', `Plan: ${totals(plans, _core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)}`)];
    for (const plan of plans) {
        const suffix = plan.status === 'renamed' ? ` (renamed from ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(plan.previousPath ?? '')})` : plan.status === 'modified' ? '' : ` (${plan.status === 'added' ? 'new file' : 'removed'})`;
        lines.push('', `  ${paint('underline', (0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(plan.path))}${suffix}`);
        if (plan.unreadable)
            lines.push(`    ${UNREADABLE[plan.unreadable]}`);
        else if (plan.changes.length === 0)
            lines.push('    No changes to the mappings in this file.');
        for (const change of plan.changes) {
            const mark = change.care ? paint('yellow', '\u26a0') : ' ';
            lines.push(`  ${mark} ${paint('bold', (0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(change.object))}  ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(changeLabel(change))}`, `      ${paint('dim', (0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(change.consequence))}`);
        }
    }
    return `${lines.join('\n')}\n`;
}


/***/ })

};

//# sourceMappingURL=118.index.js.map