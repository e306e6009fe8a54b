import type { DbConnection } from '../connection.ts';
import type { DatasetSpec } from '../catalog.ts';
import type { LoadIssue } from '../dataset-error.ts';
import type { ColumnSource } from '../mapping/column-source.ts';
import {
  issuePageSql,
  rejectedRowsSql,
  type IssueColumnLabel,
  type ValidateParams,
} from '../../queries/validate-staged.ts';
import { rowRangeSql } from '../../queries/raw-table.ts';
import { implausibleValuesSql } from '../../queries/plausibility.ts';
import type { UserFileInput } from './recipe.ts';
import type { LoadTables } from './load-tables.ts';

/** Rows checked per query: a five-million-row file is checked in twenty steps, each reported. */
export const CHECK_SLICE_ROWS = 250_000;

/** Issues listed in a report; the count covers all of them. */
const LIST_LIMIT = 1000;

/** What checking a staged user file found. */
export interface CheckedStage {
  issues: LoadIssue[];
  issueCount: number;
  /** The table of rejected rows, when some were rejected and the user chose to load the valid ones. */
  rejectedTable: string | null;
}

type IssueRow = Omit<LoadIssue, 'file'> & { total: number };

/**
 * Checks every cell of a staged user file, a slice of rows at a time, then the key's uniqueness over the
 * whole file. Issues name the file's own column header (a wide table's year column for its values).
 */
export async function validateUserStage(
  conn: DbConnection,
  spec: DatasetSpec,
  tables: Pick<LoadTables, 'stage' | 'rejected'>,
  input: UserFileInput,
  typed: string[],
  onDone: (done: number) => void,
): Promise<CheckedStage> {
  const base = validateParams(spec, tables.stage, input, typed);
  const [range] = await conn.query<{ from: number | null; to: number | null }>(rowRangeSql(tables.stage));
  const issues: LoadIssue[] = [];
  let issueCount = 0;
  const from = range?.from ?? 0;
  const to = range?.to ?? -1;
  for (let start = from; start <= to; start += CHECK_SLICE_ROWS) {
    const end = Math.min(to, start + CHECK_SLICE_ROWS - 1);
    issueCount += await collect(
      conn,
      { ...base, checks: 'cells', range: { from: start, to: end } },
      issues,
      input.name,
      spec,
    );
    onDone((end - from + 1) / (to - from + 1));
  }
  issueCount += await collect(conn, { ...base, checks: 'keys' }, issues, input.name, spec);
  issues.sort((a, b) => a.row - b.row);
  const rejectedTable = issueCount && input.recipe.acceptValid ? await rejectRows(conn, base, tables.rejected) : null;
  return { issues, issueCount, rejectedTable };
}

async function collect(
  conn: DbConnection,
  p: ValidateParams,
  issues: LoadIssue[],
  file: string,
  spec: DatasetSpec,
): Promise<number> {
  const rows = await conn.query<IssueRow>(issuePageSql({ ...p, limit: Math.max(1, LIST_LIMIT - issues.length) }));
  if (issues.length < LIST_LIMIT)
    issues.push(
      ...rows.slice(0, LIST_LIMIT - issues.length).map(({ total: _, ...i }) => areaIssue({ ...i, file }, spec, p)),
    );
  return rows[0]?.total ?? 0;
}

/**
 * Values that passed every check but cannot be right (more poor people than inhabitants, a poverty line far
 * from any in use), as warnings naming the file's row and column: the rows load, the report lists them.
 */
export async function plausibilityWarnings(
  conn: DbConnection,
  spec: DatasetSpec,
  stage: string,
  input: UserFileInput,
  typed: string[],
  rejected: string | null,
): Promise<LoadIssue[]> {
  const { columns, labels, decimal } = validateParams(spec, stage, input, typed);
  const sql = implausibleValuesSql({
    stage,
    present: columns.map((c) => c.name),
    decimal,
    typed,
    labels,
    rejected,
    limit: LIST_LIMIT,
  });
  if (!sql) return [];
  const rows = await conn.query<Omit<LoadIssue, 'file' | 'row'> & { _row: number }>(sql);
  return rows.map(({ _row, ...w }) => ({ file: input.name, row: _row, ...w }));
}

async function rejectRows(conn: DbConnection, base: ValidateParams, table: string): Promise<string> {
  await conn.exec(rejectedRowsSql(base, table));
  return table;
}

function validateParams(spec: DatasetSpec, stage: string, input: UserFileInput, typed: string[]): ValidateParams {
  const { mapping, headers, layout } = input.recipe;
  const columns = spec.columns.filter((c) => (mapping[c.name]?.kind ?? 'none') !== 'none');
  const labels = Object.fromEntries(columns.map((c) => [c.name, label(c.name, mapping[c.name]!, headers)]));
  return { stage, columns, key: spec.key, decimal: layout?.decimal ?? '.', typed, labels };
}

// Issues are reported under the column as the file names it.
function label(name: string, source: ColumnSource, headers: string[]): IssueColumnLabel {
  if (source.kind === 'column') return { header: headers[source.index] || `${name} (#${source.index + 1})` };
  if (source.kind === 'year-values' || source.kind === 'year-header' || source.kind === 'period-header')
    return 'year-column';
  return { header: name };
}

// An area the crosswalk did not resolve is an unknown area, whichever way the file named it.
function areaIssue(issue: LoadIssue, spec: DatasetSpec, p: ValidateParams): LoadIssue {
  if (issue.reason !== 'unknown-reference') return issue;
  const area = spec.columns.some((c) => {
    const label = p.labels?.[c.name];
    return c.references?.table === 'areas' && typeof label === 'object' && label.header === (issue.column ?? '');
  });
  return area ? { ...issue, reason: 'unknown-area', expected: 'areas' } : issue;
}
