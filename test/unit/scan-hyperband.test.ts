import { decideHyperband, hyperbandBrackets, parseScanYaml, type EarlyTerminate } from '../../src/core/scan/index.js';

const et = (fields: Partial<EarlyTerminate>): EarlyTerminate => ({
  type: 'hyperband',
  eta: 3,
  strict: true,
  ...fields,
});

describe('hyperbandBrackets', () => {
  test('min_iter brackets grow by eta up to the last epoch', () => {
    expect(hyperbandBrackets(et({ min_iter: 3 }), 100)).toEqual([3, 9, 27, 81]);
    expect(hyperbandBrackets(et({ min_iter: 1, eta: 2 }), 10)).toEqual([1, 2, 4, 8]);
    expect(hyperbandBrackets(et({ min_iter: 2 }), 1)).toEqual([]);
  });

  test('max_iter and s count back from max_iter, truncated to whole epochs, as W&B does', () => {
    expect(hyperbandBrackets(et({ max_iter: 27, s: 2 }), 100)).toEqual([3, 9]);
    // W&B's own docstring example: max_iter 5, eta 2, s 2 -> 5/2 = 2.5 -> 2, 5/4 = 1.25 -> 1.
    expect(hyperbandBrackets(et({ max_iter: 5, s: 2, eta: 2 }), 100)).toEqual([1, 2]);
    // Stops once a bracket would fall under one epoch.
    expect(hyperbandBrackets(et({ max_iter: 10, s: 5 }), 100)).toEqual([1, 3]);
  });

  test('max_iter and s win over min_iter when both are written', () => {
    expect(hyperbandBrackets(et({ min_iter: 1, max_iter: 27, s: 1 }), 100)).toEqual([9]);
  });

  test('a non-integer eta truncates brackets and keeps each once', () => {
    expect(hyperbandBrackets(et({ min_iter: 1, eta: 1.5 }), 6)).toEqual([1, 2, 3, 5]);
  });

  test('refuses max_iter/s/eta that give no bracket of one epoch', () => {
    expect(() => hyperbandBrackets(et({ max_iter: 2, s: 1 }), 100)).toThrow(
      /max_iter 2 with s 1 and eta 3 gives no bracket/,
    );
  });

  test('agrees with what parseScanYaml records from configs/scan.yaml', () => {
    const spec = parseScanYaml(
      'scan:\n  method: grid\n  parameters:\n    learning_rate: {values: [0.1]}\n  early_terminate: {type: hyperband, min_iter: 2}\n',
      'scan.yaml',
    );
    expect(hyperbandBrackets(spec.early_terminate!, 20)).toEqual([2, 6, 18]);
  });
});

describe('decideHyperband', () => {
  const maximize = (peers: number[][], current: number[], fields: Partial<EarlyTerminate> = { min_iter: 1 }) =>
    decideHyperband({ earlyTerminate: et(fields), goal: 'maximize', peers, current });

  test('goes on before the first bracket whatever the metric', () => {
    expect(maximize([[0.9, 0.95]], [0.01], { min_iter: 2 })).toEqual({ stop: false });
  });

  test('the first trial of a scan is never stopped: it is its own threshold', () => {
    expect(maximize([], [0.1])).toMatchObject({ stop: false, bracket: 1, runs: 1, threshold: 0.1 });
  });

  test('stops a trial worse than the top 1/eta of the runs at the bracket, the trial itself included', () => {
    // Pool at epoch 1: 0.8, 0.6, 0.5 and the trial; best first, index floor(4/3) = 1 -> 0.6.
    const peers = [[0.8], [0.6], [0.5]];
    expect(maximize(peers, [0.55])).toMatchObject({ stop: true, bracket: 1, threshold: 0.6, value: 0.55, runs: 4 });
    expect(maximize(peers, [0.6])).toMatchObject({ stop: false, threshold: 0.6 });
    expect(maximize(peers, [0.7])).toMatchObject({ stop: false, threshold: 0.7 });
  });

  test('is goal-aware: for a minimized metric lower values survive', () => {
    const peers = [[0.2], [0.4], [0.5]];
    const decide = (current: number[]) =>
      decideHyperband({ earlyTerminate: et({ min_iter: 1 }), goal: 'minimize', peers, current });
    expect(decide([0.45])).toMatchObject({ stop: true, threshold: 0.4, value: 0.45 });
    expect(decide([0.3])).toMatchObject({ stop: false, threshold: 0.3 });
  });

  test('judges the best value so far against the last bracket passed, using peers that reached it', () => {
    // Brackets 1 and 3. At epoch 4 bracket 3 applies; the short peer (stopped at epoch 1) is left out there.
    const peers = [[0.5, 0.7, 0.9, 0.92], [0.4, 0.6, 0.8], [0.1]];
    const stopped = maximize(peers, [0.3, 0.5, 0.6, 0.65]);
    expect(stopped).toMatchObject({ stop: true, bracket: 3, runs: 3, threshold: 0.8, value: 0.65 });
    const kept = maximize(peers, [0.3, 0.85, 0.7, 0.7]);
    expect(kept).toMatchObject({ stop: false, bracket: 3, value: 0.85 });
  });

  test('counts a diverged (non-finite) epoch as the worst value', () => {
    expect(maximize([[0.5]], [NaN])).toMatchObject({ stop: true, bracket: 1 });
    expect(
      decideHyperband({ earlyTerminate: et({ min_iter: 1 }), goal: 'minimize', peers: [[NaN]], current: [2.3] }),
    ).toMatchObject({ stop: false });
  });

  test('eta sets how many survive: eta 2 keeps the top half', () => {
    const peers = [[0.9], [0.8], [0.7]];
    // Best first 0.9, 0.8, 0.75 (the trial), 0.7: eta 2 takes index floor(4/2) = 2, eta 4 index floor(4/4) = 1.
    expect(maximize(peers, [0.75], { min_iter: 1, eta: 2 })).toMatchObject({ stop: false, threshold: 0.75 });
    expect(maximize(peers, [0.75], { min_iter: 1, eta: 4 })).toMatchObject({ stop: true, threshold: 0.8 });
  });

  test('is deterministic: peer order does not change the decision', () => {
    const peers = [
      [0.3, 0.5],
      [0.9, 0.95],
      [0.6, 0.7],
      [0.2, 0.25],
    ];
    const a = maximize(peers, [0.55, 0.6]);
    const b = maximize([...peers].reverse(), [0.55, 0.6]);
    expect(b).toEqual(a);
  });
});
