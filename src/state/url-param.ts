/** One URL parameter: how to read it (falling back safely on anything unknown) and write it. */
export interface UrlParam<T> {
  name: string;
  fallback: T;
  parse(raw: string | null): T;
  serialise(value: T): string | null;
}

/** A parameter that takes one of a fixed set of words; anything else reads as the fallback. */
export function enumParam<T extends string>(name: string, values: readonly T[], fallback: T): UrlParam<T> {
  return {
    name,
    fallback,
    parse: (raw) => ((values as readonly string[]).includes(raw ?? '') ? (raw as T) : fallback),
    serialise: (value) => (value === fallback ? null : value),
  };
}

/** A whole-number parameter within bounds; empty, malformed or out-of-range values read as the fallback. */
export function intParam(name: string, min: number, max: number, fallback: number | null): UrlParam<number | null> {
  return {
    name,
    fallback,
    parse: (raw) => {
      if (raw === null || !/^-?\d+$/.test(raw)) return fallback;
      const n = Number(raw);
      return n >= min && n <= max ? n : fallback;
    },
    serialise: (value) => (value === null || value === fallback ? null : String(value)),
  };
}

/** Reads a parameter from a query string. */
export function readParam<T>(search: URLSearchParams, param: UrlParam<T>): T {
  return param.parse(search.get(param.name));
}

/** Writes a parameter into a query string, removing it when it equals its fallback. */
export function writeParam<T>(search: URLSearchParams, param: UrlParam<T>, value: T): void {
  const text = param.serialise(value);
  if (text === null) search.delete(param.name);
  else search.set(param.name, text);
}

/** A decimal parameter within bounds (written with a point, at most four decimals); anything else reads as the fallback. */
export function numberParam(name: string, min: number, max: number, fallback: number | null): UrlParam<number | null> {
  return {
    name,
    fallback,
    parse: (raw) => {
      if (raw === null || !/^-?\d+(\.\d+)?$/.test(raw)) return fallback;
      const n = Number(raw);
      return n >= min && n <= max ? n : fallback;
    },
    serialise: (value) =>
      value === null || !Number.isFinite(value) || value === fallback ? null : String(Number(value.toFixed(4))),
  };
}

/** A text parameter that must match a pattern in full (e.g. an area code); anything else reads as the fallback. */
export function patternParam(name: string, pattern: RegExp, fallback: string): UrlParam<string> {
  const whole = new RegExp(`^(?:${pattern.source})$`);
  return {
    name,
    fallback,
    parse: (raw) => (raw !== null && whole.test(raw) ? raw : fallback),
    serialise: (value) => (value === fallback ? null : value),
  };
}
