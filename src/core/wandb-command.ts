/**
 * The command line W&B's agent builds for a sweep run (wandb/wandb_agent.py `_command_run` and
 * sdk/launch/sweeps/utils.py `create_sweep_command_args`), so a script receives exactly what W&B would hand it.
 * A command element that is exactly a macro (`${args}`) is replaced by its list; an unknown macro disappears; any
 * other element stays as written, except `${envvar:NAME}`, replaced inside it.
 */
export const DEFAULT_COMMAND = ['${env}', '${interpreter}', '${program}', '${args}'];

export interface ArgTypes {
  /** Parameters whose value is a Python float (continuous distributions), printed `1.0` when integral. */
  floats: readonly string[];
  /** Parameters W&B built from its nested form: its controller re-nests them after the others (sweeps' `_renest`). */
  nestedLast: readonly string[];
}

export interface CommandInput {
  /** W&B's `command:` (macros allowed); W&B's default when absent. */
  command?: readonly string[];
  program?: string;
  /** What `${interpreter}` becomes: W&B's agent writes `python`. */
  interpreter: string;
  /** Parameter name (flat, as the sweep writes it) -> value. */
  params: Record<string, unknown>;
  /** Python types JavaScript numbers forget: floats (`1.0`) and W&B's nested parameters. */
  types?: ArgTypes;
  /** What `${args_json_file}` becomes: a file the caller writes with `argsJson(params)`. */
  argsJsonFile: string;
  envVars: Record<string, string | undefined>;
}

const ENVVAR = /\$\{envvar:([A-Z0-9_]*)\}/g;

/** The argv W&B's agent would run, macros expanded. */
export function buildWandbCommand(input: CommandInput): string[] {
  const floats = new Set(input.types?.floats);
  const entries = wandbOrder(input.params, input.types?.nestedLast ?? []);
  const str = (name: string, v: unknown) => pythonStr(v, floats.has(name));
  const macros: Record<string, string[]> = {
    env: ['/usr/bin/env'],
    interpreter: [input.interpreter],
    program: input.program === undefined ? [] : [input.program],
    args: entries.map(([k, v]) => `--${k}=${str(k, v)}`),
    args_no_hyphens: entries.map(([k, v]) => `${k}=${str(k, v)}`),
    args_no_boolean_flags: entries.flatMap(([k, v]) =>
      typeof v === 'boolean' ? (v ? [`--${k}`] : []) : [`--${k}=${str(k, v)}`],
    ),
    args_json: [argsJson(input.params, input.types)],
    args_json_file: [input.argsJsonFile],
  };
  const out: string[] = [];
  for (const raw of input.command ?? DEFAULT_COMMAND) {
    const chunk = raw.replace(ENVVAR, (_m, name: string) => input.envVars[name] ?? name);
    if (chunk.startsWith('${') && chunk.endsWith('}')) out.push(...(macros[chunk.slice(2, -1)] ?? []));
    else out.push(chunk);
  }
  return out;
}

// W&B's controller builds a run's parameters sorted by name (code point order) and re-nests nested ones after them;
// the agent keeps that order.
function wandbOrder(params: Record<string, unknown>, nestedLast: readonly string[]): [string, unknown][] {
  const byName = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);
  const entries = Object.entries(params).sort(byName);
  return [...entries.filter(([k]) => !nestedLast.includes(k)), ...entries.filter(([k]) => nestedLast.includes(k))];
}

/** `json.dumps(dict)` with Python's default separators (`, ` and `: `); a float keeps its `.0`. */
export function argsJson(params: Record<string, unknown>, types?: ArgTypes): string {
  const floats = new Set(types?.floats);
  return `{${wandbOrder(params, types?.nestedLast ?? [])
    .map(
      ([k, v]) => `${JSON.stringify(k)}: ${floats.has(k) && typeof v === 'number' ? pythonFloat(v, true) : pyJson(v)}`,
    )
    .join(', ')}}`;
}

function pyJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(pyJson).join(', ')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.entries(v)
      .map(([k, x]) => `${JSON.stringify(k)}: ${pyJson(x)}`)
      .join(', ')}}`;
  if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
  if (typeof v === 'number') return pythonFloat(v, !Number.isInteger(v));
  return JSON.stringify(v) ?? 'null';
}

/** Python's `str(value)` for YAML-shaped values: `1e-05`, `True`, `None`, `[1, 'a']`, `{'k': 1}`. */
export function pythonStr(v: unknown, float = false): string {
  if (typeof v === 'string') return v;
  return pythonRepr(v, float);
}

function pythonRepr(v: unknown, float: boolean): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return pythonFloat(v, float || !Number.isInteger(v));
  if (typeof v === 'string') return pythonStringRepr(v);
  if (Array.isArray(v)) return `[${v.map((x) => pythonRepr(x, false)).join(', ')}]`;
  return `{${Object.entries(v as object)
    .map(([k, x]) => `${pythonRepr(k, false)}: ${pythonRepr(x, false)}`)
    .join(', ')}}`;
}

// Python's repr of a str: single quotes unless the text has a single quote and no double one.
function pythonStringRepr(v: string): string {
  const quote = v.includes("'") && !v.includes('"') ? '"' : "'";
  const body = v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r');
  return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote;
}

// Python's float repr: shortest round-trip digits (as JavaScript), fixed notation for exponents -4..15, else
// scientific with a signed two-digit exponent; an integral float keeps `.0`.
export function pythonFloat(n: number, float: boolean): string {
  if (!float) return String(n);
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  const [mantissa, expText] = n.toExponential().split('e');
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const sign = exp < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const digits = mantissa.replace('-', '').replace('.', '');
  const neg = n < 0 ? '-' : '';
  if (exp < 0) return `${neg}0.${'0'.repeat(-exp - 1)}${digits}`;
  const int = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1) || '0';
  return `${neg}${int}.${frac}`;
}
