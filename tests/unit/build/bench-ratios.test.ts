import { describe, expect, it } from 'vitest';
import { ratioRows } from '../../../scripts/bench/ratio-table.ts';
import type { BenchSummary } from '../../../scripts/bench/report.ts';
import { percentile, summarize } from '../../../scripts/bench/stats.ts';

describe("the bench's ratio table", () => {
  it('takes the p95 by nearest rank: of 20 edits, the 19th fastest', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => (i + 1) * 10);
    expect(percentile(twenty, 95)).toBe(190);
    expect(percentile(twenty, 50)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
  });

  it('says which of issue 14 targets a run met, and names the parts it did not measure', () => {
    const s: BenchSummary = {
      serviceWorkerBytes: summarize([1.003, 1.004]),
      appJs: { files: ['assets/index-a.js'], raw: 400_000, gzip: 124_000, brotli: 108_000 },
      bigLoad: {
        sizes: [
          { rows: 1_000_000, total: summarize([10_000]), browserOverNode: summarize([7.4]) },
          { rows: 5_000_000, total: summarize([60_000]), browserOverNode: summarize([6.7]) },
        ] as NonNullable<BenchSummary['bigLoad']>['sizes'],
      },
    };
    const rows = ratioRows(s);
    const find = (start: string) => rows.find((r) => r.measure.startsWith(start))!;
    expect(find('first-visit bytes')).toMatchObject({ value: '1.00', met: true });
    expect(find('app JS')).toMatchObject({ value: '124.0 kB (brotli 108.0 kB, raw 400.0 kB)', met: true });
    // 10 µs a row at 1M against 12 at 5M: a spread of 20 %, within 25 %.
    expect(find('large CSV load, µs per row')).toMatchObject({ value: '10.0 / 12.0 (spread 20 %)', met: true });
    expect(find('large CSV load: browser ÷ Node')).toMatchObject({ value: '7.40 / 6.70', met: false });
    expect(find('first chart ÷ DuckDB ready').value).toBe('not measured in this run');
    expect(find('Overlap view cold open').value).toBe('not measured in this run');
  });
});
