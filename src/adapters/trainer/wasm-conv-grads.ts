import {
  backend_util,
  Conv2DBackpropFilter,
  Conv2DBackpropInput,
  getKernel,
  registerKernel,
  unregisterKernel,
  type KernelConfig,
  type KernelFunc,
  type NamedAttrMap,
  type NamedTensorInfoMap,
  type TensorInfo,
} from '@tensorflow/tfjs-core';

// Both convolution gradients rewritten as one forward Conv2D each, so XNNPACK (SIMD, threaded) runs them instead of
// tfjs-backend-wasm's scalar loops (Conv2DBackpropInput) or nothing at all (Conv2DBackpropFilter is not registered).
// Layout is NHWC throughout; `dilations` is accepted as an extra attribute although tfjs' own conv2d gradient only
// ever sends 1 (it refuses dilated gradients upstream).

type Pair = [number, number];
type Conv2DPad = 'valid' | 'same' | number | backend_util.ExplicitPadding;
interface DisposingBackend {
  disposeData(dataId: object): boolean;
}
interface GradAttrs {
  strides: number | Pair;
  pad: Conv2DPad;
  dataFormat?: 'NHWC' | 'NCHW';
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
  dilations?: number | Pair;
}

/** Runs wasm kernels on TensorInfos and frees every intermediate, the way backend-internal kernels compose. */
class KernelScope {
  private readonly temps: TensorInfo[] = [];
  constructor(private readonly backend: DisposingBackend) {}

  run(kernelName: string, inputs: NamedTensorInfoMap, attrs: NamedAttrMap): TensorInfo {
    const kernel = getKernel(kernelName, 'wasm');
    if (!kernel) throw new Error(`wasm kernel '${kernelName}' is not registered`);
    const out = kernel.kernelFunc({ inputs, attrs, backend: this.backend as never }) as TensorInfo;
    this.temps.push(out);
    return out;
  }

  /** Frees every intermediate except `result`, which the caller hands to the engine. */
  finish(result: TensorInfo): TensorInfo {
    for (const t of this.temps) if (t !== result) this.backend.disposeData(t.dataId);
    return result;
  }
}

function explicitPad(top: number, bottom: number, left: number, right: number): backend_util.ExplicitPadding {
  return [
    [0, 0],
    [top, bottom],
    [left, right],
    [0, 0],
  ];
}

/** Crops an NHWC tensor where a border is negative; returns the tensor and the non-negative padding still owed. */
function padOrCrop(
  s: KernelScope,
  x: TensorInfo,
  rows: Pair,
  cols: Pair,
): { x: TensorInfo; pad: backend_util.ExplicitPadding } {
  const cut = [Math.max(0, -rows[0]), Math.max(0, -rows[1]), Math.max(0, -cols[0]), Math.max(0, -cols[1])];
  let out = x;
  if (cut.some((c) => c > 0)) {
    const [n, h, w, c] = x.shape;
    out = s.run(
      'Slice',
      { x },
      { begin: [0, cut[0], cut[2], 0], size: [n, h - cut[0] - cut[1], w - cut[2] - cut[3], c] },
    );
  }
  return {
    x: out,
    pad: explicitPad(Math.max(0, rows[0]), Math.max(0, rows[1]), Math.max(0, cols[0]), Math.max(0, cols[1])),
  };
}

/** Inserts stride-1 zeros after every row and column of dy (the transpose of a strided read). */
function spreadByStride(s: KernelScope, dy: TensorInfo, sh: number, sw: number): TensorInfo {
  const [n, ho, wo, c] = dy.shape;
  let t = dy;
  if (sh > 1) {
    t = s.run('Reshape', { x: t }, { shape: [n * ho, 1, wo, c] });
    t = s.run(
      'PadV2',
      { x: t },
      {
        paddings: [
          [0, 0],
          [0, sh - 1],
          [0, 0],
          [0, 0],
        ],
        constantValue: 0,
      },
    );
    t = s.run('Reshape', { x: t }, { shape: [n, ho * sh, wo, c] });
  }
  if (sw > 1) {
    const h = t.shape[1];
    t = s.run('Reshape', { x: t }, { shape: [n * h * wo, 1, c] });
    t = s.run(
      'PadV2',
      { x: t },
      {
        paddings: [
          [0, 0],
          [0, sw - 1],
          [0, 0],
        ],
        constantValue: 0,
      },
    );
    t = s.run('Reshape', { x: t }, { shape: [n, h, wo * sw, c] });
  }
  return t;
}

function convInfo(xShape: number[], filterShape: number[], a: GradAttrs): backend_util.Conv2DInfo {
  if (a.dataFormat === 'NCHW') throw new Error("mtrack's wasm conv gradients support dataFormat 'NHWC' only");
  return backend_util.computeConv2DInfo(
    xShape as [number, number, number, number],
    filterShape as [number, number, number, number],
    a.strides,
    a.dilations ?? 1,
    a.pad,
    a.dimRoundingMode,
    false,
    'channelsLast',
  );
}

/**
 * dW[a,b,ci,co] = sum_{n,i,j} x[n, i*s - top + a*d, j*s - left + b*d, ci] * dy[n,i,j,co]. Either operand can play the
 * forward convolution's filter, and XNNPACK repacks that filter on every call (tfjs-backend-wasm caches operators by
 * filter tensor, and these are fresh each step): packing costs about as much as the convolution, so the smaller of x
 * and dy becomes the filter (see filterGradFromDy for the other way round).
 */
export function conv2dFilterGradInfo(
  backend: DisposingBackend,
  x: TensorInfo,
  dy: TensorInfo,
  filterShape: number[],
  a: GradAttrs,
): TensorInfo {
  const info = convInfo(x.shape, filterShape, a);
  const unit =
    info.strideHeight === 1 && info.strideWidth === 1 && info.dilationHeight === 1 && info.dilationWidth === 1;
  const s = new KernelScope(backend);
  const out =
    unit && info.inChannels < info.outChannels ? filterGradFromDy(s, x, dy, info) : filterGradFromX(s, x, dy, info);
  return s.finish(out);
}

/**
 * With batch and channels of x swapped ([Ci,H,W,N]) and dy as a [Ho,Wo,N,Co] filter, dW is a forward conv whose
 * stride is the original dilation and whose dilation is the original stride; its [Ci,kh,kw,Co] output is transposed
 * back.
 */
function filterGradFromX(s: KernelScope, x: TensorInfo, dy: TensorInfo, info: backend_util.Conv2DInfo): TensorInfo {
  const { top, left } = info.padInfo;
  const { filterHeight: kh, filterWidth: kw } = info;
  const bottom = (info.outHeight - 1) * info.strideHeight + (kh - 1) * info.dilationHeight + 1 - x.shape[1] - top;
  const right = (info.outWidth - 1) * info.strideWidth + (kw - 1) * info.dilationWidth + 1 - x.shape[2] - left;
  const cropped = padOrCrop(s, x, [top, bottom], [left, right]);
  const xT = s.run('Transpose', { x: cropped.x }, { perm: [3, 1, 2, 0] });
  const dyT = s.run('Transpose', { x: dy }, { perm: [1, 2, 0, 3] });
  const g = s.run(
    'Conv2D',
    { x: xT, filter: dyT },
    {
      strides: [info.dilationHeight, info.dilationWidth],
      pad: cropped.pad,
      dataFormat: 'NHWC',
      dilations: [info.strideHeight, info.strideWidth],
    },
  );
  return s.run('Transpose', { x: g }, { perm: [1, 2, 0, 3] });
}

/**
 * Stride and dilation 1 only: with dy as [Co,Ho,Wo,N] and x as a [H,W,N,Ci] filter, the conv's output at (u,v) is
 * sum x[n,p,q,ci] * dy[n, u+p-P_top, v+q-P_left, co]; P_top = kh-1-top puts dW[a] at u = kh-1-a, so the [Co,kh,kw,Ci]
 * output is flipped in H and W and transposed back.
 */
function filterGradFromDy(s: KernelScope, x: TensorInfo, dy: TensorInfo, info: backend_util.Conv2DInfo): TensorInfo {
  const { top, left } = info.padInfo;
  const { filterHeight: kh, filterWidth: kw } = info;
  const rows: Pair = [kh - 1 - top, x.shape[1] - info.outHeight + top];
  const cols: Pair = [kw - 1 - left, x.shape[2] - info.outWidth + left];
  const dyT = s.run('Transpose', { x: dy }, { perm: [3, 1, 2, 0] });
  const cropped = padOrCrop(s, dyT, rows, cols);
  const xT = s.run('Transpose', { x }, { perm: [1, 2, 0, 3] });
  const g = s.run(
    'Conv2D',
    { x: cropped.x, filter: xT },
    { strides: [1, 1], pad: cropped.pad, dataFormat: 'NHWC', dilations: [1, 1] },
  );
  const flipped = s.run('Reverse', { x: g }, { dims: [1, 2] });
  return s.run('Transpose', { x: flipped }, { perm: [1, 2, 3, 0] });
}

/**
 * dX = conv(dy spread by the stride and padded by (effective kernel - 1 - pad), filter flipped in H and W with
 * in/out channels swapped), stride 1, the original dilation.
 */
export function conv2dInputGradInfo(
  backend: DisposingBackend,
  dy: TensorInfo,
  filter: TensorInfo,
  inputShape: number[],
  a: GradAttrs,
): TensorInfo {
  const info = convInfo(inputShape, filter.shape, a);
  const s = new KernelScope(backend);
  const { top, left } = info.padInfo;
  const spread = spreadByStride(s, dy, info.strideHeight, info.strideWidth);
  const extraRows = spread.shape[1] - ((info.outHeight - 1) * info.strideHeight + 1);
  const extraCols = spread.shape[2] - ((info.outWidth - 1) * info.strideWidth + 1);
  const effH = info.effectiveFilterHeight;
  const effW = info.effectiveFilterWidth;
  const rows: Pair = [effH - 1 - top, 0];
  const cols: Pair = [effW - 1 - left, 0];
  rows[1] = inputShape[1] - (spread.shape[1] - extraRows) - rows[0] + effH - 1 - extraRows;
  cols[1] = inputShape[2] - (spread.shape[2] - extraCols) - cols[0] + effW - 1 - extraCols;
  const cropped = padOrCrop(s, spread, rows, cols);
  const flipped = s.run('Reverse', { x: filter }, { dims: [0, 1] });
  const wT = s.run('Transpose', { x: flipped }, { perm: [0, 1, 3, 2] });
  const out = s.run(
    'Conv2D',
    { x: cropped.x, filter: wT },
    { strides: [1, 1], pad: cropped.pad, dataFormat: 'NHWC', dilations: [info.dilationHeight, info.dilationWidth] },
  );
  return s.finish(out);
}

const filterGradConfig: KernelConfig = {
  kernelName: Conv2DBackpropFilter,
  backendName: 'wasm',
  kernelFunc: (({ inputs, attrs, backend }) =>
    conv2dFilterGradInfo(
      backend as unknown as DisposingBackend,
      inputs.x as TensorInfo,
      inputs.dy as TensorInfo,
      (attrs as unknown as { filterShape: number[] }).filterShape,
      attrs as unknown as GradAttrs,
    )) as KernelFunc,
};

const inputGradConfig: KernelConfig = {
  kernelName: Conv2DBackpropInput,
  backendName: 'wasm',
  kernelFunc: (({ inputs, attrs, backend }) =>
    conv2dInputGradInfo(
      backend as unknown as DisposingBackend,
      inputs.dy as TensorInfo,
      inputs.filter as TensorInfo,
      (attrs as unknown as { inputShape: number[] }).inputShape,
      attrs as unknown as GradAttrs,
    )) as KernelFunc,
};

let registered = false;

/** Registers (or replaces) the wasm backend's Conv2DBackpropFilter and Conv2DBackpropInput kernels; idempotent. */
export function registerWasmConvGradients(): void {
  if (registered) return;
  for (const config of [filterGradConfig, inputGradConfig]) {
    if (getKernel(config.kernelName, 'wasm')) unregisterKernel(config.kernelName, 'wasm');
    registerKernel(config);
  }
  registered = true;
}
