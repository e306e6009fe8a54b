/** A problem in a committed fact file, located precisely enough to fix by hand. */
export class FactError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: string,
    readonly reason: string,
  ) {
    super(`${file}, line ${line}, column ${column}: ${reason}`);
    this.name = 'FactError';
  }
}
