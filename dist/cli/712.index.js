export const id = 712;
export const ids = [712];
export const modules = {

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

/***/ 5712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_API_VERSION: () => (/* binding */ DEFAULT_API_VERSION),
  fetchDescribes: () => (/* binding */ fetchDescribes)
});

// UNUSED EXPORTS: MAX_OBJECTS, SALESFORCE_MAX_BODY_BYTES

// EXTERNAL MODULE: ./src/core/errors.ts + 1 modules
var errors = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/core/api-name.ts
var api_name = __webpack_require__(8783);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/http/clock.ts
var http_clock = __webpack_require__(2054);
// EXTERNAL MODULE: ./src/core/http/client.ts + 2 modules
var client = __webpack_require__(4153);
// EXTERNAL MODULE: ./src/core/http/safety.ts
var safety = __webpack_require__(6804);
// EXTERNAL MODULE: ./src/core/http/shape.ts
var shape = __webpack_require__(1781);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/lint/describe/answers.generated.js
// Generated by scripts/compile-schema.mjs from src/lint/describe/answers.schema.json. Do not edit.

const validateSObjectDescribe = validate11;
const schema12 = {"type":"object","required":["name","fields"],"properties":{"name":{"type":"string","minLength":1},"queryable":{"$ref":"#/definitions/flag"},"updateable":{"$ref":"#/definitions/flag"},"createable":{"$ref":"#/definitions/flag"},"custom":{"$ref":"#/definitions/flag"},"fields":{"type":"array","items":{"$ref":"#/definitions/field"}}}};
const schema13 = {"type":"boolean"};
const func2 = ucs2length/* default */.A;
const schema17 = {"type":"object","required":["name"],"properties":{"name":{"type":"string","minLength":1},"type":{"type":"string"},"length":{"type":"integer","minimum":0},"externalId":{"$ref":"#/definitions/flag"},"unique":{"$ref":"#/definitions/flag"},"createable":{"$ref":"#/definitions/flag"},"updateable":{"$ref":"#/definitions/flag"},"nillable":{"$ref":"#/definitions/flag"},"defaultedOnCreate":{"$ref":"#/definitions/flag"},"calculated":{"$ref":"#/definitions/flag"},"relationshipName":{"$ref":"#/definitions/optionalText"},"compoundFieldName":{"$ref":"#/definitions/optionalText"},"referenceTo":{"type":"array","items":{"type":"string"}}}};
const schema25 = {"type":["string","null"]};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.name === undefined) && (missing0 = "name")){
validate12.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.name !== undefined){
let data0 = data.name;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate12.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate12.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs3 = errors;
if(typeof data.type !== "string"){
validate12.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.length !== undefined){
let data2 = data.length;
const _errs5 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate12.errors = [{instancePath:instancePath+"/length",schemaPath:"#/properties/length/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs5){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate12.errors = [{instancePath:instancePath+"/length",schemaPath:"#/properties/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalId !== undefined){
const _errs7 = errors;
if(typeof data.externalId !== "boolean"){
validate12.errors = [{instancePath:instancePath+"/externalId",schemaPath:"#/definitions/flag/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unique !== undefined){
const _errs10 = errors;
if(typeof data.unique !== "boolean"){
validate12.errors = [{instancePath:instancePath+"/unique",schemaPath:"#/definitions/flag/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createable !== undefined){
const _errs13 = errors;
if(typeof data.createable !== "boolean"){
validate12.errors = [{instancePath:instancePath+"/createable",schemaPath:"#/definitions/flag/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.updateable !== undefined){
const _errs16 = errors;
if(typeof data.updateable !== "boolean"){
validate12.errors = [{instancePath:instancePath+"/updateable",schemaPath:"#/definitions/flag/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nillable !== undefined){
const _errs19 = errors;
if(typeof data.nillable !== "boolean"){
validate12.errors = [{instancePath:instancePath+"/nillable",schemaPath:"#/definitions/flag/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.defaultedOnCreate !== undefined){
const _errs22 = errors;
if(typeof data.defaultedOnCreate !== "boolean"){
validate12.errors = [{instancePath:instancePath+"/defaultedOnCreate",schemaPath:"#/definitions/flag/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.calculated !== undefined){
const _errs25 = errors;
if(typeof data.calculated !== "boolean"){
validate12.errors = [{instancePath:instancePath+"/calculated",schemaPath:"#/definitions/flag/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.relationshipName !== undefined){
let data10 = data.relationshipName;
const _errs28 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate12.errors = [{instancePath:instancePath+"/relationshipName",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema25.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.compoundFieldName !== undefined){
let data11 = data.compoundFieldName;
const _errs31 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate12.errors = [{instancePath:instancePath+"/compoundFieldName",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema25.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.referenceTo !== undefined){
let data12 = data.referenceTo;
const _errs34 = errors;
if(errors === _errs34){
if(Array.isArray(data12)){
var valid10 = true;
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
const _errs36 = errors;
if(typeof data12[i0] !== "string"){
validate12.errors = [{instancePath:instancePath+"/referenceTo/" + i0,schemaPath:"#/properties/referenceTo/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs36 === errors;
if(!valid10){
break;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/referenceTo",schemaPath:"#/properties/referenceTo/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs34 === errors;
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
if(((data.name === undefined) && (missing0 = "name")) || ((data.fields === undefined) && (missing0 = "fields"))){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.name !== undefined){
let data0 = data.name;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate11.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate11.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.queryable !== undefined){
const _errs3 = errors;
if(typeof data.queryable !== "boolean"){
validate11.errors = [{instancePath:instancePath+"/queryable",schemaPath:"#/definitions/flag/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.updateable !== undefined){
const _errs6 = errors;
if(typeof data.updateable !== "boolean"){
validate11.errors = [{instancePath:instancePath+"/updateable",schemaPath:"#/definitions/flag/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createable !== undefined){
const _errs9 = errors;
if(typeof data.createable !== "boolean"){
validate11.errors = [{instancePath:instancePath+"/createable",schemaPath:"#/definitions/flag/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.custom !== undefined){
const _errs12 = errors;
if(typeof data.custom !== "boolean"){
validate11.errors = [{instancePath:instancePath+"/custom",schemaPath:"#/definitions/flag/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fields !== undefined){
let data5 = data.fields;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data5)){
var valid5 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs17 = errors;
if(!(validate12(data5[i0], {instancePath:instancePath+"/fields/" + i0,parentData:data5,parentDataProperty:i0,rootData}))){
if (vErrors === null) vErrors = validate12.errors; else for (const error of validate12.errors) vErrors.push(error);
errors = vErrors.length;
}
var valid5 = _errs17 === errors;
if(!valid5){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs15 === errors;
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
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}

// EXTERNAL MODULE: ./src/lint/describe/shape.ts
var describe_shape = __webpack_require__(9026);
// EXTERNAL MODULE: ./src/lint/describe/types.ts
var types = __webpack_require__(9454);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
;// CONCATENATED MODULE: ./src/lint/describe/live.ts











const DEFAULT_API_VERSION = '60.0';
/** The most bytes of one describe read: a large standard object's describe is a few MB. */
const SALESFORCE_MAX_BODY_BYTES = 32 * 1024 * 1024;
/**
 * The most objects one lint asks Salesforce to describe: Heroku Connect's own diagnose warns above
 * 100 mappings a connection, and each object costs the org one API request of its daily limit.
 */
const MAX_OBJECTS = 200;
const DEFAULT_TIME_LIMIT_SECONDS = 300;
/**
 * Fetches the sObject describe of each named object from the Salesforce REST API. The access token
 * never reaches a message: every log line and thrown message passes through one redaction.
 */
async function fetchDescribes(options) {
    const token = options.accessToken.trim();
    const redact = (0,errors/* redactor */.$p)(token, '[access token]');
    const log = {
        info: (message) => options.log?.info(redact(message)),
        warning: (message) => options.log?.warning(redact(message)),
    };
    try {
        return await fetchAll(settingsFrom(options, token, log), options.objectNames);
    }
    catch (error) {
        throw (0,errors/* redactedError */.JM)(error, redact);
    }
}
function settingsFrom(options, token, log) {
    const base = baseUrl(options.instanceUrl);
    const clock = options.clock ?? http_clock/* systemClock */.ml;
    const bearer = (0,safety/* checkedCredential */.R1)(token, 'The Salesforce access token', 'Pass the bare token, without "Bearer ".');
    return {
        base,
        apiVersion: normalizeApiVersion(options.apiVersion ?? DEFAULT_API_VERSION),
        concurrency: whole('concurrency', options.concurrency ?? 4, 1),
        http: new client/* HttpClient */.Q({
            service: 'Salesforce',
            credential: 'the access token',
            origins: new Set([base]),
            maxBodyBytes: SALESFORCE_MAX_BODY_BYTES,
            headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' },
            timeoutMs: whole('timeoutMs', options.timeoutMs ?? 30_000, 1),
            retries: whole('retries', options.retries ?? 4, 0),
            ...(options.fetchImpl && { fetch: options.fetchImpl }),
            clock,
            log,
        }),
        deadline: clock.now() + whole('timeLimitSeconds', options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS, 1) * 1000,
        maxObjects: whole('maxObjects', options.maxObjects ?? MAX_OBJECTS, 1),
        log,
        stop: new AbortController(),
    };
}
function baseUrl(instanceUrl) {
    const example = 'such as https://acme.my.salesforce.com ("Instance Url" in "sf org display")';
    const url = (0,safety/* checkedCredentialUrl */.Si)(instanceUrl, { name: 'The Salesforce instance URL', credential: 'the access token', hint: `Use the org's URL, ${example}.` });
    if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
        throw new errors/* ConfigurationError */.j1(`The Salesforce instance URL "${instanceUrl}" has a path; use the org's base URL without one, ${example}.`);
    }
    return url.origin;
}
function normalizeApiVersion(version) {
    const match = /^v?(\d+)(?:\.0)?$/.exec(version.trim());
    if (!match)
        throw new errors/* ConfigurationError */.j1(`"${version}" is not a Salesforce API version; use one such as ${DEFAULT_API_VERSION}.`);
    return `${match[1]}.0`;
}
function whole(name, value, min) {
    if (!Number.isInteger(value) || value < min)
        throw new errors/* ConfigurationError */.j1(`${name} must be a whole number of at least ${min}; got ${value}.`);
    return value;
}
async function fetchAll(settings, objectNames) {
    const { names, notAsked } = namesToAsk(uniqueIgnoringCase(objectNames), settings);
    const results = [];
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < names.length && !settings.stop.signal.aborted; i = next++) {
            results[i] = await describeOne(names[i], settings);
        }
    };
    settings.log.info(`Fetching the describe of ${names.length} object(s) from ${settings.base} (API v${settings.apiVersion}, ${settings.concurrency} at a time).`);
    try {
        await Promise.all(Array.from({ length: Math.min(settings.concurrency, names.length) }, worker));
    }
    finally {
        settings.stop.abort();
    }
    const index = new types/* DescribeIndex */.q();
    const missing = [];
    results.forEach((result, i) => {
        if ('found' in result)
            index.add(result.found);
        else
            missing.push(names[i]);
    });
    return { index, missing, notAsked };
}
/**
 * The names that may become a URL segment, up to the cap: a name that is not a Salesforce API name
 * (".." or "a/b" would point the token at another REST path) is never asked for; the lint's
 * invalid-api-name rule reports it.
 */
function namesToAsk(unique, settings) {
    const valid = unique.filter(api_name/* isValidApiName */._6);
    const names = valid.slice(0, settings.maxObjects);
    const beyond = valid.slice(settings.maxObjects);
    if (beyond.length > 0) {
        settings.log.warning(`Live describe stops at ${settings.maxObjects} objects: the files map ${valid.length}, so ${beyond.length} (${(0,core_text/* excerpt */.Kb)(beyond.join(', '), 200)}) are linted without a describe. ` +
            'Name describe files for them ("describe"), or lint fewer files at once.');
    }
    return { names, notAsked: [...unique.filter((name) => !(0,api_name/* isValidApiName */._6)(name)), ...beyond] };
}
function uniqueIgnoringCase(names) {
    const byKey = new Map();
    for (const name of names)
        if (!byKey.has(name.toLowerCase()))
            byKey.set(name.toLowerCase(), name);
    return [...byKey.values()];
}
/** The describe of one object; a failure that is not a 404 stops the others, which then end at once. */
async function describeOne(name, settings) {
    const segment = (0,safety/* urlSegment */.NL)(name, (reason) => new errors/* ConfigurationError */.j1(`The object name ${reason}.`));
    const url = `${settings.base}/services/data/v${settings.apiVersion}/sobjects/${segment}/describe`;
    let answer;
    try {
        answer = await settings.http.request({
            url,
            purpose: `fetch the describe of "${name}"`,
            signal: settings.stop.signal,
            deadline: settings.deadline,
        });
    }
    catch (error) {
        if (error instanceof errors/* RemoteFailure */.p3 && error.reason === 'redirected') {
            throw new errors/* ConfigurationError */.j1(`${error.message} Set the instance URL to the org's own URL ("Instance Url" in "sf org display").`);
        }
        throw error;
    }
    const { status } = answer;
    if (status === 200)
        return { found: parseDescribe(name, answer.body, settings.base) };
    const error = salesforceError(answer.body);
    const described = `HTTP ${status}${error ? ` ${error.errorCode}${error.message ? `: ${error.message}` : ''}` : ''}`;
    if (status === 404) {
        settings.log.warning(`Salesforce has no object "${name}" (API v${settings.apiVersion} answered ${described}): it does not exist in this org, or the user cannot see it.`);
        return { missing: true };
    }
    if (status === 401 || status === 403)
        throw refused(described, error);
    throw new errors/* RemoteFailure */.p3('Salesforce', 'answered', `Salesforce answered the describe of "${name}" with ${described}.`);
}
function refused(answer, error) {
    if (error?.errorCode === 'REQUEST_LIMIT_EXCEEDED') {
        return new errors/* ConfigurationError */.j1(`The org's daily API request limit is used up (${answer}). Try again once it resets, or raise the limit.`);
    }
    return new errors/* ConfigurationError */.j1(`Salesforce refused the request (${answer}): the access token is invalid, expired or lacks API access. ` +
        'Get a fresh token (for example "sf org display --json"), and check that the user has the "API Enabled" permission.');
}
function parseDescribe(name, body, base) {
    const where = `The describe of "${name}" from ${base}`;
    if (!(0,json/* isRecord */.u4)(body) || !(0,describe_shape/* isSObjectDescribe */.ue)(body)) {
        throw new errors/* ConfigurationError */.j1(`${where} is not an sObject describe; check that the instance URL is the org's Salesforce URL.`);
    }
    return (0,describe_shape/* fullDescribe */.zf)((0,shape/* checkedAnswer */.MF)(validateSObjectDescribe, body, 'Salesforce', `fetch the describe of "${name}"`), where);
}
/** Salesforce error bodies are `[{"errorCode": "...", "message": "..."}]`. */
function salesforceError(body) {
    const first = Array.isArray(body) ? body[0] : undefined;
    if (!(0,json/* isRecord */.u4)(first) || typeof first.errorCode !== 'string')
        return undefined;
    return typeof first.message === 'string' ? { errorCode: first.errorCode, message: first.message } : { errorCode: first.errorCode };
}


/***/ }),

/***/ 9026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   fN: () => (/* binding */ objectFlags),
/* harmony export */   ue: () => (/* binding */ isSObjectDescribe),
/* harmony export */   zf: () => (/* binding */ fullDescribe)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1586);
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6153);


/** An sObject describe has a name and a field list; a global describe entry has no fields. */
function isSObjectDescribe(value) {
    return typeof value.name === 'string' && Array.isArray(value.fields);
}
const OBJECT_FLAGS = ['queryable', 'updateable', 'createable', 'custom'];
const FIELD_FLAGS = ['externalId', 'unique', 'createable', 'updateable', 'nillable', 'defaultedOnCreate', 'calculated'];
const FIELD_NULLABLE_STRINGS = ['relationshipName', 'compoundFieldName'];
/**
 * The object-level flags of a global describe entry or an sObject describe. `where` names the place
 * in the input for the message. A property of the wrong type is dropped rather than refused: the
 * rules read a missing property as "not known" and report nothing on it.
 */
function objectFlags(raw, where) {
    const object = { name: nameOf(raw, where, 'a Salesforce object') };
    const record = raw;
    for (const key of OBJECT_FLAGS) {
        const value = record[key];
        if (typeof value === 'boolean')
            object[key] = value;
    }
    return object;
}
/** An sObject describe reduced to what `DescribedObject` holds: real describes carry dozens of properties per field. */
function fullDescribe(raw, where) {
    return { ...objectFlags(raw, where), fields: raw.fields.map((field, i) => describedField(field, `${where}, fields[${i}]`)) };
}
function describedField(raw, where) {
    const field = { name: nameOf(raw, where, 'a field') };
    const record = raw;
    if (typeof record.type === 'string')
        field.type = record.type;
    if (typeof record.length === 'number' && Number.isInteger(record.length) && record.length >= 0)
        field.length = record.length;
    for (const key of FIELD_FLAGS) {
        const value = record[key];
        if (typeof value === 'boolean')
            field[key] = value;
    }
    for (const key of FIELD_NULLABLE_STRINGS) {
        const value = record[key];
        if (typeof value === 'string' || value === null)
            field[key] = value;
    }
    const referenceTo = record.referenceTo;
    if (Array.isArray(referenceTo) && referenceTo.every((target) => typeof target === 'string'))
        field.referenceTo = referenceTo;
    return field;
}
function nameOf(raw, where, what) {
    const name = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(raw) ? raw.name : undefined;
    if (typeof name === 'string' && name !== '')
        return name;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: expected ${what} with a "name", found ${summarize(raw)}.`);
}
/** A short account of a JSON value for a message: its type, and an object's first keys. */
function summarize(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return `an array of ${value.length}`;
    if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value))
        return `a ${typeof value}`;
    const keys = Object.keys(value);
    if (keys.length === 0)
        return 'an empty object';
    const shown = keys
        .slice(0, 5)
        .map((key) => `"${key}"`)
        .join(', ');
    return `an object with keys ${shown}${keys.length > 5 ? ` and ${keys.length - 5} more` : ''}`;
}


/***/ })

};

//# sourceMappingURL=712.index.js.map