import { Document, isScalar, isSeq, visit, type Node } from 'yaml';
import { pythonTypes } from './python-types.js';
import { asWritten, nestAsWritten, noteStringNumbers } from './wandb-values.js';
import { pythonStr } from '../wandb-command.js';
import { parseParameter, walkParameters } from './parse-parameters.js';
import { earlyTerminateOf, parseScanYaml } from './parse-scan-yaml.js';
import { cleanFloat } from './space.js';
import type { ParamSpec, ScanSpec } from './types.js';
import {
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

export interface WandbConversion {
  /** The scan in mtrack syntax (`scan:` at the top), ready to save as configs/scan.yaml. */
  yaml: string;
  spec: ScanSpec;
  /** W&B settings with no mtrack meaning, each with the reason; the scan runs without them. */
  dropped: string[];
  /** Choices the conversion made that a reviewer should see (defaults filled in, exponents converted). */
  notes: string[];
}

const DEFAULT_BUDGET = 20;
const TOP_KEYS = [
  'method',
  'metric',
  'parameters',
  'run_cap',
  'early_terminate',
  'name',
  'description',
  'program',
  'command',
];
const IGNORED_TOP = [
  'entity',
  'project',
  'apiVersion',
  'kind',
  'controller',
  'job',
  'image_uri',
  'scheduler',
  'metrics',
];
const UNSUPPORTED = ['inv_log_uniform', 'inv_log_uniform_values', 'q_normal', 'q_log_normal', 'beta', 'q_beta'];

/**
 * Converts a W&B sweep file to mtrack's syntax with W&B's meaning: the file is read as YAML 1.1 (W&B loads it with
 * PyYAML, so `yes` is true), exponent-bounded `log_uniform`/`q_log_uniform` become `*_values` with e^min, e^max,
 * `min`/`max` without a distribution get the distribution W&B infers, and grid `q_uniform` becomes the explicit list
 * W&B's grid walks (numpy.arange(min, max, q), max excluded).
 */
export function convertWandbSweep(text: string, file: string): WandbConversion {
  const { source, root } = parseYamlSource(text, file, '1.1');
  const top = entriesOf(source, root, '', 'a W&B sweep mapping');
  if (top.some((e) => e.key === 'scan'))
    fail(
      source,
      root,
      'scan',
      'expected a W&B sweep file (method, parameters at the top), got mtrack syntax: use it as configs/scan.yaml directly.',
    );
  onlyKeys(source, top, '', [...TOP_KEYS, ...IGNORED_TOP]);
  const get = (key: string) => top.find((e) => e.key === key);
  const dropped: string[] = [];
  const notes: string[] = [];
  for (const e of top)
    if (IGNORED_TOP.includes(e.key)) dropped.push(`${e.key}: W&B launch/hosting setting, not part of an mtrack scan`);

  const methodE = get('method');
  if (!methodE) fail(source, root, 'method', 'is required but missing; expected grid, random or bayes.');
  const method = stringAt(source, methodE.value, 'method', 'grid, random or bayes');
  if (!['grid', 'random', 'bayes'].includes(method))
    fail(source, methodE.value, 'method', `expected grid, random or bayes, got '${method}'.`);
  const out: Record<string, unknown> = { method };
  const cap = get('run_cap');
  if (cap) {
    const n = numberAt(source, cap.value, 'run_cap', 'an integer >= 1').value;
    if (!Number.isInteger(n) || n < 1)
      fail(source, cap.value, 'run_cap', `expected an integer >= 1, got ${written(source, cap.value)}.`);
    out.max_trials = n;
  } else if (method !== 'grid') {
    out.max_trials = DEFAULT_BUDGET;
    notes.push(
      `max_trials: ${DEFAULT_BUDGET} (W&B runs a ${method} sweep until stopped; set run_cap or edit max_trials)`,
    );
  }
  out.seed = 0;
  notes.push('seed: 0 (W&B sweeps have no seed; change it for a different sequence)');
  for (const key of ['name', 'description']) if (get(key)) out[key] = stringAt(source, get(key)!.value, key);
  out.metric = metricOf(source, get('metric'), dropped, notes);
  if (!get('parameters')) fail(source, root, 'parameters', 'is required but missing.');
  const parameters: Record<string, unknown> = {};
  // A sweep that names its program runs the user's script: values reach it exactly as W&B's agent passes them.
  const forScript = get('program') !== undefined || get('command') !== undefined;
  collect(source, get('parameters')!.value, method, parameters, dropped, notes, forScript);
  if (Object.keys(parameters).length === 0)
    fail(
      source,
      get('parameters')!.value,
      'parameters',
      'expected at least one parameter mtrack can sample, got none after dropping.',
    );
  out.parameters = nestAsWritten(parameters, pythonTypes(source, get('parameters')!.value).nested);
  if (get('early_terminate')) out.early_terminate = earlyTerminateOf(source, get('early_terminate')!);
  // What runs the parameters: the trials use the command trainer with W&B's program and command.
  if (get('program')) out.program = stringAt(source, get('program')!.value, 'program', 'a script path');
  if (get('command')) out.command = commandOf(source, get('command')!.value);

  const yaml = render(file, out, dropped, notes);
  // A failure here is in the generated text: name it so, or its line:col would point into the user's file.
  return { yaml, spec: parseScanYaml(yaml, `${file} (converted)`), dropped, notes };
}

// PyYAML hands W&B `str(x)` of each element; a null element (`- `) is 'None' there.
function commandOf(source: Source, node: Node | null): string[] {
  if (!isSeq(node) || node.items.length === 0)
    fail(source, node, 'command', `expected a list of strings like [python, train.py, '\${args}'].`);
  return node.items.map((item) =>
    isScalar(item) ? (item.value === null ? 'None' : pythonStr(item.value)) : written(source, item as Node),
  );
}

function metricOf(
  source: Source,
  entry: Entry | undefined,
  dropped: string[],
  notes: string[],
): { name: string; goal: string } {
  if (!entry) {
    notes.push('metric: primary_metric, maximize (the W&B file names no metric)');
    return { name: 'primary_metric', goal: 'maximize' };
  }
  const entries = entriesOf(source, entry.value, 'metric');
  onlyKeys(source, entries, 'metric', ['name', 'goal', 'target', 'impute', 'impute_while_running']);
  const get = (key: string) => entries.find((e) => e.key === key);
  if (!get('name')) fail(source, entry.value, 'metric.name', 'is required but missing.');
  const name = stringAt(source, get('name')!.value, 'metric.name');
  const goal = get('goal') ? stringAt(source, get('goal')!.value, 'metric.goal') : 'minimize';
  if (goal !== 'minimize' && goal !== 'maximize')
    fail(source, get('goal')!.value, 'metric.goal', `expected maximize or minimize, got '${goal}'.`);
  if (!get('goal')) notes.push('metric.goal: minimize (W&B default)');
  if (get('target')) dropped.push('metric.target: mtrack runs max_trials trials; it does not stop at a target value');
  const impute = get('impute') ? stringAt(source, get('impute')!.value, 'metric.impute') : 'worst';
  if (impute !== 'worst') dropped.push(`metric.impute: '${impute}' (mtrack always counts failed runs as worst)`);
  if (get('impute_while_running')) dropped.push('metric.impute_while_running: mtrack only reads finished runs');
  return { name, goal };
}

/** The W&B parameters as mtrack specs: exponent bounds converted, grid walks made explicit, the rest reported. */
function collect(
  source: Source,
  node: Node | null,
  method: string,
  out: Record<string, unknown>,
  dropped: string[],
  notes: string[],
  forScript: boolean,
): void {
  walkParameters(source, node, 'parameters', '', {
    defined: (name) => Object.hasOwn(out, name),
    leaf: (name, entry, inner, at) => {
      const distE = inner.find((e) => e.key === 'distribution');
      const dist = distE ? stringAt(source, distE.value, `${at}.distribution`) : undefined;
      if (dist && UNSUPPORTED.includes(dist)) {
        dropped.push(`${at}: distribution '${dist}' has no mtrack equivalent; the parameter keeps its baseline value`);
        return;
      }
      noteStringNumbers(source, inner, at, notes);
      const chosen = inner.find((e) => e.key === 'values' || e.key === 'value')?.key;
      if (dist && chosen && !['categorical', 'constant', 'categorical_w_probabilities'].includes(dist))
        notes.push(`${at}: distribution '${dist}' contradicts ${chosen}; the ${chosen} decide (${dist} ignored)`);
      const parsed =
        dist === 'log_uniform' || dist === 'q_log_uniform'
          ? fromExponents(source, entry.value, inner, at, dist, notes)
          : parseParameter(source, entry.value, inner, at);
      const spec = asWritten(source, inner, at, parsed, forScript, notes);
      if (method === 'grid') out[name] = forGrid(source, entry.keyNode, at, spec, notes);
      else out[name] = spec.distribution === 'categorical' && !spec.probabilities ? { values: spec.values } : spec;
    },
  });
}

/** W&B's log_uniform and q_log_uniform sample exp(uniform(min, max)): the bounds are natural-log exponents. */
function fromExponents(
  source: Source,
  node: Node | null,
  entries: Entry[],
  at: string,
  dist: string,
  notes: string[],
): ParamSpec {
  const quantized = dist === 'q_log_uniform';
  onlyKeys(source, entries, at, quantized ? ['distribution', 'min', 'max', 'q'] : ['distribution', 'min', 'max']);
  const get = (key: string) => entries.find((e) => e.key === key);
  if (!get('min') || !get('max'))
    fail(source, node, `${at}.${get('min') ? 'max' : 'min'}`, `is required for ${dist} but missing.`);
  const lo = numberAt(source, get('min')!.value, `${at}.min`).value;
  const hi = numberAt(source, get('max')!.value, `${at}.max`).value;
  if (!(lo < hi))
    fail(
      source,
      get('max')!.value,
      `${at}.max`,
      `expected a number > min (${lo}), got ${written(source, get('max')!.value)}.`,
    );
  // exp(log(256)) is 255.99999999999994 in binary floating point: round to 12 significant digits so bounds written
  // as logs of round numbers come back round (and a q grid keeps its last step). The change is < 1e-12 relative.
  const min = Number(Math.exp(lo).toPrecision(12));
  const max = Number(Math.exp(hi).toPrecision(12));
  notes.push(
    `${at}: W&B ${dist} exponents [${lo}, ${hi}] -> ${quantized ? 'q_log_uniform_values' : 'log_uniform_values'} [${min}, ${max}]`,
  );
  if (!quantized) return { distribution: 'log_uniform_values', min, max };
  const q = get('q') ? numberAt(source, get('q')!.value, `${at}.q`, 'a number > 0').value : 1;
  if (q <= 0)
    fail(source, get('q')!.value, `${at}.q`, `expected a number > 0, got ${written(source, get('q')!.value)}.`);
  return { distribution: 'q_log_uniform_values', min, max, q };
}

// W&B's grid enumerates int_uniform as range(min, max + 1) and q_uniform as numpy.arange(min, max, q).
function forGrid(source: Source, keyNode: Node, at: string, spec: ParamSpec, notes: string[]): unknown {
  if (spec.distribution === 'q_uniform') {
    const values: number[] = [];
    for (let k = 0; spec.min + k * spec.q < spec.max; k++) values.push(cleanFloat(spec.min + k * spec.q));
    notes.push(
      `${at}: W&B grid q_uniform -> values ${JSON.stringify(values)} (numpy.arange(min, max, q), max excluded)`,
    );
    return { values };
  }
  if (spec.distribution === 'categorical' && spec.probabilities)
    fail(source, keyNode, `${at}.probabilities`, 'expected no probabilities for method grid (W&B refuses them too).');
  if (spec.distribution === 'categorical') return { values: spec.values };
  if (spec.distribution === 'constant' || spec.distribution === 'int_uniform') return spec;
  fail(
    source,
    keyNode,
    at,
    `expected values, value, int_uniform or q_uniform for method grid, got continuous distribution '${spec.distribution}'.`,
  );
}

function render(file: string, scan: Record<string, unknown>, dropped: string[], notes: string[]): string {
  const doc = new Document({ scan });
  visit(doc, {
    Seq(_key, node) {
      node.flow = true;
    },
  });
  doc.commentBefore = [
    ` Converted from ${file} by 'mtrack scan import-wandb'.`,
    ...dropped.map((d) => ` dropped: ${d}`),
    ...notes.map((n) => ` note: ${n}`),
  ].join('\n');
  return doc.toString({ lineWidth: 0 });
}
