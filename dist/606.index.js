export const id = 606;
export const ids = [606];
export const modules = {

/***/ 6606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_API_URL: () => (/* binding */ DEFAULT_API_URL),
/* harmony export */   GITHUB_MAX_BODY_BYTES: () => (/* binding */ GITHUB_MAX_BODY_BYTES),
/* harmony export */   PAGE_SIZE: () => (/* binding */ PAGE_SIZE),
/* harmony export */   createGitHubApi: () => (/* binding */ createGitHubApi),
/* harmony export */   describeGitHubError: () => (/* binding */ describeGitHubError),
/* harmony export */   gitHubFailure: () => (/* binding */ gitHubFailure),
/* harmony export */   refusalOf: () => (/* binding */ refusalOf)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1586);
/* harmony import */ var _core_http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4153);
/* harmony import */ var _core_http_safety_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6804);
/* harmony import */ var _core_http_shape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1781);




const DEFAULT_API_URL = 'https://api.github.com';
/** The most bytes of one answer read: a page of 100 files with their patches, or a base file (GitHub serves files of up to 100 MB raw). */
const GITHUB_MAX_BODY_BYTES = 32 * 1024 * 1024;
/** The client, or undefined when there is no token: callers then use git, or skip what needs the API. */
function createGitHubApi(options) {
    const token = options.token?.trim() ?? '';
    if (token === '')
        return undefined;
    (0,_core_http_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkedCredential */ .R1)(token, 'The GitHub token', 'Pass the bare token.');
    const base = apiBase(options.env.GITHUB_API_URL || DEFAULT_API_URL);
    const http = new _core_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Q({
        service: 'GitHub',
        credential: 'the token',
        origins: new Set([new URL(base).origin]),
        maxBodyBytes: GITHUB_MAX_BODY_BYTES,
        ...(options.deadline !== undefined && { deadline: options.deadline }),
        ...(options.fetchImpl && { fetch: options.fetchImpl }),
        ...(options.clock && { clock: options.clock }),
        ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
        ...(options.retries !== undefined && { retries: options.retries }),
    });
    let loaded;
    return {
        redact: (text) => text.replaceAll(token, '[token]'),
        octokit: () => (loaded ??= Promise.all([__webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413)), __webpack_require__.e(/* import() */ 733).then(__webpack_require__.bind(__webpack_require__, 4733))]).then(([{ getOctokit }, shapes]) => {
            const octokit = getOctokit(token, { baseUrl: base, userAgent: 'heroku-connect-action', request: { fetch: http.fetchAdapter } });
            octokit.hook.before('request', (request) => {
                request.headers['x-github-api-version'] = '2022-11-28';
            });
            const answers = answerShapes(shapes);
            // Every answer a caller reads is checked here, before Octokit hands over its `data`.
            octokit.hook.after('request', (response, request) => {
                const shape = answers[`${request.method} ${request.url}`];
                if (shape && !/raw/.test(String(request.headers.accept ?? '')))
                    (0,_core_http_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .checkedAnswer */ .MF)(shape.validate, response.data, 'GitHub', shape.purpose);
            });
            return octokit;
        })),
    };
}
/** The answers the tool reads, by Octokit's route, with what each call does for the messages. */
function answerShapes(shapes) {
    return {
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': { validate: shapes.validatePullFiles, purpose: 'list the files of the pull request' },
        'GET /repos/{owner}/{repo}/contents/{path}': { validate: shapes.validateContent, purpose: 'read a file of the base commit' },
        'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': { validate: shapes.validateComments, purpose: 'list the comments of the pull request' },
        'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': { validate: shapes.validateComment, purpose: 'write a comment' },
        'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': { validate: shapes.validateComment, purpose: 'update a comment' },
        'GET /repos/{owner}/{repo}/issues': { validate: shapes.validateIssues, purpose: 'list the open issues' },
        'POST /repos/{owner}/{repo}/issues': { validate: shapes.validateIssue, purpose: 'open an issue' },
        'PATCH /repos/{owner}/{repo}/issues/{issue_number}': { validate: shapes.validateIssue, purpose: 'update an issue' },
    };
}
/** The path stays: GitHub Enterprise Server serves the API under /api/v3. */
function apiBase(url) {
    const parsed = (0,_core_http_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkedCredentialUrl */ .Si)(url, { name: 'GITHUB_API_URL', credential: 'the token' });
    return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}
/**
 * The answer inside an Octokit RequestError (read by shape: it is not a dependency of this project),
 * or undefined when the request never got one, which the HTTP client then reported as the cause.
 */
function refusalOf(error) {
    const { status, response } = (error ?? {});
    if (typeof status !== 'number' || response === undefined)
        return undefined;
    return { status, headers: (response.headers ?? {}), data: response.data };
}
/** "HTTP 403: Resource not accessible by integration", or the HTTP client's account of a request that got no answer. */
function describeGitHubError(error) {
    const refusal = refusalOf(error);
    if (refusal)
        return (0,_core_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .describeStatus */ .W)(refusal.status, refusal.data);
    const cause = error?.cause;
    return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(cause instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteFailure */ .p3 ? cause : error);
}
/**
 * A failed Octokit call as one line naming GitHub, without the token: what GitHub answered, or the
 * HTTP client's account of why no answer came in time. `what` completes "GitHub refused to".
 */
function gitHubFailure(api, error, what) {
    const cause = error?.cause;
    const reason = refusalOf(error) === undefined && cause instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteFailure */ .p3 ? cause.reason : 'answered';
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteFailure */ .p3('GitHub', reason, api.redact(`GitHub refused to ${what} (${describeGitHubError(error)}).`));
}
const PAGE_SIZE = 100;


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

//# sourceMappingURL=606.index.js.map