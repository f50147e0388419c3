import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from '../helpers/git-fixture.js';

const HOOK = resolve('hooks/format-configs');

function formatConfigs(files: Record<string, string>) {
  const dir = tempDir('mtrack-format-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const r = spawnSync(process.execPath, [HOOK, ...Object.keys(files)], { cwd: dir, encoding: 'utf8' });
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return { code: r.status, stderr: r.stderr, read };
}

test('re-indents staged baseline and scan configs, keeping comments, and accepts them', () => {
  const r = formatConfigs({
    'baseline.yaml': '# why\nepochs: 2\narchitecture:\n    type: resnet   # conv\n    width: 16\n',
    'scan.yaml': 'scan:\n    method: grid\n    parameters:\n        dropout:\n            values: [0.0, 0.1]\n',
  });

  expect(r).toMatchObject({ code: 0, stderr: '' });
  expect(r.read('baseline.yaml')).toBe('# why\nepochs: 2\narchitecture:\n  type: resnet # conv\n  width: 16\n');
  expect(r.read('scan.yaml')).toBe('scan:\n  method: grid\n  parameters:\n    dropout:\n      values: [ 0.0, 0.1 ]\n');
});

test('refuses a scan config that breaks its schema and a YAML error, naming file and position', () => {
  const schema = formatConfigs({ 'scan.yaml': 'scan:\n  method: sideways\n  parameters: {}\n' });
  expect(schema.code).toBe(2);
  expect(schema.stderr).toMatch(/^mtrack: scan\.yaml:2:\d+ scan\.method/);

  const broken = 'epochs: [2\nseed: 1\n';
  const yaml = formatConfigs({ 'baseline.yaml': broken });
  expect(yaml.code).toBe(2);
  expect(yaml.stderr).toMatch(/^mtrack: baseline\.yaml:\d+:\d+ /);
  expect(yaml.read('baseline.yaml')).toBe(broken);
});
