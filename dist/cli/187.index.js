export const id = 187;
export const ids = [187];
export const modules = {

/***/ 3568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diagnoseText: () => (/* binding */ diagnoseText),
/* harmony export */   writeErrorsText: () => (/* binding */ writeErrorsText)
/* harmony export */ });
/* harmony import */ var _core_output_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(706);
/* harmony import */ var _write_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7642);


function diagnoseText(report) {
    const { errors, warnings, passes, skips } = report.counts;
    const lines = report.findings.map((f) => {
        const where = f.file === '' ? (0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(f.object ?? 'connection') : `${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(f.file)}:${f.line}:${f.column}`;
        return `${where} ${f.level} ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(f.ruleId)}: ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(f.message)}`;
    });
    lines.push(`Heroku Connect diagnose: ${errors} error(s), ${warnings} warning(s), ${passes} passed, ${skips} skipped.`);
    return `${lines.join('\n')}\n`;
}
function writeErrorsText({ errors, since }) {
    if (errors.length === 0)
        return `No write errors in the last ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(since)}.\n`;
    const lines = [`${errors.length} write error(s) in the last ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(since)}:`];
    for (const [table, list] of (0,_write_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .writeErrorsByTable */ .u$)(errors)) {
        lines.push(`  ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(table)} (${list.length})`);
        for (const error of list)
            lines.push(`    ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(error.created_at)}  ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(error.record_id)}  ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(error.message)}`);
    }
    return `${lines.join('\n')}\n`;
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

//# sourceMappingURL=187.index.js.map