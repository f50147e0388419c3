export const id = 590;
export const ids = [590];
export const modules = {

/***/ 4571:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 4571;
module.exports = webpackEmptyAsyncContext;

/***/ }),

/***/ 6209:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  activateBackend: () => (/* binding */ activateBackend)
});

// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-core/dist/tf-core.node.js
var tf_core_node = __webpack_require__(3484);
// EXTERNAL MODULE: ./lib/src/core/errors.js
var errors = __webpack_require__(7657);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-backend-wasm/dist/tf-backend-wasm.node.js
var tf_backend_wasm_node = __webpack_require__(6744);
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/wasm-conv-grads.js

/** Runs wasm kernels on TensorInfos and frees every intermediate, the way backend-internal kernels compose. */
class KernelScope {
    backend;
    temps = [];
    constructor(backend) {
        this.backend = backend;
    }
    run(kernelName, inputs, attrs) {
        const kernel = (0,tf_core_node.getKernel)(kernelName, 'wasm');
        if (!kernel)
            throw new Error(`wasm kernel '${kernelName}' is not registered`);
        const out = kernel.kernelFunc({ inputs, attrs, backend: this.backend });
        this.temps.push(out);
        return out;
    }
    /** Frees every intermediate except `result`, which the caller hands to the engine. */
    finish(result) {
        for (const t of this.temps)
            if (t !== result)
                this.backend.disposeData(t.dataId);
        return result;
    }
}
function explicitPad(top, bottom, left, right) {
    return [
        [0, 0],
        [top, bottom],
        [left, right],
        [0, 0],
    ];
}
/** Crops an NHWC tensor where a border is negative; returns the tensor and the non-negative padding still owed. */
function padOrCrop(s, x, rows, cols) {
    const cut = [Math.max(0, -rows[0]), Math.max(0, -rows[1]), Math.max(0, -cols[0]), Math.max(0, -cols[1])];
    let out = x;
    if (cut.some((c) => c > 0)) {
        const [n, h, w, c] = x.shape;
        out = s.run('Slice', { x }, { begin: [0, cut[0], cut[2], 0], size: [n, h - cut[0] - cut[1], w - cut[2] - cut[3], c] });
    }
    return { x: out, pad: explicitPad(Math.max(0, rows[0]), Math.max(0, rows[1]), Math.max(0, cols[0]), Math.max(0, cols[1])) };
}
/** Inserts stride-1 zeros after every row and column of dy (the transpose of a strided read). */
function spreadByStride(s, dy, sh, sw) {
    const [n, ho, wo, c] = dy.shape;
    let t = dy;
    if (sh > 1) {
        t = s.run('Reshape', { x: t }, { shape: [n * ho, 1, wo, c] });
        t = s.run('PadV2', { x: t }, { paddings: [[0, 0], [0, sh - 1], [0, 0], [0, 0]], constantValue: 0 });
        t = s.run('Reshape', { x: t }, { shape: [n, ho * sh, wo, c] });
    }
    if (sw > 1) {
        const h = t.shape[1];
        t = s.run('Reshape', { x: t }, { shape: [n * h * wo, 1, c] });
        t = s.run('PadV2', { x: t }, { paddings: [[0, 0], [0, sw - 1], [0, 0]], constantValue: 0 });
        t = s.run('Reshape', { x: t }, { shape: [n, h, wo * sw, c] });
    }
    return t;
}
function convInfo(xShape, filterShape, a) {
    if (a.dataFormat === 'NCHW')
        throw new Error("mtrack's wasm conv gradients support dataFormat 'NHWC' only");
    return tf_core_node.backend_util.computeConv2DInfo(xShape, filterShape, a.strides, a.dilations ?? 1, a.pad, a.dimRoundingMode, false, 'channelsLast');
}
/**
 * dW[a,b,ci,co] = sum_{n,i,j} x[n, i*s - top + a*d, j*s - left + b*d, ci] * dy[n,i,j,co]: with batch and channels of
 * x swapped ([Ci,H,W,N]) and dy as a [Ho,Wo,N,Co] filter, this is a forward conv whose stride is the original
 * dilation and whose dilation is the original stride; its [Ci,kh,kw,Co] output is transposed back.
 */
function conv2dFilterGradInfo(backend, x, dy, filterShape, a) {
    const info = convInfo(x.shape, filterShape, a);
    const s = new KernelScope(backend);
    const [kh, kw] = filterShape;
    const { top, left } = info.padInfo;
    const bottom = (info.outHeight - 1) * info.strideHeight + (kh - 1) * info.dilationHeight + 1 - x.shape[1] - top;
    const right = (info.outWidth - 1) * info.strideWidth + (kw - 1) * info.dilationWidth + 1 - x.shape[2] - left;
    const cropped = padOrCrop(s, x, [top, bottom], [left, right]);
    const xT = s.run('Transpose', { x: cropped.x }, { perm: [3, 1, 2, 0] });
    const dyT = s.run('Transpose', { x: dy }, { perm: [1, 2, 0, 3] });
    const g = s.run('Conv2D', { x: xT, filter: dyT }, { strides: [info.dilationHeight, info.dilationWidth], pad: cropped.pad, dataFormat: 'NHWC', dilations: [info.strideHeight, info.strideWidth] });
    return s.finish(s.run('Transpose', { x: g }, { perm: [1, 2, 0, 3] }));
}
/**
 * dX = conv(dy spread by the stride and padded by (effective kernel - 1 - pad), filter flipped in H and W with
 * in/out channels swapped), stride 1, the original dilation.
 */
function conv2dInputGradInfo(backend, dy, filter, inputShape, a) {
    const info = convInfo(inputShape, filter.shape, a);
    const s = new KernelScope(backend);
    const { top, left } = info.padInfo;
    const spread = spreadByStride(s, dy, info.strideHeight, info.strideWidth);
    const extraRows = spread.shape[1] - ((info.outHeight - 1) * info.strideHeight + 1);
    const extraCols = spread.shape[2] - ((info.outWidth - 1) * info.strideWidth + 1);
    const effH = info.effectiveFilterHeight;
    const effW = info.effectiveFilterWidth;
    const rows = [effH - 1 - top, 0];
    const cols = [effW - 1 - left, 0];
    rows[1] = inputShape[1] - (spread.shape[1] - extraRows) - rows[0] + effH - 1 - extraRows;
    cols[1] = inputShape[2] - (spread.shape[2] - extraCols) - cols[0] + effW - 1 - extraCols;
    const cropped = padOrCrop(s, spread, rows, cols);
    const flipped = s.run('Reverse', { x: filter }, { dims: [0, 1] });
    const wT = s.run('Transpose', { x: flipped }, { perm: [0, 1, 3, 2] });
    const out = s.run('Conv2D', { x: cropped.x, filter: wT }, { strides: [1, 1], pad: cropped.pad, dataFormat: 'NHWC', dilations: [info.dilationHeight, info.dilationWidth] });
    return s.finish(out);
}
const filterGradConfig = {
    kernelName: tf_core_node.Conv2DBackpropFilter,
    backendName: 'wasm',
    kernelFunc: (({ inputs, attrs, backend }) => conv2dFilterGradInfo(backend, inputs.x, inputs.dy, attrs.filterShape, attrs)),
};
const inputGradConfig = {
    kernelName: tf_core_node.Conv2DBackpropInput,
    backendName: 'wasm',
    kernelFunc: (({ inputs, attrs, backend }) => conv2dInputGradInfo(backend, inputs.dy, inputs.filter, attrs.inputShape, attrs)),
};
let registered = false;
/** Registers (or replaces) the wasm backend's Conv2DBackpropFilter and Conv2DBackpropInput kernels; idempotent. */
function registerWasmConvGradients() {
    if (registered)
        return;
    for (const config of [filterGradConfig, inputGradConfig]) {
        if ((0,tf_core_node.getKernel)(config.kernelName, 'wasm'))
            (0,tf_core_node.unregisterKernel)(config.kernelName, 'wasm');
        (0,tf_core_node.registerKernel)(config);
    }
    registered = true;
}
//# sourceMappingURL=wasm-conv-grads.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/wasm-setup.js







const wasm_setup_require = (0,external_node_module_.createRequire)(import.meta.url);
/** Folder holding the package's .wasm binaries (with a trailing separator), resolved from this file so a fresh clone works. */
function wasmDistDir() {
    return external_node_path_.dirname(wasm_setup_require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm')) + external_node_path_.sep;
}
/** Threads the wasm backend should use: MTRACK_WASM_THREADS, else every core (XNNPACK caps at 8). */
function wantedWasmThreads(env = process.env) {
    const fromEnv = Number(env.MTRACK_WASM_THREADS);
    const n = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : external_node_os_.availableParallelism();
    return Math.max(1, Math.min(8, n));
}
let initialized;
/**
 * Activates the wasm backend (SIMD, threaded when `threads` > 1 and it starts), with mtrack's fast convolution
 * gradients registered. Returns the thread count XNNPACK really uses.
 */
async function initWasmBackend(threads = wantedWasmThreads()) {
    registerWasmConvGradients();
    (0,tf_backend_wasm_node/* setWasmPaths */.zj)(wasmDistDir());
    if (initialized) {
        if (!(await tf_core_node.setBackend('wasm')))
            throw new Error('the wasm backend failed to start');
        return initialized;
    }
    if (threads > 1 && (await tryStartThreaded(threads))) {
        initialized = { threads: (0,tf_backend_wasm_node/* getThreadsCount */.VV)() };
        return initialized;
    }
    tf_core_node.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    (0,tf_backend_wasm_node/* setThreadsCount */.DK)(1);
    if (!(await tf_core_node.setBackend('wasm')))
        throw new Error('the wasm backend failed to start');
    initialized = { threads: (0,tf_backend_wasm_node/* getThreadsCount */.VV)() };
    return initialized;
}
/**
 * tfjs-backend-wasm disables its threaded build in Node (tensorflow/tfjs#3830) for three reasons we work around here:
 * the pthread worker script is handed over as a blob: URL, which Node's Worker cannot load (we write it to a temp file
 * and, inside the worker, point the main-script blob at the real file in wasm-out/); the C++ side sizes its pool as
 * os.cpus().length / 2 (assuming hyper-threading), so we report twice the wanted count while it starts; and the
 * emscripten workers keep the event loop alive, so we unref them.
 */
async function tryStartThreaded(threads) {
    const outDir = external_node_path_.join(wasmDistDir(), '..', 'wasm-out');
    const mainJs = external_node_path_.join(outDir, 'tfjs-backend-wasm-threaded-simd.js');
    const { wasmWorkerContents } = wasm_setup_require(external_node_path_.join(outDir, 'tfjs-backend-wasm-threaded-simd.worker.js'));
    const dir = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'mtrack-wasm-'));
    const workerFile = external_node_path_.join(dir, 'worker.cjs');
    const prelude = `URL.createObjectURL = () => ${JSON.stringify(mainJs)}; URL.revokeObjectURL = () => {};\n`;
    external_node_fs_.writeFileSync(workerFile, prelude + wasmWorkerContents.replace(/\n/g, '\\n'));
    const mutableOs = wasm_setup_require('node:os');
    const realCpus = mutableOs.cpus;
    const realCreateObjectURL = URL.createObjectURL;
    const one = realCpus()[0];
    mutableOs.cpus = () => Array.from({ length: 2 * threads }, () => one);
    URL.createObjectURL = () => workerFile;
    tf_core_node.env().set('WASM_HAS_MULTITHREAD_SUPPORT', true);
    (0,tf_backend_wasm_node/* setThreadsCount */.DK)(threads);
    let ok = false;
    try {
        ok = await tf_core_node.setBackend('wasm');
    }
    catch {
        ok = false;
    }
    finally {
        mutableOs.cpus = realCpus;
        URL.createObjectURL = realCreateObjectURL;
        // Safe once setBackend settles: emscripten waits for every pool worker to load its script before resolving.
        external_node_fs_.rmSync(dir, { recursive: true, force: true });
    }
    if (!ok)
        return false; // the caller retries single-threaded: the backend factory stays registered
    const pthread = tf_core_node.backend().wasm.PThread;
    for (const w of [...(pthread?.unusedWorkers ?? []), ...(pthread?.runningWorkers ?? [])])
        w.unref();
    return true;
}
//# sourceMappingURL=wasm-setup.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/backend.js




// A variable specifier keeps tsc from requiring the (optional, native) package at build time.
const TFJS_NODE = '@tensorflow/tfjs-node';
async function tryTensorflow() {
    try {
        await __webpack_require__(4571)(TFJS_NODE);
        if (!(await tf_core_node.setBackend('tensorflow')))
            return undefined;
        return { backend: 'tensorflow', device: 'cpu (libtensorflow)' };
    }
    catch {
        return undefined;
    }
}
async function tryWasm() {
    try {
        const { threads } = await initWasmBackend();
        return { backend: 'wasm', device: `wasm simd, ${threads} thread${threads === 1 ? '' : 's'}` };
    }
    catch {
        return undefined;
    }
}
async function useCpu() {
    if (!(await tf_core_node.setBackend('cpu')))
        throw new Error('the tfjs cpu backend failed to start');
    return { backend: 'cpu', device: 'cpu (plain JavaScript)' };
}
/** Activates the preferred TensorFlow.js backend; `auto` picks tensorflow (tfjs-node) > wasm > cpu. */
async function activateBackend(preference) {
    if (preference === 'cpu')
        return useCpu();
    if (preference === 'tensorflow' || preference === 'auto') {
        const active = await tryTensorflow();
        if (active)
            return active;
        if (preference === 'tensorflow') {
            throw (0,errors/* badInput */.AN)("backend 'tensorflow': @tensorflow/tfjs-node is not installed or failed to load.", "run 'npm install @tensorflow/tfjs-node' and allow its install script (it downloads libtensorflow), or use --backend wasm.");
        }
    }
    const wasm = await tryWasm();
    if (wasm)
        return wasm;
    if (preference === 'wasm')
        throw (0,errors/* badInput */.AN)("backend 'wasm': @tensorflow/tfjs-backend-wasm failed to start.");
    return useCpu();
}
//# sourceMappingURL=backend.js.map

/***/ })

};
