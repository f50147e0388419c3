import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScanYaml, resolveScan, SCAN_METHODS } from '../../src/core/scan/index.js';

// A space every method can plan (grid needs finite lists), so each entry of SCAN_METHODS is tested by default.
const scanYaml = (method: string) => `scan:
  method: ${method}
  max_trials: 4
  seed: 11
  parameters:
    batch_size: {values: [32, 64]}
    architecture.width: {distribution: int_uniform, min: 8, max: 9}
    epochs: {value: 1}
`;

describe.each(Object.entries(SCAN_METHODS))('scan method %s', (name, method) => {
  const spec = parseScanYaml(scanYaml(name), 'configs/scan.yaml');

  test('has a description and is accepted by configs/scan.yaml', () => {
    expect(method.description.length).toBeGreaterThan(10);
    expect(spec.method).toBe(name);
  });

  test('resolves a small space to the same trials every time, each within the bounds', () => {
    const plan = resolveScan(spec);
    expect(resolveScan(structuredClone(spec))).toEqual(plan);
    expect(plan.trials.length).toBeGreaterThan(0);
    expect(plan.trials.length).toBeLessThanOrEqual(4);
    for (const { params } of plan.trials) {
      expect([32, 64]).toContain(params.batch_size);
      expect([8, 9]).toContain(params['architecture.width']);
      expect(params.epochs).toBe(1);
    }
  });

  test('skips a point already committed instead of planning it again', () => {
    const first = resolveScan(spec).trials[0];
    const hashParams = (p: Record<string, unknown>) => JSON.stringify(p);
    const plan = resolveScan(spec, [{ params: first.params, value: 0.5 }], {
      existingConfigHashes: new Set([hashParams(first.params)]),
      hashParams,
    });
    expect(plan.trials.map((t) => t.params)).not.toContainEqual(first.params);
  });

  test('needs max_trials and a seed exactly when it samples', () => {
    const bare = `scan:\n  method: ${name}\n  parameters:\n    epochs: {value: 1}\n`;
    if (method.sampled) expect(() => parseScanYaml(bare, 'configs/scan.yaml')).toThrow(/max_trials/);
    else expect(parseScanYaml(bare, 'configs/scan.yaml').method).toBe(name);
  });
});

test('the scan schema lists exactly the methods of SCAN_METHODS', () => {
  const schema = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../../schemas/scan_config.schema.json', import.meta.url)), 'utf8'),
  );
  expect(schema.$defs.scan.properties.method.enum).toEqual(Object.keys(SCAN_METHODS));
});
