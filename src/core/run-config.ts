import { canonicalYaml, configHash } from './canonical-yaml.js';
import { setDotted } from './dotted.js';
import type { Sha256 } from './hash.js';
import type { BaselineConfig, ResolvedConfig } from './documents/index.js';

export type { BaselineConfig, ResolvedConfig };

/** Each architecture's knobs when a config leaves them out (the trainer reads them; resnet's are also resolved). */
export const RESNET_DEFAULTS = { width: 16, blocks: 1 } as const;
export const MLP_DEFAULTS = { hidden: 256, blocks: 1 } as const;

export const CONFIG_DEFAULTS: Omit<ResolvedConfig, 'dataset'> = {
  seed: 1337,
  epochs: 2,
  batch_size: 64,
  learning_rate: 0.001,
  weight_decay: 0,
  dropout: 0.1,
  optimizer: 'adam',
  architecture: { type: 'resnet', ...RESNET_DEFAULTS },
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

/** The built-in MLP's hidden width when the config names none (the trainer builds from this too). */
export const MLP_HIDDEN_DEFAULT = 256;

/**
 * What a run trains, as its folder names it: the built-in architecture with its size (`resnet16x1` = width x
 * blocks, `mlp512x2` = hidden x blocks), or a command trainer's `model`, else its program file's name.
 */
export function trainedModelName(config: Pick<ResolvedConfig, 'architecture' | 'trainer'>): string {
  const trainer = config.trainer;
  if (trainer.type === 'command') {
    if (trainer.model) return trainer.model;
    const words = commandWords(trainer);
    const program = words.slice(1).find((arg) => /^[^-].*\.[A-Za-z0-9]+$/.test(arg)) ?? words[0] ?? 'command';
    const base = program.split('/').pop()!;
    return base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  }
  const a = config.architecture;
  return a.type === 'mlp'
    ? `mlp${a.hidden ?? MLP_HIDDEN_DEFAULT}x${a.blocks ?? 1}`
    : `resnet${a.width ?? 16}x${a.blocks ?? 1}`;
}

/**
 * The words that name a command trainer's program: `run`, else W&B's `command`, else W&B's default for `program`
 * (`${interpreter} ${program}`). Macros stay as written; what matters here is which files the program is.
 */
export function commandWords(trainer: {
  run?: string[];
  command?: string[];
  program?: string;
  interpreter?: string;
}): string[] {
  if (trainer.run) return trainer.run;
  if (trainer.command) return trainer.command.map((w) => (w === '${program}' && trainer.program ? trainer.program : w));
  return trainer.program ? [trainer.interpreter ?? 'python', trainer.program] : [];
}
