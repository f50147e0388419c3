export const id = 341;
export const ids = [341,989,722];
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
