import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { jest } from '@jest/globals';
import { encodeIdxImages, encodeIdxLabels } from '../../src/core/idx.js';
import { mtrack } from '../helpers/cli.js';
import { git } from '../helpers/git-remote.js';
import { BAD_INPUTS, type BadInput } from './bad-inputs.js';

jest.setTimeout(120_000);

let root: string;
let exp: string;
let data: string;
let store: string;

/** MNIST-style IDX files of 2 train and 2 test 2x2 images; `trainLabels` lets a test put a label out of range. */
function writeIdxFolder(dir: string, trainLabels: number[]): void {
  mkdirSync(dir, { recursive: true });
  const images = { images: new Uint8Array(8), count: 2, rows: 2, cols: 2 };
  writeFileSync(join(dir, 'train-images-idx3-ubyte'), encodeIdxImages(images));
  writeFileSync(join(dir, 'train-labels-idx1-ubyte'), encodeIdxLabels(Uint8Array.from(trainLabels)));
  writeFileSync(join(dir, 't10k-images-idx3-ubyte'), encodeIdxImages(images));
  writeFileSync(join(dir, 't10k-labels-idx1-ubyte'), encodeIdxLabels(Uint8Array.from([0, 1])));
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mtrack-cli-'));
  expect(mtrack(['init', root], root).code).toBe(0);
  exp = join(root, 'mtrack-exp');
  data = join(root, 'mtrack-data');
  store = join(root, 'ml-data-store');
  expect(mtrack(['model', 'pin', 'lane99/resnet_mnist_digits', '--timeout-ms', '1000'], exp).code).toBe(0);
  expect(mtrack(['data', 'materialize', 'mnist'], exp).code).toBe(0);
  writeIdxFolder(join(root, 'idx-bad-label'), [3, 200]);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Everything a command could write: both repos (tree, index, refs), the run folders, the store, the staging area. */
function snapshot() {
  const repo = (dir: string) => ({
    status: git(dir, 'status', '--porcelain', '--untracked-files=all'),
    refs: git(dir, 'for-each-ref', '--format=%(refname) %(objectname)'),
  });
  const list = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).sort() : []);
  return { exp: repo(exp), data: repo(data), experiments: list(join(exp, 'experiments')), store: list(store) };
}

function expectOneLineError(r: { code: number | null; stderr: string }, code: number, pattern: RegExp) {
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toMatch(/internal error/);
  const lines = r.stderr
    .trim()
    .split('\n')
    .filter((l) => !l.startsWith('  hint:'));
  expect(lines).toEqual([expect.stringMatching(pattern)]);
  expect(r.code).toBe(code);
}

/** Writes a case's files (relative to the experiment repo), and returns how to put the repo back. */
function arrange(c: BadInput): () => void {
  const written = Object.entries(c.files ?? {});
  for (const [path, text] of written) {
    mkdirSync(dirname(join(exp, path)), { recursive: true });
    writeFileSync(join(exp, path), typeof text === 'string' ? text : text(readFileSync(join(exp, path), 'utf8')));
  }
  for (const [path, target] of Object.entries(c.symlinks ?? {})) symlinkSync(target, join(exp, path));
  return () => {
    for (const path of [...written.map(([p]) => p), ...Object.keys(c.symlinks ?? {})]) {
      const tracked = git(exp, 'ls-files', '--', path) !== '';
      if (tracked) git(exp, 'checkout', '--', path);
      else rmSync(join(exp, path), { force: true });
    }
  };
}

describe('every bad input: exit 2, one line naming file/flag and field, no stack, nothing written', () => {
  test.each(BAD_INPUTS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const restore = arrange(c);
    try {
      const before = snapshot();
      const args = c.args.map((a) => a.replace('{root}', root).replace('{exp}', exp));
      expectOneLineError(mtrack(args, exp), 2, c.error);
      expect(snapshot()).toEqual(before);
      expect(existsSync(join(exp, '.mtrack', 'staging'))).toBe(false);
    } finally {
      restore();
    }
  });

  test(`the table covers ${BAD_INPUTS.length} bad inputs`, () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(50);
  });
});

test('an unknown flag names the command and the flag', () => {
  expectOneLineError(mtrack(['run', '--bogus'], exp), 2, /mtrack run: .*--bogus/);
});

test('outside an experiment repo, run says where it looked', () => {
  expectOneLineError(mtrack(['run'], root), 2, /No mtrack\.yaml found in/);
});

test('a config with an unknown key names file, line, column and key, and writes nothing', () => {
  const path = join(exp, 'configs', 'typo.yaml');
  writeFileSync(path, 'seed: 1\nlearnin_rate: 0.1\n');
  try {
    expectOneLineError(
      mtrack(['run', '--config', 'configs/typo.yaml'], exp),
      2,
      /^mtrack: configs\/typo\.yaml:2:1 learnin_rate: unknown key$/,
    );
    expect(readdirSync(join(exp, 'experiments'))).toEqual(['README.md']);
  } finally {
    rmSync(path);
  }
});

test('a missing dataset revision is named with the known ones', () => {
  const r = mtrack(['run', '--dataset', 'D0042'], exp);
  expectOneLineError(r, 2, /dataset revision 'D0042' is not committed/);
  expect(r.stderr).toMatch(/Known revisions: D0001/);
});

test('a store whose bytes changed fails data verify with exit 1', () => {
  const file = join(store, 'mnist', 'D0001', 'test', 'labels-idx1-ubyte');
  const original = readFileSync(file);
  const changed = Buffer.from(original);
  changed[50] ^= 1;
  chmodSync(file, 0o644);
  writeFileSync(file, changed);
  try {
    expectOneLineError(
      mtrack(['data', 'verify'], exp),
      1,
      /mnist D0001: store bytes do not match: test\/labels-idx1-ubyte: expected sha256:/,
    );
  } finally {
    writeFileSync(file, original);
  }
  expect(mtrack(['data', 'verify'], exp).code).toBe(0);
});

test('the repos stay clean after refused commands', () => {
  expect(git(exp, 'status', '--porcelain')).toBe('');
  expect(git(data, 'status', '--porcelain')).toBe('');
  expect(git(data, 'log', '--format=%s')).not.toMatch(/cifar|fashion/);
});

// Last in the file: it commits a run, and the tests above expect none.
test('a diverging run stops at the first NaN loss, is committed as a failed run, exits 1 and says why in its last line', () => {
  // Within every bound, yet decoupled decay of 1 - 10 * 1 flips and grows the weights 9-fold each step.
  const sets = ['max_train_examples=200', 'epochs=1', 'batch_size=8', 'optimizer=sgd', 'learning_rate=10'];
  sets.push('weight_decay=1', 'architecture.width=2', 'architecture.blocks=0');
  const r = mtrack(['run', ...sets.flatMap((s) => ['--set', s])], exp);

  expect(r.code).toBe(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr.trim().split('\n').pop()).toMatch(
    /^mtrack: E\d{4} failed: training diverged: loss is NaN at epoch 1 \(step \d+\); lower learning_rate \(10\)$/,
  );
  const folder = /^(E\d{4}) (experiments\/\S+)/.exec(r.stdout)![2];
  const metrics = JSON.parse(readFileSync(join(exp, folder, 'metrics.json'), 'utf8'));
  expect(metrics).toMatchObject({ status: 'failed', history: [] });
  expect(metrics.failure.reason).toMatch(/^training diverged: loss is NaN at epoch 1 /);
  expect(git(exp, 'log', '-1', '--format=%s', '--', folder)).not.toBe('');
  expect(git(exp, 'status', '--porcelain')).toBe('');
  expect(existsSync(join(exp, '.mtrack', 'staging'))).toBe(false);
});
