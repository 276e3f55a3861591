export const id = 748;
export const ids = [748,31];
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

/***/ 1344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ PLAN_SUMMARY_BUDGET_BYTES),
/* harmony export */   I2: () => (/* binding */ CELL_MAX_CHARS),
/* harmony export */   Wv: () => (/* binding */ Room),
/* harmony export */   eT: () => (/* binding */ COMMENT_BUDGET_BYTES),
/* harmony export */   ee: () => (/* binding */ bytes),
/* harmony export */   h2: () => (/* binding */ LINT_SUMMARY_BUDGET_BYTES),
/* harmony export */   oB: () => (/* binding */ OUTPUT_BUDGET_BYTES),
/* harmony export */   vn: () => (/* binding */ JOB_SUMMARY_BUDGET_BYTES),
/* harmony export */   z8: () => (/* binding */ takeWhileFits)
/* harmony export */ });
/* unused harmony exports DEPLOY_SUMMARY_BUDGET_BYTES, ISSUE_BODY_BUDGET_BYTES, cutToBudget */
/**
 * GitHub refuses a step's summary over 1 MiB, and the lint, the plan and the deploy write theirs in
 * the same step; each gets its own share, and the rest is margin for their fixed lines.
 */
const LINT_SUMMARY_BUDGET_BYTES = 560 * 1024;
const PLAN_SUMMARY_BUDGET_BYTES = 256 * 1024;
const DEPLOY_SUMMARY_BUDGET_BYTES = (/* unused pure expression or super */ null && (160 * 1024));
/** GitHub refuses a comment over 65,536 characters; counted in UTF-8 bytes, which are never fewer. */
const COMMENT_BUDGET_BYTES = 65_000;
/** GitHub caps a step output at 1 MB; the JSON outputs (`plan`, `drift`, `health`) stay under it. */
const OUTPUT_BUDGET_BYTES = 960 * 1024;
/**
 * Untrusted text in one cell (a message quoting a name, a state description) is cut to this many
 * characters, so that no single row can take a whole budget.
 */
const CELL_MAX_CHARS = 1_000;
function bytes(text) {
    return Buffer.byteLength(text);
}
/**
 * The items, most important first, as long as their costs fit in the budget; it stops at the first
 * that does not, so what is left out is always the least important. `cost` is called once per item,
 * in order, and may count a shared overhead (a file's heading) on the first item that needs it.
 */
function takeWhileFits(ranked, budget, cost) {
    const taken = [];
    let used = 0;
    for (const item of ranked) {
        const more = cost(item);
        if (used + more > budget)
            break;
        used += more;
        taken.push(item);
    }
    return { taken, used };
}
/**
 * A command that writes its step's only job summary (drift, health) gets GitHub's whole 1 MiB but
 * a margin: the runner's summary file is counted in bytes, and its own wrapping adds a few.
 */
const JOB_SUMMARY_BUDGET_BYTES = 1_000 * 1024;
/** GitHub refuses an issue body over 65,536 characters; counted in UTF-8 bytes, which are never fewer. */
const ISSUE_BODY_BUDGET_BYTES = 65_000;
/**
 * What is left of one sink's budget while its parts are chosen, most important part first: each
 * `take` spends what it keeps, so a later (less important) part gets only what the earlier ones
 * left. `reserve` keeps room up front for the notes that say what was left out.
 */
class Room {
    left;
    constructor(budget, reserve = 0) {
        this.left = budget - reserve;
    }
    /** The lines, in their ranked order, while they fit (each with its line break); spent from the room. */
    take(ranked) {
        const { taken, used } = takeWhileFits(ranked, this.left, (line) => bytes(line) + 1);
        this.left -= used;
        return taken;
    }
}
/**
 * The text within the budget: whole when it fits, else cut at the last line break that leaves room
 * for the note (so no table row or tag is left half-written), with the note saying where it stopped.
 */
function cutToBudget(text, budget, note) {
    if (bytes(text) <= budget)
        return text;
    const room = budget - bytes(note);
    // A character is at most 4 bytes (2 UTF-16 units): slice to a length that certainly fits, then cut at a line.
    let kept = text.slice(0, Math.max(0, room));
    while (bytes(kept) > room)
        kept = kept.slice(0, Math.max(0, kept.length - Math.ceil((bytes(kept) - room) / 3) - 1));
    const cut = kept.lastIndexOf('\n');
    return `${cut > 0 ? kept.slice(0, cut) : kept}${note}`;
}


/***/ }),

/***/ 8780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pg: () => (/* binding */ changeVersion),
/* harmony export */   U: () => (/* binding */ resume),
/* harmony export */   dm: () => (/* binding */ blockingMappings),
/* harmony export */   l6: () => (/* binding */ stepLine),
/* harmony export */   v7: () => (/* binding */ pause),
/* harmony export */   yQ: () => (/* binding */ reload)
/* harmony export */ });
/* unused harmony exports step, currentDetail */
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
    return `${entry.name}: ${entry.failed ? 'failed' : 'done'} after ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(entry.tookMs)}, ${entry.outcome}`;
}


/***/ }),

/***/ 7748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ formatDeployText)
/* harmony export */ });
/* unused harmony exports renderSteps, renderDeploySummary, renderDeploySkipped */
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2020);
/* harmony import */ var _plan_render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31);
/* harmony import */ var _lifecycle_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8780);
/* harmony import */ var _clients_connect_states_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4299);
/* harmony import */ var _core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(706);







/** The deploy's database check, when it ran and passed: the evidence that the import altered the tables. */
const TABLES_CHECKED = (record) => (record.tablesChecked ? ' The database has the tables and columns of every mapping it changed.' : '');
/** Every value from the files or from Heroku Connect, for the summary: escaped, and cut if long. */
function md(text) {
    return markdownText(clip(text, CELL_MAX_CHARS));
}
const ICON = { synced: '\u2705', working: '\u23f3', failed: '\u274c', unknown: '\u2754' };
const HEADING = '## Heroku Connect deploy';
/** The lifecycle steps (an API-version change, an operator command), each with when it started, how long it took and what showed it. */
function renderSteps(steps) {
    if (steps.length === 0)
        return [];
    const rows = steps.map((entry) => `<tr><td>${entry.failed ? '\u274c' : '\u2705'} ${md(entry.name)}</td><td>${formatDuration(entry.startedAtMs)}</td><td>${formatDuration(entry.tookMs)}</td><td>${md(entry.outcome)}</td></tr>`);
    return ['<table><thead><tr><th>Step</th><th>Started at</th><th>Took</th><th>What showed it</th></tr></thead><tbody>', ...rows, '</tbody></table>', ''];
}
/**
 * The deploy section of the job summary. Everything from the files or from Heroku Connect is
 * escaped; the table of mappings and the list of live mappings not in the files keep what fits in
 * the budget and say how many more there are.
 */
function renderDeploySummary(record, budget = DEPLOY_SUMMARY_BUDGET_BYTES) {
    const target = record.resource
        ? `connection <code>${md(record.resource)}</code> of app <code>${md(record.app)}</code>${record.herokuPlan ? ` (plan ${md(record.herokuPlan)})` : ''}`
        : `app <code>${md(record.app)}</code>`;
    const took = formatDuration(record.elapsedMs);
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
            const state = mapping ? `${ICON[judgeMapping(mapping.state)]} ${md(mapping.state)}${mapping.description ? ` (${md(mapping.description)})` : ''}` : 'not listed on the connection';
            return `<tr><td>${md(name)}</td><td>${state}</td></tr>`;
        });
        const { taken } = takeWhileFits(rows, (budget * 13) / 32, (row) => bytes(row) + 1);
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
        const { taken } = takeWhileFits(items, budget / 32, (item) => bytes(item) + 1);
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
    const { taken } = takeWhileFits(names, budget, (name) => bytes(name) + 2);
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
    const rows = record.changes.map((change) => `| ${change.care ? '\u26a0\ufe0f' : ''} | ${md(change.object)} | ${md(changeLabel(change))} | ${md(change.consequence)} |`);
    const { taken } = takeWhileFits(rows, budget, (row) => bytes(row) + 1);
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
    const items = record.timeline.map((change) => `- ${formatDuration(change.atMs)}: ${md(change.subject)} ${change.from === undefined ? md(change.to) : `${md(change.from)} \u2192 ${md(change.to)}`}`);
    const { taken } = takeWhileFits(items, budget, (item) => bytes(item) + 1);
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
    for (const [table, list] of writeErrorsByTable(errors)) {
        for (const error of list.slice(0, WRITE_ERRORS_PER_TABLE)) {
            rows.push(`<tr><td>${md(table)}</td><td><code>${md(error.record_id)}</code></td><td>${md(error.message)}</td><td>${md(error.created_at)}</td></tr>`);
        }
        if (list.length > WRITE_ERRORS_PER_TABLE)
            rows.push(`<tr><td>${md(table)}</td><td colspan="3">and ${list.length - WRITE_ERRORS_PER_TABLE} more</td></tr>`);
    }
    const { taken } = takeWhileFits(rows, (budget * 3) / 4, (row) => bytes(row) + 1);
    const tables = namesWithin(writeErrorsByTable(errors).map(([table, list]) => `${md(table)} ${list.length}`), budget / 4);
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
    const { taken } = takeWhileFits(items, budget, (item) => bytes(item) + 1);
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
    const { taken } = takeWhileFits(items, budget, (item) => bytes(item) + 1);
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
        ? `connection "${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(record.resource)}" of app "${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(record.app)}"${record.herokuPlan ? ` (plan ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(record.herokuPlan)})` : ''}`
        : `app "${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(record.app)}"`;
    const took = (0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(record.elapsedMs);
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
            lines.push(`  ${change.care ? '\u26a0' : ' '} ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(change.object)}: ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)((0,_plan_render_js__WEBPACK_IMPORTED_MODULE_1__.changeLabel)(change))}`);
    }
    for (const entry of record.steps)
        lines.push(`Step ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)((0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_2__/* .stepLine */ .l6)(entry))}`);
    if (record.resumedAfterFailure)
        lines.push((0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(record.resumedAfterFailure));
    if (record.apiVersionChanged && record.apiVersion)
        lines.push(`Salesforce API version: ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(record.apiVersion)} (changed by this deploy)`);
    if (record.connectionState)
        lines.push(`Connection state${observedNote(record)}: ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(record.connectionState)}`);
    const names = record.objectNames.map(_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR);
    const width = names.reduce((widest, name) => Math.max(widest, name.length), 0);
    if (record.statesObservedAtMs !== undefined)
        record.objectNames.forEach((name, i) => {
            const mapping = record.mappingStates[name];
            lines.push(`  ${names[i].padEnd(width)}  ${mapping ? (0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(`${mapping.state}${mapping.description ? ` (${mapping.description})` : ''}`) : 'not listed on the connection'}`);
        });
    if (record.backupFile)
        lines.push(`Backup of the live configuration: ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(record.backupFile)} (import it to undo this deploy)`);
    if (record.writeErrors && record.writeErrors.length > 0) {
        lines.push(`New write errors since the import: ${record.writeErrors.length}`);
        for (const error of record.writeErrors.slice(0, 20))
            lines.push(`  ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(error.table_name)} ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(error.record_id)} ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(error.created_at)}: ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(error.message)}`);
    }
    if (record.diagnose) {
        const { errors, warnings, passes, skips } = record.diagnose.counts;
        lines.push(`Heroku Connect diagnose: ${errors} error(s), ${warnings} warning(s), ${passes} passed, ${skips} skipped`);
        for (const f of record.diagnose.findings)
            lines.push(`  ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(f.file)}:${f.line}:${f.column} ${f.level} ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(f.ruleId)}: ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(f.message)}`);
    }
    for (const entry of record.notRun)
        lines.push(`Not run: ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(entry.check)}: ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(entry.reason)}`);
    if (record.deleted.length > 0)
        lines.push(`Deleted by prune (import the backup to restore): ${record.deleted.map(_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR).join(', ')}`);
    const deleted = new Set(record.deleted);
    const leftInPlace = record.notInFiles.filter((name) => !deleted.has(name));
    if (leftInPlace.length > 0)
        lines.push(`Live mappings not in the files, left in place: ${leftInPlace.map(_core_output_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR).join(', ')}`);
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

//# sourceMappingURL=748.index.js.map