/** A record's cells that are not empty once trimmed, trimmed. */
export function nonEmptyCells(cells: readonly string[]): string[] {
  return cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
}
