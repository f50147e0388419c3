import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { sparseCrossEntropy } from './model.js';
import type { ProgressSink } from './progress.js';
import { createRandom, shuffleInPlace } from './seeded-random.js';
import type { EpochDecision, EpochRecord, ImageSplit, TrainConfig } from './types.js';

export interface TrainLoopResult {
  history: EpochRecord[];
  steps: number;
  examples: number;
  seconds: number;
  /** True when `hooks.decide` ended training before `config.epochs`. */
  stoppedEarly: boolean;
  /** Set when a step's loss was not finite: training stopped there; `history` holds the epochs completed before. */
  diverged?: Divergence;
}

export interface Divergence {
  loss: number;
  epoch: number;
  step: number; // within the epoch, from 1
}

export interface TrainLoopHooks {
  progress?: ProgressSink;
  /** Called after each epoch, once its tensors are freed (the leak test reads tf.memory() here). */
  onEpochEnd?: (epoch: number) => void;
  /** Asked after every epoch but the last; 'stop' ends training (early termination by a scan). */
  decide?: (history: readonly EpochRecord[]) => EpochDecision;
}

export function createOptimizer(config: TrainConfig): tf.Optimizer {
  return config.optimizer === 'sgd' ? tf.train.sgd(config.learning_rate) : tf.train.adam(config.learning_rate);
}

/** Copies examples order[from..to) of `split` into x (pixels scaled to [0,1]) and y. */
export function fillBatch(
  split: ImageSplit,
  order: Uint32Array,
  from: number,
  to: number,
  x: Float32Array,
  y: Int32Array,
): void {
  const px = split.rows * split.cols;
  for (let k = from; k < to; k++) {
    const i = order[k];
    const src = split.images.subarray(i * px, (i + 1) * px);
    const dst = (k - from) * px;
    for (let p = 0; p < px; p++) x[dst + p] = src[p] / 255;
    y[k - from] = split.labels[i];
  }
}

/**
 * Minibatch training on the first `max_train_examples` images, reshuffled every epoch from one mulberry32 stream
 * seeded by `config.seed`. Weight decay is decoupled (AdamW style, Loshchilov & Hutter 2019): after each step every
 * kernel (not biases) is scaled by (1 - learning_rate * weight_decay).
 */
export async function trainLoop(
  model: tfl.LayersModel,
  optimizer: tf.Optimizer,
  config: TrainConfig,
  train: ImageSplit,
  hooks: TrainLoopHooks = {},
): Promise<TrainLoopResult> {
  const n = Math.min(train.count, config.max_train_examples ?? train.count);
  const batch = Math.min(config.batch_size, n);
  const px = train.rows * train.cols;
  const stepsPerEpoch = Math.ceil(n / batch);
  const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const decayed = model.trainableWeights.filter((w) => /kernel/.test(w.name)).map((w) => w.read() as tf.Variable);
  const decay = 1 - config.learning_rate * config.weight_decay;
  const random = createRandom(config.seed);
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  const xBuf = new Float32Array(batch * px);
  const yBuf = new Int32Array(batch);
  const history: EpochRecord[] = [];
  const started = performance.now();
  let steps = 0;
  let stoppedEarly = false;
  let diverged: Divergence | undefined;

  for (let epoch = 1; epoch <= config.epochs; epoch++) {
    shuffleInPlace(order, random);
    const epochStart = performance.now();
    let lossSum = 0;
    let correct = 0;
    for (let s = 0; s < stepsPerEpoch; s++) {
      const from = s * batch;
      const size = Math.min(batch, n - from);
      fillBatch(train, order, from, from + size, xBuf, yBuf);
      const xs = tf.tensor4d(xBuf.subarray(0, size * px), [size, train.rows, train.cols, 1]);
      const ys = tf.tensor1d(yBuf.subarray(0, size), 'int32');
      let hits: tf.Tensor | undefined;
      const loss = optimizer.minimize(
        () => {
          const logits = model.apply(xs, { training: true }) as tf.Tensor2D;
          hits = tf.keep(tf.sum(tf.cast(tf.equal(tf.argMax(logits, 1), ys), 'int32')));
          return sparseCrossEntropy(logits, ys);
        },
        true,
        vars,
      ) as tf.Scalar;
      if (decay !== 1) tf.tidy(() => decayed.forEach((v) => v.assign(tf.mul(v, decay))));
      const batchLoss = loss.dataSync()[0];
      // Stop at the first non-finite loss: every later step only spreads NaN through the weights.
      if (!Number.isFinite(batchLoss)) {
        tf.dispose([xs, ys, loss, hits!]);
        diverged = { loss: batchLoss, epoch, step: s + 1 };
        hooks.progress?.epochDone(`epoch ${epoch}/${config.epochs}  loss ${batchLoss} at batch ${s + 1}: stopped`);
        break;
      }
      lossSum += batchLoss * size;
      correct += hits!.dataSync()[0];
      tf.dispose([xs, ys, loss, hits!]);
      steps++;
      const elapsed = (performance.now() - epochStart) / 1000;
      const ips = (from + size) / elapsed;
      const remaining = (stepsPerEpoch - s - 1 + (config.epochs - epoch) * stepsPerEpoch) * (elapsed / (s + 1));
      hooks.progress?.batch(epoch, s + 1, stepsPerEpoch, ips, remaining);
      if (s % 50 === 49) await new Promise((r) => setImmediate(r)); // let timers and I/O breathe on long epochs
    }
    // A partial epoch is left out: a history row is a whole epoch's figures (hyperband compares them across runs).
    if (diverged) break;
    const seconds = (performance.now() - epochStart) / 1000;
    history.push({ epoch, loss: lossSum / n, accuracy: correct / n, seconds });
    hooks.progress?.epochDone(
      `epoch ${epoch}/${config.epochs}  loss ${(lossSum / n).toFixed(4)}  acc ${(correct / n).toFixed(4)}  ` +
        `${Math.round(n / seconds)} img/s  ${seconds.toFixed(1)}s`,
    );
    hooks.onEpochEnd?.(epoch);
    if (epoch < config.epochs && hooks.decide?.(history) === 'stop') {
      stoppedEarly = true;
      break;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return { history, steps, examples: n, seconds, stoppedEarly, ...(diverged ? { diverged } : {}) };
}
