export const id = 662;
export const ids = [662,722];
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

/***/ 2721:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ artifactStoreSettings),
/* harmony export */   nX: () => (/* binding */ artifactStoreRef),
/* harmony export */   oC: () => (/* binding */ checkArtifactStore)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _core_artifact_uri_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2307);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7657);
/* harmony import */ var _core_safe_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9895);
/* harmony import */ var _store_location_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3390);





// No store is opened here: the hooks import this module, and the S3 SDK stays out of their start-up.
/** mtrack.yaml `artifact_store`, or by default the dataset store with an `artifacts/` key prefix. */
function artifactStoreSettings(settings) {
    if (settings.artifact_store)
        return settings.artifact_store;
    const ds = settings.dataset_store;
    if (ds.type === 's3') {
        const prefix = ds.prefix.replace(/^\/+|\/+$/g, '');
        return { ...ds, prefix: prefix ? `${prefix}/artifacts` : 'artifacts' };
    }
    return { type: 'local_fs', root: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(ds.root.replace(/\\/g, '/'), 'artifacts') };
}
/**
 * Refuses (BAD_INPUT, before any training) a local artifact folder inside the experiment repo: its objects would
 * be files Git sees, the very thing the store keeps out of the repository.
 */
function checkArtifactStore(settings, expDir) {
    if (settings.type !== 'local_fs')
        return;
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(settings.root) ? settings.root : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(expDir, settings.root);
    if ((0,_core_safe_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(expDir, folder))
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(`mtrack.yaml artifact_store.root: '${settings.root}' is inside the experiment repo; expected a folder outside Git (e.g. ../ml-artifacts).`);
}
/** The artifact store as the rules are told about it (see core/artifact-uri.ts): no I/O. */
function artifactStoreRef(settings, expDir) {
    if (settings.type === 's3')
        return (0,_store_location_js__WEBPACK_IMPORTED_MODULE_4__/* .storeLocation */ .F)(settings);
    return (0,_core_artifact_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .localArtifactStoreRef */ .Wk)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(settings.root) ? settings.root : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(expDir, settings.root));
}
//# sourceMappingURL=artifact-settings.js.map

/***/ }),

/***/ 3390:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ storeLocation),
/* harmony export */   t: () => (/* binding */ s3Uri)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

/**
 * The store as committed documents record it: never a path of this machine. A relative local root is recorded as
 * written in mtrack.yaml; an absolute one only as a reference to that setting.
 */
function storeLocation(settings) {
    if (settings.type === 's3')
        return s3Uri(settings.bucket, settings.prefix);
    const root = settings.root.replace(/\\/g, '/');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(settings.root) || /^[A-Za-z]:/.test(root) ? 'mtrack.yaml#dataset_store.root' : root;
}
function s3Uri(bucket, key) {
    const trimmed = key.replace(/^\/+|\/+$/g, '');
    return trimmed ? `s3://${bucket}/${trimmed}` : `s3://${bucket}`;
}
//# sourceMappingURL=store-location.js.map

/***/ }),

/***/ 7341:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_LARGE_FILE_BYTES: () => (/* binding */ DEFAULT_LARGE_FILE_BYTES),
/* harmony export */   SETTINGS_FILE: () => (/* binding */ SETTINGS_FILE),
/* harmony export */   findExperimentRepo: () => (/* binding */ findExperimentRepo),
/* harmony export */   loadWorkspace: () => (/* binding */ loadWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8262);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7657);
/* harmony import */ var _adapters_documents_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1901);




const SETTINGS_FILE = 'mtrack.yaml';
const DEFAULT_LARGE_FILE_BYTES = 5 * 1024 * 1024;
/** Finds the experiment repo (the folder holding mtrack.yaml) at or above `start`. */
function findExperimentRepo(start) {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(start);
    for (;;) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, SETTINGS_FILE)))
            return dir;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir) {
            throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .notFound */ .mX)(`No ${SETTINGS_FILE} found in '${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(start)}' or above.`, 'Run `mtrack init <dir>` first, or pass --repo.');
        }
        dir = parent;
    }
}
function loadWorkspace(start) {
    const expDir = findExperimentRepo(start);
    const settings = (0,_adapters_documents_js__WEBPACK_IMPORTED_MODULE_3__/* .readYamlDocument */ .HS)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(expDir, SETTINGS_FILE), 'mtrack_config', SETTINGS_FILE);
    const at = (p) => ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(expDir, p));
    return {
        expDir,
        dataDir: at(settings.dataset_meta_repo),
        storeRoot: settings.dataset_store.type === 'local_fs' ? at(settings.dataset_store.root) : undefined,
        settings,
        datasetId: settings.default_dataset,
        largeFileBytes: settings.large_file_bytes ?? DEFAULT_LARGE_FILE_BYTES,
    };
}
//# sourceMappingURL=workspace.js.map

/***/ }),

/***/ 6755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ deletedRunPaths)
/* harmony export */ });
/* unused harmony export HISTORY_PATHS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8262);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _adapters_git_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8043);



// Run folders and metrics.json files anywhere: the paths whose deletion history the rules need.
const HISTORY_PATHS = ['experiments/', ':(glob)**/metrics.json'];
/**
 * Paths under HISTORY_PATHS deleted by any commit reachable from HEAD, from an incremental index in the git dir.
 * A full `git log --diff-filter=D` walk costs ~0.8 s at 1,000 commits, so the hooks walk history once and later
 * only `<indexed head>..HEAD`. The index is a union: deletions seen on a branch since abandoned stay in it, which
 * can only make the id / metrics checks stricter, never skip one.
 */
async function deletedRunPaths(cwd, head, strip) {
    const file = await cacheFile(cwd, strip);
    const cached = readCache(file);
    if (cached?.head === head)
        return cached.deleted;
    let deleted;
    try {
        deleted = cached
            ? [...new Set([...cached.deleted, ...(await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_2__/* .deletedPaths */ .Qq)(cwd, `${cached.head}..${head}`, HISTORY_PATHS, strip))])]
            : await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_2__/* .deletedPaths */ .Qq)(cwd, head, HISTORY_PATHS, strip);
    }
    catch {
        // The indexed commit is gone (gc after a rewrite): walk everything again.
        deleted = await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_2__/* .deletedPaths */ .Qq)(cwd, head, HISTORY_PATHS, strip);
    }
    writeCache(file, { version: 1, head, deleted });
    return deleted;
}
async function cacheFile(cwd, strip) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_2__/* .gitCommonDir */ .zp)(cwd, !strip), 'mtrack', 'deleted-paths.json');
}
function readCache(file) {
    try {
        const data = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        return data.version === 1 && typeof data.head === 'string' && Array.isArray(data.deleted) ? data : undefined;
    }
    catch {
        return undefined;
    }
}
function writeCache(file, cache) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
        const temp = `${file}.${process.pid}.tmp`;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temp, JSON.stringify(cache));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temp, file);
    }
    catch {
        // A read-only git dir only loses the speed-up.
    }
}
//# sourceMappingURL=verify-history.js.map

/***/ }),

/***/ 4662:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatViolation: () => (/* reexport */ formatViolation),
  fA: () => (/* binding */ verifyProposedCommit),
  verifyRange: () => (/* binding */ verifyRange)
});

// UNUSED EXPORTS: checkCommitMessage, verifyAll, verifyDataStaged, verifyStaged

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/adapters/git/index.js + 8 modules
var git = __webpack_require__(8043);
// EXTERNAL MODULE: ./lib/src/core/artifact-uri.js
var artifact_uri = __webpack_require__(2307);
// EXTERNAL MODULE: ./lib/src/core/safe-path.js
var safe_path = __webpack_require__(9895);
// EXTERNAL MODULE: ./lib/src/core/pointers.js
var pointers = __webpack_require__(5288);
;// CONCATENATED MODULE: ./lib/src/core/rules/run-documents.js

const decoder = new TextDecoder('utf-8', { fatal: false });
/**
 * Lenient readers of a run folder's documents for rules that must run even when the schema rule has already
 * refused a document (a forged manifest fails several rules at once): undefined when absent or unparsable.
 */
function manifestOf(run) {
    const bytes = run.documents.get('manifest.json');
    if (!bytes)
        return undefined;
    try {
        const data = JSON.parse(decoder.decode(bytes));
        return isRecord(data) ? data : undefined;
    }
    catch {
        return undefined;
    }
}
function datasetPointerOf(run) {
    const bytes = run.documents.get('pointers/dataset_pointer.txt');
    if (!bytes)
        return undefined;
    try {
        return (0,pointers/* parseKeyValueLines */.FF)(decoder.decode(bytes), 'pointers/dataset_pointer.txt');
    }
    catch {
        return undefined;
    }
}
/** The `<uri>  sha256:<hex>` lines of pointers/artifact_store.txt, with their line numbers. */
function artifactLinesOf(run) {
    const bytes = run.documents.get('pointers/artifact_store.txt');
    if (!bytes)
        return [];
    try {
        const text = decoder.decode(bytes);
        return (0,pointers/* parseArtifactPointers */.sx)(text, 'pointers/artifact_store.txt').map(({ line, fields }) => ({
            uri: fields.uri,
            sha256: fields.sha256,
            line,
        }));
    }
    catch {
        return [];
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `obj.a.b` when every step is an object, else undefined. */
function pick(obj, ...keys) {
    let at = obj;
    for (const key of keys) {
        if (!isRecord(at) || !Object.hasOwn(at, key))
            return undefined;
        at = at[key];
    }
    return at;
}
/** An external artifact line (a URI with a scheme) rather than a path inside the run folder. */
function isExternalUri(uri) {
    return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(uri);
}
//# sourceMappingURL=run-documents.js.map
// EXTERNAL MODULE: ./lib/src/core/rules/paths.js
var paths = __webpack_require__(8268);
;// CONCATENATED MODULE: ./lib/src/core/rules/confined-paths.js




const confined_paths_decoder = new TextDecoder('utf-8', { fatal: false });
/**
 * Rule 9 (confined paths) for one new run folder: every path its documents hold is a plain relative path (no
 * absolute path, no `..`), so nothing mtrack later resolves from it can leave its root; an external artifact
 * line (and manifest outputs.external_artifacts uri) names a configured store (see artifactUriInStores).
 */
function checkConfinedPaths(run, stores) {
    const out = [];
    const unsafe = (rel, field, value) => {
        const problem = typeof value === 'string' ? (0,safe_path/* relativePathProblem */.BE)(value) : undefined;
        if (problem)
            out.push({
                rule: 'unsafe-path',
                path: (0,paths/* runPath */.t0)(run.folder, rel),
                message: `${field} '${String(value)}' ${problem}; paths in a run folder stay inside their root.`,
                fix: 'let `mtrack run` write the run folder; never point it outside the repository or the store.',
            });
    };
    unsafe('pointers/dataset_pointer.txt', 'relative_path', datasetPointerOf(run)?.relative_path);
    const manifest = manifestOf(run);
    unsafe('manifest.json', 'inputs.dataset.store.relative_path', pick(manifest, 'inputs', 'dataset', 'store', 'relative_path'));
    for (const field of ['files', 'outputs.artifacts', 'outputs.external_artifacts']) {
        const map = pick(manifest, ...field.split('.'));
        if (isRecord(map))
            for (const key of Object.keys(map))
                unsafe('manifest.json', `${field} key`, key);
    }
    const outside = (uri, where, rel) => {
        const target = (0,artifact_uri/* artifactUriInStores */.w2)(uri, stores);
        if ('problem' in target)
            out.push({
                rule: 'artifact-store',
                path: (0,paths/* runPath */.t0)(run.folder, rel),
                message: `${where}: '${uri}' ${target.problem}.`,
                fix: 'list files inside the run folder by relative path, or objects of the configured store (mtrack.yaml artifact_store) as `mtrack run` wrote them.',
            });
    };
    for (const { uri, line } of artifactLinesOf(run)) {
        if (isExternalUri(uri))
            outside(uri, `line ${line}`, 'pointers/artifact_store.txt');
        else
            unsafe('pointers/artifact_store.txt', `line ${line}: uri`, uri);
    }
    const external = pick(manifest, 'outputs', 'external_artifacts');
    if (isRecord(external))
        for (const [rel, entry] of Object.entries(external)) {
            const uri = pick(entry, 'uri');
            if (typeof uri === 'string')
                outside(uri, `outputs.external_artifacts['${rel}'].uri`, 'manifest.json');
        }
    return out;
}
/** The dataset-meta repo's side: a revision's `materialization.relative_path` stays inside the store. */
function checkRevisionStorePath(path, bytes) {
    let value;
    try {
        value = pick(JSON.parse(confined_paths_decoder.decode(bytes)), 'materialization', 'relative_path');
    }
    catch {
        return []; // the schema rule reports unparsable manifests
    }
    const problem = typeof value === 'string' ? (0,safe_path/* relativePathProblem */.BE)(value) : undefined;
    if (!problem)
        return [];
    return [
        {
            rule: 'unsafe-path',
            path,
            message: `materialization.relative_path '${String(value)}' ${problem}; a revision's bytes stay inside the dataset store.`,
            fix: 'write revisions with `mtrack data materialize` / `mtrack data promote-heldout` (relative_path <dataset>/<D####>).',
        },
    ];
}
/** Paths read from a run's pointers and manifest stay inside their roots; artifact URIs name configured stores. */
const confinedPathsRule = {
    id: 'confined-paths',
    description: 'store paths, artifact keys and artifact lines of a run are relative, without `..`, inside their root.',
    fix: 'let `mtrack run` write pointers and the manifest; artifacts go to a configured store.',
    reports: ['unsafe-path', 'artifact-store'],
    check: (input) => ({ violations: input.runs.flatMap((run) => checkConfinedPaths(run, input.artifactStores ?? [])) }),
};
/** A dataset revision's `materialization.relative_path` stays inside the dataset store. */
const revisionStorePathRule = {
    id: 'revision-store-path',
    description: "a dataset manifest's relative_path is a store-relative path without `..`, inside the store.",
    fix: 'write revisions with `mtrack data materialize` / `mtrack data promote-heldout`.',
    reports: ['unsafe-path'],
    check: (input) => [...input.documents].flatMap(([path, bytes]) => checkRevisionStorePath(path, bytes)),
};
//# sourceMappingURL=confined-paths.js.map
// EXTERNAL MODULE: ./lib/src/core/run-files.js
var run_files = __webpack_require__(7999);
;// CONCATENATED MODULE: ./lib/src/core/rules/file-hashes.js




const FIX = 'commit the folder exactly as `mtrack run` wrote it; a changed result is a new run (`mtrack run`).';
/**
 * Rule 8 (hash coverage) for one new run folder: manifest.json `files` names every file of the folder except
 * manifest.json and notes.md, each with the sha256 of its bytes; the manifest's `outputs.artifacts` and the
 * in-folder lines of pointers/artifact_store.txt agree with the bytes too; an offloaded file (manifest
 * outputs.external_artifacts) has the same uri and sha256 in an artifact_store.txt line, and every s3:// or
 * artifact-store: line is recorded there, so the manifest covers the bytes outside Git as well.
 */
function checkFileHashes(run) {
    const hashes = run.hashes;
    const manifest = manifestOf(run);
    const listed = pick(manifest, 'files');
    if (!hashes || !isRecord(listed))
        return []; // no manifest, or the schema rule already refused its shape
    const out = [];
    const push = (rel, message) => out.push({ rule: 'file-hash', path: (0,paths/* runPath */.t0)(run.folder, rel), message, fix: FIX });
    const compare = (rel, want, where) => {
        const have = hashes.get(rel);
        if ((0,safe_path/* relativePathProblem */.BE)(rel))
            return; // the unsafe-path rule names it; it is never looked up
        if (!run.sizes.has(rel))
            push(rel, `is named by ${where} but missing from the run folder.`);
        else if (have !== undefined && have !== want)
            push(rel, `has sha256 '${have}', not the '${String(want)}' that ${where} records.`);
    };
    for (const rel of [...run.sizes.keys()].sort()) {
        if ((0,run_files/* isHashedRunFile */.NN)(rel) && !Object.hasOwn(listed, rel))
            push(rel, 'is not listed in manifest.json files; every file of a run folder is covered by a hash.');
    }
    for (const [rel, want] of Object.entries(listed))
        compare(rel, want, 'manifest.json files');
    const artifacts = pick(manifest, 'outputs', 'artifacts');
    if (isRecord(artifacts))
        for (const [rel, want] of Object.entries(artifacts))
            compare(rel, want, 'manifest.json outputs.artifacts');
    for (const line of artifactLinesOf(run)) {
        if (!isExternalUri(line.uri))
            compare(line.uri, line.sha256, `pointers/artifact_store.txt line ${line.line}`);
    }
    out.push(...checkExternalArtifacts(run, pick(manifest, 'outputs', 'external_artifacts')));
    return dedupeByPath(out);
}
function checkExternalArtifacts(run, external) {
    const out = [];
    const lines = artifactLinesOf(run);
    const file = (0,paths/* runPath */.t0)(run.folder, 'pointers/artifact_store.txt');
    const recorded = new Map();
    if (isRecord(external))
        for (const [rel, entry] of Object.entries(external)) {
            const uri = pick(entry, 'uri');
            const want = pick(entry, 'sha256');
            recorded.set(String(uri), want);
            const line = lines.find((l) => l.uri === uri);
            if (!line)
                out.push({
                    rule: 'file-hash',
                    path: file,
                    message: `has no line for '${String(uri)}', which manifest.json outputs.external_artifacts records for '${rel}'.`,
                    fix: FIX,
                });
            else if (line.sha256 !== want)
                out.push({
                    rule: 'file-hash',
                    path: file,
                    message: `line ${line.line}: '${line.uri}' has '${line.sha256}', not the '${String(want)}' manifest.json outputs.external_artifacts records.`,
                    fix: FIX,
                });
        }
    for (const line of lines) {
        if (!isExternalUri(line.uri) || line.uri.startsWith('file://') || recorded.has(line.uri))
            continue;
        out.push({
            rule: 'file-hash',
            path: file,
            message: `line ${line.line}: '${line.uri}' is not recorded in manifest.json outputs.external_artifacts.`,
            fix: FIX,
        });
    }
    return out;
}
// A file named by several records (files, outputs.artifacts, artifact_store.txt) is reported once.
function dedupeByPath(violations) {
    const seen = new Set();
    return violations.filter((v) => !seen.has(v.path) && (seen.add(v.path), true));
}
/** Item 5 of the record's promise: every fixed byte of a new run folder is covered by manifest.json `files`. */
const fileHashesRule = {
    id: 'file-hashes',
    description: "every file of a new run folder except manifest.json and notes.md has its sha256 in manifest.json's files.",
    fix: 'let `mtrack run` write the run folder; never edit its files after the manifest is written.',
    reports: ['file-hash'],
    check: (input) => ({ violations: input.runs.flatMap(checkFileHashes) }),
};
//# sourceMappingURL=file-hashes.js.map
;// CONCATENATED MODULE: ./lib/src/core/notes/decision-log.js
/**
 * The two sections of a run's notes.md (the spec's decision-log template) that stay open after the run is
 * committed. Every other byte is written at run time and is as immutable as the rest of the run folder.
 */
const FAILURE_MARKER = '\n- Observed failure modes:';
const NEXT_HEADING = '\n## Next Decision\n';
const TO_FILL_IN = '(to fill in)';
/** Splits notes.md into its fixed part and the two open sections; undefined when the template's markers are missing. */
function parseNotes(text) {
    const f = text.indexOf(FAILURE_MARKER);
    if (f < 0)
        return undefined;
    const fixedEnd = f + FAILURE_MARKER.length;
    const n = text.indexOf(NEXT_HEADING, fixedEnd);
    if (n < 0)
        return undefined;
    const failure = text.slice(fixedEnd, n);
    // A heading inside the failure bullet would move a section out of the template's order.
    if (/\n#/.test(failure))
        return undefined;
    return { fixed: text.slice(0, fixedEnd), failure, next: text.slice(n + NEXT_HEADING.length) };
}
function formatNotes(layout) {
    return `${layout.fixed}${layout.failure}${NEXT_HEADING}${layout.next}`;
}
/**
 * Why `after` is not an allowed edit of `before` (only the failure-modes bullet and Next Decision may change), or
 * undefined when it is.
 */
function whyNotesEditRefused(before, after) {
    const old = parseNotes(before);
    if (!old)
        return 'the committed notes.md has no "- Observed failure modes:" bullet and "## Next Decision" section';
    const neu = parseNotes(after);
    if (!neu)
        return 'the edit removes or reorders the "- Observed failure modes:" bullet or the "## Next Decision" heading';
    if (neu.fixed !== old.fixed) {
        const line = firstDifferentLine(old.fixed, neu.fixed);
        return `line ${line} changes, which is outside "Observed failure modes" and "Next Decision"`;
    }
    return undefined;
}
/** Fills the open sections: the failure bullet's text (one line, or an indented list) and the Next Decision text. */
function completeNotes(text, edit) {
    const layout = parseNotes(text);
    if (!layout)
        return undefined;
    return formatNotes({
        fixed: layout.fixed,
        failure: edit.failure === undefined ? layout.failure : ` ${oneBullet(edit.failure)}\n`,
        next: edit.next === undefined ? layout.next : `${edit.next.trim()}\n`,
    });
}
function oneBullet(text) {
    return text
        .trim()
        .split('\n')
        .map((line, i) => (i === 0 ? line : `  ${line}`))
        .join('\n');
}
function firstDifferentLine(a, b) {
    const x = a.split('\n');
    const y = b.split('\n');
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i])
        i++;
    return i + 1;
}
/**
 * `edit` (notes.md before and after a `mtrack note` commit) applied onto `onto`, the same run's notes.md elsewhere
 * (re-stamped under another id, or on the upstream): its fixed part with the edit's open sections, as `mtrack note`
 * would write it there. Undefined when the edit touches more than the open sections or `onto`'s open sections differ
 * from the edit's starting point (a teammate completed them meanwhile: two edits to reconcile by hand).
 */
function replayNotesEdit(edit, onto) {
    if (whyNotesEditRefused(edit.before, edit.after))
        return undefined;
    const before = parseNotes(edit.before);
    const after = parseNotes(edit.after);
    const target = parseNotes(onto);
    if (!target || target.failure !== before.failure || target.next !== before.next)
        return undefined;
    return formatNotes({ fixed: target.fixed, failure: after.failure, next: after.next });
}
//# sourceMappingURL=decision-log.js.map
;// CONCATENATED MODULE: ./lib/src/core/rules/notes-edit.js


const NOTES_FILE = 'notes.md';
/** True for the notes.md directly in a run folder (the one file of a committed run that may change, in part). */
function isRunNotes(path) {
    return (0,paths/* runFolderOf */.Xm)(path)?.rel === NOTES_FILE;
}
const notes_edit_decoder = new TextDecoder('utf-8', { fatal: false });
/** Rule 1's exception: a committed run's notes.md may change only in "Observed failure modes" and "Next Decision". */
function checkNotesEdits(edits) {
    const out = [];
    for (const edit of edits) {
        const why = whyNotesEditRefused(notes_edit_decoder.decode(edit.before), notes_edit_decoder.decode(edit.after));
        if (!why)
            continue;
        const folder = (0,paths/* runFolderOf */.Xm)(edit.path).folder;
        out.push({
            rule: 'notes-edit',
            path: edit.path,
            message: `${why}; a committed run's notes.md may change only in "Observed failure modes" and "Next Decision".`,
            fix: `restore the rest (\`git checkout HEAD -- '${(0,paths/* runPath */.t0)(folder, NOTES_FILE)}'\`) and complete it with \`mtrack note <E####> --failure "…" --next "…"\`.`,
        });
    }
    return out;
}
/** A committed run's notes.md may change only in its Observed failure modes and Next Decision sections. */
const notesEditRule = {
    id: 'notes-edit',
    description: "a committed run's notes.md changes only in Observed failure modes and Next Decision; every other byte stays.",
    fix: 'complete those two sections with `mtrack note E#### --next "…" --failure "…"`; record anything else in a new run.',
    reports: ['notes-edit'],
    check: (input) => ({ violations: checkNotesEdits(input.notesEdits ?? []) }),
};
//# sourceMappingURL=notes-edit.js.map
;// CONCATENATED MODULE: ./lib/src/core/rules/reproductions.js
const REPRODUCTIONS_DIR = 'reproductions';
const REPRODUCTION_PATH = /^reproductions\/(E\d{4,})\/(R\d{4,})\.json$/;
/** `reproductions/E0007/R0001.json` -> { experimentId, reproductionId }. */
function parseReproductionPath(path) {
    const m = REPRODUCTION_PATH.exec(path);
    return m ? { experimentId: m[1], reproductionId: m[2] } : undefined;
}
const VERB = { M: 'modifies', D: 'deletes or renames', T: 'changes the type of' };
/**
 * Reproduction records are append-only like run folders: a new `reproductions/E####/R####.json` must validate
 * against schemas/reproduction.schema.json and name its own experiment; an existing one never changes.
 */
function checkReproductions(changes, documents, validate) {
    const out = [];
    for (const change of changes) {
        if (!change.path.startsWith(`${REPRODUCTIONS_DIR}/`))
            continue;
        const parsed = parseReproductionPath(change.path);
        if (change.status !== 'A') {
            out.push({
                rule: 'immutable-reproduction',
                path: change.path,
                message: `${VERB[change.status]} a reproduction record that is already committed; reproductions are append-only.`,
                fix: `restore it (\`git checkout HEAD -- '${change.path}'\`) and record a new one with \`mtrack reproduce\`.`,
            });
            continue;
        }
        const problem = parsed
            ? whyInvalid(documents.get(change.path), parsed.experimentId, validate)
            : 'not a reproduction path';
        if (problem)
            out.push({
                rule: 'schema',
                path: change.path,
                message: `${problem}${parsed ? '' : "; expected 'reproductions/E####/R####.json'"}.`,
                fix: 'write reproduction records with `mtrack reproduce E####`.',
            });
    }
    return out;
}
function whyInvalid(bytes, experimentId, validate) {
    if (!bytes)
        return 'unreadable';
    let data;
    try {
        data = JSON.parse(new TextDecoder().decode(bytes));
    }
    catch (error) {
        return `not valid JSON (${error.message})`;
    }
    const problem = validate('reproduction', data);
    if (problem)
        return problem;
    const named = data.experiment_id;
    return named === experimentId ? undefined : `experiment_id: '${named}' disagrees with its folder '${experimentId}'`;
}
/** reproductions/E####/R####.json records are added, valid, and never changed afterwards. */
const reproductionsRule = {
    id: 'reproductions',
    description: 'a reproduction record is added once, matches its schema and its path, and is never changed.',
    fix: 'record reproductions with `mtrack reproduce E####`; a new attempt is a new R#### file.',
    reports: ['immutable-reproduction', 'schema'],
    check: (input) => ({ violations: checkReproductions(input.changes, input.documents, input.validate) }),
};
//# sourceMappingURL=reproductions.js.map
;// CONCATENATED MODULE: ./lib/src/core/rules/symlinks.js

const SYMLINK_MODE = '120000';
// A gitlink (submodule) names another repository's commit: bytes no hash here covers.
const GITLINK_MODE = '160000';
/** Where each repository keeps the folders that must hold regular files only. */
const SCOPES = {
    experiments: (path) => path === paths/* EXPERIMENTS_DIR */.vQ || path.startsWith(`${paths/* EXPERIMENTS_DIR */.vQ}/`),
    datasets: (path) => /^datasets\/[^/]+\/revisions(\/|$)/.test(path),
};
/**
 * Rule 10: no symbolic link (git mode 120000) or submodule in run folders or dataset revisions, the folders themselves
 * included: a link committed as `weights.bin -> /etc/passwd` (or a whole run folder -> /etc) would make every
 * later reader of the record read outside the repository.
 */
function checkSymlinks(changes, scope) {
    return changes
        .filter((c) => c.status !== 'D' && (c.newMode === SYMLINK_MODE || c.newMode === GITLINK_MODE) && SCOPES[scope](c.path))
        .map((c) => ({
        rule: 'symlink',
        path: c.path,
        message: `is a ${c.newMode === SYMLINK_MODE ? 'symbolic link' : 'submodule'} (git mode ${c.newMode}); ${scope === 'experiments' ? 'run folders' : 'dataset revisions'} hold regular files only.`,
        fix: scope === 'experiments'
            ? `commit the bytes themselves (\`git rm --cached '${c.path}'\`, then copy the file in), or list an external file in pointers/artifact_store.txt.`
            : `unstage it (\`git rm --cached '${c.path}'\`); revisions are written by \`mtrack data materialize\`.`,
    }));
}
/** No symbolic link or submodule in or as a run folder: no hash could cover what it points to. */
const runSymlinksRule = {
    id: 'run-symlinks',
    description: 'a run folder holds regular files only: no symbolic link, no submodule, and it is no link itself.',
    fix: 'commit the file itself, not a link to it.',
    reports: ['symlink'],
    check: (input) => ({ violations: checkSymlinks(input.changes, 'experiments') }),
};
/** The same for dataset revisions in the dataset-meta repo. */
const revisionSymlinksRule = {
    id: 'revision-symlinks',
    description: 'a dataset revision folder holds regular files only: no symbolic link, no submodule.',
    fix: 'commit the file itself, not a link to it.',
    reports: ['symlink'],
    check: (input) => checkSymlinks(input.changes, 'datasets'),
};
//# sourceMappingURL=symlinks.js.map
;// CONCATENATED MODULE: ./lib/src/core/rules/document-schemas.js

/** Rule 4 outside run folders: a changed models/**\/model_ref.json matches its schema. */
const modelRefSchemaRule = {
    id: 'model-ref-schema',
    description: 'a committed model_ref.json matches schemas/model_ref.schema.json.',
    fix: 'write it with `mtrack model pin <model_id>`.',
    reports: ['schema'],
    check: (input) => ({
        violations: [...input.documents]
            .filter(([path]) => (0,paths/* isModelRef */.HC)(path))
            .flatMap(([path, bytes]) => {
            const problem = parseAndValidate(bytes, 'model_ref', input.validate);
            return problem ? [{ rule: 'schema', path, message: problem, fix: modelRefSchemaRule.fix }] : [];
        }),
    }),
};
/** Each new or changed dataset_manifest.json of the dataset-meta repo matches its schema. */
const datasetManifestSchemaRule = {
    id: 'dataset-manifest-schema',
    description: 'a committed dataset_manifest.json matches schemas/dataset_manifest.schema.json.',
    fix: 'write revisions with `mtrack data materialize` / `mtrack data promote-heldout`.',
    reports: ['schema'],
    check: (input) => [...input.documents].flatMap(([path, bytes]) => {
        const problem = parseAndValidate(bytes, 'dataset_manifest', input.validate);
        return problem ? [{ rule: 'schema', path, message: problem, fix: datasetManifestSchemaRule.fix }] : [];
    }),
};
function parseAndValidate(bytes, schema, validate) {
    try {
        return validate(schema, JSON.parse(new TextDecoder().decode(bytes)));
    }
    catch (error) {
        return `not valid JSON (${error.message}).`;
    }
}
//# sourceMappingURL=document-schemas.js.map
// EXTERNAL MODULE: ./lib/src/core/ids.js
var ids = __webpack_require__(1306);
;// CONCATENATED MODULE: ./lib/src/core/rules/immutability.js


const immutability_VERB = { A: 'adds', M: 'modifies', D: 'deletes or renames', T: 'changes the type of' };
/** Rules 1 and 2: committed run folders never change (notes.md: see notes-edit.ts), and no metrics.json is ever written over. */
function checkRunImmutability(changes, history) {
    const out = [];
    for (const change of changes) {
        if ((0,paths/* isMetricsFile */.C_)(change.path)) {
            const overwrite = change.status === 'M' ||
                change.status === 'T' ||
                (change.status === 'A' && history.removedMetrics.has(change.path));
            if (overwrite) {
                out.push({
                    rule: 'metrics-overwrite',
                    path: change.path,
                    message: `${immutability_VERB[change.status]} a metrics.json that was already committed; metrics are never overwritten.`,
                    fix: 'keep the committed metrics.json and record the new measurement as a new run (`mtrack run`).',
                });
                continue;
            }
        }
        const run = (0,paths/* runFolderOf */.Xm)(change.path);
        if (!run)
            continue;
        if (change.status === 'A' && !history.folders.has(run.folder))
            continue;
        // A committed run's notes.md may be completed in place: checkNotesEdits (notes-edit.ts) judges its bytes.
        if (change.status === 'M' && isRunNotes(change.path))
            continue;
        out.push({
            rule: 'immutable-run',
            path: change.path,
            message: `${immutability_VERB[change.status]} a file of run folder '${(0,paths/* runPath */.t0)(run.folder)}', which is already committed; run folders are immutable.`,
            fix: `restore it (\`git checkout HEAD -- '${(0,paths/* runPath */.t0)(run.folder)}'\`) and create a new run instead: \`mtrack run …\`.`,
        });
    }
    return out;
}
/** Rule 7: a dataset revision folder never changes after its first commit. */
function checkRevisionImmutability(changes, history) {
    const out = [];
    for (const change of changes) {
        const revision = (0,paths/* revisionFolderOf */.jL)(change.path);
        if (!revision)
            continue;
        if (change.status === 'A' && !history.revisions.has(revision))
            continue;
        out.push({
            rule: 'immutable-revision',
            path: change.path,
            message: `${immutability_VERB[change.status]} a file of dataset revision '${revision}/', which is already committed; revisions are immutable.`,
            fix: `restore it (\`git checkout HEAD -- '${revision}/'\`) and make a new revision (D####) instead, e.g. \`mtrack data promote-heldout\`.`,
        });
    }
    return out;
}
/** Run folders a change set creates: folders with added files that no earlier commit holds. */
function addedRunFolders(changes, history) {
    const out = new Set();
    for (const change of changes) {
        const run = (0,paths/* runFolderOf */.Xm)(change.path);
        if (run && change.status === 'A' && !history.folders.has(run.folder))
            out.add(run.folder);
    }
    return [...out].sort();
}
/** Revision folders a change set creates. */
function immutability_addedRevisionFolders(changes, history) {
    const out = new Set();
    for (const change of changes) {
        const revision = revisionFolderOf(change.path);
        if (revision && change.status === 'A' && !history.revisions.has(revision))
            out.add(revision);
    }
    return [...out].sort();
}
/** Rules 1 and 2: a committed run folder's files never change, and a metrics.json is never written over. */
const runImmutabilityRule = {
    id: 'run-immutability',
    description: 'a file in a committed run folder is never changed, deleted or renamed, and metrics.json is never rewritten.',
    fix: 'restore the committed file and record the change as a new run (`mtrack run`).',
    reports: ['immutable-run', 'metrics-overwrite'],
    check: (input) => ({ violations: checkRunImmutability(input.changes, input.history) }),
};
/** Rule 7: a dataset revision folder never changes after its first commit. */
const revisionImmutabilityRule = {
    id: 'revision-immutability',
    description: 'a revisions/D#### folder of the dataset-meta repo never changes after its first commit.',
    fix: 'restore it and make a new revision (`mtrack data materialize` / `mtrack data promote-heldout`).',
    reports: ['immutable-revision'],
    check: (input) => checkRevisionImmutability(input.changes, input.history),
};
//# sourceMappingURL=immutability.js.map
;// CONCATENATED MODULE: ./lib/src/core/rules/duplicate-id.js



/** Rule 4 (ids): an E#### belongs to one folder only, across history and within the change set. */
function checkDuplicateIds(added, history) {
    const out = [];
    const seen = new Map();
    for (const folder of added) {
        const id = (0,ids/* parseRunFolder */.h_)(folder)?.experimentId;
        if (!id)
            continue;
        const owner = history.idOwners.get(id) ?? seen.get(id);
        if (owner && owner !== folder) {
            out.push({
                rule: 'duplicate-id',
                path: (0,paths/* runPath */.t0)(folder),
                message: `experiment id ${id} is already used by '${(0,paths/* runPath */.t0)(owner)}'.`,
                fix: 'let `mtrack run` allocate the next free E#### (ids are never reused, even after a deletion).',
            });
        }
        seen.set(id, folder);
    }
    return out;
}
/** E#### -> folder for a list of folder names (the first folder wins). */
function duplicate_id_idOwnersOf(folders, into = new Map()) {
    for (const folder of folders) {
        const id = (0,ids/* parseRunFolder */.h_)(folder)?.experimentId;
        if (id && !into.has(id))
            into.set(id, folder);
    }
    return into;
}
/** Rule 4's id half: an E#### names one run folder only, across all history. */
const duplicateIdRule = {
    id: 'duplicate-id',
    description: 'an experiment id E#### is used by one run folder only, even after that folder is deleted.',
    fix: 'let `mtrack run` allocate the next free E####.',
    reports: ['duplicate-id'],
    check: (input) => ({ violations: checkDuplicateIds(addedRunFolders(input.changes, input.history), input.history) }),
};
//# sourceMappingURL=duplicate-id.js.map
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/src/core/hash.js
var hash = __webpack_require__(3442);
;// CONCATENATED MODULE: ./lib/src/core/rules/run-folder.js





/** Rules 3, 4 and 6 for each new run folder; its dataset pointers go on to rule 5's lookup in the app. */
const runFolderRule = {
    id: 'run-folder',
    description: 'a new run folder is complete, its documents match their schemas and agree with each other and the folder name, config_hash is the sha256 of config_resolved.yaml, and no file exceeds the large-file limit.',
    fix: 'commit the run folder exactly as `mtrack run` wrote it; keep large files outside git behind a pointer.',
    reports: ['schema', 'folder-name', 'config-hash', 'dataset-pointer', 'large-file'],
    check(input) {
        const reports = input.runs.map((run) => checkRunFolder(run, { largeFileBytes: input.largeFileBytes, validate: input.validate }));
        return {
            violations: reports.flatMap((r) => r.violations),
            datasetRefs: reports.flatMap((r) => (r.datasetRef ? [r.datasetRef] : [])),
        };
    },
};
const run_folder_decoder = new TextDecoder('utf-8', { fatal: false });
/** Rules 3, 4 and 6 for one new run folder: schemas, stamp consistency, config_hash, folder name, large files. */
function checkRunFolder(run, options) {
    const out = [];
    const path = (rel) => (0,paths/* runPath */.t0)(run.folder, rel);
    const push = (rule, rel, message, fix) => out.push({ rule, path: path(rel), message, fix });
    const name = (0,ids/* parseRunFolder */.h_)(run.folder);
    if (!name) {
        push('folder-name', '', `'${run.folder}' is not a run folder name; expected '<YYYY-MM-DD>__<dataset>__<model-slug>__E####' (a real date; the id in its one spelling: at least 4 digits, no extra leading zero).`, 'let `mtrack run` create run folders, or rename it before committing.');
    }
    for (const [rel, size] of run.sizes) {
        if (size > options.largeFileBytes) {
            push('large-file', rel, `is ${size} bytes, over the ${options.largeFileBytes}-byte limit for files in a run folder.`, 'let `mtrack run` move files under artifacts/ over the limit to the artifact store (mtrack.yaml artifact_store), listed in pointers/artifact_store.txt as `s3://…  sha256:…`.');
        }
    }
    for (const rel of paths/* REQUIRED_RUN_FILES */.Kb) {
        if (!run.sizes.has(rel))
            push('schema', rel, 'is missing; every run folder holds manifest.json, metrics.json, config_resolved.yaml and pointers/dataset_pointer.txt.', 'commit the complete folder that `mtrack run` wrote.');
    }
    const read = (rel, schema, parse) => {
        const bytes = run.documents.get(rel);
        if (!bytes)
            return undefined;
        let data;
        try {
            data = parse(run_folder_decoder.decode(bytes));
        }
        catch (error) {
            push('schema', rel, `cannot be parsed: ${error.message.split('\n')[0]}`);
            return undefined;
        }
        const problem = options.validate(schema, data);
        if (problem) {
            push('schema', rel, problem, 'restore the file mtrack wrote; it must match schemas/' + schema + '.schema.json.');
            return undefined;
        }
        return data;
    };
    const manifest = read('manifest.json', 'manifest', JSON.parse);
    const metrics = read('metrics.json', 'metrics', JSON.parse);
    const config = read('config_resolved.yaml', 'config_resolved', (t) => (0,dist/* parse */.qg)(t));
    const pointer = read('pointers/dataset_pointer.txt', 'dataset_pointer', (t) => (0,pointers/* parseKeyValueLines */.FF)(t, path('pointers/dataset_pointer.txt')));
    if (run.documents.has('pointers/artifact_store.txt')) {
        checkArtifactPointers(run.documents.get('pointers/artifact_store.txt'), path('pointers/artifact_store.txt'), options.validate, out);
    }
    if (manifest) {
        if (name)
            out.push(...checkFolderName(run.folder, name, manifest, path('manifest.json')));
        out.push(...checkStamp(manifest, path('manifest.json')));
        const configBytes = run.documents.get('config_resolved.yaml');
        if (configBytes)
            out.push(...checkConfigHash(manifest, (0,hash/* sha256 */.sc)(configBytes), path('manifest.json')));
        if (config)
            out.push(...checkConfigAgrees(manifest, config, path('config_resolved.yaml')));
    }
    if (metrics && name && metrics.experiment_id !== name.experimentId) {
        push('folder-name', 'metrics.json', `experiment_id '${metrics.experiment_id}' disagrees with the folder's '${name.experimentId}'.`);
    }
    if (!pointer)
        return { violations: out };
    if (manifest)
        out.push(...checkPointerAgrees(manifest, pointer, path('pointers/dataset_pointer.txt')));
    return {
        violations: out,
        datasetRef: {
            pointerPath: path('pointers/dataset_pointer.txt'),
            datasetId: pointer.dataset_id,
            revision: pointer.dataset_revision,
            checksums: pointer.checksums,
            metaCommit: pointer.dataset_meta_commit,
            hashes: manifest?.inputs.dataset.hashes,
        },
    };
}
function checkFolderName(folder, name, manifest, file) {
    const expected = {
        experimentId: manifest.experiment_id,
        date: manifest.created_utc.slice(0, 10),
        dataset: manifest.inputs.dataset.dataset_id,
        // Runs from before trained_model was recorded were named after the pinned model.
        model: (0,ids/* modelSlug */.RE)(manifest.inputs.trained_model?.name ?? manifest.inputs.model.model_id),
    };
    const labels = {
        experimentId: 'experiment id',
        date: 'date (created_utc)',
        dataset: 'dataset',
        model: 'model slug',
    };
    const wrong = Object.keys(expected).filter((k) => expected[k] !== name[k]);
    if (wrong.length === 0)
        return [];
    const want = `${expected.date}__${expected.dataset}__${expected.model}__${expected.experimentId}`;
    return [
        {
            rule: 'folder-name',
            path: file,
            message: `folder '${folder}' disagrees with its manifest on ${wrong.map((k) => `${labels[k]} ('${name[k]}' vs '${expected[k]}')`).join(', ')}; expected folder '${want}'.`,
            fix: 'do not rename run folders or edit manifests by hand; let `mtrack run` write them.',
        },
    ];
}
/** The flat stamp repeats nested fields: a hand edit that changes one copy is caught here. */
function checkStamp(manifest, file) {
    const s = manifest.stamp;
    const pairs = [
        ['experiment_id', s.experiment_id, 'experiment_id', [manifest.experiment_id]],
        ['created_utc', s.created_utc, 'created_utc', [manifest.created_utc]],
        ['git_commit', s.git_commit, 'git.commit', [manifest.git.commit]],
        ['git_branch', s.git_branch, 'git.branch', [manifest.git.branch]],
        ['dirty_worktree', s.dirty_worktree, 'git.dirty_worktree', [manifest.git.dirty_worktree]],
        ['model_id', s.model_id, 'inputs.model.model_id', [manifest.inputs.model.model_id]],
        // model_revision may hold the requested revision or the commit it resolved to.
        [
            'model_revision',
            s.model_revision,
            'inputs.model.revision',
            [manifest.inputs.model.revision, manifest.inputs.model.resolved_commit],
        ],
        ['dataset_id', s.dataset_id, 'inputs.dataset.dataset_id', [manifest.inputs.dataset.dataset_id]],
        ['dataset_version', s.dataset_version, 'inputs.dataset.revision_id', [manifest.inputs.dataset.revision_id]],
    ];
    return pairs
        .filter(([, value, , allowed]) => !allowed.includes(value))
        .map(([key, value, other, allowed]) => ({
        rule: 'schema',
        path: file,
        message: `stamp.${key} '${String(value)}' differs from ${other} '${String(allowed[0])}'.`,
        fix: 'restamp by creating a new run (`mtrack run`) rather than editing the manifest.',
    }));
}
function checkConfigHash(manifest, actual, file) {
    const out = [];
    const fix = 'config_resolved.yaml must be the bytes mtrack wrote; a changed config is a new run (`mtrack run --set …`).';
    for (const [field, value] of [
        ['stamp.config_hash', manifest.stamp.config_hash],
        ['inputs.config.config_hash', manifest.inputs.config.config_hash],
    ]) {
        if (value !== actual)
            out.push({
                rule: 'config-hash',
                path: file,
                message: `${field} '${String(value)}' is not the sha256 of config_resolved.yaml ('${actual}').`,
                fix,
            });
    }
    return out;
}
function checkConfigAgrees(manifest, config, file) {
    const out = [];
    const differ = (field, have, want) => out.push({
        rule: 'schema',
        path: file,
        message: `${field} '${String(have)}' disagrees with the manifest's '${String(want)}'.`,
    });
    if (config.seed !== manifest.stamp.seed)
        differ('seed', config.seed, manifest.stamp.seed);
    if (config.dataset.id !== manifest.inputs.dataset.dataset_id)
        differ('dataset.id', config.dataset.id, manifest.inputs.dataset.dataset_id);
    if (config.dataset.revision !== manifest.inputs.dataset.revision_id)
        differ('dataset.revision', config.dataset.revision, manifest.inputs.dataset.revision_id);
    return out;
}
function checkPointerAgrees(manifest, pointer, file) {
    const d = manifest.inputs.dataset;
    const pairs = [
        ['dataset_id', d.dataset_id],
        ['dataset_revision', d.revision_id],
        ['store_type', d.store.type],
        ['data_store_root', d.store.root],
        ['relative_path', d.store.relative_path],
        ['checksums', d.checksums],
        ['dataset_meta_commit', d.dataset_meta_commit],
    ];
    return pairs
        .filter(([key, want]) => pointer[key] !== want)
        .map(([key, want]) => ({
        rule: 'dataset-pointer',
        path: file,
        message: `${key} '${pointer[key]}' disagrees with the manifest's inputs.dataset ('${want}').`,
        fix: 'the pointer and manifest are written together by `mtrack run`; do not edit either by hand.',
    }));
}
function checkArtifactPointers(bytes, file, validate, out) {
    try {
        for (const { line, fields } of (0,pointers/* parseArtifactPointers */.sx)(run_folder_decoder.decode(bytes), file)) {
            const problem = validate('artifact_pointer', fields);
            if (problem)
                out.push({ rule: 'schema', path: file, message: `line ${line}: ${problem}` });
        }
    }
    catch (error) {
        out.push({ rule: 'schema', path: file, message: error.message });
    }
}
//# sourceMappingURL=run-folder.js.map
// EXTERNAL MODULE: ./lib/src/core/dataset-paths.js
var dataset_paths = __webpack_require__(7753);
;// CONCATENATED MODULE: ./lib/src/core/rules/dataset-pointer.js

/** Rule 5: the pinned revision exists at dataset_meta_commit with the checksums and split hashes the run claims. */
function checkDatasetRef(ref, lookup, validate) {
    const at = `dataset-meta repo at ${ref.metaCommit.slice(0, 12)}`;
    const manifestPath = dataset_paths/* dataPaths */.v.manifest(ref.datasetId, ref.revision);
    const violation = (message, fix) => [
        { rule: 'dataset-pointer', path: ref.pointerPath, message, fix },
    ];
    if (lookup.kind === 'no-commit') {
        return violation(`dataset_meta_commit '${ref.metaCommit}' is not a commit of the dataset-meta repo.`, 'push or fetch the dataset-meta repo, or rerun on a revision it holds (`mtrack run --dataset D####`).');
    }
    if (!lookup.manifest) {
        return violation(`revision ${ref.revision} of '${ref.datasetId}' does not exist in the ${at} (no ${manifestPath}).`, 'rerun on a committed revision (`mtrack run --dataset D####`).');
    }
    let manifest;
    try {
        const data = JSON.parse(new TextDecoder().decode(lookup.manifest));
        const problem = validate('dataset_manifest', data);
        if (problem)
            return violation(`${manifestPath} in the ${at} is invalid: ${problem}`, 'fix the dataset-meta repo with a new revision.');
        manifest = data;
    }
    catch (error) {
        return violation(`${manifestPath} in the ${at} is not valid JSON: ${error.message}`, 'fix the dataset-meta repo with a new revision.');
    }
    const out = [];
    if (manifest.checksums !== ref.checksums) {
        out.push(...violation(`checksums '${ref.checksums}' differ from ${ref.revision}'s '${manifest.checksums}' in the ${at}.`, 'the run used other bytes than the revision records; rerun against the revision (`mtrack data verify` first).'));
    }
    for (const [split, hash] of Object.entries(ref.hashes ?? {})) {
        const recorded = manifest.splits[split]?.hash;
        if (recorded !== hash) {
            out.push({
                rule: 'dataset-pointer',
                path: ref.pointerPath.replace(/pointers\/dataset_pointer\.txt$/, 'manifest.json'),
                message: `inputs.dataset.hashes.${split} '${hash}' differs from ${ref.revision}'s split hash '${recorded ?? '(no such split)'}' in the ${at}.`,
                fix: 'rerun against the revision as committed (`mtrack run --dataset ' + ref.revision + '`).',
            });
        }
    }
    return out;
}
//# sourceMappingURL=dataset-pointer.js.map
// EXTERNAL MODULE: ./lib/src/core/rules/commit-message.js
var commit_message = __webpack_require__(8501);
;// CONCATENATED MODULE: ./lib/src/core/rules/format.js
/** One line a person can act on: `mtrack: [rule] path: message (fix: ...)`, with the commit when known. */
function formatViolation(v) {
    const commit = v.commit ? ` @${v.commit.slice(0, 12)}` : '';
    const fix = v.fix ? ` (fix: ${v.fix})` : '';
    return `mtrack: [${v.rule}] ${v.path}${commit}: ${v.message}${fix}`;
}
//# sourceMappingURL=format.js.map
;// CONCATENATED MODULE: ./lib/src/core/rules/history.js



function history_emptyRunHistory() {
    return { folders: new Set(), idOwners: new Map(), removedMetrics: new Set() };
}
/** History before a commit, from the run folders in its parent tree and every path deleted earlier. */
function runHistoryFrom(parentFolders, deletedPaths) {
    const folders = new Set(parentFolders);
    const removedMetrics = new Set();
    for (const path of deletedPaths) {
        const run = (0,paths/* runFolderOf */.Xm)(path);
        if (run)
            folders.add(run.folder);
        if ((0,paths/* isMetricsFile */.C_)(path))
            removedMetrics.add(path);
    }
    return { folders, idOwners: duplicate_id_idOwnersOf([...folders].sort()), removedMetrics };
}
/**
 * The part of `history` that rules can ask about for `changes`: the folders they touch, the owners of those
 * folders' ids and their metrics.json paths. Checking a long history keeps one growing history and a small
 * projection per commit, instead of a full copy per commit (quadratic at 10,000 runs).
 */
function projectRunHistory(history, changes) {
    const folders = new Set();
    const idOwners = new Map();
    const removedMetrics = new Set();
    for (const change of changes) {
        const run = (0,paths/* runFolderOf */.Xm)(change.path);
        if (run && history.folders.has(run.folder))
            folders.add(run.folder);
        const id = run && (0,ids/* parseRunFolder */.h_)(run.folder)?.experimentId;
        const owner = id && history.idOwners.get(id);
        if (id && owner)
            idOwners.set(id, owner);
        if (history.removedMetrics.has(change.path))
            removedMetrics.add(change.path);
    }
    return { folders, idOwners, removedMetrics };
}
/** Adds `changes` to a history owned by the caller (see projectRunHistory); returns it. */
function advanceRunHistoryInPlace(history, changes) {
    const added = [];
    for (const change of changes) {
        const run = (0,paths/* runFolderOf */.Xm)(change.path);
        if (run && !history.folders.has(run.folder))
            added.push(run.folder);
        if (change.status === 'D' && (0,paths/* isMetricsFile */.C_)(change.path))
            history.removedMetrics.add(change.path);
    }
    for (const folder of added)
        history.folders.add(folder);
    duplicate_id_idOwnersOf(added.sort(), history.idOwners);
    return history;
}
function mutableCopy(history) {
    return {
        folders: new Set(history.folders),
        idOwners: new Map(history.idOwners),
        removedMetrics: new Set(history.removedMetrics),
    };
}
/** The history the next commit sees once `changes` are committed (run folders, once seen, stay in history). */
function advanceRunHistory(history, changes) {
    const folders = new Set(history.folders);
    const removedMetrics = new Set(history.removedMetrics);
    const added = [];
    for (const change of changes) {
        const run = runFolderOf(change.path);
        if (run && !folders.has(run.folder))
            added.push(run.folder);
        if (change.status === 'D' && isMetricsFile(change.path))
            removedMetrics.add(change.path);
    }
    for (const folder of added)
        folders.add(folder);
    return { folders, idOwners: idOwnersOf(added.sort(), new Map(history.idOwners)), removedMetrics };
}
function history_revisionHistoryFrom(paths) {
    const revisions = new Set();
    for (const path of paths) {
        const revision = revisionFolderOf(path);
        if (revision)
            revisions.add(revision);
    }
    return { revisions };
}
function history_advanceRevisionHistory(history, changes) {
    const next = new Set(history.revisions);
    for (const revision of history_revisionHistoryFrom(changes.map((c) => c.path)).revisions)
        next.add(revision);
    return { revisions: next };
}
//# sourceMappingURL=history.js.map
;// CONCATENATED MODULE: ./lib/src/core/rules/index.js























/** Rules over one experiment-repo commit, in report order (a new rule: one file and one entry here). */
const EXPERIMENT_RULES = [
    runImmutabilityRule,
    notesEditRule,
    reproductionsRule,
    duplicateIdRule,
    runSymlinksRule,
    runFolderRule,
    fileHashesRule,
    confinedPathsRule,
    modelRefSchemaRule,
];
/** Rules over one dataset-meta commit, in report order. */
const DATA_RULES = [
    revisionImmutabilityRule,
    revisionSymlinksRule,
    revisionStorePathRule,
    datasetManifestSchemaRule,
];
/** Every experiment-repo rule that one commit (parent tree -> new tree) can break, except rule 5's lookup. */
function checkExperimentChanges(input) {
    const violations = [];
    const datasetRefs = [];
    for (const rule of EXPERIMENT_RULES) {
        const report = rule.check(input);
        violations.push(...report.violations);
        datasetRefs.push(...(report.datasetRefs ?? []));
    }
    return { violations, datasetRefs };
}
/** Rule 7 for one commit of the dataset-meta repo, plus the schema of each new dataset_manifest.json. */
function rules_checkDataRepoChanges(changes, history, documents, validate) {
    return DATA_RULES.flatMap((rule) => rule.check({ changes, history, documents, validate }));
}
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./lib/src/adapters/store/artifact-settings.js
var artifact_settings = __webpack_require__(2721);
// EXTERNAL MODULE: ./lib/src/app/setup/workspace.js
var workspace = __webpack_require__(7341);
// EXTERNAL MODULE: ./lib/src/app/verify/verify-history.js
var verify_history = __webpack_require__(6755);
// EXTERNAL MODULE: ./lib/src/adapters/schemas.js + 1 modules
var schemas = __webpack_require__(7612);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(8262);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./lib/src/app/verify/verify-artifacts.js







/**
 * Re-hashes the external artifacts in local folders (file:// and artifact-store: lines of
 * pointers/artifact_store.txt inside a configured store) of new run folders where the store is reachable: a store
 * folder that does not exist here (another machine's) is skipped, a missing, linked or changed file inside a
 * present store is a violation. s3:// objects are not fetched here (hooks stay offline and fast): they were read
 * back when written, and `mtrack artifacts pull` re-hashes them before use.
 */
async function checkStoredArtifacts(runs, stores) {
    const out = [];
    for (const run of runs) {
        const file = (0,paths/* runPath */.t0)(run.folder, 'pointers/artifact_store.txt');
        for (const { uri, sha256: want, line } of artifactLinesOf(run)) {
            if (!isExternalUri(uri))
                continue;
            const where = (0,artifact_uri/* artifactUriInStores */.w2)(uri, stores);
            if ('problem' in where || where.kind === 's3')
                continue; // the artifact-store rule reports problems
            const [root, path] = where.kind === 'local'
                ? [where.folder, (0,external_node_path_.join)(where.folder, where.key)]
                : [stores.find((r) => (0,safe_path/* isInside */.FK)(r, where.path)), where.path];
            if (!(0,external_node_fs_.existsSync)(root))
                continue;
            const problem = await whyNotMatching(root, path, want);
            if (problem)
                out.push({
                    rule: problem.rule,
                    path: file,
                    message: `line ${line}: '${uri}' ${problem.message}`,
                    fix: 'store artifacts once and never change them; a different artifact is a new run.',
                });
        }
    }
    return out;
}
async function whyNotMatching(root, path, want) {
    let stat;
    try {
        stat = await (0,promises_.lstat)(path);
    }
    catch {
        return { rule: 'file-hash', message: 'is missing from the store.' };
    }
    if (stat.isSymbolicLink())
        return { rule: 'symlink', message: 'is a symbolic link; stores hold regular files only.' };
    if (!stat.isFile())
        return { rule: 'file-hash', message: 'is not a regular file.' };
    // A linked folder on the way would still lead outside the store.
    if (!(0,safe_path/* isInside */.FK)(await (0,promises_.realpath)(root), await (0,promises_.realpath)(path)))
        return { rule: 'symlink', message: 'leads outside the store through a symbolic link.' };
    const have = (0,hash/* sha256 */.sc)(await (0,promises_.readFile)(path));
    return have === want
        ? undefined
        : { rule: 'file-hash', message: `has sha256 '${have}', not the '${want}' recorded.` };
}
//# sourceMappingURL=verify-artifacts.js.map
;// CONCATENATED MODULE: ./lib/src/app/verify/verify-experiment.js





function verify_experiment_gitBlobs(cwd, stripGitEnv) {
    return { sizes: (oids) => (0,git/* objectSizes */.Et)(cwd, oids, stripGitEnv), read: (oids) => (0,git/* readObjects */.$I)(cwd, oids, stripGitEnv) };
}
/** Sizes and bytes through one long-lived cat-file process (hooks: one git process for every object read). */
function verify_experiment_readerBlobs(reader) {
    const each = async (oids, get) => new Map(await Promise.all([...new Set(oids)].map(async (oid) => [oid, await get(oid)])));
    return {
        sizes: (oids) => each(oids, async (oid) => (await reader.info(oid))?.size),
        read: (oids) => each(oids, async (oid) => (await reader.contents(oid))?.bytes),
    };
}
/** Serves the given blobs from memory and asks `fallback` for the rest. */
function memoryBlobs(blobs, fallback) {
    const split = (oids) => [oids.filter((o) => blobs.has(o)), oids.filter((o) => !blobs.has(o))];
    return {
        async sizes(oids) {
            const [mine, rest] = split(oids);
            const out = await fallback.sizes(rest);
            for (const oid of mine)
                out.set(oid, blobs.get(oid).length);
            return out;
        },
        async read(oids) {
            const [mine, rest] = split(oids);
            const out = await fallback.read(rest);
            for (const oid of mine)
                out.set(oid, blobs.get(oid));
            return out;
        },
    };
}
// Gitlinks (submodules) name commits of another repository: there are no bytes to size or read.
const isBlob = (c) => c.newMode !== '160000';
// Regular files are hashed; a symbolic link's blob is its target text, refused by the symlink rule instead.
const isRegular = (c) => c.newMode === '100644' || c.newMode === '100755';
/**
 * Checks a sequence of commits (or one staged change) of the experiment repo, each against the history before
 * it, reading all sizes and documents with one git call each.
 */
async function verify_experiment_checkExperimentDeltas(deltas, history, blobs, largeFileBytes, artifactStores = []) {
    const plans = [];
    const sizeOids = [];
    const readOids = [];
    const current = mutableCopy(history);
    for (const delta of deltas) {
        const added = new Set(addedRunFolders(delta.changes, current));
        plans.push({ delta, history: projectRunHistory(current, delta.changes), added });
        for (const change of delta.changes) {
            if (change.status === 'D' || !isBlob(change))
                continue;
            const run = (0,paths/* runFolderOf */.Xm)(change.path);
            if (run && added.has(run.folder))
                sizeOids.push(change.newOid);
            else if ((0,paths/* isModelRef */.HC)(change.path) || parseReproductionPath(change.path))
                readOids.push(change.newOid);
            else if (change.status === 'M' && isRunNotes(change.path))
                readOids.push(change.oldOid, change.newOid);
        }
        advanceRunHistoryInPlace(current, delta.changes);
    }
    const sizes = await blobs.sizes(sizeOids);
    // Every regular file of a new run folder is read to recompute its sha256 (rule 8); files over the large-file
    // limit are refused by rule 6 and not read.
    for (const { delta, added } of plans)
        for (const change of delta.changes) {
            const run = (0,paths/* runFolderOf */.Xm)(change.path);
            if (change.status === 'D' || !run || !added.has(run.folder))
                continue;
            if (isRegular(change) && (sizes.get(change.newOid) ?? Infinity) <= largeFileBytes)
                readOids.push(change.newOid);
            else if (isBlob(change) && paths/* RUN_DOCUMENTS */.TU.includes(run.rel))
                readOids.push(change.newOid);
        }
    const bytes = await blobs.read([...new Set(readOids)]);
    const violations = [];
    const datasetRefs = [];
    const stampedCommits = [];
    for (const { delta, history: before, added } of plans) {
        const runs = new Map();
        const documents = new Map();
        const notesEdits = [];
        for (const change of delta.changes) {
            if (change.status === 'D' || !isBlob(change))
                continue;
            const run = (0,paths/* runFolderOf */.Xm)(change.path);
            if (run && added.has(run.folder)) {
                let files = runs.get(run.folder);
                if (!files)
                    runs.set(run.folder, (files = { folder: run.folder, sizes: new Map(), documents: new Map(), hashes: new Map() }));
                files.sizes.set(run.rel, sizes.get(change.newOid) ?? 0);
                const doc = bytes.get(change.newOid);
                if (doc && paths/* RUN_DOCUMENTS */.TU.includes(run.rel))
                    files.documents.set(run.rel, doc);
                if (doc && isRegular(change))
                    files.hashes.set(run.rel, (0,hash/* sha256 */.sc)(doc));
            }
            else if ((0,paths/* isModelRef */.HC)(change.path) || parseReproductionPath(change.path)) {
                const doc = bytes.get(change.newOid);
                if (doc)
                    documents.set(change.path, doc);
            }
            else if (change.status === 'M' && isRunNotes(change.path)) {
                const [before, after] = [bytes.get(change.oldOid), bytes.get(change.newOid)];
                if (before && after)
                    notesEdits.push({ path: change.path, before, after });
            }
        }
        const report = checkExperimentChanges({
            changes: delta.changes,
            history: before,
            runs: [...runs.values()],
            documents,
            notesEdits,
            largeFileBytes,
            validate: schemas/* validateDocument */.mv,
            artifactStores,
        });
        report.violations.push(...(await checkStoredArtifacts([...runs.values()], artifactStores)));
        violations.push(...report.violations.map((v) => (delta.commit ? { ...v, commit: delta.commit } : v)));
        datasetRefs.push(...report.datasetRefs.map((r) => ({ ...r, commit: delta.commit })));
        for (const run of runs.values()) {
            const stamp = stampOf(run.documents.get('manifest.json'));
            if (stamp)
                stampedCommits.push({ folder: run.folder, ...stamp, addedIn: delta.commit });
        }
    }
    return { violations, datasetRefs, stampedCommits };
}
// The manifest's git.commit and git.pull_request, when readable (an unreadable manifest is the schema rule's).
function stampOf(bytes) {
    if (!bytes)
        return undefined;
    try {
        const git = JSON.parse(Buffer.from(bytes).toString('utf8')).git;
        if (typeof git?.commit !== 'string')
            return undefined;
        return typeof git.pull_request === 'number'
            ? { commit: git.commit, pullRequest: git.pull_request }
            : { commit: git.commit };
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=verify-experiment.js.map
// EXTERNAL MODULE: ./lib/src/core/errors.js
var errors = __webpack_require__(7657);
;// CONCATENATED MODULE: ./lib/src/app/verify/verify-data.js






/** Why the dataset-meta repo cannot be read, or undefined when it can. */
async function verify_data_whyUnreachable(dataDir) {
    if (!existsSync(dataDir))
        return `'${dataDir}' does not exist`;
    try {
        await execGit(['rev-parse', '--git-dir'], { cwd: dataDir });
        return undefined;
    }
    catch {
        return `'${dataDir}' is not a git repository`;
    }
}
/** Rule 5 for every collected pointer, with two git calls into the dataset-meta repo; a warning when it is unreachable. */
async function verify_data_checkDatasetRefs(dataDir, refs, warn) {
    if (refs.length === 0)
        return [];
    const name = (r) => `${r.metaCommit}:${dataset_paths/* dataPaths */.v.manifest(r.datasetId, r.revision)}`;
    const manifests = (0,external_node_fs_.existsSync)(dataDir) ? await tryReadObjects(dataDir, refs.map(name)) : undefined;
    if (!manifests) {
        warn(`dataset-meta repo unreachable ('${dataDir}' is not a git repository): ${refs.length} dataset pointer(s) not checked against it.`);
        return [];
    }
    const types = await (0,git/* objectSizes */.Et)(dataDir, refs.filter((r) => !manifests.get(name(r))).map((r) => `${r.metaCommit}^{commit}`));
    return refs.flatMap((ref) => {
        const manifest = manifests.get(name(ref));
        const lookup = manifest || types.get(`${ref.metaCommit}^{commit}`) !== undefined
            ? { kind: 'found', manifest }
            : { kind: 'no-commit' };
        return checkDatasetRef(ref, lookup, schemas/* validateDocument */.mv).map((v) => (ref.commit ? { ...v, commit: ref.commit } : v));
    });
}
// One cat-file call both answers and proves the repo readable (it fails outside a repository).
async function tryReadObjects(dataDir, names) {
    try {
        return await (0,git/* readObjects */.$I)(dataDir, names);
    }
    catch {
        return undefined;
    }
}
/** Rule 7 (and new manifests' schema) over commits of the dataset-meta repo, each against the history before it. */
async function checkDataDeltas(dataDir, deltas, history, strip) {
    const wanted = [];
    const plans = deltas.map((delta) => {
        const added = new Set(addedRevisionFolders(delta.changes, history));
        const docs = delta.changes.filter((c) => c.status !== 'D' && c.path.endsWith('/dataset_manifest.json') && added.has(revisionFolderOf(c.path) ?? ''));
        wanted.push(...docs.map((c) => c.newOid));
        const plan = { delta, history, docs };
        history = advanceRevisionHistory(history, delta.changes);
        return plan;
    });
    const bytes = await readObjects(dataDir, wanted, strip);
    return plans.flatMap(({ delta, history: before, docs }) => {
        const documents = new Map(docs.filter((c) => bytes.get(c.newOid)).map((c) => [c.path, bytes.get(c.newOid)]));
        return checkDataRepoChanges(delta.changes, before, documents, validateDocument).map((v) => delta.commit ? { ...v, commit: delta.commit } : v);
    });
}
/** Rule 7 over the dataset-meta repo's whole history, or over `base..head`. */
async function verify_data_verifyDataCommits(dataDir, range) {
    const why = await verify_data_whyUnreachable(dataDir);
    if (why)
        throw notFound(`Dataset-meta repo ${why}.`);
    if (!(await tryResolveCommit(dataDir, 'HEAD')))
        return [];
    let history = { revisions: new Set() };
    let revs = ['HEAD'];
    if (range) {
        const { base } = await resolveRange(dataDir, range);
        revs = [range];
        const present = (await lsTree(dataDir, base, ['datasets/'], { recursive: true })).map((e) => e.path);
        history = revisionHistoryFrom([...present, ...(await deletedPaths(dataDir, base, ['datasets/']))]);
    }
    const deltas = await commitChanges(dataDir, await listCommits(dataDir, revs));
    return checkDataDeltas(dataDir, deltas, history, true);
}
/** What the pre-commit hook checks in the dataset-meta repo: HEAD vs the index git is committing. */
async function verifyDataStaged(dataDir) {
    const changes = await stagedChanges(dataDir, ['datasets/']);
    const touched = [
        ...new Set(changes.map((c) => revisionFolderOf(c.path)).filter((r) => r !== undefined)),
    ];
    // A symbolic link standing in for a whole revision folder names no file inside one, but must still be checked.
    if (touched.length === 0 && !changes.some((c) => c.newMode === '120000'))
        return [];
    const head = await tryResolveCommit(dataDir, 'HEAD', false);
    let history = { revisions: new Set() };
    if (head) {
        const present = (await lsTree(dataDir, 'HEAD', touched, { stripGitEnv: false })).map((e) => e.path);
        const removed = await deletedPaths(dataDir, 'HEAD', touched, false);
        history = revisionHistoryFrom([...present.map((p) => `${p}/`), ...removed]);
    }
    return checkDataDeltas(dataDir, [{ changes }], history, false);
}
/** `base..head` with both ends resolved, or a BAD_INPUT naming the range. */
async function resolveRange(cwd, range) {
    const m = /^(.+?)\.\.(?!\.)(.+)$/.exec(range.trim());
    const base = m && (await (0,git/* tryResolveCommit */.Fl)(cwd, m[1]));
    const head = m && (await (0,git/* tryResolveCommit */.Fl)(cwd, m[2]));
    if (!base || !head)
        throw (0,errors/* badInput */.AN)(`Invalid range '${range}'. Expected <base>..<head> naming two commits of '${cwd}'.`);
    return { base, head };
}
//# sourceMappingURL=verify-data.js.map
// EXTERNAL MODULE: ./lib/src/core/keep-refs.js
var keep_refs = __webpack_require__(3946);
;// CONCATENATED MODULE: ./lib/src/app/verify/verify-provenance.js



const FIELD = 'manifest.json git.commit';
/**
 * Provenance: a run must stay reproducible from its SHA, so its stamped commit must be reachable from `tip` (the
 * checked head: a run committed by `mtrack run` sits on top of the commit it was stamped with, a dirty run on its
 * base commit) or from a keep-ref (`refs/mtrack/commits/*`, pushed by collect for the PR heads trials ran on, which a
 * squash merge drops from history). Git processes: the keep-ref names, one `cat-file --batch-check` for presence,
 * and for reachability either a few `merge-base --is-ancestor` or one `rev-list` walk (none when every run is kept
 * by name).
 *
 * Which runs are refused is decided by the history, not by what this clone happens to hold, so every full clone
 * with the keep-refs fetched gives the same answer (a missing object and an unreachable one are treated alike):
 * - a run collected for a pull request (`git.pull_request`): collect pushes its commit's keep-ref, so a commit lost
 *   there is a violation; CI fetches the keep-refs first, and a clone that did not gets the fetch as the fix.
 * - a run made with the CLI: a warning. Its commit is lost only when the user rewrote history (a `git pull --rebase`
 *   or an `mtrack sync` replay of two local runs, whose second run trained on the first's commit): refusing it would
 *   block the team's documented push flow for a commit mtrack never promised to keep; sync keeps the commits it
 *   rewrites with local keep-refs and says how to push them.
 * A shallow clone cannot tell a lost commit from a cut history: a missing commit there is only a warning.
 */
async function verify_provenance_checkStampedCommits(cwd, stamped, tip, warn) {
    const valid = stamped.filter((s) => /^[0-9a-f]{40}$/.test(s.commit)); // a malformed stamp is the schema rule's
    if (valid.length === 0)
        return [];
    const [keepText, sizes] = await Promise.all([
        (0,git/* gitText */.q_)(['for-each-ref', '--format=%(objectname) %(refname)', keep_refs/* KEEP_REF_PREFIX */.b], { cwd }),
        (0,git/* objectSizes */.Et)(cwd, [...new Set(valid.map((s) => `${s.commit}^{commit}`))]),
    ]);
    const keeps = keepText
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(' '));
    const keptByName = new Set(keeps.map(([, ref]) => ref.slice(keep_refs/* KEEP_REF_PREFIX */.b.length)));
    const open = [...new Set(valid.map((s) => s.commit))].filter((c) => !keptByName.has(c));
    const missing = new Set(open.filter((c) => sizes.get(`${c}^{commit}`) === undefined));
    const unreachable = await unreachableFrom(cwd, open.filter((c) => !missing.has(c)), tip, keeps.map(([oid]) => oid));
    if (missing.size > 0 && (await isShallow(cwd))) {
        warn(`shallow clone: ${missing.size} stamped commit(s) not in it, their reachability was not checked (fetch the whole history).`);
        missing.clear();
    }
    const lost = valid.filter((s) => missing.has(s.commit) || unreachable.has(s.commit));
    const why = (s) => missing.has(s.commit)
        ? `${FIELD} '${s.commit}' is not in this repository: the run cannot be reproduced from its SHA.`
        : `${FIELD} '${s.commit}' is neither in the history of the checked head nor kept by a ${keep_refs/* KEEP_REF_PREFIX */.b} ref: a squash merge or a deleted branch loses it.`;
    for (const s of lost.filter((s) => s.pullRequest === undefined))
        warn(`${(0,paths/* runPath */.t0)(s.folder)}: ${why(s)} (a rebase or an \`mtrack sync\` replay rewrote the commit it trained on? keep it: git update-ref ${keep_refs/* KEEP_REF_PREFIX */.b}<sha> <sha>, and push ${keep_refs/* KEEP_REF_PREFIX */.b}*)`);
    return lost
        .filter((s) => s.pullRequest !== undefined)
        .map((s) => ({
        rule: 'stamped-commit',
        path: (0,paths/* runPath */.t0)(s.folder),
        message: `${why(s)} It was trained for pull request #${s.pullRequest}, whose head collect keeps.`,
        fix: keep_refs/* FETCH_KEEP_REFS */.cV,
        ...(s.addedIn ? { commit: s.addedIn } : {}),
    }));
}
// A few commits (a --range of a few runs): one `merge-base --is-ancestor` each, which walks only from the run back
// to the commit it was trained on (its parent, in the `mtrack run` flow). Many, or any not under `tip`: one walk of
// everything reachable from `tip` and the keep-refs, then membership. Both are exact; `rev-list <c> ^<root>` would
// stop early but trusts commit dates, and with clock skew (a rebased or imported history) misses an ancestor.
const FEW = 8;
async function unreachableFrom(cwd, candidates, tip, keeps) {
    let open = candidates;
    if (open.length > 0 && open.length <= FEW) {
        const under = await Promise.all(open.map((c) => (0,git/* isAncestor */.QX)(cwd, c, tip)));
        open = open.filter((_, i) => !under[i]);
    }
    if (open.length === 0)
        return new Set();
    const text = await (0,git/* gitText */.q_)(['rev-list', '--stdin'], { cwd, input: [tip, ...keeps].join('\n') + '\n' });
    const reachable = new Set(text.split('\n'));
    return new Set(open.filter((c) => !reachable.has(c)));
}
async function isShallow(cwd) {
    return (await (0,git/* gitText */.q_)(['rev-parse', '--is-shallow-repository'], { cwd })) === 'true';
}
//# sourceMappingURL=verify-provenance.js.map
;// CONCATENATED MODULE: ./lib/src/app/verify/verify.js











const stderrWarn = (message) => process.stderr.write(`mtrack: warning: ${message}\n`);
/** Every rule over the experiment repo's whole history, its HEAD tree, and rule 7 over the dataset-meta repo. */
async function verifyAll(expDir, options = {}) {
    const ws = loadWorkspace(expDir);
    const warn = options.warn ?? stderrWarn;
    const head = await tryResolveCommit(ws.expDir, 'HEAD');
    const violations = [];
    if (head) {
        const blobs = gitBlobs(ws.expDir, true);
        const deltas = await commitChanges(ws.expDir, await listCommits(ws.expDir, ['HEAD']));
        violations.push(...(await checkExperimentDeltas(deltas, emptyRunHistory(), blobs, ws.largeFileBytes, artifactStores(ws)))
            .violations);
        // The HEAD tree as one delta from an empty history: content rules and rule 5 for every run folder, including
        // any that arrived through a merge commit (merges are not walked as deltas).
        const tree = await lsTree(ws.expDir, 'HEAD', [`${EXPERIMENTS_DIR}/`, 'models/'], { recursive: true });
        const headDelta = {
            changes: tree.map((e) => ({ status: 'A', path: e.path, oldOid: EMPTY_TREE, newOid: e.oid, newMode: e.mode })),
        };
        const report = await checkExperimentDeltas([headDelta], emptyRunHistory(), blobs, ws.largeFileBytes, artifactStores(ws));
        violations.push(...report.violations);
        const refs = report.datasetRefs;
        violations.push(...(await checkDatasetRefs(ws.dataDir, refs, warn)));
        violations.push(...(await checkStampedCommits(ws.expDir, report.stampedCommits, head, warn)));
    }
    const why = await whyUnreachable(ws.dataDir);
    if (why)
        warn(`dataset-meta repo unreachable (${why}): its revisions were not checked.`);
    else
        violations.push(...(await verifyDataCommits(ws.dataDir)));
    return dedupe(violations);
}
/** Every rule for each commit of `base..head`, each against its parent (what CI runs on a pull request). */
async function verifyRange(expDir, range, options = {}) {
    const ws = (0,workspace.loadWorkspace)(expDir);
    const { base, head } = await resolveRange(ws.expDir, range);
    const present = await runFoldersAt(ws.expDir, base, true);
    const history = runHistoryFrom(present, await (0,verify_history/* deletedRunPaths */.H)(ws.expDir, base, true));
    const deltas = await (0,git/* commitChanges */.PT)(ws.expDir, await (0,git/* listCommits */.VE)(ws.expDir, [range]));
    const report = await verify_experiment_checkExperimentDeltas(deltas, history, verify_experiment_gitBlobs(ws.expDir, true), ws.largeFileBytes, artifactStores(ws));
    const warn = options.warn ?? stderrWarn;
    return [
        ...report.violations,
        ...(await verify_data_checkDatasetRefs(ws.dataDir, report.datasetRefs, warn)),
        ...(await verify_provenance_checkStampedCommits(ws.expDir, report.stampedCommits, head, warn)),
    ];
}
/**
 * What pre-commit runs: HEAD against the index git is about to commit. Git runs with the inherited environment so
 * GIT_INDEX_FILE (set for `git commit -a` and `git commit <path>`) picks the right index.
 */
async function verifyStaged(expDir, options = {}) {
    const ws = loadWorkspace(expDir);
    // Two git processes in all, started together: the index diff, and one cat-file for HEAD, its run folders and
    // every blob the rules read.
    const reader = new ObjectReader(ws.expDir, true);
    try {
        const [head, changes] = await Promise.all([reader.info('HEAD'), indexChanges(ws.expDir)]);
        const commit = head?.type === 'commit' ? head.oid : undefined;
        return await checkProposed(ws, changes, commit, readerBlobs(reader), false, options, reader);
    }
    finally {
        reader.close();
    }
}
/** HEAD plus these files (repo-relative or absolute paths): mtrack's own commits call this before committing. */
async function verifyProposedCommit(expDir, files, options = {}) {
    const ws = (0,workspace.loadWorkspace)(expDir);
    const byPath = new Map([...files].map(([path, bytes]) => [toRepoPath(ws.expDir, path), bytes]));
    const head = await (0,git/* tryResolveCommit */.Fl)(ws.expDir, 'HEAD');
    const before = head
        ? new Map((await (0,git/* lsTree */.kb)(ws.expDir, 'HEAD', [...byPath.keys()])).map((e) => [e.path, e.oid]))
        : new Map();
    const blobs = new Map();
    const changes = [];
    for (const [path, bytes] of byPath) {
        const oid = (0,git/* blobOid */.IM)(bytes);
        blobs.set(oid, bytes);
        const old = before.get(path);
        if (old === oid)
            continue;
        changes.push({ status: old ? 'M' : 'A', path, oldOid: old ?? '0'.repeat(40), newOid: oid, newMode: '100644' });
    }
    return checkProposed(ws, changes, head, memoryBlobs(blobs, verify_experiment_gitBlobs(ws.expDir, true)), true, options);
}
async function checkProposed(ws, changes, head, blobs, strip, options, reader) {
    const history = head ? await historyForChanges(ws.expDir, head, changes, strip, reader) : history_emptyRunHistory();
    options.addedRunFolders?.(addedRunFolders(changes, history));
    const report = await verify_experiment_checkExperimentDeltas([{ changes }], history, blobs, ws.largeFileBytes, artifactStores(ws));
    return [
        ...report.violations,
        ...(await verify_data_checkDatasetRefs(ws.dataDir, report.datasetRefs, options.warn ?? stderrWarn)),
    ];
}
/**
 * The history a staged change is judged against: the run folders of HEAD (one tree level) and the paths ever
 * deleted (an incremental index, see verify-history.ts). Skipped when nothing is added.
 */
async function historyForChanges(cwd, head, changes, strip, reader) {
    const needsHistory = changes.some((c) => c.status === 'A' && (c.path.startsWith(`${paths/* EXPERIMENTS_DIR */.vQ}/`) || c.path.endsWith('metrics.json')));
    if (!needsHistory)
        return history_emptyRunHistory();
    const [present, deleted] = await Promise.all([
        reader ? runFoldersIn(reader, head) : runFoldersAt(cwd, head, strip),
        (0,verify_history/* deletedRunPaths */.H)(cwd, head, strip),
    ]);
    return runHistoryFrom(present, deleted);
}
async function runFoldersAt(cwd, rev, strip) {
    const entries = await (0,git/* lsTree */.kb)(cwd, rev, [`${paths/* EXPERIMENTS_DIR */.vQ}/`], { stripGitEnv: strip });
    return entries.filter((e) => e.type === 'tree').map((e) => e.path.slice(paths/* EXPERIMENTS_DIR */.vQ.length + 1));
}
// The same list as runFoldersAt, read as the raw tree object through the hook's one cat-file process.
async function runFoldersIn(reader, commit) {
    const tree = await reader.contents(`${commit}:${paths/* EXPERIMENTS_DIR */.vQ}`);
    if (tree?.type !== 'tree')
        return [];
    return (0,git/* parseTree */.cZ)(tree.bytes)
        .filter((e) => e.mode === '40000')
        .map((e) => e.name);
}
function toRepoPath(root, path) {
    return ((0,external_node_path_.isAbsolute)(path) ? (0,external_node_path_.relative)(root, path) : path).split(external_node_path_.sep).join('/');
}
function dedupe(violations) {
    const seen = new Set();
    return violations.filter((v) => {
        const key = `${v.rule}\0${v.path}\0${v.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** Stores an external artifact line may name: the artifact store, and (file:// lines) the local dataset store. */
function artifactStores(ws) {
    const artifacts = (0,artifact_settings/* artifactStoreRef */.nX)((0,artifact_settings/* artifactStoreSettings */.Dz)(ws.settings), ws.expDir);
    return ws.storeRoot ? [ws.storeRoot, artifacts] : [artifacts];
}
//# sourceMappingURL=verify.js.map

/***/ }),

/***/ 2307:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VF: () => (/* binding */ LOCAL_ARTIFACT_SCHEME),
/* harmony export */   Wf: () => (/* binding */ artifactKey),
/* harmony export */   Wk: () => (/* binding */ localArtifactStoreRef),
/* harmony export */   w2: () => (/* binding */ artifactUriInStores)
/* harmony export */ });
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3442);
/* harmony import */ var _safe_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9895);


/**
 * The portable name of a key in a local artifact folder (mtrack.yaml `artifact_store: {type: local_fs}`):
 * committed lines say `artifact-store:sha256/<hex>`, never the folder's path on the machine that wrote them.
 */
const LOCAL_ARTIFACT_SCHEME = 'artifact-store:';
/**
 * Artifact keys are content-addressed: the experiment id may change after training (restamp when another run
 * landed first), and the same bytes stored twice are one object.
 */
function artifactKey(hash) {
    return `sha256/${(0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hexOf */ .ZD)(hash)}`;
}
/** How the rules are told about the local artifact folder of this machine (an entry of `artifactStores`). */
function localArtifactStoreRef(folder) {
    return `${LOCAL_ARTIFACT_SCHEME}${folder}`;
}
/**
 * Where an external artifact line points, if inside a configured store; otherwise why not. `stores` holds the
 * stores as this machine reaches them: absolute folders (file:// lines), `s3://bucket/prefix` (s3:// lines of the
 * artifact store) and `artifact-store:<absolute folder>` (artifact-store: lines).
 */
function artifactUriInStores(uri, stores) {
    if (uri.startsWith('file://')) {
        const folders = stores.filter((s) => !s.startsWith('s3://') && !s.startsWith(LOCAL_ARTIFACT_SCHEME));
        const where = (0,_safe_path_js__WEBPACK_IMPORTED_MODULE_1__/* .fileUriInStores */ .AG)(uri, folders);
        return 'problem' in where ? where : { kind: 'file', path: where.path };
    }
    if (uri.startsWith('s3://')) {
        const s3 = stores.filter((s) => s.startsWith('s3://'));
        const store = s3.find((s) => uri.startsWith(`${s}/`));
        if (!store)
            return {
                problem: `is outside the configured artifact store (${s3.length ? s3.map((s) => `'${s}/'`).join(', ') : 'no s3 store configured'})`,
            };
        return keyed(uri.slice(store.length + 1), (key) => ({ kind: 's3', store, key }));
    }
    if (uri.startsWith(LOCAL_ARTIFACT_SCHEME)) {
        const local = stores.find((s) => s.startsWith(LOCAL_ARTIFACT_SCHEME));
        if (!local)
            return { problem: 'names a local artifact folder, but mtrack.yaml artifact_store is not local_fs' };
        const folder = local.slice(LOCAL_ARTIFACT_SCHEME.length);
        return keyed(uri.slice(LOCAL_ARTIFACT_SCHEME.length), (key) => ({ kind: 'local', folder, key }));
    }
    return { problem: 'is not a URI of a configured store (s3://, artifact-store: or file://)' };
}
function keyed(key, ok) {
    const problem = (0,_safe_path_js__WEBPACK_IMPORTED_MODULE_1__/* .relativePathProblem */ .BE)(key);
    return problem ? { problem: `has a key that ${problem}` } : ok(key);
}
//# sourceMappingURL=artifact-uri.js.map

/***/ }),

/***/ 7753:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ dataPaths)
/* harmony export */ });
/* unused harmony export storePaths */
/** Paths inside the dataset-meta repo, relative to its root. */
const dataPaths = {
    revisionDir: (datasetId, rev) => `datasets/${datasetId}/revisions/${rev}`,
    manifest: (datasetId, rev) => `datasets/${datasetId}/revisions/${rev}/dataset_manifest.json`,
    notes: (datasetId, rev) => `datasets/${datasetId}/revisions/${rev}/notes.md`,
    latest: (datasetId) => `datasets/${datasetId}/latest.txt`,
};
/** Paths inside a revision of the dataset store, relative to the store root. */
const storePaths = {
    revision: (datasetId, rev) => `${datasetId}/${rev}`,
    checksums: (datasetId, rev) => `${datasetId}/${rev}/checksums.json`,
};
//# sourceMappingURL=dataset-paths.js.map

/***/ }),

/***/ 3442:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZD: () => (/* binding */ hexOf),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* unused harmony exports listingHash, sha256sumListing, compareCodeUnits */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

/** `sha256:<hex>` of bytes: the one hash format mtrack writes. */
function sha256(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
function hexOf(hash) {
    return hash.slice('sha256:'.length);
}
/**
 * The hash of a folder of files: sha256 of its `sha256sum` listing (`<hex>  <relative path>\n` per file, no `./`
 * prefix, sorted by path by code unit, which is byte order for ASCII names; `sort` needs LC_ALL=C for that), so
 * `cd DIR && find . -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum` prints it
 * (test/unit/core-ids-hash.test.ts runs this line).
 */
function listingHash(files) {
    return sha256(sha256sumListing(files));
}
function sha256sumListing(files) {
    return Object.keys(files)
        .sort(compareCodeUnits)
        .map((path) => `${hexOf(files[path])}  ${path}\n`)
        .join('');
}
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
//# sourceMappingURL=hash.js.map

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

/***/ 3946:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ keepRef),
/* harmony export */   b: () => (/* binding */ KEEP_REF_PREFIX),
/* harmony export */   cV: () => (/* binding */ FETCH_KEEP_REFS)
/* harmony export */ });
/**
 * Keep-refs: one ref per commit a collected run is stamped with (`refs/mtrack/commits/<sha>`), pushed by collect
 * in the same atomic push as the bot branch. A trial trains on the PR's head commit, which a squash merge or a
 * deleted branch drops from every branch; the keep-ref keeps it on the remote so the run stays reproducible from
 * its SHA. Named by the commit (not by PR number) so two collects of the same head push the same ref with the same
 * value, and verify can answer "is this commit kept?" from the ref name alone.
 */
const KEEP_REF_PREFIX = 'refs/mtrack/commits/';
/** The keep-ref of a stamped commit. */
function keepRef(commit) {
    return `${KEEP_REF_PREFIX}${commit}`;
}
/** What to run so a clone has every keep-ref (they are not fetched by default). */
const FETCH_KEEP_REFS = `git fetch origin '+${KEEP_REF_PREFIX}*:${KEEP_REF_PREFIX}*'`;
//# sourceMappingURL=keep-refs.js.map

/***/ }),

/***/ 5288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ek: () => (/* binding */ formatArtifactPointers),
/* harmony export */   FF: () => (/* binding */ parseKeyValueLines),
/* harmony export */   lL: () => (/* binding */ formatDatasetPointer),
/* harmony export */   sx: () => (/* binding */ parseArtifactPointers)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7657);

const POINTER_KEYS = [
    'dataset_id',
    'dataset_revision',
    'store_type',
    'data_store_root',
    'relative_path',
    'checksums',
    'dataset_meta_commit',
];
/** pointers/dataset_pointer.txt: `key=value` lines in a fixed order (the spec's format, plus store_type). */
function formatDatasetPointer(pointer) {
    return POINTER_KEYS.map((key) => `${key}=${pointer[key]}\n`).join('');
}
/** Parses `key=value` lines into an object; the caller validates it against schemas/dataset_pointer. */
function parseKeyValueLines(text, file) {
    const out = {};
    text.split('\n').forEach((line, i) => {
        if (line.trim() === '' || line.startsWith('#'))
            return;
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`${file}:${i + 1} expected 'key=value', got '${line}'.`);
        const key = line.slice(0, eq).trim();
        if (key in out)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`${file}:${i + 1} ${key}: duplicate key.`);
        out[key] = line.slice(eq + 1).trim();
    });
    return out;
}
/** pointers/artifact_store.txt: `<uri>  sha256:<hex>` lines, sorted by uri. */
function formatArtifactPointers(pointers) {
    return [...pointers]
        .sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0))
        .map((p) => `${p.uri}  ${p.sha256}\n`)
        .join('');
}
/** Parses artifact pointer lines; each row keeps its 1-based line in the file (comments and blank lines count). */
function parseArtifactPointers(text, file) {
    return text
        .split('\n')
        .map((line, i) => ({ text: line.trim(), line: i + 1 }))
        .filter(({ text }) => text !== '' && !text.startsWith('#'))
        .map(({ text, line }) => {
        const parts = text.split(/\s+/);
        if (parts.length !== 2)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`${file}:${line} expected '<uri>  sha256:<hex>', got '${text}'.`);
        return { line, fields: { uri: parts[0], sha256: parts[1] } };
    });
}
//# sourceMappingURL=pointers.js.map

/***/ }),

/***/ 8501:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M2: () => (/* binding */ formatRunCommitSubject)
/* harmony export */ });
/* unused harmony exports commitSubject, checkCommitMessage, acceptedSubjectPattern */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7657);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1306);


const SUBJECT = /^mtrack: ((?:E\d{4,} )+)(\S+) (\S+) (?:—|--) (\S.*)$/;
/**
 * The subject of a commit adding these run folders (names or paths): `mtrack: <ids, sorted> <dataset> <model> —
 * <intent>`, the first run's dataset and model. `checkCommitMessage` accepts it and so does the commit-msg hook's
 * `acceptedSubjectPattern`; the intent is kept to one line, and an empty one is named as such.
 */
function formatRunCommitSubject(runFolders, intent) {
    const names = runFolders.map((f) => {
        const name = (0,_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRunFolder */ .h_)(f.slice(f.lastIndexOf('/') + 1));
        if (!name)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MtrackError */ .Bl('INTERNAL', `formatRunCommitSubject: '${f}' is not a run folder name.`);
        return name;
    });
    if (names.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MtrackError */ .Bl('INTERNAL', 'formatRunCommitSubject: no run folder given.');
    const ids = names.map((n) => n.experimentId).sort();
    const oneLine = intent.replace(/\s+/g, ' ').trim() || '(no intent given)';
    return `mtrack: ${ids.join(' ')} ${names[0].dataset} ${names[0].model} — ${oneLine}`;
}
/** The subject line git will record: comment lines and everything below a scissors line dropped. */
function commitSubject(message, commentChar = '#') {
    const lines = [];
    for (const line of message.split('\n')) {
        if (line.startsWith(`${commentChar} ------------------------ >8 ------------------------`))
            break;
        if (!line.startsWith(commentChar))
            lines.push(line);
    }
    return lines.find((l) => l.trim() !== '')?.trim() ?? '';
}
/** The commit-msg rule: a commit adding run folders says `mtrack: E#### <dataset> <model> — <intent>` naming them all. */
function checkCommitMessage(message, addedRunFolders) {
    const runs = addedRunFolders.map((f) => ({ folder: f, name: parseRunFolder(f) })).filter((r) => r.name);
    if (runs.length === 0)
        return [];
    const ids = runs.map((r) => r.name.experimentId).sort();
    const datasets = new Set(runs.map((r) => r.name.dataset));
    const models = new Set(runs.map((r) => r.name.model));
    const example = formatRunCommitSubject(runs.map((r) => r.folder), '<intent>');
    const subject = commitSubject(message);
    const fail = (why) => [
        {
            rule: 'commit-message',
            path: '(commit message)',
            message: `${why} This commit adds run${ids.length > 1 ? 's' : ''} ${ids.join(', ')}.`,
            fix: `use the subject line '${example}'.`,
        },
    ];
    const m = SUBJECT.exec(subject);
    if (!m)
        return fail(`subject '${subject}' does not follow 'mtrack: E#### <dataset> <model> — <intent>'.`);
    const named = m[1].trim().split(' ').sort();
    const missing = ids.filter((id) => !named.includes(id));
    const extra = named.filter((id) => !ids.includes(id));
    if (missing.length > 0)
        return fail(`subject does not name ${missing.join(', ')}.`);
    if (extra.length > 0)
        return fail(`subject names ${extra.join(', ')}, which this commit does not add.`);
    if (!datasets.has(m[2]))
        return fail(`subject names dataset '${m[2]}', expected ${[...datasets].map((d) => `'${d}'`).join(' or ')}.`);
    if (!models.has(m[3]))
        return fail(`subject names model '${m[3]}', expected ${[...models].map((d) => `'${d}'`).join(' or ')}.`);
    return [];
}
const ereEscape = (s) => s.replace(/[.[\]()*+?{}|^$\\]/g, '\\$&');
/**
 * A POSIX ERE matching only subjects `checkCommitMessage` accepts for these folders (ids in sorted order), so the
 * commit-msg hook can accept the usual message with `grep -E` and start Node only to explain a mismatch.
 */
function acceptedSubjectPattern(addedRunFolders) {
    const names = addedRunFolders.map((f) => parseRunFolder(f)).filter((n) => n !== undefined);
    if (names.length === 0)
        return undefined;
    const ids = names.map((n) => n.experimentId).sort();
    const alt = (xs) => `(${[...new Set(xs)].map(ereEscape).join('|')})`;
    return `^[[:space:]]*mtrack: ${ids.join(' ')} ${alt(names.map((n) => n.dataset))} ${alt(names.map((n) => n.model))} (—|--) [^[:space:]]`;
}
//# sourceMappingURL=commit-message.js.map

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

/***/ 7999:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NN: () => (/* binding */ isHashedRunFile),
/* harmony export */   bk: () => (/* binding */ withFileHash),
/* harmony export */   mk: () => (/* binding */ runFileHashes)
/* harmony export */ });
/* unused harmony export UNHASHED_RUN_FILES */
/**
 * Files of a run folder the manifest's `files` map does not cover: the manifest itself (it holds the map) and
 * notes.md, which a person may complete after the run (see the decision-log issue). Every other file is fixed.
 */
const UNHASHED_RUN_FILES = ['manifest.json', 'notes.md'];
function isHashedRunFile(rel) {
    return !UNHASHED_RUN_FILES.includes(rel);
}
/** The manifest's `files` map: run-folder-relative path -> sha256, sorted by path so the JSON is stable. */
function runFileHashes(hashes) {
    const out = {};
    for (const rel of Object.keys(hashes).sort())
        if (isHashedRunFile(rel))
            out[rel] = hashes[rel];
    return out;
}
/** A copy of `manifest` whose `files` entry for `rel` is `hash`: for rewriters (restamp) of a fixed file. */
function withFileHash(manifest, rel, hash) {
    const files = manifest.files;
    if (!files || !(rel in files))
        return manifest;
    return { ...manifest, files: { ...files, [rel]: hash } };
}
//# sourceMappingURL=run-files.js.map

/***/ }),

/***/ 9895:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AG: () => (/* binding */ fileUriInStores),
/* harmony export */   BE: () => (/* binding */ relativePathProblem),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   LI: () => (/* binding */ resolveInside)
/* harmony export */ });
/* unused harmony export SAFE_RELATIVE_PATH */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7657);


/**
 * The relative-path form every committed or configured document may use for a path inside a root (run folder,
 * store revision, artifact key): `/`-separated segments of letters, digits, `._-`, none of them `.` or `..`.
 * The same expression is the `pattern` of those fields in schemas/ (a test holds them equal).
 */
const SAFE_RELATIVE_PATH = '^(?!\\.{1,2}(/|$))(?!.*/\\.{1,2}(/|$))[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$';
const SAFE = new RegExp(SAFE_RELATIVE_PATH);
/** Why `path` is not a safe relative path (absolute, `..`, empty segment, odd character), or undefined when it is. */
function relativePathProblem(path) {
    if (path === '')
        return 'is empty';
    if (path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:/.test(path))
        return 'is absolute';
    if (path.split(/[/\\]/).some((s) => s === '..'))
        return "climbs out of its root with '..'";
    if (!SAFE.test(path))
        return "is not a plain relative path (segments of A-Z a-z 0-9 . _ -, no '.' or empty ones)";
    return undefined;
}
/**
 * `<root>/<rel>` for a `rel` read from a file, refused (BAD_INPUT naming `label`) unless it is a safe relative path
 * that stays inside `root`: a committed path must never make mtrack read or write outside the folder it names.
 */
function resolveInside(root, rel, label) {
    const problem = relativePathProblem(rel);
    if (problem)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(`${label}: '${rel}' ${problem}; expected a path inside '${root}'.`);
    const full = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(root.replace(/\\/g, '/'), rel);
    if (!isInside(root, full))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(`${label}: '${rel}' leaves '${root}'.`);
    return full;
}
/** Whether absolute `path` is `root` itself or below it, after normalising both (no file system access). */
function isInside(root, path) {
    const r = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(root.replace(/\\/g, '/')).replace(/\/+$/, '');
    const p = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path.replace(/\\/g, '/'));
    return p === r || p.startsWith(`${r}/`);
}
/**
 * The absolute path a `file://` URI names, if it lies inside one of `roots` (the configured stores) and has no
 * `..`; otherwise why not. Other schemes name no configured store.
 */
function fileUriInStores(uri, roots) {
    if (!uri.startsWith('file://'))
        return { problem: 'is not a file:// URI of a configured store' };
    let path;
    try {
        path = decodeURIComponent(uri.slice('file://'.length));
    }
    catch {
        return { problem: 'is not a valid URI' };
    }
    if (!path.startsWith('/') || path.includes('\0'))
        return { problem: 'must name an absolute path (file:///…)' };
    if (path.split('/').some((s) => s === '..' || s === '.'))
        return { problem: "climbs with '..'" };
    const root = roots.find((r) => isInside(r, path) && node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path) !== node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(r));
    if (!root)
        return {
            problem: `is outside every configured store (${roots.length ? roots.map((r) => `'${r}'`).join(', ') : 'none configured'})`,
        };
    return { path };
}
//# sourceMappingURL=safe-path.js.map

/***/ })

};
