export const id = 21;
export const ids = [21];
export const modules = {

/***/ 21:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatCompact: () => (/* binding */ formatCompact)
/* harmony export */ });
/* harmony import */ var _core_output_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(706);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2404);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9821);



/**
 * One line per finding, `file:line:col: level message [rule]`, then the totals: for editors,
 * scripts and the problem matcher the package ships (problem-matcher.json), whose expressions are
 * tested against this output. The problem matcher reads these lines in the runner's log, so names
 * and messages go through workflowLogLine: a finding is always one line, and a file or object name
 * cannot make it a workflow command (a leading `::`, a `##[`).
 */
function formatCompact(run) {
    const lines = (0,_order_js__WEBPACK_IMPORTED_MODULE_1__/* .inReadingOrder */ .g)(run.findings).map((f) => `${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .workflowLogLine */ .SI)(f.file)}:${f.line}:${f.column}: ${f.level} ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .workflowLogLine */ .SI)(f.message)} [${f.ruleId}]`);
    return `${[...lines, ...(lines.length > 0 ? [''] : []), (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .totals */ .Sd)(run)].join('\n')}\n`;
}


/***/ })

};

//# sourceMappingURL=21.index.js.map