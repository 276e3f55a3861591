export const id = 15;
export const ids = [15];
export const modules = {

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


/***/ }),

/***/ 6933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ pollingIntervalChanged),
/* harmony export */   MC: () => (/* binding */ mappingDeleted),
/* harmony export */   RM: () => (/* binding */ mappingAdded),
/* harmony export */   RY: () => (/* binding */ acceleratedPollingChanged),
/* harmony export */   T4: () => (/* binding */ indexAdded),
/* harmony export */   Tw: () => (/* binding */ mappingRemoved),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   ab: () => (/* binding */ upsertFieldChanged),
/* harmony export */   f1: () => (/* binding */ accessChanged),
/* harmony export */   fH: () => (/* binding */ indexRemoved),
/* harmony export */   p8: () => (/* binding */ fieldRemoved),
/* harmony export */   tO: () => (/* binding */ CHANGE_KINDS),
/* harmony export */   x2: () => (/* binding */ indexUniquenessChanged),
/* harmony export */   xl: () => (/* binding */ fieldAdded)
/* harmony export */ });
/**
 * What each kind of change to a mapping file does when the file is imported, in plain words. The
 * facts: import is an upsert that never deletes a mapping missing from the file, and the CLI deletes
 * one with connect:mapping:delete (research heroku-connect-api \u00a72, \u00a74.1); editing a mapping runs
 * ALTER TABLE and fills newly mapped fields with data (Dev Center, ibid. \u00a74.1); read_write writes
 * Postgres changes to Salesforce and needs a unique External ID as upsert_field, by which records
 * are matched after the Salesforce ID (heroku-connect-rules \u00a75); accelerated polling is Salesforce
 * notifying Heroku Connect through the Streaming API while the regular polls go on (ibid. \u00a74.3).
 */
const CHANGE_KINDS = [
    'mapping-added',
    'mapping-removed',
    'mapping-deleted',
    'access-changed',
    'upsert-field-set',
    'upsert-field-removed',
    'upsert-field-changed',
    'polling-interval-changed',
    'accelerated-polling-changed',
    'field-removed',
    'field-added',
    'index-removed',
    'index-added',
    'index-uniqueness-changed',
];
const DELETE_COMMAND = (object) => `heroku connect:mapping:delete ${object} --app <app> --confirm <app>`;
function mappingAdded(head) {
    const writes = head.access === 'read_write' ? ' As a read_write mapping, it also writes changes made in Postgres to Salesforce.' : '';
    return {
        kind: 'mapping-added',
        object: head.object,
        detail: describeMapping(head),
        consequence: `Import creates the ${head.object} mapping: Heroku Connect creates its table in Postgres and loads it from Salesforce.${writes}`,
        care: false,
    };
}
function mappingRemoved(base) {
    return {
        kind: 'mapping-removed',
        object: base.object,
        detail: describeMapping(base),
        consequence: `Import does not delete mappings missing from the file: ${base.object} stays in the connection and keeps syncing. ` +
            `To delete it, run "${DELETE_COMMAND(base.object)}" or delete it in the Heroku Connect dashboard.`,
        care: true,
    };
}
/** With prune: the deploy deletes the live mapping the files no longer contain. */
function mappingDeleted(base) {
    return {
        kind: 'mapping-deleted',
        object: base.object,
        detail: 'drops the table and its data',
        consequence: `The deploy deletes the ${base.object} mapping after the import (prune): Heroku Connect drops its table and the data in it. ` +
            'Importing the backup taken before the deploy brings the mapping back, and its table is loaded again from Salesforce.',
        care: true,
    };
}
function accessChanged(from, to, head) {
    const object = head.object;
    const consequence = to === 'read_only'
        ? `Changes made in Postgres to ${object} are no longer written back to Salesforce: the mapping only syncs from Salesforce to Postgres.`
        : `Changes made in Postgres to ${object} start being written to Salesforce. A read_write mapping needs a unique identifier: ` +
            `an upsert_field that is a unique External ID field in Salesforce${head.upsertField ? ` (this mapping names ${head.upsertField})` : ', and this mapping has none'}.`;
    return { kind: 'access-changed', object, from, to, detail: `${from} \u2192 ${to}`, consequence, care: true };
}
function upsertFieldChanged(from, to, head) {
    const object = head.object;
    if (from === null) {
        return {
            kind: 'upsert-field-set',
            object,
            to: to,
            detail: to,
            consequence: `Records from Salesforce are matched to rows of ${object} by Salesforce ID first, then by ${to}, which must be a unique External ID field.`,
            care: true,
        };
    }
    if (to === null) {
        const required = head.access === 'read_write' ? ` A read_write mapping needs this unique identifier, and ${object} is left without one.` : '';
        return {
            kind: 'upsert-field-removed',
            object,
            from,
            detail: from,
            consequence: `Records from Salesforce are matched to rows of ${object} by Salesforce ID only, no longer by ${from}.${required}`,
            care: true,
        };
    }
    return {
        kind: 'upsert-field-changed',
        object,
        from,
        to,
        detail: `${from} \u2192 ${to}`,
        consequence: `Records from Salesforce are matched to rows of ${object} by Salesforce ID first, then by ${to} instead of ${from}; ${to} must be a unique External ID field.`,
        care: true,
    };
}
function pollingIntervalChanged(from, to, head) {
    return {
        kind: 'polling-interval-changed',
        object: head.object,
        from,
        to,
        detail: `${seconds(from)} \u2192 ${seconds(to)}`,
        consequence: `Heroku Connect polls Salesforce for changes to ${head.object} every ${seconds(to)} instead of every ${seconds(from)}.`,
        care: false,
    };
}
function acceleratedPollingChanged(to, head) {
    const regular = head.pollingSeconds === undefined ? '' : `, every ${seconds(head.pollingSeconds)}`;
    return {
        kind: 'accelerated-polling-changed',
        object: head.object,
        from: !to,
        to,
        detail: to ? 'off \u2192 on' : 'on \u2192 off',
        consequence: to
            ? `Accelerated polling turns on: Salesforce notifies Heroku Connect of changes to ${head.object} through the Streaming API, so it polls soon after a change; the regular polls go on.`
            : `Accelerated polling turns off: changes to ${head.object} in Salesforce reach Postgres at the next regular poll${regular}.`,
        care: false,
    };
}
function fieldAdded(object, field) {
    return {
        kind: 'field-added',
        object,
        field,
        detail: field,
        consequence: `Import adds a column for ${field} to the ${object} table (ALTER TABLE) and fills it with data from Salesforce.`,
        care: false,
    };
}
function fieldRemoved(object, field) {
    return {
        kind: 'field-removed',
        object,
        field,
        detail: field,
        consequence: `Import drops the column for ${field} from the ${object} table (ALTER TABLE), and its data with it.`,
        care: true,
    };
}
function indexAdded(object, field, unique) {
    return {
        kind: 'index-added',
        object,
        field,
        ...(unique !== undefined && { to: unique }),
        detail: unique ? `${field} (unique)` : field,
        consequence: `Import creates ${unique ? 'a unique' : 'an'} index on the column for ${field} in the ${object} table.`,
        care: false,
    };
}
/** Dropping a unique index also drops a guarantee the data may rely on; that needs review. */
function indexRemoved(object, field, unique) {
    return {
        kind: 'index-removed',
        object,
        field,
        ...(unique !== undefined && { from: unique }),
        detail: unique ? `${field} (unique)` : field,
        consequence: `Import drops the index on the column for ${field} in the ${object} table; queries that filter on it may get slower.` +
            (unique ? ' Postgres no longer refuses duplicate values in that column.' : ''),
        care: unique === true,
    };
}
function indexUniquenessChanged(object, field, to) {
    return {
        kind: 'index-uniqueness-changed',
        object,
        field,
        from: !to,
        to,
        detail: `${field}: ${to ? 'not unique \u2192 unique' : 'unique \u2192 not unique'}`,
        consequence: to
            ? `The index on ${field} becomes unique: Postgres refuses two rows of ${object} with the same value, and cannot build the index while duplicates remain.`
            : `The index on ${field} is no longer unique: Postgres stops refusing duplicate values in that column of ${object}.`,
        care: true,
    };
}
function describeMapping(state) {
    const parts = [];
    if (state.access)
        parts.push(state.access);
    if (state.fields)
        parts.push(`${state.fields.size} field${state.fields.size === 1 ? '' : 's'}`);
    return parts.join(', ');
}
/** 600 \u2192 "600 s (10 min)": the file says seconds, people think in minutes. */
function seconds(value) {
    return value > 0 && value % 60 === 0 ? `${value} s (${value / 60} min)` : `${value} s`;
}


/***/ }),

/***/ 8256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ mappingsOf),
/* harmony export */   X: () => (/* binding */ planChanges)
/* harmony export */ });
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6153);
/* harmony import */ var _consequences_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6933);


/**
 * What importing `head` changes compared with `base`, both parsed export documents. `base`
 * undefined: the file is new; `head` undefined: the file is removed. Only what import acts on is
 * compared, so key order and the volatile `connection.exported_at`, `config.applied_at` and
 * `config.revision` never show. Whatever is not well-formed on either side is left out of the
 * comparison rather than guessed at: the lint reports it.
 */
function planChanges(base, head) {
    const before = base === undefined ? new Map() : mappingsOf(base);
    if (!before)
        return { changes: [], unreadable: 'base' };
    const after = head === undefined ? new Map() : mappingsOf(head);
    if (!after)
        return { changes: [], unreadable: 'head' };
    const changes = [];
    for (const [key, was] of before)
        if (!after.has(key))
            changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .mappingRemoved */ .Tw)(was));
    for (const [key, is] of after) {
        const was = before.get(key);
        if (was === undefined)
            changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .mappingAdded */ .RM)(is));
        // One by one: spread into push, a mapping of a few hundred thousand changed fields overflowed the stack.
        else
            for (const change of compareMapping(was, is))
                changes.push(change);
    }
    return { changes: inPlaceOrder(changes) };
}
const KIND_ORDER = new Map(_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .CHANGE_KINDS */ .tO.map((kind, i) => [kind, i]));
/**
 * By object, kind, then field, names compared without case. The lower-cased names are worked out
 * once per change rather than at each of the sort's comparisons.
 */
function inPlaceOrder(changes) {
    const keyed = changes.map((change) => ({ change, object: change.object.toLowerCase(), kind: KIND_ORDER.get(change.kind), field: (change.field ?? '').toLowerCase() }));
    keyed.sort((a, b) => a.object.localeCompare(b.object) || a.kind - b.kind || a.field.localeCompare(b.field));
    return keyed.map(({ change }) => change);
}
function compareMapping(was, is) {
    const changes = [];
    if (was.access && is.access && was.access !== is.access)
        changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .accessChanged */ .f1)(was.access, is.access, is));
    if (was.upsertField !== undefined && is.upsertField !== undefined && was.upsertField?.toLowerCase() !== is.upsertField?.toLowerCase()) {
        changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .upsertFieldChanged */ .ab)(was.upsertField, is.upsertField, is));
    }
    if (was.pollingSeconds !== undefined && is.pollingSeconds !== undefined && was.pollingSeconds !== is.pollingSeconds) {
        changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .pollingIntervalChanged */ .B$)(was.pollingSeconds, is.pollingSeconds, is));
    }
    if (was.acceleratedPolling !== undefined && is.acceleratedPolling !== undefined && was.acceleratedPolling !== is.acceleratedPolling) {
        changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .acceleratedPollingChanged */ .RY)(is.acceleratedPolling, is));
    }
    if (was.fields && is.fields) {
        for (const [key, name] of was.fields)
            if (!is.fields.has(key))
                changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldRemoved */ .p8)(is.object, name));
        for (const [key, name] of is.fields)
            if (!was.fields.has(key))
                changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldAdded */ .xl)(is.object, name));
    }
    if (was.indexes && is.indexes) {
        for (const [key, index] of was.indexes)
            if (!is.indexes.has(key))
                changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .indexRemoved */ .fH)(is.object, index.name, index.unique));
        for (const [key, index] of is.indexes) {
            const old = was.indexes.get(key);
            if (old === undefined)
                changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .indexAdded */ .T4)(is.object, index.name, index.unique));
            else if (old.unique !== undefined && index.unique !== undefined && old.unique !== index.unique) {
                changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .indexUniquenessChanged */ .x2)(is.object, index.name, index.unique));
            }
        }
    }
    return changes;
}
/**
 * The document's mappings by lower-cased object name, or undefined when it has no `mappings` array.
 * An entry without a string object_name is skipped. When a name repeats (the duplicate-mapping rule
 * reports it), the last entry stands, as JSON.parse keeps the last of repeated keys.
 */
function mappingsOf(document) {
    if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(document) || !Array.isArray(document.mappings))
        return undefined;
    const mappings = new Map();
    for (const entry of document.mappings) {
        if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(entry) || typeof entry.object_name !== 'string' || entry.object_name.trim() === '')
            continue;
        mappings.set(entry.object_name.toLowerCase(), (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(entry.config) ? stateOf(entry.object_name, entry.config) : { object: entry.object_name });
    }
    return mappings;
}
function stateOf(object, config) {
    const state = { object };
    if (config.access === 'read_only' || config.access === 'read_write')
        state.access = config.access;
    if (typeof config.upsert_field === 'string' && config.upsert_field !== '')
        state.upsertField = config.upsert_field;
    else if (config.upsert_field === undefined || config.upsert_field === null || config.upsert_field === '')
        state.upsertField = null;
    if (typeof config.sf_polling_seconds === 'number' && Number.isFinite(config.sf_polling_seconds))
        state.pollingSeconds = config.sf_polling_seconds;
    if (typeof config.sf_notify_enabled === 'boolean')
        state.acceleratedPolling = config.sf_notify_enabled;
    if ((0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(config.fields))
        state.fields = new Map(Object.keys(config.fields).map((name) => [name.toLowerCase(), name]));
    if ((0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(config.indexes)) {
        state.indexes = new Map(Object.entries(config.indexes).map(([name, index]) => {
            const unique = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(index) && typeof index.unique === 'boolean' ? index.unique : undefined;
            return [name.toLowerCase(), unique === undefined ? { name } : { name, unique }];
        }));
    }
    return state;
}


/***/ })

};

//# sourceMappingURL=15.index.js.map