export const id = 352;
export const ids = [352,31];
export const modules = {

/***/ 6601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployStage: () => (/* binding */ deployStage)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/clients/connect/discovery.ts
var discovery = __webpack_require__(5771);
// EXTERNAL MODULE: ./src/clients/connect/client.ts + 2 modules
var client = __webpack_require__(385);
// EXTERNAL MODULE: ./src/clients/connect/resolve.ts
var resolve = __webpack_require__(61);
// EXTERNAL MODULE: ./src/clients/connect/states.ts
var states = __webpack_require__(4299);
// EXTERNAL MODULE: ./src/lint/parse/parse.ts
var parse = __webpack_require__(6842);
// EXTERNAL MODULE: ./src/lint/parse/source.ts
var source = __webpack_require__(7064);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
;// CONCATENATED MODULE: ./src/live/diagnose/findings.ts



/**
 * Where each mapping's object_name stands in the files, by lower-cased object name. A file that
 * cannot be read or parsed places nothing (the lint reports it); the first file's first line takes
 * what has no mapping line.
 */
async function mappingPlaces(files) {
    const byObject = new Map();
    for (const ref of files) {
        const format = (0,source/* formatOf */.be)(ref.file);
        const read = await (0,source/* readSource */.o$)(ref.absolutePath, format, ref.confinedTo);
        if (!read.ok)
            continue;
        const parsed = await (0,parse/* parseSource */.P)(read.text, format);
        const value = parsed.value;
        if (!(0,json/* isRecord */.u4)(value) || !Array.isArray(value.mappings))
            continue;
        const named = value.mappings.flatMap((mapping, i) => ((0,json/* isRecord */.u4)(mapping) && typeof mapping.object_name === 'string' ? [{ name: mapping.object_name, i }] : []));
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

// EXTERNAL MODULE: ./src/core/errors.ts + 1 modules
var errors = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/live/diagnose/run.ts



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
        if (onUnread === undefined || !(error instanceof errors/* RemoteFailure */.p3))
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
        const results = await readUnlessUnanswered(`Heroku Connect's diagnose of the ${mapping.object_name} mapping`, () => (0,client/* validateMapping */.VD)(api, connection, { id, object_name: mapping.object_name }), options.onUnread);
        if (results !== undefined)
            diagnosed.push({ object: mapping.object_name, results });
    }
    return { connection: result ?? { errors: [], warnings: [], passes: [], skips: [], mappings: {} }, mappings: diagnosed };
}
/** Starts the connection's diagnose and reads its result until it is done, within the deadline. */
async function diagnoseConnection(api, connection, options) {
    const { clock } = options;
    const started = clock.now();
    const resultUrl = await (0,client/* startValidation */.es)(api, connection);
    options.log.info(`Heroku Connect's diagnose of the connection started; reading its result every ${(0,core_text/* formatDuration */.a3)(options.intervalMs)}.`);
    let result = await (0,client/* readValidationResult */.Vx)(api, connection, resultUrl);
    while (result === undefined) {
        const remaining = options.deadline - clock.now();
        if (remaining <= 0) {
            throw new errors/* RemoteFailure */.p3('Heroku Connect', 'hanging', `Heroku Connect's diagnose of connection "${connection.resource_name}" had not finished after ${(0,core_text/* formatDuration */.a3)(clock.now() - started)}, the time left before the deadline. Run "heroku connect:diagnose" later, or raise wait-timeout.`);
        }
        await clock.sleep(Math.min(options.intervalMs, remaining));
        result = await (0,client/* readValidationResult */.Vx)(api, connection, resultUrl);
    }
    return result;
}

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
        const writeErrorsBefore = await readUnlessUnanswered(WRITE_ERRORS_BEFORE, () => (0,client/* readWriteErrors */.PS)(baselineApi, connection), notRun);
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
            const after = await readUnlessUnanswered(WRITE_ERRORS_AFTER, () => (0,client/* readWriteErrors */.PS)(api, connection), notRun);
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
        const results = await log.group("Running Heroku Connect's diagnose", () => runDiagnose(api, connection, diagnosed, { clock, intervalMs: request.pollIntervalSeconds * 1000, deadline, log, onUnread: notRun }));
        record.diagnose = diagnoseFindings(results, await mappingPlaces(request.files));
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

// EXTERNAL MODULE: ./src/core/output/budget.ts
var output_budget = __webpack_require__(1344);
// EXTERNAL MODULE: ./src/core/output/escape.ts
var output_escape = __webpack_require__(706);
;// CONCATENATED MODULE: ./src/live/deploy/summary.ts






/** Every value from the files or from Heroku Connect, for the summary: escaped, and cut if long. */
function md(text) {
    return (0,output_escape/* markdownText */.p7)((0,output_escape/* clip */.$Q)(text, output_budget/* CELL_MAX_CHARS */.I2));
}
const ICON = { synced: '\u2705', working: '\u23f3', failed: '\u274c', unknown: '\u2754' };
const HEADING = '## Heroku Connect deploy';
/**
 * The deploy section of the job summary. Everything from the files or from Heroku Connect is
 * escaped; the table of mappings and the list of live mappings not in the files keep what fits in
 * the budget and say how many more there are.
 */
function renderDeploySummary(record, budget = output_budget/* DEPLOY_SUMMARY_BUDGET_BYTES */.$I) {
    const target = record.resource
        ? `connection <code>${md(record.resource)}</code> of app <code>${md(record.app)}</code>${record.herokuPlan ? ` (plan ${md(record.herokuPlan)})` : ''}`
        : `app <code>${md(record.app)}</code>`;
    const took = (0,core_text/* formatDuration */.a3)(record.elapsedMs);
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
            const state = mapping ? `${ICON[(0,states/* judgeMapping */.K)(mapping.state)]} ${md(mapping.state)}${mapping.description ? ` (${md(mapping.description)})` : ''}` : 'not listed on the connection';
            return `<tr><td>${md(name)}</td><td>${state}</td></tr>`;
        });
        const { taken } = (0,output_budget/* takeWhileFits */.z8)(rows, (budget * 13) / 32, (row) => (0,output_budget/* bytes */.ee)(row) + 1);
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
        const { taken } = (0,output_budget/* takeWhileFits */.z8)(items, budget / 32, (item) => (0,output_budget/* bytes */.ee)(item) + 1);
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
    const { taken } = (0,output_budget/* takeWhileFits */.z8)(names, budget, (name) => (0,output_budget/* bytes */.ee)(name) + 2);
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
    const rows = record.changes.map((change) => `| ${change.care ? '\u26a0\ufe0f' : ''} | ${md(change.object)} | ${md((0,render.changeLabel)(change))} | ${md(change.consequence)} |`);
    const { taken } = (0,output_budget/* takeWhileFits */.z8)(rows, budget, (row) => (0,output_budget/* bytes */.ee)(row) + 1);
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
    for (const [table, list] of (0,write_errors/* writeErrorsByTable */.u$)(errors)) {
        for (const error of list.slice(0, WRITE_ERRORS_PER_TABLE)) {
            rows.push(`<tr><td>${md(table)}</td><td><code>${md(error.record_id)}</code></td><td>${md(error.message)}</td><td>${md(error.created_at)}</td></tr>`);
        }
        if (list.length > WRITE_ERRORS_PER_TABLE)
            rows.push(`<tr><td>${md(table)}</td><td colspan="3">and ${list.length - WRITE_ERRORS_PER_TABLE} more</td></tr>`);
    }
    const { taken } = (0,output_budget/* takeWhileFits */.z8)(rows, (budget * 3) / 4, (row) => (0,output_budget/* bytes */.ee)(row) + 1);
    const tables = namesWithin((0,write_errors/* writeErrorsByTable */.u$)(errors).map(([table, list]) => `${md(table)} ${list.length}`), budget / 4);
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
    const { taken } = (0,output_budget/* takeWhileFits */.z8)(items, budget, (item) => (0,output_budget/* bytes */.ee)(item) + 1);
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
    const { taken } = (0,output_budget/* takeWhileFits */.z8)(items, budget, (item) => (0,output_budget/* bytes */.ee)(item) + 1);
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
        ? `connection "${terminalText(record.resource)}" of app "${terminalText(record.app)}"${record.herokuPlan ? ` (plan ${terminalText(record.herokuPlan)})` : ''}`
        : `app "${terminalText(record.app)}"`;
    const took = formatDuration(record.elapsedMs);
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
            lines.push(`  ${change.care ? '\u26a0' : ' '} ${terminalText(change.object)}: ${terminalText(changeLabel(change))}`);
    }
    if (record.connectionState)
        lines.push(`Connection state${observedNote(record)}: ${terminalText(record.connectionState)}`);
    const names = record.objectNames.map(terminalText);
    const width = names.reduce((widest, name) => Math.max(widest, name.length), 0);
    record.objectNames.forEach((name, i) => {
        const mapping = record.mappingStates[name];
        lines.push(`  ${names[i].padEnd(width)}  ${mapping ? terminalText(`${mapping.state}${mapping.description ? ` (${mapping.description})` : ''}`) : 'not listed on the connection'}`);
    });
    if (record.backupFile)
        lines.push(`Backup of the live configuration: ${terminalText(record.backupFile)} (import it to undo this deploy)`);
    if (record.writeErrors && record.writeErrors.length > 0) {
        lines.push(`New write errors since the import: ${record.writeErrors.length}`);
        for (const error of record.writeErrors.slice(0, 20))
            lines.push(`  ${terminalText(error.table_name)} ${terminalText(error.record_id)} ${terminalText(error.created_at)}: ${terminalText(error.message)}`);
    }
    if (record.diagnose) {
        const { errors, warnings, passes, skips } = record.diagnose.counts;
        lines.push(`Heroku Connect diagnose: ${errors} error(s), ${warnings} warning(s), ${passes} passed, ${skips} skipped`);
        for (const f of record.diagnose.findings)
            lines.push(`  ${terminalText(f.file)}:${f.line}:${f.column} ${f.level} ${terminalText(f.ruleId)}: ${terminalText(f.message)}`);
    }
    for (const entry of record.notRun)
        lines.push(`Not run: ${terminalText(entry.check)}: ${terminalText(entry.reason)}`);
    if (record.deleted.length > 0)
        lines.push(`Deleted by prune (import the backup to restore): ${record.deleted.map(terminalText).join(', ')}`);
    const deleted = new Set(record.deleted);
    const leftInPlace = record.notInFiles.filter((name) => !deleted.has(name));
    if (leftInPlace.length > 0)
        lines.push(`Live mappings not in the files, left in place: ${leftInPlace.map(terminalText).join(', ')}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/core/output/links.ts
var links = __webpack_require__(4312);
;// CONCATENATED MODULE: ./src/live/diagnose/sarif.ts



/**
 * The diagnose findings as a SARIF run of their own, beside the lint's run in the same file: a tool
 * of its own name and category, so code scanning keeps Heroku Connect's checks apart from the
 * offline lint's rules. The rules are Heroku's, known only by the ids its answers carry.
 */
function diagnoseSarifRun(findings) {
    const ruleIds = [...new Set(findings.map((finding) => finding.ruleId))];
    // The ids come from Heroku's answers, so there may be as many as findings: each is looked up, not searched for.
    const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
    const helpUri = new Map(findings.filter((f) => f.docUrl).map((f) => [f.ruleId, f.docUrl]));
    return {
        tool: {
            driver: {
                name: 'heroku-connect-action diagnose',
                informationUri: links/* PROJECT_URL */.w5,
                rules: ruleIds.map((id) => ({ id, ...(helpUri.has(id) && { helpUri: helpUri.get(id) }), properties: { tags: ['heroku-connect', 'diagnose'] } })),
            },
        },
        automationDetails: { id: 'heroku-connect-action/diagnose/' },
        columnKind: 'utf16CodeUnits',
        results: findings.map((finding) => ({
            ruleId: finding.ruleId,
            ruleIndex: ruleIndex.get(finding.ruleId),
            level: finding.level === 'notice' ? 'note' : finding.level,
            message: { text: (0,output_escape/* sarifText */.BC)(finding.message) },
            locations: [{ physicalLocation: { artifactLocation: { uri: (0,core_text/* encodePath */.O0)(finding.file) }, region: { startLine: finding.line, startColumn: finding.column } } }],
            properties: { source: 'diagnose', ...(finding.object !== undefined && { object: finding.object }) },
        })),
    };
}

// EXTERNAL MODULE: ./src/lint/report/github.ts
var github = __webpack_require__(5825);
// EXTERNAL MODULE: ./src/lint/report/sarif.ts + 1 modules
var report_sarif = __webpack_require__(388);
;// CONCATENATED MODULE: ./src/action/deploy-stage.ts











/** Deploys the linted files unless the lint failed; outputs and the summary are written however it ends. */
async function deployStage(io, root, inputs, lint, deploy, lintFails, deps) {
    if (lintFails) {
        io.setOutput('imported', 'false');
        await io.writeSummary(renderDeploySkipped(`the lint findings reach fail-on "${inputs.failOn}".`));
        io.info('Not deploying: the lint failed.');
        return;
    }
    const record = await runDeploy({
        ...deploy,
        files: lint.files,
        backupDir: io.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
        discoveryServer: (0,discovery/* discoveryServerOf */.D)(io.env),
        ...(io.env.GITHUB_EVENT_NAME && { eventName: io.env.GITHUB_EVENT_NAME }),
        ...(inputs.herokuPlan && { lintedHerokuPlan: inputs.herokuPlan }),
        failOn: inputs.failOn,
        lint: (herokuPlan) => (0,lint_run/* runLint */.nU)({ root, ...inputs, herokuPlan, log: io }),
    }, {
        info: (message) => io.info(message),
        notice: (message) => io.notice(message, { title: 'heroku-connect-action deploy' }),
        warning: (message) => io.warning(message, { title: 'heroku-connect-action deploy' }),
        group: (name, fn) => io.group(name, fn),
    }, { ...(deps.clock && { clock: deps.clock }), ...(deps.fetch && { fetch: deps.fetch }) });
    const states = Object.fromEntries(Object.entries(record.mappingStates).map(([name, mapping]) => [name, mapping.state]));
    io.setOutput('connection-state', record.connectionState ?? '');
    io.setOutput('mapping-states', JSON.stringify(states));
    io.setOutput('imported', String(record.imported));
    io.setOutput('backup-file', record.backupFile ?? '');
    io.setOutput('changes', record.changes === undefined ? '' : String(record.changes.length));
    io.setOutput('checks-not-run', checksNotRunOutput(record.notRun));
    if (record.writeErrors) {
        const file = await (0,write/* writeOutput */.z)({ kind: 'private', folder: io.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), prefix: 'heroku-connect-write-errors-', suffix: '.json' }, `${JSON.stringify(record.writeErrors, null, 2)}\n`);
        io.setOutput('write-errors', record.writeErrors.length);
        io.setOutput('write-errors-file', file);
    }
    if (record.diagnose) {
        (0,github/* annotate */.fz)(record.diagnose.findings, io, 'the job summary lists them');
        if (inputs.sarifFile) {
            const sarif = (0,report_sarif.toSarif)(lint.findings);
            sarif.runs.push(diagnoseSarifRun(record.diagnose.findings));
            await (0,write/* writeOutput */.z)({ kind: 'workspace', root, name: inputs.sarifFile }, JSON.stringify(sarif, null, 2));
        }
    }
    await io.writeSummary(renderDeploySummary(record));
    if (record.error)
        throw record.error;
}
/** The checks not run, each reason cut short, as many as fit in the output's share: the names matter most. */
function checksNotRunOutput(notRun) {
    const entries = notRun.map((entry) => JSON.stringify({ check: entry.check, reason: (0,output_escape/* clip */.$Q)(entry.reason, CHECK_REASON_MAX_CHARS) }));
    const { taken } = (0,output_budget/* takeWhileFits */.z8)(entries, output_budget/* OUTPUT_BUDGET_BYTES */.oB / 8, (entry) => Buffer.byteLength(entry) + 1);
    return `[${taken.join(',')}]`;
}
const CHECK_REASON_MAX_CHARS = 300;


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

/***/ 4153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ HttpClient),
  W: () => (/* binding */ describeStatus)
});

// EXTERNAL MODULE: ./src/core/errors.ts + 1 modules
var errors = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
// EXTERNAL MODULE: ./src/core/http/clock.ts
var clock = __webpack_require__(2054);
;// CONCATENATED MODULE: ./src/core/http/network.ts
// fetch's errors are read by shape, not instanceof: they come from Node's own realm, which differs
// from the caller's when code runs in a VM context (as under jest).
/** Whether fetch gave up because the request's AbortSignal.timeout fired. */
function isTimeout(error) {
    return error?.name === 'TimeoutError';
}
/**
 * What a network failure says, with its cause: undici's "fetch failed" says nothing, its cause
 * ("ECONNREFUSED", "other side closed") says what happened.
 */
function networkErrorText(error) {
    const cause = error?.cause;
    return `${textOf(error)}${cause === undefined ? '' : ` (${textOf(cause)})`}`;
}
function textOf(value) {
    const message = value?.message;
    return typeof message === 'string' ? message : String(value);
}

;// CONCATENATED MODULE: ./src/core/http/retry.ts
const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 30_000;
const IMF_FIXDATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;
/**
 * Exponential backoff with "equal jitter": half of the step is fixed and half random, so that
 * requests failing together (parallel ones, or several clients) do not retry together. `attempt`
 * is the 1-based attempt that failed.
 */
function backoffMs(attempt, random = Math.random) {
    const step = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
    return Math.round(step / 2 + random() * (step / 2));
}
/**
 * Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. Not capped: the
 * request's deadline decides whether the wait fits, and a server asking for more is not asked early.
 */
function retryAfterMs(header, now) {
    const value = header?.trim() ?? '';
    const ms = /^\d+$/.test(value) ? Number(value) * 1000 : IMF_FIXDATE.test(value) ? Date.parse(value) - now : Number.NaN;
    return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

;// CONCATENATED MODULE: ./src/core/http/client.ts





const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;
/**
 * The one HTTP policy of the project: a timeout on every attempt, exponential backoff with jitter,
 * Retry-After in both forms, 401 and 403 never retried, and every wait cut at the request's
 * deadline. Redirects are never followed: the credential goes only where the caller sends it.
 * Failures are RemoteFailures that name the service, the call and what came back.
 */
class HttpClient {
    options;
    clock;
    fetch;
    timeoutMs;
    retries;
    budgetMs;
    maxBodyBytes;
    constructor(options) {
        this.options = options;
        this.clock = options.clock ?? clock/* systemClock */.ml;
        this.fetch = options.fetch ?? fetch;
        this.timeoutMs = options.timeoutMs ?? 30_000;
        this.retries = options.retries ?? 5;
        this.budgetMs = options.budgetMs ?? 300_000;
        this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    }
    get service() {
        return this.options.service;
    }
    /** The refusal of a URL an answer gave that is not on the origins allowed, naming its host. */
    offOrigin(purpose, url) {
        return new errors/* RemoteFailure */.p3(this.service, 'redirected', `${this.service} pointed the request to ${purpose} at another host, ${url.host}; ${this.options.credential} was not sent there.`);
    }
    async request(request) {
        const host = new URL(request.url);
        if (this.options.origins && !this.options.origins.has(host.origin))
            throw this.offOrigin(request.purpose, host);
        const started = this.clock.now();
        const deadline = Math.min(request.deadline ?? started + this.budgetMs, this.options.deadline ?? Infinity);
        const attempts = this.retries + 1;
        let last;
        for (let attempt = 1;; attempt++) {
            const left = deadline - this.clock.now();
            if (left <= 0)
                throw this.outOfTime(request, deadline - started, last ?? { reason: 'hanging', what: 'no time left to send it' });
            const outcome = await this.attempt(request, Math.min(this.timeoutMs, left));
            if ('answer' in outcome)
                return outcome.answer;
            last = outcome;
            if (attempt === attempts) {
                throw new errors/* RemoteFailure */.p3(this.service, outcome.reason, `${this.service} could not be asked to ${request.purpose}: ${attempts} attempts failed, the last with ${outcome.what}.`);
            }
            const waitMs = outcome.waitMs ?? backoffMs(attempt, this.options.random);
            if (this.clock.now() + waitMs >= deadline)
                throw this.outOfTime(request, deadline - started, outcome, waitMs);
            this.options.log?.info(`Asking ${this.service} to ${request.purpose} failed with ${outcome.what}; retrying in ${(waitMs / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${attempts}).`);
            await this.clock.sleep(waitMs, request.signal);
            request.onRetry?.(outcome.what);
        }
    }
    /**
     * A fetch for a library that makes its own requests (Octokit), under this policy. What the
     * library sees of a failure is the RemoteFailure this client throws, as the error's cause.
     */
    fetchAdapter = async (input, init = {}) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        const method = init.method ?? 'GET';
        const headers = Object.fromEntries(new Headers(init.headers).entries());
        const answer = await this.request({
            method,
            url: url.href,
            ...(typeof init.body === 'string' && { body: init.body }),
            headers,
            purpose: `answer ${method} ${url.pathname}`,
            expect: /json/.test(headers.accept ?? '') && !/\.raw/.test(headers.accept ?? '') ? 'json' : 'any',
            ...(init.signal && { signal: init.signal }),
        });
        const empty = answer.text === '' || [204, 205, 304].includes(answer.status);
        return new Response(empty ? null : answer.text, { status: answer.status, headers: answer.headers });
    };
    async attempt(request, limitMs) {
        const timeout = this.clock.timeout(limitMs);
        let response;
        let text;
        try {
            response = await this.fetch(request.url, {
                method: request.method ?? 'GET',
                headers: {
                    ...this.options.headers,
                    ...request.headers,
                    ...(request.json !== undefined && { 'Content-Type': 'application/json' }),
                },
                ...(request.json !== undefined ? { body: JSON.stringify(request.json) } : request.body !== undefined && { body: request.body }),
                // A redirect could carry the credential to another host; it is reported instead.
                redirect: 'manual',
                signal: request.signal ? AbortSignal.any([request.signal, timeout]) : timeout,
            });
            text = await readCapped(response, this.maxBodyBytes);
        }
        catch (error) {
            if (request.signal?.aborted)
                throw error;
            // A new text without the error's cause: it could carry request details.
            return isTimeout(error) ? { reason: 'hanging', what: `no answer within ${seconds(limitMs)}` } : { reason: 'failing', what: `a network error: ${networkErrorText(error)}` };
        }
        // Not retried: the same answer would be as large again.
        if (text === undefined)
            throw this.tooLarge(request);
        const { status } = response;
        const body = parseJson(text);
        if ((0,json/* nestsDeeperThan */.ix)(body, json/* MAX_ANSWER_DEPTH */.yF)) {
            throw new errors/* RemoteFailure */.p3(this.service, 'answered', `${this.service} answered with JSON nested more than ${json/* MAX_ANSWER_DEPTH */.yF} levels deep when asked to ${request.purpose}; it was not read.`);
        }
        if (status >= 300 && status < 400 && status !== 304)
            throw this.redirected(request, response);
        if (status === 429 || status >= 500) {
            const waitMs = retryAfterMs(response.headers.get('retry-after'), this.clock.now());
            return { reason: status === 429 ? 'rate-limited' : 'failing', what: describeStatus(status, body), ...(waitMs !== undefined && { waitMs }) };
        }
        if (status >= 200 && status < 300 && request.expect !== 'any' && body === undefined && text.trim() !== '') {
            return { reason: 'failing', what: `HTTP ${status} answered with a body that is not JSON (content type ${response.headers.get('content-type') ?? 'none'})` };
        }
        return { answer: { status, headers: response.headers, text, body } };
    }
    tooLarge(request) {
        return new errors/* RemoteFailure */.p3(this.service, 'answered', `${this.service}'s answer when asked to ${request.purpose} is larger than ${mebibytes(this.maxBodyBytes)}, the most read from ${this.service}; it was not read.`);
    }
    redirected(request, response) {
        const location = response.headers.get('location') ?? '';
        let target;
        try {
            target = new URL(location, request.url);
        }
        catch {
            target = undefined;
        }
        const where = target === undefined || target.host === new URL(request.url).host
            ? `to ${target?.href ?? 'an unreadable address'}, which is not followed`
            : `to another host, ${target.host}, which is not followed: ${this.options.credential} was not sent there`;
        return new errors/* RemoteFailure */.p3(this.service, 'redirected', `${this.service} redirected the request to ${request.purpose} (HTTP ${response.status}) ${where}.`);
    }
    outOfTime(request, budgetMs, last, waitMs) {
        const wait = last.reason === 'rate-limited' && waitMs !== undefined ? `, asking to wait ${seconds(waitMs)}` : '';
        return new errors/* RemoteFailure */.p3(this.service, last.reason, `${this.service} could not be asked to ${request.purpose} within the ${seconds(budgetMs)} it had (${last.reason}: ${last.what}${wait}).`);
    }
}
/** "HTTP 404: Not Found", with the message of the error body when it has one (`message` or `error`). */
function describeStatus(status, body) {
    const record = body;
    const message = typeof record?.message === 'string' ? record.message : typeof record?.error === 'string' ? record.error : '';
    return `HTTP ${status}${message === '' ? '' : `: ${message.slice(0, 500)}`}`;
}
/**
 * The body as text, or undefined once it passes `maxBytes`: counted as it arrives, after fetch has
 * decompressed it, so that neither a gzip bomb nor an endless body is held in memory.
 */
async function readCapped(response, maxBytes) {
    if (response.body === null)
        return '';
    const reader = response.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > maxBytes) {
            await reader.cancel().catch(() => undefined);
            return undefined;
        }
        chunks.push(value);
    }
    // As Response.text() decodes: UTF-8, a byte-order mark dropped.
    return new TextDecoder().decode(Buffer.concat(chunks, size));
}
function mebibytes(bytes) {
    return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : `${bytes} bytes`;
}
function parseJson(text) {
    if (text.trim() === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function seconds(ms) {
    return `${ms / 1000} s`;
}


/***/ }),

/***/ 6804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NL: () => (/* binding */ urlSegment),
/* harmony export */   R1: () => (/* binding */ checkedCredential),
/* harmony export */   Si: () => (/* binding */ checkedCredentialUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1586);

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/**
 * The URL, if a credential may be sent there: https, or plain http to this machine (a local
 * stand-in server), and no user name or password of its own. What follows the origin (a path, a
 * query) is the caller's to accept or refuse.
 */
function checkedCredentialUrl(value, role) {
    const hint = role.hint === undefined ? '' : ` ${role.hint}`;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${role.name} "${value}" is not an absolute URL.${hint}`);
    }
    if (url.username !== '' || url.password !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${role.name} must not contain a user name or password; pass ${role.credential} on its own.`);
    }
    // Plain http would send the credential in clear text.
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${role.name} "${url.origin}" does not use https; it must use https (or http to this machine) for ${role.credential} to be sent there.${hint}`);
    }
    return url;
}
/**
 * The credential, if it fits in an Authorization header: printable ASCII without spaces. Otherwise
 * fetch throws a message that quotes the header, credential included. `name` opens the message and
 * `hint` ends it; the value itself is never quoted.
 */
function checkedCredential(value, name, hint) {
    if (!/^[\x21-\x7e]+$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name} is empty or contains spaces, line breaks or non-ASCII characters. ${hint}`);
    }
    return value;
}
/**
 * A value from a file or an answer (an object name, an id, a path part) as one segment of a URL
 * path: encoded, so that "/", "?" and "#" stay inside it, and refused when it is empty, "." or
 * "..", which a URL resolves into another path. `refuse` makes the error, naming where the value
 * came from: a configuration error for a file's, a remote failure for an answer's.
 */
function urlSegment(value, refuse) {
    if (value === '' || value === '.' || value === '..')
        throw refuse(value === '' ? 'is empty' : `is "${value}", which a URL reads as a step in its path`);
    return encodeURIComponent(value);
}


/***/ }),

/***/ 1781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MF: () => (/* binding */ checkedAnswer),
/* harmony export */   Rp: () => (/* binding */ answerFailure)
/* harmony export */ });
/* unused harmony export fieldPath */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1586);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6153);


/**
 * The one boundary for API answers: the body, typed, once `validate` accepts it; otherwise a
 * RemoteFailure naming the service, the field and the call (`purpose` completes "asked to \u2026").
 */
function checkedAnswer(validate, body, service, purpose) {
    if (validate(body))
        return body;
    throw answerFailure(service, purpose, problemOf(validate.errors?.[0], body));
}
/** A failure about an answer's content that no schema can say (a URL elsewhere, a missing fallback). */
function answerFailure(service, purpose, problem) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteFailure */ .p3(service, 'answered', `${service}'s answer when asked to ${purpose} is not what its API returns: ${problem}.`);
}
/** `mappings[2].state`, as a reader of the answer would write it; the root is "the answer". */
function fieldPath(path) {
    let text = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            text += `[${segment}]`;
        else if (/^[A-Za-z_$][\w$]*$/.test(segment))
            text += text === '' ? segment : `.${segment}`;
        else
            text += `[${JSON.stringify(segment.length > 80 ? `${segment.slice(0, 80)}\u2026` : segment)}]`;
    }
    return text === '' ? 'the answer' : text;
}
function problemOf(error, body) {
    if (error === undefined)
        return 'it does not match the expected shape';
    const path = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePointer */ .vp)(error.instancePath);
    const field = fieldPath(path);
    const params = error.params;
    switch (error.keyword) {
        case 'required':
            return `${field} has no "${String(params.missingProperty)}"`;
        case 'type':
            return `${field} is ${kindOf(valueAt(body, path))}, where ${expected(params.type)} belongs`;
        case 'minLength':
            return `${field} is empty`;
        // The answer schemas use a pattern only for links that reach a sink (a SARIF helpUri, a summary).
        case 'pattern':
            return `${field} is not an https URL`;
        default:
            return `${field} ${error.message ?? 'does not match the expected shape'}`;
    }
}
/** The value at `path` (only ever one the validator reached, so every step exists). */
function valueAt(body, path) {
    let value = body;
    for (const segment of path)
        value = Array.isArray(value) || (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value) ? value[segment] : undefined;
    return value;
}
/** What was found, without quoting text (it may be long, or carry a secret): "a number (5)", "an object". */
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'number' || typeof value === 'boolean')
        return `a ${typeof value} (${String(value)})`;
    if (typeof value === 'object')
        return 'an object';
    return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}
const TYPE_NAMES = { string: 'a string', number: 'a number', integer: 'a whole number', boolean: 'true or false', object: 'an object', array: 'a list', null: 'null' };
function expected(type) {
    const types = (Array.isArray(type) ? type : String(type).split(',')).map((name) => TYPE_NAMES[String(name)] ?? String(name));
    return types.length === 1 ? types[0] : `${types.slice(0, -1).join(', ')} or ${types.at(-1)}`;
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

//# sourceMappingURL=352.index.js.map