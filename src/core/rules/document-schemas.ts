import type { DataRule, ExperimentRule } from './rule.js';
import { isModelRef } from './paths.js';
import type { Validate } from './types.js';

/** Rule 4 outside run folders: a changed models/**\/model_ref.json matches its schema. */
export const modelRefSchemaRule: ExperimentRule = {
  id: 'model-ref-schema',
  description: 'a committed model_ref.json matches schemas/model_ref.schema.json.',
  fix: 'write it with `mtrack model pin <model_id>`.',
  reports: ['schema'],
  check: (input) => ({
    violations: [...input.documents]
      .filter(([path]) => isModelRef(path))
      .flatMap(([path, bytes]) => {
        const problem = parseAndValidate(bytes, 'model_ref', input.validate);
        return problem ? [{ rule: 'schema' as const, path, message: problem, fix: modelRefSchemaRule.fix }] : [];
      }),
  }),
};

/** Each new or changed dataset_manifest.json of the dataset-meta repo matches its schema. */
export const datasetManifestSchemaRule: DataRule = {
  id: 'dataset-manifest-schema',
  description: 'a committed dataset_manifest.json matches schemas/dataset_manifest.schema.json.',
  fix: 'write revisions with `mtrack data materialize` / `mtrack data promote-heldout`.',
  reports: ['schema'],
  check: (input) =>
    [...input.documents].flatMap(([path, bytes]) => {
      const problem = parseAndValidate(bytes, 'dataset_manifest', input.validate);
      return problem ? [{ rule: 'schema' as const, path, message: problem, fix: datasetManifestSchemaRule.fix }] : [];
    }),
};

function parseAndValidate(
  bytes: Uint8Array,
  schema: 'model_ref' | 'dataset_manifest',
  validate: Validate,
): string | undefined {
  try {
    return validate(schema, JSON.parse(new TextDecoder().decode(bytes)));
  } catch (error) {
    return `not valid JSON (${(error as Error).message}).`;
  }
}
