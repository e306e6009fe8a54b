import type { Household } from './household.ts';
import { allocate } from './largest-remainder.ts';
import { OVERLAP_EVENTS } from './overlap-events.ts';
import type { PlantedFinding } from './planted-finding.ts';
import { randomFor } from './random.ts';
import type { Random } from './random.ts';

/** What was planted: the findings the overlap check must report, and how many households carry one event. */
export interface Planting {
  findings: PlantedFinding[];
  households: number;
}

/**
 * Plants one overlap event in each of round(rate × households) households, chosen at random among
 * those each event type fits (every type at least once, so small registers have them all). Event
 * types whose pool runs short hand their share to the duplicates, which come last.
 */
export function plantOverlaps(households: readonly Household[], rate: number, seed: number): Planting {
  const random = randomFor(seed, 'planted overlaps');
  const targets = eventTargets(Math.round(rate * households.length));
  const used = new Set<Household>();
  const findings: PlantedFinding[] = [];
  let shortfall = 0;
  OVERLAP_EVENTS.forEach((event, i) => {
    const wanted = targets[i]! + (i === OVERLAP_EVENTS.length - 1 ? shortfall : 0);
    const chosen = choose(
      households.filter((h) => !used.has(h) && event.eligible(h)),
      wanted,
      event.prefer,
      random,
    );
    shortfall += wanted - chosen.length;
    for (const h of chosen) {
      used.add(h);
      findings.push(...event.plant(h, random));
    }
  });
  return { findings, households: used.size };
}

function eventTargets(events: number): number[] {
  const types = OVERLAP_EVENTS.length;
  if (events < types)
    return allocate(
      events,
      OVERLAP_EVENTS.map((e) => e.weight),
    );
  return allocate(
    events - types,
    OVERLAP_EVENTS.map((e) => e.weight),
  ).map((n) => n + 1);
}

// Up to half from the preferred households (when given), the rest from the whole pool.
function choose(
  pool: Household[],
  wanted: number,
  prefer: ((h: Household) => boolean) | undefined,
  random: Random,
): Household[] {
  const first = prefer ? sample(pool.filter(prefer), Math.ceil(wanted / 2), random) : [];
  const taken = new Set(first);
  return [
    ...first,
    ...sample(
      pool.filter((h) => !taken.has(h)),
      wanted - first.length,
      random,
    ),
  ];
}

// A partial Fisher–Yates shuffle: n distinct items, in draw order.
function sample<T>(pool: T[], n: number, random: Random): T[] {
  const take = Math.min(n, pool.length);
  for (let i = 0; i < take; i++) {
    const j = i + random.int(pool.length - i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, take);
}
