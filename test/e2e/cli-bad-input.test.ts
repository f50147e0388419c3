import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { mtrack } from '../helpers/cli.js';
import { git } from '../helpers/git-remote.js';

jest.setTimeout(120_000);

let root: string;
let exp: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mtrack-cli-'));
  expect(mtrack(['init', root], root).code).toBe(0);
  exp = join(root, 'mtrack-exp');
  expect(mtrack(['model', 'pin', 'lane99/resnet_mnist_digits', '--timeout-ms', '1000'], exp).code).toBe(0);
  expect(mtrack(['data', 'materialize', 'mnist'], exp).code).toBe(0);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function expectOneLineError(r: { code: number | null; stderr: string }, code: number, pattern: RegExp) {
  expect(r.code).toBe(code);
  const lines = r.stderr
    .trim()
    .split('\n')
    .filter((l) => !l.startsWith('  hint:'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

test('an unknown command is a usage error', () => {
  expectOneLineError(mtrack(['frobnicate'], exp), 2, /Unknown command 'frobnicate'/);
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
    expect(existsSync(join(exp, '.mtrack'))).toBe(false);
  } finally {
    rmSync(path);
  }
});

test('a wrongly typed value is refused with its path', () => {
  writeFileSync(join(exp, 'configs', 'bad.yaml'), 'architecture:\n  type: resnet\n  width: wide\n');
  try {
    expectOneLineError(
      mtrack(['run', '--config', 'configs/bad.yaml'], exp),
      2,
      /configs\/bad\.yaml:3:10 architecture\.width: must be integer/,
    );
  } finally {
    rmSync(join(exp, 'configs', 'bad.yaml'));
  }
});

test('a missing dataset revision is named with the known ones', () => {
  const r = mtrack(['run', '--dataset', 'D0042'], exp);
  expectOneLineError(r, 2, /dataset revision 'D0042' is not committed/);
  expect(r.stderr).toMatch(/Known revisions: D0001/);
});

test('a malformed revision id is refused', () => {
  expectOneLineError(mtrack(['run', '--dataset', '42'], exp), 2, /Invalid dataset revision '42'\. Expected D####/);
});

test('a store whose bytes changed fails data verify with exit 1', () => {
  const file = join(root, 'ml-data-store', 'mnist', 'D0001', 'test', 'labels-idx1-ubyte');
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
});
