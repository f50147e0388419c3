import { isAbsolute, posix, resolve } from 'node:path';
import { localArtifactStoreRef } from '../../core/artifact-uri.js';
import { badInput } from '../../core/errors.js';
import { isInside } from '../../core/safe-path.js';
import { storeLocation } from './store-location.js';
import type { StoreSettings } from './types.js';

// No store is opened here: the hooks import this module, and the S3 SDK stays out of their start-up.

/** mtrack.yaml `artifact_store`, or by default the dataset store with an `artifacts/` key prefix. */
export function artifactStoreSettings(settings: {
  dataset_store: StoreSettings;
  artifact_store?: StoreSettings;
}): StoreSettings {
  if (settings.artifact_store) return settings.artifact_store;
  const ds = settings.dataset_store;
  if (ds.type === 's3') {
    const prefix = ds.prefix.replace(/^\/+|\/+$/g, '');
    return { ...ds, prefix: prefix ? `${prefix}/artifacts` : 'artifacts' };
  }
  return { type: 'local_fs', root: posix.join(ds.root.replace(/\\/g, '/'), 'artifacts') };
}

/**
 * Refuses (BAD_INPUT, before any training) a local artifact folder inside the experiment repo: its objects would
 * be files Git sees, the very thing the store keeps out of the repository.
 */
export function checkArtifactStore(settings: StoreSettings, expDir: string): void {
  if (settings.type !== 'local_fs') return;
  const folder = isAbsolute(settings.root) ? settings.root : resolve(expDir, settings.root);
  if (isInside(expDir, folder))
    throw badInput(
      `mtrack.yaml artifact_store.root: '${settings.root}' is inside the experiment repo; expected a folder outside Git (e.g. ../ml-artifacts).`,
    );
}

/** The artifact store as the rules are told about it (see core/artifact-uri.ts): no I/O. */
export function artifactStoreRef(settings: StoreSettings, expDir: string): string {
  if (settings.type === 's3') return storeLocation(settings);
  return localArtifactStoreRef(isAbsolute(settings.root) ? settings.root : resolve(expDir, settings.root));
}
