import * as core from '@actions/core';
import * as ajv2020 from 'ajv/dist/2020.js';
import { useBundledAjv, type Ajv2020Class } from '../adapters/schemas.js';
import { MtrackError } from '../core/errors.js';
import { readEventFacts, type EventFacts } from './context.js';
import { InputError, readSettings, type Settings } from './inputs.js';
import { COMMAND_RUNNERS } from './commands/index.js';

/** The Action's entry: one command per step; every failure ends in core.setFailed with one line. */
export async function run(): Promise<void> {
  // A static import, so ncc carries ajv: the Action runs from a checkout of mtrack with nothing installed.
  useBundledAjv((ajv2020 as unknown as { default: Ajv2020Class }).default);
  let settings: Settings;
  let event: EventFacts;
  try {
    event = readEventFacts();
    settings = readSettings((name) => core.getInput(name), event, process.env.GITHUB_WORKSPACE || process.cwd());
  } catch (error) {
    core.setFailed(error instanceof InputError ? error.message : `mtrack: cannot read the inputs: ${String(error)}`);
    return;
  }
  if (settings.token) core.setSecret(settings.token);
  try {
    await COMMAND_RUNNERS[settings.command](settings, event);
  } catch (error) {
    core.setFailed(describe(error));
    return;
  }
}

function describe(error: unknown): string {
  if (error instanceof MtrackError) return error.hint ? `${error.message} ${error.hint}` : error.message;
  if (error instanceof InputError) return error.message;
  return `mtrack: unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}
