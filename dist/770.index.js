export const id = 770;
export const ids = [770];
export const modules = {

/***/ 5003:
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
// EXTERNAL MODULE: ./src/clients/connect/client.ts
var client = __webpack_require__(646);
// EXTERNAL MODULE: ./src/clients/connect/resolve.ts
var resolve = __webpack_require__(61);
// EXTERNAL MODULE: ./src/clients/connect/states.ts
var states = __webpack_require__(4299);
// EXTERNAL MODULE: ./src/live/diagnose/findings.ts
var findings = __webpack_require__(7797);
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
        // api-version-changed is never made by planChanges, which compares mappings; the version is proven from the detail.
        case 'mapping-removed':
        case 'mapping-deleted':
        case 'api-version-changed':
            return `${object}: ${change.detail}`;
    }
}

// EXTERNAL MODULE: ./src/core/http/clock.ts
var http_clock = __webpack_require__(2054);
// EXTERNAL MODULE: ./src/lint/run.ts + 7 modules
var lint_run = __webpack_require__(8299);
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
    return (0,write.writeOutput)({ kind: 'private', folder: dir, prefix: `heroku-connect-backup-${safeName(app)}-${safeName(resource)}-${stamp}-`, suffix: '.json' }, `${JSON.stringify(document, null, 4)}\n`);
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
// EXTERNAL MODULE: ./src/live/database/reach.ts + 2 modules
var reach = __webpack_require__(1941);
// EXTERNAL MODULE: ./src/clients/postgres/database.ts
var database = __webpack_require__(705);
// EXTERNAL MODULE: ./src/live/database/drift.ts
var drift = __webpack_require__(4325);
;// CONCATENATED MODULE: ./src/live/database/deploy-check.ts




/** What the import must have made in the database: a table, a column, a system column. */
const MADE_BY_THE_IMPORT = new Set(['table-missing', 'column-missing', 'system-column-missing']);
/**
 * Evidence that the import altered the tables: the tables of the mappings it changed, read again
 * every interval until each has its columns, within the deploy's deadline (Connect alters a table
 * after the mapping is saved, and a large one takes a while). Fails naming each table and column
 * that never came. One short session per look, so that no session stays open across the waits.
 */
async function waitForTables(tables, wait) {
    const started = wait.clock.now();
    const known = new Set(tables.map((table) => table.table));
    let said = -1;
    for (;;) {
        const missing = await (0,database/* withDatabase */.kR)({ url: wait.url, deadline: wait.deadline, clock: wait.clock }, async (database) => (0,drift/* compareTables */.D)(tables, await (0,drift/* readSchemaTables */.B)(database, wait.schema), wait.schema, known).filter((finding) => MADE_BY_THE_IMPORT.has(finding.kind)));
        if (missing.length === 0) {
            wait.log.info(`The database has the table and every column of the ${tables.length} mapping(s) the import changed, in schema ${wait.schema}.`);
            return;
        }
        if (wait.clock.now() + wait.intervalMs >= wait.deadline) {
            const named = missing.slice(0, 10).map((finding) => (finding.column ? `${wait.schema}.${finding.table}.${finding.column}` : `table ${wait.schema}.${finding.table}`));
            const more = missing.length > named.length ? `, and ${missing.length - named.length} more` : '';
            throw new errors/* DeployFailure */.Qt(`The import was applied, but after ${(0,core_text/* formatDuration */.a3)(wait.clock.now() - started)} the database still lacks ${named.join(', ')}${more}: Heroku Connect did not alter the table(s) for the mapping(s) it changed. ` +
                'Check the mapping in the dashboard (a SCHEMA_CHANGED mapping is still altering), then deploy again.');
        }
        // Said once, and again only when the number changes: a long wait is not a line per poll.
        if (missing.length !== said)
            wait.log.info(`Waiting for Heroku Connect to alter the tables: ${missing.length} column(s) or table(s) not there yet.`);
        said = missing.length;
        await wait.clock.sleep(wait.intervalMs);
    }
}

// EXTERNAL MODULE: ./src/live/database/tables.ts
var database_tables = __webpack_require__(2597);
// EXTERNAL MODULE: ./src/live/deploy/wait.ts + 1 modules
var wait = __webpack_require__(9775);
// EXTERNAL MODULE: ./src/live/deploy/lifecycle.ts
var lifecycle = __webpack_require__(8780);
// EXTERNAL MODULE: ./src/clients/connect/types.ts + 1 modules
var connect_types = __webpack_require__(6859);
;// CONCATENATED MODULE: ./src/live/deploy/run.ts



























const MAX_LISTED_FINDINGS = 10;
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
        ...(log.status && { status: (message) => log.status(redact(message)) }),
    };
    const started = clock.now();
    const record = {
        app: request.app,
        objectNames: [],
        imported: false,
        notRun: [],
        mappingStates: {},
        notInFiles: [],
        differences: [],
        deleted: [],
        elapsedMs: 0,
        apiVersionChanged: false,
        steps: [],
        timeline: [],
    };
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
    const api = (0,client/* connectApi */.Xm)({ ...deps, apiKey: request.apiKey, discoveryServer: request.discoveryServer, clock, log, deadline: deadline + wait/* LAST_POLL_GRACE_MS */.fJ });
    const connection = await (0,resolve/* findConnection */.C)(api, app, request.resource, log);
    record.resource = connection.resource_name;
    const observe = (detail) => {
        noteStates(record, detail);
        record.statesObservedAtMs = clock.now() - started;
        record.apiVersion = (0,connect_types/* liveApiVersion */.xv)(detail) ?? record.apiVersion;
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
        onChange: (change) => record.timeline.push({ ...change, atMs: clock.now() - started }),
    };
    let detail = await (0,client/* readDetail */.on)(api, connection);
    observe(detail);
    record.herokuPlan = detail.plan;
    log.info(`Connection "${connection.resource_name}" of app "${app}": ${detail.state}, plan ${detail.plan ?? 'unknown'}, ${detail.mappings.length} mapping(s).`);
    if (detail.state === 'IMPORT_CONFIGURATION') {
        log.info('Another import is running on the connection; waiting for it to finish first.');
        detail = await log.group('Waiting for the running import to finish', () => (0,wait/* waitForRunningImport */.HC)(poll));
    }
    checkReady(detail, app);
    if (request.prune)
        checkPrunable(document, detail, record.objectNames);
    await lintForPlan(request, detail.plan, log);
    const targetVersion = (0,connect_types/* requestedApiVersion */.TM)(document, detail);
    if (targetVersion !== undefined) {
        detail = await changeApiVersionFirst(request, targetVersion, detail, record, { api, connection, poll, log, steps: record.steps, started });
    }
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
        const waited = await log.group(`Waiting for Heroku Connect to apply the import (every ${request.pollIntervalSeconds} s, at most ${(0,core_text/* formatDuration */.a3)(request.waitTimeoutSeconds * 1000)})`, () => (0,wait/* waitForImport */.U6)(detail, { objectNames: record.objectNames, changed, mismatches }, poll));
        detail = waited.detail;
        log.info(`The connection is IDLE and every mapping the import changes is DATA_SYNCED, after ${waited.evidence}.`);
        const changedKeys = new Set(changed.map((name) => name.toLowerCase()));
        const unchanged = record.objectNames.filter((name) => !changedKeys.has(name.toLowerCase()));
        warnAboutFailedMappings(detail, unchanged, 'Left as they were by the import', log);
        proveImport(waited.proven ? [] : await mismatches(), record, log);
        if (targetVersion !== undefined)
            proveApiVersion(detail, targetVersion, log);
        const reached = request.database && (await (0,reach/* databaseOf */.z)(request.database, app, detail, { ...deps, apiKey: request.apiKey, clock, deadline, log }));
        if (reached) {
            const tables = (0,database_tables/* expectedTables */.cf)({ mappings: merged.mappings.filter((mapping) => changedKeys.has(mapping.object_name.toLowerCase())) }, undefined, (0,database_tables/* hasStatusColumns */.UP)(detail));
            await log.group('Checking the tables in the database', () => waitForTables(tables, { url: reached.url, schema: reached.schema, clock, intervalMs: request.pollIntervalSeconds * 1000, deadline, log }));
            record.tablesChecked = true;
        }
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
/** The most a resume after a failure may take: the deploy's own deadline may be what ran out. */
const RESUME_AFTER_FAILURE_MS = 120_000;
/**
 * The API-version change before the import: refused unless api-version-change is apply; then the
 * schema diff (refused on any unsafe or undetermined mapping), pause, the change, and resume, each
 * waited for. Whatever fails once the connection is paused, it is resumed before the deploy ends.
 */
async function changeApiVersionFirst(request, target, detail, record, context) {
    const live = (0,connect_types/* liveApiVersion */.xv)(detail);
    const { app } = request;
    if (request.apiVersionChange !== 'apply') {
        throw new errors/* ConfigurationError */.j1(`The files ask for Salesforce API ${target}, and the connection runs ${live}. Nothing was changed. ` +
            `With api-version-change: apply (--api-version-change apply), the deploy reads the schema diff, refuses an unsafe one, then pauses the connection, changes its API version to ${target}, resumes it and imports the files. ` +
            `Or set connection.api_version to ${live} in the files.`);
    }
    const { log } = context;
    const diff = await (0,client/* readSchemaDiff */.H9)(context.api, context.connection, target);
    const blocking = (0,lifecycle/* blockingMappings */.dm)(diff);
    context.steps.push({
        name: `schema diff ${live} \u2192 ${target}`,
        startedAtMs: context.poll.clock.now() - context.started,
        tookMs: 0,
        outcome: `${diff.mappings.length} mapping(s), ${blocking.length} unsafe or undetermined`,
        failed: blocking.length > 0,
    });
    if (blocking.length > 0) {
        throw new errors/* DeployFailure */.Qt(`Not changing the Salesforce API version from ${live} to ${target}: the schema diff finds ${blocking.length} mapping(s) unsafe or undetermined: ` +
            `${blocking.map((mapping) => `${mapping.name} (${[...mapping.messages, (0,consequences/* schemaDiffConsequence */.U4)(mapping)].join(' ')})`).join('; ')}. Nothing was changed.`);
    }
    log.info(`Changing the Salesforce API version from ${live} to ${target}: the schema diff is safe for every mapping (${diff.mappings.length}).`);
    if (detail.state !== 'IDLE') {
        throw new errors/* ConfigurationError */.j1(`The connection must be IDLE to be paused for the API-version change; it is ${detail.state}. Nothing was changed. Deploy again once it is IDLE.`);
    }
    await (0,lifecycle/* pause */.v7)(context);
    try {
        await (0,lifecycle/* changeVersion */.Pg)(context, target);
        record.apiVersionChanged = true;
        record.apiVersion = target;
        const resumed = await (0,lifecycle/* resume */.U)(context);
        log.info(`The connection runs Salesforce API ${target} and is ${resumed.state} again.`);
        return resumed;
    }
    catch (error) {
        await resumeAfterFailure(context, record, app);
        throw error;
    }
}
/** The deploy paused the connection and something failed: it resumes it, with a budget of its own, and says how that went. */
async function resumeAfterFailure(context, record, app) {
    const { clock } = context.poll;
    const deadline = clock.now() + RESUME_AFTER_FAILURE_MS;
    const own = { ...context, api: { ...context.api, deadline: deadline + wait/* LAST_POLL_GRACE_MS */.fJ }, poll: { ...context.poll, deadline } };
    try {
        const resumed = await (0,lifecycle/* resume */.U)(own);
        record.resumedAfterFailure = `The deploy had paused the connection, so it resumed it after the failure: it is ${resumed.state} again.`;
        context.log.warning(record.resumedAfterFailure);
    }
    catch (error) {
        record.resumedAfterFailure =
            `The deploy had paused the connection and could not resume it after the failure (${error instanceof Error ? error.message : String(error)}). ` +
                `Resume it now: heroku-connect-action resume --app ${app}, or heroku connect:resume -a ${app}.`;
        context.log.warning(record.resumedAfterFailure);
    }
}
/** The version proof: the connection's detail, read after the sync, reports the version of the files. */
function proveApiVersion(detail, target, log) {
    const live = (0,connect_types/* liveApiVersion */.xv)(detail);
    if (live !== target)
        throw new errors/* DeployFailure */.Qt(`The connection reports Salesforce API ${live ?? 'unknown'} after the import, not the ${target} of the files.`);
    log.info(`The connection reports Salesforce API ${target}, as the files ask.`);
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
        throw new errors/* ConfigurationError */.j1(`Not pruning: live mapping(s) the files do not contain are in a state this deploy cannot explain: ${unexplained.map((m) => (0,wait/* describeMapping */.gc)(m.object_name, m)).join(', ')}. ` +
            'Look at them in the dashboard and delete them by hand if they should go (heroku connect:mapping:delete), or deploy without prune. Nothing was imported or deleted.');
    }
}
/** A mapping of the files that the import leaves as it is, so nothing waits on it, is still worth a word when it is broken. */
function warnAboutFailedMappings(detail, objectNames, why, log) {
    const named = new Set(objectNames.map((name) => name.toLowerCase()));
    const failed = detail.mappings.filter((mapping) => named.has(mapping.object_name.toLowerCase()) && (0,states/* judgeMapping */.K)(mapping.state) === 'failed');
    if (failed.length > 0)
        log.warning(`${why}, but these mappings are in an error state: ${failed.map((m) => (0,wait/* describeMapping */.gc)(m.object_name, m)).join(', ')}.`);
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

// EXTERNAL MODULE: ./src/live/deploy/summary.ts
var summary = __webpack_require__(7748);
// EXTERNAL MODULE: ./src/core/output/escape.ts
var output_escape = __webpack_require__(706);
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
// EXTERNAL MODULE: ./src/core/output/budget.ts
var budget = __webpack_require__(1344);
// EXTERNAL MODULE: ./src/lint/report/sarif.ts + 1 modules
var report_sarif = __webpack_require__(388);
;// CONCATENATED MODULE: ./src/action/deploy-stage.ts











/** Deploys the linted files unless the lint failed; outputs and the summary are written however it ends. */
async function deployStage(io, root, inputs, lint, deploy, lintFails, deps) {
    if (lintFails) {
        io.setOutput('imported', 'false');
        await io.writeSummary((0,summary/* renderDeploySkipped */.ix)(`the lint findings reach fail-on "${inputs.failOn}".`));
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
    io.setOutput('api-version', record.apiVersion ?? '');
    io.setOutput('api-version-changed', String(record.apiVersionChanged));
    if (record.writeErrors) {
        const file = await (0,write.writeOutput)({ kind: 'private', folder: io.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), prefix: 'heroku-connect-write-errors-', suffix: '.json' }, `${JSON.stringify(record.writeErrors, null, 2)}\n`);
        io.setOutput('write-errors', record.writeErrors.length);
        io.setOutput('write-errors-file', file);
    }
    if (record.diagnose) {
        (0,github/* annotate */.fz)(record.diagnose.findings, io, 'the job summary lists them');
        if (inputs.sarifFile) {
            const sarif = (0,report_sarif.toSarif)(lint.findings);
            sarif.runs.push(diagnoseSarifRun(record.diagnose.findings));
            await (0,write.writeOutput)({ kind: 'workspace', root, name: inputs.sarifFile }, JSON.stringify(sarif, null, 2));
        }
    }
    await io.writeSummary((0,summary/* renderDeploySummary */.AY)(record));
    if (record.error)
        throw record.error;
}
/** The checks not run, each reason cut short, as many as fit in the output's share: the names matter most. */
function checksNotRunOutput(notRun) {
    const entries = notRun.map((entry) => JSON.stringify({ check: entry.check, reason: (0,output_escape/* clip */.$Q)(entry.reason, CHECK_REASON_MAX_CHARS) }));
    const { taken } = (0,budget/* takeWhileFits */.z8)(entries, budget/* OUTPUT_BUDGET_BYTES */.oB / 8, (entry) => Buffer.byteLength(entry) + 1);
    return `[${taken.join(',')}]`;
}
const CHECK_REASON_MAX_CHARS = 300;


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


/***/ })

};

//# sourceMappingURL=770.index.js.map