import type { Browser } from '@playwright/test';
import { loadNativeDuckdb } from './native-duckdb.ts';
import { nativeOverlapEngine } from './native-engine.ts';
import { readCatalog } from './node-bundle.ts';
import {
  browserOverlapEngine,
  nodeWasmOverlapEngine,
  type OverlapEngine,
  type OverlapSession,
} from './overlap-engines.ts';
import type { EngineInfo, OverlapCheckRun, RegisterLoadRun, RuleEditRun } from './protocol.ts';

/** Every run of one engine: per fresh session its register load and first (cold) check; then the warm rounds. */
export interface OverlapEngineRuns {
  key: string;
  label: string;
  library: string;
  loader: string;
  info: EngineInfo;
  sessions: { load: RegisterLoadRun; cold: OverlapCheckRun }[];
  warm: OverlapCheckRun[];
  /** Rule edits and the check after each, warm (engines that run the app's loader). */
  edits: RuleEditRun[];
}

/** The raw overlap comparison, and the engines left out (with why). */
export interface OverlapRaw {
  engines: OverlapEngineRuns[];
  skipped: string[];
}

/** How many fresh sessions (cold checks) and warm rounds to run. */
export interface OverlapPlan {
  sessions: number;
  rounds: number;
  /** Rule edits after the warm rounds (issue 14 asks for 20). */
  edits: number;
}

/**
 * The overlap check on the 1M-row register in the browser, in Node (duckdb-wasm) and on native
 * DuckDB with all threads and with one. Native DuckDB is installed on the fly; when that fails only
 * its two columns are left out.
 */
export async function benchOverlap(
  browser: Browser,
  pageUrl: string,
  datasetsDir: string,
  plan: OverlapPlan,
  log: (m: string) => void,
): Promise<OverlapRaw> {
  const engines = [browserOverlapEngine(browser, pageUrl), nodeWasmOverlapEngine(datasetsDir)];
  const skipped: string[] = [];
  const native = await loadNativeDuckdb();
  if (native.ok) {
    const catalog = await readCatalog(datasetsDir);
    engines.push(
      nativeOverlapEngine(native.api, native.library, datasetsDir, catalog, null),
      nativeOverlapEngine(native.api, native.library, datasetsDir, catalog, 1),
      nativeOverlapEngine(native.api, native.library, datasetsDir, catalog, null, 'database'),
    );
  } else {
    log(`SKIPPING the native DuckDB comparison: ${native.reason}`);
    skipped.push(native.reason);
  }
  return { engines: await compareOverlap(engines, plan, log), skipped };
}

/**
 * `sessions` times, each engine starts fresh, loads the data and runs the check once (cold); the
 * last sessions stay open for `rounds` warm rounds. The engine order rotates every session and round,
 * and engines take turns (never run together), so each one has the machine to itself.
 */
export async function compareOverlap(
  engines: OverlapEngine[],
  plan: OverlapPlan,
  log: (m: string) => void,
): Promise<OverlapEngineRuns[]> {
  const runs = engines.map((e): OverlapEngineRuns => ({
    key: e.key,
    label: e.label,
    library: e.library,
    loader: e.loader,
    info: { version: '', threads: 0 },
    sessions: [],
    warm: [],
    edits: [],
  }));
  let open: OverlapSession[] = [];
  try {
    for (let s = 0; s < plan.sessions; s++) {
      await Promise.all(open.splice(0).map((o) => o.close()));
      open = await coldSessions(engines, runs, s);
      log(
        `overlap: fresh session ${s + 1}/${plan.sessions} done (${runs.map((r) => `${r.key} ${Math.round(r.sessions[s]!.cold.totalMs)} ms`).join(', ')})`,
      );
    }
    for (let r = 0; r < plan.rounds; r++) {
      for (const i of rotation(engines.length, r)) runs[i]!.warm.push(await open[i]!.check());
    }
    log(`overlap: ${plan.rounds} warm rounds done`);
    for (let n = 0; n < plan.edits; n++) {
      for (const i of rotation(engines.length, n)) {
        const edit = open[i]!.edit;
        if (edit) runs[i]!.edits.push(await edit(n));
      }
    }
    if (plan.edits) log(`overlap: ${plan.edits} rule edits done`);
    return runs;
  } finally {
    await Promise.all(open.map((o) => o.close()));
  }
}

async function coldSessions(engines: OverlapEngine[], runs: OverlapEngineRuns[], s: number): Promise<OverlapSession[]> {
  const open: OverlapSession[] = new Array(engines.length);
  try {
    for (const i of rotation(engines.length, s)) {
      open[i] = await engines[i]!.open();
      runs[i]!.info = open[i]!.opened.info;
      runs[i]!.sessions.push({ load: open[i]!.opened.load, cold: await open[i]!.check() });
    }
    return open;
  } catch (error) {
    await Promise.all(open.filter(Boolean).map((o) => o.close()));
    throw error;
  }
}

// 0..n-1 started at k, so that no engine always runs first or right after the same one.
function rotation(n: number, k: number): number[] {
  return Array.from({ length: n }, (_, i) => (i + k) % n);
}
