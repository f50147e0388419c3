/** Paths inside the dataset-meta repo, relative to its root. */
export const dataPaths = {
  revisionDir: (datasetId: string, rev: string) => `datasets/${datasetId}/revisions/${rev}`,
  manifest: (datasetId: string, rev: string) => `datasets/${datasetId}/revisions/${rev}/dataset_manifest.json`,
  notes: (datasetId: string, rev: string) => `datasets/${datasetId}/revisions/${rev}/notes.md`,
  latest: (datasetId: string) => `datasets/${datasetId}/latest.txt`,
};

/** Paths inside a revision of the dataset store, relative to the store root. */
export const storePaths = {
  revision: (datasetId: string, rev: string) => `${datasetId}/${rev}`,
  checksums: (datasetId: string, rev: string) => `${datasetId}/${rev}/checksums.json`,
};
