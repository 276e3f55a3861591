export const id = 111;
export const ids = [111];
export const modules = {

/***/ 1111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitIgnored: () => (/* binding */ gitIgnored)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_fs_workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2754);



/** git's answer is a list of paths with ignored folders collapsed; anything near these bounds is not a repository of mapping files. */
const GIT_TIMEOUT_MS = 10_000;
const MAX_GIT_OUTPUT_BYTES = 16 * 1024 * 1024;
const NOTHING_IGNORED = { below: () => false };
/**
 * The files and folders git ignores below `realBase`, in the checkout that holds it: one
 * `git ls-files` for each folder searched (a run usually searches one), never one per file, scoped
 * to that folder so that git walks no more than the search does, and bounded in time and output. git itself decides, so every rule
 * it applies counts (each folder's .gitignore, .git/info/exclude, the user's excludes file), and a
 * tracked file is never ignored: a pull request cannot hide a mapping file it commits by adding
 * it to .gitignore. A folder that a search starts in is searched whole even when git ignores it,
 * since it was asked for (git names an ignored folder, not what is in it). Outside a git checkout
 * nothing is ignored.
 */
function gitIgnored(realBase) {
    const top = (0,_core_fs_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryRoot */ .Hn)(realBase);
    if (top === undefined)
        return NOTHING_IGNORED;
    const scope = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(top, realBase).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    // fsmonitor is a command from the repository's configuration that git would run: never wanted here.
    // The folder is a literal pathspec, whatever characters its name holds.
    const args = ['-c', 'core.fsmonitor=false', 'ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory', '--', scope === '' ? '.' : `:(literal)${scope}`];
    const listed = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, {
        cwd: top,
        timeout: GIT_TIMEOUT_MS,
        maxBuffer: MAX_GIT_OUTPUT_BYTES,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (listed.error || listed.status !== 0) {
        const why = listed.error ? (listed.error.code ?? listed.error.message) : (listed.stderr.trim().split('\n')[0] ?? '').slice(0, 200);
        return { ...NOTHING_IGNORED, notApplied: `git could not list the ignored files of ${top} (${why || `exit ${listed.status}`}), so .gitignore is not applied: every file found is linted.` };
    }
    const ignored = new Set(listed.stdout.split('\0').map((entry) => entry.replace(/\/$/, '')));
    ignored.delete('');
    if (ignored.size === 0)
        return NOTHING_IGNORED;
    return {
        below: (relative) => ignored.has(scope === '' ? relative : `${scope}/${relative}`),
    };
}


/***/ })

};

//# sourceMappingURL=111.index.js.map