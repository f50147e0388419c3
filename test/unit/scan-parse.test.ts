import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { MtrackError } from '../../src/core/errors.js';
import { parseScanYaml } from '../../src/core/scan/index.js';
import { fixture, SCAN_FIXTURES, thrownMessage } from '../fixtures/scans/helpers.js';

const Ajv2020 = ajv2020.default.default ?? ajv2020.default;
const schema = JSON.parse(
  readFileSync(join(SCAN_FIXTURES, '..', '..', '..', 'schemas', 'scan_config.schema.json'), 'utf8'),
);
const validate = new Ajv2020({ strict: true }).compile(schema);

const scan = (body: string) => `scan:\n  method: random\n  max_trials: 4\n  seed: 1\n  parameters:\n${body}`;

describe('parseScanYaml', () => {
  test("parses the spec's example scan.yaml with log_uniform meaning real bounds", () => {
    const spec = parseScanYaml(fixture('mtrack/spec-example.yaml'), 'configs/scan.yaml');
    expect(spec.method).toBe('random');
    expect(spec.max_trials).toBe(20);
    expect(spec.seed).toBe(1337);
    expect(spec.metric).toEqual({ name: 'primary_metric', goal: 'maximize' });
    expect(spec.parameters.learning_rate).toEqual({ distribution: 'log_uniform_values', min: 1e-5, max: 5e-3 });
    expect(spec.parameters.weight_decay).toEqual({ distribution: 'categorical', values: [0, 1e-4, 1e-3] });
  });

  test('min/max without a distribution is int_uniform only when both are written as integers', () => {
    const spec = parseScanYaml(
      scan(
        '    a: {min: 1, max: 4}\n    b: {min: 0.0, max: 4}\n    c: {min: 1, max: !!float 4}\n    d: {min: 1e0, max: 4}\n',
      ),
      's.yaml',
    );
    expect(spec.parameters.a.distribution).toBe('int_uniform');
    expect(spec.parameters.b.distribution).toBe('uniform');
    expect(spec.parameters.c.distribution).toBe('uniform');
    expect(spec.parameters.d.distribution).toBe('uniform');
  });

  test('nested parameters and dotted keys name the same dotted paths', () => {
    const spec = parseScanYaml(fixture('mtrack/bayes-nested.yaml'), 'configs/scan.yaml');
    expect(Object.keys(spec.parameters).sort()).toEqual(
      [
        'architecture.type',
        'architecture.width',
        'batch_size',
        'dropout',
        'epochs',
        'eval.latency_samples',
        'learning_rate',
        'optimizer',
        'weight_decay',
      ].sort(),
    );
    expect(spec.parameters['architecture.width']).toEqual({ distribution: 'int_uniform', min: 8, max: 64 });
    expect(spec.parameters.learning_rate).toEqual({ distribution: 'log_uniform_values', min: 1e-4, max: 0.1 });
    expect(spec.parameters.epochs).toEqual({ distribution: 'q_uniform', min: 2, max: 10, q: 2 });
    expect(spec.early_terminate).toEqual({ type: 'hyperband', min_iter: 2, eta: 3, strict: true });
    expect(spec.metric).toEqual({ name: 'accuracy', goal: 'maximize' });
  });

  test.each([
    [
      'log_uniform with an exponent bound',
      scan('    lr:\n      distribution: log_uniform\n      min: -9.2\n      max: 0.01\n'),
      "s.yaml:8:12 parameters.lr.min: expected a number > 0 for log_uniform, got '-9.2'. mtrack's log_uniform takes the values themselves",
    ],
    [
      'W&B top-level form',
      'method: random\nparameters:\n  a: {values: [1]}\n',
      "s.yaml:1:1 scan: expected a top-level 'scan:' mapping, got keys 'method, parameters'. This looks like a W&B sweep file",
    ],
    [
      'grid with a continuous parameter',
      'scan:\n  method: grid\n  parameters:\n    b: {values: [1]}\n    lr: {min: 0.1, max: 1.0}\n',
      "s.yaml:5:5 parameters.lr: expected values, value, int_uniform or q_uniform for method grid, got continuous distribution 'uniform'.",
    ],
    [
      'random without max_trials',
      'scan:\n  method: random\n  seed: 1\n  parameters:\n    a: {values: [1]}\n',
      's.yaml:2:3 max_trials: is required for method random but missing',
    ],
    [
      'bayes without a seed',
      'scan:\n  method: bayes\n  max_trials: 3\n  parameters:\n    a: {values: [1]}\n',
      's.yaml:2:3 seed: is required for method bayes but missing',
    ],
    [
      'an unknown distribution',
      scan('    a: {distribution: beta, a: 1}\n'),
      "s.yaml:6:23 parameters.a.distribution: expected one of constant, uniform, int_uniform, log_uniform, log_uniform_values, q_uniform, q_log_uniform_values, normal, log_normal, got 'beta' ('beta' is a W&B distribution mtrack does not sample).",
    ],
    [
      "W&B's exponent q_log_uniform",
      scan('    a: {distribution: q_log_uniform, min: 1, max: 3}\n'),
      's.yaml:6:23 parameters.a.distribution: expected one of',
    ],
    [
      'an unknown key in a parameter',
      scan('    a: {min: 1, max: 2, step: 1}\n'),
      's.yaml:6:25 parameters.a.step: unknown key; expected one of distribution, min, max.',
    ],
    [
      'int_uniform with a fractional bound',
      scan('    a: {distribution: int_uniform, min: 1.5, max: 3}\n'),
      "s.yaml:6:41 parameters.a.min: expected an integer for int_uniform, got '1.5'.",
    ],
    [
      'max not above min',
      scan('    a: {min: 3, max: 3}\n'),
      "s.yaml:6:22 parameters.a.max: expected a number > min (3), got '3'.",
    ],
    [
      'duplicate categorical values',
      scan('    a: {values: [1, 2, 1]}\n'),
      "s.yaml:6:24 parameters.a.values[2]: expected distinct values, got '1' twice.",
    ],
    [
      'probabilities not summing to 1',
      scan('    a: {values: [1, 2], probabilities: [0.5, 0.6]}\n'),
      's.yaml:6:40 parameters.a.probabilities: expected numbers summing to 1',
    ],
    [
      'a q with no multiple inside the bounds',
      scan('    a: {distribution: q_uniform, min: 0.1, max: 0.2, q: 1}\n'),
      's.yaml:6:57 parameters.a.q: expected a step with a multiple inside [0.1, 0.2], got 1.',
    ],
    [
      'a quoted number',
      scan("    a: {min: '0.1', max: 1.0}\n"),
      "s.yaml:6:14 parameters.a.min: expected a number, got the string '0.1'.",
    ],
    [
      'a bare scalar parameter',
      scan('    a: 0.1\n'),
      "s.yaml:6:8 parameters.a: expected a mapping with value, values, min/max, distribution or parameters, got '0.1'.",
    ],
    [
      'a path set both as value and mapping',
      scan('    a: {value: 1}\n    a.b: {value: 2}\n'),
      "s.yaml:7:5 parameters.a.b: conflicts with parameter 'a'",
    ],
    [
      'non-positive sigma',
      scan('    a: {distribution: normal, sigma: 0}\n'),
      "s.yaml:6:38 parameters.a.sigma: expected a number > 0, got '0'.",
    ],
    ['a YAML syntax error', 'scan:\n  method: [grid\n', 's.yaml:3:1 (yaml):'],
    [
      'hyperband without min_iter or max_iter+s',
      'scan:\n  method: grid\n  early_terminate: {type: hyperband, eta: 3}\n  parameters:\n    a: {values: [1]}\n',
      's.yaml:3:20 early_terminate.min_iter: is required (or both max_iter and s) but missing.',
    ],
  ])('refuses %s with one file:line:col line', (_what, text, expected) => {
    const message = thrownMessage(() => parseScanYaml(text, 's.yaml'));
    expect(message.slice(0, expected.length)).toBe(expected);
    expect(message).not.toContain('\n');
  });

  test('refusals are BAD_INPUT errors', () => {
    expect(() => parseScanYaml('scan: 3\n', 's.yaml')).toThrow(MtrackError);
    try {
      parseScanYaml('scan: 3\n', 's.yaml');
    } catch (error) {
      expect((error as MtrackError).code).toBe('BAD_INPUT');
    }
  });

  test('the JSON Schema accepts what the parser accepts and refuses structural errors the parser refuses', () => {
    for (const file of ['mtrack/spec-example.yaml', 'mtrack/bayes-nested.yaml', 'mtrack/grid.yaml']) {
      parseScanYaml(fixture(file), file);
      expect(validate(parse(fixture(file)))).toBe(true);
    }
    for (const text of [
      scan('    a: {min: 1, max: 2, step: 1}\n'),
      'scan:\n  method: random\n  seed: 1\n  parameters:\n    a: {values: [1]}\n',
      scan('    lr: {distribution: log_uniform, min: -9.2, max: 0.01}\n'),
    ]) {
      expect(() => parseScanYaml(text, 's.yaml')).toThrow(MtrackError);
      expect(validate(parse(text))).toBe(false);
    }
  });
});
