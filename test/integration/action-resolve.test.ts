import { jest } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction } from '../helpers/fake-github.js';
import { experimentFixture, type ExperimentFixture } from '../helpers/git-remote.js';

jest.setTimeout(120_000);

describe('the Action: resolve and input errors', () => {
  let fx: ExperimentFixture;
  beforeAll(async () => {
    fx = await experimentFixture();
  });

  test('resolve writes the matrix and the trial count to GITHUB_OUTPUT and a table to the step summary', async () => {
    const r = await runAction({ command: 'resolve', 'working-directory': 'mtrack-exp' }, { workspace: fx.root });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs.matrix)).toEqual({
      include: [
        { trial: 0, params_json: '{"learning_rate":0.001}', config: expect.stringMatching(/^[0-9a-f]{12}$/) },
        { trial: 1, params_json: '{"learning_rate":0.003}', config: expect.stringMatching(/^[0-9a-f]{12}$/) },
      ],
    });
    expect(r.outputs.count).toBe('2');
    expect(r.summary).toContain('| 1 | `{"learning_rate":0.003}` |');
  });

  test('a scan of exactly 256 trials fits one matrix, with an output far under the 1 MB job-output limit', async () => {
    writeFileSync(
      join(fx.expDir, 'configs', 'edge.yaml'),
      `scan:\n  method: grid\n  parameters:\n    learning_rate:\n      values: [${Array.from({ length: 256 }, (_, i) => (i + 1) / 1e5).join(', ')}]\n`,
    );
    const r = await runAction(
      { command: 'resolve', 'working-directory': 'mtrack-exp', scan: 'configs/edge.yaml' },
      { workspace: fx.root },
    );
    expect(r.code).toBe(0);
    expect(r.outputs.count).toBe('256');
    const include = (JSON.parse(r.outputs.matrix) as { include: { trial: number }[] }).include;
    expect(include.map((e) => e.trial)).toEqual(Array.from({ length: 256 }, (_, i) => i));
    expect(Buffer.byteLength(r.outputs.matrix)).toBeLessThan(64 * 1024);
  });

  test('refuses a scan of more than 256 trials with a message naming the limit', async () => {
    writeFileSync(
      join(fx.expDir, 'configs', 'big.yaml'),
      `scan:\n  method: grid\n  parameters:\n    learning_rate:\n      values: [${Array.from({ length: 300 }, (_, i) => (i + 1) / 1e5).join(', ')}]\n`,
    );
    const r = await runAction(
      { command: 'resolve', 'working-directory': 'mtrack-exp', scan: 'configs/big.yaml' },
      { workspace: fx.root },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /::error::configs\/big.yaml: the scan resolves to 300 trials; one GitHub matrix runs at most 256 jobs\. No job was started\. Lower scan\.max_trials/,
    );
    expect(r.outputs.matrix).toBeUndefined();
  });

  test.each([
    [{ command: 'train' }, "Invalid command 'train'. Expected one of resolve, run, collect, verify, baseline."],
    [{ command: 'run' }, "Input 'trial' is required for command 'run'"],
    [{ command: 'run', trial: 'two' }, "Invalid trial 'two'. Expected a whole number"],
    [{ command: 'resolve', dataset: 'latest' }, "Invalid dataset 'latest'. Expected a revision D####"],
    [{ command: 'run', trial: '0', 'params-json': '[1]' }, "Invalid params-json '[1]'. Expected a JSON object"],
  ])('rejects bad inputs %j with one clear error', async (inputs, message) => {
    const r = await runAction({ 'working-directory': 'mtrack-exp', ...inputs }, { workspace: fx.root });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error::${message}`);
  });

  test('run without an installed mtrack explains how to get the trainer', async () => {
    const r = await runAction(
      { command: 'run', 'working-directory': 'mtrack-exp', trial: '0', 'mtrack-path': fx.root },
      { workspace: fx.root },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::mtrack-path '.*': no installed mtrack there .*npm ci/);
  });
});
