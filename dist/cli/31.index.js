export const id = 31;
export const ids = [31];
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

//# sourceMappingURL=31.index.js.map