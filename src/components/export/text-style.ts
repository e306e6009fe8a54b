/** How one kind of text in an exported figure is set: size and line height in CSS pixels, weight, colour. */
export interface TextStyle {
  size: number;
  weight: number;
  fill: string;
  lineHeight: number;
}

/** The text styles of an exported figure, close to how the page shows the same texts. */
export const FIGURE_TEXT = {
  title: { size: 18, weight: 700, fill: '#102a43', lineHeight: 1.3 },
  summary: { size: 14, weight: 400, fill: '#243b53', lineHeight: 1.4 },
  illustrative: { size: 14, weight: 700, fill: '#8d2b0b', lineHeight: 1.35 },
  legend: { size: 13, weight: 400, fill: '#1f2933', lineHeight: 1.35 },
  footer: { size: 12, weight: 400, fill: '#3e4c59', lineHeight: 1.4 },
  note: { size: 12, weight: 400, fill: '#52606d', lineHeight: 1.4 },
} as const satisfies Record<string, TextStyle>;

/** Used when the page does not say which font it uses; system fonts only, so nothing is fetched. */
export const FALLBACK_FONT = 'system-ui, sans-serif';

/** A CSS `font` shorthand for a style, as a canvas context takes it to measure text. */
export function canvasFont(style: TextStyle, family: string): string {
  return `${style.weight} ${style.size}px ${family}`;
}

/** The height of one line of a style. */
export function lineBox(style: TextStyle): number {
  return style.size * style.lineHeight;
}
