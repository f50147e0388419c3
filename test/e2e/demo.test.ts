import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { parse } from 'yaml';
import { schemaErrors, type SchemaName } from '../../src/adapters/schemas.js';
import { parseKeyValueLines } from '../../src/core/pointers.js';
import { mtrack } from '../helpers/cli.js';
import { cleanEnv } from '../helpers/git-fixture.js';
import { git } from '../helpers/git-remote.js';

jest.setTimeout(900_000);

let root: string;
let demo: ReturnType<typeof mtrack>;
const sha256sum = (cwd: string, file: string) =>
  `sha256:${execFileSync('sha256sum', [file], { cwd }).toString().split(' ')[0]}`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mtrack-demo-'));
  demo = mtrack(['demo', join(root, 'demo'), '--quick'], root);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const exp = () => join(root, 'demo', 'mtrack-exp');
const data = () => join(root, 'demo', 'mtrack-data');
const store = () => join(root, 'demo', 'ml-data-store');
const runs = () => readdirSync(join(exp(), 'experiments')).filter((n) => n.includes('__'));

test('the demo finishes, leaves both repos clean and prints the runs table', () => {
  expect(demo.stderr).not.toMatch(/internal error/);
  expect(demo.code).toBe(0);
  expect(demo.stdout).toMatch(/^\| run \| dataset \| learning_rate \| accuracy \| loss \|/m);
  expect(demo.stdout).toMatch(/^\| E0004 \| D0002 \| 0\.001 \| (\*\*)?0\.\d+/m);
  // compare E0001 E0004: the same config on D0001 and D0002, so the dataset change is the story.
  expect(demo.stdout).toMatch(/^\| accuracy ↑ \| 0\.\d+ \| 0\.\d+ \([-+±][\d.]+\) \|$/m);
  expect(demo.stdout).toMatch(/^ {2}train: 54000 -> 60000 \(\+6000; per class 0 \+\d+, 1 \+\d+, .*9 \+\d+\)$/m);
  expect(git(exp(), 'status', '--porcelain')).toBe('');
  expect(git(data(), 'status', '--porcelain')).toBe('');
});

test('at least three run folders are committed, E0001..E0004, the later ones after a committed scan change', () => {
  expect(runs().map((n) => n.slice(-5))).toEqual(['E0001', 'E0002', 'E0003', 'E0004']);
  const tracked = git(exp(), 'ls-files', 'experiments');
  for (const run of runs()) expect(tracked).toContain(`experiments/${run}/manifest.json`);
  const subjects = git(exp(), 'log', '--reverse', '--format=%s').trim().split('\n');
  const scanChange = subjects.findIndex((s) => s.startsWith('mtrack: scan'));
  expect(scanChange).toBeGreaterThan(subjects.findIndex((s) => s.startsWith('mtrack: E0001')));
  expect(scanChange).toBeLessThan(subjects.findIndex((s) => s.startsWith('mtrack: E0002')));
  const e2 = JSON.parse(readFileSync(join(exp(), 'experiments', runs()[1], 'manifest.json'), 'utf8'));
  expect(e2.inputs.scan.path).toBe('configs/scan.yaml');
  expect(git(exp(), 'show', `${e2.stamp.git_commit}:configs/scan.yaml`)).toContain('method: grid');
});

test('D0001 and D0002 are committed in the dataset-meta repo', () => {
  const tracked = git(data(), 'ls-files');
  for (const rev of ['D0001', 'D0002'])
    expect(tracked).toContain(`datasets/mnist/revisions/${rev}/dataset_manifest.json`);
});

test('mtrack verify --all exits 0 on the demo repo', () => {
  const r = mtrack(['verify', '--all'], exp());
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
});

test('every JSON file the demo wrote validates against schemas/', () => {
  const bySchema: [string, SchemaName][] = [
    ['models/baseline/model_ref.json', 'model_ref'],
    ['data/mnist/dataset.json', 'dataset_ref'],
  ];
  for (const run of runs()) {
    bySchema.push([`experiments/${run}/manifest.json`, 'manifest'], [`experiments/${run}/metrics.json`, 'metrics']);
  }
  for (const [file, schema] of bySchema)
    expect([file, schemaErrors(schema, JSON.parse(readFileSync(join(exp(), file), 'utf8')))]).toEqual([file, []]);
  for (const rev of ['D0001', 'D0002']) {
    const manifest = JSON.parse(
      readFileSync(join(data(), `datasets/mnist/revisions/${rev}/dataset_manifest.json`), 'utf8'),
    );
    expect(schemaErrors('dataset_manifest', manifest)).toEqual([]);
    expect(
      schemaErrors('checksums', JSON.parse(readFileSync(join(store(), `mnist/${rev}/checksums.json`), 'utf8'))),
    ).toEqual([]);
  }
  for (const run of runs()) {
    const dir = join(exp(), 'experiments', run);
    expect(
      schemaErrors(
        'dataset_pointer',
        parseKeyValueLines(readFileSync(join(dir, 'pointers/dataset_pointer.txt'), 'utf8'), 'p'),
      ),
    ).toEqual([]);
    expect(schemaErrors('config_resolved', parse(readFileSync(join(dir, 'config_resolved.yaml'), 'utf8')))).toEqual([]);
  }
});

test('every config_hash equals sha256sum of its config_resolved.yaml; artifacts match their pointers', () => {
  for (const run of runs()) {
    const dir = join(exp(), 'experiments', run);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.stamp.config_hash).toBe(sha256sum(dir, 'config_resolved.yaml'));
    expect(manifest.inputs.config.config_hash).toBe(manifest.stamp.config_hash);
    for (const line of readFileSync(join(dir, 'pointers/artifact_store.txt'), 'utf8').trim().split('\n')) {
      const [uri, hash] = line.split(/\s+/);
      expect(sha256sum(dir, uri)).toBe(hash);
    }
  }
});

test('every store file matches checksums.json by sha256sum', () => {
  for (const rev of ['D0001', 'D0002']) {
    const dir = join(store(), 'mnist', rev);
    const checksums = JSON.parse(readFileSync(join(dir, 'checksums.json'), 'utf8'));
    for (const [file, hash] of Object.entries(checksums.files)) expect(sha256sum(dir, file)).toBe(hash);
  }
});

test('no committed file of either repo names the demo folder; the store is recorded as ../ml-data-store', () => {
  for (const repo of [exp(), data()]) {
    const hits = spawnSync('git', ['grep', '-n', '-F', root], { cwd: repo, env: cleanEnv(), encoding: 'utf8' });
    expect({ repo, hits: hits.stdout }).toEqual({ repo, hits: '' });
  }
  const pointer = parseKeyValueLines(
    readFileSync(join(exp(), 'experiments', runs()[0], 'pointers/dataset_pointer.txt'), 'utf8'),
    'dataset_pointer.txt',
  );
  expect(pointer.data_store_root).toBe('../ml-data-store');
});

test('the hooks guard the demo repo: rewriting a committed metrics.json is refused by git commit', () => {
  const file = join(exp(), 'experiments', runs()[0], 'metrics.json');
  const original = readFileSync(file, 'utf8');
  execFileSync('bash', ['-c', `sed -i 's/"loss": /"loss": 0.0001, "x": /' '${file}'`]);
  let failed = false;
  try {
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@e', 'commit', '-qam', 'rewrite metrics'], {
      cwd: exp(),
      env: cleanEnv(),
      stdio: 'pipe',
    });
  } catch (error) {
    failed = true;
    expect(String((error as { stderr: Buffer }).stderr)).toMatch(/metrics\.json/);
  }
  expect(failed).toBe(true);
  expect(git(exp(), 'log', '-1', '--format=%s').trim()).toMatch(/^mtrack: E0004/);
  execFileSync('git', ['checkout', '--', '.'], { cwd: exp(), env: cleanEnv() });
  expect(readFileSync(file, 'utf8')).toBe(original);
});
