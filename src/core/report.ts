import { parseExperimentNumber } from './ids.js';

export interface RunSummary {
  experimentId: string;
  dataset: string;
  configHash: string;
  scanMethod?: string;
  scanTrial?: number;
  primary?: { name: string; value: number };
  loss?: number;
  backend?: string;
  trainExamples?: number;
}

/** The runs table: one row per run, ordered by experiment number (ids grow past four digits: E9999, E10000). */
export function reportRows(runs: RunSummary[]): Record<string, string>[] {
  return [...runs]
    .sort((a, b) => parseExperimentNumber(a.experimentId) - parseExperimentNumber(b.experimentId))
    .map((r) => ({
      run: r.experimentId,
      dataset: r.dataset,
      metric: r.primary ? `${r.primary.name} ${r.primary.value.toFixed(4)}` : '-',
      loss: r.loss === undefined ? '-' : r.loss.toFixed(4),
      'train ex.': r.trainExamples === undefined ? '-' : String(r.trainExamples),
      backend: r.backend ?? '-',
      config: r.configHash.slice(7, 19),
      scan: r.scanMethod ? `${r.scanMethod}#${r.scanTrial}` : '-',
    }));
}

export function markdownTable(rows: Record<string, string>[]): string {
  if (rows.length === 0) return '_no runs_\n';
  const cols = Object.keys(rows[0]);
  return [
    `| ${cols.join(' | ')} |`,
    `| ${cols.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${cols.map((c) => r[c]).join(' | ')} |`),
    '',
  ].join('\n');
}
