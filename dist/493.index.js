export const id = 493;
export const ids = [493,989];
export const modules = {

/***/ 1901:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ jsonDocumentText),
/* harmony export */   E_: () => (/* binding */ readJsonDocument),
/* harmony export */   HS: () => (/* binding */ readYamlDocument),
/* harmony export */   dH: () => (/* binding */ parseJsonDocument),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony export parseYamlDocument */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8262);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7657);
/* harmony import */ var _core_unsafe_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2469);
/* harmony import */ var _core_yaml_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(989);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7612);






/** Reads a file, turning "no such file" into a one-line NOT_FOUND naming it. */
function readText(path, label = path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .notFound */ .mX)(`${label}: file not found.`);
        throw error;
    }
}
/** Parses JSON text and validates it against schema `name`; errors name the file and field. */
function parseJsonDocument(text, name, label) {
    let data;
    let unsafe;
    try {
        data = JSON.parse(text, (key, value) => {
            unsafe ??= (0,_core_unsafe_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .isUnsafeKey */ .ez)(key) ? key : undefined;
            return value;
        });
    }
    catch (error) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(`${label}: not valid JSON (${error.message}).`);
    }
    if (unsafe)
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(`${label} ${unsafe}: ${(0,_core_unsafe_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .unsafeKeyMessage */ .pu)(unsafe)}.`);
    return (0,_schemas_js__WEBPACK_IMPORTED_MODULE_4__/* .assertSchema */ .GU)(name, data, label);
}
function readJsonDocument(path, name, label = path) {
    return parseJsonDocument(readText(path, label), name, label);
}
/** Parses YAML text and validates it; errors carry `file:line:col field: message`. */
function parseYamlDocument(text, name, label) {
    const { doc, lines: lineCounter, data: parsed } = (0,_core_yaml_text_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlText */ .cd)(text, label);
    const data = parsed ?? {};
    const locate = (path, atKey) => {
        const node = nodeAt(doc.contents, path, atKey);
        const offset = node?.range?.[0];
        if (offset === undefined)
            return '';
        const pos = lineCounter.linePos(offset);
        return `:${pos.line}:${pos.col}`;
    };
    return (0,_schemas_js__WEBPACK_IMPORTED_MODULE_4__/* .assertSchema */ .GU)(name, data, label, locate);
}
function readYamlDocument(path, name, label = path) {
    return parseYamlDocument(readText(path, label), name, label);
}
// Walks down as far as the path exists, so a missing key points at its parent mapping.
function nodeAt(root, path, atKey) {
    let node = root;
    for (const [i, key] of path.entries()) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((p) => p.key?.value === key);
            if (!pair)
                return node;
            const last = i === path.length - 1;
            node = last && atKey ? pair.key : (pair.value ?? pair.key);
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node)) {
            const child = node.items[Number(key)];
            if (!child)
                return node;
            node = child;
        }
        else
            return node;
    }
    return node;
}
/** The JSON text mtrack writes (2-space indent, final newline), after validating `data` against its schema. */
function jsonDocumentText(name, data, label) {
    (0,_schemas_js__WEBPACK_IMPORTED_MODULE_4__/* .assertSchema */ .GU)(name, data, label);
    return `${JSON.stringify(data, null, 2)}\n`;
}
//# sourceMappingURL=documents.js.map

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

/***/ 1306:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N0: () => (/* binding */ isRevisionId),
/* harmony export */   QO: () => (/* binding */ nextExperimentId),
/* harmony export */   RE: () => (/* binding */ modelSlug),
/* harmony export */   VD: () => (/* binding */ isExperimentId),
/* harmony export */   VF: () => (/* binding */ ID_REF_PREFIX),
/* harmony export */   bM: () => (/* binding */ formatRunFolder),
/* harmony export */   fI: () => (/* binding */ assignExperimentIds),
/* harmony export */   h_: () => (/* binding */ parseRunFolder),
/* harmony export */   oo: () => (/* binding */ parseExperimentNumber)
/* harmony export */ });
/* unused harmony exports formatExperimentId, formatRevisionId, formatReproductionId, parseRevisionNumber, nextRevisionId, isCalendarDate */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7657);

// Canonical ids only: at least 4 digits and no extra leading zero, so one number has one spelling (E00001 is refused
// beside E0001, which would otherwise be two folders for one id).
const EXPERIMENT_ID = /^E(\d{4}|[1-9]\d{4,})$/;
const REVISION_ID = /^D(\d{4}|[1-9]\d{4,})$/;
function isExperimentId(value) {
    return EXPERIMENT_ID.test(value);
}
function isRevisionId(value) {
    return REVISION_ID.test(value);
}
function formatExperimentId(n) {
    return `E${String(n).padStart(4, '0')}`;
}
function formatRevisionId(n) {
    return `D${String(n).padStart(4, '0')}`;
}
/** A run's reproduction record number: R0001, R0002, … (reproductions/E####/R####.json). */
function formatReproductionId(n) {
    return `R${String(n).padStart(4, '0')}`;
}
function parseExperimentNumber(id) {
    const m = EXPERIMENT_ID.exec(id);
    if (!m)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`Invalid experiment id '${id}'. Expected E#### (e.g. E0007).`);
    return Number(m[1]);
}
function parseRevisionNumber(id) {
    const m = REVISION_ID.exec(id);
    if (!m)
        throw badInput(`Invalid dataset revision '${id}'. Expected D#### (e.g. D0002).`);
    return Number(m[1]);
}
/** The next id after the highest one in use (monotonic per repo: gaps are never refilled). */
function nextExperimentId(used) {
    return assignExperimentIds(used, 1)[0];
}
/** `count` consecutive ids after the highest one in `used` (ids already handed out elsewhere are in `used` too). */
function assignExperimentIds(used, count) {
    let max = 0;
    for (const id of used)
        if (isExperimentId(id))
            max = Math.max(max, parseExperimentNumber(id));
    return Array.from({ length: count }, (_, i) => formatExperimentId(max + 1 + i));
}
function nextRevisionId(used) {
    let max = 0;
    for (const id of used)
        if (isRevisionId(id))
            max = Math.max(max, parseRevisionNumber(id));
    return formatRevisionId(max + 1);
}
const RUN_FOLDER = /^(\d{4}-\d{2}-\d{2})__([a-z0-9][a-z0-9._-]*)__([a-z0-9][a-z0-9._-]*)__(E(?:\d{4}|[1-9]\d{4,}))$/;
/** Folder-safe short name of a model id: `lane99/resnet_mnist_digits` -> `resnet_mnist_digits`. */
function modelSlug(modelId) {
    const base = modelId.split('/').pop() ?? modelId;
    return base.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
}
function formatRunFolder(name) {
    return `${name.date}__${name.dataset}__${name.model}__${name.experimentId}`;
}
function parseRunFolder(folder) {
    const m = RUN_FOLDER.exec(folder);
    if (!m || !isCalendarDate(m[1]))
        return undefined;
    return { date: m[1], dataset: m[2], model: m[3], experimentId: m[4] };
}
/**
 * Experiment ids reserved for runs still in bot pull requests: refs `refs/mtrack/ids/E####` that the Action's
 * collect step pushes atomically with its branch, so concurrent scans (and local runs that fetched the refs with
 * `git fetch origin 'refs/mtrack/ids/*:refs/mtrack/ids/*'`) never take the same id.
 */
const ID_REF_PREFIX = 'refs/mtrack/ids/';
/** `YYYY-MM-DD` naming a real day (2026-02-30 is not one). */
function isCalendarDate(date) {
    const d = new Date(`${date}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}
//# sourceMappingURL=ids.js.map

/***/ }),

/***/ 8268:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ isMetricsFile),
/* harmony export */   HC: () => (/* binding */ isModelRef),
/* harmony export */   Kb: () => (/* binding */ REQUIRED_RUN_FILES),
/* harmony export */   TU: () => (/* binding */ RUN_DOCUMENTS),
/* harmony export */   Xm: () => (/* binding */ runFolderOf),
/* harmony export */   jL: () => (/* binding */ revisionFolderOf),
/* harmony export */   t0: () => (/* binding */ runPath),
/* harmony export */   vQ: () => (/* binding */ EXPERIMENTS_DIR)
/* harmony export */ });
const EXPERIMENTS_DIR = 'experiments';
/** Files every run folder must hold (the rest of the folder is free-form). */
const REQUIRED_RUN_FILES = [
    'manifest.json',
    'metrics.json',
    'config_resolved.yaml',
    'pointers/dataset_pointer.txt',
];
/** Files of a run folder whose bytes the content rules read. */
const RUN_DOCUMENTS = [...REQUIRED_RUN_FILES, 'pointers/artifact_store.txt'];
/** `experiments/<folder>/<rel>` -> { folder, rel }; files directly under experiments/ (README.md) are not in a run. */
function runFolderOf(path) {
    const parts = path.split('/');
    if (parts.length < 3 || parts[0] !== EXPERIMENTS_DIR)
        return undefined;
    return { folder: parts[1], rel: parts.slice(2).join('/') };
}
function runPath(folder, rel = '') {
    return rel ? `${EXPERIMENTS_DIR}/${folder}/${rel}` : `${EXPERIMENTS_DIR}/${folder}/`;
}
const REVISION_PATH = /^(datasets\/[^/]+\/revisions\/D\d{4,})\//;
/** `datasets/<id>/revisions/D####/...` -> `datasets/<id>/revisions/D####`. */
function revisionFolderOf(path) {
    return REVISION_PATH.exec(path)?.[1];
}
function isMetricsFile(path) {
    return basename(path) === 'metrics.json';
}
function isModelRef(path) {
    return path.startsWith('models/') && basename(path) === 'model_ref.json';
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
//# sourceMappingURL=paths.js.map

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
