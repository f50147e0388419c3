import { hexOf, type Sha256 } from './hash.js';
import { fileUriInStores, relativePathProblem } from './safe-path.js';

/**
 * The portable name of a key in a local artifact folder (mtrack.yaml `artifact_store: {type: local_fs}`):
 * committed lines say `artifact-store:sha256/<hex>`, never the folder's path on the machine that wrote them.
 */
export const LOCAL_ARTIFACT_SCHEME = 'artifact-store:';

/**
 * Artifact keys are content-addressed: the experiment id may change after training (restamp when another run
 * landed first), and the same bytes stored twice are one object.
 */
export function artifactKey(hash: Sha256): string {
  return `sha256/${hexOf(hash)}`;
}

/** How the rules are told about the local artifact folder of this machine (an entry of `artifactStores`). */
export function localArtifactStoreRef(folder: string): string {
  return `${LOCAL_ARTIFACT_SCHEME}${folder}`;
}

export type ArtifactUriTarget =
  | { kind: 'file'; path: string }
  | { kind: 's3'; store: string; key: string }
  | { kind: 'local'; folder: string; key: string }
  | { problem: string };

/**
 * Where an external artifact line points, if inside a configured store; otherwise why not. `stores` holds the
 * stores as this machine reaches them: absolute folders (file:// lines), `s3://bucket/prefix` (s3:// lines of the
 * artifact store) and `artifact-store:<absolute folder>` (artifact-store: lines).
 */
export function artifactUriInStores(uri: string, stores: readonly string[]): ArtifactUriTarget {
  if (uri.startsWith('file://')) {
    const folders = stores.filter((s) => !s.startsWith('s3://') && !s.startsWith(LOCAL_ARTIFACT_SCHEME));
    const where = fileUriInStores(uri, folders);
    return 'problem' in where ? where : { kind: 'file', path: where.path };
  }
  if (uri.startsWith('s3://')) {
    const s3 = stores.filter((s) => s.startsWith('s3://'));
    const store = s3.find((s) => uri.startsWith(`${s}/`));
    if (!store)
      return {
        problem: `is outside the configured artifact store (${s3.length ? s3.map((s) => `'${s}/'`).join(', ') : 'no s3 store configured'})`,
      };
    return keyed(uri.slice(store.length + 1), (key) => ({ kind: 's3', store, key }));
  }
  if (uri.startsWith(LOCAL_ARTIFACT_SCHEME)) {
    const local = stores.find((s) => s.startsWith(LOCAL_ARTIFACT_SCHEME));
    if (!local) return { problem: 'names a local artifact folder, but mtrack.yaml artifact_store is not local_fs' };
    const folder = local.slice(LOCAL_ARTIFACT_SCHEME.length);
    return keyed(uri.slice(LOCAL_ARTIFACT_SCHEME.length), (key) => ({ kind: 'local', folder, key }));
  }
  return { problem: 'is not a URI of a configured store (s3://, artifact-store: or file://)' };
}

function keyed(key: string, ok: (key: string) => ArtifactUriTarget): ArtifactUriTarget {
  const problem = relativePathProblem(key);
  return problem ? { problem: `has a key that ${problem}` } : ok(key);
}
