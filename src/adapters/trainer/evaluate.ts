import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { NUM_CLASSES } from './model.js';
import { fillBatch } from './train-loop.js';
import type { ImageSplit } from './types.js';

export interface Evaluation {
  loss: number;
  accuracy: number;
  precision_macro: number;
  recall_macro: number;
  examples: number;
  throughput_img_s: number;
  /** Per-class counts, rows = true label, columns = predicted label. */
  confusion: number[][];
}

/** Macro precision and recall from a confusion matrix (rows = truth); a class never predicted has precision 0. */
export function macroScores(confusion: number[][]): { precision: number; recall: number } {
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
export function evaluateModel(model: tfl.LayersModel, test: ImageSplit, batchSize: number): Evaluation {
  const px = test.rows * test.cols;
  const order = Uint32Array.from({ length: test.count }, (_, i) => i);
  const x = new Float32Array(batchSize * px);
  const y = new Int32Array(batchSize);
  const confusion = Array.from({ length: NUM_CLASSES }, () => new Array<number>(NUM_CLASSES).fill(0));
  let nll = 0;
  const started = performance.now();
  for (let from = 0; from < test.count; from += batchSize) {
    const size = Math.min(batchSize, test.count - from);
    fillBatch(test, order, from, from + size, x, y);
    const [lossSum, preds] = tf.tidy(() => {
      const xs = tf.tensor4d(x.subarray(0, size * px), [size, test.rows, test.cols, 1]);
      const ys = tf.tensor1d(y.subarray(0, size), 'int32');
      const logits = model.predict(xs) as tf.Tensor2D;
      const picked = tf.sum(tf.mul(tf.logSoftmax(logits), tf.oneHot(ys, NUM_CLASSES)));
      return [tf.neg(picked), tf.argMax(logits, 1)];
    });
    nll += lossSum.dataSync()[0];
    const p = preds.dataSync();
    for (let i = 0; i < size; i++) confusion[y[i]][p[i]]++;
    tf.dispose([lossSum, preds]);
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
    confusion,
  };
}

/** Nearest-rank percentile of ascending `sorted`. */
export function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** p50/p95 wall time of a single-image predict (upload, forward, read back), after a short warm-up. */
export function measureLatency(
  model: tfl.LayersModel,
  test: ImageSplit,
  samples: number,
): { p50: number; p95: number } {
  const px = test.rows * test.cols;
  const x = new Float32Array(px);
  const y = new Int32Array(1);
  const times: number[] = [];
  for (let i = -5; i < samples; i++) {
    const idx = Uint32Array.of(((i + 5) % test.count) >>> 0);
    fillBatch(test, idx, 0, 1, x, y);
    const t0 = performance.now();
    const out = tf.tidy(() => model.predict(tf.tensor4d(x, [1, test.rows, test.cols, 1])) as tf.Tensor);
    out.dataSync();
    out.dispose();
    if (i >= 0) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}
