export const id = 882;
export const ids = [882];
export const modules = {

/***/ 4882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: Output

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/text.ts
/**
 * Characters that can rewrite what a terminal, a log or a renderer shows, or hide in a name: C0
 * controls (line breaks and ESC included), DEL, C1 controls, the soft hyphen, zero-width and
 * bidirectional marks, embeddings, overrides and isolates, the Unicode line and paragraph separators,
 * invisible operators and the byte order mark.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
const NAMED_CONTROL = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** `\n`, `\x1b`, `\u202e`: what the character is, in characters that do nothing. */
function showCharacter(char) {
    const code = char.charCodeAt(0);
    return NAMED_CONTROL[char] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}
/** The text with every unprintable character shown as an escape: the one visible form every sink and message uses. */
function showUnprintable(text) {
    return text.replace(UNPRINTABLE, showCharacter);
}
/**
 * A short, visible excerpt of a name or value from a user's file, for a message: every unprintable
 * character shown as an escape, and at most `limit` characters of the original kept.
 */
function excerpt(text, limit = 60) {
    // Never cut a surrogate pair in two: half a character is not valid text.
    const cut = limit > 0 && /[\ud800-\udbff]/.test(text.charAt(limit - 1)) ? limit - 1 : limit;
    return showUnprintable(text.length > limit ? `${text.slice(0, cut)}…` : text);
}
/** `a/b c.json` → `a/b%20c.json`: each segment percent-encoded (RFC 3986), the separators kept. */
function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
/** `45 s`, `3 min`, `3 min 20 s`: a duration as the logs and summaries say it. */
function text_formatDuration(ms) {
    const seconds = Math.max(0, Math.round(ms / 1000));
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
}
/**
 * `12,345`: a whole count as en-US writes it. Not toLocaleString: its first call loads the ICU
 * locale data, about 25 ms of a run that prints one summary line.
 */
function formatCount(count) {
    return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}

;// CONCATENATED MODULE: ./src/report/escape.ts

/**
 * One escaping function per place untrusted text goes (file names, object and field names, messages
 * that quote them, answers from an API). Each is safe for its sink alone: pick the one for where the
 * text is written, never chain two.
 */
/**
 * For a terminal: the CLI's reports on stdout and its lines on stderr. Control characters, ESC and
 * OSC sequences, bidi controls and line breaks are shown as escapes (`\x1b`, `\u202e`, `\n`), so
 * nothing from a file can move the cursor, clear the screen, hide a link or reorder what is shown.
 */
function escape_terminalText(text) {
    return showUnprintable(text);
}
/** The v1 command prefix, which the Actions runner looks for anywhere in a line. */
const V1_COMMAND = /##\[/g;
const ZERO_WIDTH_SPACE = '\u200b';
/**
 * For one line of the Actions runner's log (core.info, core.debug, group names). The runner reads a
 * line as a workflow command when, after leading whitespace, it starts with `::` (or holds `##[`),
 * so: no line breaks or other control characters (shown as escapes), and a zero-width space splits
 * a leading `::` and every `##[`. Annotations need none of this: commandAnnotator escapes their
 * messages and properties itself.
 */
function workflowLogLine(text) {
    const line = showUnprintable(text).replace(V1_COMMAND, `##${ZERO_WIDTH_SPACE}[`);
    const start = line.length - line.trimStart().length;
    return line.startsWith('::', start) ? `${line.slice(0, start + 1)}${ZERO_WIDTH_SPACE}${line.slice(start + 1)}` : line;
}
/**
 * For an annotation's message and title. @actions/core encodes line breaks and the characters that
 * would end the command, and GitHub shows the rest as plain text: only what changes how text displays
 * (ESC, bidi and other control characters) is shown as an escape. Line breaks stay, sent encoded.
 */
function annotationText(text) {
    return text.split('\n').map(showUnprintable).join('\n');
}
/** SARIF's embedded links are `[text](target)`; its spec escapes literal brackets with a backslash. */
const SARIF_LINK_BRACKET = /[[\]]/g;
/** For SARIF `message.text`: plain text, with control and bidi characters shown and no embedded links. */
function sarifText(text) {
    return showUnprintable(text.replace(SARIF_LINK_BRACKET, (bracket) => `\\${bracket}`));
}
/**
 * What GitHub Markdown (with inline HTML) could turn into markup: HTML and entity syntax, table
 * pipes, code, emphasis, strikethrough, math, links and images, backslash escapes.
 */
const MARKDOWN_SYNTAX = /[&<>"'|`*_~$[\]\\]/;
/**
 * What GitHub turns into a link or a notification after rendering, on the text itself: `@user`,
 * `@org/team`, emails, `#123` and `owner/repo#123`, `GH-123` references, URLs (`scheme://`) and `www.` links. A
 * zero-width space after the trigger breaks each of them, and the text still reads the same. A
 * repository's custom autolinks (`JIRA-123`) are left alone: they link only where the repository
 * says, and breaking every `name-123` would spoil resource names and paths people copy.
 */
const AUTOLINK_TRIGGER = /[@#]|(?<=\bGH)-(?=\d)|:(?=\/\/)|(?<=\bwww)\./i;
const MARKDOWN_HAZARD = new RegExp(`${MARKDOWN_SYNTAX.source}|${AUTOLINK_TRIGGER.source}`, 'gi');
/** At the start of a line of Markdown these open a list, a heading underline or a thematic break. */
const BLOCK_MARKER = /^(?:[-+=]|(\d{1,9})[.)])/;
function entity(char) {
    return `&#${char.charCodeAt(0)};`;
}
/**
 * For GitHub Markdown: the job summary, the pull request comment, the plan and the deploy summary,
 * in table cells, list items, headings and inline HTML alike. Control characters (a lone `\r`
 * too, which CommonMark reads as a line end) are shown as escapes, so the text stays on its line;
 * Markdown and HTML syntax becomes character references; mentions, references and autolinks are
 * broken by an invisible zero-width space. The rendered text reads as the input did.
 */
function markdownText(text) {
    const escaped = showUnprintable(text).replace(MARKDOWN_HAZARD, (match) => match === '@' || match === '#' || match === '-' || match === ':' ? `${match}&#8203;` : match === '.' ? `&#8203;.` : entity(match));
    return escaped.replace(BLOCK_MARKER, (marker, digits) => (digits === undefined ? entity(marker) : `${digits}${entity(marker.slice(digits.length))}`));
}
/** Cuts text longer than `max` characters, on a code point boundary, with an ellipsis: for cells that must not take a whole budget. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    const end = /[\ud800-\udbff]/.test(text[max - 1]) ? max - 1 : max;
    return `${text.slice(0, end)}…`;
}

;// CONCATENATED MODULE: ./src/report/links.ts

const PROJECT_URL = 'https://github.com/heroku-connect-action/heroku-connect-action';
/** The generated rule reference, relative to the repository root: one heading (and anchor) per rule id. */
const RULE_DOCS_PATH = 'docs/rules.md';
/** Each rule's entry in the rule reference. */
function ruleDocsUrl(ruleId) {
    return `${PROJECT_URL}/blob/main/${RULE_DOCS_PATH}#${ruleId}`;
}
/** The revision from the runner's environment, or undefined outside a workflow (nothing to link to). */
function sourceRevision(env) {
    const { GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
    if (!repository || !sha)
        return undefined;
    return { serverUrl: env.GITHUB_SERVER_URL || 'https://github.com', repository, sha };
}
/** The line of a file at the revision, on GitHub. Every part comes from outside and is encoded. */
function fileLineUrl(revision, file, line) {
    const server = revision.serverUrl.replace(/\/+$/, '');
    return `${encodeURI(server)}/${encodePath(revision.repository)}/blob/${encodeURIComponent(revision.sha)}/${encodePath(file)}#L${line}`;
}

;// CONCATENATED MODULE: ./src/diagnose/sarif.ts



/**
 * The diagnose findings as a SARIF run of their own, beside the lint's run in the same file: a tool
 * of its own name and category, so code scanning keeps Heroku Connect's checks apart from the
 * offline lint's rules. The rules are Heroku's, known only by the ids its answers carry.
 */
function diagnoseSarifRun(findings) {
    const ruleIds = [...new Set(findings.map((finding) => finding.ruleId))];
    const helpUri = new Map(findings.filter((f) => f.docUrl).map((f) => [f.ruleId, f.docUrl]));
    return {
        tool: {
            driver: {
                name: 'heroku-connect-action diagnose',
                informationUri: PROJECT_URL,
                rules: ruleIds.map((id) => ({ id, ...(helpUri.has(id) && { helpUri: helpUri.get(id) }), properties: { tags: ['heroku-connect', 'diagnose'] } })),
            },
        },
        automationDetails: { id: 'heroku-connect-action/diagnose/' },
        columnKind: 'utf16CodeUnits',
        results: findings.map((finding) => ({
            ruleId: finding.ruleId,
            ruleIndex: ruleIds.indexOf(finding.ruleId),
            level: finding.level === 'notice' ? 'note' : finding.level,
            message: { text: sarifText(finding.message) },
            locations: [{ physicalLocation: { artifactLocation: { uri: encodePath(finding.file) }, region: { startLine: finding.line, startColumn: finding.column } } }],
            properties: { source: 'diagnose', ...(finding.object !== undefined && { object: finding.object }) },
        })),
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/core/stack.ts



/** A frame's location: a path or file URL of a JavaScript file, then its line and column. */
const FRAME_LOCATION = /((?:file:\/\/)?(?:\/|[A-Za-z]:[\\/])[^\s()]*?\.[cm]?js):(\d+):(\d+)/g;
/**
 * The stack with every frame in a bundled file that has a source map beside it (`index.js.map`)
 * pointing at the original source, as Node's --enable-source-maps would. Done only when an internal
 * error is reported: turning source maps on at start-up reads and indexes every map of the bundle
 * on every run (about 40 ms of the action's start), for a stack almost no run prints.
 */
function mapStack(stack) {
    const maps = new Map();
    return stack.replace(FRAME_LOCATION, (location, file, line, column) => {
        const path = file.startsWith('file://') ? (0,external_node_url_.fileURLToPath)(file) : file;
        if (!maps.has(path))
            maps.set(path, readSourceMap(path));
        const origin = maps.get(path)?.findOrigin(Number(line), Number(column));
        if (!origin || !('fileName' in origin))
            return location;
        // Sources are named relative to the map, as Node resolves them.
        const source = new URL(origin.fileName, (0,external_node_url_.pathToFileURL)(path));
        return `${source.protocol === 'file:' ? (0,external_node_url_.fileURLToPath)(source) : origin.fileName}:${origin.lineNumber}:${origin.columnNumber}`;
    });
}
function readSourceMap(file) {
    try {
        return new external_node_module_.SourceMap(JSON.parse((0,external_node_fs_.readFileSync)(`${file}.map`, 'utf8')));
    }
    catch {
        // No map beside the file (the source run by tests, Node's own files): the frame stays as it is.
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/errors.ts

/**
 * An error the user caused: a wrong input, a missing file, a connection that cannot take an import.
 * It is reported as a clear message without a stack trace; anything else is an internal failure.
 */
class errors_ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/**
 * The deploy ran and did not succeed: Heroku Connect answered with an error or could not be reached,
 * the import landed in an error state, or it did not settle in time. The CLI exits 1 for it, as for
 * a failed lint.
 */
class DeployFailure extends Error {
    name = 'DeployFailure';
}
/**
 * The one place that decides what kind an error is. Argument errors of node:util's parseArgs are the
 * user's input too.
 */
function classifyError(error) {
    if (error instanceof errors_ConfigurationError || isArgumentError(error)) {
        return { kind: 'configuration', title: 'Configuration error', message: errorMessage(error) };
    }
    if (error instanceof DeployFailure)
        return { kind: 'remote', title: 'Deploy failed', message: error.message };
    if (error instanceof RemoteFailure)
        return { kind: 'remote', title: `${error.service} failed`, message: error.message };
    return {
        kind: 'internal',
        title: 'Internal error',
        message: `Internal error in heroku-connect-action: ${errorMessage(error)}. Please report it with the log.`,
        stack: error instanceof Error && error.stack ? mapStack(error.stack) : String(error),
    };
}
function isArgumentError(error) {
    const code = error?.code;
    return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
/**
 * A remote service (named: "Heroku Connect", "Salesforce", "GitHub", "git") could not be reached in
 * time, kept failing, redirected elsewhere, or answered with an error: neither the user's input nor
 * a bug, so it is reported as one line.
 */
class RemoteFailure extends Error {
    service;
    reason;
    name = 'RemoteFailure';
    constructor(service, reason, message) {
        super(message);
        this.service = service;
        this.reason = reason;
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
/** Replaces every occurrence of a secret with a label; an empty secret changes nothing. */
function redactor(secret, label) {
    return (text) => (secret === '' ? text : text.replaceAll(secret, label));
}
/**
 * The error again, of the same kind, with the secret taken out of its message and stack and no
 * `cause`: a wrapped fetch error could carry request details.
 */
function redactedError(error, redact) {
    const message = redact(errorMessage(error));
    const copy = error instanceof errors_ConfigurationError
        ? new errors_ConfigurationError(message)
        : error instanceof RemoteFailure
            ? new RemoteFailure(error.service, error.reason, message)
            : error instanceof DeployFailure
                ? new DeployFailure(message)
                : new Error(message);
    copy.stack = error instanceof Error && error.stack ? redact(error.stack) : message;
    return copy;
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/http/clock.ts

/** setTimeout's largest delay; a longer one overflows and fires after 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;
const systemClock = {
    now: () => Date.now(),
    sleep: async (ms, signal) => {
        for (const step of timerSteps(ms))
            await (0,external_node_timers_promises_.setTimeout)(step, undefined, signal ? { signal } : {});
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
        this.clock = options.clock ?? systemClock;
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
            throw new RemoteFailure(this.service, 'redirected', `${this.service} pointed the request to ${request.purpose} at another host, ${host.host}; ${this.options.credential} was not sent there.`);
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
                throw new RemoteFailure(this.service, outcome.reason, `${this.service} could not be asked to ${request.purpose}: ${attempts} attempts failed, the last with ${outcome.what}.`);
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
        return new RemoteFailure(this.service, 'redirected', `${this.service} redirected the request to ${request.purpose} (HTTP ${response.status}) ${where}.`);
    }
    outOfTime(request, budgetMs, last, waitMs) {
        const wait = last.reason === 'rate-limited' && waitMs !== undefined ? `, asking to wait ${seconds(waitMs)}` : '';
        return new RemoteFailure(this.service, last.reason, `${this.service} could not be asked to ${request.purpose} within the ${seconds(budgetMs)} it had (${last.reason}: ${last.what}${wait}).`);
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

;// CONCATENATED MODULE: ./src/http/safety.ts

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
        throw new errors_ConfigurationError(`${role.name} "${value}" is not an absolute URL.${hint}`);
    }
    if (url.username !== '' || url.password !== '') {
        throw new errors_ConfigurationError(`${role.name} must not contain a user name or password; pass ${role.credential} on its own.`);
    }
    // Plain http would send the credential in clear text.
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
        throw new errors_ConfigurationError(`${role.name} "${url.origin}" does not use https; it must use https (or http to this machine) for ${role.credential} to be sent there.${hint}`);
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
        throw new errors_ConfigurationError(`${name} is empty or contains spaces, line breaks or non-ASCII characters. ${hint}`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/core/json.ts
/** Helpers for parsed JSON (and YAML) values, which arrive untyped. */
/** A JSON object: not null, not an array. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Whether two values are the same JSON, whatever the order of their keys: exports do not keep it from one to the next. */
function sameJson(a, b) {
    return canonical(a) === canonical(b);
}
function canonical(value) {
    const sorted = JSON.stringify(value, (_key, inner) => isRecord(inner) ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : inner);
    return sorted ?? 'undefined';
}
/** A JSON pointer (RFC 6901, as ajv reports `instancePath`) as a path of keys and indexes. */
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

;// CONCATENATED MODULE: ./src/connect/types.ts
/**
 * The shapes of Heroku Connect API answers, as far as this project reads them.
 * The parsers check only what the deploy relies on, so that a changed API fails with a clear message
 * rather than with a TypeError deep in the wait.
 */


function unexpected(what, problem) {
    return new RemoteFailure('Heroku Connect', 'answered', `Heroku Connect's answer to ${what} is not what its API returns (${problem}).`);
}
function parseSearch(body, what) {
    if (!isRecord(body) || !Array.isArray(body.results))
        throw unexpected(what, 'no "results" list');
    return body.results.map((result, i) => {
        if (!isRecord(result))
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
    if (!isRecord(body) || typeof body.state !== 'string')
        throw unexpected(what, 'no connection "state"');
    if (!Array.isArray(body.mappings))
        throw unexpected(what, 'no "mappings" list');
    body.mappings.forEach((mapping, i) => {
        if (!isRecord(mapping) || typeof mapping.object_name !== 'string' || typeof mapping.state !== 'string') {
            throw unexpected(what, `mapping ${i + 1} has no "object_name" or "state"`);
        }
    });
    return body;
}
function parseExport(body, what) {
    if (!isRecord(body) || !Array.isArray(body.mappings))
        throw unexpected(what, 'no "mappings" list');
    return body;
}
const CHECK_LISTS = ['errors', 'warnings', 'passes', 'skips'];
/** Every list may be missing (the plugin's own tests expect that); an entry that is not an object is skipped. */
function parseValidation(body, what) {
    if (!isRecord(body))
        throw unexpected(what, 'not a JSON object');
    const results = { errors: [], warnings: [], passes: [], skips: [], mappings: {} };
    for (const list of CHECK_LISTS) {
        const entries = body[list];
        if (entries === undefined || entries === null)
            continue;
        if (!Array.isArray(entries))
            throw unexpected(what, `"${list}" is not a list`);
        results[list] = entries.filter(isRecord).map(parseCheck);
    }
    if (isRecord(body.mappings)) {
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
    if (!isRecord(body) || !Array.isArray(body.results))
        throw unexpected(what, 'no "results" list');
    return body.results.filter(isRecord).map((entry) => {
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
    if (!isRecord(body) || !Array.isArray(body.results))
        throw unexpected(what, 'no "results" list');
    return body.results.filter((entry) => isRecord(entry) && entry.acknowledged !== true).map((entry) => {
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
    const apiKey = checkedCredential(options.apiKey, 'The Heroku API key', 'Pass the bare key (heroku auth:token).');
    const { apiKey: _key, discoveryServer, deadline, ...policy } = options;
    return {
        http: new HttpClient({
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
async function client_exportConfiguration(api, connection) {
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
        throw new RemoteFailure(SERVICE, 'answered', `Heroku Connect's answer when asked to ${purpose} has no "result_url" to read the result from.`);
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
        throw new RemoteFailure(SERVICE, 'answered', `Heroku Connect gave a diagnose result_url that is not a URL; it was not read.`);
    }
    if (url.origin !== region.origin) {
        throw new RemoteFailure(SERVICE, 'redirected', `Heroku Connect put the diagnose result on another host, ${url.host}; the API key was not sent there.`);
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
/** `GET …/notifications`: the connection's unacknowledged notifications (created before `before`, an ISO time, when given). */
async function readNotifications(api, connection, before) {
    const purpose = `read the notifications of connection "${connection.resource_name}"`;
    const query = new URLSearchParams({ page_size: '1000', ...(before && { before }) });
    return parseNotifications(await call(api, { url: `${connectionUrl(connection)}/notifications?${query}`, purpose }), purpose);
}
/**
 * `POST …/notifications/acknowledge` with the list's filters as query parameters (204): those
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
    const described = describeStatus(answer.status, answer.body);
    if (answer.status === 401 || answer.status === 403) {
        throw new errors_ConfigurationError(`Heroku Connect refused the API key (${described}) when asked to ${request.purpose}: the key is wrong or expired, or its user has no access to the app. ` +
            'Use the key of a user who can open the app\'s Heroku Connect dashboard ("heroku authorizations:create" makes a long-lived one).');
    }
    throw new RemoteFailure(SERVICE, 'answered', `Heroku Connect answered ${described} when asked to ${request.purpose}.`);
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
    return checkedCredentialUrl(value, { name, credential: 'the API key' });
}
function withoutTrailingSlash(url) {
    return url.replace(/\/+$/, '');
}

;// CONCATENATED MODULE: ./src/connect/resolve.ts


/**
 * Finds the one connection to deploy to, as the CLI plugin's withConnection does, plus the linking
 * step only its connect:info does: a user not yet on the add-on's access list sees no connection
 * until `POST /auth/<app>`, which a fresh CI key always needs.
 */
async function findConnection(api, app, resource, log) {
    let found = await searchConnections(api, app, resource);
    if (found.length === 0) {
        log.info(`The API key's user sees no connection of app "${app}" yet; adding the user to the app's access list and looking again.`);
        await linkUser(api, app);
        found = await searchConnections(api, app, resource);
    }
    const only = found[0];
    if (only === undefined) {
        const which = resource ? ` with resource name "${resource}"` : '';
        throw new errors_ConfigurationError(`Heroku Connect has no connection for app "${app}"${which}, even after adding the API key's user to the app's access list. ` +
            `Check that the app has the Heroku Connect add-on${resource ? ' under that resource name' : ''}, that the key belongs to a user with access to the app, ` +
            `and open the add-on once: heroku addons:open herokuconnect -a ${app}.`);
    }
    if (found.length > 1) {
        const names = found.map((connection) => `"${connection.resource_name}"`).join(', ');
        throw new errors_ConfigurationError(`App "${app}" has ${found.length} Heroku Connect connections: ${names}. Set the resource to the one to deploy to.`);
    }
    return only;
}
/**
 * The apps of `app` (one per line, or a repeated --app), each optionally `app:resource`. A lone
 * `resource` applies to a lone app; with several apps each names its own, so none is guessed.
 */
function parseAppTargets(lines, resource) {
    const targets = lines.map((line) => {
        const [app = '', own = ''] = line.split(':', 2).map((part) => part.trim());
        if (!/^[a-z][a-z0-9-]*$/.test(app) || (own !== '' && !/^[\w.-]+$/.test(own))) {
            throw new errors_ConfigurationError(`The app "${line}" is not a Heroku app name, optionally followed by ":resource-name" (such as shop-staging:herokuconnect-shaped-12345).`);
        }
        return own ? { app, resource: own } : { app };
    });
    if (resource !== '') {
        if (targets.length > 1)
            throw new errors_ConfigurationError('With several apps, give each its resource as "app:resource" rather than one "resource" for all.');
        if (targets[0] && targets[0].resource === undefined)
            targets[0].resource = resource;
    }
    return targets;
}
/**
 * Runs `fn` on the app's one connection, through a client with the API key. Any error comes out with
 * the key taken out: a network error can quote a URL or a header.
 */
async function onConnection(options, target, fn) {
    try {
        const api = connectApi(options);
        return await fn(api, await findConnection(api, target.app, target.resource, options.log));
    }
    catch (error) {
        throw redactedError(error, redactor(options.apiKey, '[HEROKU_API_KEY]'));
    }
}

;// CONCATENATED MODULE: ./src/connect/states.ts
/**
 * What each connection and mapping state means for a deploy (from django-heroku-connect's groups and
 * the Dev Center state references). A state in neither table is unknown: the wait keeps going
 * and warns once, since Heroku adds states without notice.
 */
/** `{app}` in a remedy is replaced with the app name. */
const BLOCKED = {
    NEW: { meaning: 'the connection is not set up yet (no database or schema chosen)', remedy: 'Finish the setup in the dashboard (heroku addons:open herokuconnect -a {app}) or with heroku connect:db:set -a {app}.' },
    NEED_AUTHENTICATION: { meaning: 'the connection has not been authorized with Salesforce yet', remedy: 'Authorize it: heroku connect:sf:auth -a {app}.' },
    PAUSED: { meaning: 'the connection is paused (demo connections are paused after a period of inactivity)', remedy: 'Resume it: heroku connect:resume -a {app}.' },
    UNAUTHORIZED: { meaning: 'the Salesforce authorization has expired or was revoked', remedy: 'Reauthorize it: heroku connect:sf:auth -a {app}.' },
    HEROKU_UNAUTH: { meaning: 'Heroku Connect has lost its authorization to the app\'s Heroku Postgres database', remedy: 'Reauthorize Heroku in the dashboard: heroku addons:open herokuconnect -a {app}.' },
    DB_UNAVAILABLE: { meaning: 'Heroku Connect cannot reach the Postgres database', remedy: 'Check the database (heroku pg:info -a {app}), then resume the connection in the dashboard.' },
    SYSTEM_ERROR: { meaning: 'an unexpected error interrupted synchronization', remedy: 'Look at heroku connect:diagnose -a {app} and the logs, then resume synchronization in the dashboard.' },
    TOO_MANY_ROWS: { meaning: 'the connection is over the number of rows its license allows', remedy: 'Reduce the synchronized rows or upgrade the plan.' },
    INACTIVE_ORG: { meaning: 'the Salesforce organization is inactive', remedy: 'Reactivate the Salesforce org, or point the connection at an active one.' },
    SYSTEM_ON_ICE: { meaning: 'the demo connection was put on ice after a period of inactivity', remedy: 'Reactivate it in the dashboard: heroku addons:open herokuconnect -a {app}.' },
};
/** States in which the connection is busy but healthy: an import can be sent, and the wait goes on. */
const CONNECTION_WORKING = new Set(['IMPORT_CONFIGURATION', 'POLLING_DB_CHANGES', 'BUSY', 'RECOVERY']);
function judgeConnection(state, app) {
    if (state === 'IDLE')
        return { kind: 'idle' };
    if (CONNECTION_WORKING.has(state))
        return { kind: 'working' };
    const blocked = BLOCKED[state];
    if (blocked)
        return { kind: 'blocked', meaning: blocked.meaning, remedy: blocked.remedy.replaceAll('{app}', app) };
    return { kind: 'unknown' };
}
/**
 * DATA_SYNCED is the only settled healthy state; django's "OK" and "temporary error" groups are still
 * working after an import (a new or changed mapping passes through INITIAL, SCHEMA_CHANGED, RESYNC…).
 */
const MAPPING_WORKING = new Set([
    'INITIAL',
    'SCHEMA_CHANGED',
    'RESYNC',
    'RELOAD_TABLE',
    'RECOVERY',
    'POLLING_SF_CHANGES',
    'POLLING_SF_BULK',
    'POLLING_SF_FOR_DELETES',
    'WAIT_BULK_LOAD',
    'LOADING_BULK_JOB',
    'RESOLVE_EXTERNAL_IDS',
    'WAIT_BULK_UPDATE',
    'APPLYING_BULK_UPDATE',
    'POLL_EXTERNAL_IDS',
    'ABORTED',
]);
/** django-heroku-connect's permanent errors: they do not resolve by waiting. */
const MAPPING_FAILED = new Set(['BAD_CONFIG', 'SYSTEM_ERROR', 'DB_UNAVAILABLE', 'BULK_LOAD_ERROR', 'SYNC_REMOVED', 'INACTIVE_ORG', 'UNAUTHORIZED']);
function judgeMapping(state) {
    if (state === 'DATA_SYNCED')
        return 'synced';
    if (MAPPING_WORKING.has(state))
        return 'working';
    if (MAPPING_FAILED.has(state))
        return 'failed';
    return 'unknown';
}

;// CONCATENATED MODULE: ./src/parse/parsed.ts
/** A file with more problems than this is described by its first ones, and a count of the rest. */
const MAX_PROBLEMS_PER_FILE = 1000;
/**
 * Deeper nesting is refused with one finding before anything walks the value: an export nests about
 * 6 levels and a describe file about 8, so 64 leaves room while no walk or parser can overflow the stack.
 */
const MAX_DEPTH = 64;
const DOCUMENT_START = { start: { line: 1, column: 1 } };
/**
 * The number of object keys in a value, or undefined when it nests more than `maxDepth` levels.
 * Iterative, so that no depth of input can overflow the call stack.
 */
function countKeysWithin(value, maxDepth) {
    if (typeof value !== 'object' || value === null)
        return 0;
    const nodes = [value];
    const depths = [1];
    let keys = 0;
    // Plain loops: this walks every node of a clean file, so it must not allocate per node.
    while (nodes.length > 0) {
        const node = nodes.pop();
        const depth = depths.pop();
        if (Array.isArray(node)) {
            for (let i = 0; i < node.length; i++) {
                const child = node[i];
                if (typeof child !== 'object' || child === null)
                    continue;
                if (depth === maxDepth)
                    return undefined;
                nodes.push(child);
                depths.push(depth + 1);
            }
            continue;
        }
        for (const key in node) {
            keys++;
            const child = node[key];
            if (typeof child !== 'object' || child === null)
                continue;
            if (depth === maxDepth)
                return undefined;
            nodes.push(child);
            depths.push(depth + 1);
        }
    }
    return keys;
}
/**
 * Lines and columns of many offsets in one pass over the text: 1-based, columns in UTF-16 code
 * units. Only "\n" ends a line, as JSON.parse and GitHub count them.
 */
function positionsAt(text, offsets) {
    // Offset and index packed in one exact number (offsets stay below 2^31): a typed array sorts
    // them without a comparison callback, several times faster on many findings.
    const packed = offsets.length < INDEX_SPAN;
    const order = packed ? new Float64Array(offsets.length) : Float64Array.from(offsets, (_, i) => i);
    if (packed) {
        for (let i = 0; i < offsets.length; i++)
            order[i] = offsets[i] * INDEX_SPAN + i;
        order.sort();
    }
    else {
        order.sort((a, b) => offsets[a] - offsets[b]);
    }
    const positions = new Array(offsets.length);
    let line = 1;
    let lineStart = 0;
    let next = text.indexOf('\n');
    for (let k = 0; k < order.length; k++) {
        const index = packed ? order[k] % INDEX_SPAN : order[k];
        const offset = offsets[index];
        while (next !== -1 && next < offset) {
            line++;
            lineStart = next + 1;
            next = text.indexOf('\n', lineStart);
        }
        positions[index] = { line, column: offset - lineStart + 1 };
    }
    return positions;
}
const INDEX_SPAN = 2 ** 21;

;// CONCATENATED MODULE: ./src/parse/json-scan.ts

const VALUE = 0; // a value must come
const VALUE_OR_CLOSE = 1; // just after '[': a value or ']'
const KEY = 2; // after ',' in an object
const KEY_OR_CLOSE = 3; // just after '{': a key or '}'
const COLON = 4;
const COMMA_OR_CLOSE = 5;
const END = 6; // the document is complete: only whitespace may follow
const NOTHING = { key() { }, scalar() { }, open() { }, close() { } };
/** Scans the whole text; undefined when it is valid JSON nested at most `maxDepth` levels. */
function scanJson(text, visitor = NOTHING, maxDepth = MAX_DEPTH) {
    const n = text.length;
    const isObject = new Uint8Array(maxDepth + 1);
    let skipper;
    let depth = 0;
    let state = VALUE;
    let i = 0;
    for (;;) {
        let c = text.charCodeAt(i);
        while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
            c = text.charCodeAt(++i);
        if (i >= n)
            return state === END ? undefined : syntax(i, endOfText(depth, isObject, state));
        switch (state) {
            case VALUE:
            case VALUE_OR_CLOSE:
            case END:
                if (state === END)
                    return syntax(i, `unexpected ${tokenName(text, i)} after the end of the JSON document. A file holds one document: remove what follows it.`);
                if (c === 0x7b || c === 0x5b) {
                    if (depth === maxDepth) {
                        return { kind: 'too-deep', offset: i, message: `The document nests more than ${maxDepth} levels deep; a Heroku Connect mapping file nests about 6, so this is not one.` };
                    }
                    if (visitor.open(c === 0x7b, i) === false) {
                        i = (skipper ??= new ContainerSkipper(text)).skip(i);
                        visitor.close(i);
                        state = depth === 0 ? END : COMMA_OR_CLOSE;
                        continue;
                    }
                    isObject[++depth] = c === 0x7b ? 1 : 0;
                    i++;
                    state = c === 0x7b ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
                    continue;
                }
                if (c === 0x5d && state === VALUE_OR_CLOSE)
                    break; // an empty array: closed below
                {
                    const end = scalarEnd(text, i);
                    if (end < 0)
                        return c === 0x22 ? syntax(~end, badString(text, ~end)) : syntax(i, badValue(text, i, c));
                    visitor.scalar(i, end);
                    i = end;
                    state = depth === 0 ? END : COMMA_OR_CLOSE;
                    continue;
                }
            case KEY:
            case KEY_OR_CLOSE:
                if (c === 0x7d && state === KEY_OR_CLOSE)
                    break;
                if (c !== 0x22) {
                    if (c === 0x7d && followsComma(text, i))
                        return syntax(i, TRAILING_COMMA('}'));
                    return syntax(i, `unexpected ${tokenName(text, i)} where a key was expected. Keys are strings in double quotes.`);
                }
                {
                    const end = stringEnd(text, i);
                    if (end < 0)
                        return syntax(~end, badString(text, ~end));
                    visitor.key(i, end);
                    i = end;
                    state = COLON;
                    continue;
                }
            case COLON:
                if (c !== 0x3a)
                    return syntax(i, `unexpected ${tokenName(text, i)} after a key. A colon is probably missing between the key and its value.`);
                i++;
                state = VALUE;
                continue;
            case COMMA_OR_CLOSE:
                if (c === 0x2c) {
                    i++;
                    state = isObject[depth] ? KEY : VALUE;
                    continue;
                }
                if (c === (isObject[depth] ? 0x7d : 0x5d))
                    break;
                if (c === 0x7d || c === 0x5d) {
                    return syntax(i, `unexpected "${text[i]}": the innermost open ${isObject[depth] ? 'object needs "}"' : 'array needs "]"'} first.`);
                }
                if (c === 0x22 || c === 0x7b || c === 0x5b || c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x66 || c === 0x6e) {
                    return syntax(i, `unexpected ${tokenName(text, i)}. A comma is probably missing before it.`);
                }
                return syntax(i, `unexpected ${tokenName(text, i)}. A comma or a closing "${isObject[depth] ? '}' : ']'}" was expected.`);
        }
        // The cases that break out of the switch close the innermost object or array.
        visitor.close(++i);
        depth--;
        state = depth === 0 ? END : COMMA_OR_CLOSE;
    }
}
/**
 * Jumps over whole containers of valid JSON from one quote or bracket to the next with indexOf,
 * never reading the text between them. The positions found are kept between calls, which one scan
 * makes at increasing offsets: the scan reads the text once however many containers it skips.
 */
class ContainerSkipper {
    text;
    // The next of each character at or after where it was last looked for. A position at or after
    // the next call's start is still the next one from there; one before it is looked for again.
    quote = -1;
    brace = -1;
    bracket = -1;
    closeBrace = -1;
    closeBracket = -1;
    constructor(text) {
        this.text = text;
    }
    /** Past the bracket that closes the one at `i`. */
    skip(i) {
        const text = this.text;
        this.lookAgainFrom(i);
        let depth = 0;
        for (;;) {
            const open = Math.min(this.brace, this.bracket);
            const close = Math.min(this.closeBrace, this.closeBracket);
            if (this.quote < open && this.quote < close) {
                let end = text.indexOf('"', this.quote + 1);
                while (end !== -1 && isEscaped(text, end))
                    end = text.indexOf('"', end + 1);
                if (end === -1)
                    return text.length;
                // Brackets inside the string are not structure: look again after it.
                this.lookAgainFrom(end + 1);
            }
            else if (open < close) {
                depth++;
                if (open === this.brace)
                    this.brace = found(text.indexOf('{', open + 1));
                else
                    this.bracket = found(text.indexOf('[', open + 1));
            }
            else if (close !== Infinity) {
                if (close === this.closeBrace)
                    this.closeBrace = found(text.indexOf('}', close + 1));
                else
                    this.closeBracket = found(text.indexOf(']', close + 1));
                if (--depth === 0)
                    return close + 1;
            }
            else {
                return text.length;
            }
        }
    }
    lookAgainFrom(at) {
        const text = this.text;
        if (this.quote < at)
            this.quote = found(text.indexOf('"', at));
        if (this.brace < at)
            this.brace = found(text.indexOf('{', at));
        if (this.bracket < at)
            this.bracket = found(text.indexOf('[', at));
        if (this.closeBrace < at)
            this.closeBrace = found(text.indexOf('}', at));
        if (this.closeBracket < at)
            this.closeBracket = found(text.indexOf(']', at));
    }
}
/** An indexOf result, with "not found" after every offset. */
function found(at) {
    return at === -1 ? Infinity : at;
}
function isEscaped(text, quote) {
    let backslashes = 0;
    for (let j = quote - 1; text.charCodeAt(j) === 0x5c; j--)
        backslashes++;
    return backslashes % 2 === 1;
}
function syntax(offset, message) {
    return { kind: 'syntax', offset, message };
}
const TRAILING_COMMA = (bracket) => `unexpected "${bracket}" after a comma. JSON allows no trailing comma: remove the comma before it.`;
function endOfText(depth, isObject, state) {
    if (depth === 0)
        return 'the text ends where a value was expected.';
    const missing = isObject[depth] ? '"}"' : '"]"';
    if (state === VALUE || state === KEY)
        return `the text ends after a comma. JSON allows no trailing comma, and ${missing} is missing at the end.`;
    return `the text ends inside an ${isObject[depth] ? 'object' : 'array'}: a closing ${missing} is missing.`;
}
function followsComma(text, i) {
    let j = i - 1;
    let c = text.charCodeAt(j);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
        c = text.charCodeAt(--j);
    return c === 0x2c;
}
function badValue(text, i, c) {
    if ((c === 0x5d || c === 0x7d) && followsComma(text, i))
        return TRAILING_COMMA(text[i]);
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        return 'a number is not written as JSON allows: no leading zeros, no "+" sign, digits on both sides of a decimal point.';
    }
    return `unexpected ${tokenName(text, i)} where a value was expected.`;
}
function badString(text, at) {
    if (at >= text.length)
        return 'a string is not closed: its closing double quote is missing.';
    const c = text.charCodeAt(at);
    if (c === 0x5c)
        return 'a string has an invalid escape: JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u followed by four hex digits.';
    return `a string contains a raw control character (U+${hex(c)}), which JSON does not allow: write it as an escape such as \\n, or close the string with a double quote.`;
}
/** What the user sees at `i`, named without quoting the file's text beyond one punctuation character. */
function tokenName(text, i) {
    const c = text.charCodeAt(i);
    if (c === 0x22)
        return 'a string';
    if (c === 0x27)
        return 'a single quote (JSON strings use double quotes)';
    if (c === 0x2f)
        return '"/" (JSON has no comments)';
    if (c === 0x2d || (c >= 0x30 && c <= 0x39))
        return 'a number';
    if (literalEnd(text, i) > 0)
        return text.startsWith('n', i) ? 'null' : 'true/false';
    if (isWordChar(c))
        return 'a bare word (text outside double quotes)';
    if (c > 0x20 && c < 0x7f)
        return `"${text[i]}"`;
    return `the character U+${hex(c)}`;
}
function hex(code) {
    return code.toString(16).toUpperCase().padStart(4, '0');
}
function isWordChar(c) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x24;
}
/** The end of the scalar at `i`, or the bitwise complement of where it went wrong (0 when it is not a scalar). */
function scalarEnd(text, i) {
    const c = text.charCodeAt(i);
    if (c === 0x22)
        return stringEnd(text, i);
    if (c === 0x2d || (c >= 0x30 && c <= 0x39))
        return numberEnd(text, i);
    const end = literalEnd(text, i);
    return end > 0 ? end : ~0;
}
/** Past the closing quote of the string opening at `i`, or the complement of the offending offset. */
function stringEnd(text, i) {
    const n = text.length;
    for (let j = i + 1; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === 0x22)
            return j + 1;
        if (c < 0x20)
            return ~j;
        if (c === 0x5c) {
            const e = text.charCodeAt(j + 1);
            if (e === 0x75) {
                if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6)))
                    return ~j;
                j += 5;
            }
            else if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
                j++;
            }
            else {
                return ~j;
            }
        }
    }
    return ~n;
}
function numberEnd(text, i) {
    const start = i;
    if (text.charCodeAt(i) === 0x2d)
        i++;
    const first = text.charCodeAt(i);
    if (first === 0x30)
        i++;
    else if (first >= 0x31 && first <= 0x39)
        i = digitsEnd(text, i);
    else
        return ~0;
    if (text.charCodeAt(i) === 0x2e) {
        const after = digitsEnd(text, i + 1);
        if (after === i + 1)
            return ~0;
        i = after;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
        let j = i + 1;
        const sign = text.charCodeAt(j);
        if (sign === 0x2b || sign === 0x2d)
            j++;
        const after = digitsEnd(text, j);
        if (after === j)
            return ~0;
        i = after;
    }
    // A number glued to letters or digits (`01`, `1x`) is not one token JSON knows.
    return isWordChar(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2e ? ~0 : i > start ? i : ~0;
}
function digitsEnd(text, i) {
    let c = text.charCodeAt(i);
    while (c >= 0x30 && c <= 0x39)
        c = text.charCodeAt(++i);
    return i;
}
function literalEnd(text, i) {
    for (const literal of ['true', 'false', 'null']) {
        if (text.startsWith(literal, i) && !isWordChar(text.charCodeAt(i + literal.length)))
            return i + literal.length;
    }
    return 0;
}
/** The key whose token spans start..end, decoded. */
function keyAt(text, start, end) {
    const raw = text.slice(start + 1, end - 1);
    return raw.includes('\\') ? JSON.parse(text.slice(start, end)) : raw;
}

;// CONCATENATED MODULE: ./src/parse/json.ts



/**
 * Parses JSON on the fast path (JSON.parse, then one allocation-free walk that counts keys and
 * checks the depth). The scanner reads the text again only when something must be placed: a syntax
 * error, a duplicate key, or the findings of the rules, all of them in one pass.
 */
function json_parseJson(text) {
    // Before JSON.parse: a deeply nested file would otherwise cost a gigabyte of arrays to refuse.
    const keysInText = countKeysInText(text, MAX_DEPTH);
    if (keysInText === undefined)
        return failed(text);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        // JSON.parse's message quotes the text, which may be anything (a credential, behind a symlink): never shown.
        return failed(text);
    }
    const keys = countKeysWithin(value, MAX_DEPTH);
    if (keys === undefined)
        return failed(text);
    const locate = (requests) => locateJson(text, requests);
    if (keys === keysInText)
        return { value, problems: [], omittedProblems: 0, locate };
    return { value, ...duplicateKeys(text), locate };
}
function failed(text) {
    const failure = scanJson(text);
    const problem = failure
        ? {
            kind: failure.kind,
            message: failure.kind === 'syntax' ? `The file is not valid JSON: ${failure.message}` : failure.message,
            range: { start: positionsAt(text, [failure.offset])[0] },
        }
        : { kind: 'syntax', message: 'The file is not valid JSON.', range: DOCUMENT_START };
    return { problems: [problem], omittedProblems: 0, locate: (requests) => requests.map(() => DOCUMENT_START) };
}
/**
 * Counts the object keys in valid JSON text without building a tree, or undefined when brackets
 * nest deeper than `maxDepth`. Outside strings, JSON has no quote characters, so jumping from one
 * string to the next visits every string exactly once; a string followed by a colon is a key. It
 * jumps from one quote or bracket to the next with indexOf, never reading the whitespace and
 * values between them one character at a time. On text that is not JSON the count means nothing,
 * and the caller does not use it.
 */
function countKeysInText(text, maxDepth) {
    let keys = 0;
    let depth = 0;
    let quote = found(text.indexOf('"', 0));
    let brace = found(text.indexOf('{', 0));
    let bracket = found(text.indexOf('[', 0));
    let closeBrace = found(text.indexOf('}', 0));
    let closeBracket = found(text.indexOf(']', 0));
    for (;;) {
        const open = Math.min(brace, bracket);
        const close = Math.min(closeBrace, closeBracket);
        if (quote < open && quote < close) {
            let end = text.indexOf('"', quote + 1);
            while (end !== -1 && isEscaped(text, end))
                end = text.indexOf('"', end + 1);
            if (end === -1)
                return keys;
            let after = end + 1;
            let code = text.charCodeAt(after);
            while (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09)
                code = text.charCodeAt(++after);
            if (code === 0x3a)
                keys++;
            // Brackets inside the string are not structure: look again after it.
            quote = found(text.indexOf('"', end + 1));
            if (brace < end)
                brace = found(text.indexOf('{', end));
            if (bracket < end)
                bracket = found(text.indexOf('[', end));
            if (closeBrace < end)
                closeBrace = found(text.indexOf('}', end));
            if (closeBracket < end)
                closeBracket = found(text.indexOf(']', end));
        }
        else if (open < close) {
            if (++depth > maxDepth)
                return undefined;
            if (open === brace)
                brace = found(text.indexOf('{', open + 1));
            else
                bracket = found(text.indexOf('[', open + 1));
        }
        else if (close !== Infinity) {
            depth--;
            if (close === closeBrace)
                closeBrace = found(text.indexOf('}', close + 1));
            else
                closeBracket = found(text.indexOf(']', close + 1));
        }
        else {
            return keys;
        }
    }
}
/**
 * Tracks where the scanner stands in the document: for each open container, whether it is an
 * array and how many elements it has seen, so that each value knows the path segment leading to it.
 */
class PathVisitor {
    text;
    isArray = [];
    counts = [];
    lastKey = '';
    constructor(text) {
        this.text = text;
    }
    key(start, end) {
        this.lastKey = keyAt(this.text, start, end);
    }
    /** The segment of the value about to start: its index in an array, or the key just read. */
    segment() {
        const depth = this.isArray.length;
        return depth > 0 && this.isArray[depth - 1] ? this.counts[depth - 1]++ : this.lastKey;
    }
    scalar(_start, _end) {
        this.segment();
    }
    open(isObject, _start) {
        this.isArray.push(!isObject);
        this.counts.push(0);
    }
    close(_end) {
        this.isArray.pop();
        this.counts.pop();
    }
}
/** Every repeated key, with the path of its object and where the key first appeared. */
function duplicateKeys(text) {
    const found = [];
    let omitted = 0;
    class DuplicateVisitor extends PathVisitor {
        seen = [];
        path = [];
        key(start, end) {
            super.key(start, end);
            const keys = this.seen.at(-1);
            const first = keys.get(this.lastKey);
            if (first === undefined) {
                keys.set(this.lastKey, start);
            }
            else if (found.length < MAX_PROBLEMS_PER_FILE) {
                const where = this.path.length > 1 ? this.path.slice(1).map((segment) => `/${excerpt(String(segment), 40)}`).join('') : 'the document';
                found.push({ start, end, first, name: this.lastKey, where });
            }
            else {
                omitted++;
            }
        }
        open(isObject, start) {
            this.path.push(this.isArray.length === 0 ? '' : this.segment());
            super.open(isObject, start);
            this.seen.push(isObject ? new Map() : undefined);
        }
        close(end) {
            super.close(end);
            this.path.pop();
            this.seen.pop();
        }
    }
    scanJson(text, new DuplicateVisitor(text));
    const positions = positionsAt(text, found.flatMap(({ start, end, first }) => [start, end, first]));
    const problems = found.map(({ name, where }, index) => {
        const [start, end, first] = positions.slice(index * 3, index * 3 + 3);
        return {
            kind: 'duplicate-key',
            message: `The key "${excerpt(name)}" appears again in ${where} (first on line ${first.line}). ` +
                'JSON.parse, and so Heroku Connect, silently keeps only the last one: remove or merge the duplicate.',
            range: { start, end },
        };
    });
    return { problems, omittedProblems: omitted };
}
/** A node of the tree of requested paths; the scan fills in the offsets of the ones it meets (-1: not met). */
class Target {
    byIndex;
    /** Created on first use: most targets are leaves. */
    children;
    keyStart = -1;
    keyEnd = -1;
    valueStart = -1;
    valueEnd = -1;
    /** `byIndex`: reached through an array index (a number segment); only such targets match array elements. */
    constructor(byIndex) {
        this.byIndex = byIndex;
    }
    child(segment) {
        this.children ??= new Map();
        let child = this.children.get(String(segment));
        if (!child)
            this.children.set(String(segment), (child = new Target(typeof segment === 'number')));
        else if (typeof segment === 'number')
            child.byIndex = true;
        return child;
    }
}
/** Places every request in one scan of the text: the cost follows the requests, not the file's structure. */
function locateJson(text, requests) {
    const root = new Target(false);
    for (const { path } of requests) {
        let node = root;
        for (const segment of path)
            node = node.child(segment);
    }
    scanJson(text, new LocateVisitor(text, root));
    // Two offsets per request: where its range starts and ends.
    const offsets = new Array(requests.length * 2);
    requests.forEach(({ path, at }, index) => {
        let node = root;
        let keyed;
        let chosen;
        for (const segment of path) {
            const child = node.children?.get(String(segment));
            if (!child || child.valueStart === -1) {
                chosen = keyed ?? node;
                break;
            }
            node = child;
            keyed = child.keyStart === -1 ? undefined : child;
        }
        const useKey = chosen ? chosen === keyed : at === 'key' && keyed === node;
        chosen ??= node;
        offsets[index * 2] = useKey ? chosen.keyStart : chosen.valueStart;
        offsets[index * 2 + 1] = useKey ? chosen.keyEnd : chosen.valueEnd;
    });
    const positions = positionsAt(text, offsets);
    return requests.map((_, index) => ({ start: positions[index * 2], end: positions[index * 2 + 1] }));
}
class LocateVisitor extends PathVisitor {
    root;
    /** The target of each open container, undefined where nothing inside is requested. */
    targets = [];
    keyTarget;
    constructor(text, root) {
        super(text);
        this.root = root;
    }
    key(start, end) {
        const children = this.targets[this.targets.length - 1]?.children;
        this.keyTarget = undefined;
        // Decoding a key costs an allocation: only keys of containers on a requested path are read.
        if (!children)
            return;
        super.key(start, end);
        const child = children.get(this.lastKey);
        if (!child)
            return;
        // JSON.parse keeps the last of duplicate keys, so the last member is the one the value came from.
        if (child.valueStart !== -1)
            forget(child);
        child.keyStart = start;
        child.keyEnd = end;
        this.keyTarget = child;
    }
    /** The target of the value about to start, if it was requested. */
    next() {
        const depth = this.isArray.length;
        if (depth === 0)
            return this.root;
        if (!this.isArray[depth - 1])
            return this.keyTarget;
        const index = this.segment();
        const child = this.targets[depth - 1]?.children?.get(String(index));
        return child?.byIndex ? child : undefined;
    }
    scalar(start, end) {
        const found = this.next();
        if (found) {
            found.valueStart = start;
            found.valueEnd = end;
        }
    }
    open(isObject, start) {
        const found = this.next();
        if (found)
            found.valueStart = start;
        this.targets.push(found);
        super.open(isObject, start);
        // Nothing requested inside: the scanner jumps to the closing bracket.
        return found?.children !== undefined;
    }
    close(end) {
        const found = this.targets.pop();
        if (found)
            found.valueEnd = end;
        super.close(end);
    }
}
/** Clears what an earlier duplicate of a key recorded below it. */
function forget(node) {
    const stack = [node];
    while (stack.length > 0) {
        const next = stack.pop();
        next.keyStart = next.keyEnd = next.valueStart = next.valueEnd = -1;
        if (next.children)
            for (const child of next.children.values())
                stack.push(child);
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/fs/workspace.ts




/**
 * The one way the tool touches files it did not create itself. Every path in a pull request may be
 * hostile: a committed symlink can point at the runner's git credentials, a FIFO can block a read
 * forever, /proc and /dev/zero never end. Reads are confined to a real folder and bounded on the
 * opened handle; writes never go through a symlink.
 */
/** Files above this size are refused with one finding: a real connection export is well under 5 MB. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** How much of a file that cannot be linted is looked at to tell whether it could be a mapping file. */
const PEEK_BYTES = 64 * 1024;
// O_NONBLOCK: opening a FIFO for reading must not wait for a writer. O_NOFOLLOW does not exist on Windows.
const READ_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0) | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
const WRITE_FLAGS = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_TRUNC | (external_node_fs_.constants.O_NONBLOCK ?? 0) | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
/**
 * Reads a file whose real path must stay inside `confinedTo` (itself resolved to its real path);
 * `confinedTo` null reads wherever the path leads, for a file the CLI's user named on their own
 * machine. Nothing outside the confinement is opened, so none of its content can reach a message.
 */
async function readConfined(absolutePath, confinedTo, limit = MAX_FILE_BYTES) {
    let real;
    try {
        real = await (0,promises_.realpath)(absolutePath);
        if (confinedTo !== null) {
            const realRoot = await (0,promises_.realpath)(confinedTo);
            if (!isInside(real, realRoot))
                return outside(absolutePath, real, realRoot);
        }
    }
    catch (error) {
        return failedWith(error);
    }
    let handle;
    try {
        handle = await (0,promises_.open)(real, READ_FLAGS);
        const info = await handle.stat();
        if (!info.isFile()) {
            return { ok: false, failure: 'not-a-file', message: 'This path is not a regular file (it is a directory, a FIFO, a socket or a device), so it is not read.' };
        }
        // The size stat reports is a hint only: /proc files say 0, a file may grow. The read itself is bounded.
        if (info.size > limit) {
            const head = Buffer.alloc(Math.min(limit, PEEK_BYTES));
            const { bytesRead } = await handle.read(head, 0, head.length, 0);
            return tooLarge(formatBytes(info.size), limit, head.subarray(0, bytesRead));
        }
        const bytes = await readAtMost(handle, limit + 1, info.size);
        if (bytes.length > limit)
            return tooLarge(`more than ${formatBytes(limit)}`, limit, bytes.subarray(0, PEEK_BYTES));
        return { ok: true, bytes };
    }
    catch (error) {
        return failedWith(error);
    }
    finally {
        await handle?.close();
    }
}
/** Reads a stream (standard input) under the same size limit as a file: a stream that never ends is cut at the limit. */
async function readStream(stream, limit = MAX_FILE_BYTES) {
    const chunks = [];
    let total = 0;
    for await (const chunk of stream) {
        chunks.push(Buffer.from(chunk));
        total += chunk.length;
        if (total > limit)
            return tooLarge(`more than ${formatBytes(limit)}`, limit, Buffer.concat(chunks).subarray(0, PEEK_BYTES));
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
}
/**
 * The first read is sized by stat's hint, plus a byte to see the end: one read for a file that keeps
 * its size. Only a file that grows, or one whose size stat cannot tell, reads on in chunks. Buffers
 * are not zero-filled (only the bytes read are kept): zeroing a megabyte per file was most of the
 * time spent reading a folder of small exports.
 */
async function readAtMost(handle, most, sizeHint) {
    const chunks = [];
    let total = 0;
    let chunkSize = Math.max(sizeHint + 1, PEEK_BYTES);
    while (total < most) {
        const chunk = Buffer.allocUnsafe(Math.min(most - total, chunkSize));
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0)
            break;
        chunks.push(chunk.subarray(0, bytesRead));
        total += bytesRead;
        chunkSize = 1024 * 1024;
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
function outside(absolutePath, real, realRoot) {
    // The target's path is named so the user can find the link; what the target holds is never read.
    const what = external_node_path_default().resolve(absolutePath) === real ? 'This path is' : `This path is a symbolic link to ${real}, which is`;
    return {
        ok: false,
        failure: 'outside',
        message: `${what} outside ${realRoot}, the folder it is read from, so it is not read. Commit the mapping file itself, not a link to another place.`,
    };
}
function tooLarge(size, limit, head) {
    return {
        ok: false,
        failure: 'too-large',
        head,
        message: `The file is ${size}, over the ${formatBytes(limit)} limit for a mapping file; ` +
            'a real Heroku Connect export is far smaller. Check that this is the file you meant.',
    };
}
function failedWith(error) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return { ok: false, failure: 'missing', message: 'The file cannot be read (no such file).' };
        case 'ELOOP':
            return { ok: false, failure: 'unreadable', message: 'The file cannot be read: it is a symbolic link that loops or goes through too many links.' };
        case 'EACCES':
        case 'EPERM':
            return { ok: false, failure: 'unreadable', message: 'The file cannot be read (permission denied).' };
        case 'EISDIR':
            return { ok: false, failure: 'not-a-file', message: 'This path is a directory, not a file, so it is not read.' };
        default:
            return { ok: false, failure: 'unreadable', message: `The file cannot be read (${code ?? (error instanceof Error ? error.message : String(error))}).` };
    }
}
/** True when `child` is `parent` or below it; both absolute and already resolved. */
function isInside(child, parent) {
    const relative = external_node_path_default().relative(parent, child);
    return relative === '' || (!relative.startsWith(`..${(external_node_path_default()).sep}`) && relative !== '..' && !external_node_path_default().isAbsolute(relative));
}
/**
 * Writes an output file the action makes inside the workspace (`sarif-file`). `name` is what the
 * user wrote, for messages. The path must stay inside the workspace, and no folder on the way nor
 * the file itself may be a symlink: a pull request could commit one named like the output to
 * redirect the write anywhere the runner can write. Missing folders are created.
 */
async function writeInsideWorkspace(root, name, content) {
    const target = external_node_path_default().resolve(root, name);
    if (!isInside(target, external_node_path_default().resolve(root))) {
        throw new errors_ConfigurationError(`The output path "${name}" is outside the workspace (${root}); name a path inside it, such as "results/lint.sarif".`);
    }
    const realRoot = await (0,promises_.realpath)(root);
    let folder = realRoot;
    for (const part of external_node_path_default().relative(external_node_path_default().resolve(root), external_node_path_default().dirname(target)).split((external_node_path_default()).sep).filter(Boolean)) {
        folder = external_node_path_default().join(folder, part);
        const info = await (0,promises_.lstat)(folder).catch((error) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
        if (info === undefined)
            await (0,promises_.mkdir)(folder);
        else if (info.isSymbolicLink())
            throw notThroughLink(name, external_node_path_default().relative(realRoot, folder));
        else if (!info.isDirectory())
            throw new errors_ConfigurationError(`The output path "${name}" goes through "${external_node_path_default().relative(realRoot, folder)}", which is not a folder.`);
    }
    await writeNoFollow(external_node_path_default().join(folder, external_node_path_default().basename(target)), content, name);
}
/**
 * Writes a file the CLI's user named (`--output`): their choice on their own machine, so it may be
 * anywhere and its folders are created; only a symlink at the name itself is refused, so a link
 * planted where a report is written cannot redirect it.
 */
async function writeNamedFile(file, content) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().resolve(file)), { recursive: true });
    await writeNoFollow(external_node_path_default().resolve(file), content, file);
}
async function writeNoFollow(target, content, name) {
    let handle;
    try {
        // Checked before open too, where O_NOFOLLOW does not exist.
        if ((await (0,promises_.lstat)(target).catch(() => undefined))?.isSymbolicLink())
            throw Object.assign(new Error('symlink'), { code: 'ELOOP' });
        handle = await (0,promises_.open)(target, WRITE_FLAGS, 0o666);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP' || code === 'EMLINK')
            throw notThroughLink(name, name);
        if (code === 'ENXIO')
            throw notAFile(name);
        throw new errors_ConfigurationError(`The output file "${name}" cannot be written (${code ?? String(error)}).`);
    }
    try {
        if (!(await handle.stat()).isFile())
            throw notAFile(name);
        await handle.writeFile(content);
    }
    finally {
        await handle.close();
    }
}
function notThroughLink(name, link) {
    return new errors_ConfigurationError(`The output path "${name}" is not written: "${link}" is a symbolic link, and an output is never written through one. Remove the link or choose another path.`);
}
function notAFile(name) {
    return new errors_ConfigurationError(`The output path "${name}" is not written: it exists and is not a regular file.`);
}
function formatBytes(size) {
    if (size >= 1024 * 1024)
        return `${(size / (1024 * 1024)).toFixed(1)} MiB`;
    if (size >= 1024)
        return `${(size / 1024).toFixed(1)} KiB`;
    return `${size} bytes`;
}

;// CONCATENATED MODULE: ./src/parse/source.ts



const START = { start: { line: 1, column: 1 } };
function formatOf(path) {
    return /\.ya?ml$/i.test(path) ? 'yaml' : 'json';
}
/**
 * Reads a file as UTF-8 text, turning every way it can fail into one clear problem. `confinedTo`:
 * the folder its real path must stay in (see readConfined).
 */
async function readSource(absolutePath, format, confinedTo) {
    const read = await readConfined(absolutePath, confinedTo);
    return read.ok ? decode(read.bytes, format) : failedRead(read.failure === 'too-large' ? 'too-large' : 'unreadable', read.message);
}
function decode(bytes, format) {
    const kind = format === 'yaml' ? 'YAML' : 'JSON';
    if (isBlank(bytes)) {
        return failedRead('not-text', `The file is empty: a mapping file is a ${kind} document with a "mappings" array.`);
    }
    const utf16 = utf16Encoding(bytes);
    if (utf16) {
        const bom = hasUtf16Bom(bytes);
        const name = utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
        return failedRead('not-text', `The file is UTF-16 text (${name}, ${bom ? 'with' : 'without'} a byte-order mark), not UTF-8, which heroku connect:import reads. ` +
            `Convert it, for example: iconv -f ${bom ? 'UTF-16' : name} -t UTF-8 in.${format} > out.${format}`);
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        return failAt(bytes, nul, 'not-text', `The file is binary (it contains a NUL byte), not ${kind} text.`);
    }
    if (!(0,external_node_buffer_.isUtf8)(bytes)) {
        return failAt(bytes, firstInvalidUtf8(bytes), 'not-text', `The file is not valid UTF-8 text. Save it as UTF-8 (heroku connect:export writes UTF-8).`);
    }
    let text = bytes.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) {
        if (format === 'json') {
            return failedRead('not-text', 'The file starts with a byte-order mark, which JSON.parse (and so heroku connect:import) rejects. Save it as UTF-8 without BOM.');
        }
        text = text.slice(1);
    }
    return { ok: true, text };
}
function isBlank(bytes) {
    for (const byte of bytes) {
        if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09)
            return false;
    }
    return true;
}
/** A read that failed, with the problem placed at the start of the file. */
function failedRead(kind, message) {
    return { ok: false, problem: { kind, message, range: START } };
}
function failAt(bytes, offset, kind, message) {
    const before = bytes.subarray(0, offset);
    let line = 1;
    let lineStart = 0;
    for (let i = before.indexOf(10); i !== -1; i = before.indexOf(10, i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { ok: false, problem: { kind, message, range: { start: { line, column: offset - lineStart + 1 } } } };
}
/** The offset of the first byte that breaks UTF-8, found by decoding growing prefixes' boundary. */
function firstInvalidUtf8(bytes) {
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const text = decoder.decode(bytes);
    const bad = text.indexOf('\uFFFD');
    return bad === -1 ? 0 : Buffer.byteLength(text.slice(0, bad), 'utf8');
}
function hasUtf16Bom(bytes) {
    return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}
/**
 * UTF-16 by its byte-order mark, or, without one, by a NUL in every other byte of the start (text
 * that is mostly ASCII, as JSON and YAML are): Windows PowerShell 5 writes `>` redirections so.
 */
function utf16Encoding(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return 'utf-16le';
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return 'utf-16be';
    const pairs = Math.min(256, Math.floor(bytes.length / 2));
    if (pairs === 0)
        return undefined;
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < pairs; i++) {
        if (bytes[2 * i] === 0)
            evenNul++;
        if (bytes[2 * i + 1] === 0)
            oddNul++;
    }
    const most = pairs * 0.75;
    const few = pairs * 0.1;
    if (oddNul >= most && evenNul <= few)
        return 'utf-16le';
    if (evenNul >= most && oddNul <= few)
        return 'utf-16be';
    return undefined;
}

;// CONCATENATED MODULE: ./src/parse/yaml.ts




/**
 * YAML files above this size are refused before parsing: the yaml library needs up to about 650
 * bytes of memory and 4 microseconds per byte of a flow sequence (a 16 MiB one exhausts Node's
 * heap; 1 MiB peaks near 700 MB), and hand-written YAML mapping files are a few kilobytes. JSON
 * files keep the general limit (MAX_FILE_BYTES).
 */
const MAX_YAML_BYTES = 1024 * 1024;
/** Parses YAML with positions; YAML mapping files are small and hand-written, so there is no fast path. */
function parseYaml(text) {
    const size = Buffer.byteLength(text, 'utf8');
    if (size > MAX_YAML_BYTES) {
        return refused({
            kind: 'too-large',
            message: `The YAML file is ${formatBytes(size)}, over the ${formatBytes(MAX_YAML_BYTES)} limit for YAML mapping files. ` +
                'Hand-written YAML mappings are far smaller; keep a generated export as JSON, which may be up to 16 MiB.',
            range: DOCUMENT_START,
        });
    }
    const deep = deepestPoint(text, MAX_DEPTH);
    if (deep !== undefined)
        return refused(tooDeep({ start: positionsAt(text, [deep])[0] }));
    const lineCounter = new dist/* LineCounter */.HN();
    let document;
    try {
        // logLevel 'error': the library would otherwise print warnings that quote the file's keys.
        // merge: `<<: *defaults` is the common way to share settings between mappings (YAML 1.1 merge keys).
        document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, merge: true, uniqueKeys: false, prettyErrors: false, logLevel: 'error' });
    }
    catch (error) {
        // The depth check above keeps the parser's recursion shallow; this is the safety net behind it.
        if (error instanceof RangeError)
            return refused(tooDeep(DOCUMENT_START));
        throw error;
    }
    const rangeAt = (start, end) => rangeFrom(lineCounter, start, end);
    const source = { document, text, rangeAt };
    const locate = (requests) => requests.map(({ path, at }) => locateYaml(source, path, at ?? 'value'));
    const errors = document.errors.filter((error) => error.code !== 'DUPLICATE_KEY');
    if (errors.length > 0) {
        const problems = errors.slice(0, MAX_PROBLEMS_PER_FILE).map((error) => ({ kind: 'syntax', message: `The file is not valid YAML: ${explain(error.code)}`, range: rangeAt(error.pos[0], error.pos[1]) }));
        return { problems, omittedProblems: errors.length - problems.length, locate };
    }
    let value;
    try {
        value = document.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        if (error instanceof RangeError)
            return refused(tooDeep(DOCUMENT_START));
        return refused({ kind: 'syntax', message: `The YAML cannot be converted to JSON: ${explainConversion(error)}`, range: DOCUMENT_START });
    }
    // Aliases can nest an anchored collection inside another: the value is checked as well as the text.
    if (countKeysWithin(value, MAX_DEPTH) === undefined)
        return refused(tooDeep(DOCUMENT_START));
    return { value, ...yaml_duplicateKeys(document, rangeAt), locate };
}
function refused(problem) {
    return { problems: [problem], omittedProblems: 0, locate: (requests) => requests.map(() => DOCUMENT_START) };
}
function tooDeep(range) {
    return {
        kind: 'too-deep',
        message: `The document nests more than ${MAX_DEPTH} levels deep; a Heroku Connect mapping file nests about 6, so this is not one.`,
        range,
    };
}
function rangeFrom(lineCounter, start, end) {
    const from = lineCounter.linePos(start);
    const to = end === undefined ? undefined : lineCounter.linePos(end);
    return { start: { line: from.line, column: from.col }, ...(to && { end: { line: to.line, column: to.col } }) };
}
/**
 * The offset where the text first nests deeper than `limit`, by a linear over-estimate: every block
 * indentation level and every compact "- ", "? " or ": " indicator counts as a level, and so does
 * every open flow bracket outside quotes and comments. Real mapping files nest about 8 levels by
 * this count; the yaml library recurses once per level and overflows the stack near 800.
 */
function deepestPoint(text, limit) {
    const indents = [];
    let flow = 0;
    let quote = 0;
    let lineStart = 0;
    while (lineStart < text.length) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd === -1)
            lineEnd = text.length;
        let i = lineStart;
        if (quote === 0 && flow === 0) {
            while (text.charCodeAt(i) === 0x20)
                i++;
            const c = text.charCodeAt(i);
            if (i < lineEnd && c !== 0x23 && c !== 0x0d) {
                const indent = i - lineStart;
                while (indents.length > 0 && indents.at(-1) >= indent)
                    indents.pop();
                indents.push(indent);
                // Compact nesting on one line: "- - x", "- key: value", "? key".
                while ((text[i] === '-' || text[i] === '?' || text[i] === ':') && (text[i + 1] === ' ' || i + 1 === lineEnd)) {
                    i += 2;
                    while (text.charCodeAt(i) === 0x20)
                        i++;
                    indents.push(i - lineStart);
                }
                if (indents.length > limit)
                    return i;
            }
        }
        for (; i < lineEnd; i++) {
            const c = text.charCodeAt(i);
            if (quote !== 0) {
                if (c === quote)
                    quote = 0;
                else if (c === 0x5c && quote === 0x22)
                    i++;
                continue;
            }
            const before = i === lineStart ? 0x20 : text.charCodeAt(i - 1);
            const atTokenStart = before === 0x20 || before === 0x09 || before === 0x5b || before === 0x7b || before === 0x2c || before === 0x3a;
            if (c === 0x23 && (before === 0x20 || before === 0x09))
                break;
            if ((c === 0x22 || c === 0x27) && atTokenStart)
                quote = c;
            else if (c === 0x5b || c === 0x7b) {
                if (++flow + indents.length > limit)
                    return i;
            }
            else if ((c === 0x5d || c === 0x7d) && flow > 0)
                flow--;
        }
        lineStart = lineEnd + 1;
    }
    return undefined;
}
/** What each YAML error means, in our words: the library's messages can quote the file's text. */
const YAML_ERRORS = {
    ALIAS_PROPS: 'an alias (*name) cannot have an anchor or a tag.',
    BAD_ALIAS: 'an alias (*name) refers to no anchor defined before it.',
    BAD_DIRECTIVE: 'a % directive is not one YAML knows.',
    BAD_DQ_ESCAPE: 'a double-quoted string has an invalid escape sequence.',
    BAD_INDENT: 'the indentation is wrong: items of one list or mapping must line up.',
    BAD_PROP_ORDER: 'an anchor or a tag is in the wrong place.',
    BAD_SCALAR_START: 'a plain value cannot start with this character: put the value in quotes.',
    BLOCK_AS_IMPLICIT_KEY: 'a nested block cannot be a key.',
    BLOCK_IN_FLOW: 'a block (an indented list or mapping) cannot stand inside [ ] or { }.',
    IMPOSSIBLE: 'the YAML structure cannot be read.',
    KEY_OVER_1024_CHARS: 'a key is longer than the 1,024 characters YAML allows.',
    MISSING_CHAR: 'a closing quote, bracket or brace is missing.',
    MULTILINE_IMPLICIT_KEY: 'a key spans several lines; a key must be on one line, or a colon is missing.',
    MULTIPLE_ANCHORS: 'a value has two anchors.',
    MULTIPLE_DOCS: 'the file holds several YAML documents (separated by ---); a mapping file is one document.',
    MULTIPLE_TAGS: 'a value has two tags.',
    NON_STRING_KEY: 'a key is a list or a mapping; JSON keys are strings.',
    RESOURCE_EXHAUSTION: 'aliases expand to too much data.',
    TAB_AS_INDENT: 'a tab is used for indentation; YAML indents with spaces only.',
    TAG_RESOLVE_FAILED: 'a value has a tag (!name) that is not a standard YAML type.',
    UNEXPECTED_TOKEN: 'unexpected text here: check the indentation, and that a colon follows each key.',
    BAD_COLLECTION_TYPE: 'a tag does not fit the kind of collection it is on.',
};
function explain(code) {
    return YAML_ERRORS[code] ?? `a YAML syntax error (${code}).`;
}
function explainConversion(error) {
    const message = error instanceof Error ? error.message : '';
    if (/unresolved alias/i.test(message))
        return YAML_ERRORS.BAD_ALIAS;
    if (/merge/i.test(message))
        return 'a merge key (<<) must refer to a mapping (<<: *defaults) or a list of mappings (<<: [*a, *b]).';
    if (/alias/i.test(message))
        return 'its aliases expand to too much data (more than 100 uses of an anchor).';
    return 'a value cannot be represented in JSON.';
}
/**
 * Duplicate keys by the value the key resolves to, as the conversion to JSON sees it: through an
 * alias, and with `true` and "true", or `1` and "1", the same JSON key. Walked with a stack: the
 * depth check has already passed, but no walk here depends on it.
 */
function yaml_duplicateKeys(document, rangeAt) {
    const problems = [];
    let omitted = 0;
    const stack = [document.contents];
    while (stack.length > 0) {
        const node = stack.pop();
        if ((0,dist/* isSeq */.oP)(node)) {
            // One push per item: spreading a long sequence into push() would overflow the stack.
            for (const item of node.items)
                stack.push(item);
            continue;
        }
        if (!(0,dist/* isMap */.jh)(node))
            continue;
        const seen = new Map();
        for (const pair of node.items) {
            if ((0,dist/* isCollection */.P3)(pair.value))
                stack.push(pair.value);
            // Merge keys may repeat, and a key they bring in is overridden by an explicit one, not duplicated.
            if (isMergeKey(pair.key))
                continue;
            const key = (0,dist/* isAlias */.Vj)(pair.key) ? pair.key.resolve(document) : pair.key;
            if (!(0,dist/* isScalar */.jn)(key))
                continue;
            const name = jsonKey(key.value);
            const first = seen.get(name);
            if (!first) {
                seen.set(name, pair.key);
            }
            else if (problems.length < MAX_PROBLEMS_PER_FILE) {
                const keyNode = pair.key;
                problems.push({
                    kind: 'duplicate-key',
                    message: `The key "${excerpt(name)}" appears twice in the same mapping (first on line ${rangeAt(first.range[0]).start.line}), counting aliases and keys that JSON reads alike (true and "true", 1 and "1"). ` +
                        'Only one value can survive the conversion to JSON: remove or merge the duplicate.',
                    range: keyNode.range ? rangeAt(keyNode.range[0], keyNode.range[1]) : DOCUMENT_START,
                });
            }
            else {
                omitted++;
            }
        }
    }
    return { problems, omittedProblems: omitted };
}
/** The key the conversion to a JavaScript object gives a scalar (the yaml library's own rule). */
function jsonKey(value) {
    return value === null || value === undefined ? '' : String(value);
}
/** `<<` as the parser reads it with merge keys on: a plain scalar whose value is a symbol. */
function isMergeKey(key) {
    return (0,dist/* isScalar */.jn)(key) && typeof key.value === 'symbol';
}
/** Maps of the document indexed by key, built on first use: placing k findings costs k lookups. */
const keyIndexes = new WeakMap();
/**
 * The keys the conversion to JSON gives a map: its own, the last of duplicates winning, then the
 * ones merge keys bring in where the map has none of its own, the first source winning (YAML 1.1
 * merge semantics, as the yaml library applies them).
 */
function indexOf(map, document) {
    let index = keyIndexes.get(map);
    if (index)
        return index;
    index = new Map();
    // Cached before the sources are read, so that a map that merges itself cannot loop here (the conversion refuses it anyway).
    keyIndexes.set(map, index);
    const merges = [];
    for (const item of map.items) {
        if (!(0,dist/* isPair */.tO)(item))
            continue;
        if (isMergeKey(item.key)) {
            const value = (0,dist/* isAlias */.Vj)(item.value) ? item.value.resolve(document) : item.value;
            merges.push({ mergeKey: item.key, sources: (0,dist/* isSeq */.oP)(value) ? value.items : [value] });
        }
        else if ((0,dist/* isScalar */.jn)(item.key)) {
            index.set(jsonKey(item.key.value), { key: item.key, value: item.value });
        }
    }
    for (const { mergeKey, sources } of merges) {
        for (const entry of sources) {
            const source = (0,dist/* isAlias */.Vj)(entry) ? entry.resolve(document) : entry;
            if (!(0,dist/* isMap */.jh)(source))
                continue;
            for (const [name, pair] of indexOf(source, document)) {
                if (!index.has(name))
                    index.set(name, { key: pair.key, value: pair.value, merged: { mergeKey, source } });
            }
        }
    }
    return index;
}
function locateYaml({ document, text, rangeAt }, path, at) {
    let node = document.contents;
    let key;
    let note;
    const place = (n) => ({ ...(n?.range ? rangeAt(n.range[0], n.range[1]) : DOCUMENT_START), ...(note !== undefined && { note }) });
    for (let depth = 0; depth < path.length; depth++) {
        const segment = path[depth];
        let next;
        if ((0,dist/* isMap */.jh)(node))
            next = indexOf(node, document).get(String(segment));
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
            const item = node.items[segment];
            if (item !== undefined)
                next = { value: item };
        }
        if (!next)
            return place(key ?? node);
        // The first merge on the way names the map that receives the value; any deeper one is inside the anchor.
        if (next.merged && note === undefined) {
            const from = anchorLine(text, next.merged.source, rangeAt) ?? rangeAt(next.merged.mergeKey.range[0]).start.line;
            note = `(merged into ${receiverName(document, path.slice(0, depth))} from the ${next.merged.source.anchor ? 'anchor' : 'merge key'} on line ${from})`;
        }
        node = next.value;
        key = next.key;
        // A key with no value (`config:`) has no node, or an empty one: point at the key instead.
        if (node === null || (key && (0,dist/* isScalar */.jn)(node) && node.range?.[0] === node.range?.[1]))
            return place(key);
    }
    return place(at === 'key' && key ? key : node);
}
/** "mappings[2] Contact", "mappings[2].config Contact", "defaults": the path, and the mapping's object when it is in one. */
function receiverName(document, path) {
    const where = path.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${excerpt(segment)}`)).join('') || 'the document';
    if (path[0] !== 'mappings' || typeof path[1] !== 'number')
        return where;
    let node = document.contents;
    for (const segment of ['mappings', path[1], 'object_name']) {
        if ((0,dist/* isMap */.jh)(node))
            node = indexOf(node, document).get(String(segment))?.value;
        else
            node = (0,dist/* isSeq */.oP)(node) && typeof segment === 'number' ? node.items[segment] : undefined;
    }
    return (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && node.value !== '' ? `${where} ${excerpt(node.value)}` : where;
}
/**
 * The line of `&name` for an anchored map. The node's range starts at its content, and only spaces,
 * comments and a tag stand between the anchor and the content, so the nearest `&name` before it is
 * the anchor (one in a comment on that stretch is on the same or a following line: close enough).
 */
function anchorLine(text, node, rangeAt) {
    if (!node.anchor || !node.range)
        return undefined;
    const offset = text.lastIndexOf(`&${node.anchor}`, node.range[0]);
    return offset === -1 ? undefined : rangeAt(offset).start.line;
}

;// CONCATENATED MODULE: ./src/parse/parse.ts


/** A mapping file's text, parsed as its format says: the one way the lint, the plan and the deploy read it. */
function parseSource(text, format) {
    return format === 'yaml' ? parseYaml(text) : json_parseJson(text);
}

;// CONCATENATED MODULE: ./src/diagnose/findings.ts



/**
 * Where each mapping's object_name stands in the files, by lower-cased object name. A file that
 * cannot be read or parsed places nothing (the lint reports it); the first file's first line takes
 * what has no mapping line.
 */
async function mappingPlaces(files) {
    const byObject = new Map();
    for (const ref of files) {
        const format = formatOf(ref.file);
        const read = await readSource(ref.absolutePath, format, ref.confinedTo);
        if (!read.ok)
            continue;
        const parsed = parseSource(read.text, format);
        const value = parsed.value;
        if (!isRecord(value) || !Array.isArray(value.mappings))
            continue;
        const named = value.mappings.flatMap((mapping, i) => (isRecord(mapping) && typeof mapping.object_name === 'string' ? [{ name: mapping.object_name, i }] : []));
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

;// CONCATENATED MODULE: ./src/diagnose/run.ts



/**
 * Heroku Connect's server-side diagnose (what `heroku connect:diagnose` and
 * `connect:mapping:diagnose` run): the connection's checks, started and then read at its result_url
 * until done, and each given mapping's checks, answered at once. Costs 1 + (reads of the result) +
 * one call per mapping.
 */
async function runDiagnose(api, connection, mappings, options) {
    const { clock } = options;
    const started = clock.now();
    const resultUrl = await startValidation(api, connection);
    options.log.info(`Heroku Connect's diagnose of the connection started; reading its result every ${text_formatDuration(options.intervalMs)}.`);
    let result = await readValidationResult(api, connection, resultUrl);
    while (result === undefined) {
        const remaining = options.deadline - clock.now();
        if (remaining <= 0) {
            throw new RemoteFailure('Heroku Connect', 'hanging', `Heroku Connect's diagnose of connection "${connection.resource_name}" had not finished after ${text_formatDuration(clock.now() - started)}, the time left before the deadline. Run "heroku connect:diagnose" later, or raise wait-timeout.`);
        }
        await clock.sleep(Math.min(options.intervalMs, remaining));
        result = await readValidationResult(api, connection, resultUrl);
    }
    const diagnosed = [];
    for (const mapping of mappings) {
        if (mapping.id === undefined) {
            options.log.info(`The ${mapping.object_name} mapping has no id in the connection's detail, so it is not diagnosed on its own.`);
            continue;
        }
        diagnosed.push({ object: mapping.object_name, results: await validateMapping(api, connection, { id: mapping.id, object_name: mapping.object_name }) });
    }
    return { connection: result, mappings: diagnosed };
}

;// CONCATENATED MODULE: ./src/diagnose/write-errors.ts
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

;// CONCATENATED MODULE: ./src/plan/consequences.ts
/**
 * What each kind of change to a mapping file does when the file is imported, in plain words. The
 * facts: import is an upsert that never deletes a mapping missing from the file, and the CLI deletes
 * one with connect:mapping:delete (research heroku-connect-api §2, §4.1); editing a mapping runs
 * ALTER TABLE and fills newly mapped fields with data (Dev Center, ibid. §4.1); read_write writes
 * Postgres changes to Salesforce and needs a unique External ID as upsert_field, by which records
 * are matched after the Salesforce ID (heroku-connect-rules §5); accelerated polling is Salesforce
 * notifying Heroku Connect through the Streaming API while the regular polls go on (ibid. §4.3).
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
    return { kind: 'access-changed', object, from, to, detail: `${from} → ${to}`, consequence, care: true };
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
        detail: `${from} → ${to}`,
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
        detail: `${consequences_seconds(from)} → ${consequences_seconds(to)}`,
        consequence: `Heroku Connect polls Salesforce for changes to ${head.object} every ${consequences_seconds(to)} instead of every ${consequences_seconds(from)}.`,
        care: false,
    };
}
function acceleratedPollingChanged(to, head) {
    const regular = head.pollingSeconds === undefined ? '' : `, every ${consequences_seconds(head.pollingSeconds)}`;
    return {
        kind: 'accelerated-polling-changed',
        object: head.object,
        from: !to,
        to,
        detail: to ? 'off → on' : 'on → off',
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
        detail: `${field}: ${to ? 'not unique → unique' : 'unique → not unique'}`,
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
/** 600 → "600 s (10 min)": the file says seconds, people think in minutes. */
function consequences_seconds(value) {
    return value > 0 && value % 60 === 0 ? `${value} s (${value / 60} min)` : `${value} s`;
}

;// CONCATENATED MODULE: ./src/plan/diff.ts


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
            changes.push(mappingRemoved(was));
    for (const [key, is] of after) {
        const was = before.get(key);
        changes.push(...(was === undefined ? [mappingAdded(is)] : compareMapping(was, is)));
    }
    return { changes: changes.sort(byPlace) };
}
const KIND_ORDER = new Map(CHANGE_KINDS.map((kind, i) => [kind, i]));
function byPlace(a, b) {
    return (a.object.toLowerCase().localeCompare(b.object.toLowerCase()) ||
        KIND_ORDER.get(a.kind) - KIND_ORDER.get(b.kind) ||
        (a.field ?? '').toLowerCase().localeCompare((b.field ?? '').toLowerCase()));
}
function compareMapping(was, is) {
    const changes = [];
    if (was.access && is.access && was.access !== is.access)
        changes.push(accessChanged(was.access, is.access, is));
    if (was.upsertField !== undefined && is.upsertField !== undefined && was.upsertField?.toLowerCase() !== is.upsertField?.toLowerCase()) {
        changes.push(upsertFieldChanged(was.upsertField, is.upsertField, is));
    }
    if (was.pollingSeconds !== undefined && is.pollingSeconds !== undefined && was.pollingSeconds !== is.pollingSeconds) {
        changes.push(pollingIntervalChanged(was.pollingSeconds, is.pollingSeconds, is));
    }
    if (was.acceleratedPolling !== undefined && is.acceleratedPolling !== undefined && was.acceleratedPolling !== is.acceleratedPolling) {
        changes.push(acceleratedPollingChanged(is.acceleratedPolling, is));
    }
    if (was.fields && is.fields) {
        for (const [key, name] of was.fields)
            if (!is.fields.has(key))
                changes.push(fieldRemoved(is.object, name));
        for (const [key, name] of is.fields)
            if (!was.fields.has(key))
                changes.push(fieldAdded(is.object, name));
    }
    if (was.indexes && is.indexes) {
        for (const [key, index] of was.indexes)
            if (!is.indexes.has(key))
                changes.push(indexRemoved(is.object, index.name, index.unique));
        for (const [key, index] of is.indexes) {
            const old = was.indexes.get(key);
            if (old === undefined)
                changes.push(indexAdded(is.object, index.name, index.unique));
            else if (old.unique !== undefined && index.unique !== undefined && old.unique !== index.unique) {
                changes.push(indexUniquenessChanged(is.object, index.name, index.unique));
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
    if (!isRecord(document) || !Array.isArray(document.mappings))
        return undefined;
    const mappings = new Map();
    for (const entry of document.mappings) {
        if (!isRecord(entry) || typeof entry.object_name !== 'string' || entry.object_name.trim() === '')
            continue;
        mappings.set(entry.object_name.toLowerCase(), isRecord(entry.config) ? stateOf(entry.object_name, entry.config) : { object: entry.object_name });
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
    if (isRecord(config.fields))
        state.fields = new Map(Object.keys(config.fields).map((name) => [name.toLowerCase(), name]));
    if (isRecord(config.indexes)) {
        state.indexes = new Map(Object.entries(config.indexes).map(([name, index]) => {
            const unique = isRecord(index) && typeof index.unique === 'boolean' ? index.unique : undefined;
            return [name.toLowerCase(), unique === undefined ? { name } : { name, unique }];
        }));
    }
    return state;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/report/budget.ts
/**
 * GitHub refuses a step's summary over 1 MiB, and the lint, the plan and the deploy write theirs in
 * the same step; each gets its own share, and the rest is margin for their fixed lines.
 */
const LINT_SUMMARY_BUDGET_BYTES = 560 * 1024;
const PLAN_SUMMARY_BUDGET_BYTES = 256 * 1024;
const DEPLOY_SUMMARY_BUDGET_BYTES = 160 * 1024;
/** GitHub refuses a comment over 65,536 characters; counted in UTF-8 bytes, which are never fewer. */
const COMMENT_BUDGET_BYTES = 65_000;
/** GitHub caps a step output at 1 MB; the JSON outputs (`plan`, `drift`, `health`) stay under it. */
const OUTPUT_BUDGET_BYTES = 960 * 1024;
/**
 * Untrusted text in one cell (a message quoting a name, a state description) is cut to this many
 * characters, so that no single row can take a whole budget.
 */
const CELL_MAX_CHARS = 1_000;
function bytes(text) {
    return Buffer.byteLength(text);
}
/**
 * The items, most important first, as long as their costs fit in the budget; it stops at the first
 * that does not, so what is left out is always the least important. `cost` is called once per item,
 * in order, and may count a shared overhead (a file's heading) on the first item that needs it.
 */
function takeWhileFits(ranked, budget, cost) {
    const taken = [];
    let used = 0;
    for (const item of ranked) {
        const more = cost(item);
        if (used + more > budget)
            break;
        used += more;
        taken.push(item);
    }
    return { taken, used };
}

;// CONCATENATED MODULE: ./src/plan/render.ts



const PLAN_HEADING = 'Heroku Connect mapping plan';
const KIND_LABEL = {
    'mapping-added': 'mapping added',
    'mapping-removed': 'mapping removed from the file',
    'mapping-deleted': 'mapping deleted',
    'access-changed': 'access',
    'upsert-field-set': 'upsert field set',
    'upsert-field-removed': 'upsert field removed',
    'upsert-field-changed': 'upsert field',
    'polling-interval-changed': 'polling interval',
    'accelerated-polling-changed': 'accelerated polling',
    'field-removed': 'field removed',
    'field-added': 'field added',
    'index-removed': 'index removed',
    'index-added': 'index added',
    'index-uniqueness-changed': 'index uniqueness',
};
const UNREADABLE = {
    base: 'The base version is not a readable mapping document, so nothing was compared.',
    head: 'This version is not a readable mapping document (see the lint findings), so nothing was compared.',
};
/** "field removed: Phone". */
function render_changeLabel(change) {
    return change.detail === '' ? KIND_LABEL[change.kind] : `${KIND_LABEL[change.kind]}: ${change.detail}`;
}
/**
 * The plan in one line: per app for plans against live connections ("staging: 2 changes; production:
 * 3 changes, 1 to review (field removed)"), else in all. `text` escapes an app name for the sink.
 */
function totals(plans, text) {
    if (plans.length > 0 && plans.every((plan) => plan.app !== undefined))
        return plans.map((plan) => appTotals(plan, text)).join('; ');
    const changes = plans.reduce((sum, plan) => sum + plan.changes.length, 0);
    const care = plans.reduce((sum, plan) => sum + plan.changes.filter((change) => change.care).length, 0);
    const files = plans.filter((plan) => plan.changes.length > 0).length;
    return `${changes} change${changes === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}, ${care} to review`;
}
function appTotals(plan, text) {
    const count = plan.changes.length;
    const review = plan.changes.filter((change) => change.care);
    const kinds = [...new Set(review.map((change) => KIND_LABEL[change.kind]))];
    return `${text(plan.app ?? '')}: ${count} change${count === 1 ? '' : 's'}${review.length > 0 ? `, ${review.length} to review (${kinds.join(', ')})` : ''}`;
}
function hasChanges(plans) {
    return plans.some((plan) => plan.changes.length > 0 || plan.unreadable);
}
/** By file (its index: the same plan may be passed twice), the notes and changes kept. */
function keptByFile(taken) {
    const kept = new Map();
    for (const { file, change } of taken) {
        if (!kept.has(file))
            kept.set(file, new Set());
        if (change)
            kept.get(file).add(change);
    }
    return kept;
}
/** Room kept for a file's "N more changes" line and for the closing note. */
const FILE_NOTE_RESERVE = 96;
const CLOSING_NOTE_RESERVE = 256;
/**
 * The plan section of the job summary and the pull request comment: per file, a table of the
 * changes with what import does, ⚠️ on those to review. Every value from the files is escaped.
 * Within the budget it keeps, in this order, the files that could not be compared, the changes to
 * review, the other changes, then the files without changes, and says how many were left out.
 */
function renderPlanMarkdown(plans, budget = PLAN_SUMMARY_BUDGET_BYTES) {
    const lines = [`## ${PLAN_HEADING}`, ''];
    if (!hasChanges(plans))
        return [...lines, 'No changes to the mappings.', ''].join('\n');
    const against = plans.every((plan) => plan.app !== undefined) ? 'the live connection' : 'the base branch';
    lines.push(`What importing the changed files would do, compared with ${against}: ${totals(plans, markdownText)} (⚠️).`, '');
    const unreadable = [];
    const toReview = [];
    const others = [];
    const unchanged = [];
    plans.forEach((plan, file) => {
        if (plan.unreadable)
            unreadable.push({ file, plan });
        else if (plan.changes.length === 0)
            unchanged.push({ file, plan });
        else
            for (const change of plan.changes)
                (change.care ? toReview : others).push({ file, plan, change });
    });
    const rows = new Map();
    const opened = new Set();
    const { taken } = takeWhileFits([...unreadable, ...toReview, ...others, ...unchanged], budget - bytes(lines.join('\n')) - CLOSING_NOTE_RESERVE, ({ file, plan, change }) => {
        let cost = 0;
        if (!opened.has(file)) {
            opened.add(file);
            cost += bytes(`### ${fileTitleMarkdown(plan)}\n\n`) + (change ? TABLE_HEAD.length + FILE_NOTE_RESERVE : bytes(fileNote(plan)));
        }
        if (change) {
            const row = changeRow(change);
            rows.set(change, row);
            cost += bytes(row) + 1;
        }
        return cost;
    });
    const shownChanges = keptByFile(taken);
    let changesLeftOut = 0;
    let filesLeftOut = 0;
    for (const [file, plan] of plans.entries()) {
        const shown = shownChanges.get(file);
        if (!shown) {
            filesLeftOut++;
            changesLeftOut += plan.changes.length;
            continue;
        }
        lines.push(`### ${fileTitleMarkdown(plan)}`, '');
        if (plan.unreadable || plan.changes.length === 0) {
            lines.push(fileNote(plan), '');
            continue;
        }
        lines.push(TABLE_HEAD);
        // In the file's own order: by object, then kind, then field.
        for (const change of plan.changes)
            if (shown.has(change))
                lines.push(rows.get(change));
        lines.push('');
        const more = plan.changes.length - shown.size;
        changesLeftOut += more;
        if (more > 0)
            lines.push(`${more} more change${more === 1 ? '' : 's'} in this file ${more === 1 ? 'does' : 'do'} not fit here.`, '');
    }
    if (changesLeftOut > 0 || filesLeftOut > 0) {
        const files = filesLeftOut > 0 ? ` ${filesLeftOut} file${filesLeftOut === 1 ? ' is' : 's are'} not listed.` : '';
        lines.push(`> ${changesLeftOut} more change${changesLeftOut === 1 ? '' : 's'} (the changes to review come first) do not fit here.${files} \`heroku-connect-action plan\` lists them all.`, '');
    }
    return lines.join('\n');
}
const TABLE_HEAD = '| | Object | Change | What import does |\n|---|---|---|---|';
function fileNote(plan) {
    return plan.unreadable ? UNREADABLE[plan.unreadable] : 'No changes to the mappings in this file.';
}
function changeRow(change) {
    const cell = (text) => markdownText(clip(text, CELL_MAX_CHARS));
    return `| ${change.care ? '⚠️' : ''} | ${cell(change.object)} | ${cell(render_changeLabel(change))} | ${cell(change.consequence)} |`;
}
function fileTitleMarkdown(plan) {
    const code = (path) => `<code>${markdownText(clip(path, CELL_MAX_CHARS))}</code>`;
    if (plan.status === 'renamed')
        return `${code(plan.path)} (renamed from ${code(plan.previousPath ?? '')})`;
    if (plan.status === 'added')
        return `${code(plan.path)} (new file)`;
    if (plan.status === 'removed')
        return `${code(plan.path)} (removed)`;
    return code(plan.path);
}
/**
 * The `plan` output: the plans as JSON, under GitHub's limit for an output. When they do not fit,
 * it keeps the changes to review first, then the others, each file's kept changes in its own
 * order, and the array ends with a marker: `{"truncated": true, "omittedChanges": N, "omittedFiles": M}`.
 */
function renderPlanJson(plans, budget = OUTPUT_BUDGET_BYTES) {
    const whole = JSON.stringify(plans);
    if (bytes(whole) <= budget)
        return whole;
    const marker = (omittedChanges, omittedFiles) => ({ truncated: true, omittedChanges, omittedFiles });
    const items = [];
    plans.forEach((plan, file) => plan.changes.length === 0 && items.push({ file, plan }));
    for (const care of [true, false])
        plans.forEach((plan, file) => plan.changes.forEach((change) => change.care === care && items.push({ file, plan, change })));
    const opened = new Set();
    const room = budget - bytes(JSON.stringify([marker(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)]));
    const { taken } = takeWhileFits(items, room, ({ file, plan, change }) => {
        let cost = 0;
        if (!opened.has(file)) {
            opened.add(file);
            cost += bytes(JSON.stringify({ ...plan, changes: [] })) + 1;
        }
        return cost + (change ? bytes(JSON.stringify(change)) + 1 : 0);
    });
    const kept = keptByFile(taken);
    const output = [];
    let keptChanges = 0;
    for (const [file, plan] of plans.entries()) {
        const changes = kept.get(file);
        if (!changes)
            continue;
        output.push({ ...plan, changes: plan.changes.filter((change) => changes.has(change)) });
        keptChanges += changes.size;
    }
    const allChanges = plans.reduce((sum, plan) => sum + plan.changes.length, 0);
    output.push(marker(allChanges - keptChanges, plans.length - kept.size));
    return JSON.stringify(output);
}
/** The plan for a terminal, colour only when asked; control characters from the files are shown, never sent. */
function renderPlanText(plans, color) {
    // The caller decided about colour; styleText would otherwise decide again from process.stdout.
    const paint = (style, text) => (color ? styleText(style, text, { validateStream: false }) : text);
    if (!hasChanges(plans))
        return 'Plan: no changes to the mappings.\n';
    const lines = [paint('bold', `Plan: ${totals(plans, terminalText)}`)];
    for (const plan of plans) {
        const suffix = plan.status === 'renamed' ? ` (renamed from ${terminalText(plan.previousPath ?? '')})` : plan.status === 'modified' ? '' : ` (${plan.status === 'added' ? 'new file' : 'removed'})`;
        lines.push('', `  ${paint('underline', terminalText(plan.path))}${suffix}`);
        if (plan.unreadable)
            lines.push(`    ${UNREADABLE[plan.unreadable]}`);
        else if (plan.changes.length === 0)
            lines.push('    No changes to the mappings in this file.');
        for (const change of plan.changes) {
            const mark = change.care ? paint('yellow', '⚠') : ' ';
            lines.push(`  ${mark} ${paint('bold', terminalText(change.object))}  ${terminalText(render_changeLabel(change))}`, `      ${paint('dim', terminalText(change.consequence))}`);
        }
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/deploy/prove.ts

/**
 * What the live configuration, exported after the import settled, does not have as the files say:
 * one sentence per difference, naming the object, the field or setting, and what is live instead.
 * The comparison is the plan's, by meaning: key order, `applied_at` and `revision` never count.
 * Live mappings the files do not contain are not the files' concern and are left out.
 */
function liveMismatches(live, files) {
    return planChanges(live, files)
        .changes.filter((change) => change.kind !== 'mapping-removed')
        .map(describeMismatch);
}
/** The change the files would still make to the live side, as what is missing or different there. */
function describeMismatch(change) {
    const { object, field } = change;
    const setting = (name, show = String) => `${object}: ${name} is ${show(change.to)} in the files, but ${show(change.from)} live`;
    switch (change.kind) {
        case 'mapping-added':
            return `${object}: the mapping is not live`;
        case 'field-added':
            return `${object}: field ${field} is not mapped live`;
        case 'field-removed':
            return `${object}: field ${field} is mapped live, but not in the files`;
        case 'index-added':
            return `${object}: the index on ${field} is not live`;
        case 'index-removed':
            return `${object}: the index on ${field} is live, but not in the files`;
        case 'index-uniqueness-changed':
            return `${object}: the index on ${field} is ${change.to ? 'unique' : 'not unique'} in the files, but ${change.to ? 'not unique' : 'unique'} live`;
        case 'access-changed':
            return setting('access');
        case 'upsert-field-set':
        case 'upsert-field-removed':
        case 'upsert-field-changed':
            return setting('upsert_field', (value) => (value === undefined ? 'none' : String(value)));
        case 'polling-interval-changed':
            return setting('sf_polling_seconds');
        case 'accelerated-polling-changed':
            return setting('sf_notify_enabled');
        case 'mapping-removed':
        case 'mapping-deleted':
            return `${object}: ${change.detail}`;
    }
}

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
;// CONCATENATED MODULE: ./src/core/suggest.ts

/** The candidate a typo most likely meant, or undefined when none is close enough to suggest. */
function suggest(input, candidates) {
    if (candidates.length === 0)
        return undefined;
    const lower = input.toLowerCase();
    const caseOnly = candidates.find((c) => c.toLowerCase() === lower);
    if (caseOnly)
        return caseOnly;
    const best = (0,mod/* closest */.kp)(lower, candidates.map((c) => c.toLowerCase()));
    const index = candidates.findIndex((c) => c.toLowerCase() === best);
    return (0,mod/* distance */.Io)(lower, best) <= Math.max(2, Math.floor(input.length / 3)) ? candidates[index] : undefined;
}
function didYouMean(input, candidates) {
    const match = suggest(input, candidates);
    return match ? ` Did you mean "${match}"?` : '';
}

;// CONCATENATED MODULE: ./src/describe/shape.ts


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
    const name = isRecord(raw) ? raw.name : undefined;
    if (typeof name === 'string' && name !== '')
        return name;
    throw new errors_ConfigurationError(`${where}: expected ${what} with a "name", found ${summarize(raw)}.`);
}
/** A short account of a JSON value for a message: its type, and an object's first keys. */
function summarize(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return `an array of ${value.length}`;
    if (!isRecord(value))
        return `a ${typeof value}`;
    const keys = Object.keys(value);
    if (keys.length === 0)
        return 'an empty object';
    const shown = keys.slice(0, 5).map((key) => `"${key}"`).join(', ');
    return `an object with keys ${shown}${keys.length > 5 ? ` and ${keys.length - 5} more` : ''}`;
}

;// CONCATENATED MODULE: ./src/describe/types.ts
/** Describe data by object name, compared case-insensitively as Salesforce does. */
class types_DescribeIndex {
    objects = new Map();
    get size() {
        return this.objects.size;
    }
    /** A later full describe refines an earlier global-describe entry; flags given twice keep the newest. */
    add(object) {
        const key = object.name.toLowerCase();
        const known = this.objects.get(key);
        this.objects.set(key, known ? { ...known, ...definedOnly(object), fields: object.fields ?? known.fields } : object);
    }
    get(name) {
        return this.objects.get(name.toLowerCase());
    }
}
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

;// CONCATENATED MODULE: ./src/describe/load.ts










const IGNORED = ['**/node_modules/**', '**/.git/**'];
const ACCEPTED_SHAPES = 'an sObject describe (GET /services/data/vXX.X/sobjects/{Object}/describe/), ' +
    'a global describe (GET /services/data/vXX.X/sobjects/), ' +
    'the output of "sf sobject describe --sobject {Object} --json", or a JSON array of these';
const SAVE_COMMAND = '"sf sobject describe --sobject {Object} --json > file.json"';
/**
 * Loads describe snapshots named by globs or plain paths relative to `root`. Files are added in
 * pattern order, then path order within a glob, so a later file's flags win (see `DescribeIndex.add`);
 * a file matched twice is read once, where it first appeared. Files are read inside `root` (the
 * workspace), unless `namedMayLeaveRoot` (the CLI, where the user names files on their own machine);
 * globs never follow a symlink, so a search cannot lead out of the folder it searches.
 */
async function loadDescribeFiles(patterns, root, namedMayLeaveRoot = false) {
    const base = (0,external_node_path_.resolve)(root);
    const confinedTo = namedMayLeaveRoot ? null : await (0,promises_.realpath)(base);
    const files = new Map();
    for (const pattern of patterns) {
        for (const file of await filesMatching(pattern, base)) {
            if (!files.has(file))
                files.set(file, shownPath(base, file));
        }
    }
    const documents = await Promise.all([...files].map(([file, shown]) => readDocument(file, shown, confinedTo)));
    const index = new types_DescribeIndex();
    documents.forEach((document) => collect(document.value, document.shown, '', index));
    return index;
}
async function filesMatching(pattern, base) {
    const path = (0,external_node_path_.resolve)(base, pattern);
    // A path that exists is taken literally, so names with glob characters such as "Account[1].json" still load.
    const info = await statOrUndefined(path, pattern);
    if (info?.isFile())
        return [path];
    if (info?.isDirectory()) {
        throw new errors_ConfigurationError(`The describe path "${pattern}" is a directory. To load the describe files in it, use a glob such as "${external_node_path_.posix.join(pattern, '*.json')}".`);
    }
    if (!(0,tinyglobby_dist/* isDynamicPattern */.ey)(pattern))
        throw await notFound(pattern, path, base);
    const found = await (0,tinyglobby_dist/* glob */.TI)(pattern, { cwd: base, absolute: true, expandDirectories: false, ignore: IGNORED, followSymbolicLinks: false });
    if (found.length === 0) {
        throw new errors_ConfigurationError(`The describe pattern "${pattern}" matched no files under ${base} (node_modules and .git are not searched). ` +
            `Check the pattern, or save a describe there first with ${SAVE_COMMAND}.`);
    }
    return found.map((file) => (0,external_node_path_.resolve)(file)).sort();
}
async function statOrUndefined(path, pattern) {
    try {
        return await (0,promises_.stat)(path);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw new errors_ConfigurationError(`The describe path "${pattern}" cannot be read (${code ?? String(error)}).`);
    }
}
async function notFound(pattern, path, base) {
    const siblings = await (0,promises_.readdir)((0,external_node_path_.dirname)(path)).catch(() => undefined);
    const where = `The describe file "${pattern}" does not exist (paths are relative to ${base}).`;
    if (siblings === undefined)
        return new errors_ConfigurationError(`${where} Its folder does not exist either.`);
    const match = suggest((0,external_node_path_.basename)(path), siblings);
    return new errors_ConfigurationError(match ? `${where} Did you mean "${external_node_path_.posix.join(external_node_path_.posix.dirname(pattern), match)}"?` : where);
}
function shownPath(base, file) {
    return (0,external_node_path_.relative)(base, file).split(external_node_path_.sep).join('/');
}
async function readDocument(file, shown, confinedTo) {
    const read = await readConfined(file, confinedTo);
    if (!read.ok)
        throw new errors_ConfigurationError(`The describe file "${shown}" cannot be read: ${read.message}`);
    const { value, problems } = json_parseJson(load_decode(read.bytes, shown));
    // Duplicate keys, which parseJson also reports, do not matter in describe data.
    const syntax = problems.find((problem) => problem.kind !== 'duplicate-key');
    if (syntax) {
        const { line, column } = syntax.range.start;
        throw new errors_ConfigurationError(`${shown}:${line}:${column}: ${syntax.message} A describe file must be the JSON that Salesforce returns; save it again with ${SAVE_COMMAND}.`);
    }
    return { shown, value };
}
/** Windows PowerShell 5 saves `sf ... --json > file` as UTF-16 with a byte-order mark; anything else must be UTF-8. */
function load_decode(bytes, shown) {
    const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
    try {
        return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    }
    catch {
        throw new errors_ConfigurationError(`The describe file "${shown}" is not valid ${encoding.toUpperCase()} text. Save it again with ${SAVE_COMMAND}.`);
    }
}
/** Recognises each value by its shape: `path` locates it inside the file for messages. */
function collect(value, file, path, index) {
    const where = `The describe file "${file}"${path === '' ? '' : ` at ${path}`}`;
    if (Array.isArray(value)) {
        value.forEach((item, i) => collect(item, file, `${path}[${i}]`, index));
    }
    else if (!isRecord(value)) {
        throw unrecognised(where, value);
    }
    else if (isCliOutput(value)) {
        if (value.status !== 0)
            throw cliFailure(value, where);
        collect(value.result, file, path === '' ? 'result' : `${path}.result`, index);
    }
    else if (Array.isArray(value.sobjects)) {
        value.sobjects.forEach((entry, i) => index.add(objectFlags(entry, `${where}, sobjects[${i}]`)));
    }
    else if (isSObjectDescribe(value)) {
        index.add(fullDescribe(value, where));
    }
    else {
        throw unrecognised(where, value);
    }
}
/** `sf ... --json` prints `{status, result, warnings}` on success and `{status, name, message, ...}` on failure. */
function isCliOutput(value) {
    return typeof value.status === 'number' && ('result' in value || typeof value.message === 'string');
}
function cliFailure(output, where) {
    const name = typeof output.name === 'string' ? `, ${output.name}` : '';
    const message = typeof output.message === 'string' ? `"${output.message}"` : 'no message';
    return new errors_ConfigurationError(`${where} is the output of a Salesforce CLI command that failed (status ${String(output.status)}${name}): ${message}. ` +
        `Fix the cause, then save it again with ${SAVE_COMMAND}.`);
}
function unrecognised(where, value) {
    return new errors_ConfigurationError(`${where} is not describe data: found ${summarize(value)}. Accepted: ${ACCEPTED_SHAPES}.`);
}

;// CONCATENATED MODULE: ./src/describe/live.ts






const DEFAULT_API_VERSION = '60.0';
/**
 * Fetches the sObject describe of each named object from the Salesforce REST API. The access token
 * never reaches a message: every log line and thrown message passes through one redaction.
 */
async function fetchDescribes(options) {
    const token = options.accessToken.trim();
    const redact = redactor(token, '[access token]');
    const log = {
        info: (message) => options.log?.info(redact(message)),
        warning: (message) => options.log?.warning(redact(message)),
    };
    try {
        return await fetchAll(settingsFrom(options, token, log), options.objectNames);
    }
    catch (error) {
        throw redactedError(error, redact);
    }
}
function settingsFrom(options, token, log) {
    const base = baseUrl(options.instanceUrl);
    const bearer = checkedCredential(token, 'The Salesforce access token', 'Pass the bare token, without "Bearer ".');
    return {
        base,
        apiVersion: normalizeApiVersion(options.apiVersion ?? DEFAULT_API_VERSION),
        concurrency: whole('concurrency', options.concurrency ?? 4, 1),
        http: new HttpClient({
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
    const url = checkedCredentialUrl(instanceUrl, { name: 'The Salesforce instance URL', credential: 'the access token', hint: `Use the org's URL, ${example}.` });
    if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
        throw new errors_ConfigurationError(`The Salesforce instance URL "${instanceUrl}" has a path; use the org's base URL without one, ${example}.`);
    }
    return url.origin;
}
function normalizeApiVersion(version) {
    const match = /^v?(\d+)(?:\.0)?$/.exec(version.trim());
    if (!match)
        throw new errors_ConfigurationError(`"${version}" is not a Salesforce API version; use one such as ${DEFAULT_API_VERSION}.`);
    return `${match[1]}.0`;
}
function whole(name, value, min) {
    if (!Number.isInteger(value) || value < min)
        throw new errors_ConfigurationError(`${name} must be a whole number of at least ${min}; got ${value}.`);
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
    const index = new types_DescribeIndex();
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
        if (error instanceof RemoteFailure && error.reason === 'redirected') {
            throw new errors_ConfigurationError(`${error.message} Set the instance URL to the org's own URL ("Instance Url" in "sf org display").`);
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
        throw live_refused(described, error);
    throw new RemoteFailure('Salesforce', 'answered', `Salesforce answered the describe of "${name}" with ${described}.`);
}
function live_refused(answer, error) {
    if (error?.errorCode === 'REQUEST_LIMIT_EXCEEDED') {
        return new errors_ConfigurationError(`The org's daily API request limit is used up (${answer}). Try again once it resets, or raise the limit.`);
    }
    return new errors_ConfigurationError(`Salesforce refused the request (${answer}): the access token is invalid, expired or lacks API access. ` +
        'Get a fresh token (for example "sf org display --json"), and check that the user has the "API Enabled" permission.');
}
function parseDescribe(name, body, base) {
    const where = `The describe of "${name}" from ${base}`;
    if (!isRecord(body) || !isSObjectDescribe(body)) {
        throw new errors_ConfigurationError(`${where} is not an sObject describe; check that the instance URL is the org's Salesforce URL.`);
    }
    return fullDescribe(body, where);
}
/** Salesforce error bodies are `[{"errorCode": "...", "message": "..."}]`. */
function salesforceError(body) {
    const first = Array.isArray(body) ? body[0] : undefined;
    if (!isRecord(first) || typeof first.errorCode !== 'string')
        return undefined;
    return typeof first.message === 'string' ? { errorCode: first.errorCode, message: first.message } : { errorCode: first.errorCode };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/lint/discover.ts







const MAPPING_EXTENSIONS = '{json,yml,yaml}';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
/** A file that fails to read is reported when its name says it is meant as a mapping file. */
const MAPPING_NAME = /connect|mapping/i;
/**
 * Resolves the `files` input: newline-separated globs, `!` to exclude. A path named without glob
 * characters is always linted (a non-mapping file then gets findings saying why); files a search
 * finds are linted when they look like mapping files, and reported when they cannot be read but
 * could be one. Searches never follow a symlinked folder, nor read through a link out of the root.
 */
async function discover(scope, patterns) {
    const root = external_node_path_default().resolve(scope.root);
    const realRoot = await (0,promises_.realpath)(root);
    const positive = patterns.filter((p) => !p.startsWith('!'));
    const isIgnored = picomatch_default()([...ALWAYS_IGNORED, ...patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1))], { dot: true });
    const searches = positive.length > 0 ? positive : [`**/*.${MAPPING_EXTENSIONS}`];
    const found = new Map();
    const unmatched = [];
    const add = (target) => {
        if (!found.has(target.absolutePath))
            found.set(target.absolutePath, target);
    };
    for (const pattern of searches) {
        const named = external_node_path_default().resolve(root, pattern);
        if (!(0,tinyglobby_dist/* isDynamicPattern */.ey)(pattern) && !(await isDirectory(named))) {
            add(await readTarget({ file: shown(root, named), absolutePath: named, confinedTo: scope.namedMayLeaveRoot ? null : realRoot }));
            continue;
        }
        const search = (0,tinyglobby_dist/* isDynamicPattern */.ey)(pattern) ? pattern : `${pattern.replace(/\/+$/, '')}/**/*.${MAPPING_EXTENSIONS}`;
        const { base, glob } = picomatch_default().scan(search);
        const baseDir = external_node_path_default().resolve(root, base);
        if (!scope.namedMayLeaveRoot && !isInside(baseDir, root)) {
            throw new errors_ConfigurationError(`The files pattern "${pattern}" searches outside the workspace (${root}); patterns are relative to the workspace and stay inside it.`);
        }
        const realBase = await (0,promises_.realpath)(baseDir).catch(() => undefined);
        if (realBase === undefined) {
            if (positive.length > 0)
                unmatched.push(pattern);
            continue;
        }
        const confinedTo = isInside(realBase, realRoot) ? realRoot : scope.namedMayLeaveRoot ? realBase : undefined;
        if (confinedTo === undefined) {
            // A committed link where the searched folder should be: said, never followed.
            const refused = await readTarget({ file: shown(root, baseDir), absolutePath: baseDir, confinedTo: realRoot });
            add(refused);
            continue;
        }
        let matched = 0;
        const paths = (await walk(realBase, glob, (relativeToBase) => isIgnored(shown(root, external_node_path_default().join(baseDir, relativeToBase))))).map((relative) => external_node_path_default().join(baseDir, relative));
        const targets = await readAll(paths.filter((absolutePath) => !found.has(absolutePath)), (absolutePath) => searchedTarget({ file: shown(root, absolutePath), absolutePath, confinedTo }));
        for (const target of targets) {
            if (!target)
                continue;
            add(target);
            matched++;
        }
        if (matched === 0 && positive.length > 0)
            unmatched.push(pattern);
    }
    return { targets: [...found.values()], unmatched, searched: searches };
}
/** Files read at once: the reads overlap each other and the decoding, without holding many files open. */
const READS_AT_ONCE = 8;
/** `read` of every path, in order, a few at a time. */
async function readAll(paths, read) {
    const results = new Array(paths.length);
    let next = 0;
    const reader = async () => {
        while (next < paths.length) {
            const index = next++;
            results[index] = await read(paths[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(READS_AT_ONCE, paths.length) }, reader));
    return results;
}
/** Reads a file once, as the lint will see it. */
async function readTarget(ref) {
    return readTargetFrom(ref, await readConfined(ref.absolutePath, ref.confinedTo));
}
/** A target from what was read already, such as standard input. */
function readTargetFrom(ref, read) {
    return { ...ref, source: read.ok ? decode(read.bytes, formatOf(ref.file)) : failedRead('unreadable', read.message) };
}
/**
 * A file a search found: linted when its text looks like a mapping file; when it cannot be read or
 * decoded, reported when its name or its first bytes say it could be one, so it never passes in silence.
 */
async function searchedTarget(ref) {
    const read = await readConfined(ref.absolutePath, ref.confinedTo);
    if (read.ok) {
        const source = decode(read.bytes, formatOf(ref.file));
        if (source.ok)
            return looksLikeMappingText(source.text) ? { ...ref, source } : undefined;
        return couldBeMappingFile(ref.file, read.bytes) ? { ...ref, source } : undefined;
    }
    return couldBeMappingFile(ref.file, read.head) ? { ...ref, source: failedRead('unreadable', read.message) } : undefined;
}
/**
 * A mapping file has a top-level `mappings` list and mappings with `object_name`. Told from the text
 * without parsing it, so the engine's parse is the only one; a false match gets findings saying why.
 */
function looksLikeMappingText(text) {
    const mappingsList = /"mappings"\s*:\s*\[/.test(text) || /^["']?mappings["']?[ \t]*:/m.test(text);
    return mappingsList && /["']?object_name["']?\s*:/.test(text);
}
/** By name, or by its first bytes read leniently (UTF-8 or UTF-16) mentioning a mapping file's keys. */
function couldBeMappingFile(file, head) {
    if (MAPPING_NAME.test(external_node_path_default().posix.basename(file)))
        return true;
    if (head === undefined)
        return false;
    const start = head.subarray(0, PEEK_BYTES);
    const text = new TextDecoder(utf16Encoding(start) ?? 'utf-8').decode(start);
    return text.includes('mappings') || text.includes('object_name');
}
/**
 * Every entry under `base` that `glob` matches, relative to base: files, and links and special files
 * too (the read refuses them with a reason). Folders are entered only when they are real folders,
 * never through a link, so a link to / or /proc cannot make the walk endless; iterative, so no depth
 * can overflow the stack.
 */
async function walk(base, glob, isIgnored) {
    const isMatch = picomatch_default()(glob, { dot: false });
    // Without "**" a glob cannot match deeper than its own segments.
    const maxDepth = glob.includes('**') ? Infinity : glob.split('/').length;
    const entersHidden = /(^|\/)\./.test(glob);
    const matches = [];
    const folders = [{ relative: '', depth: 0 }];
    while (folders.length > 0) {
        const folder = folders.pop();
        const entries = await (0,promises_.readdir)(external_node_path_default().join(base, folder.relative), { withFileTypes: true }).catch(() => []);
        for (const entry of entries) {
            const relative = folder.relative === '' ? entry.name : `${folder.relative}/${entry.name}`;
            if (isIgnored(relative))
                continue;
            if (entry.isDirectory()) {
                if (folder.depth + 1 < maxDepth && (entersHidden || !entry.name.startsWith('.')))
                    folders.push({ relative, depth: folder.depth + 1 });
            }
            else if (isMatch(relative)) {
                matches.push(relative);
            }
        }
    }
    return matches.sort();
}
function shown(root, absolutePath) {
    return external_node_path_default().relative(root, absolutePath).split((external_node_path_default()).sep).join('/');
}
async function isDirectory(absolutePath) {
    return (0,promises_.stat)(absolutePath).then((info) => info.isDirectory(), () => false);
}

;// CONCATENATED MODULE: ./src/catalog/kind.ts
/**
 * Standard platform events, which have no `__e` suffix: Salesforce's "Standard Platform Event Object
 * List" (https://developer.salesforce.com/docs/platform/platform-events/guide/platform-events-objects-list.html)
 * and "Real-Time Event Monitoring Objects"
 * (https://developer.salesforce.com/docs/atlas.en-us.platform_events.meta/platform_events/platform_events_objects_monitoring.htm).
 * Only the events: their storage objects (LoginEvent, ApiEvent, FileEventStore, ...) are queryable and are not listed.
 * The older monitoring events are all named ...EventStream and are matched by that suffix.
 */
const STANDARD_PLATFORM_EVENTS = new Set([
    'BatchApexErrorEvent', 'AssetTokenEvent', 'PlatformStatusAlertEvent', 'FlowExecutionErrorEvent', 'ProcessExceptionEvent',
    'RemoteKeyCalloutEvent', 'CommerceDiagnosticEvent', 'ConsentEvent', 'AIPredictionEvent', 'OrderSummaryCreatedEvent',
    'OrderSumStatusChangedEvent', 'FOStatusChangedEvent',
    // Real-Time Event Monitoring events named after API version 46.0 (their storage objects end in EventStore).
    'ApiAnomalyEvent', 'BulkApiResultEvent', 'ConcurLongRunApexErrEvent', 'CredentialStuffingEvent', 'FileEvent',
    'PermissionSetEvent', 'ReportAnomalyEvent', 'SessionHijackingEvent', 'MobileEmailEvent', 'MobileEnforcedPolicyEvent',
    'MobileScreenshotEvent', 'MobileTelephonyEvent',
].map((name) => name.toLowerCase()));
/** What an API name's suffix says about the object (Salesforce naming conventions; see docs/rules.md). */
function kindOf(objectName) {
    const name = objectName.toLowerCase();
    if (name.endsWith('__b'))
        return 'big-object';
    if (name.endsWith('__e'))
        return 'platform-event';
    if (!name.includes('__') && (name.endsWith('eventstream') || STANDARD_PLATFORM_EVENTS.has(name)))
        return 'platform-event';
    if (name.endsWith('changeevent'))
        return 'change-event';
    if (name.endsWith('__x'))
        return 'external-object';
    if (name.endsWith('__mdt'))
        return 'custom-metadata';
    if (name.endsWith('__kav') || name === 'knowledgearticleversion')
        return 'knowledge-article';
    if (name.endsWith('__history') || (!name.includes('__') && name.endsWith('history')))
        return 'history';
    if (name.endsWith('__share') || (!name.includes('__') && name.endsWith('share')))
        return 'share';
    if (name.endsWith('__feed') || (!name.includes('__') && name.endsWith('feed')))
        return 'feed';
    if (name.endsWith('__c'))
        return 'custom';
    return 'standard';
}

;// CONCATENATED MODULE: ./src/catalog/objects.ts
/** Standard objects in PushTopic queries (Salesforce Streaming API "Supported PushTopic Queries"). */
const PUSH_TOPIC_OBJECTS = new Set([
    'Account', 'Campaign', 'Case', 'Contact', 'ContractLineItem', 'Entitlement', 'Lead', 'LiveChatTranscript',
    'MessagingSession', 'Opportunity', 'Quote', 'QuoteLineItem', 'ServiceAppointment', 'ServiceContract', 'Task',
    'UserServicePresence', 'WorkOrder', 'WorkOrderLineItem',
]);
/** §8: queryable with a plain SOQL poll on SystemModstamp (ESTUARY lists them with cursor SystemModstamp). */
const POLLED_ON_SYSTEM_MODSTAMP = [
    [
        'Account', 'Contact', 'Lead', 'Opportunity', 'Case', 'Campaign', 'CampaignMember', 'Task', 'Event', 'User',
        'Product2', 'Pricebook2', 'PricebookEntry', 'Order', 'OrderItem', 'Contract', 'Asset', 'Quote', 'QuoteLineItem',
        'Note', 'Attachment', 'ContentVersion', 'ContentDocument', 'RecordType', 'Group', 'UserRole', 'Profile',
        'AccountContactRelation', 'OpportunityLineItem', 'OpportunityContactRole', 'CaseComment', 'EmailMessage',
        'Individual', 'Entitlement', 'WorkOrder', 'ServiceAppointment', 'AccountTeamMember', 'Solution', 'BusinessHours',
        'Organization', 'AcceptedEventRelation',
        // Beyond the §8 table, same source (ESTUARY supported_standard_objects.py, cursor SystemModstamp).
        'LiveChatTranscript', 'MessagingSession', 'OpportunityTeamMember', 'OpportunityCompetitor', 'OpportunityPartner',
        'PermissionSet', 'PermissionSetAssignment', 'ProcessInstance', 'LeadStatus', 'Location',
    ],
    { queryable: true, timestampField: 'SystemModstamp' },
];
/**
 * §8 and §1.4/§1.6: field history objects have no SystemModstamp (ESTUARY cursor CreatedDate) and
 * their supported calls do not include update() (object reference, StandardObjectNameHistory).
 */
const FIELD_HISTORY = [
    ['LeadHistory', 'AccountHistory', 'CaseHistory', 'ContactHistory', 'OpportunityFieldHistory'],
    { queryable: true, updateable: false, timestampField: 'CreatedDate' },
];
/**
 * Named like history objects but polled otherwise, so the name-based guess (CreatedDate) must not
 * apply: OpportunityHistory has SystemModstamp (ESTUARY cursor SystemModstamp) and no update()
 * (object reference, OpportunityHistory supported calls); LoginHistory is polled on LoginTime
 * (§1.4: TAP and AIRBYTE replication keys; ESTUARY cursor LoginTime).
 */
const HISTORY_NAMED_EXCEPTIONS = [
    [['OpportunityHistory'], { queryable: true, updateable: false, timestampField: 'SystemModstamp' }],
    [['LoginHistory'], { timestampField: 'LoginTime' }],
];
/** §8: update() is among the supported calls in the object reference. */
const UPDATEABLE = [['ContentDocument', 'ContentDocumentLink', 'Profile'], { updateable: true }];
/**
 * Objects Salesforce lets you query only with an object-specific filter, which Connect's poll does
 * not have. Heroku's BAD_CONFIG list (Dev Center "Mapping Configuration Options", seed 002) names
 * CollaborationGroupRecord, ContentDocumentLink, ContentFolderItem, ContentFolderMember,
 * FeedPollVote, IdeaComment, KnowledgeArticleVersion and Vote; §1.2 adds ContentHubItem
 * (SF-SOQL-LIM), TAP's QUERY_RESTRICTED list, ESTUARY's filter-only objects, and §2 the child-only
 * FeedItem and FeedRevision.
 */
const FILTER_REQUIRED = [
    [
        'CollaborationGroupRecord', 'ContentDocumentLink', 'ContentFolderItem', 'ContentFolderMember', 'FeedPollVote',
        'IdeaComment', 'KnowledgeArticleVersion', 'Vote', 'ContentHubItem',
        'Announcement', 'FieldDefinition', 'PlatformAction', 'UserEntityAccess', 'RelationshipInfo', 'SearchLayout',
        'SiteDetail', 'EntityParticle', 'OwnerChangeOptionInfo', 'DataStatistics', 'UserFieldAccess', 'PicklistValueInfo',
        'RelationshipDomain', 'FlexQueueItem', 'NetworkUserHistoryRecent', 'FieldHistoryArchive', 'RecordActionHistory',
        'FlowVersionView', 'FlowVariableView', 'AppTabMember', 'ColorDefinition', 'DatacloudDandBCompany',
        'DatacloudAddress', 'FlowTestView', 'RelatedListColumnDefinition', 'RelatedListDefinition', 'ApexTypeImplementor',
        'IconDefinition',
        'ActivityFieldHistory', 'OmniRoutingEventStore',
        'FeedItem', 'FeedRevision',
    ],
    { queryable: 'filter' },
];
/** §1.2/§2: no SOQL query at all ("entity type ... does not support query"; TAP QUERY_INCOMPATIBLE list). */
const QUERY_INCOMPATIBLE = [
    [
        'DataType', 'ListViewChartInstance', 'FeedLike', 'OutgoingEmail', 'OutgoingEmailRelation', 'FeedSignal',
        'ActivityHistory', 'EmailStatus', 'UserRecordAccess', 'Name', 'AggregateResult', 'OpenActivity',
        'ProcessInstanceHistory', 'OwnedContentDocument', 'FolderedContentDocument', 'FeedTrackedChange',
        'CombinedAttachment', 'AttachedContentDocument', 'ContentBody', 'NoteAndAttachment', 'LookedUpFromActivity',
        'AttachedContentNote', 'QuoteTemplateRichTextData',
    ],
    { queryable: false },
];
/** §1.6 (object reference v226/v238): KnowledgeArticleVersion supports no update(); writes go through the __kav object. */
const NOT_UPDATEABLE = [['KnowledgeArticleVersion'], { updateable: false }];
/**
 * §2: the Bulk API cannot page these. Heroku states it for LeadHistory and Attachment (DC-MCO:
 * more than 20,000 changed records cannot be retrieved); TAP, AIRBYTE and ESTUARY list the rest as
 * not supported by the Bulk API.
 */
const BULK_LIMITED = [
    [
        'LeadHistory', 'Attachment',
        'AcceptedEventRelation', 'DeclinedEventRelation', 'UndecidedEventRelation', 'CaseStatus', 'ContractStatus',
        'OrderStatus', 'PartnerRole', 'SolutionStatus', 'TaskPriority', 'TaskStatus', 'ServiceAppointmentStatus',
        'WorkOrderStatus', 'WorkOrderLineItemStatus', 'WorkStepStatus', 'ShiftStatus', 'FieldSecurityClassification',
        'RecentlyViewed', 'EventWhoRelation', 'TaskWhoRelation',
    ],
    { bulkLimited: true },
];
/** §2 (DC-MCO, DC-DASH): archived Tasks and Events are invisible to the Bulk API, so Connect never syncs them. */
const ARCHIVABLE = [['Task', 'Event'], { archivable: true }];
/**
 * §3: field types Connect cannot give a column. base64: Attachment.Body (DC-MCO), the blob fields of
 * Document, ContentVersion and ContentNote (REST API "Get Blob Data", UI API "Upload Binary Files")
 * and StaticResource.Body (object reference). address: the standard compound address fields
 * (object reference "Address Compound Fields"; §3 DDL shows only the components get columns).
 * Account's four addresses include the person-account ones, PersonMailingAddress and
 * PersonOtherAddress (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/compound_fields_address.htm).
 * The Field Service objects each document "Address, Type address" in the object reference:
 * https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-workorderlineitem.html,
 * .../object-resourceabsence.html, .../object-serviceterritory.html, .../object-serviceterritorymember.html,
 * and ContactPointAddress (.../object-contactpointaddress.html).
 */
const FIELD_TYPES = {
    Attachment: { Body: 'base64' },
    Document: { Body: 'base64' },
    ContentVersion: { VersionData: 'base64' },
    ContentNote: { Content: 'base64' },
    StaticResource: { Body: 'base64' },
    Account: { BillingAddress: 'address', ShippingAddress: 'address', PersonMailingAddress: 'address', PersonOtherAddress: 'address' },
    Contact: { MailingAddress: 'address', OtherAddress: 'address' },
    Lead: { Address: 'address' },
    User: { Address: 'address' },
    Organization: { Address: 'address' },
    Contract: { BillingAddress: 'address', ShippingAddress: 'address' },
    Order: { BillingAddress: 'address', ShippingAddress: 'address' },
    Quote: { BillingAddress: 'address', ShippingAddress: 'address', QuoteToAddress: 'address', AdditionalAddress: 'address' },
    ServiceAppointment: { Address: 'address' },
    WorkOrder: { Address: 'address' },
    WorkOrderLineItem: { Address: 'address' },
    ServiceTerritory: { Address: 'address' },
    ServiceTerritoryMember: { Address: 'address' },
    ResourceAbsence: { Address: 'address' },
    ContactPointAddress: { Address: 'address' },
};
const STANDARD_OBJECTS = buildCatalog([
    POLLED_ON_SYSTEM_MODSTAMP, FIELD_HISTORY, ...HISTORY_NAMED_EXCEPTIONS, UPDATEABLE, FILTER_REQUIRED, QUERY_INCOMPATIBLE,
    NOT_UPDATEABLE, BULK_LIMITED, ARCHIVABLE,
], FIELD_TYPES);
function buildCatalog(groups, fieldTypes) {
    const catalog = {};
    for (const [names, fact] of groups) {
        for (const name of names) {
            const entry = (catalog[name] ??= {});
            for (const [key, value] of Object.entries(fact)) {
                // Two sources contradicting each other would make the catalog's answer depend on group order.
                if (entry[key] !== undefined && entry[key] !== value)
                    throw new Error(`Catalog conflict for ${name}.${key}.`);
                Object.assign(entry, { [key]: value });
            }
        }
    }
    for (const [name, fields] of Object.entries(fieldTypes))
        (catalog[name] ??= {}).fields = fields;
    return catalog;
}

;// CONCATENATED MODULE: ./src/catalog/resolve.ts


const catalogByLowerName = new Map(Object.entries(STANDARD_OBJECTS).map(([name, entry]) => [name.toLowerCase(), { name, entry }]));
const pushTopicLower = new Set([...PUSH_TOPIC_OBJECTS].map((name) => name.toLowerCase()));
/** Polling timestamps in the order Connect (and other Salesforce replicators) prefer them. */
const TIMESTAMP_FIELDS = ['SystemModstamp', 'LastModifiedDate', 'CreatedDate'];
/**
 * What is known about an object: first from its name's suffix, then from the built-in catalog,
 * then from describe data, each overriding the one before.
 */
function factsFor(objectName, describe) {
    const kind = kindOf(objectName);
    const catalogued = catalogByLowerName.get(objectName.toLowerCase());
    const facts = {
        name: objectName,
        kind,
        ...factsFromName(objectName, kind),
        ...(catalogued && factsFromCatalog(catalogued.entry)),
        fields: catalogued ? catalogFields(catalogued.entry) : NO_FIELDS,
        fieldsComplete: false,
        origin: catalogued ? 'catalog' : 'name',
    };
    return describe ? withDescribe(facts, describe) : facts;
}
const NO_FIELDS = new Map();
const fieldsOfEntry = new WeakMap();
/** Built once per catalog entry: a lint of many mappings of one object shares it. */
function catalogFields(entry) {
    let fields = fieldsOfEntry.get(entry);
    if (!fields) {
        fields = entry.fields ? new Map(Object.entries(entry.fields).map(([name, type]) => [name, { name, type }])) : NO_FIELDS;
        fieldsOfEntry.set(entry, fields);
    }
    return fields;
}
function factsFromName(objectName, kind) {
    switch (kind) {
        case 'custom':
            // Every custom object has Id and SystemModstamp, can be updated, and is PushTopic-eligible.
            return { queryable: true, updateable: true, timestampField: 'SystemModstamp', streaming: true, hasId: true };
        case 'standard':
            return { streaming: pushTopicLower.has(objectName.toLowerCase()) };
        case 'history':
            // History objects have no SystemModstamp, and their supported calls do not include update().
            return { updateable: false, timestampField: 'CreatedDate', streaming: false };
        default:
            return { streaming: false };
    }
}
function factsFromCatalog(entry) {
    const { fields: _fields, ...facts } = entry;
    return facts;
}
function withDescribe(facts, describe) {
    const merged = { ...facts, origin: 'describe', describe };
    if (describe.queryable !== undefined)
        merged.queryable = describe.queryable ? (facts.queryable === 'filter' ? 'filter' : true) : false;
    if (describe.updateable !== undefined)
        merged.updateable = describe.updateable;
    if (describe.createable !== undefined)
        merged.createable = describe.createable;
    if (describe.fields) {
        const byName = new Map(describe.fields.map((field) => [field.name, field]));
        merged.fields = byName;
        merged.fieldsComplete = true;
        merged.hasId = byName.has('Id');
        // Connect polls SystemModstamp wherever it exists; otherwise a field the catalog names (LoginHistory's
        // LoginTime) comes before the generic fallbacks, as long as the describe confirms it.
        const [preferred, ...fallbacks] = TIMESTAMP_FIELDS;
        merged.timestampField = [preferred, facts.timestampField, ...fallbacks].find((name) => name !== undefined && byName.has(name));
    }
    return merged;
}

;// CONCATENATED MODULE: ./src/rules/api-name.ts

/**
 * The suffixes Salesforce puts after the last double underscore (compared without case): custom
 * objects and fields, relationships, events, external, big and metadata objects, knowledge,
 * compound field components, person-account fields, and the generated share, history, feed,
 * change-event, tag and sharing objects.
 */
const SUFFIXES = ['c', 'r', 'e', 'x', 'b', 's', 'mdt', 'kav', 'ka', 'pc', 'pr', 'hd', 'hqr', 'chn', 'tag', 'share', 'history', 'feed', 'changeevent', 'xo', 'dlm', 'dll'];
/** One segment: letters, digits and single underscores, starting with a letter, not ending with an underscore. */
const SEGMENT = '[a-z][a-z0-9]*(?:_[a-z0-9]+)*';
/**
 * Salesforce API names: segments joined by double underscores (a namespace prefix, the name,
 * relationship parts), the last of several being a known suffix, as in
 * `ns__Project__r__External_Id__c`. A segment cannot contain "__", so matching never backtracks
 * more than once per segment.
 */
const API_NAME = new RegExp(`^${SEGMENT}(?:(?:__${SEGMENT})*__(?:${SUFFIXES.join('|')}))?$`, 'i');
/** Far above Salesforce's own limits (40 characters a name, plus a namespace and suffixes). */
const MAX_LENGTH = 255;
/** Names already found valid: a large export repeats the same field names in every mapping. */
const validNames = new Set();
const MAX_REMEMBERED = 20_000;
function isValidApiName(name) {
    if (validNames.has(name))
        return true;
    if (name.length > MAX_LENGTH || !API_NAME.test(name))
        return false;
    if (validNames.size >= MAX_REMEMBERED)
        validNames.clear();
    validNames.add(name);
    return true;
}
const fieldNamesOf = new WeakMap();
/**
 * A fields object's keys and whether all are valid API names, read once for the engine and
 * invalid-api-name alike: on a large export that is one walk of every field name instead of two.
 */
function fieldNames(fields) {
    let known = fieldNamesOf.get(fields);
    if (!known) {
        const names = Object.keys(fields);
        known = { names, allValid: names.every(isValidApiName) };
        fieldNamesOf.set(fields, known);
    }
    return known;
}
/** What is wrong with a name that is not a valid API name, for a message; undefined when it is valid. */
function apiNameProblem(name) {
    if (isValidApiName(name))
        return undefined;
    if (name.length > MAX_LENGTH)
        return `it is ${name.length.toLocaleString('en-US')} characters long, far over Salesforce's limit of 40 characters for a name`;
    const bad = /[^A-Za-z0-9_]/.exec(name);
    if (bad)
        return `it contains ${describeCharacter(name.codePointAt(bad.index))}`;
    if (/^[0-9]/.test(name))
        return 'it starts with a digit';
    if (name.startsWith('_'))
        return 'it starts with an underscore';
    if (name.endsWith('_'))
        return 'it ends with an underscore';
    if (name.includes('___'))
        return 'it has three or more underscores in a row';
    if (/__[0-9]/.test(name))
        return 'a part after a double underscore starts with a digit';
    return `it ends in "__${excerpt(name.slice(name.lastIndexOf('__') + 2), 20)}", which is not a Salesforce suffix (such as __c for a custom object or field)`;
}
function describeCharacter(code) {
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029)
        return `a line break (${hex})`;
    if (code === 0x1b)
        return `an escape character (${hex}), which terminals read as a command`;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
        return `a control character (${hex})`;
    if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f || code === 0x061c) {
        return `an invisible text-direction mark (${hex}), which makes text display in another order than it reads`;
    }
    if (code === 0x20)
        return 'a space';
    if (code > 0x20 && code < 0x7f)
        return `the character "${String.fromCharCode(code)}"`;
    return `the character ${hex}, which is not an ASCII letter or digit`;
}

;// CONCATENATED MODULE: ./src/rules/support.ts
/** Where rules about the field list point: the `fields` key, or object_name when there is no field list. */
function fieldsLocation(mapping) {
    return mapping.fields ? { path: [...mapping.path, 'config', 'fields'], at: 'key' } : { path: [...mapping.path, 'object_name'] };
}
/** Where object-level rules point: the object_name value. */
function objectLocation(mapping) {
    return { path: [...mapping.path, 'object_name'] };
}
function fieldLocation(mapping, field) {
    return { path: [...mapping.path, 'config', 'fields', field], at: 'key' };
}
function indexLocation(mapping, field) {
    return { path: [...mapping.path, 'config', 'indexes', field], at: 'key' };
}
function configLocation(mapping, key) {
    return { path: [...mapping.path, 'config', key] };
}
/**
 * Kinds whose own rule rejects the object outright (big-object, platform-event, unsupported-object,
 * implementation-restriction). Rules about how an object is queried stay silent on them, so one
 * cause gives one finding.
 */
const KINDS_WITH_OWN_RULE = new Set([
    'big-object', 'platform-event', 'change-event', 'custom-metadata', 'external-object', 'knowledge-article',
]);
function rejectedByKind(facts) {
    return KINDS_WITH_OWN_RULE.has(facts.kind);
}
// Salesforce API names compare without regard to case (as SOQL does), so every lookup below does too.
// The indexes are cached per mapping and per facts object: several rules ask about the same ones.
// Exact names are tried first: a clean file almost always spells them as the rules do, and the
// lower-cased sets are built (once per mapping, cached) only when a name is not found as written.
const mappedNames = new WeakMap();
const describedNames = new WeakMap();
function lowerCased(names) {
    return new Set(names.map((name) => name.toLowerCase()));
}
function namesOf(mapping) {
    let names = mappedNames.get(mapping);
    if (!names) {
        names = { fields: lowerCased(mapping.fields ?? []), indexes: lowerCased(Object.keys(mapping.indexes ?? {})) };
        mappedNames.set(mapping, names);
    }
    return names;
}
function isMapped(mapping, field) {
    return hasKey(mapping.config?.fields, field) || namesOf(mapping).fields.has(field.toLowerCase());
}
function isIndexed(mapping, field) {
    return hasKey(mapping.indexes, field) || namesOf(mapping).indexes.has(field.toLowerCase());
}
/**
 * Whether two mapped fields differ only in case. Every field of every mapping passes through here,
 * so it sorts case-folded hashes in one reused buffer (nothing allocated per field) and lower-cases
 * names only when two hashes match.
 */
function hasCaseCollision(mapping) {
    const fields = mapping.fields ?? [];
    if (hashBuffer.length < fields.length)
        hashBuffer = new Int32Array(fields.length * 2);
    for (let i = 0; i < fields.length; i++)
        hashBuffer[i] = caseFoldedHash(fields[i]);
    const hashes = hashBuffer.subarray(0, fields.length).sort();
    for (let i = 1; i < hashes.length; i++) {
        if (hashes[i] === hashes[i - 1])
            return new Set(fields.map((field) => field.toLowerCase())).size < fields.length;
    }
    return false;
}
let hashBuffer = new Int32Array(256);
/** Over the last characters only: names of one object differ mostly at their end, and a match is checked in full. */
function caseFoldedHash(text) {
    let hash = text.length;
    for (let i = Math.max(0, text.length - 8); i < text.length; i++) {
        const code = text.charCodeAt(i);
        hash = (Math.imul(hash, 31) + (code >= 65 && code <= 90 ? code + 32 : code)) | 0;
    }
    return hash;
}
function hasKey(object, key) {
    return typeof object === 'object' && object !== null && Object.hasOwn(object, key);
}
function describedOf(facts) {
    let described = describedNames.get(facts.fields);
    if (!described) {
        const byName = new Map();
        const byRelationship = new Map();
        for (const field of facts.fields.values()) {
            byName.set(field.name.toLowerCase(), field);
            if (isReference(field) && typeof field.relationshipName === 'string')
                byRelationship.set(field.relationshipName.toLowerCase(), field);
        }
        described = { byName, byRelationship };
        describedNames.set(facts.fields, described);
    }
    return described;
}
/** What the catalog or the describe data says about a field, if anything. */
function knownField(facts, field) {
    if (facts.fields.size === 0)
        return undefined;
    return facts.fields.get(field) ?? describedOf(facts).byName.get(field.toLowerCase());
}
function isReference(field) {
    return field.type === 'reference' || (field.referenceTo?.length ?? 0) > 0;
}
function unmappableType(field) {
    const type = field?.type?.toLowerCase();
    return type === 'base64' || type === 'address' || type === 'location' ? type : undefined;
}
/**
 * The mapped fields that are relationship external-ID fields (Heroku Dev Center "Writing data to
 * Salesforce", relationship external IDs), with their lookup fields. `<prefix>__r__<ExtId>` is
 * certain without describe data, since a field's own name cannot contain `__r__`; the standard form
 * `<RelationshipName>__<ExtId>` is told apart from a namespaced field only by describe data.
 */
function relationships(mapping) {
    let found = relationshipsOf.get(mapping);
    if (!found) {
        found = [];
        const fields = mapping.fields ?? [];
        // Without describe data only the "__r__" form counts: one search over all the names says whether
        // any has it, where a search per field would cost more than every other rule on a large file.
        const candidates = mapping.facts.fieldsComplete || /__r__/i.test(fields.join('\n')) ? fields : [];
        for (const field of candidates) {
            // Both relationship forms contain "__"; most standard field names do not, and are skipped cheaply.
            if (!field.includes('__'))
                continue;
            const lookup = lookupOf(mapping.facts, field);
            if (lookup !== undefined)
                found.push({ field, lookup });
        }
        relationshipsOf.set(mapping, found);
    }
    return found;
}
const relationshipsOf = new WeakMap();
/** The lookup a `<prefix>__r__<ExtId>` field names (`<prefix>__c`), by its form alone. */
function customLookupOf(field) {
    const marker = field.search(/__r__/i);
    return marker > 0 && marker + '__r__'.length < field.length ? `${field.slice(0, marker)}__c` : undefined;
}
function lookupOf(facts, field) {
    const custom = customLookupOf(field);
    if (custom !== undefined) {
        if (!facts.fieldsComplete)
            return custom;
        const described = knownField(facts, custom);
        return described && isReference(described) ? described.name : undefined;
    }
    if (!facts.fieldsComplete || knownField(facts, field))
        return undefined;
    const lower = field.toLowerCase();
    const separator = lower.indexOf('__');
    if (separator <= 0 || separator + 2 >= field.length)
        return undefined;
    return describedOf(facts).byRelationship.get(lower.slice(0, separator))?.name;
}
/** "A, B and C" */
function listOf(names) {
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

;// CONCATENATED MODULE: ./src/rules/accelerated-polling.ts

const acceleratedPolling = {
    id: 'accelerated-polling',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: '`sf_notify_enabled: true` on an object the Streaming API does not support: custom objects (`__c`) and the standard objects of the PushTopic list are supported, other objects are not. Silent when the connection uses Change Data Capture for accelerated polling (`features.cdc_for_accelerated_polling`).',
        why: 'Accelerated polling relies on PushTopic notifications, which Salesforce offers only for custom objects and a fixed list of standard objects. Heroku Connect does not offer the option for other objects.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Accelerated polling" (all custom objects and some standard objects; the option cannot be chosen for objects without streaming support); Salesforce Streaming API Developer Guide, "Supported PushTopic Queries".',
        bad: '{ "object_name": "Event", "config": { "access": "read_only", "sf_notify_enabled": true, ... } }',
        good: '{ "object_name": "Event", "config": { "access": "read_only", "sf_notify_enabled": false, ... } }',
        silentWhen: [
            'The connection uses Change Data Capture for accelerated polling (`features.cdc_for_accelerated_polling: true`): CDC covers objects the PushTopic list does not.',
        ],
    },
    check(mapping) {
        if (mapping.config?.sf_notify_enabled !== true || mapping.facts.streaming !== false)
            return [];
        // With CDC, Connect no longer needs PushTopics, and CDC covers objects the PushTopic list does not.
        if (mapping.document.connection.features.cdc_for_accelerated_polling === true)
            return [];
        return [
            {
                ...configLocation(mapping, 'sf_notify_enabled'),
                message: `${mapping.objectName} is not supported by the Salesforce Streaming API, so accelerated polling cannot be enabled for it. Set sf_notify_enabled to false; standard polling keeps the table in sync.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/api-version-lifecycle.ts
/**
 * Salesforce's API end-of-life schedule for SOAP, REST and Bulk API versions, as its notices state it:
 * https://help.salesforce.com/s/articleView?id=000354473&type=1 (21.0-30.0 retired in Summer '25),
 * https://help.salesforce.com/s/articleView?id=005321531&type=1 (31.0-40.0 deprecated and unsupported
 * from Summer '27, retired from Summer '28), and the REST API's End-of-Life Policy table.
 */
const API_END_OF_LIFE_SOURCE = 'Salesforce API End-of-Life Policy (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/api_rest_eol.htm); Salesforce Help, "Salesforce Platform API Versions 21.0 through 30.0 Retirement" (https://help.salesforce.com/s/articleView?id=000354473&type=1) and "Salesforce Platform API Versions 31.0 through 40.0 Retirement" (https://help.salesforce.com/s/articleView?id=005321531&type=1)';
/** Versions below this are retired: REST answers 410 GONE, SOAP 500 UNSUPPORTED_API_VERSION, Bulk 400 InvalidVersion. */
const FIRST_AVAILABLE_API_VERSION = 31;
/** Versions below this (and not retired) are deprecated: unsupported from Summer '27, retired from Summer '28. */
const FIRST_SUPPORTED_API_VERSION = 41;
/** What Salesforce's schedule says of a version, in a sentence; undefined for a supported one. */
function endOfLife(version) {
    if (version < FIRST_AVAILABLE_API_VERSION) {
        return `Salesforce retired API versions 30.0 and older (21.0-30.0 in Summer '25): every call on them fails (REST answers 410 GONE), so this connection cannot sync at all.`;
    }
    if (version < FIRST_SUPPORTED_API_VERSION) {
        return `Salesforce deprecated API versions 31.0 to 40.0: they are unsupported from the Summer '27 release and retired from Summer '28, when every call on them fails (REST answers 410 GONE).`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/rules/api-version.ts

const MINIMUM_API_VERSION = 39;
const apiVersion = {
    id: 'api-version',
    scope: 'document',
    defaultLevel: 'error',
    docs: {
        summary: '`connection.api_version` is below 39.0, which includes every retired version (30.0 and older).',
        why: `Heroku Connect uses the Bulk API for large reads and writes, and the Bulk API it needs is not available before Salesforce API version 39.0. Versions 30.0 and older are also retired: Salesforce refuses every call on them (REST answers 410 GONE). The message says which applies; 31.0 to 38.0 are in addition deprecated (see \`api-version-deprecated\`).`,
        source: `Heroku Dev Center, Getting Started with Heroku and Connect ("use at least v39 with Heroku Connect"); Quick Start: Heroku Connect CLI (the API version of a connection cannot be changed; re-create the connection); ${API_END_OF_LIFE_SOURCE}.`,
        bad: '"connection": { "api_version": "37.0", ... }',
        good: '"connection": { "api_version": "57.0", ... }',
        silentWhen: [
            '`connection.api_version` is absent or not a version string: `schema` reports a malformed one.',
            'The version is 39.0 or 40.0: it meets the Bulk API minimum but is deprecated, which `api-version-deprecated` reports (one cause, one finding).',
        ],
    },
    check(document) {
        const version = document.connection.apiVersion;
        if (version === undefined || version >= MINIMUM_API_VERSION)
            return [];
        return [
            {
                path: ['connection', 'api_version'],
                message: `The connection uses Salesforce API version ${version.toFixed(1)}, older than the ${MINIMUM_API_VERSION}.0 that Heroku Connect needs for the Bulk API. ${endOfLife(version) ?? ''} ` +
                    `Re-create the connection with API version ${FIRST_SUPPORTED_API_VERSION}.0 or later (it cannot be changed on an existing connection).`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/api-version-deprecated.ts

/** Below this, `api-version` reports the version (Bulk API minimum); this rule covers the deprecated versions from here up. */
const BULK_API_MINIMUM = 39;
const apiVersionDeprecated = {
    id: 'api-version-deprecated',
    scope: 'document',
    defaultLevel: 'warning',
    docs: {
        summary: "`connection.api_version` is 39.0 or 40.0: deprecated by Salesforce, unsupported from Summer '27 and retired from Summer '28.",
        why: "Salesforce retires old API versions: versions 31.0 to 40.0 are deprecated, unsupported from the Summer '27 release and retired from Summer '28, when every call on them fails (REST answers 410 GONE) and the connection stops syncing. A connection's API version cannot be changed, so moving off one means re-creating the connection: plan it before Summer '28.",
        source: `${API_END_OF_LIFE_SOURCE}; Quick Start: Heroku Connect CLI (the API version of a connection cannot be changed; re-create the connection).`,
        bad: '"connection": { "api_version": "40.0", ... }',
        good: '"connection": { "api_version": "62.0", ... }',
        silentWhen: [
            '`connection.api_version` is below 39.0: `api-version` reports it as an error, with the retirement or deprecation in its message (one cause, one finding).',
            '`connection.api_version` is absent or not a version string: `schema` reports a malformed one.',
        ],
    },
    check(document) {
        const version = document.connection.apiVersion;
        if (version === undefined || version < BULK_API_MINIMUM || version >= FIRST_SUPPORTED_API_VERSION)
            return [];
        return [
            {
                path: ['connection', 'api_version'],
                message: `The connection uses Salesforce API version ${version.toFixed(1)}. ${endOfLife(version)} Re-create the connection with API version ${FIRST_SUPPORTED_API_VERSION}.0 or later before then (it cannot be changed on an existing connection).`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/archived-activities.ts

const archivedActivities = {
    id: 'archived-activities',
    scope: 'mapping',
    defaultLevel: 'notice',
    docs: {
        summary: 'Task and Event mappings do not sync archived records.',
        why: 'Salesforce archives old activities (IsArchived = true), and the Bulk API cannot retrieve archived Tasks and Events, so Connect syncs only the ones that are not archived. The Postgres table is not a full history.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Unsupported objects" (archived events and tasks are not synced) and Heroku Connect Dashboard (records no longer visible to Heroku Connect, such as archived Events and Tasks).',
        bad: '{ "object_name": "Task", ... }   // code that expects every activity in Postgres',
        good: '{ "object_name": "Task", ... }   // archived activities read from Salesforce (queryAll) when needed',
    },
    check(mapping) {
        if (mapping.facts.archivable !== true)
            return [];
        return [
            {
                ...objectLocation(mapping),
                message: `Archived ${mapping.objectName} records are not synced: the Bulk API cannot read them, so the table holds only activities that are not archived. If you need archived ones, read them from Salesforce with queryAll.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/big-object.ts

const bigObject = {
    id: 'big-object',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'The mapped object is a big object (API name ending in `__b`).',
        why: 'SOQL on a big object may filter only on the fields of its index, in index order, so Connect cannot poll it for changes by timestamp. Heroku Connect checks for big objects before syncing and sets the mapping to BAD_CONFIG.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object is not a Big Object; Salesforce SOQL and SOSL Reference, "SOQL Limits on Objects" (big objects); Salesforce Help, custom_index_details (the `__b` suffix).',
        bad: '{ "object_name": "Sensor_Reading__b", "config": { "access": "read_only", ... } }',
        good: '{ "object_name": "Sensor_Summary__c", "config": { "access": "read_only", ... } }',
    },
    check(mapping) {
        if (mapping.facts.kind !== 'big-object')
            return [];
        return [
            {
                ...objectLocation(mapping),
                message: `${mapping.objectName} is a big object, which Heroku Connect cannot poll (BAD_CONFIG). Remove this mapping, or copy the records you need into a custom object and map that one.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/bulk-limit.ts

const bulkLimit = {
    id: 'bulk-limit',
    scope: 'mapping',
    defaultLevel: 'warning',
    docs: {
        summary: 'The object is one the Bulk API cannot page (LeadHistory, Attachment, AcceptedEventRelation, TaskStatus, ...).',
        why: 'Connect switches to the Bulk API when many records changed. For these objects that fails: once more than 20,000 changed records wait to be synced, Connect cannot retrieve them.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Unsupported objects" (LeadHistory does not support bulk paging and Attachment is not supported by the Bulk API: neither can be retrieved past 20,000 changed records); singer-io/tap-salesforce, airbytehq/airbyte and estuary/connectors list the other objects the Bulk API does not support.',
        bad: '{ "object_name": "LeadHistory", "config": { "access": "read_only", ... } }',
        good: '"mappings": [ ]   // or keep the mapping and keep each sync below 20,000 changed records',
        silentWhen: [
            'The object is not in the built-in list: describe data does not say whether the Bulk API supports an object, so only the listed ones are reported.',
        ],
    },
    check(mapping) {
        if (mapping.facts.bulkLimited !== true)
            return [];
        return [
            {
                ...objectLocation(mapping),
                message: `${mapping.objectName} is not fully supported by the Bulk API, so its sync fails once more than 20,000 changed records are waiting. Keep changes between polls below that, or read this object through the Salesforce API instead.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/column-collision.ts

const columnCollision = {
    id: 'column-collision',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'Two mapped fields differ only in case, such as `Email__c` and `email__c`.',
        why: 'Connect names each column after the lower-cased field name, so both fields would need the same column; and Salesforce treats the two names as the same field.',
        source: 'Heroku Dev Center, Heroku Connect Database Tables: column names are the lower-cased Salesforce field names.',
        bad: '"fields": { "Id": {}, "Email__c": {}, "email__c": {}, "SystemModstamp": {} }',
        good: '"fields": { "Id": {}, "Email__c": {}, "SystemModstamp": {} }',
    },
    check(mapping) {
        if (!hasCaseCollision(mapping))
            return [];
        const first = new Map();
        const reports = [];
        for (const name of mapping.fields ?? []) {
            const column = name.toLowerCase();
            const earlier = first.get(column);
            if (earlier === undefined) {
                first.set(column, name);
                continue;
            }
            reports.push({
                ...fieldLocation(mapping, name),
                message: `${mapping.objectName} maps both ${earlier} and ${name}, which differ only in case and would both become the column ${column}. Keep one of them in fields.`,
            });
        }
        return reports;
    },
};

;// CONCATENATED MODULE: ./src/rules/duplicate-key.ts
const duplicateKey = {
    id: 'duplicate-key',
    scope: 'builtin',
    defaultLevel: 'error',
    docs: {
        summary: 'An object has the same key twice.',
        why: 'JSON.parse keeps only the last value, so one of the two silently disappears on import: typically a field list or a config edited in two places by a merge.',
        source: 'ECMA-262 JSON.parse (the last duplicate wins); RFC 8259 §4 ("names within an object SHOULD be unique").',
        bad: '"config": { "access": "read_write", "sf_polling_seconds": 600, "access": "read_only" }',
        good: '"config": { "access": "read_write", "sf_polling_seconds": 600 }',
    },
};

;// CONCATENATED MODULE: ./src/rules/duplicate-mapping.ts
const duplicateMapping = {
    id: 'duplicate-mapping',
    scope: 'document',
    defaultLevel: 'error',
    docs: {
        summary: 'The same object is mapped twice in one file (object names compare case-insensitively).',
        why: 'An object maps to exactly one Postgres table; Heroku Connect looks mappings up by name without regard to case, so the second entry overwrites the first on import.',
        source: 'django-heroku-connect check E006 ("an object can only be mapped to a PostgreSQL table once"); heroku-connect-plugin withMapping (case-insensitive lookup).',
        bad: '"mappings": [ { "object_name": "Account", ... }, { "object_name": "account", ... } ]',
        good: '"mappings": [ { "object_name": "Account", ... } ]',
        silentWhen: [
            'An `object_name` that is not a valid API name: `invalid-api-name` reports it, and it is not compared with the others.',
        ],
    },
    check(document) {
        const first = new Map();
        const reports = [];
        for (const mapping of document.mappings) {
            const key = mapping.objectName.toLowerCase();
            const earlier = first.get(key);
            if (earlier === undefined) {
                first.set(key, mapping.index);
                continue;
            }
            reports.push({
                path: [...mapping.path, 'object_name'],
                message: `${mapping.objectName} is already mapped by mapping #${earlier + 1}. Merge the two entries into one: an object can be mapped only once per connection.`,
            });
        }
        return reports;
    },
};

;// CONCATENATED MODULE: ./src/rules/implementation-restriction.ts

const implementationRestriction = {
    id: 'implementation-restriction',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'The mapped object is KnowledgeArticleVersion or a knowledge article version object (`__kav`).',
        why: 'Salesforce answers queries on article versions only with extra criteria (PublishStatus=Online), which Connect does not add to its poll. Heroku names these objects as ones it cannot map.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Unsupported objects" (KnowledgeArticleVersion and `__kav` objects need PublishStatus=Online) and "Troubleshooting mapping configuration (BAD_CONFIG)": the object has no implementation restriction.',
        bad: '{ "object_name": "Knowledge__kav", "config": { "access": "read_only", ... } }',
        good: '"mappings": [ ]   // read articles through the Salesforce API instead',
    },
    check(mapping) {
        if (mapping.facts.kind !== 'knowledge-article')
            return [];
        return [
            {
                ...objectLocation(mapping),
                message: `${mapping.objectName} can only be queried with extra criteria (PublishStatus=Online), so Heroku Connect cannot map it (BAD_CONFIG). Remove this mapping and read knowledge articles through the Salesforce API.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/index-unmapped-field.ts

const indexUnmappedField = {
    id: 'index-unmapped-field',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'An entry in `indexes` names a field that is not mapped in `fields`.',
        why: 'Connect creates its indexes on the columns of mapped fields; an index on a field with no column cannot be created. It is usually a field removed from fields while its index stayed behind.',
        source: 'Heroku Dev Center, Managing Heroku Connect Mappings, "Create a Mapping": indexes are configured per mapped field in the field list ("Check the checkbox in the Indexed column, for each field you wish to be indexed"), and indexes created through Connect travel with an imported configuration (https://devcenter.heroku.com/articles/managing-heroku-connect-mappings).',
        bad: '"fields": { "Id": {}, "SystemModstamp": {} }, "indexes": { "Id": { "unique": true }, "Email__c": { "unique": false } }',
        good: '"fields": { "Id": {}, "Email__c": {}, "SystemModstamp": {} }, "indexes": { "Id": { "unique": true }, "Email__c": { "unique": false } }',
        silentWhen: [
            'The unmapped indexed field is the `upsert_field`: `upsert-field` reports it, with the fix that cause needs.',
            'The unmapped indexed field is the lookup of a mapped relationship external-ID field: `relationship-lookup` reports it.',
        ],
    },
    check(mapping) {
        if (!mapping.indexes)
            return [];
        // An unmapped upsert field or relationship lookup is reported by upsert-field or relationship-lookup,
        // with the fix that cause needs; one finding per cause.
        const unmapped = Object.keys(mapping.indexes).filter((name) => !isMapped(mapping, name));
        if (unmapped.length === 0)
            return [];
        const upsert = mapping.config?.upsert_field;
        const explained = new Set([...(typeof upsert === 'string' ? [upsert] : []), ...relationships(mapping).map((r) => r.lookup)].map((name) => name.toLowerCase()));
        const reports = [];
        for (const name of unmapped) {
            if (explained.has(name.toLowerCase()))
                continue;
            reports.push({
                ...indexLocation(mapping, name),
                message: `${mapping.objectName} has an index on ${name}, which is not mapped. Add "${name}": {} to fields, or remove the index.`,
            });
        }
        return reports;
    },
};

;// CONCATENATED MODULE: ./src/rules/invalid-api-name.ts


const FORMAT = 'An API name is letters, digits and single underscores, starts with a letter, and may have a namespace prefix and a suffix (ns__Name__c).';
/**
 * A document rule: the engine leaves mappings with an invalid object_name, and fields with an
 * invalid name, out of what the other rules see, so this rule reads the mappings itself.
 */
const invalidApiName = {
    id: 'invalid-api-name',
    scope: 'document',
    defaultLevel: 'error',
    docs: {
        summary: 'An object_name or a mapped field name is not a valid Salesforce API name: a character other than an ASCII letter, digit or underscore (a space, a line break, a control or text-direction character), a leading digit or underscore, a trailing underscore, three underscores in a row, or an unknown suffix after a double underscore.',
        why: 'Salesforce has no object or field by such a name, so the mapping cannot sync; a name carrying a line break, an escape or a text-direction character is also how a hostile pull request forges log lines, workflow commands or misleading text. The other rules stay silent on such a name: one cause, one finding.',
        source: 'Salesforce Object Reference, "Custom Objects" and "Object Name Suffixes"; Salesforce Help, "Custom Field Attributes" (field names: letters, digits and single underscores, starting with a letter, not ending with an underscore).',
        bad: '"mappings": [ { "object_name": "Project_c", "config": { "fields": { "Id": {}, "Due Date__c": {} } } } ]',
        good: '"mappings": [ { "object_name": "Project__c", "config": { "fields": { "Id": {}, "Due_Date__c": {} } } } ]',
    },
    check(document) {
        const root = document.root;
        const mappings = typeof root === 'object' && root !== null && Array.isArray(root.mappings) ? root.mappings : [];
        const reports = [];
        mappings.forEach((mapping, index) => {
            if (typeof mapping !== 'object' || mapping === null)
                return;
            const { object_name: objectName, config } = mapping;
            // An empty or missing object_name is the schema rule's finding.
            if (typeof objectName === 'string' && objectName !== '') {
                const problem = apiNameProblem(objectName);
                if (problem) {
                    reports.push({
                        path: ['mappings', index, 'object_name'],
                        message: `The object_name "${excerpt(objectName)}" is not a valid Salesforce API name: ${problem}. ${FORMAT}`,
                    });
                }
            }
            const fields = config?.fields;
            if (typeof fields !== 'object' || fields === null || Array.isArray(fields))
                return;
            const { names, allValid } = fieldNames(fields);
            if (allValid)
                return;
            for (const field of names) {
                const problem = apiNameProblem(field);
                if (problem) {
                    reports.push({
                        path: ['mappings', index, 'config', 'fields', field],
                        at: 'key',
                        message: `The field name "${excerpt(field)}" in mapping #${index + 1} is not a valid Salesforce API name: ${problem}. ${FORMAT}`,
                    });
                }
            }
        });
        return reports;
    },
};

;// CONCATENATED MODULE: ./src/rules/invalid-json.ts
const invalidJson = {
    id: 'invalid-json',
    scope: 'builtin',
    defaultLevel: 'error',
    docs: {
        summary: 'The file is not valid JSON (or YAML for .yml/.yaml): a syntax error, an empty or binary file, text that is not UTF-8, a byte-order mark, or nesting deeper than 64 levels.',
        why: 'heroku connect:import parses the file with JSON.parse and sends it as it is; a file that does not parse cannot be imported at all.',
        source: 'heroku/heroku-connect-plugin src/commands/connect/import.ts (body = JSON.parse(file)); ECMA-404.',
        bad: '{ "mappings": [ { "object_name": "Account", } ] }',
        good: '{ "mappings": [ { "object_name": "Account", "config": { "access": "read_only" } } ] }',
    },
};

;// CONCATENATED MODULE: ./src/rules/missing-id-field.ts

const missingIdField = {
    id: 'missing-id-field',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: '`Id` is not mapped, or describe data shows the object has no Id field.',
        why: 'Connect stores the Salesforce Id in the sfid column and matches every record on it; a mapping without Id goes to BAD_CONFIG.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object has an Id field.',
        bad: '"fields": { "Name": {}, "SystemModstamp": {} }',
        good: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
        silentWhen: [
            'The object is already rejected by its kind (big object, platform or change event, custom metadata type, external object, knowledge article version): that rule\'s finding is the one to act on.',
        ],
    },
    check(mapping) {
        // An object rejected outright has its own finding; asking for its Id would only add noise.
        if (rejectedByKind(mapping.facts))
            return [];
        if (mapping.facts.hasId === false) {
            return [{ path: [...mapping.path, 'object_name'], message: `${mapping.objectName} has no Id field in the describe data, so Heroku Connect cannot sync it (BAD_CONFIG). Map a different object.` }];
        }
        if (isMapped(mapping, 'Id'))
            return [];
        return [{ ...fieldsLocation(mapping), message: `${mapping.objectName} does not map Id. Add "Id": {} to fields: Heroku Connect matches every record on it.` }];
    },
};

;// CONCATENATED MODULE: ./src/rules/missing-timestamp-field.ts


const missingTimestampField = {
    id: 'missing-timestamp-field',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'The object has no timestamp Connect can poll on, or the mapping leaves it out: SystemModstamp, or for objects without it (history objects) CreatedDate. For an object nothing is known about, only a mapping with none of SystemModstamp, LastModifiedDate and CreatedDate is reported.',
        why: 'Connect finds changed records by polling a timestamp field and stores it in the systemmodstamp column. Without one the mapping goes to BAD_CONFIG; unmapped, the field is not there for Connect to read.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object has a timestamp field usable for sync (such as SystemModstamp); Heroku Connect Database Tables (the systemmodstamp column); Salesforce Object Reference, System Fields; estuary/connectors and singer-io/tap-salesforce (history objects are polled on CreatedDate, other objects without SystemModstamp on LastModifiedDate).',
        bad: '"fields": { "Id": {}, "Name": {} }',
        good: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
        silentWhen: [
            'The object is already rejected by its kind (big object, platform or change event, custom metadata type, external object, knowledge article version): that rule\'s finding is the one to act on.',
            'The object\'s timestamp is known only from its name (a history or share object nothing else is known about): any of SystemModstamp, LastModifiedDate and CreatedDate is accepted.',
        ],
    },
    check(mapping) {
        // An object rejected outright has its own finding; asking for its timestamp would only add noise.
        if (rejectedByKind(mapping.facts))
            return [];
        const { facts } = mapping;
        const field = facts.timestampField;
        if (field === undefined && facts.fieldsComplete) {
            return [
                {
                    ...fieldsLocation(mapping),
                    message: `${mapping.objectName} has none of ${TIMESTAMP_FIELDS.join(', ')} in the describe data, so Heroku Connect has no timestamp to poll for changes (BAD_CONFIG). Remove this mapping.`,
                },
            ];
        }
        // Only a fact from the catalog, the describe data or the custom-object rules names the one field to map;
        // a guess from the object's name (history, share) accepts any of the usual timestamps.
        const known = facts.origin !== 'name' || facts.kind === 'custom';
        if (field !== undefined && known) {
            if (isMapped(mapping, field))
                return [];
            return [
                {
                    ...fieldsLocation(mapping),
                    message: `${mapping.objectName} does not map ${field}, the timestamp Heroku Connect polls for changes. Add "${field}": {} to fields.`,
                },
            ];
        }
        if (TIMESTAMP_FIELDS.some((name) => isMapped(mapping, name)))
            return [];
        return [
            {
                ...fieldsLocation(mapping),
                message: `${mapping.objectName} maps none of ${TIMESTAMP_FIELDS.join(', ')}, so Heroku Connect has no timestamp to poll for changes. Add the one the object has, most likely "${field ?? TIMESTAMP_FIELDS[0]}": {}.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/missing-upsert-field.ts

const missingUpsertField = {
    id: 'missing-upsert-field',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'A read_write mapping has no `upsert_field` (the unique identifier).',
        why: 'Connect reads and writes in separate threads. Without a unique External ID to match on, a record written from Postgres can come back from Salesforce before its sfid is stored, and Connect inserts it a second time. Heroku diagnose fails read-write mappings without one.',
        source: 'Heroku diagnose, "Unique Identifier" check: read-write mappings require a unique identifier, defined as a unique External ID field in Salesforce (Heroku blog, health check for your Heroku Connect data pipeline); Heroku Dev Center, Mapping Configuration Options, "Unique identifiers"; django-heroku-connect check E007.',
        bad: '"config": { "access": "read_write", "fields": { "Id": {}, "Name": {}, "SystemModstamp": {} } }',
        good: '"config": { "access": "read_write", "upsert_field": "External_Id__c", "fields": { "Id": {}, "External_Id__c": {}, "Name": {}, "SystemModstamp": {} } }',
        silentWhen: [
            'The object cannot be updated at all: `not-updateable` asks for `read_only`, which needs no upsert field.',
            '`upsert_field` has a value of the wrong type: `schema` reports it.',
        ],
    },
    check(mapping) {
        // When the object cannot be updated at all, not-updateable asks for read_only, which needs no upsert field.
        if (mapping.access !== 'read_write' || mapping.facts.updateable === false)
            return [];
        const upsertField = mapping.config?.upsert_field;
        // null is how the Connect API says "none"; values of another type are the schema rule's to report.
        if (upsertField !== undefined && upsertField !== null && upsertField !== '')
            return [];
        return [
            {
                ...configLocation(mapping, 'access'),
                message: `${mapping.objectName} is read_write but has no upsert_field. Set upsert_field to a field marked External ID and Unique in Salesforce, and map it: Heroku Connect needs it to match the records it writes.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/not-queryable.ts

const notQueryable = {
    id: 'not-queryable',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'The mapped object cannot be queried: the describe data says `queryable: false`, or it is a known query-incompatible object (ActivityHistory, OpenActivity, AggregateResult, NoteAndAttachment, ...).',
        why: 'Connect reads Salesforce with SOQL queries. An object that does not support query cannot be synced, and the mapping goes to BAD_CONFIG.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object is queryable through the Salesforce API; Salesforce DescribeSObjectResult `queryable`; singer-io/tap-salesforce, query-incompatible objects (INVALID_TYPE_FOR_OPERATION: entity type does not support query).',
        bad: '{ "object_name": "OpenActivity", "config": { "access": "read_only", ... } }',
        good: '{ "object_name": "Task", "config": { "access": "read_only", ... } }',
        silentWhen: [
            'The object is already rejected by its kind (big object, platform or change event, custom metadata type, external object, knowledge article version): that rule\'s finding is the one to act on.',
        ],
    },
    check(mapping) {
        const { facts } = mapping;
        if (facts.queryable !== false || rejectedByKind(facts))
            return [];
        const why = facts.describe?.queryable === false ? 'the describe data marks it as not queryable' : 'Salesforce does not support queries on it';
        return [
            {
                ...objectLocation(mapping),
                message: `${mapping.objectName} cannot be synced: ${why} (BAD_CONFIG). Remove this mapping; if the data is stored in another object (OpenActivity, for example, is a view over Task and Event), map that one.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/not-updateable.ts

const notUpdateable = {
    id: 'not-updateable',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'A read_write mapping of an object Salesforce does not let you update: history objects, KnowledgeArticleVersion, or `updateable: false` in the describe data.',
        why: 'A read_write mapping writes Postgres changes back with update calls. Heroku Connect checks that the object is updateable and sets the mapping to BAD_CONFIG when it is not.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": a read/write mapping requires an updateable object; Salesforce Object Reference, StandardObjectNameHistory and KnowledgeArticleVersion (no update() among the supported calls); DescribeSObjectResult `updateable`.',
        bad: '{ "object_name": "AccountHistory", "config": { "access": "read_write", ... } }',
        good: '{ "object_name": "AccountHistory", "config": { "access": "read_only", ... } }',
        silentWhen: [
            'Nothing says whether the object can be updated (not in the built-in catalog, no describe data): the rule does not guess from the name, except for field history objects, whose supported calls never include update().',
        ],
    },
    check(mapping) {
        if (mapping.access !== 'read_write' || mapping.facts.updateable !== false)
            return [];
        return [
            {
                ...configLocation(mapping, 'access'),
                message: `${mapping.objectName} cannot be updated through the Salesforce API, so a read_write mapping of it fails (BAD_CONFIG). Set access to "read_only".`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/platform-event.ts

const platformEvent = {
    id: 'platform-event',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'The mapped object is a platform event: a custom one (`__e`), a standard one (BatchApexErrorEvent, the Real-Time Event Monitoring events such as LoginEventStream or ApiAnomalyEvent, ...), or a change event (`ChangeEvent`, `__ChangeEvent`).',
        why: 'Events are messages, not stored records: SOQL cannot query them, so there is nothing for Connect to poll. Heroku Connect checks for platform events before syncing and sets the mapping to BAD_CONFIG.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object is not a Platform Event; Salesforce Object Reference, StandardObjectNameChangeEvent (a change event supports no CRUD operations or queries); Platform Events Developer Guide, "Standard Platform Event Object List" (https://developer.salesforce.com/docs/platform/platform-events/guide/platform-events-objects-list.html; BatchApexErrorEvent supports describeSObjects() only) and "Real-Time Event Monitoring Objects" (https://developer.salesforce.com/docs/atlas.en-us.platform_events.meta/platform_events/platform_events_objects_monitoring.htm: each ...EventStream event is paired with a storage object).',
        bad: '{ "object_name": "Order_Placed__e", "config": { "access": "read_only", ... } }',
        good: '{ "object_name": "Order__c", "config": { "access": "read_only", ... } }',
        silentWhen: [
            'A standard platform event that is neither in the built-in list nor named `...EventStream` (Salesforce adds events every release): with describe data, `not-queryable` reports it.',
            'The object is a Real-Time Event Monitoring storage object (LoginEvent, ApiEvent, `...EventStore`): those store the events and can be queried.',
        ],
    },
    check(mapping) {
        const { kind } = mapping.facts;
        if (kind !== 'platform-event' && kind !== 'change-event')
            return [];
        const what = kind === 'platform-event' ? 'a platform event' : 'a Change Data Capture event';
        return [
            {
                ...objectLocation(mapping),
                message: `${mapping.objectName} is ${what}, which cannot be queried, so Heroku Connect cannot sync it (BAD_CONFIG). Map the object that stores the records instead (for a ...EventStream event, its storage object: LoginEventStream is stored in LoginEvent), or subscribe to the event outside Heroku Connect.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/polling-interval.ts

const PAID_MINIMUM_MINUTES = 2;
const DEMO_MINIMUM_MINUTES = 10;
const MAXIMUM_MINUTES = 60;
const pollingInterval = {
    id: 'polling-interval',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: '`sf_polling_seconds` is not a whole number of minutes between 2 and 60 (10 to 60 on the demo plan).',
        why: 'Connect polls Salesforce at intervals set in whole minutes within that range; other values are not a setting Connect can run with.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Standard polling": "from 2 minutes (10 minutes on the demo plan) to 60 minutes", changed "in 1-minute steps"; Heroku Connect plans: demo has "a minimum polling interval of 10 minutes".',
        bad: '"sf_polling_seconds": 90',
        good: '"sf_polling_seconds": 120',
        silentWhen: [
            '`sf_polling_seconds` is not a whole number (a string, a fraction): `schema` reports the type.',
        ],
    },
    check(mapping) {
        const seconds = mapping.config?.sf_polling_seconds;
        if (typeof seconds !== 'number' || !Number.isInteger(seconds))
            return [];
        const demo = mapping.document.herokuPlan === 'demo';
        const minimum = demo ? DEMO_MINIMUM_MINUTES : PAID_MINIMUM_MINUTES;
        const range = `${minimum * 60} to ${MAXIMUM_MINUTES * 60} seconds (${minimum} to ${MAXIMUM_MINUTES} minutes${demo ? ' on the demo plan' : ''})`;
        if (seconds % 60 !== 0) {
            const nearest = Math.min(MAXIMUM_MINUTES, Math.max(minimum, Math.round(seconds / 60))) * 60;
            return [{ ...configLocation(mapping, 'sf_polling_seconds'), message: `sf_polling_seconds is ${seconds}, which is not a whole number of minutes. Use a multiple of 60 from ${range}, such as ${nearest}.` }];
        }
        if (seconds < minimum * 60 || seconds > MAXIMUM_MINUTES * 60) {
            return [{ ...configLocation(mapping, 'sf_polling_seconds'), message: `sf_polling_seconds is ${seconds}, outside ${range}. Set it within that range.` }];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/rules/relationship-lookup.ts

const relationshipLookup = {
    id: 'relationship-lookup',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'A relationship external-ID field is mapped, but its lookup field is not both mapped and indexed: `Project__r__PG_ID__c` needs `Project__c` in fields and in indexes; with describe data, `Account__PG_ID__c` needs `AccountId`.',
        why: 'Connect fills the lookup from the external ID of the related record, and needs the lookup column and its index to do so. Without them the relationship field is never added and the whole mapping silently stops working.',
        source: 'Heroku Dev Center, Writing Data to Salesforce, "Simple relationships between two objects and relationship external IDs"; django-heroku-connect issue #83 (a relationship field whose lookup had no index silently broke the mapping).',
        bad: '"fields": { "Id": {}, "Project__r__PG_ID__c": {}, "SystemModstamp": {} }, "indexes": { "Id": { "unique": true } }',
        good: '"fields": { "Id": {}, "Project__c": {}, "Project__r__PG_ID__c": {}, "SystemModstamp": {} }, "indexes": { "Id": { "unique": true }, "Project__c": { "unique": false } }',
        silentWhen: [
            'Without describe data only the custom `__r__` form (`Project__r__PG_ID__c`) is recognised: a standard lookup\'s form (`Account__PG_ID__c`) needs describe data to be told from an ordinary field.',
        ],
    },
    check(mapping) {
        return relationships(mapping).flatMap(({ field, lookup }) => {
            const mapped = isMapped(mapping, lookup);
            const indexed = isIndexed(mapping, lookup);
            if (mapped && indexed)
                return [];
            const fixes = [!mapped && `"${lookup}": {} to fields`, !indexed && `"${lookup}": { "unique": false } to indexes`].filter(Boolean).join(' and ');
            const state = !mapped && !indexed ? 'neither mapped nor indexed' : mapped ? 'not indexed' : 'not mapped';
            return [
                {
                    ...fieldLocation(mapping, field),
                    message: `${field} sets the lookup ${lookup} of ${mapping.objectName}, but ${lookup} is ${state}, which silently breaks the whole mapping. Add ${fixes}.`,
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/required-fields.ts

const requiredFields = {
    id: 'required-fields',
    scope: 'mapping',
    defaultLevel: 'warning',
    docs: {
        summary: 'With describe data, a read_write mapping leaves out a field Salesforce requires on create (createable, not nillable, no default).',
        why: 'Rows inserted in Postgres are created in Salesforce with the mapped fields only; without a required field every such insert fails and lands in the _hc_err column.',
        source: 'Heroku diagnose "Required Fields" check (Heroku Dev Center, Heroku Connect Diagnose); Salesforce DescribeSObjectResult field properties createable, nillable and defaultedOnCreate.',
        bad: '"object_name": "Contact", "config": { "access": "read_write", "fields": { "Id": {}, "FirstName": {}, "SystemModstamp": {} } }',
        good: '"object_name": "Contact", "config": { "access": "read_write", "fields": { "Id": {}, "FirstName": {}, "LastName": {}, "SystemModstamp": {} } }',
        silentWhen: [
            'There is no describe data for the object: the built-in catalog does not list every required field.',
            'The object cannot be updated or created through the API: `not-updateable` reports that, and no row can be inserted anyway.',
            'The required field has a type Connect cannot map (base64, compound address or geolocation): asking for it would contradict `unsupported-field-type`.',
        ],
    },
    check(mapping) {
        const { facts } = mapping;
        // A non-updateable object gets not-updateable (make it read_only); a non-createable one cannot be inserted into at all.
        if (mapping.access !== 'read_write' || !facts.fieldsComplete || facts.updateable === false || facts.createable === false)
            return [];
        const missing = [...facts.fields.values()]
            .filter((field) => field.createable === true && field.nillable === false && field.defaultedOnCreate === false)
            // A required field Connect cannot map is reported by unsupported-field-type if mapped; asking for it here would contradict that.
            .filter((field) => !unmappableType(field) && !isMapped(mapping, field.name))
            .map((field) => field.name);
        if (missing.length === 0)
            return [];
        const noun = missing.length === 1 ? 'field' : 'fields';
        return [
            {
                ...fieldsLocation(mapping),
                message: `${mapping.objectName} is read_write but does not map the required ${noun} ${listOf(missing)}, so rows inserted from Postgres will fail to sync. Add ${missing.map((name) => `"${name}": {}`).join(', ')} to fields.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/requires-filter.ts

const requiresFilter = {
    id: 'requires-filter',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'The mapped object can only be queried with an object-specific filter (such as ContentDocumentLink, Vote, IdeaComment or FeedItem).',
        why: 'Connect polls every record of an object by timestamp. Salesforce rejects such a query on these objects unless it filters on particular fields (a record Id, a parent Id), so the mapping goes to BAD_CONFIG.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object does not require a filter to query (CollaborationGroupRecord, ContentDocumentLink, ContentFolderItem, ContentFolderMember, FeedPollVote, IdeaComment, KnowledgeArticleVersion, Vote); Salesforce SOQL and SOSL Reference, "SOQL Limits on Objects"; singer-io/tap-salesforce Blacklisting.md ("Implementation restriction ... requires a filter").',
        bad: '{ "object_name": "ContentDocumentLink", "config": { "access": "read_only", ... } }',
        good: '{ "object_name": "ContentDocument", "config": { "access": "read_only", ... } }',
        silentWhen: [
            'The object is already rejected by its kind (big object, platform or change event, custom metadata type, external object, knowledge article version): that rule\'s finding is the one to act on.',
        ],
    },
    check(mapping) {
        if (mapping.facts.queryable !== 'filter' || rejectedByKind(mapping.facts))
            return [];
        return [
            {
                ...objectLocation(mapping),
                message: `${mapping.objectName} can only be queried with a filter on specific fields, and Heroku Connect polls without one (BAD_CONFIG). Remove this mapping, or map the parent object and read ${mapping.objectName} through the Salesforce API.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/schema.ts
const schemaRule = {
    id: 'schema',
    scope: 'builtin',
    defaultLevel: 'error',
    docs: {
        summary: 'The document breaks the export format: wrong types, access not read_only/read_write, version not 1, fields/indexes not objects of objects, unknown keys, missing mappings/object_name/config/access.',
        why: 'Heroku Connect accepts any file on import and fails later; a misspelt key (acess, sf_poling_seconds) is silently ignored and the mapping runs with defaults nobody chose.',
        source: 'The export format as `heroku connect:export` writes it and `heroku connect:import` reads it (Heroku Dev Center, Heroku Connect API, its export and import of a mapping configuration: https://devcenter.heroku.com/articles/heroku-connect-api); this repository\'s schema/heroku-connect-mappings.schema.json.',
        bad: '"config": { "acess": "read_write", "sf_polling_seconds": "600" }',
        good: '"config": { "access": "read_write", "sf_polling_seconds": 600 }',
    },
};

;// CONCATENATED MODULE: ./src/rules/too-many-findings.ts
const tooManyFindings = {
    id: 'too-many-findings',
    scope: 'builtin',
    defaultLevel: 'warning',
    docs: {
        summary: 'A file has more than 1,000 findings: the 1,000 most severe are reported, and this finding says how many were left out (and of which levels).',
        why: 'Thousands of findings in one file (a duplicated block, a generated file gone wrong) would bury the report, the annotations and the summary; the first ones are enough to see the cause, and the count keeps the truth.',
        source: 'heroku-connect-action: a limit on the report, not on the file. GitHub shows at most 10 annotations of each level per step.',
        bad: '"fields": { "Id": {}, "Id": {}, "Id": {}, ... }   # 1,001 repeated keys',
        good: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
    },
};

;// CONCATENATED MODULE: ./src/rules/too-many-mappings.ts
const MAXIMUM_MAPPINGS = 100;
const tooManyMappings = {
    id: 'too-many-mappings',
    scope: 'document',
    defaultLevel: 'warning',
    docs: {
        summary: 'The file has more than 100 mappings.',
        why: 'Heroku Connect diagnose warns about connections with more than 100 mappings: each mapping polls Salesforce on its own schedule and adds load to the connection.',
        source: 'Heroku Connect diagnose, check NUM_MAPPINGS_WITHIN_LIMIT "Number of Mappings" (passes when the connection has no more than 100 mappings; heroku-connect-plugin diagnose tests).',
        bad: '"mappings": [ /* 120 mappings */ ]',
        good: '"mappings": [ /* 100 mappings or fewer; the rest in a second connection */ ]',
    },
    check(document) {
        if (document.mappingCount <= MAXIMUM_MAPPINGS)
            return [];
        return [
            {
                path: ['mappings'],
                at: 'key',
                message: `The file has ${document.mappingCount} mappings, more than the ${MAXIMUM_MAPPINGS} Heroku Connect diagnose accepts for one connection. Remove mappings nobody reads, or split the objects across two connections.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/unknown-field.ts


const unknownField = {
    id: 'unknown-field',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'With describe data for the object, a mapped field does not exist on it. Relationship external-ID fields (`Project__r__PG_ID__c`, `Account__PG_ID__c`) are not reported when they resolve to a lookup field.',
        why: 'Connect builds its query from the mapped fields; a field Salesforce does not know (a typo, a field of another org, one the integration user cannot see) breaks the sync of the whole mapping.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)" (mapped fields must have known types) and "Missing objects and fields" (fields hidden by permissions).',
        bad: '"fields": { "Id": {}, "Nmae": {}, "SystemModstamp": {} }',
        good: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
        silentWhen: [
            'There is no describe data for the object: an unknown object\'s fields are not guessed at.',
            'The field is a relationship external-ID field (`Project__r__PG_ID__c`) whose lookup exists: such fields exist only in Connect, never in the describe data.',
        ],
    },
    check(mapping) {
        const { facts } = mapping;
        if (!facts.fieldsComplete || !mapping.fields)
            return [];
        // Relationship external-ID fields exist only in Connect, never in the describe data.
        const virtual = new Set(relationships(mapping).map((relationship) => relationship.field));
        const reports = [];
        for (const name of mapping.fields) {
            if (virtual.has(name) || knownField(facts, name))
                continue;
            const lookup = customLookupOf(name);
            const message = lookup === undefined
                ? `${name} is not a field of ${mapping.objectName} in the describe data.${didYouMean(name, [...facts.fields.keys()])} Fix the name or remove it from fields; if the field exists, give the integration user access to it.`
                : `${name} is written as a relationship external-ID field, but ${mapping.objectName} has no lookup field ${lookup} in the describe data. Fix the relationship name or remove the field from fields.`;
            reports.push({ ...fieldLocation(mapping, name), message });
        }
        return reports;
    },
};

;// CONCATENATED MODULE: ./src/rules/unreadable-file.ts
const unreadableFile = {
    id: 'unreadable-file',
    scope: 'builtin',
    defaultLevel: 'error',
    docs: {
        summary: 'A file named for linting cannot be read: it does not exist, is not a regular file, is not readable, or is over the size limit (16 MiB for JSON, 1 MiB for YAML).',
        why: 'A named file that cannot be read must never pass in silence: the import would fail, or lint a different file than intended.',
        source: 'heroku-connect-action: the size limit is far above any real export (the largest public one is about 5 KB; 2,000 mappings of 65 fields is about 5 MB).',
        bad: 'files: mappings/heroku-connect.jsn   # a typo in the path',
        good: 'files: mappings/heroku-connect.json',
    },
};

;// CONCATENATED MODULE: ./src/rules/unsupported-field-type.ts

/** The parts of a standard address that most mappings want (object reference, "Address Compound Fields"). */
const ADDRESS_PARTS = ['Street', 'City', 'State', 'PostalCode', 'Country'];
const unsupportedFieldType = {
    id: 'unsupported-field-type',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'A mapped field has a type Connect cannot give a column: base64 (Attachment.Body, Document.Body, ContentVersion.VersionData, ...), or a compound address or geolocation field (BillingAddress, MailingAddress, PersonMailingAddress, the Address of a Field Service object, a geolocation field rather than its `__Latitude__s`/`__Longitude__s` parts). Known from the built-in catalog or the describe data.',
        why: 'Heroku Connect checks that every mapped field has a type it can map to Postgres and sets the mapping to BAD_CONFIG otherwise. Binary data is not supported; compound fields get no column, only their components do.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the mapped fields have known types that map to Postgres types, and "Unsupported objects" (base64 data is not supported); Salesforce Object Reference, "Address Compound Fields" (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/compound_fields_address.htm) and "Compound Field Considerations and Limitations"; the Address field (type address) of WorkOrder, WorkOrderLineItem, ServiceAppointment, ServiceTerritory, ServiceTerritoryMember, ResourceAbsence and ContactPointAddress in the object reference (for example https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-workorderlineitem.html).',
        bad: '"object_name": "Account", "config": { "fields": { "Id": {}, "BillingAddress": {}, "SystemModstamp": {} } }',
        good: '"object_name": "Account", "config": { "fields": { "Id": {}, "BillingStreet": {}, "BillingCity": {}, "BillingPostalCode": {}, "SystemModstamp": {} } }',
        silentWhen: [
            'Nothing is known about the object\'s fields (a custom or uncatalogued object without describe data).',
        ],
    },
    check(mapping) {
        // Nothing is known about any field of this object (an uncatalogued or custom object without describe data).
        if (mapping.facts.fields.size === 0)
            return [];
        const reports = [];
        for (const name of mapping.fields ?? []) {
            const field = knownField(mapping.facts, name);
            const type = unmappableType(field);
            if (!field || !type)
                continue;
            const subject = `${mapping.objectName}.${field.name}`;
            const message = type === 'base64'
                ? `${subject} holds binary (base64) data, which Heroku Connect cannot sync. Remove it from fields; to share files, store them elsewhere (Amazon S3, for example) and sync a text field with their URL.`
                : `${subject} is a compound ${type === 'address' ? 'address' : 'geolocation'} field, which has no Postgres column. Map its component fields instead: ${listOf(componentsOf(mapping, field))}.`;
            reports.push({ ...fieldLocation(mapping, name), message });
        }
        return reports;
    },
};
/** The component fields to suggest: from the describe data when it lists them, else by Salesforce's naming rules. */
function componentsOf(mapping, compound) {
    const described = [...mapping.facts.fields.values()].filter((field) => field.compoundFieldName === compound.name).map((field) => field.name);
    if (described.length > 0)
        return described;
    if (compound.type?.toLowerCase() === 'address') {
        const prefix = compound.name.replace(/Address$/i, '');
        return ADDRESS_PARTS.map((part) => `${prefix}${part}`);
    }
    const base = compound.name.replace(/__c$/i, '');
    return compound.name !== base ? [`${base}__Latitude__s`, `${base}__Longitude__s`] : ['its latitude and longitude fields'];
}

;// CONCATENATED MODULE: ./src/rules/unsupported-object.ts

const unsupportedObject = {
    id: 'unsupported-object',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: 'The mapped object is a custom metadata type (`__mdt`) or an external object (`__x`).',
        why: 'Heroku Connect cannot map custom metadata types. External objects hold no data in Salesforce: their rows are fetched from another system on each query, under SOQL restrictions that rule out a timestamp poll.',
        source: 'Heroku Dev Center, Mapping Configuration Options, "Unsupported objects": custom metadata types cannot be mapped; Salesforce SOQL and SOSL Reference, "SOQL Limits on Objects" (external objects).',
        bad: '{ "object_name": "Pricing_Rule__mdt", "config": { "access": "read_only", ... } }',
        good: '{ "object_name": "Pricing_Rule__c", "config": { "access": "read_only", ... } }',
    },
    check(mapping) {
        const { kind } = mapping.facts;
        if (kind === 'custom-metadata') {
            return [
                {
                    ...objectLocation(mapping),
                    message: `${mapping.objectName} is a custom metadata type, which Heroku Connect cannot map. Remove this mapping, or keep the values in a custom object and map that one.`,
                },
            ];
        }
        if (kind === 'external-object') {
            return [
                {
                    ...objectLocation(mapping),
                    message: `${mapping.objectName} is an external object whose data lives outside Salesforce, so Heroku Connect cannot poll it. Remove this mapping and read the data from its source system.`,
                },
            ];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/rules/upsert-field.ts

const upsertField = {
    id: 'upsert-field',
    scope: 'mapping',
    defaultLevel: 'error',
    docs: {
        summary: '`upsert_field` is not among the mapped fields, or the describe data shows it is not both External ID and Unique.',
        why: 'Connect matches records on the upsert field\'s column, which exists only when the field is mapped. Heroku accepts only a field with both the External ID and the Unique attribute as a unique identifier; without Unique, duplicates can slip in.',
        source: 'Heroku diagnose "Unique Identifier" and "Upsert Field" checks (unique identifiers must be unique External ID fields); Heroku Dev Center, Mapping Configuration Options, "Unique identifiers".',
        bad: '"upsert_field": "External_Id__c", "fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
        good: '"upsert_field": "External_Id__c", "fields": { "Id": {}, "External_Id__c": {}, "Name": {}, "SystemModstamp": {} }',
        silentWhen: [
            'Without describe data for the field, only whether it is mapped is checked: External ID and Unique are not guessed at.',
            '`upsert_field` is absent, empty or `null`: `missing-upsert-field` reports that on read_write mappings.',
        ],
    },
    check(mapping) {
        const field = mapping.config?.upsert_field;
        if (typeof field !== 'string' || field === '')
            return [];
        const location = configLocation(mapping, 'upsert_field');
        if (!isMapped(mapping, field)) {
            return [{ ...location, message: `The upsert_field ${field} is not mapped on ${mapping.objectName}. Add "${field}": {} to fields.` }];
        }
        const described = knownField(mapping.facts, field);
        if (described && (described.externalId === false || described.unique === false)) {
            const missing = [described.externalId === false && 'External ID', described.unique === false && 'Unique'].filter(Boolean).join(' and ');
            return [
                {
                    ...location,
                    message: `${mapping.objectName}.${described.name} is not ${missing} in Salesforce, so it cannot be the upsert_field. Turn on both External ID and Unique for the field, or choose a field that has them.`,
                },
            ];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/rules/index.ts































/** Every rule, in the order the docs list them. A new rule is one file and one line here. */
const RULES = [
    unreadableFile,
    invalidJson,
    duplicateKey,
    schemaRule,
    invalidApiName,
    duplicateMapping,
    bigObject,
    platformEvent,
    requiresFilter,
    notQueryable,
    implementationRestriction,
    unsupportedObject,
    missingIdField,
    missingTimestampField,
    notUpdateable,
    unsupportedFieldType,
    unknownField,
    pollingInterval,
    acceleratedPolling,
    missingUpsertField,
    upsertField,
    indexUnmappedField,
    relationshipLookup,
    columnCollision,
    apiVersion,
    apiVersionDeprecated,
    requiredFields,
    bulkLimit,
    tooManyMappings,
    archivedActivities,
    tooManyFindings,
];
const RULES_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

;// CONCATENATED MODULE: ./schema/heroku-connect-mappings.schema.json
const heroku_connect_mappings_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/heroku-connect-action/heroku-connect-action/main/schema/heroku-connect-mappings.schema.json","title":"Heroku Connect mapping configuration","description":"The document that `heroku connect:export` writes and `heroku connect:import` reads. Each mapping\'s rules are documented at https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md.","type":"object","required":["mappings"],"additionalProperties":false,"properties":{"version":{"description":"Always 1: exports from Heroku Connect always carry version 1.","const":1},"connection":{"description":"The connection the file was exported from. heroku-connect-action deploy rewrites it for the target connection.","type":"object","additionalProperties":false,"properties":{"app_name":{"type":"string"},"organization_id":{"type":"string"},"exported_at":{"type":"string","format":"date-time"},"features":{"description":"Connection feature flags. Heroku adds new ones over time, so any boolean flag is accepted. cdc_for_accelerated_polling: accelerated polling through Change Data Capture rather than PushTopics.","type":"object","additionalProperties":{"type":"boolean"}},"api_version":{"description":"Salesforce API version, such as \\"57.0\\". Heroku Connect needs 39.0 or later for the Bulk API (rule api-version: https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#api-version).","type":"string","pattern":"^\\\\d{2,3}(\\\\.\\\\d+)?$"},"name":{"type":"string"},"logplex_log_enabled":{"type":"boolean"}}},"mappings":{"type":"array","items":{"$ref":"#/definitions/mapping"}}},"definitions":{"mapping":{"type":"object","required":["object_name","config"],"additionalProperties":false,"properties":{"object_name":{"description":"The Salesforce object\'s API name, such as Account or ns__Thing__c. Each object can be mapped once per connection; big objects (__b), platform events (__e), custom metadata types (__mdt) and external objects (__x) cannot be mapped (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#duplicate-mapping).","type":"string","minLength":1},"config":{"$ref":"#/definitions/config"}}},"config":{"type":"object","required":["access"],"additionalProperties":false,"properties":{"access":{"description":"read_only syncs Salesforce to Postgres; read_write also writes Postgres changes back, and needs an upsert_field (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#missing-upsert-field).","enum":["read_only","read_write"]},"sf_notify_enabled":{"description":"Accelerated polling through the Salesforce Streaming API: only for custom objects and the standard objects PushTopic queries support, unless the connection uses Change Data Capture (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#accelerated-polling).","type":"boolean"},"sf_polling_seconds":{"description":"Polling interval in seconds: whole minutes from 2 to 60, that is 120 to 3600 in steps of 60 (10 to 60 minutes on the demo plan, which the linter checks with --plan demo: https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#polling-interval).","type":"integer","minimum":120,"maximum":3600,"multipleOf":60},"sf_max_daily_api_calls":{"type":"integer","minimum":0},"fields":{"description":"Mapped fields by API name; each value is an empty object. Map Id and SystemModstamp (CreatedDate for history objects); compound address and geolocation fields and base64 fields cannot be mapped (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#missing-id-field).","type":"object","additionalProperties":{"type":"object"}},"indexes":{"description":"Postgres indexes Heroku Connect creates, by field API name. Every indexed field must be mapped in fields (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#index-unmapped-field).","type":"object","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"unique":{"type":"boolean"}}}},"upsert_field":{"description":"The unique External ID field that read_write mappings match records on. It must be mapped in fields and be both External ID and Unique in Salesforce (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#upsert-field).","type":["string","null"]},"applied_at":{"type":"string","format":"date-time"},"revision":{"description":"Configuration revision, present in Heroku Connect API responses.","type":"integer"}}}}}');
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(779);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/schema/validate-export.generated.js
// Generated by scripts/compile-schema.mjs from schema/heroku-connect-mappings.schema.json. Do not edit.


const validate = validate10;
/* harmony default export */ const validate_export_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/heroku-connect-action/heroku-connect-action/main/schema/heroku-connect-mappings.schema.json","title":"Heroku Connect mapping configuration","description":"The document that `heroku connect:export` writes and `heroku connect:import` reads. Each mapping's rules are documented at https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md.","type":"object","required":["mappings"],"additionalProperties":false,"properties":{"version":{"description":"Always 1: exports from Heroku Connect always carry version 1.","const":1},"connection":{"description":"The connection the file was exported from. heroku-connect-action deploy rewrites it for the target connection.","type":"object","additionalProperties":false,"properties":{"app_name":{"type":"string"},"organization_id":{"type":"string"},"exported_at":{"type":"string","format":"date-time"},"features":{"description":"Connection feature flags. Heroku adds new ones over time, so any boolean flag is accepted. cdc_for_accelerated_polling: accelerated polling through Change Data Capture rather than PushTopics.","type":"object","additionalProperties":{"type":"boolean"}},"api_version":{"description":"Salesforce API version, such as \"57.0\". Heroku Connect needs 39.0 or later for the Bulk API (rule api-version: https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#api-version).","type":"string","pattern":"^\\d{2,3}(\\.\\d+)?$"},"name":{"type":"string"},"logplex_log_enabled":{"type":"boolean"}}},"mappings":{"type":"array","items":{"$ref":"#/definitions/mapping"}}},"definitions":{"mapping":{"type":"object","required":["object_name","config"],"additionalProperties":false,"properties":{"object_name":{"description":"The Salesforce object's API name, such as Account or ns__Thing__c. Each object can be mapped once per connection; big objects (__b), platform events (__e), custom metadata types (__mdt) and external objects (__x) cannot be mapped (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#duplicate-mapping).","type":"string","minLength":1},"config":{"$ref":"#/definitions/config"}}},"config":{"type":"object","required":["access"],"additionalProperties":false,"properties":{"access":{"description":"read_only syncs Salesforce to Postgres; read_write also writes Postgres changes back, and needs an upsert_field (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#missing-upsert-field).","enum":["read_only","read_write"]},"sf_notify_enabled":{"description":"Accelerated polling through the Salesforce Streaming API: only for custom objects and the standard objects PushTopic queries support, unless the connection uses Change Data Capture (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#accelerated-polling).","type":"boolean"},"sf_polling_seconds":{"description":"Polling interval in seconds: whole minutes from 2 to 60, that is 120 to 3600 in steps of 60 (10 to 60 minutes on the demo plan, which the linter checks with --plan demo: https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#polling-interval).","type":"integer"},"sf_max_daily_api_calls":{"type":"integer","minimum":0},"fields":{"description":"Mapped fields by API name; each value is an empty object. Map Id and SystemModstamp (CreatedDate for history objects); compound address and geolocation fields and base64 fields cannot be mapped (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#missing-id-field).","type":"object","additionalProperties":{"type":"object"}},"indexes":{"description":"Postgres indexes Heroku Connect creates, by field API name. Every indexed field must be mapped in fields (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#index-unmapped-field).","type":"object","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"unique":{"type":"boolean"}}}},"upsert_field":{"description":"The unique External ID field that read_write mappings match records on. It must be mapped in fields and be both External ID and Unique in Salesforce (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#upsert-field).","type":["string","null"]},"applied_at":{"type":"string","format":"date-time"},"revision":{"description":"Configuration revision, present in Heroku Connect API responses.","type":"integer"}}}}};
const formats0 = formats/* fullFormats */.U9["date-time"];
const pattern0 = new RegExp("^\\d{2,3}(\\.\\d+)?$", "u");
const schema12 = {"type":"object","required":["object_name","config"],"additionalProperties":false,"properties":{"object_name":{"description":"The Salesforce object's API name, such as Account or ns__Thing__c. Each object can be mapped once per connection; big objects (__b), platform events (__e), custom metadata types (__mdt) and external objects (__x) cannot be mapped (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#duplicate-mapping).","type":"string","minLength":1},"config":{"$ref":"#/definitions/config"}}};
const schema13 = {"type":"object","required":["access"],"additionalProperties":false,"properties":{"access":{"description":"read_only syncs Salesforce to Postgres; read_write also writes Postgres changes back, and needs an upsert_field (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#missing-upsert-field).","enum":["read_only","read_write"]},"sf_notify_enabled":{"description":"Accelerated polling through the Salesforce Streaming API: only for custom objects and the standard objects PushTopic queries support, unless the connection uses Change Data Capture (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#accelerated-polling).","type":"boolean"},"sf_polling_seconds":{"description":"Polling interval in seconds: whole minutes from 2 to 60, that is 120 to 3600 in steps of 60 (10 to 60 minutes on the demo plan, which the linter checks with --plan demo: https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#polling-interval).","type":"integer"},"sf_max_daily_api_calls":{"type":"integer","minimum":0},"fields":{"description":"Mapped fields by API name; each value is an empty object. Map Id and SystemModstamp (CreatedDate for history objects); compound address and geolocation fields and base64 fields cannot be mapped (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#missing-id-field).","type":"object","additionalProperties":{"type":"object"}},"indexes":{"description":"Postgres indexes Heroku Connect creates, by field API name. Every indexed field must be mapped in fields (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#index-unmapped-field).","type":"object","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"unique":{"type":"boolean"}}}},"upsert_field":{"description":"The unique External ID field that read_write mappings match records on. It must be mapped in fields and be both External ID and Unique in Salesforce (https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#upsert-field).","type":["string","null"]},"applied_at":{"type":"string","format":"date-time"},"revision":{"description":"Configuration revision, present in Heroku Connect API responses.","type":"integer"}}};
const func2 = ucs2length/* default */.A;
const func3 = Object.prototype.hasOwnProperty;

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_name"},message:"must have required property '"+"object_name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.config === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "object_name") || (key0 === "config"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.object_name !== undefined){
let data0 = data.object_name;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/object_name",schemaPath:"#/properties/object_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/object_name",schemaPath:"#/properties/object_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.config !== undefined){
let data1 = data.config;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.access === undefined){
const err5 = {instancePath:instancePath+"/config",schemaPath:"#/definitions/config/required",keyword:"required",params:{missingProperty: "access"},message:"must have required property '"+"access"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data1){
if(!(func3.call(schema13.properties, key1))){
const err6 = {instancePath:instancePath+"/config",schemaPath:"#/definitions/config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.access !== undefined){
let data2 = data1.access;
if(!((data2 === "read_only") || (data2 === "read_write"))){
const err7 = {instancePath:instancePath+"/config/access",schemaPath:"#/definitions/config/properties/access/enum",keyword:"enum",params:{allowedValues: schema13.properties.access.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.sf_notify_enabled !== undefined){
if(typeof data1.sf_notify_enabled !== "boolean"){
const err8 = {instancePath:instancePath+"/config/sf_notify_enabled",schemaPath:"#/definitions/config/properties/sf_notify_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.sf_polling_seconds !== undefined){
let data4 = data1.sf_polling_seconds;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/config/sf_polling_seconds",schemaPath:"#/definitions/config/properties/sf_polling_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.sf_max_daily_api_calls !== undefined){
let data5 = data1.sf_max_daily_api_calls;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err10 = {instancePath:instancePath+"/config/sf_max_daily_api_calls",schemaPath:"#/definitions/config/properties/sf_max_daily_api_calls/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/config/sf_max_daily_api_calls",schemaPath:"#/definitions/config/properties/sf_max_daily_api_calls/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data1.fields !== undefined){
let data6 = data1.fields;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key2 in data6){
let data7 = data6[key2];
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
const err12 = {instancePath:instancePath+"/config/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/config/properties/fields/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/config/fields",schemaPath:"#/definitions/config/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.indexes !== undefined){
let data8 = data1.indexes;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key3 in data8){
let data9 = data8[key3];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key4 in data9){
if(!(key4 === "unique")){
const err14 = {instancePath:instancePath+"/config/indexes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/config/properties/indexes/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data9.unique !== undefined){
if(typeof data9.unique !== "boolean"){
const err15 = {instancePath:instancePath+"/config/indexes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/unique",schemaPath:"#/definitions/config/properties/indexes/additionalProperties/properties/unique/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/config/indexes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/config/properties/indexes/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/config/indexes",schemaPath:"#/definitions/config/properties/indexes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.upsert_field !== undefined){
let data11 = data1.upsert_field;
if((typeof data11 !== "string") && (data11 !== null)){
const err18 = {instancePath:instancePath+"/config/upsert_field",schemaPath:"#/definitions/config/properties/upsert_field/type",keyword:"type",params:{type: schema13.properties.upsert_field.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data1.applied_at !== undefined){
let data12 = data1.applied_at;
if(typeof data12 === "string"){
if(!(formats0.validate(data12))){
const err19 = {instancePath:instancePath+"/config/applied_at",schemaPath:"#/definitions/config/properties/applied_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/config/applied_at",schemaPath:"#/definitions/config/properties/applied_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data1.revision !== undefined){
let data13 = data1.revision;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err21 = {instancePath:instancePath+"/config/revision",schemaPath:"#/definitions/config/properties/revision/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/config",schemaPath:"#/definitions/config/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/heroku-connect-action/heroku-connect-action/main/schema/heroku-connect-mappings.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mappings === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mappings"},message:"must have required property '"+"mappings"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "version") || (key0 === "connection")) || (key0 === "mappings"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.version !== undefined){
if(1 !== data.version){
const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.connection !== undefined){
let data1 = data.connection;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(((((((key1 === "app_name") || (key1 === "organization_id")) || (key1 === "exported_at")) || (key1 === "features")) || (key1 === "api_version")) || (key1 === "name")) || (key1 === "logplex_log_enabled"))){
const err3 = {instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.app_name !== undefined){
if(typeof data1.app_name !== "string"){
const err4 = {instancePath:instancePath+"/connection/app_name",schemaPath:"#/properties/connection/properties/app_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.organization_id !== undefined){
if(typeof data1.organization_id !== "string"){
const err5 = {instancePath:instancePath+"/connection/organization_id",schemaPath:"#/properties/connection/properties/organization_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.exported_at !== undefined){
let data4 = data1.exported_at;
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
const err6 = {instancePath:instancePath+"/connection/exported_at",schemaPath:"#/properties/connection/properties/exported_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/connection/exported_at",schemaPath:"#/properties/connection/properties/exported_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.features !== undefined){
let data5 = data1.features;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
if(typeof data5[key2] !== "boolean"){
const err8 = {instancePath:instancePath+"/connection/features/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/connection/properties/features/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/connection/features",schemaPath:"#/properties/connection/properties/features/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.api_version !== undefined){
let data7 = data1.api_version;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err10 = {instancePath:instancePath+"/connection/api_version",schemaPath:"#/properties/connection/properties/api_version/pattern",keyword:"pattern",params:{pattern: "^\\d{2,3}(\\.\\d+)?$"},message:"must match pattern \""+"^\\d{2,3}(\\.\\d+)?$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/connection/api_version",schemaPath:"#/properties/connection/properties/api_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.name !== undefined){
if(typeof data1.name !== "string"){
const err12 = {instancePath:instancePath+"/connection/name",schemaPath:"#/properties/connection/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.logplex_log_enabled !== undefined){
if(typeof data1.logplex_log_enabled !== "boolean"){
const err13 = {instancePath:instancePath+"/connection/logplex_log_enabled",schemaPath:"#/properties/connection/properties/logplex_log_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.mappings !== undefined){
let data10 = data.mappings;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(!(validate11(data10[i0], {instancePath:instancePath+"/mappings/" + i0,parentData:data10,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/mappings",schemaPath:"#/properties/mappings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

;// CONCATENATED MODULE: ./src/schema/check.ts





/** Checks a parsed document against the export format and says, for each break, what to write instead. */
function checkSchema(document) {
    if (validate(document))
        return [];
    return (validate.errors ?? []).filter(isUseful).map((error) => toReport(error, document));
}
/** A type error on a value makes its sibling keyword errors (enum, format...) noise. */
function isUseful(error, _index, all) {
    if (error.keyword === 'type')
        return true;
    return !all.some((other) => other.keyword === 'type' && other.instancePath === error.instancePath);
}
function toReport(error, document) {
    const path = parsePointer(error.instancePath);
    const where = describePath(path);
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperty':
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const known = Object.keys(schemaAt(path).properties ?? {});
            return {
                path: [...path, key],
                at: 'key',
                message: `Unknown key "${excerpt(key)}" in ${where}: Heroku Connect does not know it.${didYouMean(key, known)}${known.length ? ` Known keys: ${known.join(', ')}.` : ''}`,
            };
        }
        case 'required':
            return { path, at: 'key', message: `${capitalise(where)} is missing the required key "${String(params.missingProperty)}".` };
        case 'type':
            return { path, message: `${capitalise(where)} must be ${article(String(params.type))}, not ${typeName(valueAt(path))}.` };
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const found = String(valueAt(path));
            return { path, message: `${capitalise(where)} must be one of ${allowed.map(quote).join(' or ')}, not ${quote(excerpt(found))}.${didYouMean(found, allowed)}` };
        }
        case 'const':
            return { path, message: `${capitalise(where)} must be ${JSON.stringify(params.allowedValue)}: exports always carry version 1.` };
        case 'format':
            return { path, message: `${capitalise(where)} must be an ISO 8601 date-time such as "2023-02-14T01:40:34.070538Z".` };
        case 'pattern':
            return { path, message: `${capitalise(where)} must be a Salesforce API version such as "57.0".` };
        case 'minLength':
            return { path, message: `${capitalise(where)} must not be empty.` };
        case 'minimum':
            return { path, message: `${capitalise(where)} must be ${String(params.limit)} or more.` };
        default:
            return { path, message: `${capitalise(where)} ${error.message ?? 'is not valid'}.` };
    }
    function valueAt(target) {
        return target.reduce((node, segment) => node?.[segment], document);
    }
}
/**
 * The schema of the object at an instance path, followed through properties, items and $refs.
 * The validator's schemaPath is relative to the definition it was compiled from, so it cannot
 * tell a mapping's keys from the document's.
 */
function schemaAt(path) {
    const resolve = (node) => {
        if (typeof node !== 'object')
            return {};
        if (!node.$ref)
            return node;
        return node.$ref.replace(/^#\//, '').split('/').reduce((at, segment) => at[segment] ?? {}, heroku_connect_mappings_schema_namespaceObject);
    };
    let node = resolve(heroku_connect_mappings_schema_namespaceObject);
    for (const segment of path) {
        node = resolve(typeof segment === 'number' && node.items ? node.items : (node.properties?.[segment] ?? node.additionalProperties));
    }
    return node;
}
/** "config of mapping 3", "connection.api_version", "the document". */
function describePath(path) {
    if (path.length === 0)
        return 'the document';
    const key = path.at(-1);
    if (path[0] === 'mappings' && typeof path[1] === 'number') {
        const mapping = `mapping #${path[1] + 1}`;
        if (path.length === 2)
            return mapping;
        return `"${excerpt(path.slice(2).join('.'))}" of ${mapping}`;
    }
    return typeof key === 'number' ? `item ${key + 1} of "${excerpt(path.slice(0, -1).join('.'))}"` : `"${excerpt(path.join('.'))}"`;
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function quote(text) {
    return `"${text}"`;
}
function article(type) {
    const names = type.split(',').map((t) => ({ integer: 'a whole number', object: 'an object', array: 'an array', string: 'a string', boolean: 'true or false', null: 'null', number: 'a number' })[t] ?? t);
    return names.join(' or ');
}
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'number')
        return `the number ${value}`;
    if (typeof value === 'string')
        return `the string "${excerpt(value, 40)}"`;
    return typeof value === 'object' ? 'an object' : String(value);
}

;// CONCATENATED MODULE: ./src/core/types.ts
/**
 * Types shared by the parser, the rules, the engine and the reporters. This module imports nothing
 * of the project, so any folder may depend on it without creating a cycle.
 */
const types_LEVELS = ['error', 'warning', 'notice'];
/** Severity order: a lower rank is more severe. */
const LEVEL_RANK = { error: 0, warning: 1, notice: 2 };
/** The Heroku Connect plans, whose limits differ (demo has a 10-minute polling floor). Not the change plan of a merge. */
const HEROKU_PLANS = ['demo', 'enterprise', 'shield'];

;// CONCATENATED MODULE: ./src/lint/levels.ts




const SETTINGS = ['off', ...types_LEVELS];
/** Each rule's effective level: its default, unless the user set another. */
function levels_resolveLevels(overrides = []) {
    const levels = new Map(RULES.map((rule) => [rule.id, rule.defaultLevel]));
    for (const [id, setting] of overrides) {
        if (!RULES_BY_ID.has(id)) {
            throw new errors_ConfigurationError(`Unknown rule "${id}".${didYouMean(id, [...RULES_BY_ID.keys()])} The rules are listed in the README's rule reference.`);
        }
        const level = setting.trim().toLowerCase();
        if (!isLevelSetting(level)) {
            throw new errors_ConfigurationError(`Rule "${id}" cannot be set to "${setting}": use one of ${SETTINGS.join(', ')}.`);
        }
        levels.set(id, level);
    }
    return levels;
}
/** Parses "rule-id: level" lines (the action input) or "rule-id=level" items (the CLI flag). */
function parseRuleSettings(lines) {
    return lines
        .map((line) => line.replace(/#.*$/, '').trim())
        .filter(Boolean)
        .map((line) => {
        const match = /^([A-Za-z0-9-]+)\s*[:=]\s*(\S+)$/.exec(line);
        if (!match)
            throw new errors_ConfigurationError(`Cannot read the rule setting "${line}": write it as rule-id: level, for example "bulk-limit: off".`);
        return [match[1], match[2]];
    });
}
function isLevelSetting(value) {
    return SETTINGS.includes(value);
}
function isLevel(value) {
    return LEVELS.includes(value);
}

;// CONCATENATED MODULE: ./src/lint/engine.ts












function defaultLintOptions() {
    return { levels: resolveLevels(), describe: new DescribeIndex() };
}
/** Lints one file as discovery read it: `file` is the path shown in findings. */
function lintFile({ file, source }, options) {
    if (!source.ok)
        return { file, findings: placeProblems(file, [source.problem], options) };
    return { file, findings: lintText(file, source.text, formatOf(file), options) };
}
/** The rule that reports each kind of problem the reader and the parsers find: the one place they meet. */
const RULE_OF_PROBLEM = {
    unreadable: 'unreadable-file',
    'too-large': 'unreadable-file',
    'not-text': 'invalid-json',
    syntax: 'invalid-json',
    'too-deep': 'invalid-json',
    'duplicate-key': 'duplicate-key',
};
/** A file reports at most this many findings, the most severe first, and one more saying how many were left out. */
const MAX_FINDINGS_PER_FILE = MAX_PROBLEMS_PER_FILE;
/** Lints a document's text: parse, check the format, run every enabled rule, then place the findings. */
function lintText(file, text, format, options) {
    const parsed = parseSource(text, format);
    const findings = placeProblems(file, parsed.problems, options);
    if (parsed.value === undefined)
        return capped(file, findings, { count: parsed.omittedProblems, levels: new Set() }, options);
    const reports = [];
    const enabled = (id) => options.levels.get(id) !== 'off';
    if (enabled('schema'))
        for (const report of checkSchema(parsed.value))
            reports.push(['schema', report]);
    const document = buildContext(parsed.value, options);
    for (const rule of RULES) {
        if (!enabled(rule.id) || rule.scope !== 'document')
            continue;
        for (const report of rule.check(document))
            reports.push([rule.id, report]);
    }
    const mappingRules = RULES.filter((rule) => rule.scope === 'mapping' && enabled(rule.id));
    for (const mapping of document.mappings) {
        for (const rule of mappingRules) {
            const found = rule.check(mapping);
            for (let i = 0; i < found.length; i++)
                reports.push([rule.id, found[i]]);
        }
    }
    // Placing costs per finding: only as many as can be shown are placed, the most severe first (a
    // stable sort keeps the rules' document order within a level).
    const levelOf = ([ruleId]) => LEVEL_RANK[options.levels.get(ruleId)];
    const ranked = reports.length > MAX_FINDINGS_PER_FILE ? reports.sort((a, b) => levelOf(a) - levelOf(b)) : reports;
    const placed = ranked.slice(0, MAX_FINDINGS_PER_FILE);
    const unplaced = { count: parsed.omittedProblems + ranked.length - placed.length, levels: new Set() };
    for (let i = placed.length; i < ranked.length; i++)
        unplaced.levels.add(options.levels.get(ranked[i][0]));
    if (placed.length > 0) {
        const ranges = parsed.locate(placed.map(([, report]) => report));
        placed.forEach(([ruleId, report], index) => {
            const range = ranges[index];
            // A value a YAML merge key brings in is placed where it is written: the note names the mapping it reaches.
            const message = range.note === undefined ? report.message : `${report.message} ${range.note}`;
            findings.push({ ...engine_toFinding(file, ruleId, message, range, options), ...subjectOf(report.path, document) });
        });
    }
    return capped(file, findings, unplaced, options);
}
/** The findings in file order, at most MAX_FINDINGS_PER_FILE of them (the most severe kept), and a count of the rest. */
function capped(file, findings, omitted, options) {
    const byPlace = (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
    if (findings.length <= MAX_FINDINGS_PER_FILE && omitted.count === 0)
        return findings.sort(byPlace);
    const kept = findings.sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || byPlace(a, b)).slice(0, MAX_FINDINGS_PER_FILE);
    const left = findings.length - kept.length + omitted.count;
    const levels = new Set([...findings.slice(kept.length).map((finding) => finding.level), ...omitted.levels]);
    kept.sort(byPlace);
    if (options.levels.get('too-many-findings') === 'off')
        return kept;
    const message = `This file has ${formatCount(left)} more finding${left === 1 ? '' : 's'} than the ${formatCount(MAX_FINDINGS_PER_FILE)} shown` +
        `${levels.size > 0 ? ` (${[...levels].join(', ')})` : ''}: the most severe are kept. Fix these and lint again to see the rest.`;
    return [engine_toFinding(file, 'too-many-findings', message, DOCUMENT_START, options), ...kept];
}
function placeProblems(file, problems, options) {
    return problems
        .filter((problem) => options.levels.get(RULE_OF_PROBLEM[problem.kind]) !== 'off')
        .map((problem) => engine_toFinding(file, RULE_OF_PROBLEM[problem.kind], problem.message, problem.range, options));
}
function engine_toFinding(file, ruleId, message, range, options) {
    const level = options.levels.get(ruleId);
    if (level === undefined || level === 'off')
        throw new Error(`Internal error: rule ${ruleId} reported while not enabled.`);
    return {
        ruleId,
        level,
        message,
        file,
        line: range.start.line,
        column: range.start.column,
        ...(range.end && { endLine: range.end.line, endColumn: range.end.column }),
    };
}
/** The mapping (and field) a report's path is in, so a configured ignore can name them. */
function subjectOf(path, document) {
    if (path[0] !== 'mappings' || typeof path[1] !== 'number')
        return {};
    const raw = isRecord(document.root) && Array.isArray(document.root.mappings) ? document.root.mappings[path[1]] : undefined;
    const object = isRecord(raw) && typeof raw.object_name === 'string' && raw.object_name !== '' ? raw.object_name : undefined;
    if (object === undefined)
        return {};
    const field = path[2] === 'config' && (path[3] === 'fields' || path[3] === 'indexes') && typeof path[4] === 'string' ? path[4] : undefined;
    return { object, ...(field !== undefined && { field }) };
}
function buildContext(root, options) {
    const rawMappings = isRecord(root) && Array.isArray(root.mappings) ? root.mappings : [];
    const connection = isRecord(root) && isRecord(root.connection) ? root.connection : {};
    const apiVersion = typeof connection.api_version === 'string' && /^\d{2,3}(\.\d+)?$/.test(connection.api_version) ? Number(connection.api_version) : undefined;
    const document = {
        root,
        mappings: [],
        mappingCount: rawMappings.length,
        connection: { ...(apiVersion !== undefined && { apiVersion }), features: isRecord(connection.features) ? connection.features : {} },
        ...(options.herokuPlan && { herokuPlan: options.herokuPlan }),
        hasDescribe: options.describe.size > 0,
    };
    rawMappings.forEach((raw, index) => {
        // An invalid API name is invalid-api-name's finding alone: no other rule reasons about an object or field that cannot exist.
        if (!isRecord(raw) || typeof raw.object_name !== 'string' || !isValidApiName(raw.object_name))
            return;
        const config = isRecord(raw.config) ? raw.config : undefined;
        const mapping = {
            index,
            path: ['mappings', index],
            objectName: raw.object_name,
            config,
            fields: config && isRecord(config.fields) ? validFieldNames(config.fields) : undefined,
            indexes: config && isRecord(config.indexes) ? config.indexes : undefined,
            access: config?.access === 'read_only' || config?.access === 'read_write' ? config.access : undefined,
            facts: factsFor(raw.object_name, options.describe.get(raw.object_name)),
            document,
        };
        document.mappings.push(mapping);
    });
    return document;
}
/** The field names as they are when all are valid (the usual case, with no copy), else the valid ones. */
function validFieldNames(fields) {
    const { names, allValid } = fieldNames(fields);
    return allValid ? names : names.filter(isValidApiName);
}

;// CONCATENATED MODULE: ./src/lint/suppress.ts
const UNUSED_IGNORE_RULE = 'unused-ignore';
/**
 * Splits the findings into those reported and those an ignore entry silences, and adds a warning for
 * each entry that silenced nothing: a stale ignore would otherwise hide the next real finding.
 */
function applyIgnores(findings, ignores) {
    if (ignores.length === 0)
        return { findings: [...findings], suppressed: [], unused: [] };
    // Keyed by rule and object, so matching costs one lookup per finding whatever the number of entries.
    const byKey = new Map();
    for (const entry of ignores) {
        const key = `${entry.rule}\0${entry.object}`;
        byKey.set(key, [...(byKey.get(key) ?? []), entry]);
    }
    const used = new Set();
    const kept = [];
    const suppressed = [];
    for (const finding of findings) {
        const entry = finding.object === undefined ? undefined : byKey.get(`${finding.ruleId}\0${finding.object}`)?.find((candidate) => candidate.field === undefined || candidate.field === finding.field);
        if (entry) {
            used.add(entry);
            suppressed.push({ ...finding, justification: entry.reason });
        }
        else {
            kept.push(finding);
        }
    }
    const unused = ignores
        .filter((entry) => !used.has(entry))
        .map((entry) => ({
        ruleId: UNUSED_IGNORE_RULE,
        level: 'warning',
        message: `This ignore entry (rule "${entry.rule}", object "${entry.object}"${entry.field === undefined ? '' : `, field "${entry.field}"`}) matches no finding: remove it, or correct its rule, object or field.`,
        file: entry.file,
        line: entry.line,
        column: entry.column,
    }));
    return { findings: kept, suppressed, unused };
}

;// CONCATENATED MODULE: ./src/lint/run.ts










/** Finds the files, gathers describe data, lints every file, and totals the findings. */
async function runLint(request) {
    const given = request.given ?? [];
    const discovery = given.length > 0 && request.patterns.length === 0
        ? { targets: [], unmatched: [], searched: [] }
        : await discover({ root: request.root, namedMayLeaveRoot: request.namedMayLeaveRoot ?? false }, request.patterns);
    const { unmatched } = discovery;
    const targets = [...(request.select ? request.select(discovery.targets) : discovery.targets), ...given];
    if (discovery.targets.length + given.length === 0) {
        // A forgotten actions/checkout or a wrong path must not pass green.
        request.log.warning(`No mapping file found: searched ${request.root} for ${discovery.searched.map((pattern) => `"${pattern}"`).join(', ')} ` +
            '(node_modules, .git and hidden folders are not searched). Check the files input, and that the repository is checked out.');
    }
    else {
        for (const pattern of unmatched)
            request.log.warning(`No mapping file matches "${pattern}".`);
    }
    const options = {
        levels: request.levels,
        describe: await gatherDescribes(request, targets),
        ...(request.herokuPlan && { herokuPlan: request.herokuPlan }),
    };
    return lintTargets(targets, options, unmatched, request.ignores);
}
async function lintTargets(targets, options, unmatched = [], ignores = []) {
    const linted = targets.map((target) => lintFile(target, options));
    const { findings: kept, suppressed, unused } = applyIgnores(linted.flatMap((result) => result.findings), ignores);
    const keep = new Set(suppressed.length > 0 ? kept : []);
    const results = suppressed.length === 0 ? linted : linted.map((result) => ({ file: result.file, findings: result.findings.filter((finding) => keep.has(finding)) }));
    // A stale ignore is a warning in the configuration file, listed like a file's findings.
    if (unused.length > 0)
        results.push({ file: unused[0].file, findings: unused });
    const files = targets.map(({ file, absolutePath, confinedTo }) => ({ file, absolutePath, confinedTo }));
    return withTotals({ results, findings: [...kept, ...unused], suppressed, counts: { error: 0, warning: 0, notice: 0 }, unmatched, files });
}
/** `--quiet`: errors only; warnings and notices are neither shown nor counted. */
function errorsOnly(run) {
    const isError = (finding) => finding.level === 'error';
    return withTotals({
        ...run,
        results: run.results.map((result) => ({ ...result, findings: result.findings.filter(isError) })),
        findings: run.findings.filter(isError),
        suppressed: run.suppressed.filter(isError),
    });
}
function withTotals(run) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const finding of run.findings)
        counts[finding.level]++;
    return { ...run, counts };
}
function reachesFailOn(counts, failOn) {
    if (failOn === 'never')
        return false;
    return Object.keys(counts).some((level) => counts[level] > 0 && LEVEL_RANK[level] <= LEVEL_RANK[failOn]);
}
async function gatherDescribes(request, targets) {
    const index = request.describePatterns.length > 0 ? await loadDescribeFiles(request.describePatterns, request.root, request.namedMayLeaveRoot ?? false) : new types_DescribeIndex();
    if (!request.live)
        return index;
    const { objectNames, apiVersion } = mappedObjects(targets);
    const wanted = objectNames.filter((name) => !index.get(name)?.fields);
    if (wanted.length === 0)
        return index;
    const live = await fetchDescribes({ ...request.live, objectNames: wanted, ...(apiVersion && { apiVersion }), log: request.log });
    if (live.missing.length === wanted.length) {
        throw new errors_ConfigurationError(`Salesforce answered "not found" for every mapped object (${wanted.join(', ')}). Check salesforce-instance-url and that the org supports API version ${apiVersion ?? DEFAULT_API_VERSION}.`);
    }
    for (const name of wanted) {
        const described = live.index.get(name);
        if (described)
            index.add(described);
    }
    return index;
}
/** The object names (and the API version) of the mapping files, read leniently: lint reports what is broken. */
function mappedObjects(targets) {
    const names = new Set();
    let apiVersion;
    for (const target of targets) {
        // An unreadable or malformed file gets its own finding from the lint; it adds no object names.
        if (!target.source.ok)
            continue;
        const value = parseSource(target.source.text, formatOf(target.file)).value;
        const mappings = Array.isArray(value?.mappings) ? value.mappings : [];
        for (const mapping of mappings) {
            const name = mapping?.object_name;
            if (typeof name === 'string')
                names.add(name);
        }
        if (typeof value?.connection?.api_version === 'string')
            apiVersion ??= value.connection.api_version;
    }
    return { objectNames: [...names], ...(apiVersion && { apiVersion }) };
}

;// CONCATENATED MODULE: ./src/deploy/backup.ts


/**
 * Writes the live configuration, exported just before the import, where the user can import it back:
 * the import only adds and changes mappings, so this file is the way to undo a deploy.
 * Returns the file's path.
 */
async function writeBackup(document, dir, app, resource, now) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const file = external_node_path_default().join(dir, `heroku-connect-backup-${safeName(app)}-${safeName(resource)}-${stamp}.json`);
    // The 4-space layout of heroku connect:export, so the backup diffs cleanly against an export.
    await (0,promises_.writeFile)(file, `${JSON.stringify(document, null, 4)}\n`);
    return file;
}
function safeName(name) {
    return name.replace(/[^A-Za-z0-9._-]+/g, '-') || 'connection';
}

;// CONCATENATED MODULE: ./src/deploy/connection-section.ts

/**
 * Makes the file's `connection` section describe the connection it is imported into, as Heroku's
 * guide asks: exports carry the source connection's identity (often placeholders such as CHANGE-ME).
 * `app_name`, `organization_id` and `name` are taken from the target's detail; `features`,
 * `api_version` and `logplex_log_enabled` stay as written (whether the import applies them is not
 * documented). Every field that differs from the target is reported either way.
 */
function alignConnectionSection(section, target) {
    const aligned = { ...section };
    const differences = [];
    const identity = [
        ['app_name', target.app_name],
        ['organization_id', target.organization_id || target.sf_info?.organization_id],
        ['name', target.name],
    ];
    for (const [field, value] of identity) {
        // A target without the value (a field the API stopped sending) leaves the file's as it is.
        if (typeof value !== 'string' || value === '' || value === section[field])
            continue;
        aligned[field] = value;
        differences.push({
            field,
            file: section[field],
            connection: value,
            action: 'rewritten',
            level: 'info',
            message: `connection.${field} is ${show(section[field])} in the file and ${show(value)} on the connection; imported as ${show(value)}.`,
        });
    }
    const apiVersion = target.sf_info?.api_version ?? target.api_version;
    if (section.api_version !== undefined && apiVersion !== undefined && String(section.api_version) !== String(apiVersion)) {
        differences.push({
            field: 'api_version',
            file: section.api_version,
            connection: apiVersion,
            action: 'kept',
            level: 'notice',
            message: `The file was exported at Salesforce API ${String(section.api_version)}; the connection uses ${apiVersion}. ` +
                'The fields available to a mapping differ between API versions: check that every mapped field exists at the connection\'s version.',
        });
    }
    if (isRecord(section.features) && isRecord(target.features)) {
        for (const [feature, value] of Object.entries(section.features)) {
            const live = target.features[feature];
            if (live === undefined || sameJson(value, live))
                continue;
            differences.push(kept(`features.${feature}`, value, live));
        }
    }
    if (section.logplex_log_enabled !== undefined && target.logplex_log_enabled !== undefined && section.logplex_log_enabled !== target.logplex_log_enabled) {
        differences.push(kept('logplex_log_enabled', section.logplex_log_enabled, target.logplex_log_enabled));
    }
    return { section: aligned, differences };
}
function kept(field, file, connection) {
    return {
        field,
        file,
        connection,
        action: 'kept',
        level: 'info',
        message: `connection.${field} is ${show(file)} in the file and ${show(connection)} on the connection; imported as written.`,
    };
}
function show(value) {
    return value === undefined ? '(absent)' : JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/plan/document.ts





/** The connection-section keys kept as written; several files must agree on them, or which one applies is a guess. */
const KEPT_CONNECTION_KEYS = ['features', 'api_version', 'logplex_log_enabled'];
/**
 * Reads the selected mapping files (JSON or YAML) into the one document the import takes: every
 * mapping, the first `connection` section, `version` 1. An object mapped twice, in one file or in
 * two, is refused, since the import would keep one of them without saying which.
 */
async function mergeMappingFiles(files) {
    if (files.length === 0)
        throw new errors_ConfigurationError('There is no mapping file to deploy: the files selected for the lint matched none.');
    const mappings = [];
    const mappedIn = new Map();
    let connection;
    for (const ref of files) {
        const { file } = ref;
        const document = await document_readDocument(ref);
        document.mappings.forEach((mapping, i) => {
            if (!isRecord(mapping) || typeof mapping.object_name !== 'string' || mapping.object_name === '') {
                throw new errors_ConfigurationError(`Mapping ${i + 1} in "${file}" has no object_name, so it cannot be imported.`);
            }
            // Salesforce object names are case-insensitive, and so is Connect's lookup of a mapping.
            const key = mapping.object_name.toLowerCase();
            const earlier = mappedIn.get(key);
            if (earlier !== undefined) {
                const where = earlier === file ? `twice in "${file}"` : `in both "${earlier}" and "${file}"`;
                throw new errors_ConfigurationError(`Object "${mapping.object_name}" is mapped ${where}. A connection has one mapping per object: keep one of them.`);
            }
            mappedIn.set(key, file);
            mappings.push(mapping);
        });
        if (!isRecord(document.connection))
            continue;
        if (connection === undefined) {
            connection = { section: document.connection, file };
            continue;
        }
        const differing = KEPT_CONNECTION_KEYS.filter((key) => !sameJson(connection.section[key], document.connection[key]));
        if (differing.length > 0) {
            throw new errors_ConfigurationError(`The "connection" sections of "${connection.file}" and "${file}" differ in ${differing.join(', ')}; one import can carry only one. ` +
                'Make them agree, or remove the section from all but one file.');
        }
    }
    return { mappings, ...(connection && { connection: connection.section }), version: 1 };
}
async function document_readDocument({ file, absolutePath, confinedTo }) {
    const format = formatOf(file);
    const read = await readSource(absolutePath, format, confinedTo);
    if (!read.ok)
        throw new errors_ConfigurationError(`"${file}" cannot be deployed: ${read.problem.message}`);
    const parsed = parseSource(read.text, format);
    const value = parsed.value;
    if (value === undefined) {
        throw new errors_ConfigurationError(`"${file}" cannot be deployed: ${parsed.problems[0]?.message ?? 'it does not parse.'}`);
    }
    if (!isRecord(value) || !Array.isArray(value.mappings)) {
        throw new errors_ConfigurationError(`"${file}" cannot be deployed: it has no top-level "mappings" list, so it is not a Heroku Connect mapping file.`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/deploy/wait.ts



/** Waits for an import someone else started (IMPORT_CONFIGURATION) to end, and returns the detail then. */
async function waitForRunningImport(options) {
    const started = options.clock.now();
    return pollUntil(options, [], (detail) => (detail.state === 'IMPORT_CONFIGURATION' ? undefined : detail), () => new DeployFailure(`Another import was still running on the connection (IMPORT_CONFIGURATION) after ${text_formatDuration(options.clock.now() - started)}; nothing was imported. ` +
        'Deploy again once it has finished, or raise wait-timeout.'));
}
/**
 * Waits until Heroku Connect has applied the import and every imported mapping has synced.
 *
 * The detail lags the import: right after it is accepted, the connection can still show IDLE and the
 * old mappings, so IDLE alone proves nothing. Success needs evidence that this import
 * was applied, any of: IMPORT_CONFIGURATION seen after the import; a mapping the file adds appearing;
 * every imported mapping that existed before showing a new `config.revision` or `config.applied_at`.
 * With evidence, the connection must be IDLE and every imported mapping DATA_SYNCED.
 *
 * It fails at once when the connection goes into an error state, or an imported mapping into a
 * permanent error state that is this import's: a mapping that already had that state before, with
 * the same revision, is still showing the old configuration, so it is waited on rather than blamed.
 */
async function waitForImport(before, objectNames, options) {
    const started = options.clock.now();
    const previous = byObject(before.mappings);
    let evidence;
    let last;
    return pollUntil(options, objectNames, (detail) => {
        last = detail;
        const current = byObject(detail.mappings);
        const imported = objectNames.map((name) => ({ name, now: current.get(name.toLowerCase()), was: previous.get(name.toLowerCase()) }));
        if (evidence === undefined) {
            const appeared = imported.find((m) => m.was === undefined && m.now !== undefined);
            if (detail.state === 'IMPORT_CONFIGURATION')
                evidence = 'the connection went into IMPORT_CONFIGURATION';
            else if (appeared)
                evidence = `the new mapping ${appeared.name} appeared`;
            else if (imported.every((m) => m.now !== undefined && m.was !== undefined && configChanged(m.was, m.now))) {
                evidence = 'every imported mapping has a new revision';
            }
            if (evidence !== undefined)
                options.log.info(`Heroku Connect has taken up the import: ${evidence}.`);
        }
        const connection = judgeConnection(detail.state, options.app);
        if (connection.kind === 'blocked') {
            throw new DeployFailure(`After the import the connection went into ${detail.state}: ${connection.meaning}. ${connection.remedy} Mappings: ${listStates(objectNames, current)}.`);
        }
        const failed = imported.filter((m) => m.now !== undefined && judgeMapping(m.now.state) === 'failed' && (m.was === undefined || isNews(m.was, m.now)));
        if (failed.length > 0) {
            throw new DeployFailure(`The import failed: ${failed.map((m) => wait_describeMapping(m.name, m.now)).join('; ')}. ` +
                'Heroku Connect accepts any import and reports problems in the mapping state; fix the mapping and deploy again, or import the backup to go back.');
        }
        const settled = connection.kind === 'idle' && imported.every((m) => m.now?.state === 'DATA_SYNCED');
        return evidence !== undefined && settled ? { detail, evidence } : undefined;
    }, () => {
        const states = last ? `the connection is ${last.state}; ${listStates(objectNames, byObject(last.mappings))}` : 'no state could be read';
        const noSign = evidence === undefined ? ' Heroku Connect has shown no sign of applying the import yet (no IMPORT_CONFIGURATION state, no new mapping revision).' : '';
        return new DeployFailure(`The import did not finish within ${text_formatDuration(options.clock.now() - started)}: ${states}.${noSign} Raise wait-timeout if it needs longer.`);
    });
}
/**
 * Polls every interval until `judge` returns a value or throws, or the deadline passes. The first poll
 * comes one interval after the start; the last one at the deadline, and a poll ends by the deadline. Each state change of the
 * connection and of the `watched` mappings is logged once, and each state this action does not know
 * is warned about once (other live mappings change state with every Salesforce poll: noise here).
 */
async function pollUntil(options, watched, judge, timeout) {
    const { clock } = options;
    const started = clock.now();
    const seen = new Map();
    const unknown = new Set();
    const observe = (subject, state, known) => {
        const before = seen.get(subject);
        if (before === state)
            return;
        seen.set(subject, state);
        options.log.info(`[${text_formatDuration(clock.now() - started)}] ${subject}: ${before === undefined ? state : `${before} → ${state}`}`);
        if (!known && !unknown.has(state)) {
            unknown.add(state);
            options.log.warning(`${subject} is in state ${state}, which this action does not know; it keeps waiting as if the state were transient.`);
        }
    };
    const watchedKeys = new Set(watched.map((name) => name.toLowerCase()));
    for (;;) {
        const remaining = options.deadline - clock.now();
        if (remaining <= 0)
            throw timeout();
        await clock.sleep(Math.min(options.intervalMs, remaining));
        const detail = await options.poll().catch((error) => {
            // The poll that could not be answered says what was pending and why; the wait says where it stood.
            throw error instanceof RemoteFailure ? new RemoteFailure(error.service, error.reason, `${timeout().message} ${error.message}`) : error;
        });
        options.onPoll?.(detail);
        observe('connection', detail.state, judgeConnection(detail.state, options.app).kind !== 'unknown');
        for (const mapping of detail.mappings) {
            if (watchedKeys.has(mapping.object_name.toLowerCase()))
                observe(mapping.object_name, mapping.state, judgeMapping(mapping.state) !== 'unknown');
        }
        const outcome = judge(detail);
        if (outcome !== undefined)
            return outcome;
    }
}
function byObject(mappings) {
    return new Map(mappings.map((mapping) => [mapping.object_name.toLowerCase(), mapping]));
}
function configChanged(was, now) {
    const revision = (m) => m.config?.revision;
    const appliedAt = (m) => m.config?.applied_at;
    return (revision(now) !== undefined && revision(now) !== revision(was)) || (appliedAt(now) !== undefined && appliedAt(now) !== appliedAt(was));
}
/** A state this import can be blamed for: the mapping's configuration or its state changed since before the import. */
function isNews(was, now) {
    return configChanged(was, now) || was.state !== now.state;
}
function wait_describeMapping(name, mapping) {
    if (mapping === undefined)
        return `${name} not listed yet`;
    return `${name} ${mapping.state}${mapping.state_description ? ` (${mapping.state_description})` : ''}`;
}
function listStates(objectNames, current) {
    return objectNames.map((name) => wait_describeMapping(name, current.get(name.toLowerCase()))).join(', ');
}

;// CONCATENATED MODULE: ./src/deploy/run.ts



















const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const MAX_LISTED_FINDINGS = 10;
const LAST_POLL_GRACE_MS = 5000;
/**
 * The deploy stage: find the connection, check it can take an import, lint again for its plan,
 * align the `connection` section, back up the live configuration, import every mapping file in one
 * import, and wait until Heroku Connect has applied it and every imported mapping has synced.
 * It does not throw: the record's `error` says why it failed, so outputs and the summary can still
 * be written. The API key never reaches a log line or the record.
 */
async function runDeploy(request, log, deps = {}) {
    const clock = deps.clock ?? systemClock;
    const redact = redactor(request.apiKey, '[HEROKU_API_KEY]');
    const safeLog = {
        info: (message) => log.info(redact(message)),
        notice: (message) => log.notice(redact(message)),
        warning: (message) => log.warning(redact(message)),
        group: (name, fn) => log.group(redact(name), fn),
    };
    const started = clock.now();
    const record = { app: request.app, objectNames: [], imported: false, mappingStates: {}, notInFiles: [], differences: [], deleted: [], elapsedMs: 0 };
    try {
        await deploy(request, record, safeLog, deps, clock, started);
    }
    catch (error) {
        record.error = redactedError(error, redact);
    }
    record.elapsedMs = clock.now() - started;
    return record;
}
async function deploy(request, record, log, deps, clock, started) {
    const { app } = request;
    if (request.eventName && PULL_REQUEST_EVENTS.has(request.eventName) && !request.allowPullRequestDeploy) {
        throw new errors_ConfigurationError(`Not deploying on a ${request.eventName} event: the pull request's mapping files are not merged yet, and a deploy from them would change the live connection. ` +
            'Deploy on push to the default branch or on workflow_dispatch. For a review-app connection the pull request may change, set allow-pull-request-deploy to true.');
    }
    const document = await mergeMappingFiles(request.files);
    record.objectNames = document.mappings.map((mapping) => mapping.object_name);
    // One deadline for every call and every wait, whatever the API does (hangs, asks to wait an hour,
    // keeps failing): the deploy ends, with its summary and outputs, within wait-timeout.
    const deadline = clock.now() + request.waitTimeoutSeconds * 1000;
    // The last poll comes at the deadline and needs a moment to be answered.
    const api = connectApi({ ...deps, apiKey: request.apiKey, discoveryServer: request.discoveryServer, clock, log, deadline: deadline + LAST_POLL_GRACE_MS });
    const connection = await findConnection(api, app, request.resource, log);
    record.resource = connection.resource_name;
    const observe = (detail) => {
        noteStates(record, detail);
        record.statesObservedAtMs = clock.now() - started;
    };
    const poll = {
        poll: () => readDetail(api, connection),
        clock,
        intervalMs: request.pollIntervalSeconds * 1000,
        deadline,
        app,
        log,
        onPoll: observe,
    };
    let detail = await readDetail(api, connection);
    observe(detail);
    record.herokuPlan = detail.plan;
    log.info(`Connection "${connection.resource_name}" of app "${app}": ${detail.state}, plan ${detail.plan ?? 'unknown'}, ${detail.mappings.length} mapping(s).`);
    if (detail.state === 'IMPORT_CONFIGURATION') {
        log.info('Another import is running on the connection; waiting for it to finish first.');
        detail = await log.group('Waiting for the running import to finish', () => waitForRunningImport(poll));
    }
    checkReady(detail, app);
    if (request.prune)
        checkPrunable(document, detail, record.objectNames);
    await lintForPlan(request, detail.plan, log);
    const merged = alignSection(document, detail, record, log);
    const backup = await client_exportConfiguration(api, connection);
    record.backupFile = await writeBackup(backup, request.backupDir, app, connection.resource_name, clock.now());
    log.info(`Backed up the live configuration to ${record.backupFile}; import that file to undo this deploy.`);
    const fileObjects = new Set(record.objectNames.map((name) => name.toLowerCase()));
    record.notInFiles = detail.mappings.map((mapping) => mapping.object_name).filter((name) => !fileObjects.has(name.toLowerCase()));
    const changes = deployPlan(backup, merged, request.prune ?? false);
    record.changes = changes;
    const toImport = changes.filter((change) => change.kind !== 'mapping-deleted');
    if (record.notInFiles.length > 0 && !request.prune) {
        log.info(`The import never deletes a mapping. Live mappings the files do not contain, which stay on the connection: ${record.notInFiles.join(', ')}.`);
    }
    if (toImport.length === 0) {
        record.upToDate = true;
        log.info(`Nothing to import: the live configuration already has every mapping of the files as they are (compared by meaning with the backup). Nothing was imported.`);
        warnAboutFailedMappings(detail, record.objectNames, log);
    }
    else {
        log.info(`The import changes ${toImport.length} thing(s):`);
        for (const change of toImport)
            log.info(`  ${change.care ? '⚠ ' : ''}${change.object}: ${render_changeLabel(change)}`);
        const writeErrorsBefore = await readWriteErrors(api, connection);
        log.info(`Importing ${merged.mappings.length} mapping(s): ${record.objectNames.join(', ')}.`);
        await importConfiguration(api, connection, merged, (what) => log.warning(`The import request got no usable answer (${what}) and is sent again: Heroku Connect may have received it twice, which is harmless for the same configuration.`));
        record.imported = true;
        log.info('Heroku Connect accepted the import.');
        const { evidence, detail: settled } = await log.group(`Waiting for Heroku Connect to apply the import (every ${request.pollIntervalSeconds} s, at most ${text_formatDuration(request.waitTimeoutSeconds * 1000)})`, () => waitForImport(detail, record.objectNames, poll));
        detail = settled;
        log.info(`The connection is IDLE and every imported mapping is DATA_SYNCED, after ${evidence}.`);
        await proveImport(api, connection, merged, record, log);
        record.writeErrors = newWriteErrors(writeErrorsBefore, await readWriteErrors(api, connection));
    }
    if (request.prune)
        await prune(api, connection, detail, record, log);
    const failures = [];
    if (record.writeErrors && record.writeErrors.length > 0) {
        const message = `${record.writeErrors.length} new write error(s) to Salesforce since the import: they are listed in the report, and "heroku-connect-action write-errors --app ${app}" lists them again.`;
        if (request.failOnWriteErrors)
            failures.push(message);
        else
            log.warning(message);
    }
    if (request.diagnose) {
        const diagnosed = detail.mappings.filter((mapping) => fileObjects.has(mapping.object_name.toLowerCase()));
        const results = await log.group("Running Heroku Connect's diagnose", () => runDiagnose(api, connection, diagnosed, { clock, intervalMs: request.pollIntervalSeconds * 1000, deadline, log }));
        record.diagnose = diagnoseFindings(results, await mappingPlaces(request.files));
        const { errors, warnings, passes, skips } = record.diagnose.counts;
        log.info(`Heroku Connect's diagnose: ${errors} error(s), ${warnings} warning(s), ${passes} passed, ${skips} skipped.`);
        const failing = record.diagnose.findings.filter((finding) => request.failOn !== 'never' && LEVEL_RANK[finding.level] <= LEVEL_RANK[request.failOn]);
        if (failing.length > 0)
            failures.push(`Heroku Connect's diagnose finds ${failing.length} problem(s) that reach fail-on "${request.failOn}": ${failing.slice(0, MAX_LISTED_FINDINGS).map((f) => `${f.ruleId} (${f.object ?? 'connection'})`).join(', ')}.`);
    }
    if (failures.length > 0)
        throw new DeployFailure(failures.join(' '));
    log.info(record.upToDate ? 'Up to date: nothing needed importing.' : 'Deployed: Heroku Connect applied the import, and the live configuration matches the files.');
}
/**
 * What the deploy changes, by meaning, from the live configuration (the backup) to the files. A live
 * mapping the files lack is dropped from it, as import leaves it be; with prune it becomes a deletion.
 */
function deployPlan(backup, merged, prune) {
    const { changes } = planChanges(backup, merged);
    const live = mappingsOf(backup) ?? new Map();
    return changes.flatMap((change) => {
        if (change.kind !== 'mapping-removed')
            return [change];
        const removed = live.get(change.object.toLowerCase());
        return prune && removed ? [mappingDeleted(removed)] : [];
    });
}
/** Success is the content, not a state: the live configuration, exported again, must have every mapping as the files do. */
async function proveImport(api, connection, merged, record, log) {
    const mismatches = liveMismatches(await client_exportConfiguration(api, connection), merged);
    if (mismatches.length > 0) {
        const listed = mismatches.slice(0, MAX_LISTED_FINDINGS);
        const more = mismatches.length > listed.length ? `; and ${mismatches.length - listed.length} more` : '';
        throw new DeployFailure(`The import was only partly applied: the live configuration, exported after the sync, differs from the files: ${listed.join('; ')}${more}. ` +
            'Import the backup to go back, or deploy again.');
    }
    record.proven = true;
    log.info('The live configuration, exported again, has every mapping, field, index and setting of the files.');
}
/** Deletes the live mappings the files lack, after the import (and its proof) succeeded. */
async function prune(api, connection, detail, record, log) {
    const doomed = record.notInFiles.map((name) => detail.mappings.find((mapping) => mapping.object_name.toLowerCase() === name.toLowerCase()));
    for (const mapping of doomed) {
        if (mapping === undefined)
            continue;
        if (mapping.id === undefined)
            throw new RemoteFailure('Heroku Connect', 'answered', `The ${mapping.object_name} mapping has no id in the connection's detail, so it cannot be deleted; delete it in the dashboard.`);
        await deleteMapping(api, connection, { id: mapping.id, object_name: mapping.object_name });
        record.deleted.push(mapping.object_name);
        log.notice(`Deleted the ${mapping.object_name} mapping (prune): its table and data are gone. Importing the backup ${record.backupFile ?? ''} brings it back.`);
    }
}
/**
 * Prune deletes whatever the files do not name, so it needs files that name mappings, and a
 * connection whose mappings are all understood: a mapping left in an error or unknown state may be
 * one the dashboard or another deploy is working on.
 */
function checkPrunable(document, detail, objectNames) {
    if (document.mappings.length === 0) {
        throw new errors_ConfigurationError('Not pruning: the files name no mapping, so prune would delete every mapping of the connection. Nothing was imported or deleted.');
    }
    const named = new Set(objectNames.map((name) => name.toLowerCase()));
    const unexplained = detail.mappings.filter((mapping) => !named.has(mapping.object_name.toLowerCase()) && ['failed', 'unknown'].includes(judgeMapping(mapping.state)));
    if (unexplained.length > 0) {
        throw new errors_ConfigurationError(`Not pruning: live mapping(s) the files do not contain are in a state this deploy cannot explain: ${unexplained.map((m) => wait_describeMapping(m.object_name, m)).join(', ')}. ` +
            'Look at them in the dashboard and delete them by hand if they should go (heroku connect:mapping:delete), or deploy without prune. Nothing was imported or deleted.');
    }
}
/** An unchanged file is not imported again; a mapping of it left broken is still worth a word. */
function warnAboutFailedMappings(detail, objectNames, log) {
    const named = new Set(objectNames.map((name) => name.toLowerCase()));
    const failed = detail.mappings.filter((mapping) => named.has(mapping.object_name.toLowerCase()) && judgeMapping(mapping.state) === 'failed');
    if (failed.length > 0)
        log.warning(`Not imported, as nothing changed, but these mappings are in an error state: ${failed.map((m) => wait_describeMapping(m.object_name, m)).join(', ')}.`);
}
/** Refuses a connection that cannot take an import, and one in a state this action does not know: nothing says an import is safe then. */
function checkReady(detail, app) {
    const verdict = judgeConnection(detail.state, app);
    if (verdict.kind === 'blocked') {
        throw new errors_ConfigurationError(`The connection cannot take an import now: it is ${detail.state}, which means ${verdict.meaning}. ${verdict.remedy} Nothing was imported.`);
    }
    if (verdict.kind === 'unknown') {
        throw new DeployFailure(`The connection is in state ${detail.state}, which this action does not know, so it cannot tell whether an import is safe now. Nothing was imported. ` +
            `Check the connection (heroku connect:info -a ${app}) and deploy again once it is IDLE.`);
    }
}
/** The demo plan allows less (a 10-minute polling floor) than the plan the files may have been linted for. */
async function lintForPlan(request, connectionPlan, log) {
    const herokuPlan = HEROKU_PLANS.find((known) => known === connectionPlan?.toLowerCase());
    if (connectionPlan !== undefined && herokuPlan === undefined) {
        log.info(`The connection's plan "${connectionPlan}" is not one the lint knows (${HEROKU_PLANS.join(', ')}); the files are checked against the paid plans' limits.`);
    }
    if (herokuPlan === request.lintedHerokuPlan)
        return;
    log.info(`Linting the files again for the connection's plan (${herokuPlan ?? 'paid'}).`);
    const run = await request.lint(herokuPlan);
    if (!reachesFailOn(run.counts, request.failOn))
        return;
    const failing = run.findings.filter((finding) => request.failOn !== 'never' && LEVEL_RANK[finding.level] <= LEVEL_RANK[request.failOn]);
    const listed = failing.slice(0, MAX_LISTED_FINDINGS).map((f) => `  ${f.file}:${f.line}:${f.column} ${f.level} ${f.ruleId}: ${f.message}`);
    const more = failing.length > MAX_LISTED_FINDINGS ? [`  … and ${failing.length - MAX_LISTED_FINDINGS} more`] : [];
    throw new DeployFailure([`For the connection's plan (${herokuPlan ?? 'paid'}), the lint finds ${failing.length} problem(s) that reach fail-on "${request.failOn}"; nothing was imported:`, ...listed, ...more].join('\n'));
}
function alignSection(document, detail, record, log) {
    if (document.connection === undefined)
        return document;
    const { section, differences } = alignConnectionSection(document.connection, detail);
    record.differences = differences;
    for (const difference of differences)
        log[difference.level === 'notice' ? 'notice' : 'info'](difference.message);
    return { ...document, connection: section };
}
function noteStates(record, detail) {
    record.connectionState = detail.state;
    const byName = new Map(detail.mappings.map((mapping) => [mapping.object_name.toLowerCase(), mapping]));
    for (const name of record.objectNames) {
        const mapping = byName.get(name.toLowerCase());
        if (mapping)
            record.mappingStates[name] = { state: mapping.state, ...(mapping.state_description && { description: mapping.state_description }) };
    }
}

;// CONCATENATED MODULE: ./src/deploy/summary.ts






/** Every value from the files or from Heroku Connect, for the summary: escaped, and cut if long. */
function md(text) {
    return markdownText(clip(text, CELL_MAX_CHARS));
}
const ICON = { synced: '✅', working: '⏳', failed: '❌', unknown: '❔' };
const HEADING = '## Heroku Connect deploy';
/**
 * The deploy section of the job summary. Everything from the files or from Heroku Connect is
 * escaped; the table of mappings and the list of live mappings not in the files keep what fits in
 * the budget and say how many more there are.
 */
function renderDeploySummary(record, budget = DEPLOY_SUMMARY_BUDGET_BYTES) {
    const target = record.resource
        ? `connection <code>${md(record.resource)}</code> of app <code>${md(record.app)}</code>${record.herokuPlan ? ` (plan ${md(record.herokuPlan)})` : ''}`
        : `app <code>${md(record.app)}</code>`;
    const took = text_formatDuration(record.elapsedMs);
    const lines = [HEADING, ''];
    if (record.error) {
        lines.push(`❌ **Deploy to ${target} failed** after ${took}: ${md(record.error.message)}`, '');
        const imported = record.proven
            ? 'The import was applied and the live configuration matches the files; what failed came after it.'
            : record.imported
                ? 'Heroku Connect accepted the import, so the connection may hold part of it: the backup below undoes it.'
                : 'Nothing was imported.';
        lines.push(imported, '');
    }
    else if (record.upToDate) {
        lines.push(`✅ **Up to date**: ${target} already has every mapping of the files as they are, so nothing was imported (checked in ${took}).`, '');
    }
    else {
        lines.push(`✅ **Deployed** to ${target} in ${took}.${record.proven ? ' The live configuration, exported again after the sync, matches the files.' : ''}`, '');
    }
    const observed = observedNote(record);
    if (record.connectionState)
        lines.push(`Connection state${observed}: <code>${md(record.connectionState)}</code>`, '');
    lines.push(...changesSection(record, budget / 8));
    if (record.objectNames.length > 0) {
        // The table gets three quarters of the budget, the list of live mappings not in the files the rest.
        const rows = record.objectNames.map((name) => {
            const mapping = record.mappingStates[name];
            const state = mapping
                ? `${ICON[judgeMapping(mapping.state)]} ${md(mapping.state)}${mapping.description ? ` (${md(mapping.description)})` : ''}`
                : 'not listed on the connection';
            return `<tr><td>${md(name)}</td><td>${state}</td></tr>`;
        });
        const { taken } = takeWhileFits(rows, budget / 2, (row) => bytes(row) + 1);
        lines.push(`<table><thead><tr><th>Imported mapping</th><th>State${observed}</th></tr></thead><tbody>`, ...taken, '</tbody></table>', '');
        if (taken.length < rows.length)
            lines.push(`${rows.length - taken.length} more imported mappings do not fit here.`, '');
    }
    if (record.backupFile) {
        lines.push(`Backup of the live configuration before the import: <code>${md(record.backupFile)}</code>. Import it to undo this deploy.`, '');
    }
    if (record.differences.length > 0) {
        lines.push('The files\' <code>connection</code> section differs from the connection:', '');
        for (const difference of record.differences)
            lines.push(`- ${difference.level === 'notice' ? 'ℹ️ ' : ''}${md(difference.message)}`);
        lines.push('');
    }
    lines.push(...writeErrorsSection(record, budget / 8), ...diagnoseSection(record, budget / 8));
    if (record.deleted.length > 0) {
        lines.push(`🗑️ Deleted by prune, with their tables and data: ${record.deleted.map(md).join(', ')}.${record.backupFile ? ` To restore them, import the backup <code>${md(record.backupFile)}</code> (heroku connect:import); their tables are loaded again from Salesforce.` : ''}`, '');
    }
    const deleted = new Set(record.deleted);
    const leftInPlace = record.notInFiles.filter((name) => !deleted.has(name));
    if (leftInPlace.length > 0) {
        const { taken } = takeWhileFits(leftInPlace.map(md), budget / 8, (name) => bytes(name) + 2);
        const more = leftInPlace.length - taken.length;
        lines.push(`Live mappings the files do not contain (an import never deletes a mapping; delete them in the dashboard if they should go): ${taken.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`, '');
    }
    return lines.join('\n');
}
/** After a failure the states shown are the last ones read, which may be older than the failure. */
function observedNote(record) {
    if (!record.error || record.statesObservedAtMs === undefined)
        return '';
    return ` (last observed ${text_formatDuration(record.statesObservedAtMs)} into the deploy, ${text_formatDuration(record.elapsedMs - record.statesObservedAtMs)} before it ended)`;
}
/** The plan of the deploy: what the import changes against the live configuration, ⚠️ on what needs a second look. */
function changesSection(record, budget) {
    if (record.changes === undefined || record.changes.length === 0)
        return [];
    const rows = record.changes.map((change) => `| ${change.care ? '⚠️' : ''} | ${md(change.object)} | ${md(render_changeLabel(change))} | ${md(change.consequence)} |`);
    const { taken } = takeWhileFits(rows, budget, (row) => bytes(row) + 1);
    const more = rows.length - taken.length;
    return [
        `What the deploy changes on the connection (${rows.length} change${rows.length === 1 ? '' : 's'}, compared by meaning with the live configuration):`,
        '',
        '| | Object | Change | What it does |',
        '|---|---|---|---|',
        ...taken,
        '',
        ...(more > 0 ? [`${more} more change${more === 1 ? '' : 's'} do not fit here; \`heroku-connect-action plan --app\` lists them all.`, ''] : []),
    ];
}
const WRITE_ERRORS_PER_TABLE = 5;
/** New write errors by table: a few of each, newest first, with how many there are. */
function writeErrorsSection(record, budget) {
    const errors = record.writeErrors;
    if (errors === undefined)
        return [];
    if (errors.length === 0)
        return ['No new write errors to Salesforce since the import.', ''];
    const rows = [];
    for (const [table, list] of writeErrorsByTable(errors)) {
        for (const error of list.slice(0, WRITE_ERRORS_PER_TABLE)) {
            rows.push(`<tr><td>${md(table)}</td><td><code>${md(error.record_id)}</code></td><td>${md(error.message)}</td><td>${md(error.created_at)}</td></tr>`);
        }
        if (list.length > WRITE_ERRORS_PER_TABLE)
            rows.push(`<tr><td>${md(table)}</td><td colspan="3">and ${list.length - WRITE_ERRORS_PER_TABLE} more</td></tr>`);
    }
    const { taken } = takeWhileFits(rows, budget, (row) => bytes(row) + 1);
    const tables = writeErrorsByTable(errors).map(([table, list]) => `${md(table)} ${list.length}`).join(', ');
    return [
        `⚠️ **${errors.length} new write error${errors.length === 1 ? '' : 's'}** to Salesforce since the import (${tables}):`,
        '',
        '<table><thead><tr><th>Table</th><th>Record</th><th>Message</th><th>Time</th></tr></thead><tbody>',
        ...taken,
        '</tbody></table>',
        '',
        ...(taken.length < rows.length ? [`${rows.length - taken.length} more rows do not fit here; the write-errors-file output has them all.`, ''] : []),
    ];
}
const DIAGNOSE_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** Heroku Connect's own diagnose, apart from the lint: its counts, and each error and warning with Heroku's rule id. */
function diagnoseSection(record, budget) {
    const report = record.diagnose;
    if (report === undefined)
        return [];
    const { errors, warnings, passes, skips } = report.counts;
    const lines = ['### Heroku Connect diagnose', '', `Heroku Connect's own checks (source: diagnose, not the lint): ${errors} error(s), ${warnings} warning(s), ${passes} passed, ${skips} skipped.`, ''];
    const items = report.findings.map((f) => `- ${DIAGNOSE_ICON[f.level]} <code>${md(f.ruleId)}</code> (${md(f.object ?? 'connection')}): ${md(f.message)}`);
    const { taken } = takeWhileFits(items, budget, (item) => bytes(item) + 1);
    if (taken.length > 0)
        lines.push(...taken, '');
    if (taken.length < items.length)
        lines.push(`${items.length - taken.length} more diagnose findings do not fit here; the annotations and the SARIF file have them.`, '');
    return lines;
}
/** The deploy section when the lint stopped the deploy before it began. */
function renderDeploySkipped(reason) {
    return [HEADING, '', `⏭️ **Not deployed**: ${md(reason)} Nothing was imported.`, ''].join('\n');
}
/** The deploy's outcome for a terminal (the CLI); the error itself is printed on stderr. Values from the files or Heroku Connect are shown, never sent raw. */
function formatDeployText(record) {
    const target = record.resource
        ? `connection "${terminalText(record.resource)}" of app "${terminalText(record.app)}"${record.herokuPlan ? ` (plan ${terminalText(record.herokuPlan)})` : ''}`
        : `app "${terminalText(record.app)}"`;
    const took = formatDuration(record.elapsedMs);
    const outcome = record.error
        ? `Deploy to ${target} failed after ${took}; ${record.imported ? 'the import was accepted.' : 'nothing was imported.'}`
        : record.upToDate
            ? `Up to date: ${target} already has the files' mappings; nothing was imported.`
            : `Deployed to ${target} in ${took}${record.proven ? '; the live configuration matches the files' : ''}.`;
    const lines = [outcome];
    if (record.changes && record.changes.length > 0) {
        lines.push(`Changes (${record.changes.length}):`, ...record.changes.map((change) => `  ${change.care ? '⚠' : ' '} ${terminalText(change.object)}: ${terminalText(changeLabel(change))}`));
    }
    if (record.connectionState)
        lines.push(`Connection state${observedNote(record)}: ${terminalText(record.connectionState)}`);
    const names = record.objectNames.map(terminalText);
    const width = Math.max(0, ...names.map((name) => name.length));
    record.objectNames.forEach((name, i) => {
        const mapping = record.mappingStates[name];
        lines.push(`  ${names[i].padEnd(width)}  ${mapping ? terminalText(`${mapping.state}${mapping.description ? ` (${mapping.description})` : ''}`) : 'not listed on the connection'}`);
    });
    if (record.backupFile)
        lines.push(`Backup of the live configuration: ${terminalText(record.backupFile)} (import it to undo this deploy)`);
    if (record.writeErrors && record.writeErrors.length > 0) {
        lines.push(`New write errors since the import: ${record.writeErrors.length}`);
        for (const error of record.writeErrors.slice(0, 20))
            lines.push(`  ${terminalText(error.table_name)} ${terminalText(error.record_id)} ${terminalText(error.created_at)}: ${terminalText(error.message)}`);
    }
    if (record.diagnose) {
        const { errors, warnings, passes, skips } = record.diagnose.counts;
        lines.push(`Heroku Connect diagnose: ${errors} error(s), ${warnings} warning(s), ${passes} passed, ${skips} skipped`);
        for (const f of record.diagnose.findings)
            lines.push(`  ${terminalText(f.file)}:${f.line}:${f.column} ${f.level} ${terminalText(f.ruleId)}: ${terminalText(f.message)}`);
    }
    if (record.deleted.length > 0)
        lines.push(`Deleted by prune (import the backup to restore): ${record.deleted.map(terminalText).join(', ')}`);
    const leftInPlace = record.notInFiles.filter((name) => !record.deleted.includes(name));
    if (leftInPlace.length > 0)
        lines.push(`Live mappings not in the files, left in place: ${leftInPlace.map(terminalText).join(', ')}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/order.ts

/**
 * Most important first: by level, then priority, then place in the file. Each finding's keys are
 * computed once and files are compared by their index in the sorted list of names: a comparator
 * calling localeCompare and the priority on every comparison took seconds on 100,000 findings.
 */
function rankFindings(findings, priority = () => 0) {
    const fileOrder = new Map([...new Set(findings.map((finding) => finding.file))].sort((a, b) => a.localeCompare(b)).map((file, index) => [file, index]));
    const keyed = findings.map((finding) => ({ finding, level: LEVEL_RANK[finding.level], priority: priority(finding), file: fileOrder.get(finding.file) }));
    keyed.sort((a, b) => a.level - b.level || a.priority - b.priority || a.file - b.file || a.finding.line - b.finding.line || a.finding.column - b.finding.column);
    return keyed.map((entry) => entry.finding);
}

;// CONCATENATED MODULE: ./src/report/annotations.ts



/** GitHub shows at most this many annotations of each level per step and drops the rest silently. */
const ANNOTATIONS_PER_LEVEL = 10;
const ALL_SLOTS = { error: ANNOTATIONS_PER_LEVEL, warning: ANNOTATIONS_PER_LEVEL, notice: ANNOTATIONS_PER_LEVEL };
/**
 * Picks the findings to annotate within the slots the step has left, most important first. When a
 * level overflows, its last slot is kept for a one-line note of how many more there are.
 */
function planAnnotations(findings, priority, slots = ALL_SLOTS) {
    const ranked = rankFindings(findings, priority);
    const annotate = [];
    const omitted = { error: 0, warning: 0, notice: 0 };
    for (const level of types_LEVELS) {
        const ofLevel = ranked.filter((finding) => finding.level === level);
        const room = ofLevel.length > slots[level] ? Math.max(0, slots[level] - 1) : ofLevel.length;
        annotate.push(...ofLevel.slice(0, room));
        omitted[level] = ofLevel.length - room;
    }
    return { annotate, omitted };
}
/**
 * Where the findings that are not annotated can be read, for the overflow note: the job summary
 * lists all of them only when they all fit in it.
 */
function whereTheRestAre(listedInSummary, total, sarifFile) {
    const all = sarifFile ? 'the SARIF file lists all' : 'the CLI lists all';
    if (listedInSummary >= total)
        return `the job summary lists every finding${sarifFile ? ', and so does the SARIF file' : ''}`;
    return `the job summary lists the ${formatCount(listedInSummary)} most important of ${formatCount(total)}; ${all}`;
}
function overflowNote(level, count, where) {
    return `${count} more ${level === 'notice' ? 'notice' : level}${count === 1 ? '' : 's'} not annotated here (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level in a step): ${where}.`;
}

;// CONCATENATED MODULE: ./src/report/github.ts


/** @actions/core's annotation functions (or a stand-in's), each message and title through annotationText. */
function toolkitAnnotator(toolkit) {
    const escaped = (write) => (message, properties) => write(annotationText(message), properties?.title === undefined ? properties : { ...properties, title: annotationText(properties.title) });
    return { error: escaped(toolkit.error), warning: escaped(toolkit.warning), notice: escaped(toolkit.notice) };
}
/**
 * The annotator, counting every annotation written through it, so that each later batch (the lint's,
 * then the deploy's diagnose) gets only the slots GitHub still shows, and warnings said along the way
 * count too.
 */
function countingAnnotations(annotator) {
    const used = { error: 0, warning: 0, notice: 0 };
    const counted = (level) => (message, properties) => {
        used[level]++;
        annotator[level](message, properties);
    };
    return {
        ...annotator,
        error: counted('error'),
        warning: counted('warning'),
        notice: counted('notice'),
        slotsLeft: () => ({
            error: Math.max(0, ANNOTATIONS_PER_LEVEL - used.error),
            warning: Math.max(0, ANNOTATIONS_PER_LEVEL - used.warning),
            notice: Math.max(0, ANNOTATIONS_PER_LEVEL - used.notice),
        }),
    };
}
/** Writes the findings as GitHub annotations within the per-step budget, most important first. */
function annotate(findings, annotator, where, priority) {
    const slots = annotator.slotsLeft?.() ?? ALL_SLOTS;
    const plan = planAnnotations(findings, priority, slots);
    for (const finding of plan.annotate)
        annotator[finding.level](finding.message, propertiesOf(finding));
    for (const level of Object.keys(plan.omitted)) {
        // With no slot left for the note, GitHub would drop it: the summary says what was left out.
        if (plan.omitted[level] > 0 && slots[level] > 0)
            annotator[level](overflowNote(level, plan.omitted[level], where), { title: 'heroku-connect-action' });
    }
}
function propertiesOf(finding) {
    const properties = { title: finding.ruleId, file: finding.file, startLine: finding.line, startColumn: finding.column };
    if (finding.endLine !== undefined) {
        properties.endLine = finding.endLine;
        // GitHub takes columns only on single-line annotations; its end column is inclusive, ours exclusive.
        if (finding.endLine === finding.line && finding.endColumn !== undefined)
            properties.endColumn = Math.max(finding.column, finding.endColumn - 1);
        else
            delete properties.startColumn;
    }
    return properties;
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/report/sarif.ts





const SARIF_LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/**
 * SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif). Columns are the lint's
 * own, counted in UTF-16 code units, and declared so; file URIs are percent-encoded per segment
 * (RFC 3986), so a `?` or `#` in a file name stays part of the path.
 */
function toSarif(findings, suppressed = []) {
    const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'heroku-connect-action',
                        informationUri: PROJECT_URL,
                        semanticVersion: package_namespaceObject.rE,
                        rules: RULES.map((rule) => ({
                            id: rule.id,
                            name: rule.id.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase()),
                            shortDescription: { text: rule.docs.summary.slice(0, 1024) },
                            fullDescription: { text: `${rule.docs.summary} ${rule.docs.why}`.slice(0, 1024) },
                            helpUri: ruleDocsUrl(rule.id),
                            help: {
                                text: `${rule.docs.why}\nSource: ${rule.docs.source}\nBad: ${rule.docs.bad}\nGood: ${rule.docs.good}`,
                                markdown: `${rule.docs.why}\n\n**Source:** ${rule.docs.source}\n\n**Bad**\n\n\`\`\`json\n${rule.docs.bad}\n\`\`\`\n\n**Good**\n\n\`\`\`json\n${rule.docs.good}\n\`\`\``,
                            },
                            defaultConfiguration: { level: SARIF_LEVEL[rule.defaultLevel] },
                            properties: { tags: ['heroku-connect', 'configuration'] },
                        })),
                    },
                },
                automationDetails: { id: 'heroku-connect-action/' },
                columnKind: 'utf16CodeUnits',
                // Suppressed findings stay in the report, marked, so code scanning shows them as dismissed by the repository.
                results: [...findings, ...suppressed].map((finding) => ({
                    ruleId: finding.ruleId,
                    ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
                    level: SARIF_LEVEL[finding.level],
                    message: { text: sarifText(finding.message) },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: encodePath(finding.file) },
                                region: {
                                    startLine: finding.line,
                                    startColumn: finding.column,
                                    ...(finding.endLine !== undefined && { endLine: finding.endLine, endColumn: finding.endColumn }),
                                },
                            },
                        },
                    ],
                    ...('justification' in finding && { suppressions: [{ kind: 'external', justification: sarifText(String(finding.justification)) }] }),
                })),
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/report/summary.ts






/** The mark of each level wherever findings are listed in markdown: the summary and the pull request comment. */
const LEVEL_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const TABLE_OPEN = '<table><thead><tr><th>Rule</th><th>Level</th><th>Line</th><th>Finding</th></tr></thead><tbody>';
const TABLE_CLOSE = '</tbody></table>';
/** Room kept for the lines written after the choice: "N more in this file" and the closing note. */
const summary_FILE_NOTE_RESERVE = 96;
const summary_CLOSING_NOTE_RESERVE = 320;
function plural(count, word) {
    return `${formatCount(count)} ${word}${count === 1 ? '' : 's'}`;
}
/**
 * The lint section of the job summary: totals, then the findings grouped by file and rule. Within
 * the budget it keeps the most important findings (level, then place), lists under each file how
 * many of its findings did not fit, and says how many were left out in all. With the revision that
 * was linted, each finding's line links to the file at that commit.
 */
function renderLintSummary(run, budget = LINT_SUMMARY_BUDGET_BYTES, revision) {
    const files = run.results.length;
    const { error, warning, notice } = run.counts;
    const head = [
        '## Heroku Connect mapping lint',
        '',
        files === 0
            ? 'No mapping files were found.'
            : `${plural(files, 'file')} checked: **${plural(error, 'error')}**, **${plural(warning, 'warning')}**, **${plural(notice, 'notice')}**${suppressedNote(run)}.`,
        '',
    ].join('\n');
    const perFile = new Map();
    for (const finding of run.findings)
        perFile.set(finding.file, (perFile.get(finding.file) ?? 0) + 1);
    const rows = new Map();
    const opened = new Set();
    const ruleCells = new Set();
    const { taken: shown, used: findingsSize } = takeWhileFits(rankFindings(run.findings), budget - bytes(head) - summary_CLOSING_NOTE_RESERVE, (finding) => {
        const row = findingCells(finding, revision);
        rows.set(finding, row);
        let cost = bytes(row) + '<tr></tr>\n'.length;
        if (!opened.has(finding.file)) {
            opened.add(finding.file);
            cost += bytes(fileHeading(finding.file)) + TABLE_OPEN.length + TABLE_CLOSE.length + summary_FILE_NOTE_RESERVE;
        }
        const ruleKey = `${finding.file}\0${finding.ruleId}`;
        if (!ruleCells.has(ruleKey)) {
            ruleCells.add(ruleKey);
            cost += bytes(ruleCell(finding.ruleId, Number.MAX_SAFE_INTEGER));
        }
        return cost;
    });
    const shownByFile = new Map();
    for (const finding of shown) {
        const list = shownByFile.get(finding.file);
        if (list)
            list.push(finding);
        else
            shownByFile.set(finding.file, [finding]);
    }
    // A file without findings is listed only when there is room left after the findings.
    const withoutFindings = run.results.filter((result) => !perFile.has(result.file));
    const { taken: clean } = takeWhileFits(withoutFindings, budget - bytes(head) - summary_CLOSING_NOTE_RESERVE - findingsSize, (result) => bytes(cleanSection(result.file)));
    const cleanShown = new Set(clean.map((result) => result.file));
    const parts = [head];
    for (const result of run.results) {
        const ofFile = shownByFile.get(result.file);
        if (ofFile)
            parts.push(fileSection(result.file, ofFile, rows, perFile.get(result.file) - ofFile.length));
        else if (cleanShown.has(result.file))
            parts.push(cleanSection(result.file));
    }
    const leftOut = run.findings.length - shown.length;
    const filesWithout = withoutFindings.length - clean.length;
    const notes = [];
    if (leftOut > 0) {
        notes.push(`${plural(leftOut, 'more finding')} (the least important) do not fit in the job summary: this lists ${formatCount(shown.length)} of ${formatCount(run.findings.length)}. The CLI or the SARIF file lists them all.`);
    }
    if (filesWithout > 0)
        notes.push(`${plural(filesWithout, 'more file')} without findings ${filesWithout === 1 ? 'is' : 'are'} not listed.`);
    if (notes.length > 0)
        parts.push(`\n> ${notes.join(' ')}\n`);
    return { markdown: parts.join('\n'), shown: shown.length };
}
/** Ignored findings are counted, so a silenced problem stays visible as a number. */
function suppressedNote(run) {
    const count = run.suppressed.length;
    return count === 0 ? '' : `, ${formatCount(count)} suppressed by the configuration file's ignore entries`;
}
function fileHeading(file) {
    // <code>, not backticks: character references inside a markdown code span would show literally.
    return `### <code>${markdownText(clip(file, CELL_MAX_CHARS))}</code>`;
}
function cleanSection(file) {
    return `### ✅ <code>${markdownText(clip(file, CELL_MAX_CHARS))}</code>\n\nNo findings.\n`;
}
function ruleCell(ruleId, rows) {
    // unused-ignore is the configuration file's own warning, not a rule with a page.
    const name = RULES_BY_ID.has(ruleId) ? `<a href="${ruleDocsUrl(encodeURIComponent(ruleId))}">${markdownText(ruleId)}</a>` : markdownText(ruleId);
    return `<td rowspan="${rows}">${name}</td>`;
}
function findingCells(finding, revision) {
    const place = `${finding.line}:${finding.column}`;
    const line = revision ? `<a href="${fileLineUrl(revision, finding.file, finding.line)}">${place}</a>` : place;
    return `<td>${LEVEL_ICON[finding.level]} ${finding.level}</td><td>${line}</td><td>${markdownText(clip(finding.message, CELL_MAX_CHARS))}</td>`;
}
/** `findings` most important first; rows of one rule stay together, under the rule's first (most important) row. */
function fileSection(file, findings, cells, more) {
    const byRule = new Map();
    for (const finding of findings) {
        const list = byRule.get(finding.ruleId);
        if (list)
            list.push(finding);
        else
            byRule.set(finding.ruleId, [finding]);
    }
    const rows = [];
    for (const [ruleId, ofRule] of byRule) {
        ofRule.forEach((finding, i) => rows.push(`<tr>${i === 0 ? ruleCell(ruleId, ofRule.length) : ''}${cells.get(finding)}</tr>`));
    }
    return [fileHeading(file), '', TABLE_OPEN, ...rows, TABLE_CLOSE, '', ...(more > 0 ? [`${plural(more, 'more finding')} in this file ${more === 1 ? 'does' : 'do'} not fit here.`, ''] : [])].join('\n');
}

;// CONCATENATED MODULE: ./src/plan/live.ts




/**
 * Exactly what importing the files would change on the connection: the files, merged as the deploy
 * merges them, against the connection's live export. Read only: the export is a GET. Mappings that
 * are live but in no file show as removed, with the consequence that import keeps them.
 */
async function planAgainstLive(target, files, log) {
    const head = await mergeMappingFiles(files);
    return onConnection({ apiKey: target.apiKey, discoveryServer: target.discoveryServer, log }, target, async (api, connection) => {
        const live = await client_exportConfiguration(api, connection);
        return { path: `${target.app} (live connection ${connection.resource_name})`, status: 'modified', app: target.app, ...planChanges(live, head) };
    });
}

;// CONCATENATED MODULE: ./src/pr/github-api.ts



const DEFAULT_API_URL = 'https://api.github.com';
/** The client, or undefined when there is no token: callers then use git, or skip what needs the API. */
function createGitHubApi(options) {
    const token = options.token?.trim() ?? '';
    if (token === '')
        return undefined;
    checkedCredential(token, 'The GitHub token', 'Pass the bare token.');
    const base = apiBase(options.env.GITHUB_API_URL || DEFAULT_API_URL);
    const http = new HttpClient({
        service: 'GitHub',
        credential: 'the token',
        origins: [new URL(base).origin],
        ...(options.fetchImpl && { fetch: options.fetchImpl }),
        ...(options.clock && { clock: options.clock }),
        ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
        ...(options.retries !== undefined && { retries: options.retries }),
    });
    let loaded;
    return {
        redact: (text) => text.replaceAll(token, '[token]'),
        octokit: () => (loaded ??= __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413)).then(({ getOctokit }) => {
            const octokit = getOctokit(token, { baseUrl: base, userAgent: 'heroku-connect-action', request: { fetch: http.fetchAdapter } });
            octokit.hook.before('request', (request) => {
                request.headers['x-github-api-version'] = '2022-11-28';
            });
            return octokit;
        })),
    };
}
/** The path stays: GitHub Enterprise Server serves the API under /api/v3. */
function apiBase(url) {
    const parsed = checkedCredentialUrl(url, { name: 'GITHUB_API_URL', credential: 'the token' });
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
        return describeStatus(refusal.status, refusal.data);
    const cause = error?.cause;
    return errorMessage(cause instanceof RemoteFailure ? cause : error);
}
const PAGE_SIZE = 100;

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/pr/git.ts


/** Diffs of thousands of files and whole mapping files both fit; a real export is well under 5 MB. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
const runGit = (args, cwd) => new Promise((resolve) => {
    (0,external_node_child_process_.execFile)('git', [...args], 
    // LC_ALL=C keeps messages in English for the log; no prompt can hang a CI job.
    { cwd, encoding: 'buffer', maxBuffer: MAX_OUTPUT_BYTES, env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' } }, (error, stdout, stderr) => {
        const exitCode = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        const message = stderr.toString('utf8').trim() || (error?.message ?? '');
        resolve({ exitCode, stdout, stderr: message });
    });
});
/**
 * A commit as git takes it: a SHA, a ref name or HEAD. Refused otherwise, so that a value from an
 * event payload can never become a git option ("--output=...").
 */
function checkRevision(revision) {
    if (!/^[A-Za-z0-9_][A-Za-z0-9_./^~@{}-]*$/.test(revision) || revision.includes('..')) {
        throw new errors_ConfigurationError(`"${revision}" is not a commit SHA or ref name git can take.`);
    }
    return revision;
}

;// CONCATENATED MODULE: ./src/pr/changed-files.ts


/** GitHub lists at most this many files of a pull request. */
const API_FILE_CAP = 3000;
/**
 * The files a pull request changes, removed files included (status "removed"). Asks the REST API
 * first and git when the API cannot answer. Undefined when neither can: the caller then lints every
 * file, and the log has said why.
 */
async function listChangedFiles(request) {
    if (request.api) {
        try {
            const files = await filesFromApi(request, request.api);
            if (files.length < API_FILE_CAP)
                return files;
            request.log.info(`GitHub lists only the first ${API_FILE_CAP} files of a pull request, and this one has that many; asking git for the full list.`);
        }
        catch (error) {
            request.log.info(`The GitHub API did not list the changed files (${request.api.redact(describeGitHubError(error))}); asking git instead.`);
        }
    }
    else {
        request.log.info('No GitHub token, so git lists the changed files.');
    }
    return filesFromGit(request);
}
/**
 * The targets `discover` found that the pull request touched, so the `files` input keeps its meaning.
 * Target paths are relative to the workspace, changed paths to the repository root: the same on a runner.
 */
function onlyChanged(targets, files) {
    const paths = new Set(files.filter((file) => file.status !== 'removed').map((file) => file.path));
    return targets.filter((target) => paths.has(target.file));
}
const STATUSES = new Set(['added', 'modified', 'renamed', 'removed', 'copied', 'changed', 'unchanged']);
async function filesFromApi(request, api) {
    const octokit = await api.octokit();
    const files = [];
    const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, { owner: request.owner, repo: request.repo, pull_number: request.pullNumber, per_page: PAGE_SIZE });
    for await (const page of pages) {
        const entries = page.data;
        if (!Array.isArray(entries))
            throw new Error(`the file list is not a list (${JSON.stringify(entries)?.slice(0, 200)})`);
        for (const entry of entries)
            files.push(fromApiEntry(entry));
        // GitHub's cap; a page beyond it would only repeat the question.
        if (files.length >= API_FILE_CAP)
            break;
    }
    return files;
}
function fromApiEntry(entry) {
    const { filename, status, previous_filename: previous, patch, changes } = (entry ?? {});
    if (typeof filename !== 'string' || typeof status !== 'string' || !STATUSES.has(status)) {
        throw new Error(`an entry of the file list is not a file (${JSON.stringify(entry)?.slice(0, 200)})`);
    }
    const file = { path: filename, status: status };
    if (typeof previous === 'string')
        file.previousPath = previous;
    // GitHub leaves the patch out both of a pure rename (no changed line) and of a diff too large to show.
    if (typeof patch === 'string')
        file.patch = patch;
    else if (changes === 0)
        file.patch = '';
    return file;
}
const GIT_STATUS = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', C: 'copied', T: 'changed' };
async function filesFromGit(request) {
    const { cwd, run = runGit } = request.git;
    const base = checkRevision(request.git.base);
    const head = checkRevision(request.git.head);
    const mergeBase = await run(['merge-base', base, head], cwd);
    if (mergeBase.exitCode !== 0) {
        request.log.warning(`git cannot find where ${base} and ${head} meet (${mergeBase.stderr || 'no merge base'}), so every mapping file is linted. ` +
            'The checkout is probably shallow: set "fetch-depth: 0" on actions/checkout so that both commits and their history are there.');
        return undefined;
    }
    const range = `${base}...${head}`;
    // -z: paths come unquoted and NUL-separated, whatever characters they hold.
    const names = await run(['diff', '--name-status', '-z', '-M', '--no-color', range, '--'], cwd);
    if (names.exitCode !== 0) {
        request.log.warning(`git could not list the changed files (${names.stderr}), so every mapping file is linted.`);
        return undefined;
    }
    const files = parseNameStatus(names.stdout.toString('utf8'));
    const diff = await run(['diff', '-U0', '-M', '--no-color', '--no-ext-diff', '--no-textconv', range, '--'], cwd);
    // Each file has exactly one "diff --git" header, in the order --name-status lists them; if that does
    // not hold, the patches are left out and each changed file counts as changed throughout.
    const patches = diff.exitCode === 0 ? splitPatches(diff.stdout.toString('utf8')) : [];
    if (patches.length === files.length)
        files.forEach((file, i) => (file.patch = patches[i]));
    else
        request.log.info('git did not give one patch per changed file; every line of the changed files counts as changed.');
    return files;
}
function parseNameStatus(output) {
    const fields = output.split('\0');
    const files = [];
    for (let i = 0; i < fields.length - 1;) {
        const code = fields[i++];
        const status = GIT_STATUS[code[0]] ?? 'changed';
        if (code[0] === 'R' || code[0] === 'C') {
            const previousPath = fields[i++];
            files.push({ path: fields[i++], status, previousPath });
        }
        else {
            files.push({ path: fields[i++], status });
        }
    }
    return files;
}
function splitPatches(output) {
    return output.split(/^(?=diff --git )/m).filter((chunk) => chunk.startsWith('diff --git '));
}

;// CONCATENATED MODULE: ./src/pr/hunks.ts
const HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/**
 * The line numbers, in the new version of the file, of the lines a unified diff adds (a changed line
 * is a removed line plus an added one). Each hunk is read by its header's line counts, so file
 * headers and content that looks like them ("+++", "@@") are never mistaken for each other.
 */
function addedLines(patch) {
    const lines = new Set();
    let oldLeft = 0;
    let newLeft = 0;
    let newLine = 0;
    for (const text of patch.split('\n')) {
        if (oldLeft <= 0 && newLeft <= 0) {
            const header = HUNK_HEADER.exec(text);
            if (header) {
                oldLeft = Number(header[1] ?? 1);
                newLine = Number(header[2]);
                newLeft = Number(header[3] ?? 1);
            }
            continue;
        }
        if (text.startsWith('+')) {
            lines.add(newLine++);
            newLeft--;
        }
        else if (text.startsWith('-')) {
            oldLeft--;
        }
        else if (text.startsWith(' ') || text === '') {
            // An empty line is a context line whose leading space an editor or a transport trimmed.
            newLine++;
            newLeft--;
            oldLeft--;
        }
        // "\ No newline at end of file" belongs to the line before it and counts for neither side.
    }
    return lines;
}
/**
 * Priority 0 for a finding that touches a line the pull request added or changed, 1 for the rest.
 * A changed file without a patch (GitHub leaves out large diffs) counts as changed throughout.
 * Finding paths are relative to the workspace, changed paths to the repository root: the same on a runner.
 */
function changedLinePriority(files) {
    const changed = new Map();
    for (const file of files) {
        if (file.status !== 'removed')
            changed.set(file.path, file.patch === undefined ? 'all' : addedLines(file.patch));
    }
    return (finding) => {
        const lines = changed.get(finding.file);
        if (lines === undefined)
            return 1;
        if (lines === 'all')
            return 0;
        for (let line = finding.line; line <= (finding.endLine ?? finding.line); line++)
            if (lines.has(line))
                return 0;
        return 1;
    };
}

;// CONCATENATED MODULE: ./src/config/validate-config.generated.js
// Generated by scripts/compile-schema.mjs from schema/config.schema.json. Do not edit.

const validate_config_generated_validate = validate_config_generated_validate10;
/* harmony default export */ const validate_config_generated = ((/* unused pure expression or super */ null && (validate_config_generated_validate10)));
const validate_config_generated_schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/heroku-connect-action/heroku-connect-action/blob/main/schema/config.schema.json","title":"heroku-connect-action configuration (.heroku-connect.yml)","description":"Read by the CLI, the GitHub Action and the pre-commit hook alike. Inputs and command-line flags override it.","type":"object","additionalProperties":false,"properties":{"files":{"description":"Globs or paths of the mapping files to lint, relative to this file's folder; ! excludes. Used when no files are named on the command line or in the action's files input.","type":"array","items":{"type":"string","minLength":1}},"describe":{"description":"Globs of Salesforce describe snapshots, relative to this file's folder.","type":"array","items":{"type":"string","minLength":1}},"plan":{"description":"The Heroku Connect plan of the connection.","enum":["demo","enterprise","shield"]},"fail-on":{"description":"Fail when a finding reaches this level.","enum":["error","warning","notice","never"]},"rules":{"description":"Rule levels by rule id. An input or flag overrides them rule by rule.","type":"object","propertyNames":{"pattern":"^[a-z0-9-]+$"},"additionalProperties":{"enum":["off","notice","warning","error"]}},"ignore":{"description":"Findings to silence: one rule for one mapping (and optionally one field), with the reason. They are reported as suppressed and do not count toward fail-on.","type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","object","reason"],"properties":{"rule":{"description":"The rule id.","type":"string","pattern":"^[a-z0-9-]+$"},"object":{"description":"The mapping's object_name.","type":"string","minLength":1},"field":{"description":"A field of the mapping (under config.fields or config.indexes); without it, every finding of the rule on the mapping is silenced.","type":"string","minLength":1},"reason":{"description":"Why this finding is accepted: shown as the suppression's justification.","type":"string","minLength":1}}}}}};
const validate_config_generated_func2 = ucs2length/* default */.A;
const validate_config_generated_pattern0 = new RegExp("^[a-z0-9-]+$", "u");

function validate_config_generated_validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://github.com/heroku-connect-action/heroku-connect-action/blob/main/schema/config.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "files") || (key0 === "describe")) || (key0 === "plan")) || (key0 === "fail-on")) || (key0 === "rules")) || (key0 === "ignore"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.files !== undefined){
let data0 = data.files;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(validate_config_generated_func2(data1) < 1){
const err1 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.describe !== undefined){
let data2 = data.describe;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(typeof data3 === "string"){
if(validate_config_generated_func2(data3) < 1){
const err4 = {instancePath:instancePath+"/describe/" + i1,schemaPath:"#/properties/describe/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/describe/" + i1,schemaPath:"#/properties/describe/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/describe",schemaPath:"#/properties/describe/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.plan !== undefined){
let data4 = data.plan;
if(!(((data4 === "demo") || (data4 === "enterprise")) || (data4 === "shield"))){
const err7 = {instancePath:instancePath+"/plan",schemaPath:"#/properties/plan/enum",keyword:"enum",params:{allowedValues: validate_config_generated_schema11.properties.plan.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data["fail-on"] !== undefined){
let data5 = data["fail-on"];
if(!((((data5 === "error") || (data5 === "warning")) || (data5 === "notice")) || (data5 === "never"))){
const err8 = {instancePath:instancePath+"/fail-on",schemaPath:"#/properties/fail-on/enum",keyword:"enum",params:{allowedValues: validate_config_generated_schema11.properties["fail-on"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.rules !== undefined){
let data6 = data.rules;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
const _errs14 = errors;
if(typeof key1 === "string"){
if(!validate_config_generated_pattern0.test(key1)){
const err9 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var valid5 = _errs14 === errors;
if(!valid5){
const err10 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key2 in data6){
let data7 = data6[key2];
if(!((((data7 === "off") || (data7 === "notice")) || (data7 === "warning")) || (data7 === "error"))){
const err11 = {instancePath:instancePath+"/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/additionalProperties/enum",keyword:"enum",params:{allowedValues: validate_config_generated_schema11.properties.rules.additionalProperties.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.ignore !== undefined){
let data8 = data.ignore;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.rule === undefined){
const err13 = {instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data9.object === undefined){
const err14 = {instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/required",keyword:"required",params:{missingProperty: "object"},message:"must have required property '"+"object"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data9.reason === undefined){
const err15 = {instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key3 in data9){
if(!((((key3 === "rule") || (key3 === "object")) || (key3 === "field")) || (key3 === "reason"))){
const err16 = {instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data9.rule !== undefined){
let data10 = data9.rule;
if(typeof data10 === "string"){
if(!validate_config_generated_pattern0.test(data10)){
const err17 = {instancePath:instancePath+"/ignore/" + i2+"/rule",schemaPath:"#/properties/ignore/items/properties/rule/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/ignore/" + i2+"/rule",schemaPath:"#/properties/ignore/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data9.object !== undefined){
let data11 = data9.object;
if(typeof data11 === "string"){
if(validate_config_generated_func2(data11) < 1){
const err19 = {instancePath:instancePath+"/ignore/" + i2+"/object",schemaPath:"#/properties/ignore/items/properties/object/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/ignore/" + i2+"/object",schemaPath:"#/properties/ignore/items/properties/object/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data9.field !== undefined){
let data12 = data9.field;
if(typeof data12 === "string"){
if(validate_config_generated_func2(data12) < 1){
const err21 = {instancePath:instancePath+"/ignore/" + i2+"/field",schemaPath:"#/properties/ignore/items/properties/field/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/ignore/" + i2+"/field",schemaPath:"#/properties/ignore/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data9.reason !== undefined){
let data13 = data9.reason;
if(typeof data13 === "string"){
if(validate_config_generated_func2(data13) < 1){
const err23 = {instancePath:instancePath+"/ignore/" + i2+"/reason",schemaPath:"#/properties/ignore/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/ignore/" + i2+"/reason",schemaPath:"#/properties/ignore/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate_config_generated_validate10.errors = vErrors;
return errors === 0;
}

;// CONCATENATED MODULE: ./src/config/load.ts










/** The names looked for in each folder, in this order. */
const CONFIG_FILE_NAMES = ['.heroku-connect.yml', '.heroku-connect.yaml', '.heroku-connect.json'];
/**
 * The configuration file the action reads (at the workspace root) among a pull request's changed
 * paths: such a pull request changes how its own check lints, which its reviewers should see.
 */
function changedConfigFile(changedPaths) {
    return changedPaths.find((changed) => CONFIG_FILE_NAMES.includes(changed));
}
/** A configuration file is a few lines; anything this large is not one. */
const MAX_CONFIG_BYTES = 256 * 1024;
/**
 * The configuration file for a run in `start`: looked for in `start`, then in each parent up to the
 * repository's root (the folder with `.git`), never above it; outside a repository, in `start` only.
 * The action passes `searchUp: false`: only the workspace root counts.
 */
async function findConfigFile(start, searchUp) {
    let folder = external_node_path_default().resolve(start);
    const stopAt = searchUp ? await repositoryRoot(folder) : folder;
    for (;;) {
        for (const name of CONFIG_FILE_NAMES) {
            const candidate = external_node_path_default().join(folder, name);
            if (await exists(candidate))
                return candidate;
        }
        if (stopAt === undefined || folder === stopAt)
            return undefined;
        folder = external_node_path_default().dirname(folder);
    }
}
async function repositoryRoot(start) {
    for (let folder = start;; folder = external_node_path_default().dirname(folder)) {
        // `.git` is a folder in a clone and a file in a worktree or submodule.
        if (await exists(external_node_path_default().join(folder, '.git')))
            return folder;
        if (external_node_path_default().dirname(folder) === folder)
            return undefined;
    }
}
async function exists(file) {
    return (0,promises_.stat)(file).then(() => true, () => false);
}
/**
 * Finds and reads the configuration file for a run whose findings are relative to `root`. Read
 * confined to its own folder and bounded like a mapping file; parsed by the mapping files' parser,
 * so a problem is placed at its line.
 */
async function loadConfig(root, options) {
    const found = await findConfigFile(root, options.searchUp);
    if (found === undefined)
        return undefined;
    const shown = external_node_path_default().relative(root, found).split((external_node_path_default()).sep).join('/');
    const read = await readConfined(found, external_node_path_default().dirname(found), MAX_CONFIG_BYTES);
    if (!read.ok)
        throw new errors_ConfigurationError(`${shown}: ${read.message}`);
    const decoded = decode(read.bytes, formatOf(found));
    if (!decoded.ok)
        throw new errors_ConfigurationError(`${shown}:${decoded.problem.range.start.line}: ${decoded.problem.message}`);
    const parsed = parseSource(decoded.text, formatOf(found));
    const problem = parsed.problems[0];
    if (problem)
        throw new errors_ConfigurationError(`${shown}:${problem.range.start.line}:${problem.range.start.column}: ${problem.message}`);
    const value = parsed.value ?? {};
    const at = (where, key = false) => {
        const { start } = parsed.locate([{ path: where, at: key ? 'key' : 'value' }])[0];
        return { line: start.line, column: start.column, text: `${shown}:${start.line}:${start.column}` };
    };
    if (!validate_config_generated_validate(value)) {
        const error = validate_config_generated_validate.errors[0];
        const where = parsePointer(error.instancePath);
        const isKey = error.keyword === 'additionalProperties' || error.keyword === 'propertyNames';
        throw new errors_ConfigurationError(`${at(isKey ? [...where, String(error.params.additionalProperty ?? error.params.propertyName ?? '')] : where, isKey).text}: ${describe(error, where)}`);
    }
    const document = value;
    for (const [id] of Object.entries(document.rules ?? {}))
        checkRuleId(id, at(['rules', id], true).text);
    const ignores = (document.ignore ?? []).map((entry, index) => {
        checkRuleId(entry.rule, at(['ignore', index, 'rule']).text);
        const { line, column } = at(['ignore', index]);
        return { rule: entry.rule, object: entry.object, ...(entry.field !== undefined && { field: entry.field }), reason: entry.reason, file: shown, line, column };
    });
    // Globs in the file are relative to its folder; the run's are relative to root.
    const folder = external_node_path_default().relative(root, external_node_path_default().dirname(found)).split((external_node_path_default()).sep).join('/');
    const rebase = (pattern) => {
        const negated = pattern.startsWith('!');
        const body = negated ? pattern.slice(1) : pattern;
        return `${negated ? '!' : ''}${folder === '' ? body : `${folder}/${body}`}`;
    };
    const values = {};
    if (document.files)
        values.files = document.files.map(rebase).join('\n');
    if (document.describe)
        values.describe = document.describe.map(rebase).join('\n');
    if (document.plan)
        values.plan = document.plan;
    if (document['fail-on'])
        values['fail-on'] = document['fail-on'];
    if (document.rules)
        values.rules = Object.entries(document.rules).map(([id, level]) => `${id}: ${level}`).join('\n');
    return { file: shown, values, ignores };
}
function checkRuleId(id, where) {
    if (!RULES_BY_ID.has(id))
        throw new errors_ConfigurationError(`${where}: unknown rule "${id}".${didYouMean(id, [...RULES_BY_ID.keys()])}`);
}
const KNOWN_KEYS = {
    '': ['files', 'describe', 'plan', 'fail-on', 'rules', 'ignore'],
    ignore: ['rule', 'object', 'field', 'reason'],
};
/** What is wrong, in the words of the file: the key and what it takes. */
function describe(error, where) {
    const name = where.length === 0 ? 'the file' : `"${where.join('.')}"`;
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const known = KNOWN_KEYS[typeof where[0] === 'string' && where[0] === 'ignore' ? 'ignore' : ''] ?? [];
            return `unknown key "${key}".${didYouMean(key, known)} Known keys: ${known.join(', ')}.`;
        }
        case 'required':
            return `${name} is missing "${String(params.missingProperty)}"${params.missingProperty === 'reason' ? ': every ignore says why the finding is accepted' : ''}.`;
        case 'enum':
            return `${name} must be one of: ${params.allowedValues.join(', ')}.`;
        case 'type':
            return `${name} must be ${params.type === 'array' ? 'a list' : params.type === 'object' ? 'a mapping of keys to values' : `a ${String(params.type)}`}.`;
        case 'minLength':
            return `${name} must not be empty.`;
        case 'propertyNames':
        case 'pattern':
            return `${name} is not a rule id (lowercase letters, digits and hyphens).`;
        default:
            return `${name} ${error.message ?? 'is not valid'}.`;
    }
}

;// CONCATENATED MODULE: ./src/report/text.ts


const LEVEL_STYLE = { error: 'red', warning: 'yellow', notice: 'cyan' };
/**
 * The CLI's default report: grouped by file, like compiler output, with colour only on a terminal.
 * File names and messages are shown through terminalText: nothing from a file reaches the terminal raw.
 */
function formatText(run, color) {
    const paint = (style, text) => (color ? (0,external_node_util_.styleText)(style, text) : text);
    const lines = [];
    const findings = [...run.findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    let current;
    for (const finding of findings) {
        if (finding.file !== current) {
            if (current !== undefined)
                lines.push('');
            lines.push(paint('underline', escape_terminalText(finding.file)));
            current = finding.file;
        }
        const where = `${finding.line}:${finding.column}`.padEnd(8);
        lines.push(`  ${paint('dim', where)}${paint(LEVEL_STYLE[finding.level], finding.level.padEnd(8))}${escape_terminalText(finding.message)}  ${paint('dim', finding.ruleId)}`);
    }
    const { error, warning, notice } = run.counts;
    const files = run.results.length;
    if (lines.length > 0)
        lines.push('');
    const suppressed = run.suppressed.length > 0 ? `, ${run.suppressed.length} suppressed` : '';
    const total = `${files} file${files === 1 ? '' : 's'} checked: ${error} error${error === 1 ? '' : 's'}, ${warning} warning${warning === 1 ? '' : 's'}, ${notice} notice${notice === 1 ? '' : 's'}${suppressed}`;
    lines.push(paint(error > 0 ? 'red' : warning > 0 ? 'yellow' : 'green', total));
    return `${lines.join('\n')}\n`;
}
/** Machine-readable report, as schema/report.schema.json documents it: the findings as they are, plus totals. */
function formatJson(run) {
    return `${JSON.stringify({ files: run.results.map((r) => r.file), counts: run.counts, findings: run.findings, suppressed: run.suppressed }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/formats.ts




const LINT_FORMATS = [
    { name: 'text', description: 'readable text grouped by file, coloured on a terminal', render: async (run, { color }) => formatText(run, color) },
    { name: 'json', description: 'the findings and totals as JSON (schema/report.schema.json)', render: async (run) => formatJson(run) },
    { name: 'sarif', description: 'SARIF 2.1.0 for code scanning, suppressed findings marked', render: async (run) => `${JSON.stringify(toSarif(run.findings, run.suppressed), null, 2)}\n` },
    {
        name: 'github',
        description: 'GitHub workflow commands (annotations), for a run: step',
        toRunner: true,
        render: async (run) => {
            // The same annotation budget and order as the action; @actions/core writes the commands to stdout.
            const core = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6421));
            annotate(run.findings, toolkitAnnotator(core), 'run with --format text to see every finding');
            return '';
        },
    },
    { name: 'markdown', description: 'the job summary the action writes, as Markdown', render: async (run) => renderLintSummary(run).markdown },
];
const LINT_FORMAT_NAMES = LINT_FORMATS.map((format) => format.name);
function lintFormat(name) {
    return LINT_FORMATS.find((format) => format.name === name);
}

;// CONCATENATED MODULE: ./src/inputs/table.ts
/**
 * Every input of the action and every option of the CLI, declared once. The action's reader, the
 * CLI's parseArgs options, its usage and per-command help, action.yml and the README's inputs table
 * all come from (or are checked against) this table: a new input is one entry here and its docs.
 */

const COMMANDS = (/* unused pure expression or super */ null && (['lint', 'deploy', 'plan', 'diagnose', 'write-errors', 'drift', 'health', 'compare']));
const INPUTS = [
    {
        name: 'files',
        type: 'list',
        default: '',
        configKey: 'files',
        action: {},
        cli: { positional: true, commands: ['lint', 'deploy', 'plan', 'diagnose', 'drift'] },
        description: 'Newline-separated globs or paths of mapping files. A path without glob characters is always linted; files a glob finds are linted when they look like mapping files. Prefix with ! to exclude. Empty means the configuration file\'s files, else every mapping file in the workspace.',
    },
    {
        name: 'rules',
        type: 'list',
        default: '',
        configKey: 'rules',
        action: {},
        cli: { flag: 'rule', value: '<id=level>', commands: ['lint', 'deploy'], help: 'Set a rule to off, notice, warning or error (repeatable)' },
        description: 'Rule levels, one per line: "rule-id: off|notice|warning|error". They override the configuration file\'s levels, rule by rule.',
    },
    {
        name: 'fail-on',
        type: 'string',
        default: 'error',
        choices: ['error', 'warning', 'notice', 'never'],
        configKey: 'fail-on',
        action: {},
        cli: { commands: ['lint', 'deploy', 'diagnose'], help: 'Exit 1 when a finding reaches this level (default: error)' },
        description: 'Fail when a finding reaches this level: error, warning, notice or never. Empty means the configuration file\'s fail-on, else error.',
    },
    {
        name: 'plan',
        type: 'string',
        default: '',
        choices: ['demo', 'enterprise', 'shield'],
        configKey: 'plan',
        action: {},
        cli: { commands: ['lint', 'deploy'], help: "The connection's Heroku plan (demo has a 10-minute polling floor)" },
        description: 'The Heroku Connect plan (demo, enterprise or shield). demo has a 10-minute polling floor. Empty means the configuration file\'s plan, else the paid range.',
    },
    {
        name: 'describe',
        type: 'list',
        default: '',
        configKey: 'describe',
        action: {},
        cli: { value: '<glob>', commands: ['lint', 'deploy'], help: 'Salesforce describe snapshots (repeatable)' },
        description: 'Newline-separated globs of Salesforce describe snapshots (REST sObject or global describe, or `sf sobject describe --json` output).',
    },
    {
        name: 'salesforce-instance-url',
        type: 'string',
        default: '',
        env: 'SF_INSTANCE_URL',
        action: {},
        cli: { value: '<url>', commands: ['lint', 'deploy'], help: 'Fetch describe data live (also SF_INSTANCE_URL); the token comes from SF_ACCESS_TOKEN' },
        description: 'Salesforce instance URL (https://yourorg.my.salesforce.com) to fetch describe data live for the mapped objects. Falls back to the SF_INSTANCE_URL environment variable.',
    },
    {
        name: 'salesforce-access-token',
        type: 'string',
        default: '',
        env: 'SF_ACCESS_TOKEN',
        secret: true,
        action: {},
        description: 'Salesforce access token for live describe. Falls back to the SF_ACCESS_TOKEN environment variable. Masked in the log.',
    },
    {
        name: 'sarif-file',
        type: 'string',
        default: '',
        action: {},
        description: 'Write a SARIF 2.1.0 report to this path (relative to the workspace) for github/codeql-action/upload-sarif.',
    },
    {
        name: 'format',
        type: 'string',
        default: 'text',
        choices: LINT_FORMAT_NAMES,
        cli: { commands: ['lint'] },
        description: `Report format (default: text). ${LINT_FORMATS.map((format) => `${format.name}: ${format.description}`).join('; ')}.`,
    },
    {
        name: 'text-or-json',
        type: 'string',
        default: 'text',
        choices: ['text', 'json'],
        cli: { flag: 'format', commands: ['plan', 'diagnose', 'write-errors', 'drift', 'health', 'compare'] },
        description: 'Report format (default: text)',
    },
    {
        name: 'output',
        type: 'string',
        default: '',
        cli: { value: '<file>', commands: ['lint'] },
        description: 'Write the report to a file instead of stdout (missing folders are created)',
    },
    {
        name: 'stdin-filename',
        type: 'string',
        default: '',
        cli: { value: '<name>', commands: ['lint'] },
        description: 'With "-" as the path: the name of the text read from standard input (its extension says JSON or YAML; findings name it)',
    },
    {
        name: 'max-warnings',
        type: 'integer',
        default: '',
        bounds: { min: 0, max: Number.MAX_SAFE_INTEGER },
        cli: { value: '<n>', commands: ['lint'] },
        description: 'Exit 1 when there are more than n warnings',
    },
    {
        name: 'quiet',
        type: 'boolean',
        default: 'false',
        cli: { commands: ['lint'] },
        description: 'Report errors only: warnings and notices are neither shown nor counted',
    },
    {
        name: 'list-rules',
        type: 'boolean',
        default: 'false',
        cli: { commands: ['lint'] },
        description: 'List the rules (id, default level, level in effect, summary, documentation) as text or json, and lint nothing',
    },
    {
        name: 'command',
        type: 'string',
        default: '',
        choices: ['lint', 'deploy', 'drift', 'health'],
        action: {},
        description: 'What the action does: lint (the default), deploy (lint, then import; the same as deploy: true), drift (compare each app\'s live connection with the files) or health (the state, polls, write errors and notifications of each app\'s connection). Empty means lint, or deploy when deploy is true.',
    },
    {
        name: 'deploy',
        type: 'boolean',
        default: 'false',
        action: {},
        description: "Import the files into the app's Heroku Connect connection after the lint, and wait until it is IDLE and every imported mapping is DATA_SYNCED. Nothing is imported when a finding reaches fail-on. Needs files, app and heroku-api-key.",
    },
    {
        name: 'heroku-api-key',
        type: 'string',
        default: '',
        env: 'HEROKU_API_KEY',
        secret: true,
        action: {},
        description: 'Heroku API key of a user with access to the app (pass it from a secret). Falls back to the HEROKU_API_KEY environment variable. Masked in the log.',
    },
    {
        name: 'app',
        type: 'list',
        default: '',
        action: {},
        cli: {
            value: '<app[:resource]>',
            commands: ['deploy', 'plan', 'diagnose', 'write-errors', 'drift', 'health', 'compare'],
            help: 'The Heroku app with the Heroku Connect add-on, optionally app:resource (drift, health: repeatable; compare: twice; plan: compare with its live connection)',
        },
        description: 'The Heroku app with the Heroku Connect add-on, optionally as app:resource. Required when deploying (one app). drift, health and the live plan take several, one per line, and report each.',
    },
    {
        name: 'resource',
        type: 'string',
        default: '',
        action: {},
        cli: { value: '<name>', commands: ['deploy', 'plan', 'diagnose', 'write-errors', 'drift', 'health'], help: "The add-on's resource name, when the app has several connections" },
        description: "The Heroku Connect add-on's resource name (such as herokuconnect-shaped-12345). Needed when the app has more than one connection.",
    },
    {
        name: 'wait-timeout',
        type: 'integer',
        default: '1800',
        // A day at most: far below setTimeout's 2^31 ms limit.
        bounds: { min: 1, max: 86_400 },
        action: {},
        cli: {
            value: '<seconds>',
            commands: ['deploy', 'diagnose', 'drift', 'health', 'compare'],
            help: 'deploy: how long to wait for the import to be applied and synced (default: 1800); diagnose, drift, health, compare: how long all their calls may take (default: 300); at most 86400',
        },
        description: 'Seconds to wait, in all, for a running import to finish and for this import to be applied and synced (at most 86400). drift and health: how long all their calls may take.',
    },
    {
        name: 'poll-interval',
        type: 'integer',
        default: '10',
        bounds: { min: 1, max: 3_600 },
        action: {},
        cli: { value: '<seconds>', commands: ['deploy'], help: 'Seconds between state polls, 1 to 3600 (default: 10)' },
        description: 'Seconds between polls of the connection state, 1 to 3600. The first poll comes one interval after the import is accepted.',
    },
    {
        name: 'backup-dir',
        type: 'string',
        default: '',
        cli: { value: '<dir>', commands: ['deploy'] },
        description: 'Where the backup of the live configuration goes (default: the OS temp directory)',
    },
    {
        name: 'allow-pull-request-deploy',
        type: 'boolean',
        default: 'false',
        action: {},
        cli: { commands: ['deploy'], help: 'Deploy even when GITHUB_EVENT_NAME is pull_request or pull_request_target' },
        description: 'Deploy on pull_request and pull_request_target events too (refused by default). Only for a review-app connection the pull request may change.',
    },
    {
        name: 'diagnose',
        type: 'boolean',
        default: 'true',
        action: {},
        cli: { negated: true, commands: ['deploy'], help: "Skip Heroku Connect's own diagnose after the deploy" },
        description: "After the deploy, run Heroku Connect's own diagnose (the checks of heroku connect:diagnose) on the connection and on each imported mapping; its errors and warnings are findings at the mapping's line, and fail-on applies.",
    },
    {
        name: 'prune',
        type: 'boolean',
        default: 'false',
        action: {},
        cli: { commands: ['deploy'], help: 'Delete the live mappings the files do not contain, after the import succeeded' },
        description: 'Delete the live mappings that no file contains, after the backup and after the import was proven. Each deletion drops the table and its data; refused when the files name no mapping or a live-only mapping is in an error state.',
    },
    {
        name: 'fail-on-write-errors',
        type: 'boolean',
        default: 'false',
        action: {},
        cli: { commands: ['deploy'], help: 'Fail when new write errors appear after the import (default: a warning)' },
        description: 'Fail the deploy when new write errors (Postgres to Salesforce writes that failed) appear after the import; otherwise they are a warning.',
    },
    {
        name: 'since',
        type: 'string',
        default: '24h',
        action: {},
        cli: { value: '<duration>', commands: ['write-errors', 'health'], help: 'How far back write errors count: 30m, 2h, 1d (default: 24h, all that Heroku Connect keeps)' },
        description: 'health: how far back write errors count, such as 1h for an hourly schedule, so that only new ones count (default: 24h, all that Heroku Connect keeps).',
    },
    {
        name: 'write-back',
        type: 'boolean',
        default: 'false',
        action: {},
        cli: { flag: 'write', commands: ['drift'], help: "Rewrite the files to match the live connection, keeping each file's form" },
        description: "drift: rewrite the files to match the live connection (one app), changing only the drifted values: JSON keeps its indentation and key order, YAML its comments and anchors. A value shared through a YAML alias is left for you.",
    },
    {
        name: 'stale-intervals',
        type: 'integer',
        default: '3',
        bounds: { min: 1, max: 1000 },
        action: {},
        cli: { value: '<n>', commands: ['health'], help: 'A mapping is stale when its last poll is more than n polling intervals ago (default: 3)' },
        description: 'health: a mapping is stale, and unhealthy, when its last successful poll of Salesforce is more than this many polling intervals ago.',
    },
    {
        name: 'max-write-errors',
        type: 'integer',
        default: '0',
        bounds: { min: 0, max: Number.MAX_SAFE_INTEGER },
        action: {},
        cli: { value: '<n>', commands: ['health'], help: 'Unhealthy when more than n write errors are within --since (default: 0)' },
        description: 'health: unhealthy when more than this many write errors fall within since.',
    },
    {
        name: 'max-notifications',
        type: 'integer',
        default: '0',
        bounds: { min: 0, max: Number.MAX_SAFE_INTEGER },
        action: {},
        cli: { value: '<n>', commands: ['health'], help: 'Unhealthy when more than n notifications are unacknowledged (default: 0)' },
        description: 'health: unhealthy when more than this many notifications are unacknowledged.',
    },
    {
        name: 'acknowledge',
        type: 'boolean',
        default: 'false',
        action: {},
        cli: { commands: ['health'], help: 'Acknowledge the notifications reported, so the next run sees only new ones' },
        description: 'health: acknowledge the notifications this run reported (only those), so that the next run sees only new ones.',
    },
    {
        name: 'health-issue',
        type: 'boolean',
        default: 'false',
        action: {},
        description: 'health: keep one GitHub issue per repository while unhealthy: open it, update it while it stays so, close it when healthy again. Needs github-token with issues: write.',
    },
    {
        name: 'base',
        type: 'string',
        default: 'HEAD',
        cli: { value: '<ref>', commands: ['plan'] },
        description: 'The git revision to compare with (default: HEAD)',
    },
    {
        name: 'only-changed',
        type: 'string',
        default: 'auto',
        choices: ['auto', 'true', 'false'],
        action: {},
        description: 'On pull requests, lint only the mapping files the pull request adds or changes: auto (on for pull requests, off otherwise), true or false.',
    },
    {
        name: 'github-token',
        type: 'string',
        default: '',
        env: 'GITHUB_TOKEN',
        secret: true,
        // An expression only the runner can evaluate; the code falls back to GITHUB_TOKEN.
        action: { actionYmlDefault: '${{ github.token }}' },
        description: "Token to list the pull request's files and keep its comment current. Needs pull-requests: write for the comment.",
    },
    {
        name: 'comment',
        type: 'string',
        default: 'on-change',
        choices: ['off', 'on-change', 'always'],
        action: {},
        description: 'One pull request comment kept current with the findings and the plan: off, on-change (only when the pull request changes mapping files) or always.',
    },
    {
        name: 'no-color',
        type: 'boolean',
        default: 'false',
        cli: { commands: ['lint', 'deploy', 'plan'] },
        description: 'Plain text output (also NO_COLOR)',
    },
];
const INPUTS_BY_NAME = new Map(INPUTS.map((spec) => [spec.name, spec]));
function inputSpec(name) {
    return INPUTS_BY_NAME.get(name);
}
/** What action.yml must declare as the input's default: empty where the configuration file may set it, so the file is not overridden. */
function actionYmlDefault(spec) {
    if (spec.action?.actionYmlDefault !== undefined)
        return spec.action.actionYmlDefault;
    return spec.configKey ? '' : spec.default;
}
const ACTION_INPUTS = INPUTS.filter((spec) => spec.action !== undefined);

;// CONCATENATED MODULE: ./src/action/inputs.ts





/** The action's input names, for code that names one: each is declared in src/inputs/table.ts. */
const Input = {
    Files: 'files',
    Rules: 'rules',
    FailOn: 'fail-on',
    Plan: 'plan',
    Describe: 'describe',
    SalesforceInstanceUrl: 'salesforce-instance-url',
    SalesforceAccessToken: 'salesforce-access-token',
    SarifFile: 'sarif-file',
    Deploy: 'deploy',
    HerokuApiKey: 'heroku-api-key',
    App: 'app',
    Resource: 'resource',
    WaitTimeout: 'wait-timeout',
    PollInterval: 'poll-interval',
    AllowPullRequestDeploy: 'allow-pull-request-deploy',
    OnlyChanged: 'only-changed',
    GithubToken: 'github-token',
    Comment: 'comment',
    Diagnose: 'diagnose',
    Prune: 'prune',
    FailOnWriteErrors: 'fail-on-write-errors',
    Command: 'command',
    WriteBack: 'write-back',
    Since: 'since',
    StaleIntervals: 'stale-intervals',
    MaxWriteErrors: 'max-write-errors',
    MaxNotifications: 'max-notifications',
    Acknowledge: 'acknowledge',
    HealthIssue: 'health-issue',
};
function label(source, name) {
    return source.label ? source.label(name) : `Input "${name}"`;
}
/** The input, else its environment variable, else the configuration file's value, else its default. */
function getString(source, name) {
    const spec = inputSpec(name);
    return (source.getInput(name).trim() ||
        (spec.env ? source.env[spec.env]?.trim() ?? '' : '') ||
        (spec.configKey ? source.config?.[name]?.trim() ?? '' : '') ||
        spec.default);
}
function getList(source, name) {
    return splitLines(getString(source, name));
}
function splitLines(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** One of the input's declared choices, or undefined when it is empty. */
function getChoice(source, name) {
    const choices = (inputSpec(name).choices ?? []);
    const value = getString(source, name);
    if (value === '')
        return undefined;
    const match = choices.find((choice) => choice === value.toLowerCase());
    if (!match)
        throw new errors_ConfigurationError(`${label(source, name)} is "${value}"; use one of: ${choices.join(', ')}.`);
    return match;
}
function getBoolean(source, name) {
    const value = getString(source, name).toLowerCase();
    if (value === '' || value === 'false')
        return false;
    if (value === 'true')
        return true;
    throw new errors_ConfigurationError(`${label(source, name)} is "${value}"; use true or false.`);
}
/** A whole number within the input's bounds; undefined when it is empty and has no default. */
function getOptionalInteger(source, name) {
    const value = getString(source, name);
    if (value === '')
        return undefined;
    const { min, max } = inputSpec(name).bounds ?? { min: 0, max: Number.MAX_SAFE_INTEGER };
    if (!/^\d+$/.test(value) || Number(value) < min) {
        throw new errors_ConfigurationError(`${label(source, name)} is "${value}"; use a whole number of at least ${min}.`);
    }
    if (Number(value) > max)
        throw new errors_ConfigurationError(`${label(source, name)} is "${value}"; use at most ${max}.`);
    return Number(value);
}
function getInteger(source, name) {
    const value = getOptionalInteger(source, name);
    if (value === undefined)
        throw new errors_ConfigurationError(`${label(source, name)} is empty; use a whole number.`);
    return value;
}
/** A secret input, masked in the log before anything else can print it (once, however often it is read). */
function getSecret(source, name) {
    const value = getString(source, name);
    const masked = maskedBy.get(source) ?? new Set();
    maskedBy.set(source, masked);
    if (value && !masked.has(value)) {
        source.setSecret(value);
        masked.add(value);
    }
    return value;
}
const maskedBy = new WeakMap();
function readLintInputs(source) {
    const failOn = getChoice(source, Input.FailOn) ?? 'error';
    const plan = getChoice(source, Input.Plan);
    const live = readLiveDescribe(source);
    const sarifFile = getString(source, Input.SarifFile);
    // The file's levels first, so that an input or flag overrides them rule by rule.
    const ruleLines = [...splitLines(source.config?.[Input.Rules] ?? ''), ...splitLines(source.getInput(Input.Rules))];
    return {
        patterns: getList(source, Input.Files),
        levels: levels_resolveLevels(parseRuleSettings(ruleLines)),
        failOn,
        ...(plan && { herokuPlan: plan }),
        describePatterns: getList(source, Input.Describe),
        ...(live && { live }),
        ...(sarifFile && { sarifFile }),
    };
}
function readLiveDescribe(source) {
    const accessToken = getSecret(source, Input.SalesforceAccessToken);
    const instanceUrl = getString(source, Input.SalesforceInstanceUrl);
    if (!accessToken && !instanceUrl)
        return undefined;
    if (!accessToken || !instanceUrl) {
        throw new errors_ConfigurationError('Live describe needs both the Salesforce instance URL ("salesforce-instance-url" or SF_INSTANCE_URL) and the access token ("salesforce-access-token" or SF_ACCESS_TOKEN); one of them is empty.');
    }
    return { instanceUrl, accessToken };
}
/**
 * The deploy inputs, or undefined when `deploy` is off. The API key is read (and masked) first and
 * in every case, so that no later log line can show it even when the deploy is not asked for.
 */
/** The deploy settings when deploying: `command: deploy`, or `deploy: true` as before the command input. */
function readDeployInputs(source, commanded = false) {
    const apiKey = getSecret(source, Input.HerokuApiKey);
    // Checked in every mode: a wrong value is wrong before anyone turns deploy on.
    getInteger(source, Input.WaitTimeout);
    getInteger(source, Input.PollInterval);
    return commanded || getBoolean(source, Input.Deploy) ? readDeploySettings(source, apiKey) : undefined;
}
/** The deploy settings, checked; the CLI's deploy command reads its options through this too. */
function readDeploySettings(source, apiKey = getSecret(source, Input.HerokuApiKey)) {
    // An empty `files` lints the whole workspace; importing every mapping file found there is never what is meant.
    if (splitLines(source.getInput(Input.Files)).length === 0) {
        throw new errors_ConfigurationError('Deploying needs the mapping files named ("files"): every file named goes into one import.');
    }
    const app = oneApp(source, 'Deploying');
    if (app === '')
        throw new errors_ConfigurationError('Deploying needs "app": the name of the Heroku app that has the Heroku Connect add-on.');
    if (apiKey === '') {
        throw new errors_ConfigurationError('Deploying needs a Heroku API key: set "heroku-api-key" from a secret, or the HEROKU_API_KEY environment variable.');
    }
    const resource = getString(source, Input.Resource);
    return {
        apiKey,
        app,
        ...(resource && { resource }),
        waitTimeoutSeconds: getInteger(source, Input.WaitTimeout),
        pollIntervalSeconds: getInteger(source, Input.PollInterval),
        allowPullRequestDeploy: getBoolean(source, Input.AllowPullRequestDeploy),
        diagnose: getBoolean(source, Input.Diagnose),
        prune: getBoolean(source, Input.Prune),
        failOnWriteErrors: getBoolean(source, Input.FailOnWriteErrors),
    };
}
/** The pull-request inputs; the token is masked on reading, like every secret. */
function readReviewInputs(source) {
    return {
        onlyChanged: getChoice(source, Input.OnlyChanged) ?? 'auto',
        comment: getChoice(source, Input.Comment) ?? 'on-change',
        githubToken: getSecret(source, Input.GithubToken),
    };
}
/**
 * The connection to plan against, when both app and API key are given without a deploy: the plan
 * then compares the files with the live configuration. Read only (an export), but it needs secrets,
 * so the caller allows it on trusted events only.
 */
function readLiveTarget(source) {
    const apiKey = getSecret(source, Input.HerokuApiKey);
    const targets = readAppTargets(source);
    if (apiKey === '' || targets.length === 0)
        return undefined;
    return targets.map((target) => ({ apiKey, ...target }));
}
/** The apps of `app`, one per line (a repeated --app), each optionally app:resource. */
function readAppTargets(source) {
    return parseAppTargets(getList(source, Input.App), getString(source, Input.Resource));
}
/** The one app a deploy (or another single-app command, named by `what`) works on. */
function oneApp(source, what) {
    const apps = getList(source, Input.App);
    if (apps.length > 1)
        throw new errors_ConfigurationError(`${what} works on one app; "app" names ${apps.length}. Use one step (or job) per app.`);
    return apps[0] ?? '';
}
/** The health thresholds and options, checked; the action reads them through this too. */
function readHealthOptions(source) {
    const since = getString(source, Input.Since);
    const sinceMs = parseDuration(since);
    if (sinceMs === undefined)
        throw new errors_ConfigurationError(`"since" is "${since}"; use a number with s, m, h or d, such as 1h.`);
    return {
        sinceMs,
        staleIntervals: getInteger(source, Input.StaleIntervals),
        maxWriteErrors: getInteger(source, Input.MaxWriteErrors),
        maxNotifications: getInteger(source, Input.MaxNotifications),
        acknowledge: getBoolean(source, Input.Acknowledge),
    };
}

;// CONCATENATED MODULE: ./src/plan/file.ts



/**
 * The plan of one changed file. `base`: the bytes at the base commit (of previousPath for a rename),
 * undefined when they could not be read; `head`: the bytes in the pull request. A removed file that
 * was no mapping document has nothing to plan: undefined.
 */
function planFile(file, base, head) {
    const status = fileStatus(file);
    const basePath = file.previousPath ?? file.path;
    const before = status === 'added' ? undefined : documentOf(basePath, base);
    const after = status === 'removed' ? undefined : documentOf(file.path, head);
    if (status === 'removed' && !mappingsOf(before))
        return undefined;
    return {
        path: file.path,
        ...(status === 'renamed' && { previousPath: basePath }),
        status,
        ...planChanges(before, after),
    };
}
function fileStatus(file) {
    switch (file.status) {
        case 'added':
        case 'copied':
            return 'added';
        case 'removed':
        case 'renamed':
            return file.status;
        default:
            return 'modified';
    }
}
/** The parsed document, read the way the lint reads files; null when there is none to read. */
function documentOf(path, bytes) {
    if (bytes === undefined)
        return null;
    const format = formatOf(path);
    const read = decode(bytes, format);
    if (!read.ok)
        return null;
    return parseSource(read.text, format).value ?? null;
}

;// CONCATENATED MODULE: ./src/pr/base-content.ts


/**
 * The file's bytes at the commit, or undefined when the file did not exist there. Read from the
 * local repository when the commit is in it, else through the REST contents API. Throws when
 * neither can tell, rather than answer "did not exist" and make every mapping look new.
 */
async function readBaseContent(request) {
    const sha = checkRevision(request.sha);
    const { cwd, run = runGit } = request.git;
    const object = `${sha}:${request.path}`;
    if ((await run(['cat-file', '-e', `${sha}^{commit}`], cwd)).exitCode === 0) {
        if ((await run(['cat-file', '-e', object], cwd)).exitCode !== 0)
            return undefined;
        // cat-file rather than `git show`: the stored bytes, never converted by a textconv driver.
        const blob = await run(['cat-file', 'blob', object], cwd);
        if (blob.exitCode !== 0)
            throw new Error(`git could not read ${request.path} at ${sha}: ${blob.stderr}`);
        return blob.stdout;
    }
    if (!request.api) {
        throw new Error(`The base commit ${sha} is not in the checkout and there is no GitHub token to read ${request.path} through the API. ` +
            'Set "fetch-depth: 0" on actions/checkout, or pass a token.');
    }
    return readThroughApi(request.api, sha, request.path);
}
/** GitHub answers base64 up to 1 MB; above that it sends `encoding: "none"` and the raw media type gives the bytes. */
async function readThroughApi(api, sha, path) {
    const octokit = await api.client.octokit();
    const file = { owner: api.owner, repo: api.repo, path, ref: sha };
    let entry;
    try {
        entry = (await octokit.rest.repos.getContent(file)).data;
    }
    catch (error) {
        if (refusalOf(error)?.status === 404)
            return undefined;
        throw new Error(`The GitHub API did not return ${path} at ${sha} (${describeGitHubError(error)}).`);
    }
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry) || entry.type !== 'file') {
        throw new Error(`The GitHub API did not return ${path} at ${sha} as a file.`);
    }
    if (entry.encoding === 'base64' && typeof entry.content === 'string')
        return Buffer.from(entry.content, 'base64');
    let raw;
    try {
        raw = (await octokit.rest.repos.getContent({ ...file, headers: { accept: 'application/vnd.github.raw+json' } })).data;
    }
    catch (error) {
        throw new Error(`The GitHub API did not return the content of ${path} at ${sha} (${describeGitHubError(error)}).`);
    }
    // Octokit gives a text media type as a string, any other as bytes.
    if (typeof raw === 'string')
        return Buffer.from(raw, 'utf8');
    if (raw instanceof ArrayBuffer)
        return Buffer.from(raw);
    throw new Error(`The GitHub API did not return the content of ${path} at ${sha} as bytes.`);
}

;// CONCATENATED MODULE: ./src/pr/comment-body.ts






function comment_body_plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
/**
 * The pull request comment: totals, the worst findings with links to their lines, then the plan.
 * With no findings it says that everything is clear, which also tells a reader of an earlier
 * version of the comment that its findings are fixed.
 */
function renderComment(content) {
    const { counts, findings } = content;
    const budget = content.budget ?? COMMENT_BUDGET_BYTES;
    const total = counts.error + counts.warning + counts.notice;
    const lines = ['## Heroku Connect mapping lint', ''];
    if (content.files === 0) {
        lines.push('✅ No mapping files to check: anything reported here before no longer applies.', '');
    }
    else if (total === 0) {
        lines.push(`✅ No findings in ${comment_body_plural(content.files, 'mapping file')}: anything reported here before is fixed.`, '');
    }
    else {
        lines.push(`${comment_body_plural(content.files, 'mapping file')} checked: **${comment_body_plural(counts.error, 'error')}**, **${comment_body_plural(counts.warning, 'warning')}**, **${comment_body_plural(counts.notice, 'notice')}**.`, '');
        lines.push('| Level | Where | Rule | Finding |', '|---|---|---|---|');
        // The findings take at most half of the comment, so that the plan always has room.
        const ranked = rankFindings(findings, content.priority).slice(0, content.maxFindings ?? 10);
        const { taken: shown } = takeWhileFits(ranked.map((finding) => findingRow(content, finding)), budget / 2 - bytes(lines.join('\n')), (row) => bytes(row) + 1);
        lines.push(...shown, '');
        const more = findings.length - shown.length;
        if (more > 0) {
            const summary = content.runUrl ? `<a href="${encodeURI(content.runUrl)}">job summary</a>` : 'job summary';
            lines.push(`${comment_body_plural(more, 'more finding')} ${more === 1 ? 'is' : 'are'} not shown here: see the ${summary} and the annotations.`, '');
        }
    }
    if (content.plans)
        lines.push(renderPlanMarkdown(content.plans, budget - bytes(lines.join('\n')) - 1));
    return lines.join('\n');
}
function findingRow(content, finding) {
    const where = `<a href="${lineUrl(content, finding)}">${markdownText(clip(`${finding.file}:${finding.line}`, CELL_MAX_CHARS))}</a>`;
    const rule = `<a href="${ruleDocsUrl(encodeURIComponent(finding.ruleId))}">${markdownText(finding.ruleId)}</a>`;
    return `| ${LEVEL_ICON[finding.level]} ${finding.level} | ${where} | ${rule} | ${markdownText(clip(finding.message, CELL_MAX_CHARS))} |`;
}
function lineUrl(content, finding) {
    return fileLineUrl({ serverUrl: content.serverUrl ?? 'https://github.com', repository: `${content.owner}/${content.repo}`, sha: content.headSha }, finding.file, finding.line);
}

;// CONCATENATED MODULE: ./src/pr/comment.ts


/** GitHub refuses bodies over 65,536 characters; the margin keeps the marker and the note inside. */
const COMMENT_LIMIT = 65_000;
/** 100 comments a page: enough for any pull request a person still reads. */
const MAX_COMMENT_PAGES = 100;
const BOT_LOGIN = 'github-actions[bot]';
/** The hidden first line that identifies the workflow's comment; the name is encoded so it cannot end the HTML comment. */
function commentMarker(workflow) {
    return `<!-- heroku-connect-action:${encodeURIComponent(workflow)} -->`;
}
/**
 * Keeps one comment per workflow on the pull request current: updates the bot's comment that
 * starts with the workflow's marker, or creates one. A fork's read-only token gets 403; that is
 * expected, so it is reported as skipped and the job summary and annotations carry the report.
 */
async function upsertComment(api, request) {
    const marker = commentMarker(request.workflow);
    const body = fitToLimit(marker, request.body);
    const octokit = await api.octokit();
    const where = { owner: request.owner, repo: request.repo };
    let existing;
    try {
        existing = await findComment(octokit, { ...where, issue_number: request.issueNumber }, marker);
    }
    catch (error) {
        return refusal(api, error, 'list the pull request comments');
    }
    if (existing === undefined && request.create === false)
        return { skipped: 'no comment to update' };
    try {
        const { data } = existing === undefined
            ? await octokit.rest.issues.createComment({ ...where, issue_number: request.issueNumber, body })
            : await octokit.rest.issues.updateComment({ ...where, comment_id: existing, body });
        const { id, html_url: url } = (data ?? {});
        return { action: existing === undefined ? 'created' : 'updated', ...(typeof id === 'number' && { id }), ...(typeof url === 'string' && { url }) };
    }
    catch (error) {
        return refusal(api, error, 'write the pull request comment');
    }
}
async function findComment(octokit, issue, marker) {
    let pages = 0;
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...issue, per_page: PAGE_SIZE })) {
        const comments = page.data;
        if (!Array.isArray(comments))
            return undefined;
        for (const comment of comments) {
            const { id, body, user } = (comment ?? {});
            const byBot = user?.type === 'Bot' || user?.login === BOT_LOGIN;
            // Only a bot's comment: anyone can paste the marker into a comment of their own.
            if (typeof id === 'number' && typeof body === 'string' && body.startsWith(marker) && byBot)
                return id;
        }
        if (++pages === MAX_COMMENT_PAGES)
            return undefined;
    }
    return undefined;
}
/** A fork's read-only token is an expected answer; anything else is an error, without the token. */
function refusal(api, error, what) {
    const answer = refusalOf(error);
    if (answer?.status === 403 && !isRateLimit(answer))
        return { skipped: 'read-only token' };
    throw new Error(api.redact(`GitHub refused to ${what} (${describeGitHubError(error)}).`));
}
/** GitHub answers 403 for rate limits too; those are not a read-only token and must not pass silently. */
function isRateLimit(answer) {
    return answer.headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(describeStatus(answer.status, answer.data));
}
const CUT_NOTE = '\n\n> The comment stops here: the full report did not fit in a comment. The job summary has all of it.\n';
/** The marker, then the body, cut at a line break so no table row or tag is left half-written. */
function fitToLimit(marker, body) {
    const whole = `${marker}\n${body}`;
    if (whole.length <= COMMENT_LIMIT)
        return whole;
    const room = whole.slice(0, COMMENT_LIMIT - CUT_NOTE.length);
    const cut = room.lastIndexOf('\n');
    return `${room.slice(0, cut > marker.length ? cut : room.length)}${CUT_NOTE}`;
}

;// CONCATENATED MODULE: ./src/action/pull-request.ts









const MAPPING_FILE = /\.(json|ya?ml)$/i;
/**
 * The pull request of a pull_request run. Without the payload the runner writes (a local run, say),
 * the pull-request features step aside with a warning and every file is linted.
 */
async function readPullRequestEvent(env, log) {
    const eventName = env.GITHUB_EVENT_NAME;
    if (eventName !== 'pull_request' && eventName !== 'pull_request_target')
        return undefined;
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!env.GITHUB_EVENT_PATH || !owner || !repo) {
        log.warning(`This ${eventName} run has no event payload or repository name (GITHUB_EVENT_PATH, GITHUB_REPOSITORY): every file is linted, and there is no plan or comment.`);
        return undefined;
    }
    const payload = JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
    const pr = payload.pull_request;
    if (typeof pr?.number !== 'number' || !pr.base?.sha || !pr.head?.sha) {
        throw new errors_ConfigurationError(`The ${eventName} event payload has no pull request with base and head commits.`);
    }
    return {
        owner,
        repo,
        number: pr.number,
        baseSha: pr.base.sha,
        headSha: pr.head.sha,
        fromFork: pr.head.repo?.full_name !== pr.base.repo?.full_name,
        eventName,
    };
}
/**
 * The files the pull request changed, or undefined when they cannot be known (then everything is
 * linted). actions/checkout leaves the merge commit at HEAD for pull_request events.
 */
function changedFiles(event, api, root, log) {
    return listChangedFiles({ owner: event.owner, repo: event.repo, pullNumber: event.number, api, git: { cwd: root, base: event.baseSha, head: 'HEAD' }, log });
}
function restrictsToChanged(inputs, event) {
    return inputs.onlyChanged === 'true' || (inputs.onlyChanged === 'auto' && event !== undefined);
}
/**
 * What merging does to the mappings, file by file: each changed mapping file against its version
 * on the base branch. A base that cannot be read is shown as such, never as "every mapping is new".
 */
async function planPullRequest(event, changed, lint, root, api) {
    const linted = new Set(lint.results.map((result) => result.file));
    const plans = [];
    for (const file of changed) {
        const removed = file.status === 'removed';
        if (removed ? !MAPPING_FILE.test(file.path) : !linted.has(file.path))
            continue;
        // A path that leaves the workspace is no file of this pull request; one that cannot be read has its lint finding.
        const head = removed ? undefined : await readHead(root, file.path);
        if (!removed && head === undefined)
            continue;
        const base = file.status === 'added' ? undefined : await baseContent(event, file, root, api);
        const plan = planFile(file, base, head);
        if (plan)
            plans.push(plan);
    }
    return plans;
}
/**
 * The file as the pull request has it, read inside the workspace: its path comes from the GitHub
 * API, so a `../` in it or a symlink out of the workspace is refused like any other hostile path.
 */
async function readHead(root, file) {
    const absolutePath = external_node_path_default().resolve(root, file);
    if (external_node_path_default().isAbsolute(file) || !isInside(absolutePath, external_node_path_default().resolve(root)))
        return undefined;
    const read = await readConfined(absolutePath, root);
    return read.ok ? read.bytes : undefined;
}
async function baseContent(event, file, root, api) {
    try {
        return await readBaseContent({
            sha: event.baseSha,
            path: file.previousPath ?? file.path,
            git: { cwd: root },
            ...(api && { api: { client: api, owner: event.owner, repo: event.repo } }),
        });
    }
    catch {
        // planFile marks a modified file whose base is unreadable as such.
        return undefined;
    }
}
/**
 * Keeps one comment on the pull request current: findings at a glance and the plan. A fork's
 * read-only token cannot comment; that is a notice, never a failure of the check.
 */
async function commentOnPullRequest(event, inputs, api, content, log) {
    if (inputs.comment === 'off')
        return;
    if (inputs.comment === 'on-change' && content.plans.length === 0)
        return;
    if (!api) {
        log.warning('Not commenting on the pull request: there is no GitHub token (the github-token input is empty).');
        return;
    }
    const { env } = content;
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const body = renderComment({
        owner: event.owner,
        repo: event.repo,
        headSha: event.headSha,
        serverUrl,
        ...(env.GITHUB_RUN_ID && { runUrl: `${serverUrl}/${event.owner}/${event.repo}/actions/runs/${env.GITHUB_RUN_ID}` }),
        files: content.lint.results.length,
        counts: content.lint.counts,
        findings: content.lint.findings,
        ...(content.priority && { priority: content.priority }),
        plans: content.plans,
    });
    try {
        const outcome = await upsertComment(api, { owner: event.owner, repo: event.repo, issueNumber: event.number, workflow: env.GITHUB_WORKFLOW || 'heroku-connect-action', body });
        if ('skipped' in outcome) {
            log.notice('Skipped the pull request comment: the token is read-only (as for a pull request from a fork). Annotations and the job summary have the findings.');
        }
        else {
            log.info(`Pull request comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}.`);
        }
    }
    catch (error) {
        log.warning(`Could not update the pull request comment: ${api.redact(errorMessage(error))}`);
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./src/action/io.ts



/** The runner through @actions/core, as it is: `escapedForRunner` makes what is written through it safe. */
function coreIO() {
    return {
        env: process.env,
        getInput: (name) => core.getInput(name),
        setSecret: (value) => core.setSecret(value),
        setOutput: (name, value) => core.setOutput(name, value),
        info: (message) => core.info(message),
        debug: (message) => core.debug(message),
        error: (message, properties) => core.error(message, properties),
        warning: (message, properties) => core.warning(message, properties),
        notice: (message, properties) => core.notice(message, properties),
        group: (name, fn) => core.group(name, fn),
        writeSummary: async (markdown) => {
            // Without GITHUB_STEP_SUMMARY (a local run) there is nowhere to write; the log has the findings.
            if (process.env.GITHUB_STEP_SUMMARY)
                await core.summary.addRaw(markdown, true).write();
        },
    };
}
/**
 * The runner's IO with every line it logs through workflowLogLine and every annotation through
 * annotationText: applied once, in run(), for every caller and whatever the IO (the runner's or a
 * test's), so that no name from a file or answer from an API can start a workflow command.
 */
function escapedForRunner(io) {
    return {
        ...io,
        info: (message) => io.info(workflowLogLine(message)),
        debug: (message) => io.debug(workflowLogLine(message)),
        group: (name, fn) => io.group(workflowLogLine(name), fn),
        ...toolkitAnnotator(io),
    };
}

;// CONCATENATED MODULE: ./src/ops/issue.ts

/** The label that finds the one issue again: created with it, so no search over titles is needed. */
const HEALTH_LABEL = 'heroku-connect-health';
const TITLE = 'Heroku Connect is unhealthy';
/**
 * Keeps one issue while the connections are unhealthy: opens it, rewrites its body on each
 * unhealthy run (no comment per run, so an hourly schedule does not flood it), and closes it with
 * one comment when healthy again. Needs issues: write. Two or three calls.
 */
async function syncHealthIssue(github, env, healthy, body) {
    if (!github)
        throw new errors_ConfigurationError('health-issue needs github-token (with issues: write) to keep the issue.');
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        throw new errors_ConfigurationError('health-issue needs GITHUB_REPOSITORY (owner/name), which the runner sets.');
    const octokit = await github.octokit();
    const { data: open } = await octokit.rest.issues.listForRepo({ owner, repo, state: 'open', labels: HEALTH_LABEL, per_page: 1 });
    const existing = open.find((issue) => !issue.pull_request);
    if (healthy) {
        if (!existing)
            return { action: 'none' };
        await octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: 'Healthy again: closing.\n\n' + body });
        await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
        return { action: 'closed', number: existing.number };
    }
    if (existing) {
        await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, body });
        return { action: 'updated', number: existing.number };
    }
    const { data: created } = await octokit.rest.issues.create({ owner, repo, title: TITLE, body, labels: [HEALTH_LABEL] });
    return { action: 'opened', number: created.number };
}

;// CONCATENATED MODULE: ./src/ops/render.ts

/** "staging: 2 differences, one mapping only live" — what a reader of a list of apps needs first. */
function count(items, noun, from = '') {
    if (items.length === 0)
        return `no ${noun}s${from}`;
    const care = items.filter((item) => item.care).length;
    return `${items.length} ${noun}${items.length === 1 ? '' : 's'}${from}${care > 0 ? `, ${care} needing care` : ''}`;
}
function itemLines(items, escape, bullet) {
    return items.flatMap((item) => [`${bullet}${escape(item.difference)}`, `${bullet.replace(/\S/g, ' ')}  ${escape(item.consequence)}`]);
}
function driftText(report) {
    const lines = report.apps.flatMap((app) => [`${terminalText(app.app)} (${terminalText(app.resource)}): ${count(app.drift, 'difference', ' from the files')}.`, ...itemLines(app.drift, terminalText, '  - ')]);
    for (const file of report.written ?? [])
        lines.push(writtenLine(file, terminalText));
    return `${lines.join('\n')}\n`;
}
function driftMarkdown(report) {
    const parts = ['## Heroku Connect drift', ''];
    for (const app of report.apps) {
        parts.push(`### ${markdownText(app.app)}: ${count(app.drift, 'difference', ' from the files')}`, '');
        for (const item of app.drift)
            parts.push(`- ${item.care ? '⚠️ ' : ''}${markdownText(item.difference)}<br>${markdownText(item.consequence)}`);
        parts.push('');
    }
    for (const file of report.written ?? [])
        parts.push(`- ${writtenLine(file, markdownText)}`);
    return `${parts.join('\n')}\n`;
}
function writtenLine(file, escape) {
    if (file.refused)
        return `${escape(file.file)}: not rewritten (${escape(file.refused)}).`;
    return file.edits === 0 ? `${escape(file.file)}: already matches.` : `${escape(file.file)}: rewritten, ${file.edits} value(s) changed.`;
}
function healthText(report) {
    const lines = [];
    for (const app of report.apps) {
        lines.push(`${terminalText(app.app)} (${terminalText(app.resource)}): ${app.healthy ? 'healthy' : 'UNHEALTHY'}, connection ${terminalText(app.state)}`);
        for (const mapping of app.mappings) {
            const poll = mapping.lastPoll ? `last poll ${mapping.lastPoll}${mapping.stale ? ' (stale)' : ''}` : 'last poll unknown';
            const { db, sf, pending } = mapping.counts;
            lines.push(`  ${terminalText(mapping.object)}  ${terminalText(mapping.state)}  ${poll}  db ${db ?? '?'} sf ${sf ?? '?'} pending ${pending ?? '?'}  write errors ${mapping.writeErrors}`);
        }
        for (const note of app.notifications)
            lines.push(`  notification ${terminalText(note.created_at)} ${terminalText(note.event_type)}: ${terminalText(note.message)}`);
        for (const problem of app.problems)
            lines.push(`  ! ${terminalText(problem)}`);
        if (app.acknowledged > 0)
            lines.push(`  ${app.acknowledged} notification(s) acknowledged.`);
    }
    return `${lines.join('\n')}\n`;
}
function healthMarkdown(report) {
    const parts = ['## Heroku Connect health', ''];
    for (const app of report.apps) {
        parts.push(`### ${markdownText(app.app)}: ${app.healthy ? '✅ healthy' : '❌ unhealthy'} (connection ${markdownText(app.state)})`, '');
        parts.push('| Mapping | State | Last poll | Records (db / sf) | Pending writes | Write errors |', '|---|---|---|---|---|---|');
        for (const mapping of app.mappings) {
            const poll = mapping.lastPoll ? `${mapping.lastPoll}${mapping.stale ? ' ⚠️ stale' : ''}` : 'unknown';
            const { db, sf, pending } = mapping.counts;
            parts.push(`| ${markdownText(mapping.object)} | ${markdownText(mapping.state)} | ${poll} | ${db ?? '?'} / ${sf ?? '?'} | ${pending ?? '?'} | ${mapping.writeErrors} |`);
        }
        parts.push('');
        for (const note of app.notifications)
            parts.push(`- Notification ${markdownText(note.created_at)} ${markdownText(note.event_type)}: ${markdownText(note.message)}`);
        for (const problem of app.problems)
            parts.push(`- ❌ ${markdownText(problem)}`);
        if (app.acknowledged > 0)
            parts.push(`- ${app.acknowledged} notification(s) acknowledged.`);
        parts.push('');
    }
    return `${parts.join('\n')}\n`;
}
function compareText(report) {
    const head = `${terminalText(report.to.app)} against ${terminalText(report.from.app)}: ${count(report.differences, 'difference')}.`;
    return `${[head, ...itemLines(report.differences, terminalText, '  - ')].join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/plan/write-back.ts








/** Mapping-config keys the plan compares, by change kind, whose live value replaces the file's. */
const SETTING_KEY = {
    'access-changed': 'access',
    'upsert-field-set': 'upsert_field',
    'upsert-field-removed': 'upsert_field',
    'upsert-field-changed': 'upsert_field',
    'polling-interval-changed': 'sf_polling_seconds',
    'accelerated-polling-changed': 'sf_notify_enabled',
};
/**
 * Rewrites the files so that they say what the live export says, touching only what differs by
 * the plan's meaning: a JSON file keeps its indentation and key order (new keys go last), a YAML
 * file its comments, anchors and layout (the `yaml` Document API). A mapping only live goes into the
 * first file; a mapping no longer live leaves its file. Each result is parsed back and must equal
 * the intended document, else that file is left alone and says why (a value shared through a YAML
 * anchor or merge key, for one).
 */
async function writeBack(files, live) {
    const documents = await Promise.all(files.map(async (ref) => ({ ref, ...(await readFile(ref)) })));
    const where = new Map();
    documents.forEach((document, file) => {
        const mappings = isRecord(document.value) && Array.isArray(document.value.mappings) ? document.value.mappings : [];
        mappings.forEach((mapping, index) => {
            if (isRecord(mapping) && typeof mapping.object_name === 'string')
                where.set(mapping.object_name.toLowerCase(), { file, index });
        });
    });
    const liveMappings = new Map();
    if (isRecord(live) && Array.isArray(live.mappings))
        for (const mapping of live.mappings)
            if (isRecord(mapping) && typeof mapping.object_name === 'string')
                liveMappings.set(mapping.object_name.toLowerCase(), mapping);
    const merged = { mappings: documents.flatMap((document) => (isRecord(document.value) && Array.isArray(document.value.mappings) ? document.value.mappings : [])) };
    const edits = documents.map(() => []);
    for (const change of planChanges(live, merged).changes) {
        const key = change.object.toLowerCase();
        const liveMapping = liveMappings.get(key);
        const place = where.get(key);
        if (change.kind === 'mapping-removed') {
            if (liveMapping && edits[0])
                edits[0].push({ op: 'append', path: ['mappings'], value: withoutVolatile(liveMapping) });
            continue;
        }
        if (!place)
            continue;
        const at = ['mappings', place.index];
        const list = edits[place.file];
        if (change.kind === 'mapping-added') {
            list.push({ op: 'delete', path: at });
            continue;
        }
        const config = isRecord(liveMapping?.config) ? liveMapping.config : {};
        const setting = SETTING_KEY[change.kind];
        if (setting !== undefined) {
            const value = config[setting];
            list.push(value === undefined ? { op: 'delete', path: [...at, 'config', setting] } : { op: 'set', path: [...at, 'config', setting], value });
            continue;
        }
        const group = change.kind.startsWith('field') ? 'fields' : 'indexes';
        const liveGroup = isRecord(config[group]) ? config[group] : {};
        const field = change.field;
        if (change.kind === 'field-removed' || change.kind === 'index-removed')
            list.push({ op: 'set', path: [...at, 'config', group, field], value: liveGroup[field] ?? {} });
        else if (change.kind === 'field-added' || change.kind === 'index-added')
            list.push({ op: 'delete', path: [...at, 'config', group, field] });
        else if (change.kind === 'index-uniqueness-changed')
            list.push({ op: 'set', path: [...at, 'config', group, field, 'unique'], value: change.from });
    }
    const results = [];
    for (const [i, document] of documents.entries()) {
        const fileEdits = edits[i];
        if (fileEdits.length === 0) {
            results.push({ file: document.ref.file, edits: 0 });
            continue;
        }
        const format = formatOf(document.ref.file);
        const expected = applyEdits(structuredClone(document.value), fileEdits);
        const rewritten = format === 'json' ? editJson(document.text, fileEdits) : editYaml(document.text, fileEdits);
        if (typeof rewritten !== 'string' || !sameJson(parseSource(rewritten, format).value, expected)) {
            const why = typeof rewritten === 'string' ? 'the edits would change more than the drifted values' : rewritten.refused;
            results.push({ file: document.ref.file, edits: 0, refused: why });
            continue;
        }
        await writeFile(document.ref, rewritten);
        results.push({ file: document.ref.file, edits: fileEdits.length });
    }
    return results;
}
async function readFile(ref) {
    const format = formatOf(ref.file);
    const read = await readSource(ref.absolutePath, format, ref.confinedTo);
    if (!read.ok)
        return { text: '', value: undefined };
    return { text: read.text, value: parseSource(read.text, format).value };
}
async function writeFile(ref, text) {
    if (ref.confinedTo === null)
        await writeNamedFile(ref.absolutePath, text);
    else
        await writeInsideWorkspace(ref.confinedTo, external_node_path_default().relative(ref.confinedTo, ref.absolutePath), text);
}
function withoutVolatile(mapping) {
    if (!isRecord(mapping.config))
        return mapping;
    const { applied_at: _applied, revision: _revision, ...config } = mapping.config;
    return { ...mapping, config };
}
/** Deletions last, and list items from the end, so that no edit moves the index another one names. */
function ordered(edits) {
    const rank = (edit) => (edit.op === 'delete' ? 1 : 0);
    const lastIndex = (edit) => (typeof edit.path.at(-1) === 'number' ? edit.path.at(-1) : -1);
    return [...edits].sort((a, b) => rank(a) - rank(b) || lastIndex(b) - lastIndex(a));
}
/** The intended document: the edits applied to the parsed value. */
function applyEdits(value, edits) {
    for (const edit of ordered(edits)) {
        const parent = edit.path.slice(0, -1).reduce((node, key) => node[key], value);
        const last = edit.path.at(-1);
        if (edit.op === 'append')
            parent[last].push(structuredClone(edit.value));
        else if (edit.op === 'set')
            parent[last] = structuredClone(edit.value);
        else if (Array.isArray(parent))
            parent.splice(last, 1);
        else
            delete parent[last];
    }
    return value;
}
function editYaml(text, edits) {
    const document = (0,dist/* parseDocument */.Tp)(text);
    for (const edit of ordered(edits)) {
        for (let depth = 1; depth <= edit.path.length; depth++) {
            const node = document.getIn(edit.path.slice(0, depth), true);
            if ((0,dist/* isAlias */.Vj)(node) || (depth < edit.path.length && node !== undefined && !(0,dist/* isCollection */.P3)(node))) {
                return { refused: `${edit.path.slice(0, depth).join('.')} is shared through a YAML anchor; change it by hand` };
            }
        }
        if (edit.op === 'set')
            document.setIn(edit.path, edit.value);
        else if (edit.op === 'append')
            document.addIn(edit.path, edit.value);
        else
            document.deleteIn(edit.path);
    }
    return document.toString();
}
/**
 * Edits the JSON text in place: a changed value is replaced where it stands, a new key or list
 * item goes after the last member with that member's indentation, a deleted one takes its comma with it.
 */
function editJson(text, edits) {
    const nodes = jsonNodes(text);
    const unit = indentUnit(text);
    const replacements = [];
    const nodeAt = (keys) => nodes.get(JSON.stringify(keys));
    const deleted = new Set();
    for (const edit of edits)
        if (edit.op === 'delete')
            deleted.add(nodeAt(edit.path));
    // A list whose every item goes and that gets new ones is written anew: the edits would overlap.
    const rebuilt = new Map();
    for (const edit of edits) {
        const list = edit.op === 'append' ? nodeAt(edit.path) : undefined;
        if (edit.op === 'append' && list?.members?.every((member) => deleted.has(member)))
            rebuilt.set(list, [...(rebuilt.get(list) ?? []), edit.value]);
    }
    for (const [list, values] of rebuilt)
        replacements.push({ start: list.start, end: list.end, text: serialized(values, unit, indentOfLine(text, list.memberStart)) });
    for (const edit of edits) {
        const parent = nodeAt(edit.path.slice(0, -1));
        const container = edit.op === 'append' ? nodeAt(edit.path) : parent;
        if (!container?.members)
            return { refused: `${edit.path.join('.')} is not where the file can be edited` };
        if (rebuilt.has(container))
            continue;
        const existing = edit.op === 'append' ? undefined : nodeAt(edit.path);
        if (edit.op === 'set' && existing) {
            replacements.push({ start: existing.start, end: existing.end, text: serialized(edit.value, unit, indentOfLine(text, existing.memberStart)) });
        }
        else if (edit.op === 'delete') {
            const members = container.members;
            const index = members.indexOf(existing);
            if (members.every((member) => deleted.has(member))) {
                if (index === 0)
                    replacements.push({ start: container.start + 1, end: container.end - 1, text: '' });
            }
            else if (members.slice(0, index).some((member) => !deleted.has(member))) {
                replacements.push({ start: members[index - 1].end, end: existing.end, text: '' });
            }
            else {
                replacements.push({ start: existing.memberStart, end: members[index + 1].memberStart, text: '' });
            }
        }
        else {
            const name = edit.op === 'set' ? `${JSON.stringify(edit.path.at(-1))}:${unit === undefined ? '' : ' '}` : '';
            const last = container.members.at(-1);
            const indent = last ? indentOfLine(text, last.memberStart) : `${indentOfLine(text, container.memberStart)}${unit ?? ''}`;
            const separator = unit === undefined ? '' : `\n${indent}`;
            const value = serialized(edit.value, unit, indent);
            if (last)
                replacements.push({ start: last.end, end: last.end, text: `,${separator}${name}${value}` });
            else
                replacements.push({ start: container.start + 1, end: container.end - 1, text: `${separator}${name}${value}${unit === undefined ? '' : `\n${indentOfLine(text, container.memberStart)}`}` });
        }
    }
    replacements.sort((a, b) => b.start - a.start || b.end - a.end);
    let result = text;
    for (const { start, end, text: inserted } of replacements)
        result = result.slice(0, start) + inserted + result.slice(end);
    return result;
}
/** Every value of the document by its path (JSON of the key list), from one scan. */
function jsonNodes(text) {
    const nodes = new Map();
    const stack = [];
    let key;
    const value = (start) => {
        const parent = stack.at(-1);
        const node = { start, end: start, memberStart: key?.start ?? start };
        const path = parent ? [...parent.path, key ? key.name : parent.node.members.length] : [];
        parent?.node.members.push(node);
        nodes.set(JSON.stringify(path), node);
        key = undefined;
        return { node, path };
    };
    scanJson(text, {
        key: (start, end) => void (key = { name: keyAt(text, start, end), start }),
        scalar: (start, end) => void (value(start).node.end = end),
        open: (_isObject, start) => {
            const opened = value(start);
            opened.node.members = [];
            stack.push(opened);
        },
        close: (end) => void (stack.pop().node.end = end),
    });
    return nodes;
}
/** The file's indentation step, or undefined for a file on one line. */
function indentUnit(text) {
    const indents = [...text.matchAll(/\n([ \t]+)\S/g)].map((match) => match[1]);
    if (!text.trim().includes('\n'))
        return undefined;
    return indents.reduce((shortest, indent) => (indent.length < shortest.length ? indent : shortest), indents[0] ?? '  ');
}
function indentOfLine(text, offset) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(lineStart))[0];
}
function serialized(value, unit, indent) {
    if (unit === undefined)
        return JSON.stringify(value);
    return JSON.stringify(value, null, unit).replace(/\n/g, `\n${indent}`);
}

;// CONCATENATED MODULE: ./src/ops/drift.ts


const DRIFT = { base: 'Live', head: 'the file', action: 'Deploying the files' };
/**
 * The plan's diff reversed: what deploying `files` would change on `live` is exactly how live has
 * drifted from the files, so each change is told from the live side and keeps the plan's consequence.
 * Both are parsed export documents; the volatile keys (exported_at, applied_at, revision) never count.
 */
function drift_driftBetween(live, files, sides = DRIFT) {
    return planChanges(live, files).changes.map((change) => reversed(change, sides));
}
function reversed(change, sides) {
    return {
        kind: change.kind,
        object: change.object,
        ...(change.field !== undefined && { field: change.field }),
        ...(change.from !== undefined && { live: change.from }),
        ...(change.to !== undefined && { file: change.to }),
        difference: difference(change, sides),
        consequence: `${sides.action}: ${change.consequence}`,
        care: change.care,
    };
}
function difference(change, { base, head }) {
    const { object, field, from, to } = change;
    const onOff = (value) => (value ? 'on' : 'off');
    const uniqueness = (value) => (value ? 'unique' : 'not unique');
    // "the file" opens a sentence as "The file"; an app's name stays as it is spelled.
    const Head = head.startsWith('the ') ? `The ${head.slice(4)}` : head;
    switch (change.kind) {
        case 'mapping-added':
            return `${base} has no ${object} mapping; ${head} maps it.`;
        case 'mapping-removed':
        case 'mapping-deleted':
            return `${base} has a ${object} mapping that ${head} lacks.`;
        case 'access-changed':
            return `${base} ${object} is ${from}; ${head} says ${to}.`;
        case 'upsert-field-set':
            return `${base} ${object} has no upsert field; ${head} says ${to}.`;
        case 'upsert-field-removed':
            return `${base} ${object} has upsert field ${from}; ${head} has none.`;
        case 'upsert-field-changed':
            return `${base} ${object} has upsert field ${from}; ${head} says ${to}.`;
        case 'polling-interval-changed':
            return `${base} polls ${object} every ${consequences_seconds(from)}; ${head} says ${consequences_seconds(to)}.`;
        case 'accelerated-polling-changed':
            return `${base} ${object} has accelerated polling ${onOff(from)}; ${head} says ${onOff(to)}.`;
        case 'field-removed':
            return `${base} maps ${object}.${field}, which ${head} lacks.`;
        case 'field-added':
            return `${Head} maps ${object}.${field}, which ${base} lacks.`;
        case 'index-removed':
            return `${base} has an index on ${object}.${field}, which ${head} lacks.`;
        case 'index-added':
            return `${Head} indexes ${object}.${field}, which ${base} does not.`;
        case 'index-uniqueness-changed':
            return `${base}'s index on ${object}.${field} is ${uniqueness(from)}; ${head} says ${uniqueness(to)}.`;
    }
}

;// CONCATENATED MODULE: ./src/ops/health.ts



/**
 * Judges the deep detail, the write errors and the notifications read at `now`. The detail's
 * `times.sf_poll` and `counts` come from the Heroku CLI plugin's fixtures, not from published API
 * documentation: a mapping without a readable poll time is never called stale.
 */
function judgeHealth(app, detail, writeErrors, notifications, now, limits) {
    const problems = [];
    const connection = judgeConnection(detail.state, app);
    if (connection.kind === 'blocked')
        problems.push(`The connection is ${detail.state}: ${connection.meaning}. ${connection.remedy}`);
    const errorsByTable = new Map();
    for (const error of writeErrors) {
        const table = error.table_name.toLowerCase().split('.').at(-1);
        errorsByTable.set(table, (errorsByTable.get(table) ?? 0) + 1);
    }
    const mappings = detail.mappings.map((mapping) => {
        const health = mappingHealth(mapping, now, limits, errorsByTable.get(mapping.object_name.toLowerCase()) ?? 0);
        if (judgeMapping(mapping.state) === 'failed')
            problems.push(`The ${mapping.object_name} mapping is ${mapping.state}${mapping.state_description ? ` (${mapping.state_description})` : ''}.`);
        if (health.stale) {
            problems.push(`The ${mapping.object_name} mapping last polled Salesforce ${text_formatDuration(now - Date.parse(health.lastPoll))} ago, more than ${limits.staleIntervals} times its interval of ${text_formatDuration(health.pollingSeconds * 1000)}.`);
        }
        return health;
    });
    if (writeErrors.length > limits.maxWriteErrors)
        problems.push(`${writeErrors.length} write error(s) to Salesforce, more than ${limits.maxWriteErrors}.`);
    if (notifications.length > limits.maxNotifications)
        problems.push(`${notifications.length} unacknowledged notification(s), more than ${limits.maxNotifications}.`);
    return { state: detail.state, mappings, writeErrors: [...writeErrors], notifications: [...notifications], problems, healthy: problems.length === 0 };
}
function mappingHealth(mapping, now, limits, writeErrors) {
    const polling = numberOf(isRecord(mapping.config) ? mapping.config.sf_polling_seconds : undefined) ?? numberOf(mapping.sf_polling_seconds);
    const lastPoll = timeOf(isRecord(mapping.times) ? mapping.times.sf_poll : undefined);
    const counts = isRecord(mapping.counts) ? mapping.counts : {};
    const stale = lastPoll !== undefined && polling !== undefined && polling > 0 && now - lastPoll > limits.staleIntervals * polling * 1000;
    return {
        object: mapping.object_name,
        state: mapping.state,
        ...(lastPoll !== undefined && { lastPoll: new Date(lastPoll).toISOString() }),
        ...(polling !== undefined && { pollingSeconds: polling }),
        stale,
        counts: Object.fromEntries(['db', 'sf', 'pending', 'errors'].flatMap((key) => (numberOf(counts[key]) === undefined ? [] : [[key, numberOf(counts[key])]]))),
        writeErrors,
    };
}
function numberOf(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
/** An ISO time, or epoch seconds or milliseconds: the plugin's fixtures do not settle which. */
function timeOf(value) {
    if (typeof value === 'string' && value !== '') {
        const at = Date.parse(value);
        return Number.isNaN(at) ? undefined : at;
    }
    const number = numberOf(value);
    if (number === undefined || number <= 0)
        return undefined;
    return number < 1e12 ? number * 1000 : number;
}

;// CONCATENATED MODULE: ./src/ops/run.ts









/** Runs `fn` on each app's connection in turn; any error comes out with the API key taken out. */
async function eachApp(context, targets, fn) {
    const options = {
        apiKey: context.apiKey,
        discoveryServer: context.discoveryServer,
        log: context.log,
        ...(context.clock && { clock: context.clock }),
        ...(context.fetch && { fetch: context.fetch }),
        ...(context.deadline !== undefined && { deadline: context.deadline }),
    };
    const reports = [];
    for (const target of targets) {
        reports.push(await onConnection(options, target, async (api, connection) => ({ app: target.app, resource: connection.resource_name, ...(await fn(api, connection)) })));
    }
    return reports;
}
/**
 * Drift: each app's live export against the files, merged as a deploy merges them. Two calls per
 * app (discovery, export), one more when the key's user must first be linked. Write-back takes one
 * app: with several, which one the files should follow is the user's choice, not a guess.
 */
async function runDrift(context, targets, files, write) {
    if (write && targets.length !== 1)
        throw new errors_ConfigurationError(`Write-back follows one app's live connection; ${targets.length} apps are given. Name the one the files should follow.`);
    const head = await mergeMappingFiles(files);
    const lives = [];
    const apps = await eachApp(context, targets, async (api, connection) => {
        const live = await client_exportConfiguration(api, connection);
        lives.push(live);
        return { drift: drift_driftBetween(live, head) };
    });
    const drifted = apps.some((app) => app.drift.length > 0);
    return { drifted, apps, ...(write && drifted && { written: await writeBack(files, lives[0]) }) };
}
/**
 * Health: per app the deep detail, the write errors and the unacknowledged notifications, four
 * calls whatever the number of mappings (five when acknowledging). Only the notifications
 * reported are acknowledged: those created before the moment they were read.
 */
async function runHealth(context, targets, options) {
    const clock = context.clock ?? systemClock;
    const apps = await eachApp(context, targets, async (api, connection) => {
        const readAt = new Date(clock.now()).toISOString();
        const detail = await readDetail(api, connection);
        const errors = writeErrorsSince(await readWriteErrors(api, connection), clock.now() - options.sinceMs);
        const notifications = await readNotifications(api, connection, readAt);
        const health = judgeHealth(connection.app_name || connection.resource_name, detail, errors, notifications, clock.now(), options);
        const acknowledge = options.acknowledge && notifications.length > 0;
        if (acknowledge)
            await acknowledgeNotifications(api, connection, readAt);
        return { ...health, acknowledged: acknowledge ? notifications.length : 0 };
    });
    return { healthy: apps.every((app) => app.healthy), apps };
}
/** Compare: how `to`'s live configuration differs from `from`'s, and what promoting `from` to `to` would do. Two calls per app. */
async function runCompare(context, targets) {
    if (targets.length !== 2)
        throw new ConfigurationError(`compare takes two apps (--app A --app B); ${targets.length} given.`);
    const exports = await eachApp(context, targets, async (api, connection) => ({ live: await exportConfiguration(api, connection) }));
    const [from, to] = exports;
    return {
        from: { app: from.app, resource: from.resource },
        to: { app: to.app, resource: to.resource },
        differences: driftBetween(to.live, from.live, { base: to.app, head: from.app, action: `Promoting ${from.app} to ${to.app}` }),
    };
}

;// CONCATENATED MODULE: ./src/action/ops.ts










const OpsOutput = { Drifted: 'drifted', Drift: 'drift', Healthy: 'healthy', Health: 'health', HealthIssue: 'health-issue' };
/**
 * `command: drift` and `command: health`: the same engine as the CLI's commands, with the
 * action's inputs, outputs and job summary. Resolves to the exit code: 1 on drift or when unhealthy.
 */
async function runOpsCommand(command, io, source, root, deps) {
    const apiKey = getSecret(source, 'heroku-api-key');
    const targets = readAppTargets(source);
    if (targets.length === 0)
        throw new errors_ConfigurationError(`command: ${command} needs "app": the Heroku app (or apps, one per line) with the Heroku Connect add-on.`);
    if (apiKey === '')
        throw new errors_ConfigurationError(`command: ${command} needs a Heroku API key: set "heroku-api-key" from a secret.`);
    const clock = deps.clock ?? systemClock;
    const connection = {
        apiKey,
        discoveryServer: discoveryServerOf(io.env),
        clock,
        deadline: clock.now() + getInteger(source, 'wait-timeout') * 1000,
        log: { info: (message) => io.info(message) },
        ...(deps.fetch && { fetch: deps.fetch }),
    };
    if (command === 'drift') {
        const { targets: files, unmatched } = await discover({ root, namedMayLeaveRoot: false }, readLintInputs(source).patterns);
        for (const pattern of unmatched)
            io.warning(`No mapping file matches "${pattern}".`);
        const report = await runDrift(connection, targets, files, getBoolean(source, 'write-back'));
        await io.writeSummary(driftMarkdown(report));
        io.setOutput(OpsOutput.Drifted, String(report.drifted));
        io.setOutput(OpsOutput.Drift, reportOutput(report, (whole) => ({ drifted: whole.drifted, apps: whole.apps.map((app) => ({ app: app.app, resource: app.resource, differences: app.drift.length })) })));
        for (const app of report.apps)
            io.info(`${app.app}: ${app.drift.length} difference(s) from the files.`);
        return report.drifted ? 1 : 0;
    }
    const report = await runHealth(connection, targets, readHealthOptions(source));
    const markdown = healthMarkdown(report);
    await io.writeSummary(markdown);
    io.setOutput(OpsOutput.Healthy, String(report.healthy));
    io.setOutput(OpsOutput.Health, reportOutput(report, (whole) => ({ healthy: whole.healthy, apps: whole.apps.map((app) => ({ app: app.app, resource: app.resource, healthy: app.healthy, problems: app.problems.length })) })));
    for (const app of report.apps)
        io.info(`${app.app}: ${app.healthy ? 'healthy' : `unhealthy: ${app.problems.join(' ')}`}`);
    if (getBoolean(source, 'health-issue')) {
        const github = createGitHubApi({ token: getSecret(source, 'github-token'), env: io.env, ...(deps.fetch && { fetchImpl: deps.fetch }), ...(deps.clock && { clock: deps.clock }) });
        const outcome = await syncHealthIssue(github, io.env, report.healthy, markdown);
        io.setOutput(OpsOutput.HealthIssue, outcome.action === 'none' ? '' : String(outcome.number));
        if (outcome.action !== 'none')
            io.info(`Health issue #${outcome.number} ${outcome.action}.`);
    }
    return report.healthy ? 0 : 1;
}
/**
 * A report as an output, within GitHub's limit for outputs: whole when it fits, else its outline
 * (what each app came to, in counts) marked `truncated`; the job summary has the details.
 */
function reportOutput(report, outline) {
    const whole = JSON.stringify(report);
    return Buffer.byteLength(whole) <= OUTPUT_BUDGET_BYTES ? whole : JSON.stringify({ truncated: true, ...outline(report) });
}

;// CONCATENATED MODULE: ./src/action/main.ts

























const Output = {
    Errors: 'errors',
    Warnings: 'warnings',
    Notices: 'notices',
    Files: 'files',
    SarifFile: 'sarif-file',
    ConnectionState: 'connection-state',
    MappingStates: 'mapping-states',
    Imported: 'imported',
    BackupFile: 'backup-file',
    Plan: 'plan',
    Changes: 'changes',
    WriteErrors: 'write-errors',
    WriteErrorsFile: 'write-errors-file',
};
/**
 * The action: lint the mapping files, report them every way GitHub shows them, fail as fail-on says;
 * then, when asked, deploy them to Heroku Connect. Resolves to the process's exit code.
 */
async function run(runner = coreIO(), deps = {}) {
    // Every annotation of the step is counted, so each batch of findings gets only the slots GitHub still shows.
    const io = countingAnnotations(escapedForRunner(runner));
    let exitCode = 0;
    try {
        const root = io.env.GITHUB_WORKSPACE || deps.cwd || process.cwd();
        const command = getChoice(io, Input.Command);
        if (command === 'drift' || command === 'health') {
            const config = await loadConfig(root, { searchUp: false });
            return await runOpsCommand(command, io, withConfig(io, config), root, deps);
        }
        // Secrets first: each is masked on reading, before anything can be logged.
        const deploy = readDeployInputs(io, command === 'deploy');
        const review = readReviewInputs(io);
        const liveTargets = readLiveTarget(io);
        // Only the workspace root's file: the action never looks above the repository it checked out.
        const config = await loadConfig(root, { searchUp: false });
        if (config)
            io.info(`Configuration: ${config.file} (inputs override it).`);
        const inputs = withDeps(readLintInputs(withConfig(io, config)), deps);
        const event = await readPullRequestEvent(io.env, io);
        const github = createGitHubApi({ token: review.githubToken, env: io.env, ...(deps.fetch && { fetchImpl: deps.fetch }), ...(deps.clock && { clock: deps.clock }) });
        const changed = event && (await changedFiles(event, github, root, io));
        const changedConfig = changed && changedConfigFile(changed.map((file) => file.path));
        if (changedConfig) {
            io.warning(`This pull request changes ${changedConfig}, which decides how this check lints (rule levels, fail-on, ignores): review that change with the check's result.`, {
                title: 'Configuration changed',
                file: changedConfig,
            });
        }
        if (review.onlyChanged === 'true' && !event)
            io.info('only-changed is true, but this run is not for a pull request: every file is linted.');
        const restrict = changed !== undefined && restrictsToChanged(review, event);
        const ignores = config?.ignores ?? [];
        const lint = await runLint({ root, ...inputs, ignores, log: io, ...(restrict && { select: (targets) => onlyChanged(targets, changed) }) });
        const priority = changed && changedLinePriority(changed);
        const summary = renderLintSummary(lint, undefined, sourceRevision(io.env));
        annotate(lint.findings, io, whereTheRestAre(summary.shown, lint.findings.length, Boolean(inputs.sarifFile)), priority);
        await io.writeSummary(summary.markdown);
        io.setOutput(Output.Errors, lint.counts.error);
        io.setOutput(Output.Warnings, lint.counts.warning);
        io.setOutput(Output.Notices, lint.counts.notice);
        io.setOutput(Output.Files, lint.files.length);
        if (inputs.sarifFile) {
            await writeInsideWorkspace(root, inputs.sarifFile, JSON.stringify(toSarif(lint.findings, lint.suppressed), null, 2));
            io.setOutput(Output.SarifFile, inputs.sarifFile);
        }
        const { error, warning, notice } = lint.counts;
        io.info(`${lint.files.length} mapping file(s) checked: ${error} error(s), ${warning} warning(s), ${notice} notice(s)${lint.suppressed.length > 0 ? `, ${lint.suppressed.length} suppressed` : ''}.`);
        const lintFails = reachesFailOn(lint.counts, inputs.failOn);
        if (lintFails) {
            // An exit code rather than setFailed: setFailed would spend one of the 10 error annotations on a generic line.
            exitCode = 1;
            io.info(`Failing: findings reach fail-on "${inputs.failOn}".`);
        }
        await planStage(io, root, lint, { event, changed, github, review, priority, liveTargets: deploy ? undefined : liveTargets });
        if (deploy)
            await deployStage(io, root, { ...inputs, ignores }, lint, deploy, lintFails, deps);
    }
    catch (error) {
        exitCode = 1;
        const failure = classifyError(error);
        io.error(failure.message, { title: failure.title });
        // classifyError maps the frames through the bundle's source maps, so they name the files under src/.
        if (failure.stack)
            io.info(failure.stack);
    }
    return exitCode;
}
/** The runner's inputs over the configuration file's values. */
function withConfig(io, config) {
    return { getInput: (name) => io.getInput(name), setSecret: (value) => io.setSecret(value), env: io.env, ...(config && { config: config.values }) };
}
/** Live describe goes through the injected fetch and clock too. */
function withDeps(inputs, deps) {
    if (!inputs.live)
        return inputs;
    return { ...inputs, live: { ...inputs.live, ...(deps.fetch && { fetchImpl: deps.fetch }), ...(deps.clock && { clock: deps.clock }) } };
}
/**
 * What merging (or importing) does to the connection: against the live configuration when app and
 * API key are given on a trusted event, else, on a pull request, against the base branch. Written
 * to the summary and the `plan` output; on a pull request, kept current in one comment.
 */
async function planStage(io, root, lint, context) {
    const { event, changed, github, review, liveTargets } = context;
    let plans;
    if (liveTargets && event && (event.eventName === 'pull_request_target' || event.fromFork)) {
        io.warning('Not planning against the live connection: pull_request_target runs and pull requests from forks must not use the Heroku API key. Planning against the base branch.');
    }
    else if (liveTargets) {
        const discoveryServer = discoveryServerOf(io.env);
        // One section per target app in the one summary and comment.
        plans = [];
        for (const target of liveTargets)
            plans.push(await planAgainstLive({ ...target, discoveryServer }, lint.files, io));
    }
    if (!plans && event && changed)
        plans = await planPullRequest(event, changed, lint, root, github);
    if (!plans)
        return;
    await io.writeSummary(renderPlanMarkdown(plans));
    io.setOutput(Output.Plan, renderPlanJson(plans));
    if (event)
        await commentOnPullRequest(event, review, github, { lint, plans, env: io.env, ...(context.priority && { priority: context.priority }) }, io);
}
/** Deploys the linted files unless the lint failed; outputs and the summary are written however it ends. */
async function deployStage(io, root, inputs, lint, deploy, lintFails, deps) {
    if (lintFails) {
        io.setOutput(Output.Imported, 'false');
        await io.writeSummary(renderDeploySkipped(`the lint findings reach fail-on "${inputs.failOn}".`));
        io.info('Not deploying: the lint failed.');
        return;
    }
    const record = await runDeploy({
        ...deploy,
        files: lint.files,
        backupDir: io.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
        discoveryServer: discoveryServerOf(io.env),
        ...(io.env.GITHUB_EVENT_NAME && { eventName: io.env.GITHUB_EVENT_NAME }),
        ...(inputs.herokuPlan && { lintedHerokuPlan: inputs.herokuPlan }),
        failOn: inputs.failOn,
        lint: (herokuPlan) => runLint({ root, ...inputs, herokuPlan, log: io }),
    }, {
        info: (message) => io.info(message),
        notice: (message) => io.notice(message, { title: 'heroku-connect-action deploy' }),
        warning: (message) => io.warning(message, { title: 'heroku-connect-action deploy' }),
        group: (name, fn) => io.group(name, fn),
    }, { ...(deps.clock && { clock: deps.clock }), ...(deps.fetch && { fetch: deps.fetch }) });
    const states = Object.fromEntries(Object.entries(record.mappingStates).map(([name, mapping]) => [name, mapping.state]));
    io.setOutput(Output.ConnectionState, record.connectionState ?? '');
    io.setOutput(Output.MappingStates, JSON.stringify(states));
    io.setOutput(Output.Imported, String(record.imported));
    io.setOutput(Output.BackupFile, record.backupFile ?? '');
    io.setOutput(Output.Changes, record.changes === undefined ? '' : String(record.changes.length));
    if (record.writeErrors) {
        const dir = io.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
        await (0,promises_.mkdir)(dir, { recursive: true });
        const file = external_node_path_default().join(await (0,promises_.mkdtemp)(external_node_path_default().join(dir, 'heroku-connect-write-errors-')), 'write-errors.json');
        await (0,promises_.writeFile)(file, `${JSON.stringify(record.writeErrors, null, 2)}\n`);
        io.setOutput(Output.WriteErrors, record.writeErrors.length);
        io.setOutput(Output.WriteErrorsFile, file);
    }
    if (record.diagnose) {
        annotate(record.diagnose.findings, io, 'the job summary lists them');
        if (inputs.sarifFile) {
            const sarif = toSarif(lint.findings);
            sarif.runs.push(diagnoseSarifRun(record.diagnose.findings));
            await writeInsideWorkspace(root, inputs.sarifFile, JSON.stringify(sarif, null, 2));
        }
    }
    await io.writeSummary(renderDeploySummary(record));
    if (record.error)
        throw record.error;
}


/***/ })

};

//# sourceMappingURL=882.index.js.map