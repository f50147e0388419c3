import type { BackendPreference } from '../../core/backend.js';
import type { ImageSplit } from '../../core/idx.js';
import type { ResolvedConfig } from '../../core/run-config.js';

/** One split of 28x28x1-like images: row-major uint8 pixels (count*rows*cols bytes) and uint8 labels. */
export type { ImageSplit };

/** The part of config_resolved (schemas/config_resolved.schema.json) the built-in trainer reads. */
export type TrainConfig = Omit<ResolvedConfig, 'dataset' | 'trainer' | 'metric'>;

export type { BackendPreference };

export interface TrainRequest {
  config: TrainConfig;
  backend: BackendPreference;
  train: ImageSplit;
  test: ImageSplit;
  artifactsDir: string;
  log: (line: string) => void;
  /**
   * Asked after every epoch but the last with the history so far: 'stop' ends training there (the model is still
   * evaluated and exported, and `train.stopped_early` is true). Scans use it for hyperband early termination.
   */
  onEpochEnd?: (history: readonly EpochRecord[]) => EpochDecision;
}

export type EpochDecision = 'continue' | 'stop';

// A type alias (not an interface) so it stays assignable to index-signature shapes like the app's history rows.
export type EpochRecord = {
  epoch: number;
  loss: number;
  accuracy: number;
  val_loss?: number;
  val_accuracy?: number;
  seconds: number;
};

/** A trained, evaluated and exported model, or training that diverged (no evaluation, nothing exported). */
export type TrainOutcome = TrainedModel | TrainDiverged;

export interface TrainedModel {
  backend: string;
  device: string;
  loss: number;
  eval: { accuracy: number; precision_macro: number; recall_macro: number; examples: number };
  profiling: {
    latency_ms_p50: number;
    latency_ms_p95: number;
    throughput_img_s: number;
    train_seconds: number;
    peak_rss_mb: number;
  };
  /** `epochs` counts the epochs actually run; `stopped_early` is present when an `onEpochEnd` hook was given. */
  train: { examples: number; epochs: number; steps: number; stopped_early?: boolean };
  history: EpochRecord[];
  /** metrics.json's confusion_matrix: rows = true label, columns = predicted label. */
  confusion_matrix: { labels: string[]; counts: number[][] };
  artifacts: string[];
}

/** The loss turned non-finite: `failure` is metrics.json's (status failed), `history` the epochs completed before. */
export interface TrainDiverged {
  backend: string;
  device: string;
  failure: { reason: string; stderr_tail: string[] };
  profiling: { train_seconds: number; peak_rss_mb: number };
  train: { examples: number; epochs: number; steps: number };
  history: EpochRecord[];
}
