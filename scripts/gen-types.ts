// `npm run gen:types` regenerates src/core/documents/ from schemas/; `--check` only compares, lists the files that
// drifted and exits 1 (test/unit/document-types.test.ts runs it: prettier's plugin loading fails inside Jest's VM).
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENTS_DIR, generateDocumentTypes } from './document-types.js';

const check = process.argv.includes('--check');
const root = process.cwd();
const files = await generateDocumentTypes(root);
const stale = readdirSync(join(root, DOCUMENTS_DIR))
  .map((f) => `${DOCUMENTS_DIR}/${f}`)
  .filter((path) => !files.has(path));
const changed = [...files].filter(
  ([path, text]) => !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== text,
);
if (check) {
  for (const path of stale) console.log(`mtrack: ${path} has no schema; run \`npm run gen:types\`.`);
  for (const [path] of changed) console.log(`mtrack: ${path} differs from its schema; run \`npm run gen:types\`.`);
  process.exitCode = stale.length + changed.length > 0 ? 1 : 0;
} else {
  for (const path of stale) rmSync(join(root, path));
  for (const [path, text] of changed) writeFileSync(join(root, path), text);
  console.log(`mtrack: ${changed.length + stale.length} of ${files.size} files in ${DOCUMENTS_DIR}/ updated.`);
}
