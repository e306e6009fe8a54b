import { describe, expect, it } from 'vitest';
import { parseDecimal, parseDraft, type TargetDraft } from '../../../src/views/targets/target-form.ts';

const draft = (fields: Partial<TargetDraft> = {}): TargetDraft => ({
  areaCode: '64',
  year: '2027',
  kind: 'value',
  value: '3,5',
  low: '',
  high: '',
  document: 'RPJMD',
  ...fields,
});

describe('parseDecimal', () => {
  it.each<[string, number | null]>([
    ['3,5', 3.5],
    ['3.5', 3.5],
    [' 7 ', 7],
    ['0', 0],
    ['', null],
    ['  ', null],
    ['-1', -1],
  ])('%j -> %j', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it.each(['abc', '3,5%', '1.234,5', '3,', ',5', '1e2'])('%j is not a number', (text) => {
    expect(parseDecimal(text)).toBeNaN();
  });
});

describe('parseDraft', () => {
  it('reads a single value with a decimal comma', () => {
    expect(parseDraft(draft())).toEqual({
      ok: true,
      input: { areaCode: '64', year: 2027, valuePct: 3.5, lowPct: null, highPct: null, document: 'RPJMD' },
    });
  });

  it('reads a range and ignores the value field', () => {
    expect(parseDraft(draft({ kind: 'range', value: 'junk', low: '2,3', high: '3.3' }))).toEqual({
      ok: true,
      input: { areaCode: '64', year: 2027, valuePct: null, lowPct: 2.3, highPct: 3.3, document: 'RPJMD' },
    });
  });

  it('leaves bounds to the engine: 1999 and 150 are read, not refused here', () => {
    expect(parseDraft(draft({ year: '1999', value: '150' })).ok).toBe(true);
  });

  it.each<[string, Partial<TargetDraft>, { field: string; reason: string }[]]>([
    ['no year', { year: '' }, [{ field: 'year', reason: 'missing' }]],
    ['a fractional year', { year: '2026,5' }, [{ field: 'year', reason: 'not-an-integer' }]],
    ['a value that is not a number', { value: 'tiga' }, [{ field: 'value', reason: 'not-a-number' }]],
    ['no area', { areaCode: '' }, [{ field: 'area', reason: 'missing' }]],
    [
      'both ends of a range unreadable',
      { kind: 'range', low: 'a', high: 'b' },
      [
        { field: 'low', reason: 'not-a-number' },
        { field: 'high', reason: 'not-a-number' },
      ],
    ],
  ])('refuses %s', (_name, fields, expected) => {
    const parsed = parseDraft(draft(fields));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map(({ field, reason }) => ({ field, reason }))).toEqual(expected);
  });
});
