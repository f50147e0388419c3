import { argsJson, buildWandbCommand, pythonStr } from '../../src/core/wandb-command.js';

// Expected strings are what CPython 3 prints: str(1e-05) == '1e-05', str([1, 'a', True]) == "[1, 'a', True]".
describe("pythonStr (Python's str() of a YAML value, as W&B's agent formats --name=value)", () => {
  test.each([
    [0.00001, true, '1e-05'],
    [0.0001, true, '0.0001'],
    [1.5e-7, true, '1.5e-07'],
    [1e16, true, '1e+16'],
    [123456789012345.6, true, '123456789012345.6'],
    [3, true, '3.0'],
    [3, false, '3'],
    [-0.25, false, '-0.25'],
    [0, true, '0.0'],
    [true, false, 'True'],
    [null, false, 'None'],
    ['adam', false, 'adam'],
    [[64, 64], false, '[64, 64]'],
    [[1, 'a', true, null], false, "[1, 'a', True, None]"],
    [{ deq_max_iter: 40, tau: 0.5 }, false, "{'deq_max_iter': 40, 'tau': 0.5}"],
    [["it's"], false, '["it\'s"]'],
  ])('%p (float: %p) -> %s', (value, float, expected) => {
    expect(pythonStr(value, float)).toBe(expected);
  });
});

describe("buildWandbCommand (wandb_agent.py's macros)", () => {
  const base = { interpreter: 'python', argsJsonFile: '/run/.sweep-args.json', envVars: { DATA: '/data' } };
  const params = { lr: 0.001, augment: false, 'optimizer.lr': 0.1, 'warmup-steps': 10, dropout: true };

  test("uses W&B's default command and sorts the parameters by name, as W&B's controller does", () => {
    expect(buildWandbCommand({ ...base, program: 'train.py', params })).toEqual([
      '/usr/bin/env',
      'python',
      'train.py',
      '--augment=False',
      '--dropout=True',
      '--lr=0.001',
      '--optimizer.lr=0.1',
      '--warmup-steps=10',
    ]);
  });

  test('expands every macro W&B knows and drops an unknown one', () => {
    const command = [
      '${interpreter}',
      '-m',
      'pkg.train',
      '--data=${envvar:DATA}',
      '${args_no_hyphens}',
      '${args_no_boolean_flags}',
      '${args_json_file}',
      '${args_json}',
      '${nonsense}',
      '--x=${args}',
    ];
    expect(buildWandbCommand({ ...base, command, params: { b: false, a: 1e-5, c: true } })).toEqual([
      'python',
      '-m',
      'pkg.train',
      '--data=/data',
      'a=1e-05',
      'b=False',
      'c=True',
      '--a=1e-05',
      '--c',
      '/run/.sweep-args.json',
      '{"a": 1e-05, "b": false, "c": true}',
      '--x=${args}',
    ]);
  });

  test('prints a float parameter with its .0 and puts W&B-nested parameters after the others', () => {
    const argv = buildWandbCommand({
      ...base,
      program: 'train.py',
      command: ['${args}'],
      params: { deq: { max_iter: 40 }, seed: 1, wd: 0 },
      types: { floats: ['wd'], nestedLast: ['deq'] },
    });
    expect(argv).toEqual(['--seed=1', '--wd=0.0', "--deq={'max_iter': 40}"]);
  });

  test("an unset ${envvar:NAME} becomes the name itself, as W&B's agent does", () => {
    expect(buildWandbCommand({ ...base, command: ['${envvar:NOPE}'], params: {} })).toEqual(['NOPE']);
  });

  test("argsJson is json.dumps with Python's separators", () => {
    expect(argsJson({ b: [1, 2], a: 'x' })).toBe('{"a": "x", "b": [1, 2]}');
  });
});
