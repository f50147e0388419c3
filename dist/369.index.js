export const id = 369;
export const ids = [369];
export const modules = {

/***/ 6369:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sn: () => (/* binding */ withOverrides),
/* harmony export */   Te: () => (/* binding */ loadInstalledMtrack),
/* harmony export */   hs: () => (/* binding */ moveRunFolder),
/* harmony export */   runTrial: () => (/* binding */ runTrial)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8262);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7657);
/* harmony import */ var _adapters_git_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8043);
/* harmony import */ var _core_scan_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9683);







/**
 * The use cases that train. Without `packageDir`, this process's own: in the Action bundle they and TensorFlow.js
 * sit in lazy chunks (with the wasm files next to them), so a trial job needs no install and the other commands
 * never load TensorFlow.js. With `packageDir` (mtrack-path), those of an installed mtrack (its compiled lib/ and
 * node_modules), e.g. one built with @tensorflow/tfjs-node.
 */
async function loadInstalledMtrack(packageDir) {
    if (packageDir === undefined)
        return toInstalled(await loadOwnModules());
    const file = (name) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(packageDir, 'lib', 'src', 'app', ...name.split('/'));
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file('scan/scan.js'))) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .badInput */ .AN)(`mtrack-path '${packageDir}': no installed mtrack there (expected lib/src/app/scan/scan.js).`, 'Leave mtrack-path empty to train with the Action itself, or run `npm ci` in an mtrack checkout (or `npm install mtrack`) and pass its folder.');
    }
    // webpackIgnore: ncc must leave these imports alone so they resolve on the runner, next to their node_modules.
    const load = (name) => import(/* webpackIgnore: true */ (0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)(file(name)).href);
    return toInstalled(await Promise.all([load('scan/scan.js'), load('run/run-experiment.js'), load('setup/workspace.js')]));
}
const loadOwnModules = () => Promise.all([Promise.all(/* import() */[__webpack_require__.e(662), __webpack_require__.e(177), __webpack_require__.e(983), __webpack_require__.e(896)]).then(__webpack_require__.bind(__webpack_require__, 2896)), Promise.all(/* import() */[__webpack_require__.e(662), __webpack_require__.e(177), __webpack_require__.e(983)]).then(__webpack_require__.bind(__webpack_require__, 8983)), __webpack_require__.e(/* import() */ 722).then(__webpack_require__.bind(__webpack_require__, 7341))]);
function toInstalled([scan, run, workspace]) {
    return {
        loadWorkspace: workspace.loadWorkspace,
        planScan: scan.planScan,
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

/***/ })

};
