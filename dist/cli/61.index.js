export const id = 61;
export const ids = [61];
export const modules = {

/***/ 646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ acknowledgeNotifications),
/* harmony export */   H9: () => (/* binding */ readSchemaDiff),
/* harmony export */   JF: () => (/* binding */ readNotifications),
/* harmony export */   K$: () => (/* binding */ reloadMapping),
/* harmony export */   Os: () => (/* binding */ deleteMapping),
/* harmony export */   PS: () => (/* binding */ readWriteErrors),
/* harmony export */   SP: () => (/* binding */ linkUser),
/* harmony export */   Sp: () => (/* binding */ searchConnections),
/* harmony export */   VD: () => (/* binding */ validateMapping),
/* harmony export */   Vd: () => (/* binding */ connectionAction),
/* harmony export */   Vx: () => (/* binding */ readValidationResult),
/* harmony export */   Xm: () => (/* binding */ connectApi),
/* harmony export */   es: () => (/* binding */ startValidation),
/* harmony export */   lb: () => (/* binding */ exportConfiguration),
/* harmony export */   lu: () => (/* binding */ changeApiVersion),
/* harmony export */   m9: () => (/* binding */ importConfiguration),
/* harmony export */   on: () => (/* binding */ readDetail)
/* harmony export */ });
/* unused harmony exports CONNECT_MAX_BODY_BYTES, MAX_PAGES */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1586);
/* harmony import */ var _core_http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4153);
/* harmony import */ var _core_http_clock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2054);
/* harmony import */ var _core_http_safety_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6804);
/* harmony import */ var _core_http_shape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1781);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6859);






const SERVICE = 'Heroku Connect';
/** The most bytes of one answer read, decompressed: an export of hundreds of mappings is a few MB. */
const CONNECT_MAX_BODY_BYTES = 64 * 1024 * 1024;
/** The most pages of one list read (each of up to 1,000 entries where the page size is asked). */
const MAX_PAGES = 50;
function connectApi(options) {
    const apiKey = (0,_core_http_safety_js__WEBPACK_IMPORTED_MODULE_3__/* .checkedCredential */ .R1)(options.apiKey, 'The Heroku API key', 'Pass the bare key (heroku auth:token).');
    const { apiKey: _key, discoveryServer, deadline, ...policy } = options;
    const discovery = keyUrl(discoveryServer, 'The Heroku Connect discovery server (CONNECT_DISCOVERY_SERVER)');
    const origins = new Set([discovery.origin]);
    return {
        http: new _core_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Q({
            ...policy,
            service: SERVICE,
            credential: 'the API key',
            headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json', 'User-Agent': 'heroku-connect-action' },
            origins,
            maxBodyBytes: CONNECT_MAX_BODY_BYTES,
        }),
        discovery: withoutTrailingSlash(discovery.href),
        origins,
        clock: policy.clock ?? _core_http_clock_js__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .ml,
        ...(deadline !== undefined && { deadline }),
    };
}
/** `GET /connections?app=`, every page: the connections of an app the key's user can see. */
async function searchConnections(api, app, resource) {
    const query = new URLSearchParams({ app, ...(resource && { resource_name: resource }) });
    const purpose = `list the connections of app "${app}"${resource ? ` with resource "${resource}"` : ''}`;
    return discovered(api, await allPages(api, { url: `${api.discovery}/connections?${query.toString()}`, purpose }, _types_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSearch */ .KA), purpose);
}
/**
 * `POST /auth/<app>`: puts the key's user on the access list of the app's connections; until then
 * the search can come back empty. Returns the connections its answer lists (none when it lists none).
 */
async function linkUser(api, app) {
    const purpose = `link the API key's user to app "${app}"`;
    return discovered(api, (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .parseLink */ .Ap)(await call(api, { method: 'POST', url: `${api.discovery}/auth/${(0,_core_http_safety_js__WEBPACK_IMPORTED_MODULE_3__/* .urlSegment */ .NL)(app, (reason) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The app name ${reason}; use the Heroku app's name.`))}`, purpose }), purpose), purpose);
}
/**
 * The listed connections, each with its region: the regions listed become origins the key may go
 * to, and an entry without one takes its detail's (read from its `detail_url`, which, as that
 * region, must be on an origin discovery named).
 */
async function discovered(api, listed, purpose) {
    for (const connection of listed)
        if (connection.region_url !== undefined)
            api.origins.add(keyUrl(connection.region_url, 'The region URL from Heroku Connect').origin);
    const connections = [];
    for (const [i, connection] of listed.entries()) {
        connections.push(connection.region_url !== undefined ? { ...connection, region_url: connection.region_url } : { ...connection, region_url: await regionOfDetail(api, connection, i, purpose) });
    }
    return connections;
}
async function regionOfDetail(api, connection, index, purpose) {
    const detail = await readDetailAt(api, connection.detail_url, `${api.discovery}/`, connection);
    const region = detail.region_url;
    if (region === undefined)
        throw (0,_core_http_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .answerFailure */ .Rp)(SERVICE, purpose, `results[${index}] has no "region_url", and neither has its detail`);
    const url = keyUrl(region, 'The region URL from Heroku Connect');
    if (!api.origins.has(url.origin))
        throw api.http.offOrigin(`take the region of connection "${connection.resource_name}" from its detail`, url);
    return region;
}
/** `GET {detail_url}?deep=true`: the connection's state and its mappings' states. */
async function readDetail(api, connection) {
    return readDetailAt(api, connection.detail_url, `${withoutTrailingSlash(connection.region_url)}/`, connection);
}
/** The deep detail at `detailUrl` (absolute, as discovery gives it, or relative to `base`). */
async function readDetailAt(api, detailUrl, base, connection) {
    const purpose = `read the state of connection "${connection.resource_name}"`;
    const url = urlFrom(detailUrl, base, 'detail_url', purpose);
    url.searchParams.set('deep', 'true');
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDetail */ .$J)(await call(api, { url: url.href, purpose }), purpose);
}
/** `GET \u2026/actions/export`: the live configuration, as `heroku connect:export` writes it. */
async function exportConfiguration(api, connection) {
    const purpose = `export the configuration of connection "${connection.resource_name}"`;
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .parseExport */ ._p)(await call(api, { url: actionUrl(connection, 'export'), purpose }), purpose);
}
/**
 * `POST \u2026/actions/import`. Accepted means queued: the import runs asynchronously, and its errors show
 * later in the states. Any 2xx is accepted whatever its body (the real answer has none), so a 2xx
 * is never sent again. When an attempt gets no usable answer (a 5xx, a timeout) the import is sent
 * again, and Heroku Connect may have taken the first one: `onResend` hears of each.
 */
async function importConfiguration(api, connection, document, onResend) {
    await call(api, {
        method: 'POST',
        url: actionUrl(connection, 'import'),
        json: document,
        purpose: `import the configuration into connection "${connection.resource_name}"`,
        expect: 'any',
        ...(onResend && { onRetry: onResend }),
    });
}
/** `POST \u2026/validations`: starts the connection's diagnose and returns where its result will be (202 `{result_url}`). */
async function startValidation(api, connection) {
    const purpose = `start the diagnose of connection "${connection.resource_name}"`;
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .parseValidationStart */ .b9)(await call(api, { method: 'POST', url: `${connectionUrl(connection)}/validations`, purpose }), purpose);
}
/**
 * `GET {result_url}`: the diagnose's result, or undefined while it runs (202). The URL comes from the
 * answer, so the API key goes there only when it is on an origin discovery named.
 */
async function readValidationResult(api, connection, resultUrl) {
    const purpose = `read the diagnose result of connection "${connection.resource_name}"`;
    const answer = await send(api, { url: urlFrom(resultUrl, `${withoutTrailingSlash(connection.region_url)}/`, 'result_url', purpose).href, purpose });
    return answer.status === 202 ? undefined : (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .parseValidation */ .fu)(answer.body, purpose);
}
/** `GET /api/v3/mappings/{id}/validations`: one mapping's diagnose, answered at once. */
async function validateMapping(api, connection, mapping) {
    const purpose = `diagnose the ${mapping.object_name} mapping`;
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .parseValidation */ .fu)(await call(api, { url: `${mappingUrl(connection, mapping.id)}/validations`, purpose }), purpose);
}
/** `GET \u2026/errors`, every page until `count` is reached: the writes to Salesforce that failed in the last 24 hours. */
async function readWriteErrors(api, connection) {
    const purpose = `read the write errors of connection "${connection.resource_name}"`;
    return allPages(api, { url: `${connectionUrl(connection)}/errors`, purpose }, _types_js__WEBPACK_IMPORTED_MODULE_5__/* .parseWriteErrors */ .y8);
}
/** The filters of the notification list, which acknowledging repeats: the page size the Heroku CLI sends, and `before`. */
function notificationQuery(before) {
    return new URLSearchParams({ page_size: '1000', ...(before && { before }) });
}
/** `GET \u2026/notifications`, every page: the connection's unacknowledged notifications (created before `before`, an ISO time, when given). */
async function readNotifications(api, connection, before) {
    const purpose = `read the notifications of connection "${connection.resource_name}"`;
    return allPages(api, { url: `${connectionUrl(connection)}/notifications?${notificationQuery(before).toString()}`, purpose }, _types_js__WEBPACK_IMPORTED_MODULE_5__/* .parseNotifications */ .od);
}
/**
 * `POST \u2026/notifications/acknowledge` with the list's filters and page size as query parameters
 * (204): those created before `before` are acknowledged, so one that arrived after they were read
 * stays new. Heroku Connect may acknowledge a page at a time, so the list is read again, and
 * acknowledged again while any of `reported` is still on it, at most once per page they fill.
 * Returns those of `reported` still unacknowledged at the end.
 */
async function acknowledgeNotifications(api, connection, before, reported) {
    const purpose = `acknowledge the notifications of connection "${connection.resource_name}"`;
    const rounds = Math.min(MAX_PAGES, Math.ceil(reported.length / 1000) + 1);
    let left = reported;
    for (let round = 0; round < rounds && left.length > 0; round++) {
        await call(api, { method: 'POST', url: `${connectionUrl(connection)}/notifications/acknowledge?${notificationQuery(before).toString()}`, purpose, expect: 'any' });
        const listed = new Set((await readNotifications(api, connection, before)).map((notification) => notification.id));
        left = left.filter((notification) => listed.has(notification.id));
    }
    return [...left];
}
/** `DELETE /api/v3/mappings/{id}`: the mapping goes, and with it its table and data. */
async function deleteMapping(api, connection, mapping) {
    await call(api, { method: 'DELETE', url: mappingUrl(connection, mapping.id), purpose: `delete the ${mapping.object_name} mapping`, expect: 'any' });
}
/** `GET \u2026/schema-diff?target_version=`: what moving the connection to `targetVersion` does to each mapping. Read only. */
async function readSchemaDiff(api, connection, targetVersion) {
    const purpose = `read the schema diff of connection "${connection.resource_name}" for Salesforce API ${targetVersion}`;
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSchemaDiff */ .qw)(await call(api, { url: `${connectionUrl(connection)}/schema-diff?${new URLSearchParams({ target_version: targetVersion }).toString()}`, purpose }), purpose);
}
/**
 * `POST \u2026/actions/change-sf-api-version` `{target_version}` (202) on a paused connection. A refusal
 * (409: unsafe changes, a mapping still syncing) is a remote failure quoting Heroku's message.
 */
async function changeApiVersion(api, connection, targetVersion) {
    const purpose = `change the Salesforce API version of connection "${connection.resource_name}" to ${targetVersion}`;
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .parseApiVersionChange */ .qO)(await call(api, { method: 'POST', url: `${connectionUrl(connection)}/actions/change-sf-api-version`, json: { target_version: targetVersion }, purpose, expect: 'any' }), purpose);
}
const ACTION_PURPOSE = { pause: 'pause', resume: 'resume', restart: 'restart (recover)' };
/** `POST \u2026/actions/{pause|resume|restart}`, no body: accepted means asked; the connection's state shows when it took effect. */
async function connectionAction(api, connection, action) {
    await call(api, { method: 'POST', url: `${connectionUrl(connection)}/actions/${action}`, purpose: `${ACTION_PURPOSE[action]} connection "${connection.resource_name}"`, expect: 'any' });
}
/** `POST /api/v3/mappings/{id}/actions/reload` (202): Heroku Connect empties the mapping's table and loads it again from Salesforce. */
async function reloadMapping(api, connection, mapping) {
    await call(api, { method: 'POST', url: `${mappingUrl(connection, mapping.id)}/actions/reload`, purpose: `reload the ${mapping.object_name} mapping`, expect: 'any' });
}
/**
 * Every entry of a list Heroku Connect may page: its `next` links are followed, on the list's own
 * origin only, until `count` entries are read or there is no next page, and at most MAX_PAGES.
 */
async function allPages(api, first, parse) {
    const results = [];
    let url = new URL(first.url);
    for (let pages = 1;; pages++) {
        const body = await call(api, { ...first, url: url.href });
        for (const entry of parse(body, first.purpose))
            results.push(entry);
        const page = (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .pageLinks */ .$q)(body);
        if (page.next === undefined || (page.count !== undefined && results.length >= page.count))
            return results;
        if (pages === MAX_PAGES) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteFailure */ .p3(SERVICE, 'answered', `Heroku Connect had more than ${MAX_PAGES} pages to list when asked to ${first.purpose}; no more than ${MAX_PAGES} are read.`);
        }
        const next = urlFrom(page.next, url.href, 'next', first.purpose);
        if (next.origin !== url.origin)
            throw api.http.offOrigin(first.purpose, next);
        url = next;
    }
}
/** A URL an answer gave (absolute, or relative to `base`); one that is not a URL is a wrong answer. */
function urlFrom(value, base, field, purpose) {
    try {
        return new URL(value, base);
    }
    catch {
        throw (0,_core_http_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .answerFailure */ .Rp)(SERVICE, purpose, `"${field}" is not a URL`);
    }
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
    const described = (0,_core_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .describeStatus */ .W)(answer.status, answer.body);
    if (answer.status === 401 || answer.status === 403) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Heroku Connect refused the API key (${described}) when asked to ${request.purpose}: the key is wrong or expired, or its user has no access to the app. ` +
            'Use the key of a user who can open the app\'s Heroku Connect dashboard ("heroku authorizations:create" makes a long-lived one).');
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteFailure */ .p3(SERVICE, 'answered', `Heroku Connect answered ${described} when asked to ${request.purpose}.`);
}
function actionUrl(connection, name) {
    return `${connectionUrl(connection)}/actions/${name}`;
}
function connectionUrl(connection) {
    return `${regionApi(connection)}/connections/${answeredSegment(connection.id, 'connection id')}`;
}
function mappingUrl(connection, id) {
    return `${regionApi(connection)}/mappings/${answeredSegment(id, 'mapping id')}`;
}
/** An id from Heroku Connect's answer as a URL segment, never one that steers the key to another path. */
function answeredSegment(id, what) {
    return (0,_core_http_safety_js__WEBPACK_IMPORTED_MODULE_3__/* .urlSegment */ .NL)(id, (reason) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteFailure */ .p3(SERVICE, 'answered', `Heroku Connect answered a ${what} that ${reason}; no request was sent with it.`));
}
function regionApi(connection) {
    return `${withoutTrailingSlash(keyUrl(connection.region_url, 'The region URL from Heroku Connect').href)}/api/v3`;
}
/** The URL, if the API key may be sent there; `name` opens the messages about it. */
function keyUrl(value, name) {
    return (0,_core_http_safety_js__WEBPACK_IMPORTED_MODULE_3__/* .checkedCredentialUrl */ .Si)(value, { name, credential: 'the API key' });
}
function withoutTrailingSlash(url) {
    return url.replace(/\/+$/, '');
}


/***/ }),

/***/ 61:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ findConnection),
/* harmony export */   M: () => (/* binding */ onConnection)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1586);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(646);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);



/** How long a link may take to show in the search before the connection counts as missing. */
const LINK_SHOWS_WITHIN_MS = 60_000;
const FIRST_SEARCH_WAIT_MS = 1000;
/**
 * Finds the one connection to deploy to, as the CLI plugin's withConnection does, plus the linking
 * step only its connect:info does: a user not yet on the add-on's access list sees no connection
 * until `POST /auth/<app>`, which a fresh CI key always needs. The link's answer lists the app's
 * connections, and those are taken; when it lists none, the search is asked again, since a link
 * can take a moment to show there.
 */
async function findConnection(api, app, resource, log) {
    let found = await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .searchConnections */ .Sp)(api, app, resource);
    if (found.length === 0) {
        log.info(`The API key's user sees no connection of app "${app}" yet; adding the user to the app's access list and looking again.`);
        const listed = (await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .linkUser */ .SP)(api, app)).filter((connection) => resource === undefined || connection.resource_name === resource);
        found = listed.length > 0 ? listed : await searchAfterLink(api, app, resource, log);
    }
    const only = found[0];
    if (only === undefined) {
        const which = resource ? ` with resource name "${resource}"` : '';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Heroku Connect has no connection for app "${app}"${which}, even after adding the API key's user to the app's access list. ` +
            `Check that the app has the Heroku Connect add-on${resource ? ' under that resource name' : ''}, that the key belongs to a user with access to the app, ` +
            `and open the add-on once: heroku addons:open herokuconnect -a ${app}.`);
    }
    if (found.length > 1) {
        const names = found.map((connection) => `"${connection.resource_name}"`).join(', ');
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`App "${app}" has ${found.length} Heroku Connect connections: ${names}. Set the resource to the one to deploy to.`);
    }
    return only;
}
/**
 * The search, again and again with doubling waits (1 s, 2 s, 4 s\u2026), until it finds a connection or
 * LINK_SHOWS_WITHIN_MS (or the deadline) has passed since the link.
 */
async function searchAfterLink(api, app, resource, log) {
    const { clock } = api;
    const giveUpAt = Math.min(api.deadline ?? Infinity, clock.now() + LINK_SHOWS_WITHIN_MS);
    let found = await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .searchConnections */ .Sp)(api, app, resource);
    if (found.length > 0)
        return found;
    log.info(`The link's answer lists no connection, and the search finds none yet; searching again for up to ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(giveUpAt - clock.now())}, as a link can take a moment to show.`);
    for (let waitMs = FIRST_SEARCH_WAIT_MS; found.length === 0 && clock.now() < giveUpAt; waitMs *= 2) {
        await clock.sleep(Math.min(waitMs, giveUpAt - clock.now()));
        found = await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .searchConnections */ .Sp)(api, app, resource);
    }
    return found;
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
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .redactedError */ .JM)(error, (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p)(options.apiKey, '[HEROKU_API_KEY]'));
    }
}


/***/ }),

/***/ 6859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xv: () => (/* binding */ liveApiVersion),
  $q: () => (/* binding */ pageLinks),
  qO: () => (/* binding */ parseApiVersionChange),
  $J: () => (/* binding */ parseDetail),
  _p: () => (/* binding */ parseExport),
  Ap: () => (/* binding */ parseLink),
  od: () => (/* binding */ parseNotifications),
  qw: () => (/* binding */ parseSchemaDiff),
  KA: () => (/* binding */ parseSearch),
  fu: () => (/* binding */ parseValidation),
  b9: () => (/* binding */ parseValidationStart),
  y8: () => (/* binding */ parseWriteErrors),
  TM: () => (/* binding */ requestedApiVersion)
});

// UNUSED EXPORTS: MAX_SCHEMA_DIFF_MAPPINGS, isApiVersion

// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
// EXTERNAL MODULE: ./src/core/http/shape.ts
var shape = __webpack_require__(1781);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/clients/connect/answers.generated.js
// Generated by scripts/compile-schema.mjs from src/clients/connect/answers.schema.json. Do not edit.

const validateSearch = validate11;
const schema12 = {"type":"object","required":["results"],"properties":{"results":{"type":"array","items":{"$ref":"#/definitions/listedConnection"}},"next":{"$ref":"#/definitions/nextPage"},"count":{"$ref":"#/definitions/count"}}};
const schema19 = {"type":["string","null"]};
const schema20 = {"type":["integer","null"],"minimum":0};
const schema13 = {"type":"object","required":["id","detail_url"],"properties":{"id":{"$ref":"#/definitions/nonEmptyText"},"resource_name":{"$ref":"#/definitions/optionalText"},"app_name":{"$ref":"#/definitions/optionalText"},"region_url":{"$ref":"#/definitions/nonEmptyText"},"detail_url":{"$ref":"#/definitions/nonEmptyText"}}};
const schema14 = {"type":"string","minLength":1};
const schema15 = {"type":["string","null"]};
const func2 = ucs2length/* default */.A;

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.id === undefined) && (missing0 = "id")) || ((data.detail_url === undefined) && (missing0 = "detail_url"))){
validate12.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate12.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/nonEmptyText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate12.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/nonEmptyText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resource_name !== undefined){
let data1 = data.resource_name;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate12.errors = [{instancePath:instancePath+"/resource_name",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.app_name !== undefined){
let data2 = data.app_name;
const _errs7 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate12.errors = [{instancePath:instancePath+"/app_name",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.region_url !== undefined){
let data3 = data.region_url;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data3 === "string"){
if(func2(data3) < 1){
validate12.errors = [{instancePath:instancePath+"/region_url",schemaPath:"#/definitions/nonEmptyText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate12.errors = [{instancePath:instancePath+"/region_url",schemaPath:"#/definitions/nonEmptyText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.detail_url !== undefined){
let data4 = data.detail_url;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data4 === "string"){
if(func2(data4) < 1){
validate12.errors = [{instancePath:instancePath+"/detail_url",schemaPath:"#/definitions/nonEmptyText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate12.errors = [{instancePath:instancePath+"/detail_url",schemaPath:"#/definitions/nonEmptyText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate12.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.results === undefined) && (missing0 = "results")){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.results !== undefined){
let data0 = data.results;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(!(validate12(data0[i0], {instancePath:instancePath+"/results/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
if (vErrors === null) vErrors = validate12.errors; else for (const error of validate12.errors) vErrors.push(error);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.next !== undefined){
let data2 = data.next;
const _errs4 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate11.errors = [{instancePath:instancePath+"/next",schemaPath:"#/definitions/nextPage/type",keyword:"type",params:{type: schema19.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.count !== undefined){
let data3 = data.count;
const _errs7 = errors;
const _errs8 = errors;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (data3 !== null)){
validate11.errors = [{instancePath:instancePath+"/count",schemaPath:"#/definitions/count/type",keyword:"type",params:{type: schema20.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs8){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate11.errors = [{instancePath:instancePath+"/count",schemaPath:"#/definitions/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}

const validateLink = validate14;
const schema21 = {"type":"object","properties":{"connections":{"type":"array","items":{"$ref":"#/definitions/listedConnection"}}}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.connections !== undefined){
let data0 = data.connections;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(!(validate12(data0[i0], {instancePath:instancePath+"/connections/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
if (vErrors === null) vErrors = validate12.errors; else for (const error of validate12.errors) vErrors.push(error);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/connections",schemaPath:"#/properties/connections/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate14.errors = vErrors;
return errors === 0;
}

const validateDetail = validate16;
const schema22 = {"type":"object","required":["state","mappings"],"properties":{"name":{"$ref":"#/definitions/optionalText"},"app_name":{"$ref":"#/definitions/optionalText"},"resource_name":{"$ref":"#/definitions/optionalText"},"state":{"$ref":"#/definitions/nonEmptyText"},"plan":{"$ref":"#/definitions/optionalText"},"db_key":{"$ref":"#/definitions/optionalText"},"schema_name":{"$ref":"#/definitions/optionalText"},"region_url":{"$ref":"#/definitions/nonEmptyText"},"organization_id":{"$ref":"#/definitions/optionalText"},"api_version":{"$ref":"#/definitions/optionalText"},"sf_info":{"type":["object","null"],"properties":{"organization_id":{"$ref":"#/definitions/optionalText"},"api_version":{"$ref":"#/definitions/optionalText"}}},"features":{"type":["object","null"]},"logplex_log_enabled":{"type":["boolean","null"]},"mappings":{"type":"array","items":{"$ref":"#/definitions/mapping"}}}};
const schema35 = {"type":"object","required":["object_name","state"],"properties":{"id":{"type":["string","integer"]},"object_name":{"$ref":"#/definitions/nonEmptyText"},"state":{"$ref":"#/definitions/nonEmptyText"},"state_description":{"$ref":"#/definitions/optionalText"},"config":{"type":"object","properties":{"revision":{"type":["integer","null"]},"applied_at":{"$ref":"#/definitions/optionalText"},"sf_polling_seconds":{"type":["number","null"]}}},"sf_polling_seconds":{"type":["number","null"]},"has_hc_columns":{"type":["boolean","null"]},"counts":{"type":["object","null"],"properties":{"db":{"type":["number","null"]},"count":{"type":["number","null"]},"sf":{"type":["number","null"]},"pending":{"type":["number","null"]},"errors":{"type":["number","null"]}}},"times":{"type":["object","null"],"properties":{"sf_poll":{"$ref":"#/definitions/optionalText"}}}}};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.object_name === undefined) && (missing0 = "object_name")) || ((data.state === undefined) && (missing0 = "state"))){
validate17.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if((typeof data0 !== "string") && (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0))))){
validate17.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: schema35.properties.id.type},message:"must be string,integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.object_name !== undefined){
let data1 = data.object_name;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate17.errors = [{instancePath:instancePath+"/object_name",schemaPath:"#/definitions/nonEmptyText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate17.errors = [{instancePath:instancePath+"/object_name",schemaPath:"#/definitions/nonEmptyText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data2 = data.state;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate17.errors = [{instancePath:instancePath+"/state",schemaPath:"#/definitions/nonEmptyText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate17.errors = [{instancePath:instancePath+"/state",schemaPath:"#/definitions/nonEmptyText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state_description !== undefined){
let data3 = data.state_description;
const _errs9 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate17.errors = [{instancePath:instancePath+"/state_description",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.config !== undefined){
let data4 = data.config;
const _errs12 = errors;
if(errors === _errs12){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.revision !== undefined){
let data5 = data4.revision;
const _errs14 = errors;
if((!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) && (data5 !== null)){
validate17.errors = [{instancePath:instancePath+"/config/revision",schemaPath:"#/properties/config/properties/revision/type",keyword:"type",params:{type: schema35.properties.config.properties.revision.type},message:"must be integer,null"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.applied_at !== undefined){
let data6 = data4.applied_at;
const _errs16 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate17.errors = [{instancePath:instancePath+"/config/applied_at",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.sf_polling_seconds !== undefined){
let data7 = data4.sf_polling_seconds;
const _errs19 = errors;
if((!((typeof data7 == "number") && (isFinite(data7)))) && (data7 !== null)){
validate17.errors = [{instancePath:instancePath+"/config/sf_polling_seconds",schemaPath:"#/properties/config/properties/sf_polling_seconds/type",keyword:"type",params:{type: schema35.properties.config.properties.sf_polling_seconds.type},message:"must be number,null"}];
return false;
}
var valid4 = _errs19 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sf_polling_seconds !== undefined){
let data8 = data.sf_polling_seconds;
const _errs21 = errors;
if((!((typeof data8 == "number") && (isFinite(data8)))) && (data8 !== null)){
validate17.errors = [{instancePath:instancePath+"/sf_polling_seconds",schemaPath:"#/properties/sf_polling_seconds/type",keyword:"type",params:{type: schema35.properties.sf_polling_seconds.type},message:"must be number,null"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.has_hc_columns !== undefined){
let data9 = data.has_hc_columns;
const _errs23 = errors;
if((typeof data9 !== "boolean") && (data9 !== null)){
validate17.errors = [{instancePath:instancePath+"/has_hc_columns",schemaPath:"#/properties/has_hc_columns/type",keyword:"type",params:{type: schema35.properties.has_hc_columns.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.counts !== undefined){
let data10 = data.counts;
const _errs25 = errors;
if((!(data10 && typeof data10 == "object" && !Array.isArray(data10))) && (data10 !== null)){
validate17.errors = [{instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/type",keyword:"type",params:{type: schema35.properties.counts.type},message:"must be object,null"}];
return false;
}
if(errors === _errs25){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.db !== undefined){
let data11 = data10.db;
const _errs27 = errors;
if((!((typeof data11 == "number") && (isFinite(data11)))) && (data11 !== null)){
validate17.errors = [{instancePath:instancePath+"/counts/db",schemaPath:"#/properties/counts/properties/db/type",keyword:"type",params:{type: schema35.properties.counts.properties.db.type},message:"must be number,null"}];
return false;
}
var valid6 = _errs27 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.count !== undefined){
let data12 = data10.count;
const _errs29 = errors;
if((!((typeof data12 == "number") && (isFinite(data12)))) && (data12 !== null)){
validate17.errors = [{instancePath:instancePath+"/counts/count",schemaPath:"#/properties/counts/properties/count/type",keyword:"type",params:{type: schema35.properties.counts.properties.count.type},message:"must be number,null"}];
return false;
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.sf !== undefined){
let data13 = data10.sf;
const _errs31 = errors;
if((!((typeof data13 == "number") && (isFinite(data13)))) && (data13 !== null)){
validate17.errors = [{instancePath:instancePath+"/counts/sf",schemaPath:"#/properties/counts/properties/sf/type",keyword:"type",params:{type: schema35.properties.counts.properties.sf.type},message:"must be number,null"}];
return false;
}
var valid6 = _errs31 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.pending !== undefined){
let data14 = data10.pending;
const _errs33 = errors;
if((!((typeof data14 == "number") && (isFinite(data14)))) && (data14 !== null)){
validate17.errors = [{instancePath:instancePath+"/counts/pending",schemaPath:"#/properties/counts/properties/pending/type",keyword:"type",params:{type: schema35.properties.counts.properties.pending.type},message:"must be number,null"}];
return false;
}
var valid6 = _errs33 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.errors !== undefined){
let data15 = data10.errors;
const _errs35 = errors;
if((!((typeof data15 == "number") && (isFinite(data15)))) && (data15 !== null)){
validate17.errors = [{instancePath:instancePath+"/counts/errors",schemaPath:"#/properties/counts/properties/errors/type",keyword:"type",params:{type: schema35.properties.counts.properties.errors.type},message:"must be number,null"}];
return false;
}
var valid6 = _errs35 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.times !== undefined){
let data16 = data.times;
const _errs37 = errors;
if((!(data16 && typeof data16 == "object" && !Array.isArray(data16))) && (data16 !== null)){
validate17.errors = [{instancePath:instancePath+"/times",schemaPath:"#/properties/times/type",keyword:"type",params:{type: schema35.properties.times.type},message:"must be object,null"}];
return false;
}
if(errors === _errs37){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.sf_poll !== undefined){
let data17 = data16.sf_poll;
if((typeof data17 !== "string") && (data17 !== null)){
validate17.errors = [{instancePath:instancePath+"/times/sf_poll",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
}
}
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate17.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate17.errors = vErrors;
return errors === 0;
}


function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.state === undefined) && (missing0 = "state")) || ((data.mappings === undefined) && (missing0 = "mappings"))){
validate16.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.name !== undefined){
let data0 = data.name;
const _errs1 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate16.errors = [{instancePath:instancePath+"/name",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.app_name !== undefined){
let data1 = data.app_name;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate16.errors = [{instancePath:instancePath+"/app_name",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resource_name !== undefined){
let data2 = data.resource_name;
const _errs7 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate16.errors = [{instancePath:instancePath+"/resource_name",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data3 = data.state;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data3 === "string"){
if(func2(data3) < 1){
validate16.errors = [{instancePath:instancePath+"/state",schemaPath:"#/definitions/nonEmptyText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate16.errors = [{instancePath:instancePath+"/state",schemaPath:"#/definitions/nonEmptyText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.plan !== undefined){
let data4 = data.plan;
const _errs13 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate16.errors = [{instancePath:instancePath+"/plan",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.db_key !== undefined){
let data5 = data.db_key;
const _errs16 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate16.errors = [{instancePath:instancePath+"/db_key",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.schema_name !== undefined){
let data6 = data.schema_name;
const _errs19 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate16.errors = [{instancePath:instancePath+"/schema_name",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.region_url !== undefined){
let data7 = data.region_url;
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data7 === "string"){
if(func2(data7) < 1){
validate16.errors = [{instancePath:instancePath+"/region_url",schemaPath:"#/definitions/nonEmptyText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate16.errors = [{instancePath:instancePath+"/region_url",schemaPath:"#/definitions/nonEmptyText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.organization_id !== undefined){
let data8 = data.organization_id;
const _errs25 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate16.errors = [{instancePath:instancePath+"/organization_id",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.api_version !== undefined){
let data9 = data.api_version;
const _errs28 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate16.errors = [{instancePath:instancePath+"/api_version",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sf_info !== undefined){
let data10 = data.sf_info;
const _errs31 = errors;
if((!(data10 && typeof data10 == "object" && !Array.isArray(data10))) && (data10 !== null)){
validate16.errors = [{instancePath:instancePath+"/sf_info",schemaPath:"#/properties/sf_info/type",keyword:"type",params:{type: schema22.properties.sf_info.type},message:"must be object,null"}];
return false;
}
if(errors === _errs31){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.organization_id !== undefined){
let data11 = data10.organization_id;
const _errs33 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate16.errors = [{instancePath:instancePath+"/sf_info/organization_id",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid11 = _errs33 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data10.api_version !== undefined){
let data12 = data10.api_version;
const _errs36 = errors;
if((typeof data12 !== "string") && (data12 !== null)){
validate16.errors = [{instancePath:instancePath+"/sf_info/api_version",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid11 = _errs36 === errors;
}
else {
var valid11 = true;
}
}
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.features !== undefined){
let data13 = data.features;
const _errs39 = errors;
if((!(data13 && typeof data13 == "object" && !Array.isArray(data13))) && (data13 !== null)){
validate16.errors = [{instancePath:instancePath+"/features",schemaPath:"#/properties/features/type",keyword:"type",params:{type: schema22.properties.features.type},message:"must be object,null"}];
return false;
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.logplex_log_enabled !== undefined){
let data14 = data.logplex_log_enabled;
const _errs41 = errors;
if((typeof data14 !== "boolean") && (data14 !== null)){
validate16.errors = [{instancePath:instancePath+"/logplex_log_enabled",schemaPath:"#/properties/logplex_log_enabled/type",keyword:"type",params:{type: schema22.properties.logplex_log_enabled.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mappings !== undefined){
let data15 = data.mappings;
const _errs43 = errors;
if(errors === _errs43){
if(Array.isArray(data15)){
var valid14 = true;
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
const _errs45 = errors;
if(!(validate17(data15[i0], {instancePath:instancePath+"/mappings/" + i0,parentData:data15,parentDataProperty:i0,rootData}))){
if (vErrors === null) vErrors = validate17.errors; else for (const error of validate17.errors) vErrors.push(error);
errors = vErrors.length;
}
var valid14 = _errs45 === errors;
if(!valid14){
break;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/mappings",schemaPath:"#/properties/mappings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate16.errors = vErrors;
return errors === 0;
}

const validateExport = validate19;
const schema41 = {"type":"object","required":["mappings"],"properties":{"mappings":{"type":"array","items":{"type":"object","required":["object_name"],"properties":{"object_name":{"$ref":"#/definitions/nonEmptyText"},"config":{"type":"object"}}}},"connection":{"type":["object","null"]}}};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.mappings === undefined) && (missing0 = "mappings")){
validate19.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.mappings !== undefined){
let data0 = data.mappings;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.object_name === undefined) && (missing1 = "object_name")){
validate19.errors = [{instancePath:instancePath+"/mappings/" + i0,schemaPath:"#/properties/mappings/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.object_name !== undefined){
let data2 = data1.object_name;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate19.errors = [{instancePath:instancePath+"/mappings/" + i0+"/object_name",schemaPath:"#/definitions/nonEmptyText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate19.errors = [{instancePath:instancePath+"/mappings/" + i0+"/object_name",schemaPath:"#/definitions/nonEmptyText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.config !== undefined){
let data3 = data1.config;
const _errs8 = errors;
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
validate19.errors = [{instancePath:instancePath+"/mappings/" + i0+"/config",schemaPath:"#/properties/mappings/items/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate19.errors = [{instancePath:instancePath+"/mappings/" + i0,schemaPath:"#/properties/mappings/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate19.errors = [{instancePath:instancePath+"/mappings",schemaPath:"#/properties/mappings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.connection !== undefined){
let data4 = data.connection;
const _errs10 = errors;
if((!(data4 && typeof data4 == "object" && !Array.isArray(data4))) && (data4 !== null)){
validate19.errors = [{instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/type",keyword:"type",params:{type: schema41.properties.connection.type},message:"must be object,null"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate19.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate19.errors = vErrors;
return errors === 0;
}

const validateValidationStart = validate20;
const schema43 = {"type":"object","required":["result_url"],"properties":{"result_url":{"$ref":"#/definitions/nonEmptyText"}}};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.result_url === undefined) && (missing0 = "result_url")){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result_url !== undefined){
let data0 = data.result_url;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate20.errors = [{instancePath:instancePath+"/result_url",schemaPath:"#/definitions/nonEmptyText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/result_url",schemaPath:"#/definitions/nonEmptyText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}

const validateValidation = validate21;
const schema45 = {"type":"object","allOf":[{"$ref":"#/definitions/checkLists"}],"properties":{"mappings":{"type":["object","null"],"additionalProperties":{"$ref":"#/definitions/checkLists"}}}};
const schema46 = {"type":"object","properties":{"errors":{"$ref":"#/definitions/checks"},"warnings":{"$ref":"#/definitions/checks"},"passes":{"$ref":"#/definitions/checks"},"skips":{"$ref":"#/definitions/checks"}}};
const schema47 = {"type":["array","null"],"items":{"$ref":"#/definitions/check"}};
const schema48 = {"type":"object","properties":{"rule_id":{"$ref":"#/definitions/optionalText"},"display_name":{"$ref":"#/definitions/optionalText"},"status":{"$ref":"#/definitions/optionalText"},"message":{"$ref":"#/definitions/optionalText"},"doc_url":{"$ref":"#/definitions/optionalHttpsUrl"}}};
const schema53 = {"type":["string","null"],"pattern":"^https://[^\\s]+$"};
const pattern0 = new RegExp("^https://[^\\s]+$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.rule_id !== undefined){
let data0 = data.rule_id;
const _errs1 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate24.errors = [{instancePath:instancePath+"/rule_id",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.display_name !== undefined){
let data1 = data.display_name;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate24.errors = [{instancePath:instancePath+"/display_name",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data2 = data.status;
const _errs7 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate24.errors = [{instancePath:instancePath+"/status",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
let data3 = data.message;
const _errs10 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate24.errors = [{instancePath:instancePath+"/message",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.doc_url !== undefined){
let data4 = data.doc_url;
const _errs13 = errors;
const _errs14 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate24.errors = [{instancePath:instancePath+"/doc_url",schemaPath:"#/definitions/optionalHttpsUrl/type",keyword:"type",params:{type: schema53.type},message:"must be string,null"}];
return false;
}
if(errors === _errs14){
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
validate24.errors = [{instancePath:instancePath+"/doc_url",schemaPath:"#/definitions/optionalHttpsUrl/pattern",keyword:"pattern",params:{pattern: "^https://[^\\s]+$"},message:"must match pattern \""+"^https://[^\\s]+$"+"\""}];
return false;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(Array.isArray(data))) && (data !== null)){
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema47.type},message:"must be array,null"}];
return false;
}
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate24(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
if (vErrors === null) vErrors = validate24.errors; else for (const error of validate24.errors) vErrors.push(error);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
}
validate23.errors = vErrors;
return errors === 0;
}


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors !== undefined){
const _errs1 = errors;
if(!(validate23(data.errors, {instancePath:instancePath+"/errors",parentData:data,parentDataProperty:"errors",rootData}))){
if (vErrors === null) vErrors = validate23.errors; else for (const error of validate23.errors) vErrors.push(error);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.warnings !== undefined){
const _errs2 = errors;
if(!(validate23(data.warnings, {instancePath:instancePath+"/warnings",parentData:data,parentDataProperty:"warnings",rootData}))){
if (vErrors === null) vErrors = validate23.errors; else for (const error of validate23.errors) vErrors.push(error);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.passes !== undefined){
const _errs3 = errors;
if(!(validate23(data.passes, {instancePath:instancePath+"/passes",parentData:data,parentDataProperty:"passes",rootData}))){
if (vErrors === null) vErrors = validate23.errors; else for (const error of validate23.errors) vErrors.push(error);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.skips !== undefined){
const _errs4 = errors;
if(!(validate23(data.skips, {instancePath:instancePath+"/skips",parentData:data,parentDataProperty:"skips",rootData}))){
if (vErrors === null) vErrors = validate23.errors; else for (const error of validate23.errors) vErrors.push(error);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData}))){
if (vErrors === null) vErrors = validate22.errors; else for (const error of validate22.errors) vErrors.push(error);
errors = vErrors.length;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mappings !== undefined){
let data0 = data.mappings;
const _errs2 = errors;
if((!(data0 && typeof data0 == "object" && !Array.isArray(data0))) && (data0 !== null)){
validate21.errors = [{instancePath:instancePath+"/mappings",schemaPath:"#/properties/mappings/type",keyword:"type",params:{type: schema45.properties.mappings.type},message:"must be object,null"}];
return false;
}
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key0 in data0){
const _errs5 = errors;
if(!(validate22(data0[key0], {instancePath:instancePath+"/mappings/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key0,rootData}))){
if (vErrors === null) vErrors = validate22.errors; else for (const error of validate22.errors) vErrors.push(error);
errors = vErrors.length;
}
var valid2 = _errs5 === errors;
if(!valid2){
break;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}

const validateWriteErrors = validate32;
const schema54 = {"type":"object","required":["results"],"properties":{"count":{"$ref":"#/definitions/count"},"next":{"$ref":"#/definitions/nextPage"},"results":{"type":"array","items":{"type":"object","properties":{"id":{"$ref":"#/definitions/idOrNumber"},"table_name":{"$ref":"#/definitions/optionalText"},"record_id":{"type":["string","number","null"]},"message":{"$ref":"#/definitions/optionalText"},"created_at":{"$ref":"#/definitions/optionalText"}}}}}};
const schema57 = {"type":["string","number"]};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.results === undefined) && (missing0 = "results")){
validate32.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.count !== undefined){
let data0 = data.count;
const _errs1 = errors;
const _errs2 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (data0 !== null)){
validate32.errors = [{instancePath:instancePath+"/count",schemaPath:"#/definitions/count/type",keyword:"type",params:{type: schema20.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
validate32.errors = [{instancePath:instancePath+"/count",schemaPath:"#/definitions/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.next !== undefined){
let data1 = data.next;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate32.errors = [{instancePath:instancePath+"/next",schemaPath:"#/definitions/nextPage/type",keyword:"type",params:{type: schema19.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.results !== undefined){
let data2 = data.results;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data2)){
var valid3 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs9 = errors;
if(errors === _errs9){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id !== undefined){
let data4 = data3.id;
const _errs11 = errors;
if((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))){
validate32.errors = [{instancePath:instancePath+"/results/" + i0+"/id",schemaPath:"#/definitions/idOrNumber/type",keyword:"type",params:{type: schema57.type},message:"must be string,number"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.table_name !== undefined){
let data5 = data3.table_name;
const _errs14 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate32.errors = [{instancePath:instancePath+"/results/" + i0+"/table_name",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.record_id !== undefined){
let data6 = data3.record_id;
const _errs17 = errors;
if(((typeof data6 !== "string") && (!((typeof data6 == "number") && (isFinite(data6))))) && (data6 !== null)){
validate32.errors = [{instancePath:instancePath+"/results/" + i0+"/record_id",schemaPath:"#/properties/results/items/properties/record_id/type",keyword:"type",params:{type: schema54.properties.results.items.properties.record_id.type},message:"must be string,number,null"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.message !== undefined){
let data7 = data3.message;
const _errs19 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate32.errors = [{instancePath:instancePath+"/results/" + i0+"/message",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid4 = _errs19 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.created_at !== undefined){
let data8 = data3.created_at;
const _errs22 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate32.errors = [{instancePath:instancePath+"/results/" + i0+"/created_at",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid4 = _errs22 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs9 === errors;
if(!valid3){
break;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}

const validateNotifications = validate33;
const schema61 = {"type":"object","required":["results"],"properties":{"count":{"$ref":"#/definitions/count"},"next":{"$ref":"#/definitions/nextPage"},"results":{"type":"array","items":{"type":"object","properties":{"id":{"$ref":"#/definitions/idOrNumber"},"event_type":{"$ref":"#/definitions/optionalText"},"message":{"$ref":"#/definitions/optionalText"},"created_at":{"$ref":"#/definitions/optionalText"},"acknowledged":{"type":["boolean","null"]}}}}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.results === undefined) && (missing0 = "results")){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.count !== undefined){
let data0 = data.count;
const _errs1 = errors;
const _errs2 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (data0 !== null)){
validate33.errors = [{instancePath:instancePath+"/count",schemaPath:"#/definitions/count/type",keyword:"type",params:{type: schema20.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
validate33.errors = [{instancePath:instancePath+"/count",schemaPath:"#/definitions/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.next !== undefined){
let data1 = data.next;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate33.errors = [{instancePath:instancePath+"/next",schemaPath:"#/definitions/nextPage/type",keyword:"type",params:{type: schema19.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.results !== undefined){
let data2 = data.results;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data2)){
var valid3 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs9 = errors;
if(errors === _errs9){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id !== undefined){
let data4 = data3.id;
const _errs11 = errors;
if((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))){
validate33.errors = [{instancePath:instancePath+"/results/" + i0+"/id",schemaPath:"#/definitions/idOrNumber/type",keyword:"type",params:{type: schema57.type},message:"must be string,number"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.event_type !== undefined){
let data5 = data3.event_type;
const _errs14 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate33.errors = [{instancePath:instancePath+"/results/" + i0+"/event_type",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.message !== undefined){
let data6 = data3.message;
const _errs17 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate33.errors = [{instancePath:instancePath+"/results/" + i0+"/message",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.created_at !== undefined){
let data7 = data3.created_at;
const _errs20 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate33.errors = [{instancePath:instancePath+"/results/" + i0+"/created_at",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.acknowledged !== undefined){
let data8 = data3.acknowledged;
const _errs23 = errors;
if((typeof data8 !== "boolean") && (data8 !== null)){
validate33.errors = [{instancePath:instancePath+"/results/" + i0+"/acknowledged",schemaPath:"#/properties/results/items/properties/acknowledged/type",keyword:"type",params:{type: schema61.properties.results.items.properties.acknowledged.type},message:"must be boolean,null"}];
return false;
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs9 === errors;
if(!valid3){
break;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}

const validateSchemaDiff = validate34;
const schema68 = {"type":"object","required":["mappings"],"properties":{"current_api_version":{"$ref":"#/definitions/apiVersion"},"target_api_version":{"$ref":"#/definitions/apiVersion"},"mappings":{"type":"array","items":{"$ref":"#/definitions/schemaDiffMapping"}}}};
const schema69 = {"type":"string","minLength":1,"maxLength":16};
const schema71 = {"type":"object","required":["name"],"properties":{"name":{"$ref":"#/definitions/nonEmptyText"},"fields_have_changed":{"type":["boolean","null"]},"has_unsafe_changes":{"type":["boolean","null"]},"action_undetermined":{"type":["boolean","null"]},"result_message":{"$ref":"#/definitions/optionalText"}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.name === undefined) && (missing0 = "name")){
validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.name !== undefined){
let data0 = data.name;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate35.errors = [{instancePath:instancePath+"/name",schemaPath:"#/definitions/nonEmptyText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/name",schemaPath:"#/definitions/nonEmptyText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fields_have_changed !== undefined){
let data1 = data.fields_have_changed;
const _errs4 = errors;
if((typeof data1 !== "boolean") && (data1 !== null)){
validate35.errors = [{instancePath:instancePath+"/fields_have_changed",schemaPath:"#/properties/fields_have_changed/type",keyword:"type",params:{type: schema71.properties.fields_have_changed.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.has_unsafe_changes !== undefined){
let data2 = data.has_unsafe_changes;
const _errs6 = errors;
if((typeof data2 !== "boolean") && (data2 !== null)){
validate35.errors = [{instancePath:instancePath+"/has_unsafe_changes",schemaPath:"#/properties/has_unsafe_changes/type",keyword:"type",params:{type: schema71.properties.has_unsafe_changes.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.action_undetermined !== undefined){
let data3 = data.action_undetermined;
const _errs8 = errors;
if((typeof data3 !== "boolean") && (data3 !== null)){
validate35.errors = [{instancePath:instancePath+"/action_undetermined",schemaPath:"#/properties/action_undetermined/type",keyword:"type",params:{type: schema71.properties.action_undetermined.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.result_message !== undefined){
let data4 = data.result_message;
const _errs10 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate35.errors = [{instancePath:instancePath+"/result_message",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema15.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.mappings === undefined) && (missing0 = "mappings")){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.current_api_version !== undefined){
let data0 = data.current_api_version;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) > 16){
validate34.errors = [{instancePath:instancePath+"/current_api_version",schemaPath:"#/definitions/apiVersion/maxLength",keyword:"maxLength",params:{limit: 16},message:"must NOT have more than 16 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate34.errors = [{instancePath:instancePath+"/current_api_version",schemaPath:"#/definitions/apiVersion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/current_api_version",schemaPath:"#/definitions/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.target_api_version !== undefined){
let data1 = data.target_api_version;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(func2(data1) > 16){
validate34.errors = [{instancePath:instancePath+"/target_api_version",schemaPath:"#/definitions/apiVersion/maxLength",keyword:"maxLength",params:{limit: 16},message:"must NOT have more than 16 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate34.errors = [{instancePath:instancePath+"/target_api_version",schemaPath:"#/definitions/apiVersion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/target_api_version",schemaPath:"#/definitions/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mappings !== undefined){
let data2 = data.mappings;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data2)){
var valid3 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs9 = errors;
if(!(validate35(data2[i0], {instancePath:instancePath+"/mappings/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
if (vErrors === null) vErrors = validate35.errors; else for (const error of validate35.errors) vErrors.push(error);
errors = vErrors.length;
}
var valid3 = _errs9 === errors;
if(!valid3){
break;
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/mappings",schemaPath:"#/properties/mappings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}

const validateApiVersionChange = validate37;
const schema74 = {"type":"object","properties":{"target_version":{"$ref":"#/definitions/apiVersion"},"target_api_version":{"$ref":"#/definitions/apiVersion"},"mappings":{"type":"array","items":{"$ref":"#/definitions/schemaDiffMapping"}}}};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.target_version !== undefined){
let data0 = data.target_version;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) > 16){
validate37.errors = [{instancePath:instancePath+"/target_version",schemaPath:"#/definitions/apiVersion/maxLength",keyword:"maxLength",params:{limit: 16},message:"must NOT have more than 16 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate37.errors = [{instancePath:instancePath+"/target_version",schemaPath:"#/definitions/apiVersion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/target_version",schemaPath:"#/definitions/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.target_api_version !== undefined){
let data1 = data.target_api_version;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(func2(data1) > 16){
validate37.errors = [{instancePath:instancePath+"/target_api_version",schemaPath:"#/definitions/apiVersion/maxLength",keyword:"maxLength",params:{limit: 16},message:"must NOT have more than 16 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate37.errors = [{instancePath:instancePath+"/target_api_version",schemaPath:"#/definitions/apiVersion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/target_api_version",schemaPath:"#/definitions/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mappings !== undefined){
let data2 = data.mappings;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data2)){
var valid3 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs9 = errors;
if(!(validate35(data2[i0], {instancePath:instancePath+"/mappings/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
if (vErrors === null) vErrors = validate35.errors; else for (const error of validate35.errors) vErrors.push(error);
errors = vErrors.length;
}
var valid3 = _errs9 === errors;
if(!valid3){
break;
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/mappings",schemaPath:"#/properties/mappings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}

;// CONCATENATED MODULE: ./src/clients/connect/types.ts
/**
 * The shapes of Heroku Connect API answers, as far as this project reads them: each parser checks
 * its answer against answers.schema.json (compiled by scripts/compile-schema.mjs) before anything
 * reads it, so that a changed or hostile API fails with a message naming the field, never with a
 * TypeError deep in the wait.
 */



const SERVICE = 'Heroku Connect';
function listed(entry) {
    return {
        id: entry.id,
        resource_name: entry.resource_name ?? '',
        app_name: entry.app_name ?? '',
        ...(entry.region_url !== undefined && { region_url: entry.region_url }),
        detail_url: entry.detail_url,
    };
}
/** `GET /connections?app=`: `{results[], next, count}`, one page (pageLinks gives the next). */
function parseSearch(body, what) {
    return (0,shape/* checkedAnswer */.MF)(validateSearch, body, SERVICE, what).results.map(listed);
}
/** `POST /auth/<app>`: `{user, connections[], regions, cells}`; the connections the user can now see, when listed. */
function parseLink(body, what) {
    if (body === undefined)
        return [];
    return ((0,shape/* checkedAnswer */.MF)(validateLink, body, SERVICE, what).connections ?? []).map(listed);
}
/**
 * `GET {detail_url}?deep=true`. What the recordings show as null reads as absent; a mapping id may be
 * a number (the plugin's mocks), and the record count is `db` or, in one source, `count`.
 */
function parseDetail(body, what) {
    const answer = (0,shape/* checkedAnswer */.MF)(validateDetail, body, SERVICE, what);
    const detail = { ...answer, mappings: answer.mappings.map(mappingOf) };
    for (const key of ['name', 'app_name', 'resource_name', 'plan', 'api_version', 'logplex_log_enabled'])
        if (answer[key] === null)
            delete detail[key];
    return detail;
}
function mappingOf(mapping) {
    const { id, state_description: description, ...rest } = mapping;
    const counts = (0,json/* isRecord */.u4)(rest.counts) && rest.counts.db === undefined && rest.counts.count !== undefined ? { ...rest.counts, db: rest.counts.count } : rest.counts;
    return { ...rest, ...(id !== undefined && { id: String(id) }), ...(typeof description === 'string' && { state_description: description }), ...(counts !== undefined && { counts }) };
}
function parseExport(body, what) {
    return (0,shape/* checkedAnswer */.MF)(validateExport, body, SERVICE, what);
}
/** `POST \u2026/validations` (202): where the result will be. */
function parseValidationStart(body, what) {
    return (0,shape/* checkedAnswer */.MF)(validateValidationStart, body, SERVICE, what).result_url;
}
const CHECK_LISTS = ['errors', 'warnings', 'passes', 'skips'];
/** Every list may be missing or null (the plugin's own tests expect that), and so may the mappings'. */
function parseValidation(body, what) {
    const answer = (0,shape/* checkedAnswer */.MF)(validateValidation, body, SERVICE, what);
    return { ...checkListsOf(answer), mappings: Object.fromEntries(Object.entries(answer.mappings ?? {}).map(([object, lists]) => [object, { ...checkListsOf(lists), mappings: {} }])) };
}
function checkListsOf(answer) {
    return Object.fromEntries(CHECK_LISTS.map((list) => [list, (answer[list] ?? []).map(parseCheck)]));
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
/** The links of a page that its parser (parseSearch, parseWriteErrors, parseNotifications) accepted, which checked their types. */
function pageLinks(body) {
    const { count, next } = body;
    return { ...(typeof count === 'number' && { count }), ...(typeof next === 'string' && next !== '' && { next }) };
}
function textOf(value) {
    return value === null || value === undefined ? '' : String(value);
}
/**
 * `{count, results[]}`, as the Heroku CLI plugin reads it; ids may be numbers (the trigger log's are
 * bigints). An entry without an id gets one from its other keys, so that before and after can
 * still be told apart.
 */
function parseWriteErrors(body, what) {
    return (0,shape/* checkedAnswer */.MF)(validateWriteErrors, body, SERVICE, what).results.map((entry) => {
        const table_name = textOf(entry.table_name);
        const record_id = textOf(entry.record_id);
        const message = textOf(entry.message);
        const created_at = textOf(entry.created_at);
        return { id: textOf(entry.id) || `${table_name}/${record_id}/${created_at}/${message}`, table_name, record_id, message, created_at };
    });
}
/**
 * `{results[]}`, as the Heroku CLI plugin reads it; the endpoint is new (2026) and its entries are
 * known only from the plugin's tests, so every key may be missing. An entry marked acknowledged is
 * left out, in case the list ever returns those too.
 */
function parseNotifications(body, what) {
    return (0,shape/* checkedAnswer */.MF)(validateNotifications, body, SERVICE, what)
        .results.filter((entry) => entry.acknowledged !== true)
        .map((entry) => ({
        id: textOf(entry.id) || `${textOf(entry.event_type)}/${textOf(entry.created_at)}/${textOf(entry.message)}`,
        event_type: textOf(entry.event_type) || 'unknown',
        message: textOf(entry.message),
        created_at: textOf(entry.created_at),
    }));
}
/** A Salesforce API version as Heroku Connect and the export files write it: "62.0". */
const API_VERSION = /^\d{1,3}\.\d{1,2}$/;
function isApiVersion(value) {
    return API_VERSION.test(value);
}
/** `wanted` is a well-formed API version later than `live` (62.0 after 45.0); a malformed one is the lint's to report. */
function isNewerApiVersion(wanted, live) {
    return isApiVersion(wanted) && isApiVersion(live) && Number(wanted) > Number(live);
}
/** The Salesforce API version the connection runs, as its detail says (the recorded answers put it in `sf_info`, the plugin's mocks at the top). */
function liveApiVersion(detail) {
    return detail.sf_info?.api_version ?? detail.api_version;
}
/**
 * The files' connection.api_version when it is newer than the connection's: the version change the
 * files ask for. An older one (an export taken before the connection moved on) asks for nothing:
 * nothing moves a connection back to an older, sooner retired version.
 */
function requestedApiVersion(document, detail) {
    const file = document.connection?.api_version;
    const live = liveApiVersion(detail);
    if (file === undefined || file === null || live === undefined)
        return undefined;
    return isNewerApiVersion(String(file), live) ? String(file) : undefined;
}
/** The most mappings a schema diff may list: a connection has at most a few hundred. */
const MAX_SCHEMA_DIFF_MAPPINGS = 1000;
function schemaDiffOf(answer, what) {
    for (const key of ['current_api_version', 'target_api_version', 'target_version']) {
        const value = answer[key];
        if (value !== undefined && !isApiVersion(value))
            throw (0,shape/* answerFailure */.Rp)(SERVICE, what, `${key} is not an API version such as 62.0`);
    }
    const mappings = answer.mappings ?? [];
    if (mappings.length > MAX_SCHEMA_DIFF_MAPPINGS)
        throw (0,shape/* answerFailure */.Rp)(SERVICE, what, `it lists ${mappings.length} mappings, more than the ${MAX_SCHEMA_DIFF_MAPPINGS} a connection can have`);
    const target = answer.target_api_version ?? answer.target_version;
    return {
        ...(answer.current_api_version !== undefined && { current: answer.current_api_version }),
        ...(target !== undefined && { target }),
        mappings: mappings.map((mapping) => ({
            name: mapping.name,
            fieldsChanged: mapping.fields_have_changed === true,
            unsafe: mapping.has_unsafe_changes === true,
            undetermined: mapping.action_undetermined === true,
            messages: (mapping.result_message ?? '')
                .split('\n')
                .map((line) => line.trim())
                .filter((line) => line !== ''),
        })),
    };
}
/** `GET \u2026/schema-diff` (200). */
function parseSchemaDiff(body, what) {
    return schemaDiffOf((0,shape/* checkedAnswer */.MF)(validateSchemaDiff, body, SERVICE, what), what);
}
/** `POST \u2026/actions/change-sf-api-version` (202): the diff it acted on and the version asked; an empty answer says nothing more. */
function parseApiVersionChange(body, what) {
    if (body === undefined)
        return { mappings: [] };
    return schemaDiffOf((0,shape/* checkedAnswer */.MF)(validateApiVersionChange, body, SERVICE, what), what);
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


/***/ })

};

//# sourceMappingURL=61.index.js.map