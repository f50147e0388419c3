export const id = 876;
export const ids = [876];
export const modules = {

/***/ 2278:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ buildFolderAtomically),
/* harmony export */   v: () => (/* binding */ writeFolderAtomically)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);



/**
 * Writes a whole folder at once: files go to a sibling staging folder, which is renamed into place only when
 * complete, so a crash or a bad input never leaves a half-written run or revision behind.
 */
async function writeFolderAtomically(target, files, options) {
    await buildFolderAtomically(target, options.stagingRoot, async (staging) => {
        for (const [path, bytes] of files) {
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(staging, path);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(full), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(full, bytes);
            if (options.readOnly)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(full, 0o444);
        }
    });
}
/** Lets `fill` write into a fresh staging folder, then renames it to `target`; on any error nothing remains. */
async function buildFolderAtomically(target, stagingRoot, fill) {
    const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stagingRoot, `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.partial`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(staging, { recursive: true });
    try {
        const result = await fill(staging);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
        // rename refuses a non-empty target, which is what append-only folders want.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staging, target);
        return result;
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
        throw error;
    }
    finally {
        await removeIfEmpty(stagingRoot);
    }
}
async function removeIfEmpty(dir) {
    try {
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)).length === 0)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true });
    }
    catch {
        // already gone
    }
}
//# sourceMappingURL=staging.js.map

/***/ }),

/***/ 4876:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectTrials: () => (/* binding */ collectTrials)
});

// UNUSED EXPORTS: findTrialRuns

// EXTERNAL MODULE: ./lib/src/core/rules/paths.js
var rules_paths = __webpack_require__(8268);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/core/errors.js
var errors = __webpack_require__(7657);
// EXTERNAL MODULE: ./lib/src/core/ids.js
var core_ids = __webpack_require__(1306);
;// CONCATENATED MODULE: ./lib/src/core/restamp.js



/** manifest.outputs fields that hold a repo-relative path inside the run folder. */
const OUTPUT_PATHS = ['metrics_path', 'artifacts_dir', 'exported_model_ref'];
/**
 * Re-stamps a run under a new experiment id: folder name, manifest ids and output paths, metrics id and the notes
 * heading. The config (and so config_hash), dates, metrics values and artifacts are untouched. Refuses documents
 * that disagree on the old id or point outside the folder: rewriting only some copies would hide the mismatch.
 */
function restampDocuments(docs, newId) {
    const parsed = (0,core_ids/* parseRunFolder */.h_)(docs.folder);
    if (!parsed)
        throw (0,errors/* badInput */.AN)(`Run folder '${docs.folder}': expected <date>__<dataset>__<model>__E####.`);
    if (!(0,core_ids/* isExperimentId */.VD)(newId))
        throw (0,errors/* badInput */.AN)(`Invalid experiment id '${newId}'. Expected E#### (e.g. E0007).`);
    const oldId = parsed.experimentId;
    const oldPrefix = `${rules_paths/* EXPERIMENTS_DIR */.vQ}/${docs.folder}/`;
    const stamp = docs.manifest.stamp;
    const config = docs.manifest.inputs?.config;
    const outputs = docs.manifest.outputs;
    const ids = [
        ['manifest.json experiment_id', docs.manifest.experiment_id],
        ['manifest.json stamp.experiment_id', stamp ? stamp.experiment_id : oldId],
        ['metrics.json experiment_id', docs.metrics.experiment_id],
    ];
    for (const [field, value] of ids) {
        if (value !== oldId)
            throw (0,errors/* badInput */.AN)(`${docs.folder}/${field}: expected '${oldId}' (the folder's id), got '${String(value)}'.`);
    }
    const paths = [
        ['inputs.config.resolved_path', config?.resolved_path],
        ...OUTPUT_PATHS.map((k) => [`outputs.${k}`, outputs?.[k]]),
    ];
    for (const [field, value] of paths) {
        if (value !== undefined && (typeof value !== 'string' || !value.startsWith(oldPrefix))) {
            throw (0,errors/* badInput */.AN)(`${docs.folder}/manifest.json ${field}: expected a path under '${oldPrefix}', got '${String(value)}'.`);
        }
    }
    const heading = new RegExp(`^# ${oldId}\\b`, 'm');
    if (!heading.test(docs.notes))
        throw (0,errors/* badInput */.AN)(`${docs.folder}/notes.md: expected a '# ${oldId} …' heading.`);
    const folder = (0,core_ids/* formatRunFolder */.bM)({ ...parsed, experimentId: newId });
    const newPrefix = `${rules_paths/* EXPERIMENTS_DIR */.vQ}/${folder}/`;
    const movePath = (value) => (typeof value === 'string' ? newPrefix + value.slice(oldPrefix.length) : value);
    const manifest = structuredClone(docs.manifest);
    manifest.experiment_id = newId;
    const newStamp = manifest.stamp;
    if (newStamp)
        newStamp.experiment_id = newId;
    const newConfig = manifest.inputs?.config;
    if (newConfig && 'resolved_path' in newConfig)
        newConfig.resolved_path = movePath(newConfig.resolved_path);
    const newOutputs = manifest.outputs;
    if (newOutputs)
        for (const key of OUTPUT_PATHS)
            if (key in newOutputs)
                newOutputs[key] = movePath(newOutputs[key]);
    const metrics = { ...structuredClone(docs.metrics), experiment_id: newId };
    const notes = docs.notes.replace(heading, `# ${newId}`);
    return { folder, manifest, metrics, notes };
}
/** `count` consecutive ids after the highest one in `used` (ids already handed out elsewhere are in `used` too). */
function assignExperimentIds(used, count) {
    let max = 0;
    for (const id of used)
        if ((0,core_ids/* isExperimentId */.VD)(id))
            max = Math.max(max, (0,core_ids/* parseExperimentNumber */.oo)(id));
    return Array.from({ length: count }, (_, i) => (0,core_ids/* formatExperimentId */.cD)(max + 1 + i));
}
//# sourceMappingURL=restamp.js.map
// EXTERNAL MODULE: ./lib/src/adapters/documents.js
var documents = __webpack_require__(1901);
// EXTERNAL MODULE: ./lib/src/adapters/git/index.js + 4 modules
var git = __webpack_require__(5366);
// EXTERNAL MODULE: ./lib/src/adapters/staging.js
var staging = __webpack_require__(2278);
;// CONCATENATED MODULE: ./lib/src/app/action/restamp.js






/**
 * Copies the run folder `source` to `<targetRunsDir>/<folder under newId>` with its stamp rewritten for `newId`
 * (the copy is built in `stagingRoot` and renamed into place). Returns the new folder name.
 */
async function restampRunFolder(source, targetRunsDir, newId, stagingRoot) {
    const folder = (0,external_node_path_.basename)(source);
    const label = `${rules_paths/* EXPERIMENTS_DIR */.vQ}/${folder}`;
    const docs = restampDocuments({
        folder,
        manifest: (0,documents/* readJsonDocument */.E_)((0,external_node_path_.join)(source, 'manifest.json'), 'manifest', `${label}/manifest.json`),
        metrics: (0,documents/* readJsonDocument */.E_)((0,external_node_path_.join)(source, 'metrics.json'), 'metrics', `${label}/metrics.json`),
        notes: await (0,promises_.readFile)((0,external_node_path_.join)(source, 'notes.md'), 'utf8'),
    }, newId);
    const newLabel = `${rules_paths/* EXPERIMENTS_DIR */.vQ}/${docs.folder}`;
    await (0,staging/* buildFolderAtomically */.E)((0,external_node_path_.join)(targetRunsDir, docs.folder), stagingRoot, async (staging) => {
        await (0,promises_.cp)(source, staging, { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(staging, 'manifest.json'), (0,documents/* jsonDocumentText */.$3)('manifest', docs.manifest, `${newLabel}/manifest.json`));
        await (0,promises_.writeFile)((0,external_node_path_.join)(staging, 'metrics.json'), (0,documents/* jsonDocumentText */.$3)('metrics', docs.metrics, `${newLabel}/metrics.json`));
        await (0,promises_.writeFile)((0,external_node_path_.join)(staging, 'notes.md'), docs.notes);
    });
    return docs.folder;
}
//# sourceMappingURL=restamp.js.map
// EXTERNAL MODULE: ./lib/src/app/verify/verify.js + 11 modules
var verify = __webpack_require__(4474);
;// CONCATENATED MODULE: ./lib/src/app/action/collect.js













/**
 * Gathers the trial run folders, gives them final ids above every id on the base branch and every id reserved by
 * another collect, re-stamps them, checks them with the same rules as a human commit, commits them on the bot
 * branch (rebuilt from the current base) and pushes branch + id reservations atomically. A lost race retries.
 */
async function collectTrials(options) {
    const trials = await findTrialRuns(options.trialsDir);
    if (trials.length === 0)
        throw (0,errors/* badInput */.AN)(`No run folders found under '${options.trialsDir}' (expected <artifact>/experiments/<date>__<dataset>__<model>__E####/).`);
    const attempts = options.maxAttempts ?? 5;
    for (let attempt = 1; attempt <= attempts; attempt++) {
        const result = await tryCollect(options, trials);
        if (result)
            return result;
        options.log(`mtrack: collect: the remote moved (branch or id reservation taken), retrying (${attempt}/${attempts}).`);
    }
    throw (0,errors/* checkFailed */.s_)(`collect: could not push '${options.branch}' after ${attempts} attempts; the remote kept changing.`);
}
async function tryCollect(options, trials) {
    const { expDir, remote } = options;
    const baseRef = `refs/heads/${options.base}`;
    const branchRef = `refs/heads/${options.branch}`;
    const refs = await (0,git/* remoteRefs */.dM)(expDir, remote, [baseRef, branchRef, `${core_ids/* ID_REF_PREFIX */.VF}*`]);
    if (!refs.has(baseRef))
        throw (0,errors/* badInput */.AN)(`Base branch '${options.base}' does not exist on the remote.`);
    const baseCommit = await (0,git/* fetchCommit */.iH)(expDir, remote, baseRef, 'refs/mtrack-collect/base');
    const used = [
        ...(await (0,git/* lsTree */.kb)(expDir, baseCommit, [`${rules_paths/* EXPERIMENTS_DIR */.vQ}/`])).map((e) => (0,core_ids/* parseRunFolder */.h_)((0,external_node_path_.basename)(e.path))?.experimentId),
        ...[...refs.keys()].filter((r) => r.startsWith(core_ids/* ID_REF_PREFIX */.VF)).map((r) => r.slice(core_ids/* ID_REF_PREFIX */.VF.length)),
    ].filter((id) => id !== undefined);
    const ids = assignExperimentIds(used, trials.length);
    // Next to the checkout, so mtrack.yaml's relative paths (../mtrack-data) resolve to the same folders.
    const worktree = (0,external_node_path_.join)((0,external_node_path_.dirname)(expDir), `.mtrack-collect-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    await (0,git/* addWorktree */.l)(expDir, worktree, baseCommit);
    try {
        const runs = [];
        const paths = [];
        for (const [i, trial] of trials.entries()) {
            const folder = await restampRunFolder(trial.dir, (0,external_node_path_.join)(worktree, rules_paths/* EXPERIMENTS_DIR */.vQ), ids[i], (0,external_node_path_.join)(worktree, '.mtrack', 'staging'));
            const { dir: _dir, ...facts } = trial;
            runs.push({ ...facts, experimentId: ids[i], folder: `${rules_paths/* EXPERIMENTS_DIR */.vQ}/${folder}` });
            paths.push(`${rules_paths/* EXPERIMENTS_DIR */.vQ}/${folder}`);
            options.log(`mtrack: collect: ${trial.provisionalId} (trial ${trial.trial ?? '-'}) -> ${ids[i]}`);
        }
        for (const extra of options.extraPaths ?? []) {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(worktree, extra)), { recursive: true });
            await (0,promises_.cp)((0,external_node_path_.join)(expDir, extra), (0,external_node_path_.join)(worktree, extra), { recursive: true });
            paths.push(extra);
        }
        const files = await readFiles(worktree, paths);
        const violations = await (0,verify/* verifyProposedCommit */.fA)(worktree, files);
        if (violations.length > 0) {
            throw (0,errors/* checkFailed */.s_)(`collect: the collected runs break the stamping rules, nothing pushed: ${violations.map(verify.formatViolation).join(' ')}`);
        }
        const parsed = (0,core_ids/* parseRunFolder */.h_)((0,external_node_path_.basename)(runs[0].folder));
        const message = `mtrack: ${ids.join(' ')} ${parsed?.dataset ?? ''} ${parsed?.model ?? ''} — ${options.intent}`.replace(/\s+—/, ' —');
        const commit = await (0,git/* commitPaths */.cH)(worktree, paths, message, { identity: options.identity });
        const pushed = await (0,git/* pushAtomic */.uE)(expDir, remote, [
            { ref: branchRef, oid: commit, expect: refs.get(branchRef) ?? '' },
            ...ids.map((id) => ({ ref: `${core_ids/* ID_REF_PREFIX */.VF}${id}`, oid: commit, expect: '' })),
        ]);
        return pushed ? { branch: options.branch, commit, baseCommit, runs } : undefined;
    }
    finally {
        await (0,git/* removeWorktree */.IL)(expDir, worktree);
    }
}
/** Run folders under `root` at `<anything>/experiments/<run>` (an artifact per trial), ordered by trial index. */
async function findTrialRuns(root) {
    if (!(0,external_node_fs_.existsSync)(root))
        throw (0,errors/* badInput */.AN)(`trials-dir '${root}' does not exist.`);
    const found = [];
    for (const entry of await (0,promises_.readdir)(root, { recursive: true, withFileTypes: true })) {
        const parent = entry.parentPath ?? entry.path;
        if (!entry.isDirectory() || (0,external_node_path_.basename)(parent) !== rules_paths/* EXPERIMENTS_DIR */.vQ)
            continue;
        const parsed = (0,core_ids/* parseRunFolder */.h_)(entry.name);
        const dir = (0,external_node_path_.join)(parent, entry.name);
        if (!parsed || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'manifest.json')))
            continue;
        const label = (0,external_node_path_.relative)(root, dir).split(external_node_path_.sep).join('/');
        const manifest = (0,documents/* readJsonDocument */.E_)((0,external_node_path_.join)(dir, 'manifest.json'), 'manifest', `${label}/manifest.json`);
        const metrics = (0,documents/* readJsonDocument */.E_)((0,external_node_path_.join)(dir, 'metrics.json'), 'metrics', `${label}/metrics.json`);
        found.push({
            dir,
            provisionalId: parsed.experimentId,
            trial: manifest.inputs.scan?.trial_index,
            params: manifest.inputs.scan?.params,
            primary: metrics.primary_metric,
            loss: metrics.loss,
        });
    }
    return found.sort((a, b) => (a.trial ?? -1) - (b.trial ?? -1) || (a.dir < b.dir ? -1 : 1));
}
async function readFiles(root, paths) {
    const files = new Map();
    for (const path of paths) {
        const full = (0,external_node_path_.join)(root, path);
        const entries = (0,external_node_fs_.statSync)(full).isDirectory()
            ? (await (0,promises_.readdir)(full, { recursive: true, withFileTypes: true }))
                .filter((e) => e.isFile())
                .map((e) => (0,external_node_path_.join)(e.parentPath ?? e.path, e.name))
            : [full];
        for (const file of entries)
            files.set((0,external_node_path_.relative)(root, file).split(external_node_path_.sep).join('/'), await (0,promises_.readFile)(file));
    }
    return files;
}
//# sourceMappingURL=collect.js.map

/***/ })

};
