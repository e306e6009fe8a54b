import { describe, expect, it } from 'vitest';
import { parseOverviewSeed } from '../../../src/data/overview-seed-csv.ts';
import { areaTargetsSql } from '../../../src/queries/area-targets.ts';
import { povertySeriesSql } from '../../../src/queries/poverty-series.ts';
import { nationalSeriesSql } from '../../../src/queries/national-series.ts';
import { BUNDLED, openEngineWith, readText, sharedEngine } from '../helpers/engine.ts';

const povertyCsv = readText('datasets/poverty.csv');
const targetsCsv = readText('datasets/targets.csv');
const nationalCsv = readText('datasets/national.csv');

const conn = sharedEngine(() => openEngineWith(BUNDLED));

describe('parseOverviewSeed (Arquero) gives the rows DuckDB gives', () => {
  it('the province series: 21 rows, the same as povertySeriesSql', async () => {
    const seed = parseOverviewSeed('64', povertyCsv, targetsCsv, nationalCsv);
    const duck = await conn.query(povertySeriesSql({ areaCode: '64' }));
    expect(seed.series).toHaveLength(21);
    expect(seed.series).toEqual(duck);
  });

  it('the province targets, the same as areaTargetsSql', async () => {
    const seed = parseOverviewSeed('64', povertyCsv, targetsCsv, nationalCsv);
    const duck = await conn.query(areaTargetsSql('64'));
    expect(seed.targets.map((t) => t.target_year)).toEqual([2022, 2026, 2029]);
    expect(seed.targets).toEqual(duck);
  });

  it('Kukar too (60,857 thousand as 60.857; a missing count as null)', async () => {
    const seed = parseOverviewSeed('6403', povertyCsv, targetsCsv, nationalCsv);
    expect(seed.series).toEqual(await conn.query(povertySeriesSql({ areaCode: '6403' })));
    expect(seed.targets).toEqual(await conn.query(areaTargetsSql('6403')));
    expect(seed.series.find((r) => r.year === 2023)?.poor_thousands).toBe(60.857);
    expect(seed.series.find((r) => r.year === 2025)?.poor_thousands).toBeNull();
  });

  it('the national series, the same as nationalSeriesSql: 21 rounds, Indonesia 8.47% in March 2025', async () => {
    const { national } = parseOverviewSeed('64', povertyCsv, targetsCsv, nationalCsv);
    expect(national).toHaveLength(21);
    expect(national).toEqual(await conn.query(nationalSeriesSql()));
    expect(national.find((r) => r.year === 2025 && r.period === 'mar')).toMatchObject({
      rate_pct: 8.47,
      publisher: 'Badan Pusat Statistik',
      release_date: '2025-07-25',
    });
  });

  it('March 2025 for the province: 5.17, 199.71 thousand', () => {
    const { series } = parseOverviewSeed('64', povertyCsv, targetsCsv, nationalCsv);
    expect(series.find((r) => r.year === 2025 && r.period === 'mar')).toMatchObject({
      rate_pct: 5.17,
      poor_thousands: 199.71,
    });
  });

  it('an unknown area gives nothing', () => {
    expect(parseOverviewSeed('9999', povertyCsv, targetsCsv, nationalCsv)).toMatchObject({ series: [], targets: [] });
  });
});
