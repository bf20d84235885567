import { HelpCategory } from '@relais/domain-people';
import type { DataSource, EntityManager } from 'typeorm';
import type { DigestCampaign, DigestContent, DigestIdea, DigestLeader, DigestQuartierWeek, DigestRequest, DigestWayToHelp } from './digest-content';
import { emptyDigestContent } from './digest-content';

type Db = DataSource | EntityManager;

/** One person the run writes to, as the batch's query reads them. */
export interface DigestPerson {
  id: string;
  email: string;
  displayName: string;
  languages: string[];
  roles: string[];
  neighbourhoodId: string | null;
  newsConsent: boolean;
  ambassador: boolean;
  organiserOf: string[];
}

interface OpenRequest extends DigestRequest {
  neighbourhoodId: string;
  requesterId: string;
}

interface RecentCampaign extends DigestCampaign {
  neighbourhoodIds: string[];
}

interface CurrentWay {
  title: string;
  body: string;
  link: string | null;
  neighbourhoodIds: string[];
}

interface TopIdea extends DigestIdea {
  weight: number;
}

const DAY_MS = 86_400_000;
const CATEGORIES = Object.values(HelpCategory) as string[];
const OPEN_LISTED = 10;
const UNMATCHED_LISTED = 10;
const LEADERS_LISTED = 5;
const CAMPAIGNS_LISTED = 3;
const WAYS_LISTED = 5;
const IDEAS_LISTED = 3;

/**
 * What the run knows about places, kept for the whole run: everything in it is per
 * neighbourhood (or city-wide), so it grows with the number of quartiers, never with people.
 */
export class DigestRunCache {
  neighbourhoodNames: Map<string, string> | null = null;
  readonly openRequests = new Map<string, OpenRequest[]>();
  readonly quartierWeeks = new Map<string, DigestQuartierWeek>();
  readonly unmatched = new Map<string, OpenRequest[]>();
  readonly leaders = new Map<string, (DigestLeader & { personId: string })[]>();
  readonly ideas = new Map<string, TopIdea[]>();
  campaigns: RecentCampaign[] | null = null;
  ways: CurrentWay[] | null = null;
  cityIdeas: TopIdea[] | null = null;
}

export interface GatheredDigest {
  content: DigestContent;
  /** People whose names the digest carries (rising leaders): its copy goes when one of them is erased. */
  concerns: string[];
}

const missing = <V>(ids: Iterable<string>, cache: Map<string, V>) => [...new Set(ids)].filter((id) => !cache.has(id));

/**
 * Gathers a batch's digests with a handful of set-based queries: some per batch (thanks, relay
 * tasks), the rest per quartier the run has not met yet. Nothing read here is an address, a
 * request's description or anyone's words but the organisation's.
 */
export async function gatherDigests(db: Db, people: readonly DigestPerson[], now: Date, cache: DigestRunCache): Promise<Map<string, GatheredDigest>> {
  const since = new Date(now.getTime() - 7 * DAY_MS);
  const volunteers = people.filter((p) => p.roles.includes('VOLUNTEER'));
  const organised = people.filter((p) => p.roles.includes('ORGANISER')).flatMap((p) => p.organiserOf);
  const newsQuartiers = people.filter((p) => p.newsConsent && p.neighbourhoodId).map((p) => p.neighbourhoodId as string);

  await loadNames(db, cache);
  const [profiles, thanks, tasks] = await Promise.all([
    volunteers.length
      ? (db.query(`SELECT person_id AS id, skills, neighbourhood_id AS "neighbourhoodId" FROM volunteer_profile WHERE person_id = ANY($1::uuid[]) AND active`, [
          volunteers.map((p) => p.id),
        ]) as Promise<{ id: string; skills: string[]; neighbourhoodId: string | null }[]>)
      : [],
    volunteers.length
      ? (db.query(
          `SELECT volunteer_id AS id, count(*)::int AS count, avg(rating)::float8 AS "averageRating" FROM thanks
           WHERE volunteer_id = ANY($1::uuid[]) AND created_at > $2 GROUP BY volunteer_id`,
          [volunteers.map((p) => p.id), since],
        ) as Promise<{ id: string; count: number; averageRating: number }[]>)
      : [],
    db.query(
      `SELECT t.ambassador_id AS id, c.title FROM relay_task t JOIN campaign c ON c.id = t.campaign_id
       WHERE t.ambassador_id = ANY($1::uuid[]) AND t.relayed_at IS NULL AND t.created_at > $2 ORDER BY t.created_at DESC`,
      [people.filter((p) => p.ambassador).map((p) => p.id), new Date(now.getTime() - 30 * DAY_MS)],
    ) as Promise<{ id: string; title: string }[]>,
  ]);
  await loadOpenRequests(db, profiles.map((p) => p.neighbourhoodId).filter((id): id is string => !!id), cache);
  await loadQuartiers(db, organised, since, now, cache);
  if (organised.length && !cache.campaigns) cache.campaigns = await loadCampaigns(db, now);
  if (newsQuartiers.length || people.some((p) => p.newsConsent)) await loadNews(db, newsQuartiers, cache);

  const profileOf = new Map(profiles.map((p) => [p.id, p]));
  const thanksOf = new Map(thanks.map((t) => [t.id, t]));
  const gathered = new Map<string, GatheredDigest>();
  for (const person of people) {
    const content = emptyDigestContent();
    const concerns: string[] = [];
    const profile = profileOf.get(person.id);
    if (profile?.neighbourhoodId) {
      content.openRequests = (cache.openRequests.get(profile.neighbourhoodId) ?? [])
        .filter((r) => profile.skills.includes(r.category) && r.requesterId !== person.id)
        .sort((a, b) => b.postedAt.getTime() - a.postedAt.getTime())
        .slice(0, OPEN_LISTED)
        .map(({ category, neighbourhood, postedAt }) => ({ category, neighbourhood, postedAt }));
    }
    const thanked = thanksOf.get(person.id);
    if (thanked) content.thanks = { count: thanked.count, averageRating: thanked.averageRating };
    if (person.roles.includes('ORGANISER') && person.organiserOf.length) {
      const quartiers = person.organiserOf;
      content.quartiers = quartiers.map((id) => cache.quartierWeeks.get(id)).filter((q): q is DigestQuartierWeek => !!q);
      content.unmatched = quartiers
        .flatMap((id) => cache.unmatched.get(id) ?? [])
        .sort((a, b) => a.postedAt.getTime() - b.postedAt.getTime())
        .slice(0, UNMATCHED_LISTED)
        .map(({ category, neighbourhood, postedAt }) => ({ category, neighbourhood, postedAt }));
      const leaders = quartiers.flatMap((id) => cache.leaders.get(id) ?? []).sort((a, b) => b.gained - a.gained).slice(0, LEADERS_LISTED);
      content.risingLeaders = leaders.map(({ displayName, neighbourhood, gained }) => ({ displayName, neighbourhood, gained }));
      concerns.push(...leaders.map((l) => l.personId));
      content.campaigns = (cache.campaigns ?? [])
        .filter((c) => c.neighbourhoodIds.some((id) => quartiers.includes(id)))
        .slice(0, CAMPAIGNS_LISTED)
        .map(({ title, reached, relayed, linkVisits, signUps }) => ({ title, reached, relayed, linkVisits, signUps }));
    }
    content.relayTasks = tasks.filter((t) => t.id === person.id).map((t) => ({ title: t.title }));
    if (person.newsConsent) {
      const here = person.neighbourhoodId;
      const hereName = here ? (cache.neighbourhoodNames?.get(here) ?? null) : null;
      content.waysToHelp = (cache.ways ?? [])
        .filter((w) => !w.neighbourhoodIds.length || (here && w.neighbourhoodIds.includes(here)))
        .slice(0, WAYS_LISTED)
        .map((w): DigestWayToHelp => ({ title: w.title, body: w.body, link: w.link, neighbourhood: w.neighbourhoodIds.length ? hereName : null }));
      content.topIdeas = [...(cache.cityIdeas ?? []), ...(here ? (cache.ideas.get(here) ?? []) : [])]
        .sort((a, b) => b.weight - a.weight)
        .slice(0, IDEAS_LISTED)
        .map(({ title, votes, neighbourhood }) => ({ title, votes, neighbourhood }));
    }
    gathered.set(person.id, { content, concerns: [...new Set(concerns)] });
  }
  return gathered;
}

async function loadNames(db: Db, cache: DigestRunCache): Promise<void> {
  if (cache.neighbourhoodNames) return;
  const rows: { id: string; name: string }[] = await db.query(`SELECT id::text, name FROM neighbourhood`);
  cache.neighbourhoodNames = new Map(rows.map((r) => [r.id, r.name]));
}

/** Per quartier and category, the newest OPEN requests: enough for any volunteer's 10, one's own left out. */
async function loadOpenRequests(db: Db, quartiers: readonly string[], cache: DigestRunCache): Promise<void> {
  const ids = missing(quartiers, cache.openRequests);
  if (!ids.length) return;
  const rows: OpenRequest[] = await db.query(
    `SELECT q.id AS "neighbourhoodId", r.category, r.created_at AS "postedAt", r.requester_id AS "requesterId"
     FROM unnest($1::uuid[]) AS q(id) CROSS JOIN unnest($2::text[]) AS c(category)
     CROSS JOIN LATERAL (SELECT h.category, h.created_at, h.requester_id FROM help_request h
                         WHERE h.neighbourhood_id = q.id AND h.status = 'OPEN' AND h.category = c.category
                         ORDER BY h.created_at DESC LIMIT ${OPEN_LISTED + 1}) r`,
    [ids, CATEGORIES],
  );
  for (const id of ids) cache.openRequests.set(id, []);
  for (const row of rows) {
    cache.openRequests.get(row.neighbourhoodId)?.push({ ...row, neighbourhood: cache.neighbourhoodNames?.get(row.neighbourhoodId) ?? null });
  }
}

/** An organiser's quartiers: the week in figures, needs waiting more than two days, rising leaders. */
async function loadQuartiers(db: Db, quartiers: readonly string[], since: Date, now: Date, cache: DigestRunCache): Promise<void> {
  const ids = missing(quartiers, cache.quartierWeeks);
  if (!ids.length) return;
  const [weeks, unmatched, leaders] = await Promise.all([
    db.query(
      `SELECT q.id, n.name AS neighbourhood,
         (SELECT count(*) FROM help_request h WHERE h.neighbourhood_id = q.id AND h.created_at > $2)::int AS posted,
         (SELECT count(*) FROM help_request h WHERE h.neighbourhood_id = q.id AND h.status = 'DONE' AND h.closed_at > $2)::int AS done,
         (SELECT count(*) FROM help_request h WHERE h.neighbourhood_id = q.id AND h.status = 'OPEN')::int AS "openNow",
         (SELECT count(*) FROM person p WHERE p.neighbourhood_id = q.id AND 'VOLUNTEER' = ANY(p.roles) AND p.created_at > $2)::int AS "newVolunteers"
       FROM unnest($1::uuid[]) AS q(id) JOIN neighbourhood n ON n.id = q.id`,
      [ids, since],
    ) as Promise<(DigestQuartierWeek & { id: string })[]>,
    db.query(
      `SELECT q.id AS "neighbourhoodId", r.category, r.created_at AS "postedAt", r.requester_id AS "requesterId"
       FROM unnest($1::uuid[]) AS q(id)
       CROSS JOIN LATERAL (SELECT h.category, h.created_at, h.requester_id FROM help_request h
                           WHERE h.neighbourhood_id = q.id AND h.status = 'OPEN' AND h.created_at < $2
                           ORDER BY h.created_at LIMIT ${UNMATCHED_LISTED}) r`,
      [ids, new Date(now.getTime() - 2 * DAY_MS)],
    ) as Promise<OpenRequest[]>,
    // Places gained since the last snapshot at least 7 days old; the ranking holds only people who consented to it.
    db.query(
      `SELECT s.neighbourhood_id AS "neighbourhoodId", s.person_id AS "personId", p.display_name AS "displayName", n.name AS neighbourhood,
              (past.rank - s.rank) AS gained
       FROM leader_score s
       JOIN person p ON p.id = s.person_id AND p.ranking_consent
       JOIN neighbourhood n ON n.id = s.neighbourhood_id
       CROSS JOIN LATERAL (SELECT o.rank FROM leader_score_snapshot o
                           WHERE o.neighbourhood_id = s.neighbourhood_id AND o.person_id = s.person_id AND o.day <= $2::date
                           ORDER BY o.day DESC LIMIT 1) past
       WHERE s.neighbourhood_id = ANY($1::uuid[]) AND past.rank > s.rank
       ORDER BY gained DESC, s.rank`,
      [ids, since.toISOString().slice(0, 10)],
    ) as Promise<(DigestLeader & { neighbourhoodId: string; personId: string })[]>,
  ]);
  for (const id of ids) {
    cache.quartierWeeks.set(id, { neighbourhood: cache.neighbourhoodNames?.get(id) ?? '', posted: 0, done: 0, openNow: 0, newVolunteers: 0 });
    cache.unmatched.set(id, []);
    cache.leaders.set(id, []);
  }
  for (const { id, ...week } of weeks) cache.quartierWeeks.set(id, week);
  for (const row of unmatched) cache.unmatched.get(row.neighbourhoodId)?.push({ ...row, neighbourhood: cache.neighbourhoodNames?.get(row.neighbourhoodId) ?? null });
  for (const { neighbourhoodId, ...leader } of leaders) {
    const list = cache.leaders.get(neighbourhoodId);
    if (list && list.length < LEADERS_LISTED) list.push(leader);
  }
}

/** Campaigns sent in the last 30 days, newest first, with the report's figures. */
function loadCampaigns(db: Db, now: Date): Promise<RecentCampaign[]> {
  return db.query(
    `SELECT c.title, ARRAY(SELECT cn.neighbourhood_id::text FROM campaign_neighbourhood cn WHERE cn.campaign_id = c.id) AS "neighbourhoodIds",
       (SELECT count(*) FROM relay_task t WHERE t.campaign_id = c.id)::int AS reached,
       (SELECT count(*) FROM relay_task t WHERE t.campaign_id = c.id AND t.relayed_at IS NOT NULL)::int AS relayed,
       (SELECT coalesce(sum(t.visits), 0) FROM relay_task t WHERE t.campaign_id = c.id)::int AS "linkVisits",
       (SELECT count(*) FROM person p JOIN relay_task t ON t.id = p.relay_task_id WHERE t.campaign_id = c.id)::int AS "signUps"
     FROM campaign c WHERE c.sent_at > $1 ORDER BY c.sent_at DESC LIMIT 200`,
    [new Date(now.getTime() - 30 * DAY_MS)],
  );
}

/** Current ways to help (city-wide and per quartier) and the top ideas, city-wide and of quartiers not met yet. */
async function loadNews(db: Db, quartiers: readonly string[], cache: DigestRunCache): Promise<void> {
  if (!cache.ways) {
    cache.ways = await db.query(
      `SELECT w.title, w.body, w.link, ARRAY(SELECT n.neighbourhood_id::text FROM way_to_help_neighbourhood n WHERE n.way_to_help_id = w.id) AS "neighbourhoodIds"
       FROM way_to_help w WHERE w.archived_at IS NULL ORDER BY w.created_at DESC, w.id LIMIT 500`,
    );
  }
  if (!cache.cityIdeas) {
    cache.cityIdeas = await db.query(
      `SELECT i.title, i.votes, NULL AS neighbourhood, i.vote_weight::float8 AS weight FROM idea i
       WHERE i.neighbourhood_id IS NULL AND i.status <> 'HIDDEN' ORDER BY i.vote_weight DESC, i.created_at DESC LIMIT ${IDEAS_LISTED}`,
    );
  }
  const ids = missing(quartiers, cache.ideas);
  if (!ids.length) return;
  const rows: (TopIdea & { neighbourhoodId: string })[] = await db.query(
    `SELECT q.id AS "neighbourhoodId", i.title, i.votes, n.name AS neighbourhood, i.vote_weight::float8 AS weight
     FROM unnest($1::uuid[]) AS q(id) JOIN neighbourhood n ON n.id = q.id
     CROSS JOIN LATERAL (SELECT title, votes, vote_weight FROM idea WHERE neighbourhood_id = q.id AND status <> 'HIDDEN'
                         ORDER BY vote_weight DESC, created_at DESC LIMIT ${IDEAS_LISTED}) i`,
    [ids],
  );
  for (const id of ids) cache.ideas.set(id, []);
  for (const { neighbourhoodId, ...idea } of rows) cache.ideas.get(neighbourhoodId)?.push(idea);
}
