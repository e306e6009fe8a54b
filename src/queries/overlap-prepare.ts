// The check groups a million register rows by household, month and programme; grouping small
// integers is several times faster than grouping 12-character ids and 'YYYY-MM' text, so the register
// is recoded once into integers and the check joins back to the text only for its few findings.

// p follows programme_id order, so comparing codes orders programmes as their ids do; payments lets
// a rule start from its rarer programme.
const PROGRAMMES = `CREATE OR REPLACE TABLE register_programmes AS
SELECT (row_number() OVER (ORDER BY programme_id))::SMALLINT AS p, programme_id, count(*)::INTEGER AS payments
FROM register GROUP BY programme_id`;

// m counts months from year 0, so a month's year is m // 12 and later months have larger codes.
const MONTHS = `CREATE OR REPLACE TABLE register_months AS
SELECT (left(month, 4)::INTEGER * 12 + right(month, 2)::INTEGER - 1)::INTEGER AS m, month
FROM (SELECT DISTINCT month FROM register)`;

// A household lives in one village with one desil (the generator's rule), so its first values are its values.
const HOUSEHOLDS = `CREATE OR REPLACE TABLE register_households AS
SELECT (row_number() OVER (ORDER BY household_id))::INTEGER AS hh, household_id,
  min(area_code) AS area_code, min(village_code) AS village_code, min(desil) AS desil
FROM register GROUP BY household_id`;

const INDEX = `CREATE OR REPLACE TABLE register_ix AS
SELECT r.payment_id, h.hh, m.m, p.p, r.amount_rp
FROM register r JOIN register_households h USING (household_id) JOIN register_programmes p USING (programme_id)
  JOIN register_months m USING (month)`;

// Two payments of one kind in a month need two rows of the household in that month, whatever the
// kinds are: about a fifth of the register, so the same-kind check groups these rows only.
const SHARED_MONTHS = `CREATE OR REPLACE TABLE register_shared_months AS
SELECT * FROM register_ix SEMI JOIN (SELECT hh, m FROM register_ix GROUP BY hh, m HAVING count(*) > 1) USING (hh, m)`;

// The by-district denominators, counted on the register itself (a household counts in every district it has rows in).
const DISTRICTS = `CREATE OR REPLACE TABLE register_districts AS
SELECT area_code, count(DISTINCT household_id)::INTEGER AS households FROM register GROUP BY area_code`;

const STEPS: readonly [table: string, sql: string][] = [
  ['register_programmes', PROGRAMMES],
  ['register_months', MONTHS],
  ['register_households', HOUSEHOLDS],
  ['register_ix', INDEX],
  ['register_shared_months', SHARED_MONTHS],
  ['register_districts', DISTRICTS],
];

/** The tables the statements build, in the order they are built. */
export const OVERLAP_INDEX_TABLES: readonly string[] = STEPS.map(([table]) => table);

/**
 * The statements to run, in order, after every register load and before the overlap check: they build
 * `register_programmes`, `register_months`, `register_households` (hh -> household_id, area_code,
 * village_code, desil), `register_ix` (payment_id, hh, m, p, amount_rp), `register_shared_months`
 * and `register_districts`. None depends on programme kinds or overlap rules, so editing those
 * re-runs the check without them. `loaded`: tables the register's load already brought, built by these
 * very statements on this very register (the bundled database file's); they are not built again.
 */
export function overlapPrepareSqls(loaded: readonly string[] = []): string[] {
  return STEPS.filter(([table]) => !loaded.includes(table)).map(([, sql]) => sql);
}
