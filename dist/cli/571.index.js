export const id = 571;
export const ids = [571];
export const modules = {

/***/ 9571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployCommand: () => (/* binding */ deployCommand)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/interface/inputs/read.ts + 2 modules
var read = __webpack_require__(1954);
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
        // api-version-changed is never made by planChanges, which compares mappings; the version is proven from the detail.
        case 'mapping-removed':
        case 'mapping-deleted':
        case 'api-version-changed':
            return `${object}: ${change.detail}`;
    }
}

// EXTERNAL MODULE: ./src/core/errors.ts + 1 modules
var errors = __webpack_require__(1586);
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
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
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
        const writeErrorsBefore = await (0,run/* readUnlessUnanswered */.f)(WRITE_ERRORS_BEFORE, () => (0,client/* readWriteErrors */.PS)(baselineApi, connection), notRun);
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
// EXTERNAL MODULE: ./src/core/output/terminal.ts
var terminal = __webpack_require__(5617);
// EXTERNAL MODULE: ./src/lint/report/text.ts
var report_text = __webpack_require__(9821);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/shared.ts
var shared = __webpack_require__(1145);
;// CONCATENATED MODULE: ./src/cli/deploy.ts










/**
 * Lints the files, then deploys them as the action does: the lint report and the deploy's outcome
 * on stdout, progress on stderr.
 */
async function deployCommand(parsed, io) {
    // The key comes from HEROKU_API_KEY only: a flag would put it in the shell history and the process list.
    const flags = (0,options/* cliSource */.kJ)('deploy', parsed, io.env);
    const deploy = (0,read/* readDeploySettings */.lr)(flags);
    const backupDir = (0,read/* getString */.AA)(flags, 'backup-dir');
    const { inputs, request } = await (0,shared/* checkSettings */.EW)('deploy', parsed, io);
    const lint = await (0,lint_run/* runLint */.nU)(request);
    io.stdout.write((0,report_text/* formatText */.vX)(lint, (0,shared/* useColor */.by)('deploy', parsed, io), (0,terminal/* terminalWidth */.JL)(io.stdout)));
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
    io.stdout.write((0,summary/* formatDeployText */.I2)(record));
    if (record.error)
        throw record.error;
    return shared/* EXIT */.dc.ok;
}
/**
 * Progress on stderr: one line each, notices and warnings marked, a group's lines indented under its
 * name, and on a terminal the wait's heartbeat as one line updated in place.
 */
function stderrLog(io) {
    let indent = '';
    const progress = (0,shared/* stderrProgress */.WZ)(io);
    const line = (text) => progress.line(`${indent}${text}`);
    return {
        info: line,
        ...(progress.status && { status: (text) => progress.status(text === '' ? '' : `${indent}${text}`) }),
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

/***/ 1382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ runDiagnose),
/* harmony export */   f: () => (/* binding */ readUnlessUnanswered)
/* harmony export */ });
/* harmony import */ var _clients_connect_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(646);
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


/***/ })

};

//# sourceMappingURL=571.index.js.map