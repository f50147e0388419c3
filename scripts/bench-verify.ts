// npm run bench:verify — `mtrack verify` over long histories (issue 16), against git's own walk of the same history
// measured in the same run: `git log --raw` of the range (for --range) and of the whole history plus reading every
// blob once (`git cat-file --batch --batch-all-objects`, the hashing verify must do) for --all.
// Histories of BENCH_VERIFY_RUNS (default "1000,10000") runs are built with git fast-import.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv } from '../test/helpers/git-fixture.js';
import { makeRunFolder, runFiles } from '../test/helpers/run-fixture.js';
import { buildHistory, git, runMessage } from './bench-history.js';

const SIZES = (process.env.BENCH_VERIFY_RUNS ?? '1000,10000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const MTRACK = join(process.cwd(), 'bin', 'mtrack.js');

function time(cmd: string, args: string[], cwd: string): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, env: cleanEnv(), stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return ms;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 10) / 10;
const sample = (fn: () => number, n = ROUNDS) => round(median(Array.from({ length: n }, fn)));

interface Row {
  runs: number;
  range_ms: number;
  range_anchor_ms: number;
  all_ms: number;
  all_anchor_ms: number;
}

function measure(runs: number): Row {
  const root = mkdtempSync(join(tmpdir(), 'mtrack-bench-verify-'));
  try {
    const { exp, metaCommit, expCommit } = buildHistory(root, runs);
    for (const [path, content] of Object.entries(
      runFiles(makeRunFolder({ n: runs + 1, metaCommit, commit: expCommit })),
    ))
      exp.write(path, content);
    git(exp.dir, ['add', '-A']);
    git(exp.dir, ['commit', '-q', '--no-verify', '-m', runMessage(runs + 1)]);
    time(process.execPath, [MTRACK, 'verify', '--range', 'HEAD~1..HEAD'], exp.dir); // warm-up (validator cache)
    const row: Row = {
      runs,
      range_ms: sample(() => time(process.execPath, [MTRACK, 'verify', '--range', 'HEAD~1..HEAD'], exp.dir)),
      range_anchor_ms: sample(() => time('git', ['log', '--raw', '-z', 'HEAD~1..HEAD'], exp.dir)),
      all_ms: sample(() => time(process.execPath, [MTRACK, 'verify', '--all'], exp.dir), 3),
      all_anchor_ms: sample(
        () =>
          time('git', ['log', '--raw', '-z', 'HEAD'], exp.dir) +
          time('git', ['cat-file', '--batch', '--batch-all-objects'], exp.dir),
        3,
      ),
    };
    console.log(JSON.stringify(row));
    return row;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const rows = SIZES.map(measure);
const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10;
const result = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, loadavg_1m: round(loadavg()[0]) },
  rounds: ROUNDS,
  rows: rows.map((r) => ({
    ...r,
    range_ratio: ratio(r.range_ms, r.range_anchor_ms),
    all_ratio: ratio(r.all_ms, r.all_anchor_ms),
  })),
  targets: {
    range: '<= 1 s and <= 3x git log --raw of the range at 10,000 runs',
    all: '<= 3x (git log --raw + read every blob)',
  },
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/verify.json', `${JSON.stringify(result, null, 2)}\n`);
const md = [
  '# bench:verify — `mtrack verify` over long histories',
  '',
  `Machine: ${result.machine.cpus} × ${result.machine.cpu}, Node ${result.machine.node}, load ${result.machine.loadavg_1m}. Median of ${ROUNDS} (--all: of 3).`,
  '',
  '| runs | verify --range (1 run) | anchor: git log --raw of it | ratio | verify --all | anchor: git log --raw + cat-file all | ratio |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...result.rows.map(
    (r) =>
      `| ${r.runs} | ${r.range_ms} ms | ${r.range_anchor_ms} ms | ${r.range_ratio}× | ${r.all_ms} ms | ${r.all_anchor_ms} ms | ${r.all_ratio}× |`,
  ),
  '',
  `Targets: --range ${result.targets.range}; --all ${result.targets.all}. The --range anchor is a single git process (a few ms), so its ratio mostly measures Node's start-up.`,
  '',
].join('\n');
writeFileSync('bench/verify.md', md);
process.stdout.write(md);
