import { describe, expect, it } from 'vitest';
import { moveSlide, slideKey } from '../../../src/views/present/slide-key.ts';

describe('slideKey', () => {
  it('maps arrows, Page Up/Down (clickers), Home, End and Esc to moves', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map(slideKey)).toEqual(['next', 'next', 'next', 'next']);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map(slideKey)).toEqual(['prev', 'prev', 'prev']);
    expect([slideKey('Home'), slideKey('End'), slideKey('Escape')]).toEqual(['first', 'last', 'exit']);
  });

  it('leaves other keys alone', () => {
    expect(['a', 'Tab', 'F5', 'Shift', ''].map(slideKey)).toEqual([null, null, null, null, null]);
  });
});

describe('moveSlide', () => {
  it('moves one slide, and stops at either end of the deck', () => {
    expect(moveSlide(0, 'next', 3)).toBe(1);
    expect(moveSlide(2, 'next', 3)).toBe(2);
    expect(moveSlide(1, 'prev', 3)).toBe(0);
    expect(moveSlide(0, 'prev', 3)).toBe(0);
  });

  it('jumps to the first or last slide; exit keeps the slide', () => {
    expect(moveSlide(1, 'first', 5)).toBe(0);
    expect(moveSlide(1, 'last', 5)).toBe(4);
    expect(moveSlide(3, 'exit', 5)).toBe(3);
  });
});
