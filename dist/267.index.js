export const id = 267;
export const ids = [267,590];
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

/***/ }),

/***/ 4267:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  trainAndEvaluate: () => (/* binding */ trainAndEvaluate)
});

// EXTERNAL MODULE: ./lib/src/core/errors.js
var errors = __webpack_require__(7657);
// EXTERNAL MODULE: ./lib/src/adapters/trainer/backend.js + 2 modules
var backend = __webpack_require__(6209);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-core/dist/tf-core.node.js
var tf_core_node = __webpack_require__(3484);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-layers/dist/tf-layers.node.js
var tf_layers_node = __webpack_require__(9762);
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/model.js


const NUM_CLASSES = 10;
/** The default architecture's knobs when the config leaves them out. */
const RESNET_DEFAULTS = { width: 16, blocks: 1 };
const MLP_DEFAULTS = { hidden: 256, blocks: 1 };
/**
 * Dropout whose mask is drawn from `seed + call count`, so a seeded run is reproducible (tfjs-layers' own Dropout
 * either draws from Math.random or, given a seed, reuses one mask for every batch). It serializes as a plain
 * `Dropout`, so the exported model loads anywhere tfjs does.
 */
class SeededDropout extends tf_layers_node/* layers */.ZF.Layer {
    rate;
    seed;
    static className = 'Dropout';
    calls = 0;
    constructor(rate, seed) {
        super({});
        this.rate = rate;
        this.seed = seed;
    }
    call(inputs, kwargs) {
        const x = Array.isArray(inputs) ? inputs[0] : inputs;
        if (!kwargs.training || this.rate === 0)
            return tf_core_node.clone(x);
        return tf_core_node.dropout(x, this.rate, undefined, this.seed + this.calls++);
    }
    computeOutputShape(shape) {
        return shape;
    }
    getConfig() {
        return { ...super.getConfig(), rate: this.rate };
    }
}
/** Hands out a distinct, reproducible initializer seed per layer. */
function seeds(base) {
    let i = 0;
    return () => base * 7919 + ++i;
}
/**
 * Builds the classifier for `rows`x`cols`x1 images with seeded initial weights.
 * resnet (default width 16, blocks 1): conv3x3·w → maxpool → conv3x3·2w → maxpool → `blocks` residual blocks of
 * two conv3x3·2w → flatten → dropout → dense 10. Pooling early keeps the residual convolutions at 7x7 (a quarter of
 * the reference model's cost per image); the flattened 7x7 map (not a global average) keeps the spatial detail that
 * digits need to pass 98% within two epochs.
 * mlp (default hidden 256, blocks 1): flatten → `blocks` × (dense·hidden relu → dropout) → dense 10.
 */
function buildModel(config, rows, cols) {
    const next = seeds(config.seed);
    const he = () => tf_layers_node/* initializers */.Wm.heNormal({ seed: next() });
    const input = tf_layers_node/* input */.hF({ shape: [rows, cols, 1] });
    let h;
    const arch = config.architecture;
    if (arch.type === 'mlp') {
        h = tf_layers_node/* layers */.ZF.flatten().apply(input);
        for (let i = 0; i < (arch.blocks ?? MLP_DEFAULTS.blocks); i++) {
            h = tf_layers_node/* layers */.ZF.dense({ units: arch.hidden ?? MLP_DEFAULTS.hidden, activation: 'relu', kernelInitializer: he() }).apply(h);
            h = new SeededDropout(config.dropout, next() * 1_000_003).apply(h);
        }
    }
    else {
        const w = arch.width ?? RESNET_DEFAULTS.width;
        const conv = (filters, activation) => tf_layers_node/* layers */.ZF.conv2d({ filters, kernelSize: 3, padding: 'same', activation, kernelInitializer: he() });
        h = conv(w, 'relu').apply(input);
        h = tf_layers_node/* layers */.ZF.maxPooling2d({ poolSize: 2 }).apply(h);
        h = conv(2 * w, 'relu').apply(h);
        h = tf_layers_node/* layers */.ZF.maxPooling2d({ poolSize: 2 }).apply(h);
        for (let i = 0; i < (arch.blocks ?? RESNET_DEFAULTS.blocks); i++) {
            const r = conv(2 * w, 'linear').apply(conv(2 * w, 'relu').apply(h));
            h = tf_layers_node/* layers */.ZF.activation({ activation: 'relu' }).apply(tf_layers_node/* layers */.ZF.add().apply([h, r]));
        }
        h = tf_layers_node/* layers */.ZF.flatten().apply(h);
        h = new SeededDropout(config.dropout, next() * 1_000_003).apply(h);
    }
    const logits = tf_layers_node/* layers */.ZF
        .dense({ units: NUM_CLASSES, kernelInitializer: tf_layers_node/* initializers */.Wm.glorotUniform({ seed: next() }) })
        .apply(h);
    return tf_layers_node/* model */.ge({ inputs: input, outputs: logits });
}
/** Mean sparse categorical cross-entropy of `logits` [n, classes] against int32 `labels` [n]. */
function sparseCrossEntropy(logits, labels) {
    return tf_core_node.tidy(() => {
        const logp = tf_core_node.logSoftmax(logits);
        const picked = tf_core_node.sum(tf_core_node.mul(logp, tf_core_node.oneHot(labels, logits.shape[1])), 1);
        return tf_core_node.neg(tf_core_node.mean(picked));
    });
}
//# sourceMappingURL=model.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/seeded-random.js
/** mulberry32: a tiny, fast 32-bit PRNG; enough for shuffling, and identical on every platform. */
function createRandom(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** Fisher–Yates shuffle of `order` in place, driven by `random`. */
function shuffleInPlace(order, random) {
    for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
}
//# sourceMappingURL=seeded-random.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/train-loop.js



function createOptimizer(config) {
    return config.optimizer === 'sgd' ? tf_core_node.train.sgd(config.learning_rate) : tf_core_node.train.adam(config.learning_rate);
}
/** Copies examples order[from..to) of `split` into x (pixels scaled to [0,1]) and y. */
function fillBatch(split, order, from, to, x, y) {
    const px = split.rows * split.cols;
    for (let k = from; k < to; k++) {
        const i = order[k];
        const src = split.images.subarray(i * px, (i + 1) * px);
        const dst = (k - from) * px;
        for (let p = 0; p < px; p++)
            x[dst + p] = src[p] / 255;
        y[k - from] = split.labels[i];
    }
}
/**
 * Minibatch training on the first `max_train_examples` images, reshuffled every epoch from one mulberry32 stream
 * seeded by `config.seed`. Weight decay is decoupled (AdamW style, Loshchilov & Hutter 2019): after each step every
 * kernel (not biases) is scaled by (1 - learning_rate * weight_decay).
 */
async function trainLoop(model, optimizer, config, train, hooks = {}) {
    const n = Math.min(train.count, config.max_train_examples ?? train.count);
    const batch = Math.min(config.batch_size, n);
    const px = train.rows * train.cols;
    const stepsPerEpoch = Math.ceil(n / batch);
    const vars = model.trainableWeights.map((w) => w.read());
    const decayed = model.trainableWeights.filter((w) => /kernel/.test(w.name)).map((w) => w.read());
    const decay = 1 - config.learning_rate * config.weight_decay;
    const random = createRandom(config.seed);
    const order = Uint32Array.from({ length: n }, (_, i) => i);
    const xBuf = new Float32Array(batch * px);
    const yBuf = new Int32Array(batch);
    const history = [];
    const started = performance.now();
    let steps = 0;
    for (let epoch = 1; epoch <= config.epochs; epoch++) {
        shuffleInPlace(order, random);
        const epochStart = performance.now();
        let lossSum = 0;
        let correct = 0;
        for (let s = 0; s < stepsPerEpoch; s++) {
            const from = s * batch;
            const size = Math.min(batch, n - from);
            fillBatch(train, order, from, from + size, xBuf, yBuf);
            const xs = tf_core_node.tensor4d(xBuf.subarray(0, size * px), [size, train.rows, train.cols, 1]);
            const ys = tf_core_node.tensor1d(yBuf.subarray(0, size), 'int32');
            let hits;
            const loss = optimizer.minimize(() => {
                const logits = model.apply(xs, { training: true });
                hits = tf_core_node.keep(tf_core_node.sum(tf_core_node.cast(tf_core_node.equal(tf_core_node.argMax(logits, 1), ys), 'int32')));
                return sparseCrossEntropy(logits, ys);
            }, true, vars);
            if (decay !== 1)
                tf_core_node.tidy(() => decayed.forEach((v) => v.assign(tf_core_node.mul(v, decay))));
            lossSum += loss.dataSync()[0] * size;
            correct += hits.dataSync()[0];
            tf_core_node.dispose([xs, ys, loss, hits]);
            steps++;
            const elapsed = (performance.now() - epochStart) / 1000;
            const ips = (from + size) / elapsed;
            const remaining = (stepsPerEpoch - s - 1 + (config.epochs - epoch) * stepsPerEpoch) * (elapsed / (s + 1));
            hooks.progress?.batch(epoch, s + 1, stepsPerEpoch, ips, remaining);
            if (s % 50 === 49)
                await new Promise((r) => setImmediate(r)); // let timers and I/O breathe on long epochs
        }
        const seconds = (performance.now() - epochStart) / 1000;
        history.push({ epoch, loss: lossSum / n, accuracy: correct / n, seconds });
        hooks.progress?.epochDone(`epoch ${epoch}/${config.epochs}  loss ${(lossSum / n).toFixed(4)}  acc ${(correct / n).toFixed(4)}  ` +
            `${Math.round(n / seconds)} img/s  ${seconds.toFixed(1)}s`);
        hooks.onEpochEnd?.(epoch);
    }
    return { history, steps, examples: n, seconds: (performance.now() - started) / 1000 };
}
//# sourceMappingURL=train-loop.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/evaluate.js



/** Macro precision and recall from a confusion matrix (rows = truth); a class never predicted has precision 0. */
function macroScores(confusion) {
    const k = confusion.length;
    let p = 0;
    let r = 0;
    for (let c = 0; c < k; c++) {
        const tp = confusion[c][c];
        const predicted = confusion.reduce((s, row) => s + row[c], 0);
        const actual = confusion[c].reduce((s, v) => s + v, 0);
        p += predicted > 0 ? tp / predicted : 0;
        r += actual > 0 ? tp / actual : 0;
    }
    return { precision: p / k, recall: r / k };
}
/** Test loss (mean sparse categorical cross-entropy), accuracy, macro precision/recall and batched throughput. */
function evaluateModel(model, test, batchSize) {
    const px = test.rows * test.cols;
    const order = Uint32Array.from({ length: test.count }, (_, i) => i);
    const x = new Float32Array(batchSize * px);
    const y = new Int32Array(batchSize);
    const confusion = Array.from({ length: NUM_CLASSES }, () => new Array(NUM_CLASSES).fill(0));
    let nll = 0;
    const started = performance.now();
    for (let from = 0; from < test.count; from += batchSize) {
        const size = Math.min(batchSize, test.count - from);
        fillBatch(test, order, from, from + size, x, y);
        const [lossSum, preds] = tf_core_node.tidy(() => {
            const xs = tf_core_node.tensor4d(x.subarray(0, size * px), [size, test.rows, test.cols, 1]);
            const ys = tf_core_node.tensor1d(y.subarray(0, size), 'int32');
            const logits = model.predict(xs);
            const picked = tf_core_node.sum(tf_core_node.mul(tf_core_node.logSoftmax(logits), tf_core_node.oneHot(ys, NUM_CLASSES)));
            return [tf_core_node.neg(picked), tf_core_node.argMax(logits, 1)];
        });
        nll += lossSum.dataSync()[0];
        const p = preds.dataSync();
        for (let i = 0; i < size; i++)
            confusion[y[i]][p[i]]++;
        tf_core_node.dispose([lossSum, preds]);
    }
    const seconds = (performance.now() - started) / 1000;
    const correct = confusion.reduce((s, row, c) => s + row[c], 0);
    const { precision, recall } = macroScores(confusion);
    return {
        loss: nll / test.count,
        accuracy: correct / test.count,
        precision_macro: precision,
        recall_macro: recall,
        examples: test.count,
        throughput_img_s: test.count / seconds,
    };
}
/** Nearest-rank percentile of ascending `sorted`. */
function percentile(sorted, q) {
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
/** p50/p95 wall time of a single-image predict (upload, forward, read back), after a short warm-up. */
function measureLatency(model, test, samples) {
    const px = test.rows * test.cols;
    const x = new Float32Array(px);
    const y = new Int32Array(1);
    const times = [];
    for (let i = -5; i < samples; i++) {
        const idx = Uint32Array.of(((i + 5) % test.count) >>> 0);
        fillBatch(test, idx, 0, 1, x, y);
        const t0 = performance.now();
        const out = tf_core_node.tidy(() => model.predict(tf_core_node.tensor4d(x, [1, test.rows, test.cols, 1])));
        out.dataSync();
        out.dispose();
        if (i >= 0)
            times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}
//# sourceMappingURL=evaluate.js.map
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/export-model.js



function concatWeights(data) {
    const parts = data === undefined ? [] : Array.isArray(data) ? data : [data];
    const out = new Uint8Array(parts.reduce((s, p) => s + p.byteLength, 0));
    let at = 0;
    for (const p of parts) {
        out.set(new Uint8Array(p), at);
        at += p.byteLength;
    }
    return out;
}
/**
 * Writes `model` in the tfjs layers format to `<artifactsDir>/model/{model.json, weights.bin}` (what tfjs-node's
 * file:// handler would write; that handler is not available without tfjs-node). Returns the paths written,
 * relative to artifactsDir.
 */
async function exportModel(model, artifactsDir) {
    const dir = (0,external_node_path_.join)(artifactsDir, 'model');
    await (0,promises_.mkdir)(dir, { recursive: true });
    await model.save(tf_core_node.io.withSaveHandler(async (artifacts) => {
        const weights = concatWeights(artifacts.weightData);
        const json = {
            format: artifacts.format,
            generatedBy: artifacts.generatedBy,
            convertedBy: artifacts.convertedBy ?? null,
            modelTopology: artifacts.modelTopology,
            weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs ?? [] }],
        };
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'weights.bin'), weights);
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'model.json'), JSON.stringify(json));
        return { modelArtifactsInfo: tf_core_node.io.getModelArtifactsInfoForJSON(artifacts) };
    }));
    return ['model/model.json', 'model/weights.bin'];
}
//# sourceMappingURL=export-model.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/progress.js
function formatSeconds(s) {
    if (!Number.isFinite(s))
        return '?';
    const m = Math.floor(s / 60);
    return m > 0 ? `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.round(s)}s`;
}
/**
 * On a TTY one line rewritten in place (at most 5 times a second), finished with a newline per epoch; elsewhere
 * (CI, pipes) only the per-epoch line, through `log`.
 */
function createProgress(epochs, log, tty) {
    let lastDraw = 0;
    return {
        batch(epoch, step, steps, ips, eta) {
            if (!tty)
                return;
            const now = Date.now();
            if (now - lastDraw < 200 && step !== steps)
                return;
            lastDraw = now;
            tty.write(`\r\x1b[Kepoch ${epoch}/${epochs}  batch ${step}/${steps}  ${Math.round(ips)} img/s  ETA ${formatSeconds(eta)}`);
        },
        epochDone(line) {
            if (tty)
                tty.write(`\r\x1b[K${line}\n`);
            else
                log(line);
        },
    };
}
//# sourceMappingURL=progress.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/train-and-evaluate.js







function checkSplit(name, s) {
    if (s.count < 1 || s.images.length !== s.count * s.rows * s.cols || s.labels.length !== s.count) {
        throw (0,errors/* badInput */.AN)(`${name} split: expected ${s.count} images of ${s.rows}x${s.cols} (${s.count * s.rows * s.cols} bytes) and ${s.count} labels, ` +
            `got ${s.images.length} bytes and ${s.labels.length} labels.`);
    }
    const bad = s.labels.findIndex((l) => l >= NUM_CLASSES);
    if (bad >= 0)
        throw (0,errors/* badInput */.AN)(`${name} split: label ${bad} is '${s.labels[bad]}', expected 0..${NUM_CLASSES - 1}.`);
}
/** Trains the configured model on req.train, evaluates it on req.test and exports it under req.artifactsDir/model/. */
async function trainAndEvaluate(req) {
    checkSplit('train', req.train);
    checkSplit('test', req.test);
    if (req.train.rows !== req.test.rows || req.train.cols !== req.test.cols) {
        throw (0,errors/* badInput */.AN)(`test images are ${req.test.rows}x${req.test.cols}, expected ${req.train.rows}x${req.train.cols} like the train split.`);
    }
    const config = req.config;
    const active = await (0,backend.activateBackend)(req.backend);
    const model = buildModel(config, req.train.rows, req.train.cols);
    const optimizer = createOptimizer(config);
    try {
        const examples = Math.min(req.train.count, config.max_train_examples ?? req.train.count);
        req.log(`training ${config.architecture.type} on ${examples} images for ${config.epochs} epoch(s), backend ${active.backend} (${active.device})`);
        const progress = createProgress(config.epochs, req.log, process.stderr.isTTY ? process.stderr : undefined);
        const trained = await trainLoop(model, optimizer, config, req.train, { progress });
        const ev = evaluateModel(model, req.test, config.eval.batch_size ?? 256);
        const latency = measureLatency(model, req.test, config.eval.latency_samples ?? 100);
        const artifacts = await exportModel(model, req.artifactsDir);
        return {
            backend: active.backend,
            device: active.device,
            loss: ev.loss,
            eval: { accuracy: ev.accuracy, precision_macro: ev.precision_macro, recall_macro: ev.recall_macro, examples: ev.examples },
            profiling: {
                latency_ms_p50: latency.p50,
                latency_ms_p95: latency.p95,
                throughput_img_s: ev.throughput_img_s,
                train_seconds: trained.seconds,
                peak_rss_mb: process.resourceUsage().maxRSS / 1024,
            },
            train: { examples: trained.examples, epochs: config.epochs, steps: trained.steps },
            history: trained.history,
            artifacts,
        };
    }
    finally {
        optimizer.dispose();
        model.dispose();
    }
}
//# sourceMappingURL=train-and-evaluate.js.map

/***/ })

};
