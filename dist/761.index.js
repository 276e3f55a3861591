export const id = 761;
export const ids = [761];
export const modules = {

/***/ 1761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reviewPullRequestConfig: () => (/* binding */ reviewPullRequestConfig)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/interface/inputs/table.ts
var table = __webpack_require__(9685);
// EXTERNAL MODULE: ./src/lint/levels.ts
var levels = __webpack_require__(5394);
// EXTERNAL MODULE: ./src/lint/rules/index.ts + 39 modules
var lint_rules = __webpack_require__(1227);
;// CONCATENATED MODULE: ./src/interface/config/leniency.ts



/** From the laxest to the strictest. */
const FAIL_ON_ORDER = ['never', 'error', 'warning', 'notice'];
const LEVEL_ORDER = ['off', 'notice', 'warning', 'error'];
/**
 * The pull request's configuration, held to the base branch's wherever it would make the check more
 * lenient: a laxer fail-on, a rule turned off or lowered, an ignore the base does not have. What is
 * as strict or stricter stays, so a pull request can always tighten its check. `base` undefined: the
 * base branch has no configuration file, and the defaults are its settings. A setting the inputs
 * override is the workflow's, not the file's, and is left as it is.
 */
function holdToBase(head, base, overridden = {}) {
    const heldBack = [];
    const values = { ...head?.values };
    const defaultFailOn = (0,table/* inputSpec */.mm)('fail-on').default;
    const failOn = (config) => (config?.values['fail-on'] ?? defaultFailOn);
    if (!overridden.failOn && FAIL_ON_ORDER.indexOf(failOn(head)) < FAIL_ON_ORDER.indexOf(failOn(base))) {
        heldBack.push(`fail-on ${failOn(head)} (the base branch's is ${failOn(base)})`);
        values['fail-on'] = failOn(base);
    }
    const headRules = ruleSettings(head);
    const baseRules = ruleSettings(base);
    const rules = new Map(headRules);
    for (const id of new Set([...headRules.keys(), ...baseRules.keys()])) {
        if (overridden.rules?.has(id))
            continue;
        const defaultLevel = lint_rules/* RULES_BY_ID */.k.get(id)?.defaultLevel ?? 'error';
        const headLevel = headRules.get(id) ?? defaultLevel;
        const baseLevel = baseRules.get(id) ?? defaultLevel;
        if (LEVEL_ORDER.indexOf(headLevel) < LEVEL_ORDER.indexOf(baseLevel)) {
            heldBack.push(`rule ${id} ${headLevel} (the base branch's is ${baseLevel})`);
            rules.set(id, baseLevel);
        }
    }
    if (rules.size > 0)
        values.rules = [...rules].map(([id, level]) => `${id}: ${level}`).join('\n');
    const covered = coveredBy(base?.ignores ?? []);
    const ignores = (head?.ignores ?? []).filter((entry) => {
        if (covered(entry))
            return true;
        heldBack.push(`the ignore of ${entry.rule} on ${entry.object}${entry.field === undefined ? '' : `.${entry.field}`} (${entry.file}:${entry.line}), which the base branch does not have`);
        return false;
    });
    if (heldBack.length === 0)
        return { config: head, heldBack };
    const file = head?.file ?? base?.file ?? '';
    return { config: { file, values, ignores }, heldBack };
}
/** The levels a configuration sets, by rule id, as the lint reads them (the last setting of a rule wins). */
function ruleSettings(config) {
    return new Map((0,levels/* parseRuleSettings */.XU)((config?.values.rules ?? '').split('\n')).map(([id, level]) => [id, level.trim().toLowerCase()]));
}
/** Whether the base silences at least what an ignore silences: the same entry, or one for its whole mapping. */
function coveredBy(base) {
    const keys = new Set(base.map((entry) => JSON.stringify([entry.rule, entry.object, entry.field ?? null])));
    return (entry) => keys.has(JSON.stringify([entry.rule, entry.object, null])) || keys.has(JSON.stringify([entry.rule, entry.object, entry.field ?? null]));
}

// EXTERNAL MODULE: ./src/interface/config/load.ts + 1 modules
var load = __webpack_require__(6948);
// EXTERNAL MODULE: ./src/core/errors.ts + 1 modules
var errors = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/pr/base-content.ts
var base_content = __webpack_require__(5965);
// EXTERNAL MODULE: ./src/core/output/escape.ts
var output_escape = __webpack_require__(706);
// EXTERNAL MODULE: ./src/interface/inputs/read.ts + 3 modules
var read = __webpack_require__(3882);
;// CONCATENATED MODULE: ./src/action/config-review.ts









/** A pull request may add any number of ignores: the warning names this many settings and counts the rest. */
const MAX_LISTED = 10;
/**
 * On a pull request that may have changed the configuration file, its settings that would make the
 * check more lenient come from the base branch's version, and the run says which, at the file and in
 * the summary. "May have changed": the pull request changes a configuration file, or the file is a
 * symlink (its target may be any file the pull request changes), or the changed files could not be
 * listed. A base branch whose configuration cannot be read is held to the defaults.
 */
async function reviewPullRequestConfig(io, root, head, pullRequest) {
    const { event, changed, github } = pullRequest;
    const link = head && (await linkTarget(root, head.file));
    const why = whyItMayHaveChanged(changed, link);
    if (why === undefined)
        return { config: head, markdown: '' };
    const readBase = (0,base_content/* baseReader */.h)({ sha: event.baseSha, git: { cwd: root }, ...(github && { api: { client: github, owner: event.owner, repo: event.repo } }) });
    // A symlink's blob holds its target's path: the base's configuration is its target as the base had it.
    const candidates = link && head ? [{ read: link, as: head.file }] : load/* CONFIG_FILE_NAMES */.HR.map((name) => ({ read: name, as: name }));
    const base = await baseConfig(root, readBase, candidates);
    const { config, heldBack } = holdToBase(head, base.config, {
        failOn: io.getInput(read/* Input */.pd.FailOn) !== '',
        rules: new Set((0,levels/* parseRuleSettings */.XU)(io.getInput(read/* Input */.pd.Rules).split('\n')).map(([id]) => id)),
    });
    const file = why.file ?? head?.file ?? load/* CONFIG_FILE_NAMES */.HR[0];
    const subject = why.reason === undefined ? `This pull request changes ${file}` : `This pull request may change ${file} (${why.reason})`;
    if (heldBack.length === 0) {
        const message = `${subject}, which decides how this check lints (rule levels, fail-on, ignores): review that change with the check's result.`;
        // When nothing is held back, only a change the pull request lists is worth a warning.
        if (why.listed)
            io.warning(message, { title: 'Configuration changed', file });
        else
            io.info(`${message} Nothing in it relaxes the check beyond the base branch's configuration.`);
        return { config, markdown: '' };
    }
    const unread = base.unread === undefined ? '' : ` The base branch's configuration could not be read (${base.unread}), so the defaults stand in for it.`;
    const listed = heldBack.slice(0, MAX_LISTED);
    const more = heldBack.length > listed.length ? `; and ${heldBack.length - listed.length} more` : '';
    const message = `${subject}, which decides how this check lints. Until it merges, what would relax the check comes from the base branch instead: ${listed.join('; ')}${more}.${unread}`;
    io.warning(message, { title: 'Configuration changed', file });
    return { config, markdown: `> [!WARNING]\n> ${(0,output_escape/* markdownText */.p7)(message)}\n\n` };
}
function whyItMayHaveChanged(changed, link) {
    if (changed === undefined)
        return { reason: 'its changed files could not be listed', listed: false };
    const paths = new Set(changed.flatMap((file) => (file.previousPath === undefined ? [file.path] : [file.path, file.previousPath])));
    const touched = load/* CONFIG_FILE_NAMES */.HR.find((name) => paths.has(name));
    if (touched !== undefined)
        return { file: touched, listed: true };
    if (link === undefined)
        return undefined;
    return paths.has(link) ? { reason: `it is a symlink to ${link}, which the pull request changes`, listed: true } : { reason: `it is a symlink to ${link}`, listed: false };
}
/** Where the configuration file links to, relative to the root and '/'-separated; undefined when it is no symlink. */
async function linkTarget(root, file) {
    const absolute = external_node_path_default().join(root, file);
    try {
        if (!(await (0,promises_.lstat)(absolute)).isSymbolicLink())
            return undefined;
        return external_node_path_default().relative(root, external_node_path_default().resolve(external_node_path_default().dirname(absolute), await (0,promises_.readlink)(absolute)))
            .split((external_node_path_default()).sep)
            .join('/');
    }
    catch {
        return undefined;
    }
}
/** The base branch's configuration: the first candidate it has, read as the file the action would load. */
async function baseConfig(root, readBase, candidates) {
    for (const { read, as } of candidates) {
        try {
            const bytes = await readBase(read);
            if (bytes !== undefined)
                return { config: await (0,load/* parseConfig */.o4)(root, external_node_path_default().join(root, as), bytes) };
        }
        catch (error) {
            return { unread: (0,errors/* errorMessage */.gJ)(error) };
        }
    }
    return {};
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

//# sourceMappingURL=761.index.js.map