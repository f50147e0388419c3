// The built-in trainer's public face. The implementation (TensorFlow.js) loads on first call, so importing this
// module for its types costs nothing.
import type { BackendPreference, TrainOutcome, TrainRequest } from './types.js';

export type {
  BackendPreference,
  EpochRecord,
  ImageSplit,
  TrainConfig,
  TrainDiverged,
  TrainedModel,
  TrainOutcome,
  TrainRequest,
} from './types.js';

/** Trains req.config's model on req.train, evaluates on req.test, exports to req.artifactsDir/model/. */
export async function trainAndEvaluate(req: TrainRequest): Promise<TrainOutcome> {
  const impl = await import('./train-and-evaluate.js');
  return impl.trainAndEvaluate(req);
}

/** Activates and returns the TensorFlow.js backend to use: tensorflow (tfjs-node, if importable) > wasm > cpu. */
export async function selectBackend(preference: TrainRequest['backend'] | BackendPreference): Promise<string> {
  const { activateBackend } = await import('./backend.js');
  return (await activateBackend(preference)).backend;
}
