import type { Point, Size } from './flow-rows.ts';
import type { Rect } from './rect.ts';

/**
 * The chart SVGs of a figure placed as the page shows them, side by side where they share a row, but
 * with the HTML between rows (notes, controls) taken out: rows follow each other `gap` apart.
 * Points are relative to the top-left of the whole; the size is the room they take.
 */
export function stackCharts(rects: Rect[], gap: number): { points: Point[]; size: Size } {
  const order = rects.map((r, i) => ({ r, i })).sort((a, b) => a.r.top - b.r.top || a.r.left - b.r.left);
  const left = Math.min(...rects.map((r) => r.left));
  const points: Point[] = [];
  let y = 0;
  let row: { top: number; bottom: number } | null = null;
  let width = 0;
  for (const { r, i } of order) {
    if (row && r.top >= row.bottom) {
      y += row.bottom - row.top + gap;
      row = null;
    }
    row = row
      ? { top: row.top, bottom: Math.max(row.bottom, r.top + r.height) }
      : { top: r.top, bottom: r.top + r.height };
    points[i] = { x: r.left - left, y: y + r.top - row.top };
    width = Math.max(width, r.left - left + r.width);
  }
  return { points, size: { width, height: row ? y + row.bottom - row.top : 0 } };
}
