import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Script } from 'node:vm';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { badInput } from '../core/errors.js';

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
  | 'artifact_pointer'
  | 'reproduction';

/** The part of an ajv error mtrack reads. */
export interface SchemaError {
  instancePath: string;
  schemaPath?: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
type Validators = Record<string, Validator>;

const require = createRequire(import.meta.url);

/** schemas/ at the package root, found from this file whether it runs from lib/ or from the ncc bundle. */
export function schemasDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++, dir = dirname(dir)) {
    if (existsSync(join(dir, 'schemas', 'manifest.schema.json'))) return join(dir, 'schemas');
  }
  throw new Error('mtrack: cannot find the schemas/ folder next to the package');
}

// Hooks start a fresh Node for every commit, and importing ajv and compiling the schemas costs ~250 ms of CPU.
// So the first use compiles every schema once with ajv's standalone code generator into a per-user cache keyed
// by the schema bytes and ajv's version; later processes load that plain module in a few ms without ajv.
const GENERATOR = 1;
let validators: Validators | undefined;

/** ajv's 2020 class: from node_modules by default, or the copy a bundle carries (useBundledAjv). */
export type Ajv2020Class = new (options: Record<string, unknown>) => {
  addSchema(schema: unknown): unknown;
  getSchema(id: string): unknown;
};
let bundledAjv: Ajv2020Class | undefined;

/**
 * The Action bundle runs where nothing is installed (no node_modules to require ajv or its runtime helpers from):
 * it hands in the ajv it carries, and validators compile in process, without the standalone cache hooks need.
 */
export function useBundledAjv(Ajv: Ajv2020Class): void {
  bundledAjv = Ajv;
  validators = undefined;
}

function loadValidators(): Validators {
  if (validators) return validators;
  const dir = schemasDir();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort();
  const schemas = files.map((f) => readFileSync(join(dir, f), 'utf8'));
  if (bundledAjv) return (validators = compileInProcess(bundledAjv, files, schemas).validators);
  const ajvVersion = (require('ajv/package.json') as { version: string }).version;
  const key = createHash('sha256')
    .update(JSON.stringify([GENERATOR, ajvVersion, files, schemas]))
    .digest('hex')
    .slice(0, 16);
  const file = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'mtrack', `validators-${key}.cjs`);
  if (existsSync(file)) {
    try {
      return (validators = requireWithCodeCache(file));
    } catch {
      // A truncated or foreign cache file: regenerate below.
    }
  }
  return (validators = generateValidators(files, schemas, file));
}

function compileInProcess(Ajv2020: Ajv2020Class, files: string[], schemas: string[]) {
  const ajv = new Ajv2020({ allErrors: false, strict: true, code: { source: true } });
  const refs: Record<string, string> = {};
  files.forEach((f, i) => {
    const schema = JSON.parse(schemas[i]);
    ajv.addSchema(schema);
    refs[f.replace(/\.schema\.json$/, '')] = schema.$id;
  });
  const validators = Object.fromEntries(
    Object.entries(refs).map(([name, id]) => [name, ajv.getSchema(id) as Validator]),
  );
  return { ajv, refs, validators };
}

function generateValidators(files: string[], schemas: string[], file: string): Validators {
  const standaloneCode = require('ajv/dist/standalone').default;
  const { ajv, refs, validators: compiled } = compileInProcess(require('ajv/dist/2020').default, files, schemas);
  // The generated module requires ajv's runtime helpers by package name: point them at this ajv's files.
  const ajvDir = dirname(require.resolve('ajv/package.json'));
  const code = (standaloneCode(ajv, refs) as string).replace(
    /require\("ajv\/dist\/runtime\//g,
    `require(${JSON.stringify(`${ajvDir}/dist/runtime/`).slice(0, -1)}`,
  );
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, code);
    renameSync(temp, file);
    return requireWithCodeCache(file);
  } catch {
    // No writable cache (read-only home): validate with the in-process compiled functions.
    return compiled;
  }
}

/**
 * `require(file)` with V8's code cache beside it: the generated module is ~300 KB, and parsing and compiling it
 * cost ~60 ms of every hook's start-up; with the cache, ~10 ms. The cache is written at exit, so it holds the
 * validators this process ran, compiled; V8 rejects (and we rewrite) a cache from another V8 or another source.
 */
function requireWithCodeCache(file: string): Validators {
  const cacheFile = `${file}.${process.versions.v8}.v8cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // First use with this V8: compiled from source, cached at exit.
  }
  const script = new Script(wrapModule(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const module = { exports: {} as Validators };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  if (!cachedData || script.cachedDataRejected)
    process.once('exit', () => writeAtomic(cacheFile, script.createCachedData()));
  return module.exports;
}

// Node's CommonJS wrapper (module.wrap, which ESM imports of node:module do not expose under Jest).
const wrapModule = (code: string) => `(function (exports, require, module, __filename, __dirname) { ${code}\n});`;

function writeAtomic(file: string, bytes: Uint8Array | string): void {
  try {
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, bytes);
    renameSync(temp, file);
  } catch {
    // No writable cache: the next process compiles from source again.
  }
}

export function schemaErrors(name: SchemaName, data: unknown): SchemaError[] {
  const validate = loadValidators()[name];
  return validate(data) ? [] : [...(validate.errors ?? [{ instancePath: '', keyword: 'invalid', params: {} }])];
}

/** `<field>: <problem>` for the first error, or undefined when `data` fits schema `name`. */
export function validateDocument(name: SchemaName, data: unknown): string | undefined {
  const errors = schemaErrors(name, data);
  return errors.length === 0 ? undefined : describeSchemaError(errors[0]).text;
}

/** Throws a one-line BAD_INPUT error naming the file and the field when `data` does not fit schema `name`. */
export function assertSchema<T>(
  name: SchemaName,
  data: unknown,
  file: string,
  locate?: (path: string[], atKey: boolean) => string,
): T {
  const errors = schemaErrors(name, data);
  if (errors.length === 0) return data as T;
  const error = relevantError(name, errors, data);
  const { field, text } = describeSchemaError(error);
  const where = locate ? locate(field ? field.split('.') : [], error.keyword === 'additionalProperties') : '';
  throw badInput(`${file}${where} ${text}`);
}

/** The field an error is about (dotted) and `<field>: <problem>` in words a person can act on. */
export function describeSchemaError(error: SchemaError): { field: string; text: string } {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
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
  } else if (error.keyword === 'minItems') {
    message = `expected at least ${String(error.params.limit)} element(s)`;
  }
  return { field, text: `${field || '(document)'}: ${message}` };
}

/**
 * The error to report. ajv reports a failed `oneOf` with each branch's first error, the first branch first, so a
 * `trainer: {type: command, run: []}` would read "trainer.run: unknown key" (the builtin branch). The branch meant is
 * the one whose `type` const matches the document's `type`: report that branch's error, or the `type` itself.
 */
function relevantError(name: SchemaName, errors: SchemaError[], data: unknown): SchemaError {
  const oneOf = errors.find((e) => e.keyword === 'oneOf' && e.schemaPath);
  if (!oneOf) return errors[0];
  type Branch = { properties?: { type?: { const?: unknown } } };
  const branches = schemaNodeAt(name, oneOf.schemaPath!) as Branch[] | undefined;
  const consts: unknown[] = (branches ?? []).map((b) => b.properties?.type?.const).filter((c) => c !== undefined);
  if (!branches || consts.length !== branches.length) return errors[0];
  const instance = pointerGet(data, oneOf.instancePath) as { type?: unknown } | undefined;
  const index = consts.indexOf(instance?.type);
  if (index < 0)
    return { instancePath: `${oneOf.instancePath}/type`, keyword: 'enum', params: { allowedValues: consts } };
  return errors.find((e) => e.schemaPath?.startsWith(`${oneOf.schemaPath}/${index}/`)) ?? errors[0];
}

function schemaNodeAt(name: SchemaName, schemaPath: string): unknown {
  const schema: unknown = JSON.parse(readFileSync(join(schemasDir(), `${name}.schema.json`), 'utf8'));
  return pointerGet(schema, schemaPath.replace(/^#/, ''));
}

function pointerGet(root: unknown, pointer: string): unknown {
  let node = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
