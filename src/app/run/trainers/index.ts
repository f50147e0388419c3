import type { TrainerConfig } from '../../../core/backend.js';
import { builtin } from './builtin.js';
import { command } from './command.js';
import type { TrainerType } from './trainer-type.js';

export type { TrainerType } from './trainer-type.js';

/**
 * Every trainer by its `trainer.type` in the config. The mapped type makes a type the schema allows but this table
 * lacks a compile error; a new type is one file here, one entry, and its branch in the config schemas.
 */
export const TRAINERS: { [Type in TrainerConfig['type']]: TrainerType<Extract<TrainerConfig, { type: Type }>> } = {
  builtin,
  command,
};
