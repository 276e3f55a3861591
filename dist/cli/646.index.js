export const id = 646;
export const ids = [646,412];
export const modules = {

/***/ 7646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONFIG_FILE: () => (/* binding */ CONFIG_FILE),
/* harmony export */   PIN_PLACEHOLDER: () => (/* binding */ PIN_PLACEHOLDER),
/* harmony export */   WORKFLOW_FILE: () => (/* binding */ WORKFLOW_FILE),
/* harmony export */   configText: () => (/* binding */ configText),
/* harmony export */   foldersOf: () => (/* binding */ foldersOf),
/* harmony export */   initCommand: () => (/* binding */ initCommand),
/* harmony export */   workflowText: () => (/* binding */ workflowText)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1586);
/* harmony import */ var _core_fs_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(412);
/* harmony import */ var _core_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2754);
/* harmony import */ var _core_output_escape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(706);
/* harmony import */ var _interface_config_app_json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4852);
/* harmony import */ var _interface_config_load_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6948);
/* harmony import */ var _interface_inputs_read_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1954);
/* harmony import */ var _lint_discover_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8698);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(776);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1145);












const CONFIG_FILE = _interface_config_load_js__WEBPACK_IMPORTED_MODULE_7__/* .CONFIG_FILE_NAMES */ .HR[0];
const WORKFLOW_FILE = '.github/workflows/heroku-connect-lint.yml';
/** Where the workflow's pin goes: no offline tool can know which commit of the action its user has checked. */
const PIN_PLACEHOLDER = 'COMMIT_SHA';
/**
 * `init`: a commented configuration file for the repository the current directory is in (its root,
 * else the current directory), naming the folders of the mapping files found there and the plan
 * app.json provisions, and a lint workflow. Neither file is replaced without --force; both are
 * checked before either is written, and both go through the one writing sink, inside that folder.
 */
async function initCommand(parsed, io) {
    if (parsed.positionals.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`init takes no paths ("${parsed.positionals[0]}"): it looks at the repository the current directory is in. Run ${_options_js__WEBPACK_IMPORTED_MODULE_10__/* .PROGRAM */ .RX} init --help.`);
    const force = (0,_interface_inputs_read_js__WEBPACK_IMPORTED_MODULE_8__/* .getBoolean */ .pW)((0,_options_js__WEBPACK_IMPORTED_MODULE_10__/* .cliSource */ .kJ)('init', parsed, io.env), 'force');
    const root = (0,_core_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .repositoryRoot */ .Hn)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd)) ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd);
    for (const name of [..._interface_config_load_js__WEBPACK_IMPORTED_MODULE_7__/* .CONFIG_FILE_NAMES */ .HR, WORKFLOW_FILE]) {
        if (force || !(await exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, name))))
            continue;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, name)} exists already, and init never replaces a file: run ${_options_js__WEBPACK_IMPORTED_MODULE_10__/* .PROGRAM */ .RX} init --force to replace it.`);
    }
    // Only the names are kept: a repository's mapping files are not all held to learn their folders.
    const files = [];
    await (0,_lint_discover_js__WEBPACK_IMPORTED_MODULE_9__/* .discoverEach */ .r8)({ root, namedMayLeaveRoot: false }, [], (target) => {
        if (target.content.ok)
            files.push(target.file);
    });
    const globs = foldersOf(files);
    const fromApp = await (0,_interface_config_app_json_js__WEBPACK_IMPORTED_MODULE_6__/* .planFromWorkspace */ .L)(root, '--plan');
    const plan = fromApp && { plan: fromApp.plan, where: `the herokuconnect add-on in app.json${fromApp.plan === 'demo' ? ', which names no plan: the demo plan' : ''}` };
    const place = (name) => ({ kind: 'workspace', root, name });
    // The workflow first: its folders are the likelier to be refused (a link on the way), and then nothing is written.
    await (0,_core_fs_write_js__WEBPACK_IMPORTED_MODULE_3__.writeOutput)(place(WORKFLOW_FILE), workflowText(globs), force ? 'replace' : 'refuse');
    await (0,_core_fs_write_js__WEBPACK_IMPORTED_MODULE_3__.writeOutput)(place(CONFIG_FILE), configText(globs, plan), force ? 'replace' : 'refuse');
    const found = globs.length === 0 ? 'no mapping file found: set files yourself' : `files: ${globs.join(', ')}`;
    io.stderr.write(`Wrote ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, CONFIG_FILE))} (${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)(found)}; plan: ${plan ? `${plan.plan}, from ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)(plan.where)}` : 'not set'}).\n`);
    io.stderr.write(`Wrote ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, WORKFLOW_FILE))}: replace ${PIN_PLACEHOLDER} in it with the full commit SHA of the heroku-connect-action version you checked.\n`);
    return _shared_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .dc.ok;
}
async function exists(file) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(file).then(() => true, () => false);
}
/** A glob per folder and extension of the files found (`heroku-connect/*.json`): a mapping file added there later is linted too. */
function foldersOf(files) {
    const globs = files.map((file) => {
        const folder = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.dirname(file);
        const extension = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.extname(file);
        return folder === '.' ? `*${extension}` : `${folder}/*${extension}`;
    });
    return [...new Set(globs)].sort();
}
/** The configuration file init writes: every key commented, the ones it knows set. */
function configText(globs, plan) {
    const files = globs.length > 0 ? ['files:', ...globs.map((glob) => `  - ${JSON.stringify(glob)}`)] : [`${'# files:'.padEnd(30)}# no mapping file was found when init ran`, '#   - "heroku-connect/*.json"'];
    const planLine = plan ? `${`plan: ${plan.plan}`.padEnd(30)}# from ${plan.where}` : `${'# plan: enterprise'.padEnd(30)}# app.json names no herokuconnect add-on`;
    return [
        `# ${_options_js__WEBPACK_IMPORTED_MODULE_10__/* .PROGRAM */ .RX}: the settings the CLI, the action and the pre-commit hook share.`,
        '# Flags and inputs override them; docs/configuration.md says what each key does.',
        '',
        '# The mapping files to lint, relative to this file. A file a glob finds is linted when it looks like a mapping file.',
        ...files,
        '',
        '# The Heroku Connect plan: demo, enterprise or shield (demo has a 10-minute polling floor).',
        planLine,
        '',
        '# Fail on a finding of this level or above: error, warning, notice or never.',
        'fail-on: error',
        '',
        '# Rule levels: off, notice, warning or error (docs/rules.md lists the rules).',
        '# rules:',
        '#   bulk-limit: off',
        '',
        '# Accepted findings: one rule, one mapping (and optionally one field), and why.',
        '# ignore:',
        '#   - rule: missing-upsert-field',
        '#     object: Legacy_Order__c',
        '#     reason: Read only by design; the upsert field comes with the next release.',
        '',
    ].join('\n');
}
/** The lint workflow init writes: on pull requests that change a mapping file or the configuration. */
function workflowText(globs) {
    const paths = globs.length > 0 ? ['    paths:', ...[...globs, CONFIG_FILE].map((glob) => `      - ${JSON.stringify(glob)}`)] : [];
    return [
        'name: Heroku Connect mappings',
        'on:',
        '  pull_request:',
        ...paths,
        'permissions: {}',
        'jobs:',
        '  lint:',
        '    runs-on: ubuntu-latest',
        '    permissions:',
        '      contents: read          # read the repository (and a base file the checkout lacks)',
        "      pull-requests: read     # list the pull request's changed files (only-changed)",
        '    steps:',
        '      # Pin each action to a full commit SHA, and move the pin deliberately: a tag can be moved, a commit cannot.',
        '      - uses: actions/checkout@v7',
        '        with:',
        '          persist-credentials: false',
        '      # The settings come from .heroku-connect.yml.',
        `      - uses: heroku-connect-action/heroku-connect-action@${PIN_PLACEHOLDER}`,
        '',
    ].join('\n');
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


/***/ })

};

//# sourceMappingURL=646.index.js.map