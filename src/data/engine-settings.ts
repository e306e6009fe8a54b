/**
 * Statements run once on every new connection. Extension autoloading is off so that a query
 * needing a missing extension fails at once instead of trying to download it (no outside request).
 */
export const ENGINE_SETTINGS_SQL = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
].join(';\n');

/** duckdb-wasm's open() options: integers and decimals come back as JS numbers. */
export const ENGINE_OPEN_CONFIG = {
  query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: true },
} as const;
