/** A property test's run count, times PANTAU_FUZZ_SCALE (1 in `npm test`; `npm run fuzz` raises it). */
export function fuzzRuns(base: number): number {
  const scale = Number(process.env.PANTAU_FUZZ_SCALE ?? 1);
  return Math.max(1, Math.round(base * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}
