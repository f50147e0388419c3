import { sha256 } from '../../src/core/hash.js';
import { canonicalConfig, resolveRunConfig, trainedModelName } from '../../src/core/run-config.js';
import { buildManifest, renderRunNotes, runFolderName, type RunFacts } from '../../src/core/run-record.js';
import { schemaErrors } from '../../src/adapters/schemas.js';

const SHA = (c: string) => `sha256:${c.repeat(64)}` as const;

function facts(): RunFacts {
  return {
    experimentId: 'E0007',
    createdUtc: '2026-02-08T17:22:10Z',
    finishedUtc: '2026-02-08T17:25:00Z',
    intent: 'lr scan',
    git: { commit: 'a'.repeat(40), branch: 'main', dirty: false },
    model: { provider: 'huggingface', model_id: 'lane99/resnet_mnist_digits', revision: 'main', resolved_commit: null },
    trained: { name: 'resnet16x1', from_pinned: false },
    dataset: {
      dataset_id: 'mnist',
      revision_id: 'D0002',
      dataset_meta_commit: 'b'.repeat(40),
      store: { type: 'local_fs', root: '/ml-data-store', relative_path: 'mnist/D0002' },
      hashes: { train: SHA('1'), test: SHA('2') },
      checksums: SHA('3'),
    },
    config: { path: 'configs/baseline.yaml', hash: SHA('4'), seed: 1337 },
    artifacts: { 'artifacts/model/model.json': SHA('5') },
    environment: {
      mtrack_version: '0.1.0',
      node: 'v20',
      platform: 'linux-x64',
      backend: 'wasm',
      trainer: 'builtin:tfjs',
    },
  };
}

const STAMP_FIELDS = [
  'experiment_id',
  'created_utc',
  'git_commit',
  'git_branch',
  'dirty_worktree',
  'model_id',
  'model_revision',
  'dataset_id',
  'dataset_version',
  'seed',
  'config_hash',
];

const HASHES = {
  'metrics.json': sha256('metrics'),
  'config_resolved.yaml': sha256('config'),
  'notes.md': sha256('notes'),
  'pointers/dataset_pointer.txt': sha256('pointer'),
  'artifacts/model/weights.bin': sha256('weights'),
} as const;

describe('manifest', () => {
  test('files lists the sha256 of every fixed file, sorted, without notes.md', () => {
    const manifest = buildManifest(facts(), HASHES);
    expect(manifest.files).toEqual({
      'artifacts/model/weights.bin': sha256('weights'),
      'config_resolved.yaml': sha256('config'),
      'metrics.json': sha256('metrics'),
      'pointers/dataset_pointer.txt': sha256('pointer'),
    });
    expect(Object.keys(manifest.files as object)).toEqual(Object.keys(manifest.files as object).sort());
  });

  test('carries every stamp field the spec requires and validates against the schema', () => {
    const manifest = buildManifest(facts(), HASHES);
    expect(schemaErrors('manifest', manifest)).toEqual([]);
    expect(Object.keys(manifest.stamp as object).sort()).toEqual([...STAMP_FIELDS].sort());
  });

  test('the schema refuses a manifest with any stamp field dropped', () => {
    for (const field of STAMP_FIELDS) {
      const manifest = buildManifest(facts(), HASHES) as { stamp: Record<string, unknown> };
      delete manifest.stamp[field];
      expect(schemaErrors('manifest', manifest).length).toBeGreaterThan(0);
    }
  });

  test('the folder name is date, dataset, the trained model and id, not the pinned model it did not use', () => {
    expect(runFolderName(facts())).toBe('2026-02-08__mnist__resnet16x1__E0007');
    expect((buildManifest(facts(), {}).inputs as { trained_model: unknown }).trained_model).toEqual({
      name: 'resnet16x1',
      from_pinned: false,
    });
  });

  test('the trained model is named from the architecture or the command trainer', () => {
    const config = resolveRunConfig({}, {}, { id: 'mnist', revision: 'D0001' }) as never;
    expect(trainedModelName(config)).toBe('resnet16x1');
    expect(
      trainedModelName({ architecture: { type: 'mlp', hidden: 512, blocks: 2 }, trainer: { type: 'builtin' } }),
    ).toBe('mlp512x2');
    expect(trainedModelName({ architecture: { type: 'mlp' }, trainer: { type: 'builtin' } })).toBe('mlp256x1');
    const run = ['python3', 'src/train_cnn.py', '--fast'];
    expect(trainedModelName({ architecture: { type: 'resnet' }, trainer: { type: 'command', run } })).toBe('train_cnn');
    expect(
      trainedModelName({ architecture: { type: 'resnet' }, trainer: { type: 'command', run, model: 'torch-cnn' } }),
    ).toBe('torch-cnn');
  });

  test('notes follow the decision-log template', () => {
    const notes = renderRunNotes(
      facts(),
      { primary: { name: 'accuracy', value: 0.98 }, loss: 0.05, eval: { accuracy: 0.98, recall_macro: 0.97 } },
      [],
    );
    for (const heading of [
      '# E0007 Notes',
      '## Intent',
      '## Change Summary',
      '- Model:',
      '- Data:',
      '- Config / scan:',
      '- Code:',
      '## Results',
      '- Primary metric: accuracy 0.9800',
      '## Next Decision',
    ]) {
      expect(notes).toContain(heading);
    }
    expect(notes).toContain('main (unresolved)');
    expect(notes).toContain(
      '- Model: resnet16x1, trained from scratch; the pinned baseline lane99/resnet_mnist_digits',
    );
    expect(notes).toContain('- Primary metric: accuracy 0.9800 (no earlier run to compare with)');
    expect(notes).toContain('- Observed failure modes: (to fill in)\n\n## Next Decision\n');
  });

  test('Results give the change against the reference run, and uncommitted inputs are said', () => {
    const dirty = { ...facts(), git: { ...facts().git, dirty: true, dirtyInputs: ['configs/scan.yaml'] } };
    const notes = renderRunNotes(dirty, { primary: { name: 'accuracy', value: 0.98 }, loss: 0.05, eval: {} }, [], {
      experimentId: 'E0001',
      primary: { name: 'accuracy', value: 0.95 },
    });
    expect(notes).toContain('- Primary metric: accuracy 0.9800 (+0.0300 vs E0001: 0.9500)');
    expect(notes).toContain('- Uncommitted inputs (--allow-dirty): configs/scan.yaml');
  });
});

describe('resolved config', () => {
  test('equal configs give equal bytes and hashes whatever the key order', () => {
    const a = canonicalConfig(
      resolveRunConfig({ learning_rate: 0.01, batch_size: 32 }, {}, { id: 'mnist', revision: 'D0001' }),
    );
    const b = canonicalConfig(
      resolveRunConfig({ batch_size: 32, learning_rate: 0.01 }, {}, { id: 'mnist', revision: 'D0001' }),
    );
    expect(a.text).toBe(b.text);
    expect(a.hash).toBe(b.hash);
    expect(schemaErrors('config_resolved', resolveRunConfig({}, {}, { id: 'mnist', revision: 'D0001' }))).toEqual([]);
  });

  test('overrides land at their dotted paths and change the hash', () => {
    const base = resolveRunConfig({}, {}, { id: 'mnist', revision: 'D0001' });
    const changed = resolveRunConfig(
      {},
      { 'architecture.width': 32, learning_rate: 0.004 },
      { id: 'mnist', revision: 'D0001' },
    );
    expect((changed.architecture as { width: number }).width).toBe(32);
    expect(changed.learning_rate).toBe(0.004);
    expect(canonicalConfig(changed).hash).not.toBe(canonicalConfig(base).hash);
  });

  test('keys are sorted at every depth', () => {
    const { text } = canonicalConfig({ b: 1, a: { d: 1, c: 2 } });
    expect(text).toBe('a:\n  c: 2\n  d: 1\nb: 1\n');
  });
});
