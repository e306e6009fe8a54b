/**
 * Statements run once on every new connection. Extension autoloading is off so that a query
 * needing a missing extension fails at once instead of trying to download it (no outside request).
 */
export const ENGINE_SETTINGS_SQL = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
].join(';\n');
