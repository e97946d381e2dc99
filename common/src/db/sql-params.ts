/**
 * The parameters of one statement built from pieces that different repositories write (a CTE each):
 * every piece adds its values and writes the placeholder it gets back, so numbering never clashes.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value; answers its placeholder (`$1`, `$2`, …). */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
