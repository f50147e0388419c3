import { jest } from '@jest/globals';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sha256 } from '../../src/core/hash.js';
import { runFileHashes } from '../../src/core/run-files.js';
import { installHooks } from '../../src/app/setup/hooks-install.js';
import { readCommittedManifest } from '../../src/app/data/dataset-meta.js';
import { mtrack } from '../helpers/cli.js';
import { commitFiles } from '../helpers/git-fixture.js';
import {
  datasetManifest,
  makeRunFolder,
  makeWorkspace,
  runFiles,
  type RunSpec,
  type WorkspaceFixture,
} from '../helpers/run-fixture.js';

jest.setTimeout(60_000);

const MSG = (ids: string) => `mtrack: ${ids} mnist resnet_mnist_digits — e2e`;
const E1 = '2026-02-08__mnist__resnet_mnist_digits__E0001';
const E2 = '2026-02-08__mnist__resnet_mnist_digits__E0002';

type Files = Record<string, string | Uint8Array>;

async function workspaceWithRun(): Promise<WorkspaceFixture> {
  const ws = makeWorkspace();
  await installHooks(ws.exp.dir);
  commitFiles(ws.exp, { '.gitignore': 'node_modules/\n' }, 'hooks');
  commitFiles(ws.exp, runFiles(makeRunFolder({ n: 1, metaCommit: ws.metaCommit, commit: ws.expCommit })), MSG('E0001'));
  return ws;
}

/** A run folder's files after `edit`; with `rehash`, manifest `files` is recomputed as a careful forger would. */
function forged(ws: WorkspaceFixture, edit: (f: Files) => void, rehash: boolean, spec: Partial<RunSpec> = {}): Files {
  const run = makeRunFolder({ n: 2, metaCommit: ws.metaCommit, commit: ws.expCommit, ...spec });
  edit(run.files);
  if (rehash) {
    const manifest = JSON.parse(String(run.files['manifest.json']));
    manifest.files = runFileHashes(Object.fromEntries(Object.entries(run.files).map(([r, c]) => [r, sha256(c)])));
    run.files['manifest.json'] = JSON.stringify(manifest, null, 2) + '\n';
  }
  return runFiles(run);
}

const replaceIn = (f: Files, rel: string, from: string | RegExp, to: string) =>
  (f[rel] = String(f[rel]).replace(from, to));

interface Forgery {
  name: string;
  /** Writes the forgery into the experiment repo's work tree (not staged). */
  plant(ws: WorkspaceFixture): void;
  /** The start of the line both the hook and `verify --all` must print. */
  line: string;
}

const write = (ws: WorkspaceFixture, files: Files) => {
  for (const [path, content] of Object.entries(files)) ws.exp.write(path, content);
};

const FORGERIES: Forgery[] = [
  {
    name: 'an edited accuracy in metrics.json',
    plant: (ws) =>
      write(
        ws,
        forged(ws, (f) => replaceIn(f, 'metrics.json', '"value": 0.9', '"value": 0.99'), false),
      ),
    line: `mtrack: [file-hash] experiments/${E2}/metrics.json: has sha256 'sha256:`,
  },
  {
    name: 'a replaced weights.bin',
    plant: (ws) =>
      write(
        ws,
        forged(ws, (f) => (f['artifacts/model/weights.bin'] = 'other weights'), false),
      ),
    line: `mtrack: [file-hash] experiments/${E2}/artifacts/model/weights.bin: has sha256 'sha256:`,
  },
  {
    name: 'a file:///etc/passwd line in artifact_store.txt',
    plant: (ws) =>
      write(
        ws,
        forged(ws, (f) => (f['pointers/artifact_store.txt'] += `file:///etc/passwd  ${sha256('x')}\n`), true),
      ),
    line: `mtrack: [artifact-store] experiments/${E2}/pointers/artifact_store.txt: line 2: 'file:///etc/passwd' is outside every configured store`,
  },
  {
    name: 'a ../../../../etc/passwd artifact key',
    plant: (ws) =>
      write(
        ws,
        forged(ws, (f) => (f['pointers/artifact_store.txt'] += `../../../../etc/passwd  ${sha256('x')}\n`), true),
      ),
    line: `mtrack: [unsafe-path] experiments/${E2}/pointers/artifact_store.txt: line 2: uri '../../../../etc/passwd' climbs out of its root`,
  },
  {
    name: 'a ../../../../etc/passwd key in manifest outputs.artifacts',
    plant: (ws) =>
      write(
        ws,
        forged(ws, () => undefined, true, {
          editManifest: (m) => (m.outputs.artifacts['../../../../etc/passwd'] = sha256('x')),
        }),
      ),
    line: `mtrack: [unsafe-path] experiments/${E2}/manifest.json: outputs.artifacts key '../../../../etc/passwd' climbs out`,
  },
  {
    name: 'weights.bin as a symbolic link to /etc/passwd',
    plant: (ws) => {
      write(
        ws,
        forged(ws, () => undefined, false),
      );
      const path = join(ws.exp.dir, `experiments/${E2}/artifacts/model/weights.bin`);
      rmSync(path);
      symlinkSync('/etc/passwd', path);
    },
    line: `mtrack: [symlink] experiments/${E2}/artifacts/model/weights.bin: is a symbolic link (git mode 120000)`,
  },
  {
    name: 'a whole run folder as a symbolic link to /etc',
    plant: (ws) => symlinkSync('/etc', join(ws.exp.dir, `experiments/${E2}`)),
    line: `mtrack: [symlink] experiments/${E2}: is a symbolic link (git mode 120000)`,
  },
  {
    name: 'pointer and manifest relative_path=../../../../etc',
    plant: (ws) =>
      write(
        ws,
        forged(
          ws,
          (f) => replaceIn(f, 'pointers/dataset_pointer.txt', /relative_path=.*/, 'relative_path=../../../../etc'),
          true,
          {
            editManifest: (m) => (m.inputs.dataset.store.relative_path = '../../../../etc'),
          },
        ),
      ),
    line: `mtrack: [unsafe-path] experiments/${E2}/pointers/dataset_pointer.txt: relative_path '../../../../etc' climbs out`,
  },
  {
    name: 'a folder …__E00001 beside E0001',
    plant: (ws) => {
      const run = makeRunFolder({ n: 1, metaCommit: ws.metaCommit, commit: ws.expCommit });
      write(ws, runFiles({ ...run, folder: run.folder.replace('E0001', 'E00001') }));
    },
    line: `mtrack: [folder-name] experiments/${E1.replace('E0001', 'E00001')}/: '${E1.replace('E0001', 'E00001')}' is not a run folder name`,
  },
  {
    name: 'an extra unlisted file in a run folder',
    plant: (ws) => write(ws, { ...forged(ws, () => undefined, false), [`experiments/${E2}/artifacts/extra.bin`]: 'x' }),
    line: `mtrack: [file-hash] experiments/${E2}/artifacts/extra.bin: is not listed in manifest.json files`,
  },
];

/**
 * Matches the violation line `mtrack: [rule] path: message…`; verify names the commit after the
 * path (`path @<12 hex>: …`), the hook does not.
 */
function lineOf(line: string): RegExp {
  const split = line.indexOf(': ', 'mtrack: '.length);
  const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${esc(line.slice(0, split))}( @[0-9a-f]{12})?: ${esc(line.slice(split + 2))}`, 'm');
}

/** Stages everything, tries `git commit` through the hooks; returns git's stderr and whether HEAD moved. */
function commitThroughHook(ws: WorkspaceFixture, message: string) {
  ws.exp.git('add', '-A');
  const before = ws.exp.head();
  const result = ws.exp.tryGit(['commit', '-m', message]);
  return { stderr: result.stderr, moved: ws.exp.head() !== before };
}

describe.each(FORGERIES)('$name', ({ plant, line }) => {
  test('is refused by the pre-commit hook and by `mtrack verify --all` after a --no-verify commit', async () => {
    const ws = await workspaceWithRun();
    plant(ws);
    const hook = commitThroughHook(ws, MSG('E0002'));
    expect(hook.moved).toBe(false);
    expect(hook.stderr).toMatch(lineOf(line));

    ws.exp.git('commit', '-q', '--no-verify', '-m', MSG('E0002'));
    const verify = mtrack(['verify', '--all'], ws.exp.dir);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toMatch(lineOf(line));
  });
});

test('a legitimate run passes the hooks and `mtrack verify --all`', async () => {
  const ws = await workspaceWithRun();
  write(ws, runFiles(makeRunFolder({ n: 2, metaCommit: ws.metaCommit, commit: ws.expCommit })));
  const hook = commitThroughHook(ws, MSG('E0002'));
  expect(hook.stderr).not.toContain('mtrack:');
  expect(hook.moved).toBe(true);
  const verify = mtrack(['verify', '--all'], ws.exp.dir);
  expect(verify.stderr).toBe('');
  expect(verify.code).toBe(0);
});

test('an external artifact in the configured store is re-hashed by the hook and by verify --all', async () => {
  const ws = await workspaceWithRun();
  const file = join(ws.root, 'ml-data-store', 'artifacts', 'E0002', 'big.bin');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, 'big weights');
  const uri = `file://${file}`;
  write(
    ws,
    forged(ws, (f) => (f['pointers/artifact_store.txt'] += `${uri}  ${sha256('big weights')}\n`), true),
  );
  const ok = commitThroughHook(ws, MSG('E0002'));
  expect(ok.stderr).not.toContain('mtrack:');
  expect(ok.moved).toBe(true);
  expect(mtrack(['verify', '--all'], ws.exp.dir).code).toBe(0);

  writeFileSync(file, 'other weights');
  const verify = mtrack(['verify', '--all'], ws.exp.dir);
  expect(verify.code).toBe(1);
  expect(verify.stderr).toMatch(
    lineOf(`mtrack: [file-hash] experiments/${E2}/pointers/artifact_store.txt: line 2: '${uri}' has sha256 'sha256:`),
  );
});

describe('the dataset-meta repo', () => {
  const D2 = 'datasets/mnist/revisions/D0002/dataset_manifest.json';
  const escaping = () => {
    const manifest = datasetManifest('D0002') as { materialization: { relative_path: string } };
    manifest.materialization.relative_path = '../../../../etc';
    return JSON.stringify(manifest, null, 2) + '\n';
  };

  test('a revision whose relative_path leaves the store is refused by its hook, verify --all, data verify and run', async () => {
    const ws = await workspaceWithRun();
    ws.data.write(D2, escaping());
    ws.data.git('add', '-A');
    const hook = ws.data.tryGit(['commit', '-m', 'mtrack: D0002 mnist']);
    expect(hook.status).not.toBe(0);
    const line = `mtrack: [unsafe-path] ${D2}: materialization.relative_path '../../../../etc' climbs out of its root`;
    expect(hook.stderr).toMatch(lineOf(line));

    ws.data.git('commit', '-q', '--no-verify', '-m', 'mtrack: D0002 mnist');
    const verify = mtrack(['verify', '--all'], ws.exp.dir);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toMatch(lineOf(line));

    const dataVerify = mtrack(['data', 'verify', 'mnist', 'D0002'], ws.exp.dir);
    expect(dataVerify.code).toBe(2);
    expect(dataVerify.stderr).toMatch(/^mtrack: .*dataset_manifest\.json.*materialization\.relative_path/);
    expect(dataVerify.stderr.trim().split('\n')).toHaveLength(1);
    // `mtrack run` reads the revision through this before touching the store or training.
    await expect(readCommittedManifest(ws.data.dir, 'mnist', 'D0002')).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });

  test('a symbolic link in a revision is refused by its hook and by verify --all', async () => {
    const ws = await workspaceWithRun();
    symlinkSync('/etc/passwd', join(ws.data.dir, 'datasets/mnist/revisions/D0002'));
    ws.data.git('add', '-A');
    const hook = ws.data.tryGit(['commit', '-m', 'mtrack: D0002 mnist']);
    expect(hook.status).not.toBe(0);
    const line = 'mtrack: [symlink] datasets/mnist/revisions/D0002: is a symbolic link (git mode 120000)';
    expect(hook.stderr).toMatch(lineOf(line));

    ws.data.git('commit', '-q', '--no-verify', '-m', 'mtrack: D0002 mnist');
    const verify = mtrack(['verify', '--all'], ws.exp.dir);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toMatch(lineOf(line));
  });
});
