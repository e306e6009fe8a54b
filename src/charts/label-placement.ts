// Where to put point labels so they do not cover each other or the points: a greedy choice among
// eight spots around each point (Imhof's preference order: right, left, above, below, diagonals).
// Pixel layout, so it lives with the charts; it measures text by a width per character, not the DOM.

/** A point in pixels with the text to put beside it. */
export interface LabelPoint {
  x: number;
  y: number;
  text: string;
}

/** Where a label's text goes: its anchor point (vertically centred) and which end sits there. */
export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** The plot's size and the marks' sizes, in pixels. */
export interface PlacementOptions {
  width: number;
  height: number;
  fontSize?: number;
  /** Radius of the dots the labels must clear. */
  radius?: number;
  /** Average character width as a share of the font size. */
  charWidth?: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/** The box a label covers at a spot. */
function boxOf(label: PlacedLabel, w: number, h: number): Box {
  const x0 = label.anchor === 'start' ? label.x : label.anchor === 'middle' ? label.x - w / 2 : label.x - w;
  return { x0, y0: label.y - h / 2, x1: x0 + w, y1: label.y + h / 2 };
}

/** The eight spots around a point, most preferred first. */
function spots(p: LabelPoint, gap: number, h: number): PlacedLabel[] {
  const d = gap * 0.7;
  return [
    { x: p.x + gap, y: p.y, anchor: 'start' },
    { x: p.x - gap, y: p.y, anchor: 'end' },
    { x: p.x, y: p.y - gap - h / 2, anchor: 'middle' },
    { x: p.x, y: p.y + gap + h / 2, anchor: 'middle' },
    { x: p.x + d, y: p.y - d - h / 2, anchor: 'start' },
    { x: p.x + d, y: p.y + d + h / 2, anchor: 'start' },
    { x: p.x - d, y: p.y - d - h / 2, anchor: 'end' },
    { x: p.x - d, y: p.y + d + h / 2, anchor: 'end' },
  ];
}

/**
 * Chooses a spot for each point's label, in the order given (put the labels that matter most first):
 * the first spot that covers no placed label, no dot and stays in the plot, else the one that covers
 * least. The same input always gives the same placement.
 */
export function placeLabels(points: readonly LabelPoint[], options: PlacementOptions): PlacedLabel[] {
  const { width, height, fontSize = 12, radius = 5, charWidth = 0.6 } = options;
  const h = fontSize * 1.2;
  const dots = points.map((p) => ({ x0: p.x - radius, y0: p.y - radius, x1: p.x + radius, y1: p.y + radius }));
  const plot = { x0: 0, y0: 0, x1: width, y1: height };
  const placed: Box[] = [];
  return points.map((p) => {
    const w = p.text.length * fontSize * charWidth;
    const cost = (box: Box) =>
      placed.reduce((s, b) => s + overlap(box, b), 0) +
      dots.reduce((s, b) => s + overlap(box, b), 0) +
      (w * h - overlap(box, plot));
    const ranked = spots(p, radius + 3, h).map((spot, i) => ({ spot, box: boxOf(spot, w, h), i }));
    const best = ranked.reduce((a, b) => (cost(b.box) < cost(a.box) - 1e-9 ? b : a));
    placed.push(best.box);
    return best.spot;
  });
}
