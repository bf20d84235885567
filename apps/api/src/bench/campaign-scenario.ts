import { CONSENT_WORDINGS, ConsentPurpose } from '@relais/domain-people';
import type { DataSource } from 'typeorm';
import type { BenchClient } from './bench-client';
import { Latencies, ms } from './latency';

const AMBASSADORS_PER_QUARTIER = 5;
const TITLE = 'Bench: campagne de toute la ville';
const CREATE = `mutation ($input: CampaignInput!) { createCampaign(input: $input) { id } }`;
const SEND = `mutation ($id: ID!) { sendCampaign(id: $id) { id status } }`;
const REPORT = `query ($id: ID!) { campaign(id: $id) { report { ambassadorsReached skippedAtCap linkVisits signUps activeSignUps }
  ambassadorReports { ambassador { id } reportedReach signUps activeSignUps } } }`;

/**
 * A campaign for every quartier of the city, sent to all their ambassadors, then its report:
 * the target is under 200 ms for each. The synthetic city has no ambassadors: once, the
 * five best ranked volunteers of each quartier become ambassadors with news consent (ledger rows,
 * as a profile's switch writes them). The campaign, its tasks and its mails are deleted
 * afterwards, so that the weekly cap leaves nobody out of the next run.
 */
export async function runCampaignScenario(api: BenchClient, db: DataSource, admin: string, rounds = 20): Promise<void> {
  await db.query(`DELETE FROM campaign WHERE title = $1`, [TITLE]);
  await db.query(
    `INSERT INTO ambassador (person_id, neighbourhood_id)
     SELECT s.person_id, s.neighbourhood_id FROM leader_score s
     WHERE s.rank <= $1 AND NOT EXISTS (SELECT 1 FROM ambassador a WHERE a.person_id = s.person_id AND a.neighbourhood_id = s.neighbourhood_id AND a.demoted_at IS NULL)`,
    [AMBASSADORS_PER_QUARTIER],
  );
  await db.query(
    `INSERT INTO consent_event (person_id, purpose, granted, wording_version, channel, actor_id)
     SELECT DISTINCT a.person_id, 'NEWS', true, $1, 'PROFILE', a.person_id FROM ambassador a JOIN person p ON p.id = a.person_id
     WHERE a.demoted_at IS NULL AND NOT p.news_consent`,
    [CONSENT_WORDINGS[ConsentPurpose.NEWS]],
  );
  const [city]: { ambassadors: number; quartiers: string[] }[] = await db.query(
    `SELECT (SELECT count(DISTINCT person_id) FROM ambassador WHERE demoted_at IS NULL)::int AS ambassadors,
            ARRAY(SELECT id::text FROM neighbourhood ORDER BY id) AS quartiers`,
  );
  const { ambassadors, quartiers } = city as { ambassadors: number; quartiers: string[] };
  const startedAt: Date = (await db.query(`SELECT clock_timestamp() AS at`))[0].at;
  const input = { title: TITLE, message: 'Samedi, collecte de livres devant chaque mairie d’arrondissement.', neighbourhoodIds: quartiers };
  const id = (await api.query<{ createCampaign: { id: string } }>(CREATE, { input }, admin)).createCampaign.id;
  try {
    const sendStarted = performance.now();
    await api.query(SEND, { id }, admin);
    const sendMs = performance.now() - sendStarted;
    const report = new Latencies();
    let reached = 0;
    for (let round = -3; round < rounds; round++) {
      const run = () => api.query<{ campaign: { report: { ambassadorsReached: number } } }>(REPORT, { id }, admin);
      if (round < 0) await run();
      else reached = (await report.time(run)).campaign.report.ambassadorsReached;
    }
    console.log(`Campaign to every quartier (${quartiers.length}), ${ambassadors} ambassadors, ${reached} reached, over GraphQL:`);
    console.log(`  sendCampaign          ${ms(sendMs)}   (target ≤ 200 ms; tasks, mails and audit in one transaction)`);
    console.log(`  report + per ambassador   p50 ${ms(report.percentile(50))}  p95 ${ms(report.percentile(95))}   (target ≤ 200 ms)\n`);
  } finally {
    await db.query(`DELETE FROM campaign WHERE id = $1`, [id]);
    await db.query(`DELETE FROM outbox_email WHERE kind = 'campaignRelay' AND created_at >= $1`, [startedAt]);
  }
}
