import { badInput } from '../../core/errors.js';
import { activateBackend } from './backend.js';
import { evaluateModel, measureLatency } from './evaluate.js';
import { exportModel } from './export-model.js';
import { buildModel, NUM_CLASSES } from './model.js';
import { createProgress } from './progress.js';
import { createOptimizer, trainLoop } from './train-loop.js';
import type { ImageSplit, TrainOutcome, TrainRequest } from './types.js';

function checkSplit(name: string, s: ImageSplit): void {
  if (s.count < 1 || s.images.length !== s.count * s.rows * s.cols || s.labels.length !== s.count) {
    throw badInput(
      `${name} split: expected ${s.count} images of ${s.rows}x${s.cols} (${s.count * s.rows * s.cols} bytes) and ${s.count} labels, ` +
        `got ${s.images.length} bytes and ${s.labels.length} labels.`,
    );
  }
  const bad = s.labels.findIndex((l) => l >= NUM_CLASSES);
  if (bad >= 0) throw badInput(`${name} split: label ${bad} is '${s.labels[bad]}', expected 0..${NUM_CLASSES - 1}.`);
}

/**
 * Trains the configured model on req.train, evaluates it on req.test and exports it under req.artifactsDir/model/;
 * a loss that turns non-finite ends training with a failure instead (nothing evaluated or exported).
 */
export async function trainAndEvaluate(req: TrainRequest): Promise<TrainOutcome> {
  checkSplit('train', req.train);
  checkSplit('test', req.test);
  if (req.train.rows !== req.test.rows || req.train.cols !== req.test.cols) {
    throw badInput(
      `test images are ${req.test.rows}x${req.test.cols}, expected ${req.train.rows}x${req.train.cols} like the train split.`,
    );
  }
  const config = req.config;
  const active = await activateBackend(req.backend);
  const model = buildModel(config, req.train.rows, req.train.cols);
  const optimizer = createOptimizer(config);
  try {
    const examples = Math.min(req.train.count, config.max_train_examples ?? req.train.count);
    req.log(
      `training ${config.architecture.type} on ${examples} images for ${config.epochs} epoch(s), backend ${active.backend} (${active.device})`,
    );
    const progress = createProgress(config.epochs, req.log, process.stderr.isTTY ? process.stderr : undefined);
    const trained = await trainLoop(model, optimizer, config, req.train, { progress, decide: req.onEpochEnd });
    const train = { examples: trained.examples, epochs: trained.history.length, steps: trained.steps };
    // Diverged weights are all NaN: evaluating or exporting them records nothing anyone can use.
    if (trained.diverged) {
      const { loss, epoch, step } = trained.diverged;
      const reason = `training diverged: loss is ${loss} at epoch ${epoch} (step ${step}); lower learning_rate (${config.learning_rate})`;
      return {
        backend: active.backend,
        device: active.device,
        failure: { reason, stderr_tail: [] },
        profiling: { train_seconds: trained.seconds, peak_rss_mb: peakRssMb() },
        train,
        history: trained.history,
      };
    }
    if (trained.stoppedEarly) req.log(`stopped early after epoch ${trained.history.length}/${config.epochs}`);
    const ev = evaluateModel(model, req.test, config.eval.batch_size ?? 256);
    const latency = measureLatency(model, req.test, config.eval.latency_samples ?? 100);
    const artifacts = await exportModel(model, req.artifactsDir);
    return {
      backend: active.backend,
      device: active.device,
      loss: ev.loss,
      eval: {
        accuracy: ev.accuracy,
        precision_macro: ev.precision_macro,
        recall_macro: ev.recall_macro,
        examples: ev.examples,
      },
      profiling: {
        latency_ms_p50: latency.p50,
        latency_ms_p95: latency.p95,
        throughput_img_s: ev.throughput_img_s,
        train_seconds: trained.seconds,
        peak_rss_mb: peakRssMb(), // after evaluation and export, which allocate too
      },
      train: { ...train, ...(req.onEpochEnd ? { stopped_early: trained.stoppedEarly } : {}) },
      history: trained.history,
      confusion_matrix: { labels: ev.confusion.map((_, c) => String(c)), counts: ev.confusion },
      artifacts,
    };
  } finally {
    optimizer.dispose();
    model.dispose();
  }
}

const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;
