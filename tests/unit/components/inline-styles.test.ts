import { describe, expect, it } from 'vitest';
import { localUrls, styleDeclarations } from '../../../src/components/export/inline-styles.ts';

const computed = (values: Record<string, string>) => (p: string) => values[p] ?? '';

describe('styleDeclarations', () => {
  it('writes inherited properties only where they differ from the parent', () => {
    const parent = computed({ fill: 'rgb(0, 0, 0)', 'font-size': '12px', 'font-family': 'system-ui' });
    const own = computed({ fill: 'rgb(31, 41, 51)', 'font-size': '12px', 'font-family': 'system-ui' });
    expect(styleDeclarations('text', own, parent)).toBe('fill: rgb(31, 41, 51)');
  });

  it('writes every inherited property at the root', () => {
    const own = computed({ fill: 'rgb(0, 0, 0)', 'font-size': '16px' });
    expect(styleDeclarations('svg', own, null)).toBe('fill: rgb(0, 0, 0); font-size: 16px');
  });

  it('writes other properties where they are not initial, and display only when none', () => {
    const own = computed({ opacity: '0.5', 'stop-color': 'rgb(0, 0, 0)', display: 'none' });
    expect(styleDeclarations('g', own, own)).toBe('opacity: 0.5; display: none');
  });

  it('leaves the baseline to the text itself (it becomes a dy there)', () => {
    expect(styleDeclarations('g', computed({ 'dominant-baseline': 'middle' }), computed({}))).toBe('');
  });

  it('drops px from stroke lengths, which editors read better bare', () => {
    const own = computed({ 'stroke-dasharray': '5px, 3px', 'stroke-width': '2.5px' });
    expect(styleDeclarations('line', own, computed({}))).toBe('stroke-width: 2.5; stroke-dasharray: 5, 3');
  });

  it('keeps a nested svg from clipping its overflowing labels', () => {
    expect(styleDeclarations('svg', computed({ overflow: 'visible' }), computed({}))).toBe('overflow: visible');
    expect(styleDeclarations('g', computed({ overflow: 'visible' }), computed({}))).toBe('');
  });
});

describe('localUrls', () => {
  it.each<[string, string]>([
    ['url("http://127.0.0.1:4185/pantau/?view=coverage#s1-hatch")', 'url(#s1-hatch)'],
    ['url("#s1-ramp")', 'url(#s1-ramp)'],
    ["url('#a') rgb(1, 2, 3)", 'url(#a) rgb(1, 2, 3)'],
    ['rgb(1, 2, 3)', 'rgb(1, 2, 3)'],
  ])('%s', (value, expected) => {
    expect(localUrls(value)).toBe(expected);
  });
});
