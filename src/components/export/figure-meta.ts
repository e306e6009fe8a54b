/**
 * What an exported chart image carries besides the chart: its title, the one-sentence summary, the
 * illustrative label (when the data is not real), the note, the sources with the data vintage, and
 * the link that reproduces the view. All texts arrive translated.
 */
export interface FigureMeta {
  title: string;
  summary: string;
  illustrative?: string;
  note?: string;
  sourcesLabel: string;
  sources: string[];
  vintage?: string;
  linkLabel: string;
  link: string;
}
