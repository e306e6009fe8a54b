import { describe, expect, it } from 'vitest';
import { stackCharts } from '../../../src/components/export/stack-charts.ts';

describe('stackCharts', () => {
  it('one chart: at the origin, its own size', () => {
    expect(stackCharts([{ left: 40, top: 300, width: 900, height: 320 }], 16)).toEqual({
      points: [{ x: 0, y: 0 }],
      size: { width: 900, height: 320 },
    });
  });

  it('closes the gap left by HTML between two charts one under the other', () => {
    const rects = [
      { left: 40, top: 100, width: 600, height: 200 },
      { left: 40, top: 400, width: 500, height: 100 },
    ];
    expect(stackCharts(rects, 16)).toEqual({
      points: [
        { x: 0, y: 0 },
        { x: 0, y: 216 },
      ],
      size: { width: 600, height: 316 },
    });
  });

  it('keeps charts side by side on one row, with their offsets', () => {
    const rects = [
      { left: 360, top: 110, width: 300, height: 200 },
      { left: 40, top: 100, width: 300, height: 180 },
    ];
    expect(stackCharts(rects, 16)).toEqual({
      points: [
        { x: 320, y: 10 },
        { x: 0, y: 0 },
      ],
      size: { width: 620, height: 210 },
    });
  });

  it('no charts: no room', () => {
    expect(stackCharts([], 16).size).toEqual({ width: 0, height: 0 });
  });
});
