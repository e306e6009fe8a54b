import { describe, expect, it } from 'vitest';
import { typedColumns } from '../../../src/data/typed-columns.ts';
import type { ColumnSpec } from '../../../src/data/catalog.ts';

const SCHEMA: ColumnSpec[] = [
  { name: 'code', type: 'text' },
  { name: 'year', type: 'integer' },
  { name: 'rate', type: 'number' },
];

describe('typedColumns', () => {
  it.each<[string, string, string, string[]]>([
    ['integers and doubles as the schema wants', 'INTEGER', 'DOUBLE', ['year', 'rate']],
    ['BIGINT year, DECIMAL rate', 'BIGINT', 'DECIMAL(18,3)', ['year', 'rate']],
    ['an integer column stored as DOUBLE takes the text path (a fraction must be caught)', 'DOUBLE', 'FLOAT', ['rate']],
    ['an integer rate is still a number', 'SMALLINT', 'INTEGER', ['year', 'rate']],
    ['text in the file: both parsed from text', 'VARCHAR', 'VARCHAR', []],
  ])('%s', (_case, yearType, rateType, expected) => {
    const described = [
      { name: 'code', type: 'INTEGER' },
      { name: 'year', type: yearType },
      { name: 'rate', type: rateType },
    ];
    expect(typedColumns(SCHEMA, described)).toEqual(expected);
  });

  it('a text column stays on the text path even if the file stores numbers; missing columns are not typed', () => {
    expect(typedColumns(SCHEMA, [{ name: 'code', type: 'BIGINT' }])).toEqual([]);
  });
});
