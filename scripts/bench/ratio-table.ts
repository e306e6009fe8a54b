import type { BenchSummary } from './report.ts';
import { RULE_EDIT_P95_TARGET_MS } from './overlap-summaries.ts';

/** One line of the table: what was measured, its value in this run, the issue's target, and whether it is met. */
interface RatioRow {
  measure: string;
  value: string;
  target: string;
  met: boolean | null;
}

const r2 = (v: number) => v.toFixed(2);
const ms = (v: number) => v.toFixed(0);
const kb = (v: number) => `${(v / 1e3).toFixed(1)} kB`;
const mb = (v: number) => `${(v / 1e6).toFixed(2)} MB`;
const NOT_MEASURED = 'not measured in this run';

function row(measure: string, value: string, target = '—', met: boolean | null = null): RatioRow {
  return { measure, value, target, met };
}

/** Issue 14's figures from one run's summaries, in one table. */
export function ratioRows(s: BenchSummary): RatioRow[] {
  const rows: RatioRow[] = [];
  const parquet = s.pageLoads?.[0];
  if (parquet) {
    rows.push(row('first chart ÷ DuckDB ready (default view, cold)', r2(parquet.chartOverDuckdb.median)));
    rows.push(
      row(
        'default view bytes: raw / gzip / brotli',
        `${mb(parquet.bytes.total.median)} / ${mb(parquet.gzipBytes.total.median)} / ${mb(parquet.brotliBytes.total.median)}`,
      ),
    );
  } else rows.push(row('first chart ÷ DuckDB ready; default view bytes', NOT_MEASURED));
  if (s.serviceWorkerBytes?.n)
    rows.push(
      row(
        'first-visit bytes, service worker on ÷ blocked',
        r2(s.serviceWorkerBytes.median),
        '≤ 1.05',
        s.serviceWorkerBytes.median <= 1.05,
      ),
    );
  if (s.appJs)
    rows.push(
      row(
        `app JS on a first load, gzip (${s.appJs.files.length} files; engines, Arquero and other views load later)`,
        `${kb(s.appJs.gzip)} (brotli ${kb(s.appJs.brotli)}, raw ${kb(s.appJs.raw)})`,
        '≤ 150 kB',
        s.appJs.gzip <= 150_000,
      ),
    );
  const browser = s.overlap?.engines.find((e) => e.key === 'browser');
  const native = s.overlap?.engines.find((e) => e.key === 'native-all');
  // The browser's cold open over another engine's: the ratio, then both times.
  const openOver = (other: NonNullable<typeof native>, open: NonNullable<typeof browser>) =>
    `${r2(other.browserOverThis.load.median)} (${ms(open.load.total.median)} / ${ms(other.load.total.median)} ms)`;
  if (browser && native)
    rows.push(
      row(
        'Overlap view cold open (register load and index; the app from its database file) ÷ native read_parquet and index (all threads)',
        openOver(native, browser),
        '≤ 2',
        native.browserOverThis.load.median <= 2,
      ),
    );
  else
    rows.push(
      row('Overlap view cold open ÷ native read_parquet', s.overlap ? 'native DuckDB not available' : NOT_MEASURED),
    );
  const sameWork = s.overlap?.engines.find((e) => e.key === 'native-db-all');
  if (browser && sameWork)
    rows.push(
      row(
        '… the same open ÷ native doing the same work (the database file inflated, attached, copied; all threads)',
        openOver(sameWork, browser),
      ),
    );
  if (browser?.ruleEdit)
    rows.push(
      row(
        `rule edit → findings, browser, warm: p50 / p95 (${browser.ruleEdit.total.n} edits)`,
        `${ms(browser.ruleEdit.total.median)} / ${ms(browser.ruleEdit.p95)} ms`,
        `p95 ≤ ${RULE_EDIT_P95_TARGET_MS} ms`,
        browser.ruleEdit.p95 <= RULE_EDIT_P95_TARGET_MS,
      ),
    );
  const sizes = s.bigLoad?.sizes.filter((z) => z.total.n) ?? [];
  if (sizes.length) {
    const perRow = sizes.map((z) => (z.total.median * 1000) / z.rows);
    const spread = Math.max(...perRow) / Math.min(...perRow) - 1;
    rows.push(
      row(
        `large CSV load, µs per row (${sizes.map((z) => `${(z.rows / 1e6).toFixed(1)}M`).join(' / ')} rows)`,
        `${perRow.map((v) => v.toFixed(1)).join(' / ')} (spread ${(spread * 100).toFixed(0)} %)`,
        'spread ≤ 25 %',
        spread <= 0.25,
      ),
    );
    const largest = sizes[sizes.length - 1]!;
    rows.push(
      row(
        `large CSV load: browser ÷ Node read_csv (${sizes.map((z) => `${(z.rows / 1e6).toFixed(1)}M`).join(' / ')} rows)`,
        sizes.map((z) => r2(z.browserOverNode.median)).join(' / '),
        `≤ 4 at ${(largest.rows / 1e6).toFixed(1)}M`,
        largest.browserOverNode.median <= 4,
      ),
    );
  } else rows.push(row('large CSV load: per row, ÷ read_csv', NOT_MEASURED));
  return rows;
}

/** The table as markdown. */
export function ratioTable(s: BenchSummary): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(['measure', 'this run', 'target', 'met']),
    line(['---', '---', '---', '---']),
    ...ratioRows(s).map((r) => line([r.measure, r.value, r.target, r.met === null ? '—' : r.met ? 'yes' : '**no**'])),
  ].join('\n');
}
