import { describe, expect, it } from 'vitest';
import { lineAt, predictionSe, weightedLine, type WeightedPoint } from '../../../src/domain/weighted-line.ts';

const points = (xs: number[], ys: number[], ws: number[]): WeightedPoint[] =>
  xs.map((x, i) => ({ x, y: ys[i] ?? Number.NaN, weight: ws[i] ?? Number.NaN }));

describe('weightedLine', () => {
  // Expected values worked by hand (ordinary least squares when weights are equal) and checked with numpy.
  it.each<[string, WeightedPoint[], number, number, number, number | null, number | null]>([
    // name, points, slope, value at x0, x0, residual se, prediction se at x0
    ['equal weights are ordinary least squares', points([1, 2, 3, 4], [2, 4, 5, 4], [1, 1, 1, 1]), 0.7, 5.5, 5, Math.sqrt(1.15), Math.sqrt(2.875)],
    ['weights only matter relative to each other', points([1, 2, 3, 4], [2, 4, 5, 4], [7, 7, 7, 7]), 0.7, 5.5, 5, Math.sqrt(1.15), Math.sqrt(2.875)],
    ['a zero weight drops a point', points([1, 2, 3, 4], [2, 4, 5, 40], [1, 1, 1, 0]), 1.5, 20 / 3, 4, Math.sqrt(1 / 6), Math.sqrt((1 / 6) * (1 + 1 / 3 + 4 / 2))],
    ['a perfect line has no residual noise', points([2020, 2021, 2022], [9, 8.5, 8], [0.2, 0.5, 1]), -0.5, 6.5, 2025, 0, 0],
    ['two points: a line but no noise estimate', points([2023, 2025], [6.11, 5.17], [0.63, 1]), -0.47, 4.7, 2026, null, null],
  ])('%s', (_name, input, slope, value, x0, residualSe, se) => {
    const line = weightedLine(input);
    expect(line).not.toBeNull();
    if (!line) return;
    expect(line.slope).toBeCloseTo(slope, 9);
    expect(lineAt(line, x0)).toBeCloseTo(value, 9);
    expectClose(line.residualSe, residualSe);
    expectClose(predictionSe(line, x0), se);
  });

  it.each<[string, WeightedPoint[]]>([
    ['no points', []],
    ['one point', points([2025], [5], [1])],
    ['all at the same x', points([2025, 2025], [5, 6], [1, 1])],
    ['no weight at all', points([2024, 2025], [5, 6], [0, 0])],
  ])('no line from %s', (_name, input) => {
    expect(weightedLine(input)).toBeNull();
  });

  it('recent heavy weights pull the line toward the recent trend', () => {
    const xs = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
    const ys = [6, 6, 6, 6, 6, 5.5, 5];
    const flat = weightedLine(points(xs, ys, xs.map(() => 1)));
    const recent = weightedLine(points(xs, ys, xs.map((x) => 0.5 ** (2025 - x))));
    expect(recent?.slope).toBeLessThan(flat?.slope ?? 0);
  });

  it('the prediction error grows with distance from the weighted mean', () => {
    const line = weightedLine(points([1, 2, 3, 4], [2, 4, 5, 4], [1, 2, 3, 4]));
    if (!line) throw new Error('expected a line');
    const near = predictionSe(line, 4) ?? Number.NaN;
    const far = predictionSe(line, 8) ?? Number.NaN;
    expect(far).toBeGreaterThan(near);
  });
});

function expectClose(actual: number | null, expected: number | null): void {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 9);
}
