/** duckdb-wasm's open() options: integers and decimals come back as JS numbers. */
export const ENGINE_OPEN_CONFIG = {
  query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: true },
} as const;
