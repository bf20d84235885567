/**
 * A row version as PostgreSQL itself stamps it: the writing transaction and the physical place
 * change with every update, so nothing has to maintain it. `alias` is the table's alias.
 */
export const rowVersion = (alias: string): string => `(${alias}.xmin::text || ':' || ${alias}.ctid::text)`;

/** A row as an index query just saw it: enough to know whether a kept record is current. */
export interface RowStamp {
  id: string;
  version: string;
}

export interface VersionedRecord<T> extends RowStamp {
  record: T;
}

/**
 * Records parsed once and kept while their row does not change. Queries that find candidates
 * return only ids and row versions; records that changed (or were never read here) are read in
 * one query. The version is checked on every use, by every instance, so a kept record is never
 * stale; the least recently read go first when the cache is full.
 */
export class RowVersionCache<T> {
  private readonly records = new Map<string, VersionedRecord<T>>();

  constructor(
    private readonly load: (ids: string[]) => Promise<VersionedRecord<T>[]>,
    private readonly capacity = 200_000,
  ) {}

  async resolve(stamps: readonly RowStamp[]): Promise<T[]> {
    const stale = stamps.filter((stamp) => this.records.get(stamp.id)?.version !== stamp.version).map((stamp) => stamp.id);
    if (stale.length) {
      for (const loaded of await this.load(stale)) {
        this.records.delete(loaded.id); // re-inserted last: the Map's order is least recently read first
        this.records.set(loaded.id, loaded);
      }
      for (const id of this.records.keys()) {
        if (this.records.size <= this.capacity) break;
        this.records.delete(id);
      }
    }
    return stamps.flatMap((stamp) => {
      const kept = this.records.get(stamp.id);
      return kept ? [kept.record] : [];
    });
  }
}
