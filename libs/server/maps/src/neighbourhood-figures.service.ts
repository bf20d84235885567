import { Injectable } from '@nestjs/common';
import { recruitingNeed, volunteersPerThousand } from '@relais/domain-help-requests';
import { DataSource } from 'typeorm';
import type { NeighbourhoodFigures } from './neighbourhood-figures.type';

interface FiguresRow {
  id: string;
  residents: number;
  volunteers: number;
  open_needs: number;
  stale_needs: number;
  ranked: number;
  ambassadors: number;
}

/** A need waiting longer than this is "unmatched for more than 48 h" on the map. */
const STALE_AFTER = '48 hours';

/**
 * Every figure of the city map in one statement: each count is one grouped pass over its table
 * (by the neighbourhood indexes), joined on the quartiers asked for, rather than a query per
 * quartier.
 */
@Injectable()
export class NeighbourhoodFiguresService {
  constructor(private readonly db: DataSource) {}

  /** `ids` null: every quartier (ADMIN). */
  async figures(ids: readonly string[] | null): Promise<NeighbourhoodFigures[]> {
    if (ids !== null && ids.length === 0) return [];
    const rows: FiguresRow[] = await this.db.query(
      `WITH scope AS (
         SELECT id, city, name FROM neighbourhood WHERE $1::uuid[] IS NULL OR id = ANY($1::uuid[])
       ),
       residents AS (
         SELECT neighbourhood_id, count(*)::int AS n FROM person
         WHERE neighbourhood_id IN (SELECT id FROM scope) GROUP BY neighbourhood_id
       ),
       volunteers AS (
         SELECT neighbourhood_id, count(*)::int AS n FROM volunteer_profile
         WHERE active AND neighbourhood_id IN (SELECT id FROM scope) GROUP BY neighbourhood_id
       ),
       needs AS (
         SELECT neighbourhood_id, count(*)::int AS open,
                count(*) FILTER (WHERE created_at < now() - $2::interval)::int AS stale
         FROM help_request WHERE status = 'OPEN' AND neighbourhood_id IN (SELECT id FROM scope)
         GROUP BY neighbourhood_id
       ),
       ranked AS (
         SELECT neighbourhood_id, count(*)::int AS n FROM leader_score
         WHERE neighbourhood_id IN (SELECT id FROM scope) GROUP BY neighbourhood_id
       ),
       ambassadors AS (
         SELECT neighbourhood_id, count(*)::int AS n FROM ambassador
         WHERE demoted_at IS NULL AND neighbourhood_id IN (SELECT id FROM scope) GROUP BY neighbourhood_id
       )
       SELECT s.id,
              COALESCE(r.n, 0) AS residents, COALESCE(v.n, 0) AS volunteers,
              COALESCE(h.open, 0) AS open_needs, COALESCE(h.stale, 0) AS stale_needs,
              COALESCE(l.n, 0) AS ranked, COALESCE(a.n, 0) AS ambassadors
       FROM scope s
       LEFT JOIN residents r ON r.neighbourhood_id = s.id
       LEFT JOIN volunteers v ON v.neighbourhood_id = s.id
       LEFT JOIN needs h ON h.neighbourhood_id = s.id
       LEFT JOIN ranked l ON l.neighbourhood_id = s.id
       LEFT JOIN ambassadors a ON a.neighbourhood_id = s.id
       ORDER BY s.city, s.name`,
      [ids, STALE_AFTER],
    );
    return rows.map((row) => ({
      neighbourhoodId: row.id,
      residents: row.residents,
      volunteers: row.volunteers,
      volunteersPerThousand: volunteersPerThousand(row.volunteers, row.residents),
      openNeeds: row.open_needs,
      staleNeeds: row.stale_needs,
      rankedVolunteers: row.ranked,
      ambassadors: row.ambassadors,
      recruitingNeed: recruitingNeed({ openNeeds: row.open_needs, staleNeeds: row.stale_needs, volunteers: row.volunteers }),
    }));
  }
}
