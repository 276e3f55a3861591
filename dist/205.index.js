export const id = 205;
export const ids = [205];
export const modules = {

/***/ 8589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DV: () => (/* binding */ acknowledgeNotifications),
  Xm: () => (/* binding */ connectApi),
  Os: () => (/* binding */ deleteMapping),
  Dc: () => (/* binding */ discoveryServerOf),
  lb: () => (/* binding */ exportConfiguration),
  m9: () => (/* binding */ importConfiguration),
  SP: () => (/* binding */ linkUser),
  on: () => (/* binding */ readDetail),
  JF: () => (/* binding */ readNotifications),
  Vx: () => (/* binding */ readValidationResult),
  PS: () => (/* binding */ readWriteErrors),
  Sp: () => (/* binding */ searchConnections),
  es: () => (/* binding */ startValidation),
  VD: () => (/* binding */ validateMapping)
});

// UNUSED EXPORTS: DEFAULT_DISCOVERY_SERVER

// EXTERNAL MODULE: ./src/errors.ts + 1 modules
var errors = __webpack_require__(3889);
// EXTERNAL MODULE: ./src/http/client.ts + 2 modules
var client = __webpack_require__(7195);
// EXTERNAL MODULE: ./src/http/safety.ts
var safety = __webpack_require__(4000);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
;// CONCATENATED MODULE: ./src/connect/types.ts
/**
 * The shapes of Heroku Connect API answers, as far as this project reads them.
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
/**
 * `{results[]}`, as the Heroku CLI plugin reads it; the endpoint is new (2026) and its entries are
 * known only from the plugin's tests, so every key may be missing. An entry marked acknowledged is
 * left out, in case the list ever returns those too.
 */
function parseNotifications(body, what) {
    if (!(0,json/* isRecord */.u4)(body) || !Array.isArray(body.results))
        throw unexpected(what, 'no "results" list');
    return body.results.filter((entry) => (0,json/* isRecord */.u4)(entry) && entry.acknowledged !== true).map((entry) => {
        const record = entry;
        const text = (key) => (typeof record[key] === 'string' ? record[key] : typeof record[key] === 'number' ? String(record[key]) : '');
        return { id: text('id') || `${text('event_type')}/${text('created_at')}/${text('message')}`, event_type: text('event_type') || 'unknown', message: text('message'), created_at: text('created_at') };
    });
}

;// CONCATENATED MODULE: ./src/connect/client.ts




const DEFAULT_DISCOVERY_SERVER = 'https://hc-central.heroku.com';
/** The discovery server: CONNECT_DISCOVERY_SERVER (a local stand-in, in tests and the demo), else Heroku's. */
function discoveryServerOf(env) {
    return env.CONNECT_DISCOVERY_SERVER || DEFAULT_DISCOVERY_SERVER;
}
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
/** `GET \u2026/actions/export`: the live configuration, as `heroku connect:export` writes it. */
async function exportConfiguration(api, connection) {
    const purpose = `export the configuration of connection "${connection.resource_name}"`;
    return parseExport(await call(api, { url: actionUrl(connection, 'export'), purpose }), purpose);
}
/**
 * `POST \u2026/actions/import`. Accepted means queued: the import runs asynchronously, and its errors show
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
/** `POST \u2026/validations`: starts the connection's diagnose and returns where its result will be (202 `{result_url}`). */
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
/** `GET \u2026/errors`: the writes to Salesforce that failed in the last 24 hours. */
async function readWriteErrors(api, connection) {
    const purpose = `read the write errors of connection "${connection.resource_name}"`;
    return parseWriteErrors(await call(api, { url: `${connectionUrl(connection)}/errors`, purpose }), purpose);
}
/** `GET \u2026/notifications`: the connection's unacknowledged notifications (created before `before`, an ISO time, when given). */
async function readNotifications(api, connection, before) {
    const purpose = `read the notifications of connection "${connection.resource_name}"`;
    const query = new URLSearchParams({ page_size: '1000', ...(before && { before }) });
    return parseNotifications(await call(api, { url: `${connectionUrl(connection)}/notifications?${query}`, purpose }), purpose);
}
/**
 * `POST \u2026/notifications/acknowledge` with the list's filters as query parameters (204): those
 * created before `before` are acknowledged, so one that arrived after they were read stays new.
 */
async function acknowledgeNotifications(api, connection, before) {
    const purpose = `acknowledge the notifications of connection "${connection.resource_name}"`;
    await call(api, { method: 'POST', url: `${connectionUrl(connection)}/notifications/acknowledge?${new URLSearchParams({ before })}`, purpose, expect: 'any' });
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
/* harmony export */   C: () => (/* binding */ findConnection),
/* harmony export */   M: () => (/* binding */ onConnection)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3889);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8589);


/**
 * Finds the one connection to deploy to, as the CLI plugin's withConnection does, plus the linking
 * step only its connect:info does: a user not yet on the add-on's access list sees no connection
 * until `POST /auth/<app>`, which a fresh CI key always needs.
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
/**
 * Runs `fn` on the app's one connection, through a client with the API key. Any error comes out with
 * the key taken out: a network error can quote a URL or a header.
 */
async function onConnection(options, target, fn) {
    try {
        const api = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .connectApi */ .Xm)(options);
        return await fn(api, await findConnection(api, target.app, target.resource, options.log));
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .redactedError */ .JM)(error, (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p)(options.apiKey, '[HEROKU_API_KEY]'));
    }
}


/***/ }),

/***/ 7990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ mergeMappingFiles)
/* harmony export */ });
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6153);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3889);
/* harmony import */ var _parse_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3226);
/* harmony import */ var _parse_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9720);





/** The connection-section keys kept as written; several files must agree on them, or which one applies is a guess. */
const KEPT_CONNECTION_KEYS = ['features', 'api_version', 'logplex_log_enabled'];
/**
 * Reads the selected mapping files (JSON or YAML) into the one document the import takes: every
 * mapping, the first `connection` section, `version` 1. An object mapped twice, in one file or in
 * two, is refused, since the import would keep one of them without saying which.
 */
async function mergeMappingFiles(files) {
    if (files.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('There is no mapping file to deploy: the files selected for the lint matched none.');
    const mappings = [];
    const mappedIn = new Map();
    let connection;
    for (const ref of files) {
        const { file } = ref;
        const document = await readDocument(ref);
        document.mappings.forEach((mapping, i) => {
            if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(mapping) || typeof mapping.object_name !== 'string' || mapping.object_name === '') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Mapping ${i + 1} in "${file}" has no object_name, so it cannot be imported.`);
            }
            // Salesforce object names are case-insensitive, and so is Connect's lookup of a mapping.
            const key = mapping.object_name.toLowerCase();
            const earlier = mappedIn.get(key);
            if (earlier !== undefined) {
                const where = earlier === file ? `twice in "${file}"` : `in both "${earlier}" and "${file}"`;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Object "${mapping.object_name}" is mapped ${where}. A connection has one mapping per object: keep one of them.`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The "connection" sections of "${connection.file}" and "${file}" differ in ${differing.join(', ')}; one import can carry only one. ` +
                'Make them agree, or remove the section from all but one file.');
        }
    }
    return { mappings, ...(connection && { connection: connection.section }), version: 1 };
}
async function readDocument({ file, absolutePath, confinedTo }) {
    const format = (0,_parse_source_js__WEBPACK_IMPORTED_MODULE_2__/* .formatOf */ .be)(file);
    const read = await (0,_parse_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readSource */ .o$)(absolutePath, format, confinedTo);
    if (!read.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`"${file}" cannot be deployed: ${read.problem.message}`);
    const parsed = await (0,_parse_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSource */ .P)(read.text, format);
    const value = parsed.value;
    if (value === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`"${file}" cannot be deployed: ${parsed.problems[0]?.message ?? 'it does not parse.'}`);
    }
    if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value) || !Array.isArray(value.mappings)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`"${file}" cannot be deployed: it has no top-level "mappings" list, so it is not a Heroku Connect mapping file.`);
    }
    return value;
}


/***/ })

};

//# sourceMappingURL=205.index.js.map