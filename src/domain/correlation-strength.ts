/** How strong a correlation reads in words: barely any, weak, moderate or strong. */
export type CorrelationBand = 'none' | 'weak' | 'moderate' | 'strong';

/** A correlation's band and its sign (positive: both rise together; negative: one rises as the other falls). */
export interface CorrelationStrength {
  band: CorrelationBand;
  sign: 'positive' | 'negative';
}

/**
 * The smallest |r| of each band, after Cohen's conventions for r (1988): small 0.1, medium 0.3,
 * large 0.5. Below 0.1 the two are called unrelated. This is the only place these numbers live.
 */
export const CORRELATION_BANDS = Object.freeze({ weak: 0.1, moderate: 0.3, strong: 0.5 });

/** The band and sign of a Pearson r (-1..1). */
export function correlationStrength(r: number): CorrelationStrength {
  const size = Math.abs(r);
  const band: CorrelationBand =
    size >= CORRELATION_BANDS.strong
      ? 'strong'
      : size >= CORRELATION_BANDS.moderate
        ? 'moderate'
        : size >= CORRELATION_BANDS.weak
          ? 'weak'
          : 'none';
  return { band, sign: r < 0 ? 'negative' : 'positive' };
}
