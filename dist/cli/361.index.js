export const id = 361;
export const ids = [361];
export const modules = {

/***/ 8361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(1729);
// EXTERNAL MODULE: ./src/connect/client.ts + 1 modules
var client = __webpack_require__(8589);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/lint/discover.ts
var discover = __webpack_require__(8698);
// EXTERNAL MODULE: ./src/parse/source.ts
var source = __webpack_require__(3226);
// EXTERNAL MODULE: ./src/plan/diff.ts
var diff = __webpack_require__(8256);
// EXTERNAL MODULE: ./src/parse/parse.ts + 1 modules
var parse = __webpack_require__(461);
;// CONCATENATED MODULE: ./src/plan/file.ts



/**
 * The plan of one changed file. `base`: the bytes at the base commit (of previousPath for a rename),
 * undefined when they could not be read; `head`: the bytes in the pull request. A removed file that
 * was no mapping document has nothing to plan: undefined.
 */
function planFile(file, base, head) {
    const status = fileStatus(file);
    const basePath = file.previousPath ?? file.path;
    const before = status === 'added' ? undefined : documentOf(basePath, base);
    const after = status === 'removed' ? undefined : documentOf(file.path, head);
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
function documentOf(path, bytes) {
    if (bytes === undefined)
        return null;
    const format = (0,source/* formatOf */.be)(path);
    const read = (0,source/* decode */.D4)(bytes, format);
    if (!read.ok)
        return null;
    return (0,parse/* parseSource */.P)(read.text, format).value ?? null;
}

// EXTERNAL MODULE: ./src/connect/resolve.ts
var resolve = __webpack_require__(562);
// EXTERNAL MODULE: ./src/plan/document.ts
var plan_document = __webpack_require__(7990);
;// CONCATENATED MODULE: ./src/plan/live.ts





/**
 * Exactly what importing the files would change on the connection: the files, merged as the deploy
 * merges them, against the connection's live export. Read only: the export is a GET. Mappings that
 * are live but in no file show as removed, with the consequence that import keeps them.
 */
async function planAgainstLive(target, files, log) {
    const redact = (0,errors/* redactor */.$p)(target.apiKey, '[HEROKU_API_KEY]');
    try {
        const head = await (0,plan_document/* mergeMappingFiles */.k)(files);
        const api = (0,client/* connectApi */.Xm)({ apiKey: target.apiKey, discoveryServer: target.discoveryServer, log });
        const connection = await (0,resolve/* findConnection */.C)(api, target.app, target.resource, log);
        const live = await (0,client/* exportConfiguration */.lb)(api, connection);
        return { path: `${target.app} (live connection ${connection.resource_name})`, status: 'modified', ...(0,diff/* planChanges */.X)(live, head) };
    }
    catch (error) {
        throw (0,errors/* redactedError */.JM)(error, redact);
    }
}

// EXTERNAL MODULE: ./src/plan/render.ts
var render = __webpack_require__(31);
// EXTERNAL MODULE: ./src/http/client.ts + 2 modules
var http_client = __webpack_require__(7195);
// EXTERNAL MODULE: ./src/http/safety.ts
var safety = __webpack_require__(4000);
;// CONCATENATED MODULE: ./src/pr/github-api.ts



const DEFAULT_API_URL = 'https://api.github.com';
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
        origins: [new URL(base).origin],
        ...(options.fetchImpl && { fetch: options.fetchImpl }),
        ...(options.clock && { clock: options.clock }),
        ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
        ...(options.retries !== undefined && { retries: options.retries }),
    });
    let loaded;
    return {
        redact: (text) => text.replaceAll(token, '[token]'),
        octokit: () => (loaded ??= Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 2413)).then(({ getOctokit }) => {
            const octokit = getOctokit(token, { baseUrl: base, userAgent: 'heroku-connect-action', request: { fetch: http.fetchAdapter } });
            octokit.hook.before('request', (request) => {
                request.headers['x-github-api-version'] = '2022-11-28';
            });
            return octokit;
        })),
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
const PAGE_SIZE = 100;

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/pr/git.ts


/** Diffs of thousands of files and whole mapping files both fit; a real export is well under 5 MB. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
const runGit = (args, cwd) => new Promise((resolve) => {
    (0,external_node_child_process_.execFile)('git', [...args], 
    // LC_ALL=C keeps messages in English for the log; no prompt can hang a CI job.
    { cwd, encoding: 'buffer', maxBuffer: MAX_OUTPUT_BYTES, env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' } }, (error, stdout, stderr) => {
        const exitCode = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        const message = stderr.toString('utf8').trim() || (error?.message ?? '');
        resolve({ exitCode, stdout, stderr: message });
    });
});
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
 * The file's bytes at the commit, or undefined when the file did not exist there. Read from the
 * local repository when the commit is in it, else through the REST contents API. Throws when
 * neither can tell, rather than answer "did not exist" and make every mapping look new.
 */
async function readBaseContent(request) {
    const sha = checkRevision(request.sha);
    const { cwd, run = runGit } = request.git;
    const object = `${sha}:${request.path}`;
    if ((await run(['cat-file', '-e', `${sha}^{commit}`], cwd)).exitCode === 0) {
        if ((await run(['cat-file', '-e', object], cwd)).exitCode !== 0)
            return undefined;
        // cat-file rather than `git show`: the stored bytes, never converted by a textconv driver.
        const blob = await run(['cat-file', 'blob', object], cwd);
        if (blob.exitCode !== 0)
            throw new Error(`git could not read ${request.path} at ${sha}: ${blob.stderr}`);
        return blob.stdout;
    }
    if (!request.api) {
        throw new Error(`The base commit ${sha} is not in the checkout and there is no GitHub token to read ${request.path} through the API. ` +
            'Set "fetch-depth: 0" on actions/checkout, or pass a token.');
    }
    return readThroughApi(request.api, sha, request.path);
}
/** GitHub answers base64 up to 1 MB; above that it sends `encoding: "none"` and the raw media type gives the bytes. */
async function readThroughApi(api, sha, path) {
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

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/shared.ts + 2 modules
var shared = __webpack_require__(7063);
;// CONCATENATED MODULE: ./src/cli/plan.ts












/** `plan`: always exits 0 when it could compute the plan; the plan informs, it does not judge. */
async function planCommand(parsed, io) {
    if (parsed.values.help) {
        io.stdout.write((0,options/* commandUsage */.T3)('plan'));
        return 0;
    }
    const { positionals } = parsed;
    const flags = (0,options/* cliSource */.kJ)('plan', parsed, io.env);
    const format = (0,inputs/* getChoice */.m)(flags, 'text-or-json') ?? 'text';
    const app = (0,inputs/* getString */.AA)(flags, 'app');
    const resource = (0,inputs/* getString */.AA)(flags, 'resource');
    if (app !== '' && parsed.values.base !== undefined)
        throw new errors/* ConfigurationError */.j1('Use --base or --app, not both: a plan compares with one of them.');
    if (positionals.length === 0)
        throw new errors/* ConfigurationError */.j1('Name the mapping files to plan, for example: heroku-connect-action plan heroku-connect/*.json');
    const { targets, unmatched } = await (0,discover/* discover */.k4)({ root: io.cwd, namedMayLeaveRoot: true }, positionals);
    for (const pattern of unmatched)
        io.stderr.write(`warning: No mapping file matches "${(0,report_escape/* terminalText */.eR)(pattern)}".\n`);
    const log = { info: (message) => io.stderr.write(`${(0,report_escape/* terminalText */.eR)(message)}\n`) };
    let plans;
    if (app !== '') {
        const apiKey = (0,inputs/* getString */.AA)(flags, 'heroku-api-key');
        if (apiKey === '')
            throw new errors/* ConfigurationError */.j1('Planning against the live connection needs the Heroku API key in HEROKU_API_KEY.');
        const target = { app, apiKey, discoveryServer: io.env.CONNECT_DISCOVERY_SERVER || client/* DEFAULT_DISCOVERY_SERVER */.pT, ...(resource && { resource }) };
        plans = [await planAgainstLive(target, targets, log)];
    }
    else {
        const revision = await knownRevision((0,inputs/* getString */.AA)(flags, 'base'), io.cwd);
        plans = [];
        for (const target of targets) {
            // "<rev>:./path" is relative to the working directory, wherever it is in the repository.
            const base = await readBaseContent({ sha: revision, path: `./${target.file}`, git: { cwd: io.cwd } });
            // The text discovery read: the file is not opened again. One that cannot be read plans as empty; lint says why.
            const head = target.source.ok ? Buffer.from(target.source.text) : undefined;
            const plan = planFile({ path: target.file, status: base === undefined ? 'added' : 'modified' }, base, head);
            if (plan)
                plans.push(plan);
        }
    }
    const color = format === 'text' && (0,shared/* useColor */.by)('plan', parsed, io);
    io.stdout.write(format === 'json' ? `${JSON.stringify(plans, null, 2)}\n` : (0,render/* renderPlanText */.$D)(plans, color));
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

/***/ 8589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pT: () => (/* binding */ DEFAULT_DISCOVERY_SERVER),
  Xm: () => (/* binding */ connectApi),
  Os: () => (/* binding */ deleteMapping),
  lb: () => (/* binding */ exportConfiguration),
  m9: () => (/* binding */ importConfiguration),
  SP: () => (/* binding */ linkUser),
  on: () => (/* binding */ readDetail),
  Vx: () => (/* binding */ readValidationResult),
  PS: () => (/* binding */ readWriteErrors),
  Sp: () => (/* binding */ searchConnections),
  es: () => (/* binding */ startValidation),
  VD: () => (/* binding */ validateMapping)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/http/client.ts + 2 modules
var client = __webpack_require__(7195);
// EXTERNAL MODULE: ./src/http/safety.ts
var safety = __webpack_require__(4000);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
;// CONCATENATED MODULE: ./src/connect/types.ts
/**
 * The shapes of Heroku Connect API answers, as far as this project reads them (research §1.3, §2.1).
 * The parsers check only what the deploy relies on, so that a changed API fails with a clear message
 * rather than with a TypeError deep in the wait.
 */


function unexpected(what, problem) {
    return new errors/* RemoteFailure */.p3('Heroku Connect', 'answered', `Heroku Connect's answer to ${what} is not what its API returns (${problem}).`);
}
function parseSearch(body, what) {
    if (!(0,json/* isRecord */.u4)(body) || !Array.isArray(body.results))
        throw unexpected(what, 'no "results" list');
    return body.results.map((result, i) => {
        if (!(0,json/* isRecord */.u4)(result))
            throw unexpected(what, `result ${i + 1} is not an object`);
        for (const key of ['id', 'region_url', 'detail_url']) {
            if (typeof result[key] !== 'string' || result[key] === '')
                throw unexpected(what, `result ${i + 1} has no "${key}"`);
        }
        return {
            id: result.id,
            resource_name: typeof result.resource_name === 'string' ? result.resource_name : '',
            app_name: typeof result.app_name === 'string' ? result.app_name : '',
            region_url: result.region_url,
            detail_url: result.detail_url,
        };
    });
}
function parseDetail(body, what) {
    if (!(0,json/* isRecord */.u4)(body) || typeof body.state !== 'string')
        throw unexpected(what, 'no connection "state"');
    if (!Array.isArray(body.mappings))
        throw unexpected(what, 'no "mappings" list');
    body.mappings.forEach((mapping, i) => {
        if (!(0,json/* isRecord */.u4)(mapping) || typeof mapping.object_name !== 'string' || typeof mapping.state !== 'string') {
            throw unexpected(what, `mapping ${i + 1} has no "object_name" or "state"`);
        }
    });
    return body;
}
function parseExport(body, what) {
    if (!(0,json/* isRecord */.u4)(body) || !Array.isArray(body.mappings))
        throw unexpected(what, 'no "mappings" list');
    return body;
}
const CHECK_LISTS = ['errors', 'warnings', 'passes', 'skips'];
/** Every list may be missing (the plugin's own tests expect that); an entry that is not an object is skipped. */
function parseValidation(body, what) {
    if (!(0,json/* isRecord */.u4)(body))
        throw unexpected(what, 'not a JSON object');
    const results = { errors: [], warnings: [], passes: [], skips: [], mappings: {} };
    for (const list of CHECK_LISTS) {
        const entries = body[list];
        if (entries === undefined || entries === null)
            continue;
        if (!Array.isArray(entries))
            throw unexpected(what, `"${list}" is not a list`);
        results[list] = entries.filter(json/* isRecord */.u4).map(parseCheck);
    }
    if ((0,json/* isRecord */.u4)(body.mappings)) {
        for (const [object, mapping] of Object.entries(body.mappings))
            results.mappings[object] = parseValidation(mapping, what);
    }
    return results;
}
function parseCheck(entry) {
    const text = (key) => (typeof entry[key] === 'string' && entry[key] !== '' ? entry[key] : undefined);
    const ruleId = text('rule_id');
    const status = text('status');
    const docUrl = text('doc_url');
    return {
        ...(ruleId && { rule_id: ruleId }),
        display_name: text('display_name') ?? ruleId ?? 'unnamed check',
        ...(status && { status }),
        message: text('message') ?? '',
        ...(docUrl && { doc_url: docUrl }),
    };
}
/**
 * `{count, results[]}`, as the Heroku CLI plugin reads it. Only `results` is relied on; an entry
 * without an id gets one from its other keys, so that before and after can still be told apart.
 */
function parseWriteErrors(body, what) {
    if (!(0,json/* isRecord */.u4)(body) || !Array.isArray(body.results))
        throw unexpected(what, 'no "results" list');
    return body.results.filter(json/* isRecord */.u4).map((entry) => {
        const text = (key) => (typeof entry[key] === 'string' ? entry[key] : typeof entry[key] === 'number' ? String(entry[key]) : '');
        const table_name = text('table_name');
        const record_id = text('record_id');
        const message = text('message');
        const created_at = text('created_at');
        return { id: text('id') || `${table_name}/${record_id}/${created_at}/${message}`, table_name, record_id, message, created_at };
    });
}

;// CONCATENATED MODULE: ./src/connect/client.ts




const DEFAULT_DISCOVERY_SERVER = 'https://hc-central.heroku.com';
const SERVICE = 'Heroku Connect';
function connectApi(options) {
    const apiKey = (0,safety/* checkedCredential */.R)(options.apiKey, 'The Heroku API key', 'Pass the bare key (heroku auth:token).');
    const { apiKey: _key, discoveryServer, deadline, ...policy } = options;
    return {
        http: new client/* HttpClient */.Q({
            ...policy,
            service: SERVICE,
            credential: 'the API key',
            headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json', 'User-Agent': 'heroku-connect-action' },
        }),
        discovery: withoutTrailingSlash(keyUrl(discoveryServer, 'The Heroku Connect discovery server (CONNECT_DISCOVERY_SERVER)').href),
        ...(deadline !== undefined && { deadline }),
    };
}
/** `GET /connections?app=`: the connections of an app the key's user can see. */
async function searchConnections(api, app, resource) {
    const query = new URLSearchParams({ app, ...(resource && { resource_name: resource }) });
    const purpose = `list the connections of app "${app}"${resource ? ` with resource "${resource}"` : ''}`;
    return parseSearch(await call(api, { url: `${api.discovery}/connections?${query}`, purpose }), purpose);
}
/** `POST /auth/<app>`: puts the key's user on the access list of the app's connections; until then the search can come back empty. */
async function linkUser(api, app) {
    await call(api, { method: 'POST', url: `${api.discovery}/auth/${encodeURIComponent(app)}`, purpose: `link the API key's user to app "${app}"` });
}
/** `GET {detail_url}?deep=true`: the connection's state and its mappings' states. */
async function readDetail(api, connection) {
    const url = new URL(connection.detail_url, `${withoutTrailingSlash(connection.region_url)}/`);
    url.searchParams.set('deep', 'true');
    keyUrl(url.href, 'The connection detail URL from Heroku Connect');
    const purpose = `read the state of connection "${connection.resource_name}"`;
    return parseDetail(await call(api, { url: url.href, purpose }), purpose);
}
/** `GET …/actions/export`: the live configuration, as `heroku connect:export` writes it. */
async function exportConfiguration(api, connection) {
    const purpose = `export the configuration of connection "${connection.resource_name}"`;
    return parseExport(await call(api, { url: actionUrl(connection, 'export'), purpose }), purpose);
}
/**
 * `POST …/actions/import`. Accepted means queued: the import runs asynchronously, and its errors show
 * later in the states. When an attempt gets no usable answer the import is sent again, and Heroku
 * Connect may have taken the first one: `onResend` hears of each.
 */
async function importConfiguration(api, connection, document, onResend) {
    await call(api, {
        method: 'POST',
        url: actionUrl(connection, 'import'),
        json: document,
        purpose: `import the configuration into connection "${connection.resource_name}"`,
        ...(onResend && { onRetry: onResend }),
    });
}
/** `POST …/validations`: starts the connection's diagnose and returns where its result will be (202 `{result_url}`). */
async function startValidation(api, connection) {
    const purpose = `start the diagnose of connection "${connection.resource_name}"`;
    const body = await call(api, { method: 'POST', url: `${connectionUrl(connection)}/validations`, purpose });
    const resultUrl = body?.result_url;
    if (typeof resultUrl !== 'string' || resultUrl === '') {
        throw new errors/* RemoteFailure */.p3(SERVICE, 'answered', `Heroku Connect's answer when asked to ${purpose} has no "result_url" to read the result from.`);
    }
    return resultUrl;
}
/**
 * `GET {result_url}`: the diagnose's result, or undefined while it runs (202). The URL comes from the
 * answer, so the API key goes there only when it is on the connection's own regional host.
 */
async function readValidationResult(api, connection, resultUrl) {
    const purpose = `read the diagnose result of connection "${connection.resource_name}"`;
    const region = keyUrl(connection.region_url, 'The region URL from Heroku Connect');
    let url;
    try {
        url = new URL(resultUrl, `${withoutTrailingSlash(region.href)}/`);
    }
    catch {
        throw new errors/* RemoteFailure */.p3(SERVICE, 'answered', `Heroku Connect gave a diagnose result_url that is not a URL; it was not read.`);
    }
    if (url.origin !== region.origin) {
        throw new errors/* RemoteFailure */.p3(SERVICE, 'redirected', `Heroku Connect put the diagnose result on another host, ${url.host}; the API key was not sent there.`);
    }
    const answer = await send(api, { url: url.href, purpose });
    return answer.status === 202 ? undefined : parseValidation(answer.body, purpose);
}
/** `GET /api/v3/mappings/{id}/validations`: one mapping's diagnose, answered at once. */
async function validateMapping(api, connection, mapping) {
    const purpose = `diagnose the ${mapping.object_name} mapping`;
    return parseValidation(await call(api, { url: `${mappingUrl(connection, mapping.id)}/validations`, purpose }), purpose);
}
/** `GET …/errors`: the writes to Salesforce that failed in the last 24 hours. */
async function readWriteErrors(api, connection) {
    const purpose = `read the write errors of connection "${connection.resource_name}"`;
    return parseWriteErrors(await call(api, { url: `${connectionUrl(connection)}/errors`, purpose }), purpose);
}
/** `DELETE /api/v3/mappings/{id}`: the mapping goes, and with it its table and data. */
async function deleteMapping(api, connection, mapping) {
    await call(api, { method: 'DELETE', url: mappingUrl(connection, mapping.id), purpose: `delete the ${mapping.object_name} mapping`, expect: 'any' });
}
/** The parsed body of a success; a refused key is the user's to fix, any other error answer a remote failure. */
async function call(api, request) {
    return (await send(api, request)).body;
}
/** The answer to a request that succeeded (any 2xx), for the callers that tell 200 from 202. */
async function send(api, request) {
    const answer = await api.http.request({ ...request, ...(api.deadline !== undefined && { deadline: api.deadline }) });
    if (answer.status >= 200 && answer.status < 300)
        return answer;
    const described = (0,client/* describeStatus */.W)(answer.status, answer.body);
    if (answer.status === 401 || answer.status === 403) {
        throw new errors/* ConfigurationError */.j1(`Heroku Connect refused the API key (${described}) when asked to ${request.purpose}: the key is wrong or expired, or its user has no access to the app. ` +
            'Use the key of a user who can open the app\'s Heroku Connect dashboard ("heroku authorizations:create" makes a long-lived one).');
    }
    throw new errors/* RemoteFailure */.p3(SERVICE, 'answered', `Heroku Connect answered ${described} when asked to ${request.purpose}.`);
}
function actionUrl(connection, name) {
    return `${connectionUrl(connection)}/actions/${name}`;
}
function connectionUrl(connection) {
    return `${regionApi(connection)}/connections/${encodeURIComponent(connection.id)}`;
}
function mappingUrl(connection, id) {
    return `${regionApi(connection)}/mappings/${encodeURIComponent(id)}`;
}
function regionApi(connection) {
    return `${withoutTrailingSlash(keyUrl(connection.region_url, 'The region URL from Heroku Connect').href)}/api/v3`;
}
/** The URL, if the API key may be sent there; `name` opens the messages about it. */
function keyUrl(value, name) {
    return (0,safety/* checkedCredentialUrl */.S)(value, { name, credential: 'the API key' });
}
function withoutTrailingSlash(url) {
    return url.replace(/\/+$/, '');
}


/***/ }),

/***/ 562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ findConnection)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8589);


/**
 * Finds the one connection to deploy to, as the CLI plugin's withConnection does, plus the linking
 * step only its connect:info does: a user not yet on the add-on's access list sees no connection
 * until `POST /auth/<app>` (research §1.3), which a fresh CI key always needs.
 */
async function findConnection(api, app, resource, log) {
    let found = await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .searchConnections */ .Sp)(api, app, resource);
    if (found.length === 0) {
        log.info(`The API key's user sees no connection of app "${app}" yet; adding the user to the app's access list and looking again.`);
        await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .linkUser */ .SP)(api, app);
        found = await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .searchConnections */ .Sp)(api, app, resource);
    }
    const only = found[0];
    if (only === undefined) {
        const which = resource ? ` with resource name "${resource}"` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Heroku Connect has no connection for app "${app}"${which}, even after adding the API key's user to the app's access list. ` +
            `Check that the app has the Heroku Connect add-on${resource ? ' under that resource name' : ''}, that the key belongs to a user with access to the app, ` +
            `and open the add-on once: heroku addons:open herokuconnect -a ${app}.`);
    }
    if (found.length > 1) {
        const names = found.map((connection) => `"${connection.resource_name}"`).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`App "${app}" has ${found.length} Heroku Connect connections: ${names}. Set the resource to the one to deploy to.`);
    }
    return only;
}


/***/ }),

/***/ 7990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ mergeMappingFiles)
/* harmony export */ });
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6153);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _parse_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3226);
/* harmony import */ var _parse_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(461);





/** The connection-section keys kept as written; several files must agree on them, or which one applies is a guess. */
const KEPT_CONNECTION_KEYS = ['features', 'api_version', 'logplex_log_enabled'];
/**
 * Reads the selected mapping files (JSON or YAML) into the one document the import takes: every
 * mapping, the first `connection` section, `version` 1. An object mapped twice, in one file or in
 * two, is refused, since the import would keep one of them without saying which.
 */
async function mergeMappingFiles(files) {
    if (files.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('There is no mapping file to deploy: the files selected for the lint matched none.');
    const mappings = [];
    const mappedIn = new Map();
    let connection;
    for (const ref of files) {
        const { file } = ref;
        const document = await readDocument(ref);
        document.mappings.forEach((mapping, i) => {
            if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(mapping) || typeof mapping.object_name !== 'string' || mapping.object_name === '') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Mapping ${i + 1} in "${file}" has no object_name, so it cannot be imported.`);
            }
            // Salesforce object names are case-insensitive, and so is Connect's lookup of a mapping.
            const key = mapping.object_name.toLowerCase();
            const earlier = mappedIn.get(key);
            if (earlier !== undefined) {
                const where = earlier === file ? `twice in "${file}"` : `in both "${earlier}" and "${file}"`;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Object "${mapping.object_name}" is mapped ${where}. A connection has one mapping per object: keep one of them.`);
            }
            mappedIn.set(key, file);
            mappings.push(mapping);
        });
        if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(document.connection))
            continue;
        if (connection === undefined) {
            connection = { section: document.connection, file };
            continue;
        }
        const differing = KEPT_CONNECTION_KEYS.filter((key) => !(0,_core_json_js__WEBPACK_IMPORTED_MODULE_3__/* .sameJson */ .Vk)(connection.section[key], document.connection[key]));
        if (differing.length > 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The "connection" sections of "${connection.file}" and "${file}" differ in ${differing.join(', ')}; one import can carry only one. ` +
                'Make them agree, or remove the section from all but one file.');
        }
    }
    return { mappings, ...(connection && { connection: connection.section }), version: 1 };
}
async function readDocument({ file, absolutePath, confinedTo }) {
    const format = (0,_parse_source_js__WEBPACK_IMPORTED_MODULE_1__/* .formatOf */ .be)(file);
    const read = await (0,_parse_source_js__WEBPACK_IMPORTED_MODULE_1__/* .readSource */ .o$)(absolutePath, format, confinedTo);
    if (!read.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`"${file}" cannot be deployed: ${read.problem.message}`);
    const parsed = (0,_parse_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSource */ .P)(read.text, format);
    const value = parsed.value;
    if (value === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`"${file}" cannot be deployed: ${parsed.problems[0]?.message ?? 'it does not parse.'}`);
    }
    if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(value) || !Array.isArray(value.mappings)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`"${file}" cannot be deployed: it has no top-level "mappings" list, so it is not a Heroku Connect mapping file.`);
    }
    return value;
}


/***/ })

};

//# sourceMappingURL=361.index.js.map