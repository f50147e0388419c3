import type { ExperimentRule } from './rule.js';
import { isHashedRunFile } from '../run-files.js';
import { relativePathProblem } from '../safe-path.js';
import { artifactLinesOf, isExternalUri, isRecord, manifestOf, pick } from './run-documents.js';
import { runPath } from './paths.js';
import type { RunFolderFiles } from './run-folder.js';
import type { Violation } from './types.js';

const FIX = 'commit the folder exactly as `mtrack run` wrote it; a changed result is a new run (`mtrack run`).';

/**
 * Rule 8 (hash coverage) for one new run folder: manifest.json `files` names every file of the folder except
 * manifest.json and notes.md, each with the sha256 of its bytes; the manifest's `outputs.artifacts` and the
 * in-folder lines of pointers/artifact_store.txt agree with the bytes too; an offloaded file (manifest
 * outputs.external_artifacts) has the same uri and sha256 in an artifact_store.txt line, and every s3:// or
 * artifact-store: line is recorded there, so the manifest covers the bytes outside Git as well.
 */
export function checkFileHashes(run: RunFolderFiles): Violation[] {
  const hashes = run.hashes;
  const manifest = manifestOf(run);
  const listed = pick(manifest, 'files');
  if (!hashes || !isRecord(listed)) return []; // no manifest, or the schema rule already refused its shape
  const out: Violation[] = [];
  const push = (rel: string, message: string) =>
    out.push({ rule: 'file-hash', path: runPath(run.folder, rel), message, fix: FIX });
  const compare = (rel: string, want: unknown, where: string) => {
    const have = hashes.get(rel);
    if (relativePathProblem(rel)) return; // the unsafe-path rule names it; it is never looked up
    if (!run.sizes.has(rel)) push(rel, `is named by ${where} but missing from the run folder.`);
    else if (have !== undefined && have !== want)
      push(rel, `has sha256 '${have}', not the '${String(want)}' that ${where} records.`);
  };

  for (const rel of [...run.sizes.keys()].sort()) {
    if (isHashedRunFile(rel) && !Object.hasOwn(listed, rel))
      push(rel, 'is not listed in manifest.json files; every file of a run folder is covered by a hash.');
  }
  for (const [rel, want] of Object.entries(listed)) compare(rel, want, 'manifest.json files');
  const artifacts = pick(manifest, 'outputs', 'artifacts');
  if (isRecord(artifacts))
    for (const [rel, want] of Object.entries(artifacts)) compare(rel, want, 'manifest.json outputs.artifacts');
  for (const line of artifactLinesOf(run)) {
    if (!isExternalUri(line.uri)) compare(line.uri, line.sha256, `pointers/artifact_store.txt line ${line.line}`);
  }
  out.push(...checkExternalArtifacts(run, pick(manifest, 'outputs', 'external_artifacts')));
  return dedupeByPath(out);
}

function checkExternalArtifacts(run: RunFolderFiles, external: unknown): Violation[] {
  const out: Violation[] = [];
  const lines = artifactLinesOf(run);
  const file = runPath(run.folder, 'pointers/artifact_store.txt');
  const recorded = new Map<string, unknown>();
  if (isRecord(external))
    for (const [rel, entry] of Object.entries(external)) {
      const uri = pick(entry, 'uri');
      const want = pick(entry, 'sha256');
      recorded.set(String(uri), want);
      const line = lines.find((l) => l.uri === uri);
      if (!line)
        out.push({
          rule: 'file-hash',
          path: file,
          message: `has no line for '${String(uri)}', which manifest.json outputs.external_artifacts records for '${rel}'.`,
          fix: FIX,
        });
      else if (line.sha256 !== want)
        out.push({
          rule: 'file-hash',
          path: file,
          message: `line ${line.line}: '${line.uri}' has '${line.sha256}', not the '${String(want)}' manifest.json outputs.external_artifacts records.`,
          fix: FIX,
        });
    }
  for (const line of lines) {
    if (!isExternalUri(line.uri) || line.uri.startsWith('file://') || recorded.has(line.uri)) continue;
    out.push({
      rule: 'file-hash',
      path: file,
      message: `line ${line.line}: '${line.uri}' is not recorded in manifest.json outputs.external_artifacts.`,
      fix: FIX,
    });
  }
  return out;
}

// A file named by several records (files, outputs.artifacts, artifact_store.txt) is reported once.
function dedupeByPath(violations: Violation[]): Violation[] {
  const seen = new Set<string>();
  return violations.filter((v) => !seen.has(v.path) && (seen.add(v.path), true));
}

/** Item 5 of the record's promise: every fixed byte of a new run folder is covered by manifest.json `files`. */
export const fileHashesRule: ExperimentRule = {
  id: 'file-hashes',
  description:
    "every file of a new run folder except manifest.json and notes.md has its sha256 in manifest.json's files.",
  fix: 'let `mtrack run` write the run folder; never edit its files after the manifest is written.',
  reports: ['file-hash'],
  check: (input) => ({ violations: input.runs.flatMap(checkFileHashes) }),
};
