export const id = 931;
export const ids = [931];
export const modules = {

/***/ 2931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  operationCommand: () => (/* binding */ operationCommand)
});

// EXTERNAL MODULE: ./src/interface/inputs/read.ts + 2 modules
var read = __webpack_require__(1954);
// EXTERNAL MODULE: ./src/clients/connect/client.ts
var client = __webpack_require__(646);
// EXTERNAL MODULE: ./src/clients/connect/discovery.ts
var discovery = __webpack_require__(5771);
// EXTERNAL MODULE: ./src/clients/connect/resolve.ts
var resolve = __webpack_require__(61);
// EXTERNAL MODULE: ./src/clients/connect/types.ts + 1 modules
var types = __webpack_require__(6859);
// EXTERNAL MODULE: ./src/core/api-name.ts
var api_name = __webpack_require__(8783);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/errors.ts + 1 modules
var errors = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/core/http/clock.ts
var http_clock = __webpack_require__(2054);
// EXTERNAL MODULE: ./src/core/trust/event.ts
var trust_event = __webpack_require__(3914);
// EXTERNAL MODULE: ./src/live/deploy/lifecycle.ts
var lifecycle = __webpack_require__(8780);
// EXTERNAL MODULE: ./src/live/deploy/wait.ts + 1 modules
var wait = __webpack_require__(9775);
;// CONCATENATED MODULE: ./src/live/lifecycle/operate.ts











/** Each operator command's operation: recover is restart by the other name the Heroku CLI gives it. */
const OPERATION_OF = { pause: 'pause', resume: 'resume', restart: 'restart', recover: 'restart', reload: 'reload' };
/** The request of `command` from its inputs and the environment, the same from the CLI and the action: the discovery server, and the event a live change is refused on. */
function operationRequest(command, inputs, env) {
    return { ...inputs, operation: OPERATION_OF[command], discoveryServer: (0,discovery/* discoveryServerOf */.D)(env), ...(env.GITHUB_EVENT_NAME && { eventName: env.GITHUB_EVENT_NAME }) };
}
/**
 * Runs one operator command: the pre-check of the state, the action, and the wait (within
 * wait-timeout) for the state that shows it took effect. It does not throw: the record's `error`
 * says why it failed, so outputs and the summary can still be written.
 */
async function runOperation(request, log, deps = {}) {
    const clock = deps.clock ?? http_clock/* systemClock */.ml;
    const redact = (0,errors/* redactor */.$p)(request.apiKey, '[HEROKU_API_KEY]');
    const safeLog = {
        info: (message) => log.info(redact(message)),
        warning: (message) => log.warning(redact(message)),
        ...(log.status && { status: (message) => log.status(redact(message)) }),
    };
    const started = clock.now();
    const record = { operation: request.operation, app: request.app, mappingStates: {}, steps: [], elapsedMs: 0 };
    try {
        await operate(request, record, safeLog, deps, started);
    }
    catch (error) {
        // The waits fail with the deploy's kind of error; here no deploy ran: Heroku Connect did not show the command's effect.
        const failure = error instanceof errors/* DeployFailure */.Qt ? new errors/* RemoteFailure */.p3('Heroku Connect', 'answered', error.message) : error;
        record.error = (0,errors/* redactedError */.JM)(failure, redact);
    }
    record.elapsedMs = clock.now() - started;
    return record;
}
async function operate(request, record, log, deps, started) {
    const { app, operation } = request;
    (0,trust_event/* refuseLiveChangeOnPullRequest */.Cp)(request.eventName, operation);
    const names = operation === 'reload' ? reloadNames(request) : [];
    const clock = deps.clock ?? http_clock/* systemClock */.ml;
    const deadline = clock.now() + request.waitTimeoutSeconds * 1000;
    const api = (0,client/* connectApi */.Xm)({ ...deps, apiKey: request.apiKey, discoveryServer: request.discoveryServer, clock, log, deadline: deadline + wait/* LAST_POLL_GRACE_MS */.fJ });
    const connection = await (0,resolve/* findConnection */.C)(api, app, request.resource, log);
    record.resource = connection.resource_name;
    const observe = (detail) => {
        record.connectionState = detail.state;
        record.apiVersion = (0,types/* liveApiVersion */.xv)(detail) ?? record.apiVersion;
        for (const mapping of detail.mappings)
            if (names.some((name) => name.toLowerCase() === mapping.object_name.toLowerCase()))
                record.mappingStates[mapping.object_name] = mapping.state;
    };
    const poll = { poll: () => (0,client/* readDetail */.on)(api, connection), clock, intervalMs: request.pollIntervalSeconds * 1000, deadline, app, log, onPoll: observe };
    let detail = await (0,client/* readDetail */.on)(api, connection);
    observe(detail);
    record.stateBefore = detail.state;
    log.info(`Connection "${connection.resource_name}" of app "${app}": ${detail.state}, ${detail.mappings.length} mapping(s).`);
    const context = { api, connection, poll, log, steps: record.steps, started };
    switch (operation) {
        case 'pause':
            if (detail.state === 'IMPORT_CONFIGURATION') {
                log.info('An import is running on the connection; waiting for it to finish first.');
                detail = await (0,wait/* waitForRunningImport */.HC)(poll);
            }
            if (detail.state !== 'IDLE')
                refuse(`A connection can only be paused when it is IDLE; it is ${detail.state}.`, `Pause it once it is IDLE (heroku connect:info -a ${app} shows its state).`);
            detail = await (0,lifecycle/* pause */.v7)(context);
            break;
        case 'resume':
            if (detail.state !== 'PAUSED')
                refuse(`Only a PAUSED connection can be resumed; it is ${detail.state}.`, detail.state === 'IDLE' ? 'It is already running.' : `For a connection in an error state, restart it: heroku-connect-action restart --app ${app}.`);
            detail = await (0,lifecycle/* resume */.U)(context);
            break;
        case 'restart':
            if (detail.state === 'PAUSED')
                refuse('The connection is PAUSED: a restart does not resume it.', `Resume it instead: heroku-connect-action resume --app ${app}.`);
            detail = await (0,lifecycle/* resume */.U)(context, 'restart');
            break;
        case 'reload':
            detail = await (0,lifecycle/* reload */.yQ)(context, reloadable(detail, names, app));
            break;
    }
    observe(detail);
    log.info(`${operation}: done; the connection is ${detail.state}.`);
}
/** Nothing was sent: the state does not allow the command. */
function refuse(why, remedy) {
    throw new errors/* ConfigurationError */.j1(`${why} Nothing was sent. ${remedy}`);
}
/** The mappings to reload, checked before anything is read: API names, and the confirmation that their tables may be emptied. */
function reloadNames(request) {
    const names = [...new Set(request.mappings ?? [])];
    if (names.length === 0)
        throw new errors/* ConfigurationError */.j1('reload needs the object name of each mapping to reload, such as: reload Account --app <app> --confirm <app>.');
    for (const name of names) {
        const problem = (0,api_name/* apiNameProblem */.RD)(name);
        if (problem !== undefined)
            throw new errors/* ConfigurationError */.j1(`"${(0,core_text/* excerpt */.Kb)(name, 60)}" is not a Salesforce object name: ${problem}. Name each mapping by its object, such as Account or Property__c. Nothing was reloaded.`);
    }
    if (request.confirm !== request.app) {
        throw new errors/* ConfigurationError */.j1(`reload empties the table of ${names.join(', ')} and loads it again from Salesforce, so it needs a confirmation: pass --confirm ${request.app} (the action's input confirm: ${request.app}). ` +
            `${request.confirm ? `"${(0,core_text/* excerpt */.Kb)(request.confirm, 60)}" is not the app's name. ` : ''}Nothing was reloaded.`);
    }
    return names;
}
/** The live mappings of those names; a name the connection has no mapping of is refused before any reload. */
function reloadable(detail, names, app) {
    const live = new Map(detail.mappings.map((mapping) => [mapping.object_name.toLowerCase(), mapping]));
    const missing = names.filter((name) => !live.has(name.toLowerCase()));
    if (missing.length > 0) {
        const known = detail.mappings.map((mapping) => mapping.object_name).join(', ') || 'none';
        refuse(`The connection has no mapping of ${missing.join(', ')} (its mappings: ${known}).`, `heroku connect:info -a ${app} lists them.`);
    }
    return names.map((name) => {
        const mapping = live.get(name.toLowerCase());
        if (mapping.id === undefined)
            refuse(`The ${mapping.object_name} mapping has no id in the connection's detail, so it cannot be reloaded.`, 'Reload it in the dashboard.');
        return mapping;
    });
}

// EXTERNAL MODULE: ./src/core/output/escape.ts
var output_escape = __webpack_require__(706);
// EXTERNAL MODULE: ./src/live/deploy/summary.ts
var summary = __webpack_require__(7748);
;// CONCATENATED MODULE: ./src/live/lifecycle/render.ts





function md(text) {
    return markdownText(clip(text, CELL_MAX_CHARS));
}
/** The operator command's one line: what it came to, on which connection, and after how long. */
function headline(record, mark) {
    const target = `${record.resource ? `connection ${mark(record.resource)} of ` : ''}app ${mark(record.app)}`;
    const took = (0,core_text/* formatDuration */.a3)(record.elapsedMs);
    if (record.error)
        return `${record.operation} on ${target} failed after ${took}: ${mark(record.error.message)}`;
    return `${record.operation} on ${target}: done in ${took}; the connection is ${mark(record.connectionState ?? 'unknown')}.`;
}
/** The job summary's section of an operator command: the outcome, each step with its times, and the states last seen. */
function operationMarkdown(record) {
    const lines = [`## Heroku Connect ${record.operation}`, '', `${record.error ? '\u274c' : '\u2705'} ${headline(record, (text) => `<code>${md(text)}</code>`)}`, ''];
    lines.push(...renderSteps(record.steps));
    if (record.stateBefore)
        lines.push(`State before: <code>${md(record.stateBefore)}</code>; last seen: <code>${md(record.connectionState ?? 'unknown')}</code>.`, '');
    if (record.apiVersion)
        lines.push(`Salesforce API version: <code>${md(record.apiVersion)}</code>`, '');
    for (const [name, state] of Object.entries(record.mappingStates))
        lines.push(`- <code>${md(name)}</code>: <code>${md(state)}</code>`);
    return `${lines.join('\n')}\n`;
}
/** The CLI's report on stdout (its progress went to stderr): the outcome and each step; the caller escapes it for the terminal. */
function operationText(record) {
    return [headline(record, (text) => text), ...record.steps.map((entry) => `  ${(0,lifecycle/* stepLine */.l6)(entry)}`), ''].join('\n');
}

// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/shared.ts
var shared = __webpack_require__(1145);
;// CONCATENATED MODULE: ./src/cli/operate.ts






/** `pause`, `resume`, `restart` (`recover`), `reload`: exit 1 when the command failed or its evidence did not come. */
function operationCommand(command) {
    return async (parsed, io) => {
        const inputs = (0,read/* readOperationInputs */.X4)((0,options/* cliSource */.kJ)(command, parsed, io.env), command);
        const record = await runOperation(operationRequest(command, inputs, io.env), operationLog(io), { ...(io.clock && { clock: io.clock }), ...(io.fetch && { fetch: io.fetch }) });
        io.stdout.write(operationText(record).split('\n').map(output_escape/* terminalText */.eR).join('\n'));
        if (record.error)
            throw record.error;
        return shared/* EXIT */.dc.ok;
    };
}
/** Lines on stderr and, on a terminal, the wait's heartbeat as one updating line, as the deploy's. */
function operationLog(io) {
    const progress = (0,shared/* stderrProgress */.WZ)(io);
    return {
        // The progress writer shows each line through terminalText.
        info: (message) => progress.line(message),
        warning: (message) => progress.line(`warning: ${message}`),
        ...(progress.status && { status: progress.status }),
    };
}


/***/ })

};

//# sourceMappingURL=931.index.js.map