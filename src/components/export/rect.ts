/** A box on the page, in CSS pixels. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The smallest box holding all the given ones (the first alone if there is one). */
export function unionRect(first: Rect, ...rest: Rect[]): Rect {
  const all = [first, ...rest];
  const left = Math.min(...all.map((r) => r.left));
  const top = Math.min(...all.map((r) => r.top));
  const right = Math.max(...all.map((r) => r.left + r.width));
  const bottom = Math.max(...all.map((r) => r.top + r.height));
  return { left, top, width: right - left, height: bottom - top };
}
