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


/***/ })

};

//# sourceMappingURL=607.index.js.map