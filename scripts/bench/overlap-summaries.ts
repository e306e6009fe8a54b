import type { OverlapEngineRuns, OverlapRaw } from './overlap.ts';
import type { LoadStep, OverlapCheckRun } from './protocol.ts';
import { pairedRatio, percentile, summarize, type Summary } from './stats.ts';

/** What issue 4 asks of the browser: re-running the check on the 1M-row register under a second. */
export const WARM_TARGET_MS = 1000;
/** What issue 14 asks of the browser: a rule edit to new findings, p95 of 20 warm edits. */
export const RULE_EDIT_P95_TARGET_MS = 250;

/** One engine's overlap runs, summarised, with the browser's time over its own. */
export interface OverlapEngineSummary {
  key: string;
  label: string;
  library: string;
  loader: string;
  version: string;
  threads: number;
  registerRows: number;
  findings: number;
  load: { read: Summary; total: Summary; steps: Record<LoadStep, Summary> };
  cold: Summary;
  warm: Summary;
  warmFindings: Summary;
  warmSummaries: Summary;
  /** Median of per-round ratios browser ÷ this engine (warm), and of per-session ratios (cold check, register load). */
  browserOverThis: { warm: Summary; cold: Summary; load: Summary };
  /** Every run returned the same summary rows as the browser's first run. */
  sameRows: boolean;
  /** Rule edit → findings and summaries (edit statement + check), when the engine made edits. */
  ruleEdit: { total: Summary; p95: number; edit: Summary; check: Summary } | null;
}

/** The overlap comparison, summarised, and the target checked against the warm browser median. */
export interface OverlapSummary {
  engines: OverlapEngineSummary[];
  skipped: string[];
  warmBrowserMs: number;
  underTarget: boolean;
}

/** Summarises every engine against the browser (the first engine). */
export function summarizeOverlap(raw: OverlapRaw): OverlapSummary {
  const browser = raw.engines.find((e) => e.key === 'browser')!;
  const engines = raw.engines.map((e) => summarizeEngine(e, browser));
  const warmBrowserMs = engines.find((e) => e.key === 'browser')!.warm.median;
  return { engines, skipped: raw.skipped, warmBrowserMs, underTarget: warmBrowserMs < WARM_TARGET_MS };
}

const LOAD_STEPS: LoadStep[] = ['decode', 'ingest', 'stage', 'validate', 'prepare'];

function summarizeLoads(e: OverlapEngineRuns): OverlapEngineSummary['load'] {
  const loads = e.sessions.map((s) => s.load);
  const steps = Object.fromEntries(LOAD_STEPS.map((k) => [k, summarize(loads.map((l) => l.steps[k]))])) as Record<
    LoadStep,
    Summary
  >;
  return { read: summarize(loads.map((l) => l.readMs)), total: summarize(loads.map((l) => l.loadMs)), steps };
}

function summarizeEngine(e: OverlapEngineRuns, browser: OverlapEngineRuns): OverlapEngineSummary {
  const total = (runs: OverlapCheckRun[]) => runs.map((r) => r.totalMs);
  const cold = e.sessions.map((s) => s.cold);
  const expected = browser.sessions[0]?.cold.fingerprint;
  return {
    key: e.key,
    label: e.label,
    library: e.library,
    loader: e.loader,
    version: e.info.version,
    threads: e.info.threads,
    registerRows: e.sessions[0]?.load.rows ?? 0,
    findings: cold[0]?.findings ?? 0,
    load: summarizeLoads(e),
    cold: summarize(total(cold)),
    warm: summarize(total(e.warm)),
    warmFindings: summarize(e.warm.map((r) => r.findingsMs)),
    warmSummaries: summarize(e.warm.map((r) => r.summariesMs)),
    browserOverThis: {
      warm: pairedRatio(total(browser.warm), total(e.warm)),
      cold: pairedRatio(total(browser.sessions.map((s) => s.cold)), total(cold)),
      load: pairedRatio(
        browser.sessions.map((s) => s.load.loadMs),
        e.sessions.map((s) => s.load.loadMs),
      ),
    },
    sameRows: [...cold, ...e.warm].every((r) => r.fingerprint === expected),
    ruleEdit: e.edits.length
      ? {
          total: summarize(e.edits.map((r) => r.totalMs)),
          p95: percentile(
            e.edits.map((r) => r.totalMs),
            95,
          ),
          edit: summarize(e.edits.map((r) => r.editMs)),
          check: summarize(e.edits.map((r) => r.checkMs)),
        }
      : null,
  };
}
