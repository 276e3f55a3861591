export const id = 412;
export const ids = [412];
export const modules = {

/***/ 2412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: ./src/interface/inputs/read.ts + 1 modules
var read = __webpack_require__(3901);
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
    return {
        path: file.path,
        ...(status === 'renamed' && { previousPath: basePath }),
        status,
        ...(0,diff/* planChanges */.X)(before, after),
    };
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

// EXTERNAL MODULE: ./src/clients/connect/client.ts + 2 modules
var client = __webpack_require__(385);
// EXTERNAL MODULE: ./src/clients/connect/resolve.ts
var resolve = __webpack_require__(61);
// EXTERNAL MODULE: ./src/plan/document.ts
var plan_document = __webpack_require__(7990);
;// CONCATENATED MODULE: ./src/plan/live.ts




/**
 * Exactly what importing the files would change on the connection: the files, merged as the deploy
 * merges them, against the connection's live export. Read only: the export is a GET. Mappings that
 * are live but in no file show as removed, with the consequence that import keeps them. Every call
 * ends by the connection's deadline, so a Connect API that does not answer cannot hold the plan.
 */
async function planAgainstLive(connection, target, files) {
    const head = await (0,plan_document/* mergeMappingFiles */.k)(files);
    return (0,resolve/* onConnection */.M)(connection, target, async (api, live) => {
        const configuration = await (0,client/* exportConfiguration */.lb)(api, live);
        return { path: `${target.app} (live connection ${live.resource_name})`, status: 'modified', app: target.app, ...(0,diff/* planChanges */.X)(configuration, head) };
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
// EXTERNAL MODULE: ./src/cli/shared.ts + 2 modules
var shared = __webpack_require__(9615);
;// CONCATENATED MODULE: ./src/cli/plan.ts











/** `plan`: always exits 0 when it could compute the plan; the plan informs, it does not judge. */
async function planCommand(parsed, io) {
    if (parsed.values.help) {
        io.stdout.write((0,options/* commandUsage */.T3)('plan'));
        return 0;
    }
    const { positionals } = parsed;
    const flags = (0,options/* cliSource */.kJ)('plan', parsed, io.env);
    const format = (0,read/* getChoice */.m)(flags, 'plan-format') ?? 'text';
    const apps = (0,read/* readAppTargets */.ed)(flags);
    if (apps.length > 0 && parsed.values.base !== undefined)
        throw new errors/* ConfigurationError */.j1('Use --base or --app, not both: a plan compares with one of them.');
    if (positionals.length === 0)
        throw new errors/* ConfigurationError */.j1('Name the mapping files to plan, for example: heroku-connect-action plan heroku-connect/*.json');
    const { targets, unmatched } = await (0,discover/* discover */.k4)({ root: io.cwd, namedMayLeaveRoot: true }, positionals);
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
            // The bytes discovery read: the file is not opened again. One that cannot be read plans as empty; lint says why.
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


/***/ }),

/***/ 6933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ pollingIntervalChanged),
/* harmony export */   MC: () => (/* binding */ mappingDeleted),
/* harmony export */   RM: () => (/* binding */ mappingAdded),
/* harmony export */   RY: () => (/* binding */ acceleratedPollingChanged),
/* harmony export */   T4: () => (/* binding */ indexAdded),
/* harmony export */   Tw: () => (/* binding */ mappingRemoved),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   ab: () => (/* binding */ upsertFieldChanged),
/* harmony export */   f1: () => (/* binding */ accessChanged),
/* harmony export */   fH: () => (/* binding */ indexRemoved),
/* harmony export */   p8: () => (/* binding */ fieldRemoved),
/* harmony export */   pY: () => (/* binding */ valueUnreadable),
/* harmony export */   tO: () => (/* binding */ CHANGE_KINDS),
/* harmony export */   x2: () => (/* binding */ indexUniquenessChanged),
/* harmony export */   xl: () => (/* binding */ fieldAdded)
/* harmony export */ });
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6153);

/**
 * What each kind of change to a mapping file does when the file is imported, in plain words. The
 * facts: import is an upsert that never deletes a mapping missing from the file, and the CLI deletes
 * one with connect:mapping:delete (research heroku-connect-api \u00a72, \u00a74.1); editing a mapping runs
 * ALTER TABLE and fills newly mapped fields with data (Dev Center, ibid. \u00a74.1); read_write writes
 * Postgres changes to Salesforce and needs a unique External ID as upsert_field, by which records
 * are matched after the Salesforce ID (heroku-connect-rules \u00a75); accelerated polling is Salesforce
 * notifying Heroku Connect through the Streaming API while the regular polls go on (ibid. \u00a74.3).
 */
const CHANGE_KINDS = [
    'mapping-added',
    'mapping-removed',
    'mapping-deleted',
    'access-changed',
    'upsert-field-set',
    'upsert-field-removed',
    'upsert-field-changed',
    'polling-interval-changed',
    'accelerated-polling-changed',
    'value-unreadable',
    'field-removed',
    'field-added',
    'index-removed',
    'index-added',
    'index-uniqueness-changed',
];
const DELETE_COMMAND = (object) => `heroku connect:mapping:delete ${object} --app <app> --confirm <app>`;
function mappingAdded(head) {
    const writes = head.access === 'read_write' ? ' As a read_write mapping, it also writes changes made in Postgres to Salesforce.' : '';
    return {
        kind: 'mapping-added',
        object: head.object,
        detail: describeMapping(head),
        consequence: `Import creates the ${head.object} mapping: Heroku Connect creates its table in Postgres and loads it from Salesforce.${writes}`,
        care: false,
    };
}
function mappingRemoved(base) {
    return {
        kind: 'mapping-removed',
        object: base.object,
        detail: describeMapping(base),
        consequence: `Import does not delete mappings missing from the file: ${base.object} stays in the connection and keeps syncing. ` +
            `To delete it, run "${DELETE_COMMAND(base.object)}" or delete it in the Heroku Connect dashboard.`,
        care: true,
    };
}
/** With prune: the deploy deletes the live mapping the files no longer contain. */
function mappingDeleted(base) {
    return {
        kind: 'mapping-deleted',
        object: base.object,
        detail: 'drops the table and its data',
        consequence: `The deploy deletes the ${base.object} mapping after the import (prune): Heroku Connect drops its table and the data in it. ` +
            'Importing the backup taken before the deploy brings the mapping back, and its table is loaded again from Salesforce.',
        care: true,
    };
}
function accessChanged(from, to, head) {
    const object = head.object;
    const consequence = to === 'read_only'
        ? `Changes made in Postgres to ${object} are no longer written back to Salesforce: the mapping only syncs from Salesforce to Postgres.`
        : `Changes made in Postgres to ${object} start being written to Salesforce. A read_write mapping needs a unique identifier: ` +
            `an upsert_field that is a unique External ID field in Salesforce${head.upsertField ? ` (this mapping names ${head.upsertField})` : ', and this mapping has none'}.`;
    return { kind: 'access-changed', object, from, to, detail: `${from} \u2192 ${to}`, consequence, care: true };
}
function upsertFieldChanged(from, to, head) {
    const object = head.object;
    if (from === null) {
        return {
            kind: 'upsert-field-set',
            object,
            to: to,
            detail: to,
            consequence: `Records from Salesforce are matched to rows of ${object} by Salesforce ID first, then by ${to}, which must be a unique External ID field.`,
            care: true,
        };
    }
    if (to === null) {
        const required = head.access === 'read_write' ? ` A read_write mapping needs this unique identifier, and ${object} is left without one.` : '';
        return {
            kind: 'upsert-field-removed',
            object,
            from,
            detail: from,
            consequence: `Records from Salesforce are matched to rows of ${object} by Salesforce ID only, no longer by ${from}.${required}`,
            care: true,
        };
    }
    return {
        kind: 'upsert-field-changed',
        object,
        from,
        to,
        detail: `${from} \u2192 ${to}`,
        consequence: `Records from Salesforce are matched to rows of ${object} by Salesforce ID first, then by ${to} instead of ${from}; ${to} must be a unique External ID field.`,
        care: true,
    };
}
function pollingIntervalChanged(from, to, head) {
    return {
        kind: 'polling-interval-changed',
        object: head.object,
        from,
        to,
        detail: `${seconds(from)} \u2192 ${seconds(to)}`,
        consequence: `Heroku Connect polls Salesforce for changes to ${head.object} every ${seconds(to)} instead of every ${seconds(from)}.`,
        care: false,
    };
}
function acceleratedPollingChanged(to, head) {
    const regular = head.pollingSeconds === undefined ? '' : `, every ${seconds(head.pollingSeconds)}`;
    return {
        kind: 'accelerated-polling-changed',
        object: head.object,
        from: !to,
        to,
        detail: to ? 'off \u2192 on' : 'on \u2192 off',
        consequence: to
            ? `Accelerated polling turns on: Salesforce notifies Heroku Connect of changes to ${head.object} through the Streaming API, so it polls soon after a change; the regular polls go on.`
            : `Accelerated polling turns off: changes to ${head.object} in Salesforce reach Postgres at the next regular poll${regular}.`,
        care: false,
    };
}
/** A live value that is missing or of another type than the file's: import writes the file's. */
function valueUnreadable(object, key, value, head) {
    const base = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .describeJsonValue */ .$g)(value);
    return {
        kind: 'value-unreadable',
        object,
        detail: `${key}: ${base} \u2192 ${head}`,
        consequence: `Import sets ${key} of the ${object} mapping to what the file says (${head}); it is ${base} now, which is no value Heroku Connect documents.`,
        care: true,
        unreadable: { key, base, head },
    };
}
function fieldAdded(object, field) {
    return {
        kind: 'field-added',
        object,
        field,
        detail: field,
        consequence: `Import adds a column for ${field} to the ${object} table (ALTER TABLE) and fills it with data from Salesforce.`,
        care: false,
    };
}
function fieldRemoved(object, field) {
    return {
        kind: 'field-removed',
        object,
        field,
        detail: field,
        consequence: `Import drops the column for ${field} from the ${object} table (ALTER TABLE), and its data with it.`,
        care: true,
    };
}
function indexAdded(object, field, unique) {
    return {
        kind: 'index-added',
        object,
        field,
        ...(unique !== undefined && { to: unique }),
        detail: unique ? `${field} (unique)` : field,
        consequence: `Import creates ${unique ? 'a unique' : 'an'} index on the column for ${field} in the ${object} table.`,
        care: false,
    };
}
/** Dropping a unique index also drops a guarantee the data may rely on; that needs review. */
function indexRemoved(object, field, unique) {
    return {
        kind: 'index-removed',
        object,
        field,
        ...(unique !== undefined && { from: unique }),
        detail: unique ? `${field} (unique)` : field,
        consequence: `Import drops the index on the column for ${field} in the ${object} table; queries that filter on it may get slower.` +
            (unique ? ' Postgres no longer refuses duplicate values in that column.' : ''),
        care: unique === true,
    };
}
function indexUniquenessChanged(object, field, to) {
    return {
        kind: 'index-uniqueness-changed',
        object,
        field,
        from: !to,
        to,
        detail: `${field}: ${to ? 'not unique \u2192 unique' : 'unique \u2192 not unique'}`,
        consequence: to
            ? `The index on ${field} becomes unique: Postgres refuses two rows of ${object} with the same value, and cannot build the index while duplicates remain.`
            : `The index on ${field} is no longer unique: Postgres stops refusing duplicate values in that column of ${object}.`,
        care: true,
    };
}
function describeMapping(state) {
    const parts = [];
    if (state.access)
        parts.push(state.access);
    if (state.fields)
        parts.push(`${state.fields.size} field${state.fields.size === 1 ? '' : 's'}`);
    return parts.join(', ');
}
/** 600 \u2192 "600 s (10 min)": the file says seconds, people think in minutes. */
function seconds(value) {
    return value > 0 && value % 60 === 0 ? `${value} s (${value / 60} min)` : `${value} s`;
}


/***/ }),

/***/ 8256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ mappingsOf),
/* harmony export */   X: () => (/* binding */ planChanges)
/* harmony export */ });
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6153);
/* harmony import */ var _consequences_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6933);


/**
 * What importing `head` changes compared with `base`, both parsed export documents. `base`
 * undefined: the file is new; `head` undefined: the file is removed. Only what import acts on is
 * compared, so key order and the volatile `connection.exported_at`, `config.applied_at` and
 * `config.revision` never show. Whatever is not well-formed in a file is left out of the
 * comparison rather than guessed at: the lint reports it. A live base is held to what the head says (`liveBase`).
 */
function planChanges(base, head, options = {}) {
    const before = base === undefined ? new Map() : mappingsOf(base);
    if (!before)
        return { changes: [], unreadable: 'base' };
    const after = head === undefined ? new Map() : mappingsOf(head);
    if (!after)
        return { changes: [], unreadable: 'head' };
    const compare = options.liveBase ? compareWithLive : compareMapping;
    const changes = [];
    for (const [key, was] of before)
        if (!after.has(key))
            changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .mappingRemoved */ .Tw)(was));
    for (const [key, is] of after) {
        const was = before.get(key);
        if (was === undefined)
            changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .mappingAdded */ .RM)(is));
        // One by one: spread into push, a mapping of a few hundred thousand changed fields overflowed the stack.
        else
            for (const change of compare(was, is))
                changes.push(change);
    }
    return { changes: inPlaceOrder(changes) };
}
const KIND_ORDER = new Map(_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .CHANGE_KINDS */ .tO.map((kind, i) => [kind, i]));
/**
 * By object, kind, then field, names compared without case. The lower-cased names are worked out
 * once per change rather than at each of the sort's comparisons.
 */
function inPlaceOrder(changes) {
    const keyed = changes.map((change) => ({ change, object: change.object.toLowerCase(), kind: KIND_ORDER.get(change.kind), field: (change.field ?? '').toLowerCase() }));
    keyed.sort((a, b) => a.object.localeCompare(b.object) || a.kind - b.kind || a.field.localeCompare(b.field));
    return keyed.map(({ change }) => change);
}
/** What the head says of each key compared, as a message shows it; undefined when it says nothing well-formed. */
const SAID = {
    access: (head) => head.access,
    upsert_field: (head) => (head.upsertField === undefined ? undefined : (head.upsertField ?? 'none')),
    sf_polling_seconds: (head) => (head.pollingSeconds === undefined ? undefined : String(head.pollingSeconds)),
    sf_notify_enabled: (head) => (head.acceleratedPolling === undefined ? undefined : String(head.acceleratedPolling)),
    fields: (head) => head.fields && `${head.fields.size} field(s)`,
    indexes: (head) => head.indexes && `${head.indexes.size} index(es)`,
};
/**
 * Against a live base: each value the head says well-formed that the base lacks or has of another
 * type is one difference, and the rest is compared as between files. A live mapping without
 * `indexes` has none (exports leave the key out then); one without `fields` is unreadable.
 */
function compareWithLive(was, is) {
    if (was.unreadable?.has('config') && !is.unreadable?.has('config'))
        return [(0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .valueUnreadable */ .pY)(is.object, 'config', was.unreadable.get('config'), 'a mapping configuration')];
    const changes = [];
    let base = was;
    for (const [key, said] of Object.entries(SAID)) {
        const shown = said(is);
        if (shown === undefined || !was.unreadable?.has(key))
            continue;
        const value = was.unreadable.get(key);
        if (key === 'indexes' && value === undefined)
            base = { ...base, indexes: new Map() };
        else
            changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .valueUnreadable */ .pY)(is.object, key, value, shown));
    }
    for (const [key, index] of is.indexes ?? []) {
        const live = base.indexes?.get(key);
        if (index.unique !== undefined && live?.unreadable)
            changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .valueUnreadable */ .pY)(is.object, live.unreadable.key, live.unreadable.value, `unique ${index.unique}`));
    }
    for (const change of compareMapping(base, is))
        changes.push(change);
    return changes;
}
function compareMapping(was, is) {
    const changes = [];
    if (was.access && is.access && was.access !== is.access)
        changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .accessChanged */ .f1)(was.access, is.access, is));
    if (was.upsertField !== undefined && is.upsertField !== undefined && was.upsertField?.toLowerCase() !== is.upsertField?.toLowerCase()) {
        changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .upsertFieldChanged */ .ab)(was.upsertField, is.upsertField, is));
    }
    if (was.pollingSeconds !== undefined && is.pollingSeconds !== undefined && was.pollingSeconds !== is.pollingSeconds) {
        changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .pollingIntervalChanged */ .B$)(was.pollingSeconds, is.pollingSeconds, is));
    }
    if (was.acceleratedPolling !== undefined && is.acceleratedPolling !== undefined && was.acceleratedPolling !== is.acceleratedPolling) {
        changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .acceleratedPollingChanged */ .RY)(is.acceleratedPolling, is));
    }
    if (was.fields && is.fields) {
        for (const [key, name] of was.fields)
            if (!is.fields.has(key))
                changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldRemoved */ .p8)(is.object, name));
        for (const [key, name] of is.fields)
            if (!was.fields.has(key))
                changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldAdded */ .xl)(is.object, name));
    }
    if (was.indexes && is.indexes) {
        for (const [key, index] of was.indexes)
            if (!is.indexes.has(key))
                changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .indexRemoved */ .fH)(is.object, index.name, index.unique));
        for (const [key, index] of is.indexes) {
            const old = was.indexes.get(key);
            if (old === undefined)
                changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .indexAdded */ .T4)(is.object, index.name, index.unique));
            else if (old.unique !== undefined && index.unique !== undefined && old.unique !== index.unique) {
                changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .indexUniquenessChanged */ .x2)(is.object, index.name, index.unique));
            }
        }
    }
    return changes;
}
/**
 * The document's mappings by lower-cased object name, or undefined when it has no `mappings` array.
 * An entry without a string object_name is skipped. When a name repeats (the duplicate-mapping rule
 * reports it), the last entry stands, as JSON.parse keeps the last of repeated keys.
 */
function mappingsOf(document) {
    if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(document) || !Array.isArray(document.mappings))
        return undefined;
    const mappings = new Map();
    for (const entry of document.mappings) {
        if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(entry) || typeof entry.object_name !== 'string' || entry.object_name.trim() === '')
            continue;
        mappings.set(entry.object_name.toLowerCase(), (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(entry.config) ? stateOf(entry.object_name, entry.config) : { object: entry.object_name, unreadable: new Map([['config', entry.config]]) });
    }
    return mappings;
}
function stateOf(object, config) {
    const state = { object };
    const unreadable = new Map();
    if (config.access === 'read_only' || config.access === 'read_write')
        state.access = config.access;
    else
        unreadable.set('access', config.access);
    if (typeof config.upsert_field === 'string' && config.upsert_field !== '')
        state.upsertField = config.upsert_field;
    else if (config.upsert_field === undefined || config.upsert_field === null || config.upsert_field === '')
        state.upsertField = null;
    else
        unreadable.set('upsert_field', config.upsert_field);
    if (typeof config.sf_polling_seconds === 'number' && Number.isFinite(config.sf_polling_seconds))
        state.pollingSeconds = config.sf_polling_seconds;
    else
        unreadable.set('sf_polling_seconds', config.sf_polling_seconds);
    if (typeof config.sf_notify_enabled === 'boolean')
        state.acceleratedPolling = config.sf_notify_enabled;
    else
        unreadable.set('sf_notify_enabled', config.sf_notify_enabled);
    if ((0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(config.fields))
        state.fields = new Map(Object.keys(config.fields).map((name) => [name.toLowerCase(), name]));
    else
        unreadable.set('fields', config.fields);
    if ((0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(config.indexes)) {
        state.indexes = new Map(Object.entries(config.indexes).map(([name, index]) => {
            const unique = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(index) && typeof index.unique === 'boolean' ? index.unique : undefined;
            const unreadable = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(index) ? { key: `indexes.${name}.unique`, value: index.unique } : { key: `indexes.${name}`, value: index };
            return [name.toLowerCase(), unique === undefined ? { name, unreadable } : { name, unique }];
        }));
    }
    else
        unreadable.set('indexes', config.indexes);
    if (unreadable.size > 0)
        state.unreadable = unreadable;
    return state;
}


/***/ })

};

//# sourceMappingURL=412.index.js.map