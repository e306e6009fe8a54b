import type { LegendPart } from './compose-figure.ts';
import { cloneSvg } from './clone-svg.ts';

/** Form controls say nothing in a picture; a chooser's label without its choice would mislead. */
const SKIPPED = new Set(['select', 'input', 'button', 'textarea', 'label', 'script', 'style', 'template']);

/**
 * The entries of a figure's legend as the page shows them: each swatch (a LegendItem's small SVG, a
 * ColorLegend's "no data" box) with the text after it, a ramp (an `<svg role="img">`) on its own,
 * and text without a swatch as an entry of its own. Hidden elements and form controls are left out.
 */
export function legendEntries(legend: Element): LegendPart[] {
  const entries: LegendPart[] = [];
  collect(legend, entries);
  return entries.filter((e) => e.swatch || e.label);
}

function collect(parent: Element, entries: LegendPart[]): void {
  let current: LegendPart | null = null;
  for (const node of parent.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) current = addText(current, node.textContent ?? '', entries);
    if (!(node instanceof Element) || SKIPPED.has(node.localName) || !shown(node)) continue;
    if (node instanceof SVGSVGElement) {
      const swatch = cloneSvg(node);
      entries.push({ swatch, label: '' });
      // A ramp carries its own labels; text after it is not its name.
      current = node.getAttribute('role') === 'img' ? null : entries.at(-1)!;
    } else if (node.querySelector('svg')) {
      collect(node, entries);
      current = null;
    } else current = addText(current, node.textContent ?? '', entries);
  }
}

/** Text added to the entry in progress, or a text-only entry when there is none. */
function addText(current: LegendPart | null, text: string, entries: LegendPart[]): LegendPart | null {
  const words = text.replace(/\s+/g, ' ').trim();
  if (!words) return current;
  if (current) {
    current.label = current.label ? `${current.label} ${words}` : words;
    return current;
  }
  entries.push({ label: words });
  return entries.at(-1)!;
}

/** Whether the page draws an element at all (not display:none, not squeezed to a screen-reader-only pixel). */
function shown(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return element.getClientRects().length > 0 && box.width > 1 && box.height > 1;
}
