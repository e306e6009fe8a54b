import type { Lang } from '../i18n/format.ts';

/** Kutai Kartanegara's BPS code: the district the mission starts from, and the page the navigation opens. */
export const KUKAR = '6403';

/** The link of an area's page (`?view=district&area=6403`), in the language shown; followed without reloading (data-nav). */
export function districtHref(areaCode: string, lang: Lang): string {
  return `?view=district&area=${encodeURIComponent(areaCode)}&lang=${lang}`;
}
