export const id = 754;
export const ids = [754];
export const modules = {

/***/ 5754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_YAML_BYTES: () => (/* binding */ MAX_YAML_BYTES),
/* harmony export */   deepestPoint: () => (/* binding */ deepestPoint),
/* harmony export */   parseYaml: () => (/* binding */ parseYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2020);
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(524);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7064);




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
            message: `The YAML file is ${(0,_source_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(size)}, over the ${(0,_source_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(MAX_YAML_BYTES)} limit for YAML mapping files. ` +
                'Hand-written YAML mappings are far smaller; keep a generated export as JSON, which may be up to 16 MiB.',
            range: _parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCUMENT_START */ .Bv,
        });
    }
    const deep = deepestPoint(text, _parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DEPTH */ .lr);
    if (deep !== undefined)
        return refused(tooDeep({ start: (0,_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .positionsAt */ .GN)(text, [deep])[0] }));
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    let document;
    try {
        // logLevel 'error': the library would otherwise print warnings that quote the file's keys.
        // merge: `<<: *defaults` is the common way to share settings between mappings (YAML 1.1 merge keys).
        document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, merge: true, uniqueKeys: false, prettyErrors: false, logLevel: 'error' });
    }
    catch (error) {
        // The depth check above keeps the parser's recursion shallow; this is the safety net behind it.
        if (error instanceof RangeError)
            return refused(tooDeep(_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCUMENT_START */ .Bv));
        throw error;
    }
    const rangeAt = (start, end) => rangeFrom(lineCounter, start, end);
    const source = { document, text, rangeAt };
    const locate = (requests) => requests.map(({ path, at }) => locateYaml(source, path, at ?? 'value'));
    const errors = document.errors.filter((error) => error.code !== 'DUPLICATE_KEY');
    if (errors.length > 0) {
        const problems = errors
            .slice(0, _parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_PROBLEMS_PER_FILE */ .JG)
            .map((error) => ({ kind: 'syntax', message: `The file is not valid YAML: ${explain(error.code)}`, range: rangeAt(error.pos[0], error.pos[1]) }));
        return { problems, omittedProblems: errors.length - problems.length, locate };
    }
    let value;
    try {
        value = document.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        if (error instanceof RangeError)
            return refused(tooDeep(_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCUMENT_START */ .Bv));
        return refused({ kind: 'syntax', message: `The YAML cannot be converted to JSON: ${explainConversion(error)}`, range: _parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCUMENT_START */ .Bv });
    }
    // Aliases can nest an anchored collection inside another: the value is checked as well as the text.
    if ((0,_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .countKeysWithin */ .xv)(value, _parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DEPTH */ .lr) === undefined)
        return refused(tooDeep(_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCUMENT_START */ .Bv));
    return { value, ...duplicateKeys(document, rangeAt), locate };
}
function refused(problem) {
    return { problems: [problem], omittedProblems: 0, locate: (requests) => requests.map(() => _parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCUMENT_START */ .Bv) };
}
function tooDeep(range) {
    return {
        kind: 'too-deep',
        message: `The document nests more than ${_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DEPTH */ .lr} levels deep; a Heroku Connect mapping file nests about 6, so this is not one.`,
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
function duplicateKeys(document, rangeAt) {
    const problems = [];
    let omitted = 0;
    const stack = [document.contents];
    while (stack.length > 0) {
        const node = stack.pop();
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            // One push per item: spreading a long sequence into push() would overflow the stack.
            for (const item of node.items)
                stack.push(item);
            continue;
        }
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            continue;
        const seen = new Map();
        for (const pair of node.items) {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(pair.value))
                stack.push(pair.value);
            // Merge keys may repeat, and a key they bring in is overridden by an explicit one, not duplicated.
            if (isMergeKey(pair.key))
                continue;
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(pair.key) ? pair.key.resolve(document) : pair.key;
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
                continue;
            const name = jsonKey(key.value);
            const first = seen.get(name);
            if (!first) {
                seen.set(name, pair.key);
            }
            else if (problems.length < _parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_PROBLEMS_PER_FILE */ .JG) {
                const keyNode = pair.key;
                problems.push({
                    kind: 'duplicate-key',
                    message: `The key "${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(name)}" appears twice in the same mapping (first on line ${rangeAt(first.range[0]).start.line}), counting aliases and keys that JSON reads alike (true and "true", 1 and "1"). ` +
                        'Only one value can survive the conversion to JSON: remove or merge the duplicate.',
                    range: keyNode.range ? rangeAt(keyNode.range[0], keyNode.range[1]) : _parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCUMENT_START */ .Bv,
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
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && typeof key.value === 'symbol';
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
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item))
            continue;
        if (isMergeKey(item.key)) {
            const value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(item.value) ? item.value.resolve(document) : item.value;
            merges.push({ mergeKey: item.key, sources: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value) ? value.items : [value] });
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key)) {
            index.set(jsonKey(item.key.value), { key: item.key, value: item.value });
        }
    }
    for (const { mergeKey, sources } of merges) {
        for (const entry of sources) {
            const source = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(entry) ? entry.resolve(document) : entry;
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(source))
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
    const place = (n) => ({ ...(n?.range ? rangeAt(n.range[0], n.range[1]) : _parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCUMENT_START */ .Bv), ...(note !== undefined && { note }) });
    for (let depth = 0; depth < path.length; depth++) {
        const segment = path[depth];
        let next;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            next = indexOf(node, document).get(String(segment));
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof segment === 'number') {
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
        if (node === null || (key && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.range?.[0] === node.range?.[1]))
            return place(key);
    }
    return place(at === 'key' && key ? key : node);
}
/** "mappings[2] Contact", "mappings[2].config Contact", "defaults": the path, and the mapping's object when it is in one. */
function receiverName(document, path) {
    const where = path.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(segment)}`)).join('') || 'the document';
    if (path[0] !== 'mappings' || typeof path[1] !== 'number')
        return where;
    let node = document.contents;
    for (const segment of ['mappings', path[1], 'object_name']) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            node = indexOf(node, document).get(String(segment))?.value;
        else
            node = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof segment === 'number' ? node.items[segment] : undefined;
    }
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && typeof node.value === 'string' && node.value !== '' ? `${where} ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(node.value)}` : where;
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


/***/ })

};

//# sourceMappingURL=754.index.js.map