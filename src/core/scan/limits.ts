/**
 * The trials cap (schemas/scan_config.schema.json max_trials): checked when the scan file is read, before any
 * trial or grid point is computed, so a huge number is one line instead of a hang or an out-of-memory crash.
 */
export const MAX_TRIALS = 10_000;

/**
 * A grid's cartesian product is counted before it is built and capped at 100,000 points: real W&B grid sweeps reach
 * ~12,000 (test/fixtures/wandb-sweeps), and W&B itself sets no cap; enumerating 100,000 small points takes well
 * under a second. max_trials still caps how many of them run.
 */
export const MAX_GRID_POINTS = 100_000;
