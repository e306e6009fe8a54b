import fs from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import type { DataRow } from '../../../scripts/datasets/cell.ts';
import { bundledDistricts } from '../../../scripts/illustrative/bundled-districts.ts';
import { coverageRows } from '../../../scripts/illustrative/coverage.ts';
import { overlapRuleRows } from '../../../scripts/illustrative/overlap-rules.ts';
import { programmeKindRows } from '../../../scripts/illustrative/programme-kinds.ts';
import { COVERAGE_YEARS, ILLUSTRATIVE_SEED, illustrativeSource } from '../../../scripts/illustrative/settings.ts';
import { DATASETS_DIR } from './temp-build.ts';

const districts = bundledDistricts();
const DISTRICT_CODES = ['6401', '6402', '6403', '6404', '6405', '6409', '6411', '6471', '6472', '6474'];
const coverage = coverageRows(districts, ILLUSTRATIVE_SEED);
const of = (programme: string, year?: number) => coverage.filter((r) => r.programme_id === programme && (year === undefined || r.year === year));
const total = (rows: DataRow[]) => rows.reduce((s, r) => s + Number(r.beneficiaries), 0);
const poor = (code: string, year: number) => districts.find((d) => d.code === code)!.poor.get(year)!;

describe('programme_kinds', () => {
  const rows = programmeKindRows();
  const byId = (id: string) => rows.find((r) => r.programme_id === id);

  it('has the nine programmes of the contract and BLT Dana Desa with their kind, level and facts id', () => {
    expect(rows.map((r) => [r.programme_id, r.kind, r.level, r.facts_programme_id])).toEqual([
      ['blt_dana_desa', 'cash', 'pusat', null],
      ['kaltim_rapak_dalam', 'residential', 'provinsi', 'kaltim_rapak_dalam'],
      ['kaltim_uep', 'business', 'provinsi', 'kaltim_uep'],
      ['kukar_pangan', 'food', 'kabupaten', 'kukar_pangan'],
      ['kukar_pemberdayaan', 'business', 'kabupaten', 'kukar_pemberdayaan'],
      ['kukar_perlindungan', 'cash', 'kabupaten', 'kukar_perlindungan'],
      ['kukar_rehabilitasi', 'device', 'kabupaten', 'kukar_rehabilitasi'],
      ['pkh', 'cash', 'pusat', null],
      ['pusat_sekolah_rakyat', 'education', 'pusat', 'pusat_sekolah_rakyat'],
      ['sembako', 'food', 'pusat', null],
    ]);
  });

  it('cites the facts file for sourced programmes and says the national ones are named for realism', () => {
    expect(byId('kukar_pangan')?.source).toBe('datasets/facts/programmes_facts.csv');
    expect(byId('pkh')?.source).toMatch(/National programme.*named for realism.*illustrative/);
    expect(byId('sembako')?.name_id).toMatch(/Sembako/);
    expect(byId('blt_dana_desa')?.source).toMatch(/^datasets\/facts\/coverage_sourced.csv/);
  });

  it('refers only to programme ids of the facts, and refuses one that is missing', () => {
    const facts = csvParse(fs.readFileSync(path.join(DATASETS_DIR, 'facts/programmes_facts.csv'), 'utf8'));
    for (const r of rows.filter((x) => x.facts_programme_id !== null)) expect(facts.some((f) => f.programme_id === r.facts_programme_id)).toBe(true);
    expect(() => programmeKindRows([{ programme_id: 'kukar_pangan' }])).toThrow(/is not in datasets\/facts/);
  });
});

describe('overlap_rules', () => {
  it('are R1–R4 of the contract, in its order of programmes and windows', () => {
    expect(overlapRuleRows().map((r) => [r.rule_id, r.programme_a, r.programme_b, r.window])).toEqual([
      ['R1', 'kaltim_rapak_dalam', 'kukar_pangan', 'month'],
      ['R2', 'kaltim_rapak_dalam', 'sembako', 'month'],
      ['R3', 'kaltim_rapak_dalam', 'kukar_perlindungan', 'month'],
      ['R4', 'kaltim_uep', 'kukar_pemberdayaan', 'year'],
    ]);
  });

  it('carry reasons in both languages and an illustrative source', () => {
    for (const r of overlapRuleRows()) {
      expect(String(r.reason_id).length).toBeGreaterThan(10);
      expect(String(r.reason_en).length).toBeGreaterThan(10);
      expect(r.source).toMatch(/^Pantau default rule \(illustrative\): /);
    }
  });
});

describe('coverage', () => {
  it('is the same for a seed and differs for another', () => {
    expect(coverageRows(districts, ILLUSTRATIVE_SEED)).toEqual(coverage);
    expect(coverageRows(districts, ILLUSTRATIVE_SEED + 1)).not.toEqual(coverage);
  });

  it('covers only the ten districts (never the province) and 2023–2026, each row marked illustrative', () => {
    expect([...new Set(coverage.map((r) => r.area_code))].sort()).toEqual(DISTRICT_CODES);
    expect([...new Set(coverage.map((r) => r.year))].sort()).toEqual([...COVERAGE_YEARS]);
    expect(coverage.every((r) => r.source === illustrativeSource(ILLUSTRATIVE_SEED) && Number(r.beneficiaries) > 0)).toBe(true);
    expect(coverage.every((r) => r.provenance === 'illustrative' && r.publisher === null)).toBe(true);
  });

  it('has PKH and Sembako households in every district and year', () => {
    for (const p of ['pkh', 'sembako']) {
      expect(of(p)).toHaveLength(40);
      expect(of(p).every((r) => r.unit === 'household')).toBe(true);
    }
  });

  it('shares Kaltim UEP exactly: 1,000, 1,000, 1,680 (1,500 + 180 APBD-P) and 1,500 families, by poor people', () => {
    expect(COVERAGE_YEARS.map((y) => total(of('kaltim_uep', y)))).toEqual([1000, 1000, 1680, 1500]);
    for (const year of COVERAGE_YEARS) {
      const all = DISTRICT_CODES.reduce((s, c) => s + poor(c, year), 0);
      for (const r of of('kaltim_uep', year)) expect(Math.abs(Number(r.beneficiaries) - (total(of('kaltim_uep', year)) * poor(String(r.area_code), year)) / all)).toBeLessThan(1);
    }
    expect(of('kaltim_uep', 2025).find((r) => r.area_code === '6403')?.budget_rp).toBe(461 * 5_000_000);
  });

  it('keeps Rapak Dalam to 2025–2026 and at most 200 residents a year, spread over districts', () => {
    expect([...new Set(of('kaltim_rapak_dalam').map((r) => r.year))]).toEqual([2025, 2026]);
    for (const year of [2025, 2026]) {
      expect(total(of('kaltim_rapak_dalam', year))).toBeLessThanOrEqual(200);
      expect(of('kaltim_rapak_dalam', year).length).toBeGreaterThanOrEqual(8);
    }
  });

  it('opens Sekolah Rakyat in 2025 with 275 students in Samarinda, then the permanent school and three new sites', () => {
    expect(of('pusat_sekolah_rakyat').filter((r) => Number(r.year) < 2025)).toEqual([]);
    expect(of('pusat_sekolah_rakyat', 2025).map((r) => [r.area_code, r.beneficiaries, r.unit])).toEqual([['6472', 275, 'student']]);
    expect(of('pusat_sekolah_rakyat', 2026).map((r) => [r.area_code, r.beneficiaries])).toEqual([['6403', 200], ['6409', 150], ['6472', 1000], ['6474', 100]]);
    expect(of('pusat_sekolah_rakyat', 2025)[0]?.budget_rp).toBe(275 * 4_000_000 * 6); // July–December
  });

  it('has the Kukar schemes only in Kukar, each year, well under its poor', () => {
    const kukar = coverage.filter((r) => String(r.programme_id).startsWith('kukar_'));
    expect(new Set(kukar.map((r) => r.area_code))).toEqual(new Set(['6403']));
    expect(kukar).toHaveLength(16);
    for (const year of COVERAGE_YEARS) expect(total(kukar.filter((r) => r.year === year))).toBeLessThan(0.25 * poor('6403', year));
    expect(of('kukar_perlindungan', 2025)[0]?.budget_rp).toBe(Number(of('kukar_perlindungan', 2025)[0]?.beneficiaries) * 200_000 * 12);
  });

  // The bound asserted: people reached (households × 4, plus persons and students) stay at or under the
  // district's poor in at least 7 of 10 districts each year, never above 1.5 times them, and the ratio
  // differs across districts (at least twofold) so that a coverage-against-poverty scatter shows a spread.
  it('reaches a plausible number of people against each district\'s poor', () => {
    for (const year of COVERAGE_YEARS) {
      const ratios = DISTRICT_CODES.map((code) => peopleReached(code, year) / poor(code, year));
      expect(ratios.filter((r) => r <= 1).length).toBeGreaterThanOrEqual(7);
      expect(Math.max(...ratios)).toBeLessThanOrEqual(1.5);
      expect(Math.max(...ratios) / Math.min(...ratios)).toBeGreaterThanOrEqual(2);
    }
  });
});

function peopleReached(code: string, year: number): number {
  return coverage
    .filter((r) => r.area_code === code && r.year === year)
    .reduce((s, r) => s + Number(r.beneficiaries) * (r.unit === 'household' ? 4 : 1), 0);
}

// The committed file: the real rows of datasets/facts/coverage_sourced.csv, generated rows for every other key.
describe('coverage.csv with the sourced rows', () => {
  const built = csvParse(fs.readFileSync(path.join(DATASETS_DIR, 'coverage.csv'), 'utf8'));
  const sourced = built.filter((r) => r.provenance === 'sourced');
  const at = (programme: string, year: string) => built.filter((r) => r.programme_id === programme && r.year === year);

  it('carries every sourced fact but the DTSEN count, each with its publisher and address', () => {
    expect(sourced).toHaveLength(21);
    expect(sourced.every((r) => r.publisher !== '' && /^https:\/\//.test(r.source!))).toBe(true);
    expect(built.some((r) => String(r.programme_id).startsWith('dtsen'))).toBe(false);
    expect(built.filter((r) => r.provenance !== 'sourced').every((r) => r.provenance === 'illustrative' && r.publisher === '')).toBe(true);
  });

  it('lets a real row win over a generated one for the same key', () => {
    expect(at('kaltim_uep', '2025').map((r) => [r.area_code, r.beneficiaries, r.provenance])).toEqual(DISTRICT_CODES.map((c) => [c, '150', 'sourced']));
    expect(at('pusat_sekolah_rakyat', '2025').map((r) => [r.area_code, r.beneficiaries, r.provenance])).toEqual([['6472', '125', 'sourced']]);
    expect(at('kukar_pangan', '2025').map((r) => [r.beneficiaries, r.provenance])).toEqual([['500', 'sourced']]);
    expect(at('pkh', '2024').filter((r) => r.area_code === '6405').map((r) => [r.beneficiaries, r.provenance])).toEqual([['6746', 'sourced']]);
    expect(new Set(built.map((r) => `${r.area_code}|${r.year}|${r.programme_id}`)).size).toBe(built.length);
  });

  it('has BLT Dana Desa 2023 in the seven kabupaten only, all sourced', () => {
    expect(at('blt_dana_desa', '2023').map((r) => r.area_code)).toEqual(['6401', '6402', '6403', '6404', '6405', '6409', '6411']);
    expect(built.filter((r) => r.programme_id === 'blt_dana_desa').every((r) => r.provenance === 'sourced' && r.year === '2023')).toBe(true);
  });

  it('is what the generator makes from the same seed with the sourced rows', () => {
    const generated = coverageRows(districts, ILLUSTRATIVE_SEED, []).filter((r) => !sourced.some((s) => s.area_code === r.area_code && s.year === String(r.year) && s.programme_id === r.programme_id));
    expect(built.length).toBe(generated.length + sourced.length);
  });
});
