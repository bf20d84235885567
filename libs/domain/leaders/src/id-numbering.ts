/** Numbers ids 0, 1, 2… in order of first appearance: `ids[n]` is the id numbered n. */
export class IdNumbering {
  readonly ids: string[] = [];
  readonly numbers = new Map<string, number>();

  numberOf(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.numbers.set(id, n);
      this.ids.push(id);
    }
    return n;
  }
}
