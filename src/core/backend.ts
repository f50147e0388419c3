import { badInput } from './errors.js';
import type { ResolvedConfig } from './documents/index.js';

/** The built-in trainer's backend choices: the one list the CLI, the trainer and (held equal by a test) the schemas use. */
export const BACKEND_PREFERENCES = ['auto', 'tensorflow', 'wasm', 'cpu'] as const;

export type BackendPreference = (typeof BACKEND_PREFERENCES)[number];

/** A config's `trainer` entry (schemas/config_resolved.schema.json). */
export type TrainerConfig = ResolvedConfig['trainer'];

// Compile-time half of the drift check: the schema's enum (through the generated type) and the list are one set.
type SchemaBackend = NonNullable<Extract<TrainerConfig, { type: 'builtin' }>['backend']>;
const sameSet: [SchemaBackend] extends [BackendPreference]
  ? [BackendPreference] extends [SchemaBackend]
    ? true
    : never
  : never = true;
void sameSet;

/** `value` as a backend choice (undefined stays undefined); anything else is bad input naming `field`. */
export function parseBackendPreference(value: string | undefined, field: string): BackendPreference | undefined {
  if (value === undefined || (BACKEND_PREFERENCES as readonly string[]).includes(value))
    return value as BackendPreference | undefined;
  throw badInput(`${field} '${value}': expected one of ${BACKEND_PREFERENCES.join(', ')}.`);
}
