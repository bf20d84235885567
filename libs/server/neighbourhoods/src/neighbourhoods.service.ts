import { Injectable } from '@nestjs/common';
import type { AreaGeometry, CellId, LatLng } from '@relais/domain-geo';
import {
  GeometryError,
  cellOf,
  coverArea,
  outerRing,
  parseAreaGeometry,
  validateAreaGeometry,
} from '@relais/domain-geo';
import type { FieldError } from '@relais/domain-people';
import { fieldError } from '@relais/domain-people';
import { assertValid } from '@relais/server-shared';
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { NeighbourhoodCache } from './neighbourhood-cache';
import { Neighbourhood } from './neighbourhood.entity';

export interface NewNeighbourhood {
  name: string;
  city: string;
  code?: string | null;
  /** GeoJSON geometry: JSON text as the API receives it, or an already parsed object. */
  boundary: unknown;
}

/**
 * Real boundaries digitised by different hands overlap by a sliver; a larger overlap means the
 * boundary is wrong (or already imported under another name).
 */
const MAX_OVERLAP_SHARE = 0.1;

@Injectable()
export class NeighbourhoodsService {
  private readonly cache: NeighbourhoodCache;

  constructor(private readonly db: DataSource) {
    this.cache = new NeighbourhoodCache(db);
  }

  list(): Promise<Neighbourhood[]> {
    return this.db.getRepository(Neighbourhood).find({ order: { city: 'ASC', name: 'ASC' } });
  }

  findById(id: string): Promise<Neighbourhood | null> {
    return this.db.getRepository(Neighbourhood).findOneBy({ id });
  }

  async existingIds(ids: string[]): Promise<string[]> {
    const found = await this.db.getRepository(Neighbourhood).findBy(ids.map((id) => ({ id })));
    return found.map((n) => n.id);
  }

  /** The neighbourhood whose cells hold the point's cell: one primary-key probe. */
  async at(point: LatLng): Promise<Neighbourhood | null> {
    const id = await this.idAtCell(cellOf(point));
    return id ? this.findById(id) : null;
  }

  async idAtCell(cell: CellId, manager: EntityManager = this.db.manager): Promise<string | null> {
    const rows: { neighbourhood_id: string }[] = await manager.query(
      'SELECT neighbourhood_id FROM neighbourhood_cell WHERE cell = $1',
      [cell],
    );
    return rows[0]?.neighbourhood_id ?? null;
  }

  /** Every neighbourhood's id, by city then name (as `list`), from the in-memory snapshot. */
  async cachedIds(): Promise<string[]> {
    const all = [...(await this.cache.get()).byId.values()];
    all.sort((a, b) => a.city.localeCompare(b.city) || a.name.localeCompare(b.name));
    return all.map((n) => n.id);
  }

  /** Neighbours of each neighbourhood, from the in-memory snapshot. */
  createAdjacencyLoader(): DataLoader<string, string[]> {
    return new DataLoader(async (ids) => {
      const snapshot = await this.cache.get(ids);
      return ids.map((id) => [...(snapshot.adjacency.get(id) ?? [])]);
    });
  }

  /** Neighbourhoods by id (Person.neighbourhood, HelpRequest.neighbourhood), from the in-memory snapshot. */
  createLoader(): DataLoader<string, Neighbourhood | null> {
    return new DataLoader(async (ids) => {
      const snapshot = await this.cache.get(ids);
      return ids.map((id) => snapshot.byId.get(id) ?? null);
    });
  }

  async create(input: NewNeighbourhood): Promise<Neighbourhood> {
    const geometry = this.checkNew(input);
    return this.db.transaction(async (manager) => {
      // Creations are rare; one at a time keeps the cell ownership check honest.
      await manager.query('LOCK TABLE neighbourhood_cell IN SHARE ROW EXCLUSIVE MODE');
      const name = input.name.trim();
      const city = input.city.trim();
      const taken = await manager.getRepository(Neighbourhood).existsBy({ name, city });
      if (taken) assertValid([fieldError('name', `is already used by a neighbourhood of ${city}`)]);
      const cover = coverArea(geometry);
      const owners = await this.owners(manager, cover);
      const overlap = cover.filter((cell) => owners.has(cell));
      if (overlap.length > cover.length * MAX_OVERLAP_SHARE || overlap.length === cover.length) {
        const names = await this.namesOf(manager, [...new Set(overlap.map((cell) => owners.get(cell) as string))]);
        assertValid([fieldError('boundary', `overlaps ${names.join(', ')} on ${overlap.length} of ${cover.length} cells`)]);
      }
      const neighbourhood = await manager.getRepository(Neighbourhood).save({
        name,
        city,
        code: input.code?.trim() || null,
        boundary: geometry,
      });
      const own = cover.filter((cell) => !owners.has(cell));
      await manager.query(
        'INSERT INTO neighbourhood_cell (cell, neighbourhood_id) SELECT unnest($1::bigint[]), $2',
        [own, neighbourhood.id],
      );
      await this.linkAdjacent(manager, neighbourhood.id, own, overlap.map((cell) => owners.get(cell) as string));
      // People who signed up before their quartier existed now belong to it.
      await manager.query(
        'UPDATE person SET neighbourhood_id = $1 WHERE neighbourhood_id IS NULL AND home_cell = ANY($2::bigint[])',
        [neighbourhood.id, own],
      );
      return neighbourhood;
    }).finally(() => this.cache.invalidate());
  }

  private checkNew(input: NewNeighbourhood): AreaGeometry {
    const errors: FieldError[] = [];
    if (!input.name.trim() || input.name.trim().length > 200) errors.push(fieldError('name', 'must have 1 to 200 characters'));
    if (!input.city.trim() || input.city.trim().length > 200) errors.push(fieldError('city', 'must have 1 to 200 characters'));
    let geometry: AreaGeometry | null = null;
    try {
      geometry =
        typeof input.boundary === 'string' ? parseAreaGeometry(input.boundary) : validateAreaGeometry(input.boundary);
    } catch (error) {
      if (!(error instanceof GeometryError)) throw error;
      errors.push(fieldError('boundary', error.message));
    }
    assertValid(errors);
    return geometry as AreaGeometry;
  }

  private async owners(manager: EntityManager, cells: CellId[]): Promise<Map<CellId, string>> {
    const rows: { cell: string; neighbourhood_id: string }[] = await manager.query(
      'SELECT cell, neighbourhood_id FROM neighbourhood_cell WHERE cell = ANY($1::bigint[])',
      [cells],
    );
    return new Map(rows.map((row) => [row.cell, row.neighbourhood_id]));
  }

  private async namesOf(manager: EntityManager, ids: string[]): Promise<string[]> {
    const found = await manager.getRepository(Neighbourhood).findBy(ids.map((id) => ({ id })));
    return found.map((n) => n.name);
  }

  /** Two neighbourhoods are adjacent when a cell of one touches a cell of the other. */
  private async linkAdjacent(manager: EntityManager, id: string, own: CellId[], alsoTouching: string[]): Promise<void> {
    const touching = await this.owners(manager, outerRing(own));
    const adjacent = [...new Set([...touching.values(), ...alsoTouching])].filter((other) => other !== id);
    if (!adjacent.length) return;
    await manager.query(
      `INSERT INTO neighbourhood_adjacency (neighbourhood_id, adjacent_id)
       SELECT $1::uuid, unnest($2::uuid[]) UNION ALL SELECT unnest($2::uuid[]), $1::uuid
       ON CONFLICT DO NOTHING`,
      [id, adjacent],
    );
  }
}
