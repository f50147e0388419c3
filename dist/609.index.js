export const id = 609;
export const ids = [609];
export const modules = {

/***/ 9609:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trainAndEvaluate: () => (/* binding */ trainAndEvaluate)
/* harmony export */ });
/* unused harmony export selectBackend */
/** Trains req.config's model on req.train, evaluates on req.test, exports to req.artifactsDir/model/. */
async function trainAndEvaluate(req) {
    const impl = await Promise.all(/* import() */[__webpack_require__.e(607), __webpack_require__.e(762), __webpack_require__.e(131), __webpack_require__.e(270)]).then(__webpack_require__.bind(__webpack_require__, 7270));
    return impl.trainAndEvaluate(req);
}
/** Activates and returns the TensorFlow.js backend to use: tensorflow (tfjs-node, if importable) > wasm > cpu. */
async function selectBackend(preference) {
    const { activateBackend } = await Promise.all(/* import() */[__webpack_require__.e(607), __webpack_require__.e(131)]).then(__webpack_require__.bind(__webpack_require__, 6131));
    return (await activateBackend(preference)).backend;
}
//# sourceMappingURL=index.js.map

/***/ })

};
