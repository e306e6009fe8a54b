import type { TableColumn } from '../../components/table-column.ts';
import { formatNumber, type Lang } from '../../i18n/format.ts';

/** A table column of whole counts: shown with the language's grouping, downloaded as the plain number. */
export function countColumn<R>(label: string, of: (row: R) => number, lang: Lang): TableColumn<R> {
  return { label, value: (row) => formatNumber(of(row), lang), numeric: true, raw: of };
}
