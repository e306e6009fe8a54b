import type { shareId } from '../id/share.ts';

/** English messages of chart downloads, presentation mode and the printed report. */
export const shareEn: Record<keyof typeof shareId, string> = {
  'figure.downloads': 'Download',
  'figure.png': 'PNG image',
  'figure.svg': 'SVG image',
  'figure.csv': 'CSV data',
  'figure.link': 'Link',
  'figure.failed': 'Download failed: {error}',
  'app.documentTitle': 'Pantau — Poverty in East Kalimantan',
  'app.views': 'Views',
  'app.actions': 'Present and print',
  'present.start': 'Present',
  'share.copyLink': 'Copy link',
  'share.copied': 'Link copied: it opens this view exactly as it is now.',
  'share.copyFailed': 'The browser did not allow copying. The link: {link}',
  'present.label': 'Presentation mode',
  'present.exit': 'Exit (Esc)',
  'present.next': 'Next →',
  'present.prev': '← Previous',
  'present.position': 'Slide {n} of {total}',
  'present.slide': 'slide',
  'present.help': '← → or Page Up/Down: change slide · Esc: exit',
  'print.button': 'Print',
  'print.title': 'Pantau report: {view}',
  'print.printed': 'Printed {date}',
  'print.link': 'Link to this view',
};
