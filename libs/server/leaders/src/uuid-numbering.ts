import { int32At } from './binary-copy';

/**
 * Numbers uuids 0, 1, 2… in order of first appearance, reading their 16 bytes where they lie (a
 * binary COPY): an open-addressing hash table over typed arrays, so that numbering the two ends
 * of a million interactions makes no string and no Map entry.
 */
export class UuidNumbering {
  /** Four 32-bit words per number, in order: to name numbers back. */
  private words: Int32Array;
  /**
   * The table: per slot its uuid's four words, then number + 1 (0: empty), padded to 32 bytes so
   * that a lookup reads one cache line. A power of two of slots, at most half full.
   */
  private slots: Int32Array;
  private count = 0;

  /** `expected`: how many uuids to make room for at once (the table grows past it if need be). */
  constructor(expected = 1024) {
    const room = Math.max(1024, expected);
    this.words = new Int32Array(4 * room);
    this.slots = new Int32Array(SLOT * 2 ** Math.ceil(Math.log2(2 * room)));
  }

  get size(): number {
    return this.count;
  }

  /** Makes room for `expected` uuids in all at once: a table grown step by step is rebuilt at every step. */
  reserve(expected: number): void {
    while (2 * expected > this.slots.length / SLOT) this.rehash();
    if (4 * expected > this.words.length) this.words = grownTo(this.words, 4 * expected);
  }

  /** The number of the uuid in `bytes` at `at`, given one if it has none yet. */
  numberAt(bytes: Buffer, at: number): number {
    const a = int32At(bytes, at);
    const b = int32At(bytes, at + 4);
    const c = int32At(bytes, at + 8);
    const d = int32At(bytes, at + 12);
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    for (let slot = hash(a, b, c, d) & mask; ; slot = (slot + 1) & mask) {
      const s = slot * SLOT;
      const entry = slots[s + 4] as number;
      if (entry === 0) {
        const number = this.count++;
        slots[s] = a;
        slots[s + 1] = b;
        slots[s + 2] = c;
        slots[s + 3] = d;
        slots[s + 4] = number + 1;
        this.store(number, a, b, c, d);
        if (this.count * 2 > slots.length / SLOT) this.rehash();
        return number;
      }
      if (slots[s] === a && slots[s + 1] === b && slots[s + 2] === c && slots[s + 3] === d) return entry - 1;
    }
  }

  /** The number of a uuid written as text. */
  numberOf(id: string): number {
    return this.numberAt(Buffer.from(id.replace(/-/g, ''), 'hex'), 0);
  }

  /** The uuid of a number, as text (8-4-4-4-12). */
  idOf(number: number): string {
    if (!(number >= 0 && number < this.count)) throw new RangeError(`no uuid numbered ${number}`);
    const bytes = Buffer.allocUnsafe(16);
    for (let i = 0; i < 4; i++) bytes.writeInt32BE(this.words[number * 4 + i] as number, i * 4);
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  private store(number: number, a: number, b: number, c: number, d: number): void {
    if (number * 4 + 4 > this.words.length) this.words = grownTo(this.words, this.words.length * 2);
    const w = number * 4;
    this.words[w] = a;
    this.words[w + 1] = b;
    this.words[w + 2] = c;
    this.words[w + 3] = d;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length / SLOT - 1;
    for (let number = 0; number < this.count; number++) {
      const w = number * 4;
      let slot = hash(this.words[w] as number, this.words[w + 1] as number, this.words[w + 2] as number, this.words[w + 3] as number) & mask;
      while (slots[slot * SLOT + 4] !== 0) slot = (slot + 1) & mask;
      slots.set(this.words.subarray(w, w + 4), slot * SLOT);
      slots[slot * SLOT + 4] = number + 1;
    }
    this.slots = slots;
  }
}

function grownTo(words: Int32Array, length: number): Int32Array {
  const grown = new Int32Array(length);
  grown.set(words);
  return grown;
}

/** Int32 words per slot of the table. */
const SLOT = 8;

/** Mixes all 128 bits: ids need not be random (tests and imports use sequential ones). */
function hash(a: number, b: number, c: number, d: number): number {
  let h = Math.imul(a, 0x85ebca6b) ^ Math.imul(b, 0xc2b2ae35) ^ Math.imul(c, 0x27d4eb2f) ^ Math.imul(d, 0x165667b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}
