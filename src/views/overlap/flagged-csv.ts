import type { FlaggedHouseholdRow } from '../../queries/flagged-households.ts';
import { csvField } from '../../components/csv-field.ts';

/** The columns of the downloaded list, in order; the header row uses these names as they are. */
export const FLAGGED_CSV_COLUMNS = ['household_id', 'area_code', 'village_code', 'desil', 'findings', 'checks', 'payments', 'amount_rp'] as const;

/** The flagged households as CSV text: a header row, one line per household, CRLF line ends. */
export function flaggedHouseholdsCsv(rows: FlaggedHouseholdRow[]): string {
  const lines = [FLAGGED_CSV_COLUMNS.join(','), ...rows.map((r) => FLAGGED_CSV_COLUMNS.map((c) => csvField(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** The downloaded file's name for a district code, or the province ('64') when none is chosen. */
export function flaggedCsvName(areaCode: string): string {
  return `pantau-bantuan-ganda-${areaCode || '64'}.csv`;
}
