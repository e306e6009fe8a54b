import type { ColumnSpec, DatasetSpec } from '../../src/data/catalog.ts';
import type { Cell, DataRow } from '../datasets/cell.ts';
import type { BuiltTables } from '../datasets/fact-mappings.ts';

const INT32_MAX = 2 ** 31 - 1;

/**
 * Holds generated rows to the same catalog rules as sourced facts (types, required, closed lists,
 * ranges, patterns, references, unique keys), so a generator bug stops the build instead of
 * shipping a file the app would refuse.
 */
export function checkRows(rows: readonly DataRow[], spec: DatasetSpec, built: BuiltTables): void {
  const checks = spec.columns.map((c) => ({ column: c, check: cellCheck(c, built) }));
  const keys = new Set<string>();
  rows.forEach((row, i) => {
    for (const { column, check } of checks) {
      const problem = check(row[column.name] ?? null);
      if (problem)
        throw new Error(
          `${spec.id} row ${i + 1}, column ${column.name}: ${JSON.stringify(row[column.name])} ${problem}`,
        );
    }
    const key = spec.key.map((k) => String(row[k])).join('\u0000');
    if (keys.has(key))
      throw new Error(`${spec.id} row ${i + 1}: duplicate key ${spec.key.map((k) => row[k]).join(', ')}`);
    keys.add(key);
  });
}

function cellCheck(column: ColumnSpec, built: BuiltTables): (value: Cell) => string | undefined {
  const pattern = column.pattern === undefined ? undefined : new RegExp(`^(?:${column.pattern})$`);
  const known = referenced(column, built);
  return (value) => {
    if (value === null) return column.required ? 'is required' : undefined;
    const typed = typeProblem(value, column);
    if (typed) return typed;
    if (typeof value === 'string') {
      if (column.oneOf && !column.oneOf.includes(value)) return `is not one of ${column.oneOf.join(', ')}`;
      if (pattern && !pattern.test(value)) return `does not match ${column.pattern}`;
    } else if ((column.min !== undefined && value < column.min) || (column.max !== undefined && value > column.max)) {
      return `is outside ${column.min ?? '…'}–${column.max ?? '…'}`;
    }
    return known && !known.has(value) ? `is not a ${column.references!.table}.${column.references!.column}` : undefined;
  };
}

function typeProblem(value: string | number, column: ColumnSpec): string | undefined {
  if (column.type === 'text') return typeof value === 'string' ? undefined : 'is not text';
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'is not a finite number';
  return column.type === 'integer' && !(Number.isInteger(value) && Math.abs(value) <= INT32_MAX)
    ? 'is not a 32-bit integer'
    : undefined;
}

function referenced(column: ColumnSpec, built: BuiltTables): Set<Cell> | undefined {
  const ref = column.references;
  if (!ref) return undefined;
  const target = built.get(ref.table);
  if (!target) throw new Error(`${column.name} references ${ref.table}, which must be built first`);
  return new Set(target.map((r) => r[ref.column] ?? null));
}
