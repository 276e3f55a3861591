export const id = 269;
export const ids = [269];
export const modules = {

/***/ 2412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: ./src/interface/inputs/read.ts + 2 modules
var read = __webpack_require__(1954);
// EXTERNAL MODULE: ./src/core/errors.ts + 1 modules
var errors = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/interface/formats/registry.ts + 2 modules
var registry = __webpack_require__(1327);
// EXTERNAL MODULE: ./src/lint/discover.ts
var discover = __webpack_require__(8698);
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

// EXTERNAL MODULE: ./src/clients/connect/client.ts
var client = __webpack_require__(646);
// EXTERNAL MODULE: ./src/clients/connect/resolve.ts
var resolve = __webpack_require__(61);
// EXTERNAL MODULE: ./src/clients/connect/types.ts + 1 modules
var types = __webpack_require__(6859);
// EXTERNAL MODULE: ./src/plan/document.ts
var plan_document = __webpack_require__(7990);
;// CONCATENATED MODULE: ./src/plan/live.ts






/**
 * Exactly what importing the files would change on the connection: the files, merged as the deploy
 * merges them, against the connection's live export. Read only: the export, the detail and the
 * schema diff are GETs. Mappings that are live but in no file show as removed, with the consequence
 * that import keeps them. When the files ask for a newer Salesforce API version than the
 * connection's (as a deploy with api-version-change: apply would change it to), Heroku Connect's
 * schema diff for it is part of the plan, one item per mapping and line of its message. Every call
 * ends by the connection's deadline, so a Connect API that does not answer cannot hold the plan.
 */
async function planAgainstLive(connection, target, files) {
    const head = await (0,plan_document/* mergeMappingFiles */.k)(files);
    return (0,resolve/* onConnection */.M)(connection, target, async (api, live) => {
        const configuration = await (0,client/* exportConfiguration */.lb)(api, live);
        const plan = (0,diff/* planChanges */.X)(configuration, head);
        // The detail is read only when the files name a version: it is what the version is compared with.
        if (head.connection?.api_version != null && !plan.unreadable) {
            const detail = await (0,client/* readDetail */.on)(api, live);
            const wanted = (0,types/* requestedApiVersion */.TM)(head, detail);
            if (wanted !== undefined) {
                const diff = await (0,client/* readSchemaDiff */.H9)(api, live, wanted);
                plan.changes = [...(0,consequences/* apiVersionChanges */.M_)((0,types/* liveApiVersion */.xv)(detail), wanted, diff.mappings), ...plan.changes];
            }
        }
        return { path: `${target.app} (live connection ${live.resource_name})`, status: 'modified', app: target.app, ...plan };
    });
}

// EXTERNAL MODULE: ./src/core/http/safety.ts
var safety = __webpack_require__(6804);
// EXTERNAL MODULE: ./src/core/http/client.ts + 2 modules
var http_client = __webpack_require__(4153);
// EXTERNAL MODULE: ./src/core/http/shape.ts
var shape = __webpack_require__(1781);
;// CONCATENATED MODULE: ./src/clients/github/github-api.ts




const DEFAULT_API_URL = 'https://api.github.com';
/** The most bytes of one answer read: a page of 100 files with their patches, or a base file (GitHub serves files of up to 100 MB raw). */
const GITHUB_MAX_BODY_BYTES = (/* unused pure expression or super */ null && (32 * 1024 * 1024));
/** The client, or undefined when there is no token: callers then use git, or skip what needs the API. */
function createGitHubApi(options) {
    const token = options.token?.trim() ?? '';
    if (token === '')
        return undefined;
    checkedCredential(token, 'The GitHub token', 'Pass the bare token.');
    const base = apiBase(options.env.GITHUB_API_URL || DEFAULT_API_URL);
    const http = new HttpClient({
        service: 'GitHub',
        credential: 'the token',
        origins: new Set([new URL(base).origin]),
        maxBodyBytes: GITHUB_MAX_BODY_BYTES,
        ...(options.deadline !== undefined && { deadline: options.deadline }),
        ...(options.fetchImpl && { fetch: options.fetchImpl }),
        ...(options.clock && { clock: options.clock }),
        ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
        ...(options.retries !== undefined && { retries: options.retries }),
    });
    let loaded;
    return {
        redact: (text) => text.replaceAll(token, '[token]'),
        octokit: () => (loaded ??= Promise.all([__webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413)), __webpack_require__.e(/* import() */ 733).then(__webpack_require__.bind(__webpack_require__, 4733))]).then(([{ getOctokit }, shapes]) => {
            const octokit = getOctokit(token, { baseUrl: base, userAgent: 'heroku-connect-action', request: { fetch: http.fetchAdapter } });
            octokit.hook.before('request', (request) => {
                request.headers['x-github-api-version'] = '2022-11-28';
            });
            const answers = answerShapes(shapes);
            // Every answer a caller reads is checked here, before Octokit hands over its `data`.
            octokit.hook.after('request', (response, request) => {
                const shape = answers[`${request.method} ${request.url}`];
                if (shape && !/raw/.test(String(request.headers.accept ?? '')))
                    checkedAnswer(shape.validate, response.data, 'GitHub', shape.purpose);
            });
            return octokit;
        })),
    };
}
/** The answers the tool reads, by Octokit's route, with what each call does for the messages. */
function answerShapes(shapes) {
    return {
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': { validate: shapes.validatePullFiles, purpose: 'list the files of the pull request' },
        'GET /repos/{owner}/{repo}/contents/{path}': { validate: shapes.validateContent, purpose: 'read a file of the base commit' },
        'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': { validate: shapes.validateComments, purpose: 'list the comments of the pull request' },
        'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': { validate: shapes.validateComment, purpose: 'write a comment' },
        'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': { validate: shapes.validateComment, purpose: 'update a comment' },
        'GET /repos/{owner}/{repo}/issues': { validate: shapes.validateIssues, purpose: 'list the open issues' },
        'POST /repos/{owner}/{repo}/issues': { validate: shapes.validateIssue, purpose: 'open an issue' },
        'PATCH /repos/{owner}/{repo}/issues/{issue_number}': { validate: shapes.validateIssue, purpose: 'update an issue' },
    };
}
/** The path stays: GitHub Enterprise Server serves the API under /api/v3. */
function apiBase(url) {
    const parsed = checkedCredentialUrl(url, { name: 'GITHUB_API_URL', credential: 'the token' });
    return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}
/**
 * The answer inside an Octokit RequestError (read by shape: it is not a dependency of this project),
 * or undefined when the request never got one, which the HTTP client then reported as the cause.
 */
function refusalOf(error) {
    const { status, response } = (error ?? {});
    if (typeof status !== 'number' || response === undefined)
        return undefined;
    return { status, headers: (response.headers ?? {}), data: response.data };
}
/** "HTTP 403: Resource not accessible by integration", or the HTTP client's account of a request that got no answer. */
function describeGitHubError(error) {
    const refusal = refusalOf(error);
    if (refusal)
        return (0,http_client/* describeStatus */.W)(refusal.status, refusal.data);
    const cause = error?.cause;
    return (0,errors/* errorMessage */.gJ)(cause instanceof errors/* RemoteFailure */.p3 ? cause : error);
}
/**
 * A failed Octokit call as one line naming GitHub, without the token: what GitHub answered, or the
 * HTTP client's account of why no answer came in time. `what` completes "GitHub refused to".
 */
function gitHubFailure(api, error, what) {
    const cause = error?.cause;
    const reason = refusalOf(error) === undefined && cause instanceof RemoteFailure ? cause.reason : 'answered';
    return new RemoteFailure('GitHub', reason, api.redact(`GitHub refused to ${what} (${describeGitHubError(error)}).`));
}
const PAGE_SIZE = 100;

;// CONCATENATED MODULE: ./src/pr/git.ts

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
        throw new errors/* ConfigurationError */.j1(`"${revision}" is not a commit SHA or ref name git can take.`);
    }
    return revision;
}

;// CONCATENATED MODULE: ./src/pr/base-content.ts



/**
 * Reads files as they were at one commit: from the local repository when the commit is in it, else
 * through the REST contents API. A read throws when neither can tell, rather than answer "did not
 * exist" and make every mapping look new. A file the commit has costs one git process: whether the
 * commit is checked out is asked only when a read fails, and once for all files.
 */
function baseReader(commit) {
    const { cwd, run = runGit } = commit.git;
    let checkedOut;
    return async (path) => {
        const sha = checkRevision(commit.sha);
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
        (0,safety/* urlSegment */.NL)(part, (reason) => new Error(`The path ${path} has a part that ${reason}; it is not read through the GitHub API.`));
    const octokit = await api.client.octokit();
    const file = { owner: api.owner, repo: api.repo, path, ref: sha };
    let entry;
    try {
        entry = (await octokit.rest.repos.getContent(file)).data;
    }
    catch (error) {
        if (refusalOf(error)?.status === 404)
            return undefined;
        throw new Error(`The GitHub API did not return ${path} at ${sha} (${describeGitHubError(error)}).`);
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
        throw new Error(`The GitHub API did not return the content of ${path} at ${sha} (${describeGitHubError(error)}).`);
    }
    // Octokit gives a text media type as a string, any other as bytes.
    if (typeof raw === 'string')
        return Buffer.from(raw, 'utf8');
    if (raw instanceof ArrayBuffer)
        return Buffer.from(raw);
    throw new Error(`The GitHub API did not return the content of ${path} at ${sha} as bytes.`);
}

// EXTERNAL MODULE: ./src/core/output/escape.ts
var output_escape = __webpack_require__(706);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/shared.ts
var shared = __webpack_require__(1145);
;// CONCATENATED MODULE: ./src/cli/plan.ts











/** `plan`: always exits 0 when it could compute the plan; the plan informs, it does not judge. */
async function planCommand(parsed, io) {
    const { positionals } = parsed;
    const flags = (0,options/* cliSource */.kJ)('plan', parsed, io.env);
    const format = (0,read/* getChoice */.m)(flags, 'plan-format') ?? 'text';
    const apps = (0,read/* readAppTargets */.ed)(flags);
    if (apps.length > 0 && parsed.values.base !== undefined)
        throw new errors/* ConfigurationError */.j1('Use --base or --app, not both: a plan compares with one of them.');
    if (positionals.length === 0)
        throw new errors/* ConfigurationError */.j1('Name the mapping files to plan, for example: heroku-connect-action plan heroku-connect/*.json');
    const { targets, unmatched } = await (0,discover/* discover */.k4)({ root: io.cwd, namedMayLeaveRoot: true }, positionals);
    // A file that cannot be read has no version to plan: calling it new (or deleted) would mislead.
    for (const { file, content } of targets)
        if (!content.ok)
            throw new errors/* ConfigurationError */.j1(`Cannot plan "${(0,output_escape/* terminalText */.eR)(file)}": ${content.problem.message}`);
    for (const pattern of unmatched)
        io.stderr.write(`warning: No mapping file matches "${(0,output_escape/* terminalText */.eR)(pattern)}".\n`);
    let plans;
    if (apps.length > 0) {
        const apiKey = (0,read/* getSecret */.r6)(flags, 'heroku-api-key');
        if (apiKey === '')
            throw new errors/* ConfigurationError */.j1('Planning against the live connection needs the Heroku API key in HEROKU_API_KEY.');
        (0,read/* requireTrustedEventFor */.IH)(flags, 'the Heroku API key');
        // One deadline for every app, as drift and health keep: --wait-timeout bounds the whole plan.
        const connection = (0,shared/* readOnlyConnection */.D4)(parsed, flags, io, apiKey);
        plans = [];
        // One plan per app, each its own section: "staging: 2 changes; production: 3 changes".
        for (const app of apps)
            plans.push(await planAgainstLive(connection, app, targets));
    }
    else {
        const revision = await knownRevision((0,read/* getString */.AA)(flags, 'base'), io.cwd);
        plans = [];
        const readBase = baseReader({ sha: revision, git: { cwd: io.cwd } });
        for (const target of targets) {
            // "<rev>:./path" is relative to the working directory, wherever it is in the repository.
            const base = await readBase(`./${target.file}`);
            // The bytes discovery read: the file is not opened again.
            const head = target.content.ok ? target.content.bytes : undefined;
            const plan = await planFile({ path: target.file, status: base === undefined ? 'added' : 'modified' }, base, head);
            if (plan)
                plans.push(plan);
        }
    }
    io.stdout.write(await (0,registry/* formatNamed */.vq)(registry/* PLAN_FORMATS */.Lr, format).render(plans, { color: format === 'text' && (0,shared/* useColor */.by)('plan', parsed, io) }));
    return 0;
}
/** The revision, once git knows it: a mistyped --base is the user's to fix, not a failure of the program. */
async function knownRevision(revision, cwd) {
    const found = await runGit(['rev-parse', '--verify', '--quiet', `${checkRevision(revision)}^{commit}`], cwd);
    if (found.exitCode !== 0) {
        throw new errors/* ConfigurationError */.j1(`git knows no commit "${revision}" in ${cwd}${found.stderr ? ` (${found.stderr.split('\n')[0]})` : ''}: give --base a branch, tag or commit SHA of this repository.`);
    }
    return revision;
}


/***/ })

};

//# sourceMappingURL=269.index.js.map