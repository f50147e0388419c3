// npm run bench:hooks — what mtrack's hooks add to a real `git commit`, side by side with the anchors the issue
// names (issue 16 item 1), at 1,000 and 10,000 runs of history. Per round, interleaved so machine load hits every
// variant alike: a commit adding one run with no hooks, with mtrack's hooks, with the pre-commit framework running
// one no-op local hook and with a husky-style hook running lint-staged (no matching task); then a commit touching
// nothing mtrack guards (a README edit) with no hooks and with mtrack's hooks. Writes bench/hooks.json and .md.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { installHooks } from '../src/app/setup/hooks-install.js';
import { cleanEnv } from '../test/helpers/git-fixture.js';
import { makeRunFolder, runFiles } from '../test/helpers/run-fixture.js';
import { buildHistory, git, runMessage } from './bench-history.js';
import { hooksMarkdown, round, stats, type SizeResult } from './bench-hooks-report.js';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

type Variant = 'none' | 'mtrack' | 'precommit' | 'lintstaged';

function timeCommit(dir: string, hooks: string[], message: string): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('git', [...hooks, 'commit', '-q', '-m', message], {
    cwd: dir,
    env: cleanEnv(),
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`commit failed: ${r.stderr}${r.stdout}`);
  git(dir, ['reset', '-q', '--soft', 'HEAD~1']);
  return ms;
}

/** A hooks folder holding one pre-commit script. */
function hookDir(root: string, name: string, script: string): string[] {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'pre-commit'), script);
  chmodSync(join(dir, 'pre-commit'), 0o755);
  return ['-c', `core.hooksPath=${dir}`];
}

async function measure(root: string, runs: number): Promise<SizeResult> {
  const t0 = Date.now();
  const { exp, metaCommit } = buildHistory(join(root, String(runs)), runs);
  const files = git(exp.dir, ['ls-files']).split('\n').filter(Boolean).length;
  console.log(`built ${runs} runs, ${files} files in ${Date.now() - t0} ms`);

  // The pre-commit framework as `pre-commit install` sets it up (its own hook script), before husky takes over
  // core.hooksPath (pre-commit refuses to install while core.hooksPath is set).
  exp.write(
    '.pre-commit-config.yaml',
    'repos:\n  - repo: local\n    hooks:\n      - id: noop\n        name: noop\n        entry: "true"\n        language: system\n',
  );
  exp.write('README.md', '# Experiments\n');
  const installed = spawnSync('pre-commit', ['install'], { cwd: exp.dir, env: cleanEnv(), encoding: 'utf8' });
  if (installed.status !== 0) throw new Error(`pre-commit install (apt-get install pre-commit): ${installed.stderr}`);
  const precommitDir = join(root, `precommit-${runs}`);
  mkdirSync(precommitDir);
  renameSync(join(exp.dir, '.git/hooks/pre-commit'), join(precommitDir, 'pre-commit'));

  await installHooks(exp.dir, { dataRepo: false });
  git(exp.dir, ['add', '-A']);
  git(exp.dir, ['commit', '-q', '--no-verify', '-m', 'hooks']);
  const hooks: Record<Variant, string[]> = {
    none: ['-c', `core.hooksPath=${join(root, 'empty')}`],
    mtrack: [],
    precommit: ['-c', `core.hooksPath=${precommitDir}`],
    // What husky 9 runs for `.husky/pre-commit` containing `lint-staged`, with the repo's .lintstagedrc.mjs, whose
    // only task globs configs/ (nothing staged matches).
    lintstaged: hookDir(root, `lintstaged-${runs}`, '#!/bin/sh\nnode_modules/.bin/lint-staged\n'),
  };
  mkdirSync(join(root, 'empty'), { recursive: true });

  const next = runs + 1;
  const run = runFiles(makeRunFolder({ n: next, metaCommit }));
  const runFolder = Object.keys(run)[0].split('/').slice(0, 2).join('/');
  const stageRun = () => {
    git(exp.dir, ['reset', '-q', '--', 'README.md']);
    for (const [path, content] of Object.entries(run)) exp.write(path, content);
    git(exp.dir, ['add', '--', runFolder]);
  };
  let edits = 0;
  const stageReadme = () => {
    git(exp.dir, ['reset', '-q', '--', runFolder]);
    exp.write('README.md', `# Experiments\n\nedit ${++edits}\n`);
    git(exp.dir, ['add', '--', 'README.md']);
  };
  const times: Record<string, number[]> = {};
  const record = (key: string, ms: number) => (times[key] ??= []).push(ms);
  const variants: Variant[] = ['none', 'mtrack', 'precommit', 'lintstaged'];
  for (let i = -1; i < ROUNDS; i++) {
    // Round -1 warms up: page cache, pre-commit's cache folder, V8's code cache.
    stageRun();
    for (const v of variants) {
      const ms = timeCommit(exp.dir, hooks[v], runMessage(next));
      if (i >= 0) record(`run_${v}`, ms);
    }
    stageReadme();
    for (const v of ['none', 'mtrack'] as const) {
      const ms = timeCommit(exp.dir, hooks[v], 'docs: README');
      if (i >= 0) record(`readme_${v}`, ms);
    }
    const n0 = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    if (i >= 0) record('node_e0', Number(process.hrtime.bigint() - n0) / 1e6);
  }
  git(exp.dir, ['reset', '-q', '--', 'README.md']);
  const s = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, stats(xs)]));
  const added = (k: string, base: string) => round(s[k].median_ms - s[base].median_ms);
  const result: SizeResult = {
    runs,
    files,
    staged_run: `${runFolder} (${Object.keys(run).length} files)`,
    timings: s,
    added_ms: {
      mtrack_run: added('run_mtrack', 'run_none'),
      precommit_noop: added('run_precommit', 'run_none'),
      lintstaged_nomatch: added('run_lintstaged', 'run_none'),
      mtrack_unguarded: added('readme_mtrack', 'readme_none'),
    },
    ratio_mtrack_run_vs_precommit: 0,
  };
  result.ratio_mtrack_run_vs_precommit = round(result.added_ms.mtrack_run / result.added_ms.precommit_noop, 100);
  console.log(JSON.stringify(result, null, 2));
  return result;
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'mtrack-bench-'));
  const load = [loadavg()[0]];
  try {
    const sizes: SizeResult[] = [];
    for (const runs of SIZES) {
      sizes.push(await measure(root, runs));
      load.push(loadavg()[0]);
    }
    const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).stdout.trim();
    const result = {
      measured_utc: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model ?? 'unknown',
        node: process.version,
        git: git(root, ['--version']).trim(),
        pre_commit: version,
        loadavg_1m: load.map((x) => round(x)),
      },
      rounds: ROUNDS,
      targets: { unguarded_added_ms: 15, run_vs_precommit_ratio: 0.5 },
      sizes,
    };
    const pass = sizes.map((r) => ({
      runs: r.runs,
      unguarded: r.added_ms.mtrack_unguarded <= result.targets.unguarded_added_ms,
      run: r.ratio_mtrack_run_vs_precommit <= result.targets.run_vs_precommit_ratio,
    }));
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/hooks.json', JSON.stringify({ ...result, pass }, null, 2) + '\n');
    writeFileSync('bench/hooks.md', hooksMarkdown(result, pass));
    console.log(hooksMarkdown(result, pass));
  } finally {
    if (process.env.BENCH_KEEP) console.log(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

await main();
