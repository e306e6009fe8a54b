import type { CsvStyle } from '../domain/csv-text.ts';

/**
 * The file name of an export or template, e.g. "pantau-poverty-2026-11-23.csv".
 * The Indonesian style is the app's default and has no suffix; the plain style adds "-plain" (and a
 * template "-template"), so every download of one day has its own name. The date is the UTC day.
 */
export function exportFileName(datasetId: string, kind: 'data' | 'template', style: CsvStyle, date: Date): string {
  const template = kind === 'template' ? '-template' : '';
  const plain = style === 'plain' ? '-plain' : '';
  return `pantau-${datasetId}${template}${plain}-${date.toISOString().slice(0, 10)}.csv`;
}
