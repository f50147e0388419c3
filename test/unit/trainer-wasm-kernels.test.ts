import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { initWasmBackend } from '../../src/adapters/trainer/wasm-setup.js';
import { collapsePermutation } from '../../src/adapters/trainer/wasm-transpose.js';
import { heapWorkerReady } from '../../src/adapters/trainer/wasm-heap-pool.js';
import { buildModel, sparseCrossEntropy } from '../../src/adapters/trainer/model.js';
import type { TrainConfig } from '../../src/adapters/trainer/types.js';

// mtrack's JavaScript kernels for the wasm backend (wasm-fast-kernels.ts) against tfjs-backend-cpu. Tolerance is zero:
// MaxPoolGrad and Transpose only move values; Sum accumulates in float64 in the cpu backend's order and rounds once,
// as the cpu backend does; Identity and Cast share the input's data. Any difference is a bug, not rounding.

function seededValues(n: number, seed: number, levels = 0): Float32Array {
  let a = seed >>> 0;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const u = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    out[i] = levels > 0 ? Math.floor(u * levels) : u * 2 - 1; // few levels: many ties within a pooling window
  }
  return out;
}

async function onBoth<T extends tf.Tensor>(
  run: () => T,
): Promise<{ cpu: Float32Array; wasm: Float32Array; shape: number[] }> {
  await tf.setBackend('cpu');
  const c = tf.tidy(run);
  const cpu = c.dataSync() as Float32Array;
  await tf.setBackend('wasm');
  const w = tf.tidy(run);
  const wasm = w.dataSync() as Float32Array;
  expect(w.shape).toEqual(c.shape);
  const shape = c.shape;
  tf.dispose([c, w]);
  return { cpu, wasm, shape };
}

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  let d = 0;
  for (let i = 0; i < a.length; i++)
    d = Math.max(d, Object.is(a[i], b[i]) ? 0 : Number.isNaN(a[i] - b[i]) ? Infinity : Math.abs(a[i] - b[i]));
  return d;
}

interface PoolCase {
  x: [number, number, number, number];
  size: number | [number, number];
  strides: number | [number, number];
  pad: 'valid' | 'same' | number;
  levels?: number;
}

const poolCases: PoolCase[] = [
  { x: [4, 28, 28, 16], size: 2, strides: 2, pad: 'valid' }, // the models' pooling: the unrolled 2x2 path
  { x: [2, 12, 9, 3], size: 3, strides: 3, pad: 'valid' }, // tiled, 3x3
  { x: [2, 9, 7, 5], size: 2, strides: 2, pad: 'valid' }, // odd sizes: a row and a column in no window
  { x: [2, 9, 8, 3], size: 3, strides: 2, pad: 'same' }, // overlapping windows and padding
  { x: [3, 7, 6, 2], size: [2, 3], strides: [1, 2], pad: 'valid' },
  { x: [1, 8, 8, 4], size: 3, strides: 1, pad: 1 }, // numeric padding, every window overlaps
  { x: [4, 28, 28, 16], size: 2, strides: 2, pad: 'valid', levels: 3 }, // ties everywhere
  { x: [2, 9, 8, 3], size: 3, strides: 2, pad: 'same', levels: 2 }, // ties where windows overlap
];

describe('wasm kernels written in JavaScript', () => {
  beforeAll(async () => {
    await initWasmBackend();
  }, 60_000);

  test.each(poolCases.map((c, i) => [i, c] as const))(
    'MaxPoolGrad case %i routes dy exactly like the cpu backend',
    async (i, c) => {
      const xv = seededValues(
        c.x.reduce((a, b) => a * b),
        100 + i,
        c.levels,
      );
      const run = () => {
        const x = tf.tensor4d(xv, c.x);
        const y = tf.maxPool(x, c.size, c.strides, c.pad);
        const dy = tf.tensor4d(seededValues(y.size, 200 + i), y.shape as [number, number, number, number]);
        return tf
          .engine()
          .runKernel(
            'MaxPoolGrad',
            { dy, input: x, output: y },
            { filterSize: c.size, strides: c.strides, pad: c.pad },
          ) as tf.Tensor;
      };
      const { cpu, wasm } = await onBoth(run);
      const diff = maxAbsDiff(wasm, cpu);
      console.log(`MaxPoolGrad ${JSON.stringify(c)}: max |diff| ${diff}`);
      expect(diff).toBe(0);
    },
  );

  test('MaxPoolGrad sends nothing from an all -Infinity or all NaN window, and skips NaN like the cpu backend', async () => {
    const xv = seededValues(2 * 4 * 4 * 1, 7);
    xv.set([-Infinity, -Infinity, -Infinity, -Infinity], 0);
    xv[4] = NaN;
    xv[5] = NaN;
    xv[12] = NaN;
    xv[13] = NaN;
    xv[16] = NaN;
    const run = () => {
      const x = tf.tensor4d(xv, [2, 4, 4, 1]);
      const dy = tf.tensor4d(seededValues(8, 8), [2, 2, 2, 1]);
      return tf
        .engine()
        .runKernel(
          'MaxPoolGrad',
          { dy, input: x, output: dy },
          { filterSize: 2, strides: 2, pad: 'valid' },
        ) as tf.Tensor;
    };
    const { cpu, wasm } = await onBoth(run);
    expect(maxAbsDiff(wasm, cpu)).toBe(0);
  });

  test.each([
    [[64, 28, 28, 16], [0, 1, 2], false],
    [[5, 7], [0], true],
    [[3, 4, 5], [1, 0], false],
    [[6, 2, 3], [-3], true],
  ] as const)(
    'Sum of %j over leading axes %j (keepDims %s) equals the cpu backend bit for bit',
    async (shape, axes, keepDims) => {
      const xv = seededValues(
        shape.reduce((a, b) => a * b, 1),
        300,
      );
      const { cpu, wasm, shape: out } = await onBoth(() => tf.sum(tf.tensor(xv, [...shape]), [...axes], keepDims));
      console.log(
        `Sum ${JSON.stringify(shape)} axes ${JSON.stringify(axes)} -> ${JSON.stringify(out)}: max |diff| ${maxAbsDiff(wasm, cpu)}`,
      );
      expect(maxAbsDiff(wasm, cpu)).toBe(0);
    },
  );

  test('Sum over other axes still takes the wasm kernel and agrees with the cpu backend', async () => {
    const xv = seededValues(4 * 5 * 6, 301);
    const { cpu, wasm } = await onBoth(() => tf.sum(tf.tensor3d(xv, [4, 5, 6]), [1]));
    expect(maxAbsDiff(wasm, cpu)).toBeLessThan(1e-5);
  });

  test.each([
    [
      [64, 28, 28, 16],
      [3, 1, 2, 0],
    ],
    [
      [64, 28, 28, 16],
      [1, 2, 0, 3],
    ],
    [
      [64, 28, 28, 1],
      [3, 1, 2, 0],
    ],
    [
      [3, 3, 16, 32],
      [0, 1, 3, 2],
    ],
    [
      [16, 3, 3, 32],
      [1, 2, 3, 0],
    ],
    [
      [37, 19],
      [1, 0],
    ],
    [
      [2, 3, 4, 5],
      [2, 0, 3, 1],
    ], // not covered by the JavaScript loops: the wasm kernel runs
    [
      [2, 3, 4],
      [0, 1, 2],
    ],
  ] as const)('Transpose of %j by %j equals the cpu backend', async (shape, perm) => {
    const xv = seededValues(
      (shape as readonly number[]).reduce((a, b) => a * b, 1),
      400,
    );
    const { cpu, wasm } = await onBoth(() => tf.transpose(tf.tensor(xv, [...shape]), [...perm]));
    expect(maxAbsDiff(wasm, cpu)).toBe(0);
  });

  test('with two threads, the kernels split across the heap worker and still equal the cpu backend', async () => {
    const { threads } = await initWasmBackend();
    console.log(`heap worker test: wasm backend with ${threads} thread(s)`);
    if (threads < 2) return; // single-threaded backend: no worker, the tests above cover the loops
    for (let i = 0; i < 100 && !heapWorkerReady(); i++) await new Promise((r) => setTimeout(r, 20));
    expect(heapWorkerReady()).toBe(true);
    const xv = seededValues(16 * 28 * 28 * 16, 600, 4);
    const x = () => tf.tensor4d(xv, [16, 28, 28, 16]);
    const pooled = await onBoth(() => {
      const input = x();
      const dy = tf.tensor4d(seededValues(16 * 14 * 14 * 16, 601), [16, 14, 14, 16]);
      return tf
        .engine()
        .runKernel('MaxPoolGrad', { dy, input, output: dy }, { filterSize: 2, strides: 2, pad: 'valid' }) as tf.Tensor;
    });
    const summed = await onBoth(() => tf.sum(x(), [0, 1, 2]));
    const moved = await onBoth(() => tf.transpose(x(), [3, 1, 2, 0]));
    expect([
      maxAbsDiff(pooled.wasm, pooled.cpu),
      maxAbsDiff(summed.wasm, summed.cpu),
      maxAbsDiff(moved.wasm, moved.cpu),
    ]).toEqual([0, 0, 0]);
  });

  test('collapsePermutation merges axes that stay adjacent and drops size-1 axes', () => {
    expect(collapsePermutation([64, 28, 28, 16], [3, 1, 2, 0])).toEqual({ shape: [64, 784, 16], perm: [2, 1, 0] });
    expect(collapsePermutation([64, 28, 28, 16], [1, 2, 0, 3])).toEqual({ shape: [64, 784, 16], perm: [1, 0, 2] });
    expect(collapsePermutation([64, 28, 28, 1], [3, 1, 2, 0])).toEqual({ shape: [64, 784], perm: [1, 0] });
    expect(collapsePermutation([2, 3, 4], [0, 1, 2])).toEqual({ shape: [24], perm: [0] });
  });

  test('Identity and same-dtype Cast share data without leaking or freeing it early', async () => {
    await tf.setBackend('wasm');
    const before = tf.memory().numBytes;
    const x = tf.tensor1d([1, 2, 3]);
    const copy = tf.clone(x);
    const cast = tf.cast(x, 'float32');
    const asInt = tf.cast(x, 'int32');
    x.dispose();
    expect(Array.from(copy.dataSync())).toEqual([1, 2, 3]);
    expect(Array.from(cast.dataSync())).toEqual([1, 2, 3]);
    expect(asInt.dtype).toBe('int32');
    tf.dispose([copy, cast, asInt]);
    expect(tf.memory().numBytes).toBe(before);
  });

  test('same seed gives bit-identical weights after Adam steps on wasm', async () => {
    await tf.setBackend('wasm');
    const config: TrainConfig = {
      seed: 5,
      epochs: 1,
      batch_size: 16,
      learning_rate: 1e-3,
      weight_decay: 0,
      dropout: 0.1,
      optimizer: 'adam',
      architecture: { type: 'resnet', width: 8, blocks: 1 },
      eval: {},
    };
    const xv = seededValues(16 * 28 * 28, 500).map((v) => Math.abs(v));
    const labels = Int32Array.from({ length: 16 }, (_, i) => (i * 3) % 10);
    const train = () => {
      const model = buildModel(config, 28, 28);
      const optimizer = tf.train.adam(1e-3);
      for (let s = 0; s < 3; s++) {
        const loss = optimizer.minimize(() => {
          const logits = model.apply(tf.tensor4d(xv, [16, 28, 28, 1]), { training: true }) as tf.Tensor2D;
          return sparseCrossEntropy(logits, tf.tensor1d(labels, 'int32'));
        }, true);
        loss?.dispose();
      }
      const weights = model.getWeights().map((w) => w.dataSync().slice());
      model.dispose();
      optimizer.dispose();
      return weights;
    };
    const a = train();
    const b = train();
    expect(a.length).toBeGreaterThan(0);
    a.forEach((w, i) => expect(Buffer.from(w.buffer).equals(Buffer.from(b[i].buffer))).toBe(true));
  }, 60_000);
});
