import { isAbsolute, resolve } from 'node:path';
import { LocalStore } from './local-store.js';
import { storeLocation } from './store-location.js';
import type { DatasetStore, StoreSettings, StoreType } from './types.js';

export type { DatasetStore, StoreSettings, StoreType } from './types.js';
export { CHECKSUMS_FILE } from './types.js';
export { storeLocation, s3Uri } from './store-location.js';
export { ContentCache, defaultCacheDir } from './content-cache.js';

export interface StoreContext {
  /** The folder holding mtrack.yaml: relative local roots resolve from it. */
  expDir: string;
  /** A local root that replaces mtrack.yaml's (the Action's `store-root` input). */
  rootOverride?: string;
}

type StoreFactory = (settings: StoreSettings, ctx: StoreContext) => Promise<DatasetStore>;

/** One entry per store type; the S3 SDK is loaded only when an s3 store is opened. */
export const STORES: Record<StoreType, StoreFactory> = {
  local_fs: async (settings, ctx) => {
    const root = settings.type === 'local_fs' ? settings.root : '.';
    const dir = ctx.rootOverride ?? (isAbsolute(root) ? root : resolve(ctx.expDir, root));
    return new LocalStore(dir, storeLocation(settings));
  },
  s3: async (settings) => {
    if (settings.type !== 's3') throw new Error('s3 factory given a non-s3 setting');
    const { S3Store } = await import('./s3-store.js');
    return new S3Store(settings);
  },
};

export function openStore(settings: StoreSettings, ctx: StoreContext): Promise<DatasetStore> {
  return STORES[settings.type](settings, ctx);
}
