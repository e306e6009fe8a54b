import type { ColumnSpec, DatasetSpec } from '../../src/data/catalog.ts';
import { convertCell } from './cell.ts';
import type { Cell, DataRow } from './cell.ts';
import { FactError } from './fact-error.ts';
import type { BuiltTables, ColumnSource, FactMapping } from './fact-mappings.ts';
import type { FactRow, FactTable } from './fact-table.ts';
import { sortByKey } from './sort-rows.ts';

/** A fact row left out on purpose, with the reason, so the build can report it. */
export interface Omission {
  file: string;
  line: number;
  reason: string;
}

/** Built rows (sorted by the dataset key) and the fact rows left out on purpose. */
export interface BuiltRows {
  rows: DataRow[];
  omitted: Omission[];
}

/** Maps, converts and checks every row of a fact file against its catalog dataset; throws FactError on the first problem. */
export function buildRows(facts: FactTable, mapping: FactMapping, spec: DatasetSpec, built: BuiltTables): BuiltRows {
  checkColumns(facts, mapping, spec);
  const omitted: Omission[] = [];
  const rows: { line: number; row: DataRow }[] = [];
  for (const fact of facts.rows) {
    const reason = mapping.omit?.(fact);
    if (reason) omitted.push({ file: facts.file, line: fact.line, reason });
    else rows.push({ line: fact.line, row: convertRow(fact, mapping, spec, built) });
  }
  checkUniqueKeys(rows, spec.key, mapping, facts.file);
  return { rows: sortByKey(rows.map((r) => r.row), spec.key), omitted };
}

function convertRow(fact: FactRow, mapping: FactMapping, spec: DatasetSpec, built: BuiltTables): DataRow {
  const problem = mapping.check?.(fact, built);
  if (problem) throw new FactError(fact.file, fact.line, problem.column, problem.reason);
  const row: DataRow = {};
  for (const column of spec.columns) row[column.name] = convertColumn(fact, column, mapping.columns[column.name]!, built);
  return row;
}

function convertColumn(fact: FactRow, column: ColumnSpec, source: ColumnSource, built: BuiltTables): Cell {
  const where = 'fact' in source ? source.fact : `(constant for ${column.name})`;
  const converted = convertCell('fact' in source ? (fact.cells[source.fact] ?? '') : source.constant, column);
  if ('problem' in converted) throw new FactError(fact.file, fact.line, where, converted.problem);
  const missing = missingReference(converted.value, column, built);
  if (missing) throw new FactError(fact.file, fact.line, where, missing);
  return converted.value;
}

function missingReference(value: Cell, column: ColumnSpec, built: BuiltTables): string | undefined {
  const ref = column.references;
  if (!ref || value === null) return undefined;
  const target = built.get(ref.table);
  if (!target) throw new Error(`${column.name} references ${ref.table}, which must be built first`);
  if (target.some((r) => r[ref.column] === value)) return undefined;
  return `${JSON.stringify(value)} is not a ${ref.table}.${ref.column}`;
}

// Every catalog column needs a source, and every fact column must be used or knowingly set aside,
// so that a renamed or added fact column cannot slip through unnoticed.
function checkColumns(facts: FactTable, mapping: FactMapping, spec: DatasetSpec): void {
  for (const column of spec.columns) {
    const source = mapping.columns[column.name];
    if (!source) throw new Error(`mapping for ${spec.id} gives no source for catalog column ${column.name}`);
    if ('fact' in source && !facts.header.includes(source.fact))
      throw new FactError(facts.file, 1, source.fact, `missing from the header (needed for ${spec.id}.${column.name})`);
  }
  const used = new Set([...Object.values(mapping.columns).flatMap((s) => ('fact' in s ? [s.fact] : [])), ...mapping.notCarried]);
  const extra = facts.header.find((h) => !used.has(h));
  if (extra) throw new FactError(facts.file, 1, extra, `not a column the build knows about (map it or list it in notCarried)`);
}

function checkUniqueKeys(rows: readonly { line: number; row: DataRow }[], key: readonly string[], mapping: FactMapping, file: string): void {
  const seen = new Map<string, number>();
  for (const { line, row } of rows) {
    const id = JSON.stringify(key.map((k) => row[k]));
    const first = seen.get(id);
    if (first !== undefined) throw new FactError(file, line, keyFactColumns(key, mapping), `duplicate key ${id}, first on line ${first}`);
    seen.set(id, line);
  }
}

function keyFactColumns(key: readonly string[], mapping: FactMapping): string {
  return key.map((k) => factColumnOf(k, mapping)).join('+');
}

function factColumnOf(column: string, mapping: FactMapping): string {
  const source = mapping.columns[column];
  return source && 'fact' in source ? source.fact : column;
}
