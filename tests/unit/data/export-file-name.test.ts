import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/data/export-file-name.ts';

describe('exportFileName', () => {
  const date = new Date('2026-11-23T10:00:00Z');

  it.each([
    ['data', 'id', 'pantau-poverty-2026-11-23.csv'],
    ['data', 'plain', 'pantau-poverty-plain-2026-11-23.csv'],
    ['template', 'id', 'pantau-poverty-template-2026-11-23.csv'],
    ['template', 'plain', 'pantau-poverty-template-plain-2026-11-23.csv'],
  ] as const)('%s, %s -> %s', (kind, style, name) => {
    expect(exportFileName('poverty', kind, style, date)).toBe(name);
  });

  it('uses the UTC day, not the local one (01:30 in Samarinda is still the previous day in UTC)', () => {
    expect(exportFileName('areas', 'data', 'id', new Date('2026-01-01T01:30:00+08:00'))).toBe(
      'pantau-areas-2025-12-31.csv',
    );
    expect(exportFileName('areas', 'data', 'id', new Date('2026-01-01T23:59:59Z'))).toBe('pantau-areas-2026-01-01.csv');
  });
});
