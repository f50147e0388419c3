import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MTRACK_BIN } from '../helpers/cli.js';
import { cleanEnv, tempDir } from '../helpers/git-fixture.js';

/** The three places `mtrack init` lays out, under one root so a copy of the root is a whole workspace. */
export interface FaultWorkspace {
  root: string;
  expDir: string;
  dataDir: string;
  storeDir: string;
}

// A command trainer that finishes in well under a second, so a kill can land in every phase of a run.
const TINY_TRAINER = `import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const e = process.env;
const seed = Number(e.MTRACK_SEED);
const lr = Number(/^learning_rate: (.+)$/m.exec(readFileSync(e.MTRACK_CONFIG, 'utf8'))?.[1] ?? 0);
mkdirSync(e.MTRACK_ARTIFACTS_DIR, { recursive: true });
writeFileSync(join(e.MTRACK_ARTIFACTS_DIR, 'weights.bin'), Buffer.alloc(4096, seed % 251));
const acc = 0.5 + (seed % 100) / 1000 + lr;
writeFileSync(e.MTRACK_METRICS_OUT, JSON.stringify({
  experiment_id: e.MTRACK_EXPERIMENT_ID,
  primary_metric: { name: 'accuracy', value: acc, goal: 'maximize' },
  loss: 1 - acc,
  eval: { accuracy: acc, precision_macro: acc, recall_macro: acc, examples: 10 },
  profiling: { latency_ms_p50: 1, latency_ms_p95: 2, device: 'cpu', backend: 'tiny' },
  train: { examples: 10, epochs: 1 },
  history: [{ epoch: 1, loss: 1 - acc }],
}));
`;

const TINY_BASELINE = `seed: 7
epochs: 1
learning_rate: 0.002
trainer:
  type: command
  run: [node, trainer/tiny.mjs]
`;

const TWO_TRIAL_SCAN = `scan:
  method: grid
  seed: 1
  parameters:
    learning_rate:
      values: [0.001, 0.003]
`;

/** A HOME with its own .gitconfig: a known identity, unsigned commits, and nothing from the machine's config. */
export function faultHome(): string {
  const home = tempDir('mtrack-faults-home-');
  writeFileSync(
    join(home, '.gitconfig'),
    '[user]\n\tname = Fault Suite\n\temail = faults@example.com\n[commit]\n\tgpgSign = false\n[init]\n\tdefaultBranch = main\n',
  );
  return home;
}

/** The environment every process of the suite runs with (mtrack, git): no GIT_*, the suite's HOME, no hub. */
export function faultEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return cleanEnv({ HOME: home, HF_ENDPOINT: 'http://127.0.0.1:1', ...extra });
}

export function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

export function git(cwd: string, env: NodeJS.ProcessEnv, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function mtrackSync(args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  return sh(process.execPath, [MTRACK_BIN, ...args], cwd, env);
}

function must(r: { code: number | null; stdout: string; stderr: string }, what: string): void {
  if (r.code !== 0) throw new Error(`fault fixture: ${what} exited ${r.code}\n${r.stdout}\n${r.stderr}`);
}

/** Builds the workspace with the CLI: init, MNIST D0001, model pinned offline, tiny configs, one run E0001. */
export function buildTemplate(env: NodeJS.ProcessEnv): FaultWorkspace {
  const root = tempDir('mtrack-faults-template-');
  must(mtrackSync(['init', root], root, env), 'mtrack init');
  const ws = workspaceAt(root);
  must(mtrackSync(['data', 'materialize', 'mnist'], ws.expDir, env), 'mtrack data materialize');
  must(
    mtrackSync(
      ['model', 'pin', 'lane99/resnet_mnist_digits', '--endpoint', 'http://127.0.0.1:1', '--timeout-ms', '500'],
      ws.expDir,
      env,
    ),
    'mtrack model pin',
  );
  mkdirSync(join(ws.expDir, 'trainer'), { recursive: true });
  writeFileSync(join(ws.expDir, 'trainer', 'tiny.mjs'), TINY_TRAINER);
  writeFileSync(join(ws.expDir, 'configs', 'baseline.yaml'), TINY_BASELINE);
  writeFileSync(join(ws.expDir, 'configs', 'scan.yaml'), TWO_TRIAL_SCAN);
  git(ws.expDir, env, 'add', 'trainer', 'configs');
  git(ws.expDir, env, 'commit', '-q', '-m', 'tiny command trainer and a two-trial scan');
  must(mtrackSync(['run'], ws.expDir, env), 'mtrack run (E0001)');
  return ws;
}

export function workspaceAt(root: string): FaultWorkspace {
  return {
    root,
    expDir: join(root, 'mtrack-exp'),
    dataDir: join(root, 'mtrack-data'),
    storeDir: join(root, 'ml-data-store'),
  };
}

/** A fresh copy of the template (`cp -a`: modes and hook stubs kept), one per trial. */
export function copyWorkspace(template: FaultWorkspace): FaultWorkspace {
  const root = tempDir('mtrack-faults-');
  execFileSync('cp', ['-a', `${template.root}/.`, root]);
  return workspaceAt(root);
}

/** Run folder names committed at HEAD. */
export function committedRuns(ws: FaultWorkspace, env: NodeJS.ProcessEnv): string[] {
  return git(ws.expDir, env, 'ls-tree', '--name-only', 'HEAD', 'experiments/')
    .split('\n')
    .map((l) => l.slice('experiments/'.length))
    .filter((l) => /__E\d+$/.test(l));
}

/** Dataset revisions committed at HEAD of the dataset-meta repo. */
export function committedRevisions(ws: FaultWorkspace, env: NodeJS.ProcessEnv): string[] {
  return git(ws.dataDir, env, 'ls-tree', '-d', '--name-only', 'HEAD', 'datasets/mnist/revisions/')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('/').pop() as string);
}

export function storeRevisions(ws: FaultWorkspace): string[] {
  const dir = join(ws.storeDir, 'mnist');
  return existsSync(dir) ? readdirSync(dir).filter((n) => /^D\d+$/.test(n)) : [];
}

export const runNumber = (folder: string): number => Number(/__E(\d+)$/.exec(folder)?.[1] ?? NaN);
