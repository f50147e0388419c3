#!/usr/bin/env node
// A dependency-free trainer for mtrack, run by a W&B-style sweep (sweep.yaml): softmax regression on MNIST in
// plain JavaScript. It takes W&B's `--name=value` flags, reads the IDX files mtrack hands over and appends one JSON
// line per epoch to $MTRACK_METRICS_OUT; mtrack builds metrics.json from them.
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = { lr: 0.1, epochs: 2, max_train: 1000, max_val: 500 };
for (const a of process.argv.slice(2)) {
  const m = /^--([^=]+)=(.*)$/.exec(a);
  if (m) args[m[1]] = Number(m[2]);
}

function readSplit(dir, limit) {
  const images = readFileSync(join(dir, 'images-idx3-ubyte'));
  const labels = readFileSync(join(dir, 'labels-idx1-ubyte'));
  const count = Math.min(images.readUInt32BE(4), limit);
  const pixels = images.readUInt32BE(8) * images.readUInt32BE(12);
  const x = Array.from({ length: count }, (_, i) =>
    Float64Array.from(images.subarray(16 + i * pixels, 16 + (i + 1) * pixels), (v) => v / 255),
  );
  return { x, y: Array.from(labels.subarray(8, 8 + count)), pixels };
}

function probabilities(w, x) {
  const z = w.map((row) => row.reduce((s, wi, j) => s + wi * (j < x.length ? x[j] : 1), 0));
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

function evaluate(w, split) {
  let loss = 0;
  let correct = 0;
  split.x.forEach((x, i) => {
    const p = probabilities(w, x);
    loss -= Math.log(Math.max(p[split.y[i]], 1e-12));
    if (p.indexOf(Math.max(...p)) === split.y[i]) correct++;
  });
  return { loss: loss / split.x.length, accuracy: correct / split.x.length };
}

const train = readSplit(process.env.MTRACK_TRAIN_DIR, args.max_train);
const val = readSplit(process.env.MTRACK_TEST_DIR, args.max_val);
const w = Array.from({ length: 10 }, () => new Float64Array(train.pixels + 1));
const started = Date.now();
for (let epoch = 1; epoch <= args.epochs; epoch++) {
  train.x.forEach((x, i) => {
    const p = probabilities(w, x);
    for (let c = 0; c < 10; c++) {
      const g = p[c] - (c === train.y[i] ? 1 : 0);
      const row = w[c];
      for (let j = 0; j < x.length; j++) row[j] -= args.lr * g * x[j];
      row[x.length] -= args.lr * g;
    }
  });
  const v = evaluate(w, val);
  appendFileSync(
    process.env.MTRACK_METRICS_OUT,
    `${JSON.stringify({ epoch, val_loss: v.loss, val_accuracy: v.accuracy })}\n`,
  );
  console.log(`epoch ${epoch}/${args.epochs}: val_loss ${v.loss.toFixed(4)} val_accuracy ${v.accuracy.toFixed(4)}`);
}
const seconds = (Date.now() - started) / 1000;
appendFileSync(
  process.env.MTRACK_METRICS_OUT,
  `${JSON.stringify({ throughput: (train.x.length * args.epochs) / seconds, device: 'cpu', backend: 'plain JavaScript' })}\n`,
);
