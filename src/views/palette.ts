import { interpolateBlues, scaleSequential, type ScaleSequential } from 'd3';

/**
 * Colours of the views, from the Okabe–Ito colour-blind-safe palette. Meaning never rests on colour
 * alone: lines are also dashed or labelled, targets are rings with a label.
 */
export const PALETTE = {
  observed: '#0072B2',
  september: '#56B4E9',
  required: '#D55E00',
  target: '#D55E00',
  base: '#999999',
  latest: '#0072B2',
  province: '#CC79A7',
  neutral: '#3E4C59',
  trend: '#52606D',
  band: '#9AA5B1',
  scenario: '#009E73',
  national: '#7B8794',
} as const;

/** An area without a value: a light grey fill with a darker hatch over it (maps and their legend). */
export const NO_DATA = { fill: '#E4E7EB', hatch: '#9AA5B1' } as const;

/**
 * A sequential single-hue blue ramp for maps, light for the low end of `domain` and dark for the
 * high end (pass [high, low] to reverse); single-hue lightness reads the same with any colour vision.
 * The palest and darkest blues are left out: the first would vanish against white and the "no data"
 * grey, the second is near-black. Values outside the domain take its end colours.
 */
export function sequentialColour(domain: [number, number]): ScaleSequential<string> {
  return scaleSequential((t: number) => interpolateBlues(0.15 + 0.75 * t))
    .domain(domain)
    .clamp(true);
}
