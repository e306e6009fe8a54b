import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHardCodedText, needsTranslation } from './find-hard-coded-text.ts';

const SRC = path.resolve(import.meta.dirname, '../../../src');

const components = (fs.readdirSync(SRC, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.svelte'))
  .map((file) => file.split(path.sep).join('/'))
  .sort();

describe('no user-visible text is written into a template (every word comes from the catalogues)', () => {
  it('finds the components', () => {
    expect(components).toContain('App.svelte');
    expect(components).toContain('views/data/DataView.svelte');
  });

  it.each(components)('src/%s', (file) => {
    const found = findHardCodedText(fs.readFileSync(path.join(SRC, file), 'utf8'));
    expect(found.map((f) => `src/${file}:${f.line}: ${f.where} "${f.text}"`)).toEqual([]);
  });
});

describe('findHardCodedText', () => {
  it('finds a text node, with its line', () => {
    expect(findHardCodedText('<p>{a}</p>\n<p>Sumber: {b}</p>')).toEqual([{ line: 2, where: 'text', text: 'Sumber:' }]);
  });

  it('finds visible attributes, also when part of the value is an expression', () => {
    const found = findHardCodedText(
      '<nav aria-label="Views"></nav><img alt="Peta" src="x.png" /><input placeholder="Cari {x}" title="x" />',
    );
    expect(found.map((f) => [f.where, f.text])).toEqual([
      ['aria-label', 'Views'],
      ['alt', 'Peta'],
      ['placeholder', 'Cari'],
      ['title', 'x'],
    ]);
  });

  it('finds a string literal in braces, in text or in an attribute', () => {
    const found = findHardCodedText(`<p>{'Lihat'}</p><button aria-label={"Close"}>x</button>`);
    expect(found.map((f) => f.text)).toEqual(['Lihat', 'Close', 'x']);
  });

  it('finds text in blocks, snippets and component props', () => {
    const source = `{#if a}<b>Ya</b>{:else}<b>Tidak</b>{/if}{#each xs as x}<i>Item</i>{/each}{#snippet s()}<em>Catatan</em>{/snippet}<Card label="Target" />`;
    expect(findHardCodedText(source).map((f) => f.text)).toEqual(['Ya', 'Tidak', 'Item', 'Catatan', 'Target']);
  });

  it('leaves expressions, scripts, styles, comments and invisible attributes alone', () => {
    const source = `<script>const s = 'Teks';</script><!-- Catatan --><p class="lede" data-x="abc" lang="id" style:font-size="{size}px" class:wide={w} {...rest}>{t('x')} {n} %</p><style>p { color: red; }</style><svelte:head><style>b {}</style></svelte:head>`;
    expect(findHardCodedText(source)).toEqual([]);
  });

  it('allows names and codes that are the same in both languages', () => {
    const source = `<strong>Pantau</strong><button aria-label="Bahasa Indonesia">ID</button><button aria-label="English">EN</button><span>PNG · SVG · CSV</span><b>Rp{x}</b><i>DuckDB</i><input placeholder="https://…/data.csv" /><button>{t('exit')} (Esc)</button>`;
    expect(findHardCodedText(source)).toEqual([]);
  });
});

describe('needsTranslation', () => {
  it.each<[string, boolean]>([
    ['', false],
    ['  ·  ', false],
    ['(7,28%)', false],
    ['—', false],
    ['Rp', false],
    ['Rp juta', true],
    ['IDR', true],
    ['English', false],
    ['Bahasa', true],
    ['Unduh PNG', true],
    ['Download', true],
  ])('%j -> %s', (text, expected) => {
    expect(needsTranslation(text)).toBe(expected);
  });
});
