import type { DbConnection, ParquetDecoder } from './connection.ts';
import type { DatasetSpec, FileSpec } from './catalog.ts';
import { DatasetError, provenReport, readIssue, type LoadIssue, type LoadReport } from './dataset-error.ts';
import { messageLine } from './read-error.ts';
import { stageCsvSql } from '../queries/stage-csv.ts';
import {
  dropTableSql,
  stageTableSql,
  stageTypedTableSql,
  tableColumnTypesSql,
  tableColumnsSql,
} from '../queries/stage-table.ts';
import { hasLiveShape, typedColumns, type DescribedColumn } from './typed-columns.ts';
import { countIssuesSql, validateStagedSql, type ValidateParams } from '../queries/validate-staged.ts';
import { promoteProvenSql, promoteStagedSql, replaceByRenameSql } from '../queries/promote-staged.ts';
import { countRowsSql } from '../queries/count-rows.ts';
import { firstExtraFieldRowSql } from '../queries/extra-fields.ts';
import { headerFieldCount } from './csv-header.ts';
import { matchesProof, type FileProof } from './file-proof.ts';
import { loadProvenDatabase } from './load-database-file.ts';

/** A file to load: its name (for messages), bytes, and how it is written. */
export interface LoadInput {
  name: string;
  bytes: Uint8Array;
  format: FileSpec;
}

/**
 * Loads one file into a dataset's table: stage it as text, validate every cell, and only then
 * replace the live table. A refused file throws a DatasetError and leaves the live table intact.
 * A bundled file given with its proof (catalog.json) whose bytes match it, and whose row count agrees once
 * read, skips the cell-by-cell check the build already ran on the same bytes; the columns are still checked.
 */
export async function loadDataset(
  conn: DbConnection,
  spec: DatasetSpec,
  input: LoadInput,
  decode: ParquetDecoder,
  proof?: FileProof,
): Promise<LoadReport> {
  const stage = `_stage_${spec.table}`;
  try {
    const proven = await matchesProof(input.bytes, proof);
    if (input.format.format === 'duckdb') return await loadDatabaseFile(conn, spec, input, proven ? proof : undefined);
    if (proven && input.format.format === 'parquet') {
      const report = await loadProvenParquet(conn, spec, input, decode, proof!);
      if (report) return report;
    }
    const typed = await stageFile(conn, spec, stage, input, decode);
    return await validateAndPromote(conn, spec, stage, input, typed, proven ? proof : undefined);
  } finally {
    await conn.exec(dropTableSql(stage));
  }
}

// A database file is the build's own, read only when its bytes are the proven ones; anything else is refused.
async function loadDatabaseFile(
  conn: DbConnection,
  spec: DatasetSpec,
  input: LoadInput,
  proof: FileProof | undefined,
): Promise<LoadReport> {
  try {
    if (!proof) throw new Error(`${input.name}: its bytes are not those of the database file the build proved`);
    return await loadProvenDatabase(conn, spec, input.name, input.bytes, proof);
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    throw new DatasetError(fileReport(spec.id, input.name, unreadable(input.name, error)));
  }
}

/**
 * A proven Parquet file goes from its Arrow straight into the live table: renamed into place when its proof
 * says it is canonical and it reads with the live table's columns and types, else copied with casts. Returns
 * null (nothing changed) if it does not read as the build read it: a column missing or another row count. The
 * caller then checks it in full, as any file.
 */
async function loadProvenParquet(
  conn: DbConnection,
  spec: DatasetSpec,
  input: LoadInput,
  decode: ParquetDecoder,
  proof: FileProof,
): Promise<LoadReport | null> {
  const raw = `_proven_${spec.table}`;
  try {
    await conn.exec(dropTableSql(raw));
    await conn.insertArrowIPC(raw, await decode(input.bytes));
    const described = await conn.query<DescribedColumn>(tableColumnTypesSql(raw));
    const present = described.map((d) => d.name);
    if (missingColumns(spec, present, input).length || (await countRows(conn, raw)) !== proof.rows) return null;
    if (proof.canonical && hasLiveShape(spec.columns, described)) await replaceByRename(conn, raw, spec.table);
    else {
      const typed = typedColumns(spec.columns, described);
      await conn.exec(promoteProvenSql({ source: raw, table: spec.table, columns: spec.columns, present, typed }));
    }
    return provenReport(spec.id, input.name, proof.rows, { ignoredColumns: ignored(spec, present) });
  } catch {
    return null;
  } finally {
    await conn.exec(dropTableSql(raw));
  }
}

// A canonical file's rows are the live table's: the ingested table takes its place, with no copy.
async function replaceByRename(conn: DbConnection, source: string, table: string): Promise<void> {
  try {
    await conn.exec(replaceByRenameSql(source, table));
  } catch (error) {
    await conn.exec('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

// Stages the file; returns the columns staged with their own numeric type (none for CSV).
async function stageFile(
  conn: DbConnection,
  spec: DatasetSpec,
  stage: string,
  input: LoadInput,
  decode: ParquetDecoder,
): Promise<string[]> {
  try {
    if (input.format.format === 'parquet') return await stageParquet(conn, spec, stage, input, decode);
    if (input.format.format === 'csv') await stageCsv(conn, stage, input, input.format.delimiter);
    return [];
  } catch (error) {
    const issue = error instanceof FileIssue ? error.issue : unreadable(input.name, error);
    throw new DatasetError(fileReport(spec.id, input.name, issue));
  }
}

// A problem with the file as a whole, found while staging it.
class FileIssue extends Error {
  constructor(readonly issue: LoadIssue) {
    super(issue.expected ?? issue.reason);
  }
}

async function stageCsv(conn: DbConnection, stage: string, input: LoadInput, delimiter: string): Promise<void> {
  // DuckDB reads an empty file as one unnamed column, which would be reported as missing columns.
  const head = new TextDecoder().decode(input.bytes.subarray(0, 65536));
  if (head.trim() === '') throw new FileIssue(emptyIssue(input.name));
  const file = `${stage}.csv`;
  await conn.registerFile(file, input.bytes);
  try {
    await conn.exec(stageCsvSql({ stage, file, delimiter }));
  } finally {
    await conn.dropFile(file);
  }
  await checkFieldCount(conn, stage, input.name, headerFieldCount(head, delimiter));
}

// A line with more fields than the header is padded by DuckDB into extra columns; refuse it
// rather than silently drop its values.
async function checkFieldCount(conn: DbConnection, stage: string, file: string, headerFields: number): Promise<void> {
  const columns = (await conn.query<{ name: string }>(tableColumnsSql(stage)))
    .map((r) => r.name)
    .filter((n) => n !== '_row');
  const extra = columns.slice(headerFields);
  if (!extra.length) return;
  const [first] = await conn.query<{ row: number | null }>(firstExtraFieldRowSql(stage, extra));
  if (first?.row == null) return;
  const detail = `at most ${headerFields} fields on a line, as in the header (line ${first.row} has more)`;
  const expected = String(headerFields);
  throw new FileIssue({ file, row: first.row, column: null, value: null, reason: 'field-count', expected, detail });
}

// Numeric columns that Parquet already types as the schema wants stay numbers: a million-row register
// is then not turned into text and parsed back (see typed-columns.ts); the rest is staged as text.
async function stageParquet(
  conn: DbConnection,
  spec: DatasetSpec,
  stage: string,
  input: LoadInput,
  decode: ParquetDecoder,
): Promise<string[]> {
  const raw = `${stage}_raw`;
  await conn.exec(dropTableSql(raw));
  await conn.insertArrowIPC(raw, await decode(input.bytes));
  try {
    const described = await conn.query<DescribedColumn>(tableColumnTypesSql(raw));
    const typed = typedColumns(spec.columns, described);
    const names = described.map((d) => d.name);
    await conn.exec(typed.length ? stageTypedTableSql(stage, raw, names, typed) : stageTableSql(stage, raw));
    return typed;
  } finally {
    await conn.exec(dropTableSql(raw));
  }
}

async function validateAndPromote(
  conn: DbConnection,
  spec: DatasetSpec,
  stage: string,
  input: LoadInput,
  typed: string[],
  proof: FileProof | undefined,
): Promise<LoadReport> {
  const present = (await conn.query<{ name: string }>(tableColumnsSql(stage)))
    .map((r) => r.name)
    .filter((n) => n !== '_row');
  const rowsRead = await countRows(conn, stage);
  const base = {
    dataset: spec.id,
    file: input.name,
    rowsRead,
    rowsAccepted: 0,
    ignoredColumns: ignored(spec, present),
  };
  const missing = missingColumns(spec, present, input);
  if (missing.length) throw new DatasetError({ ...base, issues: missing, issueCount: missing.length });
  if (rowsRead === 0) throw new DatasetError({ ...base, issues: [emptyIssue(input.name)], issueCount: 1 });
  const params = { ...validateParams(spec, stage, present, input.format), typed };
  // The build checked these very bytes; a row count that disagrees means they are read otherwise: check.
  const trusted = proof?.rows === rowsRead;
  const issues = trusted
    ? []
    : (await conn.query<Omit<LoadIssue, 'file'>>(validateStagedSql(params))).map((i) => ({ ...i, file: input.name }));
  if (issues.length) {
    const [{ n }] = (await conn.query<{ n: number }>(countIssuesSql(params))) as [{ n: number }];
    throw new DatasetError({ ...base, issues, issueCount: n });
  }
  await conn.exec(
    promoteStagedSql({ stage, table: spec.table, columns: spec.columns, present, decimal: params.decimal, typed }),
  );
  return { ...base, rowsAccepted: rowsRead, issues: [], issueCount: 0 };
}

function validateParams(spec: DatasetSpec, stage: string, present: string[], format: FileSpec): ValidateParams {
  const columns = spec.columns.filter((c) => present.includes(c.name));
  return { stage, columns, key: spec.key, decimal: format.format === 'csv' ? format.decimal : '.' };
}

async function countRows(conn: DbConnection, table: string): Promise<number> {
  const [row] = await conn.query<{ n: number }>(countRowsSql(table));
  return row?.n ?? 0;
}

function missingColumns(spec: DatasetSpec, present: string[], input: LoadInput): LoadIssue[] {
  const headerRow = input.format.format === 'csv' ? 1 : 0;
  return spec.columns
    .filter((c) => c.required && !present.includes(c.name))
    .map((c) => ({
      file: input.name,
      row: headerRow,
      column: c.name,
      value: null,
      reason: 'missing-column',
      expected: present.join(', '),
    }));
}

function ignored(spec: DatasetSpec, present: string[]): string[] {
  return present.filter((n) => !spec.columns.some((c) => c.name === n));
}

function emptyIssue(file: string): LoadIssue {
  return { file, row: 0, column: null, value: null, reason: 'empty', expected: 'at least one data row' };
}

function unreadable(file: string, error: unknown): LoadIssue {
  return readIssue(file, messageLine(error) ?? 0, error);
}

function fileReport(dataset: string, file: string, issue: LoadIssue): LoadReport {
  return { dataset, file, rowsRead: 0, rowsAccepted: 0, issues: [issue], issueCount: 1, ignoredColumns: [] };
}
