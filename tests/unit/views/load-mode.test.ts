import { describe, expect, it } from 'vitest';
import { defaultLoadMode } from '../../../src/views/data/load-mode.ts';

describe('the load mode a file starts with', () => {
  it('adds and updates by key, so a partial file never removes the rows it does not mention', () => {
    expect(defaultLoadMode({ illustrative: false }, false)).toBe('add');
    expect(defaultLoadMode({ illustrative: false }, true)).toBe('add');
  });

  it("replaces Pantau's illustrative rows whole, so real and made-up rows never share a table", () => {
    expect(defaultLoadMode({ illustrative: true }, false)).toBe('replace');
  });

  it("adds to the user's own rows once they replaced the illustrative ones", () => {
    expect(defaultLoadMode({ illustrative: true }, true)).toBe('add');
  });
});
