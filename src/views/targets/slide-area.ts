import type { AreaFigure } from './targets-figures.ts';

/** The province's BPS code: the area a targets slide shows when its variant names no area with targets. */
export const PROVINCE_CODE = '64';

/** The area a targets slide shows: the one its variant names, else the province, else the first with targets. */
export function slideArea(areas: readonly AreaFigure[], variant: string | undefined): AreaFigure | null {
  return (
    areas.find((a) => a.areaCode === variant) ?? areas.find((a) => a.areaCode === PROVINCE_CODE) ?? areas[0] ?? null
  );
}
