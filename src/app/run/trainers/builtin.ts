import { join } from 'node:path';
import type { TrainerConfig } from '../../../core/backend.js';
import type { TrainerType } from './trainer-type.js';

/** `trainer: {type: builtin}`: the TensorFlow.js trainer in adapters/trainer. */
export const builtin: TrainerType<Extract<TrainerConfig, { type: 'builtin' }>> = {
  description: 'the TensorFlow.js resnet/mlp trainer shipped with mtrack (backend auto, tensorflow, wasm or cpu)',
  stopsEarly: true,
  async train(input) {
    // Lazy: keeps TensorFlow.js out of everything that does not train (hooks, verify). In the Action bundle this
    // import is a lazy chunk: a trial job trains from the bundle with nothing installed (wasm files in dist/trainer/).
    const { trainAndEvaluate } = await import('../../../adapters/trainer/index.js');
    const out = await trainAndEvaluate({
      config: input.config,
      backend: input.backend,
      train: input.train,
      test: input.test,
      artifactsDir: join(input.runDir, 'artifacts'),
      log: input.log,
      ...(input.onEpochEnd ? { onEpochEnd: input.onEpochEnd } : {}),
    });
    // A diverged run is a failed result like a command trainer's: recorded, with no evaluation.
    return 'failure' in out ? { trainer: 'builtin:tfjs', eval: {}, ...out } : { trainer: 'builtin:tfjs', ...out };
  },
};
