import { isScalar, isSeq, type Node } from 'yaml';
import { MAX_TRIALS } from './limits.js';
import { isScanMethod, scanMethodList, SCAN_METHODS } from './methods/index.js';
import { parseParameters } from './parse-parameters.js';
import { pythonTypes, type PythonTypes } from './python-types.js';
import type { EarlyTerminate, ScanSpec } from './types.js';
import {
  booleanAt,
  entriesOf,
  fail,
  numberAt,
  onlyKeys,
  stringAt,
  written,
  type Entry,
  type Source,
  parseYamlSource,
} from './yaml-nodes.js';

export const DEFAULT_METRIC = { name: 'primary_metric', goal: 'maximize' } as const;
const SCAN_KEYS = [
  'method',
  'max_trials',
  'seed',
  'metric',
  'parameters',
  'early_terminate',
  'name',
  'description',
  'program',
  'command',
];

/**
 * Parses and validates `configs/scan.yaml` (mtrack syntax: everything under a top-level `scan:`). The core does all
 * checking itself because the rules need the YAML source: positions for `file:line:col`, and the written form of
 * scalars (`1` vs `1.0` decides int_uniform vs uniform), which JSON Schema cannot see. The adapter may also run
 * ajv with schemas/scan_config.schema.json on the plain data; both accept the same structure.
 */
export function parseScanYaml(text: string, file: string): ScanSpec {
  const { source, root } = parseYamlSource(text, file);
  const top = entriesOf(source, root, '', "a mapping with a top-level 'scan:' key");
  const scan = top.find((e) => e.key === 'scan');
  if (!scan) {
    const wandb = top.some((e) => e.key === 'method' || e.key === 'parameters');
    const hint = wandb ? " This looks like a W&B sweep file: convert it with 'mtrack scan import-wandb <file>'." : '';
    fail(
      source,
      root,
      'scan',
      `expected a top-level 'scan:' mapping, got keys '${top.map((e) => e.key).join(', ')}'.${hint}`,
    );
  }
  onlyKeys(source, top, '', ['scan']);
  return parseScanBody(source, scan.value);
}

/** The Python types of a scan file's parameter values (it parses; call after parseScanYaml accepted the text). */
export function scanPythonTypes(text: string, file: string): PythonTypes {
  const { source, root } = parseYamlSource(text, file);
  const scan = entriesOf(source, root, '').find((e) => e.key === 'scan')!;
  return pythonTypes(source, entriesOf(source, scan.value, 'scan').find((e) => e.key === 'parameters')!.value);
}

export function parseScanBody(source: Source, node: Node | null): ScanSpec {
  const entries = entriesOf(source, node, 'scan');
  onlyKeys(source, entries, '', SCAN_KEYS);
  const get = (key: string) => entries.find((e) => e.key === key);
  const methodE = get('method');
  if (!methodE) fail(source, node, 'method', `is required but missing; expected ${scanMethodList()}.`);
  const method = stringAt(source, methodE.value, 'method', scanMethodList());
  if (!isScanMethod(method)) {
    const custom = method === 'custom' ? " (W&B's custom method delegates to an outside engine)" : '';
    fail(source, methodE.value, 'method', `expected ${scanMethodList()}, got '${method}'${custom}.`);
  }
  const { sampled, checkParameters } = SCAN_METHODS[method];
  const maxTrials = get('max_trials')
    ? positiveInteger(source, get('max_trials')!, 'max_trials', 1, MAX_TRIALS)
    : undefined;
  if (maxTrials === undefined && sampled) {
    fail(source, node, 'max_trials', `is required for method ${method} but missing; expected an integer >= 1.`);
  }
  const seedE = get('seed');
  if (!seedE && sampled)
    fail(
      source,
      node,
      'seed',
      `is required for method ${method} but missing, so the plan can be replayed; expected an integer >= 0.`,
    );
  const seed = seedE ? seedOf(source, seedE) : 0;
  if (!get('parameters')) fail(source, node, 'parameters', 'is required but missing.');
  for (const key of ['name', 'description']) if (get(key)) stringAt(source, get(key)!.value, key);
  const spec: ScanSpec = {
    method,
    seed,
    metric: get('metric') ? metricOf(source, get('metric')!) : { ...DEFAULT_METRIC },
    parameters: {},
  };
  const flat = get('program') !== undefined || get('command') !== undefined;
  const { parameters, where } = parseParameters(source, get('parameters')!.value, 'parameters', flat);
  spec.parameters = parameters;
  if (maxTrials !== undefined) spec.max_trials = maxTrials;
  if (get('early_terminate')) spec.early_terminate = earlyTerminateOf(source, get('early_terminate')!);
  if (get('program')) spec.program = stringAt(source, get('program')!.value, 'program', 'a script path');
  if (get('command')) spec.command = commandOf(source, get('command')!);
  checkParameters?.(source, spec, where);
  return spec;
}

function commandOf(source: Source, entry: Entry): string[] {
  const node = entry.value;
  if (!isSeq(node) || node.items.length === 0)
    fail(source, node, 'command', `expected a list of strings like [python, train.py, '\${args}'].`);
  // PyYAML hands W&B `str(x)` of a non-string element; the same here (`- 1` is '1').
  return node.items.map((item) => (isScalar(item) ? String(item.value) : written(source, item as Node)));
}

function positiveInteger(source: Source, entry: Entry, path: string, min = 1, max?: number): number {
  const expected = max === undefined ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
  const n = numberAt(source, entry.value, path, expected);
  if (!Number.isInteger(n.value) || n.value < min || (max !== undefined && n.value > max))
    fail(source, entry.value, path, `expected ${expected}, got ${written(source, entry.value)}.`);
  return n.value;
}

function seedOf(source: Source, entry: Entry): number {
  const seed = positiveInteger(source, entry, 'seed', 0);
  if (seed > 0xffffffff)
    fail(source, entry.value, 'seed', `expected an integer from 0 to 4294967295, got ${written(source, entry.value)}.`);
  return seed;
}

function metricOf(source: Source, entry: Entry): ScanSpec['metric'] {
  const entries = entriesOf(source, entry.value, 'metric');
  onlyKeys(source, entries, 'metric', ['name', 'goal']);
  const name = entries.find((e) => e.key === 'name');
  const goal = entries.find((e) => e.key === 'goal');
  if (!name)
    fail(source, entry.value, 'metric.name', 'is required but missing (leave metric out to use primary_metric).');
  if (!goal) fail(source, entry.value, 'metric.goal', 'is required but missing; expected maximize or minimize.');
  const goalText = stringAt(source, goal.value, 'metric.goal', 'maximize or minimize');
  if (goalText !== 'maximize' && goalText !== 'minimize')
    fail(source, goal.value, 'metric.goal', `expected maximize or minimize, got '${goalText}'.`);
  return { name: stringAt(source, name.value, 'metric.name', 'a metric name'), goal: goalText };
}

export function earlyTerminateOf(source: Source, entry: Entry): EarlyTerminate {
  const entries = entriesOf(source, entry.value, 'early_terminate');
  onlyKeys(source, entries, 'early_terminate', ['type', 'min_iter', 'max_iter', 's', 'eta', 'strict']);
  const get = (key: string) => entries.find((e) => e.key === key);
  const type = get('type');
  if (!type) fail(source, entry.value, 'early_terminate.type', 'is required but missing; expected hyperband.');
  const typeText = stringAt(source, type.value, 'early_terminate.type', 'hyperband');
  if (typeText !== 'hyperband')
    fail(source, type.value, 'early_terminate.type', `expected hyperband, got '${typeText}'.`);
  const out: EarlyTerminate = { type: 'hyperband', eta: 3, strict: true };
  if (get('min_iter')) out.min_iter = positiveInteger(source, get('min_iter')!, 'early_terminate.min_iter');
  if (get('max_iter')) out.max_iter = positiveInteger(source, get('max_iter')!, 'early_terminate.max_iter');
  if (get('s')) out.s = positiveInteger(source, get('s')!, 'early_terminate.s');
  if (get('eta')) {
    const eta = get('eta')!;
    out.eta = numberAt(source, eta.value, 'early_terminate.eta', 'a number > 1').value;
    if (out.eta <= 1)
      fail(source, eta.value, 'early_terminate.eta', `expected a number > 1, got ${written(source, eta.value)}.`);
  }
  if (get('strict')) out.strict = booleanAt(source, get('strict')!.value, 'early_terminate.strict');
  if (out.min_iter === undefined && (out.max_iter === undefined || out.s === undefined)) {
    fail(source, entry.value, 'early_terminate.min_iter', 'is required (or both max_iter and s) but missing.');
  }
  return out;
}
