import { getContext, setContext } from 'svelte';

const KEY = Symbol('pantau-presenting');

/** Marks everything below as a presentation slide: figures show their headline large and drop the table and downloads. */
export function setPresenting(): void {
  setContext(KEY, true);
}

/** Whether this component is drawn on a presentation slide. */
export function isPresenting(): boolean {
  return getContext<boolean | undefined>(KEY) ?? false;
}
