export const id = 961;
export const ids = [961];
export const modules = {

/***/ 6961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toSarif: () => (/* binding */ toSarif)
/* harmony export */ });
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8330);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1227);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);
/* harmony import */ var _core_output_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(706);
/* harmony import */ var _core_output_links_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4312);





const SARIF_LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/**
 * SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif). Columns are the lint's
 * own, counted in UTF-16 code units, and declared so; file URIs are percent-encoded per segment
 * (RFC 3986), so a `?` or `#` in a file name stays part of the path.
 */
function toSarif(findings, suppressed = []) {
    const ruleIndex = new Map(_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y.map((rule, index) => [rule.id, index]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'heroku-connect-action',
                        informationUri: _core_output_links_js__WEBPACK_IMPORTED_MODULE_4__/* .PROJECT_URL */ .w5,
                        semanticVersion: _package_json__WEBPACK_IMPORTED_MODULE_0__/* .version */ .rE,
                        rules: _rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y.map((rule) => ({
                            id: rule.id,
                            name: rule.id.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase()),
                            shortDescription: { text: rule.docs.summary.slice(0, 1024) },
                            fullDescription: { text: `${rule.docs.summary} ${rule.docs.why}`.slice(0, 1024) },
                            helpUri: (0,_core_output_links_js__WEBPACK_IMPORTED_MODULE_4__/* .ruleDocsUrl */ .hS)(rule.id),
                            help: {
                                text: `${rule.docs.why}\nSource: ${rule.docs.source}\nBad: ${rule.docs.bad}\nGood: ${rule.docs.good}`,
                                markdown: `${rule.docs.why}\n\n**Source:** ${rule.docs.source}\n\n**Bad**\n\n\`\`\`json\n${rule.docs.bad}\n\`\`\`\n\n**Good**\n\n\`\`\`json\n${rule.docs.good}\n\`\`\``,
                            },
                            defaultConfiguration: { level: SARIF_LEVEL[rule.defaultLevel] },
                            properties: { tags: ['heroku-connect', 'configuration'] },
                        })),
                    },
                },
                automationDetails: { id: 'heroku-connect-action/' },
                columnKind: 'utf16CodeUnits',
                // Suppressed findings stay in the report, marked, so code scanning shows them as dismissed by the repository.
                results: [...findings, ...suppressed].map((finding) => ({
                    ruleId: finding.ruleId,
                    ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
                    level: SARIF_LEVEL[finding.level],
                    message: { text: (0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .sarifText */ .BC)(finding.message) },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: (0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .encodePath */ .O0)(finding.file) },
                                region: {
                                    startLine: finding.line,
                                    startColumn: finding.column,
                                    ...(finding.endLine !== undefined && { endLine: finding.endLine, endColumn: finding.endColumn }),
                                },
                            },
                        },
                    ],
                    ...('justification' in finding && { suppressions: [{ kind: 'external', justification: (0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .sarifText */ .BC)(String(finding.justification)) }] }),
                })),
            },
        ],
    };
}


/***/ })

};

//# sourceMappingURL=961.index.js.map