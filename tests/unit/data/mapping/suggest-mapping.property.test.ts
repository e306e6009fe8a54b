import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEADER_SYNONYMS } from '../../../../src/data/mapping/header-synonyms.ts';
import {
  rankDatasets,
  suggestMapping,
  type MappableSpec,
  type WideYear,
} from '../../../../src/data/mapping/suggest-mapping.ts';
import { SPECS } from './catalog-specs.ts';

const SEED = 20250618;
// Real phrases mixed with noise, so the matcher's paths are all taken, not only "no match".
const PHRASES = Object.values(HEADER_SYNONYMS).flatMap((byColumn) => Object.values(byColumn).flat());
const header = fc.oneof(
  fc.string(),
  fc.constantFrom(
    ...PHRASES,
    'Maret 2023',
    'September 2023',
    '2024',
    'area_code',
    '__proto__',
    'constructor',
    'Kode BPS (4 digit)',
  ),
  fc.tuple(fc.constantFrom(...PHRASES), fc.constantFrom(' (%)', ' (Rp)', '/Kota', ' 2023', '')).map(([a, b]) => a + b),
);
const wideYear: fc.Arbitrary<WideYear> = fc.record({
  index: fc.integer({ min: -2, max: 14 }),
  header: fc.string(),
  year: fc.integer(),
  period: fc.constantFrom('mar' as const, 'sep' as const, null),
});
const anySpec: fc.Arbitrary<MappableSpec> = fc.oneof(
  fc.constantFrom(...SPECS),
  fc.record({
    id: fc.oneof(fc.string(), fc.constantFrom('poverty', 'coverage', 'constructor')),
    columns: fc.array(
      fc.record({
        name: fc.oneof(fc.string(), fc.constantFrom('year', 'period', 'source', 'rate_pct', 'area_code', 'toString')),
        type: fc.constantFrom('text' as const, 'integer' as const, 'number' as const),
        required: fc.boolean(),
        oneOf: fc.option(fc.array(fc.string()), { nil: undefined }),
      }),
      { maxLength: 10 },
    ),
  }),
);

describe('suggestMapping on anything', () => {
  it('never throws, and reads each file column at most once, within the headers', () => {
    fc.assert(
      fc.property(
        anySpec,
        fc.array(header, { maxLength: 12 }),
        fc.array(wideYear, { maxLength: 6 }),
        fc.string(),
        fc.array(fc.string(), { maxLength: 3 }),
        (spec, headers, years, fileName, titleLines) => {
          const result = suggestMapping(spec, headers, years, { fileName, titleLines });
          const indexes = Object.values(result.mapping).flatMap((s) => (s.kind === 'column' ? [s.index] : []));
          for (const index of indexes) {
            expect(Number.isInteger(index)).toBe(true);
            expect(index).toBeGreaterThanOrEqual(0);
            expect(index).toBeLessThan(headers.length);
          }
          expect(new Set(indexes).size).toBe(indexes.length);
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(1);
          for (const name of result.missingRequired) expect(result.mapping[name]).toEqual({ kind: 'none' });
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('ranks every dataset once, scores falling', () => {
    fc.assert(
      fc.property(fc.array(header, { maxLength: 12 }), fc.array(wideYear, { maxLength: 6 }), (headers, years) => {
        const ranked = rankDatasets(SPECS, headers, years);
        expect(ranked.map((r) => r.id).sort()).toEqual(SPECS.map((s) => s.id).sort());
        ranked.slice(1).forEach((r, i) => expect(ranked[i]!.score).toBeGreaterThanOrEqual(r.score));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
