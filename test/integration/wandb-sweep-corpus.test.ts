import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { commandWorkspace } from '../helpers/command-workspace.js';
import { importWandbSweep } from '../../src/app/scan/import-wandb.js';
import { planScan } from '../../src/app/scan/scan.js';
import type { Workspace } from '../../src/app/setup/workspace.js';
import { commitPaths } from '../../src/adapters/git/index.js';

jest.setTimeout(120_000);

// Real W&B sweep files from public repositories (test/fixtures/wandb-sweeps/, each naming its source). The
// expected command lines are what W&B's agent builds for trial 0's values: written by wandb_agent_argv.py beside
// the fixtures, which re-states wandb_agent.py and sweeps' typing in Python, with PyYAML and Python's str().
const DIR = 'test/fixtures/wandb-sweeps';
const WANDB_ARGV: Record<string, string[]> = {
  '0ksks__hiccnn.yaml': [
    '/usr/bin/env',
    'python',
    'train.py',
    '--batch_size=4',
    '--epochs=100',
    '--learning_rate=0.004018667592341081',
    '--optimizer=adam',
  ],
  'AaradhyaDashore__da6401_assignment_1.yaml': [
    '/usr/bin/env',
    'python',
    'src/train.py',
    '--hidden_size',
    '128',
    '128',
    '128',
    '--activation=relu',
    '--batch_size=32',
    '--dataset=mnist',
    '--epochs=10',
    '--learning_rate=0.0001',
    '--loss=cross_entropy',
    '--num_layers=3',
    '--optimizer=nag',
    '--weight_decay=0',
    '--weight_init=random',
  ],
  'Aastha7231__cs6910_assignment1.yaml': [
    '/usr/bin/env',
    'python',
    'train.py',
    '--activation_function=tanh',
    '--alpha=0',
    '--batch_size=16',
    '--epochs=5',
    '--hidden_layer=4',
    '--hidden_layer_size=128',
    '--lr=1e-4',
    '--optimizer=adam',
    '--weight_init=random',
  ],
  'AdnanGaTauLah__emotion-classifier.yaml': [
    '/usr/bin/env',
    'python',
    'train.py',
    '--batch_size=32',
    '--learning_rate=0.00014695315452098538',
    '--model_name=roberta-base',
    '--num_train_epochs=4',
  ],
  'AgnesOlsen__ML_Ops.yaml': [
    '/usr/bin/env',
    'python',
    'train.py',
    '--batch_size=64',
    '--epochs=5',
    '--learning_rate=0.09623438709971746',
  ],
  'AlbertFrydensberg__ML_Ops_59.yaml': [
    '/usr/bin/env',
    'python',
    'src/ml_ops_59/sweep_entry.py',
    '--K=4',
    '--cv_folds=3',
    '--p=1',
    '--seed=42',
    '--weights=uniform',
  ],
  'AlecRanjitkar__MLOPS-Project.yaml': [
    '/usr/bin/env',
    'python',
    '-m',
    'fashionmnist_classification_mlops.sweep_runner',
    '--batch_size=128',
    '--epochs=3',
    '--lr=0.009747356639699148',
    '--model=mlp',
  ],
  'AlexBlck__ml-boilerplate.yaml': [
    'python',
    'main.py',
    'fit',
    '--trainer',
    'configs/trainer.yaml',
    '--model',
    'configs/model.yaml',
    '--data',
    'configs/data.yaml',
    '--optimizer',
    'configs/optimizer.yaml',
    '--config',
    '{"data.hparams.batch_size": 2, "model.hparams.embed_dim": 32, "optimizer.init_args.lr": 0.0001}',
  ],
  'AntonRydahl__MNIST_VAE_SWEEP.yaml': [
    '/usr/bin/env',
    'python',
    './src/models/vae_improved.py',
    '--epochs=23',
    '--learn_rate=0.027956828409292506',
  ],
  'Anushri2706__02476-Group120.yaml': [
    '/usr/bin/env',
    'python',
    '-m',
    'src.mlops.train',
    'model.dropout=0.3',
    'training.batch_size=16',
    'training.optimizer.lr=1.6554421588080006e-05',
  ],
  'BCHoagland__Continuity.yaml': ['/usr/bin/env', 'python', 'taylor.py', '--taylor=0.0'],
  'Bozhi-Lyu__MLOpsProj.yaml': [
    '/usr/bin/env',
    'python',
    'src/train_model.py',
    'batch_size=216',
    'epochs=5',
    'learning_rate=0.1',
    'optimizer=adagrad',
  ],
  'BullsEye268__da6401_assignment1.yaml': [
    '/usr/bin/env',
    'python',
    'train.py',
    '--activation=tanh',
    '--batch_size=32',
    '--epochs=5',
    '--hidden_layers=4',
    '--hidden_size=64',
    '--learning_rate=0.0001',
    '--optimizer=nadam',
    '--weight_decay=0.5',
    '--weight_init=random',
  ],
  'Charukhesh__da6401_assignment_1.yaml': [
    '/usr/bin/env',
    'python',
    'src/train.py',
    '--activation=tanh',
    '--batch_size=32',
    '--hidden_size=[128, 128, 64]',
    '--learning_rate=0.001',
    '--optimizer=momentum',
  ],
  'ClaraHol__s2_CNN_MNIST.yaml': [
    '/usr/bin/env',
    'python',
    'src/s2_cnn_mnist/train.py',
    '--batch_size=32',
    '--epochs=5',
    '--learning_rate=0.0007614007238880733',
  ],
  'CopurOnur__ED-MTT.yaml': ['/usr/bin/env', 'python', 'train.py'],
  'Fiehn__MLOps_e.yaml': [
    '/usr/bin/env',
    'python',
    'src/mlops/train.py',
    '--batch_size=32',
    '--epochs=5',
    '--learning_rate=0.0007614007238880733',
  ],
  'HekpoMaH__DEAR.yaml': [
    '/usr/bin/env',
    'python',
    'train.py',
    '--jac_reg=True',
    '--jac_reg_tau=1e-05',
    '--seed=2',
    '--weight_decay=1e-05',
    "--deq={'deq_max_iter': 60}",
  ],
  'JetBrains-Research__docs-fine-tuning.yaml': [
    '/usr/bin/env',
    'python',
    'hp_search_train.py',
    '--batch_size=16',
    '--dataset=kotlin',
    "--domain_adaptation_tasks=['mlm']",
    '--dropout_ratio=0.5',
    '--epochs=20',
    '--learning_rate=9e-6',
    '--load_path=text_models/saved/assignment/kotlin/bert_base',
    '--model_type=DOC_BUGS_TASK',
    '--task=assignment_recommendation',
    '--warmup_ratio=0.1',
    '--weight_decay=0.001',
  ],
  'JohnBBB42__cookiecutter_mnist.yaml': [
    '/usr/bin/env',
    'python',
    'src/mnist_project/train.py',
    '--batch-size=16',
    '--epochs=5',
    '--learning-rate=0.0001',
  ],
  'KFDK__ml-ops-project-s22.yaml': ['/usr/bin/env', 'python', 'train_model.py', '--learning_rate=1e-4'],
  'KarolineKlan__mlops_cookie_project.yaml': [
    '/usr/bin/env',
    'python',
    'src/mlops_cookie_project1/train.py',
    '--batch-size=16',
    '--lr=0.001',
  ],
  'Meloneneis__DQN_Training.yaml': [
    '/usr/bin/env',
    'python',
    'train_racing_sweep.py',
    '--action_config=large_extended',
    '--action_repeat=2',
    '--activation=gelu',
    '--batch_size=64',
    '--buffer_size=200000',
    '--cnn_config=large_5layer',
    '--dropout_rate=0',
    '--exploration_final_eps=0.06762554723536596',
    '--exploration_fraction=0.20855184845859184',
    '--gamma=0.9581017346198981',
    '--hidden_layer_config=large_2layer',
    '--learning_starts=500',
    '--lr=4.1903479247438e-05',
    '--lr_scheduler=cosine',
    '--normalization=layer',
    '--optimizer_type=adamw',
    '--target_network_update_freq=2000',
    '--total_timesteps=400000',
    '--use_dueling=True',
    '--weight_decay=1.2894778606791498e-05',
  ],
  'NWeis97__ML_Ops_ExamProject.yaml': [
    '/usr/bin/env',
    'python',
    'src/models/train_model.py',
    'batch_ratio_validation=0.2',
    'batch_size=64',
    'lr=0.005',
    'optimizer=adamw',
    'warmup_step_perc=0.1',
    'weight_decay=0.02',
  ],
  'Nautilus1011__lightning-ml-starter.yaml': [
    '/usr/bin/env',
    'python',
    'src/train.py',
    'callbacks.early_stopping.patience=3',
    'data.batch_size=4',
    'model.lr=0.00010420027761273503',
    'model.weight_decay=5.2186498214430694e-05',
  ],
  'NazirNayal8__cvad_hw1.yaml': [
    '/usr/bin/env',
    'python',
    'cilrs_train.py',
    '--cond_module=command_input',
    '--dropout_p=0.5',
    '--learning_rate=0.0002',
    '--weight_decay=0.001',
  ],
  'NicolasZucchet__Transformer-filters.yaml': [
    '/usr/bin/env',
    'python',
    'src/train.py',
    '--diagonal_A=0',
    '--dim_y=2',
    '--lambda_val=0.36',
    '--lr=0.001',
    '--patch_size=1',
    '--seed=0',
    '--steps=2000',
  ],
  'OliverZim__nlp-research-template.yaml': [
    '/usr/bin/env',
    'python',
    'src/train.py',
    '--compile=True',
    '--data_dir=./data/loremIpsum',
    '--precision=16-mixed',
    '--wandb_run_name=benchmarks',
    '--workers=1',
  ],
  'Pankuu21__DA6401_Assignment1.yaml': [
    '/usr/bin/env',
    'python',
    'train.py',
    '--activation=sigmoid',
    '--batch_size=16',
    '--epochs=5',
    '--hidden_size=32',
    '--learning_rate=0.001',
    '--num_layers=3',
    '--optimizer=sgd',
    '--weight_decay=0',
    '--weight_init=random',
  ],
};
// W&B refuses these itself; mtrack says the same thing, at the file's line and column.
const REFUSED: Record<string, RegExp> = {
  'Bovey0809__global_wheat.yaml': /:4:\d+ metric\.goal: expected maximize or minimize, got 'maximum'\.$/,
  'LenaRibena__ml_ops_m2.yaml': /:2:1 method: is required but missing; expected grid, random or bayes\.$/,
};
// W&B's loader (PyYAML, YAML 1.1) reads `1e-5` as a string, so W&B refuses these bounds; mtrack reads the number
// and says so in a note.
const STRING_BOUNDS: Record<string, string> = {
  'DTU-MLOps-Group-41__mlops-project.yaml': "parameters.training.learning_rate.min: '1e-5' is a string",
  'GQO5__MLOpsProject114.yaml': "parameters.trainer.init.optimizer.lr.min: '5e-4' is a string",
  'RaresFelix__ppo_lstm.yaml': "parameters.learning_rate.min: '5e-5' is a string",
};

let root: string;
let ws: Workspace;

beforeAll(async () => {
  ({ root, ws } = await commandWorkspace('mtrack-wandb-corpus-'));
  // Sweeps run with W&B's Python function agent name no program: the user's config names it once.
  writeFileSync(join(ws.expDir, 'configs/script.yaml'), 'trainer: {type: command, program: train.py}\n');
  await commitPaths(ws.expDir, ['configs/script.yaml'], 'mtrack: config — the script W&B sweeps run');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function importAndPlan(file: string) {
  const imported = await importWandbSweep(join(DIR, file));
  writeFileSync(join(ws.expDir, 'configs', file), imported.text);
  const plan = planScan(ws, { scanPath: `configs/${file}`, configPath: 'configs/script.yaml' });
  return { imported, trial0: plan.trials[0] };
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

test('the corpus holds at least 30 real sweep files, each naming its source repository and path', () => {
  expect(files.length).toBeGreaterThanOrEqual(30);
  expect(Object.keys({ ...WANDB_ARGV, ...REFUSED, ...STRING_BOUNDS }).sort()).toEqual([...files].sort());
});

test.each(Object.entries(WANDB_ARGV))("%s: trial 0 runs the command line W&B's agent builds", async (file, argv) => {
  const { trial0 } = await importAndPlan(file);
  expect(trial0.argv).toEqual(argv);
});

test.each(Object.entries(REFUSED))('%s is refused as W&B refuses it', async (file, message) => {
  await expect(importAndPlan(file)).rejects.toThrow(message);
});

test.each(Object.entries(STRING_BOUNDS))('%s imports with a note on the YAML 1.1 string bound', async (file, note) => {
  const { imported, trial0 } = await importAndPlan(file);
  expect(imported.notes.some((n) => n.startsWith(note))).toBe(true);
  expect(trial0.argv!.length).toBeGreaterThan(3);
});

test('at least 90% of the corpus imports and plans runnable command-trainer trials', () => {
  const runnable = Object.keys(WANDB_ARGV).length + Object.keys(STRING_BOUNDS).length;
  expect(runnable / files.length).toBeGreaterThanOrEqual(0.9);
});
