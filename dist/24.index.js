export const id = 24;
export const ids = [24,369];
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

/***/ 4438:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  refreshBaseline: () => (/* binding */ refreshBaseline)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(8262);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/core/errors.js
var errors = __webpack_require__(7657);
// EXTERNAL MODULE: ./lib/src/app/data/dataset-meta.js
var dataset_meta = __webpack_require__(1025);
// EXTERNAL MODULE: ./lib/src/app/data/dataset-store.js + 14 modules
var dataset_store = __webpack_require__(8559);
// EXTERNAL MODULE: ./lib/src/app/setup/model-ref.js
var model_ref = __webpack_require__(2737);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/src/core/hash.js
var hash = __webpack_require__(3442);
;// CONCATENATED MODULE: ./lib/src/core/model-card.js
const UNKNOWN = 'unknown';
/** The spec's "Model Card Template (If Missing)", every heading and field, filled where known and `unknown` elsewhere. */
function generateModelCard(facts) {
    const sections = [
        [
            'Model Details',
            [
                ['Model name / ID', facts.modelId],
                ['Provider', facts.provider],
                ['Revision / commit', revisionLine(facts.revision, facts.resolvedCommit)],
                ['Architecture summary', facts.architecture],
                ['Intended task', facts.task],
                ['Input format', facts.inputFormat],
                ['Output format', facts.outputFormat],
            ],
        ],
        [
            'Training Data',
            [
                ['Dataset(s)', facts.datasets],
                ['Dataset version(s)', facts.datasetVersions],
                ['Preprocessing', undefined],
            ],
        ],
        [
            'Evaluation',
            [
                ['Metrics used', undefined],
                ['Baseline performance (if known)', undefined],
                ['Known failure cases', undefined],
            ],
        ],
        [
            'Limitations & Risks',
            [
                ['Operational constraints', undefined],
                ['Bias / fairness considerations (as applicable)', undefined],
                ['Safety considerations', undefined],
            ],
        ],
        [
            'License & Use',
            [
                ['License', facts.license],
                ['Restrictions / attribution', undefined],
            ],
        ],
        [
            'Provenance',
            [
                ['Downloaded from', facts.downloadedFrom],
                ['Download date', facts.downloadDate],
                ['Stored in repo at', facts.storedAt],
            ],
        ],
    ];
    const body = sections.map(([heading, fields]) => [`### ${heading}`, ...fields.map(field)].join('\n'));
    return [`# Model card: ${oneLine(facts.modelId)}`, '', body.join('\n\n'), generatedNote(facts), ''].join('\n');
}
/** An "mtrack provenance" section to append to a card downloaded from the hub, saying where and when it came from. */
function provenanceFooter(facts) {
    return [
        '',
        '---',
        '',
        '## mtrack provenance',
        field(['Downloaded from', facts.downloadedFrom]),
        field(['Revision / commit', revisionLine(facts.revision, facts.resolvedCommit)]),
        field(['Download date', facts.downloadDate]),
        field(['Stored in repo at', facts.storedAt]),
        '',
    ].join('\n');
}
function generatedNote(facts) {
    const why = facts.generatedBecause ? ` because ${oneLine(facts.generatedBecause).replace(/\.$/, '')}` : '';
    const lines = [
        `- **Card source:** GENERATED by mtrack from the spec's model card template${why}; not written by the ` +
            `model's authors. Fields marked "${UNKNOWN}" were not known to mtrack.`,
    ];
    if (facts.resolvedCommit === null) {
        lines.push(`- **Revision status:** UNRESOLVED: revision '${oneLine(facts.revision)}' could not be resolved to a commit ` +
            'when this card was written; no commit SHA is recorded.');
    }
    return lines.join('\n');
}
function revisionLine(revision, commit) {
    if (commit === null)
        return `${oneLine(revision)} (unresolved: no commit SHA recorded)`;
    return commit === revision ? commit : `${oneLine(revision)} -> ${commit}`;
}
function field([label, value]) {
    const text = value === undefined || value === null || value.trim() === '' ? UNKNOWN : oneLine(value);
    return `- **${label}:** ${text}`;
}
/** Card fields are one markdown bullet each: a newline in a value would break the list. */
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
//# sourceMappingURL=model-card.js.map
// EXTERNAL MODULE: ./lib/src/core/time.js
var time = __webpack_require__(7579);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@huggingface/hub/dist/index.mjs + 15 modules
var dist = __webpack_require__(5009);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./lib/src/adapters/hub/card-metadata.js

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
/** Reads the front matter of a README.md; a card without one, or with broken YAML, has no metadata. */
function readCardMetadata(card) {
    const match = FRONT_MATTER.exec(card);
    if (!match)
        return {};
    let data;
    try {
        data = (0,yaml_dist/* parse */.qg)(match[1]);
    }
    catch {
        return {};
    }
    return isRecord(data) ? metadataFrom(data) : {};
}
/** The same fields from an already parsed object (the hub's `cardData`). */
function metadataFrom(cardData) {
    const data = cardData;
    return dropUndefined({
        license: listText(data.license),
        licenseLink: card_metadata_text(data.license_link),
        pipelineTag: card_metadata_text(data.pipeline_tag),
        datasets: list(data.datasets),
    });
}
function card_metadata_text(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
function list(value) {
    const items = (Array.isArray(value) ? value : [value]).map(card_metadata_text).filter((v) => v !== undefined);
    return items.length > 0 ? items : undefined;
}
function listText(value) {
    return list(value)?.join(', ');
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function dropUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
//# sourceMappingURL=card-metadata.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/hub/describe-hub-error.js

/** One honest line saying why the hub gave no answer we can pin: the status or socket error, and where. */
function describeHubError(error, context) {
    const where = `(${context.endpoint})`;
    if (error instanceof dist/* HubApiError */.yL)
        return describe_hub_error_oneLine(`${describeStatus(error, context)} ${where}`);
    if (isTimeout(error))
        return `no answer within ${context.timeoutMs} ms ${where}`;
    const socket = socketCause(error);
    if (socket)
        return describe_hub_error_oneLine(`${socket} ${where}`);
    // e.g. `fetch failed: bad port` (fetch refuses ports like 9 or 6000 before connecting).
    const messages = causes(error)
        .map((e) => textOf(e.message))
        .filter(Boolean);
    const message = messages.length > 0 ? [...new Set(messages)].join(': ') : String(error);
    return describe_hub_error_oneLine(`${message} ${where}`);
}
function describeStatus(error, context) {
    const status = error.statusCode;
    const code = context.errorCodeFor(error.url);
    if (status === 401 || status === 403) {
        return context.hasToken
            ? `authentication failed (${status}): the hub refused HF_TOKEN for '${context.modelId}'`
            : `access denied (${status}): '${context.modelId}' is private, gated or missing; set HF_TOKEN if you have access`;
    }
    if (status === 404 && code === 'RevisionNotFound')
        return `revision '${context.revision}' not found (404)`;
    if (status === 404 && code === 'EntryNotFound')
        return `file not found (404): ${pathOf(error.url)}`;
    if (status === 404)
        return `model '${context.modelId}' not found (404)`;
    if (status === 429)
        return 'rate limited by the hub (429)';
    return `hub answered HTTP ${status} for ${pathOf(error.url)}`;
}
function isTimeout(error) {
    return causes(error).some((e) => e.name === 'TimeoutError' || e.code === 'UND_ERR_CONNECT_TIMEOUT');
}
/** Node's fetch throws `TypeError: fetch failed` and keeps the useful part (`connect ECONNREFUSED ...`) in `cause`. */
function socketCause(error) {
    const socket = causes(error).find((e) => typeof e.code === 'string');
    if (!socket)
        return undefined;
    // Several addresses tried (localhost -> ::1 and 127.0.0.1) arrive as an AggregateError with an empty message.
    const first = Array.isArray(socket.errors) ? socket.errors[0] : undefined;
    return textOf(socket.message) || textOf(first?.message) || String(socket.code);
}
/**
 * The error and its `cause` chain. Duck-typed, not `instanceof Error`: errors made inside Node's fetch come from
 * another realm under Jest's VM modules, where `instanceof` is false.
 */
function causes(error) {
    const chain = [];
    for (let e = error; typeof e === 'object' && e !== null && chain.length < 10; e = e.cause) {
        chain.push(e);
    }
    return chain;
}
function textOf(value) {
    return typeof value === 'string' ? value : '';
}
function pathOf(url) {
    try {
        return decodeURIComponent(new URL(url).pathname);
    }
    catch {
        return url;
    }
}
function describe_hub_error_oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
//# sourceMappingURL=describe-hub-error.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/hub/hub-fetch.js
function createHubFetch(token, timeoutMs) {
    const errorCodes = new Map();
    const hubFetch = async (input, init) => {
        const headers = new Headers(init?.headers);
        // The token goes on here rather than through the library's `accessToken`, which throws unless it starts with
        // `hf_`; tokens for a mirror behind HF_ENDPOINT need not.
        if (token)
            headers.set('Authorization', `Bearer ${token}`);
        // Per request, and it also covers reading the body: an offline or silent hub must not hang `model pin`.
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        const response = await fetch(input, { ...init, headers, signal });
        const code = response.headers.get('X-Error-Code');
        if (!response.ok && code)
            errorCodes.set(response.url || String(input), code);
        return response;
    };
    return { fetch: hubFetch, errorCodeFor: (url) => errorCodes.get(url) };
}
//# sourceMappingURL=hub-fetch.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/hub/fetch-model-baseline.js






const DEFAULT_HUB_TIMEOUT_MS = 10_000;
/** Non-LFS files up to this size are downloaded to hash them; larger ones get `sha256: null`. */
const MAX_HASHED_DOWNLOAD = 1024 * 1024;
const COMMIT_SHA = /^[0-9a-f]{40}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const LICENSE_FILE = /^licen[cs]e(\.(md|txt))?$/i;
/**
 * Resolves `revision` of a hub model to the commit the hub reports, and reads its files, card and license at that
 * commit. Any failure gives `unresolved` with a one-line reason: a SHA is never guessed.
 */
async function fetchModelBaseline(modelId, revision, options) {
    const endpoint = options.endpoint.replace(/\/+$/, '');
    const timeoutMs = options.timeoutMs ?? DEFAULT_HUB_TIMEOUT_MS;
    const hub = createHubFetch(options.token, timeoutMs);
    const common = { hubUrl: endpoint, fetch: hub.fetch };
    let stage = '';
    try {
        const info = await (0,dist/* modelInfo */.gi)({ ...common, name: modelId, revision, additionalFields: ['sha', 'cardData', 'tags'] });
        if (typeof info.sha !== 'string' || !COMMIT_SHA.test(info.sha)) {
            return unresolved(`the hub reported no 40-hex commit for revision '${revision}' (got '${String(info.sha)}')`);
        }
        const commit = info.sha;
        stage = `resolved '${revision}' to ${commit}, then: `;
        const repo = { ...common, repo: { type: 'model', name: modelId } };
        const download = async (path) => {
            // xet: false — the xet protocol needs its own token exchange; plain resolve URLs serve the same bytes.
            const blob = await (0,dist/* downloadFile */.PE)({ ...repo, path, revision: commit, xet: false });
            if (!blob)
                throw new Error(`file '${path}' listed at ${commit} but not found there`);
            return new Uint8Array(await blob.arrayBuffer());
        };
        const entries = [];
        for await (const entry of (0,dist/* listFiles */.CS)({ ...repo, revision: commit, recursive: true })) {
            if (entry.type === 'file')
                entries.push(entry);
        }
        entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        const bytesByPath = new Map();
        const files = [];
        // One file at a time: a baseline repo has a handful of small files, and the hub rate-limits bursts.
        for (const entry of entries) {
            const lfsOid = entry.lfs?.oid;
            if (lfsOid !== undefined) {
                const hash = SHA256_HEX.test(lfsOid) ? sha256Of(lfsOid) : null;
                files.push({ path: entry.path, size: entry.lfs?.size ?? entry.size, sha256: hash, lfs: true });
            }
            else if (entry.size <= MAX_HASHED_DOWNLOAD) {
                const bytes = entry.size === 0 ? new Uint8Array() : await download(entry.path);
                assertGitOid(entry, bytes);
                bytesByPath.set(entry.path, bytes);
                files.push({ path: entry.path, size: bytes.length, sha256: (0,hash/* sha256 */.sc)(bytes), lfs: false });
            }
            else {
                files.push({ path: entry.path, size: entry.size, sha256: null, lfs: false });
            }
        }
        const textOf = async (path) => {
            if (path === undefined)
                return undefined;
            return new TextDecoder().decode(bytesByPath.get(path) ?? (await download(path)));
        };
        const paths = new Set(entries.map((e) => e.path));
        const modelCard = await textOf(paths.has('README.md') ? 'README.md' : undefined);
        // The README at the commit we pinned is the source of truth; the hub's cardData is for `revision`, which
        // may have moved between the two calls.
        const card = {
            ...metadataFrom(info.cardData ?? {}),
            ...(modelCard ? readCardMetadata(modelCard) : {}),
        };
        const licensePath = pickLicenseFile(paths, card.licenseLink);
        const licenseText = await textOf(licensePath);
        const license = card.license ?? info.tags?.find((t) => t.startsWith('license:'))?.slice('license:'.length);
        const task = info.task ?? card.pipelineTag;
        return fetch_model_baseline_dropUndefined({
            status: 'resolved',
            modelId,
            revision,
            resolvedCommit: commit,
            task,
            license,
            datasets: card.datasets,
            files,
            modelCard,
            licenseText,
            licensePath,
        });
    }
    catch (error) {
        const reason = describeHubError(error, {
            endpoint,
            modelId,
            revision,
            hasToken: Boolean(options.token),
            timeoutMs,
            errorCodeFor: hub.errorCodeFor,
        });
        return unresolved(stage + reason);
    }
    function unresolved(reason) {
        return { status: 'unresolved', modelId, revision, reason };
    }
}
function sha256Of(hex) {
    return `sha256:${hex}`;
}
/** The tree's `oid` of a non-LFS file is its git blob id: checking it proves the bytes are the commit's. */
function assertGitOid(entry, bytes) {
    if (!entry.oid || !COMMIT_SHA.test(entry.oid))
        return;
    const oid = (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
    if (oid !== entry.oid) {
        throw new Error(`bytes served for '${entry.path}' do not match its git oid ${entry.oid} (got ${oid})`);
    }
}
function pickLicenseFile(paths, licenseLink) {
    const linked = licenseLink?.replace(/^\.?\//, '');
    if (linked && paths.has(linked))
        return linked;
    const preferred = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license.txt', 'license.md', 'license'];
    return preferred.find((p) => paths.has(p)) ?? [...paths].filter((p) => LICENSE_FILE.test(p)).sort()[0];
}
function fetch_model_baseline_dropUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
//# sourceMappingURL=fetch-model-baseline.js.map
// EXTERNAL MODULE: ./lib/src/adapters/documents.js
var documents = __webpack_require__(1901);
// EXTERNAL MODULE: ./lib/src/adapters/git/index.js + 8 modules
var git = __webpack_require__(8043);
;// CONCATENATED MODULE: ./lib/src/app/setup/pin-model.js









const DEFAULT_HUB_ENDPOINT = 'https://huggingface.co';
/**
 * Pins the baseline model: resolves the revision on the hub, stores the card (downloaded, or generated from the
 * spec's template when the hub has none or cannot be reached) and the license, and commits model_ref.json.
 * Offline, the revision is recorded as unresolved with the reason; no sha is ever made up.
 */
async function pinModel(ws, options) {
    const now = options.now ?? new Date();
    const hub = await fetchModelBaseline(options.modelId, options.revision, {
        endpoint: options.endpoint,
        token: options.token,
        timeoutMs: options.timeoutMs,
    });
    const cardPath = `${model_ref/* MODEL_DIR */.gw}/model_card.md`;
    const licensePath = `${model_ref/* MODEL_DIR */.gw}/license.txt`;
    // A downloaded card keeps the authors' text and gains a provenance section saying where and when it came from.
    const card = hub.status === 'resolved' && hub.modelCard
        ? hub.modelCard.replace(/\n*$/, '\n') +
            provenanceFooter({
                revision: options.revision,
                resolvedCommit: hub.resolvedCommit,
                downloadedFrom: `${options.endpoint}/${options.modelId}`,
                downloadDate: (0,time/* formatUtc */.a)(now),
                storedAt: cardPath,
            })
        : generatedCard(hub, options, cardPath, now);
    const licenseText = hub.status === 'resolved' ? hub.licenseText : undefined;
    const ref = {
        provider: 'huggingface',
        model_id: options.modelId,
        revision: options.revision,
        resolved_commit: hub.status === 'resolved' ? hub.resolvedCommit : null,
        resolution: {
            status: hub.status,
            endpoint: options.endpoint,
            checked_utc: (0,time/* formatUtc */.a)(now),
            ...(hub.status === 'unresolved' ? { reason: hub.reason } : {}),
        },
        task: (hub.status === 'resolved' ? hub.task : undefined) ?? options.task ?? 'image-classification',
        files: hub.status === 'resolved'
            ? hub.files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256, lfs: f.lfs }))
            : [],
        model_card: {
            path: cardPath,
            source: hub.status === 'resolved' && hub.modelCard ? 'downloaded' : 'generated',
            sha256: (0,hash/* sha256 */.sc)(card),
        },
        license: {
            id: (hub.status === 'resolved' ? hub.license : undefined) ?? null,
            path: licenseText ? licensePath : null,
        },
        pinned_utc: (0,time/* formatUtc */.a)(now),
        notes: `Baseline model for mtrack runs. ${hub.status === 'resolved' ? `Pinned at commit ${hub.resolvedCommit}.` : `Revision '${options.revision}' could not be resolved: ${hub.reason}`}`,
    };
    const refText = (0,documents/* jsonDocumentText */.$3)('model_ref', ref, model_ref/* MODEL_REF_PATH */.OJ);
    await (0,promises_.mkdir)((0,external_node_path_.join)(ws.expDir, model_ref/* MODEL_DIR */.gw), { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(ws.expDir, cardPath), card);
    if (licenseText)
        await (0,promises_.writeFile)((0,external_node_path_.join)(ws.expDir, licensePath), licenseText);
    else
        await (0,promises_.rm)((0,external_node_path_.join)(ws.expDir, licensePath), { force: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(ws.expDir, model_ref/* MODEL_REF_PATH */.OJ), refText);
    const paths = [model_ref/* MODEL_REF_PATH */.OJ, cardPath, ...(licenseText ? [licensePath] : [])];
    const what = hub.status === 'resolved' ? hub.resolvedCommit.slice(0, 12) : `${options.revision} (unresolved: offline)`;
    const commit = await (0,git/* commitPaths */.cH)(ws.expDir, paths, `mtrack: model ${options.modelId} — pin ${what}`);
    return { ref, commit };
}
function generatedCard(hub, options, storedAt, now) {
    const why = hub.status === 'resolved'
        ? `the hub has no model card (README.md) for ${options.modelId} at ${hub.resolvedCommit}`
        : `the hub could not be reached or did not answer: ${hub.reason}`;
    return generateModelCard({
        modelId: options.modelId,
        provider: 'huggingface',
        revision: options.revision,
        resolvedCommit: hub.status === 'resolved' ? hub.resolvedCommit : null,
        task: options.task ?? 'image-classification',
        architecture: 'ResNet (per the model id; not verified offline)',
        inputFormat: '28x28 grayscale digit images',
        outputFormat: '10-class logits (digits 0-9)',
        datasets: 'MNIST',
        license: hub.status === 'resolved' ? (hub.license ?? null) : null,
        downloadedFrom: `${options.endpoint}/${options.modelId}`,
        downloadDate: (0,time/* formatUtc */.a)(now),
        storedAt,
        generatedBecause: why,
    });
}
//# sourceMappingURL=pin-model.js.map
// EXTERNAL MODULE: ./lib/src/app/action/run-trial.js
var run_trial = __webpack_require__(6369);
;// CONCATENATED MODULE: ./lib/src/app/action/baseline.js









/**
 * Refresh: re-pin the baseline model, re-hash the dataset revision in the store, run the baseline config.
 *
 * Nothing is committed here. The new pin stays in the working tree, so the run is stamped honestly with the
 * checkout's commit (which is on the remote) and `dirty_worktree: true`; the dirt is exactly `models/baseline/`, and
 * collect (extra-paths: models/baseline) commits those files together with the run. A local pin commit would be
 * stamped instead and never pushed: collect rebuilds the bot branch from the remote's base.
 */
async function refreshBaseline(options) {
    const mtrack = await (0,run_trial/* loadInstalledMtrack */.Te)(options.packageDir);
    const ws = (0,run_trial/* withOverrides */.Sn)(mtrack.loadWorkspace(options.expDir), options);
    const dirty = await (0,git/* changedPaths */.vl)(ws.expDir);
    if (dirty.length > 0) {
        throw (0,errors/* badInput */.AN)(`working-directory '${ws.expDir}' has uncommitted changes (${dirty.slice(0, 5).join(', ')}${dirty.length > 5 ? ', …' : ''}); baseline expects a clean checkout.`, 'Only the new model pin may differ from the checked-out commit, so the run records exactly what collect commits.');
    }
    const baseCommit = await (0,git/* requireHeadCommit */.zy)(ws.expDir, 'experiment repo');
    const pinned = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(ws.expDir, model_ref/* MODEL_REF_PATH */.OJ)) ? (0,model_ref/* readModelRef */.vg)(ws.expDir) : undefined;
    const modelId = options.modelId || pinned?.model_id;
    if (!modelId)
        throw (0,errors/* badInput */.AN)(`model-id: no model pinned yet (${model_ref/* MODEL_REF_PATH */.OJ} is missing); give model-id, e.g. 'lane99/resnet_mnist_digits'.`);
    const { ref } = await pinModel(ws, {
        modelId,
        revision: options.modelRevision || pinned?.revision || 'main',
        endpoint: options.hubEndpoint,
        token: options.hubToken,
    });
    // pinModel commits; take the commit back and keep its files in the working tree (see above).
    await (0,git/* resetKeepingFiles */.y3)(ws.expDir, baseCommit);
    options.log(`mtrack: model ${ref.model_id}@${ref.revision}: ${ref.resolved_commit ?? `unresolved (${ref.resolution.reason})`} (not committed: collect commits it with the run)`);
    const revision = options.dataset || (0,dataset_meta/* latestRevision */.HA)(ws.dataDir, ws.datasetId);
    const { manifest } = await (0,dataset_meta/* readCommittedManifest */.yS)(ws.dataDir, ws.datasetId, revision);
    await (0,dataset_store/* verifyRevision */.fH)(ws, manifest);
    options.log(`mtrack: ${ws.datasetId} ${revision}: store bytes match the manifest`);
    const result = await mtrack.runExperiment(ws, {
        configPath: options.configPath,
        dataset: revision,
        overrides: {},
        intent: `baseline refresh of ${options.configPath}`,
        commit: false,
        log: options.log,
    });
    const folder = await (0,run_trial/* moveRunFolder */.hs)(ws.expDir, result.folder, options.outputDir);
    return {
        model: ref,
        baseCommit,
        revision,
        provisionalId: result.experimentId,
        folder,
        primary: result.metrics.primary_metric,
    };
}
//# sourceMappingURL=baseline.js.map

/***/ }),

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
