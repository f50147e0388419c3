import type { TrainerInput, TrainerResult } from '../trainer.js';

/** One trainer type: a file in app/run/trainers/ and an entry in TRAINERS, keyed by `trainer.type`. */
export interface TrainerType<Config> {
  /** One line for docs/design.md. */
  description: string;
  /** Whether it honours `onEpochEnd` (hyperband early termination); if not, the user is told and every epoch runs. */
  stopsEarly: boolean;
  /** Trains on input.train, evaluates on input.test and leaves artifacts under input.runDir/artifacts. */
  train: (input: TrainerInput, config: Config) => Promise<TrainerResult>;
}
