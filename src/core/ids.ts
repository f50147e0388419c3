import { badInput } from './errors.js';

// Canonical ids only: at least 4 digits and no extra leading zero, so one number has one spelling (E00001 is refused
// beside E0001, which would otherwise be two folders for one id).
const EXPERIMENT_ID = /^E(\d{4}|[1-9]\d{4,})$/;
const REVISION_ID = /^D(\d{4}|[1-9]\d{4,})$/;

export function isExperimentId(value: string): boolean {
  return EXPERIMENT_ID.test(value);
}

export function isRevisionId(value: string): boolean {
  return REVISION_ID.test(value);
}

export function formatExperimentId(n: number): string {
  return `E${String(n).padStart(4, '0')}`;
}

export function formatRevisionId(n: number): string {
  return `D${String(n).padStart(4, '0')}`;
}

/** A run's reproduction record number: R0001, R0002, … (reproductions/E####/R####.json). */
export function formatReproductionId(n: number): string {
  return `R${String(n).padStart(4, '0')}`;
}

export function parseExperimentNumber(id: string): number {
  const m = EXPERIMENT_ID.exec(id);
  if (!m) throw badInput(`Invalid experiment id '${id}'. Expected E#### (e.g. E0007).`);
  return Number(m[1]);
}

export function parseRevisionNumber(id: string): number {
  const m = REVISION_ID.exec(id);
  if (!m) throw badInput(`Invalid dataset revision '${id}'. Expected D#### (e.g. D0002).`);
  return Number(m[1]);
}

/** The next id after the highest one in use (monotonic per repo: gaps are never refilled). */
export function nextExperimentId(used: Iterable<string>): string {
  return assignExperimentIds(used, 1)[0];
}

/** `count` consecutive ids after the highest one in `used` (ids already handed out elsewhere are in `used` too). */
export function assignExperimentIds(used: Iterable<string>, count: number): string[] {
  let max = 0;
  for (const id of used) if (isExperimentId(id)) max = Math.max(max, parseExperimentNumber(id));
  return Array.from({ length: count }, (_, i) => formatExperimentId(max + 1 + i));
}

export function nextRevisionId(used: Iterable<string>): string {
  let max = 0;
  for (const id of used) if (isRevisionId(id)) max = Math.max(max, parseRevisionNumber(id));
  return formatRevisionId(max + 1);
}

const RUN_FOLDER = /^(\d{4}-\d{2}-\d{2})__([a-z0-9][a-z0-9._-]*)__([a-z0-9][a-z0-9._-]*)__(E(?:\d{4}|[1-9]\d{4,}))$/;

export interface RunFolderName {
  date: string;
  dataset: string;
  model: string;
  experimentId: string;
}

/** Folder-safe short name of a model id: `lane99/resnet_mnist_digits` -> `resnet_mnist_digits`. */
export function modelSlug(modelId: string): string {
  const base = modelId.split('/').pop() ?? modelId;
  return base.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
}

export function formatRunFolder(name: RunFolderName): string {
  return `${name.date}__${name.dataset}__${name.model}__${name.experimentId}`;
}

export function parseRunFolder(folder: string): RunFolderName | undefined {
  const m = RUN_FOLDER.exec(folder);
  if (!m || !isCalendarDate(m[1])) return undefined;
  return { date: m[1], dataset: m[2], model: m[3], experimentId: m[4] };
}

/**
 * Experiment ids reserved for runs still in bot pull requests: refs `refs/mtrack/ids/E####` that the Action's
 * collect step pushes atomically with its branch, so concurrent scans (and local runs that fetched the refs with
 * `git fetch origin 'refs/mtrack/ids/*:refs/mtrack/ids/*'`) never take the same id.
 */
export const ID_REF_PREFIX = 'refs/mtrack/ids/';

/** `YYYY-MM-DD` naming a real day (2026-02-30 is not one). */
export function isCalendarDate(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}
