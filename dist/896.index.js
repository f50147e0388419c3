export const id = 896;
export const ids = [896];
export const modules = {

/***/ 2896:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CONFIG_PATH: () => (/* binding */ DEFAULT_CONFIG_PATH),
  DEFAULT_SCAN_PATH: () => (/* binding */ DEFAULT_SCAN_PATH),
  planScan: () => (/* binding */ planScan),
  runScan: () => (/* binding */ runScan),
  runScanTrial: () => (/* binding */ runScanTrial)
});

// EXTERNAL MODULE: ./lib/src/core/run-config.js + 1 modules
var run_config = __webpack_require__(2717);
// EXTERNAL MODULE: ./lib/src/core/scan/index.js + 23 modules
var core_scan = __webpack_require__(9683);
// EXTERNAL MODULE: ./lib/src/core/errors.js
var errors = __webpack_require__(7657);
// EXTERNAL MODULE: ./lib/src/adapters/trainer/command/run-command-trainer.js + 3 modules
var run_command_trainer = __webpack_require__(3103);
;// CONCATENATED MODULE: ./lib/src/app/scan/trial-command.js


/** The Python types of a trial's values, so its command line prints them as W&B's agent does. */
function argTypes(python, params) {
    return {
        floats: [...(0,core_scan/* floatNames */.zo)(python, params)],
        nestedLast: [...new Set(Object.values(python.nested).map((path) => path[0]))],
    };
}
/** A trial's values as the run receives them: for a command trainer, W&B's nested parameters as one mapping. */
function trialOverrides(base, python, params) {
    return base.trainer?.type === 'command' ? (0,core_scan/* renestParams */.mI)(params, python.nested) : params;
}
/**
 * A command-trainer trial's argv for `scan resolve --json`. The variables a command names (${envvar:NAME}) are the
 * planning machine's: the same ones the run will see.
 */
function trialArgv(base, python, params, overrides) {
    const trainer = base.trainer;
    if (trainer?.type !== 'command')
        return {};
    const all = { ...(base.params ?? {}), ...trialOverrides(base, python, params), ...overrides };
    return { argv: (0,run_command_trainer/* commandArgv */.G)(trainer, all, '<run folder>/.sweep-args.json', process.env, argTypes(python, params)) };
}
//# sourceMappingURL=trial-command.js.map
// EXTERNAL MODULE: ./lib/src/adapters/schemas.js + 1 modules
var schemas = __webpack_require__(7612);
// EXTERNAL MODULE: ./lib/src/app/run/run-experiment.js + 12 modules
var run_experiment = __webpack_require__(8983);
// EXTERNAL MODULE: ./lib/src/app/run/recover-runs.js
var recover_runs = __webpack_require__(4419);
// EXTERNAL MODULE: ./lib/src/app/run/plan-run.js + 1 modules
var plan_run = __webpack_require__(6068);
// EXTERNAL MODULE: ./lib/src/core/canonical-yaml.js
var canonical_yaml = __webpack_require__(2756);
// EXTERNAL MODULE: ./lib/src/core/hash.js
var hash = __webpack_require__(3442);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(8262);
;// CONCATENATED MODULE: ./lib/src/app/scan/builtin-parameters.js



let paths;
/** The dotted paths a scan may set on the built-in trainer: config_resolved's keys, read from its schema. */
function builtinParameterPaths() {
    if (paths)
        return paths;
    const schema = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)((0,schemas/* schemasDir */.uH)(), 'config_resolved.schema.json'), 'utf8'));
    paths = [];
    for (const [key, node] of Object.entries(schema.properties ?? {})) {
        if (key === 'dataset' || key === 'trainer' || key === 'params')
            continue;
        if (node.type === 'object' && node.properties)
            for (const inner of Object.keys(node.properties))
                paths.push(`${key}.${inner}`);
        else
            paths.push(key);
    }
    return paths;
}
/** The base config a scan's trials run with: W&B's program / command in the scan make the trainer a command. */
function scanBaseConfig(spec, base) {
    if (spec.program === undefined && spec.command === undefined)
        return base;
    const previous = base.trainer?.type === 'command' ? base.trainer : undefined;
    return {
        ...base,
        trainer: {
            type: 'command',
            ...(previous?.interpreter ? { interpreter: previous.interpreter } : {}),
            ...(previous?.timeout_s ? { timeout_s: previous.timeout_s } : {}),
            ...(previous?.grace_s !== undefined ? { grace_s: previous.grace_s } : {}),
            ...(spec.program !== undefined ? { program: spec.program } : {}),
            ...(spec.command !== undefined ? { command: spec.command } : {}),
            // The generated type spells the schema's anyOf (run | command | program) as a loose union; one is set above.
        },
    };
}
//# sourceMappingURL=builtin-parameters.js.map
// EXTERNAL MODULE: ./lib/src/adapters/documents.js
var documents = __webpack_require__(1901);
// EXTERNAL MODULE: ./lib/src/app/data/dataset-meta.js
var dataset_meta = __webpack_require__(1025);
// EXTERNAL MODULE: ./lib/src/app/run/run-records.js
var run_records = __webpack_require__(7074);
;// CONCATENATED MODULE: ./lib/src/app/scan/scan-context.js











function loadScanContext(ws, scanPath, configPath, datasetFlag) {
    const text = (0,documents/* readText */.yR)((0,external_node_path_.join)(ws.expDir, scanPath), scanPath);
    const spec = (0,core_scan/* parseScanYaml */.c4)(text, scanPath);
    (0,schemas/* assertSchema */.GU)('scan_config', (0,core_scan/* scanYamlData */.HY)(text, scanPath), scanPath);
    const base = scanBaseConfig(spec, (0,documents/* readYamlDocument */.HS)((0,external_node_path_.join)(ws.expDir, configPath), 'baseline_config', configPath));
    if (base.trainer?.type !== 'command')
        (0,core_scan/* checkParameterNames */.mF)(text, scanPath, builtinParameterPaths());
    const revision = datasetFlag ?? base.dataset ?? (0,dataset_meta/* latestRevision */.HA)(ws.dataDir, ws.datasetId);
    return {
        spec,
        python: (0,core_scan/* scanPythonTypes */.l1)(text, scanPath),
        scanHash: (0,hash/* sha256 */.sc)((0,canonical_yaml/* canonicalYaml */.o6)(spec)),
        base,
        dataset: { id: ws.datasetId, revision },
    };
}
function hashParamsFor(ctx, overrides) {
    return (params) => (0,run_config/* canonicalConfig */.DK)((0,run_config/* resolveRunConfig */.y9)(ctx.base, { ...trialOverrides(ctx.base, ctx.python, params), ...overrides }, ctx.dataset)).hash;
}
/**
 * The scan's history: runs of the same scan (same scan_hash) with their primary metric, from the checkout and from
 * `collected`; failed runs count as null. `existing` holds every known config hash, of any scan.
 */
function scanHistory(ws, ctx, collected) {
    const local = (0,run_records/* collectRunRecords */.Ij)(ws.expDir).map((r) => ({
        scanHash: r.scanHash,
        params: r.scanParams ?? {},
        value: r.primaryValue,
        configHash: r.configHash,
    }));
    const existing = new Set();
    const history = [];
    for (const r of [...local, ...collected]) {
        if (existing.has(r.configHash))
            continue; // a merged bot PR's run is both in the checkout and collected
        existing.add(r.configHash);
        if (r.scanHash === ctx.scanHash)
            history.push({ params: r.params, value: r.value, configHash: r.configHash });
    }
    return { history, existing };
}
//# sourceMappingURL=scan-context.js.map
;// CONCATENATED MODULE: ./lib/src/app/scan/hyperband-hook.js




/** The history field hyperband reads: the scan metric, or the config's primary metric when the scan names none. */
function epochField(ctx) {
    return ctx.spec.metric.name === core_scan/* DEFAULT_METRIC */.bA.name ? (ctx.base.metric?.name ?? 'accuracy') : ctx.spec.metric.name;
}
/**
 * A trial's metric per epoch (index = epoch - 1): `val_<name>` when the trainer logs a validation figure, else
 * `<name>`. The built-in trainer logs training-set loss and accuracy per epoch (it never looks at the test split
 * before the end), so hyperband ranks trials on those.
 */
function epochSeries(history, field) {
    const series = [];
    for (const row of history)
        series[row.epoch - 1] = row[`val_${field}`] ?? row[field];
    return Array.from(series);
}
/**
 * Hyperband for one trial, judged against the per-epoch history (metrics.json) of the scan's runs so far: those in
 * the checkout and those collected elsewhere (the Action's earlier waves, read from the bot branch).
 */
function hyperbandHook(ws, ctx, trialIndex, log, collected) {
    const et = ctx.spec.early_terminate;
    const field = epochField(ctx);
    const local = (0,run_records/* collectRunRecords */.Ij)(ws.expDir).filter((r) => r.scanHash === ctx.scanHash);
    const seen = new Set(local.map((r) => r.configHash));
    const histories = [
        ...local.map((r) => (0,documents/* readJsonDocument */.E_)((0,external_node_path_.join)(ws.expDir, r.folder, 'metrics.json'), 'metrics', `${r.folder}/metrics.json`).history ?? []),
        ...collected.filter((c) => c.scanHash === ctx.scanHash && !seen.has(c.configHash)).map((c) => c.history ?? []),
    ];
    const peers = histories.map((h) => epochSeries(h, field));
    let warned = false;
    return (history) => {
        const current = epochSeries(history, field);
        if (current.every((v) => v === undefined)) {
            if (!warned)
                log(`mtrack: early_terminate: the trainer's history has no '${field}' per epoch; trial ${trialIndex} runs every epoch.`);
            warned = true;
            return 'continue';
        }
        const d = (0,core_scan/* decideHyperband */.Ox)({ earlyTerminate: et, goal: ctx.spec.metric.goal, peers, current });
        if (!d.stop)
            return 'continue';
        log(`mtrack: scan trial ${trialIndex} stopped early after epoch ${history.length}: best ${field} ${d.value} is worse than ` +
            `${d.threshold}, the top 1/${et.eta} of ${d.runs} run(s) at hyperband bracket epoch ${d.bracket}.`);
        return 'stop';
    };
}
//# sourceMappingURL=hyperband-hook.js.map
;// CONCATENATED MODULE: ./lib/src/app/scan/scan.js










const DEFAULT_SCAN_PATH = 'configs/scan.yaml';
const DEFAULT_CONFIG_PATH = 'configs/baseline.yaml';
function planScan(ws, options) {
    const scanPath = options.scanPath ?? DEFAULT_SCAN_PATH;
    const configPath = options.configPath ?? DEFAULT_CONFIG_PATH;
    const ctx = loadScanContext(ws, scanPath, configPath, options.dataset);
    const { history, existing } = scanHistory(ws, ctx, options.collected ?? []);
    const hashParams = hashParamsFor(ctx, options.overrides ?? {});
    const { trials, skipped } = (0,core_scan/* resolveScan */.Ch)(ctx.spec, history, {
        existingConfigHashes: existing,
        hashParams,
        ...(options.waveSize !== undefined ? { waveSize: options.waveSize } : {}),
    });
    const inWaves = core_scan/* SCAN_METHODS */.Zm[ctx.spec.method].adaptive && options.waveSize !== undefined;
    // Every planned trial's config is checked before any trial trains, so a bad value never fails a scan half-way.
    for (const t of trials) {
        const config = (0,run_config/* resolveRunConfig */.y9)(ctx.base, { ...t.params, ...options.overrides }, ctx.dataset);
        (0,schemas/* assertSchema */.GU)('config_resolved', config, `${scanPath} trial ${t.index} (${JSON.stringify(t.params)})`);
    }
    return {
        scan_path: scanPath,
        // A skipped bayes suggestion means no untried point is left: the scan ends with this wave.
        remaining: inWaves && skipped.length === 0 ? Math.max(0, (ctx.spec.max_trials ?? 0) - history.length - trials.length) : 0,
        scan_hash: ctx.scanHash,
        method: ctx.spec.method,
        ...(ctx.spec.early_terminate ? { early_terminate: ctx.spec.early_terminate } : {}),
        base_config: configPath,
        dataset: ctx.dataset.revision,
        trials: trials.map((t) => ({
            ...t,
            config_hash: hashParams(t.params),
            ...trialArgv(ctx.base, ctx.python, t.params, options.overrides),
        })),
        skipped,
    };
}
/** Runs every trial of the plan, one committed run folder each; bayes re-plans after each run to use its result. */
async function runScan(ws, options) {
    const results = [];
    if (options.commit)
        await (0,recover_runs/* recoverExperimentRepo */.IN)(ws, options.log);
    let plan = planScan(ws, options);
    // Refused before the first trial starts; each trial checks again (with its trainer's files) when it plans.
    await (0,plan_run/* checkInputsCommitted */.Q)(ws.expDir, [plan.scan_path, plan.base_config], options.allowDirty === true);
    const ctx = loadScanContext(ws, plan.scan_path, plan.base_config, options.dataset);
    const et = ctx.spec.early_terminate;
    if (et) {
        (0,core_scan/* hyperbandBrackets */.tb)(et, 1); // refuses a max_iter/s/eta with no bracket before any compute is spent
        options.log(`mtrack: early_terminate hyperband (${et.max_iter !== undefined && et.s !== undefined ? `max_iter ${et.max_iter}, s ${et.s}` : `min_iter ${et.min_iter}`}, eta ${et.eta}) on per-epoch '${epochField(ctx)}'`);
    }
    const total = plan.trials.length;
    for (let done = 0; done < total; done++) {
        const adaptive = core_scan/* SCAN_METHODS */.Zm[plan.method].adaptive;
        const trial = adaptive ? plan.trials[0] : plan.trials[done];
        if (!trial)
            break;
        if (options.onlyTrial !== undefined && trial.index !== options.onlyTrial)
            continue;
        options.log(`mtrack: scan trial ${trial.index} (${done + 1}/${total}): ${JSON.stringify(trial.params)}`);
        results.push(await trainTrial(ws, ctx, plan, trial, options));
        if (adaptive)
            plan = planScan(ws, options);
    }
    return results;
}
/**
 * Trains one given trial of the scan without re-resolving it: the Action's trial job trains its matrix entry, which
 * for bayes was suggested from results the job's checkout does not hold. The parameters must be a point of the
 * scan's space (grid and random entries are also checked against the plan by the caller).
 */
async function runScanTrial(ws, options, trial) {
    const scanPath = options.scanPath ?? DEFAULT_SCAN_PATH;
    const configPath = options.configPath ?? DEFAULT_CONFIG_PATH;
    const ctx = loadScanContext(ws, scanPath, configPath, options.dataset);
    const outside = (0,core_scan/* trialOutsideSpace */.uo)(ctx.spec, trial.params);
    if (outside)
        throw (0,errors/* badInput */.AN)(`trial ${trial.index} of ${scanPath}: ${outside}.`);
    const config = (0,run_config/* resolveRunConfig */.y9)(ctx.base, { ...trial.params, ...options.overrides }, ctx.dataset);
    (0,schemas/* assertSchema */.GU)('config_resolved', config, `${scanPath} trial ${trial.index} (${JSON.stringify(trial.params)})`);
    const scan = {
        scan_path: scanPath,
        scan_hash: ctx.scanHash,
        method: ctx.spec.method,
        base_config: configPath,
        dataset: ctx.dataset.revision,
    };
    options.log(`mtrack: scan trial ${trial.index}: ${JSON.stringify(trial.params)}`);
    return trainTrial(ws, ctx, scan, trial, options);
}
async function trainTrial(ws, ctx, plan, trial, options) {
    const et = ctx.spec.early_terminate;
    return (0,run_experiment.runExperiment)(ws, {
        configPath: plan.base_config,
        dataset: plan.dataset,
        overrides: { ...trialOverrides(ctx.base, ctx.python, trial.params), ...options.overrides },
        argTypes: argTypes(ctx.python, trial.params),
        ...(ctx.base.trainer?.type === 'command' ? { trainer: ctx.base.trainer } : {}),
        ...(ctx.spec.metric.name !== core_scan/* DEFAULT_METRIC */.bA.name ? { metric: ctx.spec.metric } : {}),
        intent: options.intent ?? `${plan.method} scan trial ${trial.index} of ${plan.scan_path}`,
        scan: {
            path: plan.scan_path,
            scan_hash: plan.scan_hash,
            method: plan.method,
            trial_index: trial.index,
            params: trial.params,
            ...(et ? { early_terminate: et } : {}),
        },
        ...(et ? { onEpochEnd: hyperbandHook(ws, ctx, trial.index, options.log, options.collected ?? []) } : {}),
        commit: options.commit,
        allowDirty: options.allowDirty,
        log: options.log,
    });
}
//# sourceMappingURL=scan.js.map

/***/ })

};
