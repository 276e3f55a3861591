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
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1729);
/* harmony import */ var _connect_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8589);
/* harmony import */ var _connect_resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(562);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3054);
/* harmony import */ var _plan_document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7990);
/* harmony import */ var _diagnose_findings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6188);
/* harmony import */ var _diagnose_run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6937);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3916);
/* harmony import */ var _http_clock_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8658);
/* harmony import */ var _lint_discover_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8698);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4031);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(776);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7063);













const POLL_INTERVAL_MS = 2000;
/** A diagnose takes seconds; its default bound is shorter than a deploy's. */
const DEFAULT_WAIT_SECONDS = 300;
/** `diagnose`: read only; the connection's diagnose, then each mapping's. */
async function diagnoseCommand(parsed, io) {
    if (parsed.values.help) {
        io.stdout.write((0,_options_js__WEBPACK_IMPORTED_MODULE_11__/* .commandUsage */ .T3)('diagnose'));
        return _shared_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT */ .dc.ok;
    }
    const flags = (0,_options_js__WEBPACK_IMPORTED_MODULE_11__/* .cliSource */ .kJ)('diagnose', parsed, io.env);
    const format = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .getChoice */ .m)(flags, 'text-or-json') ?? 'text';
    const failOn = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .getChoice */ .m)(flags, 'fail-on') ?? 'error';
    const clock = io.clock ?? _http_clock_js__WEBPACK_IMPORTED_MODULE_8__/* .systemClock */ .ml;
    const waitSeconds = parsed.values['wait-timeout'] === undefined ? DEFAULT_WAIT_SECONDS : (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .getInteger */ .XU)(flags, 'wait-timeout');
    const deadline = clock.now() + waitSeconds * 1000;
    const live = await openConnection(flags, io, deadline);
    const report = await live.run(async (api, connection) => {
        const files = parsed.positionals.length === 0 ? [] : (await (0,_lint_discover_js__WEBPACK_IMPORTED_MODULE_9__/* .discover */ .k4)({ root: io.cwd, namedMayLeaveRoot: true }, parsed.positionals)).targets;
        const named = files.length === 0 ? undefined : new Set((await (0,_plan_document_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeMappingFiles */ .k)(files)).mappings.map((m) => m.object_name.toLowerCase()));
        const detail = await (0,_connect_client_js__WEBPACK_IMPORTED_MODULE_1__/* .readDetail */ .on)(api, connection);
        const mappings = detail.mappings.filter((mapping) => named === undefined || named.has(mapping.object_name.toLowerCase()));
        const places = files.length === 0 ? { byObject: new Map() } : await (0,_diagnose_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .mappingPlaces */ .r)(files);
        const log = { info: (message) => io.stderr.write(`${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_10__/* .terminalText */ .eR)(message)}\n`) };
        return (0,_diagnose_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnoseFindings */ .P)(await (0,_diagnose_run_js__WEBPACK_IMPORTED_MODULE_6__/* .runDiagnose */ ._)(api, connection, mappings, { clock, intervalMs: POLL_INTERVAL_MS, deadline, log }), places);
    });
    io.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatDiagnose(report));
    const fails = failOn !== 'never' && report.findings.some((finding) => _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .LEVEL_RANK */ .YT[finding.level] <= _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .LEVEL_RANK */ .YT[failOn]);
    return fails ? _shared_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT */ .dc.findings : _shared_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT */ .dc.ok;
}
function formatDiagnose(report) {
    const { errors, warnings, passes, skips } = report.counts;
    const lines = report.findings.map((f) => {
        const where = f.file === '' ? (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_10__/* .terminalText */ .eR)(f.object ?? 'connection') : `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_10__/* .terminalText */ .eR)(f.file)}:${f.line}:${f.column}`;
        return `${where} ${f.level} ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_10__/* .terminalText */ .eR)(f.ruleId)}: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_10__/* .terminalText */ .eR)(f.message)}`;
    });
    lines.push(`Heroku Connect diagnose: ${errors} error(s), ${warnings} warning(s), ${passes} passed, ${skips} skipped.`);
    return `${lines.join('\n')}\n`;
}
/** The app's connection for the read-only commands: the key from HEROKU_API_KEY, never a flag (shell history, process list). */
async function openConnection(flags, io, deadline) {
    const app = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .getString */ .AA)(flags, 'app');
    if (app === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1('--app is required: the Heroku app with the Heroku Connect add-on.');
    const resource = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .getString */ .AA)(flags, 'resource');
    const apiKey = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .getString */ .AA)(flags, 'heroku-api-key');
    if (apiKey === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1('Set HEROKU_API_KEY to a Heroku API key of a user with access to the app.');
    const redact = (0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .redactor */ .$p)(apiKey, '[HEROKU_API_KEY]');
    const log = { info: (message) => io.stderr.write(`${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_10__/* .terminalText */ .eR)(redact(message))}\n`) };
    return {
        run: async (fn) => {
            try {
                const api = (0,_connect_client_js__WEBPACK_IMPORTED_MODULE_1__/* .connectApi */ .Xm)({
                    apiKey,
                    discoveryServer: io.env.CONNECT_DISCOVERY_SERVER || _connect_client_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_DISCOVERY_SERVER */ .pT,
                    log,
                    ...(io.clock && { clock: io.clock }),
                    ...(io.fetch && { fetch: io.fetch }),
                    ...(deadline !== undefined && { deadline }),
                });
                return await fn(api, await (0,_connect_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .findConnection */ .C)(api, app, resource || undefined, log));
            }
            catch (error) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .redactedError */ .JM)(error, redact);
            }
        },
    };
}


/***/ }),

/***/ 2109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeErrorsCommand: () => (/* binding */ writeErrorsCommand)
/* harmony export */ });
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1729);
/* harmony import */ var _connect_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8589);
/* harmony import */ var _diagnose_write_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2999);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _http_clock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8658);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4031);
/* harmony import */ var _diagnose_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6848);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(776);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7063);









/** `write-errors`: read only, one call. */
async function writeErrorsCommand(parsed, io) {
    if (parsed.values.help) {
        io.stdout.write((0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .commandUsage */ .T3)('write-errors'));
        return _shared_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
    }
    if (parsed.positionals.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`write-errors takes no files ("${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(parsed.positionals[0])}"): it reads the connection's write errors. Run heroku-connect-action write-errors --help for its options.`);
    const flags = (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .cliSource */ .kJ)('write-errors', parsed, io.env);
    const format = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .getChoice */ .m)(flags, 'text-or-json') ?? 'text';
    const since = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .getString */ .AA)(flags, 'since');
    const sinceMs = (0,_diagnose_write_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .parseDuration */ .E9)(since);
    if (sinceMs === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--since is "${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(since)}"; use a number with s, m, h or d, such as 2h.`);
    const live = await (0,_diagnose_js__WEBPACK_IMPORTED_MODULE_5__.openConnection)(flags, io);
    const all = await live.run((api, connection) => (0,_connect_client_js__WEBPACK_IMPORTED_MODULE_1__/* .readWriteErrors */ .PS)(api, connection));
    const errors = (0,_diagnose_write_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .writeErrorsSince */ .Hi)(all, (io.clock ?? _http_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .ml).now() - sinceMs);
    io.stdout.write(format === 'json' ? `${JSON.stringify(errors, null, 2)}\n` : formatWriteErrors(errors, since));
    return _shared_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
}
function formatWriteErrors(errors, since) {
    if (errors.length === 0)
        return `No write errors in the last ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(since)}.\n`;
    const lines = [`${errors.length} write error(s) in the last ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(since)}:`];
    for (const [table, list] of (0,_diagnose_write_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .writeErrorsByTable */ .u$)(errors)) {
        lines.push(`  ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(table)} (${list.length})`);
        for (const error of list)
            lines.push(`    ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(error.created_at)}  ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(error.record_id)}  ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(error.message)}`);
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 2999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
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
/** "2h", "30m", "90s", "1d" → milliseconds; undefined when it is not a duration. */
function parseDuration(text) {
    const match = /^(\d+)\s*(s|m|h|d)$/i.exec(text.trim());
    if (!match)
        return undefined;
    const unit = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2].toLowerCase()];
    return Number(match[1]) * unit;
}


/***/ })

};

//# sourceMappingURL=109.index.js.map