export const id = 218;
export const ids = [218,989];
export const modules = {

/***/ 6442:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ buildFolderAtomically),
/* harmony export */   Py: () => (/* binding */ makeStagingDir),
/* harmony export */   V: () => (/* binding */ removeStagingDir),
/* harmony export */   aR: () => (/* binding */ sweepDeadStaging),
/* harmony export */   vE: () => (/* binding */ writeFolderAtomically)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _owner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2796);




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
/**
 * A fresh staging folder owned by this process: its name carries our pid and start time, so a later command can
 * tell a killed process's leftover (removed by sweepDeadStaging) from a live one's work in progress (left alone).
 */
async function makeStagingDir(stagingRoot) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stagingRoot, `${(0,_owner_js__WEBPACK_IMPORTED_MODULE_3__/* .ownerTag */ .qE)()}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.partial`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    return dir;
}
/** Lets `fill` write into a fresh staging folder, then renames it to `target`; on any error nothing remains. */
async function buildFolderAtomically(target, stagingRoot, fill) {
    const staging = await makeStagingDir(stagingRoot);
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
/** Removes staging folders whose owning process is gone (killed mid-write); returns their names. */
async function sweepDeadStaging(stagingRoot) {
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(stagingRoot);
    }
    catch {
        return [];
    }
    const swept = [];
    for (const name of names) {
        const owner = (0,_owner_js__WEBPACK_IMPORTED_MODULE_3__/* .parseOwnerTag */ .D9)(name);
        // Names without an owner tag come from mtrack versions before ownership: nobody can be writing them now.
        if (owner && (0,_owner_js__WEBPACK_IMPORTED_MODULE_3__/* .isOwnerAlive */ .Jc)(owner))
            continue;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stagingRoot, name), { recursive: true, force: true });
        swept.push(name);
    }
    await removeIfEmpty(stagingRoot);
    return swept;
}
/** Removes a staging folder this process made, and the staging root with it when nothing else is in there. */
async function removeStagingDir(staging) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
    await removeIfEmpty((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(staging));
}
async function removeIfEmpty(dir) {
    // rmdir, not rm -r: it fails on a folder another process has just started to fill, which must stay.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rmdir)(dir).catch(() => undefined);
}
//# sourceMappingURL=staging.js.map

/***/ }),

/***/ 1002:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectTrials: () => (/* binding */ collectTrials),
  M: () => (/* binding */ findTrialRuns)
});

// EXTERNAL MODULE: ./lib/src/app/run/experiment-ids.js
var experiment_ids = __webpack_require__(4558);
// EXTERNAL MODULE: ./lib/src/app/run/folder-files.js
var folder_files = __webpack_require__(880);
// EXTERNAL MODULE: ./lib/src/app/run/run-records.js
var run_records = __webpack_require__(7074);
// EXTERNAL MODULE: ./lib/src/core/rules/paths.js
var rules_paths = __webpack_require__(8268);
// EXTERNAL MODULE: ./lib/src/app/run/run-index.js + 1 modules
var run_index = __webpack_require__(2926);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(8262);
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
// EXTERNAL MODULE: ./lib/src/core/rules/commit-message.js
var commit_message = __webpack_require__(8501);
// EXTERNAL MODULE: ./lib/src/adapters/git/index.js + 8 modules
var git = __webpack_require__(8043);
// EXTERNAL MODULE: ./lib/src/app/action/restamp.js + 1 modules
var restamp = __webpack_require__(768);
// EXTERNAL MODULE: ./lib/src/app/action/collected-runs.js
var collected_runs = __webpack_require__(5493);
// EXTERNAL MODULE: ./lib/src/core/keep-refs.js
var keep_refs = __webpack_require__(3946);
;// CONCATENATED MODULE: ./lib/src/app/action/keep-refs.js



/**
 * The keep-refs (`refs/mtrack/commits/<sha>`) the remote still lacks for the commits the runs are stamped with,
 * as lease-guarded creations for collect's atomic push. A keep-ref already there has the same value by
 * construction and is left alone; one created meanwhile by a concurrent collect fails the lease and the retry
 * finds it. Each stamped commit must be in the local object database for git to push a ref to it: a trial's
 * commit is the PR head collect's checkout holds; one missing there is fetched from the remote first.
 */
async function missingKeepRefs(expDir, remote, runs, baseCommit) {
    // A commit already in the base branch's history (a baseline run, a trial of a PR merged meanwhile) needs no ref.
    const inBase = (c) => (0,git/* isAncestor */.QX)(expDir, c, baseCommit);
    const distinct = [...new Set(runs.map((r) => r.commit))];
    const based = await Promise.all(distinct.map(inBase));
    const commits = distinct.filter((_, i) => !based[i]);
    if (commits.length === 0)
        return [];
    const present = await (0,git/* remoteRefs */.dM)(expDir, remote, commits.map(keep_refs/* keepRef */.HD));
    const wanted = commits.filter((c) => !present.has((0,keep_refs/* keepRef */.HD)(c)));
    const local = await (0,git/* objectSizes */.Et)(expDir, wanted.map((c) => `${c}^{commit}`));
    for (const commit of wanted.filter((c) => local.get(`${c}^{commit}`) === undefined)) {
        const fetched = await (0,git/* spawnGit */.Iz)(['fetch', '--no-tags', '--quiet', remote.url, commit], { cwd: expDir, remote });
        if (fetched.code !== 0) {
            const run = runs.find((r) => r.commit === commit)?.folder;
            throw (0,errors/* badInput */.AN)(`${run}/manifest.json git.commit: '${commit}' is neither in this checkout nor fetchable from the remote; collect cannot keep the commit the run was trained on.`, 'Check out the experiment repo with fetch-depth: 0 in the collect job.');
        }
    }
    return wanted.map((c) => ({ ref: (0,keep_refs/* keepRef */.HD)(c), oid: c, expect: '' }));
}
//# sourceMappingURL=keep-refs.js.map
;// CONCATENATED MODULE: ./lib/src/app/action/push-and-reserve.js




/**
 * Pushes the bot branch and its id reservations. With a PR to open, the branch goes first (GitHub needs it to
 * exist), then the PR, then the reservations atomically with a lease on the branch; when the PR cannot be opened the
 * branch is put back and no id is reserved. Returns undefined when a lease failed (retry with fresh ids).
 */
async function pushAndReserve(options, result, previous, newIds, carriedIds) {
    const { expDir, remote } = options;
    const branchRef = `refs/heads/${options.branch}`;
    const branch = [
        { ref: branchRef, oid: result.commit, expect: previous ?? '' },
        ...carriedIds.map((id) => ({ ref: `${core_ids/* ID_REF_PREFIX */.VF}${id}`, oid: result.commit, expect: previous ?? '' })),
    ];
    // The stamped commits' keep-refs go with the first push of the branch: from the moment the bot PR exists, the
    // verify job can fetch them (see core/keep-refs.ts). They are not taken back with a branch that is put back: a
    // keep-ref only pins a commit that already was a PR head.
    const keep = await missingKeepRefs(expDir, remote, result.runs, result.baseCommit);
    const reservations = newIds.map((id) => ({
        ref: `${core_ids/* ID_REF_PREFIX */.VF}${id}`,
        oid: result.commit,
        expect: '',
    }));
    if (!options.openPullRequest) {
        const pushed = await (0,git/* pushAtomic */.uE)(expDir, remote, [...branch, ...keep, ...reservations]);
        return pushed ? result : undefined;
    }
    if (!(await (0,git/* pushAtomic */.uE)(expDir, remote, [...branch, ...keep])))
        return undefined;
    let pullRequest;
    try {
        pullRequest = await options.openPullRequest(result);
    }
    catch (error) {
        const restored = await (0,git/* pushAtomic */.uE)(expDir, remote, branch.map((u) => ({ ref: u.ref, oid: previous ?? '', expect: result.commit })));
        throw new errors/* MtrackError */.Bl('NETWORK', `collect: could not open the bot pull request for '${options.branch}': ${error instanceof Error ? error.message : String(error)}. No id was reserved${restored ? ` and '${options.branch}' was put back` : ''}.`, {
            cause: error,
            hint: 'If GitHub says Actions may not create pull requests, turn on Settings > Actions > General > "Allow GitHub Actions to create and approve pull requests", or pass an App token (docs/action.md).',
        });
    }
    const reserved = await (0,git/* pushAtomic */.uE)(expDir, remote, [
        { ref: branchRef, oid: result.commit, expect: result.commit },
        ...reservations,
    ]);
    return reserved ? { ...result, pullRequest } : undefined;
}
//# sourceMappingURL=push-and-reserve.js.map
// EXTERNAL MODULE: ./lib/src/app/verify/verify.js + 19 modules
var verify = __webpack_require__(4662);
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
    const reserved = new Set([...refs.keys()].filter((r) => r.startsWith(core_ids/* ID_REF_PREFIX */.VF)).map((r) => r.slice(core_ids/* ID_REF_PREFIX */.VF.length)));
    const onBase = new Set(await (0,experiment_ids/* experimentIdsInHistory */.BU)(expDir, baseCommit));
    // Runs an earlier collect put on the bot branch stay (with their reserved ids) when the branch is rebuilt, and
    // their reservation refs move to the rebuilt commit in the same push as the branch.
    const bot = options.keepCollected && refs.has(branchRef)
        ? await (0,git/* fetchCommit */.iH)(expDir, remote, branchRef, 'refs/mtrack-collect/bot')
        : undefined;
    const carriedFolders = bot
        ? (await (0,collected_runs/* botRunFolders */.gh)(expDir, bot, baseCommit)).filter((f) => {
            const id = (0,core_ids/* parseRunFolder */.h_)(f)?.experimentId;
            // Held by this branch: its reservation points at the branch tip (each rebuild moves it along).
            return id !== undefined && refs.get(`${core_ids/* ID_REF_PREFIX */.VF}${id}`) === bot && !onBase.has(id);
        })
        : [];
    // Next to the checkout, so mtrack.yaml's relative paths (../mtrack-data) resolve to the same folders.
    const worktree = (0,external_node_path_.join)((0,external_node_path_.dirname)(expDir), `.mtrack-collect-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    await (0,git/* addWorktree */.l)(expDir, worktree, baseCommit);
    try {
        const paths = carriedFolders.map((f) => `${rules_paths/* EXPERIMENTS_DIR */.vQ}/${f}`);
        await (0,git/* restorePaths */.Bb)(worktree, bot, paths);
        const runs = [];
        for (const folder of carriedFolders) {
            const { dir: _dir, ...facts } = readTrialRun((0,external_node_path_.join)(worktree, rules_paths/* EXPERIMENTS_DIR */.vQ, folder), `${rules_paths/* EXPERIMENTS_DIR */.vQ}/${folder}`);
            runs.push({
                ...facts,
                experimentId: (0,core_ids/* parseRunFolder */.h_)(folder)?.experimentId,
                folder: `${rules_paths/* EXPERIMENTS_DIR */.vQ}/${folder}`,
            });
        }
        const known = new Set(runs.map((r) => r.configHash));
        const fresh = trials.filter((t) => !known.has(t.configHash));
        for (const t of trials.filter((t) => known.has(t.configHash)))
            options.log(`mtrack: collect: trial ${t.trial ?? '-'} is already on '${options.branch}' (same config), not added again.`);
        const ids = (0,core_ids/* assignExperimentIds */.fI)([...onBase, ...reserved], fresh.length);
        for (const [i, trial] of fresh.entries()) {
            const folder = await (0,restamp/* restampRunFolder */.k)(trial.dir, (0,external_node_path_.join)(worktree, rules_paths/* EXPERIMENTS_DIR */.vQ), ids[i], (0,external_node_path_.join)(worktree, '.mtrack', 'staging'), options.pullRequest);
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
        const files = await (0,folder_files/* readFolderFiles */.o)(worktree, ...paths);
        const violations = await (0,verify/* verifyProposedCommit */.fA)(worktree, files);
        if (violations.length > 0) {
            throw (0,errors/* checkFailed */.s_)(`collect: the collected runs break the stamping rules, nothing pushed: ${violations.map(verify.formatViolation).join(' ')}`);
        }
        const message = (0,commit_message/* formatRunCommitSubject */.M2)(runs.map((r) => r.folder), options.intent);
        paths.push(await (0,run_index/* writeRunIndex */.V)(worktree, runs.map((r) => r.folder)));
        const commit = await (0,git/* commitPaths */.cH)(worktree, paths, message, { identity: options.identity });
        const result = { branch: options.branch, commit, baseCommit, runs, added: fresh.length };
        const carriedIds = carriedFolders.map((f) => (0,core_ids/* parseRunFolder */.h_)(f)?.experimentId);
        return await pushAndReserve(options, result, refs.get(branchRef), ids, carriedIds);
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
        found.push(readTrialRun(dir, (0,external_node_path_.relative)(root, dir).split(external_node_path_.sep).join('/')));
    }
    return found.sort((a, b) => (a.trial ?? -1) - (b.trial ?? -1) || (a.dir < b.dir ? -1 : 1));
}
function readTrialRun(dir, label) {
    const { manifest, metrics } = (0,run_records/* readRunDocuments */.ei)(dir, label);
    return {
        dir,
        provisionalId: manifest.experiment_id,
        trial: manifest.inputs.scan?.trial_index,
        params: manifest.inputs.scan?.params,
        scanHash: manifest.inputs.scan?.scan_hash,
        // A failed trial has no primary metric or loss: listed as failed (NaN renders as such), never dropped.
        primary: metrics.primary_metric ?? { name: 'failed', value: Number.NaN },
        loss: metrics.loss ?? Number.NaN,
        configHash: manifest.stamp.config_hash,
        ...(metrics.status === 'failed' ? { failure: metrics.failure?.reason ?? 'unknown failure' } : {}),
        commit: manifest.git.commit,
    };
}
//# sourceMappingURL=collect.js.map

/***/ }),

/***/ 5493:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collectedTrials: () => (/* binding */ collectedTrials),
/* harmony export */   gh: () => (/* binding */ botRunFolders)
/* harmony export */ });
/* unused harmony exports runFoldersAt, runDocumentsAt */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _core_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1306);
/* harmony import */ var _core_rules_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8268);
/* harmony import */ var _run_run_records_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7074);
/* harmony import */ var _adapters_documents_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1901);
/* harmony import */ var _adapters_git_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8043);






/** Run folder names under experiments/ at `commit`. */
async function runFoldersAt(dir, commit) {
    return (await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_5__/* .lsTree */ .kb)(dir, commit, [`${_core_rules_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .EXPERIMENTS_DIR */ .vQ}/`]))
        .map((e) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(e.path))
        .filter((name) => (0,_core_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRunFolder */ .h_)(name) !== undefined);
}
/** The run folders a bot branch adds on top of its base (the runs collect brought in), by folder name. */
async function botRunFolders(dir, botCommit, baseCommit) {
    const onBase = new Set(await runFoldersAt(dir, baseCommit));
    return (await runFoldersAt(dir, botCommit)).filter((f) => !onBase.has(f));
}
/** The manifests and metrics of `folders` at `commit`, read in one `git cat-file --batch`. */
async function runDocumentsAt(dir, commit, folders) {
    const path = (f, file) => `${commit}:${_core_rules_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .EXPERIMENTS_DIR */ .vQ}/${f}/${file}`;
    const bytes = await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_5__/* .readObjects */ .$I)(dir, folders.flatMap((f) => [path(f, 'manifest.json'), path(f, 'metrics.json')]));
    const parse = (f, file, kind) => {
        const b = bytes.get(path(f, file));
        return b
            ? (0,_adapters_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJsonDocument */ .dH)(Buffer.from(b).toString('utf8'), kind, `${_core_rules_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .EXPERIMENTS_DIR */ .vQ}/${f}/${file}`)
            : undefined;
    };
    return folders.flatMap((f) => {
        const manifest = parse(f, 'manifest.json', 'manifest');
        const metrics = parse(f, 'metrics.json', 'metrics');
        return manifest ? [{ manifest, ...(metrics ? { metrics } : {}) }] : [];
    });
}
/**
 * The runs a PR's scan already brought in: the runs on its bot branch (not on base), and runs on base stamped with
 * its PR number (a merged bot PR). resolve skips trials with their config hashes (a push that does not change the
 * scan trains nothing, a changed scan trains only its new trials) and bayes learns the next wave from their metrics.
 */
async function collectedTrials(dir, remote, scan) {
    const baseRef = `refs/heads/${scan.base}`;
    const botRef = `refs/heads/${scan.branch}`;
    const refs = await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_5__/* .remoteRefs */ .dM)(dir, remote, [baseRef, botRef]);
    if (!refs.has(baseRef))
        return [];
    const base = await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_5__/* .fetchCommit */ .iH)(dir, remote, baseRef, 'refs/mtrack-resolve/base');
    const runs = (await runDocumentsAt(dir, base, await runFoldersAt(dir, base))).filter((r) => r.manifest.git.pull_request === scan.pullRequest);
    if (refs.has(botRef)) {
        const bot = await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_5__/* .fetchCommit */ .iH)(dir, remote, botRef, 'refs/mtrack-resolve/bot');
        runs.push(...(await runDocumentsAt(dir, bot, await botRunFolders(dir, bot, base))));
    }
    return runs.map(({ manifest, metrics }) => ({
        ...(manifest.inputs.scan ? { scanHash: manifest.inputs.scan.scan_hash } : {}),
        params: manifest.inputs.scan?.params ?? {},
        value: (0,_run_run_records_js__WEBPACK_IMPORTED_MODULE_3__/* .scoredValue */ .oZ)(metrics), // a failed run (or one without metrics) counts as the worst result
        configHash: manifest.stamp.config_hash,
        ...(metrics?.history ? { history: metrics.history } : {}),
    }));
}
//# sourceMappingURL=collected-runs.js.map

/***/ }),

/***/ 768:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ restampRunFolder)
});

// EXTERNAL MODULE: ./lib/src/core/rules/paths.js
var rules_paths = __webpack_require__(8268);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/core/hash.js
var hash = __webpack_require__(3442);
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
    const { inputs, outputs } = docs.manifest;
    const ids = [
        ['manifest.json experiment_id', docs.manifest.experiment_id],
        ['manifest.json stamp.experiment_id', docs.manifest.stamp.experiment_id],
        ['metrics.json experiment_id', docs.metrics.experiment_id],
    ];
    for (const [field, value] of ids) {
        if (value !== oldId)
            throw (0,errors/* badInput */.AN)(`${docs.folder}/${field}: expected '${oldId}' (the folder's id), got '${String(value)}'.`);
    }
    const paths = [
        ['inputs.config.resolved_path', inputs.config.resolved_path],
        ...OUTPUT_PATHS.map((k) => [`outputs.${k}`, outputs[k]]),
    ];
    for (const [field, value] of paths) {
        if (typeof value !== 'string' || !value.startsWith(oldPrefix)) {
            throw (0,errors/* badInput */.AN)(`${docs.folder}/manifest.json ${field}: expected a path under '${oldPrefix}', got '${String(value)}'.`);
        }
    }
    const heading = new RegExp(`^# ${oldId}\\b`, 'm');
    if (!heading.test(docs.notes))
        throw (0,errors/* badInput */.AN)(`${docs.folder}/notes.md: expected a '# ${oldId} …' heading.`);
    const folder = (0,core_ids/* formatRunFolder */.bM)({ ...parsed, experimentId: newId });
    const newPrefix = `${rules_paths/* EXPERIMENTS_DIR */.vQ}/${folder}/`;
    const movePath = (value) => newPrefix + value.slice(oldPrefix.length);
    const manifest = structuredClone(docs.manifest);
    manifest.experiment_id = newId;
    manifest.stamp.experiment_id = newId;
    manifest.inputs.config.resolved_path = movePath(manifest.inputs.config.resolved_path);
    for (const key of OUTPUT_PATHS)
        manifest.outputs[key] = movePath(manifest.outputs[key]);
    const metrics = { ...structuredClone(docs.metrics), experiment_id: newId };
    const notes = docs.notes.replace(heading, `# ${newId}`);
    return { folder, manifest, metrics, notes };
}
/**
 * Rewrites every id of `ids` (old -> new) in `text` in one pass, so E0003 -> E0004 beside E0004 -> E0005 never chains.
 * Matches inside run folder names too (`…__E0003`), which `\b` would miss after an underscore.
 */
function renumberIds(text, ids) {
    if (ids.size === 0)
        return text;
    const pattern = new RegExp(`(?<![A-Za-z0-9])(${[...ids.keys()].join('|')})(?!\\d)`, 'g');
    return text.replace(pattern, (id) => ids.get(id) ?? id);
}
/** A reproduction record (schemas/reproduction.schema.json) moved to its run's new id, folder and record number. */
function restampReproduction(record, to) {
    return {
        ...record,
        experiment_id: to.experimentId,
        run_folder: to.runFolder,
        reproduction_id: to.reproductionId,
    };
}
//# sourceMappingURL=restamp.js.map
// EXTERNAL MODULE: ./lib/src/core/run-files.js
var run_files = __webpack_require__(7999);
// EXTERNAL MODULE: ./lib/src/adapters/documents.js
var documents = __webpack_require__(1901);
// EXTERNAL MODULE: ./lib/src/adapters/fs/staging.js
var staging = __webpack_require__(6442);
;// CONCATENATED MODULE: ./lib/src/app/action/restamp.js








/**
 * Copies the run folder `source` to `<targetRunsDir>/<folder under newId>` with its stamp rewritten for `newId`
 * (the copy is built in `stagingRoot` and renamed into place), recording `pullRequest` when given. Returns the new
 * folder name.
 */
async function restampRunFolder(source, targetRunsDir, newId, stagingRoot, pullRequest) {
    const folder = (0,external_node_path_.basename)(source);
    const label = `${rules_paths/* EXPERIMENTS_DIR */.vQ}/${folder}`;
    const docs = restampDocuments({
        folder,
        manifest: (0,documents/* readJsonDocument */.E_)((0,external_node_path_.join)(source, 'manifest.json'), 'manifest', `${label}/manifest.json`),
        metrics: (0,documents/* readJsonDocument */.E_)((0,external_node_path_.join)(source, 'metrics.json'), 'metrics', `${label}/metrics.json`),
        notes: await (0,promises_.readFile)((0,external_node_path_.join)(source, 'notes.md'), 'utf8'),
    }, newId);
    const newLabel = `${rules_paths/* EXPERIMENTS_DIR */.vQ}/${docs.folder}`;
    // metrics.json changes with the id, so its hash in manifest `files` is recomputed; the manifest and notes.md
    // are not covered by `files`, and every other file is copied byte for byte.
    const metricsText = (0,documents/* jsonDocumentText */.$3)('metrics', docs.metrics, `${newLabel}/metrics.json`);
    const restamped = (0,run_files/* withFileHash */.bk)(docs.manifest, 'metrics.json', (0,hash/* sha256 */.sc)(metricsText));
    // A squash merge drops the PR head (git_commit) from the base's history: the PR number says where it lived.
    const manifest = pullRequest === undefined ? restamped : { ...restamped, git: { ...restamped.git, pull_request: pullRequest } };
    await (0,staging/* buildFolderAtomically */.E7)((0,external_node_path_.join)(targetRunsDir, docs.folder), stagingRoot, async (staging) => {
        await (0,promises_.cp)(source, staging, { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(staging, 'manifest.json'), (0,documents/* jsonDocumentText */.$3)('manifest', manifest, `${newLabel}/manifest.json`));
        await (0,promises_.writeFile)((0,external_node_path_.join)(staging, 'metrics.json'), metricsText);
        await (0,promises_.writeFile)((0,external_node_path_.join)(staging, 'notes.md'), docs.notes);
    });
    return docs.folder;
}
//# sourceMappingURL=restamp.js.map

/***/ }),

/***/ 4558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ experimentIdsInHistory),
/* harmony export */   uQ: () => (/* binding */ allocateExperimentId)
/* harmony export */ });
/* unused harmony export usedExperimentIds */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8262);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_ids_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1306);
/* harmony import */ var _core_rules_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8268);
/* harmony import */ var _adapters_git_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8043);
/* harmony import */ var _verify_verify_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6755);






/**
 * Every experiment id this repo has ever used or promised: run folders at HEAD and anywhere in its history (a
 * deleted run's id is never handed out again), ids reserved by the Action (`refs/mtrack/ids/*`) and folders in the
 * working tree (a run being committed, or one left by `--no-commit`). The one source of ids for local runs and collect.
 */
async function usedExperimentIds(expDir) {
    const head = await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_4__.headCommit)(expDir);
    const ids = new Set(head ? await experimentIdsInHistory(expDir, head) : []);
    for (const name of await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_4__/* .listRefNames */ .UC)(expDir, _core_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .ID_REF_PREFIX */ .VF))
        ids.add(name);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(expDir, _core_rules_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .EXPERIMENTS_DIR */ .vQ);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir))
            addId(ids, name);
    return [...ids];
}
/**
 * Ids of run folders at `rev` and of run folders deleted anywhere in its history. The deletions come from the
 * incremental index verify keeps (verify-history.ts): a full `git log --diff-filter=D` walk took seconds per run
 * at 10,000 runs of history. The index may also hold deletions from other branches: such ids are skipped too.
 */
async function experimentIdsInHistory(dir, rev) {
    const ids = new Set();
    const commit = /^[0-9a-f]{40}$/.test(rev) ? rev : await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_4__/* .tryResolveCommit */ .Fl)(dir, rev);
    for (const entry of await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_4__/* .lsTree */ .kb)(dir, rev, [`${_core_rules_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .EXPERIMENTS_DIR */ .vQ}/`]))
        addId(ids, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(entry.path));
    for (const path of commit ? await (0,_verify_verify_history_js__WEBPACK_IMPORTED_MODULE_5__/* .deletedRunPaths */ .H)(dir, commit, true) : [])
        if (path.startsWith(`${_core_rules_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .EXPERIMENTS_DIR */ .vQ}/`))
            addId(ids, path.split('/')[1] ?? '');
    return [...ids];
}
function addId(ids, folder) {
    const id = (0,_core_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRunFolder */ .h_)(folder)?.experimentId;
    if (id)
        ids.add(id);
}
async function allocateExperimentId(expDir) {
    return (0,_core_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .nextExperimentId */ .QO)(await usedExperimentIds(expDir));
}
//# sourceMappingURL=experiment-ids.js.map

/***/ }),

/***/ 880:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ listFiles),
/* harmony export */   o: () => (/* binding */ readFolderFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8262);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);



/** Files under `dir`, as sorted '/'-separated paths relative to it (none when it does not exist). */
async function listFiles(dir) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        return [];
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { recursive: true, withFileTypes: true });
    return entries
        .filter((e) => e.isFile())
        .map((e) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(e.parentPath ?? e.path, e.name))
        .split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep)
        .join('/'))
        .sort();
}
/**
 * The bytes of every file under `root/path` (a folder, or a single file), keyed by repo-relative path: what a
 * commit of those paths holds.
 */
async function readFolderFiles(root, ...paths) {
    const files = new Map();
    for (const path of paths) {
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path))).isFile()) {
            files.set(path, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path)));
            continue;
        }
        for (const rel of await listFiles((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path)))
            files.set(`${path}/${rel}`, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path, rel)));
    }
    return files;
}
//# sourceMappingURL=folder-files.js.map

/***/ }),

/***/ 2926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ writeRunIndex)
});

// UNUSED EXPORTS: INDEX_PATH

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(8262);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/core/ids.js
var ids = __webpack_require__(1306);
;// CONCATENATED MODULE: ./lib/src/core/index/run-index.js
/** The line after which experiments/README.md is mtrack's: the text above it is the user's and is kept. */
const INDEX_MARKER = '<!-- mtrack: runs index, one line per run sorted by id, regenerated with each run -->';
const HEADER = [
    '| id | date | dataset | model | primary metric | intent | status |',
    '| --- | --- | --- | --- | --- | --- | --- |',
];
/**
 * experiments/README.md with its index regenerated: the existing text up to INDEX_MARKER, then one table line per
 * run sorted by id. One line per run is what lets `merge=union` (.gitattributes) merge two branches' runs.
 */
function renderRunIndex(existing, rows) {
    const at = existing.indexOf(INDEX_MARKER);
    const head = at >= 0 ? existing.slice(0, at) : `${existing.replace(/\n*$/, '')}\n\n`;
    const sorted = [...rows].sort((a, b) => idNumber(a.experimentId) - idNumber(b.experimentId));
    const lines = sorted.map((r) => `| ${[r.experimentId, r.date, r.dataset, r.model, r.primary, r.intent, r.status].map(cell).join(' | ')} |`);
    return `${head}${INDEX_MARKER}\n\n${[...HEADER, ...lines].join('\n')}\n`;
}
function cell(text) {
    return text.replace(/\s+/g, ' ').replaceAll('|', '\\|').trim() || '-';
}
function idNumber(id) {
    return Number(id.slice(1));
}
//# sourceMappingURL=run-index.js.map
// EXTERNAL MODULE: ./lib/src/core/rules/paths.js
var paths = __webpack_require__(8268);
// EXTERNAL MODULE: ./lib/src/adapters/git/index.js + 8 modules
var git = __webpack_require__(8043);
// EXTERNAL MODULE: ./lib/src/app/run/run-records.js
var run_records = __webpack_require__(7074);
;// CONCATENATED MODULE: ./lib/src/app/run/run-index.js








const INDEX_PATH = `${paths/* EXPERIMENTS_DIR */.vQ}/README.md`;
/**
 * Regenerates experiments/README.md from the runs committed at HEAD plus `landing` (folders about to be committed
 * with it); runs left in the working tree uncommitted (`--no-commit`) are not listed. Call under the repo lock.
 */
async function writeRunIndex(expDir, landing) {
    const committed = (await (0,git/* lsTree */.kb)(expDir, 'HEAD', [`${paths/* EXPERIMENTS_DIR */.vQ}/`]))
        .filter((e) => e.type === 'tree')
        .map((e) => e.path);
    const listed = new Set([...committed, ...landing]);
    const rows = (0,run_records/* collectRunRecords */.Ij)(expDir)
        .filter((r) => listed.has(r.folder))
        .map((r) => ({
        experimentId: r.experimentId,
        date: r.createdUtc.slice(0, 10),
        dataset: `${datasetOf(r.folder)} ${r.dataset}`,
        model: (0,ids/* parseRunFolder */.h_)(r.folder.slice(paths/* EXPERIMENTS_DIR */.vQ.length + 1))?.model ?? '-',
        primary: r.primaryValue === null ? '-' : `${r.primary.name} ${r.primary.value.toFixed(4)}`,
        intent: r.intent,
        status: r.status,
    }));
    const path = (0,external_node_path_.join)(expDir, INDEX_PATH);
    const existing = (0,external_node_fs_.existsSync)(path) ? await (0,promises_.readFile)(path, 'utf8') : '# Experiments\n';
    await (0,promises_.writeFile)(path, renderRunIndex(existing, rows));
    return INDEX_PATH;
}
function datasetOf(folder) {
    return (0,ids/* parseRunFolder */.h_)(folder.slice(paths/* EXPERIMENTS_DIR */.vQ.length + 1))?.dataset ?? '-';
}
//# sourceMappingURL=run-index.js.map

/***/ }),

/***/ 7074:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ collectRunRecords),
/* harmony export */   ei: () => (/* binding */ readRunDocuments),
/* harmony export */   oZ: () => (/* binding */ scoredValue)
/* harmony export */ });
/* unused harmony export listRunFolders */
/* harmony import */ var _core_rules_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8268);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8262);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _core_ids_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1306);
/* harmony import */ var _adapters_documents_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1901);





/** The value a run is scored by (scans, tables): its primary metric, or null for a failed run (the worst). */
function scoredValue(metrics) {
    return metrics && metrics.status !== 'failed' && metrics.primary_metric ? metrics.primary_metric.value : null;
}
/** The run folders under experiments/, as `experiments/<run>`, ascending by name. */
function listRunFolders(expDir) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(expDir, _core_rules_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .EXPERIMENTS_DIR */ .vQ);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(dir))
        return [];
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir)
        .filter((name) => (0,_core_ids_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRunFolder */ .h_)(name))
        .sort()
        .map((name) => `${_core_rules_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .EXPERIMENTS_DIR */ .vQ}/${name}`);
}
/** A run folder's manifest and metrics, validated against their schemas (`label` names the folder in errors). */
function readRunDocuments(dir, label) {
    return {
        manifest: (0,_adapters_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .readJsonDocument */ .E_)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'manifest.json'), 'manifest', `${label}/manifest.json`),
        metrics: (0,_adapters_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .readJsonDocument */ .E_)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'metrics.json'), 'metrics', `${label}/metrics.json`),
    };
}
/** Reads every run folder's manifest and metrics, validated against their schemas. */
function collectRunRecords(expDir) {
    return listRunFolders(expDir).map((folder) => {
        const { manifest: m, metrics } = readRunDocuments((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(expDir, folder), folder);
        return {
            experimentId: m.experiment_id,
            folder,
            createdUtc: m.created_utc,
            intent: m.intent,
            status: metrics.status ?? 'ok',
            dataset: m.inputs.dataset.revision_id,
            configHash: m.inputs.config.config_hash,
            scanHash: m.inputs.scan?.scan_hash,
            scanMethod: m.inputs.scan?.method,
            scanTrial: m.inputs.scan?.trial_index,
            scanParams: m.inputs.scan?.params,
            // A failed run has no value: NaN prints as such in tables; the scan engine reads primaryValue (null = worst).
            primary: metrics.primary_metric ?? { name: '(failed)', value: NaN },
            primaryValue: scoredValue(metrics),
            loss: metrics.loss ?? NaN,
            backend: m.environment.backend,
            trainExamples: metrics.train?.examples,
        };
    });
}
//# sourceMappingURL=run-records.js.map

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
