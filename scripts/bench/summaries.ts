import type { ReaderDownload } from './build-page.ts';
import { KINDS, MARKS, type AssetKind, type MarkName, type PageLoadRun } from './page-loads.ts';
import { READERS, type ColdRun, type FileRuns, type ReaderName } from './protocol.ts';
import type { QueryComparison } from './queries.ts';
import { pairedRatio, summarize, type Summary } from './stats.ts';

/** The cold page loads of one variant of the site, summarised. */
export interface PageLoadSummary {
  variant: string;
  marks: Record<MarkName, Summary>;
  chartOverDuckdb: Summary;
  registerRequested: Summary;
  bytes: Record<AssetKind | 'total', Summary>;
  gzipBytes: Record<AssetKind | 'total', Summary>;
  brotliBytes: Record<AssetKind | 'total', Summary>;
  requests: Summary;
  otherOriginRequests: number;
  notReady: number;
}

/** Medians and extremes of the cold loads; the chart/DuckDB ratio is the median of per-run ratios. */
export function summarizePageLoads(variant: string, runs: PageLoadRun[]): PageLoadSummary {
  const marks = Object.fromEntries(
    MARKS.map((m) => [m, summarize(runs.map((r) => r.marks[m]))]),
  ) as PageLoadSummary['marks'];
  const at = (m: MarkName) => runs.map((r) => r.marks[m]);
  return {
    variant,
    marks,
    chartOverDuckdb: pairedRatio(at('pantau:first-chart'), at('pantau:duckdb-ready')),
    registerRequested: summarize(runs.map((r) => r.registerRequested)),
    bytes: bytesByKind(runs.map((r) => r.bytes)),
    gzipBytes: bytesByKind(runs.map((r) => r.gzipBytes)),
    brotliBytes: bytesByKind(runs.map((r) => r.brotliBytes)),
    requests: summarize(runs.map((r) => r.requests)),
    otherOriginRequests: runs.reduce((n, r) => n + r.otherOrigin.length, 0),
    notReady: runs.filter((r) => r.status !== 'ready').length,
  };
}

/** One variant's marks over another's (e.g. parquet bundle ÷ default), over loads paired by run number. */
export function variantRatios(a: PageLoadRun[], b: PageLoadRun[]): Record<MarkName, Summary> {
  const at = (runs: PageLoadRun[], m: MarkName) => runs.map((r) => r.marks[m]);
  return Object.fromEntries(MARKS.map((m) => [m, pairedRatio(at(a, m), at(b, m))])) as Record<MarkName, Summary>;
}

/** One variant's downloaded bytes over another's (service worker on ÷ blocked), over loads paired by run number. */
export function totalBytesRatio(a: PageLoadRun[], b: PageLoadRun[]): Summary {
  const total = (runs: PageLoadRun[]) => runs.map((r) => KINDS.reduce((s, k) => s + r.bytes[k], 0));
  return pairedRatio(total(a), total(b));
}

function bytesByKind(rows: Record<AssetKind, number>[]): PageLoadSummary['bytes'] {
  const total = rows.map((r) => KINDS.reduce((s, k) => s + r[k], 0));
  return {
    ...(Object.fromEntries(KINDS.map((k) => [k, summarize(rows.map((r) => r[k]))])) as Record<AssetKind, Summary>),
    total: summarize(total),
  };
}

/** One reader's timings on one file, and its ratios to parquet-wasm (median of per-round ratios). */
export interface ReaderSummary {
  reader: ReaderName;
  decode: Summary;
  ingest: Summary;
  total: Summary;
  phases: Record<string, Summary>;
  totalVsParquetWasm: Summary;
  decodeVsParquetWasm: Summary;
}

/** Per-reader summaries of the warm rounds on one file, and whether all readers loaded identical tables. */
export function summarizeFile(file: FileRuns): {
  url: string;
  bytes: number;
  sameTable: boolean;
  rows: number;
  readers: ReaderSummary[];
} {
  const series = (reader: ReaderName, pick: (r: FileRuns['rounds'][number][number]) => number) =>
    file.rounds.map((round) => pick(round.find((r) => r.reader === reader)!));
  const readers = READERS.map((reader): ReaderSummary => {
    const phaseNames = Object.keys(file.rounds[0]?.find((r) => r.reader === reader)?.phases ?? {});
    return {
      reader,
      decode: summarize(series(reader, (r) => r.decodeMs)),
      ingest: summarize(series(reader, (r) => r.ingestMs)),
      total: summarize(series(reader, (r) => r.totalMs)),
      phases: Object.fromEntries(phaseNames.map((p) => [p, summarize(series(reader, (r) => r.phases[p] ?? NaN))])),
      totalVsParquetWasm: pairedRatio(
        series(reader, (r) => r.totalMs),
        series('parquet-wasm', (r) => r.totalMs),
      ),
      decodeVsParquetWasm: pairedRatio(
        series(reader, (r) => r.decodeMs),
        series('parquet-wasm', (r) => r.decodeMs),
      ),
    };
  });
  const checks = Object.values(file.checks);
  const sameTable = checks.every(
    (c) => c.fingerprint === checks[0]?.fingerprint && c.types === checks[0]?.types && c.rows === checks[0]?.rows,
  );
  return { url: file.url, bytes: file.bytes, sameTable, rows: checks[0]?.rows ?? 0, readers };
}

/** One reader's cold first file, its ratio to parquet-wasm, and its download size. */
export interface ColdSummary {
  reader: ReaderName;
  firstDecode: Summary;
  ingest: Summary;
  total: Summary;
  totalVsParquetWasm: Summary;
  download: ReaderDownload;
}

/** Per-reader summaries of the cold first-file runs. */
export function summarizeCold(runs: ColdRun[][], downloads: ReaderDownload[]): ColdSummary[] {
  const series = (reader: ReaderName, pick: (r: ColdRun) => number) =>
    runs.map((round) => pick(round.find((r) => r.reader === reader)!));
  return READERS.map((reader) => ({
    reader,
    firstDecode: summarize(series(reader, (r) => r.firstDecodeMs)),
    ingest: summarize(series(reader, (r) => r.ingestMs)),
    total: summarize(series(reader, (r) => r.totalMs)),
    totalVsParquetWasm: pairedRatio(
      series(reader, (r) => r.totalMs),
      series('parquet-wasm', (r) => r.totalMs),
    ),
    download: downloads.find((d) => reader.startsWith(d.reader))!,
  }));
}

/** Node and browser times of one statement, their ratio, and whether both returned the same rows. */
export interface QuerySummary {
  name: string;
  node: Summary;
  browser: Summary;
  browserOverNode: Summary;
  sameRows: boolean;
  rows: number;
}

/** Summary of an interleaved Node/browser query comparison. */
export function summarizeQuery(q: QueryComparison): QuerySummary {
  const node = q.rounds.map((r) => r.node.ms);
  const browser = q.rounds.map((r) => r.browser.ms);
  const prints = new Set(q.rounds.flatMap((r) => [r.node.fingerprint, r.browser.fingerprint]));
  return {
    name: q.name,
    node: summarize(node),
    browser: summarize(browser),
    browserOverNode: pairedRatio(browser, node),
    sameRows: prints.size === 1,
    rows: q.rounds[0]?.node.rows ?? 0,
  };
}
