import type { OverlapEngineSummary, OverlapSummary } from './overlap-summaries.ts';
import { WARM_TARGET_MS } from './overlap-summaries.ts';
import type { Summary } from './stats.ts';

const ms = (v: number) => (v < 10 ? v.toFixed(1) : v.toFixed(0));
const spread = (s: Summary, f: (v: number) => string) => (s.n ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : '—');

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Table 5: the overlap check in every engine, one column each, and the target. */
export function overlapSection(s: OverlapSummary, plan: { sessions: number; rounds: number }): string {
  const first = s.engines[0]!;
  const head = `${first.registerRows.toLocaleString('en')}-row register, ${first.findings.toLocaleString('en')} findings. Register load and cold check: once per fresh engine, ${plan.sessions} fresh engine(s) per column; warm: ${plan.rounds} interleaved re-runs in the last one. A check is overlapFindingsSql() then the four summary queries (src/queries/).`;
  const skipped = s.skipped.map((r) => `\n\n**Not measured:** ${r}`).join('');
  return `${head}\n\n${overlapTable(s.engines)}\n\n${targetLine(s)}${skipped}`;
}

function overlapTable(engines: OverlapEngineSummary[]): string {
  const col = (f: (e: OverlapEngineSummary) => string) => engines.map(f);
  const ratio = (v: number) => v.toFixed(2);
  const rows = [
    ['DuckDB (SELECT version())', ...col((e) => e.version)],
    ['library', ...col((e) => e.library)],
    ['threads (current_setting)', ...col((e) => String(e.threads))],
    ['register loaded by', ...col((e) => e.loader)],
    ['**register load (ms)**', ...col((e) => `**${spread(e.load.total, ms)}**`)],
    ['… parquet-wasm decode (ms)', ...col((e) => spread(e.load.steps.decode, ms))],
    ['… Arrow ingest, insertArrowIPC (ms)', ...col((e) => spread(e.load.steps.ingest, ms))],
    [
      '… staging and promotion, or a proven file into its table (a database file: attached and copied) (exec, ms)',
      ...col((e) => spread(e.load.steps.stage, ms)),
    ],
    ['… validation queries (ms)', ...col((e) => spread(e.load.steps.validate, ms))],
    ['… overlap prepare, once per load (ms)', ...col((e) => spread(e.load.steps.prepare, ms))],
    ['file read before the load (ms)', ...col((e) => spread(e.load.read, ms))],
    ['**overlap check, cold (ms)**', ...col((e) => `**${spread(e.cold, ms)}**`)],
    ['**overlap check, warm (ms)**', ...col((e) => `**${spread(e.warm, ms)}**`)],
    ['… warm: findings table (ms)', ...col((e) => spread(e.warmFindings, ms))],
    ['… warm: four summaries (ms)', ...col((e) => spread(e.warmSummaries, ms))],
    ['**browser ÷ this, warm** (per-round ratios)', ...col((e) => `**${spread(e.browserOverThis.warm, ratio)}**`)],
    ['browser ÷ this, cold (per-session ratios)', ...col((e) => spread(e.browserOverThis.cold, ratio))],
    ['same summary rows as the browser', ...col((e) => (e.sameRows ? 'yes' : '**no**'))],
    [
      '**rule edit → findings, warm: p50 / p95 (ms)**',
      ...col((e) => (e.ruleEdit ? `**${ms(e.ruleEdit.total.median)} / ${ms(e.ruleEdit.p95)}**` : '—')),
    ],
    [
      '… the edit statement / the check after it, median (ms)',
      ...col((e) => (e.ruleEdit ? `${ms(e.ruleEdit.edit.median)} / ${ms(e.ruleEdit.check.median)}` : '—')),
    ],
  ];
  return table(['metric: median (min–max)', ...engines.map((e) => e.label)], rows);
}

function targetLine(s: OverlapSummary): string {
  const verdict = s.underTarget ? 'PASS' : 'FAIL';
  return `Warm browser check < ${WARM_TARGET_MS} ms (issue 4, reported here, not a test): **${verdict}** (median ${ms(s.warmBrowserMs)} ms).`;
}
