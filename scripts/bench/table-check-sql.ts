// Bench-only SQL (the app's statements live in src/queries/; these only check and exercise the bench data).

/** Row count and an order-independent hash of every row of a table, to prove two readers loaded the same data. */
export function tableCheckSql(table: string): string {
  return `SELECT count(*)::INTEGER AS rows, coalesce(bit_xor(hash(t)), 0)::VARCHAR AS fingerprint FROM "${table}" AS t`;
}

/** A table's column names and types in one string. */
export function tableTypesSql(table: string): string {
  return `SELECT string_agg(column_name || ' ' || column_type, ', ') AS types FROM (DESCRIBE "${table}")`;
}

/** An aggregation over the synthetic payments: the kind of query a large upload would get. */
export const SYNTHETIC_QUERY_SQL = `SELECT district_code, programme, count(*)::INTEGER AS payments,
  count(DISTINCT household_id)::INTEGER AS households, round(sum(amount), 2) AS total
FROM synthetic GROUP BY district_code, programme ORDER BY district_code, programme`;

/** The engine's DuckDB version and the number of threads it runs queries on. */
export const ENGINE_INFO_SQL = `SELECT version() AS version, current_setting('threads')::INTEGER AS threads`;
