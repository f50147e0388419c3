import type { ModelRef } from '../../core/documents/index.js';
import { join } from 'node:path';
import { readJsonDocument } from '../../adapters/documents.js';

export const MODEL_DIR = 'models/baseline';
export const MODEL_REF_PATH = `${MODEL_DIR}/model_ref.json`;

export type { ModelRef };

export function readModelRef(expDir: string): ModelRef {
  return readJsonDocument<ModelRef>(join(expDir, MODEL_REF_PATH), 'model_ref', MODEL_REF_PATH);
}
