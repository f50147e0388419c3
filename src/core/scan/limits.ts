/**
 * The trials cap (schemas/scan_config.schema.json max_trials): checked when the scan file is read, before any
 * trial or grid point is computed, so a huge number is one line instead of a hang or an out-of-memory crash.
 */
export const MAX_TRIALS = 10_000;

/** A grid's cartesian product is capped like max_trials: a bigger grid could never run. */
export const MAX_GRID_POINTS = MAX_TRIALS;
