import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { MLP_DEFAULTS, RESNET_DEFAULTS } from '../../core/run-config.js';
import type { TrainConfig } from './types.js';

export const NUM_CLASSES = 10;

/**
 * Dropout whose mask is drawn from `seed + call count`, so a seeded run is reproducible (tfjs-layers' own Dropout
 * either draws from Math.random or, given a seed, reuses one mask for every batch). It serializes as a plain
 * `Dropout`, so the exported model loads anywhere tfjs does.
 */
class SeededDropout extends tfl.layers.Layer {
  static className = 'Dropout';
  private calls = 0;

  constructor(
    private readonly rate: number,
    private readonly seed: number,
    name: string,
  ) {
    super({ name });
  }

  call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean }): tf.Tensor {
    const x = Array.isArray(inputs) ? inputs[0] : inputs;
    if (!kwargs.training || this.rate === 0) return tf.clone(x);
    return tf.dropout(x, this.rate, undefined, this.seed + this.calls++);
  }

  computeOutputShape(shape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return shape;
  }

  getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), rate: this.rate };
  }
}

/** Hands out a distinct, reproducible initializer seed per layer. */
function seeds(base: number): () => number {
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
export function buildModel(config: TrainConfig, rows: number, cols: number): tfl.LayersModel {
  const next = seeds(config.seed);
  const he = () => tfl.initializers.heNormal({ seed: next() });
  // Explicit names: tfjs's default names count layers per process (conv2d_Conv2D5 for the second model a process
  // builds), which made model.json differ between a run and its reproduction although the weights were identical.
  let layer = 0;
  const name = (kind: string) => `${kind}_${++layer}`;
  const input = tfl.input({ shape: [rows, cols, 1], name: 'input' });
  let h: tfl.SymbolicTensor;
  const arch = config.architecture;
  if (arch.type === 'mlp') {
    h = tfl.layers.flatten({ name: name('flatten') }).apply(input) as tfl.SymbolicTensor;
    for (let i = 0; i < (arch.blocks ?? MLP_DEFAULTS.blocks); i++) {
      h = tfl.layers
        .dense({
          units: arch.hidden ?? MLP_DEFAULTS.hidden,
          activation: 'relu',
          kernelInitializer: he(),
          name: name('dense'),
        })
        .apply(h) as tfl.SymbolicTensor;
      h = new SeededDropout(config.dropout, next() * 1_000_003, name('dropout')).apply(h) as tfl.SymbolicTensor;
    }
  } else {
    const w = arch.width ?? RESNET_DEFAULTS.width;
    const conv = (filters: number, activation: 'relu' | 'linear') =>
      tfl.layers.conv2d({
        filters,
        kernelSize: 3,
        padding: 'same',
        activation,
        kernelInitializer: he(),
        name: name('conv2d'),
      });
    h = conv(w, 'relu').apply(input) as tfl.SymbolicTensor;
    h = tfl.layers.maxPooling2d({ poolSize: 2, name: name('max_pooling2d') }).apply(h) as tfl.SymbolicTensor;
    h = conv(2 * w, 'relu').apply(h) as tfl.SymbolicTensor;
    h = tfl.layers.maxPooling2d({ poolSize: 2, name: name('max_pooling2d') }).apply(h) as tfl.SymbolicTensor;
    for (let i = 0; i < (arch.blocks ?? RESNET_DEFAULTS.blocks); i++) {
      const r = conv(2 * w, 'linear').apply(conv(2 * w, 'relu').apply(h)) as tfl.SymbolicTensor;
      const sum = tfl.layers.add({ name: name('add') }).apply([h, r]);
      h = tfl.layers.activation({ activation: 'relu', name: name('relu') }).apply(sum) as tfl.SymbolicTensor;
    }
    h = tfl.layers.flatten({ name: name('flatten') }).apply(h) as tfl.SymbolicTensor;
    h = new SeededDropout(config.dropout, next() * 1_000_003, name('dropout')).apply(h) as tfl.SymbolicTensor;
  }
  const logits = tfl.layers
    .dense({
      units: NUM_CLASSES,
      kernelInitializer: tfl.initializers.glorotUniform({ seed: next() }),
      name: name('logits'),
    })
    .apply(h) as tfl.SymbolicTensor;
  return tfl.model({ inputs: input, outputs: logits, name: 'mtrack_classifier' });
}

/** Mean sparse categorical cross-entropy of `logits` [n, classes] against int32 `labels` [n]. */
export function sparseCrossEntropy(logits: tf.Tensor2D, labels: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => {
    const logp = tf.logSoftmax(logits);
    const picked = tf.sum(tf.mul(logp, tf.oneHot(labels, logits.shape[1])), 1);
    return tf.neg(tf.mean(picked)) as tf.Scalar;
  });
}
