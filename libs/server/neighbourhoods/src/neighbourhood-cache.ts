import type { DataSource } from 'typeorm';
import { Neighbourhood } from './neighbourhood.entity';

export interface NeighbourhoodSnapshot {
  byId: ReadonlyMap<string, Neighbourhood>;
  adjacency: ReadonlyMap<string, readonly string[]>;
}

/** Long enough to spare nearly every request a read; short enough that another instance's new neighbourhood shows soon. */
const FRESH_MS = 60_000;

/**
 * Every neighbourhood with its boundary and neighbours, held in memory: nearly every request
 * reads them (a request's quartier, matching's "same or adjacent"), and they change a few
 * times a year. An id the snapshot lacks makes it reload at once.
 */
export class NeighbourhoodCache {
  private snapshot: { value: NeighbourhoodSnapshot; at: number } | null = null;
  private loading: Promise<NeighbourhoodSnapshot> | null = null;

  constructor(private readonly db: DataSource) {}

  async get(mustHave: readonly string[] = []): Promise<NeighbourhoodSnapshot> {
    const current = this.snapshot;
    const fresh = current && Date.now() - current.at < FRESH_MS && mustHave.every((id) => current.value.byId.has(id));
    if (fresh) return current.value;
    this.loading ??= this.load().finally(() => (this.loading = null));
    return this.loading;
  }

  invalidate(): void {
    this.snapshot = null;
  }

  private async load(): Promise<NeighbourhoodSnapshot> {
    const [all, links] = await Promise.all([
      this.db.getRepository(Neighbourhood).find(),
      this.db.query('SELECT neighbourhood_id, adjacent_id FROM neighbourhood_adjacency') as Promise<{ neighbourhood_id: string; adjacent_id: string }[]>,
    ]);
    const adjacency = new Map<string, string[]>();
    for (const link of links) {
      const neighbours = adjacency.get(link.neighbourhood_id) ?? [];
      if (!neighbours.length) adjacency.set(link.neighbourhood_id, neighbours);
      neighbours.push(link.adjacent_id);
    }
    const value = { byId: new Map(all.map((n) => [n.id, n])), adjacency };
    this.snapshot = { value, at: Date.now() };
    return value;
  }
}
