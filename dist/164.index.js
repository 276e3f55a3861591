export const id = 164;
export const ids = [164,31];
export const modules = {

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


/***/ }),

/***/ 1164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderComment: () => (/* binding */ renderComment)
/* harmony export */ });
/* harmony import */ var _plan_render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31);
/* harmony import */ var _core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1344);
/* harmony import */ var _core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(706);
/* harmony import */ var _core_output_links_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4312);
/* harmony import */ var _lint_report_order_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2404);
/* harmony import */ var _lint_report_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6508);






function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
/**
 * The pull request comment: totals, the worst findings with links to their lines, then the plan.
 * With no findings it says that everything is clear, which also tells a reader of an earlier
 * version of the comment that its findings are fixed.
 */
function renderComment(content) {
    const { counts, findings } = content;
    const budget = content.budget ?? _core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .COMMENT_BUDGET_BYTES */ .eT;
    const total = counts.error + counts.warning + counts.notice;
    const lines = ['## Heroku Connect mapping lint', ''];
    if (content.files === 0) {
        lines.push('\u2705 No mapping files to check: anything reported here before no longer applies.', '');
    }
    else if (total === 0) {
        lines.push(`\u2705 No findings in ${plural(content.files, 'mapping file')}: anything reported here before is fixed.`, '');
    }
    else {
        lines.push(`${plural(content.files, 'mapping file')} checked: **${plural(counts.error, 'error')}**, **${plural(counts.warning, 'warning')}**, **${plural(counts.notice, 'notice')}**.`, '');
        lines.push('| Level | Where | Rule | Finding |', '|---|---|---|---|');
        // The findings take at most half of the comment, so that the plan always has room.
        const ranked = (0,_lint_report_order_js__WEBPACK_IMPORTED_MODULE_3__/* .rankFindings */ .J)(findings, content.priority).slice(0, content.maxFindings ?? 10);
        const { taken: shown } = (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .takeWhileFits */ .z8)(ranked.map((finding) => findingRow(content, finding)), budget / 2 - (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .bytes */ .ee)(lines.join('\n')), (row) => (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .bytes */ .ee)(row) + 1);
        lines.push(...shown, '');
        const more = findings.length - shown.length;
        if (more > 0) {
            const summary = content.runUrl ? `<a href="${encodeURI(content.runUrl)}">job summary</a>` : 'job summary';
            lines.push(`${plural(more, 'more finding')} ${more === 1 ? 'is' : 'are'} not shown here: see the ${summary} and the annotations.`, '');
        }
    }
    if (content.plans)
        lines.push((0,_plan_render_js__WEBPACK_IMPORTED_MODULE_0__.renderPlanMarkdown)(content.plans, budget - (0,_core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .bytes */ .ee)(lines.join('\n')) - 1));
    return lines.join('\n');
}
function findingRow(content, finding) {
    const place = (0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)((0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(`${finding.file}:${finding.line}`, _core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .CELL_MAX_CHARS */ .I2));
    const where = content.revision ? `<a href="${(0,_core_output_links_js__WEBPACK_IMPORTED_MODULE_2__/* .fileLineUrl */ .MK)(content.revision, finding.file, finding.line)}">${place}</a>` : place;
    const rule = `<a href="${(0,_core_output_links_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleDocsUrl */ .hS)(encodeURIComponent(finding.ruleId))}">${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(finding.ruleId)}</a>`;
    return `| ${_lint_report_summary_js__WEBPACK_IMPORTED_MODULE_4__.LEVEL_ICON[finding.level]} ${finding.level} | ${where} | ${rule} | ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)((0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(finding.message, _core_output_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .CELL_MAX_CHARS */ .I2))} |`;
}


/***/ })

};

//# sourceMappingURL=164.index.js.map