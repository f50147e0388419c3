import { isAbsolute, resolve } from 'node:path';
import type { EventFacts } from './context.js';

export const COMMANDS = ['resolve', 'run', 'collect', 'verify', 'baseline'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Every input of action.yml, read once and validated; paths are absolute. */
export interface Settings {
  command: CommandName;
  workingDirectory: string;
  scanPath: string;
  configPath: string;
  dataset?: string;
  trial?: number;
  paramsJson?: string;
  outputDir: string;
  trialsDir: string;
  mtrackPath?: string;
  storeRoot?: string;
  dataRepo?: string;
  base?: string;
  head?: string;
  branch?: string;
  remote?: string;
  token?: string;
  intent?: string;
  prTitle?: string;
  extraPaths: string[];
  modelId?: string;
  modelRevision?: string;
  hubEndpoint: string;
  committer: { name: string; email: string };
  parallelism: number; // resolve: a bayes scan's wave size
  remainingTrials: number; // collect: trials left after this wave (resolve's `remaining`)
  workflow?: string; // collect: the workflow file the next wave runs
  waveToken?: string; // collect: the token that dispatches the next wave (github.token with actions: write)
}

export class InputError extends Error {}

type GetInput = (name: string) => string;

/** Reads the inputs; throws InputError with the input's name, the value in quotes and the expected form. */
export function readSettings(getInput: GetInput, event: EventFacts, workspaceDir: string): Settings {
  const text = (name: string) => getInput(name).trim() || undefined;
  const path = (name: string, fallback: string) => absolute(workspaceDir, text(name) ?? fallback);
  const command = text('command');
  if (!command || !(COMMANDS as readonly string[]).includes(command)) {
    throw new InputError(`Invalid command '${command ?? ''}'. Expected one of ${COMMANDS.join(', ')}.`);
  }
  const trialText = text('trial');
  if (trialText !== undefined && !/^\d+$/.test(trialText))
    throw new InputError(`Invalid trial '${trialText}'. Expected a whole number (the matrix entry's trial).`);
  if (command === 'run' && trialText === undefined)
    throw new InputError("Input 'trial' is required for command 'run' (use trial: ${{ matrix.trial }}).");
  const dataset = text('dataset');
  if (dataset !== undefined && !/^D\d{4,}$/.test(dataset))
    throw new InputError(`Invalid dataset '${dataset}'. Expected a revision D#### (e.g. D0002).`);
  const paramsJson = text('params-json');
  if (paramsJson !== undefined) {
    try {
      const parsed: unknown = JSON.parse(paramsJson);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    } catch {
      throw new InputError(
        `Invalid params-json '${paramsJson.slice(0, 80)}'. Expected a JSON object (the matrix entry's params_json).`,
      );
    }
  }
  const branch = text('branch') ?? defaultBranchName(command as CommandName, event);
  if (branch !== undefined && !/^[A-Za-z0-9._/-]+$/.test(branch))
    throw new InputError(`Invalid branch '${branch}'. Expected a branch name of letters, digits, '.', '_', '-', '/'.`);
  const base =
    text('base') ??
    (command === 'verify' ? event.pullRequest?.baseSha : (event.pullRequest?.baseRef ?? event.defaultBranch));
  const parallelism = wholeNumber(text('parallelism') ?? '4', 'parallelism', 'the trials a bayes wave trains at once');
  if (parallelism < 1 || parallelism > 256)
    throw new InputError(`Invalid parallelism '${parallelism}'. Expected 1 to 256 (one matrix runs at most 256 jobs).`);
  const remainingTrials = wholeNumber(
    text('remaining-trials') ?? '0',
    'remaining-trials',
    "resolve's remaining output",
  );
  const committer = text('committer') ?? 'github-actions[bot] <41898296+github-actions[bot]@users.noreply.github.com>';
  const who = /^(.+?)\s*<([^>]+)>$/.exec(committer);
  if (!who) throw new InputError(`Invalid committer '${committer}'. Expected 'Name <email>'.`);
  return {
    command: command as CommandName,
    workingDirectory: path('working-directory', '.'),
    scanPath: text('scan') ?? 'configs/scan.yaml',
    configPath: text('config') ?? 'configs/baseline.yaml',
    dataset,
    trial: trialText === undefined ? undefined : Number(trialText),
    paramsJson,
    outputDir: path('output-dir', 'mtrack-trial'),
    trialsDir: path('trials-dir', 'mtrack-trials'),
    mtrackPath: text('mtrack-path') ? path('mtrack-path', '.') : undefined,
    storeRoot: text('store-root') ? path('store-root', '.') : undefined,
    dataRepo: text('data-repo') ? path('data-repo', '.') : undefined,
    base,
    head: text('head') ?? (command === 'verify' ? (event.pullRequest?.headSha ?? 'HEAD') : undefined),
    branch,
    remote: text('remote') ?? (event.repository ? `${event.serverUrl}/${event.repository}.git` : undefined),
    token: text('token'),
    intent: text('intent'),
    prTitle: text('pr-title'),
    extraPaths: (getInput('extra-paths') ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    modelId: text('model-id'),
    modelRevision: text('model-revision'),
    hubEndpoint: text('hub-endpoint') ?? 'https://huggingface.co',
    committer: { name: who[1], email: who[2] },
    parallelism,
    remainingTrials,
    workflow: text('workflow'),
    waveToken: text('wave-token'),
  };
}

function wholeNumber(value: string, name: string, what: string): number {
  if (!/^\d+$/.test(value)) throw new InputError(`Invalid ${name} '${value}'. Expected a whole number (${what}).`);
  return Number(value);
}

function defaultBranchName(command: CommandName, event: EventFacts): string | undefined {
  if (command === 'baseline') return 'mtrack/baseline';
  if (command !== 'collect' && command !== 'resolve' && command !== 'run') return undefined;
  return event.pullRequest
    ? `mtrack/scan/pr-${event.pullRequest.number}`
    : `mtrack/scan/${event.ref.replace(/^refs\/heads\//, '')}`;
}

function absolute(base: string, p: string): string {
  return isAbsolute(p) ? p : resolve(base, p);
}
