import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentSchema, Validate } from '../core/rules/types.js';

// Hooks start a fresh Node for every commit; importing ajv and compiling these schemas took ~250 ms of CPU there.
// So the first run compiles them once with ajv's standalone code generator into a per-user cache, keyed by the
// schema bytes and ajv's version, and every later run loads that plain module (a few ms) without importing ajv.

export type SchemaName = DocumentSchema | 'mtrack_config';
const NAMES: SchemaName[] = ['manifest', 'metrics', 'config_resolved', 'dataset_pointer', 'artifact_pointer', 'model_ref', 'dataset_manifest', 'mtrack_config'];
const GENERATOR = 1;

interface ErrorLike {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}
type Compiled = Record<SchemaName, ((data: unknown) => boolean) & { errors?: ErrorLike[] | null }>;

const require = createRequire(import.meta.url);

function findSchemasDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++, dir = dirname(dir)) if (existsSync(join(dir, 'schemas', 'manifest.schema.json'))) return join(dir, 'schemas');
  throw new Error('mtrack: cannot find the schemas/ folder next to the package');
}

function cacheDir(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'mtrack');
}

let compiled: Compiled | undefined;

function load(): Compiled {
  if (compiled) return compiled;
  const dir = findSchemasDir();
  const schemas = NAMES.map((name) => readFileSync(join(dir, `${name}.schema.json`), 'utf8'));
  const ajvVersion = (require('ajv/package.json') as { version: string }).version;
  const key = createHash('sha256').update(JSON.stringify([GENERATOR, ajvVersion, schemas])).digest('hex').slice(0, 16);
  const file = join(cacheDir(), `validators-${key}.cjs`);
  if (existsSync(file)) {
    try {
      return (compiled = require(file) as Compiled);
    } catch {
      // A truncated or foreign cache file: regenerate below.
    }
  }
  return (compiled = generate(schemas, file));
}

function generate(schemas: string[], file: string): Compiled {
  const Ajv2020 = require('ajv/dist/2020').default;
  const standaloneCode = require('ajv/dist/standalone').default;
  const ajv = new Ajv2020({ allErrors: false, strict: true, code: { source: true } });
  const refs: Record<string, string> = {};
  NAMES.forEach((name, i) => {
    const schema = JSON.parse(schemas[i]);
    ajv.addSchema(schema);
    refs[name] = schema.$id;
  });
  // The generated module requires ajv's small runtime helpers by package name: point them at this ajv.
  const ajvDir = dirname(require.resolve('ajv/package.json'));
  const code = (standaloneCode(ajv, refs) as string).replace(/require\("ajv\/dist\/runtime\//g, `require(${JSON.stringify(ajvDir + '/dist/runtime/').slice(0, -1)}`);
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, code);
    renameSync(temp, file);
    return require(file) as Compiled;
  } catch {
    // No writable cache: validate with the in-process compiled functions this time.
    const out = {} as Compiled;
    for (const name of NAMES) out[name] = ajv.getSchema(refs[name]);
    return out;
  }
}

/** `<field>: <problem>`, worded like adapters/schemas' describeSchemaError. */
function describe(error: ErrorLike): string {
  const path = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let field = path.join('.');
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'additionalProperties') {
    field = [...path, String(error.params.additionalProperty)].join('.');
    message = 'unknown key';
  } else if (error.keyword === 'required') {
    field = [...path, String(error.params.missingProperty)].join('.');
    message = 'is required but missing';
  } else if (error.keyword === 'enum') {
    message = `expected one of ${JSON.stringify(error.params.allowedValues)}`;
  }
  return `${field || '(document)'}: ${message}`;
}

/** Validates with the cached standalone validators; returns `<field>: <problem>` or undefined. */
export function validateFast(schema: SchemaName, data: unknown): string | undefined {
  const validate = load()[schema];
  if (validate(data)) return undefined;
  return validate.errors?.[0] ? describe(validate.errors[0]) : 'is invalid';
}

export const validateDocument: Validate = validateFast;
