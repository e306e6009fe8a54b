import { describe, expect, it } from 'vitest';
import { lab, rgb } from 'd3';
import { PALETTE } from '../../../src/views/palette.ts';

// Machado, Oliveira & Fernandes (2009) matrices for full dichromacy, applied in linear RGB.
const SIMULATIONS: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** A colour as a person with this dichromacy sees it. */
function simulate(colour: string, matrix: number[][]): string {
  const { r, g, b } = rgb(colour);
  const linear = [r, g, b].map(toLinear);
  const [r2, g2, b2] = matrix.map((row) =>
    toSrgb(
      Math.min(
        1,
        Math.max(
          0,
          row.reduce((s, m, i) => s + m * linear[i]!, 0),
        ),
      ),
    ),
  );
  return rgb(r2!, g2!, b2!).formatHex();
}

/** CIE76 colour difference. */
function deltaE(a: string, b: string): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p.l - q.l, p.a - q.a, p.b - q.b);
}

// Colours drawn side by side in one chart (overview, districts, scenario).
const PAIRS: [keyof typeof PALETTE, keyof typeof PALETTE][] = [
  ['observed', 'september'],
  ['observed', 'required'],
  ['observed', 'province'],
  ['base', 'latest'],
  ['latest', 'province'],
  ['observed', 'scenario'],
  ['required', 'scenario'],
];

describe('PALETTE', () => {
  it.each(Object.keys(SIMULATIONS))('keeps every pair drawn together distinguishable with %s', (kind) => {
    for (const [a, b] of PAIRS) {
      const difference = deltaE(simulate(PALETTE[a], SIMULATIONS[kind]!), simulate(PALETTE[b], SIMULATIONS[kind]!));
      expect(difference, `${a} vs ${b}`).toBeGreaterThan(15);
    }
  });

  it('simulates a grey as itself (the matrices keep white and neutral colours)', () => {
    for (const matrix of Object.values(SIMULATIONS))
      expect(deltaE(simulate('#999999', matrix), '#999999')).toBeLessThan(2);
  });
});
