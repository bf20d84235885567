import type { LeaderFacts } from '@relais/domain-leaders';
import { LEADER_COMPONENTS } from '@relais/domain-leaders';
import { LeaderScoreType } from './leader-score.type';

/** Each fact's column in `leader_score`, and its type. */
export const FACT_COLUMNS: readonly { fact: keyof LeaderFacts; column: string; type: 'int' | 'float8' }[] = [
  { fact: 'windowDays', column: 'window_days', type: 'int' },
  { fact: 'helps', column: 'helps', type: 'int' },
  { fact: 'distinctResidents', column: 'distinct_residents', type: 'int' },
  { fact: 'meanRating', column: 'mean_rating', type: 'float8' },
  { fact: 'ratings', column: 'ratings', type: 'int' },
  { fact: 'endorsements', column: 'endorsements', type: 'int' },
  { fact: 'recruits', column: 'recruits', type: 'int' },
];

/** A `leader_score s` row as `toLeaderScore` takes it. */
export const SCORE_COLUMNS = `s.person_id AS "personId", s.neighbourhood_id AS "neighbourhoodId", s.rank, s.score,
  s.component_values AS "componentValues", s.component_weights AS "componentWeights",
  ${FACT_COLUMNS.map(({ fact, column }) => `s.${column} AS "${fact}"`).join(', ')}, s.computed_at AS "computedAt"`;

export type ScoreRow = Pick<LeaderScoreType, 'personId' | 'neighbourhoodId' | 'rank' | 'score' | 'computedAt'> &
  LeaderFacts & { componentValues: number[]; componentWeights: number[] };

/** Components are kept as values and weights in `LEADER_COMPONENTS` order. */
export function toLeaderScore(row: ScoreRow): LeaderScoreType {
  const { personId, neighbourhoodId, rank, score, computedAt, componentValues, componentWeights } = row;
  return Object.assign(new LeaderScoreType(), {
    personId,
    neighbourhoodId,
    rank,
    score,
    computedAt,
    components: LEADER_COMPONENTS.map((name, i) => ({ name, value: componentValues[i] ?? 0, weight: componentWeights[i] ?? 0 })),
    facts: Object.fromEntries(FACT_COLUMNS.map(({ fact }) => [fact, row[fact]])) as unknown as LeaderFacts,
  });
}
