// Shared by the benchmarks: an experiment repo of N committed runs built with one `git fast-import` stream.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cleanEnv, commitFiles, initRepo, type TempRepo } from '../test/helpers/git-fixture.js';
import { datasetManifest, makeRunFolder, runFiles } from '../test/helpers/run-fixture.js';

export const runMessage = (n: number) => `mtrack: E${String(n).padStart(4, '0')} mnist resnet_mnist_digits — bench`;

export function git(cwd: string, args: string[], input?: string): string {
  const r = spawnSync('git', args, { cwd, env: cleanEnv(), input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** One fast-import stream: a commit per run (numbers from..to), each adding its whole folder stamped `commit`. */
export function historyStream(metaCommit: string, from: number, to: number, commit?: string): string {
  const parts: string[] = [];
  for (let n = from; n <= to; n++) {
    const files = runFiles(makeRunFolder({ n, metaCommit, commit }));
    const message = runMessage(n);
    parts.push(
      `commit refs/heads/main\ncommitter Bench <bench@example.com> ${1_770_000_000 + n} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n`,
    );
    if (n === from) parts.push('from refs/heads/main^0\n');
    for (const [path, content] of Object.entries(files)) {
      const bytes = Buffer.from(content);
      parts.push(`M 100644 inline ${path}\ndata ${bytes.length}\n${bytes.toString('latin1')}\n`);
    }
  }
  return parts.join('');
}

/** A dataset-meta repo with D0001 and an experiment repo with `runs` committed runs, side by side in `root`. */
export function buildHistory(root: string, runs: number): { exp: TempRepo; metaCommit: string; expCommit: string } {
  const data = initRepo(join(root, 'mtrack-data'));
  const metaCommit = commitFiles(
    data,
    { 'datasets/mnist/revisions/D0001/dataset_manifest.json': JSON.stringify(datasetManifest('D0001')) },
    'D0001',
  );
  const exp = initRepo(join(root, 'mtrack-exp'));
  const expCommit = commitFiles(
    exp,
    {
      'mtrack.yaml':
        'version: 1\ndataset_meta_repo: ../mtrack-data\ndataset_store:\n  type: local_fs\n  root: ../ml-data-store\ndefault_dataset: mnist\n',
      'experiments/README.md': '# Runs\n',
      '.gitignore': 'node_modules/\n',
    },
    'init',
  );
  for (let from = 1; from <= runs; from += 2000)
    git(exp.dir, ['fast-import', '--quiet'], historyStream(metaCommit, from, Math.min(runs, from + 1999), expCommit));
  git(exp.dir, ['reset', '-q', '--hard', 'main']);
  return { exp, metaCommit, expCommit };
}
