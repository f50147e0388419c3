import type { ExperimentRule } from './rule.js';
import type { FileChange, Validate, Violation } from './types.js';

export const REPRODUCTIONS_DIR = 'reproductions';
const REPRODUCTION_PATH = /^reproductions\/(E\d{4,})\/(R\d{4,})\.json$/;

/** `reproductions/E0007/R0001.json` -> { experimentId, reproductionId }. */
export function parseReproductionPath(path: string): { experimentId: string; reproductionId: string } | undefined {
  const m = REPRODUCTION_PATH.exec(path);
  return m ? { experimentId: m[1], reproductionId: m[2] } : undefined;
}

const VERB = { M: 'modifies', D: 'deletes or renames', T: 'changes the type of' } as const;

/**
 * Reproduction records are append-only like run folders: a new `reproductions/E####/R####.json` must validate
 * against schemas/reproduction.schema.json and name its own experiment; an existing one never changes.
 */
export function checkReproductions(
  changes: FileChange[],
  documents: ReadonlyMap<string, Uint8Array>,
  validate: Validate,
): Violation[] {
  const out: Violation[] = [];
  for (const change of changes) {
    if (!change.path.startsWith(`${REPRODUCTIONS_DIR}/`)) continue;
    const parsed = parseReproductionPath(change.path);
    if (change.status !== 'A') {
      out.push({
        rule: 'immutable-reproduction',
        path: change.path,
        message: `${VERB[change.status]} a reproduction record that is already committed; reproductions are append-only.`,
        fix: `restore it (\`git checkout HEAD -- '${change.path}'\`) and record a new one with \`mtrack reproduce\`.`,
      });
      continue;
    }
    const problem = parsed
      ? whyInvalid(documents.get(change.path), parsed.experimentId, validate)
      : 'not a reproduction path';
    if (problem)
      out.push({
        rule: 'schema',
        path: change.path,
        message: `${problem}${parsed ? '' : "; expected 'reproductions/E####/R####.json'"}.`,
        fix: 'write reproduction records with `mtrack reproduce E####`.',
      });
  }
  return out;
}

function whyInvalid(bytes: Uint8Array | undefined, experimentId: string, validate: Validate): string | undefined {
  if (!bytes) return 'unreadable';
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`;
  }
  const problem = validate('reproduction', data);
  if (problem) return problem;
  const named = (data as { experiment_id: string }).experiment_id;
  return named === experimentId ? undefined : `experiment_id: '${named}' disagrees with its folder '${experimentId}'`;
}

/** reproductions/E####/R####.json records are added, valid, and never changed afterwards. */
export const reproductionsRule: ExperimentRule = {
  id: 'reproductions',
  description: 'a reproduction record is added once, matches its schema and its path, and is never changed.',
  fix: 'record reproductions with `mtrack reproduce E####`; a new attempt is a new R#### file.',
  reports: ['immutable-reproduction', 'schema'],
  check: (input) => ({ violations: checkReproductions(input.changes, input.documents, input.validate) }),
};
