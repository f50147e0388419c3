import { isAbsolute, posix, resolve } from 'node:path';
import {
  artifactKey,
  artifactUriInStores,
  LOCAL_ARTIFACT_SCHEME,
  localArtifactStoreRef,
} from '../../core/artifact-uri.js';
import { badInput, checkFailed } from '../../core/errors.js';
import { sha256, type Sha256 } from '../../core/hash.js';
import { isInside } from '../../core/safe-path.js';
import { openStore } from './index.js';
import { storeLocation } from './store-location.js';
import type { DatasetStore, StoreSettings } from './types.js';

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

/**
 * Run files too large for Git, stored once under content-addressed keys (`sha256/<hex>`) and named in committed
 * files by `s3://bucket/key` or `artifact-store:<key>`: never a path of this machine.
 */
export class ArtifactStore {
  private constructor(
    private readonly store: DatasetStore,
    private readonly ref: string,
  ) {}

  static async open(settings: StoreSettings, expDir: string): Promise<ArtifactStore> {
    return new ArtifactStore(await openStore(settings, { expDir }), artifactStoreRef(settings, expDir));
  }

  uriOf(key: string): string {
    return this.store.type === 's3' ? this.store.describe(key) : `${LOCAL_ARTIFACT_SCHEME}${key}`;
  }

  /** Stores `bytes` (write-once, read back) and returns the uri committed files name them by. */
  async put(bytes: Uint8Array): Promise<{ uri: string; sha256: Sha256 }> {
    const hash = sha256(bytes);
    const key = artifactKey(hash);
    await this.store.writeOnce(key, bytes);
    return { uri: this.uriOf(key), sha256: hash };
  }

  /** The bytes behind `uri`, refused (CHECK_FAILED) unless they hash to `want`; `where` names the record. */
  async get(uri: string, want: string, where: string): Promise<Uint8Array> {
    const target = artifactUriInStores(uri, [this.ref]);
    if ('problem' in target) throw badInput(`${where}: '${uri}' ${target.problem}.`);
    if (target.kind === 'file') throw badInput(`${where}: '${uri}' is not in the artifact store.`);
    const bytes = await this.store.read(target.key);
    const have = sha256(bytes);
    if (have !== want)
      throw checkFailed(
        `${this.store.describe(target.key)}: has sha256 '${have}', not the '${want}' ${where} records; nothing was written.`,
      );
    return bytes;
  }
}
