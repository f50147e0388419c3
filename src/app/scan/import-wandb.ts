import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { badInput } from '../../core/errors.js';
import { convertWandbSweep, type ScanSpec } from '../../core/scan/index.js';
import { parseYamlDocument, readText } from '../../adapters/documents.js';

export interface WandbImport {
  text: string;
  spec: ScanSpec;
  dropped: string[];
  notes: string[];
}

/**
 * `mtrack scan import-wandb <sweep.yaml> [--out FILE]`: converts the sweep file and, with `out`, writes the result
 * there (refusing to replace an existing file: a committed scan.yaml changes only by an edit the user reviews).
 */
export async function importWandbSweep(file: string, out?: string): Promise<WandbImport> {
  // The converted header is committed: it names the source relative to here, never by a machine's absolute path.
  const shown = isAbsolute(file) ? relative(process.cwd(), file) : file;
  const { yaml, spec, dropped, notes } = convertWandbSweep(readText(file, shown), shown);
  // The converted text must satisfy the same schema configs/scan.yaml is checked against.
  parseYamlDocument(yaml, 'scan_config', out ?? `${file} (converted)`);
  if (out) {
    if (existsSync(out))
      throw badInput(
        `${out}: already exists. Expected a new path for the converted scan (move the old file away first).`,
      );
    const staging = `${out}.tmp-${process.pid}`;
    writeFileSync(staging, yaml);
    renameSync(staging, out);
  }
  return { text: yaml, spec, dropped, notes };
}
