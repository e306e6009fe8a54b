import type { TargetGoal } from '../../domain/target-goal.ts';
import { formatNumber, formatPct, type Lang } from '../../i18n/format.ts';

/** Decimals a stated figure needs, up to two: 3 -> 0, 0.6 -> 1, 9.83 -> 2. */
export function statedDigits(value: number): number {
  if (Number.isInteger(value)) return 0;
  return Number.isInteger(Math.round(value * 1e6) / 1e5) ? 1 : 2;
}

/** A percentage with as many decimals as it was stated with (3 -> "3%", 9.83 -> "9,83%"). */
export function statedPct(value: number, lang: Lang): string {
  return formatPct(value, lang, statedDigits(value));
}

/** What a target asks for, in words: "3%" or "2,3–3,3%". */
export function goalText(goal: Pick<TargetGoal, 'goalPct' | 'lowPct' | 'highPct'>, lang: Lang): string {
  if (goal.lowPct !== null && goal.highPct !== null)
    return `${formatNumber(goal.lowPct, lang, statedDigits(goal.lowPct))}–${statedPct(goal.highPct, lang)}`;
  return statedPct(goal.goalPct, lang);
}
