import { parse } from 'svelte/compiler';

/** One piece of text a user can see that is written into a template instead of taken from a catalogue. */
export interface HardCodedText {
  line: number;
  /** `text` for a text node, otherwise the attribute's name. */
  where: string;
  text: string;
}

/**
 * Attributes whose value a user sees or hears: the ARIA and HTML ones, and the props the app's own components
 * show as text (ChartFigure's title, summary, note; StatCard's label; DataTable's caption…).
 */
export const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'alt',
  'placeholder',
  'label',
  'summary',
  'caption',
  'note',
  'illustrative',
  'vintage',
  'heading',
  'subtitle',
  'description',
  'text',
  'loadingText',
  'emptyText',
]);

/**
 * Words that are the same in both languages: the app's name, the language names on the switch, file formats,
 * the engine, the currency sign, the Esc key, and R, the targets method's ratio (named so in both catalogues).
 * Removed before looking for letters, so "Rp" passes and "Rp juta" does not.
 */
export const ALLOWED_TEXT = [
  'Bahasa Indonesia',
  'English',
  'Pantau',
  'DuckDB',
  'ID',
  'EN',
  'PNG',
  'SVG',
  'CSV',
  'Rp',
  'Esc',
  'R',
];

// An address is not language ("https://…/data.csv" as an example to type).
const URL_PATTERN = /https?:\/\/\S*/g;

/** Whether a text still has letters once the allowed names and addresses are taken out. */
export function needsTranslation(text: string, allowed: readonly string[] = ALLOWED_TEXT): boolean {
  let rest = text.replace(URL_PATTERN, ' ');
  // Longest first, so "Bahasa Indonesia" goes whole before "ID" could match inside another word.
  for (const name of [...allowed].sort((a, b) => b.length - a.length)) {
    rest = rest.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu'), ' ');
  }
  return /\p{L}/u.test(rest);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type AstNode = { type?: string; start?: number; name?: string; [key: string]: unknown };

/**
 * Every text node and visible attribute value of a Svelte component that is written out rather than computed:
 * plain template text and string literals in braces (`{'Lihat'}`), but not other expressions.
 * Scripts, styles and comments are not looked at.
 */
export function findHardCodedText(source: string): HardCodedText[] {
  const ast = parse(source, { modern: true });
  const found: HardCodedText[] = [];
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const report = (node: AstNode, where: string) => {
    const text = literalText(node);
    if (text !== null && needsTranslation(text))
      found.push({ line: lineOf(node.start ?? 0), where, text: text.trim() });
  };
  walk(ast.fragment as unknown as AstNode, report);
  return found;
}

/** The text a template node writes out as it is: a Text node's data or a string literal in braces; null otherwise. */
function literalText(node: AstNode): string | null {
  if (node.type === 'Text') return String(node.data);
  const expression = node.expression as { type?: string; value?: unknown } | undefined;
  if (node.type === 'ExpressionTag' && expression?.type === 'Literal' && typeof expression.value === 'string')
    return expression.value;
  return null;
}

function walk(node: unknown, report: (node: AstNode, where: string) => void): void {
  if (Array.isArray(node)) return node.forEach((child) => walk(child, report));
  if (!node || typeof node !== 'object') return;
  const n = node as AstNode;
  if (n.type === 'RegularElement' && (n.name === 'script' || n.name === 'style')) return;
  if (n.type === 'Text' || n.type === 'ExpressionTag') return report(n, 'text');
  for (const [key, child] of Object.entries(n)) {
    // Directives (style:width="{w}px", class:, bind:) and spreads are not text; only plain attributes may be.
    if (key === 'attributes')
      (child as AstNode[]).filter((a) => a.type === 'Attribute').forEach((a) => visitAttribute(a, report));
    // Expressions are JavaScript (ESTree), not template text; a literal in braces was looked at above.
    else if (key !== 'expression' && key !== 'metadata') walk(child, report);
  }
}

function visitAttribute(attribute: AstNode, report: (node: AstNode, where: string) => void): void {
  if (!VISIBLE_ATTRIBUTES.has(String(attribute.name))) return;
  const value = attribute.value;
  const parts = Array.isArray(value) ? value : typeof value === 'object' && value ? [value] : [];
  for (const part of parts as AstNode[]) report(part, String(attribute.name));
}
