// Statistics and the Markdown table of bench:hooks (scripts/bench-hooks.ts).

export interface Stats {
  median_ms: number;
  p90_ms: number;
  min_ms: number;
}

export interface SizeResult {
  runs: number;
  files: number;
  staged_run: string;
  timings: Record<string, Stats>;
  added_ms: { mtrack_run: number; precommit_noop: number; lintstaged_nomatch: number; mtrack_unguarded: number };
  ratio_mtrack_run_vs_precommit: number;
}

export const round = (x: number, by = 10) => Math.round(x * by) / by;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  return {
    median_ms: round(median(s)),
    p90_ms: round(s[Math.min(s.length - 1, Math.floor(0.9 * s.length))]),
    min_ms: round(s[0]),
  };
}

interface Report {
  measured_utc: string;
  machine: { cpus: number; cpu: string; node: string; git: string; pre_commit: string; loadavg_1m: number[] };
  rounds: number;
  targets: { unguarded_added_ms: number; run_vs_precommit_ratio: number };
  sizes: SizeResult[];
}

const ROWS: [string, string, keyof SizeResult['added_ms'] | undefined][] = [
  ['run_none', 'adds a run, no hooks', undefined],
  ['run_mtrack', "adds a run, mtrack's hooks", 'mtrack_run'],
  ['run_precommit', 'adds a run, pre-commit framework, one no-op local hook', 'precommit_noop'],
  ['run_lintstaged', 'adds a run, husky-style hook running lint-staged (no matching task)', 'lintstaged_nomatch'],
  ['readme_none', 'README edit, no hooks', undefined],
  ['readme_mtrack', "README edit, mtrack's hooks", 'mtrack_unguarded'],
  ['node_e0', 'control: `node -e 0`', undefined],
];

export function hooksMarkdown(r: Report, pass: { runs: number; unguarded: boolean; run: boolean }[]): string {
  const m = r.machine;
  const lines = [
    '# `git commit` latency: mtrack hooks against the anchors',
    '',
    `Measured ${r.measured_utc} by \`npm run bench:hooks\` (scripts/bench-hooks.ts) on ${m.cpus} × ${m.cpu}, Node ${m.node}, ${m.git}, ${m.pre_commit}; 1-minute load average at start / after each size: ${m.loadavg_1m.join(' / ')} (the machine is shared).`,
    '',
    `Each of ${r.rounds} rounds (after one warm-up) times, interleaved, \`git commit\` of one staged new run folder with no hooks (\`core.hooksPath\` at an empty folder), with mtrack's husky hooks (pre-commit + commit-msg), with the pre-commit framework (\`pre-commit install\`'s script, \`.pre-commit-config.yaml\` with one \`repo: local\`, \`language: system\`, \`entry: true\` hook) and with a husky-style hook running \`lint-staged\` whose only task matches nothing staged; then a README edit (nothing mtrack guards) with no hooks and with mtrack's hooks. Each commit is undone with \`git reset --soft HEAD~1\`.`,
    '',
  ];
  for (const s of r.sizes) {
    const p = pass.find((x) => x.runs === s.runs);
    lines.push(
      `## ${s.runs.toLocaleString('en-US')} runs of history (${s.files} files; staged: ${s.staged_run})`,
      '',
      '| `git commit` | median | p90 | min | added (median) |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...ROWS.map(([key, label, add]) => {
        const t = s.timings[key];
        return `| ${label} | ${t.median_ms} ms | ${t.p90_ms} ms | ${t.min_ms} ms | ${add ? `+${s.added_ms[add]} ms` : '–'} |`;
      }),
      '',
      `- Commit touching nothing mtrack guards: **+${s.added_ms.mtrack_unguarded} ms** (target ≤ ${r.targets.unguarded_added_ms} ms: ${p?.unguarded ? 'met' : 'NOT met'}).`,
      `- Commit adding a run: **${s.ratio_mtrack_run_vs_precommit}×** the pre-commit framework's no-op (target ≤ ${r.targets.run_vs_precommit_ratio}×: ${p?.run ? 'met' : 'NOT met'}); ${round(s.added_ms.mtrack_run / s.added_ms.lintstaged_nomatch, 100)}× lint-staged's.`,
      '',
    );
  }
  return lines.join('\n');
}
