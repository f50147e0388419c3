import { describeSchemaError, schemaErrors } from '../adapters/schemas.js';
import type { Validate } from '../core/rules/index.js';

/** The rules' schema check, backed by the ajv validators of adapters/schemas (each compiled once per process). */
export const validateDocument: Validate = (schema, data) => {
  const errors = schemaErrors(schema, data);
  return errors.length === 0 ? undefined : describeSchemaError(errors[0], '').trim();
};
