/** What a key does in presentation mode. */
export type SlideMove = 'next' | 'prev' | 'first' | 'last' | 'exit';

// Presentation clickers send Page Up / Page Down (some send the arrows or B for a blank screen).
const MOVES: Record<string, SlideMove> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Backspace: 'prev',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
};

/** The move a key asks for in presentation mode, or null for a key the deck leaves alone. */
export function slideKey(key: string): SlideMove | null {
  return MOVES[key] ?? null;
}

/** The slide index after a move, kept within the deck (exit leaves it unchanged). */
export function moveSlide(index: number, move: SlideMove, count: number): number {
  if (move === 'first') return 0;
  if (move === 'last') return count - 1;
  if (move === 'next') return Math.min(count - 1, index + 1);
  if (move === 'prev') return Math.max(0, index - 1);
  return index;
}
