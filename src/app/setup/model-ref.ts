import { join } from 'node:path';
import { readJsonDocument } from '../../adapters/documents.js';

export const MODEL_DIR = 'models/baseline';
export const MODEL_REF_PATH = `${MODEL_DIR}/model_ref.json`;

export interface ModelRef {
  provider: 'huggingface';
  model_id: string;
  revision: string;
  resolved_commit: string | null;
  resolution: { status: 'resolved' | 'unresolved'; endpoint: string; checked_utc: string; reason?: string };
  task: string;
  files: { path: string; size?: number; sha256: string | null; lfs?: boolean }[];
  model_card: { path: string; source: 'downloaded' | 'generated'; sha256: string };
  license: { id: string | null; path: string | null };
  pinned_utc: string;
  notes?: string;
}

export function readModelRef(expDir: string): ModelRef {
  return readJsonDocument<ModelRef>(join(expDir, MODEL_REF_PATH), 'model_ref', MODEL_REF_PATH);
}
