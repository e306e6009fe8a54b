// Who may import whom in src/ (the layering each src/*/README.md describes), as ESLint rules:
// a file in a layer that imports a layer it may not fails `npm run lint`.
// tests/unit/build/layer-rules.test.ts proves each rule fires on a forbidden import.

/** Every folder of src/ that is a layer. */
export const LAYERS = ['views', 'charts', 'components', 'state', 'queries', 'data', 'domain', 'i18n'];

/** For each layer, the app layers it must not import (views may import anything below them). */
export const FORBIDDEN = {
  charts: ['views', 'components', 'state', 'queries', 'data', 'domain', 'i18n'],
  components: ['views', 'state', 'queries', 'data'],
  state: ['views', 'charts', 'components', 'queries', 'data', 'domain', 'i18n'],
  queries: ['views', 'charts', 'components', 'state', 'data', 'domain', 'i18n'],
  domain: ['views', 'charts', 'components', 'state', 'queries', 'data', 'i18n'],
  i18n: ['views', 'charts', 'components', 'state', 'queries', 'data', 'domain'],
  data: ['views', 'charts', 'components', 'state', 'i18n'],
};

/** Outside packages a layer must not import: only data/ talks to the engines. */
const ENGINES = [
  '@duckdb/*',
  'apache-arrow',
  'arquero',
  'parquet-wasm',
  'parquet-wasm/*',
  'read-excel-file',
  'read-excel-file/*',
];
const FORBIDDEN_PACKAGES = {
  charts: ENGINES,
  components: ENGINES,
  state: [...ENGINES, 'd3', 'd3-*'],
  queries: [...ENGINES, 'd3', 'd3-*'],
  domain: [...ENGINES, 'd3', 'd3-*'],
  i18n: ENGINES,
};

/** Patterns matching a relative import of `layer` from anywhere inside src/<from>/. */
function layerPatterns(layer) {
  return [`../${layer}`, `../${layer}/*`, `../../${layer}`, `../../${layer}/*`, `../../../${layer}/*`];
}

/** One flat-config block per layer with a `no-restricted-imports` rule naming why. */
export const layerRules = Object.keys(FORBIDDEN).map((from) => ({
  files: [`src/${from}/**/*.ts`, `src/${from}/**/*.svelte`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...FORBIDDEN[from].map((layer) => ({
            group: layerPatterns(layer),
            message: `src/${from}/ may not import src/${layer}/ (layers: see src/${from}/README.md).`,
          })),
          ...(FORBIDDEN_PACKAGES[from] ?? []).map((pkg) => ({
            group: [pkg],
            message: `src/${from}/ may not import ${pkg}: only data/ talks to the engines; d3 belongs to charts, views and formatting.`,
          })),
        ],
      },
    ],
  },
}));
