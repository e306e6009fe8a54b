const QUOTE = 0x22;
const LF = 0x0a;

/**
 * Where the last complete record of a chunk ends (index after its final "\n"), tracking whether the chunk starts inside a quoted field; -1 when no record ends in the chunk.
 *
 * `inQuoteAtEnd` is the quote state after the whole of `bytes`. The state at `end` is always false (a record
 * only ends outside quotes), so a caller that re-scans from `end` (the leftover bytes followed by the next chunk)
 * passes `startsInQuote: false`; when `end` is -1 and it re-scans the same bytes plus more, it passes the
 * `startsInQuote` it used before. Only LF ends a record here, so CRLF files split cleanly and lone-CR files do not
 * split at all.
 */
export function lastRecordEnd(bytes: Uint8Array, startsInQuote: boolean): { end: number; inQuoteAtEnd: boolean } {
  let inQuote = startsInQuote;
  let end = -1;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    // A doubled "" escape toggles twice, leaving the state as it was.
    if (byte === QUOTE) inQuote = !inQuote;
    else if (byte === LF && !inQuote) end = i + 1;
  }
  return { end, inQuoteAtEnd: inQuote };
}

/** Quote state after scanning bytes from a given state. */
export function quoteStateAfter(bytes: Uint8Array, startsInQuote: boolean): boolean {
  let inQuote = startsInQuote;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === QUOTE) inQuote = !inQuote;
  return inQuote;
}
