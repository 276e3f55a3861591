export const id = 109;
export const ids = [109,848];
export const modules = {

/***/ 6848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diagnoseCommand: () => (/* binding */ diagnoseCommand),
/* harmony export */   openConnection: () => (/* binding */ openConnection)
/* harmony export */ });
/* harmony import */ var _interface_inputs_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1954);
/* harmony import */ var _clients_connect_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(646);
/* harmony import */ var _clients_connect_discovery_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(5771);
/* harmony import */ var _clients_connect_resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3054);
/* harmony import */ var _plan_document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7990);
/* harmony import */ var _live_diagnose_findings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7797);
/* harmony import */ var _live_diagnose_run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1382);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1586);
/* harmony import */ var _interface_formats_registry_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1327);
/* harmony import */ var _core_http_clock_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2054);
/* harmony import */ var _lint_discover_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8698);
/* harmony import */ var _core_output_escape_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(706);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(776);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1145);















const POLL_INTERVAL_MS = 2000;
/** `diagnose`: read only; the connection's diagnose, then each mapping's. */
async function diagnoseCommand(parsed, io) {
    const flags = (0,_options_js__WEBPACK_IMPORTED_MODULE_12__/* .cliSource */ .kJ)('diagnose', parsed, io.env);
    const render = (0,_shared_js__WEBPACK_IMPORTED_MODULE_13__/* .liveFormat */ .SY)(_interface_formats_registry_js__WEBPACK_IMPORTED_MODULE_8__/* .DIAGNOSE_FORMATS */ .S3, flags, 'diagnose-format');
    const failOn = (0,_interface_inputs_read_js__WEBPACK_IMPORTED_MODULE_0__/* .getChoice */ .m)(flags, 'fail-on') ?? 'error';
    const clock = io.clock ?? _core_http_clock_js__WEBPACK_IMPORTED_MODULE_9__/* .systemClock */ .ml;
    const deadline = (0,_shared_js__WEBPACK_IMPORTED_MODULE_13__/* .readOnlyDeadline */ .JL)(parsed, flags, clock);
    const live = await openConnection(flags, io, deadline);
    const report = await live.run(async (api, connection) => {
        const files = parsed.positionals.length === 0 ? [] : (await (0,_lint_discover_js__WEBPACK_IMPORTED_MODULE_10__/* .discover */ .k4)({ root: io.cwd, namedMayLeaveRoot: true }, parsed.positionals)).targets;
        const named = files.length === 0 ? undefined : new Set((await (0,_plan_document_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeMappingFiles */ .k)(files)).mappings.map((m) => m.object_name.toLowerCase()));
        const detail = await (0,_clients_connect_client_js__WEBPACK_IMPORTED_MODULE_1__/* .readDetail */ .on)(api, connection);
        const mappings = detail.mappings.filter((mapping) => named === undefined || named.has(mapping.object_name.toLowerCase()));
        const places = files.length === 0 ? { byObject: new Map() } : await (0,_live_diagnose_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .mappingPlaces */ .r)(files);
        const log = { info: (message) => io.stderr.write(`${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_11__/* .terminalText */ .eR)(message)}\n`) };
        return (0,_live_diagnose_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnoseFindings */ .P)(await (0,_live_diagnose_run_js__WEBPACK_IMPORTED_MODULE_6__/* .runDiagnose */ ._)(api, connection, mappings, { clock, intervalMs: POLL_INTERVAL_MS, deadline, log }), places);
    });
    io.stdout.write(await render(report));
    const fails = failOn !== 'never' && report.findings.some((finding) => _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .LEVEL_RANK */ .YT[finding.level] <= _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .LEVEL_RANK */ .YT[failOn]);
    return fails ? _shared_js__WEBPACK_IMPORTED_MODULE_13__/* .EXIT */ .dc.findings : _shared_js__WEBPACK_IMPORTED_MODULE_13__/* .EXIT */ .dc.ok;
}
/** The app's connection for the read-only commands: the key from HEROKU_API_KEY, never a flag (shell history, process list). */
async function openConnection(flags, io, deadline) {
    const app = (0,_interface_inputs_read_js__WEBPACK_IMPORTED_MODULE_0__/* .oneApp */ .an)(flags, 'This command');
    if (app === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1('--app is required: the Heroku app with the Heroku Connect add-on.');
    const resource = (0,_interface_inputs_read_js__WEBPACK_IMPORTED_MODULE_0__/* .getString */ .AA)(flags, 'resource');
    const apiKey = (0,_interface_inputs_read_js__WEBPACK_IMPORTED_MODULE_0__/* .getSecret */ .r6)(flags, 'heroku-api-key');
    if (apiKey === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1('Set HEROKU_API_KEY to a Heroku API key of a user with access to the app.');
    (0,_interface_inputs_read_js__WEBPACK_IMPORTED_MODULE_0__/* .requireTrustedEventFor */ .IH)(flags, 'the Heroku API key');
    const redact = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .redactor */ .$p)(apiKey, '[HEROKU_API_KEY]');
    const log = { info: (message) => io.stderr.write(`${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_11__/* .terminalText */ .eR)(redact(message))}\n`) };
    const options = {
        apiKey,
        discoveryServer: (0,_clients_connect_discovery_js__WEBPACK_IMPORTED_MODULE_14__/* .discoveryServerOf */ .D)(io.env),
        log,
        ...(io.clock && { clock: io.clock }),
        ...(io.fetch && { fetch: io.fetch }),
        ...(deadline !== undefined && { deadline }),
    };
    return { run: (fn) => (0,_clients_connect_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .onConnection */ .M)(options, { app, resource: resource || undefined }, fn) };
}


/***/ }),

/***/ 2109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeErrorsCommand: () => (/* binding */ writeErrorsCommand)
/* harmony export */ });
/* harmony import */ var _interface_inputs_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1954);
/* harmony import */ var _clients_connect_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(646);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8571);
/* harmony import */ var _live_diagnose_write_errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7642);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1586);
/* harmony import */ var _interface_formats_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1327);
/* harmony import */ var _core_http_clock_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2054);
/* harmony import */ var _core_output_escape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(706);
/* harmony import */ var _diagnose_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6848);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(776);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1145);











/** `write-errors`: read only, one call. */
async function writeErrorsCommand(parsed, io) {
    if (parsed.positionals.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`write-errors takes no files ("${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)(parsed.positionals[0])}"): it reads the connection's write errors. Run heroku-connect-action write-errors --help for its options.`);
    const flags = (0,_options_js__WEBPACK_IMPORTED_MODULE_7__/* .cliSource */ .kJ)('write-errors', parsed, io.env);
    const render = (0,_shared_js__WEBPACK_IMPORTED_MODULE_8__/* .liveFormat */ .SY)(_interface_formats_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .WRITE_ERRORS_FORMATS */ .Pp, flags, 'write-errors-format');
    const since = (0,_interface_inputs_read_js__WEBPACK_IMPORTED_MODULE_0__/* .getString */ .AA)(flags, 'since');
    const sinceMs = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_9__/* .parseDuration */ .E)(since);
    if (sinceMs === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--since is "${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)(since)}"; use a number with s, m, h or d, such as 2h.`);
    // Its calls end within the read-only commands' time, as diagnose's do.
    const live = await (0,_diagnose_js__WEBPACK_IMPORTED_MODULE_6__.openConnection)(flags, io, (0,_shared_js__WEBPACK_IMPORTED_MODULE_8__/* .readOnlyDeadline */ .JL)(parsed, flags, io.clock ?? _core_http_clock_js__WEBPACK_IMPORTED_MODULE_4__/* .systemClock */ .ml));
    const all = await live.run((api, connection) => (0,_clients_connect_client_js__WEBPACK_IMPORTED_MODULE_1__/* .readWriteErrors */ .PS)(api, connection));
    const errors = (0,_live_diagnose_write_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .writeErrorsSince */ .Hi)(all, (io.clock ?? _core_http_clock_js__WEBPACK_IMPORTED_MODULE_4__/* .systemClock */ .ml).now() - sinceMs);
    io.stdout.write(await render({ errors, since }));
    return _shared_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok;
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
        const read = (0,_lint_parse_source_js__WEBPACK_IMPORTED_MODULE_1__/* .readSource */ .o$)(ref.absolutePath, format, ref.confinedTo);
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

/***/ 7990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ mergeMappingFiles)
/* harmony export */ });
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6153);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1586);
/* harmony import */ var _lint_parse_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7064);
/* harmony import */ var _lint_parse_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6842);





/** The connection-section keys kept as written; several files must agree on them, or which one applies is a guess. */
const KEPT_CONNECTION_KEYS = ['features', 'api_version', 'logplex_log_enabled'];
/**
 * Reads the selected mapping files (JSON or YAML) into the one document the import takes: every
 * mapping, the first `connection` section, `version` 1. An object mapped twice, in one file or in
 * two, is refused, since the import would keep one of them without saying which.
 */
async function mergeMappingFiles(files) {
    if (files.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('There is no mapping file to deploy: the files selected for the lint matched none.');
    const mappings = [];
    const mappedIn = new Map();
    let connection;
    for (const ref of files) {
        const { file } = ref;
        const document = await readDocument(ref);
        document.mappings.forEach((mapping, i) => {
            if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(mapping) || typeof mapping.object_name !== 'string' || mapping.object_name === '') {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Mapping ${i + 1} in "${file}" has no object_name, so it cannot be imported.`);
            }
            // Salesforce object names are case-insensitive, and so is Connect's lookup of a mapping.
            const key = mapping.object_name.toLowerCase();
            const earlier = mappedIn.get(key);
            if (earlier !== undefined) {
                const where = earlier === file ? `twice in "${file}"` : `in both "${earlier}" and "${file}"`;
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Object "${mapping.object_name}" is mapped ${where}. A connection has one mapping per object: keep one of them.`);
            }
            mappedIn.set(key, file);
            mappings.push(mapping);
        });
        if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(document.connection))
            continue;
        if (connection === undefined) {
            connection = { section: document.connection, file };
            continue;
        }
        const differing = KEPT_CONNECTION_KEYS.filter((key) => !(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .sameJson */ .Vk)(connection.section[key], document.connection[key]));
        if (differing.length > 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The "connection" sections of "${connection.file}" and "${file}" differ in ${differing.join(', ')}; one import can carry only one. ` +
                'Make them agree, or remove the section from all but one file.');
        }
    }
    return { mappings, ...(connection && { connection: connection.section }), version: 1 };
}
async function readDocument({ file, absolutePath, confinedTo }) {
    const format = (0,_lint_parse_source_js__WEBPACK_IMPORTED_MODULE_2__/* .formatOf */ .be)(file);
    const read = (0,_lint_parse_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readSource */ .o$)(absolutePath, format, confinedTo);
    if (!read.ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`"${file}" cannot be deployed: ${read.problem.message}`);
    const parsed = await (0,_lint_parse_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSource */ .P)(read.text, format);
    const value = parsed.value;
    if (value === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`"${file}" cannot be deployed: ${parsed.problems[0]?.message ?? 'it does not parse.'}`);
    }
    if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value) || !Array.isArray(value.mappings)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`"${file}" cannot be deployed: it has no top-level "mappings" list, so it is not a Heroku Connect mapping file.`);
    }
    return value;
}


/***/ })

};

//# sourceMappingURL=109.index.js.map