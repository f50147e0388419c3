export type {
  Distribution,
  EarlyTerminate,
  MetricGoal,
  Observation,
  ParamSpec,
  ResolveOptions,
  ScanMethod,
  ScanPlan,
  ScanSpec,
  SkippedTrial,
  Trial,
} from './types.js';
export { parseScanYaml, scanPythonTypes, DEFAULT_METRIC } from './parse-scan-yaml.js';
export { resolveScan } from './resolve-scan.js';
export { SCAN_METHODS, type ResolveContext, type ScanMethodDefinition } from './methods/index.js';
export { gridPoints, gridValues } from './resolve-grid.js';
export { convertWandbSweep, type WandbConversion } from './convert-wandb-sweep.js';
export { lossOf } from './tpe.js';
export { decideHyperband, hyperbandBrackets, type HyperbandDecision } from './hyperband.js';
export { scanYamlData } from './yaml-nodes.js';
export { checkParameterNames } from './check-parameter-names.js';
export { floatNames, renestParams, type PythonTypes } from './python-types.js';
export { trialOutsideSpace } from './trial-in-space.js';
