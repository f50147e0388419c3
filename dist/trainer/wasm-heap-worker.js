import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
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
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/wasm-heap-worker.js


// The second thread of wasm-heap-pool.ts: waits for a job number, runs its half of the job on the wasm heap, reports.
const { memory, ctl, args } = external_node_worker_threads_namespaceObject.workerData;
function run(a) {
    const heap = memory.buffer;
    const f32 = (offset, length) => new Float32Array(heap, offset, length);
    switch (a[0]) {
        case 1 /* HeapJob.TwoByTwo */:
            routeTwoByTwoRows(f32(a[1], a[2]), f32(a[3], a[4]), f32(a[5], a[6]), a[7], a[8], a[9], a[10], a[11]);
            break;
        case 2 /* HeapJob.SumColumns */:
            sumLeadingColumns(f32(a[1], a[2]), a[5], a[6], f32(a[3], a[4]), a[7], a[8]);
            break;
        case 3 /* HeapJob.Transpose */:
            transposeReversedSlices(f32(a[1], a[2]), f32(a[3], a[4]), a[5], a[6], a[7], a[8], a[9]);
            break;
        default:
            throw new Error(`unknown job ${a[0]}`);
    }
}
let seen = Atomics.load(ctl, 0);
Atomics.store(ctl, 3, 1);
for (;;) {
    Atomics.wait(ctl, 0, seen);
    seen = Atomics.load(ctl, 0);
    try {
        run(args);
    }
    catch {
        Atomics.store(ctl, 2, 1);
    }
    Atomics.store(ctl, 1, seen);
    Atomics.notify(ctl, 1);
}
//# sourceMappingURL=wasm-heap-worker.js.map
