export const id = 607;
export const ids = [607];
export const modules = {

/***/ 9607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_API_VERSION: () => (/* binding */ DEFAULT_API_VERSION),
/* harmony export */   fetchDescribes: () => (/* binding */ fetchDescribes)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3889);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7195);
/* harmony import */ var _http_safety_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4000);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(512);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2228);
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6153);






const DEFAULT_API_VERSION = '60.0';
/**
 * Fetches the sObject describe of each named object from the Salesforce REST API. The access token
 * never reaches a message: every log line and thrown message passes through one redaction.
 */
async function fetchDescribes(options) {
    const token = options.accessToken.trim();
    const redact = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p)(token, '[access token]');
    const log = {
        info: (message) => options.log?.info(redact(message)),
        warning: (message) => options.log?.warning(redact(message)),
    };
    try {
        return await fetchAll(settingsFrom(options, token, log), options.objectNames);
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .redactedError */ .JM)(error, redact);
    }
}
function settingsFrom(options, token, log) {
    const base = baseUrl(options.instanceUrl);
    const bearer = (0,_http_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkedCredential */ .R)(token, 'The Salesforce access token', 'Pass the bare token, without "Bearer ".');
    return {
        base,
        apiVersion: normalizeApiVersion(options.apiVersion ?? DEFAULT_API_VERSION),
        concurrency: whole('concurrency', options.concurrency ?? 4, 1),
        http: new _http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Q({
            service: 'Salesforce',
            credential: 'the access token',
            headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' },
            timeoutMs: whole('timeoutMs', options.timeoutMs ?? 30_000, 1),
            retries: whole('retries', options.retries ?? 4, 0),
            ...(options.fetchImpl && { fetch: options.fetchImpl }),
            ...(options.clock && { clock: options.clock }),
            log,
        }),
        ...(options.deadline !== undefined && { deadline: options.deadline }),
        log,
        stop: new AbortController(),
    };
}
function baseUrl(instanceUrl) {
    const example = 'such as https://acme.my.salesforce.com ("Instance Url" in "sf org display")';
    const url = (0,_http_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkedCredentialUrl */ .S)(instanceUrl, { name: 'The Salesforce instance URL', credential: 'the access token', hint: `Use the org's URL, ${example}.` });
    if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The Salesforce instance URL "${instanceUrl}" has a path; use the org's base URL without one, ${example}.`);
    }
    return url.origin;
}
function normalizeApiVersion(version) {
    const match = /^v?(\d+)(?:\.0)?$/.exec(version.trim());
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`"${version}" is not a Salesforce API version; use one such as ${DEFAULT_API_VERSION}.`);
    return `${match[1]}.0`;
}
function whole(name, value, min) {
    if (!Number.isInteger(value) || value < min)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name} must be a whole number of at least ${min}; got ${value}.`);
    return value;
}
async function fetchAll(settings, objectNames) {
    const names = uniqueIgnoringCase(objectNames);
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
    const index = new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .DescribeIndex */ .q();
    const missing = [];
    results.forEach((result, i) => {
        if ('found' in result)
            index.add(result.found);
        else
            missing.push(names[i]);
    });
    return { index, missing };
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
    const url = `${settings.base}/services/data/v${settings.apiVersion}/sobjects/${encodeURIComponent(name)}/describe`;
    let answer;
    try {
        answer = await settings.http.request({
            url,
            purpose: `fetch the describe of "${name}"`,
            signal: settings.stop.signal,
            ...(settings.deadline !== undefined && { deadline: settings.deadline }),
        });
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteFailure */ .p3 && error.reason === 'redirected') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${error.message} Set the instance URL to the org's own URL ("Instance Url" in "sf org display").`);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteFailure */ .p3('Salesforce', 'answered', `Salesforce answered the describe of "${name}" with ${described}.`);
}
function refused(answer, error) {
    if (error?.errorCode === 'REQUEST_LIMIT_EXCEEDED') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The org's daily API request limit is used up (${answer}). Try again once it resets, or raise the limit.`);
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Salesforce refused the request (${answer}): the access token is invalid, expired or lacks API access. ` +
        'Get a fresh token (for example "sf org display --json"), and check that the user has the "API Enabled" permission.');
}
function parseDescribe(name, body, base) {
    const where = `The describe of "${name}" from ${base}`;
    if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(body) || !(0,_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .isSObjectDescribe */ .ue)(body)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where} is not an sObject describe; check that the instance URL is the org's Salesforce URL.`);
    }
    return (0,_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .fullDescribe */ .zf)(body, where);
}
/** Salesforce error bodies are `[{"errorCode": "...", "message": "..."}]`. */
function salesforceError(body) {
    const first = Array.isArray(body) ? body[0] : undefined;
    if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(first) || typeof first.errorCode !== 'string')
        return undefined;
    return typeof first.message === 'string' ? { errorCode: first.errorCode, message: first.message } : { errorCode: first.errorCode };
}


/***/ }),

/***/ 512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   fN: () => (/* binding */ objectFlags),
/* harmony export */   ue: () => (/* binding */ isSObjectDescribe),
/* harmony export */   zf: () => (/* binding */ fullDescribe)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3889);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: expected ${what} with a "name", found ${summarize(raw)}.`);
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
    const shown = keys.slice(0, 5).map((key) => `"${key}"`).join(', ');
    return `an object with keys ${shown}${keys.length > 5 ? ` and ${keys.length - 5} more` : ''}`;
}


/***/ }),

/***/ 7195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ HttpClient),
  W: () => (/* binding */ describeStatus)
});

// EXTERNAL MODULE: ./src/errors.ts + 1 modules
var errors = __webpack_require__(3889);
// EXTERNAL MODULE: ./src/http/clock.ts
var clock = __webpack_require__(8658);
;// CONCATENATED MODULE: ./src/http/network.ts
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

;// CONCATENATED MODULE: ./src/http/retry.ts
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

;// CONCATENATED MODULE: ./src/http/client.ts




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
    constructor(options) {
        this.options = options;
        this.clock = options.clock ?? clock/* systemClock */.ml;
        this.fetch = options.fetch ?? fetch;
        this.timeoutMs = options.timeoutMs ?? 30_000;
        this.retries = options.retries ?? 5;
        this.budgetMs = options.budgetMs ?? 300_000;
    }
    get service() {
        return this.options.service;
    }
    async request(request) {
        const host = new URL(request.url);
        if (this.options.origins && !this.options.origins.includes(host.origin)) {
            throw new errors/* RemoteFailure */.p3(this.service, 'redirected', `${this.service} pointed the request to ${request.purpose} at another host, ${host.host}; ${this.options.credential} was not sent there.`);
        }
        const started = this.clock.now();
        const deadline = request.deadline ?? started + this.budgetMs;
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
            text = await response.text();
        }
        catch (error) {
            if (request.signal?.aborted)
                throw error;
            // A new text without the error's cause: it could carry request details.
            return isTimeout(error)
                ? { reason: 'hanging', what: `no answer within ${seconds(limitMs)}` }
                : { reason: 'failing', what: `a network error: ${networkErrorText(error)}` };
        }
        const { status } = response;
        const body = parseJson(text);
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

/***/ 8658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ml: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony exports MAX_TIMER_MS, timerSteps */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);

/** setTimeout's largest delay; a longer one overflows and fires after 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;
const systemClock = {
    now: () => Date.now(),
    sleep: async (ms, signal) => {
        for (const step of timerSteps(ms))
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(step, undefined, signal ? { signal } : {});
    },
    timeout: (ms) => AbortSignal.timeout(Math.min(Math.max(0, ms), MAX_TIMER_MS)),
};
/** A wait as timer delays none of which overflows: as long as asked, not 1 ms. */
function timerSteps(ms) {
    const steps = [];
    for (let left = Math.max(0, ms); left > 0; left -= MAX_TIMER_MS)
        steps.push(Math.min(left, MAX_TIMER_MS));
    return steps;
}


/***/ }),

/***/ 4000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ checkedCredential),
/* harmony export */   S: () => (/* binding */ checkedCredentialUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3889);

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


/***/ })

};

//# sourceMappingURL=607.index.js.map