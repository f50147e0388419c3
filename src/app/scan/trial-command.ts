import type { BaselineConfig } from '../../core/run-config.js';
import { floatNames, renestParams, type PythonTypes } from '../../core/scan/index.js';
import type { ArgTypes } from '../../core/wandb-command.js';
import { commandArgv } from '../../adapters/trainer/command/run-command-trainer.js';

/** The Python types of a trial's values, so its command line prints them as W&B's agent does. */
export function argTypes(python: PythonTypes, params: Record<string, unknown>): ArgTypes {
  return {
    floats: [...floatNames(python, params)],
    nestedLast: [...new Set(Object.values(python.nested).map((path) => path[0]))],
  };
}

/** A trial's values as the run receives them: for a command trainer, W&B's nested parameters as one mapping. */
export function trialOverrides(
  base: BaselineConfig,
  python: PythonTypes,
  params: Record<string, unknown>,
): Record<string, unknown> {
  return base.trainer?.type === 'command' ? renestParams(params, python.nested) : params;
}

/**
 * A command-trainer trial's argv for `scan resolve --json`. The variables a command names (${envvar:NAME}) are the
 * planning machine's: the same ones the run will see.
 */
export function trialArgv(
  base: BaselineConfig,
  python: PythonTypes,
  params: Record<string, unknown>,
  overrides: Record<string, unknown> | undefined,
): { argv?: string[] } {
  const trainer = base.trainer;
  if (trainer?.type !== 'command') return {};
  const all = { ...(base.params ?? {}), ...trialOverrides(base, python, params), ...overrides };
  return { argv: commandArgv(trainer, all, '<run folder>/.sweep-args.json', process.env, argTypes(python, params)) };
}
