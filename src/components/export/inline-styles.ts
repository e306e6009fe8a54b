import { baselineDy } from './baseline-dy.ts';

/** Properties that pass from parent to child: written only where they change, to keep the SVG small. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-opacity',
  'paint-order',
  'color',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'letter-spacing',
  'text-anchor',
  'visibility',
  'shape-rendering',
];

/** Properties that do not pass on, with the value that needs no writing. */
const OWN: Record<string, string> = {
  opacity: '1',
  'alignment-baseline': 'auto',
  'baseline-shift': '0px',
  'stop-color': 'rgb(0, 0, 0)',
  'stop-opacity': '1',
  'clip-path': 'none',
  mask: 'none',
  filter: 'none',
  'mix-blend-mode': 'normal',
  'vector-effect': 'none',
};

/** Lengths editors read best without units (Inkscape and Illustrator take `5, 3` but not always `5px, 3px`). */
const UNITLESS = new Set(['stroke-width', 'stroke-dasharray', 'stroke-dashoffset']);

/** Attributes that only make sense on the live page: in a picture a tile is no button to press. */
const PAGE_ONLY = ['class', 'tabindex', 'aria-pressed', 'aria-expanded', 'aria-selected'];

/** Elements whose style does not matter: their text is read, not drawn. */
const UNSTYLED = new Set(['title', 'desc', 'metadata']);

/**
 * Copies the computed style of every element of a rendered SVG onto its clone as a `style`
 * attribute, since the page's scoped CSS stays behind when the markup leaves it. Classes, focus
 * order, button roles and Svelte's comment anchors are dropped: they mean nothing outside the page.
 */
export function inlineStyles(original: Element, clone: Element): void {
  const originals = [original, ...original.querySelectorAll('*')];
  const clones = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((element, i) => styleOne(element, clones[i]!, element === original));
  dropComments(clone);
}

/** One element's style, as a `style` attribute on its clone. */
function styleOne(element: Element, clone: Element, isRoot: boolean): void {
  for (const name of PAGE_ONLY) clone.removeAttribute(name);
  // Set again, on <text> only, by textBaseline: inherited by a text, it would move it twice.
  clone.removeAttribute('dominant-baseline');
  if (clone.getAttribute('role') !== 'img') clone.removeAttribute('role');
  if (UNSTYLED.has(element.localName)) return;
  const own = getComputedStyle(element);
  const parent = isRoot || !element.parentElement ? null : getComputedStyle(element.parentElement);
  const declarations = styleDeclarations(
    element.localName,
    (p) => own.getPropertyValue(p),
    parent && ((p) => parent.getPropertyValue(p)),
  );
  const baseline = element.localName === 'text' ? textBaseline(own.getPropertyValue('dominant-baseline'), clone) : null;
  const all = [declarations, baseline].filter(Boolean).join('; ');
  if (all) clone.setAttribute('style', all);
  else clone.removeAttribute('style');
}

/**
 * A text's baseline, as a `dy` on the clone where it can be (editors read that), or else as a
 * declaration. Only <text> gets one: on a group it would move the text a second time in browsers.
 */
function textBaseline(value: string, clone: Element): string | null {
  if (!value || value === 'auto' || value === 'alphabetic') return null;
  const dy = baselineDy(value);
  if (!dy || clone.hasAttribute('dy')) return `dominant-baseline: ${value}`;
  clone.setAttribute('dy', dy);
  return null;
}

/**
 * The CSS declarations an element needs to look as it did: inherited properties where they differ
 * from the parent's (all of them at the root), others where they differ from their initial value.
 */
export function styleDeclarations(
  tag: string,
  own: (property: string) => string,
  parent: ((property: string) => string) | null,
): string {
  const out: string[] = [];
  for (const p of INHERITED) if (!parent || own(p) !== parent(p)) out.push(declaration(p, own(p)));
  for (const [p, initial] of Object.entries(OWN)) if (own(p) && own(p) !== initial) out.push(declaration(p, own(p)));
  if (own('display') === 'none') out.push('display: none');
  // A nested <svg> clips by default in a standalone file; the page lets labels run over the edge.
  if (tag === 'svg' && own('overflow') === 'visible') out.push('overflow: visible');
  return out.filter((d) => !d.endsWith(': ')).join('; ');
}

/** One `property: value` pair, with references made local and units dropped where editors balk. */
function declaration(property: string, value: string): string {
  let v = localUrls(value);
  if (UNITLESS.has(property)) v = v.replace(/(\d)px/g, '$1');
  return `${property}: ${v}`;
}

/**
 * `url("https://host/page#hatch")` as a browser may compute it, back to `url(#hatch)`: the exported
 * file has no page around it, and a full address would point outside the file.
 */
export function localUrls(value: string): string {
  return value.replace(/url\((['"]?)[^#'")]*#([^'")]+)\1\)/g, 'url(#$2)');
}

/** Removes comment nodes (Svelte's anchors) from a subtree. */
function dropComments(root: Node): void {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);
}
