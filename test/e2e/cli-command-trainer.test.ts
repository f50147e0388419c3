import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { mtrack } from '../helpers/cli.js';
import { commandWorkspace, SYNTHETIC } from '../helpers/command-workspace.js';
import type { Workspace } from '../../src/app/setup/workspace.js';
import { commitPaths } from '../../src/adapters/git/index.js';

jest.setTimeout(120_000);

let root: string;
let ws: Workspace;

beforeAll(async () => {
  ({ root, ws } = await commandWorkspace('mtrack-cli-cmd-'));
  // A W&B sweep as a user has it, with the script's own (dotted, hyphenated) parameter names.
  writeFileSync(
    join(root, 'sweep.yaml'),
    [
      `program: ${JSON.stringify(SYNTHETIC)}`,
      `command: [${JSON.stringify(process.execPath)}, "\${program}", "\${args}"]`,
      'method: grid',
      'metric: {name: val_loss, goal: minimize}',
      'parameters:',
      '  optimizer.lr: {values: [0.1, 1e-5]}',
      '  warmup-steps: {value: 0.0}',
      '  mode: {value: exit}',
      '',
    ].join('\n'),
  );
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

test('import-wandb keeps program and command; scan resolve --json shows each trial as the argv W&B would run', async () => {
  const imported = mtrack(['scan', 'import-wandb', '../sweep.yaml', '--out', 'configs/wandb.yaml'], ws.expDir);
  expect(imported.code).toBe(0);
  expect(imported.stderr).toContain("note: parameters.optimizer.lr: '1e-5' is a string to W&B's YAML 1.1 loader");
  await commitPaths(ws.expDir, ['configs/wandb.yaml'], 'mtrack: scan — imported W&B sweep');

  const resolved = mtrack(['scan', 'resolve', '--json', '--scan', 'configs/wandb.yaml'], ws.expDir);

  expect(resolved.code).toBe(0);
  const plan = JSON.parse(resolved.stdout);
  expect(plan.trials.map((t: { argv: string[] }) => t.argv)).toEqual([
    [process.execPath, SYNTHETIC, '--mode=exit', '--optimizer.lr=0.1', '--warmup-steps=0.0'],
    [process.execPath, SYNTHETIC, '--mode=exit', '--optimizer.lr=1e-5', '--warmup-steps=0.0'],
  ]);
});

test('scan run commits a failed trial and goes on; the converted header names the source as given', async () => {
  const run = mtrack(['scan', 'run', '--scan', 'configs/wandb.yaml'], ws.expDir);

  expect(run.code).toBe(0);
  expect(run.stderr).toContain('mtrack: the trainer failed: exited with code 3; the run is recorded as failed.');
  expect(run.stderr.match(/recorded as failed/g)).toHaveLength(2);
  const header = mtrack(['scan', 'import-wandb', join(root, 'sweep.yaml')], ws.expDir);
  expect(header.stdout).toContain("# Converted from ../sweep.yaml by 'mtrack scan import-wandb'.");
  expect(header.stdout).not.toContain(root);
});
