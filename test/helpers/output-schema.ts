import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ajv2020 from 'ajv/dist/2020.js';

type Validate = ((data: unknown) => boolean) & { errors?: unknown };
const Ajv = (ajv2020 as unknown as { default: new (o: object) => { compile: (s: object) => Validate } }).default;
const ajv = new Ajv({ strict: true, allErrors: true });
const compiled = new Map<string, Validate>();

/** Schema errors of a CLI's JSON output against schemas/<name>.schema.json ([] when valid). */
export function outputSchemaErrors(name: string, data: unknown): unknown[] {
  let validate = compiled.get(name);
  if (!validate) {
    validate = ajv.compile(JSON.parse(readFileSync(join('schemas', `${name}.schema.json`), 'utf8')));
    compiled.set(name, validate);
  }
  return validate(data) ? [] : ((validate.errors as unknown[]) ?? ['invalid']);
}
