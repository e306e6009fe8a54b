import { describe, expect, it } from 'vitest';
import {
  overlapByDistrictSql,
  overlapByMonthSql,
  overlapTotalsSql,
  type OverlapByDistrictRow,
  type OverlapByMonthRow,
  type OverlapTotalsRow,
} from '../../../src/queries/overlap-summary.ts';
import { desilDistributionSql, type DesilDistributionRow } from '../../../src/queries/targeting.ts';
import { desilHeadline } from '../../../src/views/overlap/desil-headline.ts';
import { districtHeadline } from '../../../src/views/overlap/district-headline.ts';
import { monthHeadline } from '../../../src/views/overlap/month-headline.ts';
import { monthLabel } from '../../../src/views/overlap/month-label.ts';
import { desilSplit, monthPeak, topDistricts } from '../../../src/views/overlap/overlap-figures.ts';
import { sharedEngine } from '../helpers/engine.ts';
import { openOverlapEngine } from '../queries/overlap-fixtures.ts';

const conn = sharedEngine(openOverlapEngine);

/** The fixtures' run: 13 households, 8 flagged (see overlap-fixtures.ts), findings in 8 of 13 months. */
async function fixtureRun() {
  const [totals] = await conn.query<OverlapTotalsRow>(overlapTotalsSql());
  const months = await conn.query<OverlapByMonthRow>(overlapByMonthSql());
  const districts = await conn.query<OverlapByDistrictRow>(overlapByDistrictSql());
  const desil = await conn.query<DesilDistributionRow>(desilDistributionSql());
  return { totals: totals!, months, districts, desil };
}

const month = (m: string, findings: number): OverlapByMonthRow => ({
  month: m,
  same_kind_findings: findings,
  rule_findings: 0,
  findings,
});
const totals = (households: number, flagged: number): OverlapTotalsRow => ({
  households,
  households_flagged: flagged,
  findings: flagged,
  payments_flagged: 2 * flagged,
  amount_flagged_rp: 0,
});
const district = (area_code: string, name: string, households: number, flagged: number): OverlapByDistrictRow => ({
  area_code,
  name,
  short_name: name,
  households,
  households_flagged: flagged,
  findings: flagged,
  share_flagged: flagged / households,
});
const desil = (households: number[]): DesilDistributionRow[] =>
  households.map((h, i) => ({ desil: i + 1, payments: h, households: h, amount_rp: 0 }));

describe('monthHeadline', () => {
  it('the fixtures: households flagged, months with findings out of all, the peak month', async () => {
    const run = await fixtureRun();
    expect(monthHeadline(run, 'id')).toBe(
      'Bantuan ganda ditemukan pada 8 rumah tangga dalam 8 dari 13 bulan; terbanyak September 2025 (3 temuan)',
    );
    expect(monthHeadline(run, 'en')).toBe(
      'Overlapping aid found for 8 households in 8 of 13 months; most in September 2025 (3 findings)',
    );
  });

  it('findings in every month, with the large numbers grouped', () => {
    const months = ['2025-01', '2025-02', '2025-03'].map((m, i) => month(m, [5, 1188, 36][i]!));
    const run = { months, totals: totals(300_000, 4500) };
    expect(monthHeadline(run, 'id')).toBe(
      'Bantuan ganda ditemukan pada 4.500 rumah tangga dalam semua 3 bulan; terbanyak Februari 2025 (1.188 temuan)',
    );
    expect(monthHeadline(run, 'en')).toBe(
      'Overlapping aid found for 4,500 households in all 3 months; most in February 2025 (1,188 findings)',
    );
  });

  it('months tied for the most are all named', () => {
    const run = {
      months: [month('2025-03', 3), month('2025-04', 1), month('2025-09', 3), month('2025-12', 3)],
      totals: totals(20, 6),
    };
    expect(monthHeadline(run, 'id')).toBe(
      'Bantuan ganda ditemukan pada 6 rumah tangga dalam semua 4 bulan; terbanyak Maret 2025, September 2025 dan Desember 2025 (3 temuan)',
    );
    expect(monthHeadline(run, 'en')).toBe(
      'Overlapping aid found for 6 households in all 4 months; most in March 2025, September 2025 and December 2025 (3 findings)',
    );
  });

  it('one household, one month, one finding: singular in English', () => {
    const run = { months: [month('2025-03', 1)], totals: totals(10, 1) };
    expect(monthHeadline(run, 'id')).toBe(
      'Bantuan ganda ditemukan pada 1 rumah tangga dalam satu-satunya bulan yang tercatat; terbanyak Maret 2025 (1 temuan)',
    );
    expect(monthHeadline(run, 'en')).toBe(
      'Overlapping aid found for 1 household in the only month on record; most in March 2025 (1 finding)',
    );
  });

  it('nothing found: says no household received overlapping aid', () => {
    const run = { months: [month('2025-01', 0), month('2025-02', 0)], totals: totals(10, 0) };
    expect(monthHeadline(run, 'id')).toBe(
      'Tidak ada bantuan ganda dalam 2 bulan yang diperiksa: tidak ada rumah tangga yang menerima bantuan tumpang tindih',
    );
    expect(monthHeadline(run, 'en')).toBe(
      'No overlapping aid in the 2 months checked: no household received aid that overlaps',
    );
  });

  it('no months in the register', () => {
    expect(monthHeadline({ months: [], totals: totals(0, 0) }, 'id')).toBe(
      'Belum ada bulan pembayaran dalam daftar penerima',
    );
    expect(monthHeadline({ months: [], totals: totals(0, 0) }, 'en')).toBe('The register has no payment months yet');
  });
});

describe('districtHeadline', () => {
  it('the fixtures: Kukar 4 of 5 against 8 of 13 in all', async () => {
    const run = await fixtureRun();
    expect(districtHeadline(run, 'id')).toBe(
      'Persentase rumah tangga ditandai tertinggi di Kutai Kartanegara: 80,00% (4 dari 5 rumah tangga), dibanding 61,54% di seluruh daftar',
    );
    expect(districtHeadline(run, 'en')).toBe(
      'The highest share of households flagged is in Kutai Kartanegara: 80.00% (4 of 5 households), against 61.54% across the register',
    );
  });

  it('the highest share, not the most households: a small district can lead', () => {
    const run = {
      districts: [district('6403', 'Kutai Kartanegara', 82_283, 2003), district('6411', 'Mahakam Ulu', 100, 3)],
      totals: totals(82_383, 2006),
    };
    expect(districtHeadline(run, 'en')).toBe(
      'The highest share of households flagged is in Mahakam Ulu: 3.00% (3 of 100 households), against 2.43% across the register',
    );
  });

  it('districts tied for the highest share are named in order', () => {
    const run = {
      districts: [
        district('6472', 'Samarinda', 10, 2),
        district('6401', 'Paser', 20, 4),
        district('6471', 'Balikpapan', 10, 1),
      ],
      totals: totals(40, 7),
    };
    expect(districtHeadline(run, 'id')).toBe(
      'Persentase rumah tangga ditandai sama-sama tertinggi di Paser dan Samarinda: 20,00%, dibanding 17,50% di seluruh daftar',
    );
    expect(districtHeadline(run, 'en')).toBe(
      'The highest share of households flagged is shared by Paser and Samarinda: 20.00%, against 17.50% across the register',
    );
  });

  it('no household flagged anywhere', () => {
    const run = {
      districts: [district('6401', 'Paser', 10, 0), district('6471', 'Balikpapan', 5, 0)],
      totals: totals(15, 0),
    };
    expect(districtHeadline(run, 'id')).toBe(
      'Tidak ada rumah tangga ditandai di kabupaten/kota mana pun: tidak ada bantuan ganda ditemukan',
    );
    expect(districtHeadline(run, 'en')).toBe('No household flagged in any district: no overlapping aid found');
  });

  it('no districts in the register', () => {
    expect(districtHeadline({ districts: [], totals: totals(0, 0) }, 'id')).toBe(
      'Belum ada kabupaten/kota dalam daftar penerima',
    );
    expect(districtHeadline({ districts: [], totals: totals(0, 0) }, 'en')).toBe('The register has no districts yet');
  });
});

describe('desilHeadline', () => {
  it('the fixtures: 9 of 13 households in desil 1-4, 4 outside', async () => {
    const { desil: rows } = await fixtureRun();
    expect(desilHeadline(rows, 'id')).toBe(
      '69,2% rumah tangga penerima ada di desil 1–4 (sasaran); 30,8% (4 rumah tangga) di desil 5–10, di luar sasaran',
    );
    expect(desilHeadline(rows, 'en')).toBe(
      '69.2% of recipient households are in desil 1–4 (the target); 30.8% (4 households) are in desil 5–10, outside it',
    );
  });

  it('every recipient in the target', () => {
    const rows = desil([1000, 500, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(desilHeadline(rows, 'id')).toBe(
      'Semua rumah tangga penerima (1.500 rumah tangga) ada di desil 1–4 (sasaran); tidak ada di desil 5–10',
    );
    expect(desilHeadline(rows, 'en')).toBe(
      'Every recipient household (1,500 households) is in desil 1–4 (the target); none is in desil 5–10',
    );
  });

  it('no recipient in the target', () => {
    const rows = desil([0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
    expect(desilHeadline(rows, 'id')).toBe(
      'Tidak ada rumah tangga penerima di desil 1–4 (sasaran); semuanya (1 rumah tangga) ada di desil 5–10',
    );
    expect(desilHeadline(rows, 'en')).toBe(
      'No recipient household is in desil 1–4 (the target); every one (1 household) is in desil 5–10',
    );
  });

  it('no recipients at all', () => {
    expect(desilHeadline(desil(Array(10).fill(0)), 'id')).toBe('Belum ada rumah tangga penerima dalam daftar');
    expect(desilHeadline([], 'en')).toBe('The register has no recipient households yet');
  });
});

describe('the values the headlines pick', () => {
  it('monthPeak counts months with findings and names every month at the top', () => {
    expect(monthPeak([month('2025-01', 2), month('2025-02', 0), month('2025-03', 2)])).toEqual({
      active: 2,
      peak: ['2025-01', '2025-03'],
      findings: 2,
    });
    expect(monthPeak([])).toEqual({ active: 0, peak: [], findings: 0 });
  });

  it('topDistricts follows the chart ranking and is empty when none is flagged', () => {
    expect(
      topDistricts([district('6401', 'Paser', 10, 1), district('6472', 'Samarinda', 4, 2)]).map((d) => d.name),
    ).toEqual(['Samarinda']);
    expect(topDistricts([district('6401', 'Paser', 10, 0)])).toEqual([]);
  });

  it('desilSplit sums households in and outside desil 1-4', () => {
    expect(desilSplit(desil([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))).toEqual({ target: 10, leakage: 45, total: 55 });
  });

  it('monthLabel spells a register month out and leaves anything else as it is', () => {
    expect(monthLabel('2025-06', 'id')).toBe('Juni 2025');
    expect(monthLabel('2025-06', 'en')).toBe('June 2025');
    expect(monthLabel('2025-13', 'en')).toBe('2025-13');
    expect(monthLabel('', 'id')).toBe('');
  });
});
