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

/** A vertical extent at an x value in data units: one slice of a band (an uncertainty band, a target range). */
export interface XBand {
  x: number;
  y0: number;
  y1: number;
}
