import writeXlsxFile from 'write-excel-file/node';

const HEADER = [
  'payment_id',
  'household_id',
  'area_code',
  'village_code',
  'desil',
  'programme_id',
  'month',
  'amount_rp',
];

/**
 * A synthetic beneficiary list of `rows` payments as an .xlsx workbook (about 7 MB for 300,000 rows): the
 * size that once overflowed the browser's stack. Every value is made up; it is written at test time, not
 * committed.
 */
export async function bigRegisterWorkbook(rows: number): Promise<Buffer> {
  const data: { value: string | number }[][] = [HEADER.map((value) => ({ value }))];
  for (let i = 1; i <= rows; i++)
    data.push([
      { value: i },
      { value: (i % 60_000).toString(16).padStart(12, '0') },
      { value: '6403' },
      { value: `64.02.01.${2001 + (i % 20)}` },
      { value: (i % 10) + 1 },
      { value: i % 2 ? 'pkh' : 'sembako' },
      { value: `2025-${String((i % 12) + 1).padStart(2, '0')}` },
      { value: i % 2 ? 750_000 : 600_000 },
    ]);
  const sheet = writeXlsxFile(data as never) as unknown as { toBuffer(): Promise<Buffer> };
  return sheet.toBuffer();
}
