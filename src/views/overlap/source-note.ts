/** The sources under a block and the vintage line, as SourceList shows them. */
export interface SourceNote {
  sources: string[];
  vintage?: string;
}
