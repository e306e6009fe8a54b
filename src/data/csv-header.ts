/** The number of fields on the first line of a delimited text, with RFC 4180 quotes respected. */
export function headerFieldCount(text: string, delimiter: string): number {
  let fields = 1;
  let quoted = false;
  for (const ch of text) {
    // A doubled quote inside a quoted field toggles twice, so it leaves the state unchanged.
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) fields++;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
  }
  return fields;
}
