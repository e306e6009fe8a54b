import { describe, expect, it } from 'vitest';
import { PARAMS, VIEWS } from '../../../src/state/app-params.ts';
import { numberParam, patternParam } from '../../../src/state/url-param.ts';
import { UrlState } from '../../../src/state/url-state.svelte.ts';

describe('numberParam', () => {
  const p = numberParam('x', -5, 10, null);
  it.each<[string | null, number | null]>([
    ['0', 0],
    ['0.47', 0.47],
    ['-1.5', -1.5],
    ['10', 10],
    ['', null],
    [null, null],
    ['0,47', null],
    ['1e2', null],
    ['abc', null],
    ['10.01', null],
    ['-6', null],
    ['.5', null],
  ])('%j reads as %j', (raw, expected) => {
    expect(p.parse(raw)).toBe(expected);
  });

  it.each<[number | null, string | null]>([
    [null, null],
    [0, '0'],
    [0.47, '0.47'],
    [0.1 + 0.2, '0.3'],
    [Number.NaN, null],
  ])('%j is written as %j', (value, expected) => {
    expect(p.serialise(value)).toBe(expected);
  });

  it('writes its fallback as nothing', () => {
    expect(numberParam('hh', 1, 10, 4).serialise(4)).toBeNull();
  });
});

describe('patternParam', () => {
  const p = patternParam('area', /\d{2}|\d{4}/, '64');
  it.each<[string | null, string]>([
    ['6403', '6403'],
    ['64', '64'],
    ['0', '64'],
    ['', '64'],
    [null, '64'],
    ['640', '64'],
    ['6403x', '64'],
    ['x6403', '64'],
  ])('%j reads as %j', (raw, expected) => {
    expect(p.parse(raw)).toBe(expected);
  });
});

describe('the scenario parameters', () => {
  it('add the Targets view', () => {
    expect(VIEWS).toContain('targets');
    expect(PARAMS.view.parse('targets')).toBe('targets');
  });

  it.each<[keyof typeof PARAMS, string | null, unknown]>([
    ['mode', 'points', 'points'],
    ['mode', '', 'programme'],
    ['mode', 'magic', 'programme'],
    ['fam', '1000', 1000],
    ['fam', '0', 0],
    ['fam', '', 1500],
    ['fam', '1500.5', 1500],
    ['fam', '-1', 1500],
    ['hh', '3.8', 3.8],
    ['hh', '0', 4],
    ['hh', '', 4],
    ['share', '0', 0],
    ['share', '100', 100],
    ['share', '101', 50],
    ['share', 'half', 50],
    ['pp', '0', 0],
    ['pp', '2.17', 2.17],
    ['pp', '', null],
    ['trend', 'off', 'off'],
    ['trend', '0', 'on'],
    ['goal', '2026', 2026],
    ['goal', '0', null],
  ])('%s=%j reads as %j', (key, raw, expected) => {
    expect(PARAMS[key].parse(raw)).toBe(expected);
  });
});

describe('UrlState with scenario choices', () => {
  it('reads the defaults when nothing is given and writes nothing for them', () => {
    const state = new UrlState('?view=targets');
    expect(state.scenario).toEqual({
      area: '64',
      goal: null,
      mode: 'programme',
      fam: 1500,
      hh: 4,
      share: 50,
      pp: null,
      trend: 'on',
    });
    expect(state.toSearch()).toBe('?view=targets');
  });

  it('reads, falls back on malformed values and round-trips', () => {
    const state = new UrlState(
      '?view=targets&area=6403&goal=2027&mode=points&pp=0.8&fam=abc&share=&hh=0&trend=off&hl=5',
    );
    expect(state.scenario).toEqual({
      area: '6403',
      goal: 2027,
      mode: 'points',
      fam: 1500,
      hh: 4,
      share: 50,
      pp: 0.8,
      trend: 'off',
    });
    expect(state.toSearch()).toBe('?view=targets&area=6403&goal=2027&mode=points&pp=0.8&trend=off');
    expect(new UrlState(state.toSearch()).scenario).toEqual(state.scenario);
  });

  it('writes a changed choice', () => {
    const state = new UrlState('?view=targets');
    state.scenario = { ...state.scenario, fam: 20000, share: 0 };
    expect(state.toSearch()).toBe('?view=targets&fam=20000&share=0');
  });
});
