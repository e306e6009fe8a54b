import { getContext, setContext } from 'svelte';
import type { Session } from './session.svelte.ts';

const KEY = Symbol('pantau-session');

/** Makes the page's session available to every view below the shell. */
export function provideSession(session: Session): void {
  setContext(KEY, session);
}

/** The page's session (set once by the shell; it never changes). */
export function useSession(): Session {
  const session = getContext<Session | undefined>(KEY);
  if (!session) throw new Error('No session: views must be rendered inside the app shell');
  return session;
}
