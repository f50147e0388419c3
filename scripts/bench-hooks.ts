// npm run bench:hooks — the cost mtrack's hooks add to a real `git commit` (issue 5's "Speed" benchmark).
// Builds an experiment repo of 1,000 committed runs (~10,000 files, one commit per run), stages one new run and
// times `git commit` with the hooks installed against the same commit with no hooks, interleaved so machine load
// hits both alike. Writes bench/hooks.json and bench/hooks.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { installHooks } from '../src/app/setup/hooks-install.js';
import { cleanEnv } from '../test/helpers/git-fixture.js';
import { makeRunFolder, runFiles } from '../test/helpers/run-fixture.js';
import { buildHistory, git, runMessage } from './bench-history.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);
const MESSAGE = runMessage;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const stats = (xs: number[]) => ({
  median_ms: round(median(xs)),
  p90_ms: round(pct(xs, 0.9)),
  min_ms: round(Math.min(...xs)),
  mean_ms: round(xs.reduce((a, b) => a + b, 0) / xs.length),
});
const round = (x: number) => Math.round(x * 10) / 10;

function timeCommit(dir: string, extra: string[], n: number): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('git', [...extra, 'commit', '-q', '-m', MESSAGE(n)], {
    cwd: dir,
    env: cleanEnv(),
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`commit failed: ${r.stderr}`);
  git(dir, ['reset', '-q', '--soft', 'HEAD~1']);
  return ms;
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'mtrack-bench-'));
  try {
    const t0 = Date.now();
    const { exp, metaCommit } = buildHistory(root, RUNS);
    const files = Number(git(exp.dir, ['ls-files', '--', 'experiments/']).split('\n').filter(Boolean).length);
    console.log(`built ${RUNS} runs, ${files} files in ${Date.now() - t0} ms`);

    await installHooks(exp.dir, { dataRepo: false });
    git(exp.dir, ['add', '-A']);
    git(exp.dir, ['commit', '-q', '--no-verify', '-m', 'hooks']);
    const next = RUNS + 1;
    for (const [path, content] of Object.entries(runFiles(makeRunFolder({ n: next, metaCommit }))))
      exp.write(path, content);
    git(exp.dir, ['add', '-A']);

    const empty = join(root, 'no-hooks');
    mkdirSync(empty);
    const none = ['-c', `core.hooksPath=${empty}`];
    timeCommit(exp.dir, [], next); // warm-up: fills the validator cache and the page cache
    timeCommit(exp.dir, none, next);
    const withHooks: number[] = [];
    const without: number[] = [];
    const bareNode: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      without.push(timeCommit(exp.dir, none, next));
      withHooks.push(timeCommit(exp.dir, [], next));
      // Control: one bare Node start-up under the same load, to read the figures against.
      const t0 = process.hrtime.bigint();
      spawnSync(process.execPath, ['-e', '0']);
      bareNode.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const result = {
      measured_utc: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model ?? 'unknown',
        node: process.version,
        git: git(exp.dir, ['--version']).trim(),
        loadavg_1m: round((await import('node:os')).loadavg()[0]),
      },
      repo: {
        runs: RUNS,
        files,
        commits: RUNS + 2,
        staged: `one new run folder (E${String(next).padStart(4, '0')}, ${Object.keys(makeRunFolder({ n: next, metaCommit }).files).length} files)`,
      },
      rounds: ROUNDS,
      no_hooks: stats(without),
      with_mtrack_hooks: stats(withHooks),
      node_startup_control: stats(bareNode),
      added_median_ms: round(median(withHooks) - median(without)),
      target_added_median_ms: 150,
    };
    const pass = result.added_median_ms <= result.target_added_median_ms;
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/hooks.json', JSON.stringify({ ...result, pass }, null, 2) + '\n');
    writeFileSync('bench/hooks.md', markdown(result, pass));
    console.log(JSON.stringify({ ...result, pass }, null, 2));
  } finally {
    if (process.env.BENCH_KEEP) console.log(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

function markdown(r: any, pass: boolean): string {
  return [
    '# `git commit` latency with mtrack hooks',
    '',
    `Measured ${r.measured_utc} by \`npm run bench:hooks\` (scripts/bench-hooks.ts) on ${r.machine.cpus} × ${r.machine.cpu}, Node ${r.machine.node}, ${r.machine.git} (1-minute load average at the end: ${r.machine.loadavg_1m}).`,
    '',
    `Repo: ${r.repo.runs} committed run folders (${r.repo.files} files, one commit per run). Staged: ${r.repo.staged}. Each of ${r.rounds} rounds times \`git commit\` with no hooks (\`core.hooksPath\` at an empty folder) and with mtrack's husky hooks (pre-commit: every stamping rule incl. the dataset-meta lookup; commit-msg: the message convention), then \`git reset --soft HEAD~1\`.`,
    '',
    '| | median | p90 | min | mean |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| no hooks | ${r.no_hooks.median_ms} ms | ${r.no_hooks.p90_ms} ms | ${r.no_hooks.min_ms} ms | ${r.no_hooks.mean_ms} ms |`,
    `| mtrack hooks (husky 9) | ${r.with_mtrack_hooks.median_ms} ms | ${r.with_mtrack_hooks.p90_ms} ms | ${r.with_mtrack_hooks.min_ms} ms | ${r.with_mtrack_hooks.mean_ms} ms |`,
    `| control: \`node -e 0\` | ${r.node_startup_control.median_ms} ms | ${r.node_startup_control.p90_ms} ms | ${r.node_startup_control.min_ms} ms | ${r.node_startup_control.mean_ms} ms |`,
    '',
    `**Added median: ${r.added_median_ms} ms** (target ≤ ${r.target_added_median_ms} ms: ${pass ? 'met' : 'NOT met'}). The hooks start one Node process per commit (commit-msg accepts the usual subject with grep); read the figure against the bare Node start-up measured alongside.`,
    '',
  ].join('\n');
}

await main();
