import { judgeReported, parseMetricLine, readReported } from '../../src/core/command-metrics.js';

describe('command trainer metrics (JSON lines)', () => {
  test('epoch lines make the history, other lines the summary, and later values win', () => {
    const r = readReported(
      '{"epoch": 1, "val_loss": 0.5}\n\n{"epoch": 2, "val_loss": 0.4, "val_acc": 0.9}\n{"val_loss": 0.38, "device": "cpu"}\n',
    );
    expect(r.history).toEqual([
      { epoch: 1, val_loss: 0.5 },
      { epoch: 2, val_loss: 0.4, val_acc: 0.9 },
    ]);
    expect(judgeReported(r, 'val_loss')).toEqual({ ok: true, primary: 0.38, finals: { val_loss: 0.38, val_acc: 0.9 } });
    expect(r.extra).toEqual({ device: 'cpu' });
  });

  test("reads Python's bare NaN and Infinity, and a NaN metric fails the run", () => {
    expect(parseMetricLine('{"loss": NaN, "x": -Infinity}')).toEqual({ loss: NaN, x: -Infinity });
    expect(judgeReported(readReported('{"epoch": 1, "loss": NaN}'), 'loss')).toEqual({
      ok: false,
      reason: "metric 'loss' is NaN",
    });
  });

  test('a missing metric names what the script reported; a line that is not JSON names its number', () => {
    expect(judgeReported(readReported('{"epoch": 1, "acc": 0.5}\n{"f1": 0.2}'), 'loss')).toEqual({
      ok: false,
      reason: "metric 'loss' was not reported; the script reported: acc, f1",
    });
    expect(judgeReported(readReported('{"a": 1}\nloss=0.3\n'), 'a')).toEqual({
      ok: false,
      reason: 'metrics file line 2 is not a JSON object',
    });
    expect(judgeReported(readReported(''), 'a')).toEqual({ ok: false, reason: 'the script reported no metrics' });
  });

  test('a whole metrics.json object (the first contract) is read as such', () => {
    expect(readReported('{"primary_metric": {"name": "accuracy", "value": 1}, "profiling": {}}').legacy).toBeDefined();
  });
});
