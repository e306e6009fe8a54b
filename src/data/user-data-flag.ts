/** The localStorage key listing the datasets that hold the user's data. */
export const USER_DATA_FLAG_KEY = 'pantau:user-datasets';

/** Which datasets hold the user's data, kept in localStorage so the first paint knows before IndexedDB answers. */
export function readUserDataFlag(storage: Pick<Storage, 'getItem'> | null): string[] {
  try {
    const value: unknown = JSON.parse(storage?.getItem(USER_DATA_FLAG_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((d): d is string => typeof d === 'string') : [];
  } catch {
    // Garbage in the key, or storage that throws when read (blocked cookies): no user data known.
    return [];
  }
}

/** Records which datasets hold the user's data; an empty list removes the key. */
export function writeUserDataFlag(storage: Pick<Storage, 'setItem' | 'removeItem'> | null, datasets: string[]): void {
  try {
    if (datasets.length) storage?.setItem(USER_DATA_FLAG_KEY, JSON.stringify([...new Set(datasets)]));
    else storage?.removeItem(USER_DATA_FLAG_KEY);
  } catch {
    // A full or blocked storage only costs the first paint its hint; IndexedDB still has the files.
  }
}
