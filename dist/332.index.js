export const id = 332;
export const ids = [332];
export const modules = {

/***/ 9332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  changedFiles: () => (/* binding */ changedFiles),
  changedLinePriority: () => (/* reexport */ changedLinePriority),
  commentOnPullRequest: () => (/* binding */ commentOnPullRequest),
  onlyChanged: () => (/* reexport */ onlyChanged),
  planPullRequest: () => (/* binding */ planPullRequest)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts + 1 modules
var errors = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/core/fs/workspace.ts
var workspace = __webpack_require__(2754);
// EXTERNAL MODULE: ./src/lint/parse/source.ts
var source = __webpack_require__(7064);
// EXTERNAL MODULE: ./src/plan/diff.ts
var diff = __webpack_require__(8256);
// EXTERNAL MODULE: ./src/lint/parse/parse.ts
var parse = __webpack_require__(6842);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
// EXTERNAL MODULE: ./src/plan/consequences.ts
var consequences = __webpack_require__(6933);
;// CONCATENATED MODULE: ./src/plan/file.ts





/**
 * The plan of one changed file. `base`: the bytes at the base commit (of previousPath for a rename),
 * undefined when they could not be read; `head`: the bytes in the pull request. A removed file that
 * was no mapping document has nothing to plan: undefined.
 */
async function planFile(file, base, head) {
    const status = fileStatus(file);
    const basePath = file.previousPath ?? file.path;
    const before = status === 'added' ? undefined : await documentOf(basePath, base);
    const after = status === 'removed' ? undefined : await documentOf(file.path, head);
    if (status === 'removed' && !(0,diff/* mappingsOf */.J)(before))
        return undefined;
    const plan = (0,diff/* planChanges */.X)(before, after);
    const from = apiVersionOf(before);
    const to = apiVersionOf(after);
    // Only the live plan can read the schema diff; the offline one says so where the version changes.
    if (!plan.unreadable && from !== undefined && to !== undefined && from !== to)
        plan.changes = [(0,consequences/* apiVersionUnread */.uL)(from, to), ...plan.changes];
    return {
        path: file.path,
        ...(status === 'renamed' && { previousPath: basePath }),
        status,
        ...plan,
    };
}
/** The document's connection.api_version, as written. */
function apiVersionOf(document) {
    if (!(0,json/* isRecord */.u4)(document) || !(0,json/* isRecord */.u4)(document.connection))
        return undefined;
    const version = document.connection.api_version;
    return typeof version === 'string' || typeof version === 'number' ? String(version) : undefined;
}
function fileStatus(file) {
    switch (file.status) {
        case 'added':
        case 'copied':
            return 'added';
        case 'removed':
        case 'renamed':
            return file.status;
        default:
            return 'modified';
    }
}
/** The parsed document, read the way the lint reads files; null when there is none to read. */
async function documentOf(path, bytes) {
    if (bytes === undefined)
        return null;
    const format = (0,source/* formatOf */.be)(path);
    const read = (0,source/* decode */.D4)(bytes, format);
    if (!read.ok)
        return null;
    return (await (0,parse/* parseSource */.P)(read.text, format)).value ?? null;
}

// EXTERNAL MODULE: ./src/pr/base-content.ts
var base_content = __webpack_require__(5965);
// EXTERNAL MODULE: ./src/clients/github/github-api.ts
var github_api = __webpack_require__(6606);
// EXTERNAL MODULE: ./src/pr/git.ts
var git = __webpack_require__(3358);
;// CONCATENATED MODULE: ./src/pr/changed-files.ts


/** GitHub lists at most this many files of a pull request. */
const API_FILE_CAP = 3000;
/**
 * The files a pull request changes, removed files included (status "removed"). Asks the REST API
 * first and git when the API cannot answer. Undefined when neither can: the caller then lints every
 * file, and the log has said why.
 */
async function listChangedFiles(request) {
    if (request.api) {
        try {
            const files = await filesFromApi(request, request.api);
            if (files.length < API_FILE_CAP)
                return files;
            request.log.info(`GitHub lists only the first ${API_FILE_CAP} files of a pull request, and this one has that many; asking git for the full list.`);
        }
        catch (error) {
            request.log.info(`The GitHub API did not list the changed files (${request.api.redact((0,github_api.describeGitHubError)(error))}); asking git instead.`);
        }
    }
    else {
        request.log.info('No GitHub token, so git lists the changed files.');
    }
    return filesFromGit(request);
}
/**
 * Whether a target `discover` found is one the pull request touched, so the `files` input keeps its
 * meaning: the changed paths are gathered once, and each file found is asked about as it is found.
 * Target paths are relative to the workspace, changed paths to the repository root: the same on a runner.
 */
function onlyChanged(files) {
    const paths = new Set(files.filter((file) => file.status !== 'removed').map((file) => file.path));
    return (target) => paths.has(target.file);
}
const STATUSES = new Set(['added', 'modified', 'renamed', 'removed', 'copied', 'changed', 'unchanged']);
async function filesFromApi(request, api) {
    const octokit = await api.octokit();
    const files = [];
    const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, { owner: request.owner, repo: request.repo, pull_number: request.pullNumber, per_page: github_api.PAGE_SIZE });
    for await (const page of pages) {
        const entries = page.data;
        if (!Array.isArray(entries))
            throw new Error(`the file list is not a list (${JSON.stringify(entries)?.slice(0, 200)})`);
        for (const entry of entries)
            files.push(fromApiEntry(entry));
        // GitHub's cap; a page beyond it would only repeat the question.
        if (files.length >= API_FILE_CAP)
            break;
    }
    return files;
}
function fromApiEntry(entry) {
    const { filename, status, previous_filename: previous, patch, changes } = (entry ?? {});
    if (typeof filename !== 'string' || typeof status !== 'string' || !STATUSES.has(status)) {
        throw new Error(`an entry of the file list is not a file (${JSON.stringify(entry)?.slice(0, 200)})`);
    }
    const file = { path: filename, status: status };
    if (typeof previous === 'string')
        file.previousPath = previous;
    // GitHub leaves the patch out both of a pure rename (no changed line) and of a diff too large to show.
    if (typeof patch === 'string')
        file.patch = patch;
    else if (changes === 0)
        file.patch = '';
    return file;
}
const GIT_STATUS = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', C: 'copied', T: 'changed' };
async function filesFromGit(request) {
    const { cwd, run = git/* runGit */.E } = request.git;
    const base = (0,git/* checkRevision */.G)(request.git.base);
    const head = (0,git/* checkRevision */.G)(request.git.head);
    const mergeBase = await run(['merge-base', base, head], cwd);
    if (mergeBase.exitCode !== 0) {
        request.log.warning(`git cannot find where ${base} and ${head} meet (${mergeBase.stderr || 'no merge base'}), so every mapping file is linted. ` +
            'The checkout is probably shallow: set "fetch-depth: 0" on actions/checkout so that both commits and their history are there.');
        return undefined;
    }
    const range = `${base}...${head}`;
    // -z: paths come unquoted and NUL-separated, whatever characters they hold.
    const names = await run(['diff', '--name-status', '-z', '-M', '--no-color', range, '--'], cwd);
    if (names.exitCode !== 0) {
        request.log.warning(`git could not list the changed files (${names.stderr}), so every mapping file is linted.`);
        return undefined;
    }
    const files = parseNameStatus(names.stdout.toString('utf8'));
    const diff = await run(['diff', '-U0', '-M', '--no-color', '--no-ext-diff', '--no-textconv', range, '--'], cwd);
    // Each file has exactly one "diff --git" header, in the order --name-status lists them; if that does
    // not hold, the patches are left out and each changed file counts as changed throughout.
    const patches = diff.exitCode === 0 ? splitPatches(diff.stdout.toString('utf8')) : [];
    if (patches.length === files.length)
        files.forEach((file, i) => (file.patch = patches[i]));
    else
        request.log.info('git did not give one patch per changed file; every line of the changed files counts as changed.');
    return files;
}
function parseNameStatus(output) {
    const fields = output.split('\0');
    const files = [];
    for (let i = 0; i < fields.length - 1;) {
        const code = fields[i++];
        const status = GIT_STATUS[code[0]] ?? 'changed';
        if (code[0] === 'R' || code[0] === 'C') {
            const previousPath = fields[i++];
            files.push({ path: fields[i++], status, previousPath });
        }
        else {
            files.push({ path: fields[i++], status });
        }
    }
    return files;
}
function splitPatches(output) {
    return output.split(/^(?=diff --git )/m).filter((chunk) => chunk.startsWith('diff --git '));
}

// EXTERNAL MODULE: ./src/pr/comment-body.ts
var comment_body = __webpack_require__(1164);
// EXTERNAL MODULE: ./src/core/http/client.ts + 2 modules
var client = __webpack_require__(4153);
// EXTERNAL MODULE: ./src/core/output/budget.ts
var budget = __webpack_require__(1344);
;// CONCATENATED MODULE: ./src/pr/comment.ts



/** 100 comments a page: enough for any pull request a person still reads. */
const MAX_COMMENT_PAGES = 100;
const BOT_LOGIN = 'github-actions[bot]';
/** The hidden first line that identifies the workflow's comment; the name is encoded so it cannot end the HTML comment. */
function commentMarker(workflow) {
    return `<!-- heroku-connect-action:${encodeURIComponent(workflow)} -->`;
}
/**
 * Keeps one comment per workflow on the pull request current: updates the bot's comment that
 * starts with the workflow's marker, or creates one. A fork's read-only token gets 403; that is
 * expected, so it is reported as skipped and the job summary and annotations carry the report.
 */
async function upsertComment(api, request) {
    const marker = commentMarker(request.workflow);
    const body = (0,budget/* cutToBudget */.P6)(`${marker}\n${request.body}`, budget/* COMMENT_BUDGET_BYTES */.eT, CUT_NOTE);
    const octokit = await api.octokit();
    const where = { owner: request.owner, repo: request.repo };
    let existing;
    try {
        existing = await findComment(octokit, { ...where, issue_number: request.issueNumber }, marker);
    }
    catch (error) {
        return refusal(api, error, 'list the pull request comments');
    }
    if (existing === undefined && request.create === false)
        return { skipped: 'no comment to update' };
    try {
        const { data } = existing === undefined
            ? await octokit.rest.issues.createComment({ ...where, issue_number: request.issueNumber, body })
            : await octokit.rest.issues.updateComment({ ...where, comment_id: existing, body });
        const { id, html_url: url } = (data ?? {});
        return { action: existing === undefined ? 'created' : 'updated', ...(typeof id === 'number' && { id }), ...(typeof url === 'string' && { url }) };
    }
    catch (error) {
        return refusal(api, error, 'write the pull request comment');
    }
}
async function findComment(octokit, issue, marker) {
    let pages = 0;
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...issue, per_page: github_api.PAGE_SIZE })) {
        const comments = page.data;
        if (!Array.isArray(comments))
            return undefined;
        for (const comment of comments) {
            const { id, body, user } = (comment ?? {});
            const byBot = user?.type === 'Bot' || user?.login === BOT_LOGIN;
            // Only a bot's comment: anyone can paste the marker into a comment of their own.
            if (typeof id === 'number' && typeof body === 'string' && body.startsWith(marker) && byBot)
                return id;
        }
        if (++pages === MAX_COMMENT_PAGES)
            return undefined;
    }
    return undefined;
}
/** A fork's read-only token is an expected answer; anything else is an error, without the token. */
function refusal(api, error, what) {
    const answer = (0,github_api.refusalOf)(error);
    if (answer?.status === 403 && !isRateLimit(answer))
        return { skipped: 'read-only token' };
    throw (0,github_api.gitHubFailure)(api, error, what);
}
/** GitHub answers 403 for rate limits too; those are not a read-only token and must not pass silently. */
function isRateLimit(answer) {
    return answer.headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test((0,client/* describeStatus */.W)(answer.status, answer.data));
}
const CUT_NOTE = '\n\n> The comment stops here: the full report did not fit in a comment. The job summary has all of it.\n';

// EXTERNAL MODULE: ./src/core/sorted.ts
var sorted = __webpack_require__(3110);
;// CONCATENATED MODULE: ./src/pr/hunks.ts

const HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/**
 * The line numbers, in the new version of the file, of the lines a unified diff adds (a changed line
 * is a removed line plus an added one). Each hunk is read by its header's line counts, so file
 * headers and content that looks like them ("+++", "@@") are never mistaken for each other.
 */
function addedLines(patch) {
    const lines = new Set();
    let oldLeft = 0;
    let newLeft = 0;
    let newLine = 0;
    for (const text of patch.split('\n')) {
        if (oldLeft <= 0 && newLeft <= 0) {
            const header = HUNK_HEADER.exec(text);
            if (header) {
                oldLeft = Number(header[1] ?? 1);
                newLine = Number(header[2]);
                newLeft = Number(header[3] ?? 1);
            }
            continue;
        }
        if (text.startsWith('+')) {
            lines.add(newLine++);
            newLeft--;
        }
        else if (text.startsWith('-')) {
            oldLeft--;
        }
        else if (text.startsWith(' ') || text === '') {
            // An empty line is a context line whose leading space an editor or a transport trimmed.
            newLine++;
            newLeft--;
            oldLeft--;
        }
        // "\ No newline at end of file" belongs to the line before it and counts for neither side.
    }
    return lines;
}
/**
 * Priority 0 for a finding that touches a line the pull request added or changed, 1 for the rest.
 * A changed file without a patch (GitHub leaves out large diffs) counts as changed throughout.
 * Finding paths are relative to the workspace, changed paths to the repository root: the same on a runner.
 */
function changedLinePriority(files) {
    const changed = new Map();
    for (const file of files) {
        // Sorted, so that a finding spanning many lines (a value merged from a YAML anchor) costs one search, not a look per line.
        if (file.status !== 'removed')
            changed.set(file.path, file.patch === undefined ? 'all' : Float64Array.from(addedLines(file.patch)).sort());
    }
    return (finding) => {
        const lines = changed.get(finding.file);
        if (lines === undefined)
            return 1;
        if (lines === 'all')
            return 0;
        const first = (0,sorted/* firstAtOrAfter */.x)(lines, finding.line);
        return first < lines.length && lines[first] <= (finding.endLine ?? finding.line) ? 0 : 1;
    };
}

;// CONCATENATED MODULE: ./src/action/pull-request.ts








// The lint's choice of files and findings on a pull request, loaded with the rest of this stage.


const MAPPING_FILE = /\.(json|ya?ml)$/i;
/**
 * The files the pull request changed, or undefined when they cannot be known (then everything is
 * linted). actions/checkout leaves the merge commit at HEAD for pull_request events.
 */
function changedFiles(event, api, root, log) {
    return listChangedFiles({ owner: event.owner, repo: event.repo, pullNumber: event.number, api, git: { cwd: root, base: event.baseSha, head: 'HEAD' }, log });
}
/**
 * What merging does to the mappings, file by file: each changed mapping file against its version
 * on the base branch. A base that cannot be read is shown as such, never as "every mapping is new".
 */
async function planPullRequest(event, changed, lint, root, api) {
    const linted = new Set(lint.results.map((result) => result.file));
    const plans = [];
    const readBase = (0,base_content/* baseReader */.h)({ sha: event.baseSha, git: { cwd: root }, ...(api && { api: { client: api, owner: event.owner, repo: event.repo } }) });
    for (const file of changed) {
        const removed = file.status === 'removed';
        if (removed ? !MAPPING_FILE.test(file.path) : !linted.has(file.path))
            continue;
        // A path that leaves the workspace is no file of this pull request; one that cannot be read has its lint finding.
        const head = removed ? undefined : await readHead(root, file.path);
        if (!removed && head === undefined)
            continue;
        const base = file.status === 'added' ? undefined : await baseContent(readBase, file);
        const plan = await planFile(file, base, head);
        if (plan)
            plans.push(plan);
    }
    return plans;
}
/**
 * The file as the pull request has it, read inside the workspace: its path comes from the GitHub
 * API, so a `../` in it or a symlink out of the workspace is refused like any other hostile path.
 */
async function readHead(root, file) {
    const absolutePath = external_node_path_default().resolve(root, file);
    if (external_node_path_default().isAbsolute(file) || !(0,workspace/* isInside */.FK)(absolutePath, external_node_path_default().resolve(root)))
        return undefined;
    const read = (0,workspace/* readConfined */.Hz)(absolutePath, root);
    return read.ok ? read.bytes : undefined;
}
async function baseContent(readBase, file) {
    try {
        return await readBase(file.previousPath ?? file.path);
    }
    catch {
        // planFile marks a modified file whose base is unreadable as such.
        return undefined;
    }
}
/**
 * Keeps one comment on the pull request current: findings at a glance and the plan. A fork's
 * read-only token cannot comment; that is a notice, never a failure of the check.
 */
async function commentOnPullRequest(event, inputs, api, content, log) {
    if (inputs.comment === 'off')
        return;
    if (inputs.comment === 'on-change' && content.plans.length === 0)
        return;
    if (!api) {
        log.warning('Not commenting on the pull request: there is no GitHub token (the github-token input is empty).');
        return;
    }
    const { env } = content;
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const body = (0,comment_body.renderComment)({
        revision: { serverUrl, repository: `${event.owner}/${event.repo}`, sha: event.headSha },
        ...(env.GITHUB_RUN_ID && { runUrl: `${serverUrl}/${event.owner}/${event.repo}/actions/runs/${env.GITHUB_RUN_ID}` }),
        files: content.lint.results.length,
        counts: content.lint.counts,
        findings: content.lint.findings,
        ...(content.priority && { priority: content.priority }),
        plans: content.plans,
    });
    try {
        const outcome = await upsertComment(api, { owner: event.owner, repo: event.repo, issueNumber: event.number, workflow: env.GITHUB_WORKFLOW || 'heroku-connect-action', body });
        if ('skipped' in outcome) {
            log.notice('Skipped the pull request comment: the token is read-only (as for a pull request from a fork). Annotations and the job summary have the findings.');
        }
        else {
            log.info(`Pull request comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}.`);
        }
    }
    catch (error) {
        log.warning(`Could not update the pull request comment: ${api.redact((0,errors/* errorMessage */.gJ)(error))}`);
    }
}


/***/ }),

/***/ 3110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ firstAtOrAfter)
/* harmony export */ });
/** The index of the first of the ascending `sorted` that is at least `value`; their length when none is. */
function firstAtOrAfter(sorted, value) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (sorted[middle] < value)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}


/***/ }),

/***/ 5965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ baseReader)
/* harmony export */ });
/* harmony import */ var _core_http_safety_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6804);
/* harmony import */ var _clients_github_github_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6606);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3358);



/**
 * Reads files as they were at one commit: from the local repository when the commit is in it, else
 * through the REST contents API. A read throws when neither can tell, rather than answer "did not
 * exist" and make every mapping look new. A file the commit has costs one git process: whether the
 * commit is checked out is asked only when a read fails, and once for all files.
 */
function baseReader(commit) {
    const { cwd, run = _git_js__WEBPACK_IMPORTED_MODULE_2__/* .runGit */ .E } = commit.git;
    let checkedOut;
    return async (path) => {
        const sha = (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRevision */ .G)(commit.sha);
        const object = `${sha}:${path}`;
        // cat-file rather than `git show`: the stored bytes, never converted by a textconv driver.
        const blob = await run(['cat-file', 'blob', object], cwd);
        if (blob.exitCode === 0)
            return blob.stdout;
        checkedOut ??= run(['cat-file', '-e', `${sha}^{commit}`], cwd).then((result) => result.exitCode === 0);
        if (await checkedOut) {
            if ((await run(['cat-file', '-e', object], cwd)).exitCode !== 0)
                return undefined;
            throw new Error(`git could not read ${path} at ${sha}: ${blob.stderr}`);
        }
        if (!commit.api) {
            throw new Error(`The base commit ${sha} is not in the checkout and there is no GitHub token to read ${path} through the API. ` + 'Set "fetch-depth: 0" on actions/checkout, or pass a token.');
        }
        return readThroughApi(commit.api, sha, path);
    };
}
/** GitHub answers base64 up to 1 MB; above that it sends `encoding: "none"` and the raw media type gives the bytes. */
async function readThroughApi(api, sha, path) {
    // Octokit encodes the path into one segment; a part such as ".." must not name another resource.
    for (const part of path.split('/'))
        (0,_core_http_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .urlSegment */ .NL)(part, (reason) => new Error(`The path ${path} has a part that ${reason}; it is not read through the GitHub API.`));
    const octokit = await api.client.octokit();
    const file = { owner: api.owner, repo: api.repo, path, ref: sha };
    let entry;
    try {
        entry = (await octokit.rest.repos.getContent(file)).data;
    }
    catch (error) {
        if ((0,_clients_github_github_api_js__WEBPACK_IMPORTED_MODULE_1__.refusalOf)(error)?.status === 404)
            return undefined;
        throw new Error(`The GitHub API did not return ${path} at ${sha} (${(0,_clients_github_github_api_js__WEBPACK_IMPORTED_MODULE_1__.describeGitHubError)(error)}).`);
    }
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry) || entry.type !== 'file') {
        throw new Error(`The GitHub API did not return ${path} at ${sha} as a file.`);
    }
    if (entry.encoding === 'base64' && typeof entry.content === 'string')
        return Buffer.from(entry.content, 'base64');
    let raw;
    try {
        raw = (await octokit.rest.repos.getContent({ ...file, headers: { accept: 'application/vnd.github.raw+json' } })).data;
    }
    catch (error) {
        throw new Error(`The GitHub API did not return the content of ${path} at ${sha} (${(0,_clients_github_github_api_js__WEBPACK_IMPORTED_MODULE_1__.describeGitHubError)(error)}).`);
    }
    // Octokit gives a text media type as a string, any other as bytes.
    if (typeof raw === 'string')
        return Buffer.from(raw, 'utf8');
    if (raw instanceof ArrayBuffer)
        return Buffer.from(raw);
    throw new Error(`The GitHub API did not return the content of ${path} at ${sha} as bytes.`);
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


/***/ }),

/***/ 3358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ runGit),
/* harmony export */   G: () => (/* binding */ checkRevision)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1586);

/** Diffs of thousands of files and whole mapping files both fit; a real export is well under 5 MB. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
const runGit = async (args, cwd) => {
    // Loaded when git first runs: child_process brings Node's networking with it, which a lint of files never needs.
    const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
    return new Promise((resolve) => {
        execFile('git', [...args], 
        // LC_ALL=C keeps messages in English for the log; no prompt can hang a CI job.
        { cwd, encoding: 'buffer', maxBuffer: MAX_OUTPUT_BYTES, env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' } }, (error, stdout, stderr) => {
            const exitCode = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
            const message = stderr.toString('utf8').trim() || (error?.message ?? '');
            resolve({ exitCode, stdout, stderr: message });
        });
    });
};
/**
 * A commit as git takes it: a SHA, a ref name or HEAD. Refused otherwise, so that a value from an
 * event payload can never become a git option ("--output=...").
 */
function checkRevision(revision) {
    if (!/^[A-Za-z0-9_][A-Za-z0-9_./^~@{}-]*$/.test(revision) || revision.includes('..')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`"${revision}" is not a commit SHA or ref name git can take.`);
    }
    return revision;
}


/***/ })

};

//# sourceMappingURL=332.index.js.map