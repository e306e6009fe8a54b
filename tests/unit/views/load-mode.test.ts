import { describe, expect, it } from 'vitest';
import { defaultLoadMode } from '../../../src/views/data/load-mode.ts';

describe('the load mode a file starts with', () => {
  it('adds and updates by key, so a partial file never removes the rows it does not mention', () => {
    expect(defaultLoadMode({ illustrative: false, columns: [] }, false)).toBe('add');
    expect(defaultLoadMode({ illustrative: false, columns: [] }, true)).toBe('add');
  });

  it('replaces a dataset Pantau made up whole, so real and made-up rows never share a table unmarked', () => {
    expect(defaultLoadMode({ illustrative: true, columns: [] }, false)).toBe('replace');
  });

  it("adds to the user's own rows once they replaced the illustrative ones", () => {
    expect(defaultLoadMode({ illustrative: true, columns: [] }, true)).toBe('add');
  });

  it('adds to a dataset whose rows each say sourced or illustrative (coverage): its real rows stay', () => {
    const coverage = { illustrative: true, columns: [{ name: 'provenance', type: 'text' as const }] };
    expect(defaultLoadMode(coverage, false)).toBe('add');
  });
});
