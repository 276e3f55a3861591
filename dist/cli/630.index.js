export const id = 630;
export const ids = [630,31];
export const modules = {

/***/ 7630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployCommand: () => (/* binding */ deployCommand)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/interface/inputs/read.ts + 1 modules
var read = __webpack_require__(3901);
// EXTERNAL MODULE: ./src/clients/connect/discovery.ts
var discovery = __webpack_require__(5771);
// EXTERNAL MODULE: ./src/clients/connect/client.ts + 2 modules
var client = __webpack_require__(385);
// EXTERNAL MODULE: ./src/clients/connect/resolve.ts
var resolve = __webpack_require__(61);
// EXTERNAL MODULE: ./src/clients/connect/states.ts
var states = __webpack_require__(4299);
// EXTERNAL MODULE: ./src/live/diagnose/findings.ts
var findings = __webpack_require__(7797);
// EXTERNAL MODULE: ./src/live/diagnose/run.ts
var run = __webpack_require__(1382);
// EXTERNAL MODULE: ./src/live/diagnose/write-errors.ts
var write_errors = __webpack_require__(7642);
// EXTERNAL MODULE: ./src/plan/consequences.ts
var consequences = __webpack_require__(6933);
// EXTERNAL MODULE: ./src/plan/diff.ts
var diff = __webpack_require__(8256);
// EXTERNAL MODULE: ./src/plan/render.ts
var render = __webpack_require__(31);
;// CONCATENATED MODULE: ./src/live/deploy/prove.ts

/**
 * What the live configuration, exported after the import settled, does not have as the files say:
 * one sentence per difference, naming the object, the field or setting, and what is live instead.
 * The comparison is the plan's against a live base, by meaning: key order, `applied_at` and
 * `revision` never count, and a value the export lacks or has of another type is a mismatch.
 * Live mappings the files do not contain are not the files' concern and are left out.
 */
function liveMismatches(live, files) {
    return (0,diff/* planChanges */.X)(live, files, { liveBase: true })
        .changes.filter((change) => change.kind !== 'mapping-removed')
        .map(describeMismatch);
}
/** The change the files would still make to the live side, as what is missing or different there. */
function describeMismatch(change) {
    const { object, field } = change;
    const setting = (name, show = String) => `${object}: ${name} is ${show(change.to)} in the files, but ${show(change.from)} live`;
    switch (change.kind) {
        case 'mapping-added':
            return `${object}: the mapping is not live`;
        case 'field-added':
            return `${object}: field ${field} is not mapped live`;
        case 'field-removed':
            return `${object}: field ${field} is mapped live, but not in the files`;
        case 'index-added':
            return `${object}: the index on ${field} is not live`;
        case 'index-removed':
            return `${object}: the index on ${field} is live, but not in the files`;
        case 'index-uniqueness-changed':
            return `${object}: the index on ${field} is ${change.to ? 'unique' : 'not unique'} in the files, but ${change.to ? 'not unique' : 'unique'} live`;
        case 'access-changed':
            return setting('access');
        case 'upsert-field-set':
        case 'upsert-field-removed':
        case 'upsert-field-changed':
            return setting('upsert_field', (value) => (value === undefined ? 'none' : String(value)));
        case 'polling-interval-changed':
            return setting('sf_polling_seconds');
        case 'accelerated-polling-changed':
            return setting('sf_notify_enabled');
        case 'value-unreadable':
            return `${object}: ${change.unreadable.key} is ${change.unreadable.base} live, ${change.unreadable.head} in the files`;
        case 'mapping-removed':
        case 'mapping-deleted':
            return `${object}: ${change.detail}`;
    }
}

// EXTERNAL MODULE: ./src/core/errors.ts + 1 modules
var errors = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/core/http/clock.ts
var http_clock = __webpack_require__(2054);
// EXTERNAL MODULE: ./src/lint/run.ts + 5 modules
var lint_run = __webpack_require__(8967);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/core/trust/event.ts
var trust_event = __webpack_require__(3914);
// EXTERNAL MODULE: ./src/core/fs/write.ts
var write = __webpack_require__(412);
;// CONCATENATED MODULE: ./src/live/deploy/backup.ts

/**
 * Writes the live configuration, exported just before the import, where the user can import it back:
 * the import only adds and changes mappings, so this file is the way to undo a deploy. The name
 * says app, connection and time, and ends in a random part: a new file, mode 0600, that nothing
 * planted in the folder can redirect or overwrite, with every secret an answer echoed taken out.
 * Returns the file's path.
 */
async function writeBackup(document, dir, app, resource, now) {
    const stamp = new Date(now)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    // The 4-space layout of heroku connect:export, so the backup diffs cleanly against an export.
    return (0,write/* writeOutput */.z)({ kind: 'private', folder: dir, prefix: `heroku-connect-backup-${safeName(app)}-${safeName(resource)}-${stamp}-`, suffix: '.json' }, `${JSON.stringify(document, null, 4)}\n`);
}
function safeName(name) {
    return name.replace(/[^A-Za-z0-9._-]+/g, '-') || 'connection';
}

// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
;// CONCATENATED MODULE: ./src/live/deploy/connection-section.ts

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
                "The fields available to a mapping differ between API versions: check that every mapped field exists at the connection's version.",
        });
    }
    if ((0,json/* isRecord */.u4)(section.features) && (0,json/* isRecord */.u4)(target.features)) {
        for (const [feature, value] of Object.entries(section.features)) {
            const live = target.features[feature];
            if (live === undefined || (0,json/* sameJson */.Vk)(value, live))
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

// EXTERNAL MODULE: ./src/plan/document.ts
var plan_document = __webpack_require__(7990);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/live/deploy/wait.ts



/** States a mapping passes through when Heroku Connect applies a new configuration to it: entering one is evidence. */
const RELOADING = new Set(['INITIAL', 'SCHEMA_CHANGED', 'RESYNC', 'RELOAD_TABLE']);
/**
 * The content proof costs an export (every mapping's whole configuration), so it is tried only when
 * the states look settled (success needs that anyway) and no state shows the import yet: first at
 * once, then after one poll interval, doubling each time up to this. A detail that lagged is proven
 * within a poll or two; an import that never comes costs an export a minute, not one per poll.
 */
const PROOF_SPACING_CAP_MS = 60_000;
/** Waits for an import someone else started (IMPORT_CONFIGURATION) to end, and returns the detail then. */
async function waitForRunningImport(options) {
    const started = options.clock.now();
    return pollUntil(options, [], (detail) => (detail.state === 'IMPORT_CONFIGURATION' ? undefined : detail), () => new errors/* DeployFailure */.Qt(`Another import was still running on the connection (IMPORT_CONFIGURATION) after ${(0,core_text/* formatDuration */.a3)(options.clock.now() - started)}; nothing was imported. ` +
        'Deploy again once it has finished, or raise wait-timeout.'));
}
/**
 * Waits until Heroku Connect has applied the import and every mapping it changes has synced.
 *
 * The detail lags the import: right after it is accepted, the connection can still show IDLE and the
 * old mappings, so IDLE alone proves nothing. Success needs evidence that this import was applied,
 * either of: IMPORT_CONFIGURATION seen after the import; or every mapping the import changes showing
 * it (a new `config.revision` or `config.applied_at`, entering a reloading state such as RESYNC, or
 * appearing when it is new); or the live configuration, exported again, matching the files (the
 * content proof). A mapping the import leaves as it is need not show anything: Heroku Connect does
 * not save it again. With evidence, the connection must be IDLE and every changed mapping DATA_SYNCED.
 *
 * It fails at once when the connection goes into an error state, or a mapping of the files into a
 * permanent error state that is this import's: a mapping that already had that state before, with
 * the same revision, is still showing the old configuration, so it is not blamed.
 */
async function waitForImport(before, expected, options) {
    const { clock } = options;
    const started = clock.now();
    const { objectNames } = expected;
    const previous = byObject(before.mappings);
    const changed = new Set(expected.changed.map((name) => name.toLowerCase()));
    /** Each changed mapping that has shown the import, with how. */
    const shown = new Map();
    /** The state each changed mapping was in at the last read, to see one enter a reloading state. */
    const lastState = new Map([...changed].map((key) => [key, previous.get(key)?.state]));
    let evidence;
    let proven = false;
    let nextProofAt = -Infinity;
    let proofSpacing = options.intervalMs;
    let lastMismatch;
    let last;
    const noteMappingEvidence = (current) => {
        for (const key of changed) {
            const now = current.get(key);
            const was = previous.get(key);
            const entered = now !== undefined && RELOADING.has(now.state) && !RELOADING.has(lastState.get(key) ?? '');
            lastState.set(key, now?.state);
            if (shown.has(key) || now === undefined)
                continue;
            const how = was === undefined
                ? `the new mapping ${now.object_name} appeared`
                : configChanged(was, now)
                    ? `${now.object_name} has a new revision`
                    : entered
                        ? `${now.object_name} went into ${now.state}`
                        : undefined;
            if (how !== undefined)
                shown.set(key, how);
        }
    };
    /** The content proof, spaced out as PROOF_SPACING_CAP_MS says; a proof that cannot be read now is tried again later. */
    const tryProof = async () => {
        if (clock.now() < nextProofAt)
            return false;
        nextProofAt = clock.now() + proofSpacing;
        proofSpacing = Math.min(proofSpacing * 2, PROOF_SPACING_CAP_MS);
        try {
            const mismatches = await expected.mismatches();
            lastMismatch = mismatches[0];
            return mismatches.length === 0;
        }
        catch (error) {
            if (!(error instanceof errors/* RemoteFailure */.p3))
                throw error;
            options.log.info(`The live configuration could not be exported to compare it with the files (${error.message}); trying again later.`);
            return false;
        }
    };
    const outcome = await pollUntil(options, objectNames, async (detail) => {
        last = detail;
        const current = byObject(detail.mappings);
        noteMappingEvidence(current);
        if (evidence === undefined) {
            if (detail.state === 'IMPORT_CONFIGURATION')
                evidence = 'the connection went into IMPORT_CONFIGURATION';
            else if (changed.size > 0 && shown.size === changed.size)
                evidence = [...shown.values()].join(', ');
            if (evidence !== undefined)
                options.log.info(`Heroku Connect has taken up the import: ${evidence}.`);
        }
        const connection = (0,states/* judgeConnection */.u)(detail.state, options.app);
        if (connection.kind === 'blocked') {
            throw new errors/* DeployFailure */.Qt(`After the import the connection went into ${detail.state}: ${connection.meaning}. ${connection.remedy} Mappings: ${listStates(objectNames, current)}.`);
        }
        const imported = objectNames.map((name) => ({ name, now: current.get(name.toLowerCase()), was: previous.get(name.toLowerCase()) }));
        const failed = imported.filter((m) => m.now !== undefined && (0,states/* judgeMapping */.K)(m.now.state) === 'failed' && (m.was === undefined || isNews(m.was, m.now)));
        if (failed.length > 0) {
            throw new errors/* DeployFailure */.Qt(`The import failed: ${failed.map((m) => describeMapping(m.name, m.now)).join('; ')}. ` +
                'Heroku Connect accepts any import and reports problems in the mapping state; fix the mapping and deploy again, or import the backup to go back.');
        }
        const settled = connection.kind === 'idle' && [...changed].every((key) => current.get(key)?.state === 'DATA_SYNCED');
        if (!settled)
            return undefined;
        if (evidence === undefined && (await tryProof())) {
            proven = true;
            evidence = 'the live configuration, exported again, matches the files';
            options.log.info(`Heroku Connect has applied the import: ${evidence}.`);
        }
        return evidence !== undefined ? detail : undefined;
    }, () => {
        const states = last ? `the connection is ${last.state}; ${listStates(objectNames, byObject(last.mappings))}` : 'no state could be read';
        const silent = expected.changed.filter((name) => !shown.has(name.toLowerCase()));
        const noSign = evidence === undefined
            ? ` Heroku Connect has shown no sign of applying the import yet: no IMPORT_CONFIGURATION state, no new revision or resync of ${silent.join(', ')}` +
                `${lastMismatch ? `, and the live configuration still differs from the files (${lastMismatch})` : ''}.`
            : '';
        return new errors/* DeployFailure */.Qt(`The import did not finish within ${(0,core_text/* formatDuration */.a3)(clock.now() - started)}: ${states}.${noSign} Raise wait-timeout if it needs longer.`);
    });
    return { detail: outcome, evidence: evidence, proven };
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
        options.log.info(`[${(0,core_text/* formatDuration */.a3)(clock.now() - started)}] ${subject}: ${before === undefined ? state : `${before} \u2192 ${state}`}`);
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
        observe('connection', detail.state, (0,states/* judgeConnection */.u)(detail.state, options.app).kind !== 'unknown');
        for (const mapping of detail.mappings) {
            if (watchedKeys.has(mapping.object_name.toLowerCase()))
                observe(mapping.object_name, mapping.state, (0,states/* judgeMapping */.K)(mapping.state) !== 'unknown');
        }
        const outcome = await judge(detail);
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

;// CONCATENATED MODULE: ./src/live/deploy/run.ts




















const MAX_LISTED_FINDINGS = 10;
const LAST_POLL_GRACE_MS = 5000;
/** The most the write errors read before the import may take (and at most a tenth of wait-timeout): the import should not wait on it. */
const BASELINE_BUDGET_MS = 30_000;
const WRITE_ERRORS_BEFORE = 'the write errors before the import';
const WRITE_ERRORS_AFTER = 'the write errors after the import';
/**
 * The deploy stage: find the connection, check it can take an import, lint again for its plan,
 * align the `connection` section, back up the live configuration, import every mapping file in one
 * import, and wait until Heroku Connect has applied it and every mapping it changes has synced.
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
    const record = { app: request.app, objectNames: [], imported: false, notRun: [], mappingStates: {}, notInFiles: [], differences: [], deleted: [], elapsedMs: 0 };
    try {
        await deploy(request, record, safeLog, deps, clock, started);
    }
    catch (error) {
        record.error = (0,errors/* redactedError */.JM)(error, redact);
    }
    record.elapsedMs = clock.now() - started;
    return record;
}
async function deploy(request, record, log, deps, clock, started) {
    const { app } = request;
    (0,trust_event/* refuseDeployOnPullRequest */.FA)(request.eventName, request.allowPullRequestDeploy);
    const document = await (0,plan_document/* mergeMappingFiles */.k)(request.files);
    record.objectNames = document.mappings.map((mapping) => mapping.object_name);
    // One deadline for every call and every wait, whatever the API does (hangs, asks to wait an hour,
    // keeps failing): the deploy ends, with its summary and outputs, within wait-timeout.
    const deadline = clock.now() + request.waitTimeoutSeconds * 1000;
    // The last poll comes at the deadline and needs a moment to be answered.
    const api = (0,client/* connectApi */.Xm)({ ...deps, apiKey: request.apiKey, discoveryServer: request.discoveryServer, clock, log, deadline: deadline + LAST_POLL_GRACE_MS });
    const connection = await (0,resolve/* findConnection */.C)(api, app, request.resource, log);
    record.resource = connection.resource_name;
    const observe = (detail) => {
        noteStates(record, detail);
        record.statesObservedAtMs = clock.now() - started;
    };
    const notRun = (check, failure) => {
        record.notRun.push({ check, reason: failure.message });
        log.warning(`Could not read ${check}, so that check did not run (it counts as neither passed nor failed): ${failure.message}`);
    };
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
    checkReady(detail, app);
    if (request.prune)
        checkPrunable(document, detail, record.objectNames);
    await lintForPlan(request, detail.plan, log);
    const merged = alignSection(document, detail, record, log);
    const backup = await (0,client/* exportConfiguration */.lb)(api, connection);
    record.backupFile = await writeBackup(backup, request.backupDir, app, connection.resource_name, clock.now());
    log.info(`Backed up the live configuration to ${record.backupFile}; import that file to undo this deploy.`);
    const fileObjects = new Set(record.objectNames.map((name) => name.toLowerCase()));
    record.notInFiles = detail.mappings.map((mapping) => mapping.object_name).filter((name) => !fileObjects.has(name.toLowerCase()));
    const changes = deployPlan(backup, merged, request.prune ?? false);
    record.changes = changes;
    const toImport = changes.filter((change) => change.kind !== 'mapping-deleted');
    if (record.notInFiles.length > 0 && !request.prune) {
        log.info(`The import never deletes a mapping. Live mappings the files do not contain, which stay on the connection: ${record.notInFiles.join(', ')}.`);
    }
    if (toImport.length === 0) {
        record.upToDate = true;
        log.info(`Nothing to import: the live configuration already has every mapping of the files as they are (compared by meaning with the backup). Nothing was imported.`);
        warnAboutFailedMappings(detail, record.objectNames, 'Not imported, as nothing changed', log);
    }
    else {
        log.info(`The import changes ${toImport.length} thing(s):`);
        for (const change of toImport)
            log.info(`  ${change.care ? '\u26a0 ' : ''}${change.object}: ${(0,render.changeLabel)(change)}`);
        // The baseline is a nicety: it gets a small share of the time, and failing, never holds up the import.
        const baselineApi = { ...api, deadline: Math.min(deadline, clock.now() + Math.min(BASELINE_BUDGET_MS, request.waitTimeoutSeconds * 100)) };
        const writeErrorsBefore = await (0,run/* readUnlessUnanswered */.f)(WRITE_ERRORS_BEFORE, () => (0,client/* readWriteErrors */.PS)(baselineApi, connection), notRun);
        log.info(`Importing ${merged.mappings.length} mapping(s): ${record.objectNames.join(', ')}.`);
        await (0,client/* importConfiguration */.m9)(api, connection, merged, (what) => log.warning(`The import request got no usable answer (${what}) and is sent again: Heroku Connect may have received it twice, which is harmless for the same configuration.`));
        record.imported = true;
        log.info('Heroku Connect accepted the import.');
        const mismatches = async () => liveMismatches(await (0,client/* exportConfiguration */.lb)(api, connection), merged);
        const changed = [...new Map(toImport.map((change) => [change.object.toLowerCase(), change.object])).values()];
        const waited = await log.group(`Waiting for Heroku Connect to apply the import (every ${request.pollIntervalSeconds} s, at most ${(0,core_text/* formatDuration */.a3)(request.waitTimeoutSeconds * 1000)})`, () => waitForImport(detail, { objectNames: record.objectNames, changed, mismatches }, poll));
        detail = waited.detail;
        log.info(`The connection is IDLE and every mapping the import changes is DATA_SYNCED, after ${waited.evidence}.`);
        const changedKeys = new Set(changed.map((name) => name.toLowerCase()));
        const unchanged = record.objectNames.filter((name) => !changedKeys.has(name.toLowerCase()));
        warnAboutFailedMappings(detail, unchanged, 'Left as they were by the import', log);
        proveImport(waited.proven ? [] : await mismatches(), record, log);
        if (writeErrorsBefore !== undefined) {
            const after = await (0,run/* readUnlessUnanswered */.f)(WRITE_ERRORS_AFTER, () => (0,client/* readWriteErrors */.PS)(api, connection), notRun);
            if (after !== undefined)
                record.writeErrors = (0,write_errors/* newWriteErrors */.f)(writeErrorsBefore, after);
        }
    }
    if (request.prune)
        await prune(api, connection, detail, record, log);
    const failures = [];
    if (record.writeErrors && record.writeErrors.length > 0) {
        const message = `${record.writeErrors.length} new write error(s) to Salesforce since the import: they are listed in the report, and "heroku-connect-action write-errors --app ${app}" lists them again.`;
        if (request.failOnWriteErrors)
            failures.push(message);
        else
            log.warning(message);
    }
    const writeErrorsUnread = record.notRun.find((entry) => entry.check === WRITE_ERRORS_BEFORE || entry.check === WRITE_ERRORS_AFTER);
    if (request.failOnWriteErrors && writeErrorsUnread) {
        failures.push(`fail-on-write-errors is true, but ${writeErrorsUnread.check} could not be read, so the deploy cannot show that the import caused none: ${writeErrorsUnread.reason}`);
    }
    if (request.diagnose) {
        const diagnosed = detail.mappings.filter((mapping) => fileObjects.has(mapping.object_name.toLowerCase()));
        const results = await log.group("Running Heroku Connect's diagnose", () => (0,run/* runDiagnose */._)(api, connection, diagnosed, { clock, intervalMs: request.pollIntervalSeconds * 1000, deadline, log, onUnread: notRun }));
        record.diagnose = (0,findings/* diagnoseFindings */.P)(results, await (0,findings/* mappingPlaces */.r)(request.files));
        const { errors, warnings, passes, skips } = record.diagnose.counts;
        log.info(`Heroku Connect's diagnose: ${errors} error(s), ${warnings} warning(s), ${passes} passed, ${skips} skipped.`);
        const failing = record.diagnose.findings.filter((finding) => request.failOn !== 'never' && types/* LEVEL_RANK */.YT[finding.level] <= types/* LEVEL_RANK */.YT[request.failOn]);
        if (failing.length > 0)
            failures.push(`Heroku Connect's diagnose finds ${failing.length} problem(s) that reach fail-on "${request.failOn}": ${failing
                .slice(0, MAX_LISTED_FINDINGS)
                .map((f) => `${f.ruleId} (${f.object ?? 'connection'})`)
                .join(', ')}.`);
    }
    if (failures.length > 0)
        throw new errors/* DeployFailure */.Qt(failures.join(' '));
    log.info(record.upToDate ? 'Up to date: nothing needed importing.' : 'Deployed: Heroku Connect applied the import, and the live configuration matches the files.');
}
/**
 * What the deploy changes, by meaning, from the live configuration (the backup) to the files. A live
 * mapping the files lack is dropped from it, as import leaves it be; with prune it becomes a deletion.
 */
function deployPlan(backup, merged, prune) {
    const { changes } = (0,diff/* planChanges */.X)(backup, merged);
    const live = (0,diff/* mappingsOf */.J)(backup);
    return changes.flatMap((change) => {
        if (change.kind !== 'mapping-removed')
            return [change];
        const removed = live?.get(change.object.toLowerCase());
        return prune && removed ? [(0,consequences/* mappingDeleted */.MC)(removed)] : [];
    });
}
/** Success is the content, not a state: the live configuration, exported again, must have every mapping as the files do. */
function proveImport(mismatches, record, log) {
    if (mismatches.length > 0) {
        const listed = mismatches.slice(0, MAX_LISTED_FINDINGS);
        const more = mismatches.length > listed.length ? `; and ${mismatches.length - listed.length} more` : '';
        throw new errors/* DeployFailure */.Qt(`The import was only partly applied: the live configuration, exported after the sync, differs from the files: ${listed.join('; ')}${more}. ` + 'Import the backup to go back, or deploy again.');
    }
    record.proven = true;
    log.info('The live configuration, exported again, has every mapping, field, index and setting of the files.');
}
/** Deletes the live mappings the files lack, after the import (and its proof) succeeded. */
async function prune(api, connection, detail, record, log) {
    // The first live mapping of each name, found by one lookup each rather than a search of the list.
    const liveByName = new Map();
    for (const mapping of detail.mappings)
        if (!liveByName.has(mapping.object_name.toLowerCase()))
            liveByName.set(mapping.object_name.toLowerCase(), mapping);
    const doomed = record.notInFiles.map((name) => liveByName.get(name.toLowerCase()));
    for (const mapping of doomed) {
        if (mapping === undefined)
            continue;
        if (mapping.id === undefined)
            throw new errors/* RemoteFailure */.p3('Heroku Connect', 'answered', `The ${mapping.object_name} mapping has no id in the connection's detail, so it cannot be deleted; delete it in the dashboard.`);
        await (0,client/* deleteMapping */.Os)(api, connection, { id: mapping.id, object_name: mapping.object_name });
        record.deleted.push(mapping.object_name);
        log.notice(`Deleted the ${mapping.object_name} mapping (prune): its table and data are gone. Importing the backup ${record.backupFile ?? ''} brings it back.`);
    }
}
/**
 * Prune deletes whatever the files do not name, so it needs files that name mappings, and a
 * connection whose mappings are all understood: a mapping left in an error or unknown state may be
 * one the dashboard or another deploy is working on.
 */
function checkPrunable(document, detail, objectNames) {
    if (document.mappings.length === 0) {
        throw new errors/* ConfigurationError */.j1('Not pruning: the files name no mapping, so prune would delete every mapping of the connection. Nothing was imported or deleted.');
    }
    const named = new Set(objectNames.map((name) => name.toLowerCase()));
    const unexplained = detail.mappings.filter((mapping) => !named.has(mapping.object_name.toLowerCase()) && ['failed', 'unknown'].includes((0,states/* judgeMapping */.K)(mapping.state)));
    if (unexplained.length > 0) {
        throw new errors/* ConfigurationError */.j1(`Not pruning: live mapping(s) the files do not contain are in a state this deploy cannot explain: ${unexplained.map((m) => describeMapping(m.object_name, m)).join(', ')}. ` +
            'Look at them in the dashboard and delete them by hand if they should go (heroku connect:mapping:delete), or deploy without prune. Nothing was imported or deleted.');
    }
}
/** A mapping of the files that the import leaves as it is, so nothing waits on it, is still worth a word when it is broken. */
function warnAboutFailedMappings(detail, objectNames, why, log) {
    const named = new Set(objectNames.map((name) => name.toLowerCase()));
    const failed = detail.mappings.filter((mapping) => named.has(mapping.object_name.toLowerCase()) && (0,states/* judgeMapping */.K)(mapping.state) === 'failed');
    if (failed.length > 0)
        log.warning(`${why}, but these mappings are in an error state: ${failed.map((m) => describeMapping(m.object_name, m)).join(', ')}.`);
}
/** Refuses a connection that cannot take an import, and one in a state this action does not know: nothing says an import is safe then. */
function checkReady(detail, app) {
    const verdict = (0,states/* judgeConnection */.u)(detail.state, app);
    if (verdict.kind === 'blocked') {
        throw new errors/* ConfigurationError */.j1(`The connection cannot take an import now: it is ${detail.state}, which means ${verdict.meaning}. ${verdict.remedy} Nothing was imported.`);
    }
    if (verdict.kind === 'unknown') {
        throw new errors/* DeployFailure */.Qt(`The connection is in state ${detail.state}, which this action does not know, so it cannot tell whether an import is safe now. Nothing was imported. ` +
            `Check the connection (heroku connect:info -a ${app}) and deploy again once it is IDLE.`);
    }
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
    const more = failing.length > MAX_LISTED_FINDINGS ? [`  \u2026 and ${failing.length - MAX_LISTED_FINDINGS} more`] : [];
    throw new errors/* DeployFailure */.Qt([`For the connection's plan (${herokuPlan ?? 'paid'}), the lint finds ${failing.length} problem(s) that reach fail-on "${request.failOn}"; nothing was imported:`, ...listed, ...more].join('\n'));
}
function alignSection(document, detail, record, log) {
    if (document.connection === undefined)
        return document;
    const { section, differences } = alignConnectionSection(document.connection, detail);
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

// EXTERNAL MODULE: ./src/core/output/escape.ts
var output_escape = __webpack_require__(706);
;// CONCATENATED MODULE: ./src/live/deploy/summary.ts






/** Every value from the files or from Heroku Connect, for the summary: escaped, and cut if long. */
function md(text) {
    return markdownText(clip(text, CELL_MAX_CHARS));
}
const ICON = { synced: '\u2705', working: '\u23f3', failed: '\u274c', unknown: '\u2754' };
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
        lines.push(`\u274c **Deploy to ${target} failed** after ${took}: ${md(record.error.message)}`, '');
        const imported = record.proven
            ? 'The import was applied and the live configuration matches the files; what failed came after it.'
            : record.imported
                ? 'Heroku Connect accepted the import, so the connection may hold part of it: the backup below undoes it.'
                : 'Nothing was imported.';
        lines.push(imported, '');
    }
    else if (record.upToDate) {
        lines.push(`\u2705 **Up to date**: ${target} already has every mapping of the files as they are, so nothing was imported (checked in ${took}).`, '');
    }
    else {
        lines.push(`\u2705 **Deployed** to ${target} in ${took}.${record.proven ? ' The live configuration, exported again after the sync, matches the files.' : ''}`, '');
    }
    const observed = observedNote(record);
    if (record.connectionState)
        lines.push(`Connection state${observed}: <code>${md(record.connectionState)}</code>`, '');
    lines.push(...changesSection(record, budget / 8));
    if (record.objectNames.length > 0) {
        // The table gets the largest share; the other lists and tables an eighth each, the three lists of names a 32nd.
        const rows = record.objectNames.map((name) => {
            const mapping = record.mappingStates[name];
            const state = mapping ? `${ICON[judgeMapping(mapping.state)]} ${md(mapping.state)}${mapping.description ? ` (${md(mapping.description)})` : ''}` : 'not listed on the connection';
            return `<tr><td>${md(name)}</td><td>${state}</td></tr>`;
        });
        const { taken } = takeWhileFits(rows, (budget * 13) / 32, (row) => bytes(row) + 1);
        lines.push(`<table><thead><tr><th>Imported mapping</th><th>State${observed}</th></tr></thead><tbody>`, ...taken, '</tbody></table>', '');
        if (taken.length < rows.length)
            lines.push(`${rows.length - taken.length} more imported mappings do not fit here.`, '');
    }
    if (record.backupFile) {
        lines.push(`Backup of the live configuration before the import: <code>${md(record.backupFile)}</code>. Import it to undo this deploy.`, '');
    }
    if (record.differences.length > 0) {
        lines.push("The files' <code>connection</code> section differs from the connection:", '');
        const items = record.differences.map((difference) => `- ${difference.level === 'notice' ? '\u2139\ufe0f ' : ''}${md(difference.message)}`);
        const { taken } = takeWhileFits(items, budget / 32, (item) => bytes(item) + 1);
        lines.push(...taken, ...(taken.length < items.length ? [`- ${items.length - taken.length} more differences do not fit here.`] : []), '');
    }
    lines.push(...writeErrorsSection(record, budget / 8), ...diagnoseSection(record, budget / 8), ...notRunSection(record, budget / 16));
    if (record.deleted.length > 0) {
        lines.push(`\ud83d\uddd1\ufe0f Deleted by prune, with their tables and data: ${namesWithin(record.deleted.map(md), budget / 32)}.${record.backupFile ? ` To restore them, import the backup <code>${md(record.backupFile)}</code> (heroku connect:import); their tables are loaded again from Salesforce.` : ''}`, '');
    }
    const deleted = new Set(record.deleted);
    const leftInPlace = record.notInFiles.filter((name) => !deleted.has(name));
    if (leftInPlace.length > 0) {
        lines.push(`Live mappings the files do not contain (an import never deletes a mapping; delete them in the dashboard if they should go): ${namesWithin(leftInPlace.map(md), budget / 8)}.`, '');
    }
    return lines.join('\n');
}
/** "a, b, c and 12 more": the names that fit in the budget, in their order, and how many did not. */
function namesWithin(names, budget) {
    const { taken } = takeWhileFits(names, budget, (name) => bytes(name) + 2);
    const more = names.length - taken.length;
    return `${taken.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
/** After a failure the states shown are the last ones read, which may be older than the failure. */
function observedNote(record) {
    if (!record.error || record.statesObservedAtMs === undefined)
        return '';
    return ` (last observed ${(0,core_text/* formatDuration */.a3)(record.statesObservedAtMs)} into the deploy, ${(0,core_text/* formatDuration */.a3)(record.elapsedMs - record.statesObservedAtMs)} before it ended)`;
}
/** The plan of the deploy: what the import changes against the live configuration, \u26a0\ufe0f on what needs a second look. */
function changesSection(record, budget) {
    if (record.changes === undefined || record.changes.length === 0)
        return [];
    const rows = record.changes.map((change) => `| ${change.care ? '\u26a0\ufe0f' : ''} | ${md(change.object)} | ${md(changeLabel(change))} | ${md(change.consequence)} |`);
    const { taken } = takeWhileFits(rows, budget, (row) => bytes(row) + 1);
    const more = rows.length - taken.length;
    return [
        `What the deploy changes on the connection (${rows.length} change${rows.length === 1 ? '' : 's'}, compared by meaning with the live configuration):`,
        '',
        '| | Object | Change | What it does |',
        '|---|---|---|---|',
        ...taken,
        '',
        ...(more > 0 ? [`${more} more change${more === 1 ? '' : 's'} do not fit here; \`heroku-connect-action plan --app\` lists them all.`, ''] : []),
    ];
}
const WRITE_ERRORS_PER_TABLE = 5;
/** New write errors by table: a few of each, newest first, with how many there are. */
function writeErrorsSection(record, budget) {
    const errors = record.writeErrors;
    if (errors === undefined)
        return [];
    if (errors.length === 0)
        return ['No new write errors to Salesforce since the import.', ''];
    const rows = [];
    for (const [table, list] of writeErrorsByTable(errors)) {
        for (const error of list.slice(0, WRITE_ERRORS_PER_TABLE)) {
            rows.push(`<tr><td>${md(table)}</td><td><code>${md(error.record_id)}</code></td><td>${md(error.message)}</td><td>${md(error.created_at)}</td></tr>`);
        }
        if (list.length > WRITE_ERRORS_PER_TABLE)
            rows.push(`<tr><td>${md(table)}</td><td colspan="3">and ${list.length - WRITE_ERRORS_PER_TABLE} more</td></tr>`);
    }
    const { taken } = takeWhileFits(rows, (budget * 3) / 4, (row) => bytes(row) + 1);
    const tables = namesWithin(writeErrorsByTable(errors).map(([table, list]) => `${md(table)} ${list.length}`), budget / 4);
    return [
        `\u26a0\ufe0f **${errors.length} new write error${errors.length === 1 ? '' : 's'}** to Salesforce since the import (${tables}):`,
        '',
        '<table><thead><tr><th>Table</th><th>Record</th><th>Message</th><th>Time</th></tr></thead><tbody>',
        ...taken,
        '</tbody></table>',
        '',
        ...(taken.length < rows.length ? [`${rows.length - taken.length} more rows do not fit here; the write-errors-file output has them all.`, ''] : []),
    ];
}
const DIAGNOSE_ICON = { error: '\u274c', warning: '\u26a0\ufe0f', notice: '\u2139\ufe0f' };
/** Heroku Connect's own diagnose, apart from the lint: its counts, and each error and warning with Heroku's rule id. */
function diagnoseSection(record, budget) {
    const report = record.diagnose;
    if (report === undefined)
        return [];
    const { errors, warnings, passes, skips } = report.counts;
    const lines = [
        '### Heroku Connect diagnose',
        '',
        `Heroku Connect's own checks (source: diagnose, not the lint): ${errors} error(s), ${warnings} warning(s), ${passes} passed, ${skips} skipped.`,
        '',
    ];
    const items = report.findings.map((f) => `- ${DIAGNOSE_ICON[f.level]} <code>${md(f.ruleId)}</code> (${md(f.object ?? 'connection')}): ${md(f.message)}`);
    const { taken } = takeWhileFits(items, budget, (item) => bytes(item) + 1);
    if (taken.length > 0)
        lines.push(...taken, '');
    if (taken.length < items.length)
        lines.push(`${items.length - taken.length} more diagnose findings do not fit here; the annotations and the SARIF file have them.`, '');
    return lines;
}
/** The checks Heroku Connect could not answer: not run, neither passed nor failed, each with why. */
function notRunSection(record, budget) {
    if (record.notRun.length === 0)
        return [];
    const items = record.notRun.map((entry) => `- \u23ed\ufe0f ${md(entry.check)}: not run, as Heroku Connect could not answer: ${md(entry.reason)}`);
    const { taken } = takeWhileFits(items, budget, (item) => bytes(item) + 1);
    return [
        `**${record.notRun.length} check${record.notRun.length === 1 ? '' : 's'} not run** (they count as neither passed nor failed):`,
        '',
        ...taken,
        '',
        ...(taken.length < items.length ? [`${items.length - taken.length} more do not fit here; the checks-not-run output has them all.`, ''] : []),
    ];
}
/** The deploy section when the lint stopped the deploy before it began. */
function renderDeploySkipped(reason) {
    return [HEADING, '', `\u23ed\ufe0f **Not deployed**: ${md(reason)} Nothing was imported.`, ''].join('\n');
}
/** The deploy's outcome for a terminal (the CLI); the error itself is printed on stderr. Values from the files or Heroku Connect are shown, never sent raw. */
function formatDeployText(record) {
    const target = record.resource
        ? `connection "${(0,output_escape/* terminalText */.eR)(record.resource)}" of app "${(0,output_escape/* terminalText */.eR)(record.app)}"${record.herokuPlan ? ` (plan ${(0,output_escape/* terminalText */.eR)(record.herokuPlan)})` : ''}`
        : `app "${(0,output_escape/* terminalText */.eR)(record.app)}"`;
    const took = (0,core_text/* formatDuration */.a3)(record.elapsedMs);
    const outcome = record.error
        ? `Deploy to ${target} failed after ${took}; ${record.imported ? 'the import was accepted.' : 'nothing was imported.'}`
        : record.upToDate
            ? `Up to date: ${target} already has the files' mappings; nothing was imported.`
            : `Deployed to ${target} in ${took}${record.proven ? '; the live configuration matches the files' : ''}.`;
    const lines = [outcome];
    if (record.changes && record.changes.length > 0) {
        // One push per line: spread into one call, a plan of a few hundred thousand changes overflowed the stack.
        lines.push(`Changes (${record.changes.length}):`);
        for (const change of record.changes)
            lines.push(`  ${change.care ? '\u26a0' : ' '} ${(0,output_escape/* terminalText */.eR)(change.object)}: ${(0,output_escape/* terminalText */.eR)((0,render.changeLabel)(change))}`);
    }
    if (record.connectionState)
        lines.push(`Connection state${observedNote(record)}: ${(0,output_escape/* terminalText */.eR)(record.connectionState)}`);
    const names = record.objectNames.map(output_escape/* terminalText */.eR);
    const width = names.reduce((widest, name) => Math.max(widest, name.length), 0);
    record.objectNames.forEach((name, i) => {
        const mapping = record.mappingStates[name];
        lines.push(`  ${names[i].padEnd(width)}  ${mapping ? (0,output_escape/* terminalText */.eR)(`${mapping.state}${mapping.description ? ` (${mapping.description})` : ''}`) : 'not listed on the connection'}`);
    });
    if (record.backupFile)
        lines.push(`Backup of the live configuration: ${(0,output_escape/* terminalText */.eR)(record.backupFile)} (import it to undo this deploy)`);
    if (record.writeErrors && record.writeErrors.length > 0) {
        lines.push(`New write errors since the import: ${record.writeErrors.length}`);
        for (const error of record.writeErrors.slice(0, 20))
            lines.push(`  ${(0,output_escape/* terminalText */.eR)(error.table_name)} ${(0,output_escape/* terminalText */.eR)(error.record_id)} ${(0,output_escape/* terminalText */.eR)(error.created_at)}: ${(0,output_escape/* terminalText */.eR)(error.message)}`);
    }
    if (record.diagnose) {
        const { errors, warnings, passes, skips } = record.diagnose.counts;
        lines.push(`Heroku Connect diagnose: ${errors} error(s), ${warnings} warning(s), ${passes} passed, ${skips} skipped`);
        for (const f of record.diagnose.findings)
            lines.push(`  ${(0,output_escape/* terminalText */.eR)(f.file)}:${f.line}:${f.column} ${f.level} ${(0,output_escape/* terminalText */.eR)(f.ruleId)}: ${(0,output_escape/* terminalText */.eR)(f.message)}`);
    }
    for (const entry of record.notRun)
        lines.push(`Not run: ${(0,output_escape/* terminalText */.eR)(entry.check)}: ${(0,output_escape/* terminalText */.eR)(entry.reason)}`);
    if (record.deleted.length > 0)
        lines.push(`Deleted by prune (import the backup to restore): ${record.deleted.map(output_escape/* terminalText */.eR).join(', ')}`);
    const deleted = new Set(record.deleted);
    const leftInPlace = record.notInFiles.filter((name) => !deleted.has(name));
    if (leftInPlace.length > 0)
        lines.push(`Live mappings not in the files, left in place: ${leftInPlace.map(output_escape/* terminalText */.eR).join(', ')}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/lint/report/text.ts
var report_text = __webpack_require__(9821);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/shared.ts + 2 modules
var shared = __webpack_require__(9615);
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
    const deploy = (0,read/* readDeploySettings */.lr)(flags);
    const backupDir = (0,read/* getString */.AA)(flags, 'backup-dir');
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
        discoveryServer: (0,discovery/* discoveryServerOf */.D)(io.env),
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
    const line = (text) => io.stderr.write(`${indent}${(0,output_escape/* terminalText */.eR)(text)}\n`);
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

/***/ 4299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ judgeMapping),
/* harmony export */   u: () => (/* binding */ judgeConnection)
/* harmony export */ });
/**
 * What each connection and mapping state means, from django-heroku-connect's groups and the Dev
 * Center state references: the one table the deploy, its wait, prune and health all judge by. A
 * state in neither table is unknown. Heroku adds states without notice, so each reader decides what
 * unknown means for it: the wait keeps going and warns once, a deploy refuses to start on it, prune
 * refuses to delete next to it, and health calls it unhealthy, by name.
 */
/** `{app}` in a remedy is replaced with the app name. */
const CONNECTION_STATES = new Map([
    ['IDLE', { kind: 'idle' }],
    ['IMPORT_CONFIGURATION', { kind: 'working' }],
    ['POLLING_DB_CHANGES', { kind: 'working' }],
    ['BUSY', { kind: 'working' }],
    ['RECOVERY', { kind: 'working' }],
    [
        'NEW',
        {
            kind: 'blocked',
            meaning: 'the connection is not set up yet (no database or schema chosen)',
            remedy: 'Finish the setup in the dashboard (heroku addons:open herokuconnect -a {app}) or with heroku connect:db:set -a {app}.',
        },
    ],
    ['NEED_AUTHENTICATION', { kind: 'blocked', meaning: 'the connection has not been authorized with Salesforce yet', remedy: 'Authorize it: heroku connect:sf:auth -a {app}.' }],
    ['PAUSED', { kind: 'blocked', meaning: 'the connection is paused (demo connections are paused after a period of inactivity)', remedy: 'Resume it: heroku connect:resume -a {app}.' }],
    ['UNAUTHORIZED', { kind: 'blocked', meaning: 'the Salesforce authorization has expired or was revoked', remedy: 'Reauthorize it: heroku connect:sf:auth -a {app}.' }],
    [
        'HEROKU_UNAUTH',
        {
            kind: 'blocked',
            meaning: "Heroku Connect has lost its authorization to the app's Heroku Postgres database",
            remedy: 'Reauthorize Heroku in the dashboard: heroku addons:open herokuconnect -a {app}.',
        },
    ],
    [
        'DB_UNAVAILABLE',
        { kind: 'blocked', meaning: 'Heroku Connect cannot reach the Postgres database', remedy: 'Check the database (heroku pg:info -a {app}), then resume the connection in the dashboard.' },
    ],
    [
        'SYSTEM_ERROR',
        { kind: 'blocked', meaning: 'an unexpected error interrupted synchronization', remedy: 'Look at heroku connect:diagnose -a {app} and the logs, then resume synchronization in the dashboard.' },
    ],
    ['TOO_MANY_ROWS', { kind: 'blocked', meaning: 'the connection is over the number of rows its license allows', remedy: 'Reduce the synchronized rows or upgrade the plan.' }],
    ['INACTIVE_ORG', { kind: 'blocked', meaning: 'the Salesforce organization is inactive', remedy: 'Reactivate the Salesforce org, or point the connection at an active one.' }],
    [
        'SYSTEM_ON_ICE',
        { kind: 'blocked', meaning: 'the demo connection was put on ice after a period of inactivity', remedy: 'Reactivate it in the dashboard: heroku addons:open herokuconnect -a {app}.' },
    ],
]);
/** A Map, not an object: a state named `constructor` or `__proto__` is unknown, never a prototype's member. */
function judgeConnection(state, app) {
    const entry = CONNECTION_STATES.get(state);
    if (entry === undefined)
        return { kind: 'unknown' };
    return entry.kind === 'blocked' ? { ...entry, remedy: entry.remedy.replaceAll('{app}', app) } : entry;
}
/**
 * DATA_SYNCED is the only settled healthy state. `working` is transient and fine: django's "OK"
 * group (polling Salesforce, bulk loads, a resync) and its "temporary error" group, which a new or
 * changed mapping passes through after an import (INITIAL, SCHEMA_CHANGED, RECOVERY). `failed` is
 * django's permanent errors: they do not resolve by waiting.
 */
const MAPPING_STATES = new Map([
    ['DATA_SYNCED', 'synced'],
    ...[
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
    ].map((state) => [state, 'working']),
    ...['BAD_CONFIG', 'SYSTEM_ERROR', 'DB_UNAVAILABLE', 'BULK_LOAD_ERROR', 'SYNC_REMOVED', 'INACTIVE_ORG', 'UNAUTHORIZED'].map((state) => [state, 'failed']),
]);
function judgeMapping(state) {
    return MAPPING_STATES.get(state) ?? 'unknown';
}


/***/ }),

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

/***/ 7797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ diagnoseFindings),
/* harmony export */   r: () => (/* binding */ mappingPlaces)
/* harmony export */ });
/* harmony import */ var _lint_parse_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6842);
/* harmony import */ var _lint_parse_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7064);
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6153);



/**
 * Where each mapping's object_name stands in the files, by lower-cased object name. A file that
 * cannot be read or parsed places nothing (the lint reports it); the first file's first line takes
 * what has no mapping line.
 */
async function mappingPlaces(files) {
    const byObject = new Map();
    for (const ref of files) {
        const format = (0,_lint_parse_source_js__WEBPACK_IMPORTED_MODULE_1__/* .formatOf */ .be)(ref.file);
        const read = await (0,_lint_parse_source_js__WEBPACK_IMPORTED_MODULE_1__/* .readSource */ .o$)(ref.absolutePath, format, ref.confinedTo);
        if (!read.ok)
            continue;
        const parsed = await (0,_lint_parse_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSource */ .P)(read.text, format);
        const value = parsed.value;
        if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(value) || !Array.isArray(value.mappings))
            continue;
        const named = value.mappings.flatMap((mapping, i) => ((0,_core_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(mapping) && typeof mapping.object_name === 'string' ? [{ name: mapping.object_name, i }] : []));
        const ranges = parsed.locate(named.map(({ i }) => ({ path: ['mappings', i, 'object_name'] })));
        named.forEach(({ name }, index) => {
            const { start } = ranges[index];
            const key = name.toLowerCase();
            if (!byObject.has(key))
                byObject.set(key, { file: ref.file, line: start.line, column: start.column });
        });
    }
    const first = files[0];
    return { byObject, ...(first && { fallback: { file: first.file, line: 1, column: 1 } }) };
}
/**
 * Each error and warning of the diagnose as a finding with Heroku's rule id and message: at the
 * mapping's object_name line when it concerns a mapping, at the first file's first line otherwise.
 * The level is the list Heroku put the check in (every failed check says FAILED; errors and warnings
 * tell the severity). Passes and skips are only counted. The connection result's own `mappings`
 * part is not read: each diagnosed mapping's answer covers it.
 */
function diagnoseFindings(results, places) {
    const findings = [];
    const counts = { errors: 0, warnings: 0, passes: 0, skips: 0 };
    const add = (checks, object) => {
        counts.errors += checks.errors.length;
        counts.warnings += checks.warnings.length;
        counts.passes += checks.passes.length;
        counts.skips += checks.skips.length;
        const place = (object !== undefined && places.byObject.get(object.toLowerCase())) || places.fallback;
        const levels = [
            ['error', checks.errors],
            ['warning', checks.warnings],
        ];
        for (const [level, list] of levels)
            for (const check of list)
                findings.push(toFinding(check, level, object, place));
    };
    add(results.connection, undefined);
    for (const { object, results: checks } of results.mappings)
        add(checks, object);
    return { findings, counts };
}
function toFinding(check, level, object, place) {
    const subject = object === undefined ? 'the connection' : `the ${object} mapping`;
    const message = `Heroku Connect diagnose of ${subject}, ${check.display_name}: ${check.message || 'failed'}${check.doc_url ? ` (${check.doc_url})` : ''}`;
    return {
        source: 'diagnose',
        ruleId: check.rule_id ?? check.display_name,
        level,
        message,
        file: place?.file ?? '',
        line: place?.line ?? 1,
        column: place?.column ?? 1,
        ...(object !== undefined && { object }),
        ...(check.doc_url && { docUrl: check.doc_url }),
    };
}


/***/ }),

/***/ 1382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ runDiagnose),
/* harmony export */   f: () => (/* binding */ readUnlessUnanswered)
/* harmony export */ });
/* harmony import */ var _clients_connect_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(385);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1586);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);



/**
 * `read()`, or undefined when Heroku Connect could not answer it (an error answer, a timeout, an
 * answer of the wrong shape: a RemoteFailure), which `onUnread` then hears of. Without `onUnread`,
 * and for anything but a remote failure (a refused key is a ConfigurationError), it throws.
 */
async function readUnlessUnanswered(check, read, onUnread) {
    try {
        return await read();
    }
    catch (error) {
        if (onUnread === undefined || !(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteFailure */ .p3))
            throw error;
        onUnread(check, error);
        return undefined;
    }
}
/**
 * Heroku Connect's server-side diagnose (what `heroku connect:diagnose` and
 * `connect:mapping:diagnose` run): the connection's checks, started and then read at its result_url
 * until done, and each given mapping's checks. The connection's result can carry each mapping's
 * checks under `mappings`, by object name; a mapping it lacks is asked for on its own, answered at
 * once. Costs 1 + (reads of the result) + one call per mapping the result lacks.
 */
async function runDiagnose(api, connection, mappings, options) {
    const result = await readUnlessUnanswered("Heroku Connect's diagnose of the connection", () => diagnoseConnection(api, connection, options), options.onUnread);
    const carried = new Map(Object.entries(result?.mappings ?? {}).map(([object, checks]) => [object.toLowerCase(), checks]));
    const diagnosed = [];
    for (const mapping of mappings) {
        const known = carried.get(mapping.object_name.toLowerCase());
        if (known !== undefined) {
            diagnosed.push({ object: mapping.object_name, results: known });
            continue;
        }
        const { id } = mapping;
        if (id === undefined) {
            options.log.info(`The ${mapping.object_name} mapping has no id in the connection's detail, so it is not diagnosed on its own.`);
            continue;
        }
        const results = await readUnlessUnanswered(`Heroku Connect's diagnose of the ${mapping.object_name} mapping`, () => (0,_clients_connect_client_js__WEBPACK_IMPORTED_MODULE_0__/* .validateMapping */ .VD)(api, connection, { id, object_name: mapping.object_name }), options.onUnread);
        if (results !== undefined)
            diagnosed.push({ object: mapping.object_name, results });
    }
    return { connection: result ?? { errors: [], warnings: [], passes: [], skips: [], mappings: {} }, mappings: diagnosed };
}
/** Starts the connection's diagnose and reads its result until it is done, within the deadline. */
async function diagnoseConnection(api, connection, options) {
    const { clock } = options;
    const started = clock.now();
    const resultUrl = await (0,_clients_connect_client_js__WEBPACK_IMPORTED_MODULE_0__/* .startValidation */ .es)(api, connection);
    options.log.info(`Heroku Connect's diagnose of the connection started; reading its result every ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(options.intervalMs)}.`);
    let result = await (0,_clients_connect_client_js__WEBPACK_IMPORTED_MODULE_0__/* .readValidationResult */ .Vx)(api, connection, resultUrl);
    while (result === undefined) {
        const remaining = options.deadline - clock.now();
        if (remaining <= 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteFailure */ .p3('Heroku Connect', 'hanging', `Heroku Connect's diagnose of connection "${connection.resource_name}" had not finished after ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(clock.now() - started)}, the time left before the deadline. Run "heroku connect:diagnose" later, or raise wait-timeout.`);
        }
        await clock.sleep(Math.min(options.intervalMs, remaining));
        result = await (0,_clients_connect_client_js__WEBPACK_IMPORTED_MODULE_0__/* .readValidationResult */ .Vx)(api, connection, resultUrl);
    }
    return result;
}


/***/ }),

/***/ 7642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hi: () => (/* binding */ writeErrorsSince),
/* harmony export */   f: () => (/* binding */ newWriteErrors),
/* harmony export */   u$: () => (/* binding */ writeErrorsByTable)
/* harmony export */ });
/** The write errors of `after` that `before` did not have, by id. */
function newWriteErrors(before, after) {
    const seen = new Set(before.map((error) => error.id));
    return after.filter((error) => !seen.has(error.id));
}
/** The write errors created at or after `since` (clock time); one whose time cannot be read is kept. */
function writeErrorsSince(errors, since) {
    return errors.filter((error) => {
        const at = Date.parse(error.created_at);
        return Number.isNaN(at) || at >= since;
    });
}
/** By table (the mapping's table name), tables in order of first appearance, newest error first within each. */
function writeErrorsByTable(errors) {
    const tables = new Map();
    for (const error of errors) {
        const list = tables.get(error.table_name) ?? [];
        list.push(error);
        tables.set(error.table_name, list);
    }
    for (const list of tables.values())
        list.sort((a, b) => b.created_at.localeCompare(a.created_at));
    return [...tables];
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
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
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
    // The caller decided about colour; styleText would otherwise decide again from process.stdout.
    const paint = (style, text) => (color ? (0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)(style, text, { validateStream: false }) : text);
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

//# sourceMappingURL=630.index.js.map