import { describe, expect, it } from 'vitest';
import { readUserDataFlag, USER_DATA_FLAG_KEY, writeUserDataFlag } from '../../../src/data/user-data-flag.ts';

// localStorage's contract over a Map: strings in, strings (or null) out.
function mapStorage(
  entries: Record<string, string> = {},
): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { map: Map<string, string> } {
  const map = new Map(Object.entries(entries));
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
  };
}

const throwing = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('readUserDataFlag', () => {
  it('reads the JSON array under "pantau:user-datasets"', () => {
    expect(USER_DATA_FLAG_KEY).toBe('pantau:user-datasets');
    expect(readUserDataFlag(mapStorage({ 'pantau:user-datasets': '["poverty","targets"]' }))).toEqual([
      'poverty',
      'targets',
    ]);
  });

  it.each([
    ['no key', undefined],
    ['an empty string', ''],
    ['not JSON', '{poverty'],
    ['JSON null', 'null'],
    ['a JSON string', '"poverty"'],
    ['a JSON object', '{"poverty":true}'],
    ['a number', '0'],
  ])('%s -> []', (_what, value) => {
    expect(readUserDataFlag(mapStorage(value === undefined ? {} : { [USER_DATA_FLAG_KEY]: value }))).toEqual([]);
  });

  it('keeps only the strings of a mixed array', () => {
    expect(readUserDataFlag(mapStorage({ [USER_DATA_FLAG_KEY]: '["poverty",1,null,{"a":1},"areas"]' }))).toEqual([
      'poverty',
      'areas',
    ]);
  });

  it('no storage, or storage that throws, -> []', () => {
    expect(readUserDataFlag(null)).toEqual([]);
    expect(readUserDataFlag(throwing)).toEqual([]);
  });
});

describe('writeUserDataFlag', () => {
  it('writes the datasets as a JSON array, each once, and reads them back', () => {
    const storage = mapStorage();
    writeUserDataFlag(storage, ['poverty', 'targets', 'poverty']);
    expect(storage.map.get(USER_DATA_FLAG_KEY)).toBe('["poverty","targets"]');
    expect(readUserDataFlag(storage)).toEqual(['poverty', 'targets']);
  });

  it('an empty list removes the key, leaving other keys alone', () => {
    const storage = mapStorage({ [USER_DATA_FLAG_KEY]: '["poverty"]', other: 'x' });
    writeUserDataFlag(storage, []);
    expect([...storage.map]).toEqual([['other', 'x']]);
    expect(readUserDataFlag(storage)).toEqual([]);
  });

  it('does nothing without storage, and swallows a storage that throws', () => {
    expect(() => writeUserDataFlag(null, ['poverty'])).not.toThrow();
    expect(() => writeUserDataFlag(throwing, ['poverty'])).not.toThrow();
    expect(() => writeUserDataFlag(throwing, [])).not.toThrow();
  });
});
