/** part / whole as a share 0..1 (or above), null when the whole is missing, zero or not a number. */
export function share(part: number | null | undefined, whole: number | null | undefined): number | null {
  if (
    typeof part !== 'number' ||
    typeof whole !== 'number' ||
    !Number.isFinite(part) ||
    !Number.isFinite(whole) ||
    whole === 0
  )
    return null;
  return part / whole;
}
