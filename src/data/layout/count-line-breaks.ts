/** The physical line breaks (CRLF, LF or a lone CR) in `text` between `from` and `to`. */
export function countLineBreaks(text: string, from = 0, to = text.length): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    // A CR directly before an LF is half of one CRLF break; the LF counts it.
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) breaks++;
  }
  return breaks;
}
