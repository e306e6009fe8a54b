import { describe, expect, it } from 'vitest';
import type { LoadIssue } from '../../../src/data/dataset-error.ts';
import { exportDatasetCsv } from '../../../src/data/export-dataset.ts';
import { tableCsv } from '../../../src/components/table-csv.ts';
import { issuesCsv } from '../../../src/views/data/issues-csv.ts';
import { flaggedHouseholdsCsv } from '../../../src/views/overlap/flagged-csv.ts';
import type { FlaggedHouseholdRow } from '../../../src/queries/flagged-households.ts';
import type { CsvStyle } from '../../../src/domain/csv-text.ts';
import { loadBytes, openEngineWith, sharedEngine, spec } from '../helpers/engine.ts';

// Every download Pantau writes goes through one CSV writer; a planner opens them in Excel, so a cell a
// user typed as a formula must arrive as text. These load such cells and look at every exported field.
const FORMULAS = ['=HYPERLINK("http://example.invalid","klik")', '+1', '-1+1', '@SUM(A1:A9)', '\t=1', '\r=1'];

/** The fields of a CSV text (RFC 4180: quoted fields may hold the delimiter, quotes and line breaks). */
function csvFields(text: string, delimiter: string): string[] {
  const fields: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        field += text.slice(i, q);
        i = q + 1;
        if (text[i] !== '"') break;
        field += '"';
        i++;
      }
    } else {
      const end = text.slice(i).search(new RegExp(`[${delimiter}]|\\r\\n`));
      field = end < 0 ? text.slice(i) : text.slice(i, i + end);
      i += field.length;
    }
    fields.push(field);
    if (text.startsWith('\r\n', i)) i += 2;
    else i += 1;
  }
  return fields;
}

/** The fields a spreadsheet would run: text starting with = + - @ tab or CR that is not a plain number. */
const runnable = (fields: string[]): string[] =>
  fields.filter((f) => /^[=+\-@\t\r]/.test(f) && !/^-\d+([.,]\d+)?$/.test(f));

const poverty = (cells: string[]): string =>
  'area_code;year;period;rate_pct;release_title;citation_note;source\n' +
  cells
    .map(
      (c, i) =>
        `6403;${2010 + i};mar;7,5;"${c.replaceAll('"', '""')}";"${c.replaceAll('"', '""')}";"${c.replaceAll('"', '""')}"`,
    )
    .join('\n');

describe('a user file with formula cells, exported', () => {
  const conn = sharedEngine(() => openEngineWith({ areas: 'datasets/areas.csv' }));

  it.each(['id', 'plain'] as CsvStyle[])(
    '%s style: every formula cell is neutralised, and only them',
    async (style) => {
      const report = await loadBytes(conn, 'poverty', 'formulas.csv', poverty(FORMULAS));
      expect(report).toMatchObject({ rowsAccepted: FORMULAS.length, issueCount: 0 });
      const text = new TextDecoder().decode(await exportDatasetCsv(conn, spec('poverty'), style));
      const fields = csvFields(text, style === 'id' ? ';' : ',');
      expect(runnable(fields)).toEqual([]);
      // Each formula is there three times (title, note, source), with its apostrophe.
      for (const f of FORMULAS) expect(fields.filter((x) => x === `'${f}`)).toHaveLength(3);
      expect(fields).toContain(style === 'id' ? '7,5' : '7.5');
    },
  );
});

describe('the other downloads', () => {
  it('a chart table', () => {
    const columns = [{ label: 'Nama', value: (r: { name: string }) => r.name }];
    for (const style of ['id', 'plain'] as const) {
      const fields = csvFields(
        tableCsv(
          columns,
          FORMULAS.map((name) => ({ name })),
          style,
        ),
        style === 'id' ? ';' : ',',
      );
      expect(runnable(fields)).toEqual([]);
      expect(fields).toHaveLength(1 + FORMULAS.length);
    }
  });

  it("a load's problems (the bad cell's value is the user's text)", () => {
    const issues: LoadIssue[] = FORMULAS.map((value, i) => ({
      file: '=x.csv',
      row: i + 2,
      column: '@col',
      value,
      reason: 'not-a-number',
      expected: 'number',
    }));
    const fields = csvFields(
      issuesCsv(issues, (i) => `${i.value}`),
      ',',
    );
    expect(runnable(fields)).toEqual([]);
    expect(fields).toContain("'=x.csv");
  });

  it('the overlap follow-up list (household ids come from the register file)', () => {
    const rows = FORMULAS.map((household_id) => ({
      household_id,
      area_code: '6403',
      village_code: '+1',
      desil: 1,
      findings: 1,
      checks: '-x',
      payments: -2,
      amount_rp: 5,
    })) as unknown as FlaggedHouseholdRow[];
    const fields = csvFields(flaggedHouseholdsCsv(rows), ',');
    expect(runnable(fields)).toEqual([]);
    expect(fields).toContain('-2');
  });
});
