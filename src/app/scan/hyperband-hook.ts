import { join } from 'node:path';
import { decideHyperband, DEFAULT_METRIC } from '../../core/scan/index.js';
import { readJsonDocument } from '../../adapters/documents.js';
import { collectRunRecords } from '../run/run-records.js';
import type { HistoryRow, TrainerInput } from '../run/trainer.js';
import type { Workspace } from '../setup/workspace.js';
import type { CollectedTrial, ScanContext } from './scan-context.js';

/** The history field hyperband reads: the scan metric, or the config's primary metric when the scan names none. */
export function epochField(ctx: ScanContext): string {
  return ctx.spec.metric.name === DEFAULT_METRIC.name ? (ctx.base.metric?.name ?? 'accuracy') : ctx.spec.metric.name;
}

/**
 * A trial's metric per epoch (index = epoch - 1): `val_<name>` when the trainer logs a validation figure, else
 * `<name>`. The built-in trainer logs training-set loss and accuracy per epoch (it never looks at the test split
 * before the end), so hyperband ranks trials on those.
 */
function epochSeries(history: readonly HistoryRow[], field: string): (number | undefined)[] {
  const series: (number | undefined)[] = [];
  for (const row of history) series[row.epoch - 1] = row[`val_${field}`] ?? row[field];
  return Array.from(series);
}

/**
 * Hyperband for one trial, judged against the per-epoch history (metrics.json) of the scan's runs so far: those in
 * the checkout and those collected elsewhere (the Action's earlier waves, read from the bot branch).
 */
export function hyperbandHook(
  ws: Workspace,
  ctx: ScanContext,
  trialIndex: number,
  log: (l: string) => void,
  collected: readonly CollectedTrial[],
): TrainerInput['onEpochEnd'] {
  const et = ctx.spec.early_terminate!;
  const field = epochField(ctx);
  const local = collectRunRecords(ws.expDir).filter((r) => r.scanHash === ctx.scanHash);
  const seen = new Set(local.map((r) => r.configHash));
  const histories = [
    ...local.map(
      (r) =>
        readJsonDocument<{ history?: HistoryRow[] }>(
          join(ws.expDir, r.folder, 'metrics.json'),
          'metrics',
          `${r.folder}/metrics.json`,
        ).history ?? [],
    ),
    ...collected.filter((c) => c.scanHash === ctx.scanHash && !seen.has(c.configHash)).map((c) => c.history ?? []),
  ];
  const peers = histories.map((h) => epochSeries(h, field));
  let warned = false;
  return (history) => {
    const current = epochSeries(history, field);
    if (current.every((v) => v === undefined)) {
      if (!warned)
        log(
          `mtrack: early_terminate: the trainer's history has no '${field}' per epoch; trial ${trialIndex} runs every epoch.`,
        );
      warned = true;
      return 'continue';
    }
    const d = decideHyperband({ earlyTerminate: et, goal: ctx.spec.metric.goal, peers, current });
    if (!d.stop) return 'continue';
    log(
      `mtrack: scan trial ${trialIndex} stopped early after epoch ${history.length}: best ${field} ${d.value} is worse than ` +
        `${d.threshold}, the top 1/${et.eta} of ${d.runs} run(s) at hyperband bracket epoch ${d.bracket}.`,
    );
    return 'stop';
  };
}
