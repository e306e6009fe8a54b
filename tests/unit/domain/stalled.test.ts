import { describe, expect, it } from 'vitest';
import { stalled } from '../../../src/domain/stalled.ts';
import type { Direction, Observation } from '../../../src/domain/types.ts';
import { KALTIM, obs } from './fixtures.ts';

describe('stalled', () => {
  it.each<[string, readonly Observation[], Direction, boolean | null, string | null, string | null]>([
    // name, observations, direction, stalled, latest, previous
    ['Kaltim: September 2025 5.19 after March 2025 5.17', KALTIM, 'lower-is-better', true, '2025-sep', '2025-mar'],
    [
      'Kaltim up to March 2025: 5.17 after 5.51',
      KALTIM.filter((o) => !(o.year === 2025 && o.period === 'sep')),
      'lower-is-better',
      false,
      '2025-mar',
      '2024-sep',
    ],
    [
      'unchanged counts as stalled',
      [obs(2024, 'sep', 5.5), obs(2025, 'mar', 5.5)],
      'lower-is-better',
      true,
      '2025-mar',
      '2024-sep',
    ],
    [
      'order of input does not matter',
      [obs(2025, 'mar', 5.17), obs(2024, 'sep', 5.51)],
      'lower-is-better',
      false,
      '2025-mar',
      '2024-sep',
    ],
    [
      'across a missing semester, the one before in time',
      [obs(2022, 'sep', 6.44), obs(2024, 'mar', 5.78)],
      'lower-is-better',
      false,
      '2024-mar',
      '2022-sep',
    ],
    [
      'a rising indicator that fell',
      [obs(2024, 'mar', 70), obs(2024, 'sep', 69)],
      'higher-is-better',
      true,
      '2024-sep',
      '2024-mar',
    ],
    ['one observation', [obs(2025, 'mar', 5.17)], 'lower-is-better', null, null, null],
    [
      'a duplicate is not a second semester',
      [obs(2015, 'sep', 6.1), obs(2015, 'sep', 6.1)],
      'lower-is-better',
      null,
      null,
      null,
    ],
  ])('%s', (_name, observations, direction, expected, latest, previous) => {
    const signal = stalled(observations, direction);
    const key = (o: Observation | undefined): string | null => (o ? `${o.year}-${o.period}` : null);
    expect(signal?.stalled ?? null).toBe(expected);
    expect(key(signal?.latest)).toBe(latest);
    expect(key(signal?.previous)).toBe(previous);
  });

  it('reports the change in points', () => {
    expect(stalled(KALTIM)?.changePp).toBeCloseTo(0.02, 9);
  });
});
