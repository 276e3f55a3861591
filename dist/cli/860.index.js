export const id = 860;
export const ids = [860];
export const modules = {

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

/***/ 6188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ diagnoseFindings),
/* harmony export */   r: () => (/* binding */ mappingPlaces)
/* harmony export */ });
/* harmony import */ var _parse_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(461);
/* harmony import */ var _parse_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3226);
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6153);



/**
 * Where each mapping's object_name stands in the files, by lower-cased object name. A file that
 * cannot be read or parsed places nothing (the lint reports it); the first file's first line takes
 * what has no mapping line.
 */
async function mappingPlaces(files) {
    const byObject = new Map();
    for (const ref of files) {
        const format = (0,_parse_source_js__WEBPACK_IMPORTED_MODULE_1__/* .formatOf */ .be)(ref.file);
        const read = await (0,_parse_source_js__WEBPACK_IMPORTED_MODULE_1__/* .readSource */ .o$)(ref.absolutePath, format, ref.confinedTo);
        if (!read.ok)
            continue;
        const parsed = (0,_parse_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSource */ .P)(read.text, format);
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

/***/ 6937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ runDiagnose)
/* harmony export */ });
/* harmony import */ var _connect_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8589);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);



/**
 * Heroku Connect's server-side diagnose (what `heroku connect:diagnose` and
 * `connect:mapping:diagnose` run): the connection's checks, started and then read at its result_url
 * until done, and each given mapping's checks, answered at once. Costs 1 + (reads of the result) +
 * one call per mapping.
 */
async function runDiagnose(api, connection, mappings, options) {
    const { clock } = options;
    const started = clock.now();
    const resultUrl = await (0,_connect_client_js__WEBPACK_IMPORTED_MODULE_0__/* .startValidation */ .es)(api, connection);
    options.log.info(`Heroku Connect's diagnose of the connection started; reading its result every ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(options.intervalMs)}.`);
    let result = await (0,_connect_client_js__WEBPACK_IMPORTED_MODULE_0__/* .readValidationResult */ .Vx)(api, connection, resultUrl);
    while (result === undefined) {
        const remaining = options.deadline - clock.now();
        if (remaining <= 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteFailure */ .p3('Heroku Connect', 'hanging', `Heroku Connect's diagnose of connection "${connection.resource_name}" had not finished after ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(clock.now() - started)}, the time left before the deadline. Run "heroku connect:diagnose" later, or raise wait-timeout.`);
        }
        await clock.sleep(Math.min(options.intervalMs, remaining));
        result = await (0,_connect_client_js__WEBPACK_IMPORTED_MODULE_0__/* .readValidationResult */ .Vx)(api, connection, resultUrl);
    }
    const diagnosed = [];
    for (const mapping of mappings) {
        if (mapping.id === undefined) {
            options.log.info(`The ${mapping.object_name} mapping has no id in the connection's detail, so it is not diagnosed on its own.`);
            continue;
        }
        diagnosed.push({ object: mapping.object_name, results: await (0,_connect_client_js__WEBPACK_IMPORTED_MODULE_0__/* .validateMapping */ .VD)(api, connection, { id: mapping.id, object_name: mapping.object_name }) });
    }
    return { connection: result, mappings: diagnosed };
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

//# sourceMappingURL=860.index.js.map