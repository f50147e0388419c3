import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { badInput } from '../core/errors.js';

// ajv is CommonJS: under NodeNext its class arrives as the default export of the namespace.
const Ajv2020 = ajv2020.default.default ?? ajv2020.default;
type Ajv = InstanceType<typeof ajv2020.Ajv2020>;

export type SchemaName =
  | 'model_ref'
  | 'dataset_manifest'
  | 'dataset_ref'
  | 'checksums'
  | 'dataset_pointer'
  | 'manifest'
  | 'metrics'
  | 'baseline_config'
  | 'scan_config'
  | 'config_resolved'
  | 'mtrack_config'
  | 'artifact_pointer';

/** schemas/ at the package root, found from this file whether it runs from lib/ or from the ncc bundle. */
export function schemasDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    try {
      readFileSync(join(dir, 'schemas', 'manifest.schema.json'));
      return join(dir, 'schemas');
    } catch {
      dir = dirname(dir);
    }
  }
  throw new Error('mtrack: cannot find the schemas/ folder next to the package');
}

let ajv: Ajv | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

// Compile each schema once per process: hooks start often and ajv compilation dominates their start-up.
function validatorFor(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (validate) return validate;
  ajv ??= new Ajv2020({ allErrors: false, strict: true }) as Ajv;
  const schema = JSON.parse(readFileSync(join(schemasDir(), `${name}.schema.json`), 'utf8'));
  const fresh = ajv.compile(schema);
  validate = fresh;
  compiled.set(name, validate);
  return validate;
}

export function schemaErrors(name: SchemaName, data: unknown): ErrorObject[] {
  const validate = validatorFor(name);
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/** Throws a one-line BAD_INPUT error naming the file and the field when `data` does not fit schema `name`. */
export function assertSchema<T>(name: SchemaName, data: unknown, file: string, locate?: (path: string[], atKey: boolean) => string): T {
  const errors = schemaErrors(name, data);
  if (errors.length === 0) return data as T;
  throw badInput(describeSchemaError(errors[0], file, locate));
}

export function describeSchemaError(error: ErrorObject, file: string, locate?: (path: string[], atKey: boolean) => string): string {
  const path = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let field = path.join('.');
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    field = [...path, extra].join('.');
    message = 'unknown key';
  } else if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    field = [...path, missing].join('.');
    message = 'is required but missing';
  } else if (error.keyword === 'enum') {
    message = `expected one of ${JSON.stringify((error.params as { allowedValues: unknown[] }).allowedValues)}`;
  }
  const where = locate ? locate(field ? field.split('.') : [], error.keyword === 'additionalProperties') : '';
  return `${file}${where} ${field || '(document)'}: ${message}`;
}
