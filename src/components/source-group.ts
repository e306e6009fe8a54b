/** A link under a chart: where it goes and the short text shown for it. */
export interface SourceLink {
  href: string;
  label: string;
}

/** One release behind a chart, in words, with its links. */
export interface SourceItem {
  text: string;
  /** The release's own page, when known. */
  release?: SourceLink;
  /** Where the figures were read. */
  readAt: SourceLink[];
  readAtLabel: string;
  /** "press only" and the like, when the figures were not read on the publisher's own page. */
  mark?: string;
}

/** A publisher's releases behind a chart: one line, and the list one click away. */
export interface SourceGroup {
  summary: string;
  items: SourceItem[];
}
