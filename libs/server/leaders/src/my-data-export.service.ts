import { Injectable } from '@nestjs/common';
import { READ_ADDRESS } from '@relais/server-help-requests';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

/** Bumped when a section changes shape, so that a reader of an old export knows what it holds. */
export const MY_DATA_FORMAT_VERSION = 1;

/**
 * Each list of the export holds at most this many rows, newest first: far more than any person
 * gathers (a volunteer helping daily for ten years does not reach it), and it bounds the memory
 * and time of one call whatever the tables hold.
 */
export const MY_DATA_LIST_CAP = 10_000;

type Row = Record<string, unknown>;

/**
 * Everything Relais holds about one person, for them (RGPD art. 15 and 20). It lives in the leaders
 * lib because that is the one feature lib downstream of all the others (people ← help-requests ←
 * matching ← leaders): it may read their tables and constants without a cycle. Plain SQL, one
 * read-only snapshot, so that the sections agree with each other.
 *
 * Nobody else's e-mail, location or id: other people appear by display name only, and a task the
 * person held shows its address and location only while it is still theirs.
 */
@Injectable()
export class MyDataExportService {
  constructor(private readonly db: DataSource) {}

  async export(personId: string): Promise<string> {
    const document = await this.db.transaction('REPEATABLE READ', async (tx) => {
      await tx.query('SET TRANSACTION READ ONLY');
      const [account] = await tx.query(ACCOUNT, [personId]);
      if (!account) return null;
      const email = (account as { email: string }).email;
      const list = (sql: string, params: unknown[] = [personId]) => listOf(tx, sql, params);
      return {
        format: 'relais-my-data',
        formatVersion: MY_DATA_FORMAT_VERSION,
        exportedAt: new Date().toISOString(),
        listCap: MY_DATA_LIST_CAP,
        account,
        organiserOf: await list(ORGANISER_OF),
        volunteerProfile: (await list(VOLUNTEER_PROFILE))[0] ?? null,
        consentHistory: await list(CONSENT_HISTORY),
        requests: await list(REQUESTS),
        requestsPostedForOthers: await list(POSTED_FOR_OTHERS),
        tasks: await list(TASKS),
        thanksGiven: await list(THANKS_GIVEN),
        thanksReceived: await list(THANKS_RECEIVED),
        endorsementsGiven: await list(ENDORSEMENTS_GIVEN),
        endorsementsReceived: await list(ENDORSEMENTS_RECEIVED),
        leaderScores: await list(LEADER_SCORES),
        leaderScoreHistory: await list(LEADER_SNAPSHOTS),
        ambassadorTerms: await list(AMBASSADOR_TERMS),
        ideas: await list(IDEAS),
        ideaVotes: await list(IDEA_VOTES),
        ideaComments: await list(IDEA_COMMENTS),
        mailsSentToYou: await list(MAILS, [email]),
        addressReads: await list(ADDRESS_READS, [personId, READ_ADDRESS]),
      };
    });
    return JSON.stringify(document);
  }
}

function listOf(tx: EntityManager, sql: string, params: unknown[]): Promise<Row[]> {
  return tx.query(`${sql} LIMIT ${MY_DATA_LIST_CAP}`, params);
}

/** No password hash, audit pseudonym or home cell: secrets and internals, not facts about the person. */
const ACCOUNT = `
  SELECT p.id, p.email, p.display_name AS "displayName", p.roles, p.home_lat AS "homeLat", p.home_lng AS "homeLng",
         n.name AS neighbourhood, p.languages, p.ranking_consent AS "rankingConsent", p.news_consent AS "newsConsent",
         p.digest_consent AS "digestConsent", p.contact_consent AS "contactConsent", p.referral_code AS "referralCode",
         r.display_name AS "referredBy", p.created_at AS "createdAt"
    FROM person p
    LEFT JOIN neighbourhood n ON n.id = p.neighbourhood_id
    LEFT JOIN person r ON r.id = p.referred_by_id
   WHERE p.id = $1`;

const ORGANISER_OF = `
  SELECT n.name AS neighbourhood, s.granted_at AS "grantedAt"
    FROM organiser_scope s JOIN neighbourhood n ON n.id = s.neighbourhood_id
   WHERE s.person_id = $1 ORDER BY s.granted_at DESC`;

/** Its copy of the home and reach box repeat the account's; the counters are what matching keeps. */
const VOLUNTEER_PROFILE = `
  SELECT skills, subjects, levels, availability, travel_radius_meters AS "travelRadiusMeters",
         max_active_requests AS "maxActiveRequests", active, taken_count AS "takenCount", completed_count AS "completedCount",
         given_back_count AS "givenBackCount", rating_sum AS "ratingSum", rating_count AS "ratingCount",
         recent_work AS "recentWork", recent_work_at AS "recentWorkAt", updated_at AS "updatedAt"
    FROM volunteer_profile WHERE person_id = $1`;

const CONSENT_HISTORY = `
  SELECT c.purpose, c.granted, c.wording_version AS "wordingVersion", c.channel,
         CASE WHEN c.actor_id IS NULL OR c.actor_id = c.person_id THEN NULL ELSE a.display_name END AS "recordedBy", c.at
    FROM consent_event c LEFT JOIN person a ON a.id = c.actor_id
   WHERE c.person_id = $1 ORDER BY c.at DESC, c.id DESC`;

const REQUEST_EVENTS = `
  (SELECT coalesce(jsonb_agg(jsonb_build_object('kind', e.kind, 'from', e.from_status, 'to', e.to_status, 'at', e.at) ORDER BY e.id), '[]')
     FROM help_request_event e WHERE e.help_request_id = h.id)`;

/** The person's own requests, with their own address and exact location. */
const REQUESTS = `
  SELECT h.id, h.category, h.subject, h.level, h.description, h.address, h.lat, h.lng, n.name AS neighbourhood,
         h.needed_by AS "neededBy", h.status, a.display_name AS "assignee", h.rating, h.created_at AS "createdAt",
         h.updated_at AS "updatedAt", ${REQUEST_EVENTS} AS events
    FROM help_request h
    LEFT JOIN neighbourhood n ON n.id = h.neighbourhood_id
    LEFT JOIN person a ON a.id = h.assignee_id
   WHERE h.requester_id = $1 ORDER BY h.created_at DESC`;

/** An organiser's postings for residents: the resident's name, never their address. */
const POSTED_FOR_OTHERS = `
  SELECT h.id, h.category, h.status, r.display_name AS "requester", h.created_at AS "createdAt"
    FROM help_request h JOIN person r ON r.id = h.requester_id
   WHERE h.posted_by_id = $1 AND h.requester_id <> $1 ORDER BY h.created_at DESC`;

/**
 * Requests the person held, now or before giving them back. The address and exact location are
 * the requester's: shown only while the task is assigned to this person, as the app shows them.
 */
const TASKS = `
  SELECT h.id, h.category, h.subject, h.level, h.description, h.status, r.display_name AS "requester", n.name AS neighbourhood,
         CASE WHEN h.status = 'ASSIGNED' AND h.assignee_id = $1 THEN h.address END AS address,
         CASE WHEN h.status = 'ASSIGNED' AND h.assignee_id = $1 THEN h.lat END AS lat,
         CASE WHEN h.status = 'ASSIGNED' AND h.assignee_id = $1 THEN h.lng END AS lng,
         h.assignee_id = $1 AS "heldNow", h.created_at AS "createdAt", h.updated_at AS "updatedAt",
         (SELECT coalesce(jsonb_agg(jsonb_build_object('kind', e.kind, 'from', e.from_status, 'to', e.to_status, 'at', e.at) ORDER BY e.id), '[]')
            FROM help_request_event e WHERE e.help_request_id = h.id AND (e.volunteer_id = $1 OR e.actor_id = $1)) AS "yourEvents"
    FROM help_request h
    JOIN person r ON r.id = h.requester_id
    LEFT JOIN neighbourhood n ON n.id = h.neighbourhood_id
   WHERE h.requester_id <> $1
     AND (h.assignee_id = $1 OR h.id IN (SELECT help_request_id FROM help_request_event WHERE volunteer_id = $1))
   ORDER BY h.created_at DESC`;

const THANKS_GIVEN = `
  SELECT t.help_request_id AS "requestId", v.display_name AS "volunteer", t.rating, t.message, t.created_at AS "createdAt"
    FROM thanks t JOIN person v ON v.id = t.volunteer_id
   WHERE t.requester_id = $1 ORDER BY t.created_at DESC`;

const THANKS_RECEIVED = `
  SELECT t.help_request_id AS "requestId", r.display_name AS "requester", t.rating, t.message, t.created_at AS "createdAt"
    FROM thanks t JOIN person r ON r.id = t.requester_id
   WHERE t.volunteer_id = $1 ORDER BY t.created_at DESC`;

const ENDORSEMENTS_GIVEN = `
  SELECT p.display_name AS "endorsed", e.created_at AS "createdAt"
    FROM endorsement e JOIN person p ON p.id = e.endorsed_id
   WHERE e.endorser_id = $1 ORDER BY e.created_at DESC`;

const ENDORSEMENTS_RECEIVED = `
  SELECT p.display_name AS "endorser", e.created_at AS "createdAt"
    FROM endorsement e JOIN person p ON p.id = e.endorser_id
   WHERE e.endorsed_id = $1 ORDER BY e.created_at DESC`;

/** Every column of the score (its components and the facts behind them), the neighbourhood by name. */
const LEADER_SCORES = `
  SELECT n.name AS neighbourhood, to_jsonb(s) - 'person_id' - 'neighbourhood_id' AS score
    FROM leader_score s JOIN neighbourhood n ON n.id = s.neighbourhood_id
   WHERE s.person_id = $1 ORDER BY s.computed_at DESC`;

const LEADER_SNAPSHOTS = `
  SELECT n.name AS neighbourhood, s.day, s.rank, s.score, s.component_values AS "componentValues", s.computed_at AS "computedAt"
    FROM leader_score_snapshot s JOIN neighbourhood n ON n.id = s.neighbourhood_id
   WHERE s.person_id = $1 ORDER BY s.day DESC`;

const AMBASSADOR_TERMS = `
  SELECT n.name AS neighbourhood, a.promoted_at AS "promotedAt", pb.display_name AS "promotedBy",
         a.demoted_at AS "demotedAt", db.display_name AS "demotedBy", a.demotion_reason AS "demotionReason"
    FROM ambassador a
    JOIN neighbourhood n ON n.id = a.neighbourhood_id
    LEFT JOIN person pb ON pb.id = a.promoted_by_id
    LEFT JOIN person db ON db.id = a.demoted_by_id
   WHERE a.person_id = $1 ORDER BY a.promoted_at DESC`;

/** Ideas they posted, with how they were moderated (the reason was written to them). */
const IDEAS = `
  SELECT i.id, i.title, i.body, n.name AS neighbourhood, i.status, i.votes, i.moderation_reason AS "moderationReason",
         i.moderated_at AS "moderatedAt", i.created_at AS "createdAt"
    FROM idea i LEFT JOIN neighbourhood n ON n.id = i.neighbourhood_id
   WHERE i.author_id = $1 ORDER BY i.created_at DESC`;

/** Their votes, with the weight each was given when they voted; the idea by its title, not its author. */
const IDEA_VOTES = `
  SELECT i.id AS "ideaId", i.title AS idea, v.weight::float8 AS weight, v.created_at AS "createdAt"
    FROM idea_vote v JOIN idea i ON i.id = v.idea_id
   WHERE v.voter_id = $1 ORDER BY v.created_at DESC`;

/** Their comments, under the idea's title, and whether a moderator hid them. */
const IDEA_COMMENTS = `
  SELECT c.id, i.title AS idea, c.body, c.hidden_at IS NOT NULL AS hidden, c.created_at AS "createdAt"
    FROM idea_comment c JOIN idea i ON i.id = c.idea_id
   WHERE c.author_id = $1 ORDER BY c.created_at DESC`;

/** Mails to the account's address; the body too, since it was sent to them. */
const MAILS = `
  SELECT kind, subject, body, status, created_at AS "createdAt", sent_at AS "sentAt", failed_at AS "failedAt"
    FROM outbox_email WHERE lower(to_address) = lower($1) ORDER BY created_at DESC, id DESC`;

/** Every recorded read of the exact address of the person's requests: by whom (name), as what, when. */
const ADDRESS_READS = `
  SELECT r.id AS "requestId", p.display_name AS "reader", a.detail->>'as' AS "readerRole", a.at
    FROM help_request r
    JOIN audit_log a ON a.subject_type = 'help_request' AND a.subject_id = r.id::text AND a.action = $2
    LEFT JOIN person p ON p.id = a.actor_id
   WHERE r.requester_id = $1 ORDER BY a.at DESC, a.id DESC`;
