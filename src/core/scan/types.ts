import type { ScanMethod } from './methods/index.js';

/**
 * The typed form of `configs/scan.yaml` (schemas/scan_config.schema.json) and of a resolved plan.
 * Distribution names are canonical: the spec's `log_uniform` (real bounds) arrives here as `log_uniform_values`,
 * its alias, so W&B's exponent-bounded `log_uniform` can never be confused with it downstream.
 */
export type { ScanMethod };
export type MetricGoal = 'maximize' | 'minimize';

export type ParamSpec =
  | { distribution: 'constant'; value: unknown }
  | { distribution: 'categorical'; values: unknown[]; probabilities?: number[] }
  | { distribution: 'uniform' | 'int_uniform' | 'log_uniform_values'; min: number; max: number }
  | { distribution: 'q_uniform' | 'q_log_uniform_values'; min: number; max: number; q: number }
  | { distribution: 'normal' | 'log_normal'; mu: number; sigma: number };

export type Distribution = ParamSpec['distribution'];

/** Hyperband early termination, recorded as written (W&B's keys and defaults: eta 3, strict true). */
export interface EarlyTerminate {
  type: 'hyperband';
  min_iter?: number;
  max_iter?: number;
  s?: number;
  eta: number;
  strict: boolean;
}

export interface ScanSpec {
  method: ScanMethod;
  /** Total trials of the scan, committed ones included; required for random and bayes. */
  max_trials?: number;
  seed: number;
  /** Defaults to metrics.json's `primary_metric`, maximized. */
  metric: { name: string; goal: MetricGoal };
  /** Keyed by dotted path into config_resolved (`architecture.width`). */
  parameters: Record<string, ParamSpec>;
  early_terminate?: EarlyTerminate;
  /** W&B's program / command: the trials run the command trainer with them. */
  program?: string;
  command?: string[];
}

/** A committed run of this scan: its parameter values and its metric (null = failed, counted as worst). */
export interface Observation {
  params: Record<string, unknown>;
  value: number | null;
  configHash?: string;
}

export interface Trial {
  index: number;
  /** Dotted path -> concrete value, one entry per scan parameter (constants included). */
  params: Record<string, unknown>;
}

export interface SkippedTrial {
  index: number;
  params: Record<string, unknown>;
  reason: string;
}

export interface ScanPlan {
  trials: Trial[];
  skipped: SkippedTrial[];
}

export interface ResolveOptions {
  /** Config hashes of committed runs: a planned point with one of these hashes is skipped and reported. */
  existingConfigHashes?: Set<string>;
  /** Maps a trial's params to its config hash (the app builds config_resolved.yaml and hashes it). */
  hashParams?: (params: Record<string, unknown>) => string;
  /** Trials trained at once (the Action's wave): adaptive methods plan only this many. */
  waveSize?: number;
}
