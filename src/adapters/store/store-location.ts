import { isAbsolute } from 'node:path';
import type { StoreSettings } from './types.js';

/**
 * The store as committed documents record it: never a path of this machine. A relative local root is recorded as
 * written in mtrack.yaml; an absolute one only as a reference to that setting.
 */
export function storeLocation(settings: StoreSettings): string {
  if (settings.type === 's3') return s3Uri(settings.bucket, settings.prefix);
  const root = settings.root.replace(/\\/g, '/');
  return isAbsolute(settings.root) || /^[A-Za-z]:/.test(root) ? 'mtrack.yaml#dataset_store.root' : root;
}

export function s3Uri(bucket: string, key: string): string {
  const trimmed = key.replace(/^\/+|\/+$/g, '');
  return trimmed ? `s3://${bucket}/${trimmed}` : `s3://${bucket}`;
}
