export const id = 989;
export const ids = [989];
export const modules = {

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
