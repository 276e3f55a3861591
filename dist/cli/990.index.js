export const id = 990;
export const ids = [990];
export const modules = {

/***/ 9990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployCommand: () => (/* binding */ deployCommand)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/action/inputs.ts
var action_inputs = __webpack_require__(1729);
// EXTERNAL MODULE: ./src/connect/client.ts
var client = __webpack_require__(6415);
// EXTERNAL MODULE: ./src/connect/resolve.ts
var resolve = __webpack_require__(562);
;// CONCATENATED MODULE: ./src/connect/states.ts
/**
 * What each connection and mapping state means for a deploy (research §3, django-heroku-connect's
 * groups, the devcenter state references). A state in neither table is unknown: the wait keeps going
 * and warns once, since Heroku adds states without notice.
 */
/** `{app}` in a remedy is replaced with the app name. */
const BLOCKED = {
    NEW: { meaning: 'the connection is not set up yet (no database or schema chosen)', remedy: 'Finish the setup in the dashboard (heroku addons:open herokuconnect -a {app}) or with heroku connect:db:set -a {app}.' },
    NEED_AUTHENTICATION: { meaning: 'the connection has not been authorized with Salesforce yet', remedy: 'Authorize it: heroku connect:sf:auth -a {app}.' },
    PAUSED: { meaning: 'the connection is paused (demo connections are paused after a period of inactivity)', remedy: 'Resume it: heroku connect:resume -a {app}.' },
    UNAUTHORIZED: { meaning: 'the Salesforce authorization has expired or was revoked', remedy: 'Reauthorize it: heroku connect:sf:auth -a {app}.' },
    HEROKU_UNAUTH: { meaning: 'Heroku Connect has lost its authorization to the app\'s Heroku Postgres database', remedy: 'Reauthorize Heroku in the dashboard: heroku addons:open herokuconnect -a {app}.' },
    DB_UNAVAILABLE: { meaning: 'Heroku Connect cannot reach the Postgres database', remedy: 'Check the database (heroku pg:info -a {app}), then resume the connection in the dashboard.' },
    SYSTEM_ERROR: { meaning: 'an unexpected error interrupted synchronization', remedy: 'Look at heroku connect:diagnose -a {app} and the logs, then resume synchronization in the dashboard.' },
    TOO_MANY_ROWS: { meaning: 'the connection is over the number of rows its license allows', remedy: 'Reduce the synchronized rows or upgrade the plan.' },
    INACTIVE_ORG: { meaning: 'the Salesforce organization is inactive', remedy: 'Reactivate the Salesforce org, or point the connection at an active one.' },
    SYSTEM_ON_ICE: { meaning: 'the demo connection was put on ice after a period of inactivity', remedy: 'Reactivate it in the dashboard: heroku addons:open herokuconnect -a {app}.' },
};
/** States in which the connection is busy but healthy: an import can be sent, and the wait goes on. */
const CONNECTION_WORKING = new Set(['IMPORT_CONFIGURATION', 'POLLING_DB_CHANGES', 'BUSY', 'RECOVERY']);
function judgeConnection(state, app) {
    if (state === 'IDLE')
        return { kind: 'idle' };
    if (CONNECTION_WORKING.has(state))
        return { kind: 'working' };
    const blocked = BLOCKED[state];
    if (blocked)
        return { kind: 'blocked', meaning: blocked.meaning, remedy: blocked.remedy.replaceAll('{app}', app) };
    return { kind: 'unknown' };
}
/**
 * DATA_SYNCED is the only settled healthy state; django's "OK" and "temporary error" groups are still
 * working after an import (a new or changed mapping passes through INITIAL, SCHEMA_CHANGED, RESYNC…).
 */
const MAPPING_WORKING = new Set([
    'INITIAL',
    'SCHEMA_CHANGED',
    'RESYNC',
    'RELOAD_TABLE',
    'RECOVERY',
    'POLLING_SF_CHANGES',
    'POLLING_SF_BULK',
    'POLLING_SF_FOR_DELETES',
    'WAIT_BULK_LOAD',
    'LOADING_BULK_JOB',
    'RESOLVE_EXTERNAL_IDS',
    'WAIT_BULK_UPDATE',
    'APPLYING_BULK_UPDATE',
    'POLL_EXTERNAL_IDS',
    'ABORTED',
]);
/** django-heroku-connect's permanent errors: they do not resolve by waiting. */
const MAPPING_FAILED = new Set(['BAD_CONFIG', 'SYSTEM_ERROR', 'DB_UNAVAILABLE', 'BULK_LOAD_ERROR', 'SYNC_REMOVED', 'INACTIVE_ORG', 'UNAUTHORIZED']);
function states_judgeMapping(state) {
    if (state === 'DATA_SYNCED')
        return 'synced';
    if (MAPPING_WORKING.has(state))
        return 'working';
    if (MAPPING_FAILED.has(state))
        return 'failed';
    return 'unknown';
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/http/clock.ts
var http_clock = __webpack_require__(8658);
// EXTERNAL MODULE: ./src/lint/run.ts + 8 modules
var lint_run = __webpack_require__(1069);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/deploy/backup.ts


/**
 * Writes the live configuration, exported just before the import, where the user can import it back:
 * the import only adds and changes mappings, so this file is the way to undo a deploy.
 * Returns the file's path.
 */
async function writeBackup(document, dir, app, resource, now) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const file = external_node_path_default().join(dir, `heroku-connect-backup-${safeName(app)}-${safeName(resource)}-${stamp}.json`);
    // The 4-space layout of heroku connect:export, so the backup diffs cleanly against an export.
    await (0,promises_.writeFile)(file, `${JSON.stringify(document, null, 4)}\n`);
    return file;
}
function safeName(name) {
    return name.replace(/[^A-Za-z0-9._-]+/g, '-') || 'connection';
}

// EXTERNAL MODULE: ./src/deploy/connection-section.ts
var connection_section = __webpack_require__(7065);
// EXTERNAL MODULE: ./src/deploy/document.ts
var deploy_document = __webpack_require__(7726);
;// CONCATENATED MODULE: ./src/deploy/wait.ts


/** Waits for an import someone else started (IMPORT_CONFIGURATION) to end, and returns the detail then. */
async function waitForRunningImport(options) {
    const started = options.clock.now();
    return pollUntil(options, [], (detail) => (detail.state === 'IMPORT_CONFIGURATION' ? undefined : detail), () => new errors/* DeployFailure */.Qt(`Another import was still running on the connection (IMPORT_CONFIGURATION) after ${wait_formatDuration(options.clock.now() - started)}; nothing was imported. ` +
        'Deploy again once it has finished, or raise wait-timeout.'));
}
/**
 * Waits until Heroku Connect has applied the import and every imported mapping has synced.
 *
 * The detail lags the import: right after it is accepted, the connection can still show IDLE and the
 * old mappings (research §4.1), so IDLE alone proves nothing. Success needs evidence that this import
 * was applied, any of: IMPORT_CONFIGURATION seen after the import; a mapping the file adds appearing;
 * every imported mapping that existed before showing a new `config.revision` or `config.applied_at`.
 * With evidence, the connection must be IDLE and every imported mapping DATA_SYNCED.
 *
 * It fails at once when the connection goes into an error state, or an imported mapping into a
 * permanent error state that is this import's: a mapping that already had that state before, with
 * the same revision, is still showing the old configuration, so it is waited on rather than blamed.
 */
async function waitForImport(before, objectNames, options) {
    const started = options.clock.now();
    const previous = byObject(before.mappings);
    let evidence;
    let last;
    return pollUntil(options, objectNames, (detail) => {
        last = detail;
        const current = byObject(detail.mappings);
        const imported = objectNames.map((name) => ({ name, now: current.get(name.toLowerCase()), was: previous.get(name.toLowerCase()) }));
        if (evidence === undefined) {
            const appeared = imported.find((m) => m.was === undefined && m.now !== undefined);
            if (detail.state === 'IMPORT_CONFIGURATION')
                evidence = 'the connection went into IMPORT_CONFIGURATION';
            else if (appeared)
                evidence = `the new mapping ${appeared.name} appeared`;
            else if (imported.every((m) => m.now !== undefined && m.was !== undefined && configChanged(m.was, m.now))) {
                evidence = 'every imported mapping has a new revision';
            }
            if (evidence !== undefined)
                options.log.info(`Heroku Connect has taken up the import: ${evidence}.`);
        }
        const connection = judgeConnection(detail.state, options.app);
        if (connection.kind === 'blocked') {
            throw new errors/* DeployFailure */.Qt(`After the import the connection went into ${detail.state}: ${connection.meaning}. ${connection.remedy} Mappings: ${listStates(objectNames, current)}.`);
        }
        const failed = imported.filter((m) => m.now !== undefined && states_judgeMapping(m.now.state) === 'failed' && (m.was === undefined || isNews(m.was, m.now)));
        if (failed.length > 0) {
            throw new errors/* DeployFailure */.Qt(`The import failed: ${failed.map((m) => describeMapping(m.name, m.now)).join('; ')}. ` +
                'Heroku Connect accepts any import and reports problems in the mapping state; fix the mapping and deploy again, or import the backup to go back.');
        }
        const settled = connection.kind === 'idle' && imported.every((m) => m.now?.state === 'DATA_SYNCED');
        return evidence !== undefined && settled ? { detail, evidence } : undefined;
    }, () => {
        const states = last ? `the connection is ${last.state}; ${listStates(objectNames, byObject(last.mappings))}` : 'no state could be read';
        const noSign = evidence === undefined ? ' Heroku Connect has shown no sign of applying the import yet (no IMPORT_CONFIGURATION state, no new mapping revision).' : '';
        return new errors/* DeployFailure */.Qt(`The import did not finish within ${wait_formatDuration(options.clock.now() - started)}: ${states}.${noSign} Raise wait-timeout if it needs longer.`);
    });
}
/**
 * Polls every interval until `judge` returns a value or throws, or the deadline passes. The first poll
 * comes one interval after the start; the last one at the deadline, and a poll ends by the deadline. Each state change of the
 * connection and of the `watched` mappings is logged once, and each state this action does not know
 * is warned about once (other live mappings change state with every Salesforce poll: noise here).
 */
async function pollUntil(options, watched, judge, timeout) {
    const { clock } = options;
    const started = clock.now();
    const seen = new Map();
    const unknown = new Set();
    const observe = (subject, state, known) => {
        const before = seen.get(subject);
        if (before === state)
            return;
        seen.set(subject, state);
        options.log.info(`[${wait_formatDuration(clock.now() - started)}] ${subject}: ${before === undefined ? state : `${before} → ${state}`}`);
        if (!known && !unknown.has(state)) {
            unknown.add(state);
            options.log.warning(`${subject} is in state ${state}, which this action does not know; it keeps waiting as if the state were transient.`);
        }
    };
    const watchedKeys = new Set(watched.map((name) => name.toLowerCase()));
    for (;;) {
        const remaining = options.deadline - clock.now();
        if (remaining <= 0)
            throw timeout();
        await clock.sleep(Math.min(options.intervalMs, remaining));
        const detail = await options.poll().catch((error) => {
            // The poll that could not be answered says what was pending and why; the wait says where it stood.
            throw error instanceof errors/* RemoteFailure */.p3 ? new errors/* RemoteFailure */.p3(error.service, error.reason, `${timeout().message} ${error.message}`) : error;
        });
        options.onPoll?.(detail);
        observe('connection', detail.state, judgeConnection(detail.state, options.app).kind !== 'unknown');
        for (const mapping of detail.mappings) {
            if (watchedKeys.has(mapping.object_name.toLowerCase()))
                observe(mapping.object_name, mapping.state, states_judgeMapping(mapping.state) !== 'unknown');
        }
        const outcome = judge(detail);
        if (outcome !== undefined)
            return outcome;
    }
}
function byObject(mappings) {
    return new Map(mappings.map((mapping) => [mapping.object_name.toLowerCase(), mapping]));
}
function configChanged(was, now) {
    const revision = (m) => m.config?.revision;
    const appliedAt = (m) => m.config?.applied_at;
    return (revision(now) !== undefined && revision(now) !== revision(was)) || (appliedAt(now) !== undefined && appliedAt(now) !== appliedAt(was));
}
/** A state this import can be blamed for: the mapping's configuration or its state changed since before the import. */
function isNews(was, now) {
    return configChanged(was, now) || was.state !== now.state;
}
function describeMapping(name, mapping) {
    if (mapping === undefined)
        return `${name} not listed yet`;
    return `${name} ${mapping.state}${mapping.state_description ? ` (${mapping.state_description})` : ''}`;
}
function listStates(objectNames, current) {
    return objectNames.map((name) => describeMapping(name, current.get(name.toLowerCase()))).join(', ');
}
function wait_formatDuration(ms) {
    const seconds = Math.max(0, Math.round(ms / 1000));
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
}

;// CONCATENATED MODULE: ./src/deploy/run.ts











const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const MAX_LISTED_FINDINGS = 10;
const LAST_POLL_GRACE_MS = 5000;
/**
 * The deploy stage: find the connection, check it can take an import, lint again for its plan,
 * align the `connection` section, back up the live configuration, import every mapping file in one
 * import, and wait until Heroku Connect has applied it and every imported mapping has synced.
 * It does not throw: the record's `error` says why it failed, so outputs and the summary can still
 * be written. The API key never reaches a log line or the record.
 */
async function runDeploy(request, log, deps = {}) {
    const clock = deps.clock ?? http_clock/* systemClock */.ml;
    const redact = (0,errors/* redactor */.$p)(request.apiKey, '[HEROKU_API_KEY]');
    const safeLog = {
        info: (message) => log.info(redact(message)),
        notice: (message) => log.notice(redact(message)),
        warning: (message) => log.warning(redact(message)),
        group: (name, fn) => log.group(redact(name), fn),
    };
    const started = clock.now();
    const record = { app: request.app, objectNames: [], imported: false, mappingStates: {}, notInFiles: [], differences: [], elapsedMs: 0 };
    try {
        await deploy(request, record, safeLog, deps, clock);
    }
    catch (error) {
        record.error = (0,errors/* redactedError */.JM)(error, redact);
    }
    record.elapsedMs = clock.now() - started;
    return record;
}
async function deploy(request, record, log, deps, clock) {
    const { app } = request;
    if (request.eventName && PULL_REQUEST_EVENTS.has(request.eventName) && !request.allowPullRequestDeploy) {
        throw new errors/* ConfigurationError */.j1(`Not deploying on a ${request.eventName} event: the pull request's mapping files are not merged yet, and a deploy from them would change the live connection. ` +
            'Deploy on push to the default branch or on workflow_dispatch. For a review-app connection the pull request may change, set allow-pull-request-deploy to true.');
    }
    const document = await (0,deploy_document/* mergeMappingFiles */.k)(request.files);
    record.objectNames = document.mappings.map((mapping) => mapping.object_name);
    // One deadline for every call and every wait, whatever the API does (hangs, asks to wait an hour,
    // keeps failing): the deploy ends, with its summary and outputs, within wait-timeout.
    const deadline = clock.now() + request.waitTimeoutSeconds * 1000;
    // The last poll comes at the deadline and needs a moment to be answered.
    const api = (0,client/* connectApi */.Xm)({ ...deps, apiKey: request.apiKey, discoveryServer: request.discoveryServer, clock, log, deadline: deadline + LAST_POLL_GRACE_MS });
    const connection = await (0,resolve/* findConnection */.C)(api, app, request.resource, log);
    record.resource = connection.resource_name;
    const observe = (detail) => noteStates(record, detail);
    const poll = {
        poll: () => (0,client/* readDetail */.on)(api, connection),
        clock,
        intervalMs: request.pollIntervalSeconds * 1000,
        deadline,
        app,
        log,
        onPoll: observe,
    };
    let detail = await (0,client/* readDetail */.on)(api, connection);
    observe(detail);
    record.herokuPlan = detail.plan;
    log.info(`Connection "${connection.resource_name}" of app "${app}": ${detail.state}, plan ${detail.plan ?? 'unknown'}, ${detail.mappings.length} mapping(s).`);
    if (detail.state === 'IMPORT_CONFIGURATION') {
        log.info('Another import is running on the connection; waiting for it to finish first.');
        detail = await log.group('Waiting for the running import to finish', () => waitForRunningImport(poll));
    }
    checkReady(detail, app, log);
    await lintForPlan(request, detail.plan, log);
    const merged = alignSection(document, detail, record, log);
    record.backupFile = await writeBackup(await (0,client/* exportConfiguration */.lb)(api, connection), request.backupDir, app, connection.resource_name, clock.now());
    log.info(`Backed up the live configuration to ${record.backupFile}; import that file to undo this deploy.`);
    const fileObjects = new Set(record.objectNames.map((name) => name.toLowerCase()));
    record.notInFiles = detail.mappings.map((mapping) => mapping.object_name).filter((name) => !fileObjects.has(name.toLowerCase()));
    if (record.notInFiles.length > 0) {
        log.info(`The import never deletes a mapping. Live mappings the files do not contain, which stay on the connection: ${record.notInFiles.join(', ')}.`);
    }
    log.info(`Importing ${merged.mappings.length} mapping(s): ${record.objectNames.join(', ')}.`);
    await (0,client/* importConfiguration */.m9)(api, connection, merged);
    record.imported = true;
    log.info('Heroku Connect accepted the import.');
    const { evidence } = await log.group(`Waiting for Heroku Connect to apply the import (every ${request.pollIntervalSeconds} s, at most ${wait_formatDuration(request.waitTimeoutSeconds * 1000)})`, () => waitForImport(detail, record.objectNames, poll));
    log.info(`Deployed: the connection is IDLE and every imported mapping is DATA_SYNCED, after ${evidence}.`);
}
/** Refuses a connection that cannot take an import; an unknown state is let through with a warning, as Heroku adds states. */
function checkReady(detail, app, log) {
    const verdict = judgeConnection(detail.state, app);
    if (verdict.kind === 'blocked') {
        throw new errors/* ConfigurationError */.j1(`The connection cannot take an import now: it is ${detail.state}, which means ${verdict.meaning}. ${verdict.remedy} Nothing was imported.`);
    }
    if (verdict.kind === 'unknown')
        log.warning(`The connection is in state ${detail.state}, which this action does not know; importing all the same.`);
}
/** The demo plan allows less (a 10-minute polling floor) than the plan the files may have been linted for. */
async function lintForPlan(request, connectionPlan, log) {
    const herokuPlan = types/* HEROKU_PLANS */.q3.find((known) => known === connectionPlan?.toLowerCase());
    if (connectionPlan !== undefined && herokuPlan === undefined) {
        log.info(`The connection's plan "${connectionPlan}" is not one the lint knows (${types/* HEROKU_PLANS */.q3.join(', ')}); the files are checked against the paid plans' limits.`);
    }
    if (herokuPlan === request.lintedHerokuPlan)
        return;
    log.info(`Linting the files again for the connection's plan (${herokuPlan ?? 'paid'}).`);
    const run = await request.lint(herokuPlan);
    if (!(0,lint_run/* reachesFailOn */.n9)(run.counts, request.failOn))
        return;
    const failing = run.findings.filter((finding) => request.failOn !== 'never' && types/* LEVEL_RANK */.YT[finding.level] <= types/* LEVEL_RANK */.YT[request.failOn]);
    const listed = failing.slice(0, MAX_LISTED_FINDINGS).map((f) => `  ${f.file}:${f.line}:${f.column} ${f.level} ${f.ruleId}: ${f.message}`);
    const more = failing.length > MAX_LISTED_FINDINGS ? [`  … and ${failing.length - MAX_LISTED_FINDINGS} more`] : [];
    throw new errors/* DeployFailure */.Qt([`For the connection's plan (${herokuPlan ?? 'paid'}), the lint finds ${failing.length} problem(s) that reach fail-on "${request.failOn}"; nothing was imported:`, ...listed, ...more].join('\n'));
}
function alignSection(document, detail, record, log) {
    if (document.connection === undefined)
        return document;
    const { section, differences } = (0,connection_section/* alignConnectionSection */.f)(document.connection, detail);
    record.differences = differences;
    for (const difference of differences)
        log[difference.level === 'notice' ? 'notice' : 'info'](difference.message);
    return { ...document, connection: section };
}
function noteStates(record, detail) {
    record.connectionState = detail.state;
    const byName = new Map(detail.mappings.map((mapping) => [mapping.object_name.toLowerCase(), mapping]));
    for (const name of record.objectNames) {
        const mapping = byName.get(name.toLowerCase());
        if (mapping)
            record.mappingStates[name] = { state: mapping.state, ...(mapping.state_description && { description: mapping.state_description }) };
    }
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/deploy-summary.ts




/** Every value from the files or from Heroku Connect, for the summary: escaped, and cut if long. */
function md(text) {
    return markdownText(clip(text, CELL_MAX_CHARS));
}
const ICON = { synced: '✅', working: '⏳', failed: '❌', unknown: '❔' };
const HEADING = '## Heroku Connect deploy';
/**
 * The deploy section of the job summary. Everything from the files or from Heroku Connect is
 * escaped; the table of mappings and the list of live mappings not in the files keep what fits in
 * the budget and say how many more there are.
 */
function renderDeploySummary(record, budget = DEPLOY_SUMMARY_BUDGET_BYTES) {
    const target = record.resource
        ? `connection <code>${md(record.resource)}</code> of app <code>${md(record.app)}</code>${record.herokuPlan ? ` (plan ${md(record.herokuPlan)})` : ''}`
        : `app <code>${md(record.app)}</code>`;
    const took = formatDuration(record.elapsedMs);
    const lines = [HEADING, ''];
    if (record.error) {
        lines.push(`❌ **Deploy to ${target} failed** after ${took}: ${md(record.error.message)}`, '');
        lines.push(record.imported ? 'Heroku Connect accepted the import, so the connection may hold part of it: the backup below undoes it.' : 'Nothing was imported.', '');
    }
    else {
        lines.push(`✅ **Deployed** to ${target} in ${took}.`, '');
    }
    if (record.connectionState)
        lines.push(`Connection state: <code>${md(record.connectionState)}</code>`, '');
    if (record.objectNames.length > 0) {
        // The table gets three quarters of the budget, the list of live mappings not in the files the rest.
        const rows = record.objectNames.map((name) => {
            const mapping = record.mappingStates[name];
            const state = mapping
                ? `${ICON[judgeMapping(mapping.state)]} ${md(mapping.state)}${mapping.description ? ` (${md(mapping.description)})` : ''}`
                : 'not listed on the connection';
            return `<tr><td>${md(name)}</td><td>${state}</td></tr>`;
        });
        const { taken } = takeWhileFits(rows, (budget * 3) / 4, (row) => bytes(row) + 1);
        lines.push('<table><thead><tr><th>Imported mapping</th><th>State</th></tr></thead><tbody>', ...taken, '</tbody></table>', '');
        if (taken.length < rows.length)
            lines.push(`${rows.length - taken.length} more imported mappings do not fit here.`, '');
    }
    if (record.backupFile) {
        lines.push(`Backup of the live configuration before the import: <code>${md(record.backupFile)}</code>. Import it to undo this deploy.`, '');
    }
    if (record.differences.length > 0) {
        lines.push('The files\' <code>connection</code> section differs from the connection:', '');
        for (const difference of record.differences)
            lines.push(`- ${difference.level === 'notice' ? 'ℹ️ ' : ''}${md(difference.message)}`);
        lines.push('');
    }
    if (record.notInFiles.length > 0) {
        const { taken } = takeWhileFits(record.notInFiles.map(md), budget / 4, (name) => bytes(name) + 2);
        const more = record.notInFiles.length - taken.length;
        lines.push(`Live mappings the files do not contain (an import never deletes a mapping; delete them in the dashboard if they should go): ${taken.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`, '');
    }
    return lines.join('\n');
}
/** The deploy section when the lint stopped the deploy before it began. */
function renderDeploySkipped(reason) {
    return [HEADING, '', `⏭️ **Not deployed**: ${md(reason)} Nothing was imported.`, ''].join('\n');
}
/** The deploy's outcome for a terminal (the CLI); the error itself is printed on stderr. Values from the files or Heroku Connect are shown, never sent raw. */
function formatDeployText(record) {
    const target = record.resource
        ? `connection "${(0,report_escape/* terminalText */.eR)(record.resource)}" of app "${(0,report_escape/* terminalText */.eR)(record.app)}"${record.herokuPlan ? ` (plan ${(0,report_escape/* terminalText */.eR)(record.herokuPlan)})` : ''}`
        : `app "${(0,report_escape/* terminalText */.eR)(record.app)}"`;
    const took = wait_formatDuration(record.elapsedMs);
    const lines = [record.error ? `Deploy to ${target} failed after ${took}; ${record.imported ? 'the import was accepted.' : 'nothing was imported.'}` : `Deployed to ${target} in ${took}.`];
    if (record.connectionState)
        lines.push(`Connection state: ${(0,report_escape/* terminalText */.eR)(record.connectionState)}`);
    const names = record.objectNames.map(report_escape/* terminalText */.eR);
    const width = Math.max(0, ...names.map((name) => name.length));
    record.objectNames.forEach((name, i) => {
        const mapping = record.mappingStates[name];
        lines.push(`  ${names[i].padEnd(width)}  ${mapping ? (0,report_escape/* terminalText */.eR)(`${mapping.state}${mapping.description ? ` (${mapping.description})` : ''}`) : 'not listed on the connection'}`);
    });
    if (record.backupFile)
        lines.push(`Backup of the live configuration: ${(0,report_escape/* terminalText */.eR)(record.backupFile)} (import it to undo this deploy)`);
    if (record.notInFiles.length > 0)
        lines.push(`Live mappings not in the files, left in place: ${record.notInFiles.map(report_escape/* terminalText */.eR).join(', ')}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/shared.ts + 2 modules
var shared = __webpack_require__(7063);
;// CONCATENATED MODULE: ./src/cli/deploy.ts










/**
 * Lints the files, then deploys them as the action does: the lint report and the deploy's outcome
 * on stdout, progress on stderr.
 */
async function deployCommand(parsed, io) {
    if (parsed.values.help) {
        io.stdout.write((0,options/* commandUsage */.T3)('deploy'));
        return shared/* EXIT */.dc.ok;
    }
    // The key comes from HEROKU_API_KEY only: a flag would put it in the shell history and the process list.
    const flags = (0,options/* cliSource */.kJ)('deploy', parsed, io.env);
    const deploy = (0,action_inputs/* readDeploySettings */.lr)(flags);
    const backupDir = (0,action_inputs/* getString */.AA)(flags, 'backup-dir');
    const { inputs, request } = await (0,shared/* checkSettings */.EW)('deploy', parsed, io);
    const lint = await (0,lint_run/* runLint */.nU)(request);
    io.stdout.write((0,report_text/* formatText */.v)(lint, (0,shared/* useColor */.by)('deploy', parsed, io)));
    if ((0,lint_run/* reachesFailOn */.n9)(lint.counts, inputs.failOn)) {
        io.stderr.write(`Not deploying: the lint findings reach --fail-on ${inputs.failOn}. Nothing was imported.\n`);
        return shared/* EXIT */.dc.findings;
    }
    const record = await runDeploy({
        ...deploy,
        files: lint.files,
        backupDir: backupDir ? (0,shared/* resolveFrom */.dx)(io, backupDir) : (0,external_node_os_.tmpdir)(),
        discoveryServer: io.env.CONNECT_DISCOVERY_SERVER || client/* DEFAULT_DISCOVERY_SERVER */.pT,
        ...(io.env.GITHUB_EVENT_NAME && { eventName: io.env.GITHUB_EVENT_NAME }),
        ...(request.herokuPlan && { lintedHerokuPlan: request.herokuPlan }),
        failOn: inputs.failOn,
        lint: (herokuPlan) => (0,lint_run/* runLint */.nU)({ ...request, herokuPlan }),
    }, stderrLog(io), { ...(io.clock && { clock: io.clock }), ...(io.fetch && { fetch: io.fetch }) });
    io.stdout.write(formatDeployText(record));
    if (record.error)
        throw record.error;
    return shared/* EXIT */.dc.ok;
}
/**
 * Progress for a terminal: one line each, notices and warnings marked, a group's lines indented under
 * its name. Names from the files and answers from Heroku Connect are shown through terminalText.
 */
function stderrLog(io) {
    let indent = '';
    const line = (text) => io.stderr.write(`${indent}${(0,report_escape/* terminalText */.eR)(text)}\n`);
    return {
        info: line,
        notice: (message) => line(`notice: ${message}`),
        warning: (message) => line(`warning: ${message}`),
        group: async (name, fn) => {
            line(`${name}:`);
            indent += '  ';
            try {
                return await fn();
            }
            finally {
                indent = indent.slice(2);
            }
        },
    };
}


/***/ }),

/***/ 6415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ linkUser),
/* harmony export */   Sp: () => (/* binding */ searchConnections),
/* harmony export */   Xm: () => (/* binding */ connectApi),
/* harmony export */   lb: () => (/* binding */ exportConfiguration),
/* harmony export */   m9: () => (/* binding */ importConfiguration),
/* harmony export */   on: () => (/* binding */ readDetail),
/* harmony export */   pT: () => (/* binding */ DEFAULT_DISCOVERY_SERVER)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7195);
/* harmony import */ var _http_safety_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4000);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7019);




const DEFAULT_DISCOVERY_SERVER = 'https://hc-central.heroku.com';
const SERVICE = 'Heroku Connect';
function connectApi(options) {
    const apiKey = (0,_http_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkedCredential */ .R)(options.apiKey, 'The Heroku API key', 'Pass the bare key (heroku auth:token).');
    const { apiKey: _key, discoveryServer, deadline, ...policy } = options;
    return {
        http: new _http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Q({
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
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSearch */ .KA)(await call(api, { url: `${api.discovery}/connections?${query}`, purpose }), purpose);
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
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDetail */ .$J)(await call(api, { url: url.href, purpose }), purpose);
}
/** `GET …/actions/export`: the live configuration, as `heroku connect:export` writes it. */
async function exportConfiguration(api, connection) {
    const purpose = `export the configuration of connection "${connection.resource_name}"`;
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .parseExport */ ._p)(await call(api, { url: actionUrl(connection, 'export'), purpose }), purpose);
}
/** `POST …/actions/import`. Accepted means queued: the import runs asynchronously, and its errors show later in the states. */
async function importConfiguration(api, connection, document) {
    await call(api, { method: 'POST', url: actionUrl(connection, 'import'), json: document, purpose: `import the configuration into connection "${connection.resource_name}"` });
}
/** The parsed body of a success; a refused key is the user's to fix, any other error answer a remote failure. */
async function call(api, request) {
    const answer = await api.http.request({ ...request, ...(api.deadline !== undefined && { deadline: api.deadline }) });
    if (answer.status >= 200 && answer.status < 300)
        return answer.body;
    const described = (0,_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .describeStatus */ .W)(answer.status, answer.body);
    if (answer.status === 401 || answer.status === 403) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Heroku Connect refused the API key (${described}) when asked to ${request.purpose}: the key is wrong or expired, or its user has no access to the app. ` +
            'Use the key of a user who can open the app\'s Heroku Connect dashboard ("heroku authorizations:create" makes a long-lived one).');
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteFailure */ .p3(SERVICE, 'answered', `Heroku Connect answered ${described} when asked to ${request.purpose}.`);
}
function actionUrl(connection, name) {
    const region = withoutTrailingSlash(keyUrl(connection.region_url, 'The region URL from Heroku Connect').href);
    return `${region}/api/v3/connections/${encodeURIComponent(connection.id)}/actions/${name}`;
}
/** The URL, if the API key may be sent there; `name` opens the messages about it. */
function keyUrl(value, name) {
    return (0,_http_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkedCredentialUrl */ .S)(value, { name, credential: 'the API key' });
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
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6415);


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

/***/ 7019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseDetail),
/* harmony export */   KA: () => (/* binding */ parseSearch),
/* harmony export */   _p: () => (/* binding */ parseExport),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The shapes of Heroku Connect API answers, as far as this project reads them (research §1.3, §2.1).
 * The parsers check only what the deploy relies on, so that a changed API fails with a clear message
 * rather than with a TypeError deep in the wait.
 */

function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function unexpected(what, problem) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteFailure */ .p3('Heroku Connect', 'answered', `Heroku Connect's answer to ${what} is not what its API returns (${problem}).`);
}
function parseSearch(body, what) {
    if (!isRecord(body) || !Array.isArray(body.results))
        throw unexpected(what, 'no "results" list');
    return body.results.map((result, i) => {
        if (!isRecord(result))
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
    if (!isRecord(body) || typeof body.state !== 'string')
        throw unexpected(what, 'no connection "state"');
    if (!Array.isArray(body.mappings))
        throw unexpected(what, 'no "mappings" list');
    body.mappings.forEach((mapping, i) => {
        if (!isRecord(mapping) || typeof mapping.object_name !== 'string' || typeof mapping.state !== 'string') {
            throw unexpected(what, `mapping ${i + 1} has no "object_name" or "state"`);
        }
    });
    return body;
}
function parseExport(body, what) {
    if (!isRecord(body) || !Array.isArray(body.mappings))
        throw unexpected(what, 'no "mappings" list');
    return body;
}


/***/ }),

/***/ 7065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ sameJson),
/* harmony export */   f: () => (/* binding */ alignConnectionSection)
/* harmony export */ });
/* harmony import */ var _connect_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7019);

/**
 * Makes the file's `connection` section describe the connection it is imported into, as Heroku's
 * guide asks: exports carry the source connection's identity (often placeholders such as CHANGE-ME).
 * `app_name`, `organization_id` and `name` are taken from the target's detail; `features`,
 * `api_version` and `logplex_log_enabled` stay as written (whether the import applies them is not
 * documented). Every field that differs from the target is reported either way.
 */
function alignConnectionSection(section, target) {
    const aligned = { ...section };
    const differences = [];
    const identity = [
        ['app_name', target.app_name],
        ['organization_id', target.organization_id || target.sf_info?.organization_id],
        ['name', target.name],
    ];
    for (const [field, value] of identity) {
        // A target without the value (a field the API stopped sending) leaves the file's as it is.
        if (typeof value !== 'string' || value === '' || value === section[field])
            continue;
        aligned[field] = value;
        differences.push({
            field,
            file: section[field],
            connection: value,
            action: 'rewritten',
            level: 'info',
            message: `connection.${field} is ${show(section[field])} in the file and ${show(value)} on the connection; imported as ${show(value)}.`,
        });
    }
    const apiVersion = target.sf_info?.api_version ?? target.api_version;
    if (section.api_version !== undefined && apiVersion !== undefined && String(section.api_version) !== String(apiVersion)) {
        differences.push({
            field: 'api_version',
            file: section.api_version,
            connection: apiVersion,
            action: 'kept',
            level: 'notice',
            message: `The file was exported at Salesforce API ${String(section.api_version)}; the connection uses ${apiVersion}. ` +
                'The fields available to a mapping differ between API versions: check that every mapped field exists at the connection\'s version.',
        });
    }
    if ((0,_connect_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(section.features) && (0,_connect_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(target.features)) {
        for (const [feature, value] of Object.entries(section.features)) {
            const live = target.features[feature];
            if (live === undefined || sameJson(value, live))
                continue;
            differences.push(kept(`features.${feature}`, value, live));
        }
    }
    if (section.logplex_log_enabled !== undefined && target.logplex_log_enabled !== undefined && section.logplex_log_enabled !== target.logplex_log_enabled) {
        differences.push(kept('logplex_log_enabled', section.logplex_log_enabled, target.logplex_log_enabled));
    }
    return { section: aligned, differences };
}
function kept(field, file, connection) {
    return {
        field,
        file,
        connection,
        action: 'kept',
        level: 'info',
        message: `connection.${field} is ${show(file)} in the file and ${show(connection)} on the connection; imported as written.`,
    };
}
function show(value) {
    return value === undefined ? '(absent)' : JSON.stringify(value);
}
/** Equal as JSON, ignoring key order: exports do not keep it from one to the next (research §4.3). */
function sameJson(a, b) {
    return canonical(a) === canonical(b);
}
function canonical(value) {
    const sorted = JSON.stringify(value, (_key, inner) => (0,_connect_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(inner) ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : inner);
    return sorted ?? 'undefined';
}


/***/ }),

/***/ 7726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ mergeMappingFiles)
/* harmony export */ });
/* harmony import */ var _connect_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7019);
/* harmony import */ var _connection_section_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7065);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _parse_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3226);
/* harmony import */ var _parse_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(461);





/** The connection-section keys kept as written; several files must agree on them, or which one applies is a guess. */
const KEPT_CONNECTION_KEYS = ['features', 'api_version', 'logplex_log_enabled'];
/**
 * Reads the selected mapping files (JSON or YAML) into the one document the import takes: every
 * mapping, the first `connection` section, `version` 1. An object mapped twice, in one file or in
 * two, is refused, since the import would keep one of them without saying which.
 */
async function mergeMappingFiles(files) {
    if (files.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('There is no mapping file to deploy: the files selected for the lint matched none.');
    const mappings = [];
    const mappedIn = new Map();
    let connection;
    for (const ref of files) {
        const { file } = ref;
        const document = await readDocument(ref);
        document.mappings.forEach((mapping, i) => {
            if (!(0,_connect_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(mapping) || typeof mapping.object_name !== 'string' || mapping.object_name === '') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Mapping ${i + 1} in "${file}" has no object_name, so it cannot be imported.`);
            }
            // Salesforce object names are case-insensitive, and so is Connect's lookup of a mapping.
            const key = mapping.object_name.toLowerCase();
            const earlier = mappedIn.get(key);
            if (earlier !== undefined) {
                const where = earlier === file ? `twice in "${file}"` : `in both "${earlier}" and "${file}"`;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Object "${mapping.object_name}" is mapped ${where}. A connection has one mapping per object: keep one of them.`);
            }
            mappedIn.set(key, file);
            mappings.push(mapping);
        });
        if (!(0,_connect_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(document.connection))
            continue;
        if (connection === undefined) {
            connection = { section: document.connection, file };
            continue;
        }
        const differing = KEPT_CONNECTION_KEYS.filter((key) => !(0,_connection_section_js__WEBPACK_IMPORTED_MODULE_1__/* .sameJson */ .V)(connection.section[key], document.connection[key]));
        if (differing.length > 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The "connection" sections of "${connection.file}" and "${file}" differ in ${differing.join(', ')}; one import can carry only one. ` +
                'Make them agree, or remove the section from all but one file.');
        }
    }
    return { mappings, ...(connection && { connection: connection.section }), version: 1 };
}
async function readDocument({ file, absolutePath, confinedTo }) {
    const format = (0,_parse_source_js__WEBPACK_IMPORTED_MODULE_3__/* .formatOf */ .be)(file);
    const read = await (0,_parse_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readSource */ .o$)(absolutePath, format, confinedTo);
    if (!read.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`"${file}" cannot be deployed: ${read.problem.message}`);
    const parsed = (0,_parse_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSource */ .P)(read.text, format);
    const value = parsed.value;
    if (value === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`"${file}" cannot be deployed: ${parsed.problems[0]?.message ?? 'it does not parse.'}`);
    }
    if (!(0,_connect_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value) || !Array.isArray(value.mappings)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`"${file}" cannot be deployed: it has no top-level "mappings" list, so it is not a Heroku Connect mapping file.`);
    }
    return value;
}


/***/ })

};

//# sourceMappingURL=990.index.js.map