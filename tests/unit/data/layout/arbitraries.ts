import fc from 'fast-check';
import type { Delimiter } from '../../../../src/data/layout/table-layout.ts';

/** Fixed, so a failure reproduces on every run and machine. */
export const SEED = 20_240_917;

/** Any of the four delimiters. */
export const delimiterArb: fc.Arbitrary<Delimiter> = fc.constantFrom(';', ',', '\t', '|');

/** One char of a cell, biased to the ones that make quoting hard: delimiters, quotes, CR, LF, and non-ASCII. */
const cellUnit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(';', ',', '\t', '|', '"', '\r', '\n', ' ') },
  { weight: 3, arbitrary: fc.constantFrom('a', 'Z', '7', 'é', 'ñ', '日', '😀', '\u00a0') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);

/** A cell string full of awkward characters. */
export const cellArb = fc.string({ unit: cellUnit, maxLength: 10 });

/** A table of awkward cells (each record has at least one cell; rows may differ in width). */
export const tableArb = fc.array(fc.array(cellArb, { minLength: 1, maxLength: 6 }), { maxLength: 15 });

/** Text that looks a little like delimited data, so the parser's branches are reached more often than by random text. */
export const csvishTextArb = fc.string({
  unit: fc.constantFrom(';', ',', '\t', '|', '"', '\r', '\n', ' ', 'a', '1', '2', '.', '-', 'é', '\ufeff'),
  maxLength: 300,
});
