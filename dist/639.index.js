export const id = 639;
export const ids = [639,557];
export const modules = {

/***/ 639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportOutput: () => (/* binding */ reportOutput),
  runOpsCommand: () => (/* binding */ runOpsCommand)
});

// EXTERNAL MODULE: ./src/interface/inputs/read.ts + 2 modules
var read = __webpack_require__(1645);
// EXTERNAL MODULE: ./src/core/errors.ts + 1 modules
var errors = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/lint/discover.ts
var discover = __webpack_require__(8698);
// EXTERNAL MODULE: ./src/clients/github/github-api.ts
var github_api = __webpack_require__(6606);
// EXTERNAL MODULE: ./src/core/output/budget.ts
var budget = __webpack_require__(1344);
;// CONCATENATED MODULE: ./src/live/ops/issue.ts



/** The label that finds the one issue again: created with it, so no search over titles is needed. */
const HEALTH_LABEL = 'heroku-connect-health';
const TITLE = 'Heroku Connect is unhealthy';
const HEALTHY_AGAIN = 'Healthy again: closing.\n\n';
const CUT_NOTE = '\n\n> The report stops here: the rest did not fit in an issue. The job summary has more, and `heroku-connect-action health` lists it all.\n';
/**
 * Keeps one issue while the connections are unhealthy: opens it, rewrites its body on each
 * unhealthy run (no comment per run, so an hourly schedule does not flood it), and closes it with
 * one comment when healthy again. Needs issues: write. Two or three calls.
 */
async function syncHealthIssue(github, env, healthy, report) {
    // GitHub refuses a longer body; the report is rendered for this budget, and this keeps it there.
    const body = (0,budget/* cutToBudget */.P6)(report, budget/* ISSUE_BODY_BUDGET_BYTES */.VJ - (0,budget/* bytes */.ee)(HEALTHY_AGAIN), CUT_NOTE);
    if (!github)
        throw new errors/* ConfigurationError */.j1('health-issue needs github-token (with issues: write) to keep the issue.');
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        throw new errors/* ConfigurationError */.j1('health-issue needs GITHUB_REPOSITORY (owner/name), which the runner sets.');
    const octokit = await github.octokit();
    const asking = async (what, call) => {
        try {
            return await call();
        }
        catch (error) {
            throw (0,github_api.gitHubFailure)(github, error, what);
        }
    };
    const { data: open } = await asking('list the open health issue', () => octokit.rest.issues.listForRepo({ owner, repo, state: 'open', labels: HEALTH_LABEL, per_page: 1 }));
    const existing = open.find((issue) => !issue.pull_request);
    if (healthy) {
        if (!existing)
            return { action: 'none' };
        await asking(`comment on health issue #${existing.number}`, () => octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: HEALTHY_AGAIN + body }));
        await asking(`close health issue #${existing.number}`, () => octokit.rest.issues.update({ owner, repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' }));
        return { action: 'closed', number: existing.number };
    }
    if (existing) {
        await asking(`update health issue #${existing.number}`, () => octokit.rest.issues.update({ owner, repo, issue_number: existing.number, body }));
        return { action: 'updated', number: existing.number };
    }
    const { data: created } = await asking('open the health issue', () => octokit.rest.issues.create({ owner, repo, title: TITLE, body, labels: [HEALTH_LABEL] }));
    return { action: 'opened', number: created.number };
}

// EXTERNAL MODULE: ./src/live/ops/render.ts
var render = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/clients/connect/client.ts + 2 modules
var client = __webpack_require__(385);
// EXTERNAL MODULE: ./src/clients/connect/resolve.ts
var resolve = __webpack_require__(61);
// EXTERNAL MODULE: ./src/live/diagnose/write-errors.ts
var write_errors = __webpack_require__(7642);
// EXTERNAL MODULE: ./src/core/http/clock.ts
var http_clock = __webpack_require__(2054);
// EXTERNAL MODULE: ./src/plan/document.ts
var plan_document = __webpack_require__(7990);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
// EXTERNAL MODULE: ./src/core/fs/write.ts
var write = __webpack_require__(412);
// EXTERNAL MODULE: ./src/lint/parse/json-scan.ts
var json_scan = __webpack_require__(8333);
// EXTERNAL MODULE: ./src/lint/parse/source.ts
var source = __webpack_require__(7064);
// EXTERNAL MODULE: ./src/lint/parse/parse.ts
var parse = __webpack_require__(6842);
// EXTERNAL MODULE: ./src/plan/diff.ts
var diff = __webpack_require__(8256);
// EXTERNAL MODULE: ./src/core/sorted.ts
var sorted = __webpack_require__(3110);
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
        const mappings = (0,json/* isRecord */.u4)(document.value) && Array.isArray(document.value.mappings) ? document.value.mappings : [];
        mappings.forEach((mapping, index) => {
            if ((0,json/* isRecord */.u4)(mapping) && typeof mapping.object_name === 'string')
                where.set(mapping.object_name.toLowerCase(), { file, index });
        });
    });
    const liveMappings = new Map();
    if ((0,json/* isRecord */.u4)(live) && Array.isArray(live.mappings))
        for (const mapping of live.mappings)
            if ((0,json/* isRecord */.u4)(mapping) && typeof mapping.object_name === 'string')
                liveMappings.set(mapping.object_name.toLowerCase(), mapping);
    const merged = { mappings: documents.flatMap((document) => ((0,json/* isRecord */.u4)(document.value) && Array.isArray(document.value.mappings) ? document.value.mappings : [])) };
    const edits = documents.map(() => []);
    const kept = documents.map(() => []);
    for (const change of (0,diff/* planChanges */.X)(live, merged, { liveBase: true }).changes) {
        const key = change.object.toLowerCase();
        const liveMapping = liveMappings.get(key);
        const place = where.get(key);
        if (change.unreadable) {
            if (place)
                kept[place.file].push(`${change.object} ${change.unreadable.key}: ${change.unreadable.base} live`);
            continue;
        }
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
        const config = (0,json/* isRecord */.u4)(liveMapping?.config) ? liveMapping.config : {};
        const setting = SETTING_KEY[change.kind];
        if (setting !== undefined) {
            const value = config[setting];
            list.push(value === undefined ? { op: 'delete', path: [...at, 'config', setting] } : { op: 'set', path: [...at, 'config', setting], value });
            continue;
        }
        const group = change.kind.startsWith('field') ? 'fields' : 'indexes';
        const liveGroup = (0,json/* isRecord */.u4)(config[group]) ? config[group] : {};
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
        const keptValues = kept[i].length > 0 ? { kept: kept[i] } : {};
        if (fileEdits.length === 0) {
            results.push({ file: document.ref.file, edits: 0, ...keptValues });
            continue;
        }
        // The drift check reads every file first and stops at one it cannot read; this keeps a file that changed since from breaking the write.
        if (!(0,json/* isRecord */.u4)(document.value) || !Array.isArray(document.value.mappings)) {
            results.push({ file: document.ref.file, edits: 0, refused: 'it can no longer be read as a mapping file', ...keptValues });
            continue;
        }
        const format = (0,source/* formatOf */.be)(document.ref.file);
        const expected = applyEdits(structuredClone(document.value), fileEdits);
        const rewritten = format === 'json' ? editJson(document.text, fileEdits) : editYaml(document.text, fileEdits);
        if (typeof rewritten !== 'string' || !(0,json/* sameJson */.Vk)((await (0,parse/* parseSource */.P)(rewritten, format)).value, expected)) {
            const why = typeof rewritten === 'string' ? 'the edits would change more than the drifted values' : rewritten.refused;
            results.push({ file: document.ref.file, edits: 0, refused: why, ...keptValues });
            continue;
        }
        await saveEdited(document.ref, rewritten);
        results.push({ file: document.ref.file, edits: fileEdits.length, ...keptValues });
    }
    return results;
}
async function readFile(ref) {
    const format = (0,source/* formatOf */.be)(ref.file);
    const read = await (0,source/* readSource */.o$)(ref.absolutePath, format, ref.confinedTo);
    if (!read.ok)
        return { text: '', value: undefined };
    return { text: read.text, value: (await (0,parse/* parseSource */.P)(read.text, format)).value };
}
/** The user's own file, edited: it keeps its mode, and stays where discovery found it (inside the workspace unless the CLI's user named it). */
async function saveEdited(ref, text) {
    const place = ref.confinedTo === null ? { kind: 'named', path: ref.absolutePath } : { kind: 'workspace', root: ref.confinedTo, name: external_node_path_default().relative(ref.confinedTo, ref.absolutePath) };
    await (0,write/* writeOutput */.z)(place, text, 'edit');
}
function withoutVolatile(mapping) {
    if (!(0,json/* isRecord */.u4)(mapping.config))
        return mapping;
    const { applied_at: _applied, revision: _revision, ...config } = mapping.config;
    return { ...mapping, config };
}
/**
 * The intended document: the edits applied to the parsed value. The list items to delete go last,
 * all at once: each edit names an index in the file as it stands, and deleting an item first would
 * move the index of a later edit (a mapping no longer live before one whose fields drifted).
 */
function applyEdits(value, edits) {
    const doomed = new Map();
    for (const edit of edits) {
        const parent = edit.path.slice(0, -1).reduce((node, key) => node[key], value);
        const last = edit.path.at(-1);
        if (edit.op === 'append')
            parent[last].push(structuredClone(edit.value));
        else if (edit.op === 'set')
            parent[last] = structuredClone(edit.value);
        else if (Array.isArray(parent))
            doomed.set(parent, (doomed.get(parent) ?? new Set()).add(last));
        else
            delete parent[last];
    }
    for (const [list, indexes] of doomed)
        removeItems(list, indexes);
    return value;
}
/** In one pass: a splice per item made deleting many items of a long list cost items \u00d7 deletions. */
function removeItems(items, indexes) {
    let kept = 0;
    for (const [index, item] of items.entries())
        if (!indexes.has(index))
            items[kept++] = item;
    items.length = kept;
}
/**
 * Edits the YAML document through its nodes, with the same rules as the `yaml` Document API
 * (setIn, addIn, deleteIn) but each map's keys indexed once: the API looks a key up by scanning
 * its map, so thousands of edits of one map cost keys \u00d7 edits. List items are deleted last, as in
 * applyEdits.
 */
function editYaml(text, edits) {
    // uniqueKeys false: the library's check compares each key with every earlier one, and the lint reports repeats.
    const document = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: false });
    const pairsByKey = new Map();
    const pairsOf = (map) => {
        let pairs = pairsByKey.get(map);
        if (!pairs) {
            pairs = new Map();
            // The first of repeated keys, as the API finds it.
            for (const pair of map.items)
                if (!pairs.has(keyOf(pair)))
                    pairs.set(keyOf(pair), pair);
            pairsByKey.set(map, pairs);
        }
        return pairs;
    };
    const doomedItems = new Map();
    const doomedPairs = new Map();
    for (const edit of edits) {
        let parent;
        let node = document.contents;
        for (const [depth, key] of edit.path.entries()) {
            parent = node;
            node = (0,dist/* isSeq */.oP)(parent) ? parent.items[key] : (0,dist/* isMap */.jh)(parent) ? pairsOf(parent).get(key)?.value : undefined;
            if ((0,dist/* isAlias */.Vj)(node) || (depth < edit.path.length - 1 && node !== undefined && !(0,dist/* isCollection */.P3)(node))) {
                return { refused: `${edit.path.slice(0, depth + 1).join('.')} is shared through a YAML anchor; change it by hand` };
            }
        }
        const last = edit.path.at(-1);
        if (edit.op === 'append' && (0,dist/* isSeq */.oP)(node))
            node.items.push(edit.value);
        else if (edit.op === 'delete' && (0,dist/* isSeq */.oP)(parent))
            doomedItems.set(parent, (doomedItems.get(parent) ?? new Set()).add(last));
        else if (edit.op === 'delete' && (0,dist/* isMap */.jh)(parent)) {
            const pair = pairsOf(parent).get(last);
            if (pair)
                doomedPairs.set(parent, (doomedPairs.get(parent) ?? new Set()).add(pair));
            pairsOf(parent).delete(last);
        }
        else if (edit.op === 'set' && (0,dist/* isMap */.jh)(parent)) {
            const pair = pairsOf(parent).get(last);
            // As the API sets a key: a scalar node keeps its comments and style when the new value is a scalar too.
            if (pair && (0,dist/* isScalar */.jn)(pair.value) && (!edit.value || typeof edit.value !== 'object'))
                pair.value.value = edit.value;
            else if (pair)
                pair.value = edit.value;
            else {
                const added = new dist/* Pair */.Rm(last, edit.value);
                parent.items.push(added);
                pairsOf(parent).set(last, added);
            }
        }
        else
            return { refused: `${edit.path.join('.')} is not where the file can be edited` };
    }
    for (const [list, indexes] of doomedItems)
        removeItems(list.items, indexes);
    for (const [map, pairs] of doomedPairs)
        map.items = map.items.filter((pair) => !pairs.has(pair));
    return document.toString();
}
function keyOf(pair) {
    return (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key;
}
/**
 * Edits the JSON text in place: a changed value is replaced where it stands, a new key or list
 * item goes after the last member with that member's indentation, a deleted one takes its comma with it.
 */
function editJson(text, edits) {
    const nodes = jsonNodes(text);
    const unit = indentUnit(text);
    const indentOfLine = lineIndents(text);
    const replacements = [];
    const nodeAt = (keys) => nodes.get(JSON.stringify(keys));
    const deleted = new Set();
    for (const edit of edits)
        if (edit.op === 'delete')
            deleted.add(nodeAt(edit.path));
    // Found once per container: asked for each of its edits, a scan of its members made deleting
    // or appending many members of one list cost members \u00d7 edits.
    const firstKept = new Map();
    const firstKeptIn = (container) => {
        let index = firstKept.get(container);
        if (index === undefined) {
            index = container.members.findIndex((member) => !deleted.has(member));
            firstKept.set(container, index);
        }
        return index;
    };
    // A list or object whose every member goes and that gets new ones is written anew: the edits would overlap.
    const rebuilt = new Map();
    for (const edit of edits) {
        if (edit.op === 'delete' || (edit.op === 'set' && nodeAt(edit.path)))
            continue;
        const container = nodeAt(edit.op === 'append' ? edit.path : edit.path.slice(0, -1));
        if (!container?.members || firstKeptIn(container) !== -1)
            continue;
        const added = rebuilt.get(container);
        if (added)
            added.push(edit);
        else
            rebuilt.set(container, [edit]);
    }
    for (const [container, added] of rebuilt) {
        const value = added[0].op === 'append' ? added.map((edit) => edit.value) : Object.fromEntries(added.map((edit) => [edit.path.at(-1), edit.value]));
        replacements.push({ start: container.start, end: container.end, text: serialized(value, unit, indentOfLine(container.memberStart)) });
    }
    for (const edit of edits) {
        const parent = nodeAt(edit.path.slice(0, -1));
        const container = edit.op === 'append' ? nodeAt(edit.path) : parent;
        if (!container?.members)
            return { refused: `${edit.path.join('.')} is not where the file can be edited` };
        if (rebuilt.has(container))
            continue;
        const existing = edit.op === 'append' ? undefined : nodeAt(edit.path);
        if (edit.op === 'set' && existing) {
            replacements.push({ start: existing.start, end: existing.end, text: serialized(edit.value, unit, indentOfLine(existing.memberStart)) });
        }
        else if (edit.op === 'delete') {
            const members = container.members;
            const index = existing.index;
            const kept = firstKeptIn(container);
            if (kept === -1) {
                if (index === 0)
                    replacements.push({ start: container.start + 1, end: container.end - 1, text: '' });
            }
            else if (kept < index) {
                replacements.push({ start: members[index - 1].end, end: existing.end, text: '' });
            }
            else {
                replacements.push({ start: existing.memberStart, end: members[index + 1].memberStart, text: '' });
            }
        }
        else {
            const name = edit.op === 'set' ? `${JSON.stringify(edit.path.at(-1))}:${unit === undefined ? '' : ' '}` : '';
            const last = container.members.at(-1);
            const indent = last ? indentOfLine(last.memberStart) : `${indentOfLine(container.memberStart)}${unit ?? ''}`;
            const separator = unit === undefined ? '' : `\n${indent}`;
            const value = serialized(edit.value, unit, indent);
            if (last)
                replacements.push({ start: last.end, end: last.end, text: `,${separator}${name}${value}` });
            else
                replacements.push({ start: container.start + 1, end: container.end - 1, text: `${separator}${name}${value}${unit === undefined ? '' : `\n${indentOfLine(container.memberStart)}`}` });
        }
    }
    // In text order, two at one offset (new list items) in the order pushed, and assembled from
    // pieces: rebuilding the whole text once per replacement made thousands of edits cost edits \u00d7 file size.
    replacements.sort((a, b) => a.start - b.start || a.end - b.end);
    const pieces = [];
    let cursor = 0;
    for (const { start, end, text: inserted } of replacements) {
        pieces.push(text.slice(cursor, start), inserted);
        cursor = end;
    }
    pieces.push(text.slice(cursor));
    return pieces.join('');
}
/** Every value of the document by its path (JSON of the key list), from one scan. */
function jsonNodes(text) {
    const nodes = new Map();
    const stack = [];
    let key;
    const value = (start) => {
        const parent = stack.at(-1);
        const node = { start, end: start, memberStart: key?.start ?? start, index: parent?.node.members.length ?? 0 };
        const path = parent ? [...parent.path, key ? key.name : parent.node.members.length] : [];
        parent?.node.members.push(node);
        nodes.set(JSON.stringify(path), node);
        key = undefined;
        return { node, path };
    };
    (0,json_scan/* scanJson */.E)(text, {
        key: (start, end) => void (key = { name: (0,json_scan/* keyAt */.f)(text, start, end), start }),
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
/**
 * The indentation of the line an offset is on. The line starts are found once: searching back
 * from each offset made many edits on one long line cost edits \u00d7 line length.
 */
function lineIndents(text) {
    const lineStarts = [0];
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1))
        lineStarts.push(newline + 1);
    const indentation = /[ \t]*/y;
    return (offset) => {
        // The last line start at or before the offset.
        indentation.lastIndex = lineStarts[(0,sorted/* firstAtOrAfter */.x)(lineStarts, offset + 1) - 1];
        return indentation.exec(text)[0];
    };
}
function serialized(value, unit, indent) {
    if (unit === undefined)
        return JSON.stringify(value);
    return JSON.stringify(value, null, unit).replace(/\n/g, `\n${indent}`);
}

// EXTERNAL MODULE: ./src/plan/consequences.ts
var consequences = __webpack_require__(6933);
;// CONCATENATED MODULE: ./src/live/ops/drift.ts


const DRIFT = { base: 'Live', head: 'the file', action: 'Deploying the files' };
/**
 * The plan's diff reversed: what deploying `files` would change on `live` is exactly how live has
 * drifted from the files, so each change is told from the live side and keeps the plan's consequence.
 * Both are parsed export documents; the volatile keys (exported_at, applied_at, revision) never count,
 * and a value live lacks or has of another type than the files' is a difference, named as one.
 */
function drift_driftBetween(live, files, sides = DRIFT) {
    return (0,diff/* planChanges */.X)(live, files, { liveBase: true }).changes.map((change) => reversed(change, sides));
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
            return `${base} polls ${object} every ${(0,consequences/* seconds */.YA)(from)}; ${head} says ${(0,consequences/* seconds */.YA)(to)}.`;
        case 'accelerated-polling-changed':
            return `${base} ${object} has accelerated polling ${onOff(from)}; ${head} says ${onOff(to)}.`;
        case 'value-unreadable':
            return `${base} ${object} ${change.unreadable.key} is ${change.unreadable.base}; ${head} says ${change.unreadable.head}.`;
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

// EXTERNAL MODULE: ./src/clients/connect/states.ts
var states = __webpack_require__(4299);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/live/ops/health.ts



/** A state outside the table of known states is never called healthy: nothing says it is. */
function unknownState(subject, state, app) {
    return `${subject} is in state ${state}, which this tool does not know. Check it in the dashboard (heroku addons:open herokuconnect -a ${app}): health fails until it is in a known state.`;
}
/**
 * Judges the deep detail, the write errors and the notifications read at `now`. The detail's
 * `times.sf_poll` and `counts` come from the Heroku CLI plugin's fixtures, not from published API
 * documentation: a mapping without a readable poll time is never called stale.
 */
function judgeHealth(app, detail, writeErrors, notifications, now, limits) {
    const problems = [];
    const connection = (0,states/* judgeConnection */.u)(detail.state, app);
    if (connection.kind === 'blocked')
        problems.push(`The connection is ${detail.state}: ${connection.meaning}. ${connection.remedy}`);
    if (connection.kind === 'unknown')
        problems.push(unknownState('The connection', detail.state, app));
    const errorsByTable = new Map();
    for (const error of writeErrors) {
        const table = error.table_name.toLowerCase().split('.').at(-1);
        errorsByTable.set(table, (errorsByTable.get(table) ?? 0) + 1);
    }
    const mappings = detail.mappings.map((mapping) => {
        const health = mappingHealth(mapping, now, limits, errorsByTable.get(mapping.object_name.toLowerCase()) ?? 0);
        const verdict = (0,states/* judgeMapping */.K)(mapping.state);
        const description = typeof mapping.state_description === 'string' && mapping.state_description !== '' ? ` (${mapping.state_description})` : '';
        if (verdict === 'failed')
            problems.push(`The ${mapping.object_name} mapping is ${mapping.state}${description}.`);
        if (verdict === 'unknown')
            problems.push(unknownState(`The ${mapping.object_name} mapping`, `${mapping.state}${description}`, app));
        if (health.stale) {
            problems.push(`The ${mapping.object_name} mapping last polled Salesforce ${(0,core_text/* formatDuration */.a3)(now - Date.parse(health.lastPoll))} ago, more than ${limits.staleIntervals} times its interval of ${(0,core_text/* formatDuration */.a3)(health.pollingSeconds * 1000)}.`);
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
    const polling = numberOf((0,json/* isRecord */.u4)(mapping.config) ? mapping.config.sf_polling_seconds : undefined) ?? numberOf(mapping.sf_polling_seconds);
    const lastPoll = timeOf((0,json/* isRecord */.u4)(mapping.times) ? mapping.times.sf_poll : undefined);
    const counts = (0,json/* isRecord */.u4)(mapping.counts) ? mapping.counts : {};
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

;// CONCATENATED MODULE: ./src/live/ops/run.ts









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
        reports.push(await (0,resolve/* onConnection */.M)(options, target, async (api, connection) => ({ app: target.app, resource: connection.resource_name, ...(await fn(api, connection)) })));
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
        throw new errors/* ConfigurationError */.j1(`Write-back follows one app's live connection; ${targets.length} apps are given. Name the one the files should follow.`);
    const head = await (0,plan_document/* mergeMappingFiles */.k)(files);
    const lives = [];
    const apps = await eachApp(context, targets, async (api, connection) => {
        const live = await (0,client/* exportConfiguration */.lb)(api, connection);
        lives.push(live);
        return { drift: drift_driftBetween(live, head) };
    });
    const drifted = apps.some((app) => app.drift.length > 0);
    return { drifted, apps, ...(write && drifted && { written: await writeBack(files, lives[0]) }) };
}
/**
 * Health: per app the deep detail, the write errors and the unacknowledged notifications, four
 * calls whatever the number of mappings (six when acknowledging: then the list again). Only the notifications
 * reported are acknowledged: those created before the moment they were read.
 */
async function runHealth(context, targets, options) {
    const clock = context.clock ?? http_clock/* systemClock */.ml;
    const apps = await eachApp(context, targets, async (api, connection) => {
        const readAt = new Date(clock.now()).toISOString();
        const detail = await (0,client/* readDetail */.on)(api, connection);
        const errors = (0,write_errors/* writeErrorsSince */.Hi)(await (0,client/* readWriteErrors */.PS)(api, connection), clock.now() - options.sinceMs);
        const notifications = await (0,client/* readNotifications */.JF)(api, connection, readAt);
        const health = judgeHealth(connection.app_name || connection.resource_name, detail, errors, notifications, clock.now(), options);
        if (!options.acknowledge || notifications.length === 0)
            return { ...health, acknowledged: 0 };
        const left = await (0,client/* acknowledgeNotifications */.DV)(api, connection, readAt, notifications);
        if (left.length === 0)
            return { ...health, acknowledged: notifications.length };
        const problem = `${left.length} of the ${notifications.length} notification(s) reported are still unacknowledged: Heroku Connect listed them again after acknowledging.`;
        return { ...health, healthy: false, problems: [...health.problems, problem], acknowledged: notifications.length - left.length };
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

// EXTERNAL MODULE: ./src/action/connection.ts
var action_connection = __webpack_require__(4360);
;// CONCATENATED MODULE: ./src/action/ops.ts









/**
 * `command: drift` and `command: health`: the same engine as the CLI's commands, with the
 * action's inputs, outputs and job summary. Resolves to the exit code: 1 on drift or when unhealthy.
 */
async function runOpsCommand(command, io, source, root, deps) {
    const apiKey = (0,read/* getSecret */.r6)(source, 'heroku-api-key');
    const targets = (0,read/* readAppTargets */.ed)(source);
    if (targets.length === 0)
        throw new errors/* ConfigurationError */.j1(`command: ${command} needs "app": the Heroku app (or apps, one per line) with the Heroku Connect add-on.`);
    if (apiKey === '')
        throw new errors/* ConfigurationError */.j1(`command: ${command} needs a Heroku API key: set "heroku-api-key" from a secret.`);
    (0,read/* requireTrustedEventFor */.IH)(source, 'the Heroku API key');
    const connection = (0,action_connection/* liveConnection */.d)(io, deps, apiKey, (0,read/* getInteger */.XU)(source, 'wait-timeout'));
    return OPS_RUNS[command]({ io, source, root, deps, connection, targets });
}
/** Each operation the action runs, by command: the compiler asks for one per `ops` command of the command table. */
const OPS_RUNS = {
    async drift({ io, source, root, connection, targets }) {
        const { targets: files, unmatched } = await (0,discover/* discover */.k4)({ root, namedMayLeaveRoot: false }, (0,read/* readLintInputs */.bJ)(source).patterns);
        for (const pattern of unmatched)
            io.warning(`No mapping file matches "${pattern}".`);
        const report = await runDrift(connection, targets, files, (0,read/* getBoolean */.pW)(source, 'write-back'));
        await io.writeSummary((0,render.driftMarkdown)(report));
        io.setOutput('drifted', String(report.drifted));
        io.setOutput('drift', reportOutput(report, (whole) => ({ drifted: whole.drifted, apps: whole.apps.map((app) => ({ app: app.app, resource: app.resource, differences: app.drift.length })) })));
        for (const app of report.apps)
            io.info(`${app.app}: ${app.drift.length} difference(s) from the files.`);
        return report.drifted ? 1 : 0;
    },
    async health({ io, source, deps, connection, targets }) {
        const report = await runHealth(connection, targets, (0,read/* readHealthOptions */.vI)(source));
        await io.writeSummary((0,render.healthMarkdown)(report));
        io.setOutput('healthy', String(report.healthy));
        io.setOutput('health', reportOutput(report, (whole) => ({ healthy: whole.healthy, apps: whole.apps.map((app) => ({ app: app.app, resource: app.resource, healthy: app.healthy, problems: app.problems.length })) })));
        for (const app of report.apps)
            io.info(`${app.app}: ${app.healthy ? 'healthy' : `unhealthy: ${app.problems.join(' ')}`}`);
        if ((0,read/* getBoolean */.pW)(source, 'health-issue')) {
            const github = (0,github_api.createGitHubApi)({
                token: (0,read/* getSecret */.r6)(source, 'github-token'),
                env: io.env,
                deadline: connection.deadline,
                ...(deps.fetch && { fetchImpl: deps.fetch }),
                ...(deps.clock && { clock: deps.clock }),
            });
            const outcome = await syncHealthIssue(github, io.env, report.healthy, (0,render.healthMarkdown)(report, budget/* ISSUE_BODY_BUDGET_BYTES */.VJ));
            io.setOutput('health-issue', outcome.action === 'none' ? '' : String(outcome.number));
            if (outcome.action !== 'none')
                io.info(`Health issue #${outcome.number} ${outcome.action}.`);
        }
        return report.healthy ? 0 : 1;
    },
};
/**
 * A report as an output, within GitHub's limit for outputs: whole when it fits, else its outline
 * (what each app came to, in counts) marked `truncated`; the job summary has the details.
 */
function reportOutput(report, outline) {
    const whole = JSON.stringify(report);
    return Buffer.byteLength(whole) <= budget/* OUTPUT_BUDGET_BYTES */.oB ? whole : JSON.stringify({ truncated: true, ...outline(report) });
}


/***/ }),

/***/ 4299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ judgeMapping),
/* harmony export */   u: () => (/* binding */ judgeConnection)
/* harmony export */ });
/**
 * What each connection and mapping state means, from django-heroku-connect's groups and the Dev
 * Center state references: the one table the deploy, its wait, prune and health all judge by. A
 * state in neither table is unknown. Heroku adds states without notice, so each reader decides what
 * unknown means for it: the wait keeps going and warns once, a deploy refuses to start on it, prune
 * refuses to delete next to it, and health calls it unhealthy, by name.
 */
/** `{app}` in a remedy is replaced with the app name. */
const CONNECTION_STATES = new Map([
    ['IDLE', { kind: 'idle' }],
    ['IMPORT_CONFIGURATION', { kind: 'working' }],
    ['POLLING_DB_CHANGES', { kind: 'working' }],
    ['BUSY', { kind: 'working' }],
    ['RECOVERY', { kind: 'working' }],
    [
        'NEW',
        {
            kind: 'blocked',
            meaning: 'the connection is not set up yet (no database or schema chosen)',
            remedy: 'Finish the setup in the dashboard (heroku addons:open herokuconnect -a {app}) or with heroku connect:db:set -a {app}.',
        },
    ],
    ['NEED_AUTHENTICATION', { kind: 'blocked', meaning: 'the connection has not been authorized with Salesforce yet', remedy: 'Authorize it: heroku connect:sf:auth -a {app}.' }],
    ['PAUSED', { kind: 'blocked', meaning: 'the connection is paused (demo connections are paused after a period of inactivity)', remedy: 'Resume it: heroku connect:resume -a {app}.' }],
    ['UNAUTHORIZED', { kind: 'blocked', meaning: 'the Salesforce authorization has expired or was revoked', remedy: 'Reauthorize it: heroku connect:sf:auth -a {app}.' }],
    [
        'HEROKU_UNAUTH',
        {
            kind: 'blocked',
            meaning: "Heroku Connect has lost its authorization to the app's Heroku Postgres database",
            remedy: 'Reauthorize Heroku in the dashboard: heroku addons:open herokuconnect -a {app}.',
        },
    ],
    [
        'DB_UNAVAILABLE',
        { kind: 'blocked', meaning: 'Heroku Connect cannot reach the Postgres database', remedy: 'Check the database (heroku pg:info -a {app}), then resume the connection in the dashboard.' },
    ],
    [
        'SYSTEM_ERROR',
        { kind: 'blocked', meaning: 'an unexpected error interrupted synchronization', remedy: 'Look at heroku connect:diagnose -a {app} and the logs, then resume synchronization in the dashboard.' },
    ],
    ['TOO_MANY_ROWS', { kind: 'blocked', meaning: 'the connection is over the number of rows its license allows', remedy: 'Reduce the synchronized rows or upgrade the plan.' }],
    ['INACTIVE_ORG', { kind: 'blocked', meaning: 'the Salesforce organization is inactive', remedy: 'Reactivate the Salesforce org, or point the connection at an active one.' }],
    [
        'SYSTEM_ON_ICE',
        { kind: 'blocked', meaning: 'the demo connection was put on ice after a period of inactivity', remedy: 'Reactivate it in the dashboard: heroku addons:open herokuconnect -a {app}.' },
    ],
]);
/** A Map, not an object: a state named `constructor` or `__proto__` is unknown, never a prototype's member. */
function judgeConnection(state, app) {
    const entry = CONNECTION_STATES.get(state);
    if (entry === undefined)
        return { kind: 'unknown' };
    return entry.kind === 'blocked' ? { ...entry, remedy: entry.remedy.replaceAll('{app}', app) } : entry;
}
/**
 * DATA_SYNCED is the only settled healthy state. `working` is transient and fine: django's "OK"
 * group (polling Salesforce, bulk loads, a resync) and its "temporary error" group, which a new or
 * changed mapping passes through after an import (INITIAL, SCHEMA_CHANGED, RECOVERY). `failed` is
 * django's permanent errors: they do not resolve by waiting.
 */
const MAPPING_STATES = new Map([
    ['DATA_SYNCED', 'synced'],
    ...[
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
    ].map((state) => [state, 'working']),
    ...['BAD_CONFIG', 'SYSTEM_ERROR', 'DB_UNAVAILABLE', 'BULK_LOAD_ERROR', 'SYNC_REMOVED', 'INACTIVE_ORG', 'UNAUTHORIZED'].map((state) => [state, 'failed']),
]);
function judgeMapping(state) {
    return MAPPING_STATES.get(state) ?? 'unknown';
}


/***/ }),

/***/ 3110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ firstAtOrAfter)
/* harmony export */ });
/** The index of the first of the ascending `sorted` that is at least `value`; their length when none is. */
function firstAtOrAfter(sorted, value) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (sorted[middle] < value)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}


/***/ }),

/***/ 7642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 8557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareText: () => (/* binding */ compareText),
/* harmony export */   driftMarkdown: () => (/* binding */ driftMarkdown),
/* harmony export */   driftText: () => (/* binding */ driftText),
/* harmony export */   healthMarkdown: () => (/* binding */ healthMarkdown),
/* harmony export */   healthText: () => (/* binding */ healthText)
/* harmony export */ });
/* harmony import */ var _clients_connect_states_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4299);
/* harmony import */ var _core_output_budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1344);
/* harmony import */ var _core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(706);



/** "staging: 2 differences, one mapping only live" \u2014 what a reader of a list of apps needs first. */
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
    const lines = report.apps.flatMap((app) => [
        `${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(app.app)} (${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(app.resource)}): ${count(app.drift, 'difference', ' from the files')}.`,
        ...itemLines(app.drift, _core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR, '  - '),
    ]);
    for (const file of report.written ?? [])
        lines.push(writtenLine(file, _core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR));
    return `${lines.join('\n')}\n`;
}
/** An untrusted value in the job summary or the issue: escaped, and cut if long, so that no one line takes the budget. */
function md(text) {
    return (0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)((0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(text, _core_output_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .CELL_MAX_CHARS */ .I2));
}
/** Room for the lines that say what was left out: a few per app, and one for the report. */
function notesReserve(apps) {
    return 400 + apps * 600;
}
/** The CLI command that lists all of what a summary had to leave out. */
const WHOLE_REPORT = (command) => `\`heroku-connect-action ${command}\` lists them all`;
/**
 * The drift section of the job summary, within the budget: each app's heading always, then its
 * differences, those needing care first, and for each app how many did not fit.
 */
function driftMarkdown(report, budget = _core_output_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .JOB_SUMMARY_BUDGET_BYTES */ .vn) {
    const room = new _core_output_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .Room */ .Wv(budget, notesReserve(report.apps.length));
    const headings = report.apps.map((app) => `### ${md(app.app)}: ${count(app.drift, 'difference', ' from the files')}`);
    room.take(['## Heroku Connect drift', ...headings]);
    const shown = report.apps.map((app) => {
        const lines = app.drift.map((item) => `- ${item.care ? '\u26a0\ufe0f ' : ''}${md(item.difference)}<br>${md(item.consequence)}`);
        return chosen(lines, room, (i) => (app.drift[i].care ? 0 : 1));
    });
    const parts = ['## Heroku Connect drift', ''];
    shown.forEach(({ lines, leftOut }, a) => {
        parts.push(headings[a], '', ...lines);
        if (leftOut > 0)
            parts.push(`- ${leftOut} more difference(s) do not fit in the summary; ${WHOLE_REPORT('drift')}.`);
        parts.push('');
    });
    const written = room.take((report.written ?? []).map((file) => `- ${writtenLine(file, md)}`));
    parts.push(...written);
    const unwritten = (report.written?.length ?? 0) - written.length;
    if (unwritten > 0)
        parts.push(`- ${unwritten} more file(s) written back do not fit in the summary.`);
    return `${parts.join('\n')}\n`;
}
/**
 * The lines of one list that the room has space for, chosen by rank (lower first, file order
 * within a rank) and shown in their own order, with how many were left out.
 */
function chosen(lines, room, rank) {
    const order = lines.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || a - b);
    const taken = new Set(room.take(order.map((i) => lines[i])).map((_, k) => order[k]));
    return { lines: lines.filter((_, i) => taken.has(i)), leftOut: lines.length - taken.size };
}
function writtenLine(file, escape) {
    const kept = file.kept ? ` Kept as the file has them, since live's cannot be read: ${escape((0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(file.kept.join('; '), _core_output_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .CELL_MAX_CHARS */ .I2))}.` : '';
    if (file.refused)
        return `${escape(file.file)}: not rewritten (${escape(file.refused)}).${kept}`;
    if (file.edits === 0)
        return `${escape(file.file)}: ${file.kept ? 'not rewritten.' : 'already matches.'}${kept}`;
    return `${escape(file.file)}: rewritten, ${file.edits} value(s) changed.${kept}`;
}
function healthText(report) {
    const lines = [];
    for (const app of report.apps) {
        lines.push(`${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(app.app)} (${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(app.resource)}): ${app.healthy ? 'healthy' : 'UNHEALTHY'}, connection ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(app.state)}`);
        for (const mapping of app.mappings) {
            const poll = mapping.lastPoll ? `last poll ${mapping.lastPoll}${mapping.stale ? ' (stale)' : ''}` : 'last poll unknown';
            const { db, sf, pending } = mapping.counts;
            lines.push(`  ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(mapping.object)}  ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(mapping.state)}  ${poll}  db ${db ?? '?'} sf ${sf ?? '?'} pending ${pending ?? '?'}  write errors ${mapping.writeErrors}`);
        }
        for (const note of app.notifications)
            lines.push(`  notification ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(note.created_at)} ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(note.event_type)}: ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(note.message)}`);
        for (const problem of app.problems)
            lines.push(`  ! ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(problem)}`);
        if (app.acknowledged > 0)
            lines.push(`  ${app.acknowledged} notification(s) acknowledged.`);
    }
    return `${lines.join('\n')}\n`;
}
/**
 * The health report as Markdown, within the budget (the job summary's, or the issue body's): each
 * app's verdict always, then what makes it unhealthy, then its mappings (failed, stale or with write
 * errors first), then its notifications; for each part, how many did not fit.
 */
function healthMarkdown(report, budget = _core_output_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .JOB_SUMMARY_BUDGET_BYTES */ .vn) {
    const room = new _core_output_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .Room */ .Wv(budget, notesReserve(report.apps.length));
    const headings = report.apps.map((app) => `### ${md(app.app)}: ${app.healthy ? '\u2705 healthy' : '\u274c unhealthy'} (connection ${md(app.state)})`);
    room.take(['## Heroku Connect health', ...headings, ...report.apps.map(() => MAPPING_TABLE_HEAD.join('\n'))]);
    const problems = report.apps.map((app) => {
        const rank = problemRank(app.mappings);
        return chosen(app.problems.map((problem) => `- \u274c ${md(problem)}`), room, (i) => rank(app.problems[i]));
    });
    const mappings = report.apps.map((app) => chosen(app.mappings.map(mappingRow), room, (i) => mappingRank(app.mappings[i])));
    const notifications = report.apps.map((app) => chosen(app.notifications.map((note) => `- Notification ${md(note.created_at)} ${md(note.event_type)}: ${md(note.message)}`), room, () => 0));
    const parts = ['## Heroku Connect health', ''];
    report.apps.forEach((app, a) => {
        parts.push(headings[a], '');
        parts.push(...MAPPING_TABLE_HEAD, ...mappings[a].lines, '');
        if (mappings[a].leftOut > 0)
            parts.push(`- ${mappings[a].leftOut} more mapping(s) do not fit here (the healthy ones are left out first); ${WHOLE_REPORT('health')}.`);
        parts.push(...notifications[a].lines);
        if (notifications[a].leftOut > 0)
            parts.push(`- ${notifications[a].leftOut} more notification(s) do not fit here.`);
        parts.push(...problems[a].lines);
        if (problems[a].leftOut > 0)
            parts.push(`- \u274c ${problems[a].leftOut} more problem(s) do not fit here; ${WHOLE_REPORT('health')}.`);
        if (app.acknowledged > 0)
            parts.push(`- ${app.acknowledged} notification(s) acknowledged.`);
        parts.push('');
    });
    return `${parts.join('\n')}\n`;
}
const MAPPING_TABLE_HEAD = ['| Mapping | State | Last poll | Records (db / sf) | Pending writes | Write errors |', '|---|---|---|---|---|---|'];
function mappingRow(mapping) {
    const poll = mapping.lastPoll ? `${md(mapping.lastPoll)}${mapping.stale ? ' \u26a0\ufe0f stale' : ''}` : 'unknown';
    const { db, sf, pending } = mapping.counts;
    return `| ${md(mapping.object)} | ${md(mapping.state)} | ${poll} | ${db ?? '?'} / ${sf ?? '?'} | ${pending ?? '?'} | ${mapping.writeErrors} |`;
}
/** A problem of the whole connection (its state, its write errors, its notifications) comes before one of a mapping, which the table shows too. */
function problemRank(mappings) {
    const objects = new Set(mappings.map((mapping) => mapping.object));
    return (problem) => {
        const named = /^The (\S+) mapping /.exec(problem)?.[1];
        return named !== undefined && objects.has(named) ? 1 : 0;
    };
}
/** A mapping that is not synced comes first, then a stale one or one with write errors, then the rest. */
function mappingRank(mapping) {
    if ((0,_clients_connect_states_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeMapping */ .K)(mapping.state) !== 'synced')
        return 0;
    return mapping.stale || mapping.writeErrors > 0 ? 1 : 2;
}
function compareText(report) {
    const head = `${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(report.to.app)} against ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR)(report.from.app)}: ${count(report.differences, 'difference')}.`;
    return `${[head, ...itemLines(report.differences, _core_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .eR, '  - ')].join('\n')}\n`;
}


/***/ })

};

//# sourceMappingURL=639.index.js.map