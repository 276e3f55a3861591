export const id = 17;
export const ids = [17];
export const modules = {

/***/ 4360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ liveConnection),
/* harmony export */   q: () => (/* binding */ runDeadline)
/* harmony export */ });
/* harmony import */ var _clients_connect_discovery_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5771);
/* harmony import */ var _core_http_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2054);


/**
 * How the action's live stages (the live plan, drift and health) reach Heroku Connect: one deadline,
 * wait-timeout from now, for every call to every app, and the injected clock and fetch.
 */
function liveConnection(io, deps, apiKey, waitTimeoutSeconds) {
    const clock = deps.clock ?? _core_http_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .ml;
    return {
        apiKey,
        discoveryServer: (0,_clients_connect_discovery_js__WEBPACK_IMPORTED_MODULE_1__/* .discoveryServerOf */ .D)(io.env),
        clock,
        deadline: runDeadline(deps, waitTimeoutSeconds),
        log: { info: (message) => io.info(message) },
        ...(deps.fetch && { fetch: deps.fetch }),
    };
}
/** When the run's remote calls must have ended (Heroku Connect's, GitHub's): wait-timeout from now. */
function runDeadline(deps, waitTimeoutSeconds) {
    return (deps.clock ?? _core_http_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .ml).now() + waitTimeoutSeconds * 1000;
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: ./src/interface/commands/table.ts
var table = __webpack_require__(6814);
// EXTERNAL MODULE: ./src/core/run-scope.ts
var run_scope = __webpack_require__(2627);
// EXTERNAL MODULE: ./src/core/errors.ts + 1 modules
var errors = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/lint/run.ts + 7 modules
var run = __webpack_require__(8299);
// EXTERNAL MODULE: ./src/lint/report/annotations.ts
var annotations = __webpack_require__(2690);
// EXTERNAL MODULE: ./src/lint/report/github.ts
var report_github = __webpack_require__(5825);
// EXTERNAL MODULE: ./src/lint/report/sarif.ts + 1 modules
var sarif = __webpack_require__(388);
// EXTERNAL MODULE: ./src/core/output/links.ts
var links = __webpack_require__(4312);
// EXTERNAL MODULE: ./src/core/output/escape.ts
var output_escape = __webpack_require__(706);
// EXTERNAL MODULE: ./src/lint/report/summary.ts
var report_summary = __webpack_require__(6508);
// EXTERNAL MODULE: ./src/interface/config/load.ts + 1 modules
var load = __webpack_require__(6948);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/fs/workspace.ts
var workspace = __webpack_require__(2754);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
;// CONCATENATED MODULE: ./src/interface/config/app-json.ts



/** The Heroku Connect add-on's name in app.json's `addons`. */
const ADD_ON = 'herokuconnect';
/**
 * The add-on's plan names and the plan each is. Provisioning the add-on without a plan gives the
 * demo plan, Heroku's default for it; the enterprise plan "was called danketsu previously".
 */
const PLAN_OF_TIER = { demo: 'demo', enterprise: 'enterprise', danketsu: 'enterprise', shield: 'shield' };
/** An app.json is a few lines of settings; anything this large is not one, and is not read. */
const MAX_APP_JSON_BYTES = 256 * 1024;
/**
 * The Heroku Connect plan that an app.json's top-level `addons` provisions: each entry is a plan
 * string ("herokuconnect" or "herokuconnect:enterprise") or an object with one (`{ "plan": ... }`).
 * Undefined when the file is not JSON, names no Heroku Connect add-on, names a plan not known here,
 * or names two plans: a plan is never guessed at.
 */
function planFromAppJson(text) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const addons = (0,json/* isRecord */.u4)(document) && Array.isArray(document.addons) ? document.addons : [];
    const plans = new Set();
    for (const addon of addons) {
        const spec = typeof addon === 'string' ? addon : (0,json/* isRecord */.u4)(addon) && typeof addon.plan === 'string' ? addon.plan : undefined;
        if (spec === undefined)
            continue;
        const [name, tier, ...rest] = spec.trim().toLowerCase().split(':');
        if (name !== ADD_ON)
            continue;
        plans.add(rest.length === 0 ? (tier === undefined || tier === '' ? 'demo' : PLAN_OF_TIER[tier]) : undefined);
    }
    const [plan] = plans;
    return plans.size === 1 ? plan : undefined;
}
/**
 * The plan of the app.json at the root the run lints in (the repository of a Heroku app keeps it
 * there), read confined to that root and bounded. Undefined when there is none or it says nothing
 * certain: a file that is not there or cannot be read is not the lint's to report.
 */
async function planFromWorkspace(root, overrideWith) {
    const read = (0,workspace/* readConfined */.Hz)(external_node_path_default().join(root, 'app.json'), root, MAX_APP_JSON_BYTES);
    if (!read.ok)
        return undefined;
    const plan = planFromAppJson(read.bytes.toString('utf8'));
    if (plan === undefined)
        return undefined;
    const why = plan === 'demo' ? ", the add-on's default when app.json names no plan" : '';
    return { plan, note: `Heroku Connect plan: ${plan}, from the herokuconnect add-on in app.json${why}. Set ${overrideWith} to lint for another plan.` };
}
/**
 * The inputs with the plan of the workspace's app.json when neither an input nor the configuration
 * file sets one; `say` gets the line that says where the plan came from.
 */
async function withPlanFromAppJson(inputs, root, overrideWith, say) {
    if (inputs.herokuPlan !== undefined)
        return inputs;
    const found = await planFromWorkspace(root, overrideWith);
    if (found === undefined)
        return inputs;
    say(found.note);
    return { ...inputs, herokuPlan: found.plan };
}

// EXTERNAL MODULE: ./src/core/trust/event.ts
var trust_event = __webpack_require__(3914);
;// CONCATENATED MODULE: ./src/action/event.ts


/**
 * The pull request of a pull_request run. Without the payload the runner writes (a local run, say),
 * the pull-request features step aside with a warning and every file is linted.
 */
async function readPullRequestEvent(env, log) {
    const eventName = env.GITHUB_EVENT_NAME;
    if (eventName !== 'pull_request' && eventName !== 'pull_request_target')
        return undefined;
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!env.GITHUB_EVENT_PATH || !owner || !repo) {
        log.warning(`This ${eventName} run has no event payload or repository name (GITHUB_EVENT_PATH, GITHUB_REPOSITORY): every file is linted, and there is no plan or comment.`);
        return undefined;
    }
    const pr = (0,trust_event/* readPullRequestPayload */.RT)(env.GITHUB_EVENT_PATH);
    if (typeof pr?.number !== 'number' || !pr.base?.sha || !pr.head?.sha) {
        throw new errors/* ConfigurationError */.j1(`The ${eventName} event payload has no pull request with base and head commits.`);
    }
    return {
        owner,
        repo,
        number: pr.number,
        baseSha: pr.base.sha,
        headSha: pr.head.sha,
        eventName,
    };
}
function restrictsToChanged(inputs, event) {
    return inputs.onlyChanged === 'true' || (inputs.onlyChanged === 'auto' && event !== undefined);
}

// EXTERNAL MODULE: ./src/action/connection.ts
var connection = __webpack_require__(4360);
// EXTERNAL MODULE: ./src/interface/inputs/read.ts + 3 modules
var read = __webpack_require__(3882);
// EXTERNAL MODULE: ./src/core/output/toolkit.ts
var toolkit = __webpack_require__(1423);
;// CONCATENATED MODULE: ./src/action/io.ts



/** The runner through @actions/core, as it is: `escapedForRunner` makes what is written through it safe. */
function coreIO() {
    return {
        env: process.env,
        getInput: (name) => toolkit.getInput(name),
        setSecret: (value) => toolkit.setSecret(value),
        setOutput: (name, value) => toolkit.setOutput(name, value),
        info: (message) => toolkit.info(message),
        debug: (message) => toolkit.debug(message),
        error: (message, properties) => toolkit.error(message, properties),
        warning: (message, properties) => toolkit.warning(message, properties),
        notice: (message, properties) => toolkit.notice(message, properties),
        group: (name, fn) => toolkit.group(name, fn),
        writeSummary: async (markdown) => {
            // Without GITHUB_STEP_SUMMARY (a local run) there is nowhere to write; the log has the findings.
            if (process.env.GITHUB_STEP_SUMMARY)
                await (await toolkit.loadSummary()).addRaw(markdown, true).write();
        },
    };
}
/**
 * The runner's IO with every line it logs through workflowLogLine and every annotation through
 * annotationText: applied once, in run(), for every caller and whatever the IO (the runner's or a
 * test's), so that no name from a file or answer from an API can start a workflow command.
 */
function escapedForRunner(io) {
    return {
        ...io,
        info: (message) => io.info((0,output_escape/* workflowLogLine */.SI)(message)),
        debug: (message) => io.debug((0,output_escape/* workflowLogLine */.SI)(message)),
        group: (name, fn) => io.group((0,output_escape/* workflowLogLine */.SI)(name), fn),
        ...(0,report_github/* toolkitAnnotator */.fi)(io),
    };
}

;// CONCATENATED MODULE: ./src/action/main.ts
















/**
 * The action: lint the mapping files, report them every way GitHub shows them, fail as fail-on says;
 * then, when asked, deploy them to Heroku Connect. Resolves to the process's exit code.
 */
function main_run(runner = coreIO(), deps = {}) {
    // A run of its own: the secrets it reads and the files it writes are its own, not an earlier run's in the process.
    return (0,run_scope/* inNewRun */.Fu)(() => runAction(runner, deps));
}
async function runAction(runner, deps) {
    // Every annotation of the step is counted, so each batch of findings gets only the slots GitHub still shows.
    const io = (0,report_github/* countingAnnotations */.KL)(escapedForRunner(runner));
    let exitCode = 0;
    try {
        const root = io.env.GITHUB_WORKSPACE || deps.cwd || process.cwd();
        const command = (0,read/* getChoice */.m)(io, read/* Input */.pd.Command);
        if (command && (0,table/* isOpsCommand */.y4)(command)) {
            const config = await (0,load/* loadConfig */.Z9)(root, { searchUp: false });
            // Each stage is loaded when the run reaches it: a lint loads none of the deploy's, the plan's or the pull request's code.
            return await (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(606), __webpack_require__.e(118), __webpack_require__.e(558), __webpack_require__.e(791), __webpack_require__.e(337)]).then(__webpack_require__.bind(__webpack_require__, 4337))).runOpsCommand(command, io, withConfig(io, config), root, deps);
        }
        // Secrets first: each is masked on reading, before anything can be logged.
        const deploy = (0,read/* readDeployInputs */.Jj)(io, command !== undefined && (0,table/* actionStage */.Pu)(command) === 'deploy');
        const review = (0,read/* readReviewInputs */.w9)(io);
        const livePlan = (0,read/* readLiveTarget */.SN)(io);
        // Only the workspace root's file: the action never looks above the repository it checked out.
        const loaded = await (0,load/* loadConfig */.Z9)(root, { searchUp: false });
        if (loaded)
            io.info(`Configuration: ${loaded.file} (inputs override it).`);
        const event = await readPullRequestEvent(io.env, io);
        const pullRequest = event && (await Promise.all(/* import() */[__webpack_require__.e(606), __webpack_require__.e(118), __webpack_require__.e(332)]).then(__webpack_require__.bind(__webpack_require__, 9332)));
        const github = event &&
            (await __webpack_require__.e(/* import() */ 606).then(__webpack_require__.bind(__webpack_require__, 6606))).createGitHubApi({
                token: review.githubToken,
                env: io.env,
                deadline: (0,connection/* runDeadline */.q)(deps, (0,read/* getInteger */.XU)(io, read/* Input */.pd.WaitTimeout)),
                ...(deps.fetch && { fetchImpl: deps.fetch }),
                ...(deps.clock && { clock: deps.clock }),
            });
        const changed = event && pullRequest && (await pullRequest.changedFiles(event, github, root, io));
        // A pull request never relaxes its own check: what would, comes from the base branch's configuration.
        const configReview = event ? await (await Promise.all(/* import() */[__webpack_require__.e(606), __webpack_require__.e(761)]).then(__webpack_require__.bind(__webpack_require__, 1761))).reviewPullRequestConfig(io, root, loaded, { event, changed, github }) : { config: loaded, markdown: '' };
        const config = configReview.config;
        let planNote = '';
        const inputs = await withPlanFromAppJson(withDeps((0,read/* readLintInputs */.bJ)(withConfig(io, config)), deps), root, 'the plan input', (note) => {
            io.info(note);
            planNote = `${(0,output_escape/* markdownText */.p7)(note)}\n\n`;
        });
        if (review.onlyChanged === 'true' && !event)
            io.info('only-changed is true, but this run is not for a pull request: every file is linted.');
        const restrict = changed !== undefined && restrictsToChanged(review, event);
        const ignores = config?.ignores ?? [];
        const select = restrict && pullRequest && changed ? pullRequest.onlyChanged(changed) : undefined;
        const lint = await (0,run/* runLint */.nU)({ root, ...inputs, ignores, log: io, ...(select && { select }) });
        const priority = changed && pullRequest?.changedLinePriority(changed);
        const summary = (0,report_summary.renderLintSummary)(lint, undefined, (0,links/* sourceRevision */.b5)(io.env));
        (0,report_github/* annotate */.fz)(lint.findings, io, (0,annotations/* whereTheRestAre */.r5)(summary.shown, lint.findings.length, Boolean(inputs.sarifFile)), priority);
        await io.writeSummary(`${configReview.markdown}${planNote}${summary.markdown}`);
        io.setOutput('errors', lint.counts.error);
        io.setOutput('warnings', lint.counts.warning);
        io.setOutput('notices', lint.counts.notice);
        io.setOutput('files', lint.files.length);
        if (inputs.sarifFile) {
            // The writing sink (with node:crypto) is loaded only when a run writes a file.
            const { writeOutput } = await __webpack_require__.e(/* import() */ 412).then(__webpack_require__.bind(__webpack_require__, 412));
            await writeOutput({ kind: 'workspace', root, name: inputs.sarifFile }, JSON.stringify((0,sarif.toSarif)(lint.findings, lint.suppressed), null, 2));
            io.setOutput('sarif-file', inputs.sarifFile);
        }
        const { error, warning, notice } = lint.counts;
        io.info(`${lint.files.length} mapping file(s) checked: ${error} error(s), ${warning} warning(s), ${notice} notice(s)${lint.suppressed.length > 0 ? `, ${lint.suppressed.length} suppressed` : ''}.`);
        const lintFails = (0,run/* reachesFailOn */.n9)(lint.counts, inputs.failOn);
        if (lintFails) {
            // An exit code rather than setFailed: setFailed would spend one of the 10 error annotations on a generic line.
            exitCode = 1;
            io.info(`Failing: findings reach fail-on "${inputs.failOn}".`);
        }
        const live = deploy ? undefined : livePlan;
        if (live || changed)
            await (await Promise.all(/* import() */[__webpack_require__.e(606), __webpack_require__.e(118), __webpack_require__.e(558), __webpack_require__.e(378)]).then(__webpack_require__.bind(__webpack_require__, 9378))).planStage(io, root, lint, { event, changed, github, review, priority, live, deps });
        if (deploy)
            await (await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(558), __webpack_require__.e(791), __webpack_require__.e(770)]).then(__webpack_require__.bind(__webpack_require__, 5003))).deployStage(io, root, { ...inputs, ignores }, lint, deploy, lintFails, deps);
    }
    catch (error) {
        exitCode = 1;
        const failure = (0,errors/* classifyError */.fe)(error);
        io.error(failure.message, { title: failure.title });
        // classifyError maps the frames through the bundle's source maps, so they name the files under src/.
        if (failure.stack)
            io.info(failure.stack);
    }
    return exitCode;
}
/** The runner's inputs over the configuration file's values. */
function withConfig(io, config) {
    return { getInput: (name) => io.getInput(name), setSecret: (value) => io.setSecret(value), env: io.env, ...(config && { config: config.values }) };
}
/** Live describe goes through the injected fetch and clock too. */
function withDeps(inputs, deps) {
    if (!inputs.live)
        return inputs;
    return { ...inputs, live: { ...inputs.live, ...(deps.fetch && { fetchImpl: deps.fetch }), ...(deps.clock && { clock: deps.clock }) } };
}


/***/ }),

/***/ 5771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ discoveryServerOf)
/* harmony export */ });
/* unused harmony export DEFAULT_DISCOVERY_SERVER */
/**
 * Where discovery is, apart from the client: the lint's command line reads it at start-up, and must
 * not load the client and its answer validators to do so.
 */
const DEFAULT_DISCOVERY_SERVER = 'https://hc-central.heroku.com';
/** The discovery server: CONNECT_DISCOVERY_SERVER (a local stand-in, in tests and the demo), else Heroku's. */
function discoveryServerOf(env) {
    return env.CONNECT_DISCOVERY_SERVER || DEFAULT_DISCOVERY_SERVER;
}


/***/ }),

/***/ 705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ registerDatabaseUrl),
/* harmony export */   kR: () => (/* binding */ withDatabase),
/* harmony export */   pX: () => (/* binding */ MAX_ROWS)
/* harmony export */ });
/* unused harmony exports parseDatabaseUrl, describeAddress */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1586);
/* harmony import */ var _core_http_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2054);
/* harmony import */ var _core_run_scope_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2627);



const SERVICE = 'PostgreSQL';
/** The most rows one query may answer; a query that can list more asks for fewer with LIMIT and says so. */
const MAX_ROWS = 10_000;
/** Each statement's and the connection's own limit, within the run's deadline. */
const STATEMENT_LIMIT_MS = 30_000;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', '[::1]', 'localhost']);
/** The sslmode values libpq takes; the URL may name one, and nothing weaker than TLS off loopback. */
const SSL_MODES = new Set(['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full']);
/** Registers the URL and its password as secrets of the run (every message and file leaves them out); returns them, for the runner to mask. */
function registerDatabaseUrl(url) {
    const secrets = [url];
    try {
        const { password } = new URL(url);
        if (password !== '')
            secrets.push(password, percentDecoded(password) ?? password);
    }
    catch {
        // Not a URL: parseDatabaseUrl says so, without quoting it.
    }
    secrets.forEach((secret, i) => (0,_core_run_scope_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(secret, i === 0 ? '[DATABASE_URL]' : '[database password]'));
    return [...new Set(secrets)];
}
/**
 * The connection settings of a database URL, parsed here rather than by pg: pg's own parser takes
 * query parameters such as `sslcert` that read files from this machine. Only `sslmode` is taken.
 * The URL is never quoted in a message: it holds the password.
 */
function parseDatabaseUrl(url) {
    registerDatabaseUrl(url);
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("The database URL is not a URL; use postgres://user:password@host:5432/database, as the app's DATABASE_URL config var has it.");
    }
    if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The database URL starts with "${parsed.protocol}"; use postgres://user:password@host:5432/database.`);
    }
    const host = parsed.hostname;
    const database = decodedPart(parsed.pathname.replace(/^\//, ''), 'database name');
    const user = decodedPart(parsed.username, 'user');
    const password = decodedPart(parsed.password, 'password');
    if (host === '' || database === '' || user === '') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('The database URL lacks a host, a database name or a user; use postgres://user:password@host:5432/database.');
    }
    const port = parsed.port === '' ? 5432 : Number(parsed.port);
    const unknown = [...parsed.searchParams.keys()].filter((key) => key !== 'sslmode');
    if (unknown.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The database URL has parameters this tool does not take: ${[...new Set(unknown)].join(', ')}. Only sslmode is read.`);
    const mode = parsed.searchParams.get('sslmode') ?? '';
    if (mode !== '' && !SSL_MODES.has(mode))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The database URL's sslmode is "${mode}"; use require, verify-ca or verify-full.`);
    const loopback = LOOPBACK_HOSTS.has(host);
    if (!loopback && ['disable', 'allow'].includes(mode)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The database URL sets sslmode=${mode} for ${host}; Heroku Postgres requires TLS, and this tool uses it for every host but this machine.`);
    }
    // Heroku Postgres certificates verify only with Enhanced Certificates: TLS without verification unless verify-* is asked.
    const tls = loopback ? ['require', 'verify-ca', 'verify-full'].includes(mode) : true;
    const ssl = tls ? { rejectUnauthorized: mode === 'verify-ca' || mode === 'verify-full', minVersion: 'TLSv1.2', ...(mode === 'verify-full' && { servername: host }) } : false;
    const address = { host, port, database };
    return { address, config: { host: host.replace(/^\[(.*)\]$/, '$1'), port, database, user, password, ssl, application_name: 'heroku-connect-action' } };
}
/** The percent-decoded text, or undefined when a % in it is not followed by two hex digits. */
function percentDecoded(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return undefined;
    }
}
/** A part of the URL, percent-decoded; one that cannot be is the user's to fix, and is never quoted (it may be the password). */
function decodedPart(text, part) {
    const decoded = percentDecoded(text);
    if (decoded === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The database URL's ${part} has a % that is not followed by two hex digits; percent-encode it, as the app's DATABASE_URL config var has it.`);
    return decoded;
}
/** Where the database is, as messages name it: never its user or password. */
function describeAddress(address) {
    return `${address.host}:${address.port}/${address.database}`;
}
/**
 * Opens one session on the database, runs `fn`, and always closes it. The session is read-only
 * (default_transaction_read_only) unless `writable`, and every statement ends within
 * STATEMENT_LIMIT_MS and the deadline, as the connection attempt does. Any failure comes out as one
 * line naming PostgreSQL and what it answered, the URL and its password taken out.
 */
async function withDatabase(options, fn) {
    const { address, config } = parseDatabaseUrl(options.url);
    const clock = options.clock ?? _core_http_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .systemClock */ .ml;
    const left = () => Math.max(1, Math.min(STATEMENT_LIMIT_MS, options.deadline - clock.now()));
    if (options.deadline - clock.now() <= 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteFailure */ .p3(SERVICE, 'hanging', `${SERVICE} at ${describeAddress(address)} was not asked anything: no time was left before the deadline.`);
    const { default: pg } = await __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 3849));
    // The password as a function: pg takes an empty one as none, and would send PGPASSWORD's or ~/.pgpass's to this host instead.
    const client = new pg.Client({ ...config, password: () => config.password, connectionTimeoutMillis: left(), query_timeout: left() + 1000 });
    // An error after the session ends (the server going away) must not crash the run.
    client.on('error', () => undefined);
    try {
        await failingAs(address, 'connect', () => client.connect());
        const limit = Math.round(left());
        await failingAs(address, 'set up a read-only session', () => client.query(`SET statement_timeout = ${limit}; SET lock_timeout = ${limit}; SET idle_in_transaction_session_timeout = ${limit}; SET default_transaction_read_only = ${options.writable ? 'off' : 'on'}`));
        return await fn({
            address,
            query: async (purpose, sql, params = []) => {
                // Each statement within what is left of the deadline now, not at the session's start: a session runs several.
                const statement = { text: sql, values: [...params], query_timeout: left() };
                const result = await failingAs(address, purpose, () => client.query(statement));
                // Several statements in one text (the DDL) answer one result each: the last one's rows are the answer.
                const last = (Array.isArray(result) ? result.at(-1) : result);
                const rows = last?.rows ?? [];
                if (rows.length > MAX_ROWS)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteFailure */ .p3(SERVICE, 'answered', `${SERVICE} at ${describeAddress(address)} answered more than ${MAX_ROWS} rows when asked to ${purpose}; they were not read.`);
                return rows;
            },
        });
    }
    finally {
        await client.end().catch(() => undefined);
    }
}
/** The call, with any error of pg (or of the network under it) as one redacted line naming the database and what it was asked. */
async function failingAs(address, purpose, call) {
    try {
        return await call();
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteFailure */ .p3 || error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1)
            throw error;
        const code = error.code;
        const sqlState = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
        // A new error without the original's cause or stack: pg's could carry the connection settings.
        const text = (0,_core_run_scope_js__WEBPACK_IMPORTED_MODULE_2__/* .redactSecrets */ .fp)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)).split('\n')[0].slice(0, 500);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteFailure */ .p3(SERVICE, reasonOf(text, sqlState), `${SERVICE} at ${describeAddress(address)} could not be asked to ${purpose}: ${text}${sqlState ? ` (SQLSTATE ${sqlState})` : ''}.`);
    }
}
function reasonOf(text, sqlState) {
    if (sqlState === '57014' || /timeout|timed out/i.test(text))
        return 'hanging';
    return sqlState ? 'answered' : 'failing';
}


/***/ }),

/***/ 8783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RD: () => (/* binding */ apiNameProblem),
/* harmony export */   _6: () => (/* binding */ isValidApiName),
/* harmony export */   pi: () => (/* binding */ fieldNames)
/* harmony export */ });
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6153);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2020);
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7485);



/**
 * The suffixes Salesforce puts after the last double underscore (compared without case): custom
 * objects and fields, relationships, events, external, big and metadata objects, knowledge,
 * compound field components, person-account fields, and the generated share, history, feed,
 * change-event, tag and sharing objects.
 */
const SUFFIXES = ['c', 'r', 'e', 'x', 'b', 's', 'mdt', 'kav', 'ka', 'pc', 'pr', 'hd', 'hqr', 'chn', 'tag', 'share', 'history', 'feed', 'changeevent', 'xo', 'dlm', 'dll'];
/** One segment: letters, digits and single underscores, starting with a letter, not ending with an underscore. */
const SEGMENT = '[a-z][a-z0-9]*(?:_[a-z0-9]+)*';
/**
 * Salesforce API names: segments joined by double underscores (a namespace prefix, the name,
 * relationship parts), the last of several being a known suffix, as in
 * `ns__Project__r__External_Id__c`. A segment cannot contain "__", so matching never backtracks
 * more than once per segment.
 */
const API_NAME = new RegExp(`^${SEGMENT}(?:(?:__${SEGMENT})*__(?:${SUFFIXES.join('|')}))?$`, 'i');
/** Far above Salesforce's own limits (40 characters a name, plus a namespace and suffixes). */
const MAX_LENGTH = 255;
/** Names already found valid: a large export repeats the same field names in every mapping. */
const validNames = new Set();
const MAX_REMEMBERED = 20_000;
function isValidApiName(name) {
    if (validNames.has(name))
        return true;
    if (name.length > MAX_LENGTH || !API_NAME.test(name))
        return false;
    if (validNames.size >= MAX_REMEMBERED)
        validNames.clear();
    validNames.add(name);
    return true;
}
/**
 * A fields object's keys and whether all are valid API names, read once for the engine and
 * invalid-api-name alike: on a large export that is one walk of every field name instead of two.
 */
const fieldNames = (0,_memo_js__WEBPACK_IMPORTED_MODULE_2__/* .derivedOnce */ .z)((fields) => {
    const names = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .ownKeys */ .Hs)(fields);
    return { names, allValid: names.every(isValidApiName) };
});
/** What is wrong with a name that is not a valid API name, for a message; undefined when it is valid. */
function apiNameProblem(name) {
    if (isValidApiName(name))
        return undefined;
    if (name.length > MAX_LENGTH)
        return `it is ${name.length.toLocaleString('en-US')} characters long, far over Salesforce's limit of 40 characters for a name`;
    const bad = /[^A-Za-z0-9_]/.exec(name);
    if (bad)
        return `it contains ${describeCharacter(name.codePointAt(bad.index))}`;
    if (/^[0-9]/.test(name))
        return 'it starts with a digit';
    if (name.startsWith('_'))
        return 'it starts with an underscore';
    if (name.endsWith('_'))
        return 'it ends with an underscore';
    if (name.includes('___'))
        return 'it has three or more underscores in a row';
    if (/__[0-9]/.test(name))
        return 'a part after a double underscore starts with a digit';
    return `it ends in "__${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(name.slice(name.lastIndexOf('__') + 2), 20)}", which is not a Salesforce suffix (such as __c for a custom object or field)`;
}
function describeCharacter(code) {
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029)
        return `a line break (${hex})`;
    if (code === 0x1b)
        return `an escape character (${hex}), which terminals read as a command`;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
        return `a control character (${hex})`;
    if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f || code === 0x061c) {
        return `an invisible text-direction mark (${hex}), which makes text display in another order than it reads`;
    }
    if (code === 0x20)
        return 'a space';
    if (code > 0x20 && code < 0x7f)
        return `the character "${String.fromCharCode(code)}"`;
    return `the character ${hex}, which is not an ASCII letter or digit`;
}


/***/ }),

/***/ 1586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j1: () => (/* binding */ ConfigurationError),
  Qt: () => (/* binding */ DeployFailure),
  p3: () => (/* binding */ RemoteFailure),
  fe: () => (/* binding */ classifyError),
  gJ: () => (/* binding */ errorMessage),
  JM: () => (/* binding */ redactedError),
  $p: () => (/* binding */ redactor)
});

// EXTERNAL MODULE: ./src/core/run-scope.ts
var run_scope = __webpack_require__(2627);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/core/stack.ts



/** A frame's location: a path or file URL of a JavaScript file, then its line and column. */
const FRAME_LOCATION = /((?:file:\/\/)?(?:\/|[A-Za-z]:[\\/])[^\s()]*?\.[cm]?js):(\d+):(\d+)/g;
/**
 * The stack with every frame in a bundled file that has a source map beside it (`index.js.map`)
 * pointing at the original source, as Node's --enable-source-maps would. Done only when an internal
 * error is reported: turning source maps on at start-up reads and indexes every map of the bundle
 * on every run (about 40 ms of the action's start), for a stack almost no run prints.
 */
function mapStack(stack) {
    const maps = new Map();
    return stack.replace(FRAME_LOCATION, (location, file, line, column) => {
        const path = file.startsWith('file://') ? (0,external_node_url_.fileURLToPath)(file) : file;
        if (!maps.has(path))
            maps.set(path, readSourceMap(path));
        const origin = maps.get(path)?.findOrigin(Number(line), Number(column));
        if (!origin || !('fileName' in origin))
            return location;
        // Sources are named relative to the map, as Node resolves them.
        const source = new URL(origin.fileName, (0,external_node_url_.pathToFileURL)(path));
        return `${source.protocol === 'file:' ? (0,external_node_url_.fileURLToPath)(source) : origin.fileName}:${origin.lineNumber}:${origin.columnNumber}`;
    });
}
function readSourceMap(file) {
    try {
        return new external_node_module_.SourceMap(JSON.parse((0,external_node_fs_.readFileSync)(`${file}.map`, 'utf8')));
    }
    catch {
        // No map beside the file (the source run by tests, Node's own files): the frame stays as it is.
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/core/errors.ts


/**
 * An error the user caused: a wrong input, a missing file, a connection that cannot take an import.
 * It is reported as a clear message without a stack trace; anything else is an internal failure.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/**
 * The deploy ran and did not succeed: Heroku Connect answered with an error or could not be reached,
 * the import landed in an error state, or it did not settle in time. The CLI exits 1 for it, as for
 * a failed lint.
 */
class DeployFailure extends Error {
    name = 'DeployFailure';
}
/**
 * The one place that decides what kind an error is. Argument errors of node:util's parseArgs are the
 * user's input too.
 */
function classifyError(error) {
    if (error instanceof ConfigurationError || isArgumentError(error)) {
        return { kind: 'configuration', title: 'Configuration error', message: errorMessage(error) };
    }
    if (error instanceof DeployFailure)
        return { kind: 'remote', title: 'Deploy failed', message: error.message };
    if (error instanceof RemoteFailure)
        return { kind: 'remote', title: `${error.service} failed`, message: error.message };
    return {
        kind: 'internal',
        title: 'Internal error',
        message: `Internal error in heroku-connect-action: ${errorMessage(error)}. Please report it with the log.`,
        stack: error instanceof Error && error.stack ? mapStack(error.stack) : String(error),
    };
}
function isArgumentError(error) {
    const code = error?.code;
    return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
/**
 * A remote service (named: "Heroku Connect", "Salesforce", "GitHub", "git") could not be reached in
 * time, kept failing, redirected elsewhere, or answered with an error: neither the user's input nor
 * a bug, so it is reported as one line.
 */
class RemoteFailure extends Error {
    service;
    reason;
    name = 'RemoteFailure';
    constructor(service, reason, message) {
        super(message);
        this.service = service;
        this.reason = reason;
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * Replaces every occurrence of a secret with a label, and every other secret of the run (see
 * core/run-scope.ts) with its own; an empty secret changes nothing.
 */
function redactor(secret, label) {
    return (text) => (0,run_scope/* redactSecrets */.fp)(secret === '' ? text : text.replaceAll(secret, label));
}
/**
 * The error again, of the same kind, with the secret taken out of its message and stack and no
 * `cause`: a wrapped fetch error could carry request details.
 */
function redactedError(error, redact) {
    const message = redact(errorMessage(error));
    const copy = error instanceof ConfigurationError
        ? new ConfigurationError(message)
        : error instanceof RemoteFailure
            ? new RemoteFailure(error.service, error.reason, message)
            : error instanceof DeployFailure
                ? new DeployFailure(message)
                : new Error(message);
    copy.stack = error instanceof Error && error.stack ? redact(error.stack) : message;
    return copy;
}


/***/ }),

/***/ 4089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gu: () => (/* binding */ GLOB_OPTIONS),
/* harmony export */   pY: () => (/* binding */ checkGlob)
/* harmony export */ });
/* unused harmony export MAX_GLOB_LENGTH */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1586);

/**
 * The bounds every glob from an input or the configuration file must keep before it is compiled.
 * picomatch turns a glob into a regular expression whose backtracking grows with the power of its
 * stars: on a 250-character file name, `*a*a*a*a*x` takes close to a minute to fail, `*(a*)*x`
 * and `(a*)+x` as long on 30 characters, and a pull request can commit both the pattern and the
 * names. Within these bounds every match of a name stays within milliseconds.
 */
const MAX_GLOB_LENGTH = 256;
/** Stars in one path segment (`**` as a whole segment is a globstar, counted apart). */
const MAX_STARS_PER_SEGMENT = 2;
const MAX_GLOBSTARS = 2;
const MAX_BRACE_GROUPS = 4;
/** Options for picomatch and tinyglobby: extglobs are never compiled, even when the checks below are bypassed. */
const GLOB_OPTIONS = { noextglob: true };
/**
 * Throws a configuration error naming `pattern` and what to write instead when it cannot be matched
 * in bounded time: over MAX_GLOB_LENGTH, an extglob or a parenthesised group (a quantified group
 * nests stars), more than two stars in a segment or two globstars, nested or ranged braces, or more
 * than four brace groups. `what` names the input: `files pattern`, `describe pattern`.
 */
function checkGlob(pattern, what) {
    const refuse = (why, instead) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The ${what} "${pattern.length > 80 ? `${pattern.slice(0, 80)}\u2026` : pattern}" ${why}, which could take minutes to match. ${instead}`);
    if (pattern.length > MAX_GLOB_LENGTH)
        throw refuse(`is ${pattern.length} characters long, over ${MAX_GLOB_LENGTH}`, 'Use a shorter pattern, or several lines.');
    const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
    const segments = [''];
    let braceGroups = 0;
    let inBraces = false;
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c === '\\') {
            segments[segments.length - 1] += body.slice(i, i + 2);
            i++;
            continue;
        }
        if (c === '[') {
            // A bracket expression matches one character, whatever it holds: skipped whole.
            const end = body.indexOf(']', i + 2);
            if (end !== -1) {
                segments[segments.length - 1] += '?';
                i = end;
                continue;
            }
        }
        if (c === '(' || c === ')')
            throw refuse('has a group or an extglob such as +(\u2026), @(\u2026) or *(\u2026)', 'Write the alternatives in braces, as in "{accounts,contacts}.json", or one pattern per line; a parenthesis in a file name is written "[(]" or "[)]".');
        if (c === '{') {
            if (inBraces)
                throw refuse('nests braces', 'Write the alternatives in one pair of braces, as in "{a,b,c}", or one pattern per line.');
            inBraces = true;
            if (++braceGroups > MAX_BRACE_GROUPS)
                throw refuse(`has more than ${MAX_BRACE_GROUPS} brace groups`, 'Split it into several patterns, one per line.');
        }
        else if (c === '}') {
            inBraces = false;
        }
        else if (inBraces && c === '.' && body[i + 1] === '.') {
            throw refuse('has a range in braces', 'List the values instead, as in "{1,2,3}".');
        }
        if (c === '/' && !inBraces)
            segments.push('');
        else
            segments[segments.length - 1] += c;
    }
    if (segments.filter((segment) => segment === '**').length > MAX_GLOBSTARS) {
        throw refuse(`has more than ${MAX_GLOBSTARS} "**"`, 'One "**" is usually enough, as in "heroku-connect/**/*.json".');
    }
    for (const segment of segments) {
        if (segment !== '**' && (segment.match(/\*/g)?.length ?? 0) > MAX_STARS_PER_SEGMENT) {
            throw refuse(`has more than ${MAX_STARS_PER_SEGMENT} "*" in "${segment}"`, `Use at most ${MAX_STARS_PER_SEGMENT} per folder or file name, as in "*connect*.json".`);
        }
    }
}


/***/ }),

/***/ 2754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Hn: () => (/* binding */ repositoryRoot),
/* harmony export */   Hz: () => (/* binding */ readConfined),
/* harmony export */   K8: () => (/* binding */ outsideRoot),
/* harmony export */   uf: () => (/* binding */ PEEK_BYTES),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports MAX_FILE_BYTES, readStream */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * The one way the tool touches files it did not create itself. Every path in a pull request may be
 * hostile: a committed symlink can point at the runner's git credentials, a FIFO can block a read
 * forever, /proc and /dev/zero never end. Reads are confined to a real folder and bounded on the
 * opened handle. Writes go through src/core/fs/write.ts.
 */
/** Files above this size are refused with one finding: a real connection export is well under 5 MB. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** How much of a file that cannot be linted is looked at to tell whether it could be a mapping file. */
const PEEK_BYTES = 64 * 1024;
// O_NONBLOCK: opening a FIFO for reading must not wait for a writer. O_NOFOLLOW does not exist on Windows.
const READ_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0);
/**
 * Reads a file whose real path must stay inside `confinedTo` (itself resolved to its real path);
 * `confinedTo` null reads wherever the path leads, for a file the CLI's user named on their own
 * machine. Nothing outside the confinement is opened, so none of its content can reach a message.
 * The system calls are synchronous: the tool reads its files one after another with nothing else
 * to do meanwhile, and for a folder of exports each trip through the thread pool cost more than
 * the read itself. No call can block: the open does not wait for a FIFO's writer, and what is not
 * a regular file is refused before it is read.
 */
function readConfined(absolutePath, confinedTo, limit = MAX_FILE_BYTES) {
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(absolutePath);
        if (confinedTo !== null) {
            const realRoot = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(confinedTo);
            if (!isInside(real, realRoot))
                return outside(absolutePath, real, realRoot);
        }
    }
    catch (error) {
        return failedWith(error);
    }
    let descriptor;
    try {
        descriptor = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, READ_FLAGS);
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(descriptor);
        if (!info.isFile()) {
            return { ok: false, failure: 'not-a-file', message: 'This path is not a regular file (it is a directory, a FIFO, a socket or a device), so it is not read.' };
        }
        // The size stat reports is a hint only: /proc files say 0, a file may grow. The read itself is bounded.
        if (info.size > limit) {
            const head = Buffer.alloc(Math.min(limit, PEEK_BYTES));
            const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(descriptor, head, 0, head.length, 0);
            return tooLarge(formatBytes(info.size), limit, head.subarray(0, bytesRead));
        }
        const bytes = readAtMost(descriptor, limit + 1, info.size);
        if (bytes.length > limit)
            return tooLarge(`more than ${formatBytes(limit)}`, limit, bytes.subarray(0, PEEK_BYTES));
        return { ok: true, bytes };
    }
    catch (error) {
        return failedWith(error);
    }
    finally {
        if (descriptor !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(descriptor);
    }
}
/** Reads a stream (standard input) under the same size limit as a file: a stream that never ends is cut at the limit. */
async function readStream(stream, limit = MAX_FILE_BYTES) {
    const chunks = [];
    let total = 0;
    for await (const chunk of stream) {
        chunks.push(Buffer.from(chunk));
        total += chunk.length;
        if (total > limit)
            return tooLarge(`more than ${formatBytes(limit)}`, limit, Buffer.concat(chunks).subarray(0, PEEK_BYTES));
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
}
/** The read that looks for the end of a file after stat's size was read: small, so that it costs a folder of exports nothing. */
const END_PROBE_BYTES = 1024;
/**
 * The first read is sized by stat's hint, plus a byte to see the end: one read for a file that keeps
 * its size. A short read is followed by one small read that finds the end; only a file that grows,
 * or one whose size stat cannot tell, reads on in chunks of a megabyte. Buffers are not zero-filled
 * (only the bytes read are kept), nor a megabyte each: either was most of the time spent reading a
 * folder of small exports.
 */
function readAtMost(descriptor, most, sizeHint) {
    const chunks = [];
    let total = 0;
    let chunkSize = Math.max(sizeHint + 1, PEEK_BYTES);
    while (total < most) {
        const chunk = Buffer.allocUnsafe(Math.min(most - total, chunkSize));
        const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(descriptor, chunk, 0, chunk.length, null);
        if (bytesRead === 0)
            break;
        chunks.push(chunk.subarray(0, bytesRead));
        total += bytesRead;
        chunkSize = bytesRead < chunk.length ? END_PROBE_BYTES : 1024 * 1024;
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
/** The refusal of a path that leaves `root` as written: nothing is looked at, so not even whether it exists can reach a message. */
function outsideRoot(root) {
    return { ok: false, failure: 'outside', message: `This path is outside ${root}, the folder it is read from, so it is not read. Name a file inside it.` };
}
function outside(absolutePath, real, realRoot) {
    // The target's path is named so the user can find the link; what the target holds is never read.
    const what = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(absolutePath) === real ? 'This path is' : `This path is a symbolic link to ${real}, which is`;
    return {
        ok: false,
        failure: 'outside',
        message: `${what} outside ${realRoot}, the folder it is read from, so it is not read. Commit the mapping file itself, not a link to another place.`,
    };
}
function tooLarge(size, limit, head) {
    return {
        ok: false,
        failure: 'too-large',
        head,
        message: `The file is ${size}, over the ${formatBytes(limit)} limit for a mapping file; ` + 'a real Heroku Connect export is far smaller. Check that this is the file you meant.',
    };
}
function failedWith(error) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return { ok: false, failure: 'missing', message: 'The file cannot be read (no such file).' };
        case 'ELOOP':
            return { ok: false, failure: 'unreadable', message: 'The file cannot be read: it is a symbolic link that loops or goes through too many links.' };
        case 'EACCES':
        case 'EPERM':
            return { ok: false, failure: 'unreadable', message: 'The file cannot be read (permission denied).' };
        case 'EISDIR':
            return { ok: false, failure: 'not-a-file', message: 'This path is a directory, not a file, so it is not read.' };
        default:
            return { ok: false, failure: 'unreadable', message: `The file cannot be read (${code ?? (error instanceof Error ? error.message : String(error))}).` };
    }
}
/**
 * The folder holding `.git` (a folder in a clone, a file in a worktree or submodule), at `start` or
 * above it: where the configuration file is looked for last, and where git is asked what it ignores.
 * A folder that cannot be looked into holds none.
 */
function repositoryRoot(start) {
    for (let folder = start;; folder = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(folder)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, '.git')))
            return folder;
        if (node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(folder) === folder)
            return undefined;
    }
}
/** True when `child` is `parent` or below it; both absolute and already resolved. */
function isInside(child, parent) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(parent, child);
    return relative === '' || (!relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && relative !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative));
}
function formatBytes(size) {
    if (size >= 1024 * 1024)
        return `${(size / (1024 * 1024)).toFixed(1)} MiB`;
    if (size >= 1024)
        return `${(size / 1024).toFixed(1)} KiB`;
    return `${size} bytes`;
}


/***/ }),

/***/ 2054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ml: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony exports MAX_TIMER_MS, timerSteps */
/** setTimeout's largest delay; a longer one overflows and fires after 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;
const systemClock = {
    now: () => Date.now(),
    sleep: async (ms, signal) => {
        // Loaded by the first wait: a lint, which never waits, does not load it.
        const { setTimeout: delay } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8500, 23));
        for (const step of timerSteps(ms))
            await delay(step, undefined, signal ? { signal } : {});
    },
    timeout: (ms) => AbortSignal.timeout(Math.min(Math.max(0, ms), MAX_TIMER_MS)),
};
/** A wait as timer delays none of which overflows: as long as asked, not 1 ms. */
function timerSteps(ms) {
    const steps = [];
    for (let left = Math.max(0, ms); left > 0; left -= MAX_TIMER_MS)
        steps.push(Math.min(left, MAX_TIMER_MS));
    return steps;
}


/***/ }),

/***/ 6153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ describeJsonValue),
/* harmony export */   Hs: () => (/* binding */ ownKeys),
/* harmony export */   TH: () => (/* binding */ listKeys),
/* harmony export */   Vk: () => (/* binding */ sameJson),
/* harmony export */   ix: () => (/* binding */ nestsDeeperThan),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   vp: () => (/* binding */ parsePointer),
/* harmony export */   yF: () => (/* binding */ MAX_ANSWER_DEPTH)
/* harmony export */ });
/** Helpers for parsed JSON (and YAML) values, which arrive untyped. */
/** A JSON object: not null, not an array. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * How deep an answer's JSON may nest. Connect, Salesforce and GitHub answers nest a handful of
 * levels; JSON.stringify and structuredClone overflow the stack near 3,000, and every walk over
 * answer data (comparison, write-back, the backup file) is recursive somewhere, so an answer is
 * refused at the boundary instead.
 */
const MAX_ANSWER_DEPTH = 64;
/** Whether `value` nests more than `limit` arrays or objects deep; iterative, so any depth is measured. */
function nestsDeeperThan(value, limit) {
    const pending = [[value, 0]];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        const [node, depth] = next;
        if (typeof node !== 'object' || node === null)
            continue;
        if (depth >= limit)
            return true;
        for (const inner of Array.isArray(node) ? node : Object.values(node))
            if (typeof inner === 'object' && inner !== null)
                pending.push([inner, depth + 1]);
    }
    return false;
}
/** Text from an answer is cut to this many characters in a message. */
const SHOWN_TEXT_CHARS = 40;
/** A value as a message names it, with its type: `"300" (text)`, `300 (a number)`, `a list`, `missing`. */
function describeJsonValue(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return `${JSON.stringify(value.length > SHOWN_TEXT_CHARS ? `${value.slice(0, SHOWN_TEXT_CHARS)}\u2026` : value)} (text)`;
    if (typeof value === 'number')
        return `${value} (a number)`;
    if (typeof value === 'boolean')
        return `${value} (true or false)`;
    return 'an object';
}
/** Objects with this many keys or more keep their key list: listing a large object's keys sorts them each time. */
const REMEMBERED_KEYS = 64;
const keysOf = new WeakMap();
/**
 * An object's own keys, in order. The list of a large object (a mapping's fields) is made once and
 * shared: the duplicate-key count lists every object's keys (listKeys), then the engine and the
 * rules ask again for the fields, and V8 sorts the keys of an object that large each time it lists
 * them.
 */
function ownKeys(object) {
    return keysOf.get(object) ?? listKeys(object);
}
/** Lists an object's keys, and remembers the list of a large one for ownKeys. */
function listKeys(object) {
    const keys = Object.keys(object);
    if (keys.length >= REMEMBERED_KEYS)
        keysOf.set(object, keys);
    return keys;
}
/** Whether two values are the same JSON, whatever the order of their keys: exports do not keep it from one to the next. */
function sameJson(a, b) {
    return canonical(a) === canonical(b);
}
function canonical(value) {
    const sorted = JSON.stringify(value, (_key, inner) => (isRecord(inner) ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : inner));
    return sorted ?? 'undefined';
}
/** A JSON pointer (RFC 6901, as ajv reports `instancePath`) as a path of keys and indexes. */
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}


/***/ }),

/***/ 7485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ derivedOnce)
/* harmony export */ });
/**
 * `derive`, computed once per object and kept while the object lives. For the indexes the rules
 * build over a mapping or a describe's fields: several rules ask for the same one, and a file may
 * map one object many times.
 */
function derivedOnce(derive) {
    const cache = new WeakMap();
    return (key) => {
        let value = cache.get(key);
        if (value === undefined) {
            value = derive(key);
            cache.set(key, value);
        }
        return value;
    };
}


/***/ }),

/***/ 1344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ DEPLOY_SUMMARY_BUDGET_BYTES),
/* harmony export */   Bd: () => (/* binding */ PLAN_SUMMARY_BUDGET_BYTES),
/* harmony export */   I2: () => (/* binding */ CELL_MAX_CHARS),
/* harmony export */   P6: () => (/* binding */ cutToBudget),
/* harmony export */   VJ: () => (/* binding */ ISSUE_BODY_BUDGET_BYTES),
/* harmony export */   Wv: () => (/* binding */ Room),
/* harmony export */   eT: () => (/* binding */ COMMENT_BUDGET_BYTES),
/* harmony export */   ee: () => (/* binding */ bytes),
/* harmony export */   h2: () => (/* binding */ LINT_SUMMARY_BUDGET_BYTES),
/* harmony export */   oB: () => (/* binding */ OUTPUT_BUDGET_BYTES),
/* harmony export */   vn: () => (/* binding */ JOB_SUMMARY_BUDGET_BYTES),
/* harmony export */   z8: () => (/* binding */ takeWhileFits)
/* harmony export */ });
/**
 * GitHub refuses a step's summary over 1 MiB, and the lint, the plan and the deploy write theirs in
 * the same step; each gets its own share, and the rest is margin for their fixed lines.
 */
const LINT_SUMMARY_BUDGET_BYTES = 560 * 1024;
const PLAN_SUMMARY_BUDGET_BYTES = 256 * 1024;
const DEPLOY_SUMMARY_BUDGET_BYTES = 160 * 1024;
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

/***/ 706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   BC: () => (/* binding */ sarifText),
/* harmony export */   SI: () => (/* binding */ workflowLogLine),
/* harmony export */   eR: () => (/* binding */ terminalText),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   xr: () => (/* binding */ annotationText)
/* harmony export */ });
/* unused harmony export diffLine */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2020);

/**
 * One escaping function per place untrusted text goes (file names, object and field names, messages
 * that quote them, answers from an API). Each is safe for its sink alone: pick the one for where the
 * text is written, never chain two.
 */
/**
 * For a terminal: the CLI's reports on stdout and its lines on stderr. Control characters, ESC and
 * OSC sequences, bidi controls and line breaks are shown as escapes (`\x1b`, `\u202e`, `\n`), so
 * nothing from a file can move the cursor, clear the screen, hide a link or reorder what is shown.
 */
function terminalText(text) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .showUnprintable */ .ux)(text);
}
/**
 * For one line of a unified diff on a terminal (lint --fix-dry-run), without its line break: as
 * terminalText, except that a tab and a line's closing carriage return stay as they are, so that
 * the diff of a file indented with tabs, or with CRLF line ends, still applies.
 */
function diffLine(text) {
    const closingReturn = text.endsWith('\r') ? '\r' : '';
    return `${(closingReturn ? text.slice(0, -1) : text).split('\t').map(showUnprintable).join('\t')}${closingReturn}`;
}
/** The v1 command prefix, which the Actions runner looks for anywhere in a line. */
const V1_COMMAND = /##\[/g;
const ZERO_WIDTH_SPACE = '\u200b';
/**
 * For one line of the Actions runner's log (core.info, core.debug, group names). The runner reads a
 * line as a workflow command when, after leading whitespace, it starts with `::` (or holds `##[`),
 * so: no line breaks or other control characters (shown as escapes), and a zero-width space splits
 * a leading `::` and every `##[`. Annotations need none of this: commandAnnotator escapes their
 * messages and properties itself.
 */
function workflowLogLine(text) {
    const line = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .showUnprintable */ .ux)(text).replace(V1_COMMAND, `##${ZERO_WIDTH_SPACE}[`);
    const start = line.length - line.trimStart().length;
    return line.startsWith('::', start) ? `${line.slice(0, start + 1)}${ZERO_WIDTH_SPACE}${line.slice(start + 1)}` : line;
}
/**
 * For an annotation's message and title. @actions/core encodes line breaks and the characters that
 * would end the command, and GitHub shows the rest as plain text: only what changes how text displays
 * (ESC, bidi and other control characters) is shown as an escape. Line breaks stay, sent encoded.
 */
function annotationText(text) {
    return text.split('\n').map(_text_js__WEBPACK_IMPORTED_MODULE_0__/* .showUnprintable */ .ux).join('\n');
}
/** SARIF's embedded links are `[text](target)`; its spec escapes literal brackets with a backslash. */
const SARIF_LINK_BRACKET = /[[\]]/g;
/** For SARIF `message.text`: plain text, with control and bidi characters shown and no embedded links. */
function sarifText(text) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .showUnprintable */ .ux)(text.replace(SARIF_LINK_BRACKET, (bracket) => `\\${bracket}`));
}
/**
 * What GitHub Markdown (with inline HTML) could turn into markup: HTML and entity syntax, table
 * pipes, code, emphasis, strikethrough, math, links and images, backslash escapes.
 */
const MARKDOWN_SYNTAX = /[&<>"'|`*_~$[\]\\]/;
/**
 * What GitHub turns into a link or a notification after rendering, on the text itself: `@user`,
 * `@org/team`, emails, `#123` and `owner/repo#123`, `GH-123` references, URLs (`scheme://`) and `www.` links. A
 * zero-width space after the trigger breaks each of them, and the text still reads the same. A
 * repository's custom autolinks (`JIRA-123`) are left alone: they link only where the repository
 * says, and breaking every `name-123` would spoil resource names and paths people copy.
 */
const AUTOLINK_TRIGGER = /[@#]|(?<=\bGH)-(?=\d)|:(?=\/\/)|(?<=\bwww)\./i;
const MARKDOWN_HAZARD = new RegExp(`${MARKDOWN_SYNTAX.source}|${AUTOLINK_TRIGGER.source}`, 'gi');
/** At the start of a line of Markdown these open a list, a heading underline or a thematic break. */
const BLOCK_MARKER = /^(?:[-+=]|(\d{1,9})[.)])/;
function entity(char) {
    return `&#${char.charCodeAt(0)};`;
}
/**
 * For GitHub Markdown: the job summary, the pull request comment, the plan and the deploy summary,
 * in table cells, list items, headings and inline HTML alike. Control characters (a lone `\r`
 * too, which CommonMark reads as a line end) are shown as escapes, so the text stays on its line;
 * Markdown and HTML syntax becomes character references; mentions, references and autolinks are
 * broken by an invisible zero-width space. The rendered text reads as the input did.
 */
function markdownText(text) {
    const escaped = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .showUnprintable */ .ux)(text).replace(MARKDOWN_HAZARD, (match) => match === '@' || match === '#' || match === '-' || match === ':' ? `${match}&#8203;` : match === '.' ? `&#8203;.` : entity(match));
    return escaped.replace(BLOCK_MARKER, (marker, digits) => (digits === undefined ? entity(marker) : `${digits}${entity(marker.slice(digits.length))}`));
}
/** Cuts text longer than `max` characters, on a code point boundary, with an ellipsis: for cells that must not take a whole budget. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    const end = /[\ud800-\udbff]/.test(text[max - 1]) ? max - 1 : max;
    return `${text.slice(0, end)}\u2026`;
}


/***/ }),

/***/ 4312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MK: () => (/* binding */ fileLineUrl),
/* harmony export */   b5: () => (/* binding */ sourceRevision),
/* harmony export */   hS: () => (/* binding */ ruleDocsUrl),
/* harmony export */   w5: () => (/* binding */ PROJECT_URL)
/* harmony export */ });
/* unused harmony export RULE_DOCS_PATH */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2020);

const PROJECT_URL = 'https://github.com/heroku-connect-action/heroku-connect-action';
/** The generated rule reference, relative to the repository root: one heading (and anchor) per rule id. */
const RULE_DOCS_PATH = 'docs/rules.md';
/** Each rule's entry in the rule reference. */
function ruleDocsUrl(ruleId) {
    return `${PROJECT_URL}/blob/main/${RULE_DOCS_PATH}#${ruleId}`;
}
/** The revision from the runner's environment, or undefined outside a workflow (nothing to link to). */
function sourceRevision(env) {
    const { GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
    if (!repository || !sha)
        return undefined;
    return { serverUrl: env.GITHUB_SERVER_URL || 'https://github.com', repository, sha };
}
/** The line of a file at the revision, on GitHub. Every part comes from outside and is encoded. */
function fileLineUrl(revision, file, line) {
    const server = revision.serverUrl.replace(/\/+$/, '');
    return `${encodeURI(server)}/${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .encodePath */ .O0)(revision.repository)}/blob/${encodeURIComponent(revision.sha)}/${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .encodePath */ .O0)(file)}#L${line}`;
}


/***/ }),

/***/ 5617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ painter),
/* harmony export */   EO: () => (/* binding */ wrapWords),
/* harmony export */   Z9: () => (/* binding */ wordsOf),
/* harmony export */   jz: () => (/* binding */ DEFAULT_WIDTH)
/* harmony export */ });
/* unused harmony exports terminalWidth, colorWanted, wrap */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The layout of what the CLI prints for people: how wide a line may be, how a paragraph wraps, and
 * whether it is coloured. The text given here is already escaped (terminalText); this only places it.
 */
/** Where nothing says how wide the output is (a pipe, a file, a CI log): the width of a classic terminal. */
const DEFAULT_WIDTH = 80;
/** Below this a hanging indent leaves no room for words; above it lines get too long to read (clap caps its help the same way). */
const MIN_WIDTH = 40;
const MAX_WIDTH = 100;
/** The width to wrap at: the terminal's (within MIN_WIDTH..MAX_WIDTH), or DEFAULT_WIDTH when the output is not a terminal. */
function terminalWidth(stream) {
    const columns = stream.isTTY ? stream.columns : undefined;
    return columns && Number.isInteger(columns) && columns > 0 ? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, columns)) : DEFAULT_WIDTH;
}
/**
 * Colour, as NO_COLOR (https://no-color.org) and FORCE_COLOR say: off with `--no-color` or a
 * non-empty NO_COLOR; else on when FORCE_COLOR is set to anything but "0" or "false" (as Node reads
 * it); else on a terminal only, and not on TERM=dumb.
 */
function colorWanted(env, stream, noColorFlag = false) {
    if (noColorFlag || (env.NO_COLOR ?? '') !== '')
        return false;
    if (env.FORCE_COLOR !== undefined)
        return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
    return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}
/**
 * Paints text when colour is on. The decision was taken already (colorWanted, on the stream the
 * text goes to), so styleText must not check process.stdout again.
 */
function painter(color) {
    return color ? (style, text) => (0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)(style, text, { validateStream: false }) : (_, text) => text;
}
/**
 * Wraps words into lines of at most `width` characters: the first line after `indent` spaces, the
 * rest after `hanging`. A word longer than a line (a path, a URL) keeps a line of its own, whole.
 */
function wrapWords(words, { width, indent = 0, hanging = indent }, paint = painter(false)) {
    const lines = [];
    let line = '';
    let length = 0;
    const margin = () => (lines.length === 0 ? indent : hanging);
    for (const word of words) {
        if (word.text === '')
            continue;
        const shown = word.style ? paint(word.style, word.text) : word.text;
        const gap = word.gap ?? 1;
        if (length > 0 && margin() + length + gap + word.text.length > width) {
            lines.push(`${' '.repeat(margin())}${line}`);
            line = shown;
            length = word.text.length;
        }
        else {
            line = length === 0 ? shown : `${line}${' '.repeat(gap)}${shown}`;
            length += (length === 0 ? 0 : gap) + word.text.length;
        }
    }
    lines.push(`${' '.repeat(margin())}${line}`);
    return lines;
}
/** The words of a plain text, split at spaces; the first after `gap` spaces when it follows another word. */
function wordsOf(text, gap) {
    return text.split(' ').map((word, i) => (i === 0 && gap !== undefined ? { text: word, gap } : { text: word }));
}
/** A paragraph of plain text, wrapped as wrapWords does. */
function wrap(text, layout) {
    return wrapWords(wordsOf(text), layout).join('\n');
}


/***/ }),

/***/ 1423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   debug: () => (/* binding */ debug),
/* harmony export */   error: () => (/* binding */ error),
/* harmony export */   getInput: () => (/* binding */ getInput),
/* harmony export */   group: () => (/* binding */ group),
/* harmony export */   info: () => (/* binding */ info),
/* harmony export */   loadSummary: () => (/* binding */ loadSummary),
/* harmony export */   notice: () => (/* binding */ notice),
/* harmony export */   setOutput: () => (/* binding */ setOutput),
/* harmony export */   setSecret: () => (/* binding */ setSecret),
/* harmony export */   warning: () => (/* binding */ warning)
/* harmony export */ });
/* harmony import */ var _node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9635);
/* harmony import */ var _node_modules_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2902);
/* harmony import */ var _node_modules_actions_core_lib_utils_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4679);
// @actions/core's own modules for workflow commands, output files and the job summary, imported
// from its lib/ rather than its index: the index also imports the toolkit's HTTP client (undici,
// and with it Node's http, https, net and tls) for OIDC tokens, which cost about 45 ms of every
// run's start-up and which neither the action nor the CLI's github format ever asks for. The
// functions below are the index's own one-line wrappers over these modules;
// __tests__/core/output/toolkit.test.ts checks them against the index, and __tests__/action/lint.test.ts
// that the action's bundle loads no HTTP client for a lint.



/** The job summary, @actions/core's own, loaded when a run writes it (it brings node:fs/promises and node:os). */
async function loadSummary() {
    return (await __webpack_require__.e(/* import() */ 170).then(__webpack_require__.bind(__webpack_require__, 1170))).summary;
}
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function setSecret(secret) {
    (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_0__/* .issueCommand */ .L)('add-mask', {}, secret);
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT) {
        (0,_node_modules_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_1__/* .issueFileCommand */ .n)('OUTPUT', (0,_node_modules_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareKeyValueMessage */ .v)(name, value));
        return;
    }
    process.stdout.write('\n');
    (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_0__/* .issueCommand */ .L)('set-output', { name }, (0,_node_modules_actions_core_lib_utils_js__WEBPACK_IMPORTED_MODULE_2__/* .toCommandValue */ .E)(value));
}
function info(message) {
    process.stdout.write(`${message}\n`);
}
function debug(message) {
    (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_0__/* .issueCommand */ .L)('debug', {}, message);
}
function error(message, properties = {}) {
    (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_0__/* .issueCommand */ .L)('error', (0,_node_modules_actions_core_lib_utils_js__WEBPACK_IMPORTED_MODULE_2__/* .toCommandProperties */ .k)(properties), message);
}
function warning(message, properties = {}) {
    (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_0__/* .issueCommand */ .L)('warning', (0,_node_modules_actions_core_lib_utils_js__WEBPACK_IMPORTED_MODULE_2__/* .toCommandProperties */ .k)(properties), message);
}
function notice(message, properties = {}) {
    (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_0__/* .issueCommand */ .L)('notice', (0,_node_modules_actions_core_lib_utils_js__WEBPACK_IMPORTED_MODULE_2__/* .toCommandProperties */ .k)(properties), message);
}
async function group(name, fn) {
    (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_0__/* .issue */ .s)('group', name);
    try {
        return await fn();
    }
    finally {
        (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_0__/* .issue */ .s)('endgroup');
    }
}


/***/ }),

/***/ 2627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ inNewRun),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   fp: () => (/* binding */ redactSecrets),
/* harmony export */   xh: () => (/* binding */ currentRun)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);

const storage = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
const processScope = newScope();
function newScope() {
    return { secrets: new Map(), created: new Set() };
}
/** Runs `fn` as a run of its own: it starts with no secrets and no files of earlier runs in the process. */
function inNewRun(fn) {
    return storage.run(newScope(), fn);
}
function currentRun() {
    return storage.getStore() ?? processScope;
}
/** Notes a secret of the run, as the inputs read it; an empty value is no secret. */
function registerSecret(value, label) {
    if (value !== '')
        currentRun().secrets.set(value, label);
}
/**
 * Every secret of the run replaced by its label, the longest first (so a secret holding another is
 * taken out whole), in the text as it is and as JSON escapes it: an answer echoing a secret that
 * has a quote or a backslash is written with the escaped form.
 */
function redactSecrets(text) {
    const secrets = [...currentRun().secrets].sort(([a], [b]) => b.length - a.length);
    let redacted = text;
    for (const [secret, label] of secrets) {
        redacted = redacted.replaceAll(secret, label);
        const escaped = JSON.stringify(secret).slice(1, -1);
        if (escaped !== secret)
            redacted = redacted.replaceAll(escaped, label);
    }
    return redacted;
}


/***/ }),

/***/ 2085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ suggest),
/* harmony export */   a: () => (/* binding */ didYouMean)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1916);

/** The candidate a typo most likely meant, or undefined when none is close enough to suggest. */
function suggest(input, candidates) {
    if (candidates.length === 0)
        return undefined;
    const lower = input.toLowerCase();
    // Lower-cased once: every search below runs over the same list.
    const lowered = candidates.map((c) => c.toLowerCase());
    const caseOnly = lowered.indexOf(lower);
    if (caseOnly !== -1)
        return candidates[caseOnly];
    const best = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(lower, lowered);
    return (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(lower, best) <= Math.max(2, Math.floor(input.length / 3)) ? candidates[lowered.indexOf(best)] : undefined;
}
function didYouMean(input, candidates) {
    const match = suggest(input, candidates);
    return match ? ` Did you mean "${match}"?` : '';
}


/***/ }),

/***/ 2020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   O0: () => (/* binding */ encodePath),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   ux: () => (/* binding */ showUnprintable)
/* harmony export */ });
/* unused harmony export UNPRINTABLE */
/**
 * Characters that can rewrite what a terminal, a log or a renderer shows, or hide in a name: C0
 * controls (line breaks and ESC included), DEL, C1 controls, the soft hyphen, zero-width and
 * bidirectional marks, embeddings, overrides and isolates, the Unicode line and paragraph separators,
 * invisible operators and the byte order mark.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
const NAMED_CONTROL = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** `\n`, `\x1b`, `\u202e`: what the character is, in characters that do nothing. */
function showCharacter(char) {
    const code = char.charCodeAt(0);
    return NAMED_CONTROL[char] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}
/** The text with every unprintable character shown as an escape: the one visible form every sink and message uses. */
function showUnprintable(text) {
    return text.replace(UNPRINTABLE, showCharacter);
}
/**
 * A short, visible excerpt of a name or value from a user's file, for a message: every unprintable
 * character shown as an escape, and at most `limit` characters of the original kept.
 */
function excerpt(text, limit = 60) {
    // Never cut a surrogate pair in two: half a character is not valid text.
    const cut = limit > 0 && /[\ud800-\udbff]/.test(text.charAt(limit - 1)) ? limit - 1 : limit;
    return showUnprintable(text.length > limit ? `${text.slice(0, cut)}\u2026` : text);
}
/** `a/b c.json` \u2192 `a/b%20c.json`: each segment percent-encoded (RFC 3986), the separators kept. */
function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
/** `45 s`, `3 min`, `3 min 20 s`: a duration as the logs and summaries say it. */
function formatDuration(ms) {
    const seconds = Math.max(0, Math.round(ms / 1000));
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
}
/**
 * `12,345`: a whole count as en-US writes it. Not toLocaleString: its first call loads the ICU
 * locale data, about 25 ms of a run that prints one summary line.
 */
function formatCount(count) {
    return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}


/***/ }),

/***/ 3914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cp: () => (/* binding */ refuseLiveChangeOnPullRequest),
/* harmony export */   FA: () => (/* binding */ refuseDeployOnPullRequest),
/* harmony export */   RT: () => (/* binding */ readPullRequestPayload),
/* harmony export */   XS: () => (/* binding */ secretRefusal)
/* harmony export */ });
/* unused harmony export untrustedEvent */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1586);


/** The pull request of the event payload at GITHUB_EVENT_PATH. Throws when the file cannot be read or parsed. */
function readPullRequestPayload(eventPath) {
    const payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(eventPath, 'utf8'));
    const pullRequest = typeof payload === 'object' ? payload?.pull_request : undefined;
    return typeof pullRequest === 'object' && pullRequest !== null ? pullRequest : undefined;
}
/**
 * The head branch lives in another repository, or in one deleted since, or the payload does not say
 * which: its author may have no write access.
 */
function isFromFork(pullRequest) {
    const head = pullRequest.head?.repo?.full_name;
    const base = pullRequest.base?.repo?.full_name;
    return typeof head !== 'string' || typeof base !== 'string' || head !== base;
}
/**
 * Why this run's event must not use a secret, or undefined when it may. A pull_request payload that
 * cannot be read counts as a fork's: what cannot be told trusted is not.
 */
function untrustedEvent(env) {
    const eventName = env.GITHUB_EVENT_NAME;
    if (eventName === 'pull_request_target')
        return 'a pull_request_target event';
    if (eventName !== 'pull_request')
        return undefined;
    let pullRequest;
    try {
        pullRequest = env.GITHUB_EVENT_PATH ? readPullRequestPayload(env.GITHUB_EVENT_PATH) : undefined;
    }
    catch {
        pullRequest = undefined;
    }
    if (pullRequest === undefined)
        return 'a pull_request event whose payload (GITHUB_EVENT_PATH) cannot be read, so it may come from a fork';
    return isFromFork(pullRequest) ? 'a pull_request event from a fork' : undefined;
}
/**
 * The one refusal message, or undefined when the secret may be used: on a trusted event, or when
 * the user turned on `allowLabel` (allow-pull-request-secrets, which names the one input).
 */
function secretRefusal(env, secret, allowed, allowLabel) {
    const why = allowed ? undefined : untrustedEvent(env);
    if (why === undefined)
        return undefined;
    return (`Not using ${secret} on ${why}: the pull request's code and files, which anyone may have written, would decide what is done with it. ` +
        `Run this on push, schedule or workflow_dispatch. To use it on such pull requests anyway (a review-app connection the pull request may change), turn on ${allowLabel}.`);
}
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/**
 * The deploy's rule, stricter than the trust rule: no deploy on any pull-request event, trusted or
 * not, since its files are not merged yet. allow-pull-request-deploy, a deliberate choice for a
 * review-app connection, lifts it, and with it the trust rule for the deploy.
 */
function refuseDeployOnPullRequest(eventName, allowed) {
    if (eventName && PULL_REQUEST_EVENTS.has(eventName) && !allowed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Not deploying on a ${eventName} event: the pull request's mapping files are not merged yet, and a deploy from them would change the live connection. ` +
            'Deploy on push to the default branch or on workflow_dispatch. For a review-app connection the pull request may change, set allow-pull-request-deploy to true.');
    }
}
/**
 * The operator commands' rule, the deploy's without its opt-in: pausing, resuming, restarting or
 * reloading a live connection is never a pull request's to do, trusted or not.
 */
function refuseLiveChangeOnPullRequest(eventName, command) {
    if (eventName && PULL_REQUEST_EVENTS.has(eventName)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Not running ${command} on a ${eventName} event: it changes the live connection, which is not a pull request's to do. ` +
            'Run it on workflow_dispatch (or push or schedule), where the run is recorded with who started it.');
    }
}


/***/ }),

/***/ 3054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ LEVELS),
/* harmony export */   YT: () => (/* binding */ LEVEL_RANK),
/* harmony export */   q3: () => (/* binding */ HEROKU_PLANS)
/* harmony export */ });
/**
 * Types shared by the parser, the rules, the engine and the reporters. This module imports nothing
 * of the project, so any folder may depend on it without creating a cycle.
 */
const LEVELS = ['error', 'warning', 'notice'];
/** Severity order: a lower rank is more severe. */
const LEVEL_RANK = { error: 0, warning: 1, notice: 2 };
/** The Heroku Connect plans, whose limits differ (demo has a 10-minute polling floor). Not the change plan of a merge. */
const HEROKU_PLANS = ['demo', 'enterprise', 'shield'];


/***/ }),

/***/ 6814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ ACTION_COMMANDS),
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   Pu: () => (/* binding */ actionStage),
/* harmony export */   kh: () => (/* binding */ OPERATOR_COMMANDS),
/* harmony export */   y4: () => (/* binding */ isOpsCommand)
/* harmony export */ });
/* unused harmony exports commandNamed, isCommand */
/* harmony import */ var _formats_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5117);
/**
 * Every command, declared once: the CLI's dispatch, its overview and per-command help, the set of
 * live commands, each command's `--format` input and the action's `command` choices (and their
 * type) all come from this table. A new command is one entry here, its module, and its docs.
 *
 * The table sits below src/cli and src/action, so both import it; the CLI's loaders (one lazy
 * import per command, in src/cli/main.ts) are checked complete against it by the compiler.
 */

/** Exit 2 means the same for every command: it could not do what was asked. */
const NOT_RUN = 'a usage or configuration error, or an internal error';
/** The operator commands' exits: each sends one action and waits for the state that shows it took effect. */
const OPERATOR_EXITS = {
    0: 'the state that shows it took effect was seen',
    1: 'the action was sent but its evidence did not come within --wait-timeout, or Heroku Connect refused it or could not be read',
    2: `refused before anything was sent (the connection's state does not allow it, an untrusted pull-request event), or ${NOT_RUN}`,
};
const COMMANDS = [
    {
        name: 'lint',
        synopsis: 'lint [paths or globs... | -]',
        summary: 'Lint Heroku Connect mapping files (default: the configuration file\'s files, else every mapping file under the current directory). "-" reads standard input.',
        live: false,
        exits: { 0: 'no finding reaches --fail-on, and the warnings do not exceed --max-warnings', 1: 'a finding reaches --fail-on, or the warnings exceed --max-warnings', 2: NOT_RUN },
        format: { input: 'format', formats: _formats_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .LINT_FORMATS */ .f },
        action: { stage: 'lint' },
    },
    {
        name: 'deploy',
        synopsis: 'deploy <files...> --app <app>',
        summary: "Lint the files, then import them all into the app's Heroku Connect connection and wait until it is IDLE and every mapping the import changes is DATA_SYNCED. The API key comes from HEROKU_API_KEY; CONNECT_DISCOVERY_SERVER overrides https://hc-central.heroku.com.",
        live: true,
        exits: { 0: 'deployed, or already up to date', 1: 'a lint finding reaches --fail-on (nothing is imported), or the deploy failed', 2: NOT_RUN },
        action: { stage: 'deploy' },
    },
    {
        name: 'plan',
        synopsis: 'plan <files...> [--base <ref> | --app <app>]',
        summary: "What the files change: against their version at a git revision (default HEAD), or, with --app, against the live configuration of the app's connection (what an import would change; read only, the API key comes from HEROKU_API_KEY).",
        live: true,
        exits: { 0: 'the plan was made, whatever it changes', 1: 'with --app: the live configuration could not be read', 2: NOT_RUN },
        format: { input: 'plan-format', formats: _formats_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAN_FORMATS */ .Lr },
    },
    {
        name: 'diagnose',
        synopsis: 'diagnose --app <app> [files...]',
        summary: "Run Heroku Connect's own diagnose (the checks of heroku connect:diagnose): the connection's, and each mapping's (those of the files when given, placed at their object_name line; every live one otherwise). Read only; the API key comes from HEROKU_API_KEY.",
        live: true,
        exits: { 0: 'no finding reaches --fail-on', 1: 'a finding reaches --fail-on, or Heroku Connect could not be read', 2: NOT_RUN },
        format: { input: 'diagnose-format', formats: _formats_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .DIAGNOSE_FORMATS */ .S3 },
    },
    {
        name: 'write-errors',
        synopsis: 'write-errors --app <app> [--since <duration>]',
        summary: 'The writes from Postgres to Salesforce that failed (Heroku Connect keeps 24 hours), by table. Read only; the API key comes from HEROKU_API_KEY.',
        live: true,
        exits: { 0: 'the write errors were read (there may be none or many)', 1: 'Heroku Connect could not be read', 2: NOT_RUN },
        format: { input: 'write-errors-format', formats: _formats_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .WRITE_ERRORS_FORMATS */ .Pp },
    },
    {
        name: 'drift',
        synopsis: 'drift [files...] --app <app[:resource]> [--app ...] [--write]',
        summary: "How each app's live connection has drifted from the files (a dashboard edit, a recreated connection): each difference by meaning, with what the next deploy of the files would do about it. Exits 1 on drift. --write rewrites the files to match the live connection (one app), changing only the drifted values. Read only otherwise; the API key comes from HEROKU_API_KEY.",
        live: true,
        exits: { 0: 'no connection drifted from the files', 1: 'a connection drifted, or could not be read', 2: NOT_RUN },
        format: { input: 'drift-format', formats: _formats_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .DRIFT_FORMATS */ .fW },
        action: { stage: 'ops' },
    },
    {
        name: 'health',
        synopsis: 'health --app <app[:resource]> [--app ...] [--acknowledge]',
        summary: "Each app's connection state, each mapping's state, last poll (stale after --stale-intervals polling intervals), record counts and pending writes, write errors within --since and unacknowledged notifications. Exits 1 when unhealthy. Reads only, unless --acknowledge acknowledges the notifications reported. The API key comes from HEROKU_API_KEY.",
        live: true,
        exits: { 0: 'every connection is healthy', 1: 'a connection is unhealthy, or could not be read', 2: NOT_RUN },
        format: { input: 'health-format', formats: _formats_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .HEALTH_FORMATS */ .uA },
        action: { stage: 'ops' },
    },
    {
        name: 'compare',
        synopsis: 'compare --app <from> --app <to>',
        summary: "How two apps' live connections differ (sandbox against production), by meaning, and what promoting the first one's configuration to the second would do. Read only; the API key comes from HEROKU_API_KEY.",
        live: true,
        exits: { 0: 'the connections were compared, whatever their differences', 1: 'a connection could not be read', 2: NOT_RUN },
        format: { input: 'compare-format', formats: _formats_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARE_FORMATS */ .tJ },
    },
    {
        name: 'pause',
        synopsis: 'pause --app <app>',
        summary: "Pause the app's Heroku Connect connection (only from IDLE; a running import is waited for first) and wait within --wait-timeout until it is PAUSED. The API key comes from HEROKU_API_KEY.",
        exits: OPERATOR_EXITS,
        live: true,
        action: { stage: 'ops' },
    },
    {
        name: 'resume',
        synopsis: 'resume --app <app>',
        summary: "Resume the app's paused Heroku Connect connection (only from PAUSED) and wait within --wait-timeout until it is IDLE or polling. The API key comes from HEROKU_API_KEY.",
        exits: OPERATOR_EXITS,
        live: true,
        action: { stage: 'ops' },
    },
    {
        name: 'restart',
        synopsis: 'restart --app <app>',
        summary: "Restart the app's Heroku Connect connection (the Heroku CLI's connect:recover: it clears errors and resumes the sync) and wait within --wait-timeout until it is IDLE or polling. The API key comes from HEROKU_API_KEY.",
        exits: OPERATOR_EXITS,
        live: true,
        action: { stage: 'ops' },
    },
    {
        name: 'recover',
        synopsis: 'recover --app <app>',
        summary: 'The same as restart, by the name the Heroku CLI also gives it (connect:recover).',
        exits: OPERATOR_EXITS,
        live: true,
        action: { stage: 'ops' },
    },
    {
        name: 'reload',
        synopsis: 'reload <mapping...> --app <app> --confirm <app>',
        summary: "Reload each named mapping: Heroku Connect empties its table and loads it again from Salesforce. Needs --confirm with the app's name. Waits within --wait-timeout until each has passed RELOAD_TABLE and is DATA_SYNCED. The API key comes from HEROKU_API_KEY.",
        exits: {
            ...OPERATOR_EXITS,
            0: 'every mapping passed RELOAD_TABLE and reached DATA_SYNCED',
            2: `${OPERATOR_EXITS[2]} (also: no --confirm with the app's name)`,
        },
        live: true,
        action: { stage: 'ops' },
    },
    {
        name: 'schema',
        synopsis: 'schema <files...> [--describe <globs>] [--apply]',
        summary: "Print the SQL DDL of the tables Heroku Connect would create for the files, for local development and tests: the schema, each mapping's table with Connect's system columns, a column per mapped field (typed from the describe data when given) and the indexes as Connect names them. --apply creates them in a development database, and refuses one whose schema holds Connect's _trigger_log.",
        exits: {
            0: 'the DDL was printed, or with --apply created',
            2: "a usage or configuration error, a database that holds Connect's _trigger_log or could not be reached (--apply), or an internal error",
        },
        live: false,
    },
    {
        name: 'init',
        synopsis: 'init [--force]',
        summary: "Write a commented .heroku-connect.yml at the root of the repository the current directory is in (a glob for each folder of mapping files found there, and the plan that app.json's herokuconnect add-on names) and a lint workflow, .github/workflows/heroku-connect-lint.yml. Never replaces either without --force.",
        exits: { 0: 'the configuration file and the workflow were written', 2: 'a file exists already (without --force), a usage or configuration error, or an internal error' },
        live: false,
    },
];
const BY_NAME = new Map(COMMANDS.map((spec) => [spec.name, spec]));
/** The command's entry, or undefined for a name that is none. */
function commandNamed(name) {
    return BY_NAME.get(name);
}
function isCommand(name) {
    return BY_NAME.has(name);
}
const ACTION_COMMANDS = COMMANDS.flatMap((spec) => (spec.action ? [spec.name] : []));
/** The operator commands: each changes one app's live connection and waits for the evidence. */
const OPERATOR_COMMANDS = ['pause', 'resume', 'restart', 'recover', 'reload'];
/** The command's action stage; `command` is one of ACTION_COMMANDS, which the inputs reader checked. */
function actionStage(command) {
    return BY_NAME.get(command).action.stage;
}
function isOpsCommand(command) {
    return actionStage(command) === 'ops';
}


/***/ }),

/***/ 6948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HR: () => (/* binding */ CONFIG_FILE_NAMES),
  Z9: () => (/* binding */ loadConfig),
  o4: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: findConfigFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts + 1 modules
var errors = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/core/fs/workspace.ts
var workspace = __webpack_require__(2754);
// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __webpack_require__(2085);
// EXTERNAL MODULE: ./src/lint/parse/parse.ts
var parse = __webpack_require__(6842);
// EXTERNAL MODULE: ./src/lint/parse/source.ts
var source = __webpack_require__(7064);
// EXTERNAL MODULE: ./src/lint/rules/index.ts + 39 modules
var rules = __webpack_require__(1227);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/interface/config/validate-config.generated.js
// Generated by scripts/compile-schema.mjs from schema/config.schema.json. Do not edit.

const validate = validate10;
/* harmony default export */ const validate_config_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/heroku-connect-action/heroku-connect-action/main/schema/config.schema.json","title":"heroku-connect-action configuration (.heroku-connect.yml)","description":"Read by the CLI, the GitHub Action and the pre-commit hook alike. Inputs and command-line flags override it.","type":"object","additionalProperties":false,"properties":{"files":{"description":"Globs or paths of the mapping files to lint, relative to this file's folder; ! excludes. Used when no files are named on the command line or in the action's files input.","type":"array","items":{"type":"string","minLength":1}},"describe":{"description":"Globs of Salesforce describe snapshots, relative to this file's folder.","type":"array","items":{"type":"string","minLength":1}},"plan":{"description":"The Heroku Connect plan of the connection.","enum":["demo","enterprise","shield"]},"fail-on":{"description":"Fail when a finding reaches this level.","enum":["error","warning","notice","never"]},"rules":{"description":"Rule levels by rule id. An input or flag overrides them rule by rule.","type":"object","propertyNames":{"enum":["unreadable-file","invalid-json","duplicate-key","schema","invalid-api-name","duplicate-mapping","big-object","platform-event","requires-filter","not-queryable","implementation-restriction","unsupported-object","missing-id-field","missing-timestamp-field","object-without-timestamp","missing-isdeleted-field","not-updateable","unsupported-field-type","unknown-field","polling-interval","accelerated-polling","missing-upsert-field","upsert-field","upsert-field-index","index-unmapped-field","relationship-lookup","column-collision","id-field-case","field-name-case","api-version","api-version-deprecated","required-fields","bulk-limit","too-many-mappings","archived-activities","too-many-findings"]},"additionalProperties":{"enum":["off","notice","warning","error"]}},"ignore":{"description":"Findings to silence: one rule for one mapping (and optionally one field), with the reason. They are reported as suppressed and do not count toward fail-on.","type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","object","reason"],"properties":{"rule":{"description":"The rule id.","enum":["unreadable-file","invalid-json","duplicate-key","schema","invalid-api-name","duplicate-mapping","big-object","platform-event","requires-filter","not-queryable","implementation-restriction","unsupported-object","missing-id-field","missing-timestamp-field","object-without-timestamp","missing-isdeleted-field","not-updateable","unsupported-field-type","unknown-field","polling-interval","accelerated-polling","missing-upsert-field","upsert-field","upsert-field-index","index-unmapped-field","relationship-lookup","column-collision","id-field-case","field-name-case","api-version","api-version-deprecated","required-fields","bulk-limit","too-many-mappings","archived-activities","too-many-findings"]},"object":{"description":"The mapping's object_name.","type":"string","minLength":1},"field":{"description":"A field of the mapping (under config.fields or config.indexes); without it, every finding of the rule on the mapping is silenced.","type":"string","minLength":1},"reason":{"description":"Why this finding is accepted: shown as the suppression's justification.","type":"string","minLength":1}}}}}};
const func2 = ucs2length/* default */.A;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/heroku-connect-action/heroku-connect-action/main/schema/config.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "files") || (key0 === "describe")) || (key0 === "plan")) || (key0 === "fail-on")) || (key0 === "rules")) || (key0 === "ignore"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.files !== undefined){
let data0 = data.files;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err1 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.describe !== undefined){
let data2 = data.describe;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err4 = {instancePath:instancePath+"/describe/" + i1,schemaPath:"#/properties/describe/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/describe/" + i1,schemaPath:"#/properties/describe/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/describe",schemaPath:"#/properties/describe/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.plan !== undefined){
let data4 = data.plan;
if(!(((data4 === "demo") || (data4 === "enterprise")) || (data4 === "shield"))){
const err7 = {instancePath:instancePath+"/plan",schemaPath:"#/properties/plan/enum",keyword:"enum",params:{allowedValues: schema11.properties.plan.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data["fail-on"] !== undefined){
let data5 = data["fail-on"];
if(!((((data5 === "error") || (data5 === "warning")) || (data5 === "notice")) || (data5 === "never"))){
const err8 = {instancePath:instancePath+"/fail-on",schemaPath:"#/properties/fail-on/enum",keyword:"enum",params:{allowedValues: schema11.properties["fail-on"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.rules !== undefined){
let data6 = data.rules;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
const _errs14 = errors;
if(!((((((((((((((((((((((((((((((((((((key1 === "unreadable-file") || (key1 === "invalid-json")) || (key1 === "duplicate-key")) || (key1 === "schema")) || (key1 === "invalid-api-name")) || (key1 === "duplicate-mapping")) || (key1 === "big-object")) || (key1 === "platform-event")) || (key1 === "requires-filter")) || (key1 === "not-queryable")) || (key1 === "implementation-restriction")) || (key1 === "unsupported-object")) || (key1 === "missing-id-field")) || (key1 === "missing-timestamp-field")) || (key1 === "object-without-timestamp")) || (key1 === "missing-isdeleted-field")) || (key1 === "not-updateable")) || (key1 === "unsupported-field-type")) || (key1 === "unknown-field")) || (key1 === "polling-interval")) || (key1 === "accelerated-polling")) || (key1 === "missing-upsert-field")) || (key1 === "upsert-field")) || (key1 === "upsert-field-index")) || (key1 === "index-unmapped-field")) || (key1 === "relationship-lookup")) || (key1 === "column-collision")) || (key1 === "id-field-case")) || (key1 === "field-name-case")) || (key1 === "api-version")) || (key1 === "api-version-deprecated")) || (key1 === "required-fields")) || (key1 === "bulk-limit")) || (key1 === "too-many-mappings")) || (key1 === "archived-activities")) || (key1 === "too-many-findings"))){
const err9 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.propertyNames.enum},message:"must be equal to one of the allowed values",propertyName:key1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid5 = _errs14 === errors;
if(!valid5){
const err10 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key2 in data6){
let data7 = data6[key2];
if(!((((data7 === "off") || (data7 === "notice")) || (data7 === "warning")) || (data7 === "error"))){
const err11 = {instancePath:instancePath+"/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.additionalProperties.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.ignore !== undefined){
let data8 = data.ignore;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.rule === undefined){
const err13 = {instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data9.object === undefined){
const err14 = {instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/required",keyword:"required",params:{missingProperty: "object"},message:"must have required property '"+"object"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data9.reason === undefined){
const err15 = {instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key3 in data9){
if(!((((key3 === "rule") || (key3 === "object")) || (key3 === "field")) || (key3 === "reason"))){
const err16 = {instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data9.rule !== undefined){
let data10 = data9.rule;
if(!((((((((((((((((((((((((((((((((((((data10 === "unreadable-file") || (data10 === "invalid-json")) || (data10 === "duplicate-key")) || (data10 === "schema")) || (data10 === "invalid-api-name")) || (data10 === "duplicate-mapping")) || (data10 === "big-object")) || (data10 === "platform-event")) || (data10 === "requires-filter")) || (data10 === "not-queryable")) || (data10 === "implementation-restriction")) || (data10 === "unsupported-object")) || (data10 === "missing-id-field")) || (data10 === "missing-timestamp-field")) || (data10 === "object-without-timestamp")) || (data10 === "missing-isdeleted-field")) || (data10 === "not-updateable")) || (data10 === "unsupported-field-type")) || (data10 === "unknown-field")) || (data10 === "polling-interval")) || (data10 === "accelerated-polling")) || (data10 === "missing-upsert-field")) || (data10 === "upsert-field")) || (data10 === "upsert-field-index")) || (data10 === "index-unmapped-field")) || (data10 === "relationship-lookup")) || (data10 === "column-collision")) || (data10 === "id-field-case")) || (data10 === "field-name-case")) || (data10 === "api-version")) || (data10 === "api-version-deprecated")) || (data10 === "required-fields")) || (data10 === "bulk-limit")) || (data10 === "too-many-mappings")) || (data10 === "archived-activities")) || (data10 === "too-many-findings"))){
const err17 = {instancePath:instancePath+"/ignore/" + i2+"/rule",schemaPath:"#/properties/ignore/items/properties/rule/enum",keyword:"enum",params:{allowedValues: schema11.properties.ignore.items.properties.rule.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data9.object !== undefined){
let data11 = data9.object;
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err18 = {instancePath:instancePath+"/ignore/" + i2+"/object",schemaPath:"#/properties/ignore/items/properties/object/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/ignore/" + i2+"/object",schemaPath:"#/properties/ignore/items/properties/object/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data9.field !== undefined){
let data12 = data9.field;
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err20 = {instancePath:instancePath+"/ignore/" + i2+"/field",schemaPath:"#/properties/ignore/items/properties/field/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/ignore/" + i2+"/field",schemaPath:"#/properties/ignore/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data9.reason !== undefined){
let data13 = data9.reason;
if(typeof data13 === "string"){
if(func2(data13) < 1){
const err22 = {instancePath:instancePath+"/ignore/" + i2+"/reason",schemaPath:"#/properties/ignore/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/ignore/" + i2+"/reason",schemaPath:"#/properties/ignore/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
;// CONCATENATED MODULE: ./src/interface/config/load.ts










/** The names looked for in each folder, in this order. */
const CONFIG_FILE_NAMES = ['.heroku-connect.yml', '.heroku-connect.yaml', '.heroku-connect.json'];
/** A configuration file is a few lines; anything this large is not one. */
const MAX_CONFIG_BYTES = 256 * 1024;
/**
 * The configuration file for a run in `start`: looked for in `start`, then in each parent up to the
 * repository's root (the folder with `.git`), never above it; outside a repository, in `start` only.
 * The action passes `searchUp: false`: only the workspace root counts.
 */
async function findConfigFile(start, searchUp) {
    let folder = external_node_path_default().resolve(start);
    const stopAt = searchUp ? (0,workspace/* repositoryRoot */.Hn)(folder) : folder;
    for (;;) {
        for (const name of CONFIG_FILE_NAMES) {
            const candidate = external_node_path_default().join(folder, name);
            if (exists(candidate))
                return candidate;
        }
        if (stopAt === undefined || folder === stopAt)
            return undefined;
        folder = external_node_path_default().dirname(folder);
    }
}
/** Synchronous, like every read of a lint's start: node:fs/promises would cost more to load than these few calls take. */
function exists(file) {
    try {
        (0,external_node_fs_.statSync)(file);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Finds and reads the configuration file for a run whose findings are relative to `root`. Read
 * confined to its own folder and bounded like a mapping file; parsed by the mapping files' parser,
 * so a problem is placed at its line.
 */
async function loadConfig(root, options) {
    const found = await findConfigFile(root, options.searchUp);
    if (found === undefined)
        return undefined;
    const read = (0,workspace/* readConfined */.Hz)(found, external_node_path_default().dirname(found), MAX_CONFIG_BYTES);
    if (!read.ok)
        throw new errors/* ConfigurationError */.j1(`${shownPath(root, found)}: ${read.message}`);
    return parseConfig(root, found, read.bytes);
}
function shownPath(root, file) {
    return external_node_path_default().relative(root, file).split((external_node_path_default()).sep).join('/');
}
/**
 * The configuration in `bytes`, as the file at `found` (its name gives the format, its folder the
 * globs' base): the workspace's file, or its version on a pull request's base branch.
 */
async function parseConfig(root, found, bytes) {
    const shown = shownPath(root, found);
    if (bytes.length > MAX_CONFIG_BYTES)
        throw new errors/* ConfigurationError */.j1(`${shown}: larger than ${MAX_CONFIG_BYTES / 1024} KiB, which no configuration file is.`);
    const decoded = (0,source/* decode */.D4)(bytes, (0,source/* formatOf */.be)(found));
    if (!decoded.ok)
        throw new errors/* ConfigurationError */.j1(`${shown}:${decoded.problem.range.start.line}: ${decoded.problem.message}`);
    const parsed = await (0,parse/* parseSource */.P)(decoded.text, (0,source/* formatOf */.be)(found));
    const problem = parsed.problems[0];
    if (problem)
        throw new errors/* ConfigurationError */.j1(`${shown}:${problem.range.start.line}:${problem.range.start.column}: ${problem.message}`);
    const value = parsed.value ?? {};
    const at = (where, key = false) => {
        const { start } = parsed.locate([{ path: where, at: key ? 'key' : 'value' }])[0];
        return `${shown}:${start.line}:${start.column}`;
    };
    // Rule ids first: the schema lists them too (for editors), but this message names the id meant.
    checkRuleIds(value, at);
    if (!validate(value)) {
        const error = validate.errors[0];
        const where = (0,json/* parsePointer */.vp)(error.instancePath);
        const isKey = error.keyword === 'additionalProperties';
        throw new errors/* ConfigurationError */.j1(`${at(isKey ? [...where, String(error.params.additionalProperty ?? '')] : where, isKey)}: ${describe(error, where)}`);
    }
    const document = value;
    // Each locate call scans the whole file: a place is found only for a message, and the entries' places all in one call.
    const entries = document.ignore ?? [];
    const places = parsed.locate(entries.map((_, index) => ({ path: ['ignore', index] })));
    const ignores = entries.map((entry, index) => {
        const { line, column } = places[index].start;
        return { rule: entry.rule, object: entry.object, ...(entry.field !== undefined && { field: entry.field }), reason: entry.reason, file: shown, line, column };
    });
    // Globs in the file are relative to its folder; the run's are relative to root.
    const folder = external_node_path_default().relative(root, external_node_path_default().dirname(found)).split((external_node_path_default()).sep).join('/');
    const rebase = (pattern) => {
        const negated = pattern.startsWith('!');
        const body = negated ? pattern.slice(1) : pattern;
        return `${negated ? '!' : ''}${folder === '' ? body : `${folder}/${body}`}`;
    };
    const values = {};
    if (document.files)
        values.files = document.files.map(rebase).join('\n');
    if (document.describe)
        values.describe = document.describe.map(rebase).join('\n');
    if (document.plan)
        values.plan = document.plan;
    if (document['fail-on'])
        values['fail-on'] = document['fail-on'];
    if (document.rules)
        values.rules = Object.entries(document.rules)
            .map(([id, level]) => `${id}: ${level}`)
            .join('\n');
    return { file: shown, values, ignores, where: (key) => `${shown}:${parsed.locate([{ path: key, at: 'key' }])[0].start.line}` };
}
/** The rule ids of `rules` and of each `ignore` entry, where they have the shape the schema asks for. */
function checkRuleIds(value, at) {
    const { rules, ignore } = ((0,json/* isRecord */.u4)(value) ? value : {});
    if ((0,json/* isRecord */.u4)(rules))
        for (const id of Object.keys(rules))
            checkRuleId(id, () => at(['rules', id], true));
    if (Array.isArray(ignore)) {
        ignore.forEach((entry, index) => {
            if ((0,json/* isRecord */.u4)(entry) && typeof entry.rule === 'string')
                checkRuleId(entry.rule, () => at(['ignore', index, 'rule']));
        });
    }
}
function checkRuleId(id, where) {
    if (!rules/* RULES_BY_ID */.k.has(id))
        throw new errors/* ConfigurationError */.j1(`${where()}: unknown rule "${id}".${(0,suggest/* didYouMean */.a)(id, [...rules/* RULES_BY_ID */.k.keys()])}`);
}
const KNOWN_KEYS = {
    '': ['files', 'describe', 'plan', 'fail-on', 'rules', 'ignore'],
    ignore: ['rule', 'object', 'field', 'reason'],
};
/** What is wrong, in the words of the file: the key and what it takes. */
function describe(error, where) {
    const name = where.length === 0 ? 'the file' : `"${where.join('.')}"`;
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const known = KNOWN_KEYS[typeof where[0] === 'string' && where[0] === 'ignore' ? 'ignore' : ''] ?? [];
            return `unknown key "${key}".${(0,suggest/* didYouMean */.a)(key, known)} Known keys: ${known.join(', ')}.`;
        }
        case 'required':
            return `${name} is missing "${String(params.missingProperty)}"${params.missingProperty === 'reason' ? ': every ignore says why the finding is accepted' : ''}.`;
        case 'enum':
            return `${name} must be one of: ${params.allowedValues.join(', ')}.`;
        case 'type':
            return `${name} must be ${params.type === 'array' ? 'a list' : params.type === 'object' ? 'a mapping of keys to values' : `a ${String(params.type)}`}.`;
        case 'minLength':
            return `${name} must not be empty.`;
        default:
            return `${name} ${error.message ?? 'is not valid'}.`;
    }
}


/***/ }),

/***/ 5117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ formatNames),
/* harmony export */   I9: () => (/* binding */ formatsHelp),
/* harmony export */   Lr: () => (/* binding */ PLAN_FORMATS),
/* harmony export */   Pp: () => (/* binding */ WRITE_ERRORS_FORMATS),
/* harmony export */   S3: () => (/* binding */ DIAGNOSE_FORMATS),
/* harmony export */   f: () => (/* binding */ LINT_FORMATS),
/* harmony export */   fW: () => (/* binding */ DRIFT_FORMATS),
/* harmony export */   tJ: () => (/* binding */ COMPARE_FORMATS),
/* harmony export */   uA: () => (/* binding */ HEALTH_FORMATS)
/* harmony export */ });
/* unused harmony export formatNamed */
/* harmony import */ var _lint_report_github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5825);
/* harmony import */ var _lint_report_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9821);


/** Indented JSON, one subject per report: the same bytes for every command's `json` format. */
async function asJson(subject) {
    return `${JSON.stringify(subject, null, 2)}\n`;
}
const LINT_FORMATS = [
    {
        name: 'text',
        description: 'each finding as file:line:col, level, message and rule, wrapped to the terminal, with the line it points at; coloured on a terminal',
        render: async (run, { color, width }) => (0,_lint_report_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatText */ .vX)(run, color, width),
    },
    {
        name: 'compact',
        description: 'one line per finding, file:line:col: level message [rule], for editors and the problem matcher (problem-matcher.json)',
        render: async (run) => (await __webpack_require__.e(/* import() */ 21).then(__webpack_require__.bind(__webpack_require__, 21))).formatCompact(run),
    },
    { name: 'json', description: 'the findings and totals as JSON (schema/report.schema.json)', render: async (run) => (0,_lint_report_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatJson */ .IB)(run) },
    {
        name: 'sarif',
        description: 'SARIF 2.1.0 for code scanning, suppressed findings marked',
        render: async (run) => `${JSON.stringify((await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 388))).toSarif(run.findings, run.suppressed), null, 2)}\n`,
    },
    {
        name: 'github',
        description: 'GitHub workflow commands (annotations), for a run: step',
        toRunner: true,
        render: async (run) => {
            // The same annotation budget and order as the action; @actions/core's command module writes them to stdout.
            const toolkit = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1423));
            (0,_lint_report_github_js__WEBPACK_IMPORTED_MODULE_0__/* .annotate */ .fz)(run.findings, (0,_lint_report_github_js__WEBPACK_IMPORTED_MODULE_0__/* .toolkitAnnotator */ .fi)(toolkit), 'run with --format text to see every finding');
            return '';
        },
    },
    {
        name: 'markdown',
        description: 'the job summary the action writes, as Markdown',
        render: async (run, { revision }) => (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6508))).renderLintSummary(run, undefined, revision).markdown,
    },
    {
        name: 'comment',
        description: "the pull request comment the action posts for these findings (without the pull request's plan), as Markdown",
        render: async (run, { revision }) => (await __webpack_require__.e(/* import() */ 164).then(__webpack_require__.bind(__webpack_require__, 1164))).renderComment({ files: run.results.length, counts: run.counts, findings: run.findings, revision }),
    },
];
const PLAN_FORMATS = [
    { name: 'text', description: 'readable text, coloured on a terminal', render: async (plans, { color }) => (await __webpack_require__.e(/* import() */ 31).then(__webpack_require__.bind(__webpack_require__, 31))).renderPlanText(plans, color) },
    { name: 'json', description: 'the plans and their changes as JSON', render: asJson },
    { name: 'markdown', description: 'the plan as the job summary and the pull request comment show it', render: async (plans) => (await __webpack_require__.e(/* import() */ 31).then(__webpack_require__.bind(__webpack_require__, 31))).renderPlanMarkdown(plans) },
];
const DIAGNOSE_FORMATS = [
    { name: 'text', description: 'one line per finding, then the counts', render: async (report) => (await __webpack_require__.e(/* import() */ 187).then(__webpack_require__.bind(__webpack_require__, 3568))).diagnoseText(report) },
    { name: 'json', description: 'the findings and counts as JSON', render: asJson },
];
const WRITE_ERRORS_FORMATS = [
    { name: 'text', description: 'the write errors grouped by table', render: async (report) => (await __webpack_require__.e(/* import() */ 187).then(__webpack_require__.bind(__webpack_require__, 3568))).writeErrorsText(report) },
    { name: 'json', description: 'the write errors as JSON, as Heroku Connect gives them', render: async ({ errors }) => asJson(errors) },
];
const DRIFT_FORMATS = [
    { name: 'text', description: "each app's differences from the files, with what each means", render: async (report) => (await __webpack_require__.e(/* import() */ 557).then(__webpack_require__.bind(__webpack_require__, 8557))).driftText(report) },
    { name: 'json', description: 'the differences of each app as JSON', render: asJson },
    { name: 'markdown', description: 'the job summary the action writes, as Markdown', render: async (report) => (await __webpack_require__.e(/* import() */ 557).then(__webpack_require__.bind(__webpack_require__, 8557))).driftMarkdown(report) },
];
const HEALTH_FORMATS = [
    { name: 'text', description: "each app's connection, mappings, notifications and problems", render: async (report) => (await __webpack_require__.e(/* import() */ 557).then(__webpack_require__.bind(__webpack_require__, 8557))).healthText(report) },
    { name: 'json', description: 'the health of each app as JSON', render: asJson },
    { name: 'markdown', description: 'the job summary (and health issue) the action writes, as Markdown', render: async (report) => (await __webpack_require__.e(/* import() */ 557).then(__webpack_require__.bind(__webpack_require__, 8557))).healthMarkdown(report) },
];
const COMPARE_FORMATS = [
    { name: 'text', description: "the second app's differences from the first, with what each means", render: async (report) => (await __webpack_require__.e(/* import() */ 557).then(__webpack_require__.bind(__webpack_require__, 8557))).compareText(report) },
    { name: 'json', description: 'both apps and their differences as JSON', render: asJson },
];
function formatNames(formats) {
    return formats.map((format) => format.name);
}
/** The `--format` help: each name with what it writes. */
function formatsHelp(formats) {
    return `Report format (default: text). ${formats.map((format) => `${format.name}: ${format.description}`).join('; ')}.`;
}
/** The entry of a name the inputs table already checked against the choices. */
function formatNamed(formats, name) {
    return formats.find((format) => format.name === name);
}


/***/ }),

/***/ 3882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pd: () => (/* binding */ Input),
  pW: () => (/* binding */ getBoolean),
  m: () => (/* binding */ getChoice),
  XU: () => (/* binding */ getInteger),
  r6: () => (/* binding */ getSecret),
  ed: () => (/* binding */ readAppTargets),
  Zr: () => (/* binding */ readDatabaseChoice),
  Jj: () => (/* binding */ readDeployInputs),
  vI: () => (/* binding */ readHealthOptions),
  bJ: () => (/* binding */ readLintInputs),
  SN: () => (/* binding */ readLiveTarget),
  X4: () => (/* binding */ readOperationInputs),
  w9: () => (/* binding */ readReviewInputs),
  IH: () => (/* binding */ requireTrustedEventFor),
  ow: () => (/* binding */ secretRefusalFor)
});

// UNUSED EXPORTS: getList, getOptionalInteger, getString, oneApp, readDeploySettings

// EXTERNAL MODULE: ./src/core/run-scope.ts
var run_scope = __webpack_require__(2627);
// EXTERNAL MODULE: ./src/core/errors.ts + 1 modules
var errors = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/core/trust/event.ts
var trust_event = __webpack_require__(3914);
;// CONCATENATED MODULE: ./src/clients/connect/targets.ts

/**
 * The apps of `app` (one per line, or a repeated --app), each optionally `app:resource`. A lone
 * `resource` applies to a lone app; with several apps each names its own, so none is guessed.
 */
function parseAppTargets(lines, resource) {
    const targets = lines.map((line) => {
        const [app = '', own = ''] = line.split(':', 2).map((part) => part.trim());
        if (!/^[a-z][a-z0-9-]*$/.test(app) || (own !== '' && !/^[\w.-]+$/.test(own))) {
            throw new errors/* ConfigurationError */.j1(`The app "${line}" is not a Heroku app name, optionally followed by ":resource-name" (such as shop-staging:herokuconnect-shaped-12345).`);
        }
        return own ? { app, resource: own } : { app };
    });
    if (resource !== '') {
        if (targets.length > 1)
            throw new errors/* ConfigurationError */.j1('With several apps, give each its resource as "app:resource" rather than one "resource" for all.');
        if (targets[0] && targets[0].resource === undefined)
            targets[0].resource = resource;
    }
    return targets;
}

;// CONCATENATED MODULE: ./src/core/duration.ts
/** "2h", "30m", "90s", "1d" \u2192 milliseconds; undefined when it is not a duration. */
function parseDuration(text) {
    const match = /^(\d+)\s*(s|m|h|d)$/i.exec(text.trim());
    if (!match)
        return undefined;
    const unit = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2].toLowerCase()];
    return Number(match[1]) * unit;
}

// EXTERNAL MODULE: ./src/interface/inputs/table.ts
var table = __webpack_require__(9685);
// EXTERNAL MODULE: ./src/lint/levels.ts
var levels = __webpack_require__(5394);
;// CONCATENATED MODULE: ./src/clients/heroku/server.ts
/**
 * Where the Platform API is, apart from its client: the inputs are read at start-up, and must not
 * load the client and its answer validator to do so.
 */
const DEFAULT_PLATFORM_API = 'https://api.heroku.com';
/** The Platform API: HEROKU_PLATFORM_API (a local stand-in, in tests), else Heroku's. */
function platformApiOf(env) {
    return env.HEROKU_PLATFORM_API || DEFAULT_PLATFORM_API;
}

// EXTERNAL MODULE: ./src/clients/postgres/database.ts
var database = __webpack_require__(705);
;// CONCATENATED MODULE: ./src/interface/inputs/read.ts









/** The action's input names, for code that names one: each is declared in src/interface/inputs/table.ts. */
const Input = {
    Files: 'files',
    Rules: 'rules',
    FailOn: 'fail-on',
    Plan: 'plan',
    Describe: 'describe',
    SalesforceInstanceUrl: 'salesforce-instance-url',
    SalesforceAccessToken: 'salesforce-access-token',
    SarifFile: 'sarif-file',
    Deploy: 'deploy',
    HerokuApiKey: 'heroku-api-key',
    App: 'app',
    Resource: 'resource',
    WaitTimeout: 'wait-timeout',
    PollInterval: 'poll-interval',
    AllowPullRequestDeploy: 'allow-pull-request-deploy',
    AllowPullRequestSecrets: 'allow-pull-request-secrets',
    OnlyChanged: 'only-changed',
    GithubToken: 'github-token',
    Comment: 'comment',
    Diagnose: 'diagnose',
    Prune: 'prune',
    FailOnWriteErrors: 'fail-on-write-errors',
    Command: 'command',
    WriteBack: 'write-back',
    Since: 'since',
    StaleIntervals: 'stale-intervals',
    MaxWriteErrors: 'max-write-errors',
    MaxNotifications: 'max-notifications',
    Acknowledge: 'acknowledge',
    HealthIssue: 'health-issue',
    ApiVersionChange: 'api-version-change',
    Mappings: 'mappings',
    Confirm: 'confirm',
    DatabaseUrl: 'database-url',
    Database: 'database',
    MaxPendingAge: 'max-pending-age',
};
function label(source, name) {
    return source.label ? source.label(name) : `Input "${name}"`;
}
/**
 * The input, else its environment variable, else the configuration file's value, else its default.
 * A secret input is masked in the log and noted as a secret of the run on reading (once, however
 * often it is read): every file the run writes and every redacted message leave it out.
 */
function getString(source, name) {
    const spec = (0,table/* inputSpec */.mm)(name);
    const value = source.getInput(name).trim() || (spec.env ? (source.env[spec.env]?.trim() ?? '') : '') || (spec.configKey ? (source.config?.[name]?.trim() ?? '') : '') || spec.default;
    if (spec.secret && value !== '' && value.length < (spec.secretMinLength ?? 0)) {
        const where = spec.env && !source.getInput(name).trim() ? spec.env : label(source, name);
        throw new errors/* ConfigurationError */.j1(`${where} holds ${value.length} character${value.length === 1 ? '' : 's'}, too few for a real key (at least ${spec.secretMinLength}): set it to the whole key, as \`heroku auth:token\` or \`heroku authorizations:create\` prints it.`);
    }
    if (spec.secret)
        noteSecret(source, value, `[${spec.env ?? name}]`);
    return value;
}
function getList(source, name) {
    return splitLines(getString(source, name));
}
function splitLines(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** One of the input's declared choices, or undefined when it is empty. */
function getChoice(source, name) {
    const choices = ((0,table/* inputSpec */.mm)(name).choices ?? []);
    const value = getString(source, name);
    if (value === '')
        return undefined;
    const match = choices.find((choice) => choice === value.toLowerCase());
    if (!match)
        throw new errors/* ConfigurationError */.j1(`${label(source, name)} is "${value}"; use one of: ${choices.join(', ')}.`);
    return match;
}
function getBoolean(source, name) {
    const value = getString(source, name).toLowerCase();
    if (value === '' || value === 'false')
        return false;
    if (value === 'true')
        return true;
    throw new errors/* ConfigurationError */.j1(`${label(source, name)} is "${value}"; use true or false.`);
}
/** A whole number within the input's bounds; undefined when it is empty and has no default. */
function getOptionalInteger(source, name) {
    const value = getString(source, name);
    if (value === '')
        return undefined;
    const { min, max } = (0,table/* inputSpec */.mm)(name).bounds ?? { min: 0, max: Number.MAX_SAFE_INTEGER };
    if (!/^\d+$/.test(value) || Number(value) < min) {
        throw new errors/* ConfigurationError */.j1(`${label(source, name)} is "${value}"; use a whole number of at least ${min}.`);
    }
    if (Number(value) > max)
        throw new errors/* ConfigurationError */.j1(`${label(source, name)} is "${value}"; use at most ${max}.`);
    return Number(value);
}
function getInteger(source, name) {
    const value = getOptionalInteger(source, name);
    if (value === undefined)
        throw new errors/* ConfigurationError */.j1(`${label(source, name)} is empty; use a whole number.`);
    return value;
}
/** A secret input: read as every input is (getString masks and notes a secret), named so that the call says what it reads. */
function getSecret(source, name) {
    return getString(source, name);
}
function noteSecret(source, value, label) {
    if (value === '')
        return;
    (0,run_scope/* registerSecret */.cl)(value, label);
    const masked = maskedBy.get(source) ?? new Set();
    maskedBy.set(source, masked);
    if (!masked.has(value)) {
        source.setSecret(value);
        masked.add(value);
    }
}
const maskedBy = new WeakMap();
/**
 * The trust rule (src/core/trust/event.ts) with this source's event: the refusal message for `secret`
 * ("the Heroku API key"), or undefined when it may be used. allow-pull-request-secrets allows it;
 * so does allow-pull-request-deploy, the older input, which already allowed the deploy's key there.
 */
function secretRefusalFor(source, secret) {
    const allow = Input.AllowPullRequestSecrets;
    const allowed = getBoolean(source, allow) || getBoolean(source, Input.AllowPullRequestDeploy);
    return (0,trust_event/* secretRefusal */.XS)(source.env, secret, allowed, source.label ? source.label(allow) : allow);
}
/** The trust rule for a command that cannot do without the secret: it refuses with the one message. */
function requireTrustedEventFor(source, secret) {
    const refusal = secretRefusalFor(source, secret);
    if (refusal !== undefined)
        throw new errors/* ConfigurationError */.j1(refusal);
}
function readLintInputs(source) {
    const failOn = getChoice(source, Input.FailOn) ?? 'error';
    const plan = getChoice(source, Input.Plan);
    const live = readLiveDescribe(source);
    const sarifFile = getString(source, Input.SarifFile);
    // The file's levels first, so that an input or flag overrides them rule by rule; a CLI flag's label is the flag itself.
    const rulesLabel = label(source, Input.Rules);
    const ruleSettings = [
        ...(0,levels/* parseRuleSettings */.XU)(splitLines(source.config?.[Input.Rules] ?? '')),
        ...(0,levels/* parseRuleSettings */.XU)(splitLines(source.getInput(Input.Rules)), rulesLabel.startsWith('--') ? rulesLabel : undefined),
    ];
    return {
        patterns: getList(source, Input.Files),
        levels: (0,levels/* resolveLevels */.Gy)(ruleSettings),
        failOn,
        ...(plan && { herokuPlan: plan }),
        describePatterns: getList(source, Input.Describe),
        ...(live && { live }),
        ...(sarifFile && { sarifFile }),
    };
}
function readLiveDescribe(source) {
    const accessToken = getSecret(source, Input.SalesforceAccessToken);
    const instanceUrl = getString(source, Input.SalesforceInstanceUrl);
    if (!accessToken && !instanceUrl)
        return undefined;
    if (!accessToken || !instanceUrl) {
        throw new errors/* ConfigurationError */.j1('Live describe needs both the Salesforce instance URL ("salesforce-instance-url" or SF_INSTANCE_URL) and the access token ("salesforce-access-token" or SF_ACCESS_TOKEN); one of them is empty.');
    }
    requireTrustedEventFor(source, 'the Salesforce access token');
    const timeLimitSeconds = getOptionalInteger(source, Input.WaitTimeout);
    return { instanceUrl, accessToken, ...(timeLimitSeconds !== undefined && { timeLimitSeconds }) };
}
/**
 * The deploy inputs, or undefined when `deploy` is off. The API key is read (and masked) first and
 * in every case, so that no later log line can show it even when the deploy is not asked for.
 */
/** The deploy settings when deploying: `command: deploy`, or `deploy: true` as before the command input. */
function readDeployInputs(source, commanded = false) {
    const apiKey = getSecret(source, Input.HerokuApiKey);
    // Checked in every mode: a wrong value is wrong before anyone turns deploy on.
    getInteger(source, Input.WaitTimeout);
    getInteger(source, Input.PollInterval);
    return commanded || getBoolean(source, Input.Deploy) ? readDeploySettings(source, apiKey) : undefined;
}
/** The deploy settings, checked; the CLI's deploy command reads its options through this too. */
function readDeploySettings(source, apiKey = getSecret(source, Input.HerokuApiKey)) {
    // An empty `files` lints the whole workspace; importing every mapping file found there is never what is meant.
    if (splitLines(source.getInput(Input.Files)).length === 0) {
        throw new errors/* ConfigurationError */.j1('Deploying needs the mapping files named ("files"): every file named goes into one import.');
    }
    const app = oneApp(source, 'Deploying');
    if (app === '')
        throw new errors/* ConfigurationError */.j1('Deploying needs "app": the name of the Heroku app that has the Heroku Connect add-on.');
    if (apiKey === '') {
        throw new errors/* ConfigurationError */.j1('Deploying needs a Heroku API key: set "heroku-api-key" from a secret, or the HEROKU_API_KEY environment variable.');
    }
    const resource = getString(source, Input.Resource);
    return {
        apiKey,
        app,
        ...(resource && { resource }),
        waitTimeoutSeconds: getInteger(source, Input.WaitTimeout),
        pollIntervalSeconds: getInteger(source, Input.PollInterval),
        allowPullRequestDeploy: getBoolean(source, Input.AllowPullRequestDeploy),
        diagnose: getBoolean(source, Input.Diagnose),
        prune: getBoolean(source, Input.Prune),
        failOnWriteErrors: getBoolean(source, Input.FailOnWriteErrors),
        apiVersionChange: getChoice(source, Input.ApiVersionChange) ?? 'refuse',
        database: readDatabaseChoice(source),
    };
}
/** The pull-request inputs; the token is masked on reading, like every secret. */
function readReviewInputs(source) {
    return {
        onlyChanged: getChoice(source, Input.OnlyChanged) ?? 'auto',
        comment: getChoice(source, Input.Comment) ?? 'on-change',
        githubToken: getSecret(source, Input.GithubToken),
    };
}
/**
 * The connection to plan against, when both app and API key are given without a deploy: the plan
 * then compares the files with the live configuration. Read only (an export), but it needs secrets,
 * so the caller allows it on trusted events only.
 */
function readLiveTarget(source) {
    const apiKey = getSecret(source, Input.HerokuApiKey);
    const apps = readAppTargets(source);
    if (apiKey === '' || apps.length === 0)
        return undefined;
    return { apiKey, apps, waitTimeoutSeconds: getInteger(source, Input.WaitTimeout) };
}
/** The apps of `app`, one per line (a repeated --app), each optionally app:resource. */
function readAppTargets(source) {
    return parseAppTargets(getList(source, Input.App), getString(source, Input.Resource));
}
/** The one app a deploy (or another single-app command, named by `what`) works on. */
function oneApp(source, what) {
    const apps = getList(source, Input.App);
    if (apps.length > 1)
        throw new errors/* ConfigurationError */.j1(`${what} works on one app; "app" names ${apps.length}. Use one step (or job) per app.`);
    return apps[0] ?? '';
}
/** The health thresholds and options, checked; the action reads them through this too. */
function readHealthOptions(source) {
    const since = getString(source, Input.Since);
    const sinceMs = parseDuration(since);
    if (sinceMs === undefined)
        throw new errors/* ConfigurationError */.j1(`"since" is "${since}"; use a number with s, m, h or d, such as 1h.`);
    const pendingAge = getString(source, Input.MaxPendingAge);
    const maxPendingAgeMs = parseDuration(pendingAge);
    if (maxPendingAgeMs === undefined)
        throw new errors/* ConfigurationError */.j1(`${label(source, Input.MaxPendingAge)} is "${pendingAge}"; use a number with s, m, h or d, such as 1h.`);
    return {
        sinceMs,
        maxPendingAgeMs,
        staleIntervals: getInteger(source, Input.StaleIntervals),
        maxWriteErrors: getInteger(source, Input.MaxWriteErrors),
        maxNotifications: getInteger(source, Input.MaxNotifications),
        acknowledge: getBoolean(source, Input.Acknowledge),
    };
}
/**
 * The operator command's inputs, checked before anything is sent: one app, the API key, and the
 * trust rule for it (an untrusted pull-request event is refused, as for the deploy).
 */
function readOperationInputs(source, command) {
    const apiKey = getSecret(source, Input.HerokuApiKey);
    oneApp(source, command);
    const [target] = readAppTargets(source);
    if (target === undefined)
        throw new errors/* ConfigurationError */.j1(`${command} needs "app" (--app): the Heroku app with the Heroku Connect add-on.`);
    if (apiKey === '')
        throw new errors/* ConfigurationError */.j1(`${command} needs a Heroku API key: set "heroku-api-key" from a secret, or the HEROKU_API_KEY environment variable.`);
    requireTrustedEventFor(source, 'the Heroku API key');
    return {
        apiKey,
        app: target.app,
        ...(target.resource && { resource: target.resource }),
        waitTimeoutSeconds: getInteger(source, Input.WaitTimeout),
        pollIntervalSeconds: getInteger(source, Input.PollInterval),
        mappings: getList(source, Input.Mappings),
        confirm: getString(source, Input.Confirm),
    };
}
/**
 * Whether to look into the database, and how to find it: database-url (a secret, masked and
 * registered on reading, refused on untrusted pull-request events like the API key), or database:
 * auto, or nothing (off, the default).
 */
function readDatabaseChoice(source) {
    const url = getSecret(source, Input.DatabaseUrl);
    const mode = getChoice(source, Input.Database);
    if (url !== '' && mode === 'auto') {
        throw new errors/* ConfigurationError */.j1(`${label(source, Input.DatabaseUrl)} and ${label(source, Input.Database)} auto both say where the database is; give one of them.`);
    }
    if (url !== '') {
        // The password on its own too: a line that quotes it without the rest of the URL stays masked.
        for (const password of (0,database/* registerDatabaseUrl */.C5)(url).slice(1))
            noteSecret(source, password, '[database password]');
        requireTrustedEventFor(source, 'the database URL');
        return { kind: 'url', url };
    }
    return mode === 'auto' ? { kind: 'auto', platformApi: platformApiOf(source.env), mask: (secret) => source.setSecret(secret) } : { kind: 'off' };
}


/***/ }),

/***/ 9685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mm: () => (/* binding */ inputSpec)
/* harmony export */ });
/* unused harmony exports INPUTS, INPUTS_BY_NAME, actionYmlDefault, ACTION_INPUTS */
/* harmony import */ var _commands_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6814);
/* harmony import */ var _formats_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5117);
/**
 * Every input of the action and every option of the CLI, declared once. The action's reader, the
 * CLI's parseArgs options, its usage and per-command help, action.yml and the inputs table of docs/action.md
 * all come from (or are checked against) this table: a new input is one entry here and its docs.
 * The commands themselves are declared in src/interface/commands/table.ts.
 */


/** The commands' `--format` inputs, one per command that has one: its choices and its help come from the command's formats. */
const FORMAT_INPUTS = _commands_table_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMANDS */ .Lo.flatMap((spec) => {
    if (!('format' in spec))
        return [];
    const { input, formats } = spec.format;
    return [
        { name: input, type: 'string', default: 'text', choices: (0,_formats_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNames */ .EI)(formats), cli: { flag: 'format', commands: [spec.name] }, description: (0,_formats_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .formatsHelp */ .I9)(formats) },
    ];
});
/** The wait-timeout help of every operator command: each waits for the state that shows it took effect. */
const OPERATOR_WAIT = 'How long to wait, in all, for the state that shows the command took effect (default: 1800, at most 86400)';
const INPUTS = [
    {
        name: 'files',
        type: 'list',
        default: '',
        configKey: 'files',
        action: {},
        cli: { positional: true, commands: ['lint', 'deploy', 'plan', 'diagnose', 'drift', 'schema'] },
        description: "Newline-separated globs or paths of mapping files. A path without glob characters is always linted; files a glob finds are linted when they look like mapping files. Prefix with ! to exclude. Empty means the configuration file's files, else every mapping file in the workspace.",
    },
    {
        name: 'rules',
        type: 'list',
        default: '',
        configKey: 'rules',
        action: {},
        cli: { flag: 'rule', value: '<id=level>', commands: ['lint', 'deploy'], help: 'Set a rule to off, notice, warning or error (repeatable)' },
        description: 'Rule levels, one per line: "rule-id: off|notice|warning|error". They override the configuration file\'s levels, rule by rule.',
    },
    {
        name: 'fail-on',
        type: 'string',
        default: 'error',
        choices: ['error', 'warning', 'notice', 'never'],
        configKey: 'fail-on',
        action: {},
        cli: {
            commands: ['lint', 'deploy', 'diagnose'],
            help: 'Exit 1 when a finding reaches this level (default: error)',
            helpFor: {
                deploy: "Import nothing, and exit 1, when a lint finding reaches this level; findings of Heroku Connect's diagnose that reach it fail the deploy (default: error)",
                diagnose: "Exit 1 when a finding of Heroku Connect's diagnose reaches this level (default: error)",
            },
        },
        description: "Fail when a finding reaches this level: error, warning, notice or never. Empty means the configuration file's fail-on, else error.",
    },
    {
        name: 'plan',
        type: 'string',
        default: '',
        choices: ['demo', 'enterprise', 'shield'],
        configKey: 'plan',
        action: {},
        cli: { commands: ['lint', 'deploy'], help: "The connection's Heroku plan (demo has a 10-minute polling floor)" },
        description: "The Heroku Connect plan (demo, enterprise or shield). demo has a 10-minute polling floor. Empty means the configuration file's plan, else the plan app.json provisions (herokuconnect with no plan is demo), else the paid range.",
    },
    {
        name: 'describe',
        type: 'list',
        default: '',
        configKey: 'describe',
        action: {},
        cli: { value: '<glob>', commands: ['lint', 'deploy', 'schema'], help: 'Salesforce describe snapshots (repeatable)' },
        description: 'Newline-separated globs of Salesforce describe snapshots (REST sObject or global describe, or `sf sobject describe --json` output).',
    },
    {
        name: 'salesforce-instance-url',
        type: 'string',
        default: '',
        env: 'SF_INSTANCE_URL',
        action: {},
        cli: { value: '<url>', commands: ['lint', 'deploy'], help: 'Fetch describe data live (also SF_INSTANCE_URL); the token comes from SF_ACCESS_TOKEN' },
        description: 'Salesforce instance URL (https://yourorg.my.salesforce.com) to fetch describe data live for the mapped objects. Falls back to the SF_INSTANCE_URL environment variable.',
    },
    {
        name: 'salesforce-access-token',
        type: 'string',
        default: '',
        env: 'SF_ACCESS_TOKEN',
        secret: true,
        action: {},
        description: 'Salesforce access token for live describe. Falls back to the SF_ACCESS_TOKEN environment variable. Masked in the log.',
    },
    {
        name: 'sarif-file',
        type: 'string',
        default: '',
        action: {},
        description: 'Write a SARIF 2.1.0 report to this path (relative to the workspace) for github/codeql-action/upload-sarif.',
    },
    ...FORMAT_INPUTS,
    {
        name: 'output',
        type: 'string',
        default: '',
        cli: { value: '<file>', commands: ['lint'] },
        description: 'Write the report to a file instead of stdout (missing folders are created)',
    },
    {
        name: 'stdin-filename',
        type: 'string',
        default: '',
        cli: { value: '<name>', commands: ['lint'] },
        description: 'With "-" as the path: the name of the text read from standard input (its extension says JSON or YAML; findings name it)',
    },
    {
        name: 'max-warnings',
        type: 'integer',
        default: '',
        bounds: { min: 0, max: Number.MAX_SAFE_INTEGER },
        cli: { value: '<n>', commands: ['lint'] },
        description: 'Exit 1 when there are more than n warnings',
    },
    {
        name: 'quiet',
        type: 'boolean',
        default: 'false',
        cli: { commands: ['lint'] },
        description: 'Report errors only: warnings and notices are neither shown nor counted',
    },
    {
        name: 'list-rules',
        type: 'boolean',
        default: 'false',
        cli: { commands: ['lint'] },
        description: 'List the rules (id, default level, level in effect, summary, documentation) as text or json, and lint nothing',
    },
    {
        name: 'fix',
        type: 'boolean',
        default: 'false',
        cli: { commands: ['lint'] },
        description: 'Make the certain fixes in the files, keeping their form, and report what is left',
    },
    {
        name: 'fix-dry-run',
        type: 'boolean',
        default: 'false',
        cli: { commands: ['lint'] },
        description: 'Print the diff --fix would make instead of the report; write nothing',
    },
    {
        name: 'print-config',
        type: 'boolean',
        default: 'false',
        cli: { commands: ['lint'] },
        description: 'Print the settings in effect and where each comes from, and lint nothing',
    },
    {
        name: 'force',
        type: 'boolean',
        default: 'false',
        cli: { commands: ['init'] },
        description: 'Replace the configuration file and the workflow when they exist',
    },
    {
        name: 'command',
        type: 'string',
        default: '',
        choices: _commands_table_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTION_COMMANDS */ .Aq,
        action: {},
        description: "What the action does: lint (the default), deploy (lint, then import; the same as deploy: true), drift (compare each app's live connection with the files), health (the state, polls, write errors and notifications of each app's connection), or an operator command on one app's connection: pause, resume, restart (recover), reload (with mappings and confirm). Empty means lint, or deploy when deploy is true.",
    },
    {
        name: 'deploy',
        type: 'boolean',
        default: 'false',
        action: {},
        description: "Import the files into the app's Heroku Connect connection after the lint, and wait until it is IDLE and every mapping the import changes is DATA_SYNCED. Nothing is imported when a finding reaches fail-on. Needs files, app and heroku-api-key.",
    },
    {
        name: 'heroku-api-key',
        type: 'string',
        default: '',
        env: 'HEROKU_API_KEY',
        secret: true,
        // A Heroku API key is a UUID (36 characters) or an HRKU- token, longer still.
        secretMinLength: 20,
        action: {},
        description: 'Heroku API key of a user with access to the app (pass it from a secret). Falls back to the HEROKU_API_KEY environment variable. Masked in the log.',
    },
    {
        name: 'app',
        type: 'list',
        default: '',
        action: {},
        cli: {
            value: '<app[:resource]>',
            commands: ['deploy', 'plan', 'diagnose', 'write-errors', 'drift', 'health', 'compare', ..._commands_table_js__WEBPACK_IMPORTED_MODULE_0__/* .OPERATOR_COMMANDS */ .kh],
            help: 'The Heroku app with the Heroku Connect add-on, or app:resource',
            helpFor: {
                plan: "Compare with the live configuration of this app's connection (app or app:resource) instead of a git revision",
                drift: 'An app with the Heroku Connect add-on, or app:resource; repeat it to check several apps',
                health: 'An app with the Heroku Connect add-on, or app:resource; repeat it to check several apps',
                compare: 'Give it twice: the app to compare from (such as a sandbox), then the app to compare it with (such as production); each app or app:resource',
            },
        },
        description: 'The Heroku app with the Heroku Connect add-on, optionally as app:resource. Required when deploying (one app). drift, health and the live plan take several, one per line, and report each.',
    },
    {
        name: 'resource',
        type: 'string',
        default: '',
        action: {},
        cli: {
            value: '<name>',
            commands: ['deploy', 'plan', 'diagnose', 'write-errors', 'drift', 'health', ..._commands_table_js__WEBPACK_IMPORTED_MODULE_0__/* .OPERATOR_COMMANDS */ .kh],
            help: "The add-on's resource name, when the app has several connections",
        },
        description: "The Heroku Connect add-on's resource name (such as herokuconnect-shaped-12345). Needed when the app has more than one connection.",
    },
    {
        name: 'wait-timeout',
        type: 'integer',
        default: '1800',
        // A day at most: far below setTimeout's 2^31 ms limit.
        bounds: { min: 1, max: 86_400 },
        action: {},
        cli: {
            value: '<seconds>',
            commands: ['deploy', 'plan', 'diagnose', 'drift', 'health', 'compare', ..._commands_table_js__WEBPACK_IMPORTED_MODULE_0__/* .OPERATOR_COMMANDS */ .kh],
            help: 'How long reading the connections may take, in all (default: 300, at most 86400)',
            helpFor: {
                deploy: 'How long to wait, in all, for a running import to finish and for this import to be applied and synced (default: 1800, at most 86400)',
                plan: 'With --app: how long reading the live configuration may take, in all (default: 300, at most 86400)',
                diagnose: "How long Heroku Connect's diagnose may take, in all (default: 300, at most 86400)",
                ...Object.fromEntries(_commands_table_js__WEBPACK_IMPORTED_MODULE_0__/* .OPERATOR_COMMANDS */ .kh.map((command) => [command, OPERATOR_WAIT])),
            },
        },
        description: 'Seconds to wait, in all, for a running import to finish and for this import to be applied and synced (at most 86400). pause, resume, restart and reload: for the state that shows the command took effect. drift, health and a plan against the live connection: how long all their calls may take. Live describe and the GitHub calls (the comment, the health issue) end within it too.',
    },
    {
        name: 'poll-interval',
        type: 'integer',
        default: '10',
        bounds: { min: 1, max: 3_600 },
        action: {},
        cli: { value: '<seconds>', commands: ['deploy', ..._commands_table_js__WEBPACK_IMPORTED_MODULE_0__/* .OPERATOR_COMMANDS */ .kh], help: 'Seconds between state polls, 1 to 3600 (default: 10)' },
        description: 'Seconds between polls of the connection state, 1 to 3600. The first poll comes one interval after the import (or the operator command) is accepted.',
    },
    {
        name: 'backup-dir',
        type: 'string',
        default: '',
        cli: { value: '<dir>', commands: ['deploy'] },
        description: 'Where the backup of the live configuration goes (default: the OS temp directory)',
    },
    {
        name: 'allow-pull-request-deploy',
        type: 'boolean',
        default: 'false',
        action: {},
        cli: { commands: ['deploy'], help: 'Deploy even when GITHUB_EVENT_NAME is pull_request or pull_request_target' },
        description: 'Deploy on pull_request and pull_request_target events too (refused by default); it also allows the secrets there, as allow-pull-request-secrets does. Only for a review-app connection the pull request may change.',
    },
    {
        name: 'allow-pull-request-secrets',
        type: 'boolean',
        default: 'false',
        // No configKey: the configuration file may come from the very pull request this would trust.
        action: {},
        cli: {
            commands: ['lint', 'deploy', 'plan', 'diagnose', 'write-errors', 'drift', 'health', 'compare', ..._commands_table_js__WEBPACK_IMPORTED_MODULE_0__/* .OPERATOR_COMMANDS */ .kh],
            help: 'Use HEROKU_API_KEY even when GITHUB_EVENT_NAME is pull_request_target or a pull request from a fork',
            helpFor: {
                lint: 'Use SF_ACCESS_TOKEN (live describe) even when GITHUB_EVENT_NAME is pull_request_target or a pull request from a fork',
                deploy: 'Use HEROKU_API_KEY and SF_ACCESS_TOKEN even when GITHUB_EVENT_NAME is pull_request_target or a pull request from a fork',
            },
        },
        description: "Use the Heroku API key and the Salesforce access token on pull_request_target events and on pull requests from forks too (refused by default: the pull request's code and files would decide what is done with them). Only for a connection the pull request may change, such as a review app's.",
    },
    {
        name: 'diagnose',
        type: 'boolean',
        default: 'true',
        action: {},
        cli: { negated: true, commands: ['deploy'], help: "Skip Heroku Connect's own diagnose after the deploy" },
        description: "After the deploy, run Heroku Connect's own diagnose (the checks of heroku connect:diagnose) on the connection and on each imported mapping; its errors and warnings are findings at the mapping's line, and fail-on applies.",
    },
    {
        name: 'prune',
        type: 'boolean',
        default: 'false',
        action: {},
        cli: { commands: ['deploy'], help: 'Delete the live mappings the files do not contain, after the import succeeded' },
        description: 'Delete the live mappings that no file contains, after the backup and after the import was proven. Each deletion drops the table and its data; refused when the files name no mapping or a live-only mapping is in an error state.',
    },
    {
        name: 'fail-on-write-errors',
        type: 'boolean',
        default: 'false',
        action: {},
        cli: { commands: ['deploy'], help: 'Fail when new write errors appear after the import (default: a warning)' },
        description: 'Fail the deploy when new write errors (Postgres to Salesforce writes that failed) appear after the import; otherwise they are a warning.',
    },
    {
        name: 'api-version-change',
        type: 'string',
        default: 'refuse',
        choices: ['refuse', 'apply'],
        action: {},
        cli: { value: '<refuse|apply>', commands: ['deploy'], help: "When the files' connection.api_version differs from the connection's: refuse (default) or apply" },
        description: "When the files' connection.api_version differs from the live connection's: refuse (the default) fails before anything is changed; apply reads the schema diff (refused on any unsafe or undetermined mapping), pauses the connection, changes its Salesforce API version, resumes it, then imports and proves the files and the version.",
    },
    {
        name: 'mappings',
        type: 'list',
        default: '',
        action: {},
        cli: { positional: true, commands: ['reload'] },
        description: 'command: reload. The object names of the mappings to reload, one per line (such as Account).',
    },
    {
        name: 'confirm',
        type: 'string',
        default: '',
        action: {},
        cli: { value: '<app>', commands: ['reload'], help: "The app's name again: reload empties each table and loads it again" },
        description: "command: reload. The app's name again, to confirm that reload may empty each mapping's table and load it again from Salesforce.",
    },
    {
        name: 'since',
        type: 'string',
        default: '24h',
        action: {},
        cli: {
            value: '<duration>',
            commands: ['write-errors', 'health'],
            help: 'How far back write errors count: 30m, 2h, 3d (default: 24h, all the API keeps; with a database, the trigger log reaches further back)',
            helpFor: { 'write-errors': 'List the write errors of this last while: 30m, 2h, 1d (default: 24h, all that Heroku Connect keeps)' },
        },
        description: 'health: how far back write errors count, such as 1h for an hourly schedule, so that only new ones count (default: 24h, all the API keeps). With a database it may reach further back: the trigger log keeps 31 days (7 on demo).',
    },
    {
        name: 'database-url',
        type: 'string',
        default: '',
        env: 'HEROKU_CONNECT_DATABASE_URL',
        secret: true,
        action: {},
        cli: {
            value: '<url>',
            commands: ['deploy', 'drift', 'health', 'schema'],
            help: 'The Connect database (postgres://...); HEROKU_CONNECT_DATABASE_URL keeps it out of shell history. Read only, except schema --apply',
        },
        description: "drift, health and deploy: also check the Postgres database Heroku Connect writes (its tables, its trigger log; after a deploy, the columns it added), through this URL (pass it from a secret; a follower's or a read-only credential works). Falls back to HEROKU_CONNECT_DATABASE_URL. Masked in the log, never printed, sent only to the database, and refused on untrusted pull-request events.",
    },
    {
        name: 'database',
        type: 'string',
        default: '',
        choices: ['off', 'auto'],
        action: {},
        cli: { commands: ['deploy', 'drift', 'health'], help: "auto: find the database from the connection's db_key and the app's config vars (default: off, unless --database-url)" },
        description: "drift, health and deploy: auto finds the connection's database itself: its db_key and schema_name from the connection, then that config var of the app through the Heroku Platform API, with the same API key. off (the default, unless database-url is set) touches no database.",
    },
    {
        name: 'max-pending-age',
        type: 'string',
        default: '1h',
        action: {},
        cli: { value: '<duration>', commands: ['health'], help: 'With a database: unhealthy when a write has waited for Salesforce longer than this (default: 1h)' },
        description: 'health with a database: unhealthy when the oldest write waiting for Salesforce (trigger log state NEW or PENDING) has waited longer than this, such as 30m or 2h.',
    },
    {
        name: 'schema-name',
        type: 'string',
        default: 'salesforce',
        cli: { value: '<name>', commands: ['schema'] },
        description: "The Postgres schema the tables go in (default: salesforce, Connect's default)",
    },
    {
        name: 'apply',
        type: 'boolean',
        default: 'false',
        cli: { commands: ['schema'] },
        description: "Create the tables in the development database of --database-url (refused when the schema holds Connect's _trigger_log)",
    },
    {
        name: 'write-back',
        type: 'boolean',
        default: 'false',
        action: {},
        cli: { flag: 'write', commands: ['drift'], help: "Rewrite the files to match the live connection, keeping each file's form" },
        description: 'drift: rewrite the files to match the live connection (one app), changing only the drifted values: JSON keeps its indentation and key order, YAML its comments and anchors. A value shared through a YAML alias is left for you.',
    },
    {
        name: 'stale-intervals',
        type: 'integer',
        default: '3',
        bounds: { min: 1, max: 1000 },
        action: {},
        cli: { value: '<n>', commands: ['health'], help: 'A mapping is stale when its last poll is more than n polling intervals ago (default: 3)' },
        description: 'health: a mapping is stale, and unhealthy, when its last successful poll of Salesforce is more than this many polling intervals ago.',
    },
    {
        name: 'max-write-errors',
        type: 'integer',
        default: '0',
        bounds: { min: 0, max: Number.MAX_SAFE_INTEGER },
        action: {},
        cli: { value: '<n>', commands: ['health'], help: 'Unhealthy when more than n write errors are within --since (default: 0)' },
        description: 'health: unhealthy when more than this many write errors fall within since.',
    },
    {
        name: 'max-notifications',
        type: 'integer',
        default: '0',
        bounds: { min: 0, max: Number.MAX_SAFE_INTEGER },
        action: {},
        cli: { value: '<n>', commands: ['health'], help: 'Unhealthy when more than n notifications are unacknowledged (default: 0)' },
        description: 'health: unhealthy when more than this many notifications are unacknowledged.',
    },
    {
        name: 'acknowledge',
        type: 'boolean',
        default: 'false',
        action: {},
        cli: { commands: ['health'], help: 'Acknowledge the notifications reported, so the next run sees only new ones' },
        description: 'health: acknowledge the notifications this run reported (only those), so that the next run sees only new ones.',
    },
    {
        name: 'health-issue',
        type: 'boolean',
        default: 'false',
        action: {},
        description: 'health: keep one GitHub issue per repository while unhealthy: open it, update it while it stays so, close it when healthy again. Needs github-token with issues: write.',
    },
    {
        name: 'base',
        type: 'string',
        default: 'HEAD',
        cli: { value: '<ref>', commands: ['plan'] },
        description: 'The git revision to compare with (default: HEAD)',
    },
    {
        name: 'only-changed',
        type: 'string',
        default: 'auto',
        choices: ['auto', 'true', 'false'],
        action: {},
        description: 'On pull requests, lint only the mapping files the pull request adds or changes: auto (on for pull requests, off otherwise), true or false.',
    },
    {
        name: 'github-token',
        type: 'string',
        default: '',
        env: 'GITHUB_TOKEN',
        secret: true,
        // An expression only the runner can evaluate; the code falls back to GITHUB_TOKEN.
        action: { actionYmlDefault: '${{ github.token }}' },
        description: "Token to list the pull request's files and keep its comment current. Needs pull-requests: write for the comment.",
    },
    {
        name: 'comment',
        type: 'string',
        default: 'on-change',
        choices: ['off', 'on-change', 'always'],
        action: {},
        description: 'One pull request comment kept current with the findings and the plan: off, on-change (only when the pull request changes mapping files) or always.',
    },
    {
        name: 'no-color',
        type: 'boolean',
        default: 'false',
        cli: { commands: ['lint', 'deploy', 'plan'] },
        description: 'No colour, even on a terminal or with FORCE_COLOR (also NO_COLOR)',
    },
];
const INPUTS_BY_NAME = new Map(INPUTS.map((spec) => [spec.name, spec]));
function inputSpec(name) {
    return INPUTS_BY_NAME.get(name);
}
/** What action.yml must declare as the input's default: empty where the configuration file may set it, so the file is not overridden. */
function actionYmlDefault(spec) {
    if (spec.action?.actionYmlDefault !== undefined)
        return spec.action.actionYmlDefault;
    return spec.configKey ? '' : spec.default;
}
const ACTION_INPUTS = INPUTS.filter((spec) => spec.action !== undefined);


/***/ }),

/***/ 1369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GO: () => (/* binding */ SYSTEM_FIELDS),
/* harmony export */   Gl: () => (/* binding */ PUSH_TOPIC_OBJECTS),
/* harmony export */   H4: () => (/* binding */ STANDARD_OBJECTS)
/* harmony export */ });
/**
 * The system fields, spelled as Salesforce spells them on every object that has them (Salesforce
 * Object Reference, "System Fields"). Only their spelling is taken from here, never their presence.
 */
const SYSTEM_FIELDS = ['Id', 'IsDeleted', 'CreatedById', 'CreatedDate', 'LastModifiedById', 'LastModifiedDate', 'SystemModstamp'];
/** Standard objects in PushTopic queries (Salesforce Streaming API "Supported PushTopic Queries"). */
const PUSH_TOPIC_OBJECTS = new Set([
    'Account',
    'Campaign',
    'Case',
    'Contact',
    'ContractLineItem',
    'Entitlement',
    'Lead',
    'LiveChatTranscript',
    'MessagingSession',
    'Opportunity',
    'Quote',
    'QuoteLineItem',
    'ServiceAppointment',
    'ServiceContract',
    'Task',
    'UserServicePresence',
    'WorkOrder',
    'WorkOrderLineItem',
]);
/** \u00a78: queryable with a plain SOQL poll on SystemModstamp (ESTUARY lists them with cursor SystemModstamp). */
const POLLED_ON_SYSTEM_MODSTAMP = [
    [
        'Account',
        'Contact',
        'Lead',
        'Opportunity',
        'Case',
        'Campaign',
        'CampaignMember',
        'Task',
        'Event',
        'User',
        'Product2',
        'Pricebook2',
        'PricebookEntry',
        'Order',
        'OrderItem',
        'Contract',
        'Asset',
        'Quote',
        'QuoteLineItem',
        'Note',
        'Attachment',
        'ContentVersion',
        'ContentDocument',
        'RecordType',
        'Group',
        'UserRole',
        'Profile',
        'AccountContactRelation',
        'OpportunityLineItem',
        'OpportunityContactRole',
        'CaseComment',
        'EmailMessage',
        'Individual',
        'Entitlement',
        'WorkOrder',
        'ServiceAppointment',
        'AccountTeamMember',
        'Solution',
        'BusinessHours',
        'Organization',
        'AcceptedEventRelation',
        // Beyond the \u00a78 table, same source (ESTUARY supported_standard_objects.py, cursor SystemModstamp).
        'LiveChatTranscript',
        'MessagingSession',
        'OpportunityTeamMember',
        'OpportunityCompetitor',
        'OpportunityPartner',
        'PermissionSet',
        'PermissionSetAssignment',
        'ProcessInstance',
        'LeadStatus',
        'Location',
    ],
    { queryable: true, timestampField: 'SystemModstamp' },
];
/**
 * \u00a78 and \u00a71.4/\u00a71.6: field history objects have no SystemModstamp (ESTUARY cursor CreatedDate) and
 * their supported calls do not include update() (object reference, StandardObjectNameHistory).
 */
const FIELD_HISTORY = [['LeadHistory', 'AccountHistory', 'CaseHistory', 'ContactHistory', 'OpportunityFieldHistory'], { queryable: true, updateable: false, timestampField: 'CreatedDate' }];
/**
 * Named like history objects but polled otherwise, so the name-based guess (CreatedDate) must not
 * apply: OpportunityHistory has SystemModstamp (ESTUARY cursor SystemModstamp) and no update()
 * (object reference, OpportunityHistory supported calls); LoginHistory is polled on LoginTime
 * (\u00a71.4: TAP and AIRBYTE replication keys; ESTUARY cursor LoginTime).
 */
const HISTORY_NAMED_EXCEPTIONS = [
    [['OpportunityHistory'], { queryable: true, updateable: false, timestampField: 'SystemModstamp' }],
    [['LoginHistory'], { timestampField: 'LoginTime' }],
];
/** \u00a78: update() is among the supported calls in the object reference. */
const UPDATEABLE = [['ContentDocument', 'ContentDocumentLink', 'Profile'], { updateable: true }];
/**
 * Objects Salesforce lets you query only with an object-specific filter, which Connect's poll does
 * not have. Heroku's BAD_CONFIG list (Dev Center "Mapping Configuration Options", seed 002) names
 * CollaborationGroupRecord, ContentDocumentLink, ContentFolderItem, ContentFolderMember,
 * FeedPollVote, IdeaComment, KnowledgeArticleVersion and Vote; \u00a71.2 adds ContentHubItem
 * (SF-SOQL-LIM), TAP's QUERY_RESTRICTED list, ESTUARY's filter-only objects, and \u00a72 the child-only
 * FeedItem and FeedRevision.
 */
const FILTER_REQUIRED = [
    [
        'CollaborationGroupRecord',
        'ContentDocumentLink',
        'ContentFolderItem',
        'ContentFolderMember',
        'FeedPollVote',
        'IdeaComment',
        'KnowledgeArticleVersion',
        'Vote',
        'ContentHubItem',
        'Announcement',
        'FieldDefinition',
        'PlatformAction',
        'UserEntityAccess',
        'RelationshipInfo',
        'SearchLayout',
        'SiteDetail',
        'EntityParticle',
        'OwnerChangeOptionInfo',
        'DataStatistics',
        'UserFieldAccess',
        'PicklistValueInfo',
        'RelationshipDomain',
        'FlexQueueItem',
        'NetworkUserHistoryRecent',
        'FieldHistoryArchive',
        'RecordActionHistory',
        'FlowVersionView',
        'FlowVariableView',
        'AppTabMember',
        'ColorDefinition',
        'DatacloudDandBCompany',
        'DatacloudAddress',
        'FlowTestView',
        'RelatedListColumnDefinition',
        'RelatedListDefinition',
        'ApexTypeImplementor',
        'IconDefinition',
        'ActivityFieldHistory',
        'OmniRoutingEventStore',
        'FeedItem',
        'FeedRevision',
    ],
    { queryable: 'filter' },
];
/** \u00a71.2/\u00a72: no SOQL query at all ("entity type ... does not support query"; TAP QUERY_INCOMPATIBLE list). */
const QUERY_INCOMPATIBLE = [
    [
        'DataType',
        'ListViewChartInstance',
        'FeedLike',
        'OutgoingEmail',
        'OutgoingEmailRelation',
        'FeedSignal',
        'ActivityHistory',
        'EmailStatus',
        'UserRecordAccess',
        'Name',
        'AggregateResult',
        'OpenActivity',
        'ProcessInstanceHistory',
        'OwnedContentDocument',
        'FolderedContentDocument',
        'FeedTrackedChange',
        'CombinedAttachment',
        'AttachedContentDocument',
        'ContentBody',
        'NoteAndAttachment',
        'LookedUpFromActivity',
        'AttachedContentNote',
        'QuoteTemplateRichTextData',
    ],
    { queryable: false },
];
/** \u00a71.6 (object reference v226/v238): KnowledgeArticleVersion supports no update(); writes go through the __kav object. */
const NOT_UPDATEABLE = [['KnowledgeArticleVersion'], { updateable: false }];
/** \u00a72, DC-MCO: LeadHistory does not support bulk paging, and Attachment's base64 Body is not supported by the Bulk API. */
const BULK_LIMIT_DOCUMENTED = [['LeadHistory', 'Attachment'], { bulkLimited: 'documented' }];
/** \u00a72: TAP, AIRBYTE and ESTUARY list these as not supported by the Bulk API. */
const BULK_UNSUPPORTED = [
    [
        'AcceptedEventRelation',
        'DeclinedEventRelation',
        'UndecidedEventRelation',
        'CaseStatus',
        'ContractStatus',
        'OrderStatus',
        'PartnerRole',
        'SolutionStatus',
        'TaskPriority',
        'TaskStatus',
        'ServiceAppointmentStatus',
        'WorkOrderStatus',
        'WorkOrderLineItemStatus',
        'WorkStepStatus',
        'ShiftStatus',
        'FieldSecurityClassification',
        'RecentlyViewed',
        'EventWhoRelation',
        'TaskWhoRelation',
    ],
    { bulkLimited: 'unsupported' },
];
/** \u00a72 (DC-MCO, DC-DASH): archived Tasks and Events are invisible to the Bulk API, so Connect never syncs them. */
const ARCHIVABLE = [['Task', 'Event'], { archivable: true }];
/**
 * \u00a73: field types Connect cannot give a column. base64: Attachment.Body (DC-MCO), the blob fields of
 * Document, ContentVersion and ContentNote (REST API "Get Blob Data", UI API "Upload Binary Files")
 * and StaticResource.Body (object reference). address: the standard compound address fields
 * (object reference "Address Compound Fields"; \u00a73 DDL shows only the components get columns).
 * Account's four addresses include the person-account ones, PersonMailingAddress and
 * PersonOtherAddress (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/compound_fields_address.htm).
 * The Field Service objects each document "Address, Type address" in the object reference:
 * https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-workorderlineitem.html,
 * .../object-resourceabsence.html, .../object-serviceterritory.html, .../object-serviceterritorymember.html,
 * and ContactPointAddress (.../object-contactpointaddress.html).
 */
const FIELD_TYPES = {
    Attachment: { Body: 'base64' },
    Document: { Body: 'base64' },
    ContentVersion: { VersionData: 'base64' },
    ContentNote: { Content: 'base64' },
    StaticResource: { Body: 'base64' },
    Account: { BillingAddress: 'address', ShippingAddress: 'address', PersonMailingAddress: 'address', PersonOtherAddress: 'address' },
    Contact: { MailingAddress: 'address', OtherAddress: 'address' },
    Lead: { Address: 'address' },
    User: { Address: 'address' },
    Organization: { Address: 'address' },
    Contract: { BillingAddress: 'address', ShippingAddress: 'address' },
    Order: { BillingAddress: 'address', ShippingAddress: 'address' },
    Quote: { BillingAddress: 'address', ShippingAddress: 'address', QuoteToAddress: 'address', AdditionalAddress: 'address' },
    ServiceAppointment: { Address: 'address' },
    WorkOrder: { Address: 'address' },
    WorkOrderLineItem: { Address: 'address' },
    ServiceTerritory: { Address: 'address' },
    ServiceTerritoryMember: { Address: 'address' },
    ResourceAbsence: { Address: 'address' },
    ContactPointAddress: { Address: 'address' },
};
const STANDARD_OBJECTS = buildCatalog([POLLED_ON_SYSTEM_MODSTAMP, FIELD_HISTORY, ...HISTORY_NAMED_EXCEPTIONS, UPDATEABLE, FILTER_REQUIRED, QUERY_INCOMPATIBLE, NOT_UPDATEABLE, BULK_LIMIT_DOCUMENTED, BULK_UNSUPPORTED, ARCHIVABLE], FIELD_TYPES);
function buildCatalog(groups, fieldTypes) {
    const catalog = {};
    for (const [names, fact] of groups) {
        for (const name of names) {
            const entry = (catalog[name] ??= {});
            for (const [key, value] of Object.entries(fact)) {
                // Two sources contradicting each other would make the catalog's answer depend on group order.
                if (entry[key] !== undefined && entry[key] !== value)
                    throw new Error(`Catalog conflict for ${name}.${key}.`);
                Object.assign(entry, { [key]: value });
            }
        }
    }
    for (const [name, fields] of Object.entries(fieldTypes))
        (catalog[name] ??= {}).fields = fields;
    return catalog;
}


/***/ }),

/***/ 8157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ TIMESTAMP_FIELDS),
  x: () => (/* binding */ factsFor)
});

;// CONCATENATED MODULE: ./src/lint/catalog/kind.ts
/**
 * Standard platform events, which have no `__e` suffix: Salesforce's "Standard Platform Event Object
 * List" (https://developer.salesforce.com/docs/platform/platform-events/guide/platform-events-objects-list.html)
 * and "Real-Time Event Monitoring Objects"
 * (https://developer.salesforce.com/docs/atlas.en-us.platform_events.meta/platform_events/platform_events_objects_monitoring.htm).
 * Only the events: their storage objects (LoginEvent, ApiEvent, FileEventStore, ...) are queryable and are not listed.
 * The older monitoring events are all named ...EventStream and are matched by that suffix.
 */
const STANDARD_PLATFORM_EVENTS = new Set([
    'BatchApexErrorEvent',
    'AssetTokenEvent',
    'PlatformStatusAlertEvent',
    'FlowExecutionErrorEvent',
    'ProcessExceptionEvent',
    'RemoteKeyCalloutEvent',
    'CommerceDiagnosticEvent',
    'ConsentEvent',
    'AIPredictionEvent',
    'OrderSummaryCreatedEvent',
    'OrderSumStatusChangedEvent',
    'FOStatusChangedEvent',
    // Real-Time Event Monitoring events named after API version 46.0 (their storage objects end in EventStore).
    'ApiAnomalyEvent',
    'BulkApiResultEvent',
    'ConcurLongRunApexErrEvent',
    'CredentialStuffingEvent',
    'FileEvent',
    'PermissionSetEvent',
    'ReportAnomalyEvent',
    'SessionHijackingEvent',
    'MobileEmailEvent',
    'MobileEnforcedPolicyEvent',
    'MobileScreenshotEvent',
    'MobileTelephonyEvent',
].map((name) => name.toLowerCase()));
/** What an API name's suffix says about the object (Salesforce naming conventions; see docs/rules.md). */
function kindOf(objectName) {
    const name = objectName.toLowerCase();
    if (name.endsWith('__b'))
        return 'big-object';
    if (name.endsWith('__e'))
        return 'platform-event';
    if (!name.includes('__') && (name.endsWith('eventstream') || STANDARD_PLATFORM_EVENTS.has(name)))
        return 'platform-event';
    if (name.endsWith('changeevent'))
        return 'change-event';
    if (name.endsWith('__x'))
        return 'external-object';
    if (name.endsWith('__mdt'))
        return 'custom-metadata';
    if (name.endsWith('__kav') || name === 'knowledgearticleversion')
        return 'knowledge-article';
    if (name.endsWith('__history') || (!name.includes('__') && name.endsWith('history')))
        return 'history';
    if (name.endsWith('__share') || (!name.includes('__') && name.endsWith('share')))
        return 'share';
    if (name.endsWith('__feed') || (!name.includes('__') && name.endsWith('feed')))
        return 'feed';
    if (name.endsWith('__c'))
        return 'custom';
    return 'standard';
}

// EXTERNAL MODULE: ./src/lint/catalog/objects.ts
var objects = __webpack_require__(1369);
// EXTERNAL MODULE: ./src/core/memo.ts
var memo = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/lint/catalog/resolve.ts



const catalogByLowerName = new Map(Object.entries(objects/* STANDARD_OBJECTS */.H4).map(([name, entry]) => [name.toLowerCase(), { name, entry }]));
const pushTopicLower = new Set([...objects/* PUSH_TOPIC_OBJECTS */.Gl].map((name) => name.toLowerCase()));
/** Polling timestamps in the order Connect (and other Salesforce replicators) prefer them. */
const TIMESTAMP_FIELDS = ['SystemModstamp', 'LastModifiedDate', 'CreatedDate'];
/**
 * What is known about an object: first from its name's suffix, then from the built-in catalog,
 * then from describe data, each overriding the one before.
 */
function factsFor(objectName, describe) {
    const kind = kindOf(objectName);
    const catalogued = catalogByLowerName.get(objectName.toLowerCase());
    const facts = {
        name: objectName,
        kind,
        ...factsFromName(objectName, kind),
        ...(catalogued && factsFromCatalog(catalogued.entry)),
        fields: catalogued ? catalogFields(catalogued.entry) : NO_FIELDS,
        fieldsComplete: false,
        origin: catalogued ? 'catalog' : 'name',
    };
    return describe ? withDescribe(facts, describe) : facts;
}
const NO_FIELDS = new Map();
/** Built once per catalog entry: a lint of many mappings of one object shares it. */
const catalogFields = (0,memo/* derivedOnce */.z)((entry) => entry.fields ? new Map(Object.entries(entry.fields).map(([name, type]) => [name, { name, type }])) : NO_FIELDS);
function factsFromName(objectName, kind) {
    switch (kind) {
        case 'custom':
            // Every custom object has Id and SystemModstamp, can be updated, and is PushTopic-eligible.
            return { queryable: true, updateable: true, timestampField: 'SystemModstamp', streaming: true, hasId: true };
        case 'standard':
            return { streaming: pushTopicLower.has(objectName.toLowerCase()) };
        case 'history':
            // History objects have no SystemModstamp, and their supported calls do not include update().
            return { updateable: false, timestampField: 'CreatedDate', streaming: false };
        default:
            return { streaming: false };
    }
}
function factsFromCatalog(entry) {
    const { fields: _fields, ...facts } = entry;
    return facts;
}
function withDescribe(facts, describe) {
    const merged = { ...facts, origin: 'describe', describe };
    if (describe.queryable !== undefined)
        merged.queryable = describe.queryable ? (facts.queryable === 'filter' ? 'filter' : true) : false;
    if (describe.updateable !== undefined)
        merged.updateable = describe.updateable;
    if (describe.createable !== undefined)
        merged.createable = describe.createable;
    if (describe.fields) {
        const byName = describedFields(describe.fields);
        merged.fields = byName;
        merged.fieldsComplete = true;
        merged.hasId = byName.has('Id');
        // Connect polls SystemModstamp wherever it exists; otherwise a field the catalog names (LoginHistory's
        // LoginTime) comes before the generic fallbacks, as long as the describe confirms it.
        const [preferred, ...fallbacks] = TIMESTAMP_FIELDS;
        merged.timestampField = [preferred, facts.timestampField, ...fallbacks].find((name) => name !== undefined && byName.has(name));
    }
    return merged;
}
/**
 * Built once per describe: a file may map one object many times (duplicate-mapping reports it), and
 * each mapping copying a large describe's fields made the cost mappings \u00d7 fields. Sharing the map
 * also lets the rules' per-map indexes (support.ts) be built once.
 */
const describedFields = (0,memo/* derivedOnce */.z)((fields) => new Map(fields.map((field) => [field.name, field])));


/***/ }),

/***/ 9454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ DescribeIndex)
/* harmony export */ });
/** Describe data by object name, compared case-insensitively as Salesforce does. */
class DescribeIndex {
    objects = new Map();
    get size() {
        return this.objects.size;
    }
    /** A later full describe refines an earlier global-describe entry; flags given twice keep the newest. */
    add(object) {
        const key = object.name.toLowerCase();
        const known = this.objects.get(key);
        this.objects.set(key, known ? { ...known, ...definedOnly(object), fields: object.fields ?? known.fields } : object);
    }
    get(name) {
        return this.objects.get(name.toLowerCase());
    }
}
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}


/***/ }),

/***/ 8698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b$: () => (/* binding */ WHOLE_ROOT),
/* harmony export */   k4: () => (/* binding */ discover),
/* harmony export */   r8: () => (/* binding */ discoverEach),
/* harmony export */   vz: () => (/* binding */ sourceOf),
/* harmony export */   zR: () => (/* binding */ looksLikeMappingBytes)
/* harmony export */ });
/* unused harmony exports readTarget, readTargetFrom */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1586);
/* harmony import */ var _core_fs_glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4089);
/* harmony import */ var _core_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2754);
/* harmony import */ var _parse_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7064);






/** A target's text, decoded now and held only as long as the caller holds it. */
function sourceOf({ file, content }) {
    return content.ok ? (0,_parse_source_js__WEBPACK_IMPORTED_MODULE_5__/* .decode */ .D4)(content.bytes, (0,_parse_source_js__WEBPACK_IMPORTED_MODULE_5__/* .formatOf */ .be)(file)) : content;
}
const MAPPING_EXTENSIONS = '{json,yml,yaml}';
/** The search when no pattern is given: the root folder, as if it had been named. */
const WHOLE_ROOT = '';
/** What `**\/*.{json,yml,yaml}` matches in a file name (picomatch, without dot files), told without the glob library. */
const MAPPING_FILE_NAME = /^[^.].*\.(?:json|ya?ml)$/;
/** Folders never searched: `**\/node_modules/**` and `**\/.git/**` below the root. */
const ALWAYS_IGNORED = new Set(['node_modules', '.git']);
/** A file that fails to read is reported when its name says it is meant as a mapping file. */
const MAPPING_NAME = /connect|mapping/i;
/** Every file, as `discoverEach` finds it. */
async function discover(scope, patterns) {
    const targets = [];
    const end = await discoverEach(scope, patterns, (target) => {
        targets.push(target);
    });
    return { targets, ...end };
}
/**
 * Resolves the `files` input: newline-separated globs, `!` to exclude. A path named without glob
 * characters is always linted (a non-mapping file then gets findings saying why); files a search
 * finds are linted when they look like mapping files, and reported when they cannot be read but
 * could be one. Searches never follow a symlinked folder, nor read through a link out of the root,
 * and in a git checkout skip what its .gitignore files ignore (see gitIgnored).
 *
 * Each file is read and handed to `found` before the next is read, in the order of the patterns and
 * then of the paths: a folder's bytes are never all held at once. The calls are synchronous, since
 * the reads are one after another anyway, and node:fs/promises costs a lint's start-up more than
 * it saves.
 */
async function discoverEach(scope, patterns, found) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(scope.root);
    const realRoot = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(root);
    const positive = patterns.filter((p) => !p.startsWith('!'));
    const globs = lazyGlobs(patterns);
    const searches = positive.length > 0 ? positive : [WHOLE_ROOT];
    const seen = new Set();
    const unmatched = [];
    const searched = [];
    let notApplied;
    const ignoredBelow = new Map();
    const add = async (target) => {
        if (seen.has(target.absolutePath))
            return;
        seen.add(target.absolutePath);
        await found(target);
    };
    for (const pattern of patterns)
        if (pattern.startsWith('!') || (await globs.isDynamic(pattern)))
            (0,_core_fs_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .checkGlob */ .pY)(pattern, 'files pattern');
    for (const pattern of searches) {
        const named = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, pattern);
        const dynamic = await globs.isDynamic(pattern);
        if (!dynamic && !scope.namedMayLeaveRoot && !(0,_core_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .FK)(named, root)) {
            // Said without looking: whether something exists outside the workspace is not the pull request's to learn.
            await add(readTargetFrom({ file: shown(root, named), absolutePath: named, confinedTo: realRoot }, (0,_core_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .outsideRoot */ .K8)(root)));
            continue;
        }
        if (!dynamic && !isDirectory(named)) {
            await add(readTarget({ file: shown(root, named), absolutePath: named, confinedTo: scope.namedMayLeaveRoot ? null : realRoot }));
            continue;
        }
        const { base, glob, isMatch } = dynamic ? await globs.compile(pattern) : folderSearch(pattern);
        const baseDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, base);
        searched.push({ pattern, folder: baseDir });
        if (!scope.namedMayLeaveRoot && !(0,_core_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .FK)(baseDir, root)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The files pattern "${pattern}" searches outside the workspace (${root}); patterns are relative to the workspace and stay inside it.`);
        }
        const realBase = realpathOrUndefined(baseDir);
        if (realBase === undefined) {
            if (positive.length > 0)
                unmatched.push(pattern);
            continue;
        }
        const confinedTo = (0,_core_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .FK)(realBase, realRoot) ? realRoot : scope.namedMayLeaveRoot ? realBase : undefined;
        if (confinedTo === undefined) {
            // A committed link where the searched folder should be: said, never followed.
            await add(readTarget({ file: shown(root, baseDir), absolutePath: baseDir, confinedTo: realRoot }));
            continue;
        }
        // Loaded, and git asked, only when a folder is searched; once a folder, for the patterns that search the same one.
        const ignored = ignoredBelow.get(realBase) ?? (await __webpack_require__.e(/* import() */ 111).then(__webpack_require__.bind(__webpack_require__, 1111))).gitIgnored(realBase);
        ignoredBelow.set(realBase, ignored);
        notApplied ??= ignored.notApplied;
        const excluded = await globs.excluded();
        const isIgnored = (relativeToBase) => {
            const shownPath = shown(root, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(baseDir, relativeToBase));
            return alwaysIgnored(shownPath) || excluded(shownPath) || ignored.below(relativeToBase);
        };
        let matched = 0;
        for (const relative of walk(realBase, isMatch, glob, isIgnored)) {
            const absolutePath = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(baseDir, relative);
            if (seen.has(absolutePath))
                continue;
            const target = searchedTarget({ file: shown(root, absolutePath), absolutePath, confinedTo });
            if (!target)
                continue;
            await add(target);
            matched++;
        }
        if (matched === 0 && positive.length > 0)
            unmatched.push(pattern);
    }
    return { unmatched, searched, ...(notApplied && { gitignoreNotApplied: notApplied }) };
}
/** Reads a file once, as the lint will see it. */
function readTarget(ref) {
    return readTargetFrom(ref, (0,_core_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .readConfined */ .Hz)(ref.absolutePath, ref.confinedTo));
}
/** A target from what was read already, such as standard input. */
function readTargetFrom(ref, read) {
    return { ...ref, content: read.ok ? { ok: true, bytes: read.bytes } : (0,_parse_source_js__WEBPACK_IMPORTED_MODULE_5__/* .failedRead */ .Yr)('unreadable', read.message) };
}
/**
 * A file a search found: linted when its bytes look like a mapping file (the lint decodes them, once);
 * when it cannot be read or decoded, reported when its name or its first bytes say it could be one,
 * so it never passes in silence.
 */
function searchedTarget(ref) {
    const read = (0,_core_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .readConfined */ .Hz)(ref.absolutePath, ref.confinedTo);
    if (read.ok) {
        if (looksLikeMappingBytes(read.bytes))
            return { ...ref, content: { ok: true, bytes: read.bytes } };
        return !(0,_parse_source_js__WEBPACK_IMPORTED_MODULE_5__/* .decode */ .D4)(read.bytes, (0,_parse_source_js__WEBPACK_IMPORTED_MODULE_5__/* .formatOf */ .be)(ref.file)).ok && couldBeMappingFile(ref.file, read.bytes) ? { ...ref, content: { ok: true, bytes: read.bytes } } : undefined;
    }
    return couldBeMappingFile(ref.file, read.head) ? { ...ref, content: (0,_parse_source_js__WEBPACK_IMPORTED_MODULE_5__/* .failedRead */ .Yr)('unreadable', read.message) } : undefined;
}
const SPACE = [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d];
const BLANK = [0x20, 0x09];
const QUOTES = [0x22, 0x27];
const [DOUBLE_QUOTE, COLON, OPEN_BRACKET, LINE_FEED, CARRIAGE_RETURN] = [0x22, 0x3a, 0x5b, 0x0a, 0x0d];
/**
 * A mapping file has a top-level `mappings` list and mappings with `object_name`: `"mappings": [`
 * in JSON or `mappings:` at the start of a line in YAML, and `object_name` before a colon (either
 * key may be quoted). Told from the bytes, without decoding or parsing them, so that the engine's
 * decode and parse are the only ones; a false match gets findings saying why.
 */
function looksLikeMappingBytes(bytes) {
    const skip = (from, set) => {
        while (from < bytes.length && set.includes(bytes[from]))
            from++;
        return from;
    };
    const optionalQuote = (at) => (QUOTES.includes(bytes[at] ?? -1) ? at + 1 : at);
    const startsLine = (at) => at < 0 || bytes[at] === LINE_FEED || bytes[at] === CARRIAGE_RETURN;
    const mappingsList = (before, after) => {
        if (bytes[before] === DOUBLE_QUOTE && bytes[after] === DOUBLE_QUOTE) {
            const colon = skip(after + 1, SPACE);
            if (bytes[colon] === COLON && bytes[skip(colon + 1, SPACE)] === OPEN_BRACKET)
                return true;
        }
        const atLineStart = startsLine(before) || (QUOTES.includes(bytes[before] ?? -1) && startsLine(before - 1));
        return atLineStart && bytes[skip(optionalQuote(after), BLANK)] === COLON;
    };
    return hasKey(bytes, 'mappings', mappingsList) && hasKey(bytes, 'object_name', (_, after) => bytes[skip(optionalQuote(after), SPACE)] === COLON);
}
/** Whether some occurrence of `key` in `bytes` passes `test`, given the offsets just before and just after it. */
function hasKey(bytes, key, test) {
    for (let at = bytes.indexOf(key); at !== -1; at = bytes.indexOf(key, at + key.length)) {
        if (test(at - 1, at + key.length))
            return true;
    }
    return false;
}
/** By name, or by its first bytes read leniently (UTF-8 or UTF-16) mentioning a mapping file's keys. */
function couldBeMappingFile(file, head) {
    if (MAPPING_NAME.test(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(file)))
        return true;
    if (head === undefined)
        return false;
    const start = head.subarray(0, _core_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .PEEK_BYTES */ .uf);
    const text = new TextDecoder((0,_parse_source_js__WEBPACK_IMPORTED_MODULE_5__/* .utf16Encoding */ .C0)(start) ?? 'utf-8').decode(start);
    return text.includes('mappings') || text.includes('object_name');
}
/**
 * Every entry under `base` that `glob` matches, relative to base, sorted: files, and links and
 * special files too (the read refuses them with a reason). Folders are entered only when they are
 * real folders, never through a link, so a link to / or /proc cannot make the walk endless;
 * iterative, so no depth can overflow the stack. Only the names are held.
 */
function walk(base, isMatch, glob, isIgnored) {
    // Without "**" a glob cannot match deeper than its own segments.
    const maxDepth = glob.includes('**') ? Infinity : glob.split('/').length;
    const entersHidden = /(^|\/)\./.test(glob);
    const matches = [];
    const folders = [{ relative: '', depth: 0 }];
    while (folders.length > 0) {
        const folder = folders.pop();
        for (const entry of readFolder(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, folder.relative))) {
            const relative = folder.relative === '' ? entry.name : `${folder.relative}/${entry.name}`;
            if (isIgnored(relative))
                continue;
            if (entry.isDirectory()) {
                if (folder.depth + 1 < maxDepth && (entersHidden || !entry.name.startsWith('.')))
                    folders.push({ relative, depth: folder.depth + 1 });
            }
            else if (isMatch(relative)) {
                matches.push(relative);
            }
        }
    }
    return matches.sort();
}
function readFolder(folder) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(folder, { withFileTypes: true });
    }
    catch {
        // A folder that vanished or cannot be listed holds nothing to lint; a file named in it is reported by its read.
        return [];
    }
}
/** A folder's search, `folder/**\/*.{json,yml,yaml}`, matched without the glob library. */
function folderSearch(folder) {
    return { base: folder.replace(/\/+$/, ''), glob: `**/*.${MAPPING_EXTENSIONS}`, isMatch: (relative) => MAPPING_FILE_NAME.test(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(relative)) };
}
/** `**\/node_modules/**` and `**\/.git/**` on a path shown from the root (a leading `..` is never one of them, as in picomatch). */
function alwaysIgnored(shownPath) {
    const segments = shownPath.split('/');
    let first = 0;
    while (segments[first] === '..')
        first++;
    for (let i = first; i < segments.length; i++)
        if (ALWAYS_IGNORED.has(segments[i]))
            return true;
    return false;
}
/** Characters a glob needs; a pattern without any of them names a path and is never a glob. */
const GLOB_CHARACTERS = /[*?[\]{}()!+@\\]/;
/**
 * The glob libraries, loaded only for a pattern that may be a glob or a `!` exclusion: a run that
 * names its files or folders (the usual action and pre-commit use) never loads or compiles them.
 */
function lazyGlobs(patterns) {
    let loaded;
    const load = () => (loaded ??= Promise.all([__webpack_require__.e(/* import() */ 6).then(__webpack_require__.t.bind(__webpack_require__, 4006, 23)), Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(382)]).then(__webpack_require__.bind(__webpack_require__, 3382))]).then(([{ default: picomatch }, { isDynamicPattern }]) => ({ picomatch, isDynamicPattern })));
    const exclusions = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    let excluded;
    return {
        isDynamic: async (pattern) => GLOB_CHARACTERS.test(pattern) && (await load()).isDynamicPattern(pattern),
        compile: async (pattern) => {
            const { picomatch } = await load();
            const { base, glob } = picomatch.scan(pattern);
            return { base, glob, isMatch: picomatch(glob, { ..._core_fs_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .GLOB_OPTIONS */ .gu, dot: false }) };
        },
        /** The `!` patterns, as one matcher of paths shown from the root. */
        excluded: async () => (excluded ??= exclusions.length === 0 ? () => false : (await load()).picomatch(exclusions, { ..._core_fs_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .GLOB_OPTIONS */ .gu, dot: true })),
    };
}
function shown(root, absolutePath) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, absolutePath).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}
function isDirectory(absolutePath) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolutePath, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
function realpathOrUndefined(absolutePath) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(absolutePath);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 5394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ resolveLevels),
/* harmony export */   XU: () => (/* binding */ parseRuleSettings)
/* harmony export */ });
/* unused harmony export isLevel */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1586);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1227);
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3054);




const SETTINGS = ['off', ..._core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .LEVELS */ .A_];
/** Each rule's effective level: its default, unless the user set another. */
function resolveLevels(overrides = []) {
    const levels = new Map(_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y.map((rule) => [rule.id, rule.defaultLevel]));
    for (const [id, setting] of overrides) {
        if (!_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES_BY_ID */ .k.has(id)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Unknown rule "${id}".${(0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(id, [..._rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES_BY_ID */ .k.keys()])} The rules are listed in the README's rule reference.`);
        }
        const level = setting.trim().toLowerCase();
        if (!isLevelSetting(level)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Rule "${id}" cannot be set to "${setting}": use one of ${SETTINGS.join(', ')}.`);
        }
        levels.set(id, level);
    }
    return levels;
}
/**
 * Parses "rule-id: level" lines (the action input, the configuration file) or "rule-id=level" items
 * (the CLI flag). A setting it cannot read is explained in the syntax of where it was written: `flag`
 * names the CLI flag (such as "--rule") when the lines came from one.
 */
function parseRuleSettings(lines, flag) {
    const syntax = flag ? `${flag} rule-id=level, for example ${flag} bulk-limit=off` : 'rule-id: level, for example "bulk-limit: off"';
    return lines
        .map((line) => line.replace(/#.*$/, '').trim())
        .filter(Boolean)
        .map((line) => {
        const match = /^([A-Za-z0-9-]+)\s*[:=]\s*(\S+)$/.exec(line);
        if (!match)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Cannot read the rule setting "${line}": write it as ${syntax}.`);
        return [match[1], match[2]];
    });
}
function isLevelSetting(value) {
    return SETTINGS.includes(value);
}
function isLevel(value) {
    return LEVELS.includes(value);
}


/***/ }),

/***/ 8333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ scanJson),
/* harmony export */   f: () => (/* binding */ keyAt)
/* harmony export */ });
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(524);

const VALUE = 0; // a value must come
const VALUE_OR_CLOSE = 1; // just after '[': a value or ']'
const KEY = 2; // after ',' in an object
const KEY_OR_CLOSE = 3; // just after '{': a key or '}'
const COLON = 4;
const COMMA_OR_CLOSE = 5;
const END = 6; // the document is complete: only whitespace may follow
const NOTHING = { key() { }, scalar() { }, open() { }, close() { } };
/** Scans the whole text; undefined when it is valid JSON nested at most `maxDepth` levels. */
function scanJson(text, visitor = NOTHING, maxDepth = _parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_DEPTH */ .lr) {
    const n = text.length;
    const isObject = new Uint8Array(maxDepth + 1);
    let depth = 0;
    let state = VALUE;
    let i = 0;
    for (;;) {
        let c = text.charCodeAt(i);
        while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
            c = text.charCodeAt(++i);
        if (i >= n)
            return state === END ? undefined : syntax(i, endOfText(depth, isObject, state));
        switch (state) {
            case VALUE:
            case VALUE_OR_CLOSE:
            case END:
                if (state === END)
                    return syntax(i, `unexpected ${tokenName(text, i)} after the end of the JSON document. A file holds one document: remove what follows it.`);
                if (c === 0x7b || c === 0x5b) {
                    if (depth === maxDepth) {
                        return { kind: 'too-deep', offset: i, message: `The document nests more than ${maxDepth} levels deep; a Heroku Connect mapping file nests about 6, so this is not one.` };
                    }
                    if (visitor.open(c === 0x7b, i) === false) {
                        i = skipContainer(text, i);
                        visitor.close(i);
                        state = depth === 0 ? END : COMMA_OR_CLOSE;
                        continue;
                    }
                    isObject[++depth] = c === 0x7b ? 1 : 0;
                    i++;
                    state = c === 0x7b ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
                    continue;
                }
                if (c === 0x5d && state === VALUE_OR_CLOSE)
                    break; // an empty array: closed below
                {
                    const end = scalarEnd(text, i);
                    if (end < 0)
                        return c === 0x22 ? syntax(~end, badString(text, ~end)) : syntax(i, badValue(text, i, c));
                    visitor.scalar(i, end);
                    i = end;
                    state = depth === 0 ? END : COMMA_OR_CLOSE;
                    continue;
                }
            case KEY:
            case KEY_OR_CLOSE:
                if (c === 0x7d && state === KEY_OR_CLOSE)
                    break;
                if (c !== 0x22) {
                    if (c === 0x7d && followsComma(text, i))
                        return syntax(i, TRAILING_COMMA('}'));
                    return syntax(i, `unexpected ${tokenName(text, i)} where a key was expected. Keys are strings in double quotes.`);
                }
                {
                    const end = stringEnd(text, i);
                    if (end < 0)
                        return syntax(~end, badString(text, ~end));
                    visitor.key(i, end);
                    i = end;
                    state = COLON;
                    continue;
                }
            case COLON:
                if (c !== 0x3a)
                    return syntax(i, `unexpected ${tokenName(text, i)} after a key. A colon is probably missing between the key and its value.`);
                i++;
                state = VALUE;
                continue;
            case COMMA_OR_CLOSE:
                if (c === 0x2c) {
                    i++;
                    state = isObject[depth] ? KEY : VALUE;
                    continue;
                }
                if (c === (isObject[depth] ? 0x7d : 0x5d))
                    break;
                if (c === 0x7d || c === 0x5d) {
                    return syntax(i, `unexpected "${text[i]}": the innermost open ${isObject[depth] ? 'object needs "}"' : 'array needs "]"'} first.`);
                }
                if (c === 0x22 || c === 0x7b || c === 0x5b || c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x66 || c === 0x6e) {
                    return syntax(i, `unexpected ${tokenName(text, i)}. A comma is probably missing before it.`);
                }
                return syntax(i, `unexpected ${tokenName(text, i)}. A comma or a closing "${isObject[depth] ? '}' : ']'}" was expected.`);
        }
        // The cases that break out of the switch close the innermost object or array.
        visitor.close(++i);
        depth--;
        state = depth === 0 ? END : COMMA_OR_CLOSE;
    }
}
/**
 * Everything inside a container that leaves the depth unchanged: text without quotes or brackets,
 * whole strings, and empty objects and arrays (every field of an export is one). Bounded loops, so
 * that the regular expression's backtracking stack stays small whatever the input; a string with
 * more escapes than the bound is stepped over by hand.
 */
const FLAT_RUN = /(?:[^"{}[\]]+|"[^"\\]*(?:\\.[^"\\]*){0,64}"|\{[ \t\n\r]*\}|\[[ \t\n\r]*\]){0,1024}/y;
/**
 * Past the bracket that closes the one at `i`, in valid JSON. A native regular expression steps over
 * the flat runs between the brackets of non-empty containers, so this loop turns a few times per
 * mapping, not once per field.
 */
function skipContainer(text, i) {
    let depth = 1;
    i++;
    for (;;) {
        FLAT_RUN.lastIndex = i;
        FLAT_RUN.test(text);
        i = FLAT_RUN.lastIndex;
        const c = text.charCodeAt(i);
        if (c === 0x7b || c === 0x5b) {
            depth++;
            i++;
        }
        else if (c === 0x7d || c === 0x5d) {
            i++;
            if (--depth === 0)
                return i;
        }
        else if (c === 0x22) {
            i = pastString(text, i);
        }
        else if (i >= text.length) {
            return text.length;
        }
        // Otherwise the run stopped at its bound: the next one goes on from there.
    }
}
/** Past the closing quote of the string that opens at `quote`. */
function pastString(text, quote) {
    let end = text.indexOf('"', quote + 1);
    while (end !== -1 && isEscaped(text, end))
        end = text.indexOf('"', end + 1);
    return end === -1 ? text.length : end + 1;
}
function isEscaped(text, quote) {
    let backslashes = 0;
    for (let j = quote - 1; text.charCodeAt(j) === 0x5c; j--)
        backslashes++;
    return backslashes % 2 === 1;
}
function syntax(offset, message) {
    return { kind: 'syntax', offset, message };
}
const TRAILING_COMMA = (bracket) => `unexpected "${bracket}" after a comma. JSON allows no trailing comma: remove the comma before it.`;
function endOfText(depth, isObject, state) {
    if (depth === 0)
        return 'the text ends where a value was expected.';
    const missing = isObject[depth] ? '"}"' : '"]"';
    if (state === VALUE || state === KEY)
        return `the text ends after a comma. JSON allows no trailing comma, and ${missing} is missing at the end.`;
    return `the text ends inside an ${isObject[depth] ? 'object' : 'array'}: a closing ${missing} is missing.`;
}
function followsComma(text, i) {
    let j = i - 1;
    let c = text.charCodeAt(j);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
        c = text.charCodeAt(--j);
    return c === 0x2c;
}
function badValue(text, i, c) {
    if ((c === 0x5d || c === 0x7d) && followsComma(text, i))
        return TRAILING_COMMA(text[i]);
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        return 'a number is not written as JSON allows: no leading zeros, no "+" sign, digits on both sides of a decimal point.';
    }
    return `unexpected ${tokenName(text, i)} where a value was expected.`;
}
function badString(text, at) {
    if (at >= text.length)
        return 'a string is not closed: its closing double quote is missing.';
    const c = text.charCodeAt(at);
    if (c === 0x5c)
        return 'a string has an invalid escape: JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u followed by four hex digits.';
    return `a string contains a raw control character (U+${hex(c)}), which JSON does not allow: write it as an escape such as \\n, or close the string with a double quote.`;
}
/** What the user sees at `i`, named without quoting the file's text beyond one punctuation character. */
function tokenName(text, i) {
    const c = text.charCodeAt(i);
    if (c === 0x22)
        return 'a string';
    if (c === 0x27)
        return 'a single quote (JSON strings use double quotes)';
    if (c === 0x2f)
        return '"/" (JSON has no comments)';
    if (c === 0x2d || (c >= 0x30 && c <= 0x39))
        return 'a number';
    if (literalEnd(text, i) > 0)
        return text.startsWith('n', i) ? 'null' : 'true/false';
    if (isWordChar(c))
        return 'a bare word (text outside double quotes)';
    if (c > 0x20 && c < 0x7f)
        return `"${text[i]}"`;
    return `the character U+${hex(c)}`;
}
function hex(code) {
    return code.toString(16).toUpperCase().padStart(4, '0');
}
function isWordChar(c) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x24;
}
/** The end of the scalar at `i`, or the bitwise complement of where it went wrong (0 when it is not a scalar). */
function scalarEnd(text, i) {
    const c = text.charCodeAt(i);
    if (c === 0x22)
        return stringEnd(text, i);
    if (c === 0x2d || (c >= 0x30 && c <= 0x39))
        return numberEnd(text, i);
    const end = literalEnd(text, i);
    return end > 0 ? end : ~0;
}
/** Past the closing quote of the string opening at `i`, or the complement of the offending offset. */
function stringEnd(text, i) {
    const n = text.length;
    for (let j = i + 1; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === 0x22)
            return j + 1;
        if (c < 0x20)
            return ~j;
        if (c === 0x5c) {
            const e = text.charCodeAt(j + 1);
            if (e === 0x75) {
                if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6)))
                    return ~j;
                j += 5;
            }
            else if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
                j++;
            }
            else {
                return ~j;
            }
        }
    }
    return ~n;
}
function numberEnd(text, i) {
    const start = i;
    if (text.charCodeAt(i) === 0x2d)
        i++;
    const first = text.charCodeAt(i);
    if (first === 0x30)
        i++;
    else if (first >= 0x31 && first <= 0x39)
        i = digitsEnd(text, i);
    else
        return ~0;
    if (text.charCodeAt(i) === 0x2e) {
        const after = digitsEnd(text, i + 1);
        if (after === i + 1)
            return ~0;
        i = after;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
        let j = i + 1;
        const sign = text.charCodeAt(j);
        if (sign === 0x2b || sign === 0x2d)
            j++;
        const after = digitsEnd(text, j);
        if (after === j)
            return ~0;
        i = after;
    }
    // A number glued to letters or digits (`01`, `1x`) is not one token JSON knows.
    return isWordChar(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2e ? ~0 : i > start ? i : ~0;
}
function digitsEnd(text, i) {
    let c = text.charCodeAt(i);
    while (c >= 0x30 && c <= 0x39)
        c = text.charCodeAt(++i);
    return i;
}
function literalEnd(text, i) {
    for (const literal of ['true', 'false', 'null']) {
        if (text.startsWith(literal, i) && !isWordChar(text.charCodeAt(i + literal.length)))
            return i + literal.length;
    }
    return 0;
}
/** The key whose token spans start..end, decoded. */
function keyAt(text, start, end) {
    const raw = text.slice(start + 1, end - 1);
    return raw.includes('\\') ? JSON.parse(text.slice(start, end)) : raw;
}


/***/ }),

/***/ 3647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseJson)
/* harmony export */ });
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2020);
/* harmony import */ var _json_scan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8333);
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(524);



/**
 * Parses JSON on the fast path: JSON.parse, one walk of the value that counts its keys and checks
 * the depth, and one search of the text for colons. The scanner reads the text again only when
 * something must be placed: a syntax error, a duplicate key, or the findings of the rules, all of
 * them in one pass. Nesting is refused after JSON.parse: the file size limit bounds what JSON.parse
 * builds (a 16 MiB file of brackets takes about 3 s and under a gigabyte, and a 16 MiB list of
 * empty objects, which nests nothing, about half that), and checking the depth in the text first
 * would cost every clean file a second reading of its strings.
 */
function parseJson(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        // JSON.parse's message quotes the text, which may be anything (a credential, behind a symlink): never shown.
        return failed(text);
    }
    // First without walking the values of objects that look like a mapping's fields: when the text
    // holds no more keys than that count, those values are all `{}` and no key is repeated.
    const quick = (0,_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .countKeysWithin */ .xv)(value, _parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DEPTH */ .lr, true);
    if (quick === undefined)
        return failed(text);
    const locate = (requests) => locateJson(text, requests);
    const colons = colonsAfterQuotes(text);
    if (colons === quick.keys)
        return { value, problems: [], omittedProblems: 0, locate, emptyValued: quick.unwalked };
    // Otherwise the exact walk, as if there were no shortcut.
    const keys = quick.unwalked.size === 0 ? quick.keys : (0,_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .countKeysWithin */ .xv)(value, _parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DEPTH */ .lr)?.keys;
    if (keys === undefined)
        return failed(text);
    if (colons === keys)
        return { value, problems: [], omittedProblems: 0, locate };
    return { value, ...duplicateKeys(text), locate };
}
function failed(text) {
    const failure = (0,_json_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .scanJson */ .E)(text);
    const problem = failure
        ? {
            kind: failure.kind,
            message: failure.kind === 'syntax' ? `The file is not valid JSON: ${failure.message}` : failure.message,
            range: { start: (0,_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .positionsAt */ .GN)(text, [failure.offset])[0] },
        }
        : { kind: 'syntax', message: 'The file is not valid JSON.', range: _parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCUMENT_START */ .Bv };
    return { problems: [problem], omittedProblems: 0, locate: (requests) => requests.map(() => _parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCUMENT_START */ .Bv) };
}
/**
 * The colons whose previous character other than whitespace is a quote, in valid JSON text. Every
 * key is counted once (its closing quote, then its colon); a colon inside a string adds one when a
 * quote precedes it (`"\":"` or a string starting with a colon). So the count is at least the number
 * of keys written, which is at least the number of keys in the parsed value, the difference being
 * the duplicates JSON.parse dropped: when the count equals the value's keys, no key is repeated.
 * When it is higher, the scanner tells a duplicate from a colon in a string. A search for colons
 * runs in native code and never reads a string's characters in JavaScript.
 */
function colonsAfterQuotes(text) {
    let count = 0;
    for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
        let before = colon - 1;
        let code = text.charCodeAt(before);
        while (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09)
            code = text.charCodeAt(--before);
        if (code === 0x22)
            count++;
    }
    return count;
}
/**
 * Tracks where the scanner stands in the document: for each open container, whether it is an
 * array and how many elements it has seen, so that each value knows the path segment leading to it.
 */
class PathVisitor {
    text;
    isArray = [];
    counts = [];
    lastKey = '';
    constructor(text) {
        this.text = text;
    }
    key(start, end) {
        this.lastKey = (0,_json_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .keyAt */ .f)(this.text, start, end);
    }
    /** The segment of the value about to start: its index in an array, or the key just read. */
    segment() {
        const depth = this.isArray.length;
        return depth > 0 && this.isArray[depth - 1] ? this.counts[depth - 1]++ : this.lastKey;
    }
    scalar(_start, _end) {
        this.segment();
    }
    open(isObject, _start) {
        this.isArray.push(!isObject);
        this.counts.push(0);
    }
    close(_end) {
        this.isArray.pop();
        this.counts.pop();
    }
}
/** Every repeated key, with the path of its object and where the key first appeared. */
function duplicateKeys(text) {
    const found = [];
    let omitted = 0;
    class DuplicateVisitor extends PathVisitor {
        seen = [];
        path = [];
        key(start, end) {
            super.key(start, end);
            const keys = this.seen.at(-1);
            const first = keys.get(this.lastKey);
            if (first === undefined) {
                keys.set(this.lastKey, start);
            }
            else if (found.length < _parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_PROBLEMS_PER_FILE */ .JG) {
                const where = this.path.length > 1
                    ? this.path
                        .slice(1)
                        .map((segment) => `/${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(String(segment), 40)}`)
                        .join('')
                    : 'the document';
                found.push({ start, end, first, name: this.lastKey, where });
            }
            else {
                omitted++;
            }
        }
        open(isObject, start) {
            this.path.push(this.isArray.length === 0 ? '' : this.segment());
            super.open(isObject, start);
            this.seen.push(isObject ? new Map() : undefined);
        }
        close(end) {
            super.close(end);
            this.path.pop();
            this.seen.pop();
        }
    }
    (0,_json_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .scanJson */ .E)(text, new DuplicateVisitor(text));
    const positions = (0,_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .positionsAt */ .GN)(text, found.flatMap(({ start, end, first }) => [start, end, first]));
    const problems = found.map(({ name, where }, index) => {
        const [start, end, first] = positions.slice(index * 3, index * 3 + 3);
        return {
            kind: 'duplicate-key',
            message: `The key "${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(name)}" appears again in ${where} (first on line ${first.line}). ` + 'JSON.parse, and so Heroku Connect, silently keeps only the last one: remove or merge the duplicate.',
            range: { start, end },
        };
    });
    return { problems, omittedProblems: omitted };
}
/** A node of the tree of requested paths; the scan fills in the offsets of the ones it meets (-1: not met). */
class Target {
    byIndex;
    /** Created on first use: most targets are leaves. */
    children;
    keyStart = -1;
    keyEnd = -1;
    valueStart = -1;
    valueEnd = -1;
    /** The children whose values the scan met since this target was last cleared: what a clearing must reach. */
    met;
    /** `byIndex`: reached through an array index (a number segment); only such targets match array elements. */
    constructor(byIndex) {
        this.byIndex = byIndex;
    }
    child(segment) {
        this.children ??= new Map();
        let child = this.children.get(String(segment));
        if (!child)
            this.children.set(String(segment), (child = new Target(typeof segment === 'number')));
        else if (typeof segment === 'number')
            child.byIndex = true;
        return child;
    }
}
/** Places every request in one scan of the text: the cost follows the requests, not the file's structure. */
function locateJson(text, requests) {
    const root = new Target(false);
    for (const { path } of requests) {
        let node = root;
        for (const segment of path)
            node = node.child(segment);
    }
    (0,_json_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .scanJson */ .E)(text, new LocateVisitor(text, root));
    // Two offsets per request: where its range starts and ends.
    const offsets = new Array(requests.length * 2);
    requests.forEach(({ path, at }, index) => {
        let node = root;
        let keyed;
        let chosen;
        for (const segment of path) {
            const child = node.children?.get(String(segment));
            if (!child || child.valueStart === -1) {
                chosen = keyed ?? node;
                break;
            }
            node = child;
            keyed = child.keyStart === -1 ? undefined : child;
        }
        const useKey = chosen ? chosen === keyed : at === 'key' && keyed === node;
        chosen ??= node;
        offsets[index * 2] = useKey ? chosen.keyStart : chosen.valueStart;
        offsets[index * 2 + 1] = useKey ? chosen.keyEnd : chosen.valueEnd;
    });
    const positions = (0,_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .positionsAt */ .GN)(text, offsets);
    return requests.map((_, index) => ({ start: positions[index * 2], end: positions[index * 2 + 1] }));
}
class LocateVisitor extends PathVisitor {
    root;
    /** The target of each open container, undefined where nothing inside is requested. */
    targets = [];
    keyTarget;
    constructor(text, root) {
        super(text);
        this.root = root;
    }
    key(start, end) {
        const children = this.targets[this.targets.length - 1]?.children;
        this.keyTarget = undefined;
        // Decoding a key costs an allocation: only keys of containers on a requested path are read.
        if (!children)
            return;
        super.key(start, end);
        const child = children.get(this.lastKey);
        if (!child)
            return;
        // JSON.parse keeps the last of duplicate keys, so the last member is the one the value came from.
        if (child.valueStart !== -1)
            forget(child);
        child.keyStart = start;
        child.keyEnd = end;
        this.keyTarget = child;
    }
    /** The target of the value about to start, if it was requested. */
    next() {
        const depth = this.isArray.length;
        if (depth === 0)
            return this.root;
        if (!this.isArray[depth - 1])
            return this.keyTarget;
        const index = this.segment();
        const child = this.targets[depth - 1]?.children?.get(String(index));
        return child?.byIndex ? child : undefined;
    }
    scalar(start, end) {
        const found = this.next();
        if (found) {
            this.meet(found);
            found.valueStart = start;
            found.valueEnd = end;
        }
    }
    open(isObject, start) {
        const found = this.next();
        if (found) {
            this.meet(found);
            found.valueStart = start;
        }
        this.targets.push(found);
        super.open(isObject, start);
        // Nothing requested inside: the scanner jumps to the closing bracket.
        return found?.children !== undefined;
    }
    /** Notes in the enclosing target that the scan met this one's value, for forget(). */
    meet(found) {
        const parent = this.targets[this.targets.length - 1];
        if (parent)
            (parent.met ??= []).push(found);
    }
    close(end) {
        const found = this.targets.pop();
        if (found)
            found.valueEnd = end;
        super.close(end);
    }
}
/**
 * Clears what an earlier duplicate of a key recorded below it. Only the targets its value met are
 * visited, each once per time it was met: a key repeated many times over many requests would
 * otherwise cost the requests at each repeat.
 */
function forget(node) {
    const stack = [node];
    while (stack.length > 0) {
        const next = stack.pop();
        next.keyStart = next.keyEnd = next.valueStart = next.valueEnd = -1;
        if (next.met)
            for (const child of next.met)
                stack.push(child);
        next.met = undefined;
    }
}


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ parseSource)
/* harmony export */ });
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3647);

/**
 * A mapping file's text, parsed as its format says: the one way the lint, the plan and the deploy
 * read it. The YAML parser is loaded with the first YAML file: most runs read only JSON.
 */
async function parseSource(text, format) {
    return format === 'yaml' ? (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(754)]).then(__webpack_require__.bind(__webpack_require__, 5754))).parseYaml(text) : (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .q)(text);
}


/***/ }),

/***/ 524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ DOCUMENT_START),
/* harmony export */   GN: () => (/* binding */ positionsAt),
/* harmony export */   JG: () => (/* binding */ MAX_PROBLEMS_PER_FILE),
/* harmony export */   lr: () => (/* binding */ MAX_DEPTH),
/* harmony export */   xv: () => (/* binding */ countKeysWithin)
/* harmony export */ });
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6153);

/** A file with more problems than this is described by its first ones, and a count of the rest. */
const MAX_PROBLEMS_PER_FILE = 1000;
/**
 * Deeper nesting is refused with one finding before anything walks the value: an export nests about
 * 6 levels and a describe file about 8, so 64 leaves room while no walk or parser can overflow the stack.
 */
const MAX_DEPTH = 64;
const DOCUMENT_START = { start: { line: 1, column: 1 } };
/**
 * The number of object keys in a value, or undefined when it nests more than `maxDepth` levels.
 * Iterative, so that no depth of input can overflow the call stack. `skipEmptyValues`: an object
 * whose first object value has no keys is not walked below its own keys (see KeyCount.unwalked),
 * which spares a large export 80,000 visits of an empty object.
 */
function countKeysWithin(value, maxDepth, skipEmptyValues = false) {
    const unwalked = new Set();
    if (typeof value !== 'object' || value === null)
        return { keys: 0, unwalked };
    const nodes = [value];
    const depths = [1];
    let keys = 0;
    // Plain loops over one stack: this walks every node of a clean file. Each object's keys are listed
    // (listKeys), so that a large one's list is made once for the engine and the rules too.
    while (nodes.length > 0) {
        const node = nodes.pop();
        const depth = depths.pop();
        if (Array.isArray(node)) {
            for (let i = 0; i < node.length; i++) {
                const child = node[i];
                if (typeof child !== 'object' || child === null)
                    continue;
                if (depth === maxDepth)
                    return undefined;
                nodes.push(child);
                depths.push(depth + 1);
            }
            continue;
        }
        const names = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .listKeys */ .TH)(node);
        keys += names.length;
        if (skipEmptyValues && depth < maxDepth && startsWithEmptyObject(node, names) && allObjects(node, names)) {
            unwalked.add(node);
            continue;
        }
        for (let i = 0; i < names.length; i++) {
            const child = node[names[i]];
            if (typeof child !== 'object' || child === null)
                continue;
            if (depth === maxDepth)
                return undefined;
            nodes.push(child);
            depths.push(depth + 1);
        }
    }
    return { keys, unwalked };
}
function startsWithEmptyObject(node, names) {
    const first = names.length > 0 ? node[names[0]] : undefined;
    return typeof first === 'object' && first !== null && !Array.isArray(first) && (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .listKeys */ .TH)(first).length === 0;
}
/** Every value an object that is not an array: then none nests deeper than one level below `node` without a key the count would miss. */
function allObjects(node, names) {
    for (let i = 0; i < names.length; i++) {
        const child = node[names[i]];
        if (typeof child !== 'object' || child === null || Array.isArray(child))
            return false;
    }
    return true;
}
/**
 * Lines and columns of many offsets in one pass over the text: 1-based, columns in UTF-16 code
 * units. Only "\n" ends a line, as JSON.parse and GitHub count them.
 */
function positionsAt(text, offsets) {
    // Offset and index packed in one exact number (offsets stay below 2^31): a typed array sorts
    // them without a comparison callback, several times faster on many findings.
    const packed = offsets.length < INDEX_SPAN;
    const order = packed ? new Float64Array(offsets.length) : Float64Array.from(offsets, (_, i) => i);
    if (packed) {
        for (let i = 0; i < offsets.length; i++)
            order[i] = offsets[i] * INDEX_SPAN + i;
        order.sort();
    }
    else {
        order.sort((a, b) => offsets[a] - offsets[b]);
    }
    const positions = new Array(offsets.length);
    let line = 1;
    let lineStart = 0;
    let next = text.indexOf('\n');
    for (let k = 0; k < order.length; k++) {
        const index = packed ? order[k] % INDEX_SPAN : order[k];
        const offset = offsets[index];
        while (next !== -1 && next < offset) {
            line++;
            lineStart = next + 1;
            next = text.indexOf('\n', lineStart);
        }
        positions[index] = { line, column: offset - lineStart + 1 };
    }
    return positions;
}
const INDEX_SPAN = 2 ** 21;


/***/ }),

/***/ 7064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C0: () => (/* binding */ utf16Encoding),
/* harmony export */   D4: () => (/* binding */ decode),
/* harmony export */   Yr: () => (/* binding */ failedRead),
/* harmony export */   be: () => (/* binding */ formatOf),
/* harmony export */   o$: () => (/* binding */ readSource),
/* harmony export */   z3: () => (/* reexport safe */ _core_fs_workspace_js__WEBPACK_IMPORTED_MODULE_1__.z3)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_fs_workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2754);



const START = { start: { line: 1, column: 1 } };
function formatOf(path) {
    return /\.ya?ml$/i.test(path) ? 'yaml' : 'json';
}
/**
 * Reads a file as UTF-8 text, turning every way it can fail into one clear problem. `confinedTo`:
 * the folder its real path must stay in (see readConfined).
 */
function readSource(absolutePath, format, confinedTo) {
    const read = (0,_core_fs_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .readConfined */ .Hz)(absolutePath, confinedTo);
    return read.ok ? decode(read.bytes, format) : failedRead(read.failure === 'too-large' ? 'too-large' : 'unreadable', read.message);
}
function decode(bytes, format) {
    const kind = format === 'yaml' ? 'YAML' : 'JSON';
    if (isBlank(bytes)) {
        return failedRead('not-text', `The file is empty: a mapping file is a ${kind} document with a "mappings" array.`);
    }
    const utf16 = utf16Encoding(bytes);
    if (utf16) {
        const bom = hasUtf16Bom(bytes);
        const name = utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
        return failedRead('not-text', `The file is UTF-16 text (${name}, ${bom ? 'with' : 'without'} a byte-order mark), not UTF-8, which heroku connect:import reads. ` +
            `Convert it, for example: iconv -f ${bom ? 'UTF-16' : name} -t UTF-8 in.${format} > out.${format}`);
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        return failAt(bytes, nul, 'not-text', `The file is binary (it contains a NUL byte), not ${kind} text.`);
    }
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes)) {
        return failAt(bytes, firstInvalidUtf8(bytes), 'not-text', `The file is not valid UTF-8 text. Save it as UTF-8 (heroku connect:export writes UTF-8).`);
    }
    let text = bytes.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) {
        if (format === 'json') {
            return failedRead('not-text', 'The file starts with a byte-order mark, which JSON.parse (and so heroku connect:import) rejects. Save it as UTF-8 without BOM.');
        }
        text = text.slice(1);
    }
    return { ok: true, text };
}
function isBlank(bytes) {
    for (const byte of bytes) {
        if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09)
            return false;
    }
    return true;
}
/** A read that failed, with the problem placed at the start of the file. */
function failedRead(kind, message) {
    return { ok: false, problem: { kind, message, range: START } };
}
function failAt(bytes, offset, kind, message) {
    const before = bytes.subarray(0, offset);
    let line = 1;
    let lineStart = 0;
    for (let i = before.indexOf(10); i !== -1; i = before.indexOf(10, i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { ok: false, problem: { kind, message, range: { start: { line, column: offset - lineStart + 1 } } } };
}
/** The offset of the first byte that breaks UTF-8, found by decoding growing prefixes' boundary. */
function firstInvalidUtf8(bytes) {
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const text = decoder.decode(bytes);
    const bad = text.indexOf('\uFFFD');
    return bad === -1 ? 0 : Buffer.byteLength(text.slice(0, bad), 'utf8');
}
function hasUtf16Bom(bytes) {
    return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}
/**
 * UTF-16 by its byte-order mark, or, without one, by a NUL in every other byte of the start (text
 * that is mostly ASCII, as JSON and YAML are): Windows PowerShell 5 writes `>` redirections so.
 */
function utf16Encoding(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return 'utf-16le';
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return 'utf-16be';
    const pairs = Math.min(256, Math.floor(bytes.length / 2));
    if (pairs === 0)
        return undefined;
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < pairs; i++) {
        if (bytes[2 * i] === 0)
            evenNul++;
        if (bytes[2 * i + 1] === 0)
            oddNul++;
    }
    const most = pairs * 0.75;
    const few = pairs * 0.1;
    if (oddNul >= most && evenNul <= few)
        return 'utf-16le';
    if (evenNul >= most && oddNul <= few)
        return 'utf-16be';
    return undefined;
}


/***/ }),

/***/ 2690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L6: () => (/* binding */ overflowNote),
/* harmony export */   Mi: () => (/* binding */ ALL_SLOTS),
/* harmony export */   eA: () => (/* binding */ ANNOTATIONS_PER_LEVEL),
/* harmony export */   mc: () => (/* binding */ planAnnotations),
/* harmony export */   r5: () => (/* binding */ whereTheRestAre)
/* harmony export */ });
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3054);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2020);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2404);



/** GitHub shows at most this many annotations of each level per step and drops the rest silently. */
const ANNOTATIONS_PER_LEVEL = 10;
const ALL_SLOTS = { error: ANNOTATIONS_PER_LEVEL, warning: ANNOTATIONS_PER_LEVEL, notice: ANNOTATIONS_PER_LEVEL };
/**
 * Picks the findings to annotate within the slots the step has left, most important first. When a
 * level overflows, its last slot is kept for a one-line note of how many more there are.
 */
function planAnnotations(findings, priority, slots = ALL_SLOTS) {
    const ranked = (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .rankFindings */ .J)(findings, priority);
    const annotate = [];
    const omitted = { error: 0, warning: 0, notice: 0 };
    for (const level of _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .LEVELS */ .A_) {
        const ofLevel = ranked.filter((finding) => finding.level === level);
        const room = ofLevel.length > slots[level] ? Math.max(0, slots[level] - 1) : ofLevel.length;
        annotate.push(...ofLevel.slice(0, room));
        omitted[level] = ofLevel.length - room;
    }
    return { annotate, omitted };
}
/**
 * Where the findings that are not annotated can be read, for the overflow note: the job summary
 * lists all of them only when they all fit in it.
 */
function whereTheRestAre(listedInSummary, total, sarifFile) {
    const all = sarifFile ? 'the SARIF file lists all' : 'the CLI lists all';
    if (listedInSummary >= total)
        return `the job summary lists every finding${sarifFile ? ', and so does the SARIF file' : ''}`;
    return `the job summary lists the ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(listedInSummary)} most important of ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(total)}; ${all}`;
}
function overflowNote(level, count, where) {
    return `${count} more ${level === 'notice' ? 'notice' : level}${count === 1 ? '' : 's'} not annotated here (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level in a step): ${where}.`;
}


/***/ }),

/***/ 5825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KL: () => (/* binding */ countingAnnotations),
/* harmony export */   fi: () => (/* binding */ toolkitAnnotator),
/* harmony export */   fz: () => (/* binding */ annotate)
/* harmony export */ });
/* harmony import */ var _core_output_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(706);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2690);


/** @actions/core's annotation functions (or a stand-in's), each message and title through annotationText. */
function toolkitAnnotator(toolkit) {
    const escaped = (write) => (message, properties) => write((0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .annotationText */ .xr)(message), properties?.title === undefined ? properties : { ...properties, title: (0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .annotationText */ .xr)(properties.title) });
    return { error: escaped(toolkit.error), warning: escaped(toolkit.warning), notice: escaped(toolkit.notice) };
}
/**
 * The annotator, counting every annotation written through it, so that each later batch (the lint's,
 * then the deploy's diagnose) gets only the slots GitHub still shows, and warnings said along the way
 * count too.
 */
function countingAnnotations(annotator) {
    const used = { error: 0, warning: 0, notice: 0 };
    const counted = (level) => (message, properties) => {
        used[level]++;
        annotator[level](message, properties);
    };
    return {
        ...annotator,
        error: counted('error'),
        warning: counted('warning'),
        notice: counted('notice'),
        slotsLeft: () => ({
            error: Math.max(0, _annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATIONS_PER_LEVEL */ .eA - used.error),
            warning: Math.max(0, _annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATIONS_PER_LEVEL */ .eA - used.warning),
            notice: Math.max(0, _annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATIONS_PER_LEVEL */ .eA - used.notice),
        }),
    };
}
/** Writes the findings as GitHub annotations within the per-step budget, most important first. */
function annotate(findings, annotator, where, priority) {
    const slots = annotator.slotsLeft?.() ?? _annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .ALL_SLOTS */ .Mi;
    const plan = (0,_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .planAnnotations */ .mc)(findings, priority, slots);
    for (const finding of plan.annotate)
        annotator[finding.level](finding.message, propertiesOf(finding));
    for (const level of Object.keys(plan.omitted)) {
        // With no slot left for the note, GitHub would drop it: the summary says what was left out.
        if (plan.omitted[level] > 0 && slots[level] > 0)
            annotator[level]((0,_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .overflowNote */ .L6)(level, plan.omitted[level], where), { title: 'heroku-connect-action' });
    }
}
function propertiesOf(finding) {
    const properties = { title: finding.ruleId, file: finding.file, startLine: finding.line, startColumn: finding.column };
    if (finding.endLine !== undefined) {
        properties.endLine = finding.endLine;
        // GitHub takes columns only on single-line annotations; its end column is inclusive, ours exclusive.
        if (finding.endLine === finding.line && finding.endColumn !== undefined)
            properties.endColumn = Math.max(finding.column, finding.endColumn - 1);
        else
            delete properties.startColumn;
    }
    return properties;
}


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ rankFindings),
/* harmony export */   g: () => (/* binding */ inReadingOrder)
/* harmony export */ });
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3054);

/**
 * Most important first: by level, then priority, then place in the file. Each finding's keys are
 * computed once and files are compared by their index in the sorted list of names: a comparator
 * calling localeCompare and the priority on every comparison took seconds on 100,000 findings.
 */
function rankFindings(findings, priority = () => 0) {
    const fileOrder = fileIndexes(findings);
    const keyed = findings.map((finding) => ({ finding, level: _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .LEVEL_RANK */ .YT[finding.level], priority: priority(finding), file: fileOrder.get(finding.file) }));
    keyed.sort((a, b) => a.level - b.level || a.priority - b.priority || a.file - b.file || a.finding.line - b.finding.line || a.finding.column - b.finding.column);
    return keyed.map((entry) => entry.finding);
}
/** In reading order: by file (the names compared once each, as rankFindings does), then line, then column. */
function inReadingOrder(findings) {
    const fileOrder = fileIndexes(findings);
    return [...findings].sort((a, b) => fileOrder.get(a.file) - fileOrder.get(b.file) || a.line - b.line || a.column - b.column);
}
/** Each file's index in the sorted list of the findings' file names: compared as numbers, each name is compared once. */
function fileIndexes(findings) {
    return new Map([...new Set(findings.map((finding) => finding.file))].sort((a, b) => a.localeCompare(b)).map((file, index) => [file, index]));
}


/***/ }),

/***/ 388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  toSarif: () => (/* binding */ toSarif)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./src/lint/rules/index.ts + 39 modules
var rules = __webpack_require__(1227);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/output/escape.ts
var output_escape = __webpack_require__(706);
// EXTERNAL MODULE: ./src/core/output/links.ts
var links = __webpack_require__(4312);
;// CONCATENATED MODULE: ./src/lint/report/sarif.ts





const SARIF_LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/**
 * SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif). Columns are the lint's
 * own, counted in UTF-16 code units, and declared so; file URIs are percent-encoded per segment
 * (RFC 3986), so a `?` or `#` in a file name stays part of the path.
 */
function toSarif(findings, suppressed = []) {
    const ruleIndex = new Map(rules/* RULES */.y.map((rule, index) => [rule.id, index]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'heroku-connect-action',
                        informationUri: links/* PROJECT_URL */.w5,
                        semanticVersion: package_namespaceObject.rE,
                        rules: rules/* RULES */.y.map((rule) => ({
                            id: rule.id,
                            name: rule.id.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase()),
                            shortDescription: { text: rule.docs.summary.slice(0, 1024) },
                            fullDescription: { text: `${rule.docs.summary} ${rule.docs.why}`.slice(0, 1024) },
                            helpUri: (0,links/* ruleDocsUrl */.hS)(rule.id),
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
                    message: { text: (0,output_escape/* sarifText */.BC)(finding.message) },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: (0,core_text/* encodePath */.O0)(finding.file) },
                                region: {
                                    startLine: finding.line,
                                    startColumn: finding.column,
                                    ...(finding.endLine !== undefined && { endLine: finding.endLine, endColumn: finding.endColumn }),
                                },
                            },
                        },
                    ],
                    ...('justification' in finding && { suppressions: [{ kind: 'external', justification: (0,output_escape/* sarifText */.BC)(String(finding.justification)) }] }),
                })),
            },
        ],
    };
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


/***/ }),

/***/ 9821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IB: () => (/* binding */ formatJson),
/* harmony export */   Sd: () => (/* binding */ totals),
/* harmony export */   vX: () => (/* binding */ formatText)
/* harmony export */ });
/* harmony import */ var _core_output_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(706);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2404);
/* harmony import */ var _core_output_terminal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5617);



const LEVEL_STYLE = { error: 'red', warning: 'yellow', notice: 'cyan' };
/** Where a finding's later lines and its excerpt start. */
const INDENT = 4;
/**
 * The CLI's default report, as compilers and ESLint print theirs: each finding as
 * `file:line:col  level  message  rule`, wrapped to `width` with a hanging indent, then the line it
 * points at with a caret under the column; colour only when asked. File names, messages and source
 * lines are shown through terminalText: nothing from a file reaches the terminal raw.
 */
function formatText(run, color, width = _core_output_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_WIDTH */ .jz) {
    const paint = (0,_core_output_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .painter */ .C2)(color);
    const lines = [];
    for (const finding of (0,_order_js__WEBPACK_IMPORTED_MODULE_1__/* .inReadingOrder */ .g)(run.findings)) {
        const words = [
            { text: `${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(finding.file)}:${finding.line}:${finding.column}`, style: 'bold' },
            { text: finding.level, style: LEVEL_STYLE[finding.level], gap: 2 },
            ...(0,_core_output_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .wordsOf */ .Z9)((0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(finding.message), 2),
            { text: finding.ruleId, style: 'dim', gap: 2 },
        ];
        lines.push(...(0,_core_output_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .wrapWords */ .EO)(words, { width, hanging: INDENT }, paint));
        const excerpt = run.excerpts?.get(finding);
        if (excerpt && excerpt.text !== '')
            lines.push(...excerptLines(finding, excerpt, width, paint));
        lines.push('');
    }
    const { error, warning } = run.counts;
    lines.push(paint(error > 0 ? 'red' : warning > 0 ? 'yellow' : 'green', totals(run)));
    return `${lines.join('\n')}\n`;
}
/** `2 files checked: 1 error, 0 warnings, 0 notices`: the last line of the text reports. */
function totals(run) {
    const files = run.results.length;
    const { error, warning, notice } = run.counts;
    const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
    const suppressed = run.suppressed.length > 0 ? `, ${run.suppressed.length} suppressed` : '';
    return `${plural(files, 'file')} checked: ${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(notice, 'notice')}${suppressed}`;
}
/**
 * The source line under a finding, `  12 | text`, and a caret under the column (`^~~~` over the
 * range when it ends on that line). A line too long for the width is cut around the column, with
 * `\u2026` where it was cut; a tab is shown as one space (its width depends on the terminal, and the
 * caret must stay under its column), and every other unprintable character as its escape.
 */
function excerptLines(finding, excerpt, width, paint) {
    const number = String(finding.line);
    const gutter = `${' '.repeat(INDENT)}${number} | `;
    const room = Math.max(10, width - gutter.length);
    const line = shownLine(excerpt.text);
    const caret = line.cellAt(finding.column - excerpt.startColumn);
    const endsHere = finding.endColumn !== undefined && (finding.endLine ?? finding.line) === finding.line;
    const end = Math.max(caret + 1, endsHere ? line.cellAt(finding.endColumn - excerpt.startColumn) : caret + 1);
    const cutBefore = excerpt.startColumn > 1;
    // A line that does not fit is cut on the right while the caret is in the first two thirds of the room, else around it.
    const from = (cutBefore || line.cells > room) && (cutBefore || caret >= (room * 2) / 3) ? Math.max(0, Math.min(caret - Math.floor(room / 3), line.cells - room + 1)) : 0;
    const markLeft = cutBefore || from > 0;
    let to = from + room - (markLeft ? 1 : 0);
    const markRight = excerpt.cutAfter || to < line.cells;
    if (markRight)
        to -= 1;
    const text = `${markLeft ? '\u2026' : ''}${line.slice(from, to)}${markRight ? '\u2026' : ''}`;
    const caretAt = (markLeft ? 1 : 0) + caret - from;
    const marker = `^${'~'.repeat(Math.max(0, Math.min(end, to) - caret - 1))}`;
    const blank = `${' '.repeat(INDENT + number.length)} | `;
    return [`${paint('dim', gutter)}${text}`, `${paint('dim', blank)}${' '.repeat(caretAt)}${paint(LEVEL_STYLE[finding.level], marker)}`];
}
/** Printable ASCII: one cell per character, shown as it is (most mapping files are only this). */
const PLAIN = /^[\x20-\x7e]*$/;
/** East Asian wide and emoji ranges: two columns each on a terminal. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
function shownLine(text) {
    if (PLAIN.test(text))
        return { cells: text.length, cellAt: (offset) => Math.max(0, Math.min(offset, text.length)), slice: (from, to) => text.slice(from, to) };
    // Each character as shown, the UTF-16 offset it starts at, and the cell it starts at.
    const shown = [];
    const offsets = [];
    const starts = [];
    let offset = 0;
    let cells = 0;
    for (const char of text) {
        // A surrogate cut in half at the excerpt's edge is not a character: it is left out.
        if (!/[\ud800-\udfff]/.test(char) || char.length === 2) {
            const visible = char === '\t' ? ' ' : (0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(char);
            shown.push(visible);
            offsets.push(offset);
            starts.push(cells);
            cells += visible === char && WIDE.test(char) ? 2 : visible.length;
        }
        offset += char.length;
    }
    const ends = starts.map((_, i) => starts[i + 1] ?? cells);
    return {
        cells,
        cellAt: (at) => {
            const index = offsets.findIndex((start) => start >= at);
            return index === -1 ? cells : starts[index];
        },
        slice: (from, to) => shown.filter((_, i) => starts[i] >= from && ends[i] <= to).join(''),
    };
}
/** Machine-readable report, as schema/report.schema.json documents it: the findings as they are, plus totals. */
function formatJson(run) {
    return `${JSON.stringify({ files: run.results.map((r) => r.file), counts: run.counts, findings: run.findings, suppressed: run.suppressed }, null, 2)}\n`;
}


/***/ }),

/***/ 1227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES),
  k: () => (/* binding */ RULES_BY_ID)
});

;// CONCATENATED MODULE: ./src/lint/rules/example.ts
/** Where in RuleExample.around the bad or good fragment goes. */
const EXAMPLE = '$EXAMPLE';
/** The fragment is the whole file. */
const AS_FILE = { around: EXAMPLE };
/** The fragment is top-level properties (mappings, connection). */
const IN_FILE = { around: `{ ${EXAMPLE} }` };
/** The fragment is one mapping. */
const AS_MAPPING = { around: `{ "mappings": [ ${EXAMPLE} ] }` };
/** The fragment is the properties of one mapping. */
const IN_MAPPING = { around: `{ "mappings": [ { ${EXAMPLE} } ] }` };
/** The fragment is the config property of a mapping of objectName. */
function inMappingOf(objectName, facts = {}) {
    return { ...facts, around: `{ "mappings": [ { "object_name": ${JSON.stringify(objectName)}, ${EXAMPLE} } ] }` };
}
/** The fragment is properties of the config of a mapping of objectName, whose access is given. */
function inConfigOf(objectName, access, facts = {}) {
    return { ...facts, around: `{ "mappings": [ { "object_name": ${JSON.stringify(objectName)}, "config": { "access": "${access}", ${EXAMPLE} } } ] }` };
}

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/memo.ts
var memo = __webpack_require__(7485);
// EXTERNAL MODULE: ./src/lint/catalog/objects.ts
var objects = __webpack_require__(1369);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
;// CONCATENATED MODULE: ./src/lint/rules/support.ts




/** Where rules about the field list point: the `fields` key, or object_name when there is no field list. */
function fieldsLocation(mapping) {
    return mapping.fields ? { path: [...mapping.path, 'config', 'fields'], at: 'key' } : { path: [...mapping.path, 'object_name'] };
}
/** Where object-level rules point: the object_name value. */
function objectLocation(mapping) {
    return { path: [...mapping.path, 'object_name'] };
}
function fieldLocation(mapping, field) {
    return { path: [...mapping.path, 'config', 'fields', field], at: 'key' };
}
function indexLocation(mapping, field) {
    return { path: [...mapping.path, 'config', 'indexes', field], at: 'key' };
}
/**
 * The fix that adds `name` to the mapping's `fields` or `indexes` with `value` (the group made when
 * the config has none), or undefined when the config or the group is not an object: the schema
 * rule reports that, and nothing certain can be added to it.
 */
function addToConfig(mapping, group, name, value) {
    const { config } = mapping;
    if (!config)
        return undefined;
    const at = [...mapping.path, 'config'];
    if (config[group] === undefined)
        return [{ op: 'set', path: [...at, group], value: { [name]: value } }];
    return (0,json/* isRecord */.u4)(config[group]) ? [{ op: 'set', path: [...at, group, name], value }] : undefined;
}
function configLocation(mapping, key) {
    return { path: [...mapping.path, 'config', key] };
}
/**
 * Kinds whose own rule rejects the object outright (big-object, platform-event, unsupported-object,
 * implementation-restriction). Rules about how an object is queried stay silent on them, so one
 * cause gives one finding.
 */
const KINDS_WITH_OWN_RULE = new Set(['big-object', 'platform-event', 'change-event', 'custom-metadata', 'external-object', 'knowledge-article']);
function rejectedByKind(facts) {
    return KINDS_WITH_OWN_RULE.has(facts.kind);
}
// Salesforce API names compare without regard to case (as SOQL does), so every lookup below does too.
// The indexes are cached per mapping and per facts object: several rules ask about the same ones.
// Exact names are tried first: a clean file almost always spells them as the rules do, and the
// lower-cased sets are built (once per mapping, cached) only when a name is not found as written.
function lowerCased(names) {
    return new Set(names.map((name) => name.toLowerCase()));
}
const namesOf = (0,memo/* derivedOnce */.z)((mapping) => ({ fields: lowerCased(mapping.fields ?? []), indexes: lowerCased(Object.keys(mapping.indexes ?? {})) }));
function isMapped(mapping, field) {
    return hasKey(mapping.config?.fields, field) || namesOf(mapping).fields.has(field.toLowerCase());
}
function isIndexed(mapping, field) {
    return hasKey(mapping.indexes, field) || namesOf(mapping).indexes.has(field.toLowerCase());
}
/**
 * Whether two mapped fields differ only in case. Every field of every mapping passes through here,
 * so it puts case-folded hashes in one reused open-addressing table (nothing allocated per field, no
 * sort) and lower-cases names only when two hashes match.
 */
function hasCaseCollision(mapping) {
    const fields = mapping.fields ?? [];
    // A power of two at least twice the fields: probes stay short, and a mask replaces the modulo.
    let size = 64;
    while (size < fields.length * 2)
        size *= 2;
    if (hashTable.length < size)
        hashTable = new Int32Array(size);
    const table = hashTable.subarray(0, size).fill(EMPTY);
    const mask = size - 1;
    for (let i = 0; i < fields.length; i++) {
        // EMPTY marks a free slot, so no hash may equal it.
        const hash = caseFoldedHash(fields[i]) || 1;
        let slot = hash & mask;
        while (table[slot] !== EMPTY) {
            if (table[slot] === hash)
                return new Set(fields.map((field) => field.toLowerCase())).size < fields.length;
            slot = (slot + 1) & mask;
        }
        table[slot] = hash;
    }
    return false;
}
const EMPTY = 0;
let hashTable = new Int32Array(256);
/** Over the last characters only: names of one object differ mostly at their end, and a match is checked in full. */
function caseFoldedHash(text) {
    let hash = text.length;
    for (let i = Math.max(0, text.length - 8); i < text.length; i++) {
        const code = text.charCodeAt(i);
        // hash * 31 stays below 2 ** 53, so plain arithmetic is exact; Math.imul would be a call in cold code.
        hash = (hash * 31 + (code >= 65 && code <= 90 ? code + 32 : code)) | 0;
    }
    return hash;
}
function hasKey(object, key) {
    return typeof object === 'object' && object !== null && Object.hasOwn(object, key);
}
/** The described fields by lower-cased name and by relationship name, once per field map. */
const describedOf = (0,memo/* derivedOnce */.z)((fields) => {
    const byName = new Map();
    const byRelationship = new Map();
    for (const field of fields.values()) {
        byName.set(field.name.toLowerCase(), field);
        if (isReference(field) && typeof field.relationshipName === 'string')
            byRelationship.set(field.relationshipName.toLowerCase(), field);
    }
    return { byName, byRelationship };
});
/** What the catalog or the describe data says about a field, if anything. */
function knownField(facts, field) {
    if (facts.fields.size === 0)
        return undefined;
    return facts.fields.get(field) ?? describedOf(facts.fields).byName.get(field.toLowerCase());
}
function isReference(field) {
    return field.type === 'reference' || (field.referenceTo?.length ?? 0) > 0;
}
function unmappableType(field) {
    const type = field?.type?.toLowerCase();
    return type === 'base64' || type === 'address' || type === 'location' ? type : undefined;
}
/**
 * The mapped fields that are relationship external-ID fields (Heroku Dev Center "Writing data to
 * Salesforce", relationship external IDs), with their lookup fields. `<prefix>__r__<ExtId>` is
 * certain without describe data, since a field's own name cannot contain `__r__`; the standard form
 * `<RelationshipName>__<ExtId>` is told apart from a namespaced field only by describe data.
 */
const relationships = (0,memo/* derivedOnce */.z)((mapping) => {
    const found = [];
    const fields = mapping.fields ?? [];
    // Without describe data only the "__r__" form counts, and most exports have none.
    const candidates = mapping.facts.fieldsComplete || fields.some(hasRelationshipMarker) ? fields : [];
    for (const field of candidates) {
        // Both relationship forms contain "__"; most standard field names do not, and are skipped cheaply.
        if (!field.includes('__'))
            continue;
        const lookup = lookupOf(mapping.facts, field);
        if (lookup !== undefined)
            found.push({ field, lookup });
    }
    return found;
});
/**
 * Whether a name has the "__r__" of a custom relationship (underscores have no case: two spellings).
 * Most names have no "__" but their suffix's, and are passed over after one search; joining the
 * names to search them at once cost more than searching each.
 */
function hasRelationshipMarker(name) {
    const first = name.indexOf('__');
    return first !== -1 && first !== name.length - 3 && (name.includes('__r__') || name.includes('__R__'));
}
/** The lookup a `<prefix>__r__<ExtId>` field names (`<prefix>__c`), by its form alone. */
function customLookupOf(field) {
    const marker = field.search(/__r__/i);
    return marker > 0 && marker + '__r__'.length < field.length ? `${field.slice(0, marker)}__c` : undefined;
}
function lookupOf(facts, field) {
    const custom = customLookupOf(field);
    if (custom !== undefined) {
        if (!facts.fieldsComplete)
            return custom;
        const described = knownField(facts, custom);
        return described && isReference(described) ? described.name : undefined;
    }
    if (!facts.fieldsComplete || knownField(facts, field))
        return undefined;
    const lower = field.toLowerCase();
    const separator = lower.indexOf('__');
    if (separator <= 0 || separator + 2 >= field.length)
        return undefined;
    return describedOf(facts.fields).byRelationship.get(lower.slice(0, separator))?.name;
}
/** The most names a message lists: a describe may name thousands, and a message is read, not searched. */
const MOST_LISTED = 10;
/** "A", "A and B", "A, B and C"; past MOST_LISTED names (or when `total` says more exist), "A, B, ... and 5 more". */
function listOf(names, total = names.length) {
    const listed = names.slice(0, MOST_LISTED);
    if (total > listed.length)
        return `${listed.join(', ')} and ${(0,core_text/* formatCount */.B4)(total - listed.length)} more`;
    return listed.length <= 1 ? listed.join('') : `${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}`;
}
/**
 * Salesforce's spelling of each field name the facts know (the system fields, the catalog's and the
 * describe's fields) by lower-cased name, and the lengths of those names: a mapped name of another
 * length cannot match one, so it is passed over without being lower-cased.
 */
const spellingsOf = (0,memo/* derivedOnce */.z)((fields) => {
    const byLowerName = new Map();
    for (const name of objects/* SYSTEM_FIELDS */.GO)
        byLowerName.set(name.toLowerCase(), name);
    // A field Connect cannot map at all is unsupported-field-type's: asking to respell it would contradict that finding.
    for (const field of fields.values())
        if (unmappableType(field) === undefined)
            byLowerName.set(field.name.toLowerCase(), field.name);
    return { byLowerName, lengths: new Set([...byLowerName.keys()].map((name) => name.length)) };
});
/**
 * The mapped fields written in another case than Salesforce's spelling, where the facts know it.
 * A name mapped twice in two cases is left out: column-collision reports that pair.
 */
const misspellings = (0,memo/* derivedOnce */.z)((mapping) => {
    const { byLowerName, lengths } = spellingsOf(mapping.facts.fields);
    const found = [];
    for (const field of mapping.fields ?? []) {
        if (!lengths.has(field.length))
            continue;
        const spelling = byLowerName.get(field.toLowerCase());
        if (spelling !== undefined && spelling !== field)
            found.push({ field, spelling });
    }
    return found.length > 0 && hasCaseCollision(mapping) ? found.filter(({ field }) => !mappedTwice(mapping, field)) : found;
});
function mappedTwice(mapping, field) {
    const lower = field.toLowerCase();
    return (mapping.fields ?? []).filter((name) => name.toLowerCase() === lower).length > 1;
}

;// CONCATENATED MODULE: ./src/lint/rules/accelerated-polling.ts


/** Every message this rule reports: the rule reference lists them. */
const messages = {
    noStreaming: (d) => `${d.objectName} is not supported by the Salesforce Streaming API, so accelerated polling cannot be enabled for it. Set sf_notify_enabled to false; standard polling keeps the table in sync.`,
};
const acceleratedPolling = {
    id: 'accelerated-polling',
    scope: 'mapping',
    defaultLevel: 'error',
    messages,
    docs: {
        summary: '`sf_notify_enabled: true` on an object the Streaming API does not support: custom objects (`__c`) and the standard objects of the PushTopic list are supported, other objects are not. Silent when the connection uses Change Data Capture for accelerated polling (`features.cdc_for_accelerated_polling`).',
        why: 'Accelerated polling relies on PushTopic notifications, which Salesforce offers only for custom objects and a fixed list of standard objects. Heroku Connect does not offer the option for other objects.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Accelerated polling" (all custom objects and some standard objects; the option cannot be chosen for objects without streaming support); Salesforce Streaming API Developer Guide, "Supported PushTopic Queries".',
        bad: '{ "object_name": "Event", "config": { "access": "read_only", "sf_notify_enabled": true } }',
        good: '{ "object_name": "Event", "config": { "access": "read_only", "sf_notify_enabled": false } }',
        example: AS_MAPPING,
        silentWhen: ['The connection uses Change Data Capture for accelerated polling (`features.cdc_for_accelerated_polling: true`): CDC covers objects the PushTopic list does not.'],
    },
    check(mapping) {
        if (mapping.config?.sf_notify_enabled !== true || mapping.facts.streaming !== false)
            return [];
        // With CDC, Connect no longer needs PushTopics, and CDC covers objects the PushTopic list does not.
        if (mapping.document.connection.features.cdc_for_accelerated_polling === true)
            return [];
        return [
            {
                ...configLocation(mapping, 'sf_notify_enabled'),
                message: messages.noStreaming({ objectName: mapping.objectName }),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/api-version-lifecycle.ts
/**
 * Salesforce's API end-of-life schedule for SOAP, REST and Bulk API versions, as its notices state it:
 * https://help.salesforce.com/s/articleView?id=000354473&type=1 (21.0-30.0 retired in Summer '25),
 * https://help.salesforce.com/s/articleView?id=005321531&type=1 (31.0-40.0 deprecated and unsupported
 * from Summer '27, retired from Summer '28), and the REST API's End-of-Life Policy table.
 */
const API_END_OF_LIFE_SOURCE = 'Salesforce API End-of-Life Policy (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/api_rest_eol.htm); Salesforce Help, "Salesforce Platform API Versions 21.0 through 30.0 Retirement" (https://help.salesforce.com/s/articleView?id=000354473&type=1) and "Salesforce Platform API Versions 31.0 through 40.0 Retirement" (https://help.salesforce.com/s/articleView?id=005321531&type=1)';
/** Versions below this are retired: REST answers 410 GONE, SOAP 500 UNSUPPORTED_API_VERSION, Bulk 400 InvalidVersion. */
const FIRST_AVAILABLE_API_VERSION = 31;
/** Versions below this (and not retired) are deprecated: unsupported from Summer '27, retired from Summer '28. */
const FIRST_SUPPORTED_API_VERSION = 41;
/** What Salesforce's schedule says of a version, in a sentence; undefined for a supported one. */
function endOfLife(version) {
    if (version < FIRST_AVAILABLE_API_VERSION) {
        return `Salesforce retired API versions 30.0 and older (21.0-30.0 in Summer '25): every call on them fails (REST answers 410 GONE), so this connection cannot sync at all.`;
    }
    if (version < FIRST_SUPPORTED_API_VERSION) {
        return `Salesforce deprecated API versions 31.0 to 40.0: they are unsupported from the Summer '27 release and retired from Summer '28, when every call on them fails (REST answers 410 GONE).`;
    }
    return undefined;
}
/**
 * How a connection moves to a supported version, in a sentence: the deploy's opt-in change, or the
 * CLI plugin's command; both read Heroku's schema diff for the target version first.
 */
const API_VERSION_REMEDY = `Change the connection's API version to ${FIRST_SUPPORTED_API_VERSION}.0 or later in place: deploy with the action's input \`api-version-change: apply\` (\`--api-version-change apply\` on the command line), ` +
    'or run `heroku connect:manage-sf-api-version`. Both read the schema diff for the new version first; re-create the connection only when that diff blocks the change.';
/** Where the remedy is written. */
const API_VERSION_REMEDY_SOURCE = 'heroku/heroku-connect-plugin, `connect:manage-sf-api-version` (reads the schema diff for a target version, then changes the version of the paused connection in place; a 409 answers a change the diff blocks)';

;// CONCATENATED MODULE: ./src/lint/rules/api-version.ts


const MINIMUM_API_VERSION = 39;
/** Every message this rule reports: the rule reference lists them. */
const api_version_messages = {
    tooOld: (d) => `The connection uses Salesforce API version ${d.version}, older than the ${MINIMUM_API_VERSION}.0 that Heroku Connect needs for the Bulk API. ${d.endOfLife} ` + API_VERSION_REMEDY,
};
const apiVersion = {
    id: 'api-version',
    scope: 'document',
    defaultLevel: 'error',
    messages: api_version_messages,
    docs: {
        summary: '`connection.api_version` is below 39.0, which includes every retired version (30.0 and older). The remedy is to change the version in place (`api-version-change: apply`, or `heroku connect:manage-sf-api-version`), and to re-create the connection only when the schema diff blocks that.',
        why: `Heroku Connect uses the Bulk API for large reads and writes, and the Bulk API it needs is not available before Salesforce API version 39.0. Versions 30.0 and older are also retired: Salesforce refuses every call on them (REST answers 410 GONE). The message says which applies; 31.0 to 38.0 are in addition deprecated (see \`api-version-deprecated\`).`,
        source: `Heroku Dev Center, Getting Started with Heroku and Connect ("use at least v39 with Heroku Connect"); ${API_VERSION_REMEDY_SOURCE}; ${API_END_OF_LIFE_SOURCE}.`,
        bad: '"connection": { "api_version": "37.0" }',
        good: '"connection": { "api_version": "57.0" }',
        example: IN_FILE,
        silentWhen: [
            '`connection.api_version` is absent or not a version string: `schema` reports a malformed one.',
            'The version is 39.0 or 40.0: it meets the Bulk API minimum but is deprecated, which `api-version-deprecated` reports (one cause, one finding).',
        ],
    },
    check(document) {
        const version = document.connection.apiVersion;
        if (version === undefined || version >= MINIMUM_API_VERSION)
            return [];
        return [
            {
                path: ['connection', 'api_version'],
                message: api_version_messages.tooOld({ version: version.toFixed(1), endOfLife: endOfLife(version) ?? '' }),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/api-version-deprecated.ts


/** Below this, `api-version` reports the version (Bulk API minimum); this rule covers the deprecated versions from here up. */
const BULK_API_MINIMUM = 39;
/** Every message this rule reports: the rule reference lists them. */
const api_version_deprecated_messages = {
    deprecated: (d) => `The connection uses Salesforce API version ${d.version}. ${d.endOfLife} ${API_VERSION_REMEDY}`,
};
const apiVersionDeprecated = {
    id: 'api-version-deprecated',
    scope: 'document',
    defaultLevel: 'warning',
    messages: api_version_deprecated_messages,
    docs: {
        summary: "`connection.api_version` is 39.0 or 40.0: deprecated by Salesforce, unsupported from Summer '27 and retired from Summer '28. The remedy is to change the version in place (`api-version-change: apply`, or `heroku connect:manage-sf-api-version`), and to re-create the connection only when the schema diff blocks that.",
        why: `Salesforce retires old API versions: versions 31.0 to 40.0 are deprecated, unsupported from the Summer '27 release and retired from Summer '28, when every call on them fails (REST answers 410 GONE) and the connection stops syncing. A paused connection's API version can be changed in place once Heroku's schema diff for the new version shows no unsafe change (the deploy does it with \`api-version-change: apply\`, the CLI plugin with \`heroku connect:manage-sf-api-version\`); re-creating the connection is needed only when the diff blocks the change. Plan it before Summer '28.`,
        source: `${API_END_OF_LIFE_SOURCE}; ${API_VERSION_REMEDY_SOURCE}.`,
        bad: '"connection": { "api_version": "40.0" }',
        good: '"connection": { "api_version": "62.0" }',
        example: IN_FILE,
        silentWhen: [
            '`connection.api_version` is below 39.0: `api-version` reports it as an error, with the retirement or deprecation in its message (one cause, one finding).',
            '`connection.api_version` is absent or not a version string: `schema` reports a malformed one.',
        ],
    },
    check(document) {
        const version = document.connection.apiVersion;
        if (version === undefined || version < BULK_API_MINIMUM || version >= FIRST_SUPPORTED_API_VERSION)
            return [];
        return [
            {
                path: ['connection', 'api_version'],
                message: api_version_deprecated_messages.deprecated({ version: version.toFixed(1), endOfLife: String(endOfLife(version)) }),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/archived-activities.ts

/** Every message this rule reports: the rule reference lists them. */
const archived_activities_messages = {
    archivedNotSynced: (d) => `Archived ${d.objectName} records are not synced: the Bulk API cannot read them, so the table holds only activities that are not archived. If you need archived ones, read them from Salesforce with queryAll.`,
};
const archivedActivities = {
    id: 'archived-activities',
    scope: 'mapping',
    defaultLevel: 'notice',
    messages: archived_activities_messages,
    docs: {
        summary: 'Task and Event mappings do not sync archived records.',
        why: 'Salesforce archives old activities (IsArchived = true), and the Bulk API cannot retrieve archived Tasks and Events, so Connect syncs only the ones that are not archived. The Postgres table is not a full history.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Unsupported objects" (archived events and tasks are not synced) and Heroku Connect Dashboard (records no longer visible to Heroku Connect, such as archived Events and Tasks).',
        bad: '{ "object_name": "Task", ... }   // code that expects every activity in Postgres',
        good: '{ "object_name": "Task", ... }   // archived activities read from Salesforce (queryAll) when needed',
        example: { unrunnable: 'the notice stays on every Task and Event mapping: the good example differs only in the code that reads the table' },
    },
    check(mapping) {
        if (mapping.facts.archivable !== true)
            return [];
        return [
            {
                ...objectLocation(mapping),
                message: archived_activities_messages.archivedNotSynced({ objectName: mapping.objectName }),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/big-object.ts


/** Every message this rule reports: the rule reference lists them. */
const big_object_messages = {
    bigObject: (d) => `${d.objectName} is a big object, which Heroku Connect cannot poll (BAD_CONFIG). Remove this mapping, or copy the records you need into a custom object and map that one.`,
};
const bigObject = {
    id: 'big-object',
    scope: 'mapping',
    defaultLevel: 'error',
    messages: big_object_messages,
    docs: {
        summary: 'The mapped object is a big object (API name ending in `__b`).',
        why: 'SOQL on a big object may filter only on the fields of its index, in index order, so Connect cannot poll it for changes by timestamp. Heroku Connect checks for big objects before syncing and sets the mapping to BAD_CONFIG.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object is not a Big Object; Salesforce SOQL and SOSL Reference, "SOQL Limits on Objects" (big objects); Salesforce Help, custom_index_details (the `__b` suffix).',
        bad: '{ "object_name": "Sensor_Reading__b", "config": { "access": "read_only" } }',
        good: '{ "object_name": "Sensor_Summary__c", "config": { "access": "read_only" } }',
        example: AS_MAPPING,
    },
    check(mapping) {
        if (mapping.facts.kind !== 'big-object')
            return [];
        return [
            {
                ...objectLocation(mapping),
                message: big_object_messages.bigObject({ objectName: mapping.objectName }),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/bulk-limit.ts


/** Every message this rule reports: the rule reference lists them. */
const bulk_limit_messages = {
    bulkLimited: (d) => `${d.objectName} is not fully supported by the Bulk API, so its sync fails once more than 20,000 changed records are waiting. Keep changes between polls below that, or read this object through the Salesforce API instead.`,
    bulkUnsupported: (d) => `${d.objectName} is not supported by the Bulk API, and Heroku Connect polls through the Bulk API once more than 10,000 changes are waiting, so a poll of that many changes can fail. Keep changes between polls below 10,000, or read this object through the Salesforce API instead.`,
};
const bulkLimit = {
    id: 'bulk-limit',
    scope: 'mapping',
    defaultLevel: 'warning',
    messages: bulk_limit_messages,
    docs: {
        summary: 'The object is one the Bulk API cannot page (LeadHistory, Attachment) or does not support (AcceptedEventRelation, TaskStatus, ...).',
        why: 'Connect polls through the SOAP API up to 10,000 changes and switches to the Bulk API above that (the mapping shows POLLING_SF_BULK). Heroku documents that LeadHistory and Attachment changes cannot be retrieved once more than 20,000 changed records wait to be synced; for the objects the Bulk API does not support at all, a poll past the switch at 10,000 can fail.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Unsupported objects" (LeadHistory does not support bulk paging and Attachment is not supported by the Bulk API: neither can be retrieved past 20,000 changed records); Reading Data from Salesforce and Mapping States Reference ("If there are more than 10,000 changes to sync, polling switches to Bulk API"); singer-io/tap-salesforce, airbytehq/airbyte and estuary/connectors list the other objects the Bulk API does not support.',
        bad: '"mappings": [ { "object_name": "LeadHistory", "config": { "access": "read_only" } } ]',
        good: '"mappings": [ ]',
        example: IN_FILE,
        silentWhen: ['The object is not in the built-in list: describe data does not say whether the Bulk API supports an object, so only the listed ones are reported.'],
    },
    check(mapping) {
        const limit = mapping.facts.bulkLimited;
        if (limit === undefined)
            return [];
        const message = limit === 'documented' ? bulk_limit_messages.bulkLimited : bulk_limit_messages.bulkUnsupported;
        return [{ ...objectLocation(mapping), message: message({ objectName: mapping.objectName }) }];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/column-collision.ts


/** Every message this rule reports: the rule reference lists them. */
const column_collision_messages = {
    sameColumn: (d) => `${d.objectName} maps both ${d.earlier} and ${d.name}, which differ only in case and would both become the column ${d.column}. Keep one of them in fields.`,
};
const columnCollision = {
    id: 'column-collision',
    scope: 'mapping',
    defaultLevel: 'error',
    messages: column_collision_messages,
    docs: {
        summary: 'Two mapped fields differ only in case, such as `Email__c` and `email__c`.',
        why: 'Connect names each column after the lower-cased field name, so both fields would need the same column; and Salesforce treats the two names as the same field.',
        source: 'Heroku Dev Center, Heroku Connect Database Tables: column names are the lower-cased Salesforce field names.',
        bad: '"fields": { "Id": {}, "Email__c": {}, "email__c": {}, "SystemModstamp": {} }',
        good: '"fields": { "Id": {}, "Email__c": {}, "SystemModstamp": {} }',
        example: inConfigOf('Account', 'read_only'),
    },
    check(mapping) {
        if (!hasCaseCollision(mapping))
            return [];
        const first = new Map();
        const reports = [];
        for (const name of mapping.fields ?? []) {
            const column = name.toLowerCase();
            const earlier = first.get(column);
            if (earlier === undefined) {
                first.set(column, name);
                continue;
            }
            reports.push({
                ...fieldLocation(mapping, name),
                message: column_collision_messages.sameColumn({ objectName: mapping.objectName, earlier, name, column }),
            });
        }
        return reports;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/duplicate-key.ts

const duplicateKey = {
    id: 'duplicate-key',
    scope: 'builtin',
    defaultLevel: 'error',
    docs: {
        summary: 'An object has the same key twice.',
        why: 'JSON.parse keeps only the last value, so one of the two silently disappears on import: typically a field list or a config edited in two places by a merge.',
        source: 'ECMA-262 JSON.parse (the last duplicate wins); RFC 8259 \u00a74 ("names within an object SHOULD be unique").',
        bad: '"config": { "access": "read_write", "sf_polling_seconds": 600, "access": "read_only" }',
        good: '"config": { "access": "read_write", "sf_polling_seconds": 600 }',
        example: inMappingOf('Account'),
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/duplicate-mapping.ts

/** Every message this rule reports: the rule reference lists them. */
const duplicate_mapping_messages = {
    mappedTwice: (d) => `${d.objectName} is already mapped by mapping #${d.earlier}. Merge the two entries into one: an object can be mapped only once per connection.`,
};
const duplicateMapping = {
    id: 'duplicate-mapping',
    scope: 'document',
    defaultLevel: 'error',
    messages: duplicate_mapping_messages,
    docs: {
        summary: 'The same object is mapped twice in one file (object names compare case-insensitively).',
        why: 'An object maps to exactly one Postgres table; Heroku Connect looks mappings up by name without regard to case, so the second entry overwrites the first on import.',
        source: 'django-heroku-connect check E006 ("an object can only be mapped to a PostgreSQL table once"); heroku-connect-plugin withMapping (case-insensitive lookup).',
        bad: '"mappings": [ { "object_name": "Account" }, { "object_name": "account" } ]',
        good: '"mappings": [ { "object_name": "Account" } ]',
        example: IN_FILE,
        silentWhen: ['An `object_name` that is not a valid API name: `invalid-api-name` reports it, and it is not compared with the others.'],
    },
    check(document) {
        const first = new Map();
        const reports = [];
        for (const mapping of document.mappings) {
            const key = mapping.objectName.toLowerCase();
            const earlier = first.get(key);
            if (earlier === undefined) {
                first.set(key, mapping.index);
                continue;
            }
            reports.push({
                path: [...mapping.path, 'object_name'],
                message: duplicate_mapping_messages.mappedTwice({ objectName: mapping.objectName, earlier: String(earlier + 1) }),
            });
        }
        return reports;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/field-name-case.ts


/** Every message this rule reports: the rule reference lists them. */
const field_name_case_messages = {
    otherCase: (d) => `${d.objectName} maps "${d.name}", which Salesforce spells ${d.spelling}. Write "${d.spelling}", as an export of the connection does.`,
};
const fieldNameCase = {
    id: 'field-name-case',
    scope: 'mapping',
    defaultLevel: 'notice',
    messages: field_name_case_messages,
    docs: {
        summary: 'A mapped field is written in another case than Salesforce spells it, such as `systemmodstamp` for `SystemModstamp`: for the system fields on every object, and for the fields the built-in catalog or describe data knows. The Id field has its own rule, `id-field-case`.',
        why: "Salesforce matches API names without regard to case (as SOQL does), and Connect's column is the lower-cased name in either spelling. But the file then differs from what an export of the connection says, and a search of the repository for the field misses it.",
        source: 'Salesforce Object Reference, System Fields (their spelling); Heroku Dev Center, Heroku Connect Database Tables (column names are the lower-cased field names).',
        bad: '"fields": { "Id": {}, "Name": {}, "systemmodstamp": {} }',
        good: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
        example: inConfigOf('Account', 'read_only'),
        silentWhen: [
            'The field is not a system field and there is no describe data for it (nor a catalog entry): its spelling is not known, so it is not guessed at.',
            'The mapping maps the field in two spellings: `column-collision` reports the pair.',
            'The field has a type Connect cannot map (base64, compound address or geolocation): `unsupported-field-type` reports it, and it is not to be respelled but removed.',
        ],
    },
    check(mapping) {
        return misspellings(mapping)
            .filter(({ spelling }) => spelling !== 'Id')
            .map(({ field, spelling }) => ({ ...fieldLocation(mapping, field), message: field_name_case_messages.otherCase({ objectName: mapping.objectName, name: field, spelling }) }));
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/id-field-case.ts


/** Every message this rule reports: the rule reference lists them. */
const id_field_case_messages = {
    idColumn: (d) => `${d.objectName} maps "${d.name}", but Salesforce spells the field Id. Heroku Connect names each column after the lower-cased field name, so "${d.name}" would take the column id, ` +
        `Heroku Connect's own primary key (the Salesforce Id belongs in sfid). Write "Id" in ${d.where}.`,
};
const idFieldCase = {
    id: 'id-field-case',
    scope: 'mapping',
    defaultLevel: 'warning',
    messages: id_field_case_messages,
    docs: {
        summary: 'The Id field is written in another case, such as `ID` or `id`.',
        why: "Connect names each column after the lower-cased field name, and every mapped table already has a column `id`: Connect's own integer primary key, while the Salesforce Id is stored in `sfid`. A field spelled `ID` asks for that column. django-heroku-connect generated `ID` until its maintainers changed its generator and sample to `Id`.",
        source: 'Heroku Dev Center, Heroku Connect Database Tables (column names are the lower-cased field names; the system columns id, the primary key, and sfid, the Salesforce Id); Salesforce Object Reference, System Fields (the Id field); thermondo/django-heroku-connect-sample, schema.json (generated with `ID`).',
        bad: '"fields": { "ID": {}, "Name": {}, "SystemModstamp": {} }',
        good: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
        example: inConfigOf('User', 'read_only'),
        silentWhen: ['The mapping also maps `Id` as written: `column-collision` reports the two spellings of one column.'],
    },
    check(mapping) {
        return misspellings(mapping)
            .filter(({ spelling }) => spelling === 'Id')
            .map(({ field }) => ({
            ...fieldLocation(mapping, field),
            message: id_field_case_messages.idColumn({ objectName: mapping.objectName, name: field, where: hasKey(mapping.indexes, field) ? 'fields and indexes' : 'fields' }),
        }));
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/implementation-restriction.ts


/** Every message this rule reports: the rule reference lists them. */
const implementation_restriction_messages = {
    extraCriteria: (d) => `${d.objectName} can only be queried with extra criteria (PublishStatus=Online), so Heroku Connect cannot map it (BAD_CONFIG). Remove this mapping and read knowledge articles through the Salesforce API.`,
};
const implementationRestriction = {
    id: 'implementation-restriction',
    scope: 'mapping',
    defaultLevel: 'error',
    messages: implementation_restriction_messages,
    docs: {
        summary: 'The mapped object is KnowledgeArticleVersion or a knowledge article version object (`__kav`).',
        why: 'Salesforce answers queries on article versions only with extra criteria (PublishStatus=Online), which Connect does not add to its poll. Heroku names these objects as ones it cannot map.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Unsupported objects" (KnowledgeArticleVersion and `__kav` objects need PublishStatus=Online) and "Troubleshooting mapping configuration (BAD_CONFIG)": the object has no implementation restriction.',
        bad: '"mappings": [ { "object_name": "Knowledge__kav", "config": { "access": "read_only" } } ]',
        good: '"mappings": [ ]',
        example: IN_FILE,
    },
    check(mapping) {
        if (mapping.facts.kind !== 'knowledge-article')
            return [];
        return [
            {
                ...objectLocation(mapping),
                message: implementation_restriction_messages.extraCriteria({ objectName: mapping.objectName }),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/index-unmapped-field.ts


/** Every message this rule reports: the rule reference lists them. */
const index_unmapped_field_messages = {
    indexNotMapped: (d) => `${d.objectName} has an index on ${d.name}, which is not mapped. Add "${d.name}": {} to fields, or remove the index.`,
};
const indexUnmappedField = {
    id: 'index-unmapped-field',
    scope: 'mapping',
    readsFieldList: true,
    defaultLevel: 'error',
    messages: index_unmapped_field_messages,
    docs: {
        summary: 'An entry in `indexes` names a field that is not mapped in `fields`.',
        why: 'Connect creates its indexes on the columns of mapped fields; an index on a field with no column cannot be created. It is usually a field removed from fields while its index stayed behind.',
        source: 'Heroku Dev Center, Managing Heroku Connect Mappings, "Create a Mapping": indexes are configured per mapped field in the field list ("Check the checkbox in the Indexed column, for each field you wish to be indexed"), and indexes created through Connect travel with an imported configuration (https://devcenter.heroku.com/articles/managing-heroku-connect-mappings).',
        bad: '"fields": { "Id": {}, "SystemModstamp": {} }, "indexes": { "Id": { "unique": true }, "Email__c": { "unique": false } }',
        good: '"fields": { "Id": {}, "Email__c": {}, "SystemModstamp": {} }, "indexes": { "Id": { "unique": true }, "Email__c": { "unique": false } }',
        example: inConfigOf('Account', 'read_only'),
        silentWhen: [
            'The unmapped indexed field is the `upsert_field`: `upsert-field` reports it, with the fix that cause needs.',
            'The unmapped indexed field is the lookup of a mapped relationship external-ID field: `relationship-lookup` reports it.',
        ],
    },
    check(mapping) {
        if (!mapping.indexes)
            return [];
        // An unmapped upsert field or relationship lookup is reported by upsert-field or relationship-lookup,
        // with the fix that cause needs; one finding per cause.
        const unmapped = Object.keys(mapping.indexes).filter((name) => !isMapped(mapping, name));
        if (unmapped.length === 0)
            return [];
        const upsert = mapping.config?.upsert_field;
        const explained = new Set([...(typeof upsert === 'string' ? [upsert] : []), ...relationships(mapping).map((r) => r.lookup)].map((name) => name.toLowerCase()));
        const reports = [];
        for (const name of unmapped) {
            if (explained.has(name.toLowerCase()))
                continue;
            reports.push({
                ...indexLocation(mapping, name),
                message: index_unmapped_field_messages.indexNotMapped({ objectName: mapping.objectName, name }),
            });
        }
        return reports;
    },
};

// EXTERNAL MODULE: ./src/core/api-name.ts
var api_name = __webpack_require__(8783);
;// CONCATENATED MODULE: ./src/lint/rules/invalid-api-name.ts



const FORMAT = 'An API name is letters, digits and single underscores, starts with a letter, and may have a namespace prefix and a suffix (ns__Name__c).';
/**
 * A document rule: the engine leaves mappings with an invalid object_name, and fields with an
 * invalid name, out of what the other rules see, so this rule reads the mappings itself.
 */
/** Every message this rule reports: the rule reference lists them. */
const invalid_api_name_messages = {
    objectName: (d) => `The object_name "${d.objectName}" is not a valid Salesforce API name: ${d.problem}. ${FORMAT}`,
    fieldName: (d) => `The field name "${d.field}" in mapping #${d.mapping} is not a valid Salesforce API name: ${d.problem}. ${FORMAT}`,
};
const invalidApiName = {
    id: 'invalid-api-name',
    scope: 'document',
    defaultLevel: 'error',
    messages: invalid_api_name_messages,
    docs: {
        summary: 'An object_name or a mapped field name is not a valid Salesforce API name: a character other than an ASCII letter, digit or underscore (a space, a line break, a control or text-direction character), a leading digit or underscore, a trailing underscore, three underscores in a row, or an unknown suffix after a double underscore.',
        why: 'Salesforce has no object or field by such a name, so the mapping cannot sync; a name carrying a line break, an escape or a text-direction character is also how a hostile pull request forges log lines, workflow commands or misleading text. The other rules stay silent on such a name: one cause, one finding.',
        source: 'Salesforce Object Reference, "Custom Objects" and "Object Name Suffixes"; Salesforce Help, "Custom Field Attributes" (field names: letters, digits and single underscores, starting with a letter, not ending with an underscore).',
        bad: '"mappings": [ { "object_name": "Project_c", "config": { "fields": { "Id": {}, "Due Date__c": {} } } } ]',
        good: '"mappings": [ { "object_name": "Project__c", "config": { "fields": { "Id": {}, "Due_Date__c": {} } } } ]',
        example: IN_FILE,
    },
    check(document) {
        const root = document.root;
        const mappings = typeof root === 'object' && root !== null && Array.isArray(root.mappings) ? root.mappings : [];
        const reports = [];
        mappings.forEach((mapping, index) => {
            if (typeof mapping !== 'object' || mapping === null)
                return;
            const { object_name: objectName, config } = mapping;
            // An empty or missing object_name is the schema rule's finding.
            if (typeof objectName === 'string' && objectName !== '') {
                const problem = (0,api_name/* apiNameProblem */.RD)(objectName);
                if (problem) {
                    reports.push({
                        path: ['mappings', index, 'object_name'],
                        message: invalid_api_name_messages.objectName({ objectName: (0,core_text/* excerpt */.Kb)(objectName), problem }),
                    });
                }
            }
            const fields = config?.fields;
            if (typeof fields !== 'object' || fields === null || Array.isArray(fields))
                return;
            const { names, allValid } = (0,api_name/* fieldNames */.pi)(fields);
            if (allValid)
                return;
            for (const field of names) {
                const problem = (0,api_name/* apiNameProblem */.RD)(field);
                if (problem) {
                    reports.push({
                        path: ['mappings', index, 'config', 'fields', field],
                        at: 'key',
                        message: invalid_api_name_messages.fieldName({ field: (0,core_text/* excerpt */.Kb)(field), mapping: String(index + 1), problem }),
                    });
                }
            }
        });
        return reports;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/invalid-json.ts

const invalidJson = {
    id: 'invalid-json',
    scope: 'builtin',
    defaultLevel: 'error',
    docs: {
        summary: 'The file is not valid JSON (or YAML for .yml/.yaml): a syntax error, an empty or binary file, text that is not UTF-8, a byte-order mark, or nesting deeper than 64 levels.',
        why: 'heroku connect:import parses the file with JSON.parse and sends it as it is; a file that does not parse cannot be imported at all.',
        source: 'heroku/heroku-connect-plugin src/commands/connect/import.ts (body = JSON.parse(file)); ECMA-404.',
        bad: '{ "mappings": [ { "object_name": "Account", } ] }',
        good: '{ "mappings": [ { "object_name": "Account", "config": { "access": "read_only" } } ] }',
        example: AS_FILE,
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/missing-id-field.ts


/** Every message this rule reports: the rule reference lists them. */
const missing_id_field_messages = {
    noIdField: (d) => `${d.objectName} has no Id field in the describe data, so Heroku Connect cannot sync it (BAD_CONFIG). Map a different object.`,
    idNotMapped: (d) => `${d.objectName} does not map Id. Add "Id": {} to fields: Heroku Connect matches every record on it.`,
};
const missingIdField = {
    id: 'missing-id-field',
    scope: 'mapping',
    readsFieldList: true,
    defaultLevel: 'error',
    messages: missing_id_field_messages,
    fixable: 'adds `"Id": {}` to the fields (when the object has no Id field at all, there is nothing to fix: map another object).',
    docs: {
        summary: '`Id` is not mapped, or describe data shows the object has no Id field.',
        why: 'Connect stores the Salesforce Id in the sfid column and matches every record on it; a mapping without Id goes to BAD_CONFIG.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object has an Id field.',
        bad: '"fields": { "Name": {}, "SystemModstamp": {} }',
        good: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
        example: inConfigOf('Account', 'read_only'),
        silentWhen: [
            "The object is already rejected by its kind (big object, platform or change event, custom metadata type, external object, knowledge article version): that rule's finding is the one to act on.",
        ],
    },
    check(mapping) {
        // An object rejected outright has its own finding; asking for its Id would only add noise.
        if (rejectedByKind(mapping.facts))
            return [];
        if (mapping.facts.hasId === false) {
            return [{ path: [...mapping.path, 'object_name'], message: missing_id_field_messages.noIdField({ objectName: mapping.objectName }) }];
        }
        if (isMapped(mapping, 'Id'))
            return [];
        const fix = addToConfig(mapping, 'fields', 'Id', {});
        return [{ ...fieldsLocation(mapping), message: missing_id_field_messages.idNotMapped({ objectName: mapping.objectName }), ...(fix && { fix }) }];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/missing-isdeleted-field.ts


/** Every message this rule reports: the rule reference lists them. */
const missing_isdeleted_field_messages = {
    isDeletedNotMapped: (d) => `${d.objectName} does not map IsDeleted, one of the fields Heroku Connect selects on every mapping of an object that has it and does not let you remove (it fills the isdeleted column). Add "IsDeleted": {} to fields.`,
};
const missingIsDeletedField = {
    id: 'missing-isdeleted-field',
    scope: 'mapping',
    defaultLevel: 'warning',
    messages: missing_isdeleted_field_messages,
    fixable: 'adds `"IsDeleted": {}` to the fields.',
    docs: {
        summary: '`IsDeleted` is not mapped on an object whose describe data lists it.',
        why: 'The Heroku Connect dashboard pre-selects Id, SystemModstamp and IsDeleted (where the object has it) on every mapping and does not let you remove them, since synchronization needs them; IsDeleted fills the isdeleted column of every table. A file without it is not one the dashboard would write.',
        source: 'Heroku Dev Center, Managing Heroku Connect Mappings ("Some fields in the list are pre-selected and can\'t be removed from the mapping as they\'re required for Heroku Connect to perform synchronization"); Heroku Connect Database Tables (the isdeleted column); django-heroku-connect, whose base model maps IsDeleted except on the objects that lack it (User, RecordType, EmailTemplate).',
        bad: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
        good: '"fields": { "Id": {}, "IsDeleted": {}, "Name": {}, "SystemModstamp": {} }',
        example: inConfigOf('Invoice__c', 'read_only', {
            describe: [{ name: 'Invoice__c', fields: [{ name: 'Id' }, { name: 'IsDeleted' }, { name: 'Name' }, { name: 'SystemModstamp' }] }],
        }),
        silentWhen: [
            'There is no describe data for the object, or it does not list IsDeleted: some objects (User, RecordType) have none, and the built-in catalog does not say which.',
            "The object is already rejected by its kind (big object, platform or change event, custom metadata type, external object, knowledge article version): that rule's finding is the one to act on.",
        ],
    },
    check(mapping) {
        const { facts } = mapping;
        if (rejectedByKind(facts) || isMapped(mapping, 'IsDeleted'))
            return [];
        // Only a describe says so for certain: the catalog lists no IsDeleted, and some objects (User, RecordType) have none.
        if (facts.origin !== 'describe' || knownField(facts, 'IsDeleted') === undefined)
            return [];
        const fix = addToConfig(mapping, 'fields', 'IsDeleted', {});
        return [{ ...fieldsLocation(mapping), message: missing_isdeleted_field_messages.isDeletedNotMapped({ objectName: mapping.objectName }), ...(fix && { fix }) }];
    },
};

// EXTERNAL MODULE: ./src/lint/catalog/resolve.ts + 1 modules
var resolve = __webpack_require__(8157);
;// CONCATENATED MODULE: ./src/lint/rules/missing-timestamp-field.ts



/** Every message this rule reports: the rule reference lists them. */
const missing_timestamp_field_messages = {
    timestampNotMapped: (d) => `${d.objectName} does not map ${d.field}, the timestamp Heroku Connect polls for changes. Add "${d.field}": {} to fields.`,
    noTimestampMapped: (d) => `${d.objectName} maps none of ${resolve/* TIMESTAMP_FIELDS */.l.join(', ')}, the timestamps Heroku Connect polls for changes. Add the one the object has, most likely "${d.likely}": {}.`,
};
const missingTimestampField = {
    id: 'missing-timestamp-field',
    scope: 'mapping',
    readsFieldList: true,
    defaultLevel: 'warning',
    messages: missing_timestamp_field_messages,
    fixable: "adds the timestamp field to the fields when the object's facts name it (SystemModstamp, or CreatedDate for a history object). When only the object's name hints at it, or the object has none, the finding stays for you.",
    docs: {
        summary: 'The mapping leaves out the timestamp Connect polls on: SystemModstamp, or for objects without it (history objects) CreatedDate. For an object nothing is known about, only a mapping with none of SystemModstamp, LastModifiedDate and CreatedDate is reported.',
        why: `Connect finds changed records by polling a timestamp field, SystemModstamp on most objects, and keeps it in the systemmodstamp column of every mapped table; the dashboard pre-selects it and does not let it be removed. (An object with no timestamp at all goes to BAD_CONFIG: \`object-without-timestamp\` reports it.) A file that leaves the field out was edited by hand and no longer says what the connection syncs, but it is not known to break the sync: a public repository's table was built and synced from a mapping with LastModifiedDate and no SystemModstamp. So the rule warns rather than fails the build; raise it to error with \`--rule missing-timestamp-field=error\` to insist.`,
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object has a timestamp field usable for sync (such as SystemModstamp); Heroku Connect Database Tables (the systemmodstamp column, "used by Heroku Connect when polling for updates"); Managing Heroku Connect Mappings (pre-selected fields "required for Heroku Connect to perform synchronization"); Salesforce Object Reference, System Fields; estuary/connectors and singer-io/tap-salesforce (history objects are polled on CreatedDate, other objects without SystemModstamp on LastModifiedDate); tsykoduk/HCRailsDemo (an Account mapping without SystemModstamp, synced).',
        bad: '"fields": { "Id": {}, "Name": {} }',
        good: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
        example: inConfigOf('Account', 'read_only'),
        silentWhen: [
            "The object is already rejected by its kind (big object, platform or change event, custom metadata type, external object, knowledge article version): that rule's finding is the one to act on.",
            'Describe data shows the object has no timestamp at all: `object-without-timestamp` reports it.',
            "The object's timestamp is known only from its name (a history or share object nothing else is known about): any of SystemModstamp, LastModifiedDate and CreatedDate is accepted.",
        ],
    },
    check(mapping) {
        // An object rejected outright has its own finding; asking for its timestamp would only add noise.
        if (rejectedByKind(mapping.facts))
            return [];
        const { facts } = mapping;
        const field = facts.timestampField;
        // Described without any timestamp: object-without-timestamp reports that the object cannot be synced at all.
        if (field === undefined && facts.fieldsComplete)
            return [];
        // Only a fact from the catalog, the describe data or the custom-object rules names the one field to map;
        // a guess from the object's name (history, share) accepts any of the usual timestamps.
        const known = facts.origin !== 'name' || facts.kind === 'custom';
        if (field !== undefined && known) {
            if (isMapped(mapping, field))
                return [];
            const fix = addToConfig(mapping, 'fields', field, {});
            return [
                {
                    ...fieldsLocation(mapping),
                    message: missing_timestamp_field_messages.timestampNotMapped({ objectName: mapping.objectName, field }),
                    ...(fix && { fix }),
                },
            ];
        }
        if (resolve/* TIMESTAMP_FIELDS */.l.some((name) => isMapped(mapping, name)))
            return [];
        return [
            {
                ...fieldsLocation(mapping),
                message: missing_timestamp_field_messages.noTimestampMapped({ objectName: mapping.objectName, likely: field ?? resolve/* TIMESTAMP_FIELDS */.l[0] }),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/missing-upsert-field.ts


/** Every message this rule reports: the rule reference lists them. */
const missing_upsert_field_messages = {
    noUpsertField: (d) => `${d.objectName} is read_write but has no upsert_field. Set upsert_field to a field marked External ID and Unique in Salesforce, and map it: Heroku Connect needs it to match the records it writes.`,
};
const missingUpsertField = {
    id: 'missing-upsert-field',
    scope: 'mapping',
    defaultLevel: 'error',
    messages: missing_upsert_field_messages,
    docs: {
        summary: 'A read_write mapping has no `upsert_field` (the unique identifier).',
        why: 'Connect reads and writes in separate threads. Without a unique External ID to match on, a record written from Postgres can come back from Salesforce before its sfid is stored, and Connect inserts it a second time. Heroku diagnose fails read-write mappings without one.',
        source: 'Heroku diagnose, "Unique Identifier" check: read-write mappings require a unique identifier, defined as a unique External ID field in Salesforce (Heroku blog, health check for your Heroku Connect data pipeline); Heroku Dev Center, Mapping Configuration Options, "Unique identifiers"; django-heroku-connect check E007.',
        bad: '"config": { "access": "read_write", "fields": { "Id": {}, "Name": {}, "SystemModstamp": {} } }',
        good: '"config": { "access": "read_write", "upsert_field": "External_Id__c", "fields": { "Id": {}, "External_Id__c": {}, "Name": {}, "SystemModstamp": {} } }',
        example: inMappingOf('Account'),
        silentWhen: ['The object cannot be updated at all: `not-updateable` asks for `read_only`, which needs no upsert field.', '`upsert_field` has a value of the wrong type: `schema` reports it.'],
    },
    check(mapping) {
        // When the object cannot be updated at all, not-updateable asks for read_only, which needs no upsert field.
        if (mapping.access !== 'read_write' || mapping.facts.updateable === false)
            return [];
        const upsertField = mapping.config?.upsert_field;
        // null is how the Connect API says "none"; values of another type are the schema rule's to report.
        if (upsertField !== undefined && upsertField !== null && upsertField !== '')
            return [];
        return [
            {
                ...configLocation(mapping, 'access'),
                message: missing_upsert_field_messages.noUpsertField({ objectName: mapping.objectName }),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/not-queryable.ts


/** Every message this rule reports: the rule reference lists them. */
const not_queryable_messages = {
    notQueryable: (d) => `${d.objectName} cannot be synced: ${d.why} (BAD_CONFIG). Remove this mapping; if the data is stored in another object (OpenActivity, for example, is a view over Task and Event), map that one.`,
};
const notQueryable = {
    id: 'not-queryable',
    scope: 'mapping',
    defaultLevel: 'error',
    messages: not_queryable_messages,
    docs: {
        summary: 'The mapped object cannot be queried: the describe data says `queryable: false`, or it is a known query-incompatible object (ActivityHistory, OpenActivity, AggregateResult, NoteAndAttachment, ...).',
        why: 'Connect reads Salesforce with SOQL queries. An object that does not support query cannot be synced, and the mapping goes to BAD_CONFIG.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object is queryable through the Salesforce API; Salesforce DescribeSObjectResult `queryable`; singer-io/tap-salesforce, query-incompatible objects (INVALID_TYPE_FOR_OPERATION: entity type does not support query).',
        bad: '{ "object_name": "OpenActivity", "config": { "access": "read_only" } }',
        good: '{ "object_name": "Task", "config": { "access": "read_only" } }',
        example: AS_MAPPING,
        silentWhen: [
            "The object is already rejected by its kind (big object, platform or change event, custom metadata type, external object, knowledge article version): that rule's finding is the one to act on.",
        ],
    },
    check(mapping) {
        const { facts } = mapping;
        if (facts.queryable !== false || rejectedByKind(facts))
            return [];
        const why = facts.describe?.queryable === false ? 'the describe data marks it as not queryable' : 'Salesforce does not support queries on it';
        return [
            {
                ...objectLocation(mapping),
                message: not_queryable_messages.notQueryable({ objectName: mapping.objectName, why }),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/object-without-timestamp.ts



/** Every message this rule reports: the rule reference lists them. */
const object_without_timestamp_messages = {
    noTimestamp: (d) => `${d.objectName} has none of ${resolve/* TIMESTAMP_FIELDS */.l.join(', ')} in the describe data, so Heroku Connect has no timestamp to poll for changes (BAD_CONFIG). Remove this mapping.`,
};
const objectWithoutTimestamp = {
    id: 'object-without-timestamp',
    scope: 'mapping',
    defaultLevel: 'error',
    messages: object_without_timestamp_messages,
    docs: {
        summary: 'With describe data, the object has none of SystemModstamp, LastModifiedDate and CreatedDate, so Connect has no timestamp to poll it on.',
        why: 'Connect finds changed records by polling a timestamp field; an object without one cannot be synced, and its mapping goes to BAD_CONFIG.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object has a timestamp field usable for sync (such as SystemModstamp); Salesforce Object Reference, System Fields.',
        bad: '"object_name": "AuraDefinitionBundleInfo", "config": { "access": "read_only", "fields": { "Id": {}, "DeveloperName": {} } }',
        good: '"object_name": "AuraDefinitionBundle", "config": { "access": "read_only", "fields": { "Id": {}, "DeveloperName": {}, "SystemModstamp": {} } }',
        example: {
            ...IN_MAPPING,
            describe: [
                { name: 'AuraDefinitionBundleInfo', fields: [{ name: 'Id' }, { name: 'DurableId' }, { name: 'DeveloperName' }] },
                { name: 'AuraDefinitionBundle', fields: [{ name: 'Id' }, { name: 'DeveloperName' }, { name: 'SystemModstamp' }] },
            ],
        },
        silentWhen: [
            'There is no describe data for the object: without its full field list, a missing timestamp is not concluded.',
            "The object is already rejected by its kind (big object, platform or change event, custom metadata type, external object, knowledge article version): that rule's finding is the one to act on.",
        ],
    },
    check(mapping) {
        if (rejectedByKind(mapping.facts) || !mapping.facts.fieldsComplete || mapping.facts.timestampField !== undefined)
            return [];
        return [{ ...objectLocation(mapping), message: object_without_timestamp_messages.noTimestamp({ objectName: mapping.objectName }) }];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/not-updateable.ts


/** Every message this rule reports: the rule reference lists them. */
const not_updateable_messages = {
    notUpdateable: (d) => `${d.objectName} cannot be updated through the Salesforce API, so a read_write mapping of it fails (BAD_CONFIG). Set access to "read_only".`,
};
const notUpdateable = {
    id: 'not-updateable',
    scope: 'mapping',
    defaultLevel: 'error',
    messages: not_updateable_messages,
    docs: {
        summary: 'A read_write mapping of an object Salesforce does not let you update: history objects, KnowledgeArticleVersion, or `updateable: false` in the describe data.',
        why: 'A read_write mapping writes Postgres changes back with update calls. Heroku Connect checks that the object is updateable and sets the mapping to BAD_CONFIG when it is not.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": a read/write mapping requires an updateable object; Salesforce Object Reference, StandardObjectNameHistory and KnowledgeArticleVersion (no update() among the supported calls); DescribeSObjectResult `updateable`.',
        bad: '{ "object_name": "AccountHistory", "config": { "access": "read_write" } }',
        good: '{ "object_name": "AccountHistory", "config": { "access": "read_only" } }',
        example: AS_MAPPING,
        silentWhen: [
            'Nothing says whether the object can be updated (not in the built-in catalog, no describe data): the rule does not guess from the name, except for field history objects, whose supported calls never include update().',
        ],
    },
    check(mapping) {
        if (mapping.access !== 'read_write' || mapping.facts.updateable !== false)
            return [];
        return [
            {
                ...configLocation(mapping, 'access'),
                message: not_updateable_messages.notUpdateable({ objectName: mapping.objectName }),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/platform-event.ts


/** Every message this rule reports: the rule reference lists them. */
const platform_event_messages = {
    event: (d) => `${d.objectName} is ${d.what}, which cannot be queried, so Heroku Connect cannot sync it (BAD_CONFIG). Map the object that stores the records instead (for a ...EventStream event, its storage object: LoginEventStream is stored in LoginEvent), or subscribe to the event outside Heroku Connect.`,
};
const platformEvent = {
    id: 'platform-event',
    scope: 'mapping',
    defaultLevel: 'error',
    messages: platform_event_messages,
    docs: {
        summary: 'The mapped object is a platform event: a custom one (`__e`), a standard one (BatchApexErrorEvent, the Real-Time Event Monitoring events such as LoginEventStream or ApiAnomalyEvent, ...), or a change event (`ChangeEvent`, `__ChangeEvent`).',
        why: 'Events are messages, not stored records: SOQL cannot query them, so there is nothing for Connect to poll. Heroku Connect checks for platform events before syncing and sets the mapping to BAD_CONFIG.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object is not a Platform Event; Salesforce Object Reference, StandardObjectNameChangeEvent (a change event supports no CRUD operations or queries); Platform Events Developer Guide, "Standard Platform Event Object List" (https://developer.salesforce.com/docs/platform/platform-events/guide/platform-events-objects-list.html; BatchApexErrorEvent supports describeSObjects() only) and "Real-Time Event Monitoring Objects" (https://developer.salesforce.com/docs/atlas.en-us.platform_events.meta/platform_events/platform_events_objects_monitoring.htm: each ...EventStream event is paired with a storage object).',
        bad: '{ "object_name": "Order_Placed__e", "config": { "access": "read_only" } }',
        good: '{ "object_name": "Order__c", "config": { "access": "read_only" } }',
        example: AS_MAPPING,
        silentWhen: [
            'A standard platform event that is neither in the built-in list nor named `...EventStream` (Salesforce adds events every release): with describe data, `not-queryable` reports it.',
            'The object is a Real-Time Event Monitoring storage object (LoginEvent, ApiEvent, `...EventStore`): those store the events and can be queried.',
        ],
    },
    check(mapping) {
        const { kind } = mapping.facts;
        if (kind !== 'platform-event' && kind !== 'change-event')
            return [];
        const what = kind === 'platform-event' ? 'a platform event' : 'a Change Data Capture event';
        return [
            {
                ...objectLocation(mapping),
                message: platform_event_messages.event({ objectName: mapping.objectName, what }),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/polling-interval.ts


const PAID_MINIMUM_MINUTES = 2;
const DEMO_MINIMUM_MINUTES = 10;
const MAXIMUM_MINUTES = 60;
/** Every message this rule reports: the rule reference lists them. */
const polling_interval_messages = {
    notWholeMinutes: (d) => `sf_polling_seconds is ${d.seconds}, which is not a whole number of minutes. Use a multiple of 60 from ${d.range}, such as ${d.nearest}.`,
    outOfRange: (d) => `sf_polling_seconds is ${d.seconds}, outside ${d.range}. Set it within that range.`,
};
const pollingInterval = {
    id: 'polling-interval',
    scope: 'mapping',
    defaultLevel: 'error',
    messages: polling_interval_messages,
    docs: {
        summary: '`sf_polling_seconds` is not a whole number of minutes between 2 and 60 (10 to 60 on the demo plan).',
        why: 'Connect polls Salesforce at intervals set in whole minutes within that range; other values are not a setting Connect can run with.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Standard polling": "from 2 minutes (10 minutes on the demo plan) to 60 minutes", changed "in 1-minute steps"; Heroku Connect plans: demo has "a minimum polling interval of 10 minutes".',
        bad: '"sf_polling_seconds": 90',
        good: '"sf_polling_seconds": 120',
        example: inConfigOf('Account', 'read_only'),
        silentWhen: ['`sf_polling_seconds` is not a whole number (a string, a fraction): `schema` reports the type.'],
    },
    check(mapping) {
        const seconds = mapping.config?.sf_polling_seconds;
        if (typeof seconds !== 'number' || !Number.isInteger(seconds))
            return [];
        const demo = mapping.document.herokuPlan === 'demo';
        const minimum = demo ? DEMO_MINIMUM_MINUTES : PAID_MINIMUM_MINUTES;
        const range = `${minimum * 60} to ${MAXIMUM_MINUTES * 60} seconds (${minimum} to ${MAXIMUM_MINUTES} minutes${demo ? ' on the demo plan' : ''})`;
        if (seconds % 60 !== 0) {
            const nearest = Math.min(MAXIMUM_MINUTES, Math.max(minimum, Math.round(seconds / 60))) * 60;
            return [{ ...configLocation(mapping, 'sf_polling_seconds'), message: polling_interval_messages.notWholeMinutes({ seconds: String(seconds), range, nearest: String(nearest) }) }];
        }
        if (seconds < minimum * 60 || seconds > MAXIMUM_MINUTES * 60) {
            return [{ ...configLocation(mapping, 'sf_polling_seconds'), message: polling_interval_messages.outOfRange({ seconds: String(seconds), range }) }];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/relationship-lookup.ts


/** Every message this rule reports: the rule reference lists them. */
const relationship_lookup_messages = {
    lookupNotReady: (d) => `${d.field} sets the lookup ${d.lookup} of ${d.objectName}, but ${d.lookup} is ${d.state}, which silently breaks the whole mapping. Add ${d.fixes}.`,
};
const relationshipLookup = {
    id: 'relationship-lookup',
    scope: 'mapping',
    defaultLevel: 'error',
    messages: relationship_lookup_messages,
    docs: {
        summary: 'A relationship external-ID field is mapped, but its lookup field is not both mapped and indexed: `Project__r__PG_ID__c` needs `Project__c` in fields and in indexes; with describe data, `Account__PG_ID__c` needs `AccountId`.',
        why: 'Connect fills the lookup from the external ID of the related record, and needs the lookup column and its index to do so. Without them the relationship field is never added and the whole mapping silently stops working.',
        source: 'Heroku Dev Center, Writing Data to Salesforce, "Simple relationships between two objects and relationship external IDs"; django-heroku-connect issue #83 (a relationship field whose lookup had no index silently broke the mapping).',
        bad: '"fields": { "Id": {}, "Project__r__PG_ID__c": {}, "SystemModstamp": {} }, "indexes": { "Id": { "unique": true } }',
        good: '"fields": { "Id": {}, "Project__c": {}, "Project__r__PG_ID__c": {}, "SystemModstamp": {} }, "indexes": { "Id": { "unique": true }, "Project__c": { "unique": false } }',
        example: inConfigOf('Account', 'read_only'),
        silentWhen: [
            "Without describe data only the custom `__r__` form (`Project__r__PG_ID__c`) is recognised: a standard lookup's form (`Account__PG_ID__c`) needs describe data to be told from an ordinary field.",
        ],
    },
    check(mapping) {
        return relationships(mapping).flatMap(({ field, lookup }) => {
            const mapped = isMapped(mapping, lookup);
            const indexed = isIndexed(mapping, lookup);
            if (mapped && indexed)
                return [];
            const fixes = [!mapped && `"${lookup}": {} to fields`, !indexed && `"${lookup}": { "unique": false } to indexes`].filter(Boolean).join(' and ');
            const state = !mapped && !indexed ? 'neither mapped nor indexed' : mapped ? 'not indexed' : 'not mapped';
            return [
                {
                    ...fieldLocation(mapping, field),
                    message: relationship_lookup_messages.lookupNotReady({ objectName: mapping.objectName, field, lookup, state, fixes }),
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/required-fields.ts




/** Every message this rule reports: the rule reference lists them. */
const required_fields_messages = {
    requiredNotMapped: (d) => `${d.objectName} is read_write but does not map the required ${d.noun} ${d.missing}, so rows inserted from Postgres will fail to sync. ` + `Add ${d.additions} to fields.`,
};
const requiredFields = {
    id: 'required-fields',
    scope: 'mapping',
    readsFieldList: true,
    defaultLevel: 'warning',
    messages: required_fields_messages,
    docs: {
        summary: 'With describe data, a read_write mapping leaves out a field Salesforce requires on create (createable, not nillable, no default).',
        why: 'Rows inserted in Postgres are created in Salesforce with the mapped fields only; without a required field every such insert fails and lands in the _hc_err column.',
        source: 'Heroku diagnose "Required Fields" check (Heroku Dev Center, Heroku Connect Diagnose); Salesforce DescribeSObjectResult field properties createable, nillable and defaultedOnCreate.',
        bad: '"object_name": "Contact", "config": { "access": "read_write", "fields": { "Id": {}, "FirstName": {}, "SystemModstamp": {} } }',
        good: '"object_name": "Contact", "config": { "access": "read_write", "fields": { "Id": {}, "FirstName": {}, "LastName": {}, "SystemModstamp": {} } }',
        example: {
            ...IN_MAPPING,
            describe: [
                {
                    name: 'Contact',
                    fields: [{ name: 'Id' }, { name: 'FirstName', nillable: true }, { name: 'LastName', createable: true, nillable: false, defaultedOnCreate: false }, { name: 'SystemModstamp' }],
                },
            ],
        },
        silentWhen: [
            'There is no describe data for the object: the built-in catalog does not list every required field.',
            'The object cannot be updated or created through the API: `not-updateable` reports that, and no row can be inserted anyway.',
            'The required field has a type Connect cannot map (base64, compound address or geolocation): asking for it would contradict `unsupported-field-type`.',
        ],
    },
    check(mapping) {
        const { facts } = mapping;
        // A non-updateable object gets not-updateable (make it read_only); a non-createable one cannot be inserted into at all.
        if (mapping.access !== 'read_write' || !facts.fieldsComplete || facts.updateable === false || facts.createable === false)
            return [];
        const required = requiredOnCreate(facts.fields);
        if (required.names.length === 0)
            return [];
        // The mapped names (without regard to case) are looked up among the required ones, so a mapping costs
        // its own fields, however many fields a describe requires.
        const covered = new Set();
        let coveredCount = 0;
        for (const name of mapping.fields ?? []) {
            const lower = name.toLowerCase();
            const count = required.countByLowerName.get(lower);
            if (count === undefined || covered.has(lower))
                continue;
            covered.add(lower);
            coveredCount += count;
        }
        const missingCount = required.names.length - coveredCount;
        if (missingCount === 0)
            return [];
        // Each required name passed over here is a mapped one, so this stops within the mapping's fields and MOST_LISTED.
        const shown = [];
        for (let i = 0; i < required.names.length && shown.length < MOST_LISTED; i++) {
            if (!covered.has(required.names[i].toLowerCase()))
                shown.push(required.names[i]);
        }
        const noun = missingCount === 1 ? 'field' : 'fields';
        const more = missingCount - shown.length;
        return [
            {
                ...fieldsLocation(mapping),
                message: required_fields_messages.requiredNotMapped({
                    objectName: mapping.objectName,
                    noun,
                    missing: listOf(shown, missingCount),
                    additions: `${shown.map((name) => `"${name}": {}`).join(', ')}${more > 0 ? ` and the other ${(0,core_text/* formatCount */.B4)(more)}` : ''}`,
                }),
            },
        ];
    },
};
/**
 * The fields Salesforce requires on create (createable, not nillable, no default) that Connect can map, once
 * per describe: every mapping of its object asks. A required field Connect cannot map is reported by
 * unsupported-field-type if mapped; asking for it here would contradict that.
 */
const requiredOnCreate = (0,memo/* derivedOnce */.z)((fields) => {
    const names = [...fields.values()].filter((field) => field.createable === true && field.nillable === false && field.defaultedOnCreate === false && !unmappableType(field)).map((field) => field.name);
    const countByLowerName = new Map();
    for (const name of names) {
        const lower = name.toLowerCase();
        countByLowerName.set(lower, (countByLowerName.get(lower) ?? 0) + 1);
    }
    return { names, countByLowerName };
});

;// CONCATENATED MODULE: ./src/lint/rules/requires-filter.ts


/** Every message this rule reports: the rule reference lists them. */
const requires_filter_messages = {
    needsFilter: (d) => `${d.objectName} can only be queried with a filter on specific fields, and Heroku Connect polls without one (BAD_CONFIG). Remove this mapping, or map the parent object and read ${d.objectName} through the Salesforce API.`,
};
const requiresFilter = {
    id: 'requires-filter',
    scope: 'mapping',
    defaultLevel: 'error',
    messages: requires_filter_messages,
    docs: {
        summary: 'The mapped object can only be queried with an object-specific filter (such as ContentDocumentLink, Vote, IdeaComment or FeedItem).',
        why: 'Connect polls every record of an object by timestamp. Salesforce rejects such a query on these objects unless it filters on particular fields (a record Id, a parent Id), so the mapping goes to BAD_CONFIG.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object does not require a filter to query (CollaborationGroupRecord, ContentDocumentLink, ContentFolderItem, ContentFolderMember, FeedPollVote, IdeaComment, KnowledgeArticleVersion, Vote); Salesforce SOQL and SOSL Reference, "SOQL Limits on Objects"; singer-io/tap-salesforce Blacklisting.md ("Implementation restriction ... requires a filter").',
        bad: '{ "object_name": "ContentDocumentLink", "config": { "access": "read_only" } }',
        good: '{ "object_name": "ContentDocument", "config": { "access": "read_only" } }',
        example: AS_MAPPING,
        silentWhen: [
            "The object is already rejected by its kind (big object, platform or change event, custom metadata type, external object, knowledge article version): that rule's finding is the one to act on.",
        ],
    },
    check(mapping) {
        if (mapping.facts.queryable !== 'filter' || rejectedByKind(mapping.facts))
            return [];
        return [
            {
                ...objectLocation(mapping),
                message: requires_filter_messages.needsFilter({ objectName: mapping.objectName }),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/schema.ts

const schemaRule = {
    id: 'schema',
    scope: 'builtin',
    defaultLevel: 'error',
    docs: {
        summary: 'The document breaks the export format: wrong types, access not read_only/read_write, version not 1, fields/indexes not objects of objects, unknown keys, missing mappings/object_name/config/access.',
        why: 'Heroku Connect accepts any file on import and fails later; a misspelt key (acess, sf_poling_seconds) is silently ignored and the mapping runs with defaults nobody chose.',
        source: "The export format as `heroku connect:export` writes it and `heroku connect:import` reads it (Heroku Dev Center, Heroku Connect API, its export and import of a mapping configuration: https://devcenter.heroku.com/articles/heroku-connect-api); this repository's schema/heroku-connect-mappings.schema.json.",
        bad: '"config": { "acess": "read_write", "sf_polling_seconds": "600" }',
        good: '"config": { "access": "read_write", "sf_polling_seconds": 600 }',
        example: inMappingOf('Account'),
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/too-many-findings.ts
const tooManyFindings = {
    id: 'too-many-findings',
    scope: 'builtin',
    defaultLevel: 'warning',
    docs: {
        summary: 'A file has more than 1,000 findings: the 1,000 most severe are reported, and this finding says how many were left out (and of which levels).',
        why: 'Thousands of findings in one file (a duplicated block, a generated file gone wrong) would bury the report, the annotations and the summary; the first ones are enough to see the cause, and the count keeps the truth.',
        source: 'heroku-connect-action: a limit on the report, not on the file. GitHub shows at most 10 annotations of each level per step.',
        bad: '"fields": { "Id": {}, "Id": {}, "Id": {}, ... }   # 1,001 repeated keys',
        good: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
        example: { unrunnable: 'it stands for a file of 1,001 findings, too large to show' },
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/too-many-mappings.ts
const MAXIMUM_MAPPINGS = 100;
/** Every message this rule reports: the rule reference lists them. */
const too_many_mappings_messages = {
    tooMany: (d) => `The file has ${d.mappingCount} mappings, more than the ${MAXIMUM_MAPPINGS} Heroku Connect diagnose accepts for one connection. Remove mappings nobody reads, or split the objects across two connections.`,
};
const tooManyMappings = {
    id: 'too-many-mappings',
    scope: 'document',
    defaultLevel: 'warning',
    messages: too_many_mappings_messages,
    docs: {
        summary: 'The file has more than 100 mappings.',
        why: 'Heroku Connect diagnose warns about connections with more than 100 mappings: each mapping polls Salesforce on its own schedule and adds load to the connection.',
        source: 'Heroku Connect diagnose, check NUM_MAPPINGS_WITHIN_LIMIT "Number of Mappings" (passes when the connection has no more than 100 mappings; heroku-connect-plugin diagnose tests).',
        bad: '"mappings": [ /* 120 mappings */ ]',
        good: '"mappings": [ /* 100 mappings or fewer; the rest in a second connection */ ]',
        example: { unrunnable: 'it stands for a file of 120 mappings, too large to show' },
    },
    check(document) {
        if (document.mappingCount <= MAXIMUM_MAPPINGS)
            return [];
        return [
            {
                path: ['mappings'],
                at: 'key',
                message: too_many_mappings_messages.tooMany({ mappingCount: String(document.mappingCount) }),
            },
        ];
    },
};

// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __webpack_require__(2085);
;// CONCATENATED MODULE: ./src/lint/rules/unknown-field.ts




/** Every message this rule reports: the rule reference lists them. */
const unknown_field_messages = {
    notAField: (d) => `${d.name} is not a field of ${d.objectName} in the describe data.${d.didYouMean} Fix the name or remove it from fields; if the field exists, give the integration user access to it.`,
    noSuchLookup: (d) => `${d.name} is written as a relationship external-ID field, but ${d.objectName} has no lookup field ${d.lookup} in the describe data. Fix the relationship name or remove the field from fields.`,
};
const unknownField = {
    id: 'unknown-field',
    scope: 'mapping',
    defaultLevel: 'error',
    messages: unknown_field_messages,
    docs: {
        summary: 'With describe data for the object, a mapped field does not exist on it. Relationship external-ID fields (`Project__r__PG_ID__c`, `Account__PG_ID__c`) are not reported when they resolve to a lookup field.',
        why: 'Connect builds its query from the mapped fields; a field Salesforce does not know (a typo, a field of another org, one the integration user cannot see) breaks the sync of the whole mapping.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)" (mapped fields must have known types) and "Missing objects and fields" (fields hidden by permissions).',
        bad: '"fields": { "Id": {}, "Nmae": {}, "SystemModstamp": {} }',
        good: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
        example: inConfigOf('Account', 'read_only', { describe: [{ name: 'Account', fields: [{ name: 'Id' }, { name: 'Name' }, { name: 'SystemModstamp' }] }] }),
        silentWhen: [
            "There is no describe data for the object: an unknown object's fields are not guessed at.",
            'The field is a relationship external-ID field (`Project__r__PG_ID__c`) whose lookup exists: such fields exist only in Connect, never in the describe data.',
        ],
    },
    check(mapping) {
        const { facts } = mapping;
        if (!facts.fieldsComplete || !mapping.fields)
            return [];
        // Relationship external-ID fields exist only in Connect, never in the describe data.
        const virtual = new Set(relationships(mapping).map((relationship) => relationship.field));
        const reports = [];
        for (const name of mapping.fields) {
            if (virtual.has(name) || knownField(facts, name))
                continue;
            const lookup = customLookupOf(name);
            reports.push({
                ...fieldLocation(mapping, name),
                // Worded only when read: a suggestion searches every described field, and only the findings a
                // file can show are placed, so a file of many unknown fields pays for at most that many.
                get message() {
                    return lookup === undefined
                        ? unknown_field_messages.notAField({ name, objectName: mapping.objectName, didYouMean: (0,suggest/* didYouMean */.a)(name, suggestible(facts.fields)) })
                        : unknown_field_messages.noSuchLookup({ name, objectName: mapping.objectName, lookup });
                },
            });
        }
        return reports;
    },
};
/**
 * No Salesforce object has this many fields (at most 800 custom ones, plus its standard fields): a
 * describe listing more is not an org's, and a suggestion among them would cost each message a search of all.
 */
const MAX_SUGGESTED_AMONG = 2_000;
/** The described field names a suggestion is searched among: listed once per describe, none when there are implausibly many. */
const suggestible = (0,memo/* derivedOnce */.z)((fields) => (fields.size <= MAX_SUGGESTED_AMONG ? [...fields.keys()] : []));

;// CONCATENATED MODULE: ./src/lint/rules/unreadable-file.ts
const unreadableFile = {
    id: 'unreadable-file',
    scope: 'builtin',
    defaultLevel: 'error',
    docs: {
        summary: 'A file named for linting cannot be read: it does not exist, is not a regular file, is not readable, or is over the size limit (16 MiB for JSON, 1 MiB for YAML).',
        why: 'A named file that cannot be read must never pass in silence: the import would fail, or lint a different file than intended.',
        source: 'heroku-connect-action: the size limit is far above any real export (the largest public one is about 5 KB; 2,000 mappings of 65 fields, indented as Heroku writes them, is about 7 MB).',
        bad: 'files: mappings/heroku-connect.jsn   # a typo in the path',
        good: 'files: mappings/heroku-connect.json',
        example: { unrunnable: 'it is the files input, not the content of a mapping file' },
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/unsupported-field-type.ts



/** The parts of a standard address that most mappings want (object reference, "Address Compound Fields"). */
const ADDRESS_PARTS = ['Street', 'City', 'State', 'PostalCode', 'Country'];
/** Every message this rule reports: the rule reference lists them. */
const unsupported_field_type_messages = {
    binary: (d) => `${d.subject} holds binary (base64) data, which Heroku Connect cannot sync. Remove it from fields; to share files, store them elsewhere (Amazon S3, for example) and sync a text field with their URL.`,
    compound: (d) => `${d.subject} is a compound ${d.kind} field, which has no Postgres column. Map its component fields instead: ${d.components}.`,
};
const unsupportedFieldType = {
    id: 'unsupported-field-type',
    scope: 'mapping',
    defaultLevel: 'error',
    messages: unsupported_field_type_messages,
    docs: {
        summary: 'A mapped field has a type Connect cannot give a column: base64 (Attachment.Body, Document.Body, ContentVersion.VersionData, ...), or a compound address or geolocation field (BillingAddress, MailingAddress, PersonMailingAddress, the Address of a Field Service object, a geolocation field rather than its `__Latitude__s`/`__Longitude__s` parts). Known from the built-in catalog or the describe data.',
        why: 'Heroku Connect checks that every mapped field has a type it can map to Postgres and sets the mapping to BAD_CONFIG otherwise. Binary data is not supported; compound fields get no column, only their components do.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the mapped fields have known types that map to Postgres types, and "Unsupported objects" (base64 data is not supported); Salesforce Object Reference, "Address Compound Fields" (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/compound_fields_address.htm) and "Compound Field Considerations and Limitations"; the Address field (type address) of WorkOrder, WorkOrderLineItem, ServiceAppointment, ServiceTerritory, ServiceTerritoryMember, ResourceAbsence and ContactPointAddress in the object reference (for example https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-workorderlineitem.html).',
        bad: '"object_name": "Account", "config": { "fields": { "Id": {}, "BillingAddress": {}, "SystemModstamp": {} } }',
        good: '"object_name": "Account", "config": { "fields": { "Id": {}, "BillingStreet": {}, "BillingCity": {}, "BillingPostalCode": {}, "SystemModstamp": {} } }',
        example: IN_MAPPING,
        silentWhen: ["Nothing is known about the object's fields (a custom or uncatalogued object without describe data)."],
    },
    check(mapping) {
        // Nothing is known about any field of this object (an uncatalogued or custom object without describe data).
        if (mapping.facts.fields.size === 0)
            return [];
        const reports = [];
        for (const name of mapping.fields ?? []) {
            const field = knownField(mapping.facts, name);
            const type = unmappableType(field);
            if (!field || !type)
                continue;
            const subject = `${mapping.objectName}.${field.name}`;
            const message = type === 'base64' ? unsupported_field_type_messages.binary({ subject }) : unsupported_field_type_messages.compound({ subject, kind: type === 'address' ? 'address' : 'geolocation', components: listOf(componentsOf(mapping, field)) });
            reports.push({ ...fieldLocation(mapping, name), message });
        }
        return reports;
    },
};
/** The component fields to suggest: from the describe data when it lists them, else by Salesforce's naming rules. */
function componentsOf(mapping, compound) {
    const described = componentsByCompound(mapping.facts.fields).get(compound.name);
    if (described)
        return described;
    if (compound.type?.toLowerCase() === 'address') {
        const prefix = compound.name.replace(/Address$/i, '');
        return ADDRESS_PARTS.map((part) => `${prefix}${part}`);
    }
    const base = compound.name.replace(/__c$/i, '');
    return compound.name !== base ? [`${base}__Latitude__s`, `${base}__Longitude__s`] : ['its latitude and longitude fields'];
}
/** Built once per field map: scanning every field for each compound field reported cost compounds \u00d7 fields. */
const componentsByCompound = (0,memo/* derivedOnce */.z)((fields) => {
    const components = new Map();
    for (const field of fields.values()) {
        if (typeof field.compoundFieldName !== 'string')
            continue;
        const named = components.get(field.compoundFieldName);
        if (named)
            named.push(field.name);
        else
            components.set(field.compoundFieldName, [field.name]);
    }
    return components;
});

;// CONCATENATED MODULE: ./src/lint/rules/unsupported-object.ts


/** Every message this rule reports: the rule reference lists them. */
const unsupported_object_messages = {
    customMetadata: (d) => `${d.objectName} is a custom metadata type, which Heroku Connect cannot map. Remove this mapping, or keep the values in a custom object and map that one.`,
    externalObject: (d) => `${d.objectName} is an external object whose data lives outside Salesforce, so Heroku Connect cannot poll it. Remove this mapping and read the data from its source system.`,
};
const unsupportedObject = {
    id: 'unsupported-object',
    scope: 'mapping',
    defaultLevel: 'error',
    messages: unsupported_object_messages,
    docs: {
        summary: 'The mapped object is a custom metadata type (`__mdt`) or an external object (`__x`).',
        why: 'Heroku Connect cannot map custom metadata types. External objects hold no data in Salesforce: their rows are fetched from another system on each query, under SOQL restrictions that rule out a timestamp poll.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Unsupported objects": custom metadata types cannot be mapped; Salesforce SOQL and SOSL Reference, "SOQL Limits on Objects" (external objects).',
        bad: '{ "object_name": "Pricing_Rule__mdt", "config": { "access": "read_only" } }',
        good: '{ "object_name": "Pricing_Rule__c", "config": { "access": "read_only" } }',
        example: AS_MAPPING,
    },
    check(mapping) {
        const { kind } = mapping.facts;
        if (kind === 'custom-metadata') {
            return [
                {
                    ...objectLocation(mapping),
                    message: unsupported_object_messages.customMetadata({ objectName: mapping.objectName }),
                },
            ];
        }
        if (kind === 'external-object') {
            return [
                {
                    ...objectLocation(mapping),
                    message: unsupported_object_messages.externalObject({ objectName: mapping.objectName }),
                },
            ];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/upsert-field.ts


/** Every message this rule reports: the rule reference lists them. */
const upsert_field_messages = {
    notMapped: (d) => `The upsert_field ${d.field} is not mapped on ${d.objectName}. Add "${d.field}": {} to fields.`,
    notExternalUnique: (d) => `${d.objectName}.${d.field} is not ${d.missing} in Salesforce, so it cannot be the upsert_field. Turn on both External ID and Unique for the field, or choose a field that has them.`,
};
const upsertField = {
    id: 'upsert-field',
    scope: 'mapping',
    readsFieldList: true,
    defaultLevel: 'error',
    messages: upsert_field_messages,
    docs: {
        summary: '`upsert_field` is not among the mapped fields, or the describe data shows it is not both External ID and Unique.',
        why: "Connect matches records on the upsert field's column, which exists only when the field is mapped. Heroku accepts only a field with both the External ID and the Unique attribute as a unique identifier; without Unique, duplicates can slip in.",
        source: 'Heroku diagnose "Unique Identifier" and "Upsert Field" checks (unique identifiers must be unique External ID fields); Heroku Dev Center, Mapping Configuration Options, "Unique identifiers".',
        bad: '"upsert_field": "External_Id__c", "fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
        good: '"upsert_field": "External_Id__c", "fields": { "Id": {}, "External_Id__c": {}, "Name": {}, "SystemModstamp": {} }',
        example: inConfigOf('Account', 'read_write'),
        silentWhen: [
            'Without describe data for the field, only whether it is mapped is checked: External ID and Unique are not guessed at.',
            '`upsert_field` is absent, empty or `null`: `missing-upsert-field` reports that on read_write mappings.',
        ],
    },
    check(mapping) {
        const field = mapping.config?.upsert_field;
        if (typeof field !== 'string' || field === '')
            return [];
        const location = configLocation(mapping, 'upsert_field');
        if (!isMapped(mapping, field)) {
            return [{ ...location, message: upsert_field_messages.notMapped({ objectName: mapping.objectName, field }) }];
        }
        const described = knownField(mapping.facts, field);
        if (described && (described.externalId === false || described.unique === false)) {
            const missing = [described.externalId === false && 'External ID', described.unique === false && 'Unique'].filter(Boolean).join(' and ');
            return [
                {
                    ...location,
                    message: upsert_field_messages.notExternalUnique({ objectName: mapping.objectName, field: described.name, missing }),
                },
            ];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/upsert-field-index.ts


/** Every message this rule reports: the rule reference lists them. */
const upsert_field_index_messages = {
    notIndexed: (d) => `The upsert_field ${d.field} of ${d.objectName} has no index. Add "${d.field}": { "unique": true } to indexes: Heroku Connect matches the records it writes on that column, and its own exports index the upsert field as unique.`,
};
const upsertFieldIndex = {
    id: 'upsert-field-index',
    scope: 'mapping',
    defaultLevel: 'warning',
    messages: upsert_field_index_messages,
    fixable: 'adds `{ "unique": true }` for the upsert field to the indexes.',
    docs: {
        summary: 'The `upsert_field` of a read_write mapping is mapped but not in `indexes`.',
        why: "Connect matches each record it writes on the upsert field's column; the exports Heroku Connect writes, and the tools that generate mappings, give that column a unique index. Without one, every match reads the whole table.",
        source: 'Heroku Dev Center, Mapping Configuration Options, "Unique identifiers"; real exports (forcedotcom/git2gus heroku/herokuconnect.json: the upsert field agf__External_ID__c is indexed with unique true); django-heroku-connect, which indexes every upsert field as unique.',
        bad: '"upsert_field": "External_Id__c", "fields": { "Id": {}, "External_Id__c": {}, "SystemModstamp": {} }, "indexes": { "Id": { "unique": true } }',
        good: '"upsert_field": "External_Id__c", "fields": { "Id": {}, "External_Id__c": {}, "SystemModstamp": {} }, "indexes": { "Id": { "unique": true }, "External_Id__c": { "unique": true } }',
        example: inConfigOf('Account', 'read_write'),
        silentWhen: [
            'The mapping is read_only: Connect writes nothing to Salesforce, so it matches nothing on the field.',
            'The upsert field is not mapped, or the describe data shows it is not both External ID and Unique: `upsert-field` reports that, and an index would not help.',
            'The field has an index, unique or not: whether a non-unique one is deliberate is not guessed at.',
        ],
    },
    check(mapping) {
        const field = mapping.config?.upsert_field;
        if (mapping.access !== 'read_write' || typeof field !== 'string' || field === '' || !isMapped(mapping, field) || isIndexed(mapping, field))
            return [];
        const described = knownField(mapping.facts, field);
        if (described && (described.externalId === false || described.unique === false))
            return [];
        const fix = addToConfig(mapping, 'indexes', field, { unique: true });
        return [{ ...configLocation(mapping, 'upsert_field'), message: upsert_field_index_messages.notIndexed({ objectName: mapping.objectName, field }), ...(fix && { fix }) }];
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/index.ts




































/** Every rule, in the order the docs list them. A new rule is one file and one line here. */
const RULES = [
    unreadableFile,
    invalidJson,
    duplicateKey,
    schemaRule,
    invalidApiName,
    duplicateMapping,
    bigObject,
    platformEvent,
    requiresFilter,
    notQueryable,
    implementationRestriction,
    unsupportedObject,
    missingIdField,
    missingTimestampField,
    objectWithoutTimestamp,
    missingIsDeletedField,
    notUpdateable,
    unsupportedFieldType,
    unknownField,
    pollingInterval,
    acceleratedPolling,
    missingUpsertField,
    upsertField,
    upsertFieldIndex,
    indexUnmappedField,
    relationshipLookup,
    columnCollision,
    idFieldCase,
    fieldNameCase,
    apiVersion,
    apiVersionDeprecated,
    requiredFields,
    bulkLimit,
    tooManyMappings,
    archivedActivities,
    tooManyFindings,
];
const RULES_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));


/***/ }),

/***/ 8299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n9: () => (/* binding */ reachesFailOn),
  nU: () => (/* binding */ runLint)
});

// UNUSED EXPORTS: errorsOnly, lintTargets

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts + 1 modules
var errors = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/lint/describe/types.ts
var types = __webpack_require__(9454);
// EXTERNAL MODULE: ./src/lint/parse/parse.ts
var parse = __webpack_require__(6842);
// EXTERNAL MODULE: ./src/lint/parse/source.ts
var parse_source = __webpack_require__(7064);
// EXTERNAL MODULE: ./src/lint/discover.ts
var discover = __webpack_require__(8698);
// EXTERNAL MODULE: ./src/lint/catalog/resolve.ts + 1 modules
var resolve = __webpack_require__(8157);
// EXTERNAL MODULE: ./src/lint/parse/parsed.ts
var parsed = __webpack_require__(524);
;// CONCATENATED MODULE: ./src/lint/parse/excerpt.ts
/**
 * How much of a line is kept around a finding's column: a minified file is one line of up to the
 * file size limit, and a finding needs only the context a terminal line can show.
 */
const BEFORE_COLUMN = 80;
const AFTER_COLUMN = 160;
/**
 * The excerpt of each position's line, in the order given: one pass over the text up to the last
 * line asked for (only "\n" ends a line, as the positions count them; a "\r" before it is dropped).
 */
function lineExcerpts(text, positions) {
    const order = positions.map((_, i) => i).sort((a, b) => positions[a].line - positions[b].line);
    const excerpts = new Array(positions.length);
    let line = 1;
    let start = 0;
    for (const index of order) {
        const position = positions[index];
        while (line < position.line && start !== -1) {
            const next = text.indexOf('\n', start);
            start = next === -1 ? -1 : next + 1;
            line++;
        }
        if (start === -1) {
            excerpts[index] = { text: '', startColumn: 1, cutAfter: false };
            continue;
        }
        const newline = text.indexOf('\n', start);
        let end = newline === -1 ? text.length : newline;
        if (text.charCodeAt(end - 1) === 13)
            end--;
        const from = Math.max(start, start + position.column - 1 - BEFORE_COLUMN);
        const to = Math.min(end, start + position.column - 1 + AFTER_COLUMN);
        excerpts[index] = { text: text.slice(from, Math.max(from, to)), startColumn: from - start + 1, cutAfter: to < end };
    }
    return excerpts;
}

// EXTERNAL MODULE: ./src/core/api-name.ts
var api_name = __webpack_require__(8783);
// EXTERNAL MODULE: ./src/lint/rules/index.ts + 39 modules
var rules = __webpack_require__(1227);
;// CONCATENATED MODULE: ./schema/heroku-connect-mappings.schema.json
const heroku_connect_mappings_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/heroku-connect-action/heroku-connect-action/main/schema/heroku-connect-mappings.schema.json","title":"Heroku Connect mapping configuration","description":"The document that `heroku connect:export` writes and `heroku connect:import` reads. Each mapping\'s rules are documented at https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md.","type":"object","required":["mappings"],"additionalProperties":false,"properties":{"version":{"description":"Always 1: exports from Heroku Connect always carry version 1.","const":1},"connection":{"description":"The connection the file was exported from. Import does not need it; heroku-connect-action deploy rewrites its app_name, organization_id and name for the target connection. Its identity keys may be null or empty, as Heroku writes them for a connection not yet authorised.","type":"object","additionalProperties":false,"properties":{"app_name":{"type":["string","null"]},"organization_id":{"description":"The Salesforce org the connection was authorised to; null in the export of a connection not yet authorised.","type":["string","null"]},"exported_at":{"type":["string","null"],"format":"date-time"},"features":{"description":"Connection feature flags. Heroku adds new ones over time, so any boolean flag is accepted. cdc_for_accelerated_polling: accelerated polling through Change Data Capture rather than PushTopics.","type":"object","additionalProperties":{"type":"boolean"}},"api_version":{"description":"Salesforce API version, such as \\"57.0\\". Heroku Connect needs 39.0 or later for the Bulk API (rule api-version: https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#api-version).","type":"string","pattern":"^\\\\d{2,3}(\\\\.\\\\d+)?$"},"name":{"type":["string","null"]},"logplex_log_enabled":{"type":["boolean","null"]}}},"mappings":{"type":"array","items":{"$ref":"#/definitions/mapping"}}},"definitions":{"mapping":{"type":"object","required":["object_name","config"],"additionalProperties":false,"properties":{"object_name":{"description":"The Salesforce object\'s API name, such as Account or ns__Thing__c. Each object can be mapped once per connection; big objects (__b), platform events (__e), custom metadata types (__mdt) and external objects (__x) cannot be mapped (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#duplicate-mapping).","type":"string","minLength":1},"config":{"$ref":"#/definitions/config"}}},"config":{"type":"object","required":["access"],"additionalProperties":false,"properties":{"access":{"description":"read_only syncs Salesforce to Postgres; read_write also writes Postgres changes back, and needs an upsert_field (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#missing-upsert-field).","enum":["read_only","read_write"]},"sf_notify_enabled":{"description":"Accelerated polling through the Salesforce Streaming API: only for custom objects and the standard objects PushTopic queries support, unless the connection uses Change Data Capture (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#accelerated-polling).","type":"boolean"},"sf_polling_seconds":{"description":"Polling interval in seconds: whole minutes from 2 to 60, that is 120 to 3600 in steps of 60 (10 to 60 minutes on the demo plan, which the linter checks with --plan demo: https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#polling-interval).","type":"integer","minimum":120,"maximum":3600,"multipleOf":60},"sf_max_daily_api_calls":{"type":"integer","minimum":0},"fields":{"description":"Mapped fields by API name; each value is an empty object. Map Id and SystemModstamp (CreatedDate for history objects); compound address and geolocation fields and base64 fields cannot be mapped (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#missing-id-field).","type":"object","additionalProperties":{"type":"object"}},"indexes":{"description":"Postgres indexes Heroku Connect creates, by field API name. Every indexed field must be mapped in fields (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#index-unmapped-field).","type":"object","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"unique":{"type":"boolean"}}}},"upsert_field":{"description":"The unique External ID field that read_write mappings match records on. It must be mapped in fields and be both External ID and Unique in Salesforce (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#upsert-field).","type":["string","null"]},"applied_at":{"type":"string","format":"date-time"},"revision":{"description":"Configuration revision, present in Heroku Connect API responses.","type":"integer"}}}}}');
// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __webpack_require__(2085);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(779);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/lint/schema/validate-export.generated.js
// Generated by scripts/compile-schema.mjs from schema/heroku-connect-mappings.schema.json. Do not edit.


const validate = validate10;
/* harmony default export */ const validate_export_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/heroku-connect-action/heroku-connect-action/main/schema/heroku-connect-mappings.schema.json","title":"Heroku Connect mapping configuration","description":"The document that `heroku connect:export` writes and `heroku connect:import` reads. Each mapping's rules are documented at https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md.","type":"object","required":["mappings"],"additionalProperties":false,"properties":{"version":{"description":"Always 1: exports from Heroku Connect always carry version 1.","const":1},"connection":{"description":"The connection the file was exported from. Import does not need it; heroku-connect-action deploy rewrites its app_name, organization_id and name for the target connection. Its identity keys may be null or empty, as Heroku writes them for a connection not yet authorised.","type":"object","additionalProperties":false,"properties":{"app_name":{"type":["string","null"]},"organization_id":{"description":"The Salesforce org the connection was authorised to; null in the export of a connection not yet authorised.","type":["string","null"]},"exported_at":{"type":["string","null"],"format":"date-time"},"features":{"description":"Connection feature flags. Heroku adds new ones over time, so any boolean flag is accepted. cdc_for_accelerated_polling: accelerated polling through Change Data Capture rather than PushTopics.","type":"object","additionalProperties":{"type":"boolean"}},"api_version":{"description":"Salesforce API version, such as \"57.0\". Heroku Connect needs 39.0 or later for the Bulk API (rule api-version: https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#api-version).","type":"string","pattern":"^\\d{2,3}(\\.\\d+)?$"},"name":{"type":["string","null"]},"logplex_log_enabled":{"type":["boolean","null"]}}},"mappings":{"type":"array","items":{"$ref":"#/definitions/mapping"}}},"definitions":{"mapping":{"type":"object","required":["object_name","config"],"additionalProperties":false,"properties":{"object_name":{"description":"The Salesforce object's API name, such as Account or ns__Thing__c. Each object can be mapped once per connection; big objects (__b), platform events (__e), custom metadata types (__mdt) and external objects (__x) cannot be mapped (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#duplicate-mapping).","type":"string","minLength":1},"config":{"$ref":"#/definitions/config"}}},"config":{"type":"object","required":["access"],"additionalProperties":false,"properties":{"access":{"description":"read_only syncs Salesforce to Postgres; read_write also writes Postgres changes back, and needs an upsert_field (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#missing-upsert-field).","enum":["read_only","read_write"]},"sf_notify_enabled":{"description":"Accelerated polling through the Salesforce Streaming API: only for custom objects and the standard objects PushTopic queries support, unless the connection uses Change Data Capture (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#accelerated-polling).","type":"boolean"},"sf_polling_seconds":{"description":"Polling interval in seconds: whole minutes from 2 to 60, that is 120 to 3600 in steps of 60 (10 to 60 minutes on the demo plan, which the linter checks with --plan demo: https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#polling-interval).","type":"integer"},"sf_max_daily_api_calls":{"type":"integer","minimum":0},"fields":{"description":"Mapped fields by API name; each value is an empty object. Map Id and SystemModstamp (CreatedDate for history objects); compound address and geolocation fields and base64 fields cannot be mapped (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#missing-id-field).","type":"object","additionalProperties":{"type":"object"}},"indexes":{"description":"Postgres indexes Heroku Connect creates, by field API name. Every indexed field must be mapped in fields (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#index-unmapped-field).","type":"object","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"unique":{"type":"boolean"}}}},"upsert_field":{"description":"The unique External ID field that read_write mappings match records on. It must be mapped in fields and be both External ID and Unique in Salesforce (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#upsert-field).","type":["string","null"]},"applied_at":{"type":"string","format":"date-time"},"revision":{"description":"Configuration revision, present in Heroku Connect API responses.","type":"integer"}}}}};
const formats0 = formats/* fullFormats */.U9["date-time"];
const pattern0 = new RegExp("^\\d{2,3}(\\.\\d+)?$", "u");
const schema12 = {"type":"object","required":["object_name","config"],"additionalProperties":false,"properties":{"object_name":{"description":"The Salesforce object's API name, such as Account or ns__Thing__c. Each object can be mapped once per connection; big objects (__b), platform events (__e), custom metadata types (__mdt) and external objects (__x) cannot be mapped (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#duplicate-mapping).","type":"string","minLength":1},"config":{"$ref":"#/definitions/config"}}};
const schema13 = {"type":"object","required":["access"],"additionalProperties":false,"properties":{"access":{"description":"read_only syncs Salesforce to Postgres; read_write also writes Postgres changes back, and needs an upsert_field (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#missing-upsert-field).","enum":["read_only","read_write"]},"sf_notify_enabled":{"description":"Accelerated polling through the Salesforce Streaming API: only for custom objects and the standard objects PushTopic queries support, unless the connection uses Change Data Capture (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#accelerated-polling).","type":"boolean"},"sf_polling_seconds":{"description":"Polling interval in seconds: whole minutes from 2 to 60, that is 120 to 3600 in steps of 60 (10 to 60 minutes on the demo plan, which the linter checks with --plan demo: https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#polling-interval).","type":"integer"},"sf_max_daily_api_calls":{"type":"integer","minimum":0},"fields":{"description":"Mapped fields by API name; each value is an empty object. Map Id and SystemModstamp (CreatedDate for history objects); compound address and geolocation fields and base64 fields cannot be mapped (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#missing-id-field).","type":"object","additionalProperties":{"type":"object"}},"indexes":{"description":"Postgres indexes Heroku Connect creates, by field API name. Every indexed field must be mapped in fields (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#index-unmapped-field).","type":"object","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"unique":{"type":"boolean"}}}},"upsert_field":{"description":"The unique External ID field that read_write mappings match records on. It must be mapped in fields and be both External ID and Unique in Salesforce (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#upsert-field).","type":["string","null"]},"applied_at":{"type":"string","format":"date-time"},"revision":{"description":"Configuration revision, present in Heroku Connect API responses.","type":"integer"}}};
const func2 = ucs2length/* default */.A;
const func3 = Object.prototype.hasOwnProperty;

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_name"},message:"must have required property '"+"object_name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.config === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "object_name") || (key0 === "config"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.object_name !== undefined){
let data0 = data.object_name;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/object_name",schemaPath:"#/properties/object_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/object_name",schemaPath:"#/properties/object_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.config !== undefined){
let data1 = data.config;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.access === undefined){
const err5 = {instancePath:instancePath+"/config",schemaPath:"#/definitions/config/required",keyword:"required",params:{missingProperty: "access"},message:"must have required property '"+"access"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data1){
if(!(func3.call(schema13.properties, key1))){
const err6 = {instancePath:instancePath+"/config",schemaPath:"#/definitions/config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.access !== undefined){
let data2 = data1.access;
if(!((data2 === "read_only") || (data2 === "read_write"))){
const err7 = {instancePath:instancePath+"/config/access",schemaPath:"#/definitions/config/properties/access/enum",keyword:"enum",params:{allowedValues: schema13.properties.access.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.sf_notify_enabled !== undefined){
if(typeof data1.sf_notify_enabled !== "boolean"){
const err8 = {instancePath:instancePath+"/config/sf_notify_enabled",schemaPath:"#/definitions/config/properties/sf_notify_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.sf_polling_seconds !== undefined){
let data4 = data1.sf_polling_seconds;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/config/sf_polling_seconds",schemaPath:"#/definitions/config/properties/sf_polling_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.sf_max_daily_api_calls !== undefined){
let data5 = data1.sf_max_daily_api_calls;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err10 = {instancePath:instancePath+"/config/sf_max_daily_api_calls",schemaPath:"#/definitions/config/properties/sf_max_daily_api_calls/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/config/sf_max_daily_api_calls",schemaPath:"#/definitions/config/properties/sf_max_daily_api_calls/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data1.fields !== undefined){
let data6 = data1.fields;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key2 in data6){
let data7 = data6[key2];
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
const err12 = {instancePath:instancePath+"/config/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/config/properties/fields/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/config/fields",schemaPath:"#/definitions/config/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.indexes !== undefined){
let data8 = data1.indexes;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key3 in data8){
let data9 = data8[key3];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key4 in data9){
if(!(key4 === "unique")){
const err14 = {instancePath:instancePath+"/config/indexes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/config/properties/indexes/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data9.unique !== undefined){
if(typeof data9.unique !== "boolean"){
const err15 = {instancePath:instancePath+"/config/indexes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/unique",schemaPath:"#/definitions/config/properties/indexes/additionalProperties/properties/unique/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/config/indexes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/config/properties/indexes/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/config/indexes",schemaPath:"#/definitions/config/properties/indexes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.upsert_field !== undefined){
let data11 = data1.upsert_field;
if((typeof data11 !== "string") && (data11 !== null)){
const err18 = {instancePath:instancePath+"/config/upsert_field",schemaPath:"#/definitions/config/properties/upsert_field/type",keyword:"type",params:{type: schema13.properties.upsert_field.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data1.applied_at !== undefined){
let data12 = data1.applied_at;
if(typeof data12 === "string"){
if(!(formats0.validate(data12))){
const err19 = {instancePath:instancePath+"/config/applied_at",schemaPath:"#/definitions/config/properties/applied_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/config/applied_at",schemaPath:"#/definitions/config/properties/applied_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data1.revision !== undefined){
let data13 = data1.revision;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err21 = {instancePath:instancePath+"/config/revision",schemaPath:"#/definitions/config/properties/revision/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/config",schemaPath:"#/definitions/config/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/heroku-connect-action/heroku-connect-action/main/schema/heroku-connect-mappings.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mappings === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mappings"},message:"must have required property '"+"mappings"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "version") || (key0 === "connection")) || (key0 === "mappings"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.version !== undefined){
if(1 !== data.version){
const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.connection !== undefined){
let data1 = data.connection;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(((((((key1 === "app_name") || (key1 === "organization_id")) || (key1 === "exported_at")) || (key1 === "features")) || (key1 === "api_version")) || (key1 === "name")) || (key1 === "logplex_log_enabled"))){
const err3 = {instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.app_name !== undefined){
let data2 = data1.app_name;
if((typeof data2 !== "string") && (data2 !== null)){
const err4 = {instancePath:instancePath+"/connection/app_name",schemaPath:"#/properties/connection/properties/app_name/type",keyword:"type",params:{type: schema11.properties.connection.properties.app_name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.organization_id !== undefined){
let data3 = data1.organization_id;
if((typeof data3 !== "string") && (data3 !== null)){
const err5 = {instancePath:instancePath+"/connection/organization_id",schemaPath:"#/properties/connection/properties/organization_id/type",keyword:"type",params:{type: schema11.properties.connection.properties.organization_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.exported_at !== undefined){
let data4 = data1.exported_at;
if((typeof data4 !== "string") && (data4 !== null)){
const err6 = {instancePath:instancePath+"/connection/exported_at",schemaPath:"#/properties/connection/properties/exported_at/type",keyword:"type",params:{type: schema11.properties.connection.properties.exported_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
const err7 = {instancePath:instancePath+"/connection/exported_at",schemaPath:"#/properties/connection/properties/exported_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data1.features !== undefined){
let data5 = data1.features;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
if(typeof data5[key2] !== "boolean"){
const err8 = {instancePath:instancePath+"/connection/features/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/connection/properties/features/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/connection/features",schemaPath:"#/properties/connection/properties/features/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.api_version !== undefined){
let data7 = data1.api_version;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err10 = {instancePath:instancePath+"/connection/api_version",schemaPath:"#/properties/connection/properties/api_version/pattern",keyword:"pattern",params:{pattern: "^\\d{2,3}(\\.\\d+)?$"},message:"must match pattern \""+"^\\d{2,3}(\\.\\d+)?$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/connection/api_version",schemaPath:"#/properties/connection/properties/api_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.name !== undefined){
let data8 = data1.name;
if((typeof data8 !== "string") && (data8 !== null)){
const err12 = {instancePath:instancePath+"/connection/name",schemaPath:"#/properties/connection/properties/name/type",keyword:"type",params:{type: schema11.properties.connection.properties.name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.logplex_log_enabled !== undefined){
let data9 = data1.logplex_log_enabled;
if((typeof data9 !== "boolean") && (data9 !== null)){
const err13 = {instancePath:instancePath+"/connection/logplex_log_enabled",schemaPath:"#/properties/connection/properties/logplex_log_enabled/type",keyword:"type",params:{type: schema11.properties.connection.properties.logplex_log_enabled.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.mappings !== undefined){
let data10 = data.mappings;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(!(validate11(data10[i0], {instancePath:instancePath+"/mappings/" + i0,parentData:data10,parentDataProperty:i0,rootData}))){
if (vErrors === null) vErrors = validate11.errors; else for (const error of validate11.errors) vErrors.push(error);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/mappings",schemaPath:"#/properties/mappings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

;// CONCATENATED MODULE: ./src/lint/schema/validate-export-empty-fields.generated.js
// Generated by scripts/compile-schema.mjs from schema/heroku-connect-mappings.schema.json. Do not edit.


const validate_export_empty_fields_generated_validate = validate_export_empty_fields_generated_validate10;
/* harmony default export */ const validate_export_empty_fields_generated = ((/* unused pure expression or super */ null && (validate_export_empty_fields_generated_validate10)));
const validate_export_empty_fields_generated_schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/heroku-connect-action/heroku-connect-action/main/schema/heroku-connect-mappings.schema.json","title":"Heroku Connect mapping configuration","description":"The document that `heroku connect:export` writes and `heroku connect:import` reads. Each mapping's rules are documented at https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md.","type":"object","required":["mappings"],"additionalProperties":false,"properties":{"version":{"description":"Always 1: exports from Heroku Connect always carry version 1.","const":1},"connection":{"description":"The connection the file was exported from. Import does not need it; heroku-connect-action deploy rewrites its app_name, organization_id and name for the target connection. Its identity keys may be null or empty, as Heroku writes them for a connection not yet authorised.","type":"object","additionalProperties":false,"properties":{"app_name":{"type":["string","null"]},"organization_id":{"description":"The Salesforce org the connection was authorised to; null in the export of a connection not yet authorised.","type":["string","null"]},"exported_at":{"type":["string","null"],"format":"date-time"},"features":{"description":"Connection feature flags. Heroku adds new ones over time, so any boolean flag is accepted. cdc_for_accelerated_polling: accelerated polling through Change Data Capture rather than PushTopics.","type":"object","additionalProperties":{"type":"boolean"}},"api_version":{"description":"Salesforce API version, such as \"57.0\". Heroku Connect needs 39.0 or later for the Bulk API (rule api-version: https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#api-version).","type":"string","pattern":"^\\d{2,3}(\\.\\d+)?$"},"name":{"type":["string","null"]},"logplex_log_enabled":{"type":["boolean","null"]}}},"mappings":{"type":"array","items":{"$ref":"#/definitions/mapping"}}},"definitions":{"mapping":{"type":"object","required":["object_name","config"],"additionalProperties":false,"properties":{"object_name":{"description":"The Salesforce object's API name, such as Account or ns__Thing__c. Each object can be mapped once per connection; big objects (__b), platform events (__e), custom metadata types (__mdt) and external objects (__x) cannot be mapped (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#duplicate-mapping).","type":"string","minLength":1},"config":{"$ref":"#/definitions/config"}}},"config":{"type":"object","required":["access"],"additionalProperties":false,"properties":{"access":{"description":"read_only syncs Salesforce to Postgres; read_write also writes Postgres changes back, and needs an upsert_field (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#missing-upsert-field).","enum":["read_only","read_write"]},"sf_notify_enabled":{"description":"Accelerated polling through the Salesforce Streaming API: only for custom objects and the standard objects PushTopic queries support, unless the connection uses Change Data Capture (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#accelerated-polling).","type":"boolean"},"sf_polling_seconds":{"description":"Polling interval in seconds: whole minutes from 2 to 60, that is 120 to 3600 in steps of 60 (10 to 60 minutes on the demo plan, which the linter checks with --plan demo: https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#polling-interval).","type":"integer"},"sf_max_daily_api_calls":{"type":"integer","minimum":0},"fields":{"description":"Mapped fields by API name; each value is an empty object. Map Id and SystemModstamp (CreatedDate for history objects); compound address and geolocation fields and base64 fields cannot be mapped (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#missing-id-field).","type":"object"},"indexes":{"description":"Postgres indexes Heroku Connect creates, by field API name. Every indexed field must be mapped in fields (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#index-unmapped-field).","type":"object","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"unique":{"type":"boolean"}}}},"upsert_field":{"description":"The unique External ID field that read_write mappings match records on. It must be mapped in fields and be both External ID and Unique in Salesforce (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#upsert-field).","type":["string","null"]},"applied_at":{"type":"string","format":"date-time"},"revision":{"description":"Configuration revision, present in Heroku Connect API responses.","type":"integer"}}}}};
const validate_export_empty_fields_generated_formats0 = formats/* fullFormats */.U9["date-time"];
const validate_export_empty_fields_generated_pattern0 = new RegExp("^\\d{2,3}(\\.\\d+)?$", "u");
const validate_export_empty_fields_generated_schema12 = {"type":"object","required":["object_name","config"],"additionalProperties":false,"properties":{"object_name":{"description":"The Salesforce object's API name, such as Account or ns__Thing__c. Each object can be mapped once per connection; big objects (__b), platform events (__e), custom metadata types (__mdt) and external objects (__x) cannot be mapped (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#duplicate-mapping).","type":"string","minLength":1},"config":{"$ref":"#/definitions/config"}}};
const validate_export_empty_fields_generated_schema13 = {"type":"object","required":["access"],"additionalProperties":false,"properties":{"access":{"description":"read_only syncs Salesforce to Postgres; read_write also writes Postgres changes back, and needs an upsert_field (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#missing-upsert-field).","enum":["read_only","read_write"]},"sf_notify_enabled":{"description":"Accelerated polling through the Salesforce Streaming API: only for custom objects and the standard objects PushTopic queries support, unless the connection uses Change Data Capture (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#accelerated-polling).","type":"boolean"},"sf_polling_seconds":{"description":"Polling interval in seconds: whole minutes from 2 to 60, that is 120 to 3600 in steps of 60 (10 to 60 minutes on the demo plan, which the linter checks with --plan demo: https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#polling-interval).","type":"integer"},"sf_max_daily_api_calls":{"type":"integer","minimum":0},"fields":{"description":"Mapped fields by API name; each value is an empty object. Map Id and SystemModstamp (CreatedDate for history objects); compound address and geolocation fields and base64 fields cannot be mapped (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#missing-id-field).","type":"object"},"indexes":{"description":"Postgres indexes Heroku Connect creates, by field API name. Every indexed field must be mapped in fields (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#index-unmapped-field).","type":"object","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"unique":{"type":"boolean"}}}},"upsert_field":{"description":"The unique External ID field that read_write mappings match records on. It must be mapped in fields and be both External ID and Unique in Salesforce (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#upsert-field).","type":["string","null"]},"applied_at":{"type":"string","format":"date-time"},"revision":{"description":"Configuration revision, present in Heroku Connect API responses.","type":"integer"}}};
const validate_export_empty_fields_generated_func2 = ucs2length/* default */.A;
const validate_export_empty_fields_generated_func3 = Object.prototype.hasOwnProperty;

function validate_export_empty_fields_generated_validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_name"},message:"must have required property '"+"object_name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.config === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "object_name") || (key0 === "config"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.object_name !== undefined){
let data0 = data.object_name;
if(typeof data0 === "string"){
if(validate_export_empty_fields_generated_func2(data0) < 1){
const err3 = {instancePath:instancePath+"/object_name",schemaPath:"#/properties/object_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/object_name",schemaPath:"#/properties/object_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.config !== undefined){
let data1 = data.config;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.access === undefined){
const err5 = {instancePath:instancePath+"/config",schemaPath:"#/definitions/config/required",keyword:"required",params:{missingProperty: "access"},message:"must have required property '"+"access"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data1){
if(!(validate_export_empty_fields_generated_func3.call(validate_export_empty_fields_generated_schema13.properties, key1))){
const err6 = {instancePath:instancePath+"/config",schemaPath:"#/definitions/config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.access !== undefined){
let data2 = data1.access;
if(!((data2 === "read_only") || (data2 === "read_write"))){
const err7 = {instancePath:instancePath+"/config/access",schemaPath:"#/definitions/config/properties/access/enum",keyword:"enum",params:{allowedValues: validate_export_empty_fields_generated_schema13.properties.access.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.sf_notify_enabled !== undefined){
if(typeof data1.sf_notify_enabled !== "boolean"){
const err8 = {instancePath:instancePath+"/config/sf_notify_enabled",schemaPath:"#/definitions/config/properties/sf_notify_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.sf_polling_seconds !== undefined){
let data4 = data1.sf_polling_seconds;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/config/sf_polling_seconds",schemaPath:"#/definitions/config/properties/sf_polling_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.sf_max_daily_api_calls !== undefined){
let data5 = data1.sf_max_daily_api_calls;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err10 = {instancePath:instancePath+"/config/sf_max_daily_api_calls",schemaPath:"#/definitions/config/properties/sf_max_daily_api_calls/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/config/sf_max_daily_api_calls",schemaPath:"#/definitions/config/properties/sf_max_daily_api_calls/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data1.fields !== undefined){
let data6 = data1.fields;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
const err12 = {instancePath:instancePath+"/config/fields",schemaPath:"#/definitions/config/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.indexes !== undefined){
let data7 = data1.indexes;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
let data8 = data7[key2];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key3 in data8){
if(!(key3 === "unique")){
const err13 = {instancePath:instancePath+"/config/indexes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/config/properties/indexes/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data8.unique !== undefined){
if(typeof data8.unique !== "boolean"){
const err14 = {instancePath:instancePath+"/config/indexes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/unique",schemaPath:"#/definitions/config/properties/indexes/additionalProperties/properties/unique/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/config/indexes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/config/properties/indexes/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/config/indexes",schemaPath:"#/definitions/config/properties/indexes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.upsert_field !== undefined){
let data10 = data1.upsert_field;
if((typeof data10 !== "string") && (data10 !== null)){
const err17 = {instancePath:instancePath+"/config/upsert_field",schemaPath:"#/definitions/config/properties/upsert_field/type",keyword:"type",params:{type: validate_export_empty_fields_generated_schema13.properties.upsert_field.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.applied_at !== undefined){
let data11 = data1.applied_at;
if(typeof data11 === "string"){
if(!(validate_export_empty_fields_generated_formats0.validate(data11))){
const err18 = {instancePath:instancePath+"/config/applied_at",schemaPath:"#/definitions/config/properties/applied_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/config/applied_at",schemaPath:"#/definitions/config/properties/applied_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data1.revision !== undefined){
let data12 = data1.revision;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err20 = {instancePath:instancePath+"/config/revision",schemaPath:"#/definitions/config/properties/revision/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/config",schemaPath:"#/definitions/config/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate_export_empty_fields_generated_validate11.errors = vErrors;
return errors === 0;
}


function validate_export_empty_fields_generated_validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/heroku-connect-action/heroku-connect-action/main/schema/heroku-connect-mappings.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mappings === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mappings"},message:"must have required property '"+"mappings"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "version") || (key0 === "connection")) || (key0 === "mappings"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.version !== undefined){
if(1 !== data.version){
const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.connection !== undefined){
let data1 = data.connection;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(((((((key1 === "app_name") || (key1 === "organization_id")) || (key1 === "exported_at")) || (key1 === "features")) || (key1 === "api_version")) || (key1 === "name")) || (key1 === "logplex_log_enabled"))){
const err3 = {instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.app_name !== undefined){
let data2 = data1.app_name;
if((typeof data2 !== "string") && (data2 !== null)){
const err4 = {instancePath:instancePath+"/connection/app_name",schemaPath:"#/properties/connection/properties/app_name/type",keyword:"type",params:{type: validate_export_empty_fields_generated_schema11.properties.connection.properties.app_name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.organization_id !== undefined){
let data3 = data1.organization_id;
if((typeof data3 !== "string") && (data3 !== null)){
const err5 = {instancePath:instancePath+"/connection/organization_id",schemaPath:"#/properties/connection/properties/organization_id/type",keyword:"type",params:{type: validate_export_empty_fields_generated_schema11.properties.connection.properties.organization_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.exported_at !== undefined){
let data4 = data1.exported_at;
if((typeof data4 !== "string") && (data4 !== null)){
const err6 = {instancePath:instancePath+"/connection/exported_at",schemaPath:"#/properties/connection/properties/exported_at/type",keyword:"type",params:{type: validate_export_empty_fields_generated_schema11.properties.connection.properties.exported_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data4 === "string"){
if(!(validate_export_empty_fields_generated_formats0.validate(data4))){
const err7 = {instancePath:instancePath+"/connection/exported_at",schemaPath:"#/properties/connection/properties/exported_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data1.features !== undefined){
let data5 = data1.features;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
if(typeof data5[key2] !== "boolean"){
const err8 = {instancePath:instancePath+"/connection/features/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/connection/properties/features/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/connection/features",schemaPath:"#/properties/connection/properties/features/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.api_version !== undefined){
let data7 = data1.api_version;
if(typeof data7 === "string"){
if(!validate_export_empty_fields_generated_pattern0.test(data7)){
const err10 = {instancePath:instancePath+"/connection/api_version",schemaPath:"#/properties/connection/properties/api_version/pattern",keyword:"pattern",params:{pattern: "^\\d{2,3}(\\.\\d+)?$"},message:"must match pattern \""+"^\\d{2,3}(\\.\\d+)?$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/connection/api_version",schemaPath:"#/properties/connection/properties/api_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.name !== undefined){
let data8 = data1.name;
if((typeof data8 !== "string") && (data8 !== null)){
const err12 = {instancePath:instancePath+"/connection/name",schemaPath:"#/properties/connection/properties/name/type",keyword:"type",params:{type: validate_export_empty_fields_generated_schema11.properties.connection.properties.name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.logplex_log_enabled !== undefined){
let data9 = data1.logplex_log_enabled;
if((typeof data9 !== "boolean") && (data9 !== null)){
const err13 = {instancePath:instancePath+"/connection/logplex_log_enabled",schemaPath:"#/properties/connection/properties/logplex_log_enabled/type",keyword:"type",params:{type: validate_export_empty_fields_generated_schema11.properties.connection.properties.logplex_log_enabled.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.mappings !== undefined){
let data10 = data.mappings;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(!(validate_export_empty_fields_generated_validate11(data10[i0], {instancePath:instancePath+"/mappings/" + i0,parentData:data10,parentDataProperty:i0,rootData}))){
if (vErrors === null) vErrors = validate_export_empty_fields_generated_validate11.errors; else for (const error of validate_export_empty_fields_generated_validate11.errors) vErrors.push(error);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/mappings",schemaPath:"#/properties/mappings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate_export_empty_fields_generated_validate10.errors = vErrors;
return errors === 0;
}

// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
;// CONCATENATED MODULE: ./src/lint/schema/check.ts






/**
 * Checks a parsed document against the export format and says, for each break, what to write
 * instead. Only the first `limit` breaks are described: a hostile file can hold hundreds of
 * thousands, and no more than a file's share of findings is ever shown.
 */
function checkSchema(document, limit = Infinity, emptyValued) {
    const emptyFields = emptyValued !== undefined && fieldValuesAllEmpty(document, emptyValued);
    if ((emptyFields ? validate_export_empty_fields_generated_validate : validate)(document))
        return { reports: [], omitted: 0 };
    // A document that breaks the format is described by the full validator: run again only when it was not the one that ran.
    if (emptyFields)
        validate(document);
    const errors = validate.errors ?? [];
    // A type error on a value makes its sibling keyword errors (enum, format...) noise.
    const mistyped = new Set();
    for (const error of errors)
        if (error.keyword === 'type')
            mistyped.add(error.instancePath);
    const useful = errors.filter((error) => error.keyword === 'type' || !mistyped.has(error.instancePath));
    const described = useful.length > limit ? useful.slice(0, limit) : useful;
    return { reports: described.map((error) => toReport(error, document)), omitted: useful.length - described.length };
}
/**
 * Whether every mapping's `fields` is an object the parser proved to hold only `{}` values (or an
 * empty one): then the validator without the check of each field's value gives the same verdict.
 * Anything else (fields missing or of another type) is left to that validator, which still checks it.
 */
function fieldValuesAllEmpty(document, emptyValued) {
    const mappings = (0,json/* isRecord */.u4)(document) ? document.mappings : undefined;
    if (!Array.isArray(mappings))
        return true;
    for (const mapping of mappings) {
        const config = (0,json/* isRecord */.u4)(mapping) ? mapping.config : undefined;
        const fields = (0,json/* isRecord */.u4)(config) ? config.fields : undefined;
        if ((0,json/* isRecord */.u4)(fields) && !emptyValued.has(fields) && (0,json/* listKeys */.TH)(fields).length > 0)
            return false;
    }
    return true;
}
function toReport(error, document) {
    const path = (0,json/* parsePointer */.vp)(error.instancePath);
    const where = describePath(path);
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperty':
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const known = Object.keys(schemaAt(path).properties ?? {});
            return {
                path: [...path, key],
                at: 'key',
                message: `Unknown key "${(0,core_text/* excerpt */.Kb)(key)}" in ${where}: Heroku Connect does not know it.${(0,suggest/* didYouMean */.a)(key, known)}${known.length ? ` Known keys: ${known.join(', ')}.` : ''}`,
            };
        }
        case 'required':
            return { path, at: 'key', message: `${capitalise(where)} is missing the required key "${String(params.missingProperty)}".` };
        case 'type':
            return { path, message: `${capitalise(where)} must be ${article(String(params.type))}, not ${typeName(valueAt(path))}.` };
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const found = String(valueAt(path));
            return { path, message: `${capitalise(where)} must be one of ${allowed.map(quote).join(' or ')}, not ${quote((0,core_text/* excerpt */.Kb)(found))}.${(0,suggest/* didYouMean */.a)(found, allowed)}` };
        }
        case 'const':
            return { path, message: `${capitalise(where)} must be ${JSON.stringify(params.allowedValue)}: exports always carry version 1.` };
        case 'format':
            return { path, message: `${capitalise(where)} must be an ISO 8601 date-time such as "2023-02-14T01:40:34.070538Z".` };
        case 'pattern':
            return { path, message: `${capitalise(where)} must be a Salesforce API version such as "57.0".` };
        case 'minLength':
            return { path, message: `${capitalise(where)} must not be empty.` };
        case 'minimum':
            return { path, message: `${capitalise(where)} must be ${String(params.limit)} or more.` };
        default:
            return { path, message: `${capitalise(where)} ${error.message ?? 'is not valid'}.` };
    }
    function valueAt(target) {
        return target.reduce((node, segment) => node?.[segment], document);
    }
}
/**
 * The schema of the object at an instance path, followed through properties, items and $refs.
 * The validator's schemaPath is relative to the definition it was compiled from, so it cannot
 * tell a mapping's keys from the document's.
 */
function schemaAt(path) {
    const resolve = (node) => {
        if (typeof node !== 'object')
            return {};
        if (!node.$ref)
            return node;
        return node.$ref.replace(/^#\//, '').split('/').reduce((at, segment) => at[segment] ?? {}, heroku_connect_mappings_schema_namespaceObject);
    };
    let node = resolve(heroku_connect_mappings_schema_namespaceObject);
    for (const segment of path) {
        node = resolve(typeof segment === 'number' && node.items ? node.items : (node.properties?.[segment] ?? node.additionalProperties));
    }
    return node;
}
/** "config of mapping 3", "connection.api_version", "the document". */
function describePath(path) {
    if (path.length === 0)
        return 'the document';
    const key = path.at(-1);
    if (path[0] === 'mappings' && typeof path[1] === 'number') {
        const mapping = `mapping #${path[1] + 1}`;
        if (path.length === 2)
            return mapping;
        return `"${(0,core_text/* excerpt */.Kb)(path.slice(2).join('.'))}" of ${mapping}`;
    }
    return typeof key === 'number' ? `item ${key + 1} of "${(0,core_text/* excerpt */.Kb)(path.slice(0, -1).join('.'))}"` : `"${(0,core_text/* excerpt */.Kb)(path.join('.'))}"`;
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function quote(text) {
    return `"${text}"`;
}
function article(type) {
    const names = type.split(',').map((t) => ({ integer: 'a whole number', object: 'an object', array: 'an array', string: 'a string', boolean: 'true or false', null: 'null', number: 'a number' })[t] ?? t);
    return names.join(' or ');
}
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'number')
        return `the number ${value}`;
    if (typeof value === 'string')
        return `the string "${(0,core_text/* excerpt */.Kb)(value, 40)}"`;
    return typeof value === 'object' ? 'an object' : String(value);
}

// EXTERNAL MODULE: ./src/lint/levels.ts
var levels = __webpack_require__(5394);
// EXTERNAL MODULE: ./src/core/types.ts
var core_types = __webpack_require__(3054);
;// CONCATENATED MODULE: ./src/lint/engine.ts














function defaultLintOptions() {
    return { levels: resolveLevels(), describe: new DescribeIndex() };
}
/** Lints one file as discovery read it: `file` is the path shown in findings. */
async function lintFile(target, options) {
    const { file } = target;
    const source = (0,discover/* sourceOf */.vz)(target);
    if (!source.ok)
        return { file, findings: placeProblems(file, [source.problem], options), excerpts: new Map() };
    const findings = await lintText(file, source.text, (0,parse_source/* formatOf */.be)(file), options);
    // Taken now, while the text is at hand: the file's text is not kept for the report.
    const excerpts = lineExcerpts(source.text, findings);
    return { file, findings, excerpts: new Map(findings.map((finding, i) => [finding, excerpts[i]])) };
}
/** The rule that reports each kind of problem the reader and the parsers find: the one place they meet. */
const RULE_OF_PROBLEM = {
    unreadable: 'unreadable-file',
    'too-large': 'unreadable-file',
    'not-text': 'invalid-json',
    syntax: 'invalid-json',
    'too-deep': 'invalid-json',
    'duplicate-key': 'duplicate-key',
};
/** A file reports at most this many findings, the most severe first, and one more saying how many were left out. */
const MAX_FINDINGS_PER_FILE = parsed/* MAX_PROBLEMS_PER_FILE */.JG;
/** Lints a document's text: parse, check the format, run every enabled rule, then place the findings. */
async function lintText(file, text, format, options) {
    const parsed = await (0,parse/* parseSource */.P)(text, format);
    const findings = placeProblems(file, parsed.problems, options);
    if (parsed.value === undefined)
        return capped(file, findings, { count: parsed.omittedProblems, levels: new Set() }, options);
    const reports = [];
    const enabled = (id) => options.levels.get(id) !== 'off';
    // The schema's breaks beyond what a file can show are counted, not described.
    const schema = enabled('schema') ? checkSchema(parsed.value, MAX_FINDINGS_PER_FILE, parsed.emptyValued) : { reports: [], omitted: 0 };
    for (const report of schema.reports)
        reports.push(['schema', report]);
    const document = buildContext(parsed.value, options);
    for (const rule of rules/* RULES */.y) {
        if (!enabled(rule.id) || rule.scope !== 'document')
            continue;
        for (const report of rule.check(document))
            reports.push([rule.id, report]);
    }
    const mappingRules = rules/* RULES */.y.filter((rule) => rule.scope === 'mapping' && enabled(rule.id));
    for (const mapping of document.mappings) {
        const unreadable = fieldListUnreadable(mapping);
        for (const rule of mappingRules) {
            if (unreadable && rule.readsFieldList)
                continue;
            const found = rule.check(mapping);
            for (let i = 0; i < found.length; i++)
                reports.push([rule.id, found[i]]);
        }
    }
    // Placing costs per finding: only as many as can be shown are placed, the most severe first (a
    // stable sort keeps the rules' document order within a level).
    const levelOf = ([ruleId]) => core_types/* LEVEL_RANK */.YT[options.levels.get(ruleId)];
    const ranked = reports.length > MAX_FINDINGS_PER_FILE ? reports.sort((a, b) => levelOf(a) - levelOf(b)) : reports;
    const placed = ranked.slice(0, MAX_FINDINGS_PER_FILE);
    const unplaced = { count: parsed.omittedProblems + schema.omitted + ranked.length - placed.length, levels: new Set() };
    if (schema.omitted > 0)
        unplaced.levels.add(options.levels.get('schema'));
    for (let i = placed.length; i < ranked.length; i++)
        unplaced.levels.add(options.levels.get(ranked[i][0]));
    if (placed.length > 0) {
        const ranges = parsed.locate(placed.map(([, report]) => report));
        placed.forEach(([ruleId, report], index) => {
            const range = ranges[index];
            // A value a YAML merge key brings in is placed where it is written: the note names the mapping it reaches.
            const message = range.note === undefined ? report.message : `${report.message} ${range.note}`;
            const finding = { ...toFinding(file, ruleId, message, range, options), ...subjectOf(report.path, document) };
            findings.push(finding);
            if (report.fix) {
                if (rules/* RULES_BY_ID */.k.get(ruleId)?.fixable === undefined)
                    throw new Error(`Internal error: rule ${ruleId} reported a fix without declaring itself fixable.`);
                options.fixes?.set(finding, report.fix);
            }
        });
    }
    return capped(file, findings, unplaced, options);
}
/** The findings in file order, at most MAX_FINDINGS_PER_FILE of them (the most severe kept), and a count of the rest. */
function capped(file, findings, omitted, options) {
    const byPlace = (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
    if (findings.length <= MAX_FINDINGS_PER_FILE && omitted.count === 0)
        return findings.sort(byPlace);
    const kept = findings.sort((a, b) => core_types/* LEVEL_RANK */.YT[a.level] - core_types/* LEVEL_RANK */.YT[b.level] || byPlace(a, b)).slice(0, MAX_FINDINGS_PER_FILE);
    const left = findings.length - kept.length + omitted.count;
    const levels = new Set([...findings.slice(kept.length).map((finding) => finding.level), ...omitted.levels]);
    kept.sort(byPlace);
    if (options.levels.get('too-many-findings') === 'off')
        return kept;
    const message = `This file has ${(0,core_text/* formatCount */.B4)(left)} more finding${left === 1 ? '' : 's'} than the ${(0,core_text/* formatCount */.B4)(MAX_FINDINGS_PER_FILE)} shown` +
        `${levels.size > 0 ? ` (${[...levels].join(', ')})` : ''}: the most severe are kept. Fix these and lint again to see the rest.`;
    return [toFinding(file, 'too-many-findings', message, parsed/* DOCUMENT_START */.Bv, options), ...kept];
}
function placeProblems(file, problems, options) {
    return problems
        .filter((problem) => options.levels.get(RULE_OF_PROBLEM[problem.kind]) !== 'off')
        .map((problem) => toFinding(file, RULE_OF_PROBLEM[problem.kind], problem.message, problem.range, options));
}
function toFinding(file, ruleId, message, range, options) {
    const level = options.levels.get(ruleId);
    if (level === undefined || level === 'off')
        throw new Error(`Internal error: rule ${ruleId} reported while not enabled.`);
    return {
        ruleId,
        level,
        message,
        file,
        line: range.start.line,
        column: range.start.column,
        ...(range.end && { endLine: range.end.line, endColumn: range.end.column }),
    };
}
/** The mapping (and field) a report's path is in, so a configured ignore can name them. */
function subjectOf(path, document) {
    if (path[0] !== 'mappings' || typeof path[1] !== 'number')
        return {};
    const raw = (0,json/* isRecord */.u4)(document.root) && Array.isArray(document.root.mappings) ? document.root.mappings[path[1]] : undefined;
    const object = (0,json/* isRecord */.u4)(raw) && typeof raw.object_name === 'string' && raw.object_name !== '' ? raw.object_name : undefined;
    if (object === undefined)
        return {};
    const field = path[2] === 'config' && (path[3] === 'fields' || path[3] === 'indexes') && typeof path[4] === 'string' ? path[4] : undefined;
    return { object, ...(field !== undefined && { field }) };
}
function buildContext(root, options) {
    const rawMappings = (0,json/* isRecord */.u4)(root) && Array.isArray(root.mappings) ? root.mappings : [];
    const connection = (0,json/* isRecord */.u4)(root) && (0,json/* isRecord */.u4)(root.connection) ? root.connection : {};
    const apiVersion = typeof connection.api_version === 'string' && /^\d{2,3}(\.\d+)?$/.test(connection.api_version) ? Number(connection.api_version) : undefined;
    const document = {
        root,
        mappings: [],
        mappingCount: rawMappings.length,
        connection: { ...(apiVersion !== undefined && { apiVersion }), features: (0,json/* isRecord */.u4)(connection.features) ? connection.features : {} },
        ...(options.herokuPlan && { herokuPlan: options.herokuPlan }),
        hasDescribe: options.describe.size > 0,
    };
    rawMappings.forEach((raw, index) => {
        // An invalid API name is invalid-api-name's finding alone: no other rule reasons about an object or field that cannot exist.
        if (!(0,json/* isRecord */.u4)(raw) || typeof raw.object_name !== 'string' || !(0,api_name/* isValidApiName */._6)(raw.object_name))
            return;
        const config = (0,json/* isRecord */.u4)(raw.config) ? raw.config : undefined;
        const mapping = {
            index,
            path: ['mappings', index],
            objectName: raw.object_name,
            config,
            fields: config && (0,json/* isRecord */.u4)(config.fields) ? validFieldNames(config.fields) : undefined,
            indexes: config && (0,json/* isRecord */.u4)(config.indexes) ? config.indexes : undefined,
            access: config?.access === 'read_only' || config?.access === 'read_write' ? config.access : undefined,
            facts: (0,resolve/* factsFor */.x)(raw.object_name, options.describe.get(raw.object_name)),
            document,
        };
        document.mappings.push(mapping);
    });
    return document;
}
/**
 * Whether the schema rule reports the mapping's field list as unreadable: no config object, or a
 * `fields` that is there but not an object. A config without `fields` maps nothing, which is readable.
 */
function fieldListUnreadable(mapping) {
    return mapping.config === undefined || (mapping.fields === undefined && mapping.config.fields !== undefined);
}
/** The field names as they are when all are valid (the usual case, with no copy), else the valid ones. */
function validFieldNames(fields) {
    const { names, allValid } = (0,api_name/* fieldNames */.pi)(fields);
    return allValid ? names : names.filter(api_name/* isValidApiName */._6);
}

;// CONCATENATED MODULE: ./src/lint/suppress.ts
const UNUSED_IGNORE_RULE = 'unused-ignore';
/**
 * Splits the findings into those reported and those an ignore entry silences, and adds a warning for
 * each entry that silenced nothing: a stale ignore would otherwise hide the next real finding.
 */
function applyIgnores(findings, ignores) {
    if (ignores.length === 0)
        return { findings: [...findings], suppressed: [], unused: [] };
    // Keyed by rule, object and field (none: the whole mapping), so matching costs two lookups per
    // finding whatever the number of entries. Of entries with the same key only the first can match.
    const firstOf = new Map();
    ignores.forEach((entry, order) => {
        const key = ignoreKey(entry.rule, entry.object, entry.field);
        if (!firstOf.has(key))
            firstOf.set(key, { entry, order });
    });
    const used = new Set();
    const kept = [];
    const suppressed = [];
    for (const finding of findings) {
        const entry = finding.object === undefined ? undefined : matchingEntry(firstOf, finding.ruleId, finding.object, finding.field);
        if (entry) {
            used.add(entry);
            suppressed.push({ ...finding, justification: entry.reason });
        }
        else {
            kept.push(finding);
        }
    }
    const unused = ignores
        .filter((entry) => !used.has(entry))
        .map((entry) => ({
        ruleId: UNUSED_IGNORE_RULE,
        level: 'warning',
        message: `This ignore entry (rule "${entry.rule}", object "${entry.object}"${entry.field === undefined ? '' : `, field "${entry.field}"`}) matches no finding: remove it, or correct its rule, object or field.`,
        file: entry.file,
        line: entry.line,
        column: entry.column,
    }));
    return { findings: kept, suppressed, unused };
}
function ignoreKey(rule, object, field) {
    // JSON keeps any names apart, whatever characters they hold.
    return JSON.stringify(field === undefined ? [rule, object] : [rule, object, field]);
}
/** The entry written first of those that cover the finding: one for its whole mapping, or one for its field. */
function matchingEntry(firstOf, rule, object, field) {
    const whole = firstOf.get(ignoreKey(rule, object, undefined));
    const exact = field === undefined ? undefined : firstOf.get(ignoreKey(rule, object, field));
    if (whole && exact)
        return whole.order < exact.order ? whole.entry : exact.entry;
    return (whole ?? exact)?.entry;
}

;// CONCATENATED MODULE: ./src/lint/run.ts









/**
 * Finds the files, gathers describe data, lints every file, and totals the findings. Each file is
 * linted as discovery reads it, so that a folder's bytes are never all held; only a live describe,
 * which asks Salesforce about every mapped object first, reads them all before the lint.
 */
async function runLint(request) {
    const given = request.given ?? [];
    const scope = { root: request.root, namedMayLeaveRoot: request.namedMayLeaveRoot ?? false };
    const searches = !(given.length > 0 && request.patterns.length === 0);
    const kept = (target) => !request.select || request.select(target);
    const collected = collector();
    let found = 0;
    let options;
    let end = { unmatched: [], searched: [] };
    const describes = [];
    const lint = async (target) => {
        if (looksLikeDescribe(target, await collected.lint(target, options)))
            describes.push(target.file);
    };
    if (request.live) {
        const { targets: discovered, ...discoveryEnd } = searches ? await (0,discover/* discover */.k4)(scope, request.patterns) : { targets: [], ...end };
        end = discoveryEnd;
        found = discovered.length;
        const targets = [...discovered.filter(kept), ...given];
        options = await lintOptions(request, targets);
        for (const target of targets)
            await lint(target);
    }
    else {
        options = await lintOptions(request, []);
        if (searches) {
            end = await (0,discover/* discoverEach */.r8)(scope, request.patterns, async (target) => {
                found++;
                if (kept(target))
                    await lint(target);
            });
        }
        for (const target of given)
            await lint(target);
    }
    if (end.gitignoreNotApplied)
        request.log.warning(end.gitignoreNotApplied);
    // A forgotten actions/checkout, a wrong path or a mistyped glob must not pass green.
    if (found + given.length === 0 || end.unmatched.length > 0)
        throw nothingFound(request, end);
    describeHint(request, describes);
    return { ...totals(collected, request.ignores), options };
}
async function lintOptions(request, targets) {
    return {
        levels: request.levels,
        describe: await gatherDescribes(request, targets),
        ...(request.herokuPlan && { herokuPlan: request.herokuPlan }),
        ...(request.fixes && { fixes: request.fixes }),
    };
}
/**
 * The error when a pattern matched nothing, or nothing was found at all: each pattern as given and
 * the folder it was resolved to, in the words of the CLI (paths on the command line) or of the
 * action (the files input).
 */
function nothingFound(request, end) {
    const cli = request.namedMayLeaveRoot ?? false;
    const folderOf = (pattern) => end.searched.find((search) => search.pattern === pattern)?.folder ?? external_node_path_default().resolve(request.root, pattern);
    const what = (pattern) => {
        if (pattern === discover/* WHOLE_ROOT */.b$)
            return `${cli ? 'no path was given, and' : 'the files input is empty, and'} ${request.root} holds no mapping file`;
        const folder = folderOf(pattern);
        const named = external_node_path_default().resolve(request.root, pattern);
        return named === folder ? `"${pattern}" holds no mapping file (searched ${folder})` : `"${pattern}" matched no mapping file (searched ${folder} for it)`;
    };
    const patterns = end.unmatched.length > 0 ? end.unmatched : end.searched.map((search) => search.pattern);
    const where = patterns.map(what).join('; ');
    const skipped = 'node_modules, .git, hidden folders and what .gitignore ignores are not searched';
    const advice = cli
        ? `Check the paths, relative to ${request.root}, and quote a glob ('heroku-connect/**/*.json') so that the shell passes it as written.`
        : 'Check the files input (paths and globs relative to the workspace), and that the repository is checked out (actions/checkout) before this step.';
    return new errors/* ConfigurationError */.j1(`No mapping file found: ${where} (${skipped}). ${advice}`);
}
/** A describe's list of fields (an sObject describe, or the sf CLI's output of one) or of objects (a global describe). */
const DESCRIBE_LIST = /"(?:fields|sobjects)"\s*:\s*\[/;
/** Whether a file with findings is a Salesforce describe rather than a mapping file: looked at only then, so a clean lint never pays for it. */
function looksLikeDescribe(target, result) {
    return result.findings.length > 0 && target.content.ok && !(0,discover/* looksLikeMappingBytes */.zR)(target.content.bytes) && DESCRIBE_LIST.test(target.content.bytes.toString('latin1'));
}
/**
 * Describes linted as mapping files get "no mappings" findings that say nothing of the likely
 * cause: an unquoted `--describe *.json` that the shell expanded into many paths, of which all but
 * the first became files to lint. Said once, naming the files.
 */
function describeHint(request, files) {
    if (files.length === 0)
        return;
    const shown = files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more` : files.join(', ');
    const meant = request.namedMayLeaveRoot
        ? `If they were meant for --describe, quote its glob so that the shell passes it as written (--describe 'describe/*.json'), or give --describe once per file.`
        : 'If they were meant as describe snapshots, name them in the describe input instead of files.';
    request.log.warning(`${shown} ${files.length === 1 ? 'looks like a Salesforce describe' : 'look like Salesforce describes'}, not mapping files, and ${files.length === 1 ? 'was' : 'were'} linted as mapping files. ${meant}`);
}
/** Lints targets read already, and totals their findings. */
async function lintTargets(targets, options, ignores = []) {
    const collected = collector();
    for (const target of targets)
        await collected.lint(target, options);
    return totals(collected, ignores);
}
/** What the totals need of each file linted, kept as the files are linted one by one. */
function collector() {
    const linted = [];
    const files = [];
    const excerpts = new Map();
    const lint = async (target, options) => {
        const result = await lintFile(target, options);
        linted.push({ file: result.file, findings: result.findings });
        for (const [finding, excerpt] of result.excerpts)
            excerpts.set(finding, excerpt);
        files.push({ file: target.file, absolutePath: target.absolutePath, confinedTo: target.confinedTo });
        return result;
    };
    return { linted, files, excerpts, lint };
}
function totals({ linted, files, excerpts }, ignores = []) {
    const { findings: kept, suppressed, unused, } = applyIgnores(linted.flatMap((result) => result.findings), ignores);
    const keep = new Set(suppressed.length > 0 ? kept : []);
    const results = suppressed.length === 0 ? linted : linted.map((result) => ({ file: result.file, findings: result.findings.filter((finding) => keep.has(finding)) }));
    // A stale ignore is a warning in the configuration file, listed like a file's findings.
    if (unused.length > 0)
        results.push({ file: unused[0].file, findings: unused });
    return withTotals({ results, findings: [...kept, ...unused], suppressed, counts: { error: 0, warning: 0, notice: 0 }, files, excerpts });
}
/** `--quiet`: errors only; warnings and notices are neither shown nor counted. */
function errorsOnly(run) {
    const isError = (finding) => finding.level === 'error';
    return withTotals({
        ...run,
        results: run.results.map((result) => ({ ...result, findings: result.findings.filter(isError) })),
        findings: run.findings.filter(isError),
        suppressed: run.suppressed.filter(isError),
    });
}
function withTotals(run) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const finding of run.findings)
        counts[finding.level]++;
    return { ...run, counts };
}
function reachesFailOn(counts, failOn) {
    if (failOn === 'never')
        return false;
    return Object.keys(counts).some((level) => counts[level] > 0 && core_types/* LEVEL_RANK */.YT[level] <= core_types/* LEVEL_RANK */.YT[failOn]);
}
async function gatherDescribes(request, targets) {
    // The describe loader (and the glob library it needs) is loaded only when describe files are named.
    const index = request.describePatterns.length > 0
        ? await (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(23)]).then(__webpack_require__.bind(__webpack_require__, 4023))).loadDescribeFiles(request.describePatterns, request.root, request.namedMayLeaveRoot ?? false)
        : new types/* DescribeIndex */.q();
    if (!request.live)
        return index;
    const { objectNames, apiVersion } = await mappedObjects(targets);
    const wanted = objectNames.filter((name) => !index.get(name)?.fields);
    if (wanted.length === 0)
        return index;
    // The Salesforce client is loaded only for a live describe: a lint of files makes no request.
    const { DEFAULT_API_VERSION, fetchDescribes } = await __webpack_require__.e(/* import() */ 712).then(__webpack_require__.bind(__webpack_require__, 5712));
    const live = await fetchDescribes({ ...request.live, objectNames: wanted, ...(apiVersion && { apiVersion }), log: request.log });
    // Names never asked for (not API names, or past the cap) are not answers.
    if (live.missing.length > 0 && live.missing.length === wanted.length - live.notAsked.length) {
        throw new errors/* ConfigurationError */.j1(`Salesforce answered "not found" for every mapped object (${live.missing.join(', ')}). Check salesforce-instance-url and that the org supports API version ${apiVersion ?? DEFAULT_API_VERSION}.`);
    }
    for (const name of wanted) {
        const described = live.index.get(name);
        if (described)
            index.add(described);
    }
    return index;
}
/** The object names (and the API version) of the mapping files, read leniently: lint reports what is broken. */
async function mappedObjects(targets) {
    const names = new Set();
    let apiVersion;
    for (const target of targets) {
        // An unreadable or malformed file gets its own finding from the lint; it adds no object names.
        const source = (0,discover/* sourceOf */.vz)(target);
        if (!source.ok)
            continue;
        const value = (await (0,parse/* parseSource */.P)(source.text, (0,parse_source/* formatOf */.be)(target.file))).value;
        const mappings = Array.isArray(value?.mappings) ? value.mappings : [];
        for (const mapping of mappings) {
            const name = mapping?.object_name;
            if (typeof name === 'string')
                names.add(name);
        }
        if (typeof value?.connection?.api_version === 'string')
            apiVersion ??= value.connection.api_version;
    }
    return { objectNames: [...names], ...(apiVersion && { apiVersion }) };
}


/***/ })

};

//# sourceMappingURL=17.index.js.map