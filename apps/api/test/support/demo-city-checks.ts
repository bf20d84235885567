import { ERASED_PERSON_ID } from '@relais/server-people';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';

const STREETS = path.join(__dirname, '../../../../data/neighbourhoods/paris-streets.json');

/**
 * What a loaded demo city must hold beyond its counts: French quartier names, addresses on
 * streets of the requester's own quartier, and outreach an organiser can read (campaigns sent in
 * past weeks under the weekly cap, relays, visits, sign-ups; an idea board whose TOP is not the
 * raw count; ways to help from home), with no mail left to send.
 */
export async function expectPlausibleDemo(db: DataSource): Promise<void> {
  const names: string[] = (await db.query(`SELECT name FROM neighbourhood`)).map((row: { name: string }) => row.name);
  expect(names).toEqual(expect.arrayContaining(['Épinettes', "Saint-Germain-l'Auxerrois", 'Arts-et-Métiers', 'Champs-Élysées']));
  expect(names).not.toContain('Epinettes');

  const streets = (JSON.parse(readFileSync(STREETS, 'utf8')) as { quartiers: Record<string, { streets: string[] }> }).quartiers;
  const addresses: { address: string; code: string }[] = await db.query(
    `SELECT h.address, n.code FROM help_request h JOIN person p ON p.id = h.requester_id JOIN neighbourhood n ON n.id = p.neighbourhood_id WHERE h.address IS NOT NULL`,
  );
  expect(addresses.length).toBeGreaterThan(150);
  const misplaced = addresses.filter(({ address, code }) => !streets[code]?.streets.includes(address.replace(/^\d+( bis)? /, '')));
  expect(misplaced).toEqual([]);
  // Nobody's name in capitals, every mail address in lower-case ascii (the placeholder of erased people aside).
  const shouted: { name: string }[] = await db.query(
    `SELECT display_name AS name FROM person WHERE id <> $1 AND (display_name = upper(display_name) OR email <> lower(email) OR email ~ '[^\\x21-\\x7e]')`,
    [ERASED_PERSON_ID],
  );
  expect(shouted).toEqual([]);

  const [outreach] = await db.query(`
    SELECT (SELECT count(*) FROM campaign WHERE status = 'SENT')::int AS campaigns,
           (SELECT count(DISTINCT person_id) FROM ambassador WHERE demoted_at IS NULL)::int AS ambassadors,
           (SELECT count(*) FROM ambassador a JOIN person p ON p.id = a.person_id WHERE NOT p.news_consent)::int AS "withoutNews",
           (SELECT count(*) FROM relay_task WHERE created_at > now() - interval '7 days')::int AS "tasksThisWeek",
           (SELECT count(*) FROM relay_task WHERE relayed_at IS NOT NULL)::int AS relayed,
           (SELECT count(DISTINCT channel) FROM relay_report)::int AS channels,
           (SELECT coalesce(sum(visits), 0) FROM relay_task)::int AS visits,
           (SELECT count(*) FROM person WHERE relay_task_id IS NOT NULL)::int AS "signUps",
           (SELECT count(*) FROM idea WHERE status = 'ADOPTED')::int AS adopted,
           (SELECT count(*) FROM idea WHERE status = 'HIDDEN')::int AS hidden,
           (SELECT count(DISTINCT coalesce(neighbourhood_id::text, 'city')) FROM idea)::int AS "ideaPlaces",
           (SELECT count(*) FROM idea_comment)::int AS comments,
           (SELECT count(*) FROM way_to_help WHERE archived_at IS NULL)::int AS "waysToHelp",
           (SELECT count(*) FROM outbox_email)::int AS mails`);
  expect(outreach).toEqual(
    expect.objectContaining({ campaigns: 3, ambassadors: 4, withoutNews: 0, tasksThisWeek: 0, adopted: 1, hidden: 1, waysToHelp: 5, mails: 0 }),
  );
  expect(outreach.relayed).toBeGreaterThan(3);
  expect(outreach.channels).toBeGreaterThan(1);
  expect(outreach.visits).toBeGreaterThan(20);
  expect(outreach.signUps).toBeGreaterThan(1);
  expect(outreach.ideaPlaces).toBeGreaterThan(4);
  expect(outreach.comments).toBeGreaterThan(5);

  // The made-up past is in the past, in order: relays after their campaign, a newcomer's help after they joined.
  const [order] = await db.query(`
    SELECT (SELECT count(*) FROM help_request WHERE created_at > now() OR updated_at > now())::int
         + (SELECT count(*) FROM relay_report WHERE at > now())::int + (SELECT count(*) FROM campaign WHERE sent_at > now())::int
         + (SELECT count(*) FROM person WHERE created_at > now())::int + (SELECT count(*) FROM idea WHERE created_at > now())::int AS future,
           (SELECT count(*) FROM relay_report r JOIN relay_task t ON t.id = r.relay_task_id WHERE r.at < t.created_at)::int AS "relayedBeforeSent",
           (SELECT count(*) FROM person p JOIN help_request h ON p.id IN (h.requester_id, h.assignee_id)
             WHERE p.relay_task_id IS NOT NULL AND h.created_at < p.created_at)::int AS "helpedBeforeJoining"`);
  expect(order).toEqual({ future: 0, relayedBeforeSent: 0, helpedBeforeJoining: 0 });

  // TOP weighs votes by their voters' participation: it does not follow the raw count.
  const board: { votes: number }[] = await db.query(`SELECT votes FROM idea WHERE status <> 'HIDDEN' ORDER BY vote_weight DESC, created_at DESC`);
  const byCount = [...board].sort((a, b) => b.votes - a.votes);
  expect(board.map((idea) => idea.votes)).not.toEqual(byCount.map((idea) => idea.votes));
}
