import { Injectable } from '@nestjs/common';
import type { HelpCategory } from '@relais/domain-people';
import { manyPer, onePer } from '@relais/server-shared';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { ScoreRow } from './leader-score.columns';
import { SCORE_COLUMNS, toLeaderScore } from './leader-score.columns';
import type { LeaderScorePoint, LeaderScorePage, LeaderScoreType } from './leader-score.type';
import { NeighbourhoodLeaders } from './leader-score.type';

const CURRENT_AMBASSADOR = `EXISTS (SELECT 1 FROM ambassador a
  WHERE a.person_id = s.person_id AND a.neighbourhood_id = s.neighbourhood_id AND a.demoted_at IS NULL)`;

export interface RankingFilter {
  /** Only volunteers who offer this kind of help. */
  category?: HelpCategory | null;
  /** true: only current ambassadors; false: only the others; null: everyone. */
  ambassadors?: boolean | null;
}

const asScores = (rows: ScoreRow[]) => rows.map(toLeaderScore);

/** Stored leader scores as organisers read them: rankings, one person's score, trends, the city's tops. */
@Injectable()
export class LeaderRankingsService {
  constructor(private readonly db: DataSource) {}

  async ranking(neighbourhoodId: string, first: number, offset = 0, filter: RankingFilter = {}): Promise<LeaderScorePage> {
    const conditions = ['s.neighbourhood_id = $1'];
    const params: unknown[] = [neighbourhoodId];
    if (filter.category) {
      params.push(filter.category);
      conditions.push(`EXISTS (SELECT 1 FROM volunteer_profile v WHERE v.person_id = s.person_id AND $${params.length} = ANY (v.skills))`);
    }
    if (filter.ambassadors != null) conditions.push(filter.ambassadors ? CURRENT_AMBASSADOR : `NOT ${CURRENT_AMBASSADOR}`);
    const where = conditions.join(' AND ');
    const rows: (ScoreRow & { total: number })[] = await this.db.query(
      `SELECT ${SCORE_COLUMNS}, count(*) OVER ()::int AS total FROM leader_score s
        WHERE ${where} ORDER BY s.rank LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, first, offset],
    );
    // Past the last page the window count has no row to ride on.
    const total = rows[0]?.total ?? (offset > 0 ? await this.count(where, params) : 0);
    return { items: asScores(rows.map(({ total: _, ...row }) => row)), total };
  }

  /** The contract's ranking: the first places, nothing else read. */
  async top(neighbourhoodId: string, first: number): Promise<LeaderScoreType[]> {
    const rows: ScoreRow[] = await this.db.query(
      `SELECT ${SCORE_COLUMNS} FROM leader_score s WHERE s.neighbourhood_id = $1 ORDER BY s.rank LIMIT $2`,
      [neighbourhoodId, first],
    );
    return asScores(rows);
  }

  /** Consenting volunteers who are not ambassadors yet, best first. */
  async suggested(neighbourhoodId: string, first: number): Promise<LeaderScoreType[]> {
    return (await this.ranking(neighbourhoodId, first, 0, { ambassadors: false })).items;
  }

  /** Where a person is ranked; they live in one neighbourhood, so at most one row. */
  async ofPerson(personId: string): Promise<LeaderScoreType | null> {
    const rows: ScoreRow[] = await this.db.query(
      `SELECT ${SCORE_COLUMNS} FROM leader_score s WHERE s.person_id = $1 ORDER BY s.computed_at DESC LIMIT 1`,
      [personId],
    );
    return asScores(rows)[0] ?? null;
  }

  async overview(neighbourhoodIds: readonly string[]): Promise<NeighbourhoodLeaders[]> {
    const [tops, counts] = await Promise.all([
      this.db.query(
        `SELECT ${SCORE_COLUMNS} FROM leader_score s WHERE s.neighbourhood_id = ANY ($1::uuid[]) AND s.rank <= 3 ORDER BY s.neighbourhood_id, s.rank`,
        [neighbourhoodIds],
      ) as Promise<ScoreRow[]>,
      this.db.query(
        `SELECT n.id, coalesce(v.volunteers, 0)::int AS volunteers, coalesce(v.consenting, 0)::int AS consenting,
                (SELECT count(*) FROM ambassador a WHERE a.neighbourhood_id = n.id AND a.demoted_at IS NULL)::int AS ambassadors
           FROM unnest($1::uuid[]) AS n(id)
           LEFT JOIN (SELECT v.neighbourhood_id, count(*) AS volunteers, count(*) FILTER (WHERE p.ranking_consent) AS consenting
                        FROM volunteer_profile v JOIN person p ON p.id = v.person_id
                       WHERE v.neighbourhood_id = ANY ($1::uuid[]) AND 'VOLUNTEER' = ANY (p.roles)
                       GROUP BY v.neighbourhood_id) v ON v.neighbourhood_id = n.id`,
        [neighbourhoodIds],
      ) as Promise<{ id: string; volunteers: number; consenting: number; ambassadors: number }[]>,
    ]);
    const topsBy = manyPer(neighbourhoodIds, asScores(tops), (row) => row.neighbourhoodId, (row) => row);
    const countsBy = onePer(neighbourhoodIds, counts, (row) => row.id);
    return neighbourhoodIds.map((id, i) =>
      Object.assign(new NeighbourhoodLeaders(), {
        neighbourhoodId: id,
        top: topsBy[i] ?? [],
        volunteers: countsBy[i]?.volunteers ?? 0,
        consenting: countsBy[i]?.consenting ?? 0,
        ambassadors: countsBy[i]?.ambassadors ?? 0,
      }),
    );
  }

  /** Day by day over the last `days` days, for many people of one request at once. */
  createHistoryLoader(days: number): DataLoader<string, LeaderScorePoint[]> {
    return new DataLoader(async (keys) => {
      const pairs = keys.map((key) => key.split(':') as [string, string]);
      const rows: (LeaderScorePoint & { key: string })[] = await this.db.query(
        `SELECT s.neighbourhood_id || ':' || s.person_id AS key, to_char(s.day, 'YYYY-MM-DD') AS day, s.score, s.rank
           FROM unnest($1::uuid[], $2::uuid[]) AS k(neighbourhood_id, person_id)
           JOIN leader_score_snapshot s ON s.neighbourhood_id = k.neighbourhood_id AND s.person_id = k.person_id
          WHERE s.day > current_date - $3::int
          ORDER BY s.day`,
        [pairs.map(([n]) => n), pairs.map(([, p]) => p), days],
      );
      return manyPer(keys, rows, (row) => row.key, ({ day, score, rank }) => ({ day, score, rank }));
    });
  }

  /** Who vouched for each person, newest first, the first `first` of each: one query for a whole list. */
  createEndorsersLoader(first: number): DataLoader<string, string[]> {
    return this.newestPerPerson(first, `SELECT endorsed_id AS key, endorser_id AS id, created_at FROM endorsement WHERE endorsed_id = ANY ($1::uuid[])`);
  }

  /** Who joined with each person's referral code, newest first, the first `first` of each. */
  createRecruitsLoader(first: number): DataLoader<string, string[]> {
    return this.newestPerPerson(first, `SELECT referred_by_id AS key, id, created_at FROM person WHERE referred_by_id = ANY ($1::uuid[])`);
  }

  private newestPerPerson(first: number, rows: string): DataLoader<string, string[]> {
    return new DataLoader(async (keys) => {
      const found: { key: string; id: string }[] = await this.db.query(
        `SELECT key, id FROM (SELECT r.*, row_number() OVER (PARTITION BY key ORDER BY created_at DESC, id) AS n FROM (${rows}) r) ranked
          WHERE n <= $2 ORDER BY key, n`,
        [keys, first],
      );
      return manyPer(keys, found, (row) => row.key, (row) => row.id);
    });
  }

  private async count(where: string, params: readonly unknown[]): Promise<number> {
    const rows: { total: number }[] = await this.db.query(`SELECT count(*)::int AS total FROM leader_score s WHERE ${where}`, [...params]);
    return rows[0]?.total ?? 0;
  }
}
