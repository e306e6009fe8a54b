import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DataRow } from '../../../scripts/datasets/cell.ts';
import { bundledDistricts } from '../../../scripts/illustrative/bundled-districts.ts';
import type { PlantedFinding } from '../../../scripts/illustrative/planted-finding.ts';
import { overlapRuleRows } from '../../../scripts/illustrative/overlap-rules.ts';
import { programmeKindRows } from '../../../scripts/illustrative/programme-kinds.ts';
import { generateRegister } from '../../../scripts/illustrative/register.ts';
import { ILLUSTRATIVE_SEED } from '../../../scripts/illustrative/settings.ts';
import { findOverlaps, sortFindings } from './register-findings.ts';

// A small register runs the same code as the committed 300,000-household one, in a fraction of a second.
const HOUSEHOLDS = 5000;
const districts = bundledDistricts();
const planted = generateRegister({ households: HOUSEHOLDS, seed: ILLUSTRATIVE_SEED, districts });
const clean = generateRegister({ households: HOUSEHOLDS, seed: ILLUSTRATIVE_SEED, districts, plantedRate: 0 });
const findings = (rows: DataRow[]) => findOverlaps(rows, programmeKindRows(), overlapRuleRows());
const households = (rows: DataRow[]) => groupBy(rows, (r) => String(r.household_id));

/** Each district's real kecamatan codes, read from the boundary file here, not through the generator. */
function realKecamatanByDistrict(list: typeof districts): Map<string, Set<string>> {
  const file = new URL('../../../datasets/boundaries/kaltim_kec.geojson', import.meta.url);
  const codes = (JSON.parse(fs.readFileSync(file, 'utf8')) as { features: { properties: { kode_kemendagri: string } }[] }).features.map((f) => f.properties.kode_kemendagri);
  return new Map(list.map((d) => [d.code, new Set(codes.filter((c) => c.startsWith(`${d.kemendagriCode}.`)))]));
}

function groupBy(rows: readonly DataRow[], key: (r: DataRow) => string): Map<string, DataRow[]> {
  const out = new Map<string, DataRow[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
}

describe('generateRegister: determinism', () => {
  it('gives identical rows and findings for the same seed', () => {
    expect(generateRegister({ households: HOUSEHOLDS, seed: ILLUSTRATIVE_SEED, districts })).toEqual(planted);
  });

  it('gives other households for another seed', () => {
    const other = generateRegister({ households: HOUSEHOLDS, seed: ILLUSTRATIVE_SEED + 1, districts });
    const ids = new Set(planted.rows.map((r) => r.household_id));
    expect(other.rows.filter((r) => ids.has(r.household_id))).toEqual([]);
  });
});

describe('generateRegister: shape', () => {
  it('numbers payments 1..n in the order of area, village, household, month and programme', () => {
    const key = (r: DataRow) => [r.area_code, r.village_code, r.household_id, r.month, r.programme_id].join('|');
    expect(planted.rows.map((r) => r.payment_id)).toEqual(planted.rows.map((_, i) => i + 1));
    planted.rows.slice(1).forEach((r, i) => expect(key(planted.rows[i]!) <= key(r)).toBe(true));
  });

  it('has the requested households, about 3.5 payments each', () => {
    expect(planted.households).toBe(HOUSEHOLDS);
    expect(households(planted.rows).size).toBe(HOUSEHOLDS);
    expect(planted.rows.length / HOUSEHOLDS).toBeGreaterThan(3);
    expect(planted.rows.length / HOUSEHOLDS).toBeLessThan(4);
  });

  it('gives each household one 12-hex id, one district, one village and one desil', () => {
    for (const [id, rows] of households(planted.rows)) {
      expect(id).toMatch(/^[0-9a-f]{12}$/);
      expect(new Set(rows.map((r) => `${r.area_code} ${r.village_code} ${r.desil}`)).size).toBe(1);
    }
  });

  it('puts villages under their district\'s Kemendagri code', () => {
    for (const d of districts) {
      const villages = new Set(planted.rows.filter((r) => r.area_code === d.code).map((r) => String(r.village_code)));
      expect(villages.size).toBeGreaterThanOrEqual(10);
      for (const v of villages) expect(v).toMatch(new RegExp(`^${d.kemendagriCode.replace('.', '\\.')}\\.[0-9]{2}\\.[12][0-9]{3}$`));
    }
  });

  it('puts every village in a real kecamatan of its district (the bundled kaltim_kec.geojson, via the areas crosswalk)', () => {
    const real = realKecamatanByDistrict(districts);
    const used = new Set(planted.rows.map((r) => `${r.area_code} ${String(r.village_code).slice(0, 8)}`));
    const invented = [...used].filter((pair) => !real.get(pair.slice(0, 4))?.has(pair.slice(5)));
    expect(used.size).toBeGreaterThan(50);
    expect(invented).toEqual([]);
  });

  it('mostly reaches desil 1–4, with 9–16% of households above, and Sekolah Rakyat only desil 1–2', () => {
    const desils = [...households(planted.rows).values()].map((rows) => Number(rows[0]!.desil));
    const leaked = desils.filter((d) => d > 4).length / desils.length;
    expect(leaked).toBeGreaterThan(0.09);
    expect(leaked).toBeLessThan(0.16);
    expect(new Set(clean.rows.filter((r) => r.programme_id === 'pusat_sekolah_rakyat').map((r) => r.desil))).toEqual(new Set([1, 2]));
  });
});

describe('generateRegister: programmes and schedules (clean register)', () => {
  const months = (programme: string) => new Set(clean.rows.filter((r) => r.programme_id === programme).map((r) => String(r.month).slice(5)));

  it('pays in 2025 only, Kukar schemes only in Kukar and Sekolah Rakyat only in Samarinda', () => {
    expect(clean.rows.every((r) => /^2025-(0[1-9]|1[0-2])$/.test(String(r.month)))).toBe(true);
    expect(new Set(clean.rows.filter((r) => String(r.programme_id).startsWith('kukar_')).map((r) => r.area_code))).toEqual(new Set(['6403']));
    expect(new Set(clean.rows.filter((r) => r.programme_id === 'pusat_sekolah_rakyat').map((r) => r.area_code))).toEqual(new Set(['6472']));
  });

  it('pays PKH and Sembako quarterly, Sekolah Rakyat from July, monthly schemes in any month', () => {
    expect(months('pkh')).toEqual(new Set(['03', '06', '09', '12']));
    expect(months('sembako')).toEqual(new Set(['03', '06', '09', '12']));
    expect(months('pusat_sekolah_rakyat')).toEqual(new Set(['07', '08', '09', '10', '11', '12']));
    expect(months('kukar_perlindungan').size).toBe(12);
    expect(clean.rows.filter((r) => r.programme_id === 'sembako').every((r) => r.amount_rp === 600_000)).toBe(true);
    expect(clean.rows.filter((r) => r.programme_id === 'kukar_perlindungan').every((r) => r.amount_rp === 200_000)).toBe(true);
  });

  it('pays a one-off programme once per household', () => {
    for (const p of ['kaltim_uep', 'kukar_pemberdayaan', 'kukar_rehabilitasi']) {
      const perHousehold = groupBy(clean.rows.filter((r) => r.programme_id === p), (r) => String(r.household_id));
      expect(perHousehold.size).toBeGreaterThan(0);
      expect([...perHousehold.values()].every((rows) => rows.length === 1)).toBe(true);
    }
  });

  it('makes no overlap finding at all without planting', () => {
    expect(findings(clean.rows)).toEqual([]);
    expect(clean.planted).toEqual([]);
  });
});

describe('generateRegister: planted overlaps', () => {
  it('are exactly the findings of the contract\'s definition, computed independently from the rows', () => {
    expect(sortFindings(findings(planted.rows))).toEqual(sortFindings(planted.planted));
  });

  it('sit in 1.2–1.8% of households, one event each', () => {
    const rate = new Set(planted.planted.map((f) => f.household_id)).size / HOUSEHOLDS;
    expect(rate).toBeGreaterThanOrEqual(0.012);
    expect(rate).toBeLessThanOrEqual(0.018);
    expect(planted.plantedHouseholds / HOUSEHOLDS).toBe(rate);
  });

  it('cover every event type, even at this small scale', () => {
    const types = new Set(planted.planted.map((f) => (f.check === 'rule' ? f.rule_id : f.programme_a === f.programme_b ? 'duplicate' : `${f.programme_a}+${f.programme_b}`)));
    expect(types).toEqual(new Set(['R1', 'R2', 'R3', 'R4', 'duplicate', 'kukar_perlindungan+pkh', 'kukar_pangan+sembako', 'kaltim_uep+kukar_pemberdayaan']));
  });

  it('give R4 in the same month two findings (same kind and the rule), in different months only the rule', () => {
    const byHousehold = new Map<string, PlantedFinding[]>();
    for (const f of planted.planted) byHousehold.set(f.household_id, [...(byHousehold.get(f.household_id) ?? []), f]);
    const r4 = [...byHousehold.values()].filter((fs) => fs.some((f) => f.rule_id === 'R4'));
    const pairs = r4.filter((fs) => fs.length === 2);
    expect(pairs.length).toBeGreaterThan(0);
    expect(r4.length).toBeGreaterThan(pairs.length);
    const expected = [['same_kind', 'kaltim_uep', 'kukar_pemberdayaan', 7], ['rule', 'kaltim_uep', 'kukar_pemberdayaan', 4]];
    for (const fs of pairs) expect(fs.map((f) => [f.check, f.programme_a, f.programme_b, f.period.length])).toEqual(expect.arrayContaining(expected));
  });

  it('spread over districts and months', () => {
    const area = new Map(planted.rows.map((r) => [r.household_id, r.area_code]));
    expect(new Set(planted.planted.map((f) => area.get(f.household_id))).size).toBeGreaterThanOrEqual(7);
    expect(new Set(planted.planted.map((f) => f.month)).size).toBeGreaterThanOrEqual(10);
  });
});
