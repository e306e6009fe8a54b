import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DataRow } from '../../../scripts/datasets/cell.ts';
import { bundledDistricts } from '../../../scripts/illustrative/bundled-districts.ts';
import { coverageRows } from '../../../scripts/illustrative/coverage.ts';
import { overlapRuleRows } from '../../../scripts/illustrative/overlap-rules.ts';
import { programmeKindRows } from '../../../scripts/illustrative/programme-kinds.ts';
import type { RegisterTruth } from '../../../scripts/illustrative/register-truth.ts';
import { generateRegister } from '../../../scripts/illustrative/register.ts';
import { ILLUSTRATIVE_SEED, REGISTER_HOUSEHOLDS } from '../../../scripts/illustrative/settings.ts';
import { findOverlaps, sortFindings } from './register-findings.ts';
import { buildIntoTemp, DATASETS_DIR, removeTempDirs } from './temp-build.ts';

// The full-scale register (300,000 households, about a million rows) takes 10–20 s to build, too
// long to build twice in build-determinism.test.ts: here one fresh full build is compared with the
// committed files by SHA-256, and the full register's findings are recomputed from its rows.
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const truth = JSON.parse(fs.readFileSync(path.join(DATASETS_DIR, 'register-truth.json'), 'utf8')) as RegisterTruth;
// The real kecamatan, read from the bundled boundary file here, not through the generator.
const kecamatanCodes = (
  JSON.parse(fs.readFileSync(path.join(DATASETS_DIR, 'boundaries', 'kaltim_kec.geojson'), 'utf8')) as { features: { properties: { kode_kemendagri: string } }[] }
).features.map((f) => f.properties.kode_kemendagri);

describe('the committed register', () => {
  afterAll(removeTempDirs);

  it('matches a fresh full build byte for byte (register.parquet and register-truth.json)', () => {
    const fresh = buildIntoTemp();
    for (const file of ['register.parquet', 'register-truth.json']) expect(sha256(path.join(fresh, file))).toBe(sha256(path.join(DATASETS_DIR, file)));
  }, 120_000);

  describe('at full scale', () => {
    const districts = bundledDistricts();
    const register = generateRegister({ households: REGISTER_HOUSEHOLDS, seed: ILLUSTRATIVE_SEED, districts });
    const clean = generateRegister({ households: REGISTER_HOUSEHOLDS, seed: ILLUSTRATIVE_SEED, districts, plantedRate: 0 });
    const coverage2025 = (programme: string) =>
      coverageRows(districts, ILLUSTRATIVE_SEED).filter((r) => r.year === 2025 && r.programme_id === programme).reduce((s, r) => s + Number(r.beneficiaries), 0);
    const householdsOf = (programme: string) => new Set(clean.rows.filter((r) => r.programme_id === programme).map((r) => r.household_id));

    it('has the scale stated in register-truth.json: 300,000 households, about a million rows', () => {
      expect([truth.seed, truth.households, truth.rows]).toEqual([ILLUSTRATIVE_SEED, REGISTER_HOUSEHOLDS, register.rows.length]);
      expect(new Set(register.rows.map((r) => r.household_id)).size).toBe(REGISTER_HOUSEHOLDS);
      expect(register.rows.length).toBeGreaterThan(900_000);
      expect(register.rows.length).toBeLessThan(1_100_000);
    });

    it('holds the 2025 coverage of the small programmes as households, before planting', () => {
      expect(householdsOf('pusat_sekolah_rakyat').size).toBe(275);
      expect(householdsOf('kaltim_uep').size).toBe(1680);
      for (const p of ['kukar_perlindungan', 'kukar_pangan', 'kukar_rehabilitasi', 'kukar_pemberdayaan', 'kaltim_rapak_dalam']) {
        expect(householdsOf(p).size).toBe(coverage2025(p));
      }
    });

    it('makes no finding before planting', () => {
      expect(findOverlaps(clean.rows, programmeKindRows(), overlapRuleRows())).toEqual([]);
    });

    it('has a few dozen to a couple of hundred villages per district', () => {
      for (const d of districts) {
        const villages = new Set(register.rows.filter((r) => r.area_code === d.code).map((r) => r.village_code)).size;
        expect(villages).toBeGreaterThanOrEqual(24);
        expect(villages).toBeLessThanOrEqual(220);
      }
    });

    it('puts every village in a real kecamatan of its district, and households in every kecamatan of Kaltim', () => {
      const real = new Map(districts.map((d) => [d.code, kecamatanCodes.filter((c) => c.startsWith(`${d.kemendagriCode}.`))]));
      const used = new Map(districts.map((d) => [d.code, new Set<string>()]));
      for (const r of register.rows) used.get(String(r.area_code))!.add(String(r.village_code).slice(0, 8));
      for (const d of districts) expect([...used.get(d.code)!].sort(), d.code).toEqual([...real.get(d.code)!].sort());
      expect([...used.values()].reduce((n, s) => n + s.size, 0)).toBe(105);
    });

    it('has exactly the planted findings, and register-truth.json counts them', () => {
      const found = findOverlaps(register.rows, programmeKindRows(), overlapRuleRows());
      expect(sortFindings(found)).toEqual(sortFindings(register.planted));
      expect(truth.planted_findings).toBe(found.length);
      expect(truth.counts.reduce((s, c) => s + c.findings, 0)).toBe(found.length);
      const r4 = truth.counts.find((c) => c.rule_id === 'R4');
      expect(r4?.findings).toBeGreaterThan(0);
    });

    it('plants one event in 1.2–1.8% of households', () => {
      const rate = new Set(register.planted.map((f) => f.household_id)).size / REGISTER_HOUSEHOLDS;
      expect(rate).toBeGreaterThanOrEqual(0.012);
      expect(rate).toBeLessThanOrEqual(0.018);
      expect(truth.planted_households).toBe(rate * REGISTER_HOUSEHOLDS);
    });

    it('keeps desil constant per household and 10–15% of households above desil 4', () => {
      const desil = new Map<unknown, unknown>();
      let changes = 0;
      for (const r of register.rows as DataRow[]) {
        if (!desil.has(r.household_id)) desil.set(r.household_id, r.desil);
        else if (desil.get(r.household_id) !== r.desil) changes += 1;
      }
      expect(changes).toBe(0);
      const leaked = [...desil.values()].filter((d) => Number(d) > 4).length / desil.size;
      expect(leaked).toBeGreaterThanOrEqual(0.1);
      expect(leaked).toBeLessThanOrEqual(0.15);
    });
  });
});
