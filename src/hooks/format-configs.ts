import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseDocument } from 'yaml';
import { parseYamlDocument } from '../adapters/documents.js';
import { reportError } from './report.js';

/**
 * lint-staged's task for staged configs/*.yaml: re-indents them (comments and key order kept), then validates them
 * against their schema so a broken config never reaches a run. lint-staged re-stages what this rewrites.
 */
export function formatConfigs(files: string[]): number {
  try {
    for (const file of files) {
      let text = readFileSync(file, 'utf8');
      const doc = parseDocument(text, { uniqueKeys: true });
      // A file with YAML errors is left as written: the schema check below reports the first error's position.
      if (doc.errors.length === 0) {
        const formatted = doc.toString({ indent: 2, lineWidth: 0 });
        if (formatted !== text) writeFileSync(file, (text = formatted));
      }
      parseYamlDocument(text, basename(file).startsWith('scan') ? 'scan_config' : 'baseline_config', file);
    }
    return 0;
  } catch (error) {
    return reportError(error);
  }
}
