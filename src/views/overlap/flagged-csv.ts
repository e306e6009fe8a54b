import type { FlaggedHouseholdRow } from '../../queries/flagged-households.ts';
import { csvText } from '../../domain/csv-text.ts';

/** The columns of the downloaded list, in order; the header row uses these names as they are. */
export const FLAGGED_CSV_COLUMNS = [
  'household_id',
  'area_code',
  'village_code',
  'desil',
  'findings',
  'checks',
  'payments',
  'amount_rp',
] as const;

/** The flagged households as CSV text (plain style): a header row, one line per household. */
export function flaggedHouseholdsCsv(rows: FlaggedHouseholdRow[]): string {
  return csvText(
    FLAGGED_CSV_COLUMNS,
    rows.map((r) => FLAGGED_CSV_COLUMNS.map((c) => r[c])),
    'plain',
  );
}

/** The downloaded file's name for a district code, or the province ('64') when none is chosen. */
export function flaggedCsvName(areaCode: string): string {
  return `pantau-bantuan-ganda-${areaCode || '64'}.csv`;
}
