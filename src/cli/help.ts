export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
}

export interface CommandInfo {
  usage: string;
  summary: string;
  options: Record<string, OptionSpec>;
}

// One description per option name, shared by every command that takes it (the meaning is the same everywhere).
const OPTION_HELP: Record<string, string> = {
  repo: 'the experiment repo (default: the one at or above the current folder)',
  json: 'print JSON (exact values; schema in schemas/)',
  markdown: 'print a Markdown table',
  csv: 'print CSV (exact values)',
  out: 'write to PATH instead of printing (report: a folder with README.md and SVG charts)',
  config: 'the run config (default configs/baseline.yaml)',
  scan: 'the scan file (default configs/scan.yaml)',
  dataset: 'the dataset revision to use (D####; default: the one in data/<id>/dataset.json)',
  set: 'override a config key, dotted path (repeatable)',
  intent: 'one line on why: goes to notes.md and the commit message',
  backend: 'training backend: auto, wasm, cpu or tensorflow',
  'no-commit': 'write the run folder but do not commit it',
  revision: 'the revision to pin (branch, tag or commit)',
  endpoint: 'hub endpoint (default HF_ENDPOINT or https://huggingface.co)',
  'timeout-ms': 'network timeout in milliseconds',
  holdback: 'fraction of train held back as heldout_new (0.1 or 10%)',
  seed: 'seed of the holdback permutation',
  from: 'source: a folder of IDX files (materialize) or the revision to promote from',
  url: 'source: a base URL of IDX files (needs --sha256)',
  sha256: 'FILE=HEX pinned hash of a downloaded file (repeatable)',
  name: 'the source name recorded in the manifest',
  exp: 'where to create the experiment repo',
  data: 'where to create the dataset-meta repo',
  store: 'where to create the dataset store',
  all: 'check every commit of the history',
  range: 'check the commits BASE..HEAD',
  staged: 'check the staged change',
  remote: 'the remote to sync with (default: the upstream of the branch)',
  quick: 'train on a 2,000-image subset for one epoch (minutes instead of ~5)',
  sort: 'sort by a column: KEY, KEY:asc or KEY:desc (a metric alone: best first)',
  where: 'keep runs where KEY=VALUE (repeatable; params, metrics, dataset, status, scan)',
  baseline: 'show every metric with its change against this run (E####)',
  'all-params': 'show every parameter, not only those that differ',
  'allow-dirty': 'run even when the inputs (code, configs) have uncommitted changes',
  failure: 'text for the notes\' "Observed failure modes"',
  next: 'text for the notes\' "Next Decision"',
  candidate: 'tag as a release candidate (mtrack-candidate-E####)',
  message: 'the tag message',
};

const PLACEHOLDER: Record<string, string> = {
  repo: 'DIR',
  sort: 'KEY[:asc|:desc]',
  where: 'KEY=VALUE',
  baseline: 'E####',
  out: 'PATH',
  dataset: 'D####',
  config: 'FILE',
  scan: 'FILE',
  set: 'KEY=VALUE',
  intent: 'TEXT',
  backend: 'NAME',
  revision: 'REV',
  endpoint: 'URL',
  'timeout-ms': 'N',
  seed: 'N',
  holdback: 'FRACTION',
  from: 'DIR|D####',
  url: 'BASE',
  sha256: 'FILE=HEX',
  exp: 'DIR',
  data: 'DIR',
  store: 'DIR',
  range: 'BASE..HEAD',
  remote: 'NAME',
  failure: 'TEXT',
  next: 'TEXT',
  message: 'TEXT',
};

function flag(name: string, spec: OptionSpec): string {
  const value = spec.type === 'string' ? ` ${PLACEHOLDER[name] ?? name.toUpperCase().replaceAll('-', '_')}` : '';
  return `${spec.short ? `-${spec.short}, ` : ''}--${name}${value}`;
}

/** `mtrack <command> --help`: usage, summary and every option with what it does. */
export function commandHelp(name: string, command: CommandInfo): string {
  const rows = [
    ...Object.entries(command.options).map(([key, spec]) => [
      flag(key, spec),
      `${OPTION_HELP[key] ?? ''}${spec.multiple && !OPTION_HELP[key]?.includes('repeatable') ? ' (repeatable)' : ''}`,
    ]),
    ['-h, --help', 'show this help'],
  ];
  const width = Math.max(...rows.map(([f]) => f.length));
  return [
    `Usage: mtrack ${name} ${command.usage}`.trimEnd(),
    '',
    `${command.summary[0].toUpperCase()}${command.summary.slice(1)}.`,
    '',
    'Options:',
    ...rows.map(([f, text]) => `  ${f.padEnd(width)}  ${text}`.trimEnd()),
    '',
  ].join('\n');
}

/** `mtrack data --help`: the subcommands of a group. */
export function groupHelp(group: string, commands: Record<string, CommandInfo>): string | undefined {
  const members = Object.entries(commands).filter(([name]) => name.startsWith(`${group} `));
  if (members.length === 0) return undefined;
  return [
    `Usage: mtrack ${group} <command> [options]`,
    '',
    'Commands:',
    ...members.map(([name, c]) => `  mtrack ${name} ${c.usage}\n      ${c.summary}`),
    '',
    `Run 'mtrack ${group} <command> --help' for a command's options.`,
    '',
  ].join('\n');
}

/** True when the arguments ask for help (before a `--`, which ends the options). */
export function wantsHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

export function isVersionRequest(name: string | undefined): boolean {
  return name === '--version' || name === '-V' || name === 'version';
}
