import type { ChipIcon } from '../../components/StatusChip.svelte';
import type { StatusClass } from '../../domain/types.ts';

/**
 * How each status is shown: an icon and a colour beside its word (the word is in the message
 * catalogues as `status.<class>`). Colours differ in lightness as well as hue.
 */
export const STATUS_STYLE: Record<StatusClass, { icon: ChipIcon; color: string }> = {
  achieved: { icon: 'check', color: '#1A7F37' },
  'on-track': { icon: 'arrow', color: '#0072B2' },
  'acceleration-needed': { icon: 'chevrons', color: '#A86A00' },
  'limited-progress': { icon: 'hourglass', color: '#D55E00' },
  deterioration: { icon: 'rising', color: '#B42318' },
  'insufficient-data': { icon: 'question', color: '#616E7C' },
  'target-year-past': { icon: 'cross', color: '#7B3F98' },
};
