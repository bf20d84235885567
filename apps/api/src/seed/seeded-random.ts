/** A small, fast PRNG (mulberry32): the same seed gives the same city on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface Draw {
  random: () => number;
  int(max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  uuid(): string;
}

export function draw(seed: number): Draw {
  const random = seededRandom(seed);
  const int = (max: number) => Math.floor(random() * max);
  const hex = (n: number) => Array.from({ length: n }, () => int(16).toString(16)).join('');
  return {
    random,
    int,
    pick: <T>(items: readonly T[]) => items[int(items.length)] as T,
    chance: (probability) => random() < probability,
    // Version-4 layout from the seeded stream, so ids are reproducible too.
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + int(4)).toString(16)}${hex(3)}-${hex(12)}`,
  };
}
