export const id = 670;
export const ids = [670,412];
export const modules = {

/***/ 6670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fixFindings: () => (/* binding */ fixFindings)
});

// EXTERNAL MODULE: ./src/core/errors.ts + 1 modules
var errors = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/output/escape.ts
var output_escape = __webpack_require__(706);
// EXTERNAL MODULE: ./src/lint/discover.ts
var discover = __webpack_require__(8698);
;// CONCATENATED MODULE: ./src/lint/fix/diff.ts
/** Lines of context around each change, as `diff -u` and git show them. */
const CONTEXT = 3;
/**
 * The unified diff between two versions of a file, as `git diff` writes it (a/ and b/ before the
 * path, so that `git apply` and `patch -p1` take it), or '' when they are the same. The lines are
 * compared by Myers' algorithm, whose cost follows the file's length times the number of changed
 * lines: a fix changes a few lines of a file of any size. `line` escapes each line for its sink.
 */
function unifiedDiff(file, before, after, line = (text) => text) {
    if (before === after)
        return '';
    const a = splitLines(before);
    const b = splitLines(after);
    const changes = changedLines(a.lines, b.lines);
    const out = [`--- a/${line(file)}`, `+++ b/${line(file)}`];
    const show = (kind, text, last) => {
        out.push(`${kind}${line(text)}`);
        if (last)
            out.push('\\ No newline at end of file');
    };
    const lastOfA = (index) => index === a.lines.length - 1 && !a.endsWithNewline;
    for (let first = 0; first < changes.length;) {
        // A hunk: the changes no further apart than twice the context, and the context around them.
        let last = first;
        while (last + 1 < changes.length && changes[last + 1].a - endOf(changes[last]) <= 2 * CONTEXT)
            last++;
        const startA = Math.max(0, changes[first].a - CONTEXT);
        const endA = Math.min(a.lines.length, endOf(changes[last]) + CONTEXT);
        const hunk = changes.slice(first, last + 1);
        const removed = hunk.filter((change) => change.kind === '-').length;
        const startB = changes[first].b - (changes[first].a - startA);
        out.push(`@@ -${range(startA, endA - startA)} +${range(startB, endA - startA - removed + hunk.length - removed)} @@`);
        let index = startA;
        for (const change of hunk) {
            for (; index < change.a; index++)
                show(' ', a.lines[index], lastOfA(index));
            if (change.kind === '-')
                show('-', a.lines[index], lastOfA(index++));
            else
                show('+', b.lines[change.b], change.b === b.lines.length - 1 && !b.endsWithNewline);
        }
        for (; index < endA; index++)
            show(' ', a.lines[index], lastOfA(index));
        first = last + 1;
    }
    return `${out.join('\n')}\n`;
}
/** Where a change ends in the old version: after the line it removes, or where it inserts. */
function endOf(change) {
    return change.kind === '-' ? change.a + 1 : change.a;
}
function range(start, count) {
    // A hunk of no lines names the line before it, as diff does.
    return count === 0 ? `${start},0` : count === 1 ? `${start + 1}` : `${start + 1},${count}`;
}
function splitLines(text) {
    const endsWithNewline = text.endsWith('\n');
    const lines = (endsWithNewline ? text.slice(0, -1) : text).split('\n');
    return { lines: text === '' ? [] : lines, endsWithNewline };
}
/** Beyond this many changed lines the middle is shown as removed and added whole: Myers' trace would cost changes \u00d7 changes of memory. */
const MAX_CHANGES = 2_000;
/**
 * The changed lines from a to b, in order: the common start and end skipped, Myers' shortest edit
 * script (1986) on the rest. Only the changes are kept: an object per kept line made a long file's
 * diff cost its garbage collection seconds.
 */
function changedLines(a, b) {
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head])
        head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
        tail++;
    const oldEnd = a.length - tail;
    const newEnd = b.length - tail;
    const middle = myers(a, b, head, oldEnd, newEnd);
    if (middle)
        return middle;
    const changes = [];
    for (let index = head; index < oldEnd; index++)
        changes.push({ kind: '-', a: index, b: head });
    for (let index = head; index < newEnd; index++)
        changes.push({ kind: '+', a: oldEnd, b: index });
    return changes;
}
/** Myers' shortest edit script of a[from, oldEnd) to b[from, newEnd), or undefined past MAX_CHANGES. */
function myers(a, b, from, oldEnd, newEnd) {
    const n = oldEnd - from;
    const m = newEnd - from;
    const max = Math.min(n + m, MAX_CHANGES);
    const offset = max + 1;
    const v = new Int32Array(2 * max + 3);
    const trace = [];
    let found = n + m === 0;
    for (let d = 0; d <= max && !found; d++) {
        // Only the diagonals this round can reach: the trace costs changes \u00d7 changes, not changes \u00d7 lines.
        trace.push(v.slice(offset - d - 1, offset + d + 2));
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[from + x] === b[from + y]) {
                x++;
                y++;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                found = true;
                break;
            }
        }
    }
    if (!found)
        return undefined;
    // Walk the trace back from the end; each round's row holds diagonals -d-1 to d+1.
    const changes = [];
    let x = n;
    let y = m;
    for (let d = trace.length - 1; d > 0; d--) {
        const row = trace[d];
        const at = (k) => row[k + d + 1];
        const k = x - y;
        const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
        const previousX = at(previousK);
        const previousY = previousX - previousK;
        // The move of round d starts where round d - 1 ended: down is a line of b added, right a line of a removed.
        changes.push({ kind: previousK === k + 1 ? '+' : '-', a: from + previousX, b: from + previousY });
        x = previousX;
        y = previousY;
    }
    return changes.reverse();
}

// EXTERNAL MODULE: ./src/lint/fix/edit.ts + 1 modules
var edit = __webpack_require__(3099);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
// EXTERNAL MODULE: ./src/lint/parse/parse.ts
var parse = __webpack_require__(6842);
// EXTERNAL MODULE: ./src/lint/parse/source.ts
var source = __webpack_require__(7064);
;// CONCATENATED MODULE: ./src/lint/apply-fixes.ts




/**
 * The fixes of every finding the run reports (those an ignore entry silences are not findings, and
 * get none), made in the text of each file: read again, inside the folder the lint read it in, and
 * edited by the same format-preserving edits as drift's write-back. Nothing is written here.
 */
async function planFixes(run, fixes) {
    const byFile = new Map();
    for (const finding of run.findings) {
        if (!fixes.has(finding))
            continue;
        const list = byFile.get(finding.file);
        if (list)
            list.push(finding);
        else
            byFile.set(finding.file, [finding]);
    }
    const planned = [];
    for (const ref of run.files) {
        const findings = byFile.get(ref.file);
        if (!findings)
            continue;
        const format = (0,source/* formatOf */.be)(ref.file);
        const read = (0,source/* readSource */.o$)(ref.absolutePath, format, ref.confinedTo);
        if (!read.ok) {
            planned.push({ ref, before: '', after: '', fixed: [], refused: read.problem.message });
            continue;
        }
        const value = (await (0,parse/* parseSource */.P)(read.text, format)).value;
        const { edits, fixed } = merged(findings, fixes, value);
        const edited = await (0,edit/* editDocument */.y4)(read.text, value, format, edits, 'the fixes');
        planned.push('refused' in edited ? { ref, before: read.text, after: read.text, fixed: [], refused: edited.refused } : { ref, before: read.text, after: edited.text, fixed });
    }
    return planned;
}
/**
 * The findings' edits as one list for the file. Two fixes that each create the same missing group
 * (a mapping with no fields, missing both Id and SystemModstamp) become one edit that creates it with
 * both; any other edit of a path another fix already changes is left out, with its finding.
 */
function merged(findings, fixes, value) {
    const byPath = new Map();
    const fixed = [];
    for (const finding of findings) {
        const own = fixes.get(finding);
        const clashes = own.some((edit) => {
            const earlier = byPath.get(JSON.stringify(edit.path));
            return earlier !== undefined && !(earlier.op === 'set' && edit.op === 'set' && (0,json/* isRecord */.u4)(earlier.value) && (0,json/* isRecord */.u4)(edit.value));
        });
        if (clashes)
            continue;
        for (const edit of own) {
            const key = JSON.stringify(edit.path);
            const earlier = byPath.get(key);
            if (earlier?.op === 'set' && edit.op === 'set')
                byPath.set(key, { ...edit, value: { ...earlier.value, ...edit.value } });
            else
                byPath.set(key, edit);
        }
        fixed.push({ finding, change: own.map((edit) => described(edit, value)).join('; ') });
    }
    return { edits: [...byPath.values()], fixed };
}
/** What a fix's edit adds, in words: `added "Id": {} to the fields of Contact`. */
function described(edit, value) {
    if (edit.op !== 'set')
        return `${edit.op === 'delete' ? 'removed' : 'appended to'} ${edit.path.join('.')}`;
    const [, index, , group, name] = edit.path;
    const mappings = (0,json/* isRecord */.u4)(value) && Array.isArray(value.mappings) ? value.mappings : [];
    const mapping = typeof index === 'number' ? mappings[index] : undefined;
    const object = (0,json/* isRecord */.u4)(mapping) && typeof mapping.object_name === 'string' ? mapping.object_name : `mapping #${Number(index) + 1}`;
    const entries = name === undefined ? Object.entries(edit.value) : [[name, edit.value]];
    return `added ${entries.map(([key, entry]) => `${JSON.stringify(key)}: ${shown(entry)}`).join(', ')} to the ${String(group)} of ${object}`;
}
/** A value as the rules' messages write one: `{}`, `{ "unique": true }`. */
function shown(value) {
    if (!(0,json/* isRecord */.u4)(value))
        return JSON.stringify(value);
    const entries = Object.entries(value);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([key, entry]) => `${JSON.stringify(key)}: ${shown(entry)}`).join(', ')} }`;
}

// EXTERNAL MODULE: ./src/lint/run.ts + 7 modules
var lint_run = __webpack_require__(8299);
;// CONCATENATED MODULE: ./src/cli/fix.ts








/**
 * lint --fix and --fix-dry-run, after the lint: the certain fixes of the findings (each rule's
 * `fix`), made in each file's text with its form kept, then the files linted again as fixed, so
 * that the report says what is left. --fix writes the files through the one writing sink; the dry
 * run writes nothing and gives the unified diff instead. Each fix made is a line on stderr.
 */
async function fixFindings(run, request, fixes, dryRun, io) {
    const planned = await planFixes(run, fixes);
    const verb = dryRun ? 'would fix' : 'fixed';
    let count = 0;
    for (const file of planned) {
        if (file.refused !== undefined) {
            io.stderr.write(`warning: ${(0,output_escape/* terminalText */.eR)(file.ref.file)} is not fixed: ${(0,output_escape/* terminalText */.eR)(file.refused)}.\n`);
            continue;
        }
        if (!dryRun) {
            // A file the sink will not write (a link, a folder on the way that is one) is left as it is, and the others are still fixed.
            const refused = await saved(file.ref, file.after);
            if (refused !== undefined) {
                io.stderr.write(`warning: ${(0,output_escape/* terminalText */.eR)(file.ref.file)} is not fixed: ${(0,output_escape/* terminalText */.eR)(refused)}\n`);
                file.after = file.before;
                file.fixed = [];
                continue;
            }
        }
        for (const { finding, change } of file.fixed)
            io.stderr.write(`${verb} ${(0,output_escape/* terminalText */.eR)(`${finding.file}:${finding.line}:${finding.column} ${finding.ruleId}: ${change}`)}\n`);
        count += file.fixed.length;
    }
    const files = planned.filter((file) => file.fixed.length > 0).length;
    const after = new Map(planned.filter((file) => file.refused === undefined).map((file) => [file.ref.absolutePath, file.after]));
    // The same files again, as fixed (in memory for the dry run): their findings are what is left.
    const targets = run.files.map((ref) => (after.has(ref.absolutePath) ? (0,discover/* readTargetFrom */.iO)(ref, { ok: true, bytes: Buffer.from(after.get(ref.absolutePath)) }) : (0,discover/* readTarget */._E)(ref)));
    // With the first lint's options: the describe data is neither read nor asked of Salesforce again, and that lint's warnings are not said twice.
    const left = targets.length === 0 ? run : await (0,lint_run/* lintTargets */.Kh)(targets, { ...run.options, fixes: undefined }, request.ignores);
    const summary = `${dryRun ? 'Would fix' : 'Fixed'} ${(0,core_text/* formatCount */.B4)(count)} finding${count === 1 ? '' : 's'} in ${(0,core_text/* formatCount */.B4)(files)} file${files === 1 ? '' : 's'}`;
    io.stderr.write(`${summary}; ${(0,core_text/* formatCount */.B4)(left.findings.length)} left${dryRun ? ' (--fix-dry-run writes nothing)' : ''}.\n`);
    if (!dryRun)
        return { run: left };
    return { run: left, diff: planned.map((file) => unifiedDiff(file.ref.file, file.before, file.after, output_escape/* diffLine */.mc)).join('') };
}
/** Why the sink would not write the file (a configuration error, such as a link on the way), or undefined once it is written. */
async function saved(ref, text) {
    try {
        await (0,edit/* saveEdited */.Xr)(ref, text);
        return undefined;
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            return error.message;
        throw error;
    }
}


/***/ }),

/***/ 412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeOutput: () => (/* binding */ writeOutput)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _run_scope_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2627);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1586);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2754);







// O_NONBLOCK: a FIFO never blocks the open. O_NOFOLLOW does not exist on Windows, where the lstat checks remain.
const CREATE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0);
const PRIVATE_FILE = 0o600;
const PRIVATE_FOLDER = 0o700;
const NAME_ATTEMPTS = 8;
/**
 * The one way the tool writes a file. Every secret of the run is taken out of the content; a new
 * file is created exclusively with mode 0600 (only the runner's user reads a backup of the live
 * configuration), a folder it creates gets mode 0700, and no symlink is followed. Resolves to the
 * path written.
 */
async function writeOutput(place, content, existing = 'refuse') {
    try {
        return await writePlace(place, (0,_run_scope_js__WEBPACK_IMPORTED_MODULE_4__/* .redactSecrets */ .fp)(content), existing);
    }
    catch (error) {
        throw asOutputError(error, place.kind === 'private' ? place.folder : place.kind === 'named' ? place.path : place.name);
    }
}
async function writePlace(place, text, existing) {
    if (place.kind === 'private')
        return writePrivate(place, text);
    const { target, name } = place.kind === 'workspace' ? await insideWorkspace(place.root, place.name) : await namedPath(place.path);
    const created = (0,_run_scope_js__WEBPACK_IMPORTED_MODULE_4__/* .currentRun */ .xh)().created;
    const handle = await createExclusive(target, PRIVATE_FILE, name);
    if (handle) {
        await fill(handle, target, text);
    }
    else {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(target);
        if (info.isSymbolicLink())
            throw notThroughLink(name, name);
        if (!info.isFile())
            throw notAFile(name);
        if (existing === 'refuse' && !created.has(target)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`The output path "${name}" is not written: a file that this run did not write is already there, and an output never replaces one. Remove it or choose another path.`);
        }
        await replaceByRename(target, text, existing === 'edit' ? info.mode & 0o7777 : PRIVATE_FILE, name);
    }
    created.add(target);
    return target;
}
async function writePrivate(place, text) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(place.folder, { recursive: true, mode: PRIVATE_FOLDER });
    const folder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(place.folder);
    for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
        const target = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(folder, `${place.prefix}${randomPart()}${place.suffix}`);
        const handle = await createExclusive(target, PRIVATE_FILE, target);
        if (!handle)
            continue;
        await fill(handle, target, text);
        (0,_run_scope_js__WEBPACK_IMPORTED_MODULE_4__/* .currentRun */ .xh)().created.add(target);
        return target;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`No new file could be created in ${place.folder}: every name tried was taken. Check what is writing there.`);
}
/** The target of a workspace path, after walking its folders: missing ones are created, a symlink or a non-folder refused. */
async function insideWorkspace(root, name) {
    const target = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(root, name);
    if (!(0,_workspace_js__WEBPACK_IMPORTED_MODULE_6__/* .isInside */ .FK)(target, node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(root))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`The output path "${name}" is outside the workspace (${root}); name a path inside it, such as "results/lint.sarif".`);
    }
    let folder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(root);
    for (const part of node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(root), node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target)).split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)).filter(Boolean)) {
        folder = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(folder, part);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(folder).catch((error) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
        if (info === undefined)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(folder, { mode: PRIVATE_FOLDER });
        else if (info.isSymbolicLink())
            throw notThroughLink(name, node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(root), folder));
        else if (!info.isDirectory())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`The output path "${name}" goes through "${node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(root), folder)}", which is not a folder.`);
    }
    return { target: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(folder, node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(target)), name };
}
/** A path the user named: its folders are created; links among them are the user's own on their machine. */
async function namedPath(file) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(file);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(resolved), { recursive: true, mode: PRIVATE_FOLDER });
    return { target: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(resolved)), node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(resolved)), name: file };
}
/** The new file's handle, or undefined when something (a file, a link, a FIFO) is already at the name. */
async function createExclusive(target, mode, name) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(target, CREATE_FLAGS, mode);
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST')
            return undefined;
        if (code === 'ELOOP' || code === 'EMLINK')
            throw notThroughLink(name, name);
        throw error;
    }
}
async function fill(handle, target, text) {
    try {
        await handle.writeFile(text);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(target).catch(() => undefined);
        throw error;
    }
    finally {
        await handle.close();
    }
}
/** A new file beside the target, created exclusively with `mode` (set on the handle: the umask does not narrow a kept mode), renamed over it. */
async function replaceByRename(target, text, mode, name) {
    for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
        const temporary = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(target)}.${randomPart()}.tmp`);
        const handle = await createExclusive(temporary, PRIVATE_FILE, name);
        if (!handle)
            continue;
        await handle.chmod(mode).catch(async (error) => {
            await handle.close();
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temporary).catch(() => undefined);
            throw error;
        });
        await fill(handle, temporary, text);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temporary, target);
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temporary).catch(() => undefined);
            throw error;
        }
        return;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`The output file "${name}" cannot be replaced: no temporary name beside it was free.`);
}
/**
 * Every file-system error on the way to an output (a folder that is a file, no permission, a full
 * disk) is the user's path to fix, said in one line: never an internal error with a stack.
 */
function asOutputError(error, name) {
    const code = error?.code;
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1 || typeof code !== 'string')
        return error;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`The output path "${name}" cannot be written: ${FS_REASONS[code] ?? `the file system answered ${code}`}. Choose another path.`);
}
const FS_REASONS = {
    EEXIST: 'a file is where a folder of the path should be',
    ENOTDIR: 'a file is where a folder of the path should be',
    EISDIR: 'it is a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space is left on the device',
    EDQUOT: 'the disk quota is used up',
    ENAMETOOLONG: 'the name is too long',
    ENOENT: 'a folder of the path does not exist',
};
function randomPart() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex');
}
function notThroughLink(name, link) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`The output path "${name}" is not written: "${link}" is a symbolic link, and an output is never written through one. Remove the link or choose another path.`);
}
function notAFile(name) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`The output path "${name}" is not written: it exists and is not a regular file.`);
}


/***/ }),

/***/ 3099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y4: () => (/* binding */ editDocument),
  Xr: () => (/* binding */ saveEdited)
});

// UNUSED EXPORTS: applyEdits

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
// EXTERNAL MODULE: ./src/core/fs/write.ts
var write = __webpack_require__(412);
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

// EXTERNAL MODULE: ./src/lint/parse/json-scan.ts
var json_scan = __webpack_require__(8333);
// EXTERNAL MODULE: ./src/lint/parse/parse.ts
var parse = __webpack_require__(6842);
;// CONCATENATED MODULE: ./src/lint/fix/edit.ts







/**
 * The text with the edits made, touching nothing else: a JSON file keeps its indentation and key
 * order (new keys go last), a YAML file its comments, anchors and layout. The result is parsed back
 * and must equal the parsed `value` with the edits applied; when it would not (a value shared
 * through a YAML anchor or merge key, for one), the text is refused with the reason, `what` naming
 * the values the edits were meant to change.
 */
async function editDocument(text, value, format, edits, what) {
    const expected = applyEdits(structuredClone(value), edits);
    const rewritten = format === 'json' ? editJson(text, edits) : editYaml(text, edits);
    if (typeof rewritten !== 'string')
        return rewritten;
    if (!(0,json/* sameJson */.Vk)((await (0,parse/* parseSource */.P)(rewritten, format)).value, expected))
        return { refused: `the edits would change more than ${what}` };
    return { text: rewritten };
}
/** The user's own file, edited: it keeps its mode, and stays where discovery found it (inside the workspace unless the CLI's user named it). */
async function saveEdited(ref, text) {
    const place = ref.confinedTo === null ? { kind: 'named', path: ref.absolutePath } : { kind: 'workspace', root: ref.confinedTo, name: external_node_path_default().relative(ref.confinedTo, ref.absolutePath) };
    await (0,write.writeOutput)(place, text, 'edit');
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
    const inserted = insertYamlKeys(text, document.contents, edits);
    if (inserted !== undefined)
        return inserted;
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
/**
 * The text with new keys written into it, when every edit adds a key to a map the file has (what
 * lint --fix does): each goes in as one line after the map's last entry, at its indentation, or
 * before the closing brace of a flow map, and every other byte stays as it was. Undefined when
 * an edit is of another kind, so that the Document API makes it: its output re-lays the comments'
 * spacing and the flow maps' braces.
 */
function insertYamlKeys(text, contents, edits) {
    // depth: at one offset, a key of a nested map goes before one of the map around it, whose block the nested one ends.
    const insertions = [];
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    // Each map's keys, indexed once (as in editYaml): with the keys this adds, so that one is never added twice.
    const keysByMap = new Map();
    const keysOf = (map) => {
        let keys = keysByMap.get(map);
        if (!keys) {
            if (!map.items.every((pair) => (0,dist/* isScalar */.jn)(pair.key)))
                return undefined;
            keys = new Map(map.items.map((pair) => [keyOf(pair), pair.value]));
            keysByMap.set(map, keys);
        }
        return keys;
    };
    for (const edit of edits) {
        if (edit.op !== 'set')
            return undefined;
        let map = contents;
        for (const key of edit.path.slice(0, -1))
            map = (0,dist/* isSeq */.oP)(map) ? map.items[key] : (0,dist/* isMap */.jh)(map) ? keysOf(map)?.get(key) : undefined;
        const last = edit.path.at(-1);
        const keys = (0,dist/* isMap */.jh)(map) ? keysOf(map) : undefined;
        if (!(0,dist/* isMap */.jh)(map) || !keys || typeof last !== 'string' || keys.has(last))
            return undefined;
        keys.set(last, undefined);
        const entry = flowEntry(last, edit.value);
        const range = map.range;
        if (!range)
            return undefined;
        if (map.flow) {
            // The closing brace: the map's value ends just after it.
            const close = range[1] - 1;
            if (text[close] !== '}')
                return undefined;
            insertions.push({ at: close, depth: 0, text: map.items.length > 0 ? `, ${entry}` : entry });
            continue;
        }
        const first = map.items[0]?.key;
        const lastPair = map.items.at(-1);
        const end = (lastPair?.value ?? lastPair?.key)?.range?.[1];
        if (!first?.range || end === undefined)
            return undefined;
        const indent = columnOf(text, first.range[0]);
        // A new map of entries is written as a block, as its neighbours are, each entry one line deeper by the step the map's own nested blocks use.
        const nested = map.items.find((pair) => (0,dist/* isMap */.jh)(pair.value) && !pair.value.flow && pair.value.items.length > 0)?.value;
        const step = nested ? columnOf(text, nested.items[0].key.range[0]) - indent : 2;
        const lines = (0,json/* isRecord */.u4)(edit.value) && Object.keys(edit.value).length > 0
            ? [`${(0,dist/* stringify */.As)(last).trimEnd()}:`, ...Object.entries(edit.value).map(([key, value]) => `${' '.repeat(step)}${flowEntry(key, value)}`)]
            : [flowEntry(last, edit.value)];
        const block = lines.map((line) => `${' '.repeat(indent)}${line}`).join(newline);
        // After the line the last entry ends on (past its comment; a nested block ends with its line break).
        const lineEnd = text[end - 1] === '\n' ? end - 1 : text.indexOf('\n', end);
        insertions.push(lineEnd === -1 ? { at: text.length, depth: indent, text: `${newline}${block}` } : { at: lineEnd + 1, depth: indent, text: `${block}${newline}` });
    }
    // Two keys added to one map go in the order of the edits.
    insertions.sort((a, b) => a.at - b.at || b.depth - a.depth);
    const pieces = [];
    let cursor = 0;
    for (const insertion of insertions) {
        pieces.push(text.slice(cursor, insertion.at), insertion.text);
        cursor = insertion.at;
    }
    pieces.push(text.slice(cursor));
    return pieces.join('');
}
/** `key: value` on one line, the value in flow style: `Id: {}`, `Name: { unique: true }`. */
function flowEntry(key, value) {
    return `${(0,dist/* stringify */.As)(key).trimEnd()}: ${(0,dist/* stringify */.As)(value, { collectionStyle: 'flow' }).trimEnd()}`;
}
function columnOf(text, offset) {
    return offset - (text.lastIndexOf('\n', offset - 1) + 1);
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


/***/ })

};

//# sourceMappingURL=670.index.js.map