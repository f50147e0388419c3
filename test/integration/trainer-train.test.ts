import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import {
  selectBackend,
  trainAndEvaluate,
  type ImageSplit,
  type TrainConfig,
  type TrainedModel,
} from '../../src/adapters/trainer/index.js';
import { evaluateModel } from '../../src/adapters/trainer/evaluate.js';
import { buildModel } from '../../src/adapters/trainer/model.js';
import { readMnist } from '../../scripts/mnist-idx.js';
import { createOptimizer, trainLoop } from '../../src/adapters/trainer/train-loop.js';

const train = readMnist('train', 1024);
const testSplit = readMnist('test', 300);
const dirs: string[] = [];

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'mtrack-trainer-'));
  dirs.push(d);
  return d;
}

function config(overrides: Partial<TrainConfig> = {}): TrainConfig {
  return {
    seed: 7,
    epochs: 1,
    batch_size: 64,
    learning_rate: 2e-3,
    weight_decay: 1e-4,
    dropout: 0.1,
    optimizer: 'adam',
    max_train_examples: 384,
    architecture: { type: 'resnet', width: 8, blocks: 1 },
    eval: { latency_samples: 10 },
    ...overrides,
  };
}

async function run(cfg: TrainConfig, split: ImageSplit = train): Promise<{ out: TrainedModel; dir: string }> {
  const dir = tempDir();
  const out = await trainAndEvaluate({
    config: cfg,
    backend: 'wasm',
    train: split,
    test: testSplit,
    artifactsDir: dir,
    log: () => {},
  });
  if ('failure' in out) throw new Error(out.failure.reason);
  return { out, dir };
}

const metricsOf = (o: TrainedModel) => ({
  loss: o.loss,
  eval: o.eval,
  history: o.history.map((h) => [h.loss, h.accuracy]),
});

afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('built-in trainer on wasm', () => {
  test('same seed and data give bit-identical weights, model.json and metrics; max_train_examples reads only the first N', async () => {
    const a = await run(config());
    const tailScrambled: ImageSplit = { ...train, images: train.images.slice(), labels: train.labels.slice() };
    tailScrambled.images.fill(255, 384 * 28 * 28);
    tailScrambled.labels.fill(3, 384);
    const b = await run(config(), tailScrambled);
    const c = await run(config({ seed: 8 }));

    const weights = (d: string) => readFileSync(join(d, 'model', 'weights.bin'));
    expect(a.out.backend).toBe('wasm');
    expect(a.out.train).toEqual({ examples: 384, epochs: 1, steps: 6 });
    expect(weights(b.dir).equals(weights(a.dir))).toBe(true);
    // The second model this process builds: layer names must not count models per process.
    const topology = (d: string) => readFileSync(join(d, 'model', 'model.json'));
    expect(topology(b.dir).equals(topology(a.dir))).toBe(true);
    expect(metricsOf(b.out)).toEqual(metricsOf(a.out));
    expect(weights(c.dir).equals(weights(a.dir))).toBe(false);
    expect(metricsOf(c.out)).not.toEqual(metricsOf(a.out));
  }, 60_000);

  test('exports a tfjs layers model that reloads and scores what the run reported', async () => {
    const { out, dir } = await run(config({ epochs: 2, max_train_examples: 1024 }));
    expect(out.artifacts).toEqual(['model/model.json', 'model/weights.bin']);
    expect(out.eval.examples).toBe(300);
    expect(out.eval.accuracy).toBeGreaterThan(0.6); // 1,024 images, 2 epochs: far above chance (0.1)
    expect(out.history.map((h) => h.epoch)).toEqual([1, 2]);
    expect(out.history[1].loss).toBeLessThan(out.history[0].loss);
    // The confusion matrix (metrics.json confusion_matrix) adds up to the test split and its diagonal to accuracy.
    const { labels, counts } = out.confusion_matrix;
    expect(labels).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(counts.flat().reduce((a, b) => a + b, 0)).toBe(300);
    expect(counts.reduce((sum, row, c) => sum + row[c], 0) / 300).toBe(out.eval.accuracy);
    expect(out.profiling.latency_ms_p95).toBeGreaterThanOrEqual(out.profiling.latency_ms_p50);
    expect(out.profiling.peak_rss_mb).toBeGreaterThan(10);

    const json = JSON.parse(readFileSync(join(dir, 'model', 'model.json'), 'utf8'));
    expect(json.format).toBe('layers-model');
    expect(json.weightsManifest[0].paths).toEqual(['weights.bin']);
    const bin = readFileSync(join(dir, 'model', 'weights.bin'));
    const reloaded = await tfl.loadLayersModel(
      tf.io.fromMemory({
        modelTopology: json.modelTopology,
        weightSpecs: json.weightsManifest[0].weights,
        weightData: bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength),
      }),
    );
    const again = evaluateModel(reloaded, testSplit, 128);
    reloaded.dispose();
    expect(again.accuracy).toBe(out.eval.accuracy);
    expect(again.loss).toBeCloseTo(out.loss, 5);
  }, 60_000);

  test('trains the mlp architecture too', async () => {
    const { out } = await run(
      config({
        architecture: { type: 'mlp', hidden: 64 },
        max_train_examples: 1024,
        optimizer: 'sgd',
        learning_rate: 0.1,
      }),
    );
    expect(out.eval.accuracy).toBeGreaterThan(0.6);
  }, 60_000);

  test('holds no extra tensors from one epoch to the next', async () => {
    await selectBackend('wasm');
    const cfg = config({ epochs: 4, max_train_examples: 200, batch_size: 64 }); // a ragged last batch too
    const model = buildModel(cfg, 28, 28);
    const optimizer = createOptimizer(cfg);
    const counts: number[] = [];
    await trainLoop(model, optimizer, cfg, train, { onEpochEnd: () => counts.push(tf.memory().numTensors) });
    optimizer.dispose();
    model.dispose();
    expect(counts).toHaveLength(4);
    // Adam creates its moment variables on the first step; from then on the count must not move.
    expect(new Set(counts).size).toBe(1);
  }, 60_000);

  test('a loss that turns NaN ends training with a failure naming epoch and step, keeping the epochs completed before', async () => {
    const dir = tempDir();
    // Decoupled decay of 1 - 10 * 0.25 flips and grows the weights 1.5-fold each step: NaN early in epoch 2.
    const cfg = config({ architecture: { type: 'mlp', hidden: 16 }, optimizer: 'sgd', learning_rate: 10 });
    const out = await trainAndEvaluate({
      config: { ...cfg, weight_decay: 0.25, dropout: 0, epochs: 3, batch_size: 32, max_train_examples: 200 },
      backend: 'cpu',
      train,
      test: testSplit,
      artifactsDir: dir,
      log: () => {},
    });

    if (!('failure' in out)) throw new Error(`expected a diverged run, got accuracy ${out.eval.accuracy}`);
    expect(out.failure).toEqual({
      reason: expect.stringMatching(
        /^training diverged: loss is NaN at epoch 2 \(step \d+\); lower learning_rate \(10\)$/,
      ),
      stderr_tail: [],
    });
    expect(out.history.map((h) => h.epoch)).toEqual([1]);
    expect(Number.isFinite(out.history[0].loss)).toBe(true);
    expect(out.train).toMatchObject({ examples: 200, epochs: 1 });
    expect(out).not.toHaveProperty('eval');
    expect(readdirSync(dir)).toEqual([]); // nothing exported
  }, 60_000);

  test('selects backends by preference and explains a missing tfjs-node', async () => {
    expect(await selectBackend('cpu')).toBe('cpu');
    expect(await selectBackend('wasm')).toBe('wasm');
    let hasTfjsNode = true;
    try {
      await import('@tensorflow/tfjs-node' as string);
    } catch {
      hasTfjsNode = false;
    }
    if (hasTfjsNode) expect(await selectBackend('tensorflow')).toBe('tensorflow');
    else await expect(selectBackend('tensorflow')).rejects.toMatchObject({ code: 'BAD_INPUT' });
    expect(await selectBackend('auto')).toBe(hasTfjsNode ? 'tensorflow' : 'wasm');
  }, 60_000);
});
