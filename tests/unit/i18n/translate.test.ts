import { describe, expect, it } from 'vitest';
import { parseLang, translate } from '../../../src/i18n/translate.ts';
import { messagesEn } from '../../../src/i18n/messages-en.ts';

describe('translate', () => {
  it('fills placeholders in each language', () => {
    expect(translate('id', 'overview.card.start', { year: 2025 })).toBe('Titik awal (Maret 2025)');
    expect(translate('en', 'overview.card.start', { year: 2025 })).toBe('Starting point (March 2025)');
    expect(translate('en', 'district.card.peopleValue', { change: '−1,857', from: '60,857', to: '59,000' })).toBe(
      '−1,857 people (60,857 → 59,000)',
    );
    expect(translate('id', 'data.engine.ready', { rows: 142 })).toBe('DuckDB siap · 142 baris dimuat');
  });

  it('fills a placeholder used twice, and leaves a missing one visible', () => {
    expect(translate('en', 'overview.card.requiredValue', { points: '−2.17 pp', years: 1 })).toBe('−2.17 pp in 1 year');
    expect(translate('en', 'overview.card.requiredValue', { points: '−2.17 pp' })).toBe(
      '−2.17 pp in {years} {years|year|years}',
    );
  });

  it('a 0 is a value, not a missing one', () => {
    expect(translate('en', 'data.engine.ready', { rows: 0 })).toBe('DuckDB ready · 0 rows loaded');
  });

  it('a message without placeholders is returned as is', () => {
    expect(translate('id', 'state.loading')).toBe('Memuat…');
    expect(translate('en', 'state.loading')).toBe('Loading…');
  });
});

describe('parseLang', () => {
  it.each<[string | null | undefined, string]>([
    ['en', 'en'],
    ['id', 'id'],
    ['EN', 'id'],
    ['fr', 'id'],
    ['', 'id'],
    [null, 'id'],
    [undefined, 'id'],
  ])('%j -> %s', (value, lang) => {
    expect(parseLang(value)).toBe(lang);
  });
});

describe('plural words', () => {
  it('English picks year or years by the number, never "year(s)"', () => {
    const remaining = (years: number) =>
      translate('en', 'targets.card.remainingValue', { points: '1.2 points', years });
    expect(remaining(1)).toBe('1.2 points in 1 year');
    expect(remaining(2)).toBe('1.2 points in 2 years');
    expect(remaining(0)).toBe('1.2 points in 0 years');
    expect(Object.values(messagesEn).filter((m) => m.includes('(s)'))).toEqual([]);
  });

  it('a plural word whose number is not given stays as written, like any placeholder', () => {
    expect(translate('en', 'targets.card.remainingValue', { points: 'x' })).toBe('x in {years} {years|year|years}');
  });
});
