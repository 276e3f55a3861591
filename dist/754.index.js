export const id = 754;
export const ids = [754];
export const modules = {

/***/ 8754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareText: () => (/* binding */ compareText),
/* harmony export */   driftMarkdown: () => (/* binding */ driftMarkdown),
/* harmony export */   driftText: () => (/* binding */ driftText),
/* harmony export */   healthMarkdown: () => (/* binding */ healthMarkdown),
/* harmony export */   healthText: () => (/* binding */ healthText)
/* harmony export */ });
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);

/** "staging: 2 differences, one mapping only live" \u2014 what a reader of a list of apps needs first. */
function count(items, noun, from = '') {
    if (items.length === 0)
        return `no ${noun}s${from}`;
    const care = items.filter((item) => item.care).length;
    return `${items.length} ${noun}${items.length === 1 ? '' : 's'}${from}${care > 0 ? `, ${care} needing care` : ''}`;
}
function itemLines(items, escape, bullet) {
    return items.flatMap((item) => [`${bullet}${escape(item.difference)}`, `${bullet.replace(/\S/g, ' ')}  ${escape(item.consequence)}`]);
}
function driftText(report) {
    const lines = report.apps.flatMap((app) => [`${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(app.app)} (${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(app.resource)}): ${count(app.drift, 'difference', ' from the files')}.`, ...itemLines(app.drift, _report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR, '  - ')]);
    for (const file of report.written ?? [])
        lines.push(writtenLine(file, _report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR));
    return `${lines.join('\n')}\n`;
}
function driftMarkdown(report) {
    const parts = ['## Heroku Connect drift', ''];
    for (const app of report.apps) {
        parts.push(`### ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(app.app)}: ${count(app.drift, 'difference', ' from the files')}`, '');
        for (const item of app.drift)
            parts.push(`- ${item.care ? '\u26a0\ufe0f ' : ''}${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(item.difference)}<br>${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(item.consequence)}`);
        parts.push('');
    }
    for (const file of report.written ?? [])
        parts.push(`- ${writtenLine(file, _report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)}`);
    return `${parts.join('\n')}\n`;
}
function writtenLine(file, escape) {
    if (file.refused)
        return `${escape(file.file)}: not rewritten (${escape(file.refused)}).`;
    return file.edits === 0 ? `${escape(file.file)}: already matches.` : `${escape(file.file)}: rewritten, ${file.edits} value(s) changed.`;
}
function healthText(report) {
    const lines = [];
    for (const app of report.apps) {
        lines.push(`${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(app.app)} (${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(app.resource)}): ${app.healthy ? 'healthy' : 'UNHEALTHY'}, connection ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(app.state)}`);
        for (const mapping of app.mappings) {
            const poll = mapping.lastPoll ? `last poll ${mapping.lastPoll}${mapping.stale ? ' (stale)' : ''}` : 'last poll unknown';
            const { db, sf, pending } = mapping.counts;
            lines.push(`  ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(mapping.object)}  ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(mapping.state)}  ${poll}  db ${db ?? '?'} sf ${sf ?? '?'} pending ${pending ?? '?'}  write errors ${mapping.writeErrors}`);
        }
        for (const note of app.notifications)
            lines.push(`  notification ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(note.created_at)} ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(note.event_type)}: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(note.message)}`);
        for (const problem of app.problems)
            lines.push(`  ! ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(problem)}`);
        if (app.acknowledged > 0)
            lines.push(`  ${app.acknowledged} notification(s) acknowledged.`);
    }
    return `${lines.join('\n')}\n`;
}
function healthMarkdown(report) {
    const parts = ['## Heroku Connect health', ''];
    for (const app of report.apps) {
        parts.push(`### ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(app.app)}: ${app.healthy ? '\u2705 healthy' : '\u274c unhealthy'} (connection ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(app.state)})`, '');
        parts.push('| Mapping | State | Last poll | Records (db / sf) | Pending writes | Write errors |', '|---|---|---|---|---|---|');
        for (const mapping of app.mappings) {
            const poll = mapping.lastPoll ? `${mapping.lastPoll}${mapping.stale ? ' \u26a0\ufe0f stale' : ''}` : 'unknown';
            const { db, sf, pending } = mapping.counts;
            parts.push(`| ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(mapping.object)} | ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(mapping.state)} | ${poll} | ${db ?? '?'} / ${sf ?? '?'} | ${pending ?? '?'} | ${mapping.writeErrors} |`);
        }
        parts.push('');
        for (const note of app.notifications)
            parts.push(`- Notification ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(note.created_at)} ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(note.event_type)}: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(note.message)}`);
        for (const problem of app.problems)
            parts.push(`- \u274c ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(problem)}`);
        if (app.acknowledged > 0)
            parts.push(`- ${app.acknowledged} notification(s) acknowledged.`);
        parts.push('');
    }
    return `${parts.join('\n')}\n`;
}
function compareText(report) {
    const head = `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(report.to.app)} against ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(report.from.app)}: ${count(report.differences, 'difference')}.`;
    return `${[head, ...itemLines(report.differences, _report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR, '  - ')].join('\n')}\n`;
}


/***/ })

};

//# sourceMappingURL=754.index.js.map