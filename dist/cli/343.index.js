export const id = 343;
export const ids = [343];
export const modules = {

/***/ 5343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareCommand: () => (/* binding */ compareCommand),
  driftCommand: () => (/* binding */ driftCommand),
  healthCommand: () => (/* binding */ healthCommand)
});

// EXTERNAL MODULE: ./src/interface/inputs/read.ts + 1 modules
var read = __webpack_require__(3901);
// EXTERNAL MODULE: ./src/core/errors.ts + 1 modules
var errors = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/interface/formats/registry.ts + 2 modules
var registry = __webpack_require__(1327);
// EXTERNAL MODULE: ./src/lint/discover.ts
var discover = __webpack_require__(8698);
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
;// CONCATENATED MODULE: ./src/core/sorted.ts
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
        indentation.lastIndex = lineStarts[firstAtOrAfter(lineStarts, offset + 1) - 1];
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
function driftBetween(live, files, sides = DRIFT) {
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
        return { drift: driftBetween(live, head) };
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
        throw new errors/* ConfigurationError */.j1(`compare takes two apps (--app A --app B); ${targets.length} given.`);
    const exports = await eachApp(context, targets, async (api, connection) => ({ live: await (0,client/* exportConfiguration */.lb)(api, connection) }));
    const [from, to] = exports;
    return {
        from: { app: from.app, resource: from.resource },
        to: { app: to.app, resource: to.resource },
        differences: driftBetween(to.live, from.live, { base: to.app, head: from.app, action: `Promoting ${from.app} to ${to.app}` }),
    };
}

// EXTERNAL MODULE: ./src/core/output/escape.ts
var output_escape = __webpack_require__(706);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/shared.ts + 2 modules
var shared = __webpack_require__(9615);
;// CONCATENATED MODULE: ./src/cli/ops.ts








/** `drift`: exit 1 when any app's live connection differs from the files. */
async function driftCommand(parsed, io) {
    const setup = start('drift', parsed, io);
    if (!setup)
        return shared/* EXIT */.dc.ok;
    const { flags, targets, connection } = setup;
    const render = (0,shared/* liveFormat */.SY)(registry/* DRIFT_FORMATS */.fW, flags, 'drift-format');
    const { targets: files, unmatched } = await (0,discover/* discover */.k4)({ root: io.cwd, namedMayLeaveRoot: true }, parsed.positionals);
    for (const pattern of unmatched)
        io.stderr.write(`warning: No mapping file matches "${(0,output_escape/* terminalText */.eR)(pattern)}".\n`);
    const report = await runDrift(connection, targets, files, (0,read/* getBoolean */.pW)(flags, 'write-back'));
    io.stdout.write(await render(report));
    return report.drifted ? shared/* EXIT */.dc.findings : shared/* EXIT */.dc.ok;
}
/** `health`: exit 1 when any app's connection is unhealthy. */
async function healthCommand(parsed, io) {
    const setup = start('health', parsed, io);
    if (!setup)
        return shared/* EXIT */.dc.ok;
    if (parsed.positionals.length > 0)
        throw new errors/* ConfigurationError */.j1(`health takes no files ("${(0,output_escape/* terminalText */.eR)(parsed.positionals[0])}"). Run ${options/* PROGRAM */.RX} health --help for its options.`);
    const render = (0,shared/* liveFormat */.SY)(registry/* HEALTH_FORMATS */.uA, setup.flags, 'health-format');
    const report = await runHealth(setup.connection, setup.targets, (0,read/* readHealthOptions */.vI)(setup.flags));
    io.stdout.write(await render(report));
    return report.healthy ? shared/* EXIT */.dc.ok : shared/* EXIT */.dc.findings;
}
/** `compare`: read only; exits 0 whenever it could compare. */
async function compareCommand(parsed, io) {
    const setup = start('compare', parsed, io);
    if (!setup)
        return shared/* EXIT */.dc.ok;
    if (parsed.positionals.length > 0)
        throw new errors/* ConfigurationError */.j1(`compare takes no files ("${(0,output_escape/* terminalText */.eR)(parsed.positionals[0])}"): it compares two live connections.`);
    const render = (0,shared/* liveFormat */.SY)(registry/* COMPARE_FORMATS */.tJ, setup.flags, 'compare-format');
    const report = await runCompare(setup.connection, setup.targets);
    io.stdout.write(await render(report));
    return shared/* EXIT */.dc.ok;
}
/** The flags, the apps and the API key (from HEROKU_API_KEY, never a flag); undefined after --help. */
function start(command, parsed, io) {
    if (parsed.values.help) {
        io.stdout.write((0,options/* commandUsage */.T3)(command));
        return undefined;
    }
    const flags = (0,options/* cliSource */.kJ)(command, parsed, io.env);
    const targets = (0,read/* readAppTargets */.ed)(flags);
    if (targets.length === 0)
        throw new errors/* ConfigurationError */.j1(`--app is required: the Heroku app with the Heroku Connect add-on. Run ${options/* PROGRAM */.RX} ${command} --help for its options.`);
    const apiKey = (0,read/* getSecret */.r6)(flags, 'heroku-api-key');
    if (apiKey === '')
        throw new errors/* ConfigurationError */.j1('Set HEROKU_API_KEY to a Heroku API key of a user with access to the apps.');
    (0,read/* requireTrustedEventFor */.IH)(flags, 'the Heroku API key');
    return { flags, targets, connection: (0,shared/* readOnlyConnection */.D4)(parsed, flags, io, apiKey) };
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
/* harmony export */   pY: () => (/* binding */ valueUnreadable),
/* harmony export */   tO: () => (/* binding */ CHANGE_KINDS),
/* harmony export */   x2: () => (/* binding */ indexUniquenessChanged),
/* harmony export */   xl: () => (/* binding */ fieldAdded)
/* harmony export */ });
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6153);

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
    'value-unreadable',
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
/** A live value that is missing or of another type than the file's: import writes the file's. */
function valueUnreadable(object, key, value, head) {
    const base = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .describeJsonValue */ .$g)(value);
    return {
        kind: 'value-unreadable',
        object,
        detail: `${key}: ${base} \u2192 ${head}`,
        consequence: `Import sets ${key} of the ${object} mapping to what the file says (${head}); it is ${base} now, which is no value Heroku Connect documents.`,
        care: true,
        unreadable: { key, base, head },
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
 * `config.revision` never show. Whatever is not well-formed in a file is left out of the
 * comparison rather than guessed at: the lint reports it. A live base is held to what the head says (`liveBase`).
 */
function planChanges(base, head, options = {}) {
    const before = base === undefined ? new Map() : mappingsOf(base);
    if (!before)
        return { changes: [], unreadable: 'base' };
    const after = head === undefined ? new Map() : mappingsOf(head);
    if (!after)
        return { changes: [], unreadable: 'head' };
    const compare = options.liveBase ? compareWithLive : compareMapping;
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
            for (const change of compare(was, is))
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
/** What the head says of each key compared, as a message shows it; undefined when it says nothing well-formed. */
const SAID = {
    access: (head) => head.access,
    upsert_field: (head) => (head.upsertField === undefined ? undefined : (head.upsertField ?? 'none')),
    sf_polling_seconds: (head) => (head.pollingSeconds === undefined ? undefined : String(head.pollingSeconds)),
    sf_notify_enabled: (head) => (head.acceleratedPolling === undefined ? undefined : String(head.acceleratedPolling)),
    fields: (head) => head.fields && `${head.fields.size} field(s)`,
    indexes: (head) => head.indexes && `${head.indexes.size} index(es)`,
};
/**
 * Against a live base: each value the head says well-formed that the base lacks or has of another
 * type is one difference, and the rest is compared as between files. A live mapping without
 * `indexes` has none (exports leave the key out then); one without `fields` is unreadable.
 */
function compareWithLive(was, is) {
    if (was.unreadable?.has('config') && !is.unreadable?.has('config'))
        return [(0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .valueUnreadable */ .pY)(is.object, 'config', was.unreadable.get('config'), 'a mapping configuration')];
    const changes = [];
    let base = was;
    for (const [key, said] of Object.entries(SAID)) {
        const shown = said(is);
        if (shown === undefined || !was.unreadable?.has(key))
            continue;
        const value = was.unreadable.get(key);
        if (key === 'indexes' && value === undefined)
            base = { ...base, indexes: new Map() };
        else
            changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .valueUnreadable */ .pY)(is.object, key, value, shown));
    }
    for (const [key, index] of is.indexes ?? []) {
        const live = base.indexes?.get(key);
        if (index.unique !== undefined && live?.unreadable)
            changes.push((0,_consequences_js__WEBPACK_IMPORTED_MODULE_1__/* .valueUnreadable */ .pY)(is.object, live.unreadable.key, live.unreadable.value, `unique ${index.unique}`));
    }
    for (const change of compareMapping(base, is))
        changes.push(change);
    return changes;
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
        mappings.set(entry.object_name.toLowerCase(), (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(entry.config) ? stateOf(entry.object_name, entry.config) : { object: entry.object_name, unreadable: new Map([['config', entry.config]]) });
    }
    return mappings;
}
function stateOf(object, config) {
    const state = { object };
    const unreadable = new Map();
    if (config.access === 'read_only' || config.access === 'read_write')
        state.access = config.access;
    else
        unreadable.set('access', config.access);
    if (typeof config.upsert_field === 'string' && config.upsert_field !== '')
        state.upsertField = config.upsert_field;
    else if (config.upsert_field === undefined || config.upsert_field === null || config.upsert_field === '')
        state.upsertField = null;
    else
        unreadable.set('upsert_field', config.upsert_field);
    if (typeof config.sf_polling_seconds === 'number' && Number.isFinite(config.sf_polling_seconds))
        state.pollingSeconds = config.sf_polling_seconds;
    else
        unreadable.set('sf_polling_seconds', config.sf_polling_seconds);
    if (typeof config.sf_notify_enabled === 'boolean')
        state.acceleratedPolling = config.sf_notify_enabled;
    else
        unreadable.set('sf_notify_enabled', config.sf_notify_enabled);
    if ((0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(config.fields))
        state.fields = new Map(Object.keys(config.fields).map((name) => [name.toLowerCase(), name]));
    else
        unreadable.set('fields', config.fields);
    if ((0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(config.indexes)) {
        state.indexes = new Map(Object.entries(config.indexes).map(([name, index]) => {
            const unique = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(index) && typeof index.unique === 'boolean' ? index.unique : undefined;
            const unreadable = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(index) ? { key: `indexes.${name}.unique`, value: index.unique } : { key: `indexes.${name}`, value: index };
            return [name.toLowerCase(), unique === undefined ? { name, unreadable } : { name, unique }];
        }));
    }
    else
        unreadable.set('indexes', config.indexes);
    if (unreadable.size > 0)
        state.unreadable = unreadable;
    return state;
}


/***/ })

};

//# sourceMappingURL=343.index.js.map