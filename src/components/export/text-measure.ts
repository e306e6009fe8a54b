import type { MeasureFor } from './compose-figure.ts';
import { canvasFont, type TextStyle } from './text-style.ts';

/**
 * Text widths from a canvas 2D context set in the page's font, as the PNG will draw it. Without a
 * canvas (it should not happen in a browser) an average glyph width keeps the layout usable.
 */
export function canvasMeasure(family: string): MeasureFor {
  const context = document.createElement('canvas').getContext('2d');
  return (style: TextStyle) => (text: string) => {
    if (!context) return text.length * style.size * 0.55;
    context.font = canvasFont(style, family);
    return context.measureText(text).width;
  };
}
