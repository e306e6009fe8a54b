import { bigLoadSection } from './big-load-report.ts';
import type { BigLoadSummary } from './big-load-summary.ts';
import { overlapSection } from './overlap-report.ts';
import type { OverlapSummary } from './overlap-summaries.ts';
import { KINDS, MARKS, type MarkName } from './page-loads.ts';
import type { Part } from './parts.ts';
import type { FirstLoadJs } from './first-load-js.ts';
import { ratioTable } from './ratio-table.ts';
import type { Summary } from './stats.ts';
import type { ColdSummary, PageLoadSummary, QuerySummary, ReaderSummary, summarizeFile } from './summaries.ts';

/** The link speed the download column models (not measured: the bench server is on localhost). */
export const MODEL_MBIT_PER_S = 10;

type FileSummary = ReturnType<typeof summarizeFile>;

/** When, where and how the bench ran. */
export interface BenchMeta {
  date: string;
  runs: number;
  queryRounds: number;
  syntheticRows: number;
  node: string;
  chromium: string;
  cpus: number;
  cpuModel: string;
  modelMbitPerS: number;
  parts: Part[];
  seconds: number;
}

/** Every summary the report prints (also written to bench.json); a part left out by BENCH_ONLY is absent. */
export interface BenchSummary {
  pageLoads?: PageLoadSummary[];
  /** Every start-up file as Parquet ÷ the default (CSV start-up files), per mark. */
  parquetOverDefault?: Record<MarkName, Summary>;
  /** First-visit bytes with the service worker on ÷ with it blocked (issue 14: at most 1,05). */
  serviceWorkerBytes?: Summary;
  cold?: ColdSummary[];
  warm?: FileSummary[];
  queries?: QuerySummary[];
  overlap?: OverlapSummary;
  bigLoad?: BigLoadSummary;
  /** The app's JavaScript on a first load (the page's script and what it preloads), from the built site. */
  appJs?: FirstLoadJs;
}

/** The whole markdown report: one section per measurement that ran (numbered the same in every run). */
export function markdownReport(meta: BenchMeta, s: BenchSummary): string {
  const sections = [
    `# Pantau bench (${meta.runs} runs, Chromium ${meta.chromium}, Node ${meta.node}, ${meta.cpus} CPUs; parts: ${meta.parts.join(', ')})`,
    'Times in ms, median (min–max). Ratios are medians of per-run ratios measured in the same run.',
  ];
  if (s.pageLoads && s.parquetOverDefault)
    sections.push(
      `\n## 1. Cold page load (new browser context each run, empty cache)\n\n${pageLoadTable(s.pageLoads)}\n\n${variantRatioLine(s.parquetOverDefault)}${serviceWorkerLine(s.serviceWorkerBytes)}`,
    );
  if (s.cold)
    sections.push(`\n## 2. Parquet reader, first file on a fresh page (poverty.parquet)\n\n${coldTable(s.cold)}`);
  if (s.warm)
    sections.push(
      `\n## 3. Parquet reader, warm decode + DuckDB ingest (${meta.runs} rounds after a warm-up)\n\n${warmTable(s.warm)}`,
    );
  if (s.queries)
    sections.push(
      `\n## 4. Same query, duckdb-wasm in Node vs in the browser (${meta.queryRounds} interleaved rounds)\n\n${queryTable(s.queries)}`,
    );
  if (s.overlap)
    sections.push(
      `\n## 5. The overlap check on the register: browser, Node (duckdb-wasm), native DuckDB\n\n${overlapSection(s.overlap, { sessions: meta.runs, rounds: meta.queryRounds })}`,
    );
  if (s.bigLoad)
    sections.push(
      `\n## 6. A very large CSV through "Data Anda" in the browser vs read_csv in Node\n\n${bigLoadSection(s.bigLoad)}`,
    );
  sections.push(
    `\n## The ratios of this run (issue 14's targets)\n\nEvery figure from this run; a part left out by BENCH_ONLY shows as not measured.\n\n${ratioTable(s)}`,
  );
  return sections.join('\n');
}

const ms = (v: number) => (v < 10 ? v.toFixed(1) : v.toFixed(0));
const ratio = (v: number) => v.toFixed(2);
const mb = (v: number) => (v >= 1e6 ? `${(v / 1e6).toFixed(2)} MB` : `${(v / 1e3).toFixed(1)} kB`);
const spread = (s: Summary, f: (v: number) => string) => (s.n ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : 'n/a');
const modelMs = (gzipBytes: number) => (gzipBytes * 8) / (MODEL_MBIT_PER_S * 1e3);

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Table 1: cold page loads, one column per variant, median (min–max). */
export function pageLoadTable(variants: PageLoadSummary[]): string {
  const col = (f: (v: PageLoadSummary) => string) => variants.map(f);
  const rows = [
    ...MARKS.map((m) => [`${m} (ms)`, ...col((v) => spread(v.marks[m], ms))]),
    ['register requested at (ms)', ...col((v) => spread(v.registerRequested, ms))],
    [
      '**first-chart ÷ duckdb-ready** (median of per-run ratios)',
      ...col((v) => `**${spread(v.chartOverDuckdb, ratio)}**`),
    ],
    ...[...KINDS, 'total' as const].map((k) => [
      `bytes: ${k} (raw / gzip / brotli)`,
      ...col((v) => `${mb(v.bytes[k].median)} / ${mb(v.gzipBytes[k].median)} / ${mb(v.brotliBytes[k].median)}`),
    ]),
    ['requests', ...col((v) => spread(v.requests, String))],
    ['requests to other origins (all runs)', ...col((v) => String(v.otherOriginRequests))],
    ['runs not reaching "ready"', ...col((v) => String(v.notReady))],
  ];
  return table(['metric', ...variants.map((v) => `${v.variant}: median (min–max)`)], rows);
}

/** One line under table 1: each mark of the CSV bundle over the Parquet bundle, per-run pairs. */
export function variantRatioLine(ratios: Record<MarkName, Summary>): string {
  const measured = MARKS.filter((m) => ratios[m].n > 0);
  return `parquet bundle ÷ default (CSV start-up files), per-run pairs: ${measured.map((m) => `${m.replace('pantau:', '')} **${spread(ratios[m], ratio)}**`).join('; ')}`;
}

/** The service worker's cost on a first visit: bytes downloaded with it on ÷ with it blocked (empty when not measured). */
export function serviceWorkerLine(bytes: Summary | undefined): string {
  if (!bytes) return '';
  return `\n\nFirst-visit bytes, service worker on ÷ blocked, per-run pairs: **${spread(bytes, ratio)}** (target ≤ 1,05: each file downloads once)`;
}

/** Table 2: each reader's first file on a fresh page, with its download. */
export function coldTable(cold: ColdSummary[]): string {
  const rows = cold.map((c) => [
    c.reader,
    spread(c.firstDecode, ms),
    spread(c.ingest, ms),
    spread(c.total, ms),
    `**${spread(c.totalVsParquetWasm, ratio)}**`,
    `${mb(c.download.bytes)} / ${mb(c.download.gzipBytes)}`,
    ms(modelMs(c.download.gzipBytes)),
    ms(c.total.median + modelMs(c.download.gzipBytes)),
  ]);
  const head = [
    'reader',
    'load + first decode (ms)',
    'ingest (ms)',
    'total (ms)',
    'total ÷ parquet-wasm',
    'reader download raw / gzip',
    `download at ${MODEL_MBIT_PER_S} Mbit/s (ms, modelled)`,
    'total + download (ms)',
  ];
  return table(head, rows);
}

/** Table 3: warm decode + ingest per file and reader, with ratios to parquet-wasm. */
export function warmTable(files: FileSummary[]): string {
  const rows = files.flatMap((f) => f.readers.map((r) => warmRow(f, r)));
  const head = [
    'file',
    'reader',
    'decode (ms)',
    'of which',
    'ingest (ms)',
    'total (ms)',
    'decode ÷ parquet-wasm',
    '**total ÷ parquet-wasm**',
  ];
  return table(head, rows);
}

function warmRow(f: FileSummary, r: ReaderSummary): string[] {
  const phases = Object.entries(r.phases)
    .map(([p, s]) => `${p} ${ms(s.median)}`)
    .join(', ');
  const file = `${f.url.split('/').pop()} (${f.rows.toLocaleString('en')} rows, ${mb(f.bytes)}${f.sameTable ? '' : ', **TABLES DIFFER**'})`;
  return [
    file,
    r.reader,
    spread(r.decode, ms),
    phases,
    spread(r.ingest, ms),
    spread(r.total, ms),
    spread(r.decodeVsParquetWasm, ratio),
    `**${spread(r.totalVsParquetWasm, ratio)}**`,
  ];
}

/** Table 4: the same statements on duckdb-wasm in Node and in the browser. */
export function queryTable(queries: QuerySummary[]): string {
  const rows = queries.map((q) => [
    q.name,
    String(q.rows),
    spread(q.node, ms),
    spread(q.browser, ms),
    `**${spread(q.browserOverNode, ratio)}**`,
    q.sameRows ? 'yes' : '**no**',
  ]);
  return table(['query', 'rows', 'Node (ms)', 'browser (ms)', 'browser ÷ Node', 'same rows'], rows);
}
