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
    // One lookup per stamp: hundreds per call, each hashing a fresh id string.
    const kept: (VersionedRecord<T> | undefined)[] = new Array(stamps.length);
    const stale: string[] = [];
    for (let i = 0; i < stamps.length; i++) {
      const stamp = stamps[i] as RowStamp;
      const record = this.records.get(stamp.id);
      if (record?.version === stamp.version) kept[i] = record;
      else stale.push(stamp.id);
    }
    if (stale.length) {
      const loaded = new Map<string, VersionedRecord<T>>();
      for (const record of await this.load(stale)) {
        loaded.set(record.id, record);
        this.records.delete(record.id); // re-inserted last: the Map's order is least recently read first
        this.records.set(record.id, record);
      }
      for (let i = 0; i < stamps.length; i++) if (!kept[i]) kept[i] = loaded.get((stamps[i] as RowStamp).id);
      for (const id of this.records.keys()) {
        if (this.records.size <= this.capacity) break;
        this.records.delete(id);
      }
    }
    const records: T[] = [];
    for (const record of kept) if (record) records.push(record.record);
    return records;
  }
}
