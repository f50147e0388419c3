import { backend_util, type TensorInfo } from '@tensorflow/tfjs-core';
import type { WasmHeapBackend } from './wasm-heap.js';
import { routeTwoByTwo } from './wasm-heap-pool.js';

export interface MaxPoolGradAttrs {
  filterSize: number | [number, number];
  strides: number | [number, number];
  pad: 'valid' | 'same' | number | backend_util.ExplicitPadding;
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
}

/**
 * Routes each dy value to the first maximum (row-major within its window; NaN never wins, an all -Infinity or all
 * NaN window routes nowhere) of its pooling window in x, exactly as tfjs-backend-cpu's maxPoolPositions +
 * maxPoolGrad do, bit for bit: a dx element receiving one dy value gets 0 + dy (so -0 becomes +0, as there), and
 * where windows overlap the values a dx element collects are summed in float64 in the cpu backend's window order and
 * rounded once.
 */
export function routeMaxPoolGradient(
  x: Float32Array,
  dy: Float32Array,
  dx: Float32Array,
  info: backend_util.Conv2DInfo,
): void {
  const { inHeight: h, inWidth: w, outHeight: ho, outWidth: wo } = info;
  const { strideHeight: sh, strideWidth: sw, effectiveFilterHeight: fh, effectiveFilterWidth: fw } = info;
  const { top, left } = info.padInfo;
  if (sh === fh && sw === fw && top === 0 && left === 0 && ho * fh === h && wo * fw === w) routeTiled(x, dy, dx, info);
  else routeGeneral(x, dy, dx, info);
}

/** Windows tile x exactly (the usual 2x2 stride 2 on even sizes): every dx element is written once, no zero fill. */
function routeTiled(x: Float32Array, dy: Float32Array, dx: Float32Array, info: backend_util.Conv2DInfo): void {
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
            for (let q = 0, i = corner + r * rowStride + d; q < fw; q++, i += c) dx[i] = i === at ? g : 0;
          }
        }
      }
    }
  }
}

/** Any geometry (padding, overlapping or partial windows): zero fill, then scatter-add in window order. */
function routeGeneral(x: Float32Array, dy: Float32Array, dx: Float32Array, info: backend_util.Conv2DInfo): void {
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
        for (let d = 0; d < c; d++) if (at[d] >= 0) acc[at[d]] += dy[dyBase + d];
      }
    }
  }
  if (overlapping) dx.set(acc);
}

/** MaxPoolGrad for the wasm backend, on the heap in JavaScript: one pass, where the C++ kernel spends ~9 ms per 64x28x28x16 call. */
export function maxPoolGradInfo(
  backend: WasmHeapBackend,
  dy: TensorInfo,
  x: TensorInfo,
  attrs: MaxPoolGradAttrs,
): TensorInfo {
  const info = backend_util.computePool2DInfo(
    x.shape as [number, number, number, number],
    attrs.filterSize,
    attrs.strides,
    1,
    attrs.pad,
    attrs.dimRoundingMode,
  );
  const out = backend.makeOutput(x.shape, 'float32');
  // Views are taken after makeOutput: its malloc may grow (and so replace) the heap's buffer.
  routeMaxPoolGradient(
    backend.typedArrayFromHeap(x) as Float32Array,
    backend.typedArrayFromHeap(dy) as Float32Array,
    backend.typedArrayFromHeap(out) as Float32Array,
    info,
  );
  return out;
}
