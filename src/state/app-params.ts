import { enumParam, intParam } from './url-param.ts';

/** The pages of the app. */
export const VIEWS = ['overview', 'kukar', 'districts'] as const;
export type ViewId = (typeof VIEWS)[number];

/** The parameters a share link records: only what the user chose. */
export const PARAMS = {
  view: enumParam<ViewId>('view', VIEWS, 'overview'),
  lang: enumParam('lang', ['id', 'en'] as const, 'id'),
  base: intParam('base', 2000, 2100, null),
  bundle: enumParam('bundle', ['default', 'csv', 'parquet'] as const, 'default'),
};
