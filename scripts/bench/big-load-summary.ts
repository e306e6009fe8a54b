import type { BigLoadFileRuns, BigLoadRaw, BigLoadRun } from './big-load.ts';
import type { BigLoadOutcome, BrowserBigLoad } from './big-load-page.ts';
import type { BigLoadProbe, LoadPhase } from './big-load-probe.ts';
import { pairedRatio, summarize, type Summary } from './stats.ts';

const PHASES: LoadPhase[] = ['read', 'map', 'check', 'save'];

/** A run that did not end in a loaded file: what happened and what the page showed. */
export interface BigLoadFailure {
  run: number;
  outcome: BigLoadOutcome;
  finalStatus: string | null;
  shown: string | null;
  errors: string[];
}

/** One file size's runs, summarised (browser times on the page's clock, from the click on "Muat berkas"). */
export interface BigLoadSizeSummary {
  rows: number;
  bytes: number;
  runs: number;
  outcomes: Partial<Record<BigLoadOutcome, number>>;
  rowsRead: Summary;
  rowsAccepted: Summary;
  /** File picked -> card in "mapping". */
  inspect: Summary;
  /** Click -> load report in the card (loaded or refused). */
  total: Summary;
  /** Node's clock, click -> report, crash or timeout (the only time a crashed tab leaves). */
  wallLoad: Summary;
  /** When each phase first showed in the progress text, ms after the click, and how long it lasted (save: until the report). */
  phaseStart: Record<LoadPhase, Summary>;
  phaseMs: Record<LoadPhase, Summary>;
  /** Progress after the save reached 100 %, until the report showed (the views reading the new data, the file stored). */
  afterProgressMs: Summary;
  progressValues: Summary;
  progressNonDecreasing: boolean;
  /** The longest time the progress bar showed the same phase and value (until the next change, or the report). */
  progressStall: Summary;
  /** Where the bar sat during the longest of those stalls, over all runs (e.g. "read 45"). */
  progressStallAt: string | null;
  maxFrameGap: Summary;
  /** The phase the largest frame gap (over all runs) started in. */
  maxFrameGapPhase: LoadPhase | null;
  framesOver200: Summary;
  longestTask: Summary;
  longTasks: Summary;
  node: {
    readCsv: Summary;
    fileRead: Summary;
    register: Summary;
    rows: Summary;
    maxRssMb: Summary;
    failures: string[];
  };
  /** Browser load ÷ Node read_csv, per run; loaded runs only. */
  browserOverNode: Summary;
  failures: BigLoadFailure[];
}

/** The large-file load bench, summarised per file size. */
export interface BigLoadSummary {
  sizes: BigLoadSizeSummary[];
}

/** Summarises every file size's runs. */
export function summarizeBigLoad(raw: BigLoadRaw): BigLoadSummary {
  return { sizes: raw.files.map(summarizeSize) };
}

function summarizeSize(f: BigLoadFileRuns): BigLoadSizeSummary {
  const b = f.runs.map((r) => r.browser);
  const probes = b.map((r) => r.probe);
  const per = (fn: (p: BigLoadProbe) => number | null) => summarize(probes.map(fn));
  return {
    rows: f.rows,
    bytes: f.bytes,
    runs: f.runs.length,
    outcomes: countOutcomes(b),
    rowsRead: summarize(b.map((r) => r.rowsRead)),
    rowsAccepted: summarize(b.map((r) => r.rowsAccepted)),
    inspect: summarize(b.map(inspectMs)),
    total: per(totalMs),
    wallLoad: summarize(b.map((r) => r.wall.loadMs)),
    phaseStart: byPhase((p) => per((probe) => phaseStart(probe, p))),
    phaseMs: byPhase((p) => per((probe) => phaseMs(probe, p))),
    afterProgressMs: per(afterProgressMs),
    progressValues: per((p) => (p.clicked === null ? null : new Set(loadSamples(p).map((s) => s.value)).size)),
    progressNonDecreasing: probes.every((p) => nonDecreasing(loadSamples(p).map((s) => s.value))),
    progressStall: per((p) => longestStall(p)?.ms ?? null),
    progressStallAt: worstStallAt(probes),
    maxFrameGap: per((p) => p.frames?.maxGap ?? null),
    maxFrameGapPhase: maxGapPhase(probes),
    framesOver200: per((p) => p.frames?.over200 ?? null),
    longestTask: per((p) => (p.longTasks ? Math.max(0, ...loadTasks(p).map((t) => t.d)) : null)),
    longTasks: per((p) => (p.longTasks ? loadTasks(p).length : null)),
    node: summarizeNode(f.runs),
    browserOverNode: pairedRatio(
      f.runs.map(loadedMs),
      f.runs.map((r) => (r.node.ok ? r.node.readCsvMs : null)),
    ),
    failures: b.flatMap((r, i) =>
      r.outcome === 'loaded'
        ? []
        : [{ run: i + 1, outcome: r.outcome, finalStatus: r.finalStatus, shown: r.shown, errors: r.errors }],
    ),
  };
}

function countOutcomes(runs: BrowserBigLoad[]): Partial<Record<BigLoadOutcome, number>> {
  const counts: Partial<Record<BigLoadOutcome, number>> = {};
  for (const r of runs) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
  return counts;
}

function byPhase(f: (p: LoadPhase) => Summary): Record<LoadPhase, Summary> {
  return Object.fromEntries(PHASES.map((p) => [p, f(p)])) as Record<LoadPhase, Summary>;
}

// The page's clock when it has both ends, Node's otherwise.
function inspectMs(run: BrowserBigLoad): number | null {
  const { picked, statuses } = run.probe;
  const mapping = statuses.find((s) => s.status === 'mapping' && picked !== null && s.t >= picked);
  return picked !== null && mapping ? mapping.t - picked : run.wall.inspectMs;
}

function totalMs(p: BigLoadProbe): number | null {
  return p.clicked !== null && p.reportAt !== null ? p.reportAt - p.clicked : null;
}

function loadedMs(run: BigLoadRun): number | null {
  return run.browser.outcome === 'loaded' ? totalMs(run.browser.probe) : null;
}

function loadSamples(p: BigLoadProbe): BigLoadProbe['samples'] {
  return p.clicked === null ? [] : p.samples.filter((s) => s.t >= p.clicked!);
}

function loadTasks(p: BigLoadProbe): { t: number; d: number }[] {
  const end = p.reportAt ?? Infinity;
  return p.clicked === null ? [] : (p.longTasks ?? []).filter((t) => t.t + t.d >= p.clicked! && t.t <= end);
}

function phaseStart(p: BigLoadProbe, phase: LoadPhase): number | null {
  const first = loadSamples(p).find((s) => s.phase === phase);
  return first && p.clicked !== null ? first.t - p.clicked : null;
}

// A phase lasts until a later one starts; the last one shown (save, or the phase a refusal came in) until the report.
function phaseMs(p: BigLoadProbe, phase: LoadPhase): number | null {
  const start = phaseStart(p, phase);
  const later = PHASES.slice(PHASES.indexOf(phase) + 1).map((q) => phaseStart(p, q));
  const end = later.find((t) => t !== null) ?? totalMs(p);
  return start !== null && end !== null ? end - start : null;
}

function afterProgressMs(p: BigLoadProbe): number | null {
  const full = loadSamples(p).find((s) => s.value === 100);
  return full && p.reportAt !== null ? p.reportAt - full.t : null;
}

// The sample the bar stayed on longest, and for how long (the last one until the report).
function longestStall(p: BigLoadProbe): { ms: number; at: string } | null {
  const samples = loadSamples(p);
  const ends = [...samples.slice(1).map((s) => s.t), p.reportAt];
  const stalls = samples.flatMap((s, i) =>
    ends[i] == null ? [] : [{ ms: ends[i]! - s.t, at: `${s.phase ?? '?'} ${s.value}` }],
  );
  return stalls.sort((a, b) => b.ms - a.ms)[0] ?? null;
}

function worstStallAt(probes: BigLoadProbe[]): string | null {
  const stalls = probes.map(longestStall).filter((s) => s !== null);
  return stalls.sort((a, b) => b.ms - a.ms)[0]?.at ?? null;
}

function nonDecreasing(values: number[]): boolean {
  return values.every((v, i) => i === 0 || v >= values[i - 1]!);
}

// The phase showing when the largest frame gap of all runs began.
function maxGapPhase(probes: BigLoadProbe[]): LoadPhase | null {
  const worst = probes.filter((p) => p.frames?.maxGapAt != null).sort((a, b) => b.frames!.maxGap - a.frames!.maxGap)[0];
  if (!worst) return null;
  const before = loadSamples(worst).filter((s) => s.t <= worst.frames!.maxGapAt!);
  return before.at(-1)?.phase ?? null;
}

function summarizeNode(runs: BigLoadRun[]): BigLoadSizeSummary['node'] {
  const ok = runs.map((r) => (r.node.ok ? r.node : null));
  const at = (f: (n: NonNullable<(typeof ok)[number]>) => number) => summarize(ok.map((n) => (n ? f(n) : null)));
  const failures = runs.flatMap((r) => (r.node.ok ? [] : [r.node.reason]));
  return {
    readCsv: at((n) => n.readCsvMs),
    fileRead: at((n) => n.fileReadMs),
    register: at((n) => n.registerMs),
    rows: at((n) => n.rows),
    maxRssMb: at((n) => n.maxRssMb),
    failures,
  };
}
