/** An attachment that marks the moment the first chart of the page is in the DOM (read by the bench). */
export function markFirstChart(): void {
  if (performance.getEntriesByName('pantau:first-chart').length === 0) performance.mark('pantau:first-chart');
}
