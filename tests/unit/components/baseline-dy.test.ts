import { describe, expect, it } from 'vitest';
import { baselineDy } from '../../../src/components/export/baseline-dy.ts';

describe('baselineDy', () => {
  it.each<[string, string | null]>([
    ['middle', '0.32em'],
    ['central', '0.35em'],
    ['hanging', '0.75em'],
    ['text-after-edge', '-0.2em'],
    ['auto', null],
    ['alphabetic', null],
    ['something-new', null],
  ])('%s', (value, expected) => {
    expect(baselineDy(value)).toBe(expected);
  });
});
