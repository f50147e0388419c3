import { artifactKey, artifactUriInStores, LOCAL_ARTIFACT_SCHEME } from '../../core/artifact-uri.js';
import { badInput, checkFailed } from '../../core/errors.js';
import { sha256, type Sha256 } from '../../core/hash.js';
import { artifactStoreRef } from './artifact-settings.js';
import { openStore } from './index.js';
import type { DatasetStore, StoreSettings } from './types.js';

export { artifactStoreRef, artifactStoreSettings, checkArtifactStore } from './artifact-settings.js';

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
