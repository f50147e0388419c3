import { badInput } from '../core/errors.js';
import { repoFileFlag } from './repo-file.js';

/** Flag values as node:util parseArgs returns them. Each reader below refuses a malformed value in one line. */
export type Values = Record<string, unknown>;

/** A repo file flag (`--config`, `--scan`) checked to stay inside the experiment repo, or undefined. */
export function repoFile(expDir: string, v: Values, key: string): string | undefined {
  const value = str(v, key);
  return value === undefined ? undefined : repoFileFlag(expDir, `--${key}`, value);
}

export function str(v: Values, key: string): string | undefined {
  return v[key] === undefined ? undefined : String(v[key]);
}

export function fraction(v: Values, key: string, fallback: number): number {
  const raw = str(v, key);
  if (raw === undefined) return fallback;
  const n = raw.endsWith('%') ? Number(raw.slice(0, -1)) / 100 : Number(raw);
  if (!/^[0-9.]+%?$/.test(raw) || !(n >= 0 && n < 1))
    throw badInput(`--${key} '${raw}': expected a fraction from 0 up to (not including) 1, like 0.1 or 10%.`);
  return n;
}

export function integer(v: Values, key: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = str(v, key);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) > max)
    throw badInput(`--${key} '${raw}': expected a whole number from 0 to ${max}.`);
  return Number(raw);
}

/** `--intent` lands in the commit message's first line: one non-empty line of text. */
export function intentArg(v: Values): string | undefined {
  const text = str(v, 'intent');
  if (text !== undefined && (text.trim() === '' || /[\u0000-\u001f\u007f]/.test(text)))
    throw badInput(`--intent ${JSON.stringify(text)}: expected one non-empty line of text.`);
  return text;
}

// A hub revision is a branch, tag or commit (refs/pr/1 included): never a path that climbs out of the model's URL.
export function revisionArg(v: Values): string {
  const revision = str(v, 'revision') ?? 'main';
  if (!/^[A-Za-z0-9._][A-Za-z0-9._/-]*$/.test(revision) || revision.split('/').includes('..'))
    throw badInput(`--revision '${revision}': expected a branch, tag or commit like main, v1.0 or refs/pr/1.`);
  return revision;
}

// The dataset id names folders in both repos and the store: the same pattern as schemas/mtrack_config.schema.json.
export function datasetArg(given: string | undefined, fallback: string): string {
  const id = given ?? fallback;
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(id))
    throw badInput(`dataset '${id}': expected a name like mnist (lowercase letters, digits, '.', '_', '-').`);
  return id;
}

/** The command line that reproduces a data command, recorded as the revision's recipe. */
export function recipe(argv: string[]): string {
  return ['mtrack', ...argv]
    .map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`))
    .join(' ');
}
