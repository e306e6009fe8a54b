import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelPoint, type PlacedLabel } from '../../../src/charts/label-placement.ts';

const OPTIONS = { width: 400, height: 300, fontSize: 10, radius: 4, charWidth: 0.6 };
const box = (l: PlacedLabel, text: string) => {
  const w = text.length * 6;
  const x0 = l.anchor === 'start' ? l.x : l.anchor === 'middle' ? l.x - w / 2 : l.x - w;
  return { x0, x1: x0 + w, y0: l.y - 6, y1: l.y + 6 };
};
const overlaps = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('placeLabels', () => {
  it.each<[string, LabelPoint[], PlacedLabel[]]>([
    ['a lone point: to the right', [{ x: 100, y: 100, text: 'Berau' }], [{ x: 107, y: 100, anchor: 'start' }]],
    ['at the right edge: to the left', [{ x: 390, y: 100, text: 'Berau' }], [{ x: 383, y: 100, anchor: 'end' }]],
    // A's right spot would cover B's dot, so A goes left; B keeps its right spot.
    [
      'two neighbours on a row',
      [
        { x: 100, y: 100, text: 'Samarinda' },
        { x: 125, y: 100, text: 'Bontang' },
      ],
      [
        { x: 93, y: 100, anchor: 'end' },
        { x: 132, y: 100, anchor: 'start' },
      ],
    ],
    // In the top-right corner: right, left and above all leave the plot (left by its top half), below-left fits.
    ['in a corner', [{ x: 398, y: 2, text: 'PPU' }], [{ x: 393.1, y: 12.9, anchor: 'end' }]],
    ['no points', [], []],
  ])('%s', (_name, points, expected) => {
    const rounded = placeLabels(points, OPTIONS).map((l) => ({
      ...l,
      x: Math.round(l.x * 10) / 10,
      y: Math.round(l.y * 10) / 10,
    }));
    expect(rounded).toEqual(expected);
  });

  it('keeps a cluster of labels apart when there is room', () => {
    // Kukar, Samarinda, Balikpapan and PPU close together, as on a scatter of two rates.
    const points: LabelPoint[] = [
      { x: 200, y: 150, text: 'Kukar' },
      { x: 215, y: 158, text: 'Samarinda' },
      { x: 205, y: 170, text: 'Balikpapan' },
      { x: 190, y: 162, text: 'PPU' },
    ];
    const boxes = placeLabels(points, OPTIONS).map((l, i) => box(l, points[i]!.text));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('gives the same placement for the same input', () => {
    const points = Array.from({ length: 12 }, (_, i) => ({
      x: 100 + (i % 4) * 12,
      y: 100 + Math.floor(i / 4) * 9,
      text: `area ${i}`,
    }));
    expect(placeLabels(points, OPTIONS)).toEqual(placeLabels(points, OPTIONS));
  });
});
