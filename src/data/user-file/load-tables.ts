import { dropTableSql, dropViewSql } from '../../queries/stage-table.ts';

/** The temporary tables and views one user load works in. */
export interface LoadTables {
  /** The file's records as text columns c1…cN, numbered by row. */
  raw: string;
  /** The schema columns mapped from the raw table: a view, or a table for a wide file. */
  mapped: string;
  /** The mapped rows with area and programme names read as keys (a view): what is checked and saved. */
  stage: string;
  /** The rows left out when only the valid ones are loaded. */
  rejected: string;
  /** The accepted rows before they are merged, in `add` mode. */
  incoming: string;
}

let loads = 0;

/**
 * Names of their own for one load, so that two loads at once (two cards, or a stored file replayed while the
 * planner loads another) never read or drop each other's rows, and never a bundled load's `_stage_` table.
 */
export function loadTables(table: string): LoadTables {
  const n = ++loads;
  return {
    raw: `_user_raw_${n}`,
    mapped: `_user_mapped_${table}_${n}`,
    stage: `_user_stage_${table}_${n}`,
    rejected: `_user_rejected_${n}`,
    incoming: `_user_incoming_${n}`,
  };
}

/**
 * Statements that drop a load's tables and views, each by its kind (dropping a view as a table is an error,
 * and each error is a round trip to the engine's worker): the stage is a view, the mapped rows a view or a
 * table (`mappedIsView`), the rest tables.
 */
export function dropLoadTablesSqls(t: LoadTables, mappedIsView: boolean): string[] {
  return [
    dropViewSql(t.stage),
    mappedIsView ? dropViewSql(t.mapped) : dropTableSql(t.mapped),
    ...[t.raw, t.rejected, t.incoming].map(dropTableSql),
  ];
}
