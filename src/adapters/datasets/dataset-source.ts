import type { SourceData } from './idx-source-files.js';

/** `data materialize`'s flag values as the CLI parsed them (node:util parseArgs). */
export type FlagValues = Readonly<Record<string, unknown>>;

/** One place MNIST-style IDX data comes from: a file in adapters/datasets/ and an entry in DATASET_SOURCES. */
export interface DatasetSource<Options> {
  /** One line for docs/design.md. */
  description: string;
  /** The `data materialize` flag that picks this source; the default source has none. */
  selectedBy?: string;
  /** Every flag it reads, in recipe order, for the CLI's parser; a revision's recipe repeats them as given. */
  flags: Record<string, { type: 'string'; multiple?: boolean }>;
  /** Its part of the usage line, e.g. `--from DIR [--name NAME]`. */
  usage?: string;
  /** Its options from the flag values; a bad value is BAD_INPUT naming the flag. */
  parseOptions: (flags: FlagValues) => Options;
  /** Train and test splits with provenance; throws BAD_INPUT / NOT_FOUND / NETWORK / CHECK_FAILED. */
  load: (options: Options) => Promise<SourceData>;
}

/** A flag's value as a string, or undefined when it was not given. */
export function optionalString(value: unknown): string | undefined {
  return value === undefined ? undefined : String(value);
}
