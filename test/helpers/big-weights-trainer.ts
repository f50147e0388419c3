/**
 * A command trainer (committed into the experiment repo as trainers/big-weights.mjs) that writes `bytes` of
 * deterministic weights to artifacts/weights.bin, a small artifacts/summary.json and valid metrics: a large-weights
 * run without the minutes of training an MLP with 2,048 hidden units takes.
 */
export function bigWeightsTrainer(bytes: number): string {
  return `import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const dir = process.env.MTRACK_ARTIFACTS_DIR;
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'weights.bin'), (${weightsBytes.toString()})(${bytes}));
writeFileSync(join(dir, 'summary.json'), JSON.stringify({ bytes: ${bytes} }));
writeFileSync(process.env.MTRACK_METRICS_OUT, JSON.stringify({
  experiment_id: process.env.MTRACK_EXPERIMENT_ID,
  primary_metric: { name: 'accuracy', value: 0.5, goal: 'maximize' },
  loss: 0.5,
  eval: { accuracy: 0.5, precision_macro: 0.5, recall_macro: 0.5, examples: 10 },
  profiling: { latency_ms_p50: 1, latency_ms_p95: 1, device: 'cpu', backend: 'big-weights', train_seconds: 0 },
  train: { examples: 10, epochs: 1 },
  history: [{ epoch: 1, loss: 0.5 }],
}));
`;
}

/** The weights bigWeightsTrainer writes (an xorshift stream, so no two 4 KiB blocks are alike). */
export function weightsBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = 2463534242;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}
