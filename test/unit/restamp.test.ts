import { assignExperimentIds } from '../../src/core/ids.js';
import { restampDocuments, type StampedDocuments } from '../../src/core/restamp.js';
import { makeRunFolder } from '../helpers/run-fixture.js';

/** The id-bearing documents of a complete run folder E0003 (the same shapes `mtrack run` writes). */
function documentsOf(n = 3): StampedDocuments {
  const run = makeRunFolder({ n, metaCommit: 'b'.repeat(40) });
  return {
    folder: run.folder,
    manifest: JSON.parse(run.files['manifest.json'] as string),
    metrics: JSON.parse(run.files['metrics.json'] as string),
    notes: `${run.files['notes.md'] as string}\n## Intent\nfixture run\n`,
  };
}

/** Every string leaf of a JSON value with its dotted path. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [[path, value]];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

describe('restampDocuments', () => {
  test('rewrites every field that carries the id and leaves no trace of the old one', () => {
    const before = documentsOf(3);
    const after = restampDocuments(before, 'E0042');

    expect(after.folder).toBe(before.folder.replace(/__E0003$/, '__E0042'));
    const base = `experiments/${after.folder}`;
    expect(after.manifest).toMatchObject({
      experiment_id: 'E0042',
      stamp: { experiment_id: 'E0042' },
      inputs: { config: { resolved_path: `${base}/config_resolved.yaml` } },
      outputs: {
        metrics_path: `${base}/metrics.json`,
        artifacts_dir: `${base}/artifacts`,
        exported_model_ref: `${base}/pointers/artifact_store.txt`,
      },
    });
    expect(after.metrics.experiment_id).toBe('E0042');
    expect(after.notes.split('\n')[0]).toBe('# E0042 Notes');
    for (const text of [JSON.stringify(after.manifest), JSON.stringify(after.metrics), after.notes])
      expect(text).not.toContain('E0003');
  });

  test('changes nothing but the id-bearing fields: config_hash, dates, metrics values and artifact hashes stay', () => {
    const before = documentsOf(3);
    const after = restampDocuments(before, 'E0042');
    const idFields = new Set([
      'experiment_id',
      'stamp.experiment_id',
      'inputs.config.resolved_path',
      'outputs.metrics_path',
      'outputs.artifacts_dir',
      'outputs.exported_model_ref',
    ]);
    const changed = (a: unknown, b: unknown) => {
      const old = new Map(leaves(a));
      return leaves(b)
        .filter(([path, value]) => old.get(path) !== value)
        .map(([path]) => path);
    };
    expect(changed(before.manifest, after.manifest).sort()).toEqual([...idFields].sort());
    expect(changed(before.metrics, after.metrics)).toEqual(['experiment_id']);
    expect(after.manifest.stamp).toMatchObject({
      config_hash: (before.manifest.stamp as Record<string, unknown>).config_hash,
    });
    expect((after.manifest.outputs as Record<string, unknown>).artifacts).toEqual(
      (before.manifest.outputs as Record<string, unknown>).artifacts,
    );
    expect(after.notes.split('\n').slice(1)).toEqual(before.notes.split('\n').slice(1));
  });

  test('does not modify its input', () => {
    const before = documentsOf(3);
    const copy = structuredClone(before);
    restampDocuments(before, 'E0042');
    expect(before).toEqual(copy);
  });

  test('restamping back to the old id gives the original documents', () => {
    const before = documentsOf(3);
    expect(restampDocuments(restampDocuments(before, 'E0010'), 'E0003')).toEqual(before);
  });

  test.each<[string, (d: StampedDocuments) => void, RegExp]>([
    [
      'a folder that is not a run folder',
      (d) => (d.folder = 'my-run'),
      /Run folder 'my-run': expected <date>__<dataset>__<model>__E####/,
    ],
    [
      "a manifest experiment_id other than the folder's",
      (d) => (d.manifest.experiment_id = 'E0009'),
      /manifest\.json experiment_id: expected 'E0003' \(the folder's id\), got 'E0009'/,
    ],
    [
      "a stamp.experiment_id other than the folder's",
      (d) => ((d.manifest.stamp as Record<string, unknown>).experiment_id = 'E0004'),
      /stamp\.experiment_id: expected 'E0003'.*got 'E0004'/,
    ],
    [
      "a metrics.json experiment_id other than the folder's",
      (d) => (d.metrics.experiment_id = 'E0001'),
      /metrics\.json experiment_id: expected 'E0003'.*got 'E0001'/,
    ],
    [
      'an output path outside the folder',
      (d) => ((d.manifest.outputs as Record<string, unknown>).metrics_path = 'experiments/other__E0001/metrics.json'),
      /outputs\.metrics_path: expected a path under 'experiments\/.*__E0003\/', got 'experiments\/other__E0001/,
    ],
    [
      'a resolved_path outside the folder',
      (d) => ((d.manifest.inputs as Record<string, Record<string, unknown>>).config.resolved_path = 'configs/x.yaml'),
      /inputs\.config\.resolved_path: expected a path under/,
    ],
    ['notes without the id heading', (d) => (d.notes = '# Notes\n'), /notes\.md: expected a '# E0003 …' heading/],
  ])('refuses %s', (_what, spoil, message) => {
    const docs = documentsOf(3);
    spoil(docs);
    expect(() => restampDocuments(docs, 'E0042')).toThrow(message);
  });

  test.each(['E42', 'e0042', 'D0042', ''])('refuses the new id %j', (id) => {
    expect(() => restampDocuments(documentsOf(3), id)).toThrow(
      `Invalid experiment id '${id}'. Expected E#### (e.g. E0007).`,
    );
  });
});

describe('assignExperimentIds', () => {
  test('hands out consecutive ids above the highest used or reserved one, never refilling gaps', () => {
    expect(assignExperimentIds([], 2)).toEqual(['E0001', 'E0002']);
    expect(assignExperimentIds(['E0001', 'E0007', 'junk', 'E0003'], 3)).toEqual(['E0008', 'E0009', 'E0010']);
    expect(assignExperimentIds(['E9999'], 1)).toEqual(['E10000']);
    expect(assignExperimentIds(['E0002'], 0)).toEqual([]);
  });
});
