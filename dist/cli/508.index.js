export const id = 508;
export const ids = [508];
export const modules = {

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

/***/ 6508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LEVEL_ICON: () => (/* binding */ LEVEL_ICON),
/* harmony export */   renderLintSummary: () => (/* binding */ renderLintSummary)
/* harmony export */ });
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2020);
/* harmony import */ var _core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1344);
/* harmony import */ var _core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(706);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2404);
/* harmony import */ var _core_output_links_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4312);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1227);






/** The mark of each level wherever findings are listed in markdown: the summary and the pull request comment. */
const LEVEL_ICON = { error: '\u274c', warning: '\u26a0\ufe0f', notice: '\u2139\ufe0f' };
const TABLE_OPEN = '<table><thead><tr><th>Rule</th><th>Level</th><th>Line</th><th>Finding</th></tr></thead><tbody>';
const TABLE_CLOSE = '</tbody></table>';
/** Room kept for the lines written after the choice: "N more in this file" and the closing note. */
const FILE_NOTE_RESERVE = 96;
const CLOSING_NOTE_RESERVE = 320;
function plural(count, word) {
    return `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(count)} ${word}${count === 1 ? '' : 's'}`;
}
/**
 * The lint section of the job summary: totals, then the findings grouped by file and rule. Within
 * the budget it keeps the most important findings (level, then place), lists under each file how
 * many of its findings did not fit, and says how many were left out in all. With the revision that
 * was linted, each finding's line links to the file at that commit.
 */
function renderLintSummary(run, budget = _core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .LINT_SUMMARY_BUDGET_BYTES */ .h2, revision) {
    const files = run.results.length;
    const { error, warning, notice } = run.counts;
    const head = [
        '## Heroku Connect mapping lint',
        '',
        files === 0
            ? 'No mapping files were found.'
            : `${plural(files, 'file')} checked: **${plural(error, 'error')}**, **${plural(warning, 'warning')}**, **${plural(notice, 'notice')}**${suppressedNote(run)}.`,
        '',
    ].join('\n');
    const perFile = new Map();
    for (const finding of run.findings)
        perFile.set(finding.file, (perFile.get(finding.file) ?? 0) + 1);
    const rows = new Map();
    const opened = new Set();
    const ruleCells = new Set();
    const { taken: shown, used: findingsSize } = (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .takeWhileFits */ .z8)((0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .rankFindings */ .J)(run.findings), budget - (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .bytes */ .ee)(head) - CLOSING_NOTE_RESERVE, (finding) => {
        const row = findingCells(finding, revision);
        rows.set(finding, row);
        let cost = (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .bytes */ .ee)(row) + '<tr></tr>\n'.length;
        if (!opened.has(finding.file)) {
            opened.add(finding.file);
            cost += (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .bytes */ .ee)(fileHeading(finding.file)) + TABLE_OPEN.length + TABLE_CLOSE.length + FILE_NOTE_RESERVE;
        }
        const ruleKey = `${finding.file}\0${finding.ruleId}`;
        if (!ruleCells.has(ruleKey)) {
            ruleCells.add(ruleKey);
            cost += (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .bytes */ .ee)(ruleCell(finding.ruleId, Number.MAX_SAFE_INTEGER));
        }
        return cost;
    });
    const shownByFile = new Map();
    for (const finding of shown) {
        const list = shownByFile.get(finding.file);
        if (list)
            list.push(finding);
        else
            shownByFile.set(finding.file, [finding]);
    }
    // A file without findings is listed only when there is room left after the findings.
    const withoutFindings = run.results.filter((result) => !perFile.has(result.file));
    const { taken: clean } = (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .takeWhileFits */ .z8)(withoutFindings, budget - (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .bytes */ .ee)(head) - CLOSING_NOTE_RESERVE - findingsSize, (result) => (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .bytes */ .ee)(cleanSection(result.file)));
    const cleanShown = new Set(clean.map((result) => result.file));
    const parts = [head];
    for (const result of run.results) {
        const ofFile = shownByFile.get(result.file);
        if (ofFile)
            parts.push(fileSection(result.file, ofFile, rows, perFile.get(result.file) - ofFile.length));
        else if (cleanShown.has(result.file))
            parts.push(cleanSection(result.file));
    }
    const leftOut = run.findings.length - shown.length;
    const filesWithout = withoutFindings.length - clean.length;
    const notes = [];
    if (leftOut > 0) {
        notes.push(`${plural(leftOut, 'more finding')} (the least important) do not fit in the job summary: this lists ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(shown.length)} of ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(run.findings.length)}. The CLI or the SARIF file lists them all.`);
    }
    if (filesWithout > 0)
        notes.push(`${plural(filesWithout, 'more file')} without findings ${filesWithout === 1 ? 'is' : 'are'} not listed.`);
    if (notes.length > 0)
        parts.push(`\n> ${notes.join(' ')}\n`);
    return { markdown: parts.join('\n'), shown: shown.length };
}
/** Ignored findings are counted, so a silenced problem stays visible as a number. */
function suppressedNote(run) {
    const count = run.suppressed.length;
    return count === 0 ? '' : `, ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(count)} suppressed by the configuration file's ignore entries`;
}
function fileHeading(file) {
    // <code>, not backticks: character references inside a markdown code span would show literally.
    return `### <code>${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)((0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(file, _core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .CELL_MAX_CHARS */ .I2))}</code>`;
}
function cleanSection(file) {
    return `### \u2705 <code>${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)((0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(file, _core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .CELL_MAX_CHARS */ .I2))}</code>\n\nNo findings.\n`;
}
function ruleCell(ruleId, rows) {
    // unused-ignore is the configuration file's own warning, not a rule with a page.
    const name = _rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .RULES_BY_ID */ .k.has(ruleId) ? `<a href="${(0,_core_output_links_js__WEBPACK_IMPORTED_MODULE_3__/* .ruleDocsUrl */ .hS)(encodeURIComponent(ruleId))}">${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(ruleId)}</a>` : (0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(ruleId);
    return `<td rowspan="${rows}">${name}</td>`;
}
function findingCells(finding, revision) {
    const place = `${finding.line}:${finding.column}`;
    const line = revision ? `<a href="${(0,_core_output_links_js__WEBPACK_IMPORTED_MODULE_3__/* .fileLineUrl */ .MK)(revision, finding.file, finding.line)}">${place}</a>` : place;
    return `<td>${LEVEL_ICON[finding.level]} ${finding.level}</td><td>${line}</td><td>${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)((0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(finding.message, _core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .CELL_MAX_CHARS */ .I2))}</td>`;
}
/** `findings` most important first; rows of one rule stay together, under the rule's first (most important) row. */
function fileSection(file, findings, cells, more) {
    const byRule = new Map();
    for (const finding of findings) {
        const list = byRule.get(finding.ruleId);
        if (list)
            list.push(finding);
        else
            byRule.set(finding.ruleId, [finding]);
    }
    const rows = [];
    for (const [ruleId, ofRule] of byRule) {
        ofRule.forEach((finding, i) => rows.push(`<tr>${i === 0 ? ruleCell(ruleId, ofRule.length) : ''}${cells.get(finding)}</tr>`));
    }
    return [fileHeading(file), '', TABLE_OPEN, ...rows, TABLE_CLOSE, '', ...(more > 0 ? [`${plural(more, 'more finding')} in this file ${more === 1 ? 'does' : 'do'} not fit here.`, ''] : [])].join('\n');
}


/***/ })

};

//# sourceMappingURL=508.index.js.map