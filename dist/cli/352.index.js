export const id = 352;
export const ids = [352];
export const modules = {

/***/ 352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   printConfig: () => (/* binding */ printConfig)
/* harmony export */ });
/* harmony import */ var _interface_inputs_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9685);
/* harmony import */ var _lint_levels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5394);
/* harmony import */ var _core_output_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(706);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(776);




/** What an empty value means, for the settings whose default is none. */
const EMPTY_MEANS = {
    files: '(every mapping file under the current directory)',
    plan: "(none: the paid plans' range)",
};
/**
 * --print-config: the settings the lint would run with (the flags over the configuration file over
 * the defaults, as the inputs reader merges them) and where each comes from. The rules listed are
 * those set somewhere; every other one has its default level (--list-rules lists them all).
 */
function printConfig(command, parsed, io, config, format) {
    // The flags alone: the source without the file's values says whether a flag gave each one.
    const flags = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .cliSource */ .kJ)(command, parsed, io.env);
    const settings = [];
    for (const spec of _interface_inputs_table_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc) {
        if (spec.configKey === undefined || spec.name === 'rules' || !spec.cli?.commands.includes(command))
            continue;
        const flag = flags.getInput(spec.name).trim();
        const fromEnv = spec.env ? (io.env[spec.env]?.trim() ?? '') : '';
        const inFile = config?.values[spec.name];
        const [value, from] = flag
            ? [flag, spec.cli.positional ? 'arguments' : `--${(0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .flagOf */ .iP)(spec)}`]
            : fromEnv
                ? [fromEnv, `environment ${spec.env}`]
                : inFile !== undefined
                    ? [inFile, fileLine(config, [spec.configKey])]
                    : [spec.default, 'default'];
        settings.push({ name: spec.name, value: value === '' ? (EMPTY_MEANS[spec.name] ?? '(none)') : value.split('\n').join(', '), from });
    }
    // Rule by rule, as the levels are merged: a --rule over the file's rules.
    const rules = new Map();
    for (const [id, level] of (0,_lint_levels_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRuleSettings */ .XU)((config?.values.rules ?? '').split('\n')))
        rules.set(id, { name: id, value: level, from: fileLine(config, ['rules', id]) });
    for (const [id, level] of (0,_lint_levels_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRuleSettings */ .XU)(flags.getInput('rules').split('\n')))
        rules.set(id, { name: id, value: level, from: '--rule' });
    const ignores = (config?.ignores ?? []).map((entry) => ({
        name: entry.rule,
        value: `${entry.object}${entry.field === undefined ? '' : `.${entry.field}`}: ${entry.reason}`,
        from: `${entry.file}:${entry.line}`,
    }));
    if (format === 'json')
        return `${JSON.stringify({ configFile: config?.file ?? null, settings, rules: [...rules.values()], ignore: ignores }, null, 2)}\n`;
    const rows = [
        ...settings.map((setting) => [setting.name, setting.value, setting.from]),
        ...[...rules.values()].map((rule, index) => [index === 0 ? 'rules' : '', `${rule.name}: ${rule.value}`, rule.from]),
        [rules.size === 0 ? 'rules' : '', 'every other rule: its default level (--list-rules lists them)', 'default'],
        ...ignores.map((entry, index) => [index === 0 ? 'ignore' : '', `${entry.name} on ${entry.value}`, entry.from]),
    ];
    const width = (column) => Math.max(...rows.map((row) => (0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR)(row[column]).length)) + 2;
    const [first, second] = [width(0), width(1)];
    const lines = rows.map(([name, value, from]) => `${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR)(name).padEnd(first)}${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR)(value).padEnd(second)}${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR)(from)}`.trimEnd());
    const header = config ? `Configuration file: ${(0,_core_output_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR)(config.file)} (flags override it, and it overrides the defaults)` : 'No configuration file found: the flags override the defaults.';
    return `${header}\n\n${lines.join('\n')}\n`;
}
function fileLine(config, key) {
    return config.where ? config.where(key) : config.file;
}


/***/ })

};

//# sourceMappingURL=352.index.js.map