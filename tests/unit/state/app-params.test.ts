import { describe, expect, it } from 'vitest';
import { PARAMS, VIEWS } from '../../../src/state/app-params.ts';

describe('PARAMS', () => {
  it('records view, lang, base and bundle, named as in the URL, with their fallbacks', () => {
    const core = [PARAMS.view, PARAMS.lang, PARAMS.base, PARAMS.bundle].map((p) => [p.name, p.fallback]);
    expect(core).toEqual([
      ['view', 'overview'],
      ['lang', 'id'],
      ['base', null],
      ['bundle', 'default'],
    ]);
    expect(VIEWS).toEqual(expect.arrayContaining(['overview', 'district', 'districts']));
  });

  it('every parameter has its own name, and its fallback is written as nothing', () => {
    const params = Object.values(PARAMS) as { name: string; fallback: unknown; serialise(v: unknown): string | null }[];
    expect(new Set(params.map((p) => p.name)).size).toBe(params.length);
    for (const p of params) expect(p.serialise(p.fallback)).toBeNull();
  });

  it.each<[keyof typeof PARAMS, string | null, unknown]>([
    ['view', 'districts', 'districts'],
    ['view', '', 'overview'],
    ['view', 'settings', 'overview'],
    ['lang', 'en', 'en'],
    ['lang', 'EN', 'id'],
    ['lang', 'fr', 'id'],
    ['lang', '', 'id'],
    ['base', '2020', 2020],
    ['base', '0', null],
    ['base', '2020abc', null],
    ['base', '-2020', null],
    ['base', '2101', null],
    ['bundle', 'csv', 'csv'],
    ['bundle', 'parquet', 'parquet'],
    ['bundle', 'json', 'default'],
    ['view', 'coverage', 'coverage'],
    ['view', 'overlap', 'overlap'],
    ['cyear', '2026', 2026],
    ['cyear', '', null],
    ['cprog', 'sembako', 'sembako'],
    ['cprog', '', 'all'],
    ['cprog', 'Sembako', 'all'],
    ['cbase', '0', 2023],
    ['district', '6472', '6472'],
    ['district', '64', ''],
    ['district', '', ''],
  ])('%s=%j reads as %j', (key, raw, expected) => {
    expect(PARAMS[key].parse(raw)).toBe(expected);
  });
});
