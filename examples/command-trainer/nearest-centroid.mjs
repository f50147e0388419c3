#!/usr/bin/env node
// An mtrack trainer in any stack, by contract (see README "Any training stack"): a nearest-centroid classifier
// in plain JavaScript. It reads the resolved config and the IDX split folders mtrack points it at, writes its
// model under $MTRACK_ARTIFACTS_DIR and its metrics to $MTRACK_METRICS_OUT; mtrack validates and stamps the rest.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run me through mtrack (trainer.type: command)`);
  return value;
};

function readSplit(dir) {
  const images = readFileSync(join(dir, 'images-idx3-ubyte'));
  const labels = readFileSync(join(dir, 'labels-idx1-ubyte'));
  const count = images.readUInt32BE(4);
  const pixels = images.readUInt32BE(8) * images.readUInt32BE(12);
  return { count, pixels, image: (i) => images.subarray(16 + i * pixels, 16 + (i + 1) * pixels), label: (i) => labels[8 + i] };
}

const config = readFileSync(env('MTRACK_CONFIG'), 'utf8');
const limit = Number(/^max_train_examples: (\d+)$/m.exec(config)?.[1] ?? Infinity);
const train = readSplit(env('MTRACK_TRAIN_DIR'));
const test = readSplit(env('MTRACK_TEST_DIR'));

const started = Date.now();
const n = Math.min(train.count, limit);
const sums = Array.from({ length: 10 }, () => new Float64Array(train.pixels));
const counts = new Float64Array(10);
for (let i = 0; i < n; i++) {
  const img = train.image(i);
  const s = sums[train.label(i)];
  for (let p = 0; p < train.pixels; p++) s[p] += img[p];
  counts[train.label(i)]++;
}
const centroids = sums.map((s, c) => s.map((v) => v / Math.max(counts[c], 1)));
const trainSeconds = (Date.now() - started) / 1000;

const predict = (img) => {
  let best = 0;
  let bestD = Infinity;
  for (let c = 0; c < 10; c++) {
    let d = 0;
    for (let p = 0; p < img.length; p++) d += (img[p] - centroids[c][p]) ** 2;
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best;
};

const confusion = Array.from({ length: 10 }, () => new Array(10).fill(0));
const latencies = [];
for (let i = 0; i < test.count; i++) {
  const t0 = process.hrtime.bigint();
  const p = predict(test.image(i));
  latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
  confusion[test.label(i)][p]++;
}
const correct = confusion.reduce((a, row, c) => a + row[c], 0);
const precision = confusion.map((_, c) => confusion[c][c] / Math.max(confusion.reduce((a, row) => a + row[c], 0), 1));
const recall = confusion.map((row, c) => row[c] / Math.max(row.reduce((a, b) => a + b, 0), 1));
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
latencies.sort((a, b) => a - b);
const accuracy = correct / test.count;

mkdirSync(env('MTRACK_ARTIFACTS_DIR'), { recursive: true });
writeFileSync(join(env('MTRACK_ARTIFACTS_DIR'), 'centroids.json'), JSON.stringify(centroids.map((c) => Array.from(c, (v) => Math.round(v * 1000) / 1000))));
writeFileSync(
  env('MTRACK_METRICS_OUT'),
  JSON.stringify({
    experiment_id: env('MTRACK_EXPERIMENT_ID'),
    primary_metric: { name: 'accuracy', value: accuracy, goal: 'maximize' },
    loss: 1 - accuracy,
    eval: { accuracy, precision_macro: mean(precision), recall_macro: mean(recall), examples: test.count },
    profiling: {
      latency_ms_p50: latencies[Math.floor(latencies.length * 0.5)],
      latency_ms_p95: latencies[Math.floor(latencies.length * 0.95)],
      device: 'cpu (plain JavaScript)',
      backend: 'nearest-centroid',
      train_seconds: trainSeconds,
    },
    train: { examples: n, epochs: 1 },
    history: [{ epoch: 1, loss: 1 - accuracy }],
  }),
);
console.log(`nearest-centroid: ${n} train images, test accuracy ${accuracy.toFixed(4)}`);
