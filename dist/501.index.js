export const id = 501;
export const ids = [501];
export const modules = {

/***/ 6369:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sn: () => (/* binding */ withOverrides),
/* harmony export */   Te: () => (/* binding */ loadInstalledMtrack),
/* harmony export */   hs: () => (/* binding */ moveRunFolder),
/* harmony export */   runTrial: () => (/* binding */ runTrial)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7657);
/* harmony import */ var _adapters_git_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8043);
/* harmony import */ var _core_scan_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3768);







/**
 * Imports the use cases from an installed mtrack (its compiled lib/ and node_modules with TensorFlow.js). The
 * Action bundle carries no trainer: ncc cannot carry tfjs's native/wasm pieces well, and most jobs never train.
 */
async function loadInstalledMtrack(packageDir) {
    const file = (name) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(packageDir, 'lib', 'src', 'app', ...name.split('/'));
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file('scan/scan.js'))) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .badInput */ .AN)(`mtrack-path '${packageDir}': no installed mtrack there (expected lib/src/app/scan/scan.js).`, 'Training runs from an installed package: run `npm ci` in the mtrack checkout (or `npm install mtrack`) and pass its folder as mtrack-path.');
    }
    // webpackIgnore: ncc must leave these imports alone so they resolve on the runner, next to their node_modules.
    const load = (name) => import(/* webpackIgnore: true */ (0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)(file(name)).href);
    const [scan, run, workspace] = await Promise.all([
        load('scan/scan.js'),
        load('run/run-experiment.js'),
        load('setup/workspace.js'),
    ]);
    return {
        loadWorkspace: workspace.loadWorkspace,
        planScan: scan.planScan,
        runScan: scan.runScan,
        runScanTrial: scan.runScanTrial,
        runExperiment: run.runExperiment,
    };
}
/** mtrack.yaml's paths, with the runner's locations of the dataset store and dataset-meta checkout when given. */
function withOverrides(ws, o) {
    return { ...ws, ...(o.storeRoot ? { storeRoot: o.storeRoot } : {}), ...(o.dataDir ? { dataDir: o.dataDir } : {}) };
}
/**
 * Trains one scan trial and moves its stamped run folder (provisional id) to `<outputDir>/experiments/`. A failed
 * trial is a result, not an error: its folder (status failed, reason, partial history) is moved there too.
 */
async function runTrial(options) {
    const mtrack = await loadInstalledMtrack(options.packageDir);
    const ws = withOverrides(mtrack.loadWorkspace(options.expDir), options);
    const { params, plan } = trialParams(mtrack, ws, options);
    if (options.headBranch)
        await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_5__/* .nameDetachedHead */ .kg)(options.expDir, options.headBranch);
    // Hyperband compares the trial with the scan's earlier waves, which only the bot branch holds.
    const collected = plan.early_terminate && options.collected ? await options.collected() : [];
    const result = await mtrack.runScanTrial(ws, { ...options.scan, collected, commit: false, log: options.log }, { index: options.trial, params });
    const folder = await moveRunFolder(ws.expDir, result.folder, options.outputDir);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.outputDir, 'trial.json'), `${JSON.stringify({ trial: options.trial, params, provisional_id: result.experimentId, folder: `experiments/${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(folder)}` }, null, 2)}\n`);
    const metrics = result.metrics;
    if (metrics.status === 'failed')
        return { provisionalId: result.experimentId, folder, failure: metrics.failure?.reason ?? 'unknown failure' };
    return { provisionalId: result.experimentId, folder, primary: metrics.primary_metric };
}
/**
 * The parameters a trial job trains: its matrix entry's. A grid or random entry must also be what this checkout
 * resolves (the scan did not change between resolve and run); a bayes entry was suggested from the results collected
 * so far, which the checkout does not hold, so the job trains it as given (runScanTrial checks it is in the space).
 */
function trialParams(mtrack, ws, options) {
    const given = options.paramsJson ? JSON.parse(options.paramsJson) : undefined;
    const plan = mtrack.planScan(ws, options.scan);
    if (_core_scan_index_js__WEBPACK_IMPORTED_MODULE_6__/* .SCAN_METHODS */ .Zm[plan.method].adaptive) {
        if (!given)
            throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .badInput */ .AN)(`trial ${options.trial}: a ${plan.method} trial needs params-json (matrix.params_json).`);
        return { params: given, plan };
    }
    const trial = plan.trials.find((t) => t.index === options.trial);
    if (!trial)
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .badInput */ .AN)(`trial '${options.trial}': the scan ${plan.scan_path} has trials ${plan.trials.map((t) => t.index).join(', ') || '(none)'}.`);
    if (given && JSON.stringify(given) !== JSON.stringify(trial.params)) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .checkFailed */ .s_)(`trial ${options.trial}: the matrix says ${JSON.stringify(given)} but this checkout resolves ${JSON.stringify(trial.params)}; was scan.yaml changed between resolve and run?`);
    }
    return { params: trial.params, plan };
}
/** Moves a fresh run folder out of the checkout into `<outputDir>/experiments/` (the artifact to upload). */
async function moveRunFolder(expDir, folder, outputDir) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outputDir, 'experiments', (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(folder));
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .badInput */ .AN)(`output-dir '${outputDir}' already holds ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(folder)}; use a fresh output-dir per trial.`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outputDir, 'experiments'), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.cp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(expDir, folder), target, { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(expDir, folder), { recursive: true, force: true });
    return target;
}
//# sourceMappingURL=run-trial.js.map

/***/ }),

/***/ 2469:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ez: () => (/* binding */ isUnsafeKey),
/* harmony export */   pu: () => (/* binding */ unsafeKeyMessage)
/* harmony export */ });
/* unused harmony export UNSAFE_KEYS */
/**
 * Keys that would reach an object's prototype when used as a property name (`obj['__proto__'] = {...}` replaces
 * the prototype, so a value set there is read by every lookup but never serialized: a run could train on a value
 * its config_resolved.yaml does not record). Refused as keys in every document, flag and parameter path.
 */
const UNSAFE_KEYS = ['__proto__', 'constructor', 'prototype'];
function isUnsafeKey(key) {
    return UNSAFE_KEYS.includes(key);
}
/** The one-line reason shared by every place that refuses such a key. */
function unsafeKeyMessage(key) {
    return `key '${key}' is not allowed (${UNSAFE_KEYS.join(', ')} are reserved)`;
}
//# sourceMappingURL=unsafe-keys.js.map

/***/ }),

/***/ 989:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cd: () => (/* binding */ parseYamlText)
/* harmony export */ });
/* unused harmony exports MAX_YAML_CHARS, MAX_YAML_ALIASES */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7657);
/* harmony import */ var _unsafe_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2469);



/** Larger YAML is not a config a person wrote; the cap also bounds what any expansion can cost. */
const MAX_YAML_CHARS = 1024 * 1024;
/** yaml's own default: enough for hand-written anchors, far below a "billion laughs" expansion. */
const MAX_YAML_ALIASES = 100;
/**
 * Parses a YAML document mtrack reads, or throws one BAD_INPUT line naming `file:line:col`: size capped, the first
 * syntax error (a duplicate key named with its path), no prototype keys, alias expansion bounded.
 */
function parseYamlText(text, file, options = {}, syntaxTag = '') {
    if (text.length > MAX_YAML_CHARS)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(`${file}: ${text.length} characters is too large; expected a YAML document of at most ${MAX_YAML_CHARS}.`);
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { ...options, lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const at = (offset) => {
        const { line, col } = lines.linePos(offset);
        return `${file}:${line}:${col}`;
    };
    const error = doc.errors[0];
    if (error) {
        const duplicate = error.code === 'DUPLICATE_KEY' ? findKey(doc.contents, error.pos[0], []) : undefined;
        if (duplicate) {
            const first = lines.linePos(duplicate.firstOffset).line;
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(`${at(error.pos[0])} ${duplicate.path}: duplicate key (first written on line ${first}).`);
        }
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(`${at(error.pos[0])}${syntaxTag} ${error.message.split('\n')[0]}`);
    }
    const unsafe = findKey(doc.contents, -1, []);
    if (unsafe)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(`${at(unsafe.offset)} ${unsafe.path}: ${(0,_unsafe_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .unsafeKeyMessage */ .pu)(unsafe.key)}.`);
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    }
    catch (cause) {
        // yaml throws a ReferenceError ("Excessive alias count") when aliases expand too far: a billion-laughs bomb.
        if (!(cause instanceof ReferenceError))
            throw cause;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(`${file}: YAML aliases expand too far; expected at most ${MAX_YAML_ALIASES} alias expansions (write the values out).`);
    }
    return { doc, lines, data };
}
/** The key starting at `offset` (a duplicate), or with offset -1 the first prototype key, with its dotted path. */
function findKey(node, offset, path) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        for (const [i, item] of node.items.entries()) {
            const found = findKey(item, offset, [...path, String(i)]);
            if (found)
                return found;
        }
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        for (const pair of node.items) {
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : undefined;
            const start = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? (pair.key.range?.[0] ?? 0) : -2;
            if (key !== undefined && (offset === -1 ? (0,_unsafe_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnsafeKey */ .ez)(key) : start === offset)) {
                const first = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
                const firstOffset = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(first?.key) ? (first.key.range?.[0] ?? start) : start;
                return { path: [...path, key].join('.'), key, offset: start, firstOffset };
            }
            const found = findKey(pair.value, offset, key === undefined ? path : [...path, key]);
            if (found)
                return found;
        }
    }
    return undefined;
}
//# sourceMappingURL=yaml-text.js.map

/***/ })

};
