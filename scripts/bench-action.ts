// npm run bench:action — what a scan trial job costs before it trains (issue 12 item 2, Done-when 4). The job's steps
// (templates/workflows/mtrack-scan.yml, job `run`) replayed locally and timed, from the first checkout to the
// trainer's first training step (the "training …" line it logs right before its first batch): checkouts of the
// experiment repo, the dataset-meta repo and mtrack itself (each a shallow clone from a local bare remote, as
// actions/checkout fetches depth 1), the content cache restored (a copy, as actions/cache would) or not, then
// `node mtrack-tool/dist/index.js` with INPUT_COMMAND=run, data from a loopback S3 store. Nothing is installed.
// Anchors in the same run: the old job's install (`npm ci` + build in a clone of mtrack at the same commit) and a
// plain `git clone` of the experiment repo. Writes bench/action.json and bench/action.md.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../test/helpers/fake-github.js';
import { removeTempDirs, tempDir } from '../test/helpers/git-fixture.js';
import { git } from '../test/helpers/git-remote.js';
import { S3_CREDENTIALS, startS3 } from '../test/helpers/s3-server.js';
import { round, stats } from './bench-hooks-report.js';
import { actionMarkdown, type ActionReport, type JobTimings } from './bench-action-report.js';
import { benchRemotes, type BenchRemotes } from './bench-action-setup.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const FIRST_STEP = /^training /m;
const FIRST_STEP_LINE = /^training .*$/m;

const now = () => Number(process.hrtime.bigint()) / 1e6;
const time = (fn: () => void) => {
  const t0 = now();
  fn();
  return now() - t0;
};

/** actions/checkout: a depth-1 fetch of one commit into `dir`. */
const checkout = (remote: string, dir: string) =>
  git(join(dir, '..'), 'clone', '-q', '--depth', '1', '--no-tags', `file://${remote}`, dir);

type Step = 'checkout_exp' | 'checkout_data' | 'checkout_mtrack' | 'cache_restore' | 'action_to_first_step';

/** One trial job on a fresh runner folder; `restore` is the cache folder actions/cache would bring back. */
async function trialJob(
  r: BenchRemotes,
  restore?: string,
): Promise<{ steps: Record<Step, number>; cache: string; line: string }> {
  const job = tempDir('mtrack-bench-job-');
  const ws = join(job, 'workspace');
  const cache = join(job, 'mtrack-cache');
  mkdirSync(ws);
  const steps = {} as Record<Step, number>;
  steps.checkout_exp = time(() => checkout(r.exp, join(ws, 'mtrack-exp')));
  steps.checkout_data = time(() => checkout(r.data, join(ws, 'mtrack-data')));
  steps.checkout_mtrack = time(() => checkout(r.mtrack, join(ws, 'mtrack-tool')));
  steps.cache_restore = restore ? time(() => cpSync(restore, cache, { recursive: true })) : 0;
  process.env.MTRACK_CACHE_DIR = cache;
  const t0 = now();
  let first: number | undefined;
  const run = await runAction(
    { command: 'run', 'working-directory': 'mtrack-exp', trial: '0', 'output-dir': join(job, 'trial') },
    {
      workspace: ws,
      event: r.event,
      entry: join(ws, 'mtrack-tool', 'dist', 'index.js'),
      onStdout: (out) => (first ??= FIRST_STEP.test(out) ? now() - t0 : undefined),
    },
  );
  if (run.code !== 0 || first === undefined) throw new Error(`the trial failed:\n${run.stdout}\n${run.stderr}`);
  steps.action_to_first_step = first;
  return { steps, cache, line: FIRST_STEP_LINE.exec(run.stdout)?.[0] ?? '' };
}

/** The old job's install: `npm ci` (dev dependencies + prepare: tsc and ncc) in a clone of mtrack at the same commit. */
function oldInstall(r: BenchRemotes): { ms: number; mode: string } {
  const dir = join(tempDir('mtrack-bench-npm-'), 'mtrack-tool');
  checkout(r.mtrack, dir);
  for (const mode of ['--offline', '--prefer-online']) {
    let status: number | null = null;
    const ms = time(() => {
      status = spawnSync('npm', ['ci', mode, '--no-audit', '--no-fund'], { cwd: dir, stdio: 'ignore' }).status;
    });
    if (status === 0) return { ms, mode: `npm ci ${mode}` };
  }
  throw new Error('npm ci failed offline and online');
}

async function main(): Promise<void> {
  const load = [loadavg()[0]];
  const s3 = await startS3(['team-data']);
  Object.assign(process.env, S3_CREDENTIALS, { AWS_EC2_METADATA_DISABLED: 'true' });
  try {
    const remotes = await benchRemotes(s3.endpoint);
    const uncached: Record<Step, number>[] = [];
    const cached: Record<Step, number>[] = [];
    let snapshot: string | undefined;
    let line = '';
    for (let i = 0; i < ROUNDS; i++) {
      const job = await trialJob(remotes);
      uncached.push(job.steps);
      line = job.line;
      snapshot ??= job.cache; // what actions/cache saves after the first job
      cached.push((await trialJob(remotes, snapshot)).steps);
      console.log(`round ${i + 1}/${ROUNDS}: uncached ${round(sum(job.steps))} ms, cached ${round(sum(cached[i]))} ms`);
    }
    const plainClone: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const dir = join(tempDir('mtrack-bench-clone-'), 'exp');
      plainClone.push(time(() => git(join(dir, '..'), 'clone', '-q', `file://${remotes.exp}`, dir)));
    }
    const install = oldInstall(remotes);
    load.push(loadavg()[0]);
    const report: ActionReport = {
      measured_utc: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model ?? 'unknown',
        node: process.version,
        git: git(remotes.root, '--version').trim(),
        loadavg_1m: load.map((x) => round(x)),
      },
      rounds: ROUNDS,
      mtrack_commit: remotes.mtrackCommit,
      first_step_line: line,
      dist_committed_by_bench: remotes.distCommitted,
      cached: summarize(cached),
      uncached: summarize(uncached),
      anchor: { git_clone_exp: stats(plainClone), old_install: { ...stats([install.ms]), command: install.mode } },
      target_cached_setup_ms: 20_000,
    };
    mkdirSync('bench', { recursive: true });
    const pass = report.cached.setup.median_ms <= report.target_cached_setup_ms;
    writeFileSync('bench/action.json', `${JSON.stringify({ ...report, pass }, null, 2)}\n`);
    writeFileSync('bench/action.md', actionMarkdown(report));
    console.log(actionMarkdown(report));
  } finally {
    await s3.close();
    if (process.env.BENCH_KEEP) console.log('kept the temp folders');
    else removeTempDirs();
  }
}

const sum = (steps: Record<Step, number>) => Object.values(steps).reduce((a, b) => a + b, 0);

function summarize(rounds: Record<Step, number>[]): JobTimings {
  const keys = Object.keys(rounds[0]) as Step[];
  return {
    steps: Object.fromEntries(keys.map((k) => [k, stats(rounds.map((r) => r[k]))])) as JobTimings['steps'],
    setup: stats(rounds.map(sum)),
  };
}

await main();
