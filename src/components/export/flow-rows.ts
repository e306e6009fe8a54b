/** The size of a box to be laid out. */
export interface Size {
  width: number;
  height: number;
}

/** Where a box went: its top-left corner. */
export interface Point {
  x: number;
  y: number;
}

/**
 * Boxes laid out left to right, starting a new row when the next would pass `maxWidth` (as CSS
 * flex-wrap does); boxes in a row share its bottom edge, as the page's legend aligns them.
 */
export function flowRows(sizes: Size[], maxWidth: number, gap: Size): { points: Point[]; height: number } {
  const rows: number[][] = [];
  let x = 0;
  sizes.forEach((size, i) => {
    const row = rows.at(-1);
    if (!row || x + size.width > maxWidth) {
      rows.push([i]);
      x = size.width + gap.width;
    } else {
      row.push(i);
      x += size.width + gap.width;
    }
  });
  const points: Point[] = [];
  let y = 0;
  for (const row of rows) {
    const height = Math.max(...row.map((i) => sizes[i]!.height));
    let left = 0;
    for (const i of row) {
      points[i] = { x: left, y: y + height - sizes[i]!.height };
      left += sizes[i]!.width + gap.width;
    }
    y += height + gap.height;
  }
  return { points, height: rows.length ? y - gap.height : 0 };
}
