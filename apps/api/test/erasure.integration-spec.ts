import { ERASED_PERSON_ID } from '@relais/server-people';
import { ERASURE_RULES } from '@relais/server-privacy';
import { errorCode } from './support/graphql-client';
import { ACCEPT, COMPLETE, ENDORSE, GET, THANK, makeOrganiser, postRequest, signUpVolunteer } from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { LOG_IN, PASSWORD, makeAdmin, signUp } from './support/people-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const DELETE_ME = `mutation Delete($password: String!) { deleteMyAccount(password: $password) }`;
const ERASE = `mutation Erase($personId: ID!, $reason: String!) { erasePerson(personId: $personId, reason: $reason) }`;
const ME = `query { me { id displayName } }`;
const REFRESH = `mutation Refresh($id: ID!) { refreshLeaderScores(neighbourhoodId: $id) }`;
const RANKING = `query Ranking($id: ID!) { leaderRanking(neighbourhoodId: $id, first: 50) { person { id } endorsers { id } } }`;
const PEOPLE = `query People($search: String) { people(search: $search, first: 50) { totalCount items { id } } }`;
const GRANT = `mutation Grant($personId: ID!, $ids: [ID!]!) { grantOrganiser(personId: $personId, neighbourhoodIds: $ids) { id } }`;
const PROMOTE = `mutation Promote($personId: ID!, $n: ID!) { promoteToAmbassador(personId: $personId, neighbourhoodId: $n) { id } }`;
const DEMOTE = `mutation Demote($personId: ID!, $n: ID!, $reason: String!) { demoteAmbassador(personId: $personId, neighbourhoodId: $n, reason: $reason) { id } }`;
const RECORD_CONSENT = `mutation Record($personId: ID!, $input: ConsentInput!) { recordConsent(personId: $personId, input: $input) { id } }`;
const WEIGHTS = `mutation Weights($input: MatchWeightsInput!) { updateMatchWeights(input: $input) { proximity } }`;
const POST_IDEA = `mutation PostIdea($input: IdeaInput!) { postIdea(input: $input) { id } }`;
const VOTE_IDEA = `mutation Vote($id: ID!) { voteIdea(id: $id) { id } }`;
const MODERATE_IDEA = `mutation Moderate($id: ID!, $status: IdeaStatus!, $reason: String!) { moderateIdea(id: $id, status: $status, reason: $reason) { id } }`;
const REQUEST_AFTER = `query After($id: ID!) { helpRequest(id: $id) { status description address requester { id erased displayName } assignee { id } } }`;

// The person erased: every place they could be found carries one of these.
const NAME = 'Zéphyrine Quillebœuf';
const MARKERS = ['zéphyrine', 'quille'];
const HOME = { lat: 48.864317, lng: 2.361193 };
const POSTED_AT = [
  { lat: 48.862213, lng: 2.360871 },
  { lat: 48.862894, lng: 2.359732 },
  { lat: 48.863571, lng: 2.362418 },
];

interface Column {
  table: string;
  column: string;
  type: string;
  /** The table this column references by a foreign key, if any. */
  references: string | null;
}

/** Columns of the types that can hold a person's id, words, place or a key made from them. */
const CATALOGUE = `
  SELECT c.table_name AS "table", c.column_name AS "column", c.udt_name AS type, ref.relname AS "references"
  FROM information_schema.columns c
  JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
  LEFT JOIN LATERAL (
    SELECT r.relname FROM pg_constraint k
    JOIN pg_class s ON s.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid
    JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
    WHERE k.contype = 'f' AND s.relname = c.table_name AND a.attname = c.column_name AND s.relnamespace = 'public'::regnamespace
    LIMIT 1
  ) ref ON true
  WHERE c.table_schema = 'public'
    AND (c.udt_name IN ('uuid', 'text', 'varchar', 'jsonb', 'bytea', 'point', 'box', 'float8', 'int8') OR c.data_type = 'ARRAY')
  ORDER BY 1, 2`;

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Erasure, checked against the database's own catalogue: whatever tables exist when the test
 * runs, each column that references a person must have held the person erased before (the
 * fixture exercises every rule) and hold them nowhere after; no text anywhere still carries
 * their name, e-mail or words, and no number their home or the places they gave.
 */
describe('erasure', () => {
  let test: TestApp;
  let here: string;
  let admin: SignedUp;
  let victim: SignedUp;
  let volunteer: SignedUp;
  let resident: SignedUp;
  let neighbour: SignedUp;
  let recruit: SignedUp;
  let organiser: SignedUp;
  let columns: Column[];
  const posted: Record<'open' | 'assigned' | 'done', string> = { open: '', assigned: '', done: '' };
  const helped: Record<'held' | 'done' | 'onBehalf', string> = { held: '', done: '', onBehalf: '' };
  const ideas: Record<'theirs' | 'others', string> = { theirs: '', others: '' };
  const before = new Map<string, number>();

  const count = async (sql: string, params: unknown[] = []): Promise<number> => Number((await test.db.query(sql, params))[0].n);
  const personColumns = () => columns.filter((c) => c.references === 'person');
  const idColumns = () => columns.filter((c) => c.type === 'uuid' || c.type === '_uuid' || (c.table === 'audit_log' && c.column === 'subject_id'));
  const holding = (c: Column, id: string) =>
    count(`SELECT count(*) AS n FROM ${quoted(c.table)} WHERE ${c.type.startsWith('_') ? `$1 = ANY(${quoted(c.column)})` : `${quoted(c.column)}::text = $1`}`, [id]);

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3]);
    here = (await neighbourhoodIdsByName(test))['Enfants-Rouges'] as string;
    admin = await makeAdmin(test.api, test.db);
    organiser = await makeOrganiser(test.api, test.db, [here]);
    victim = await signUpVolunteer(test.api, { displayName: NAME, location: HOME, rankingConsent: true, email: `zephyrine.quilleboeuf.${Date.now()}@example.org` });
    await test.db.query(`UPDATE person SET roles = ARRAY['RESIDENT', 'VOLUNTEER', 'ORGANISER', 'ADMIN'] WHERE id = $1`, [victim.id]);
    await test.db.query(`INSERT INTO organiser_scope (person_id, neighbourhood_id, granted_by_id) VALUES ($1, $2, $3)`, [victim.id, here, admin.id]);
    volunteer = await signUpVolunteer(test.api, { displayName: 'Valérie Bénévole', rankingConsent: true });
    resident = await signUp(test.api, { displayName: 'Jeanne Résidente' });
    neighbour = await signUpVolunteer(test.api, { displayName: 'Bruno Voisin', rankingConsent: true });
    recruit = await signUp(test.api, { displayName: 'Paul Recrue', referralCode: victim.referralCode });

    // What they asked for: one still open, one taken, one done and thanked.
    const words = (what: string) => `QUILLE ${what} chez Zéphyrine`;
    posted.open = (await postRequest(test.api, victim.token, { location: POSTED_AT[0], address: '1 rue Quillebœuf, 75003 Paris', description: words('open') })).id;
    posted.assigned = (await postRequest(test.api, victim.token, { location: POSTED_AT[1], address: '2 rue Quillebœuf, 75003 Paris', description: words('taken') })).id;
    await test.api.ok(ACCEPT, { id: posted.assigned }, volunteer.token);
    posted.done = (await postRequest(test.api, victim.token, {
      location: POSTED_AT[2],
      address: '3 rue Quillebœuf, 75003 Paris',
      description: words('done'),
      category: 'HOMEWORK',
      subject: 'Quillemaths',
    })).id;
    await test.api.ok(ACCEPT, { id: posted.done }, volunteer.token);
    await test.api.ok(COMPLETE, { id: posted.done }, volunteer.token);
    await test.api.ok(THANK, { requestId: posted.done, rating: 5, message: 'Merci de la part de Zéphyrine' }, victim.token);

    // What they did for others: a task held, one done and thanked, one posted for a resident who phoned.
    helped.held = (await postRequest(test.api, resident.token, { description: 'Porter un colis' })).id;
    await test.api.ok(ACCEPT, { id: helped.held }, victim.token);
    helped.done = (await postRequest(test.api, resident.token, { description: 'Arroser les plantes' })).id;
    await test.api.ok(ACCEPT, { id: helped.done }, victim.token);
    await test.api.ok(COMPLETE, { id: helped.done }, victim.token);
    await test.api.ok(THANK, { requestId: helped.done, rating: 4, message: 'Merci Zéphyrine !' }, resident.token);
    helped.onBehalf = (await postRequest(test.api, victim.token, { description: 'Appeler Madame Roux', onBehalfOf: resident.id })).id;
    await test.api.ok(GET, { id: helped.onBehalf }, victim.token);

    // Trust, rights and settings they gave and received.
    await test.api.ok(ENDORSE, { personId: volunteer.id }, victim.token);
    await test.api.ok(ENDORSE, { personId: victim.id }, neighbour.token);
    await test.api.ok(GRANT, { personId: recruit.id, ids: [here] }, victim.token);
    await test.api.ok(PROMOTE, { personId: neighbour.id, n: here }, victim.token);
    await test.api.ok(DEMOTE, { personId: neighbour.id, n: here, reason: 'Bruno a déménagé' }, victim.token);
    await test.api.ok(PROMOTE, { personId: victim.id, n: here }, admin.token);
    await test.api.ok(DEMOTE, { personId: victim.id, n: here, reason: 'Zéphyrine ne répond plus' }, admin.token);
    // An ambassador again, with news consent: the campaign they write and send reaches them too.
    await test.api.ok(PROMOTE, { personId: victim.id, n: here }, admin.token);
    await test.api.ok(`mutation { updateConsents(input: { news: true }) { id } }`, {}, victim.token);
    const campaign = await test.api.ok<{ createCampaign: { id: string } }>(
      `mutation C($input: CampaignInput!) { createCampaign(input: $input) { id } }`,
      { input: { title: 'Fête de quartier', message: 'Venez nombreux samedi', neighbourhoodIds: [here] } },
      victim.token,
    );
    await test.api.ok(`mutation S($id: ID!) { sendCampaign(id: $id) { id } }`, { id: campaign.createCampaign.id }, victim.token);
    await test.api.ok(
      `mutation W($input: WayToHelpInput!) { createWayToHelp(input: $input) { id } }`,
      { input: { kind: 'GIVE_BLOOD', title: 'Donner son sang', body: 'Collecte samedi à la mairie', neighbourhoodIds: [here] } },
      victim.token,
    );
    await test.api.ok(`mutation R($id: ID!) { recordRelay(campaignId: $id, channel: DOOR_TO_DOOR, reach: 12) { relayedAt } }`, { id: campaign.createCampaign.id }, victim.token);
    await test.api.ok(RECORD_CONSENT, { personId: resident.id, input: { news: true } }, victim.token);
    await test.api.ok(WEIGHTS, { input: { proximity: 2 } }, victim.token);
    await test.api.ok(REFRESH, { id: here }, organiser.token);
    // An idea of theirs, voted for by a neighbour and moderated with words to them; a vote and a moderation of theirs on another's.
    ideas.theirs = (await test.api.ok<{ postIdea: { id: string } }>(POST_IDEA, { input: { title: 'Le potager de Zéphyrine', body: 'Quillebœuf propose des bacs', neighbourhoodId: here } }, victim.token)).postIdea.id;
    await test.api.ok(VOTE_IDEA, { id: ideas.theirs }, neighbour.token);
    await test.api.ok(MODERATE_IDEA, { id: ideas.theirs, status: 'ADOPTED', reason: 'Merci Zéphyrine, le conseil la reprend' }, organiser.token);
    ideas.others = (await test.api.ok<{ postIdea: { id: string } }>(POST_IDEA, { input: { title: 'Une boîte à livres', body: 'Square du Temple', neighbourhoodId: here } }, resident.token)).postIdea.id;
    await test.api.ok(VOTE_IDEA, { id: ideas.others }, victim.token);
    await test.api.ok(VOTE_IDEA, { id: ideas.others }, neighbour.token);
    await test.api.ok(MODERATE_IDEA, { id: ideas.others, status: 'ADOPTED', reason: 'Retenue pour le printemps' }, victim.token);
    // A comment of theirs, and one of a neighbour that they hid as a moderator.
    const COMMENT = `mutation Comment($id: ID!, $body: String!) { commentIdea(ideaId: $id, body: $body) { id } }`;
    await test.api.ok(COMMENT, { id: ideas.others, body: 'Zéphyrine en apportera, QUILLE' }, victim.token);
    const hidden = (await test.api.ok<{ commentIdea: { id: string } }>(COMMENT, { id: ideas.others, body: 'Hors sujet' }, neighbour.token)).commentIdea.id;
    await test.api.ok(`mutation Hide($id: ID!) { hideIdeaComment(id: $id) { id } }`, { id: hidden }, victim.token);
    // Their share link of an idea, visited once.
    expect((await fetch(`${test.baseUrl}/i/${ideas.others}?c=${victim.referralCode}`, { redirect: 'manual' })).status).toBe(303);
    // A week's digest sent to them (its record; the mail is the outbox's).
    await test.db.query(`INSERT INTO digest_sent (person_id, iso_week) VALUES ($1, '2026-W49')`, [victim.id]);
    // A wrong password: a log-in counter is kept under their e-mail.
    expect(errorCode(await test.api.request(LOG_IN, { email: victim.email, password: 'not the password' }))).toBe('UNAUTHENTICATED');

    columns = await test.db.query(CATALOGUE);
    for (const c of idColumns()) before.set(`${c.table}.${c.column}`, await holding(c, victim.id));
  });
  afterAll(() => test.close());

  it('has a rule for every table and every column that could hold a person', () => {
    const tables: string[] = [...new Set(columns.map((c) => c.table))];
    expect(tables.filter((t) => !ERASURE_RULES[t])).toEqual([]);
    expect(columns.filter((c) => !ERASURE_RULES[c.table]?.columns[c.column]).map((c) => `${c.table}.${c.column}`)).toEqual([]);
    // Every reference to a person is a rule that does something.
    expect(personColumns().filter((c) => ERASURE_RULES[c.table]?.columns[c.column] === 'not personal').map((c) => `${c.table}.${c.column}`)).toEqual([]);
  });

  it('starts from a person found in every column that references a person', () => {
    const missing = personColumns().filter((c) => !before.get(`${c.table}.${c.column}`)).map((c) => `${c.table}.${c.column}`);
    expect(missing).toEqual([]);
    expect(before.get('audit_log.subject_id')).toBeGreaterThan(0);
  });

  it('asks for the password again, and a wrong one changes nothing', async () => {
    const wrong = await test.api.request(DELETE_ME, { password: 'not the password' }, victim.token);
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field: 'password' })]);
    expect(errorCode(await test.api.request(DELETE_ME, { password: PASSWORD }))).toBe('UNAUTHENTICATED');
    expect(await count(`SELECT count(*) AS n FROM person WHERE id = $1`, [victim.id])).toBe(1);
  });

  describe('once they erased their account', () => {
    let emailThrottleRows: number;

    beforeAll(async () => {
      emailThrottleRows = await count(`SELECT count(*) AS n FROM login_throttle WHERE scope = 'EMAIL'`);
      expect((await test.api.ok<{ deleteMyAccount: boolean }>(DELETE_ME, { password: PASSWORD }, victim.token)).deleteMyAccount).toBe(true);
    });

    it('holds their id in no column but the change logs, and the placeholder stands where rules say', async () => {
      const left: string[] = [];
      const placeholderMissing: string[] = [];
      for (const c of idColumns()) {
        const fate = ERASURE_RULES[c.table]?.columns[c.column];
        if (fate === 'transient') continue;
        if ((await holding(c, victim.id)) > 0) left.push(`${c.table}.${c.column}`);
        if (fate === 'placeholder' && (await holding(c, ERASED_PERSON_ID)) === 0) placeholderMissing.push(`${c.table}.${c.column}`);
      }
      expect(left).toEqual([]);
      expect(placeholderMissing).toEqual([]);
    });

    it('keeps no text carrying their name, e-mail, words or addresses, anywhere', async () => {
      const found: string[] = [];
      const texts = columns.filter((c) => ['text', 'varchar', 'jsonb', '_text'].includes(c.type));
      for (const c of texts) {
        const needles = [...MARKERS, victim.email.toLowerCase()];
        const n = await count(`SELECT count(*) AS n FROM ${quoted(c.table)} WHERE lower(${quoted(c.column)}::text) LIKE ANY ($1::text[])`, [needles.map((m) => `%${m}%`)]);
        if (n) found.push(`${c.table}.${c.column}`);
      }
      expect(found).toEqual([]);
    });

    it('keeps no number or point at their home or at the places they gave', async () => {
      const places = [HOME, ...POSTED_AT];
      const found: string[] = [];
      for (const c of columns.filter((col) => col.type === 'float8')) {
        const n = await count(`SELECT count(*) AS n FROM ${quoted(c.table)} WHERE ${quoted(c.column)} = ANY($1::float8[])`, [places.flatMap((p) => [p.lat, p.lng])]);
        if (n) found.push(`${c.table}.${c.column}`);
      }
      for (const c of columns.filter((col) => col.type === 'point')) {
        // Either order of the coordinates: a point's x is not always its longitude.
        const xy = places.flatMap((p) => [p.lng, p.lat, p.lat, p.lng]);
        const n = await count(`SELECT count(*) AS n FROM ${quoted(c.table)} WHERE ${xy.map((_, i) => (i % 2 ? '' : `${quoted(c.column)} ~= point($${i + 1}, $${i + 2})`)).filter(Boolean).join(' OR ')}`, xy);
        if (n) found.push(`${c.table}.${c.column}`);
      }
      expect(found).toEqual([]);
    });

    it('forgets the log-in counter kept under their e-mail', async () => {
      expect(await count(`SELECT count(*) AS n FROM login_throttle WHERE scope = 'EMAIL'`)).toBe(emailThrottleRows - 1);
    });

    it('ends their token, and their e-mail signs up again as a new person', async () => {
      expect((await test.api.request(ME, {}, victim.token)).data).toEqual({ me: null });
      expect(errorCode(await test.api.request(ENDORSE, { personId: volunteer.id }, victim.token))).toBe('UNAUTHENTICATED');
      const again = await signUp(test.api, { email: victim.email, displayName: 'Nouvelle personne' });
      expect(again.id).not.toBe(victim.id);
      expect(again.referralCode).not.toBe(victim.referralCode);
    });

    it("cancels the requests they were waiting on, and gives back the task they held to another volunteer", async () => {
      const status = async (id: string) => (await test.db.query(`SELECT status, assignee_id FROM help_request WHERE id = $1`, [id]))[0];
      expect(await status(posted.open)).toEqual({ status: 'CANCELLED', assignee_id: null });
      expect(await status(posted.assigned)).toMatchObject({ status: 'CANCELLED' });
      expect(await status(helped.held)).toEqual({ status: 'OPEN', assignee_id: null });
      expect(await count(`SELECT count(*) AS n FROM volunteer_profile WHERE person_id = $1 AND active_requests = 0`, [volunteer.id])).toBe(1);
    });

    it("leaves what others did with them in the others' history, anonymised", async () => {
      const theirs = await test.api.ok<{ helpRequest: Record<string, unknown> }>(REQUEST_AFTER, { id: posted.done }, volunteer.token);
      expect(theirs.helpRequest).toEqual({
        status: 'DONE',
        description: '—',
        address: null,
        requester: { id: ERASED_PERSON_ID, erased: true, displayName: '—' },
        assignee: { id: volunteer.id },
      });
      const mine = await test.api.ok<{ helpRequest: Record<string, unknown> }>(REQUEST_AFTER, { id: helped.done }, resident.token);
      expect(mine.helpRequest).toMatchObject({ status: 'DONE', assignee: { id: ERASED_PERSON_ID } });
      const thanks = await test.db.query(`SELECT rating, message FROM thanks WHERE help_request_id = ANY($1::uuid[]) ORDER BY rating`, [[posted.done, helped.done]]);
      expect(thanks).toEqual([
        { rating: 4, message: null },
        { rating: 5, message: null },
      ]);
      expect((await test.db.query(`SELECT completed_count FROM volunteer_profile WHERE person_id = $1`, [volunteer.id]))[0].completed_count).toBe(1);
      // A help they gave and nobody thanked yet can no longer be: there is nobody to thank.
      await test.db.query(`DELETE FROM thanks WHERE help_request_id = $1`, [helped.done]);
      const late = await test.api.request(THANK, { requestId: helped.done, rating: 5, message: 'Merci !' }, resident.token);
      expect(errorCode(late)).toBe('CONFLICT');
      expect(late.errors?.[0]?.extensions?.['reason']).toBe('VOLUNTEER_ERASED');
    });

    it("takes their ideas and their votes away, and keeps others' ideas they voted for or moderated", async () => {
      expect(await count(`SELECT count(*) AS n FROM idea WHERE id = $1`, [ideas.theirs])).toBe(0);
      expect(await count(`SELECT count(*) AS n FROM idea_vote WHERE idea_id = $1`, [ideas.theirs])).toBe(0);
      const others = await test.db.query(`SELECT votes, moderated_by_id, moderation_reason FROM idea WHERE id = $1`, [ideas.others]);
      expect(others).toEqual([{ votes: 1, moderated_by_id: ERASED_PERSON_ID, moderation_reason: 'Retenue pour le printemps' }]);
      // The neighbour's vote alone is left in the sum.
      const [sums] = await test.db.query(`SELECT i.vote_weight::float8 AS total, (SELECT sum(weight)::float8 FROM idea_vote WHERE idea_id = i.id) AS kept FROM idea i WHERE i.id = $1`, [ideas.others]);
      expect(sums.total).toBeCloseTo(sums.kept, 6);
      expect(await count(`SELECT count(*) AS n FROM audit_log WHERE action = 'MODERATE_IDEA' AND subject_id = $1 AND detail IS NULL`, [ideas.theirs])).toBe(1);
    });

    it('is in no ranking, and their endorsement and recruit count no more once scores are recomputed', async () => {
      // The neighbourhood is due for its recomputation (the job would run it within the minute).
      expect(await count(`SELECT count(*) AS n FROM leader_refresh_due WHERE neighbourhood_id = $1`, [here])).toBe(1);
      await test.api.ok(REFRESH, { id: here }, organiser.token);
      const ranking = (await test.api.ok<{ leaderRanking: { person: { id: string }; endorsers: { id: string }[] }[] }>(RANKING, { id: here }, organiser.token)).leaderRanking;
      expect(ranking.map((r) => r.person.id)).toContain(volunteer.id);
      expect(ranking.map((r) => r.person.id)).not.toContain(victim.id);
      expect(ranking.flatMap((r) => r.endorsers.map((e) => e.id))).not.toContain(victim.id);
      expect(await count(`SELECT count(*) AS n FROM leader_score WHERE person_id = $1 AND endorsements = 0`, [volunteer.id])).toBe(1);
      expect((await test.db.query(`SELECT referred_by_id FROM person WHERE id = $1`, [recruit.id]))[0].referred_by_id).toBeNull();
    });

    it('is found by no search, and the placeholder is listed nowhere', async () => {
      const found = await test.api.ok<{ people: { totalCount: number; items: { id: string }[] } }>(PEOPLE, { search: 'Zéphyrine' }, admin.token);
      expect(found.people.totalCount).toBe(0);
      const everyone = await test.api.ok<{ people: { items: { id: string }[] } }>(PEOPLE, { search: null }, admin.token);
      expect(everyone.people.items.map((p) => p.id)).not.toContain(ERASED_PERSON_ID);
      expect(errorCode(await test.api.request(LOG_IN, { email: '', password: '' }))).toBe('UNAUTHENTICATED');
    });

    it('is audited without naming whom it erased', async () => {
      const rows = await test.db.query(`SELECT actor_id, subject_id, detail FROM audit_log WHERE action = 'ERASE_PERSON'`);
      expect(rows).toEqual([{ actor_id: ERASED_PERSON_ID, subject_id: ERASED_PERSON_ID, detail: { reason: 'SELF' } }]);
    });
  });

  describe('by an admin, for someone who asked by phone', () => {
    it('is ADMIN only, with a reason, for someone who exists', async () => {
      expect(errorCode(await test.api.request(ERASE, { personId: resident.id, reason: 'Demande par téléphone' }, organiser.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(ERASE, { personId: resident.id, reason: 'Demande par téléphone' }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await test.api.request(ERASE, { personId: resident.id, reason: '  ' }, admin.token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await test.api.request(ERASE, { personId: '7d1c3d2e-8a4b-4c5d-9e6f-0a1b2c3d4e5f', reason: 'Demande par téléphone' }, admin.token))).toBe('NOT_FOUND');
      expect(errorCode(await test.api.request(ERASE, { personId: ERASED_PERSON_ID, reason: 'Demande par téléphone' }, admin.token))).toBe('NOT_FOUND');
      expect(await count(`SELECT count(*) AS n FROM person WHERE id = $1`, [resident.id])).toBe(1);
    });

    it('erases them and records who did it and why', async () => {
      expect((await test.api.ok<{ erasePerson: boolean }>(ERASE, { personId: resident.id, reason: 'Demande par courrier du 3 décembre' }, admin.token)).erasePerson).toBe(true);
      expect(await count(`SELECT count(*) AS n FROM person WHERE id = $1`, [resident.id])).toBe(0);
      expect(await count(`SELECT count(*) AS n FROM help_request WHERE requester_id = $1`, [resident.id])).toBe(0);
      const audit = await test.db.query(`SELECT actor_id, subject_id, detail FROM audit_log WHERE action = 'ERASE_PERSON' AND actor_id = $1`, [admin.id]);
      expect(audit).toEqual([{ actor_id: admin.id, subject_id: ERASED_PERSON_ID, detail: { reason: 'Demande par courrier du 3 décembre' } }]);
      expect(errorCode(await test.api.request(ERASE, { personId: resident.id, reason: 'Une seconde fois' }, admin.token))).toBe('NOT_FOUND');
    });

    it('never erases the last admin', async () => {
      const refused = await test.api.request(DELETE_ME, { password: PASSWORD }, admin.token);
      expect(errorCode(refused)).toBe('CONFLICT');
      expect(refused.errors?.[0]?.extensions?.['reason']).toBe('LAST_ADMIN');
      expect(await count(`SELECT count(*) AS n FROM person WHERE id = $1`, [admin.id])).toBe(1);
    });
  });
});
