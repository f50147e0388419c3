import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { initWasmBackend } from '../../src/adapters/trainer/wasm-setup.js';
import { buildModel, sparseCrossEntropy } from '../../src/adapters/trainer/model.js';
import type { TrainConfig } from '../../src/adapters/trainer/types.js';

// Tolerance: both backends sum the same K = kh*kw*channels (forward) or N*Ho*Wo (filter gradient) float32 products,
// in different orders. Reordering a float32 sum of K terms moves it by about sqrt(K) * 2^-24 * max|term| typically:
// for the largest sums here (K = 4*28*28 = 3136) that is ~4e-6 of the largest output. We allow 1e-4 relative to the
// largest reference magnitude (25x headroom); an indexing, padding or flip mistake errs by O(1) of it.
const RELATIVE_TOLERANCE = 1e-4;

type Pad = 'same' | 'valid' | [[number, number], [number, number], [number, number], [number, number]];
interface Case {
  x: [number, number, number, number];
  f: [number, number, number, number];
  strides: [number, number];
  pad: Pad;
  dilations?: [number, number];
}

function seededValues(n: number, seed: number): Float32Array {
  let a = seed >>> 0;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  }
  return out;
}

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): { diff: number; scale: number } {
  expect(a.length).toBe(b.length);
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < a.length; i++) {
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(b[i]));
  }
  return { diff, scale };
}

/** Reference gradients straight from the definition y[n,i,j,o] = sum x[n, i*s - top + a*d, j*s - left + b*d, c] w[a,b,c,o]. */
function naiveGrads(
  c: Case,
  x: Float32Array,
  w: Float32Array,
  dy: Float32Array,
  outShape: number[],
  top: number,
  left: number,
) {
  const [n, h, wd, ci] = c.x;
  const [kh, kw, , co] = c.f;
  const [, ho, wo] = outShape;
  const [sh, sw] = c.strides;
  const [dh, dw] = c.dilations ?? [1, 1];
  const dx = new Float64Array(x.length);
  const dW = new Float64Array(w.length);
  for (let b = 0; b < n; b++)
    for (let i = 0; i < ho; i++)
      for (let j = 0; j < wo; j++)
        for (let a = 0; a < kh; a++)
          for (let e = 0; e < kw; e++) {
            const r = i * sh - top + a * dh;
            const q = j * sw - left + e * dw;
            if (r < 0 || r >= h || q < 0 || q >= wd) continue;
            for (let ch = 0; ch < ci; ch++)
              for (let o = 0; o < co; o++) {
                const g = dy[((b * ho + i) * wo + j) * co + o];
                const xi = ((b * h + r) * wd + q) * ci + ch;
                const wi = ((a * kw + e) * ci + ch) * co + o;
                dx[xi] += g * w[wi];
                dW[wi] += g * x[xi];
              }
          }
  return { dx, dW };
}

const cases: Case[] = [
  { x: [2, 9, 9, 3], f: [3, 3, 3, 4], strides: [1, 1], pad: 'same' },
  { x: [2, 9, 8, 3], f: [3, 3, 3, 4], strides: [2, 2], pad: 'same' },
  { x: [2, 10, 10, 3], f: [3, 3, 3, 4], strides: [2, 2], pad: 'valid' },
  { x: [1, 11, 7, 2], f: [5, 2, 2, 3], strides: [3, 2], pad: 'valid' },
  {
    x: [3, 8, 9, 2],
    f: [3, 4, 2, 5],
    strides: [2, 3],
    pad: [
      [0, 0],
      [1, 2],
      [3, 0],
      [0, 0],
    ],
  },
  { x: [2, 7, 7, 4], f: [1, 1, 4, 6], strides: [2, 2], pad: 'same' },
  { x: [4, 28, 28, 1], f: [3, 3, 1, 8], strides: [1, 1], pad: 'same' },
  {
    x: [2, 6, 6, 3],
    f: [4, 4, 3, 2],
    strides: [1, 1],
    pad: [
      [0, 0],
      [5, 5],
      [4, 6],
      [0, 0],
    ],
  },
  // Stride 1 with fewer input than output channels: the filter gradient packs x instead of dy (filterGradFromDy).
  { x: [2, 7, 9, 2], f: [3, 2, 2, 5], strides: [1, 1], pad: 'valid' },
  {
    x: [3, 6, 5, 1],
    f: [2, 4, 1, 3],
    strides: [1, 1],
    pad: [
      [0, 0],
      [0, 3],
      [2, 1],
      [0, 0],
    ],
  },
  {
    x: [2, 6, 6, 2],
    f: [4, 4, 2, 3],
    strides: [1, 1],
    pad: [
      [0, 0],
      [5, 5],
      [4, 6],
      [0, 0],
    ],
  },
  { x: [8, 14, 14, 16], f: [3, 3, 16, 32], strides: [1, 1], pad: 'same' },
];
const dilatedCases: Case[] = [
  { x: [2, 11, 10, 3], f: [3, 3, 3, 4], strides: [1, 1], pad: 'same', dilations: [2, 2] },
  { x: [2, 12, 13, 2], f: [3, 2, 2, 3], strides: [2, 1], pad: 'valid', dilations: [2, 3] },
  {
    x: [1, 9, 9, 2],
    f: [2, 3, 2, 2],
    strides: [1, 2],
    pad: [
      [0, 0],
      [2, 1],
      [0, 3],
      [0, 0],
    ],
    dilations: [3, 2],
  },
];

function gradsOn(backend: string, c: Case, xv: Float32Array, wv: Float32Array, seed: number) {
  return tf.tidy(() => {
    const x = tf.tensor4d(xv, c.x);
    const w = tf.tensor4d(wv, c.f);
    // tf.conv2d refuses strides and dilations both > 1 (XNNPACK, which the gradients run on, does not): shape only.
    const info = tf.backend_util.computeConv2DInfo(
      c.x,
      c.f,
      c.strides,
      c.dilations ?? 1,
      c.pad,
      undefined,
      false,
      'channelsLast',
    );
    const dyv = seededValues(
      info.outShape.reduce((a, b) => a * b),
      seed,
    );
    const dy = tf.tensor4d(dyv, info.outShape);
    const attrs = { strides: c.strides, pad: c.pad, dataFormat: 'NHWC', dilations: c.dilations ?? [1, 1] };
    const dx = tf
      .engine()
      .runKernel('Conv2DBackpropInput', { dy, filter: w }, { ...attrs, inputShape: c.x }) as tf.Tensor;
    const dW = tf.engine().runKernel('Conv2DBackpropFilter', { x, dy }, { ...attrs, filterShape: c.f }) as tf.Tensor;
    return { backend, dy: dyv, outShape: info.outShape, dx: dx.dataSync(), dW: dW.dataSync() };
  });
}

describe('wasm convolution gradients', () => {
  beforeAll(async () => {
    await initWasmBackend();
  }, 60_000);

  test.each(cases.map((c, i) => [i, c] as const))(
    'case %i matches the cpu backend for x, filter gradients',
    async (i, c) => {
      const xv = seededValues(
        c.x.reduce((a, b) => a * b),
        10 + i,
      );
      const wv = seededValues(
        c.f.reduce((a, b) => a * b),
        20 + i,
      );
      await tf.setBackend('cpu');
      const cpu = gradsOn('cpu', c, xv, wv, 30 + i);
      await tf.setBackend('wasm');
      const wasm = gradsOn('wasm', c, xv, wv, 30 + i);
      const dx = maxAbsDiff(wasm.dx, cpu.dx);
      const dW = maxAbsDiff(wasm.dW, cpu.dW);
      console.log(
        `conv grads ${JSON.stringify(c)}: max |dx diff| ${dx.diff.toExponential(2)} (scale ${dx.scale.toFixed(2)}), max |dW diff| ${dW.diff.toExponential(2)} (scale ${dW.scale.toFixed(2)})`,
      );
      expect(dx.diff).toBeLessThanOrEqual(RELATIVE_TOLERANCE * Math.max(1, dx.scale));
      expect(dW.diff).toBeLessThanOrEqual(RELATIVE_TOLERANCE * Math.max(1, dW.scale));
    },
  );

  test.each(dilatedCases.map((c, i) => [i, c] as const))('dilated case %i matches the definition', async (i, c) => {
    await tf.setBackend('wasm');
    const xv = seededValues(
      c.x.reduce((a, b) => a * b),
      40 + i,
    );
    const wv = seededValues(
      c.f.reduce((a, b) => a * b),
      50 + i,
    );
    const wasm = gradsOn('wasm', c, xv, wv, 60 + i);
    const info = tf.backend_util.computeConv2DInfo(
      c.x,
      c.f,
      c.strides,
      c.dilations!,
      c.pad,
      undefined,
      false,
      'channelsLast',
    );
    const ref = naiveGrads(c, xv, wv, wasm.dy, wasm.outShape, info.padInfo.top, info.padInfo.left);
    const dx = maxAbsDiff(wasm.dx, ref.dx);
    const dW = maxAbsDiff(wasm.dW, ref.dW);
    console.log(
      `dilated conv grads ${JSON.stringify(c)}: max |dx diff| ${dx.diff.toExponential(2)}, max |dW diff| ${dW.diff.toExponential(2)}`,
    );
    expect(dx.diff).toBeLessThanOrEqual(RELATIVE_TOLERANCE * Math.max(1, dx.scale));
    expect(dW.diff).toBeLessThanOrEqual(RELATIVE_TOLERANCE * Math.max(1, dW.scale));
  });

  test('whole-model gradients on wasm match the cpu backend', async () => {
    const config: TrainConfig = {
      seed: 3,
      epochs: 1,
      batch_size: 8,
      learning_rate: 1e-3,
      weight_decay: 0,
      dropout: 0,
      optimizer: 'adam',
      architecture: { type: 'resnet', width: 4, blocks: 1 },
      eval: {},
    };
    const xv = seededValues(8 * 28 * 28, 70).map((v) => Math.abs(v));
    const labels = Int32Array.from({ length: 8 }, (_, i) => (i * 7) % 10);
    const gradsOnBackend = async (backend: string) => {
      await tf.setBackend(backend);
      const model = buildModel(config, 28, 28);
      const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
      const { value, grads } = tf.variableGrads(
        () =>
          sparseCrossEntropy(
            model.apply(tf.tensor4d(xv, [8, 28, 28, 1]), { training: true }) as tf.Tensor2D,
            tf.tensor1d(labels, 'int32'),
          ),
        vars,
      );
      const out = {
        loss: value.dataSync()[0],
        grads: vars.map((v) => grads[v.name].dataSync()),
        names: vars.map((v) => v.name),
      };
      tf.dispose([value, ...Object.values(grads)]);
      model.dispose();
      return out;
    };
    const cpu = await gradsOnBackend('cpu');
    const wasm = await gradsOnBackend('wasm');
    expect(Math.abs(wasm.loss - cpu.loss)).toBeLessThan(1e-5);
    let worst = 0;
    cpu.grads.forEach((g, i) => {
      const { diff, scale } = maxAbsDiff(wasm.grads[i], g);
      worst = Math.max(worst, diff / Math.max(1e-3, scale));
      expect(scale).toBeGreaterThan(0);
      expect(diff).toBeLessThanOrEqual(RELATIVE_TOLERANCE * Math.max(1e-3, scale));
    });
    console.log(
      `whole-model gradient check: ${cpu.grads.length} variables, worst max|diff|/max|grad| ${worst.toExponential(2)}`,
    );
  }, 60_000);
});
