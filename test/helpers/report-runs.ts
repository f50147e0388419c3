import type { ReportRun } from '../../src/core/report/index.js';

/** A ReportRun as the app reads it from a run folder, for core tests (no files). */
export function reportRun(n: number, over: Partial<ReportRun> = {}): ReportRun {
  const id = `E${String(n).padStart(4, '0')}`;
  return {
    id,
    folder: `experiments/2026-02-08__mnist__resnet_mnist_digits__${id}`,
    status: 'ok',
    dataset: { id: 'mnist', revision: 'D0001' },
    createdUtc: '2026-02-08T17:22:10Z',
    intent: 'fixture',
    configPath: 'configs/baseline.yaml',
    configHash: `sha256:${'c'.repeat(64)}`,
    backend: 'wasm',
    params: { learning_rate: 0.001, batch_size: 64, optimizer: 'adam' },
    metrics: { accuracy: 0.9, loss: 0.3 },
    primary: { name: 'accuracy', goal: 'maximize' },
    history: [
      { epoch: 1, loss: 0.5, accuracy: 0.8 },
      { epoch: 2, loss: 0.3, accuracy: 0.9 },
    ],
    stamp: {
      gitCommit: 'a'.repeat(40),
      gitBranch: 'main',
      dirty: false,
      modelId: 'lane99/resnet_mnist_digits',
      modelRevision: 'main',
      seed: 1337,
    },
    ...over,
  };
}

/** A scan of `count` trials over learning_rate and batch_size; every `failEvery`-th trial failed. */
export function scanTrials(count: number, failEvery = 0, first = 2): ReportRun[] {
  return Array.from({ length: count }, (_, i) => {
    const lr = Number((0.0001 * (1 + ((i * 7) % 50))).toPrecision(6));
    const failed = failEvery > 0 && i % failEvery === failEvery - 1;
    return reportRun(first + i, {
      params: { learning_rate: lr, batch_size: [32, 64, 128][i % 3], optimizer: 'adam' },
      metrics: failed ? {} : { accuracy: 0.9 + ((i * 37) % 97) / 1000, loss: 0.3 - ((i * 37) % 97) / 1000 },
      scan: { method: 'bayes', trial: i, hash: `sha256:${'d'.repeat(64)}` },
      ...(failed ? { status: 'failed' as const, error: `trainer exited with code 1 (trial ${i})` } : {}),
    });
  });
}
