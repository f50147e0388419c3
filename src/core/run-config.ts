import { canonicalYaml, configHash } from './canonical-yaml.js';
import { setDotted } from './dotted.js';
import type { Sha256 } from './hash.js';

/** The keys of configs/*.yaml (schemas/baseline_config.schema.json); every one optional. */
export interface BaselineConfig {
  seed?: number;
  dataset?: string;
  epochs?: number;
  batch_size?: number;
  learning_rate?: number;
  weight_decay?: number;
  dropout?: number;
  optimizer?: 'adam' | 'sgd';
  max_train_examples?: number;
  architecture?: { type: 'resnet' | 'mlp'; width?: number; blocks?: number; hidden?: number };
  trainer?:
    | { type: 'builtin'; backend?: 'auto' | 'tensorflow' | 'wasm' | 'cpu' }
    | {
        type: 'command';
        /** argv as written; W&B's macros (`${args}`) are expanded in it as in `command`. */
        run?: string[];
        /** W&B's `command:` list; W&B's default `${env} ${interpreter} ${program} ${args}` when only `program` is set. */
        command?: string[];
        program?: string;
        /** What `${interpreter}` becomes (W&B: `python`). */
        interpreter?: string;
        timeout_s?: number;
        /** Seconds between SIGTERM and SIGKILL when mtrack stops the script (timeout, hyperband). */
        grace_s?: number;
      };
  /** A command trainer's hyperparameters, any names as the script knows them (`optimizer.lr` is one flat key). */
  params?: Record<string, unknown>;
  eval?: { latency_samples?: number; batch_size?: number };
  metric?: { name?: string; goal?: 'maximize' | 'minimize' };
}

/** config_resolved.yaml: every key concrete (schemas/config_resolved.schema.json). */
export interface ResolvedConfig extends Omit<
  Required<BaselineConfig>,
  'dataset' | 'max_train_examples' | 'metric' | 'params'
> {
  dataset: { id: string; revision: string };
  max_train_examples?: number;
  metric?: BaselineConfig['metric'];
  params?: Record<string, unknown>;
}

export const CONFIG_DEFAULTS: Omit<ResolvedConfig, 'dataset'> = {
  seed: 1337,
  epochs: 2,
  batch_size: 64,
  learning_rate: 0.001,
  weight_decay: 0,
  dropout: 0.1,
  optimizer: 'adam',
  architecture: { type: 'resnet', width: 16, blocks: 1 },
  trainer: { type: 'builtin', backend: 'auto' },
  eval: { latency_samples: 100 },
};

/**
 * Defaults, then the config file, then parameter overrides (scan trial values, then --set), then the dataset
 * revision actually used. The caller validates the result against config_resolved's schema. For a command trainer
 * every override is a flat key of `params` (W&B passes `optimizer.lr` as `--optimizer.lr=…`, and a parameter named
 * `learning_rate` belongs to the script, not to mtrack's built-in model); for the built-in trainer it is a dotted
 * path into the config.
 */
export function resolveRunConfig(
  base: BaselineConfig,
  overrides: Record<string, unknown>,
  dataset: { id: string; revision: string },
): Record<string, unknown> {
  const { dataset: _requested, ...rest } = base;
  let config: Record<string, unknown> = {
    ...structuredClone(CONFIG_DEFAULTS),
    ...structuredClone(rest),
  };
  if (base.architecture) config.architecture = { ...CONFIG_DEFAULTS.architecture, ...base.architecture };
  if ((config.trainer as { type: string }).type === 'command') {
    const params: Record<string, unknown> = { ...structuredClone(base.params ?? {}) };
    for (const [name, value] of Object.entries(overrides)) params[name] = value;
    if (Object.keys(params).length > 0) config.params = params;
  } else for (const [path, value] of Object.entries(overrides)) config = setDotted(config, path, value);
  config.dataset = dataset;
  return config;
}

export interface CanonicalConfig {
  text: string;
  hash: Sha256;
}

export function canonicalConfig(config: Record<string, unknown>): CanonicalConfig {
  const text = canonicalYaml(config);
  return { text, hash: configHash(text) };
}
