import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../adapters/package-files.js';

let version: string | undefined;

export function mtrackVersion(): string {
  version ??= (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}

export function environmentFacts(t: { backend: string; trainer: string }) {
  return {
    mtrack_version: mtrackVersion(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    backend: t.backend,
    trainer: t.trainer,
  };
}
