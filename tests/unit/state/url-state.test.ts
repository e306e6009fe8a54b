import { describe, expect, it } from 'vitest';
import { UrlState } from '../../../src/state/url-state.svelte.ts';

// The Svelte plugin compiles the runes class under Vitest, so it is tested directly (no DOM needed:
// syncUrl, which touches location and history, is left to the end-to-end tests).
describe('UrlState', () => {
  it('reads every parameter, falling back on anything unknown', () => {
    const state = new UrlState('?view=districts&lang=en&base=2020&bundle=csv');
    expect([state.view, state.lang, state.base, state.bundle]).toEqual(['districts', 'en', 2020, 'csv']);
    const odd = new UrlState('?view=0&lang=&base=2020abc&bundle=zip');
    expect([odd.view, odd.lang, odd.base, odd.bundle]).toEqual(['overview', 'id', null, 'default']);
  });

  it("a link made before the district page (?view=kukar) opens Kutai Kartanegara's page", () => {
    const state = new UrlState('?view=kukar&lang=en');
    expect([state.view, state.scenario.area, state.lang]).toEqual(['district', '6403', 'en']);
    expect(state.toSearch()).toBe('?view=district&lang=en&area=6403');
  });

  it('a district page is its view and its area', () => {
    const state = new UrlState('?view=district&area=6411');
    expect([state.view, state.scenario.area]).toEqual(['district', '6411']);
    expect(new UrlState(state.toSearch()).scenario.area).toBe('6411');
  });

  it('writes only what differs from the defaults', () => {
    expect(new UrlState('').toSearch()).toBe('');
    expect(new UrlState('?view=overview&lang=id').toSearch()).toBe('');
    expect(new UrlState('?base=2019&view=district').toSearch()).toBe('?view=district&base=2019');
  });

  it('keeps unknown parameters of the current address and drops malformed known ones', () => {
    const state = new UrlState('?view=district&base=abc');
    expect(state.toSearch('?utm=x&base=abc')).toBe('?utm=x&view=district');
  });

  it('a changed choice is written; re-reading replaces every choice', () => {
    const state = new UrlState('?lang=en');
    state.view = 'districts';
    state.base = 2016;
    expect(state.toSearch()).toBe('?view=districts&lang=en&base=2016');
    state.read('?bundle=parquet');
    expect([state.view, state.lang, state.base, state.bundle]).toEqual(['overview', 'id', null, 'parquet']);
  });

  it('reads, writes and round-trips the coverage choices; malformed ones fall back', () => {
    const state = new UrlState('?view=coverage&cyear=2025&cprog=kaltim_uep&cbase=2020&district=6403');
    expect(state.coverage).toEqual({ cyear: 2025, cprog: 'kaltim_uep', cbase: 2020, district: '6403' });
    expect(new UrlState(state.toSearch()).coverage).toEqual(state.coverage);
    const odd = new UrlState('?cyear=0&cprog=DROP%20TABLE&cbase=&district=64.02');
    expect(odd.coverage).toEqual({ cyear: null, cprog: 'all', cbase: 2023, district: '' });
    expect(odd.toSearch()).toBe('');
  });

  it('round-trips through its own query string', () => {
    const state = new UrlState('?view=district&lang=en&base=2000&bundle=csv');
    const again = new UrlState(state.toSearch());
    expect([again.view, again.lang, again.base, again.bundle]).toEqual(['district', 'en', 2000, 'csv']);
  });

  it('reads and writes the presentation slide; a malformed slide id means not presenting', () => {
    const state = new UrlState('?view=district&present=targets-6403');
    expect(state.present).toBe('targets-6403');
    expect(state.toSearch()).toBe('?view=district&present=targets-6403');
    state.present = '';
    expect(state.toSearch()).toBe('?view=district');
    for (const odd of ['0', '', 'Kukar', '-x', 'a'.repeat(41), '<script>'])
      expect(new UrlState(`?present=${encodeURIComponent(odd)}`).present).toBe('');
  });
});
