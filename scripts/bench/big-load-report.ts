import type { LoadPhase } from './big-load-probe.ts';
import type { BigLoadFailure, BigLoadSizeSummary, BigLoadSummary } from './big-load-summary.ts';
import type { Summary } from './stats.ts';

const ms = (v: number) => (v < 10 ? v.toFixed(1) : v.toFixed(0));
const ratio = (v: number) => v.toFixed(2);
const int = (v: number) => Math.round(v).toLocaleString('en');
const spread = (s: Summary, f: (v: number) => string) =>
  !s.n ? '—' : s.n === 1 ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
const SHOWN_CHARS = 600;

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Section 6: one column per file size, then every run that did not load, with what the page showed. */
export function bigLoadSection(s: BigLoadSummary): string {
  const head =
    'A synthetic register CSV (scripts/bench/big-register-csv.ts) picked on "Data Anda" (`?view=data`), loaded into `register` with "Muat berkas", a fresh browser context each run; then the same file read by `CREATE TABLE t AS SELECT * FROM read_csv(…)` on duckdb-wasm in Node (a child process of its own; no validation). Browser times are the page\'s clock from the click. A phase counts from the first progress text that names it, so work the app shows no progress for is counted in the phase shown before it. Frame gaps and long tasks cover click → report.';
  const notes = [
    ...s.sizes.flatMap((z) => z.failures.map((f) => failureLine(z, f))),
    ...s.sizes.flatMap((z) =>
      z.node.failures.map((r) => `**Node read_csv, ${int(z.rows)} rows, failed:** ${quote(r)}`),
    ),
  ];
  return [head, bigLoadTable(s.sizes), ...notes].join('\n\n');
}

/** The table: metrics down, file sizes across; median (min–max) when there is more than one run. */
export function bigLoadTable(sizes: BigLoadSizeSummary[]): string {
  const col = (f: (z: BigLoadSizeSummary) => string) => sizes.map(f);
  const phase = (p: LoadPhase) => col((z) => `+${spread(z.phaseStart[p], ms)} / ${spread(z.phaseMs[p], ms)}`);
  const rows = [
    ['file size', ...col((z) => `${(z.bytes / 1e6).toFixed(1)} MB`)],
    [
      'outcome (runs)',
      ...col((z) =>
        Object.entries(z.outcomes)
          .map(([o, n]) => `${o === 'loaded' ? o : `**${o}**`} ${n}/${z.runs}`)
          .join(', '),
      ),
    ],
    [
      'rows read / accepted (load report)',
      ...col((z) => `${spread(z.rowsRead, int)} / ${spread(z.rowsAccepted, int)}`),
    ],
    ['inspect: file picked → card "mapping" (ms)', ...col((z) => spread(z.inspect, ms))],
    ['**load: click → report (ms)**', ...col((z) => `**${spread(z.total, ms)}**`)],
    ['… "Membaca berkas" (read): first shown at + / shown for (ms)', ...phase('read')],
    ['… "Memadankan kolom dan wilayah" (map): first shown at + / shown for (ms)', ...phase('map')],
    ['… "Memeriksa setiap sel" (check): first shown at + / shown for (ms)', ...phase('check')],
    ['… "Menyimpan" (save): first shown at + / shown until the report (ms)', ...phase('save')],
    ['… of which after the bar reached 100 (ms)', ...col((z) => spread(z.afterProgressMs, ms))],
    ["load, Node's clock: click → report, crash or timeout (ms)", ...col((z) => spread(z.wallLoad, ms))],
    ['progress: distinct aria-valuenow values', ...col((z) => spread(z.progressValues, String))],
    ['progress never went back', ...col((z) => (z.progressNonDecreasing ? 'yes' : '**no**'))],
    [
      'progress: longest time without a change (ms) (phase and value it sat at)',
      ...col((z) => `${spread(z.progressStall, ms)}${z.progressStallAt ? ` (${z.progressStallAt})` : ''}`),
    ],
    [
      '**largest frame gap (ms)** (phase it began in)',
      ...col((z) => `**${spread(z.maxFrameGap, ms)}**${z.maxFrameGapPhase ? ` (${z.maxFrameGapPhase})` : ''}`),
    ],
    ['frame gaps > 200 ms', ...col((z) => spread(z.framesOver200, String))],
    [
      'longest main-thread task (ms)',
      ...col((z) => (z.longTasks.n && z.longTasks.max === 0 ? 'none ≥ 50 ms' : spread(z.longestTask, ms))),
    ],
    ['long tasks ≥ 50 ms', ...col((z) => spread(z.longTasks, String))],
    ['Node: read_csv into a table (ms)', ...col((z) => spread(z.node.readCsv, ms))],
    [
      'Node: file read + registerFile (ms)',
      ...col((z) => `${spread(z.node.fileRead, ms)} + ${spread(z.node.register, ms)}`),
    ],
    ['Node: rows / peak RSS (MB)', ...col((z) => `${spread(z.node.rows, int)} / ${spread(z.node.maxRssMb, int)}`)],
    [
      '**browser load ÷ Node read_csv** (per run, loaded runs)',
      ...col((z) => `**${spread(z.browserOverNode, ratio)}**`),
    ],
  ];
  return table(['metric', ...sizes.map((z) => `${int(z.rows)} rows`)], rows);
}

function failureLine(z: BigLoadSizeSummary, f: BigLoadFailure): string {
  const status = f.finalStatus ? `, card status \`${f.finalStatus}\`` : '';
  const errors = f.errors.length ? ` Errors: ${f.errors.map(quote).join('; ')}` : '';
  return `**${int(z.rows)} rows, run ${f.run}: ${f.outcome}**${status}. The page showed: ${f.shown ? quote(f.shown) : '(nothing: no page to read)'}.${errors}`;
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > SHOWN_CHARS ? `${flat.slice(0, SHOWN_CHARS)}…` : flat}”`;
}
