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
} as const;
