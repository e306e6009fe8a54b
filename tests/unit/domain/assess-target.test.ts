import { describe, expect, it } from 'vitest';
import { assessTarget } from '../../../src/domain/assess-target.ts';
import type { Observation, StatusClass, Target } from '../../../src/domain/types.ts';
import { KALTIM, KUKAR, MAHULU, march } from './fixtures.ts';

const target = (areaCode: string, year: number, fields: Partial<Target>): Target => ({ areaCode, year, ...fields });

describe('assessTarget: the Kaltim worked example (March 2023 6.11% -> March 2025 5.17%, 3% by 2026)', () => {
  const result = assessTarget(target('64', 2026, { valuePct: 3 }), KALTIM);

  it('measures from the March 2023 baseline to the latest March', () => {
    expect(result.baseline).toMatchObject({ year: 2023, period: 'mar', ratePct: 6.11 });
    expect(result.latest).toMatchObject({ year: 2025, period: 'mar', ratePct: 5.17 });
    expect(result.yearsLeft).toBe(1);
  });

  it('needs 2.17 points in one year from the latest, against 0.47 points a year so far: R = 0.47 / 2.17 = 0.22, limited progress', () => {
    expect(result.requiredPace).toMatchObject({ fromYear: 2025, toYear: 2026, years: 1 });
    expect(result.requiredPace?.ppPerYear).toBeCloseTo(-2.17, 9);
    expect(result.observedPace?.ppPerYear).toBeCloseTo(-0.47, 9);
    expect(result.ratio).toBeCloseTo(0.47 / 2.17, 9);
    expect(result.status).toBe('limited-progress');
  });

  it("the card's figures check out with a calculator: pace × years = the fall that remains; R = observed ÷ required", () => {
    const required = result.requiredPace!;
    expect(required.ppPerYear! * required.years).toBeCloseTo(3 - result.latest!.ratePct, 12);
    expect(result.ratio).toBeCloseTo(result.observedPace!.ppPerYear! / required.ppPerYear!, 12);
  });

  it('projects from the latest March at the same pace the card shows, flags the September 2025 uptick, and counts about 84 thousand people to lift', () => {
    expect(result.projection?.valuePct).toBeCloseTo(5.17 - 0.47, 9);
    expect(result.projection?.pace).toEqual(result.observedPace);
    expect(result.stalled?.stalled).toBe(true);
    expect(result.peopleNeededPerYear).toBeCloseTo(83.824, 3);
  });
});

describe('assessTarget: statuses', () => {
  it.each<[string, Target, readonly Observation[], StatusClass]>([
    ['Kaltim 3% by 2026', target('64', 2026, { valuePct: 3 }), KALTIM, 'limited-progress'],
    [
      'Kaltim range 2.3-3.3% by 2029 (R = 0.47 / 0.4675 = 1.005)',
      target('64', 2029, { lowPct: 2.3, highPct: 3.3 }),
      KALTIM,
      'on-track',
    ],
    [
      'Kaltim 6.15% for 2022, realised 6.31%: missed',
      target('64', 2022, { valuePct: 6.15 }),
      KALTIM,
      'target-year-past',
    ],
    ['Kukar 7.5% for 2024, 7.28%', target('6403', 2024, { valuePct: 7.5 }), KUKAR, 'achieved'],
    ['Kukar below 7% in 2025, 6.72%', target('6403', 2025, { valuePct: 7 }), KUKAR, 'achieved'],
    [
      'Mahakam Ulu 9.83% for 2024, 10.75%: missed',
      target('6411', 2024, { valuePct: 9.83 }),
      MAHULU,
      'target-year-past',
    ],
    [
      'made-up: 8% for 2024, 8.7% in 2024',
      target('X', 2024, { valuePct: 8 }),
      march([2022, 9], [2023, 8.8], [2024, 8.7]),
      'target-year-past',
    ],
    [
      'made-up: already met before the target year',
      target('X', 2027, { valuePct: 4 }),
      march([2023, 4.5], [2025, 3.9]),
      'achieved',
    ],
    [
      'made-up: exactly on pace (R = 1)',
      target('X', 2027, { valuePct: 6.2 }),
      march([2023, 10], [2024, 9], [2025, 8.1]),
      'on-track',
    ],
    [
      'made-up: a little short of pace (R = 0.95 / 1.2 = 0.79)',
      target('X', 2027, { valuePct: 5.7 }),
      march([2023, 10], [2024, 9], [2025, 8.1]),
      'acceleration-needed',
    ],
    [
      'made-up: poverty rising',
      target('X', 2027, { valuePct: 4 }),
      march([2023, 5], [2024, 5.3], [2025, 5.6]),
      'deterioration',
    ],
    [
      'made-up: rose back above a goal the baseline had met',
      target('X', 2027, { valuePct: 3 }),
      march([2023, 2.9], [2024, 3.1], [2025, 3.2]),
      'deterioration',
    ],
    ['made-up: one data point', target('X', 2027, { valuePct: 6 }), march([2025, 8]), 'insufficient-data'],
    [
      'made-up: September only',
      target('X', 2027, { valuePct: 6 }),
      KALTIM.filter((o) => o.period === 'sep'),
      'insufficient-data',
    ],
    ['no observations', target('X', 2027, { valuePct: 6 }), [], 'insufficient-data'],
    ['a target with no value', target('X', 2027, {}), KALTIM, 'insufficient-data'],
  ])('%s -> %s', (_name, input, observations, expected) => {
    expect(assessTarget(input, observations).status).toBe(expected);
  });
});

describe('assessTarget: edge cases', () => {
  it('divides paces by the years actually elapsed across gaps in the March series', () => {
    const result = assessTarget(target('X', 2024, { valuePct: 5 }), march([2016, 8], [2020, 7]));
    expect(result.baseline?.year).toBe(2016);
    expect(result.observedPace).toMatchObject({ years: 4 });
    expect(result.observedPace?.ppPerYear).toBeCloseTo(-0.25, 12);
    expect(result.requiredPace).toMatchObject({ years: 4 });
    expect(result.requiredPace?.ppPerYear).toBeCloseTo(-0.5, 12);
    expect(result.ratio).toBeCloseTo(0.5, 12);
    expect(result.status).toBe('limited-progress');
  });

  it('draws no projection across a gap: 2016 and 2020 alone give a pace, not a line', () => {
    const result = assessTarget(target('X', 2024, { valuePct: 5 }), march([2016, 8], [2020, 7]));
    expect(result.projection).toBeNull();
  });

  it('aims a range target at its upper bound and reports the range', () => {
    const result = assessTarget(target('64', 2029, { lowPct: 2.3, highPct: 3.3 }), KALTIM);
    expect(result.goal).toEqual({ year: 2029, goalPct: 3.3, lowPct: 2.3, highPct: 3.3 });
    expect(result.requiredPace?.ppPerYear).toBeCloseTo(-0.4675, 12);
    expect(result.ratio).toBeCloseTo(0.47 / 0.4675, 9);
  });

  it('keeps forward-looking figures empty once the target year is observed', () => {
    const result = assessTarget(target('6403', 2024, { valuePct: 7.5 }), KUKAR);
    expect(result.yearsLeft).toBe(-1);
    expect(result).toMatchObject({
      requiredPace: null,
      ratio: null,
      projection: null,
      peopleNeeded: null,
      peopleNeededPerYear: null,
    });
  });

  it('Kukar below 7% by 2025: judged on March 2025 (6.72%), achieved; no ratio once the year is observed', () => {
    const result = assessTarget(target('6403', 2025, { valuePct: 7 }), KUKAR);
    expect(result.observedPace?.ppPerYear).toBeCloseTo(-0.445, 9);
    expect(result.ratio).toBeNull();
    expect(result.status).toBe('achieved');
  });

  it('takes the baseline options', () => {
    const result = assessTarget(target('64', 2026, { valuePct: 3 }), KALTIM, { baselineYear: 2015 });
    expect(result.baseline?.year).toBe(2015);
    expect(result.observedPace?.years).toBe(10);
  });

  it('uses a given population for the people needed', () => {
    const result = assessTarget(target('64', 2026, { valuePct: 3 }), KALTIM, { populationThousands: 4267.61 });
    expect(result.peopleNeededPerYear).toBeCloseTo(92.607, 3);
  });

  it('with one data point, reports it as both baseline-less latest and insufficient', () => {
    const result = assessTarget(target('X', 2027, { valuePct: 6 }), march([2025, 8]));
    expect(result).toMatchObject({
      status: 'insufficient-data',
      baseline: null,
      observedPace: null,
      ratio: null,
      stalled: null,
    });
    expect(result.latest?.ratePct).toBe(8);
    expect(result.projection).toBeNull();
  });
});
