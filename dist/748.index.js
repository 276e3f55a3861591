export const id = 748;
export const ids = [748];
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
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(531);






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
        lines.push(`\u274c **Deploy to ${target} failed** after ${took}: ${md(record.error.message)}`, '');
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
        lines.push(`\u2705 **Deployed** to ${target} in ${took}.${record.proven ? ' The live configuration, exported again after the sync, matches the files.' : ''}`, '');
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
    if (record.objectNames.length > 0) {
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
        ? `Deploy to ${target} failed after ${took}; ${record.imported ? 'the import was accepted.' : 'nothing was imported.'}`
        : record.upToDate
            ? `Up to date: ${target} already has the files' mappings; nothing was imported.`
            : `Deployed to ${target} in ${took}${record.proven ? '; the live configuration matches the files' : ''}.`;
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

/***/ 531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ waitForRunningImport),
/* harmony export */   U6: () => (/* binding */ waitForImport),
/* harmony export */   gc: () => (/* binding */ describeMapping),
/* harmony export */   oJ: () => (/* binding */ waitForState)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1586);
/* harmony import */ var _clients_connect_states_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4299);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);



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
    return pollUntil(options, [], (detail) => (detail.state === 'IMPORT_CONFIGURATION' ? undefined : detail), () => new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployFailure */ .Qt(`Another import was still running on the connection (IMPORT_CONFIGURATION) after ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(options.clock.now() - started)}; nothing was imported. ` +
        'Deploy again once it has finished, or raise wait-timeout.'));
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
            if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteFailure */ .p3))
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
        const connection = (0,_clients_connect_states_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeConnection */ .u)(detail.state, options.app);
        if (connection.kind === 'blocked') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployFailure */ .Qt(`After the import the connection went into ${detail.state}: ${connection.meaning}. ${connection.remedy} Mappings: ${listStates(objectNames, current)}.`);
        }
        const imported = objectNames.map((name) => ({ name, now: current.get(name.toLowerCase()), was: previous.get(name.toLowerCase()) }));
        const failed = imported.filter((m) => m.now !== undefined && (0,_clients_connect_states_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeMapping */ .K)(m.now.state) === 'failed' && (m.was === undefined || isNews(m.was, m.now)));
        if (failed.length > 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployFailure */ .Qt(`The import failed: ${failed.map((m) => describeMapping(m.name, m.now)).join('; ')}. ` +
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
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployFailure */ .Qt(`The import did not finish within ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(clock.now() - started)}: ${states}.${noSign} Raise wait-timeout if it needs longer.`);
    });
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
        const states = last
            ? `the connection is ${last.state}${watched.length > 0 ? `; ${listStates(watched, byObject(last.mappings))}` : ''}`
            : 'no state could be read';
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployFailure */ .Qt(`Waited ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(options.clock.now() - started)} for ${target.awaited}, which did not happen: ${states}. Raise wait-timeout if it needs longer.`);
    });
}
/**
 * Polls every interval until `judge` returns a value or throws, or the deadline passes. The first poll
 * comes one interval after the start; the last one at the deadline, and a poll ends by the deadline. Each state change of the
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
        options.log.info(`[${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(clock.now() - started)}] ${subject}: ${before === undefined ? state : `${before} \u2192 ${state}`}`);
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
        const detail = await options.poll().catch((error) => {
            // The poll that could not be answered says what was pending and why; the wait says where it stood.
            throw error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteFailure */ .p3 ? new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteFailure */ .p3(error.service, error.reason, `${timeout().message} ${error.message}`) : error;
        });
        options.onPoll?.(detail);
        observe('connection', detail.state, (0,_clients_connect_states_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeConnection */ .u)(detail.state, options.app).kind !== 'unknown');
        for (const mapping of detail.mappings) {
            if (watchedKeys.has(mapping.object_name.toLowerCase()))
                observe(mapping.object_name, mapping.state, (0,_clients_connect_states_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeMapping */ .K)(mapping.state) !== 'unknown');
        }
        const outcome = await judge(detail);
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

//# sourceMappingURL=748.index.js.map