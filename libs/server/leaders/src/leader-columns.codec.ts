import type { GiverColumns, InteractionColumns, InteractionKind, LeaderColumns, VolunteerColumns } from '@relais/domain-leaders';
import { giverColumns, interactionColumns, volunteerColumns } from '@relais/domain-leaders';
import type { BinaryCopyCursor } from './binary-copy';
import { BinaryCopyRows } from './binary-copy';
import { UuidNumbering } from './uuid-numbering';

/** The columns the graph reader's COPY statements send, in this order. */
export const VOLUNTEER_FIELDS = ['person', 'neighbourhood', 'consent', 'taken', 'completed', 'given back'] as const;
export const INTERACTION_FIELDS = ['kind', 'source', 'target', 'at', 'rating'] as const;

type Column = Int32Array | Float64Array | Uint8Array;
type Columns = { count: number } & object;
const arraysOf = (columns: Columns) => columns as unknown as Record<string, Column>;

/** The same columns, their arrays twice as long, the rows kept. */
function grown<T extends Columns>(columns: T, make: (count: number) => T): T {
  const next = make(columns.count * 2);
  for (const [name, array] of Object.entries(arraysOf(columns))) if (ArrayBuffer.isView(array)) arraysOf(next)[name]?.set(array);
  return next;
}

/** The columns cut to their first `rows` rows. */
function trimmed<T extends Columns>(columns: T, rows: number): T {
  const cut = { ...columns, count: rows };
  for (const [name, array] of Object.entries(arraysOf(columns))) if (ArrayBuffer.isView(array)) arraysOf(cut)[name] = array.subarray(0, rows);
  return cut;
}

/**
 * Builds a city's columns from two binary COPYs (fields as above) as their rows arrive, people
 * numbered as they come. Volunteers of neighbourhoods not in `neighbourhoodIds` are left out.
 */
export class LeaderColumnsDecoder {
  private readonly people: UuidNumbering;
  private readonly neighbourhoods = new UuidNumbering();
  private volunteers: VolunteerColumns = volunteerColumns(1024);
  private interactions: InteractionColumns;
  private volunteerCount = 0;
  private interactionCount = 0;
  private givers: GiverColumns = giverColumns(0);

  readonly volunteerRows = new BinaryCopyRows(VOLUNTEER_FIELDS.length, (row) => this.volunteer(row));
  readonly interactionRows = new BinaryCopyRows(INTERACTION_FIELDS.length, (row) => this.interaction(row));

  /**
   * `expectedInteractions`: room to make at once (the columns grow past it if need be); `people`:
   * numbers already given, to go on with (a graph kept in memory numbers people once for all its reads).
   */
  constructor(
    private readonly neighbourhoodIds: readonly string[],
    expectedInteractions = 64 * 1024,
    people?: UuidNumbering,
  ) {
    for (const id of neighbourhoodIds) this.neighbourhoods.numberOf(id);
    this.people = people ?? new UuidNumbering();
    this.interactions = interactionColumns(Math.max(1024, expectedInteractions));
  }

  columns(): LeaderColumns {
    const people = this.people;
    return {
      people: people.size,
      personId: (person) => people.idOf(person),
      neighbourhoodIds: this.neighbourhoodIds,
      volunteers: trimmed(this.volunteers, this.volunteerCount),
      interactions: trimmed(this.interactions, this.interactionCount),
      givers: this.givers,
    };
  }

  /** The givers' records (see `GiverRecord`), people by id: what the columns say of them, none until set. */
  giverRecords(records: readonly { id: string; helped: number; thanked: number; vouched: number }[]): void {
    const givers = giverColumns(records.length);
    records.forEach((record, row) => {
      givers.person[row] = this.people.numberOf(record.id);
      givers.helped[row] = record.helped;
      givers.thanked[row] = record.thanked;
      givers.vouched[row] = record.vouched;
    });
    this.givers = givers;
  }

  private volunteer(row: BinaryCopyCursor): void {
    const person = row.uuid() ? this.people.numberAt(row.bytes, row.at) : -1;
    const neighbourhood = row.uuid() ? this.neighbourhoods.numberAt(row.bytes, row.at) : -1;
    const consent = row.boolean() ? 1 : 0;
    const [taken, completed, givenBack] = [row.int32() ?? 0, row.int32() ?? 0, row.int32() ?? 0];
    if (person < 0 || neighbourhood < 0 || neighbourhood >= this.neighbourhoodIds.length) return;
    if (this.volunteerCount === this.volunteers.count) this.volunteers = grown(this.volunteers, volunteerColumns);
    const v = this.volunteers;
    const i = this.volunteerCount++;
    v.person[i] = person;
    v.neighbourhood[i] = neighbourhood;
    v.consent[i] = consent;
    v.taken[i] = taken;
    v.completed[i] = completed;
    v.givenBack[i] = givenBack;
  }

  private interaction(row: BinaryCopyCursor): void {
    const kind = row.int16() as InteractionKind;
    const source = row.uuid() ? this.people.numberAt(row.bytes, row.at) : -1;
    const target = row.uuid() ? this.people.numberAt(row.bytes, row.at) : -1;
    const at = row.timestampMs();
    const rating = row.int16() ?? 0;
    if (source < 0 || target < 0 || at === null) return;
    if (this.interactionCount === this.interactions.count) this.interactions = grown(this.interactions, interactionColumns);
    const e = this.interactions;
    const i = this.interactionCount++;
    e.kind[i] = kind;
    e.source[i] = source;
    e.target[i] = target;
    e.at[i] = at;
    e.rating[i] = rating;
  }
}
