import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { encodeIdxImages, encodeIdxLabels } from '../../src/core/idx.js';
import { mtrack } from '../helpers/cli.js';
import { git } from '../helpers/git-remote.js';
import { outputSchemaErrors } from '../helpers/output-schema.js';

jest.setTimeout(120_000);

// A command trainer whose accuracy grows with the run number, so two runs differ by a known amount.
const TRAINER = `import { writeFileSync } from 'node:fs';
const accuracy = 0.5 + Number(process.env.MTRACK_EXPERIMENT_ID.slice(1)) / 10;
writeFileSync(process.env.MTRACK_METRICS_OUT, JSON.stringify({
  experiment_id: process.env.MTRACK_EXPERIMENT_ID,
  primary_metric: { name: 'accuracy', value: accuracy, goal: 'maximize' },
  loss: 1 - accuracy,
  eval: { accuracy, precision_macro: accuracy, recall_macro: accuracy },
  profiling: { latency_ms_p50: 1, latency_ms_p95: 2, device: 'cpu', backend: 'fixture' },
  history: [{ epoch: 1, loss: 1 - accuracy }],
}));
`;

let root: string;
let exp: string;

function tinySplit(count: number) {
  const labels = Uint8Array.from({ length: count }, (_, i) => i % 3);
  return { images: new Uint8Array(count * 4).fill(7), count, rows: 2, cols: 2, labels };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mtrack-runsum-'));
  expect(mtrack(['init', root], root).code).toBe(0);
  exp = join(root, 'mtrack-exp');
  expect(mtrack(['model', 'pin', 'lane99/resnet_mnist_digits', '--timeout-ms', '500'], exp).code).toBe(0);
  const idx = join(root, 'tiny');
  mkdirSync(idx);
  const [train, test] = [tinySplit(30), tinySplit(9)];
  writeFileSync(join(idx, 'train-images-idx3-ubyte'), encodeIdxImages(train));
  writeFileSync(join(idx, 'train-labels-idx1-ubyte'), encodeIdxLabels(train.labels));
  writeFileSync(join(idx, 't10k-images-idx3-ubyte'), encodeIdxImages(test));
  writeFileSync(join(idx, 't10k-labels-idx1-ubyte'), encodeIdxLabels(test.labels));
  expect(mtrack(['data', 'materialize', 'mnist', '--from', idx, '--holdback', '0.2'], exp).code).toBe(0);
  writeFileSync(join(root, 'trainer.mjs'), TRAINER);
  writeFileSync(
    join(exp, 'configs/fixture.yaml'),
    `trainer:\n  type: command\n  run: [${JSON.stringify(process.execPath)}, ${JSON.stringify(join(root, 'trainer.mjs'))}]\n`,
  );
  git(exp, 'add', 'configs/fixture.yaml');
  git(exp, 'commit', '-q', '--no-verify', '-m', 'fixture trainer config');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

test('mtrack run ends with its metrics and, for a later run, their change against the previous run', () => {
  const first = mtrack(['run', '--config', 'configs/fixture.yaml', '--intent', 'first'], exp);
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/^E0001 experiments\/\S+__E0001 committed [0-9a-f]{12}\n/);
  expect(first.stdout).toContain('E0001 on D0001: accuracy 0.6\n  loss 0.4, latency_ms_p50 1, precision_macro 0.6');
  expect(first.stdout).toContain('  no earlier run to compare with\n');

  const second = mtrack(['run', '--config', 'configs/fixture.yaml', '--json'], exp);
  expect(second.code).toBe(0);
  const summary = JSON.parse(second.stdout);
  expect(outputSchemaErrors('run_output', summary)).toEqual([]);
  expect(summary).toMatchObject({ experiment_id: 'E0002', reference: 'E0001', status: 'ok', dataset: 'D0001' });
  expect(summary.metrics[0].name).toBe('accuracy');
  expect(summary.metrics[0].delta).toBeCloseTo(0.1, 12);
});

test('data verify --json lists each verified revision, valid against its schema', () => {
  const r = mtrack(['data', 'verify', '--json'], exp);
  expect(r.code).toBe(0);
  const data = JSON.parse(r.stdout);
  expect(outputSchemaErrors('data_verify_output', data)).toEqual([]);
  // Six files: images and labels of train, test and heldout_new.
  expect(data).toEqual({ dataset: 'mnist', ok: true, revisions: [{ revision: 'D0001', ok: true, files: 6 }] });
});
