import type { ColumnSource } from '../../data/mapping/column-source.ts';

/** A mapping choice as the value of a select element ("col:2", "const", "year-values", …). */
export function sourceValue(source: ColumnSource | undefined): string {
  if (!source || source.kind === 'none') return 'none';
  if (source.kind === 'column') return `col:${source.index}`;
  if (source.kind === 'constant') return 'const';
  return source.kind;
}

/** The mapping choice a select's value stands for; a constant keeps the value it had. */
export function sourceFromValue(value: string, previous: ColumnSource | undefined): ColumnSource {
  if (value.startsWith('col:')) return { kind: 'column', index: Number(value.slice(4)) };
  if (value === 'const') return { kind: 'constant', value: previous?.kind === 'constant' ? previous.value : '' };
  if (value === 'year-header' || value === 'period-header' || value === 'year-values') return { kind: value };
  return { kind: 'none' };
}
