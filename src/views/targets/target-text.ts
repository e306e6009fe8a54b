import type { TargetGoal } from '../../domain/target-goal.ts';
import { formatNumber, formatPct, type Lang } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/messages-id.ts';
import { translate } from '../../i18n/translate.ts';

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
  if (goal.lowPct !== null && goal.highPct !== null) return `${formatNumber(goal.lowPct, lang, statedDigits(goal.lowPct))}–${statedPct(goal.highPct, lang)}`;
  return statedPct(goal.goalPct, lang);
}

/** A compound annual rate in plain words: "falls 8,0% a year" / "rises 2,1% a year". */
export function cagrText(cagr: number, lang: Lang): string {
  const key: MessageKey = cagr < 0 ? 'targets.pace.fall' : 'targets.pace.rise';
  return translate(lang, key, { pct: formatPct(Math.abs(cagr) * 100, lang, 1) });
}

