import type { EventFacts } from '../context.js';
import type { Settings } from '../inputs.js';
import { baseline } from './baseline.js';
import { collect } from './collect.js';
import { resolve } from './resolve.js';
import { run } from './run.js';
import { verify } from './verify.js';

/** The Action's commands by the `command` input; a new command is one file here and one entry. */
export const COMMAND_RUNNERS: Record<Settings['command'], (s: Settings, e: EventFacts) => Promise<void>> = {
  resolve,
  run,
  collect,
  verify,
  baseline,
};
