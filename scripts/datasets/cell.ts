import type { ColumnSpec } from '../../src/data/catalog.ts';

/** A typed value in a built dataset: text, a number (integer or not) or missing. */
export type Cell = string | number | null;

/** One built row, by catalog column name. */
export type DataRow = Record<string, Cell>;

/** The typed value of a cell, or why the text does not fit the column. */
export type Converted = { value: Cell } | { problem: string };

// Facts are written with a dot decimal and no grouping; anything else is a typo worth stopping for.
const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const INT32_MAX = 2 ** 31 - 1;

/** Converts a fact cell to its catalog column's type and checks required, oneOf, min and max. */
export function convertCell(text: string, spec: ColumnSpec): Converted {
  if (text === '') return spec.required ? { problem: 'is required but empty' } : { value: null };
  if (text.trim() !== text) return { problem: `${JSON.stringify(text)} has leading or trailing spaces` };
  if (spec.type === 'text') return checkText(text, spec);
  const value = spec.type === 'integer' ? parseInteger(text) : parseDecimal(text);
  if (value === undefined) return { problem: `${JSON.stringify(text)} is not ${spec.type === 'integer' ? 'an integer' : 'a number'}` };
  return checkRange(value, spec);
}

function checkText(text: string, spec: ColumnSpec): Converted {
  if (spec.oneOf && !spec.oneOf.includes(text)) return { problem: `${JSON.stringify(text)} is not one of ${spec.oneOf.join(', ')}` };
  return { value: text };
}

function parseInteger(text: string): number | undefined {
  const n = INTEGER.test(text) ? Number(text) : NaN;
  return Math.abs(n) <= INT32_MAX ? n : undefined;
}

function parseDecimal(text: string): number | undefined {
  return DECIMAL.test(text) ? Number(text) : undefined;
}

function checkRange(value: number, spec: ColumnSpec): Converted {
  if (spec.min !== undefined && value < spec.min) return { problem: `${value} is below the minimum ${spec.min}` };
  if (spec.max !== undefined && value > spec.max) return { problem: `${value} is above the maximum ${spec.max}` };
  return { value };
}
