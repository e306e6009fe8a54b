import { describe, expect, it } from 'vitest';
import { flowRows } from '../../../src/components/export/flow-rows.ts';

const GAP = { width: 10, height: 5 };

describe('flowRows', () => {
  it('puts boxes side by side while they fit, gap apart', () => {
    expect(
      flowRows(
        [
          { width: 50, height: 20 },
          { width: 40, height: 20 },
        ],
        100,
        GAP,
      ),
    ).toEqual({
      points: [
        { x: 0, y: 0 },
        { x: 60, y: 0 },
      ],
      height: 20,
    });
  });

  it('starts a new row when the next box would pass the width', () => {
    const flow = flowRows(
      [
        { width: 50, height: 20 },
        { width: 50, height: 20 },
        { width: 30, height: 20 },
      ],
      100,
      GAP,
    );
    expect(flow.points).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 25 },
      { x: 60, y: 25 },
    ]);
    expect(flow.height).toBe(45);
  });

  it('aligns the boxes of a row at its bottom (a ramp beside a small swatch)', () => {
    const flow = flowRows(
      [
        { width: 240, height: 48 },
        { width: 80, height: 18 },
      ],
      600,
      GAP,
    );
    expect(flow.points).toEqual([
      { x: 0, y: 0 },
      { x: 250, y: 30 },
    ]);
    expect(flow.height).toBe(48);
  });

  it('gives a box wider than the width a row of its own', () => {
    const flow = flowRows(
      [
        { width: 20, height: 10 },
        { width: 300, height: 10 },
        { width: 20, height: 10 },
      ],
      100,
      GAP,
    );
    expect(flow.points.map((p) => p.y)).toEqual([0, 15, 30]);
  });

  it('no boxes: no height', () => {
    expect(flowRows([], 100, GAP)).toEqual({ points: [], height: 0 });
  });
});
