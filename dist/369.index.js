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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7657);
/* harmony import */ var _adapters_git_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8043);






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
        runExperiment: run.runExperiment,
    };
}
/** mtrack.yaml's paths, with the runner's locations of the dataset store and dataset-meta checkout when given. */
function withOverrides(ws, o) {
    return { ...ws, ...(o.storeRoot ? { storeRoot: o.storeRoot } : {}), ...(o.dataDir ? { dataDir: o.dataDir } : {}) };
}
/** Trains one scan trial and moves its stamped run folder (provisional id) to `<outputDir>/experiments/`. */
async function runTrial(options) {
    const mtrack = await loadInstalledMtrack(options.packageDir);
    const ws = withOverrides(mtrack.loadWorkspace(options.expDir), options);
    const plan = mtrack.planScan(ws, options.scan);
    const trial = plan.trials.find((t) => t.index === options.trial);
    if (!trial)
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .badInput */ .AN)(`trial '${options.trial}': the scan ${plan.scan_path} has trials ${plan.trials.map((t) => t.index).join(', ') || '(none)'}.`);
    if (options.paramsJson !== undefined && options.paramsJson !== '') {
        const expected = JSON.stringify(JSON.parse(options.paramsJson));
        if (expected !== JSON.stringify(trial.params)) {
            throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .checkFailed */ .s_)(`trial ${options.trial}: the matrix says ${expected} but this checkout resolves ${JSON.stringify(trial.params)}; was scan.yaml changed between resolve and run?`);
        }
    }
    if (options.headBranch)
        await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_5__/* .nameDetachedHead */ .kg)(options.expDir, options.headBranch);
    const [result] = await mtrack.runScan(ws, {
        ...options.scan,
        onlyTrial: options.trial,
        commit: false,
        log: options.log,
    });
    if (!result)
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .checkFailed */ .s_)(`trial ${options.trial}: the scan produced no run.`);
    const folder = await moveRunFolder(ws.expDir, result.folder, options.outputDir);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.outputDir, 'trial.json'), `${JSON.stringify({ trial: options.trial, params: trial.params, provisional_id: result.experimentId, folder: `experiments/${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(folder)}` }, null, 2)}\n`);
    return {
        provisionalId: result.experimentId,
        folder,
        primary: result.metrics.primary_metric,
    };
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
