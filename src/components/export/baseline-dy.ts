/**
 * How far down (in em) a `dominant-baseline` moves a line from the alphabetic baseline, for sans-serif
 * system fonts; null where it does not move it. Illustrator and older renderers ignore
 * `dominant-baseline`, but every SVG reader honours `dy`, so exported text is moved with `dy`.
 */
export function baselineDy(dominantBaseline: string): string | null {
  return SHIFTS[dominantBaseline] ?? null;
}

const SHIFTS: Record<string, string> = {
  middle: '0.32em',
  central: '0.35em',
  mathematical: '0.25em',
  hanging: '0.75em',
  'text-before-edge': '0.8em',
  'text-top': '0.8em',
  'text-after-edge': '-0.2em',
  'text-bottom': '-0.2em',
  ideographic: '-0.2em',
};
