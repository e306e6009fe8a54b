import { describe, expect, it } from 'vitest';
import { enumParam, intParam, readParam, writeParam } from '../../../src/state/url-param.ts';

const view = enumParam('view', ['overview', 'kukar', 'districts'] as const, 'overview');
const base = intParam('base', 2000, 2100, null);
const count = intParam('n', 0, 10, 3);

describe('enumParam', () => {
  it.each<[string | null, string]>([
    ['kukar', 'kukar'],
    ['districts', 'districts'],
    ['overview', 'overview'],
    [null, 'overview'],
    ['', 'overview'],
    ['0', 'overview'],
    ['unknown', 'overview'],
    ['Kukar', 'overview'],
    [' kukar', 'overview'],
    ['kukar ', 'overview'],
  ])('parses %j as %j', (raw, expected) => {
    expect(view.parse(raw)).toBe(expected);
  });

  it('writes nothing for the fallback, the word otherwise', () => {
    expect(view.serialise('overview')).toBeNull();
    expect(view.serialise('kukar')).toBe('kukar');
  });

  it('an empty word is never accepted, even when it is the fallback of another list', () => {
    const p = enumParam('x', ['a', 'b'] as const, 'b');
    expect(p.parse('')).toBe('b');
  });
});

describe('intParam', () => {
  it.each<[string | null, number | null]>([
    ['2020', 2020],
    ['2000', 2000],
    ['2100', 2100],
    [null, null],
    ['', null],
    ['0', null],
    ['1999', null],
    ['2101', null],
    ['-2020', null],
    ['2020abc', null],
    ['abc2020', null],
    ['2020.0', null],
    ['2020.5', null],
    ['1e3', null],
    [' 2020', null],
    ['+2020', null],
    ['0x7E4', null],
  ])('base: parses %j as %j', (raw, expected) => {
    expect(base.parse(raw)).toBe(expected);
  });

  it.each<[string | null, number | null]>([
    ['0', 0],
    ['10', 10],
    ['-1', 3],
    ['11', 3],
    ['', 3],
    [null, 3],
    ['007', 7],
  ])('with 0 in range: parses %j as %j', (raw, expected) => {
    expect(count.parse(raw)).toBe(expected);
  });

  it('writes nothing for null or the fallback', () => {
    expect(base.serialise(null)).toBeNull();
    expect(base.serialise(2020)).toBe('2020');
    expect(count.serialise(3)).toBeNull();
    expect(count.serialise(0)).toBe('0');
  });

  it('a negative range works too', () => {
    const offset = intParam('o', -5, 5, 0);
    expect(offset.parse('-5')).toBe(-5);
    expect(offset.parse('-6')).toBe(0);
    expect(offset.serialise(-5)).toBe('-5');
  });
});

describe('readParam / writeParam', () => {
  it('reads by name from a query string', () => {
    const search = new URLSearchParams('view=kukar&base=2020&lang=en');
    expect(readParam(search, view)).toBe('kukar');
    expect(readParam(search, base)).toBe(2020);
  });

  it('reads the first of a repeated parameter', () => {
    expect(readParam(new URLSearchParams('view=kukar&view=districts'), view)).toBe('kukar');
  });

  it('writes a chosen value and removes the parameter when it is back to the fallback', () => {
    const search = new URLSearchParams('lang=en&view=kukar');
    writeParam(search, view, 'districts');
    expect(search.toString()).toBe('lang=en&view=districts');
    writeParam(search, view, 'overview');
    expect(search.toString()).toBe('lang=en');
    writeParam(search, base, 2020);
    expect(search.toString()).toBe('lang=en&base=2020');
    writeParam(search, base, null);
    expect(search.toString()).toBe('lang=en');
  });

  it('never writes back a malformed value: read then write drops it', () => {
    const search = new URLSearchParams('base=2020abc&view=nope');
    writeParam(search, base, readParam(search, base));
    writeParam(search, view, readParam(search, view));
    expect(search.toString()).toBe('');
  });

  it.each<[number | null]>([[2000], [2020], [2100], [null]])('base %j round-trips', (value) => {
    const search = new URLSearchParams();
    writeParam(search, base, value);
    expect(readParam(new URLSearchParams(search.toString()), base)).toBe(value);
  });

  it.each(['overview', 'kukar', 'districts'] as const)('view %j round-trips', (value) => {
    const search = new URLSearchParams();
    writeParam(search, view, value);
    expect(readParam(new URLSearchParams(search.toString()), view)).toBe(value);
  });
});
