import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** A step of a user file's load, as the progress text names it. */
export type LoadPhase = 'read' | 'map' | 'check' | 'save';

/** One progress reading: page time (ms), the phase named in the status text, and aria-valuenow. */
export interface ProgressSample {
  t: number;
  phase: LoadPhase | null;
  value: number;
}

/** What big-load-probe.page.js records in the page; times are the page's performance.now(). */
export interface BigLoadProbe {
  picked: number | null;
  clicked: number | null;
  reportAt: number | null;
  statuses: { t: number; status: string | null }[];
  samples: ProgressSample[];
  /** Frames painted between the click and the report: the largest gap, and every gap over 200 ms (first 50 listed); null when lost with the tab. */
  frames: {
    count: number;
    maxGap: number;
    maxGapAt: number | null;
    over200: number;
    gaps: { t: number; gap: number }[];
  } | null;
  /** Main-thread long tasks (50 ms and more) since the page opened; null where the browser has no such entries. */
  longTasks: { t: number; d: number }[] | null;
}

/** An event the probe sends to Node as it happens (kept by Node in case the tab crashes). */
export type ProbeEvent =
  | { kind: 'status'; t: number; status: string | null }
  | { kind: 'sample'; t: number; phase: LoadPhase | null; value: number }
  | { kind: 'click' | 'report'; t: number };

const SOURCE = readFileSync(new URL('./big-load-probe.page.js', import.meta.url), 'utf8');

/** Installs the probe in the page; `onEvent` hears its progress and status changes as they happen. */
export async function installProbe(page: Page, onEvent: (event: ProbeEvent) => void): Promise<void> {
  await page.exposeFunction('__bigLoadEvent', (json: string) => onEvent(JSON.parse(json) as ProbeEvent));
  await page.evaluate(SOURCE);
}

/** What the probe recorded so far. */
export function readProbe(page: Page): Promise<BigLoadProbe> {
  return page.evaluate(() => (window as unknown as { __bigLoad: BigLoadProbe }).__bigLoad);
}

/** The probe's record rebuilt from the events Node heard, for a tab that can no longer be asked. */
export function probeFromEvents(events: ProbeEvent[]): BigLoadProbe {
  const probe: BigLoadProbe = {
    picked: null,
    clicked: null,
    reportAt: null,
    statuses: [],
    samples: [],
    frames: null,
    longTasks: null,
  };
  for (const e of events) {
    if (e.kind === 'status') probe.statuses.push({ t: e.t, status: e.status });
    else if (e.kind === 'sample') probe.samples.push({ t: e.t, phase: e.phase, value: e.value });
    else if (e.kind === 'click') probe.clicked = e.t;
    else probe.reportAt = e.t;
  }
  return probe;
}
