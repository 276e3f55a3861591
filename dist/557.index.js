export const id = 557;
export const ids = [557];
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

/***/ 8557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareText: () => (/* binding */ compareText),
/* harmony export */   driftMarkdown: () => (/* binding */ driftMarkdown),
/* harmony export */   driftText: () => (/* binding */ driftText),
/* harmony export */   healthMarkdown: () => (/* binding */ healthMarkdown),
/* harmony export */   healthText: () => (/* binding */ healthText)
/* harmony export */ });
/* harmony import */ var _clients_connect_states_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4299);
/* harmony import */ var _core_output_budget_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1344);
/* harmony import */ var _core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(706);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);




/** "staging: 2 differences, one mapping only live" \u2014 what a reader of a list of apps needs first. */
function count(items, noun, from = '') {
    if (items.length === 0)
        return `no ${noun}s${from}`;
    const care = items.filter((item) => item.care).length;
    return `${items.length} ${noun}${items.length === 1 ? '' : 's'}${from}${care > 0 ? `, ${care} needing care` : ''}`;
}
function itemLines(items, escape, bullet) {
    return items.flatMap((item) => [`${bullet}${place(item, escape)}${escape(item.difference)}`, `${bullet.replace(/\S/g, ' ')}  ${escape(item.consequence)}`]);
}
/** A table check's finding opens with the mapping's place in the files: "heroku-connect.json:3: ". */
function place(item, escape) {
    return item.at ? `${escape(item.at.file)}:${item.at.line}: ` : '';
}
function driftText(report) {
    const lines = report.apps.flatMap((app) => [
        `${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(app.app)} (${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(app.resource)}): ${count(app.drift, 'difference', ' from the files')}.`,
        ...itemLines(app.drift, _core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR, '  - '),
    ]);
    for (const file of report.written ?? [])
        lines.push(writtenLine(file, _core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR));
    return `${lines.join('\n')}\n`;
}
/** An untrusted value in the job summary or the issue: escaped, and cut if long, so that no one line takes the budget. */
function md(text) {
    return (0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)((0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(text, _core_output_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .CELL_MAX_CHARS */ .I2));
}
/** Room for the lines that say what was left out: a few per app, and one for the report. */
function notesReserve(apps) {
    return 400 + apps * 600;
}
/** The CLI command that lists all of what a summary had to leave out. */
const WHOLE_REPORT = (command) => `\`heroku-connect-action ${command}\` lists them all`;
/**
 * The drift section of the job summary, within the budget: each app's heading always, then its
 * differences, those needing care first, and for each app how many did not fit.
 */
function driftMarkdown(report, budget = _core_output_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .JOB_SUMMARY_BUDGET_BYTES */ .vn) {
    const room = new _core_output_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .Room */ .Wv(budget, notesReserve(report.apps.length));
    const headings = report.apps.map((app) => `### ${md(app.app)}: ${count(app.drift, 'difference', ' from the files')}`);
    room.take(['## Heroku Connect drift', ...headings]);
    const shown = report.apps.map((app) => {
        const lines = app.drift.map((item) => `- ${item.care ? '\u26a0\ufe0f ' : ''}${place(item, md)}${md(item.difference)}<br>${md(item.consequence)}`);
        return chosen(lines, room, (i) => (app.drift[i].care ? 0 : 1));
    });
    const parts = ['## Heroku Connect drift', ''];
    shown.forEach(({ lines, leftOut }, a) => {
        parts.push(headings[a], '', ...lines);
        if (leftOut > 0)
            parts.push(`- ${leftOut} more difference(s) do not fit in the summary; ${WHOLE_REPORT('drift')}.`);
        parts.push('');
    });
    const written = room.take((report.written ?? []).map((file) => `- ${writtenLine(file, md)}`));
    parts.push(...written);
    const unwritten = (report.written?.length ?? 0) - written.length;
    if (unwritten > 0)
        parts.push(`- ${unwritten} more file(s) written back do not fit in the summary.`);
    return `${parts.join('\n')}\n`;
}
/**
 * The lines of one list that the room has space for, chosen by rank (lower first, file order
 * within a rank) and shown in their own order, with how many were left out.
 */
function chosen(lines, room, rank) {
    const order = lines.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || a - b);
    const taken = new Set(room.take(order.map((i) => lines[i])).map((_, k) => order[k]));
    return { lines: lines.filter((_, i) => taken.has(i)), leftOut: lines.length - taken.size };
}
function writtenLine(file, escape) {
    const kept = file.kept ? ` Kept as the file has them, since live's cannot be read: ${escape((0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(file.kept.join('; '), _core_output_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .CELL_MAX_CHARS */ .I2))}.` : '';
    if (file.refused)
        return `${escape(file.file)}: not rewritten (${escape(file.refused)}).${kept}`;
    if (file.edits === 0)
        return `${escape(file.file)}: ${file.kept ? 'not rewritten.' : 'already matches.'}${kept}`;
    return `${escape(file.file)}: rewritten, ${file.edits} value(s) changed.${kept}`;
}
function healthText(report) {
    const lines = [];
    for (const app of report.apps) {
        lines.push(`${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(app.app)} (${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(app.resource)}): ${app.healthy ? 'healthy' : 'UNHEALTHY'}, connection ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(app.state)}`);
        for (const mapping of app.mappings) {
            const poll = mapping.lastPoll ? `last poll ${mapping.lastPoll}${mapping.stale ? ' (stale)' : ''}` : 'last poll unknown';
            const { db, sf, pending } = mapping.counts;
            lines.push(`  ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(mapping.object)}  ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(mapping.state)}  ${poll}  db ${db ?? '?'} sf ${sf ?? '?'} pending ${pending ?? '?'}  write errors ${mapping.writeErrors}`);
        }
        for (const note of app.notifications)
            lines.push(`  notification ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(note.created_at)} ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(note.event_type)}: ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(note.message)}`);
        if (app.database)
            lines.push(...databaseLines(app.database, _core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR).map((line) => `  ${line}`));
        for (const problem of app.problems)
            lines.push(`  ! ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(problem)}`);
        if (app.acknowledged > 0)
            lines.push(`  ${app.acknowledged} notification(s) acknowledged.`);
    }
    return `${lines.join('\n')}\n`;
}
/**
 * The health report as Markdown, within the budget (the job summary's, or the issue body's): each
 * app's verdict always, then what makes it unhealthy, then its mappings (failed, stale or with write
 * errors first), then its notifications; for each part, how many did not fit.
 */
function healthMarkdown(report, budget = _core_output_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .JOB_SUMMARY_BUDGET_BYTES */ .vn) {
    const room = new _core_output_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .Room */ .Wv(budget, notesReserve(report.apps.length));
    const headings = report.apps.map((app) => `### ${md(app.app)}: ${app.healthy ? '\u2705 healthy' : '\u274c unhealthy'} (connection ${md(app.state)})`);
    room.take(['## Heroku Connect health', ...headings, ...report.apps.map(() => MAPPING_TABLE_HEAD.join('\n'))]);
    const problems = report.apps.map((app) => {
        const rank = problemRank(app.mappings);
        return chosen(app.problems.map((problem) => `- \u274c ${md(problem)}`), room, (i) => rank(app.problems[i]));
    });
    const mappings = report.apps.map((app) => chosen(app.mappings.map(mappingRow), room, (i) => mappingRank(app.mappings[i])));
    const notifications = report.apps.map((app) => chosen(app.notifications.map((note) => `- Notification ${md(note.created_at)} ${md(note.event_type)}: ${md(note.message)}`), room, () => 0));
    // The database's summary lines always (a few), then as many failed writes as fit, newest first.
    const databases = report.apps.map((app) => {
        if (!app.database)
            return { lines: [], leftOut: 0 };
        const [head, ...rest] = databaseLines(app.database, md, false);
        const summary = room.take([`- ${head}`, ...rest.map((line) => `- ${line}`)]);
        const writes = chosen(app.database.failedWrites.listed.map((write) => `- ${failedWriteLine(md)(write)}`), room, () => 0);
        return { lines: [...summary, ...writes.lines], leftOut: writes.leftOut };
    });
    const parts = ['## Heroku Connect health', ''];
    report.apps.forEach((app, a) => {
        parts.push(headings[a], '');
        parts.push(...MAPPING_TABLE_HEAD, ...mappings[a].lines, '');
        if (mappings[a].leftOut > 0)
            parts.push(`- ${mappings[a].leftOut} more mapping(s) do not fit here (the healthy ones are left out first); ${WHOLE_REPORT('health')}.`);
        parts.push(...notifications[a].lines);
        if (notifications[a].leftOut > 0)
            parts.push(`- ${notifications[a].leftOut} more notification(s) do not fit here.`);
        parts.push(...databases[a].lines);
        if (databases[a].leftOut > 0)
            parts.push(`- ${databases[a].leftOut} more failed write(s) do not fit here; ${WHOLE_REPORT('health')}.`);
        parts.push(...problems[a].lines);
        if (problems[a].leftOut > 0)
            parts.push(`- \u274c ${problems[a].leftOut} more problem(s) do not fit here; ${WHOLE_REPORT('health')}.`);
        if (app.acknowledged > 0)
            parts.push(`- ${app.acknowledged} notification(s) acknowledged.`);
        parts.push('');
    });
    return `${parts.join('\n')}\n`;
}
/** The database's part of the health report: what it read, each failed write, the backlog, the rows in error and what retention hides. */
function databaseLines(database, escape, withWrites = true) {
    const { failedWrites, backlog, retention } = database;
    const waiting = backlog.count === 0 ? 'no write waiting' : `${backlog.count} write(s) waiting, the oldest since ${backlog.oldest} (${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(backlog.oldestAgeMs ?? 0)})`;
    const lines = [`database schema ${escape(database.schema)}: ${failedWrites.count} failed write(s) in the trigger log within since; ${waiting}`];
    if (withWrites)
        lines.push(...failedWrites.listed.map(failedWriteLine(escape)));
    if (withWrites && failedWrites.count > failedWrites.listed.length)
        lines.push(`${failedWrites.count - failedWrites.listed.length} more failed write(s) not listed.`);
    if (retention.goneBefore)
        lines.push(`The trigger log keeps ${retention.days} days on this plan: failed writes before ${retention.goneBefore} are gone.`);
    for (const table of database.failedRows)
        lines.push(`${escape(table.table)}: ${table.rows} row(s) with _hc_lastop FAILED`);
    if (database.rowsNotCounted.length > 0)
        lines.push(`Rows in error not counted (no table, or no _hc_lastop column): ${database.rowsNotCounted.map(escape).join(', ')}`);
    return lines;
}
function failedWriteLine(escape) {
    return (write) => `failed write ${write.createdAt} ${escape(write.table)} record ${write.recordId ?? '?'} ${escape(write.action)}: ${escape(write.message)}`;
}
const MAPPING_TABLE_HEAD = ['| Mapping | State | Last poll | Records (db / sf) | Pending writes | Write errors |', '|---|---|---|---|---|---|'];
function mappingRow(mapping) {
    const poll = mapping.lastPoll ? `${md(mapping.lastPoll)}${mapping.stale ? ' \u26a0\ufe0f stale' : ''}` : 'unknown';
    const { db, sf, pending } = mapping.counts;
    return `| ${md(mapping.object)} | ${md(mapping.state)} | ${poll} | ${db ?? '?'} / ${sf ?? '?'} | ${pending ?? '?'} | ${mapping.writeErrors} |`;
}
/** A problem of the whole connection (its state, its write errors, its notifications) comes before one of a mapping, which the table shows too. */
function problemRank(mappings) {
    const objects = new Set(mappings.map((mapping) => mapping.object));
    return (problem) => {
        const named = /^The (\S+) mapping /.exec(problem)?.[1];
        return named !== undefined && objects.has(named) ? 1 : 0;
    };
}
/** A mapping that is not synced comes first, then a stale one or one with write errors, then the rest. */
function mappingRank(mapping) {
    if ((0,_clients_connect_states_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeMapping */ .K)(mapping.state) !== 'synced')
        return 0;
    return mapping.stale || mapping.writeErrors > 0 ? 1 : 2;
}
function compareText(report) {
    const head = `${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(report.to.app)} against ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(report.from.app)}: ${count(report.differences, 'difference')}.`;
    return `${[head, ...itemLines(report.differences, _core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR, '  - ')].join('\n')}\n`;
}


/***/ })

};

//# sourceMappingURL=557.index.js.map