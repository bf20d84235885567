import type { LeaderColumns, LeaderSettings } from '@relais/domain-leaders';
import { ESTABLISHED_EVIDENCE, giverColumns, indexLeaderColumns, scoreIndexedNeighbourhood, signalGivers } from '@relais/domain-leaders';
import { LeaderGraphReader } from '@relais/server-leaders';
import type { DataSource } from 'typeorm';
import type { BenchClient } from './bench-client';
import { leaderSettingsService } from './leader-scenario';

const REFRESH = `mutation ($id: ID!) { refreshLeaderScores(neighbourhoodId: $id) }`;
const FRESH_ACCOUNTS = 25;
/** The fresh accounts' e-mails: a reserved domain, so that they are found and removed whatever happens. */
const FRESH_DOMAIN = 'fresh.bench.invalid';

interface StoredPlace {
  rank: number;
  ranked: number;
  score: number;
  /** The people ranked above, with their scores. */
  above: Map<string, number>;
}

/** Where a person stands in a neighbourhood's stored scores. */
async function storedPlace(db: DataSource, neighbourhoodId: string, personId: string): Promise<StoredPlace> {
  const rows: { id: string; rank: number; score: number }[] = await db.query(
    `SELECT person_id AS id, rank, score FROM leader_score WHERE neighbourhood_id = $1 ORDER BY rank`,
    [neighbourhoodId],
  );
  const own = rows.find((row) => row.id === personId);
  const rank = own?.rank ?? rows.length + 1;
  return { rank, ranked: rows.length, score: own?.score ?? 0, above: new Map(rows.filter((row) => row.rank < rank).map((row) => [row.id, row.score])) };
}

/** The rank scoring would give if every endorser and recruit counted as established: the model before giver standing. */
function rankIfEveryGiverCounted(columns: LeaderColumns, settings: LeaderSettings, personId: string): string {
  const givers = signalGivers(columns.interactions);
  const everyone = giverColumns(givers.length);
  givers.forEach((person, row) => {
    everyone.person[row] = person;
    everyone.helped[row] = ESTABLISHED_EVIDENCE;
  });
  const scores = scoreIndexedNeighbourhood(indexLeaderColumns({ ...columns, givers: everyone }, new Date(), settings), 0);
  return `${scores.find((score) => score.personId === personId)?.rank} of ${scores.length}`;
}

/**
 * Rigging a ranking with fresh accounts, on the synthetic city: the last-ranked volunteer of a
 * median-sized neighbourhood gets 25 new accounts that each endorse them and were recruited by them;
 * the neighbourhood is recomputed over GraphQL. The accounts are deleted afterwards (their edges go
 * with them) and the neighbourhood recomputed again.
 */
export async function runSybilScenario(api: BenchClient, db: DataSource, admin: string): Promise<void> {
  await db.query(`DELETE FROM person WHERE email LIKE $1`, [`%@${FRESH_DOMAIN}`]); // left by an interrupted run
  const sizes: { id: string }[] = await db.query(
    `SELECT neighbourhood_id AS id FROM leader_score GROUP BY 1 HAVING count(*) >= 5 ORDER BY count(*), 1`,
  );
  const neighbourhoodId = sizes[Math.floor(sizes.length / 2)]?.id;
  if (!neighbourhoodId) return;
  await api.query(REFRESH, { id: neighbourhoodId }, admin);
  const [target]: { id: string }[] = await db.query(`SELECT person_id AS id FROM leader_score WHERE neighbourhood_id = $1 ORDER BY rank DESC LIMIT 1`, [
    neighbourhoodId,
  ]);
  if (!target) return;
  const before = await storedPlace(db, neighbourhoodId, target.id);
  try {
    await db.transaction(async (tx) => {
      const fresh: { id: string }[] = await tx.query(
        `INSERT INTO person (email, password_hash, display_name, roles, home_lat, home_lng, home_cell, neighbourhood_id, referral_code, referred_by_id)
         SELECT 'fresh.' || i || '@${FRESH_DOMAIN}', '!', 'Fresh ' || i, ARRAY['RESIDENT'], t.home_lat, t.home_lng, t.home_cell, t.neighbourhood_id,
                'ZFRESH' || i, t.id
           FROM person t, generate_series(1, $2::int) i WHERE t.id = $1
         RETURNING id`,
        [target.id, FRESH_ACCOUNTS],
      );
      await tx.query(`INSERT INTO endorsement (endorser_id, endorsed_id) SELECT unnest($1::uuid[]), $2`, [fresh.map((row) => row.id), target.id]);
    });
    await api.query(REFRESH, { id: neighbourhoodId }, admin);
    const after = await storedPlace(db, neighbourhoodId, target.id);
    const passed = [...before.above].filter(([id]) => !after.above.has(id));
    const helped: { id: string }[] = await db.query(`SELECT person_id AS id FROM volunteer_profile WHERE person_id = ANY ($1::uuid[]) AND completed_count > 0`, [
      passed.map(([id]) => id),
    ]);
    const columns = await new LeaderGraphReader(db).neighbourhood(neighbourhoodId);
    const unweighed = rankIfEveryGiverCounted(columns, await leaderSettingsService(db).current(), target.id);
    const gaps = passed.map(([, score]) => (score - before.score).toFixed(3)).join(', ');
    console.log(
      `  ${FRESH_ACCOUNTS} fresh accounts endorsing and recruited by the last-ranked volunteer of a median neighbourhood: ` +
        `rank ${before.rank} of ${before.ranked} before, ${after.rank} after (score ${before.score.toFixed(3)} → ${after.score.toFixed(3)}), ` +
        `passing ${passed.length} volunteer(s), ${helped.length} with help done${passed.length ? `, who led by ${gaps}` : ''}\n` +
        `    every signal counted whole, as before giver standing: rank ${unweighed}`,
    );
  } finally {
    await db.query(`DELETE FROM person WHERE email LIKE $1`, [`%@${FRESH_DOMAIN}`]);
    await api.query(REFRESH, { id: neighbourhoodId }, admin);
  }
  console.log(`    the accounts deleted and the neighbourhood recomputed: rank ${(await storedPlace(db, neighbourhoodId, target.id)).rank}`);
}
