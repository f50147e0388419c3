import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, checkFsck, checkNoLeftovers, checkUniqueIds, checkVerify, tail, type Check } from './fault-checks.js';
import {
  committedRuns,
  copyWorkspace,
  git,
  mtrackSync,
  runNumber,
  sh,
  workspaceAt,
  type FaultWorkspace,
} from './fault-fixture.js';
import { runMtrack } from './fault-process.js';

export interface RaceResult {
  scenario: string;
  started: number;
  committed: number;
  checks: Check[];
}

/** `n` `mtrack run` started at once in one repo: every one must commit, each with its own id. */
export async function parallelRuns(template: FaultWorkspace, env: NodeJS.ProcessEnv, n: number): Promise<RaceResult> {
  const ws = copyWorkspace(template);
  try {
    const before = committedRuns(ws, env);
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) => runMtrack(['run', '--intent', `parallel ${i + 1} of ${n}`], ws.expDir, env)),
    );
    const added = committedRuns(ws, env).filter((r) => !before.includes(r));
    const failed = results.filter((r) => r.code !== 0);
    const checks = [
      check(
        'every run exits 0',
        failed.length === 0,
        failed.map((r) => `exit ${r.code}: ${r.stderr.trim().split('\n').slice(0, 2).join(' / ')}`).join('\n'),
      ),
      check(`all ${n} runs committed`, added.length === n, `committed: [${added.join(', ')}]`),
      checkUniqueIds(ws, env),
      ...checkNoLeftovers(ws, env),
      ...checkFsck(ws, env, 'after the runs'),
      ...checkVerify(ws, env, false),
    ];
    return { scenario: `${n} parallel mtrack run`, started: n, committed: added.length, checks };
  } finally {
    rmSync(ws.root, { recursive: true, force: true });
  }
}

function shAsync(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(cmd, args, { cwd, env });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stderr.on('data', (d: Buffer) => chunks.push(d));
    child.on('close', (code) => resolve({ code, out: Buffer.concat(chunks).toString('utf8') }));
  });
}

/**
 * Three clones of one bare remote each commit two runs and push, at the same time, the way teammates would: with
 * `mtrack sync` before each push when the CLI has it, else `git pull --rebase` after a rejected push.
 */
export async function racingClones(template: FaultWorkspace, env: NodeJS.ProcessEnv): Promise<RaceResult> {
  const ws = copyWorkspace(template);
  try {
    const remote = join(ws.root, 'remote.git');
    git(ws.root, env, 'clone', '-q', '--bare', ws.expDir, remote);
    // `sync --help` exits 0 once the command exists; today's parser answers any unknown command with this text.
    const probe = mtrackSync(['sync', '--help'], ws.expDir, env);
    const hasSync = probe.code === 0 || !/Unknown command/.test(probe.stderr);
    const base = committedRuns(ws, env).length;
    const log: string[] = [];
    const clone = async (i: number) => {
      const dir = join(ws.root, `clone-${i}`);
      git(ws.root, env, 'clone', '-q', remote, dir);
      // As a teammate's `npm install` would (husky's prepare): the clone runs mtrack's hooks, pre-push included.
      const hooks = mtrackSync(['hooks', 'install'], dir, env);
      if (hooks.code !== 0) log.push(`clone-${i}: mtrack hooks install: ${tail(hooks.stdout + hooks.stderr, 2)}`);
      for (let r = 0; r < 2; r++) {
        const run = await runMtrack(['run', '--intent', `clone ${i} run ${r + 1}`], dir, env);
        if (run.code !== 0) log.push(`clone-${i} run ${r + 1}: ${tail(run.stdout + run.stderr, 3)}`);
      }
      for (let attempt = 0; attempt < 6; attempt++) {
        if (hasSync) await runMtrack(['sync'], dir, env);
        const push = await shAsync('git', ['push', '-q', 'origin', 'HEAD:main'], dir, env);
        if (push.code === 0) return;
        if (!hasSync) {
          const pull = await shAsync('git', ['pull', '-q', '--rebase', 'origin', 'main'], dir, env);
          if (pull.code !== 0) {
            await shAsync('git', ['rebase', '--abort'], dir, env);
            log.push(`clone-${i} attempt ${attempt + 1}: git pull --rebase failed: ${tail(pull.out, 2)}`);
          }
        }
      }
      log.push(`clone-${i}: not pushed after 6 attempts`);
    };
    await Promise.all([1, 2, 3].map(clone));
    const check_ = workspaceAt(ws.root);
    check_.expDir = join(ws.root, 'check');
    git(ws.root, env, 'clone', '-q', remote, check_.expDir);
    const runs = committedRuns(check_, env);
    const numbers = runs.map(runNumber);
    const checks = [
      check(
        'all 6 runs on the remote',
        runs.length === base + 6,
        `remote has ${runs.length - base} of 6\n${log.join('\n')}`,
      ),
      check(
        'ids distinct on the remote',
        new Set(numbers).size === numbers.length,
        `folders: ${runs.join(' ')}\n${log.join('\n')}`,
      ),
      ...checkVerify(check_, env, false),
    ];
    return {
      scenario: `3 clones pushing to one remote${hasSync ? ' (mtrack sync)' : ' (git pull --rebase)'}`,
      started: 6,
      committed: runs.length - base,
      checks,
    };
  } finally {
    rmSync(ws.root, { recursive: true, force: true });
  }
}

/** A user's staged edit and a staged tampered metrics.json stay staged and out of mtrack's commit. */
export async function stagedChange(template: FaultWorkspace, env: NodeJS.ProcessEnv): Promise<RaceResult> {
  const ws = copyWorkspace(template);
  try {
    const [e1] = committedRuns(ws, env);
    const metricsPath = `experiments/${e1}/metrics.json`;
    const original = readFileSync(join(ws.expDir, metricsPath), 'utf8');
    const tampered = original.replace(/"accuracy": ?[0-9.]+/, '"accuracy": 0.999');
    const readme = `${readFileSync(join(ws.expDir, 'README.md'), 'utf8')}\nA staged edit of the user's.\n`;
    writeFileSync(join(ws.expDir, 'README.md'), readme);
    writeFileSync(join(ws.expDir, metricsPath), tampered);
    git(ws.expDir, env, 'add', 'README.md', metricsPath);
    const run = await runMtrack(['run'], ws.expDir, env);
    const changed = sh('git', ['diff-tree', '--no-commit-id', '--name-only', '-r', 'HEAD~1', 'HEAD'], ws.expDir, env)
      .stdout.split('\n')
      .filter(Boolean);
    // mtrack's commit is the new run folder plus the runs index it regenerates (experiments/README.md), nothing else.
    const foreign = changed.filter(
      (p) =>
        p !== 'experiments/README.md' && (!/^experiments\/[^/]+__E\d+\//.test(p) || p.startsWith(`experiments/${e1}/`)),
    );
    const staged = (p: string) => sh('git', ['show', `:${p}`], ws.expDir, env).stdout;
    const checks = [
      check('mtrack run exits 0', run.code === 0, tail(`exit ${run.code}\n${run.stdout}${run.stderr}`)),
      check(
        "mtrack's commit holds only the new run folder and the runs index",
        foreign.length === 0,
        `also committed: ${foreign.join(' ')}`,
      ),
      check('the staged README edit is still staged', staged('README.md') === readme, 'README.md in the index changed'),
      check('the staged metrics.json is still staged', staged(metricsPath) === tampered, `${metricsPath} unstaged`),
      check(
        'E0001 metrics.json at HEAD untouched',
        sh('git', ['show', `HEAD:${metricsPath}`], ws.expDir, env).stdout === original,
        `HEAD:${metricsPath} differs from the original`,
      ),
    ];
    return { scenario: 'staged user change during mtrack run', started: 1, committed: run.code === 0 ? 1 : 0, checks };
  } finally {
    rmSync(ws.root, { recursive: true, force: true });
  }
}
