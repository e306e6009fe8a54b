import { overlapPrepareSqls } from '../../queries/overlap-prepare.ts';
import { registerSummarySql, type RegisterSummaryRow } from '../../queries/register-summary.ts';
import {
  desilDistributionSql,
  targetingByProgrammeSql,
  type DesilDistributionRow,
  type TargetingByProgrammeRow,
} from '../../queries/targeting.ts';
import type { Session } from '../shell/session.svelte.ts';

/** Who reached desil 1-4, per programme and for all, and households per desil. */
export interface TargetingData {
  programmes: TargetingByProgrammeRow[];
  desil: DesilDistributionRow[];
}

/** What depends on the register only, not on kinds or rules: its index (for the check), summary and targeting. */
export interface PreparedRegister {
  /** Resolves once the register is loaded and indexed, with its summary. */
  summary: Promise<RegisterSummaryRow>;
  targeting: Promise<TargetingData>;
}

// The register loads once per session (Session.ensure), so it is indexed and summarised once per
// register too, however often the view is opened; a re-run or an edit only rebuilds the findings. A
// register of the user's (a new version) is prepared again.
const prepared = new WeakMap<Session, { version: number; register: PreparedRegister }>();

/** Loads the register and prepares it for the overlap check, once per session and register version. */
export function preparedRegister(session: Session): PreparedRegister {
  const version = session.versions['register'] ?? 0;
  let found = prepared.get(session);
  if (!found || found.version !== version) {
    const summary = indexRegister(session);
    found = { version, register: { summary, targeting: summary.then(() => readTargeting(session)) } };
    prepared.set(session, found);
  }
  return found.register;
}

async function indexRegister(session: Session): Promise<RegisterSummaryRow> {
  await session.ensure('register');
  // The bundled register's database file brings most of the index with it; only the rest is built here.
  for (const sql of overlapPrepareSqls(session.companions('register'))) await session.exec(sql);
  const [summary] = await session.query<RegisterSummaryRow>(registerSummarySql());
  return summary!;
}

async function readTargeting(session: Session): Promise<TargetingData> {
  const [programmes, desil] = await Promise.all([
    session.query<TargetingByProgrammeRow>(targetingByProgrammeSql()),
    session.query<DesilDistributionRow>(desilDistributionSql()),
  ]);
  return { programmes, desil };
}
