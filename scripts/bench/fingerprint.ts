/** A short FNV-1a hash of rows as JSON, so Node and browser results can be compared without shipping them. */
export function fingerprint(rows: unknown[]): string {
  const text = JSON.stringify(rows);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${rows.length}:${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
