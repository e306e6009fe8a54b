/**
 * How far a sheet's filled cells reach, read from the workbook's XML before read-excel-file parses it.
 * The library pads every row to the widest filled column and adds every row up to the last filled one, so a
 * 1,7 KB workbook with one stray value in cell XFD1048576 asks for 17 billion cells and crashes the tab
 * (Node: heap out of memory). Such a sheet is refused first, naming the stray cell.
 */
import { strFromU8, unzipSync } from 'fflate';

/** The most cells (rows × columns up to the farthest filled cell) a sheet may span: a 300,000 × 60 table fits. */
export const MAX_SHEET_CELLS = 20_000_000;

/** The area a sheet's filled cells span, and the cell that reaches farthest (by columns, then rows). */
export interface SheetExtent {
  sheet: string;
  rows: number;
  columns: number;
  /** The filled cell with the largest column, or the largest row if that is what makes the area big. */
  farthest: string;
}

const CELL = /<c\b[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g;
const FILLED = /<v>[^<]+<\/v>|<t\b[^>]*>[^<]+<\/t>/;

/**
 * The extent of a sheet (by name, or 0-based position in the workbook), or null when the workbook's parts
 * cannot be found (the library then reports what is wrong).
 */
export function sheetExtent(bytes: Uint8Array, sheet: string | number): SheetExtent | null {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (f) => f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels',
    });
  } catch {
    return null;
  }
  const workbook = parts['xl/workbook.xml'];
  const rels = parts['xl/_rels/workbook.xml.rels'];
  if (!workbook || !rels) return null;
  const sheets = sheetTargets(strFromU8(workbook), strFromU8(rels));
  const chosen = typeof sheet === 'number' ? sheets[sheet] : sheets.find((s) => s.name === sheet);
  if (!chosen) return null;
  const xml = unzipSync(bytes, { filter: (f) => f.name === chosen.path })[chosen.path];
  return xml ? { sheet: chosen.name, ...cellExtent(strFromU8(xml)) } : null;
}

/** The sheets of a workbook in order, with the path of each one's XML inside the zip. */
export function sheetTargets(workbookXml: string, relsXml: string): { name: string; path: string }[] {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out: { name: string; path: string }[] = [];
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const path = id ? targets.get(id) : undefined;
    if (name !== undefined && path) out.push({ name: unescapeXml(name), path });
  }
  return out;
}

/** Rows and columns up to the farthest filled cell of a sheet's XML; empty cells (styled only) do not count. */
export function cellExtent(sheetXml: string): Omit<SheetExtent, 'sheet'> {
  let rows = 0;
  let columns = 0;
  let farthest = '';
  for (const m of sheetXml.matchAll(CELL)) {
    if (m[3] === undefined || !FILLED.test(m[3])) continue;
    const column = columnNumber(m[1]!);
    const row = Number(m[2]);
    if (column > columns || row > rows) farthest = `${m[1]}${m[2]}`;
    if (column > columns) columns = column;
    if (row > rows) rows = row;
  }
  return { rows, columns, farthest };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function unescapeXml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}
