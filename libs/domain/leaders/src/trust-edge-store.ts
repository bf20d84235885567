import type { GiverColumns } from './giver-standing';
import { giverColumns } from './giver-standing';
import { ENDORSEMENT, HELP } from './interaction-kinds';
import type { InteractionColumns } from './leader-columns';
import { interactionColumns } from './leader-columns';

/** One interaction, as a change log states it. */
export interface InteractionEdge {
  kind: number;
  source: number;
  target: number;
  /** Epoch milliseconds. */
  at: number;
  /** 0 when there is none. */
  rating: number;
}

const NONE = -1;
/** The kind of a removed edge's slot: never a real kind. */
const REMOVED = 0;

/**
 * A city's interactions, kept between recomputations and changed edge by edge as the database's
 * change log says, with each person's incoming edges linked: a neighbourhood's part of the graph
 * is then read from memory, not from tens of thousands of rows. Removed edges leave their slot
 * empty; edges are a multiset (two identical helps are two edges, and removing one keeps the other).
 */
export class TrustEdgeStore {
  private kinds: Uint8Array;
  private sources: Int32Array;
  private targets: Int32Array;
  private ats: Float64Array;
  private ratings: Uint8Array;
  /** The next edge into the same person, or NONE. */
  private nextIn: Int32Array;
  /** Per person, their last edge in, or NONE. */
  private firstIn: Int32Array;
  /** Per person, what their record (`GiverRecord`) is counted from: helps given and thanked, endorsements given. */
  private helped: Int32Array;
  private thanked: Int32Array;
  private endorsing: Int32Array;
  private slots = 0;
  private live = 0;
  private marked = new Uint8Array(0);

  constructor(expected = 1024, people = 1024) {
    const room = Math.max(16, expected);
    this.kinds = new Uint8Array(room);
    this.sources = new Int32Array(room);
    this.targets = new Int32Array(room);
    this.ats = new Float64Array(room);
    this.ratings = new Uint8Array(room);
    this.nextIn = new Int32Array(room);
    this.firstIn = new Int32Array(Math.max(16, people)).fill(NONE);
    this.helped = new Int32Array(this.firstIn.length);
    this.thanked = new Int32Array(this.firstIn.length);
    this.endorsing = new Int32Array(this.firstIn.length);
  }

  /**
   * The store of some columns, their edges laid out person by person: a person's edges in are then
   * next to each other, and reading a neighbourhood's tens of thousands walks memory in order
   * instead of jumping across the whole city's.
   */
  static of(columns: InteractionColumns, people: number): TrustEdgeStore {
    const store = new TrustEdgeStore(columns.count, people);
    const starts = new Int32Array(people + 1);
    for (let e = 0; e < columns.count; e++) {
      const next = (columns.target[e] as number) + 1;
      starts[next] = (starts[next] as number) + 1;
    }
    for (let p = 0; p < people; p++) starts[p + 1] = (starts[p + 1] as number) + (starts[p] as number);
    for (let e = 0; e < columns.count; e++) {
      const k = (starts[columns.target[e] as number] as number)++;
      store.kinds[k] = columns.kind[e] as number;
      store.sources[k] = columns.source[e] as number;
      store.targets[k] = columns.target[e] as number;
      store.ats[k] = columns.at[e] as number;
      store.ratings[k] = columns.rating[e] as number;
      store.count(k, 1);
    }
    // Each person's slots, linked in order; `starts[p]` is now where p's slots end.
    for (let p = 0, first = 0; p < people; p++) {
      const end = starts[p] as number;
      if (end > first) store.firstIn[p] = first;
      for (let k = first; k < end; k++) store.nextIn[k] = k + 1 < end ? k + 1 : NONE;
      first = end;
    }
    store.slots = store.live = columns.count;
    return store;
  }

  get size(): number {
    return this.live;
  }

  /** The share of slots left empty by removals. */
  get holes(): number {
    return this.slots === 0 ? 0 : (this.slots - this.live) / this.slots;
  }

  add(edge: InteractionEdge): void {
    if (this.slots === this.kinds.length) this.growEdges();
    const people = Math.max(edge.source, edge.target) + 1;
    if (people > this.firstIn.length) this.growPeople(people);
    const e = this.slots++;
    this.kinds[e] = edge.kind;
    this.sources[e] = edge.source;
    this.targets[e] = edge.target;
    this.ats[e] = edge.at;
    this.ratings[e] = edge.rating;
    this.nextIn[e] = this.firstIn[edge.target] as number;
    this.firstIn[edge.target] = e;
    this.live++;
    this.count(e, 1);
  }

  /** Removes one edge equal to `edge`; false if there is none. */
  remove(edge: InteractionEdge): boolean {
    if (edge.target >= this.firstIn.length) return false;
    for (let e = this.firstIn[edge.target] as number; e !== NONE; e = this.nextIn[e] as number) {
      if (this.kinds[e] === edge.kind && this.sources[e] === edge.source && this.ats[e] === edge.at && this.ratings[e] === edge.rating) {
        this.count(e, -1);
        this.kinds[e] = REMOVED;
        this.live--;
        return true;
      }
    }
    return false;
  }

  /** Every edge, in columns of their own. */
  all(): InteractionColumns {
    const columns = interactionColumns(this.live);
    let n = 0;
    for (let e = 0; e < this.slots; e++) if (this.kinds[e] !== REMOVED) this.copy(e, columns, n++);
    return columns;
  }

  /**
   * A neighbourhood's part of the graph, as `neighbourhoodTrustNetwork` follows it: the edges into
   * its volunteers (people numbers), then the edges into everyone those come from.
   */
  around(volunteers: ArrayLike<number>): InteractionColumns {
    const marked = this.marks();
    const people: number[] = [];
    let into = new Int32Array(1024);
    let found = 0;
    const collect = (person: number) => {
      if (person >= this.firstIn.length || marked[person]) return;
      marked[person] = 1;
      people.push(person);
      for (let e = this.firstIn[person] as number; e !== NONE; e = this.nextIn[e] as number) {
        if (this.kinds[e] === REMOVED) continue;
        if (found === into.length) {
          const grown = new Int32Array(into.length * 2);
          grown.set(into);
          into = grown;
        }
        into[found++] = e;
      }
    };
    for (let v = 0; v < volunteers.length; v++) collect(volunteers[v] as number);
    // The voters: whoever an edge into a volunteer comes from.
    for (let k = 0, own = found; k < own; k++) collect(this.sources[into[k] as number] as number);
    for (const person of people) marked[person] = 0;
    const columns = interactionColumns(found);
    for (let n = 0; n < found; n++) this.copy(into[n] as number, columns, n);
    return columns;
  }

  /**
   * The records (`GiverRecord`) of some people, those who have done something, from the whole graph:
   * what the signals they give in a part of it are weighed by.
   */
  givers(people: readonly number[]): GiverColumns {
    const rows: [person: number, helped: number, thanked: number, vouched: number][] = [];
    for (const person of people) {
      if (person >= this.firstIn.length) continue;
      let vouched = 0;
      for (let e = this.firstIn[person] as number; e !== NONE; e = this.nextIn[e] as number) {
        const endorser = this.sources[e] as number;
        if (this.kinds[e] === ENDORSEMENT && endorser !== person && this.tookPart(endorser)) vouched += 1 / (this.endorsing[endorser] as number);
      }
      const [helped, thanked] = [this.helped[person] as number, this.thanked[person] as number];
      if (helped + thanked + vouched > 0) rows.push([person, helped, thanked, vouched]);
    }
    const columns = giverColumns(rows.length);
    rows.forEach(([person, helped, thanked, vouched], row) => {
      columns.person[row] = person;
      columns.helped[row] = helped;
      columns.thanked[row] = thanked;
      columns.vouched[row] = vouched;
    });
    return columns;
  }

  private tookPart(person: number): boolean {
    return (this.helped[person] as number) > 0 || (this.thanked[person] as number) > 0;
  }

  /** Counts edge e into (+1) or out of (−1) its ends' records; a person's help to themselves is no evidence. */
  private count(e: number, sign: number): void {
    const [source, target] = [this.sources[e] as number, this.targets[e] as number];
    if (source === target) return;
    if (this.kinds[e] === HELP) {
      this.helped[target] = (this.helped[target] as number) + sign;
      if ((this.ratings[e] as number) > 0) this.thanked[source] = (this.thanked[source] as number) + sign;
    } else if (this.kinds[e] === ENDORSEMENT) this.endorsing[source] = (this.endorsing[source] as number) + sign;
  }

  /** One flag per person, all clear: for a pass over some of them, which clears those it set. */
  private marks(): Uint8Array {
    if (this.marked.length < this.firstIn.length) this.marked = new Uint8Array(this.firstIn.length);
    return this.marked;
  }

  private copy(e: number, columns: InteractionColumns, n: number): void {
    columns.kind[n] = this.kinds[e] as number;
    columns.source[n] = this.sources[e] as number;
    columns.target[n] = this.targets[e] as number;
    columns.at[n] = this.ats[e] as number;
    columns.rating[n] = this.ratings[e] as number;
  }

  private growEdges(): void {
    const room = this.kinds.length * 2;
    const grow = <A extends Uint8Array | Int32Array | Float64Array>(array: A, make: (n: number) => A): A => {
      const next = make(room);
      next.set(array);
      return next;
    };
    this.kinds = grow(this.kinds, (n) => new Uint8Array(n));
    this.sources = grow(this.sources, (n) => new Int32Array(n));
    this.targets = grow(this.targets, (n) => new Int32Array(n));
    this.ats = grow(this.ats, (n) => new Float64Array(n));
    this.ratings = grow(this.ratings, (n) => new Uint8Array(n));
    this.nextIn = grow(this.nextIn, (n) => new Int32Array(n));
  }

  private growPeople(needed: number): void {
    const size = Math.max(needed, this.firstIn.length * 2);
    const next = new Int32Array(size).fill(NONE);
    next.set(this.firstIn);
    this.firstIn = next;
    const grown = (counts: Int32Array) => {
      const more = new Int32Array(size);
      more.set(counts);
      return more;
    };
    [this.helped, this.thanked, this.endorsing] = [grown(this.helped), grown(this.thanked), grown(this.endorsing)];
  }
}
