/** A point in data units: x is time (fractional year) or a value, y a value or a row name. */
export interface XY {
  x: number;
  y: number | string;
}

/** A horizontal segment in data units on one row (a dumbbell's bar, a range). */
export interface XSpan {
  y: number | string;
  x1: number;
  x2: number;
}
