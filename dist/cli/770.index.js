export const id = 770;
export const ids = [770];
export const modules = {

/***/ 5770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diagnoseText: () => (/* binding */ diagnoseText),
/* harmony export */   writeErrorsText: () => (/* binding */ writeErrorsText)
/* harmony export */ });
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);
/* harmony import */ var _write_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2999);


function diagnoseText(report) {
    const { errors, warnings, passes, skips } = report.counts;
    const lines = report.findings.map((f) => {
        const where = f.file === '' ? (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(f.object ?? 'connection') : `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(f.file)}:${f.line}:${f.column}`;
        return `${where} ${f.level} ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(f.ruleId)}: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(f.message)}`;
    });
    lines.push(`Heroku Connect diagnose: ${errors} error(s), ${warnings} warning(s), ${passes} passed, ${skips} skipped.`);
    return `${lines.join('\n')}\n`;
}
function writeErrorsText({ errors, since }) {
    if (errors.length === 0)
        return `No write errors in the last ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(since)}.\n`;
    const lines = [`${errors.length} write error(s) in the last ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(since)}:`];
    for (const [table, list] of (0,_write_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .writeErrorsByTable */ .u$)(errors)) {
        lines.push(`  ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(table)} (${list.length})`);
        for (const error of list)
            lines.push(`    ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(error.created_at)}  ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(error.record_id)}  ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(error.message)}`);
    }
    return `${lines.join('\n')}\n`;
}


/***/ })

};

//# sourceMappingURL=770.index.js.map