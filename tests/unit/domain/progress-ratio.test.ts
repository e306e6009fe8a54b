import { describe, expect, it } from 'vitest';
import { progressRatio } from '../../../src/domain/progress-ratio.ts';
import type { Direction } from '../../../src/domain/types.ts';

describe('progressRatio', () => {
  it.each<[string, number | null, number | null, Direction, number | null]>([
    ['Kaltim 2026: -0.47 observed over -2.17 required', -0.47, -2.17, 'lower-is-better', 0.47 / 2.17],
    ['Kaltim 2029: -0.47 observed over -0.4675 required', -0.47, (3.3 - 5.17) / 4, 'lower-is-better', 0.47 / 0.4675],
    ['exactly on pace', -0.1, -0.1, 'lower-is-better', 1],
    ['rising poverty gives a negative ratio', 0.05, -0.1, 'lower-is-better', -0.5],
    ['a rising indicator that should rise', 0.02, 0.04, 'higher-is-better', 0.5],
    ['goal already met: no ratio', 0.03, 0.01, 'lower-is-better', null],
    ['no progress was required: no ratio', -0.02, 0, 'lower-is-better', null],
    ['unknown observed pace', null, -0.1, 'lower-is-better', null],
    ['unknown required pace', -0.1, null, 'lower-is-better', null],
  ])('%s', (_name, observed, required, direction, expected) => {
    const ratio = progressRatio(observed, required, direction);
    if (expected === null) expect(ratio).toBeNull();
    else expect(ratio).toBeCloseTo(expected, 9);
  });
});
