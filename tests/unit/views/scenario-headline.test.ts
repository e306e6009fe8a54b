import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbConnection } from '../../../src/data/connection.ts';
import { areasSeriesSql, type AreaSeriesRow } from '../../../src/queries/areas-series.ts';
import { targetsWithAreasSql, type TargetWithAreaRow } from '../../../src/queries/targets-with-areas.ts';
import type { ScenarioChoice } from '../../../src/state/url-state.svelte.ts';
import { scenarioFigures } from '../../../src/views/targets/scenario-figures.ts';
import { scenarioHeadline } from '../../../src/views/targets/scenario-headline.ts';
import { targetsFigures, type AreaFigure } from '../../../src/views/targets/targets-figures.ts';
import { BUNDLED, openEngineWith } from '../helpers/engine.ts';

/** The planner's defaults (the link without scenario parameters). */
const DEFAULT: ScenarioChoice = {
  area: '64',
  goal: null,
  mode: 'programme',
  fam: 1500,
  hh: 4,
  share: 50,
  pp: null,
  trend: 'on',
};

let conn: DbConnection;
let kaltim: AreaFigure;
const headline = (patch: Partial<ScenarioChoice>) => {
  const choice = { ...DEFAULT, ...patch };
  const f = scenarioFigures(kaltim, choice)!;
  return [scenarioHeadline(f, choice, 'id'), scenarioHeadline(f, choice, 'en')];
};

beforeAll(async () => {
  conn = await openEngineWith(BUNDLED);
  const targets = await conn.query<TargetWithAreaRow>(targetsWithAreasSql());
  const series = await conn.query<AreaSeriesRow>(areasSeriesSql(['64']));
  kaltim = targetsFigures(targets, series).find((a) => a.areaCode === '64')!;
});
afterAll(async () => conn.close());

describe('scenarioHeadline on the bundled data (Kaltim, 3% in 2026)', () => {
  it('the default: 1,500 families at 50% on top of the recent pace, 4.63%, missing by 1.63 points', () => {
    expect(headline({})).toEqual([
      'Dengan 1.500 keluarga per tahun (50% keluar dari kemiskinan) ditambah laju terakhir, Kaltim diproyeksikan 4,63% pada Maret 2026 — target 3% tidak tercapai, masih 1,63 poin di atasnya',
      'With 1,500 families a year (50% leaving poverty) on top of the recent pace, Kaltim is projected at 4.63% in March 2026 — the 3% target is missed by 1.63 points',
    ]);
  });

  it('the programme alone, without the recent pace', () => {
    expect(headline({ trend: 'off' })).toEqual([
      'Dengan 1.500 keluarga per tahun (50% keluar dari kemiskinan) dan tanpa perubahan lain, Kaltim diproyeksikan 5,10% pada Maret 2026 — target 3% tidak tercapai, masih 2,10 poin di atasnya',
      'With 1,500 families a year (50% leaving poverty) and no other change, Kaltim is projected at 5.10% in March 2026 — the 3% target is missed by 2.10 points',
    ]);
  });

  it('a programme large enough reaches the target', () => {
    expect(headline({ fam: 40000 })).toEqual([
      'Dengan 40.000 keluarga per tahun (50% keluar dari kemiskinan) ditambah laju terakhir, Kaltim diproyeksikan 2,83% pada Maret 2026 — target 3% tercapai',
      'With 40,000 families a year (50% leaving poverty) on top of the recent pace, Kaltim is projected at 2.83% in March 2026 — the 3% target is met',
    ]);
  });

  it('no programme: the recent pace alone, or no change at all', () => {
    expect(headline({ fam: 0 })[1]).toBe(
      'With the recent pace alone, Kaltim is projected at 4.70% in March 2026 — the 3% target is missed by 1.70 points',
    );
    expect(headline({ share: 0, trend: 'off' })[0]).toBe(
      'Jika angkanya tidak berubah, Kaltim diproyeksikan 5,17% pada Maret 2026 — target 3% tidak tercapai, masih 2,17 poin di atasnya',
    );
  });

  it('points a year: a fall that reaches it, no change, a rise', () => {
    expect(headline({ mode: 'points', pp: 2.17 })).toEqual([
      'Dengan penurunan 2,17 poin per tahun, Kaltim diproyeksikan 3,00% pada Maret 2026 — target 3% tercapai',
      'With a fall of 2.17 points a year, Kaltim is projected at 3.00% in March 2026 — the 3% target is met',
    ]);
    expect(headline({ mode: 'points', pp: 0 })[1]).toBe(
      'If the rate does not change, Kaltim is projected at 5.17% in March 2026 — the 3% target is missed by 2.17 points',
    );
    expect(headline({ mode: 'points', pp: -0.5 })).toEqual([
      'Dengan kenaikan 0,50 poin per tahun, Kaltim diproyeksikan 5,67% pada Maret 2026 — target 3% tidak tercapai, masih 2,67 poin di atasnya',
      'With a rise of 0.50 points a year, Kaltim is projected at 5.67% in March 2026 — the 3% target is missed by 2.67 points',
    ]);
  });

  it('the 2029 range, judged at its near edge', () => {
    expect(headline({ goal: 2029, mode: 'points' })[1]).toBe(
      'With a fall of 0.47 points a year, Kaltim is projected at 3.29% in March 2029 — the 2.3–3.3% target is met',
    );
  });

  it('missing data: without a recent pace, the programme is counted alone', () => {
    const short: AreaFigure = { ...kaltim, march: kaltim.march.slice(-1) };
    const target = { ...kaltim.targets[1]!, assessment: { ...kaltim.targets[1]!.assessment, observedPace: null } };
    const f = scenarioFigures({ ...short, targets: [target] }, DEFAULT)!;
    expect(f.assumption.recentPp).toBeNull();
    expect(scenarioHeadline(f, DEFAULT, 'id')).toBe(
      'Dengan 1.500 keluarga per tahun (50% keluar dari kemiskinan) dan tanpa perubahan lain, Kaltim diproyeksikan 5,10% pada Maret 2026 — target 3% tidak tercapai, masih 2,10 poin di atasnya',
    );
  });
});
