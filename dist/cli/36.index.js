export const id = 36;
export const ids = [36];
export const modules = {

/***/ 9036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(1729);
// EXTERNAL MODULE: ./src/connect/client.ts
var client = __webpack_require__(6415);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/lint/discover.ts
var discover = __webpack_require__(8698);
// EXTERNAL MODULE: ./src/parse/source.ts
var source = __webpack_require__(3226);
// EXTERNAL MODULE: ./src/describe/shape.ts
var shape = __webpack_require__(512);
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
    if (!(0,shape/* isJsonObject */.OW)(document) || !Array.isArray(document.mappings))
        return undefined;
    const mappings = new Map();
    for (const entry of document.mappings) {
        if (!(0,shape/* isJsonObject */.OW)(entry) || typeof entry.object_name !== 'string' || entry.object_name.trim() === '')
            continue;
        mappings.set(entry.object_name.toLowerCase(), (0,shape/* isJsonObject */.OW)(entry.config) ? stateOf(entry.object_name, entry.config) : { object: entry.object_name });
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
    if ((0,shape/* isJsonObject */.OW)(config.fields))
        state.fields = new Map(Object.keys(config.fields).map((name) => [name.toLowerCase(), name]));
    if ((0,shape/* isJsonObject */.OW)(config.indexes)) {
        state.indexes = new Map(Object.entries(config.indexes).map(([name, index]) => {
            const unique = (0,shape/* isJsonObject */.OW)(index) && typeof index.unique === 'boolean' ? index.unique : undefined;
            return [name.toLowerCase(), unique === undefined ? { name } : { name, unique }];
        }));
    }
    return state;
}

// EXTERNAL MODULE: ./src/parse/parse.ts + 1 modules
var parse = __webpack_require__(461);
;// CONCATENATED MODULE: ./src/plan/file.ts



/**
 * The plan of one changed file. `base`: the bytes at the base commit (of previousPath for a rename),
 * undefined when they could not be read; `head`: the bytes in the pull request. A removed file that
 * was no mapping document has nothing to plan: undefined.
 */
function planFile(file, base, head) {
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
    const format = (0,source/* formatOf */.be)(path);
    const read = (0,source/* decode */.D4)(bytes, format);
    if (!read.ok)
        return null;
    return (0,parse/* parseSource */.P)(read.text, format).value ?? null;
}

// EXTERNAL MODULE: ./src/connect/resolve.ts
var resolve = __webpack_require__(562);
// EXTERNAL MODULE: ./src/deploy/document.ts
var deploy_document = __webpack_require__(7726);
;// CONCATENATED MODULE: ./src/plan/live.ts





/**
 * Exactly what importing the files would change on the connection: the files, merged as the deploy
 * merges them, against the connection's live export. Read only: the export is a GET. Mappings that
 * are live but in no file show as removed, with the consequence that import keeps them.
 */
async function planAgainstLive(target, files, log) {
    const redact = (0,errors/* redactor */.$p)(target.apiKey, '[HEROKU_API_KEY]');
    try {
        const head = await (0,deploy_document/* mergeMappingFiles */.k)(files);
        const api = (0,client/* connectApi */.Xm)({ apiKey: target.apiKey, discoveryServer: target.discoveryServer, log });
        const connection = await (0,resolve/* findConnection */.C)(api, target.app, target.resource, log);
        const live = await (0,client/* exportConfiguration */.lb)(api, connection);
        return { path: `${target.app} (live connection ${connection.resource_name})`, status: 'modified', ...planChanges(live, head) };
    }
    catch (error) {
        throw (0,errors/* redactedError */.JM)(error, redact);
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
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
 * changes with what import does, ⚠️ on those to review. Every value from the files is escaped.
 * Within the budget it keeps, in this order, the files that could not be compared, the changes to
 * review, the other changes, then the files without changes, and says how many were left out.
 */
function renderPlanMarkdown(plans, budget = PLAN_SUMMARY_BUDGET_BYTES) {
    const lines = [`## ${PLAN_HEADING}`, ''];
    if (!hasChanges(plans))
        return [...lines, 'No changes to the mappings.', ''].join('\n');
    lines.push(`What importing the changed files would do, compared with the base branch: ${totals(plans)} (⚠️).`, '');
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
    const { taken } = takeWhileFits([...unreadable, ...toReview, ...others, ...unchanged], budget - bytes(lines.join('\n')) - CLOSING_NOTE_RESERVE, ({ file, plan, change }) => {
        let cost = 0;
        if (!opened.has(file)) {
            opened.add(file);
            cost += bytes(`### ${fileTitleMarkdown(plan)}\n\n`) + (change ? TABLE_HEAD.length + FILE_NOTE_RESERVE : bytes(fileNote(plan)));
        }
        if (change) {
            const row = changeRow(change);
            rows.set(change, row);
            cost += bytes(row) + 1;
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
    const cell = (text) => markdownText(clip(text, CELL_MAX_CHARS));
    return `| ${change.care ? '⚠️' : ''} | ${cell(change.object)} | ${cell(changeLabel(change))} | ${cell(change.consequence)} |`;
}
function fileTitleMarkdown(plan) {
    const code = (path) => `<code>${markdownText(clip(path, CELL_MAX_CHARS))}</code>`;
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
function renderPlanJson(plans, budget = PLAN_OUTPUT_BUDGET_BYTES) {
    const whole = JSON.stringify(plans);
    if (bytes(whole) <= budget)
        return whole;
    const marker = (omittedChanges, omittedFiles) => ({ truncated: true, omittedChanges, omittedFiles });
    const items = [];
    plans.forEach((plan, file) => plan.changes.length === 0 && items.push({ file, plan }));
    for (const care of [true, false])
        plans.forEach((plan, file) => plan.changes.forEach((change) => change.care === care && items.push({ file, plan, change })));
    const opened = new Set();
    const room = budget - bytes(JSON.stringify([marker(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)]));
    const { taken } = takeWhileFits(items, room, ({ file, plan, change }) => {
        let cost = 0;
        if (!opened.has(file)) {
            opened.add(file);
            cost += bytes(JSON.stringify({ ...plan, changes: [] })) + 1;
        }
        return cost + (change ? bytes(JSON.stringify(change)) + 1 : 0);
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
    // The caller decided about colour; styleText would otherwise decide again from process.stdout.
    const paint = (style, text) => (color ? (0,external_node_util_.styleText)(style, text, { validateStream: false }) : text);
    if (!hasChanges(plans))
        return 'Plan: no changes to the mappings.\n';
    const lines = [paint('bold', `Plan: ${totals(plans)}`)];
    for (const plan of plans) {
        const suffix = plan.status === 'renamed' ? ` (renamed from ${(0,report_escape/* terminalText */.eR)(plan.previousPath ?? '')})` : plan.status === 'modified' ? '' : ` (${plan.status === 'added' ? 'new file' : 'removed'})`;
        lines.push('', `  ${paint('underline', (0,report_escape/* terminalText */.eR)(plan.path))}${suffix}`);
        if (plan.unreadable)
            lines.push(`    ${UNREADABLE[plan.unreadable]}`);
        else if (plan.changes.length === 0)
            lines.push('    No changes to the mappings in this file.');
        for (const change of plan.changes) {
            const mark = change.care ? paint('yellow', '⚠') : ' ';
            lines.push(`  ${mark} ${paint('bold', (0,report_escape/* terminalText */.eR)(change.object))}  ${(0,report_escape/* terminalText */.eR)(changeLabel(change))}`, `      ${paint('dim', (0,report_escape/* terminalText */.eR)(change.consequence))}`);
        }
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/http/client.ts + 2 modules
var http_client = __webpack_require__(7195);
// EXTERNAL MODULE: ./src/http/safety.ts
var safety = __webpack_require__(4000);
;// CONCATENATED MODULE: ./src/pr/github-api.ts



const DEFAULT_API_URL = 'https://api.github.com';
/** The client, or undefined when there is no token: callers then use git, or skip what needs the API. */
function createGitHubApi(options) {
    const token = options.token?.trim() ?? '';
    if (token === '')
        return undefined;
    checkedCredential(token, 'The GitHub token', 'Pass the bare token.');
    const base = apiBase(options.env.GITHUB_API_URL || DEFAULT_API_URL);
    const http = new HttpClient({
        service: 'GitHub',
        credential: 'the token',
        origins: [new URL(base).origin],
        ...(options.fetchImpl && { fetch: options.fetchImpl }),
        ...(options.clock && { clock: options.clock }),
        ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
        ...(options.retries !== undefined && { retries: options.retries }),
    });
    let loaded;
    return {
        redact: (text) => text.replaceAll(token, '[token]'),
        octokit: () => (loaded ??= Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 2413)).then(({ getOctokit }) => {
            const octokit = getOctokit(token, { baseUrl: base, userAgent: 'heroku-connect-action', request: { fetch: http.fetchAdapter } });
            octokit.hook.before('request', (request) => {
                request.headers['x-github-api-version'] = '2022-11-28';
            });
            return octokit;
        })),
    };
}
/** The path stays: GitHub Enterprise Server serves the API under /api/v3. */
function apiBase(url) {
    const parsed = checkedCredentialUrl(url, { name: 'GITHUB_API_URL', credential: 'the token' });
    return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}
/**
 * The answer inside an Octokit RequestError (read by shape: it is not a dependency of this project),
 * or undefined when the request never got one, which the HTTP client then reported as the cause.
 */
function refusalOf(error) {
    const { status, response } = (error ?? {});
    if (typeof status !== 'number' || response === undefined)
        return undefined;
    return { status, headers: (response.headers ?? {}), data: response.data };
}
/** "HTTP 403: Resource not accessible by integration", or the HTTP client's account of a request that got no answer. */
function describeGitHubError(error) {
    const refusal = refusalOf(error);
    if (refusal)
        return (0,http_client/* describeStatus */.W)(refusal.status, refusal.data);
    const cause = error?.cause;
    return (0,errors/* errorMessage */.gJ)(cause instanceof errors/* RemoteFailure */.p3 ? cause : error);
}
const PAGE_SIZE = 100;

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/pr/git.ts


/** Diffs of thousands of files and whole mapping files both fit; a real export is well under 5 MB. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
const runGit = (args, cwd) => new Promise((resolve) => {
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
function checkRevision(revision) {
    if (!/^[A-Za-z0-9_][A-Za-z0-9_./^~@{}-]*$/.test(revision) || revision.includes('..')) {
        throw new errors/* ConfigurationError */.j1(`"${revision}" is not a commit SHA or ref name git can take.`);
    }
    return revision;
}

;// CONCATENATED MODULE: ./src/pr/base-content.ts


/**
 * The file's bytes at the commit, or undefined when the file did not exist there. Read from the
 * local repository when the commit is in it, else through the REST contents API. Throws when
 * neither can tell, rather than answer "did not exist" and make every mapping look new.
 */
async function readBaseContent(request) {
    const sha = checkRevision(request.sha);
    const { cwd, run = runGit } = request.git;
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
    const octokit = await api.client.octokit();
    const file = { owner: api.owner, repo: api.repo, path, ref: sha };
    let entry;
    try {
        entry = (await octokit.rest.repos.getContent(file)).data;
    }
    catch (error) {
        if (refusalOf(error)?.status === 404)
            return undefined;
        throw new Error(`The GitHub API did not return ${path} at ${sha} (${describeGitHubError(error)}).`);
    }
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry) || entry.type !== 'file') {
        throw new Error(`The GitHub API did not return ${path} at ${sha} as a file.`);
    }
    if (entry.encoding === 'base64' && typeof entry.content === 'string')
        return Buffer.from(entry.content, 'base64');
    let raw;
    try {
        raw = (await octokit.rest.repos.getContent({ ...file, headers: { accept: 'application/vnd.github.raw+json' } })).data;
    }
    catch (error) {
        throw new Error(`The GitHub API did not return the content of ${path} at ${sha} (${describeGitHubError(error)}).`);
    }
    // Octokit gives a text media type as a string, any other as bytes.
    if (typeof raw === 'string')
        return Buffer.from(raw, 'utf8');
    if (raw instanceof ArrayBuffer)
        return Buffer.from(raw);
    throw new Error(`The GitHub API did not return the content of ${path} at ${sha} as bytes.`);
}

// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/shared.ts + 2 modules
var shared = __webpack_require__(7063);
;// CONCATENATED MODULE: ./src/cli/plan.ts












/** `plan`: always exits 0 when it could compute the plan; the plan informs, it does not judge. */
async function planCommand(parsed, io) {
    if (parsed.values.help) {
        io.stdout.write((0,options/* commandUsage */.T3)('plan'));
        return 0;
    }
    const { positionals } = parsed;
    const flags = (0,options/* cliSource */.kJ)('plan', parsed, io.env);
    const format = (0,inputs/* getChoice */.m)(flags, 'plan-format') ?? 'text';
    const app = (0,inputs/* getString */.AA)(flags, 'app');
    const resource = (0,inputs/* getString */.AA)(flags, 'resource');
    if (app !== '' && parsed.values.base !== undefined)
        throw new errors/* ConfigurationError */.j1('Use --base or --app, not both: a plan compares with one of them.');
    if (positionals.length === 0)
        throw new errors/* ConfigurationError */.j1('Name the mapping files to plan, for example: heroku-connect-action plan heroku-connect/*.json');
    const { targets, unmatched } = await (0,discover/* discover */.k4)({ root: io.cwd, namedMayLeaveRoot: true }, positionals);
    for (const pattern of unmatched)
        io.stderr.write(`warning: No mapping file matches "${(0,report_escape/* terminalText */.eR)(pattern)}".\n`);
    const log = { info: (message) => io.stderr.write(`${(0,report_escape/* terminalText */.eR)(message)}\n`) };
    let plans;
    if (app !== '') {
        const apiKey = (0,inputs/* getString */.AA)(flags, 'heroku-api-key');
        if (apiKey === '')
            throw new errors/* ConfigurationError */.j1('Planning against the live connection needs the Heroku API key in HEROKU_API_KEY.');
        const target = { app, apiKey, discoveryServer: io.env.CONNECT_DISCOVERY_SERVER || client/* DEFAULT_DISCOVERY_SERVER */.pT, ...(resource && { resource }) };
        plans = [await planAgainstLive(target, targets, log)];
    }
    else {
        const revision = await knownRevision((0,inputs/* getString */.AA)(flags, 'base'), io.cwd);
        plans = [];
        for (const target of targets) {
            // "<rev>:./path" is relative to the working directory, wherever it is in the repository.
            const base = await readBaseContent({ sha: revision, path: `./${target.file}`, git: { cwd: io.cwd } });
            // The text discovery read: the file is not opened again. One that cannot be read plans as empty; lint says why.
            const head = target.source.ok ? Buffer.from(target.source.text) : undefined;
            const plan = planFile({ path: target.file, status: base === undefined ? 'added' : 'modified' }, base, head);
            if (plan)
                plans.push(plan);
        }
    }
    const color = format === 'text' && (0,shared/* useColor */.by)('plan', parsed, io);
    io.stdout.write(format === 'json' ? `${JSON.stringify(plans, null, 2)}\n` : renderPlanText(plans, color));
    return 0;
}
/** The revision, once git knows it: a mistyped --base is the user's to fix, not a failure of the program. */
async function knownRevision(revision, cwd) {
    const found = await runGit(['rev-parse', '--verify', '--quiet', `${checkRevision(revision)}^{commit}`], cwd);
    if (found.exitCode !== 0) {
        throw new errors/* ConfigurationError */.j1(`git knows no commit "${revision}" in ${cwd}${found.stderr ? ` (${found.stderr.split('\n')[0]})` : ''}: give --base a branch, tag or commit SHA of this repository.`);
    }
    return revision;
}


/***/ }),

/***/ 6415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ linkUser),
/* harmony export */   Sp: () => (/* binding */ searchConnections),
/* harmony export */   Xm: () => (/* binding */ connectApi),
/* harmony export */   lb: () => (/* binding */ exportConfiguration),
/* harmony export */   m9: () => (/* binding */ importConfiguration),
/* harmony export */   on: () => (/* binding */ readDetail),
/* harmony export */   pT: () => (/* binding */ DEFAULT_DISCOVERY_SERVER)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7195);
/* harmony import */ var _http_safety_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4000);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7019);




const DEFAULT_DISCOVERY_SERVER = 'https://hc-central.heroku.com';
const SERVICE = 'Heroku Connect';
function connectApi(options) {
    const apiKey = (0,_http_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkedCredential */ .R)(options.apiKey, 'The Heroku API key', 'Pass the bare key (heroku auth:token).');
    const { apiKey: _key, discoveryServer, deadline, ...policy } = options;
    return {
        http: new _http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Q({
            ...policy,
            service: SERVICE,
            credential: 'the API key',
            headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json', 'User-Agent': 'heroku-connect-action' },
        }),
        discovery: withoutTrailingSlash(keyUrl(discoveryServer, 'The Heroku Connect discovery server (CONNECT_DISCOVERY_SERVER)').href),
        ...(deadline !== undefined && { deadline }),
    };
}
/** `GET /connections?app=`: the connections of an app the key's user can see. */
async function searchConnections(api, app, resource) {
    const query = new URLSearchParams({ app, ...(resource && { resource_name: resource }) });
    const purpose = `list the connections of app "${app}"${resource ? ` with resource "${resource}"` : ''}`;
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSearch */ .KA)(await call(api, { url: `${api.discovery}/connections?${query}`, purpose }), purpose);
}
/** `POST /auth/<app>`: puts the key's user on the access list of the app's connections; until then the search can come back empty. */
async function linkUser(api, app) {
    await call(api, { method: 'POST', url: `${api.discovery}/auth/${encodeURIComponent(app)}`, purpose: `link the API key's user to app "${app}"` });
}
/** `GET {detail_url}?deep=true`: the connection's state and its mappings' states. */
async function readDetail(api, connection) {
    const url = new URL(connection.detail_url, `${withoutTrailingSlash(connection.region_url)}/`);
    url.searchParams.set('deep', 'true');
    keyUrl(url.href, 'The connection detail URL from Heroku Connect');
    const purpose = `read the state of connection "${connection.resource_name}"`;
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDetail */ .$J)(await call(api, { url: url.href, purpose }), purpose);
}
/** `GET …/actions/export`: the live configuration, as `heroku connect:export` writes it. */
async function exportConfiguration(api, connection) {
    const purpose = `export the configuration of connection "${connection.resource_name}"`;
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .parseExport */ ._p)(await call(api, { url: actionUrl(connection, 'export'), purpose }), purpose);
}
/** `POST …/actions/import`. Accepted means queued: the import runs asynchronously, and its errors show later in the states. */
async function importConfiguration(api, connection, document) {
    await call(api, { method: 'POST', url: actionUrl(connection, 'import'), json: document, purpose: `import the configuration into connection "${connection.resource_name}"` });
}
/** The parsed body of a success; a refused key is the user's to fix, any other error answer a remote failure. */
async function call(api, request) {
    const answer = await api.http.request({ ...request, ...(api.deadline !== undefined && { deadline: api.deadline }) });
    if (answer.status >= 200 && answer.status < 300)
        return answer.body;
    const described = (0,_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .describeStatus */ .W)(answer.status, answer.body);
    if (answer.status === 401 || answer.status === 403) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Heroku Connect refused the API key (${described}) when asked to ${request.purpose}: the key is wrong or expired, or its user has no access to the app. ` +
            'Use the key of a user who can open the app\'s Heroku Connect dashboard ("heroku authorizations:create" makes a long-lived one).');
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteFailure */ .p3(SERVICE, 'answered', `Heroku Connect answered ${described} when asked to ${request.purpose}.`);
}
function actionUrl(connection, name) {
    const region = withoutTrailingSlash(keyUrl(connection.region_url, 'The region URL from Heroku Connect').href);
    return `${region}/api/v3/connections/${encodeURIComponent(connection.id)}/actions/${name}`;
}
/** The URL, if the API key may be sent there; `name` opens the messages about it. */
function keyUrl(value, name) {
    return (0,_http_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkedCredentialUrl */ .S)(value, { name, credential: 'the API key' });
}
function withoutTrailingSlash(url) {
    return url.replace(/\/+$/, '');
}


/***/ }),

/***/ 562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ findConnection)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6415);


/**
 * Finds the one connection to deploy to, as the CLI plugin's withConnection does, plus the linking
 * step only its connect:info does: a user not yet on the add-on's access list sees no connection
 * until `POST /auth/<app>` (research §1.3), which a fresh CI key always needs.
 */
async function findConnection(api, app, resource, log) {
    let found = await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .searchConnections */ .Sp)(api, app, resource);
    if (found.length === 0) {
        log.info(`The API key's user sees no connection of app "${app}" yet; adding the user to the app's access list and looking again.`);
        await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .linkUser */ .SP)(api, app);
        found = await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .searchConnections */ .Sp)(api, app, resource);
    }
    const only = found[0];
    if (only === undefined) {
        const which = resource ? ` with resource name "${resource}"` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Heroku Connect has no connection for app "${app}"${which}, even after adding the API key's user to the app's access list. ` +
            `Check that the app has the Heroku Connect add-on${resource ? ' under that resource name' : ''}, that the key belongs to a user with access to the app, ` +
            `and open the add-on once: heroku addons:open herokuconnect -a ${app}.`);
    }
    if (found.length > 1) {
        const names = found.map((connection) => `"${connection.resource_name}"`).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`App "${app}" has ${found.length} Heroku Connect connections: ${names}. Set the resource to the one to deploy to.`);
    }
    return only;
}


/***/ }),

/***/ 7019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseDetail),
/* harmony export */   KA: () => (/* binding */ parseSearch),
/* harmony export */   _p: () => (/* binding */ parseExport),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The shapes of Heroku Connect API answers, as far as this project reads them (research §1.3, §2.1).
 * The parsers check only what the deploy relies on, so that a changed API fails with a clear message
 * rather than with a TypeError deep in the wait.
 */

function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function unexpected(what, problem) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteFailure */ .p3('Heroku Connect', 'answered', `Heroku Connect's answer to ${what} is not what its API returns (${problem}).`);
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


/***/ }),

/***/ 7065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ sameJson),
/* harmony export */   f: () => (/* binding */ alignConnectionSection)
/* harmony export */ });
/* harmony import */ var _connect_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7019);

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
    if ((0,_connect_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(section.features) && (0,_connect_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(target.features)) {
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
    const sorted = JSON.stringify(value, (_key, inner) => (0,_connect_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(inner) ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : inner);
    return sorted ?? 'undefined';
}


/***/ }),

/***/ 7726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ mergeMappingFiles)
/* harmony export */ });
/* harmony import */ var _connect_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7019);
/* harmony import */ var _connection_section_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7065);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _parse_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3226);
/* harmony import */ var _parse_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(461);





/** The connection-section keys kept as written; several files must agree on them, or which one applies is a guess. */
const KEPT_CONNECTION_KEYS = ['features', 'api_version', 'logplex_log_enabled'];
/**
 * Reads the selected mapping files (JSON or YAML) into the one document the import takes: every
 * mapping, the first `connection` section, `version` 1. An object mapped twice, in one file or in
 * two, is refused, since the import would keep one of them without saying which.
 */
async function mergeMappingFiles(files) {
    if (files.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('There is no mapping file to deploy: the files selected for the lint matched none.');
    const mappings = [];
    const mappedIn = new Map();
    let connection;
    for (const ref of files) {
        const { file } = ref;
        const document = await readDocument(ref);
        document.mappings.forEach((mapping, i) => {
            if (!(0,_connect_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(mapping) || typeof mapping.object_name !== 'string' || mapping.object_name === '') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Mapping ${i + 1} in "${file}" has no object_name, so it cannot be imported.`);
            }
            // Salesforce object names are case-insensitive, and so is Connect's lookup of a mapping.
            const key = mapping.object_name.toLowerCase();
            const earlier = mappedIn.get(key);
            if (earlier !== undefined) {
                const where = earlier === file ? `twice in "${file}"` : `in both "${earlier}" and "${file}"`;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Object "${mapping.object_name}" is mapped ${where}. A connection has one mapping per object: keep one of them.`);
            }
            mappedIn.set(key, file);
            mappings.push(mapping);
        });
        if (!(0,_connect_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(document.connection))
            continue;
        if (connection === undefined) {
            connection = { section: document.connection, file };
            continue;
        }
        const differing = KEPT_CONNECTION_KEYS.filter((key) => !(0,_connection_section_js__WEBPACK_IMPORTED_MODULE_1__/* .sameJson */ .V)(connection.section[key], document.connection[key]));
        if (differing.length > 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The "connection" sections of "${connection.file}" and "${file}" differ in ${differing.join(', ')}; one import can carry only one. ` +
                'Make them agree, or remove the section from all but one file.');
        }
    }
    return { mappings, ...(connection && { connection: connection.section }), version: 1 };
}
async function readDocument({ file, absolutePath, confinedTo }) {
    const format = (0,_parse_source_js__WEBPACK_IMPORTED_MODULE_3__/* .formatOf */ .be)(file);
    const read = await (0,_parse_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readSource */ .o$)(absolutePath, format, confinedTo);
    if (!read.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`"${file}" cannot be deployed: ${read.problem.message}`);
    const parsed = (0,_parse_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSource */ .P)(read.text, format);
    const value = parsed.value;
    if (value === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`"${file}" cannot be deployed: ${parsed.problems[0]?.message ?? 'it does not parse.'}`);
    }
    if (!(0,_connect_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value) || !Array.isArray(value.mappings)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`"${file}" cannot be deployed: it has no top-level "mappings" list, so it is not a Heroku Connect mapping file.`);
    }
    return value;
}


/***/ })

};

//# sourceMappingURL=36.index.js.map