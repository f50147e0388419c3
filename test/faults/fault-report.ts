import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RaceResult } from './race-scenarios.js';
import { failedChecks, type TrialResult } from './kill-trial.js';

export interface ScenarioSummary {
  scenario: string;
  /** Kill scenarios: kills that reached a running process / of those, the ones every check passed after. */
  kills?: { tried: number; survived: number; missed: number };
  /** Race scenarios: runs started / committed. */
  runs?: { started: number; committed: number };
  failures: Record<string, number>;
  seconds: number;
  /** Kill scenarios: every trial, with the failed checks' output, so a failing moment can be replayed. */
  trials?: { fault: string; fired: boolean; ended_after_ms: number; failed: { check: string; detail: string }[] }[];
}

export function summarizeKills(scenario: string, trials: TrialResult[], seconds: number): ScenarioSummary {
  const fired = trials.filter((t) => t.fired);
  const failures: Record<string, number> = {};
  for (const t of fired) for (const c of failedChecks(t)) failures[c.name] = (failures[c.name] ?? 0) + 1;
  return {
    scenario,
    kills: {
      tried: fired.length,
      survived: fired.filter((t) => failedChecks(t).length === 0).length,
      missed: trials.length - fired.length,
    },
    failures,
    seconds,
    trials: trials.map((t) => ({
      fault: t.fault,
      fired: t.fired,
      ended_after_ms: t.killedAfterMs,
      failed: failedChecks(t).map((c) => ({ check: c.name, detail: c.detail })),
    })),
  };
}

export function summarizeRace(r: RaceResult, seconds: number): ScenarioSummary {
  const failures = Object.fromEntries(r.checks.filter((c) => !c.ok).map((c) => [c.name, 1]));
  return { scenario: r.scenario, runs: { started: r.started, committed: r.committed }, failures, seconds };
}

export function summaryLine(s: ScenarioSummary): string {
  const what = s.kills
    ? `kills survived ${s.kills.survived}/${s.kills.tried}${s.kills.missed ? ` (${s.kills.missed} missed)` : ''}`
    : `runs committed ${s.runs?.committed}/${s.runs?.started}`;
  const failed = Object.entries(s.failures).map(([k, n]) => `${k} ×${n}`);
  return `faults: ${s.scenario}: ${what}${failed.length ? `; failed: ${failed.join('; ')}` : ''} (${s.seconds.toFixed(1)} s)`;
}

export function totals(summaries: ScenarioSummary[]) {
  const sum = (f: (s: ScenarioSummary) => number | undefined) => summaries.reduce((a, s) => a + (f(s) ?? 0), 0);
  return {
    kills_tried: sum((s) => s.kills?.tried),
    kills_survived: sum((s) => s.kills?.survived),
    kills_missed: sum((s) => s.kills?.missed),
    runs_started: sum((s) => s.runs?.started),
    runs_committed: sum((s) => s.runs?.committed),
  };
}

/** bench/faults.json (every figure) and bench/faults.md (the table for the README's reliability section). */
export function writeReport(summaries: ScenarioSummary[], meta: { seed: number; wallSeconds: number }): string {
  const t = totals(summaries);
  const dir = join(process.cwd(), 'bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'faults.json'),
    JSON.stringify(
      { seed: meta.seed, wall_seconds: Math.round(meta.wallSeconds), totals: t, scenarios: summaries },
      null,
      2,
    ) + '\n',
  );
  const rows = summaries.map((s) => {
    const figure = s.kills
      ? `${s.kills.survived} / ${s.kills.tried} kills survived`
      : `${s.runs?.committed} / ${s.runs?.started} runs committed`;
    const failed =
      Object.entries(s.failures)
        .map(([k, n]) => `${k} (${n})`)
        .join('; ') || '—';
    return `| ${s.scenario} | ${figure} | ${failed} |`;
  });
  const md = [
    `# Fault suite (npm run test:faults, MTRACK_FAULT_SEED=${meta.seed})`,
    '',
    '| scenario | result | failed checks (trials) |',
    '| --- | --- | --- |',
    ...rows,
    '',
    `Kills survived ${t.kills_survived} / ${t.kills_tried}; runs committed ${t.runs_committed} / ${t.runs_started};`,
    `wall time ${Math.round(meta.wallSeconds)} s.`,
    '',
  ].join('\n');
  writeFileSync(join(dir, 'faults.md'), md);
  return `faults: total: kills survived ${t.kills_survived}/${t.kills_tried}, runs committed ${t.runs_committed}/${t.runs_started}, wall ${Math.round(meta.wallSeconds)} s`;
}
