import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BaselineConfig } from '../../core/run-config.js';
import type { ScanSpec } from '../../core/scan/index.js';
import { schemasDir } from '../../adapters/schemas.js';

interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
}

let paths: string[] | undefined;

/** The dotted paths a scan may set on the built-in trainer: config_resolved's keys, read from its schema. */
export function builtinParameterPaths(): string[] {
  if (paths) return paths;
  const schema = JSON.parse(readFileSync(join(schemasDir(), 'config_resolved.schema.json'), 'utf8')) as SchemaNode;
  paths = [];
  for (const [key, node] of Object.entries(schema.properties ?? {})) {
    if (key === 'dataset' || key === 'trainer' || key === 'params') continue;
    if (node.type === 'object' && node.properties)
      for (const inner of Object.keys(node.properties)) paths.push(`${key}.${inner}`);
    else paths.push(key);
  }
  return paths;
}

/** The base config a scan's trials run with: W&B's program / command in the scan make the trainer a command. */
export function scanBaseConfig(spec: ScanSpec, base: BaselineConfig): BaselineConfig {
  if (spec.program === undefined && spec.command === undefined) return base;
  const previous = base.trainer?.type === 'command' ? base.trainer : undefined;
  return {
    ...base,
    trainer: {
      type: 'command',
      ...(previous?.interpreter ? { interpreter: previous.interpreter } : {}),
      ...(previous?.timeout_s ? { timeout_s: previous.timeout_s } : {}),
      ...(previous?.grace_s !== undefined ? { grace_s: previous.grace_s } : {}),
      ...(spec.program !== undefined ? { program: spec.program } : {}),
      ...(spec.command !== undefined ? { command: spec.command } : {}),
      // The generated type spells the schema's anyOf (run | command | program) as a loose union; one is set above.
    } as BaselineConfig['trainer'],
  };
}
