import { lineBox, type TextStyle } from './text-style.ts';
import { xmlEscape } from './xml-escape.ts';

/**
 * SVG `<text>` elements for lines set from `top` down, one element per line (editors such as
 * Illustrator and Inkscape keep them as they are). The baseline sits where a browser puts it in a
 * line box. A `lead` that starts the first line is set in bold.
 */
export function textLines(lines: string[], x: number, top: number, style: TextStyle, lead = ''): string {
  const box = lineBox(style);
  // Half the leading above, then the ascent (about 0.8 of the size for sans-serif system fonts).
  const first = top + (box - style.size) / 2 + style.size * 0.8;
  return lines
    .map(
      (line, i) =>
        `<text x="${round(x)}" y="${round(first + i * box)}" font-size="${style.size}" font-weight="${style.weight}" fill="${style.fill}"${i === 0 && lead ? ' xml:space="preserve"' : ''}>${content(line, i === 0 ? lead : '')}</text>`,
    )
    .join('');
}

/**
 * A line's text, escaped, its lead (a label such as "Sumber: ") set in bold. The line keeps its
 * spaces (`xml:space`), or some renderers (librsvg, Inkscape) drop the one closing the bold run.
 */
function content(line: string, lead: string): string {
  if (!lead || !line.startsWith(lead)) return xmlEscape(line);
  return `<tspan font-weight="700">${xmlEscape(lead)}</tspan>${xmlEscape(line.slice(lead.length))}`;
}

/** A coordinate rounded to hundredths, so the SVG stays short and stable. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
