import {
  backend_util,
  Cast,
  getKernel,
  Identity,
  MaxPoolGrad,
  registerKernel,
  Sum,
  Transpose,
  unregisterKernel,
  util,
  type DataType,
  type KernelConfig,
  type KernelFunc,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import type { WasmHeapBackend } from './wasm-heap.js';
import { maxPoolGradInfo, type MaxPoolGradAttrs } from './wasm-max-pool-grad.js';
import { sumLeading, transposeReversed } from './wasm-heap-pool.js';
import { reversedThreeAxes } from './wasm-transpose.js';

// Kernels where tfjs-backend-wasm 4.22 spends time a training step does not need (found with
// `node lib/scripts/bench-train.js --profile`):
// - Identity and same-dtype Cast copy the whole buffer, and the engine clones every tensor a gradient saves through
//   Identity (about 15 copies of 64x28x28x16 per step of the reference model); the cpu backend shares the data and
//   counts a reference instead, as wasm's own Reshape does. Tensors are immutable (a Variable's assign swaps its
//   dataId), so sharing is safe.
// - Sum over leading axes (every bias gradient: [N,H,W,C] -> [C]) first runs a generic 4-D Transpose.
// - MaxPoolGrad is a scalar C++ loop (wasm-max-pool-grad.ts).
// - Transpose is slow when the permutation reverses the axes, as the filter gradient's [3,1,2,0] does (wasm-transpose.ts).
// The JavaScript loops split across two threads when the backend runs threaded (wasm-heap-pool.ts).

type Args = Parameters<KernelFunc>[0];

function shareData(backend: WasmHeapBackend, x: TensorInfo): TensorInfo {
  backend.incRef(x.dataId);
  return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
}

/** The reduced axes when they are exactly the leading ones (and not all of them), else undefined. */
function leadingAxes(axis: number | number[] | null | undefined, shape: number[]): number[] | undefined {
  const axes = util.parseAxisParam(axis ?? shape.map((_, i) => i), shape).sort((a, b) => a - b);
  if (axes.length === 0 || axes.length === shape.length) return undefined;
  return axes.every((a, i) => a === i) ? axes : undefined;
}

function withFallback(name: string, fast: (args: Args, original: KernelFunc) => TensorInfo | undefined): KernelConfig {
  const original = getKernel(name, 'wasm');
  if (!original) throw new Error(`wasm kernel '${name}' is not registered`);
  const kernelFunc = ((args: Args) => fast(args, original.kernelFunc) ?? original.kernelFunc(args)) as KernelFunc;
  // setupFunc stays: the fallback path calls the original kernel, whose setup binds its C++ function.
  return { ...original, kernelFunc };
}

function fastConfigs(): KernelConfig[] {
  return [
    withFallback(Identity, ({ inputs, backend }) =>
      (inputs.x as TensorInfo).dtype === 'string'
        ? undefined
        : shareData(backend as unknown as WasmHeapBackend, inputs.x as TensorInfo),
    ),
    withFallback(Cast, ({ inputs, attrs, backend }) => {
      const x = inputs.x as TensorInfo;
      return (attrs as { dtype: DataType }).dtype === x.dtype && x.dtype !== 'string'
        ? shareData(backend as unknown as WasmHeapBackend, x)
        : undefined;
    }),
    withFallback(Sum, ({ inputs, attrs, backend }) => {
      const x = inputs.x as TensorInfo;
      const { axis, keepDims } = attrs as { axis: number | number[]; keepDims: boolean };
      const axes = x.dtype === 'float32' ? leadingAxes(axis, x.shape) : undefined;
      if (!axes) return undefined;
      const b = backend as unknown as WasmHeapBackend;
      const kept = x.shape.slice(axes.length);
      const out = b.makeOutput(kept, 'float32');
      const outer = util.sizeFromShape(x.shape.slice(0, axes.length));
      sumLeading(
        b.typedArrayFromHeap(x) as Float32Array,
        outer,
        util.sizeFromShape(kept),
        b.typedArrayFromHeap(out) as Float32Array,
      );
      if (keepDims) out.shape = backend_util.expandShapeToKeepDim(kept, axes);
      return out;
    }),
    withFallback(Transpose, ({ inputs, attrs, backend }) => {
      const x = inputs.x as TensorInfo;
      const { perm } = attrs as { perm: number[] };
      const dims = x.dtype === 'float32' ? reversedThreeAxes(x.shape, perm) : undefined;
      if (!dims) return undefined;
      const b = backend as unknown as WasmHeapBackend;
      const out = b.makeOutput(
        perm.map((a) => x.shape[a]),
        'float32',
      );
      transposeReversed(b.typedArrayFromHeap(x) as Float32Array, b.typedArrayFromHeap(out) as Float32Array, dims);
      return out;
    }),
    withFallback(MaxPoolGrad, ({ inputs, attrs, backend }) =>
      maxPoolGradInfo(
        backend as unknown as WasmHeapBackend,
        inputs.dy as TensorInfo,
        inputs.input as TensorInfo,
        attrs as unknown as MaxPoolGradAttrs,
      ),
    ),
  ];
}

let registered = false;

/** Replaces the wasm backend's Identity, Cast, Sum, Transpose and MaxPoolGrad with faster equivalents; idempotent. */
export function registerWasmFastKernels(): void {
  if (registered) return;
  for (const config of fastConfigs()) {
    unregisterKernel(config.kernelName, 'wasm');
    registerKernel(config);
  }
  registered = true;
}
