import { macroScores, percentile } from '../../src/adapters/trainer/evaluate.js';
import { createProgress } from '../../src/adapters/trainer/progress.js';
import { createRandom, shuffleInPlace } from '../../src/adapters/trainer/seeded-random.js';

describe('trainer metrics and progress', () => {
  test('macro precision and recall average per class, a never-predicted class counting 0 precision', () => {
    // truth rows, predicted columns: class 0 perfect, class 1 always predicted as 0, class 2 half right
    const confusion = [
      [4, 0, 0],
      [2, 0, 0],
      [1, 0, 1],
    ];
    const { precision, recall } = macroScores(confusion);
    expect(precision).toBeCloseTo((4 / 7 + 0 + 1) / 3, 12);
    expect(recall).toBeCloseTo((1 + 0 + 0.5) / 3, 12);
  });

  test('percentile uses the nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 0.5)).toBe(50);
    expect(percentile(sorted, 0.95)).toBe(95);
    expect(percentile([7], 0.95)).toBe(7);
  });

  test('without a TTY progress logs one line per epoch and nothing per batch', () => {
    const lines: string[] = [];
    const p = createProgress(2, (l) => lines.push(l));
    p.batch(1, 1, 10, 900, 12);
    p.epochDone('epoch 1/2 done');
    expect(lines).toEqual(['epoch 1/2 done']);
  });

  test('on a TTY progress rewrites one line and ends it per epoch', () => {
    const writes: string[] = [];
    const tty = { write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream;
    const logged: string[] = [];
    const p = createProgress(3, (l) => logged.push(l), tty);
    p.batch(1, 10, 10, 812.4, 75);
    p.epochDone('epoch 1/3 done');
    expect(logged).toEqual([]);
    expect(writes[0]).toMatch(/^\r\x1b\[Kepoch 1\/3 {2}batch 10\/10 {2}812 img\/s {2}ETA 1m15s$/);
    expect(writes[1]).toBe('\r\x1b[Kepoch 1/3 done\n');
  });

  test('seeded shuffles repeat for a seed and differ across seeds', () => {
    const shuffled = (seed: number) => {
      const order = Uint32Array.from({ length: 50 }, (_, i) => i);
      shuffleInPlace(order, createRandom(seed));
      return Array.from(order);
    };
    expect(shuffled(1)).toEqual(shuffled(1));
    expect(shuffled(1)).not.toEqual(shuffled(2));
    expect([...shuffled(1)].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});
