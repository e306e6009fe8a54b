/** A point for a weighted fit; weight is relative importance, any positive scale. */
export interface WeightedPoint {
  x: number;
  y: number;
  weight: number;
}

/** A point with its weight normalised so that all weights sum to one. */
export interface NormalisedPoint {
  x: number;
  y: number;
  v: number;
}

/** A straight line fitted by weighted least squares, centred on the weighted mean of x. */
export interface WeightedLine {
  slope: number;
  meanX: number;
  meanY: number;
  /** Weighted spread of x: sum of v * (x - meanX)^2. */
  sxx: number;
  points: readonly NormalisedPoint[];
  /** Estimated standard deviation of the residual noise; null with too few points to tell. */
  residualSe: number | null;
}

type Fit = Omit<WeightedLine, 'residualSe'>;

const sum = (points: readonly NormalisedPoint[], term: (point: NormalisedPoint) => number): number =>
  points.reduce((total, point) => total + term(point), 0);

/** Weighted least-squares line through the points, or null without two distinct x values. */
export function weightedLine(points: readonly WeightedPoint[]): WeightedLine | null {
  const totalWeight = points.reduce((total, point) => total + point.weight, 0);
  if (points.length < 2 || !(totalWeight > 0)) return null;
  const normalised = points.map(({ x, y, weight }) => ({ x, y, v: weight / totalWeight }));
  const meanX = sum(normalised, (p) => p.v * p.x);
  const meanY = sum(normalised, (p) => p.v * p.y);
  const sxx = sum(normalised, (p) => p.v * (p.x - meanX) ** 2);
  if (!(sxx > 0)) return null;
  const slope = sum(normalised, (p) => p.v * (p.x - meanX) * (p.y - meanY)) / sxx;
  const fit: Fit = { slope, meanX, meanY, sxx, points: normalised };
  return { ...fit, residualSe: residualSe(fit) };
}

/** Value of the line at x. */
export function lineAt(line: Pick<WeightedLine, 'slope' | 'meanX' | 'meanY'>, x: number): number {
  return line.meanY + line.slope * (x - line.meanX);
}

/** Coefficients c such that the fitted value at x is the sum of c_i * y_i. */
export function fitCoefficients(line: Pick<WeightedLine, 'points' | 'meanX' | 'sxx'>, x: number): number[] {
  return line.points.map((p) => p.v * (1 + ((x - line.meanX) * (p.x - line.meanX)) / line.sxx));
}

/** Standard error of a new observation at x: residual noise plus the line's own error, growing with distance. */
export function predictionSe(line: WeightedLine, x: number): number | null {
  if (line.residualSe === null) return null;
  const fitVariance = fitCoefficients(line, x).reduce((total, c) => total + c * c, 0);
  return line.residualSe * Math.sqrt(1 + fitVariance);
}

function residualSe(fit: Fit): number | null {
  // Two parameters are fitted, so two points leave residuals of zero that say nothing about the noise.
  if (fit.points.length < 3) return null;
  const meanSquare = sum(fit.points, (p) => p.v * (p.y - lineAt(fit, p.x)) ** 2);
  return Math.sqrt(meanSquare / residualDegreesShare(fit));
}

// Expected weighted mean square of the residuals per unit noise variance, sum_i v_i * sum_j (I - H)_ij^2,
// so the estimate is unbiased for any weights; with equal weights it is (n - 2) / n, the textbook case.
function residualDegreesShare(fit: Fit): number {
  return fit.points.reduce((total, row, i) => {
    const hatRow = fitCoefficients(fit, row.x);
    return total + row.v * hatRow.reduce((s, h, j) => s + ((i === j ? 1 : 0) - h) ** 2, 0);
  }, 0);
}
