import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';
import { parseYamlDocument } from '../adapters/documents.js';
import { schemasDir } from '../adapters/schemas.js';
import { reportError } from './report.js';

/**
 * lint-staged's task for staged configs/*.yaml: re-indents them (comments and key order kept), then validates them
 * against their schema so a broken config never reaches a run. lint-staged re-stages what this rewrites.
 */
export function formatConfigs(files: string[]): number {
  try {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const doc = parseDocument(text, { uniqueKeys: true });
      if (doc.errors.length === 0) {
        const formatted = doc.toString({ indent: 2, lineWidth: 0 });
        if (formatted !== text) writeFileSync(file, formatted);
      }
      const schema = basename(file).startsWith('scan') ? 'scan_config' : 'baseline_config';
      // scan_config arrives with the scan feature; until its schema file exists only the YAML itself is checked.
      if (existsSync(join(schemasDir(), `${schema}.schema.json`)))
        parseYamlDocument(readFileSync(file, 'utf8'), schema, file);
      else if (doc.errors.length > 0) parseYamlDocument(text, 'baseline_config', file);
    }
    return 0;
  } catch (error) {
    return reportError(error);
  }
}
