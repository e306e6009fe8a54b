import type { DbConnection, ParquetDecoder } from '../connection.ts';
import type { DatasetSpec } from '../catalog.ts';
import { DatasetError, readIssue, type LoadIssue } from '../dataset-error.ts';
import type { ColumnMapping } from '../mapping/column-source.ts';
import { VALUE_SYNONYMS } from '../mapping/value-synonyms.ts';
import { dropTableSql } from '../../queries/stage-table.ts';
import { countRowsSql } from '../../queries/count-rows.ts';
import {
  deleteRowsFromSql,
  lastDataRowSql,
  trailingNotesSql,
  type TrailingNoteRow,
} from '../../queries/trailing-notes.ts';
import {
  countNoValueSql,
  deleteNoValueSql,
  stageMappedSql,
  stagedAsView,
  type StagedColumn,
  type WideColumn,
} from '../../queries/stage-mapped.ts';
import { promoteStagedSql } from '../../queries/promote-staged.ts';
import { crosswalkViewSql } from '../../queries/value-crosswalk.ts';
import { countReplacedSql, mergeRowsSql } from '../../queries/merge-rows.ts';
import type { UserFileInput } from './recipe.ts';
import type { UserLoadReport } from './user-load-report.ts';
import { phaseProgress, type OnProgress } from './load-progress.ts';
import { stageUserCsv, CsvChunkError } from './stage-user-csv.ts';
import { resolveAreas, resolveProgrammes } from './resolve-codes.ts';
import { stageUserParquet } from './stage-user-parquet.ts';
import { plausibilityWarnings, validateUserStage } from './validate-user-stage.ts';
import { dropLoadTablesSqls, loadTables, type LoadTables } from './load-tables.ts';
import { tooLargeIssue, isOutOfMemory } from './size-limit.ts';

/** What a load needs besides the engine: the Parquet decoder and a progress listener. */
export interface UserLoadDeps {
  decode: ParquetDecoder;
  onProgress?: OnProgress;
  /** Bytes per CSV chunk (tests use small chunks to exercise the chunking). */
  chunkBytes?: number;
}

/** Records from the end in which the last data record is looked for before the whole file is. */
const NOTE_TAIL_ROWS = 1000;

/**
 * Loads a user's file into a dataset's table: read it raw, skip the note lines below the data, map and
 * (for wide tables) unpivot its columns, resolve area names and codes to BPS codes, check every cell, and
 * only then replace or add to the live table. A refused file throws a DatasetError with the full report
 * and leaves the live table as it was.
 */
export async function loadUserFile(
  conn: DbConnection,
  spec: DatasetSpec,
  input: UserFileInput,
  deps: UserLoadDeps,
): Promise<UserLoadReport> {
  const t = loadTables(spec.table);
  const wide = wideColumns(input);
  const mappedIsView = stagedAsView({ wide });
  const report = emptyReport(spec, input);
  const progress = deps.onProgress ?? (() => {});
  try {
    checkMapping(spec, input, report);
    const typed = await stageRaw(conn, spec, input, deps, progress, t.raw);
    report.notes = await skipNotes(conn, input, t.raw);
    report.rowsRead = await count(conn, t.raw);
    if (report.rowsRead === 0)
      fail(
        report,
        [{ file: input.name, row: 0, column: null, value: null, reason: 'empty', expected: 'at least one data row' }],
        1,
      );
    progress(phaseProgress('map', 0));
    await conn.exec(
      stageMappedSql({ raw: t.raw, stage: t.mapped, columns: stagedColumns(spec, input.recipe.mapping, typed), wide }),
    );
    if (!mappedIsView) await conn.exec(dropTableSql(t.raw));
    progress(phaseProgress('map', 0.6));
    report.noValueCells = await skipNoValue(conn, t.mapped, input.recipe.mapping, wide);
    report.valuesStaged = await count(conn, t.mapped);
    const areas = await resolveAreas(conn, spec, t.mapped, input.recipe);
    const programmes = await resolveProgrammes(conn, spec, t.mapped, input.recipe);
    report.unknownAreas = areas.unknown;
    await conn.exec(crosswalkViewSql(t.stage, t.mapped, { ...areas.rewrites, ...programmes.rewrites }));
    progress(phaseProgress('map', 1));
    const typedSchema = typedNames(spec, input.recipe.mapping, typed);
    const checked = await validateUserStage(conn, spec, t, input, typedSchema, (done) =>
      progress(phaseProgress('check', done)),
    );
    if (checked.issueCount && !input.recipe.acceptValid) fail(report, checked.issues, checked.issueCount);
    Object.assign(report, { issues: checked.issues, issueCount: checked.issueCount });
    report.warnings = await plausibilityWarnings(conn, spec, t.stage, input, typedSchema, checked.rejectedTable);
    progress(phaseProgress('save', 0));
    await promote(conn, spec, t, input, report, checked, typedSchema);
    progress(phaseProgress('save', 1));
    return report;
  } catch (error) {
    throw asDatasetError(error, report, input.name);
  } finally {
    for (const sql of dropLoadTablesSqls(t, mappedIsView)) await conn.exec(sql).catch(() => {});
  }
}

function emptyReport(spec: DatasetSpec, input: UserFileInput): UserLoadReport {
  return {
    dataset: spec.id,
    file: input.name,
    rowsRead: 0,
    rowsAccepted: 0,
    issues: [],
    issueCount: 0,
    ignoredColumns: [],
    mode: input.recipe.mode,
    valuesStaged: 0,
    notes: [],
    noValueCells: 0,
    unknownAreas: [],
    rowsRejected: 0,
    rowsReplaced: 0,
    warnings: [],
  };
}

function fail(report: UserLoadReport, issues: LoadIssue[], issueCount: number): never {
  throw new DatasetError({ ...report, issues, issueCount });
}

// A required column with no source cannot be loaded; say which, and what the file offers.
function checkMapping(spec: DatasetSpec, input: UserFileInput, report: UserLoadReport): void {
  const missing = spec.columns.filter((c) => c.required && (input.recipe.mapping[c.name]?.kind ?? 'none') === 'none');
  const expected = input.recipe.headers.filter(Boolean).join(', ');
  const issues = missing.map((c): LoadIssue => ({
    file: input.name,
    row: 0,
    column: c.name,
    value: null,
    reason: 'missing-column',
    expected,
  }));
  if (issues.length) fail(report, issues, issues.length);
  const used = new Set(Object.values(input.recipe.mapping).flatMap((s) => (s.kind === 'column' ? [s.index] : [])));
  for (const year of wideColumns(input)) used.add(year.index);
  report.ignoredColumns = input.recipe.headers.filter((h, i) => !used.has(i) && h !== '');
}

// Stages the file's records as they are; returns the file columns kept as numbers (Parquet).
async function stageRaw(
  conn: DbConnection,
  spec: DatasetSpec,
  input: UserFileInput,
  deps: UserLoadDeps,
  progress: OnProgress,
  raw: string,
): Promise<number[]> {
  progress(phaseProgress('read', 0));
  const { recipe } = input;
  if (recipe.kind === 'parquet') {
    const typed = await stageUserParquet(
      conn,
      new Uint8Array(await input.blob.arrayBuffer()),
      raw,
      deps.decode,
      spec.columns,
      recipe.mapping,
    );
    progress(phaseProgress('read', 1));
    return typed;
  }
  if (!recipe.layout || recipe.layout.columnCount === 0)
    fail(
      emptyReport(spec, input),
      [{ file: input.name, row: 0, column: null, value: null, reason: 'empty', expected: 'at least one data row' }],
      1,
    );
  await stageUserCsv(
    conn,
    input.blob,
    raw,
    recipe.layout,
    (done) => progress(phaseProgress('read', done)),
    deps.chunkBytes,
  );
  return [];
}

async function skipNotes(conn: DbConnection, input: UserFileInput, raw: string): Promise<TrailingNoteRow[]> {
  if (input.recipe.kind === 'parquet') return [];
  const columnCount = input.recipe.layout?.columnCount ?? 0;
  // The last data record is looked for among the last records first; only a tail of notes alone means all.
  const [tail] = await conn.query<{ row: number | null }>(lastDataRowSql(raw, columnCount, NOTE_TAIL_ROWS));
  const notes = await conn.query<TrailingNoteRow>(trailingNotesSql(raw, columnCount, tail?.row ?? undefined));
  if (notes.length) await conn.exec(deleteRowsFromSql(raw, notes[0]!.row));
  return notes;
}

function wideColumns(input: UserFileInput): WideColumn[] {
  const usesWide = Object.values(input.recipe.mapping).some((s) => s.kind === 'year-values');
  return usesWide
    ? (input.recipe.layout?.years ?? []).map((y) => ({
        index: y.index,
        header: y.header,
        year: y.year,
        period: y.period,
      }))
    : [];
}

function stagedColumns(spec: DatasetSpec, mapping: ColumnMapping, typed: number[]): StagedColumn[] {
  return spec.columns.flatMap((c) => {
    const source = mapping[c.name];
    if (!source || source.kind === 'none') return [];
    const synonyms = VALUE_SYNONYMS[`${spec.id}.${c.name}`];
    return [
      {
        name: c.name,
        source,
        typed: source.kind === 'column' && typed.includes(source.index),
        ...(synonyms ? { synonyms } : {}),
      },
    ];
  });
}

function typedNames(spec: DatasetSpec, mapping: ColumnMapping, typed: number[]): string[] {
  return spec.columns
    .filter((c) => {
      const s = mapping[c.name];
      return s?.kind === 'column' && typed.includes(s.index);
    })
    .map((c) => c.name);
}

async function skipNoValue(
  conn: DbConnection,
  stage: string,
  mapping: ColumnMapping,
  wide: WideColumn[],
): Promise<number> {
  const value = Object.entries(mapping).find(([, s]) => s.kind === 'year-values')?.[0];
  if (!wide.length || !value) return 0;
  const [row] = await conn.query<{ n: number }>(countNoValueSql(stage, value));
  if (row?.n) await conn.exec(deleteNoValueSql(stage, value));
  return row?.n ?? 0;
}

async function promote(
  conn: DbConnection,
  spec: DatasetSpec,
  t: LoadTables,
  input: UserFileInput,
  report: UserLoadReport,
  checked: { rejectedTable: string | null },
  typed: string[],
): Promise<void> {
  const present = spec.columns
    .filter((c) => (input.recipe.mapping[c.name]?.kind ?? 'none') !== 'none')
    .map((c) => c.name);
  const decimal = input.recipe.layout?.decimal ?? '.';
  const exclude = checked.rejectedTable ?? undefined;
  const into = input.recipe.mode === 'add' ? t.incoming : spec.table;
  await conn.exec(
    promoteStagedSql({
      stage: t.stage,
      table: into,
      columns: spec.columns,
      present,
      decimal,
      typed,
      ...(exclude ? { exclude } : {}),
    }),
  );
  report.rowsAccepted = await count(conn, into);
  report.rowsRejected = report.valuesStaged - report.rowsAccepted;
  if (input.recipe.mode !== 'add') return;
  report.rowsReplaced =
    (await conn.query<{ n: number }>(countReplacedSql(spec.table, t.incoming, spec.key)))[0]?.n ?? 0;
  await conn.exec(mergeRowsSql(spec.table, t.incoming, spec.key));
}

async function count(conn: DbConnection, table: string): Promise<number> {
  return (await conn.query<{ n: number }>(countRowsSql(table)))[0]?.n ?? 0;
}

function asDatasetError(error: unknown, report: UserLoadReport, file: string): DatasetError {
  if (error instanceof DatasetError) return error;
  const issue: LoadIssue = isOutOfMemory(error)
    ? tooLargeIssue(file)
    : error instanceof CsvChunkError
      ? error.nul
        ? { file, row: error.row, ...error.nul, reason: 'nul-byte', expected: null }
        : readIssue(file, error.row, error.detail)
      : readIssue(file, 0, error);
  return new DatasetError({ ...report, issues: [issue], issueCount: 1 });
}
