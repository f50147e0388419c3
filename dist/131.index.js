export const id = 131;
export const ids = [131];
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

/***/ 6131:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  activateBackend: () => (/* binding */ activateBackend)
});

// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-core/dist/tf-core.node.js
var tf_core_node = __webpack_require__(3484);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-backend-cpu/dist/tf-backend-cpu.node.js
var tf_backend_cpu_node = __webpack_require__(8048);
// EXTERNAL MODULE: ./lib/src/core/errors.js
var errors = __webpack_require__(7657);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(8262);
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
    return {
        x: out,
        pad: explicitPad(Math.max(0, rows[0]), Math.max(0, rows[1]), Math.max(0, cols[0]), Math.max(0, cols[1])),
    };
}
/** Inserts stride-1 zeros after every row and column of dy (the transpose of a strided read). */
function spreadByStride(s, dy, sh, sw) {
    const [n, ho, wo, c] = dy.shape;
    let t = dy;
    if (sh > 1) {
        t = s.run('Reshape', { x: t }, { shape: [n * ho, 1, wo, c] });
        t = s.run('PadV2', { x: t }, {
            paddings: [
                [0, 0],
                [0, sh - 1],
                [0, 0],
                [0, 0],
            ],
            constantValue: 0,
        });
        t = s.run('Reshape', { x: t }, { shape: [n, ho * sh, wo, c] });
    }
    if (sw > 1) {
        const h = t.shape[1];
        t = s.run('Reshape', { x: t }, { shape: [n * h * wo, 1, c] });
        t = s.run('PadV2', { x: t }, {
            paddings: [
                [0, 0],
                [0, sw - 1],
                [0, 0],
            ],
            constantValue: 0,
        });
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
 * dW[a,b,ci,co] = sum_{n,i,j} x[n, i*s - top + a*d, j*s - left + b*d, ci] * dy[n,i,j,co]. Either operand can play the
 * forward convolution's filter, and XNNPACK repacks that filter on every call (tfjs-backend-wasm caches operators by
 * filter tensor, and these are fresh each step): packing costs about as much as the convolution, so the smaller of x
 * and dy becomes the filter (see filterGradFromDy for the other way round).
 */
function conv2dFilterGradInfo(backend, x, dy, filterShape, a) {
    const info = convInfo(x.shape, filterShape, a);
    const unit = info.strideHeight === 1 && info.strideWidth === 1 && info.dilationHeight === 1 && info.dilationWidth === 1;
    const s = new KernelScope(backend);
    const out = unit && info.inChannels < info.outChannels ? filterGradFromDy(s, x, dy, info) : filterGradFromX(s, x, dy, info);
    return s.finish(out);
}
/**
 * With batch and channels of x swapped ([Ci,H,W,N]) and dy as a [Ho,Wo,N,Co] filter, dW is a forward conv whose
 * stride is the original dilation and whose dilation is the original stride; its [Ci,kh,kw,Co] output is transposed
 * back.
 */
function filterGradFromX(s, x, dy, info) {
    const { top, left } = info.padInfo;
    const { filterHeight: kh, filterWidth: kw } = info;
    const bottom = (info.outHeight - 1) * info.strideHeight + (kh - 1) * info.dilationHeight + 1 - x.shape[1] - top;
    const right = (info.outWidth - 1) * info.strideWidth + (kw - 1) * info.dilationWidth + 1 - x.shape[2] - left;
    const cropped = padOrCrop(s, x, [top, bottom], [left, right]);
    const xT = s.run('Transpose', { x: cropped.x }, { perm: [3, 1, 2, 0] });
    const dyT = s.run('Transpose', { x: dy }, { perm: [1, 2, 0, 3] });
    const g = s.run('Conv2D', { x: xT, filter: dyT }, {
        strides: [info.dilationHeight, info.dilationWidth],
        pad: cropped.pad,
        dataFormat: 'NHWC',
        dilations: [info.strideHeight, info.strideWidth],
    });
    return s.run('Transpose', { x: g }, { perm: [1, 2, 0, 3] });
}
/**
 * Stride and dilation 1 only: with dy as [Co,Ho,Wo,N] and x as a [H,W,N,Ci] filter, the conv's output at (u,v) is
 * sum x[n,p,q,ci] * dy[n, u+p-P_top, v+q-P_left, co]; P_top = kh-1-top puts dW[a] at u = kh-1-a, so the [Co,kh,kw,Ci]
 * output is flipped in H and W and transposed back.
 */
function filterGradFromDy(s, x, dy, info) {
    const { top, left } = info.padInfo;
    const { filterHeight: kh, filterWidth: kw } = info;
    const rows = [kh - 1 - top, x.shape[1] - info.outHeight + top];
    const cols = [kw - 1 - left, x.shape[2] - info.outWidth + left];
    const dyT = s.run('Transpose', { x: dy }, { perm: [3, 1, 2, 0] });
    const cropped = padOrCrop(s, dyT, rows, cols);
    const xT = s.run('Transpose', { x }, { perm: [1, 2, 0, 3] });
    const g = s.run('Conv2D', { x: cropped.x, filter: xT }, { strides: [1, 1], pad: cropped.pad, dataFormat: 'NHWC', dilations: [1, 1] });
    const flipped = s.run('Reverse', { x: g }, { dims: [1, 2] });
    return s.run('Transpose', { x: flipped }, { perm: [1, 2, 3, 0] });
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
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/wasm-heap-loops.js
// The loops of mtrack's JavaScript wasm kernels, each over a range of its output so that two threads can share one
// call (wasm-heap-pool.ts). Plain functions of typed arrays with no imports: the pool's worker loads this file alone.
/**
 * Rows [from, to) of `rows` = batch x output rows of a 2x2 stride-2 max-pool gradient whose windows tile x: each dy
 * value goes to the first maximum of its window (row-major; NaN never wins), the other three get 0, and a routed
 * value is written as 0 + dy (-0 becomes +0), as tfjs-backend-cpu's MaxPoolGrad does.
 */
function routeTwoByTwoRows(x, dy, dx, wo, rowStride, c, from, to) {
    let o = from * wo * c;
    for (let yR = from; yR < to; yR++) {
        for (let yC = 0; yC < wo; yC++) {
            const corner = 2 * yR * rowStride + 2 * yC * c;
            for (let d = 0; d < c; d++, o++) {
                const i0 = corner + d;
                const i1 = i0 + c;
                const i2 = i0 + rowStride;
                const i3 = i2 + c;
                let best = Number.NEGATIVE_INFINITY;
                let k = -1;
                if (x[i0] > best)
                    ((best = x[i0]), (k = 0));
                if (x[i1] > best)
                    ((best = x[i1]), (k = 1));
                if (x[i2] > best)
                    ((best = x[i2]), (k = 2));
                if (x[i3] > best)
                    k = 3;
                const g = 0 + dy[o];
                dx[i0] = k === 0 ? g : 0;
                dx[i1] = k === 1 ? g : 0;
                dx[i2] = k === 2 ? g : 0;
                dx[i3] = k === 3 ? g : 0;
            }
        }
    }
}
/**
 * Columns [from, to) of float32 `x` viewed as [outer, inner], summed over `outer` in float64 in index order and
 * rounded once, as tfjs-backend-cpu does (bit-identical to it). Four rows per pass: `acc + a + b + c + d` still adds
 * left to right, one at a time.
 */
function sumLeadingColumns(x, outer, inner, out, from, to) {
    const acc = new Float64Array(to - from);
    const n = to - from;
    let o = 0;
    for (; o + 4 <= outer; o += 4) {
        const r0 = o * inner + from;
        const r1 = r0 + inner;
        const r2 = r1 + inner;
        const r3 = r2 + inner;
        for (let i = 0; i < n; i++)
            acc[i] = acc[i] + x[r0 + i] + x[r1 + i] + x[r2 + i] + x[r3 + i];
    }
    for (; o < outer; o++) {
        const r = o * inner + from;
        for (let i = 0; i < n; i++)
            acc[i] += x[r + i];
    }
    out.set(acc, from);
}
/**
 * Slices [from, to) of B of the transpose [A, B, C] -> [C, B, A]: each step reads one A x C block (in cache) and
 * writes C runs of A values, four runs at a time (V8 runs that ~1.6x faster than one).
 */
function transposeReversedSlices(x, out, a, b, c, from, to) {
    const step = b * c;
    const run = b * a;
    for (let j = from; j < to; j++) {
        let k = 0;
        for (; k + 4 <= c; k += 4) {
            const o0 = (k * b + j) * a;
            const o1 = o0 + run;
            const o2 = o1 + run;
            const o3 = o2 + run;
            for (let i = 0, s = j * c + k; i < a; i++, s += step) {
                out[o0 + i] = x[s];
                out[o1 + i] = x[s + 1];
                out[o2 + i] = x[s + 2];
                out[o3 + i] = x[s + 3];
            }
        }
        for (; k < c; k++) {
            const o = (k * b + j) * a;
            for (let i = 0, s = j * c + k; i < a; i++, s += step)
                out[o + i] = x[s];
        }
    }
}
//# sourceMappingURL=wasm-heap-loops.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/wasm-heap-pool.js


// A second JavaScript thread for mtrack's JavaScript kernels. XNNPACK's pthreads sleep while a JavaScript kernel runs
// (measured: process CPU time = wall time then), so one worker on the wasm heap's shared memory halves those kernels
// on 2 cores. Each call splits its output into two disjoint ranges computed by the same loops, so results are
// identical with or without the worker. The worker waits on an Atomics word (no event loop, no messages per job).
const MIN_ELEMENTS = 1 << 16; // below this the wake-up (~20-50 us) costs more than it saves
const TIMEOUT_MS = 10_000;
let pool;
/** Starts the worker (`workerFile`: wasm-heap-worker.js) on the wasm backend's shared memory, once the threaded backend runs. */
function startHeapWorker(memory, workerFile) {
    if (pool || !(memory.buffer instanceof SharedArrayBuffer))
        return;
    const ctl = new Int32Array(new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT));
    const args = new Float64Array(new SharedArrayBuffer(16 * Float64Array.BYTES_PER_ELEMENT));
    let worker;
    try {
        worker = new external_node_worker_threads_.Worker(workerFile, { workerData: { memory, ctl, args } });
    }
    catch {
        return; // e.g. the worker file is missing: the kernels run on the main thread alone
    }
    worker.unref(); // it waits forever; the process must still exit
    worker.on('error', () => (pool = undefined)); // a worker that fails to load never reports ready, so is never used
    pool = { memory, ctl, args, worker };
}
/** Whether the worker has started and waits for jobs. */
function heapWorkerReady() {
    return pool !== undefined && Atomics.load(pool.ctl, 3) === 1;
}
/** The running pool when every array lives on its current heap, so the worker can address them by offset. */
function poolFor(...arrays) {
    if (!pool || Atomics.load(pool.ctl, 3) !== 1)
        return undefined; // until the worker waits for jobs, run here
    const heap = pool.memory.buffer;
    return arrays.every((a) => a.buffer === heap) ? pool : undefined;
}
/** Hands the worker `op` with `params` (byte offsets of the arrays first), runs `mine` here, then waits for the worker. */
function split(p, op, params, mine) {
    p.args[0] = op;
    params.forEach((v, i) => (p.args[i + 1] = v));
    const job = Atomics.add(p.ctl, 0, 1) + 1;
    Atomics.notify(p.ctl, 0);
    mine();
    for (let done = Atomics.load(p.ctl, 1); done !== job; done = Atomics.load(p.ctl, 1)) {
        if (Atomics.wait(p.ctl, 1, done, TIMEOUT_MS) === 'timed-out')
            throw new Error('mtrack wasm heap worker did not answer');
    }
    if (Atomics.load(p.ctl, 2) !== 0)
        throw new Error('mtrack wasm heap worker failed');
}
/** 2x2 stride-2 max-pool gradient over `rows` = batch x output rows (see routeTwoByTwoRows). */
function routeTwoByTwo(x, dy, dx, rows, wo, rowStride, c) {
    const p = dx.length >= MIN_ELEMENTS ? poolFor(x, dy, dx) : undefined;
    if (!p || rows < 2)
        return routeTwoByTwoRows(x, dy, dx, wo, rowStride, c, 0, rows);
    const half = rows >> 1;
    split(p, 1 /* HeapJob.TwoByTwo */, [x.byteOffset, x.length, dy.byteOffset, dy.length, dx.byteOffset, dx.length, wo, rowStride, c, half, rows], () => routeTwoByTwoRows(x, dy, dx, wo, rowStride, c, 0, half));
}
/** Sums float32 `x` viewed as [outer, inner] over `outer` (see sumLeadingColumns). */
function sumLeading(x, outer, inner, out) {
    const p = x.length >= MIN_ELEMENTS && inner >= 8 ? poolFor(x, out) : undefined;
    if (!p)
        return sumLeadingColumns(x, outer, inner, out, 0, inner);
    const half = inner >> 1;
    split(p, 2 /* HeapJob.SumColumns */, [x.byteOffset, x.length, out.byteOffset, out.length, outer, inner, half, inner], () => sumLeadingColumns(x, outer, inner, out, 0, half));
}
/** [A, B, C] -> [C, B, A] (see transposeReversedSlices). */
function transposeReversed(x, out, [a, b, c]) {
    const p = x.length >= MIN_ELEMENTS && b >= 2 ? poolFor(x, out) : undefined;
    if (!p)
        return transposeReversedSlices(x, out, a, b, c, 0, b);
    const half = b >> 1;
    split(p, 3 /* HeapJob.Transpose */, [x.byteOffset, x.length, out.byteOffset, out.length, a, b, c, half, b], () => transposeReversedSlices(x, out, a, b, c, 0, half));
}
//# sourceMappingURL=wasm-heap-pool.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/wasm-max-pool-grad.js


/**
 * Routes each dy value to the first maximum (row-major within its window; NaN never wins, an all -Infinity or all
 * NaN window routes nowhere) of its pooling window in x, exactly as tfjs-backend-cpu's maxPoolPositions +
 * maxPoolGrad do, bit for bit: a dx element receiving one dy value gets 0 + dy (so -0 becomes +0, as there), and
 * where windows overlap the values a dx element collects are summed in float64 in the cpu backend's window order and
 * rounded once.
 */
function routeMaxPoolGradient(x, dy, dx, info) {
    const { inHeight: h, inWidth: w, outHeight: ho, outWidth: wo } = info;
    const { strideHeight: sh, strideWidth: sw, effectiveFilterHeight: fh, effectiveFilterWidth: fw } = info;
    const { top, left } = info.padInfo;
    if (sh === fh && sw === fw && top === 0 && left === 0 && ho * fh === h && wo * fw === w)
        routeTiled(x, dy, dx, info);
    else
        routeGeneral(x, dy, dx, info);
}
/** Windows tile x exactly (the usual 2x2 stride 2 on even sizes): every dx element is written once, no zero fill. */
function routeTiled(x, dy, dx, info) {
    const { batchSize: n, inHeight: h, inWidth: w, inChannels: c, outHeight: ho, outWidth: wo } = info;
    const { effectiveFilterHeight: fh, effectiveFilterWidth: fw } = info;
    if (fh === 2 && fw === 2) {
        routeTwoByTwo(x, dy, dx, n * ho, wo, w * c, c);
        return;
    }
    const rowStride = w * c;
    let o = 0;
    for (let b = 0; b < n; b++) {
        for (let yR = 0; yR < ho; yR++) {
            for (let yC = 0; yC < wo; yC++) {
                const corner = ((b * h + yR * fh) * w + yC * fw) * c;
                for (let d = 0; d < c; d++, o++) {
                    let best = Number.NEGATIVE_INFINITY;
                    let at = -1;
                    for (let r = 0; r < fh; r++) {
                        for (let q = 0, i = corner + r * rowStride + d; q < fw; q++, i += c) {
                            if (x[i] > best) {
                                best = x[i];
                                at = i;
                            }
                        }
                    }
                    const g = 0 + dy[o];
                    for (let r = 0; r < fh; r++) {
                        for (let q = 0, i = corner + r * rowStride + d; q < fw; q++, i += c)
                            dx[i] = i === at ? g : 0;
                    }
                }
            }
        }
    }
}
/** Any geometry (padding, overlapping or partial windows): zero fill, then scatter-add in window order. */
function routeGeneral(x, dy, dx, info) {
    const { batchSize: n, inHeight: h, inWidth: w, inChannels: c, outHeight: ho, outWidth: wo } = info;
    const { strideHeight: sh, strideWidth: sw, effectiveFilterHeight: fh, effectiveFilterWidth: fw } = info;
    const { top, left } = info.padInfo;
    const overlapping = sh < fh || sw < fw;
    const acc = overlapping ? new Float64Array(dx.length) : dx;
    acc.fill(0);
    const best = new Float32Array(c);
    const at = new Int32Array(c);
    for (let b = 0; b < n; b++) {
        for (let yR = 0; yR < ho; yR++) {
            const r0 = yR * sh - top;
            const rMin = Math.max(0, r0);
            const rMax = Math.min(h, r0 + fh);
            for (let yC = 0; yC < wo; yC++) {
                const c0 = yC * sw - left;
                const cMin = Math.max(0, c0);
                const cMax = Math.min(w, c0 + fw);
                best.fill(Number.NEGATIVE_INFINITY);
                at.fill(-1);
                for (let r = rMin; r < rMax; r++) {
                    for (let q = cMin; q < cMax; q++) {
                        const base = ((b * h + r) * w + q) * c;
                        for (let d = 0; d < c; d++) {
                            const v = x[base + d];
                            if (v > best[d]) {
                                best[d] = v;
                                at[d] = base + d;
                            }
                        }
                    }
                }
                const dyBase = ((b * ho + yR) * wo + yC) * c;
                for (let d = 0; d < c; d++)
                    if (at[d] >= 0)
                        acc[at[d]] += dy[dyBase + d];
            }
        }
    }
    if (overlapping)
        dx.set(acc);
}
/** MaxPoolGrad for the wasm backend, on the heap in JavaScript: one pass, where the C++ kernel spends ~9 ms per 64x28x28x16 call. */
function maxPoolGradInfo(backend, dy, x, attrs) {
    const info = tf_core_node.backend_util.computePool2DInfo(x.shape, attrs.filterSize, attrs.strides, 1, attrs.pad, attrs.dimRoundingMode);
    const out = backend.makeOutput(x.shape, 'float32');
    // Views are taken after makeOutput: its malloc may grow (and so replace) the heap's buffer.
    routeMaxPoolGradient(backend.typedArrayFromHeap(x), backend.typedArrayFromHeap(dy), backend.typedArrayFromHeap(out), info);
    return out;
}
//# sourceMappingURL=wasm-max-pool-grad.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/wasm-transpose.js
/**
 * Transposes in JavaScript on the wasm heap where tfjs-backend-wasm's C++ transpose is slow: it reads with a large
 * stride when the permutation reverses the (collapsed) axes, e.g. perm [3,1,2,0] of a 64x28x28x16 tensor, which the
 * filter gradient needs: ~3.9 ms there against ~1.7 ms here. Block moves ([1,0,2]: ~1.0 ms) and 2-D swaps (~2.6 ms,
 * no faster here) stay in C++. A transpose only moves values, so the result is exact.
 */
/** `shape` and `perm` with size-1 axes dropped and runs of input axes that stay adjacent merged. */
function collapsePermutation(shape, perm) {
    const kept = perm.filter((a) => shape[a] !== 1);
    const runs = [];
    for (const a of kept) {
        const last = runs[runs.length - 1];
        if (last && last[last.length - 1] + 1 === a)
            last.push(a);
        else
            runs.push([a]);
    }
    // Runs in input order give the collapsed input shape; their order in `kept` gives the collapsed perm.
    const byInput = [...runs].sort((p, q) => p[0] - q[0]);
    return {
        shape: byInput.map((run) => run.reduce((s, a) => s * shape[a], 1)),
        perm: runs.map((run) => byInput.indexOf(run)),
    };
}
/** The [A, B, C] a permutation collapses to when it is [2,1,0] (the case these loops speed up), else undefined. */
function reversedThreeAxes(shape, perm) {
    const c = collapsePermutation(shape, perm);
    return c.perm.join(',') === '2,1,0' ? [c.shape[0], c.shape[1], c.shape[2]] : undefined;
}
//# sourceMappingURL=wasm-transpose.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/wasm-fast-kernels.js




function shareData(backend, x) {
    backend.incRef(x.dataId);
    return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
}
/** The reduced axes when they are exactly the leading ones (and not all of them), else undefined. */
function leadingAxes(axis, shape) {
    const axes = tf_core_node.util.parseAxisParam(axis ?? shape.map((_, i) => i), shape).sort((a, b) => a - b);
    if (axes.length === 0 || axes.length === shape.length)
        return undefined;
    return axes.every((a, i) => a === i) ? axes : undefined;
}
function withFallback(name, fast) {
    const original = (0,tf_core_node.getKernel)(name, 'wasm');
    if (!original)
        throw new Error(`wasm kernel '${name}' is not registered`);
    const kernelFunc = ((args) => fast(args, original.kernelFunc) ?? original.kernelFunc(args));
    // setupFunc stays: the fallback path calls the original kernel, whose setup binds its C++ function.
    return { ...original, kernelFunc };
}
function fastConfigs() {
    return [
        withFallback(tf_core_node.Identity, ({ inputs, backend }) => inputs.x.dtype === 'string'
            ? undefined
            : shareData(backend, inputs.x)),
        withFallback(tf_core_node.Cast, ({ inputs, attrs, backend }) => {
            const x = inputs.x;
            return attrs.dtype === x.dtype && x.dtype !== 'string'
                ? shareData(backend, x)
                : undefined;
        }),
        withFallback(tf_core_node.Sum, ({ inputs, attrs, backend }) => {
            const x = inputs.x;
            const { axis, keepDims } = attrs;
            const axes = x.dtype === 'float32' ? leadingAxes(axis, x.shape) : undefined;
            if (!axes)
                return undefined;
            const b = backend;
            const kept = x.shape.slice(axes.length);
            const out = b.makeOutput(kept, 'float32');
            const outer = tf_core_node.util.sizeFromShape(x.shape.slice(0, axes.length));
            sumLeading(b.typedArrayFromHeap(x), outer, tf_core_node.util.sizeFromShape(kept), b.typedArrayFromHeap(out));
            if (keepDims)
                out.shape = tf_core_node.backend_util.expandShapeToKeepDim(kept, axes);
            return out;
        }),
        withFallback(tf_core_node.Transpose, ({ inputs, attrs, backend }) => {
            const x = inputs.x;
            const { perm } = attrs;
            const dims = x.dtype === 'float32' ? reversedThreeAxes(x.shape, perm) : undefined;
            if (!dims)
                return undefined;
            const b = backend;
            const out = b.makeOutput(perm.map((a) => x.shape[a]), 'float32');
            transposeReversed(b.typedArrayFromHeap(x), b.typedArrayFromHeap(out), dims);
            return out;
        }),
        withFallback(tf_core_node.MaxPoolGrad, ({ inputs, attrs, backend }) => maxPoolGradInfo(backend, inputs.dy, inputs.input, attrs)),
    ];
}
let wasm_fast_kernels_registered = false;
/** Replaces the wasm backend's Identity, Cast, Sum, Transpose and MaxPoolGrad with faster equivalents; idempotent. */
function registerWasmFastKernels() {
    if (wasm_fast_kernels_registered)
        return;
    for (const config of fastConfigs()) {
        (0,tf_core_node.unregisterKernel)(config.kernelName, 'wasm');
        (0,tf_core_node.registerKernel)(config);
    }
    wasm_fast_kernels_registered = true;
}
//# sourceMappingURL=wasm-fast-kernels.js.map
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/wasm-assets.js




/** The files' names: Node always has SIMD, so the plain (non-SIMD) binary is never loaded and not shipped. */
const WASM_FILES = {
    simd: 'tfjs-backend-wasm-simd.wasm',
    threadedSimd: 'tfjs-backend-wasm-threaded-simd.wasm',
    threadedJs: 'tfjs-backend-wasm-threaded-simd.js',
    threadedWorker: 'tfjs-backend-wasm-threaded-simd.worker.js',
    heapWorker: 'wasm-heap-worker.js',
};
/** The pthread worker source is a CommonJS module we require(): in the bundle (dist/ is "type": "module") it is .cjs. */
const BUNDLED_THREADED_WORKER = 'tfjs-backend-wasm-threaded-simd.worker.cjs';
/** The folder next to the Action bundle's chunks that holds the trainer's files (dist/trainer/). */
const BUNDLED_ASSETS_DIR = 'trainer';
// Built from a variable so ncc's asset relocator leaves it alone: the bundle script puts these files there itself.
const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
/** The bundled files when this code runs from the Action bundle, else those of the installed packages. */
function wasmAssets() {
    const bundled = (0,external_node_path_.join)(here, BUNDLED_ASSETS_DIR);
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(bundled, WASM_FILES.simd)))
        return packageWasmAssets(here);
    const at = (name) => (0,external_node_path_.join)(bundled, name);
    return {
        wasmDir: bundled + external_node_path_.sep,
        threadedJs: at(WASM_FILES.threadedJs),
        threadedWorker: at(BUNDLED_THREADED_WORKER),
        heapWorker: at(WASM_FILES.heapWorker),
    };
}
/** The files in node_modules/@tensorflow/tfjs-backend-wasm, resolved from `compiledTrainerDir` (lib/src/adapters/trainer). */
function packageWasmAssets(compiledTrainerDir) {
    const require = (0,external_node_module_.createRequire)((0,external_node_path_.join)(compiledTrainerDir, 'wasm-assets.js'));
    const wasmDir = (0,external_node_path_.dirname)(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
    const out = (0,external_node_path_.join)(wasmDir, '..', 'wasm-out');
    return {
        wasmDir: wasmDir + external_node_path_.sep,
        threadedJs: (0,external_node_path_.join)(out, WASM_FILES.threadedJs),
        threadedWorker: (0,external_node_path_.join)(out, WASM_FILES.threadedWorker),
        heapWorker: (0,external_node_path_.join)(compiledTrainerDir, WASM_FILES.heapWorker),
    };
}
//# sourceMappingURL=wasm-assets.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/wasm-setup.js










const wasm_setup_require = (0,external_node_module_.createRequire)(import.meta.url);
/** Threads the wasm backend should use: MTRACK_WASM_THREADS, else every core (XNNPACK caps at 8). */
function wantedWasmThreads(env = process.env) {
    const fromEnv = Number(env.MTRACK_WASM_THREADS);
    const n = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : external_node_os_.availableParallelism();
    return Math.max(1, Math.min(8, n));
}
let initialized;
/**
 * Activates the wasm backend (SIMD, threaded when `threads` > 1 and it starts), with mtrack's fast convolution
 * gradients and faster kernels (wasm-fast-kernels.ts) registered. Returns the thread count XNNPACK really uses.
 */
async function initWasmBackend(threads = wantedWasmThreads()) {
    registerWasmConvGradients();
    registerWasmFastKernels();
    const assets = wasmAssets();
    (0,tf_backend_wasm_node/* setWasmPaths */.zj)(assets.wasmDir);
    if (initialized) {
        if (!(await startWasm(assets)))
            throw new Error('the wasm backend failed to start');
        return initialized;
    }
    if (threads > 1 && (await tryStartThreaded(threads, assets))) {
        const { wasmMemory } = tf_core_node.backend().wasm;
        startHeapWorker(wasmMemory, assets.heapWorker);
        initialized = { threads: (0,tf_backend_wasm_node/* getThreadsCount */.VV)() };
        return initialized;
    }
    tf_core_node.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    (0,tf_backend_wasm_node/* setThreadsCount */.DK)(1);
    if (!(await startWasm(assets)))
        throw new Error('the wasm backend failed to start');
    initialized = { threads: (0,tf_backend_wasm_node/* getThreadsCount */.VV)() };
    return initialized;
}
/**
 * `tf.setBackend('wasm')`. emscripten's Node start-up reads `__dirname`, which an ESM bundle (the Action's dist/)
 * does not define ("__dirname is not defined"): lend it the assets folder for the call (it only locates files,
 * and setWasmPaths already names them); where a CommonJS build runs, its own module-scoped __dirname wins.
 */
async function startWasm(assets) {
    const global = globalThis;
    const lent = !('__dirname' in global);
    if (lent)
        global.__dirname = assets.wasmDir.slice(0, -1);
    try {
        return await tf_core_node.setBackend('wasm');
    }
    finally {
        if (lent)
            delete global.__dirname;
    }
}
/**
 * tfjs-backend-wasm disables its threaded build in Node (tensorflow/tfjs#3830) for three reasons we work around here:
 * the pthread worker script is handed over as a blob: URL, which Node's Worker cannot load (we write it to a temp file
 * and, inside the worker, point the main-script blob at the real file: wasm-out/ or the bundle's dist/trainer/); the C++ side sizes its pool as
 * os.cpus().length / 2 (assuming hyper-threading), so we report twice the wanted count while it starts; and the
 * emscripten workers keep the event loop alive, so we unref them.
 */
async function tryStartThreaded(threads, assets) {
    const mainJs = assets.threadedJs;
    const { wasmWorkerContents } = wasm_setup_require(assets.threadedWorker);
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
        ok = await startWasm(assets);
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




// Registers the cpu backend. A named import that is used, not `import '…'`: ncc bundles the package's CommonJS
// build, which its package.json `sideEffects` list does not name, so a bare import is dropped from the Action bundle
// ("Backend name 'cpu' not found in registry").
void tf_backend_cpu_node/* version_cpu */.Um;
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
