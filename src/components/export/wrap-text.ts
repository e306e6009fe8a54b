/** The width of a piece of text in CSS pixels, in whatever font the caller measures with. */
export type Measure = (text: string) => number;

/**
 * Text broken into lines no wider than `maxWidth`: at spaces where it can, and inside a word (a URL,
 * a long name) only when the word alone is wider than a line. Runs of white space count as one.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined) <= maxWidth) line = joined;
    else if (measure(word) <= maxWidth) {
      if (line) lines.push(line);
      line = word;
    } else {
      const pieces = breakWord(line ? `${line} ${word}` : word, maxWidth, measure)
        .map((p) => p.trim())
        .filter(Boolean);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1)!;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A word wider than a line, cut by characters; every piece but the last fills its line. */
export function breakWord(word: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    // A line always takes at least one character, or a very narrow width would never end.
    if (piece && measure(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  pieces.push(piece);
  return pieces;
}
