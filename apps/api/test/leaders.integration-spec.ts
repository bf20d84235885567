import { LeaderScoresService } from '@relais/server-leaders';
import { errorCode } from './support/graphql-client';
import { ASSIGN, COMPLETE, ENDORSE, THANK, makeOrganiser, postRequest, signUpVolunteer } from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { count, makeAdmin, signUp } from './support/people-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

/** In Sainte-Marguerite (11e), away from the Marais. */
const ELSEWHERE = { lat: 48.8535, lng: 2.3895 };

const SCORE_FIELDS = `rank score person { id displayName isAmbassador } neighbourhood { id }
  components { name value weight }
  facts { windowDays helps distinctResidents meanRating ratings endorsements recruits }`;
const RANKING = `query Ranking($id: ID!, $first: Int) { leaderRanking(neighbourhoodId: $id, first: $first) { ${SCORE_FIELDS} } }`;
const REFRESH = `mutation Refresh($id: ID!) { refreshLeaderScores(neighbourhoodId: $id) }`;
const PROMOTE = `mutation Promote($personId: ID!, $id: ID!) { promoteToAmbassador(personId: $personId, neighbourhoodId: $id) { id isAmbassador } }`;
const DEMOTE = `mutation Demote($personId: ID!, $id: ID!, $reason: String!) {
  demoteAmbassador(personId: $personId, neighbourhoodId: $id, reason: $reason) { id isAmbassador } }`;
const AMBASSADORS = `query Ambassadors($id: ID!, $past: Boolean) {
  ambassadors(neighbourhoodId: $id, includePast: $past) { person { id } promotedBy { id } demotedBy { id } demotedAt demotionReason } }`;
const BOARD = `query Board($id: ID!, $ambassadors: Boolean, $category: HelpCategory, $first: Int, $offset: Int) {
  leaderBoard(neighbourhoodId: $id, ambassadors: $ambassadors, category: $category, first: $first, offset: $offset) {
    total items { rank person { id } history { day score rank } } } }`;
const SUGGESTED = `query Suggested($id: ID!) { suggestedAmbassadors(neighbourhoodId: $id) { rank person { id } } }`;
const SCORE_OF = `query ScoreOf($personId: ID!) { leaderScore(personId: $personId) { rank facts { helps } endorsers { id } recruits { id } history { day } } }`;
const MY_SCORE = `{ myLeaderScore { rank score components { name value weight } } }`;
const OVERVIEW = `{ leaderOverview { neighbourhood { id name } top { rank person { id } } volunteers consenting ambassadors } }`;
const CONSENT = `mutation Consent($consent: Boolean!) { updateRankingConsent(consent: $consent) { id rankingConsent } }`;
const SETTINGS = `{ leaderSettings { weights { activity reach trust reliability centrality } halfLifeDays centrality priors { rating { mean count } } } }`;
const UPDATE_SETTINGS = `mutation Update($input: LeaderSettingsInput!) {
  updateLeaderSettings(input: $input) { weights { activity reach trust reliability centrality } halfLifeDays centrality } }`;

interface RankedRow {
  rank: number;
  score: number;
  person: { id: string; isAmbassador: boolean };
  components: { name: string; value: number; weight: number }[];
  facts: Record<string, number | null>;
}

describe('leaders: scores, rankings and ambassadors', () => {
  let test: TestApp;
  let here: string;
  let there: string;
  let organiser: SignedUp;
  let elsewhereOrganiser: SignedUp;
  let admin: SignedUp;
  let star: SignedUp;
  let helper: SignedUp;
  let shy: SignedUp;
  let away: SignedUp;
  let residents: SignedUp[];
  let recruit: SignedUp;

  /** A resident's need, assigned to the volunteer, done, thanked. */
  async function help(volunteer: SignedUp, resident: SignedUp, rating: number): Promise<void> {
    const request = await postRequest(test.api, resident.token);
    await test.api.ok(ASSIGN, { id: request.id, volunteerId: volunteer.id }, organiser.token);
    await test.api.ok(COMPLETE, { id: request.id }, volunteer.token);
    await test.api.ok(THANK, { requestId: request.id, rating }, resident.token);
  }

  async function ranking(token = organiser.token): Promise<RankedRow[]> {
    return (await test.api.ok<{ leaderRanking: RankedRow[] }>(RANKING, { id: here }, token)).leaderRanking;
  }

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3, 11]);
    const ids = await neighbourhoodIdsByName(test);
    here = ids['Enfants-Rouges'] as string;
    there = ids['Sainte-Marguerite'] as string;
    organiser = await makeOrganiser(test.api, test.db, [here]);
    elsewhereOrganiser = await makeOrganiser(test.api, test.db, [there]);
    admin = await makeAdmin(test.api, test.db);
    star = await signUpVolunteer(test.api, { displayName: 'Star', rankingConsent: true });
    helper = await signUpVolunteer(test.api, { displayName: 'Helper', rankingConsent: true, skills: ['HOMEWORK'] });
    shy = await signUpVolunteer(test.api, { displayName: 'Shy', rankingConsent: false });
    away = await signUpVolunteer(test.api, { displayName: 'Away', rankingConsent: true, location: ELSEWHERE });
    residents = [];
    for (let i = 0; i < 4; i++) residents.push(await signUp(test.api));
    for (const resident of residents.slice(0, 3)) await help(star, resident, 5);
    await help(helper, residents[3] as SignedUp, 3);
    await help(shy, residents[0] as SignedUp, 5);
    await test.api.ok(ENDORSE, { personId: star.id }, (residents[0] as SignedUp).token);
    recruit = await signUp(test.api, { referralCode: star.referralCode });
  });
  afterAll(() => test.close());

  describe('refreshLeaderScores and leaderRanking', () => {
    it('ranks the consenting volunteers of the neighbourhood, best first, with explained parts', async () => {
      expect((await test.api.ok<{ refreshLeaderScores: boolean }>(REFRESH, { id: here }, organiser.token)).refreshLeaderScores).toBe(true);
      const rows = await ranking();
      expect(rows.map((row) => [row.rank, row.person.id])).toEqual([
        [1, star.id],
        [2, helper.id],
      ]);
      for (const row of rows) {
        expect(row.components.map((c) => c.name)).toEqual(['activity', 'reach', 'trust', 'reliability', 'centrality']);
        expect(row.components.reduce((sum, c) => sum + c.weight, 0)).toBeCloseTo(1, 9);
        expect(row.components.every((c) => c.value >= 0 && c.value <= 1)).toBe(true);
        expect(row.score).toBeCloseTo(row.components.reduce((sum, c) => sum + c.value * c.weight, 0), 9);
      }
      expect(rows[0]?.score).toBeGreaterThan(rows[1]?.score as number);
      expect(rows[0]?.facts).toEqual({
        windowDays: 60,
        helps: 3,
        distinctResidents: 3,
        meanRating: 5,
        ratings: 3,
        endorsements: 1,
        recruits: 1,
      });
    });

    it('writes one row per ranked volunteer and one snapshot per day, however often it runs', async () => {
      await test.api.ok(REFRESH, { id: here }, organiser.token);
      const scores = await test.db.query(`SELECT person_id FROM leader_score WHERE neighbourhood_id = $1`, [here]);
      const snapshots = await test.db.query(`SELECT person_id, day FROM leader_score_snapshot WHERE neighbourhood_id = $1`, [here]);
      expect(scores).toHaveLength(2);
      expect(snapshots).toHaveLength(2);
    });

    it('gives the same scores from the neighbourhood’s part of the graph as from the whole city', async () => {
      // Trust that comes from another neighbourhood, through someone trusted there.
      await test.api.ok(ENDORSE, { personId: helper.id }, away.token);
      const far = await signUp(test.api, { location: ELSEWHERE });
      await test.api.ok(ENDORSE, { personId: away.id }, far.token);
      const now = new Date();
      const scoresService = test.app.get(LeaderScoresService);
      await scoresService.refresh(here, now);
      const alone = await ranking();
      await scoresService.refreshAll(new Date(now.getTime() + 1));
      const whole = await ranking();
      expect(whole.map((row) => row.person.id)).toEqual(alone.map((row) => row.person.id));
      whole.forEach((row, i) => expect(row.score).toBeCloseTo(alone[i]?.score as number, 9));
    });

    it('never ranks a volunteer of another neighbourhood there, and ranks them at home', async () => {
      await test.api.ok(REFRESH, { id: there }, elsewhereOrganiser.token);
      const data = await test.api.ok<{ leaderRanking: RankedRow[] }>(RANKING, { id: there }, elsewhereOrganiser.token);
      expect(data.leaderRanking.map((row) => row.person.id)).toEqual([away.id]);
    });

    it('drops a volunteer who withdraws consent at the next computation', async () => {
      await test.api.ok(CONSENT, { consent: false }, helper.token);
      await test.api.ok(REFRESH, { id: here }, organiser.token);
      expect((await ranking()).map((row) => row.person.id)).toEqual([star.id]);
      await test.api.ok(CONSENT, { consent: true }, helper.token);
      await test.api.ok(REFRESH, { id: here }, organiser.token);
      expect((await ranking()).map((row) => row.person.id)).toEqual([star.id, helper.id]);
    });

    it('is for organisers of the neighbourhood and ADMIN only', async () => {
      expect(errorCode(await test.api.request(RANKING, { id: here }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await test.api.request(RANKING, { id: here }, star.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(RANKING, { id: here }, elsewhereOrganiser.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(REFRESH, { id: here }, elsewhereOrganiser.token))).toBe('FORBIDDEN');
      expect((await test.api.ok<{ leaderRanking: RankedRow[] }>(RANKING, { id: here }, admin.token)).leaderRanking).toHaveLength(2);
    });

    it('refuses bad input and unknown neighbourhoods', async () => {
      expect(errorCode(await test.api.request(RANKING, { id: here, first: 0 }, organiser.token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await test.api.request(RANKING, { id: here, first: 101 }, organiser.token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await test.api.request(RANKING, { id: 'not-an-id' }, admin.token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await test.api.request(REFRESH, { id: '00000000-0000-4000-8000-000000000000' }, admin.token))).toBe('NOT_FOUND');
    });
  });

  describe('recomputation when activity changes', () => {
    it('marks the neighbourhood in the same transaction as the change, and the job recomputes it', async () => {
      await test.db.query(`DELETE FROM leader_refresh_due`);
      const endorsementsBefore = (await ranking()).find((row) => row.person.id === helper.id)?.facts['endorsements'] as number;
      const before: { computed_at: Date }[] = await test.db.query(`SELECT max(computed_at) AS computed_at FROM leader_score WHERE neighbourhood_id = $1`, [here]);
      await test.api.ok(ENDORSE, { personId: helper.id }, (residents[1] as SignedUp).token);
      const due: { neighbourhood_id: string }[] = await test.db.query(`SELECT neighbourhood_id FROM leader_refresh_due`);
      expect(due.map((row) => row.neighbourhood_id)).toEqual([here]);

      const service = test.app.get(LeaderScoresService);
      expect(await service.refreshDue()).toBe(0);
      await test.db.query(`UPDATE leader_refresh_due SET due_at = now() - interval '1 second'`);
      expect(await service.refreshDue()).toBe(1);
      expect(await count(test.db, 'leader_refresh_due')).toBe(0);
      const after: { computed_at: Date }[] = await test.db.query(`SELECT max(computed_at) AS computed_at FROM leader_score WHERE neighbourhood_id = $1`, [here]);
      expect(after[0]?.computed_at.getTime()).toBeGreaterThan(before[0]?.computed_at.getTime() as number);
      const helperRow = (await ranking()).find((row) => row.person.id === helper.id);
      expect(helperRow?.facts['endorsements']).toBe(endorsementsBefore + 1);
    });

    it('keeps every due neighbourhood due when their recomputation fails, not only the first', async () => {
      const service = test.app.get(LeaderScoresService);
      const all: { id: string }[] = await test.db.query(`SELECT id FROM neighbourhood`);
      await test.db.query(`DELETE FROM leader_refresh_due`);
      await test.db.query(`INSERT INTO leader_refresh_due (neighbourhood_id, due_at) SELECT id, now() - interval '1 second' FROM neighbourhood`);
      // A fault every recomputation meets: the table it writes is gone for a moment.
      await test.db.query(`ALTER TABLE leader_score RENAME TO leader_score_away`);
      try {
        await expect(service.refreshDue()).rejects.toThrow();
      } finally {
        await test.db.query(`ALTER TABLE leader_score_away RENAME TO leader_score`);
      }
      expect(await count(test.db, 'leader_refresh_due')).toBe(all.length);
      await test.db.query(`UPDATE leader_refresh_due SET due_at = now() - interval '1 second'`);
      expect(await service.refreshDue()).toBe(all.length);
    });

    it('never lets an older computation overwrite a newer one', async () => {
      const service = test.app.get(LeaderScoresService);
      const latest: { computed_at: Date }[] = await test.db.query(`SELECT max(computed_at) AS computed_at FROM leader_score WHERE neighbourhood_id = $1`, [here]);
      await service.refresh(here, new Date((latest[0]?.computed_at as Date).getTime() - 60_000));
      const still: { computed_at: Date }[] = await test.db.query(`SELECT min(computed_at) AS computed_at FROM leader_score WHERE neighbourhood_id = $1`, [here]);
      expect(still[0]?.computed_at.getTime()).toBe(latest[0]?.computed_at.getTime());
    });

    it('in a full run, skips only the neighbourhoods written since, wherever they come in the order', async () => {
      const service = test.app.get(LeaderScoresService);
      // The neighbourhood computed last in a full run (they go by id) was written after this run's time.
      const [last] = await test.db.query(`SELECT id FROM neighbourhood WHERE id <> $1 ORDER BY id DESC LIMIT 1`, [here]);
      const later = new Date(Date.now() + 3_600_000);
      await test.db.query(
        `INSERT INTO leader_score (neighbourhood_id, person_id, rank, score, component_values, component_weights,
                                   window_days, helps, distinct_residents, ratings, endorsements, recruits, computed_at)
         VALUES ($1, $2, 1, 0.5, '{}', '{}', 60, 0, 0, 0, 0, 0, $3)
         ON CONFLICT (neighbourhood_id, person_id) DO UPDATE SET computed_at = EXCLUDED.computed_at`, // `away`'s home may come last
        [last.id, away.id, later],
      );
      const now = new Date();
      await service.refreshAll(now);
      const written: { computed_at: Date }[] = await test.db.query(`SELECT DISTINCT computed_at FROM leader_score WHERE neighbourhood_id = $1`, [here]);
      expect(written.map((row) => row.computed_at.getTime())).toEqual([now.getTime()]);
      const kept: { computed_at: Date }[] = await test.db.query(`SELECT computed_at FROM leader_score WHERE neighbourhood_id = $1`, [last.id]);
      expect(kept.map((row) => row.computed_at.getTime())).toEqual([later.getTime()]);
      await test.db.query(`DELETE FROM leader_score WHERE neighbourhood_id = $1`, [last.id]);
    });
  });

  describe('ambassadors', () => {
    it('promotes a volunteer of the neighbourhood, once, and audits it', async () => {
      const data = await test.api.ok<{ promoteToAmbassador: { id: string; isAmbassador: boolean } }>(PROMOTE, { personId: star.id, id: here }, organiser.token);
      expect(data.promoteToAmbassador).toEqual({ id: star.id, isAmbassador: true });
      expect((await ranking())[0]?.person).toMatchObject({ id: star.id, isAmbassador: true });
      const audit = await test.db.query(`SELECT actor_id FROM audit_log WHERE action = 'PROMOTE_AMBASSADOR' AND subject_id = $1`, [star.id]);
      expect(audit).toEqual([{ actor_id: organiser.id }]);

      const again = await test.api.request(PROMOTE, { personId: star.id, id: here }, organiser.token);
      expect(errorCode(again)).toBe('CONFLICT');
      expect(again.errors?.[0]?.extensions?.['reason']).toBe('ALREADY_AMBASSADOR');
      expect(await count(test.db, 'ambassador')).toBe(1);
      // Told once, in French by default; the refused second promotion sent nothing.
      const mails = await test.db.query(`SELECT subject FROM outbox_email WHERE kind = 'ambassadorPromoted' AND to_address = $1`, [star.email]);
      expect(mails).toEqual([{ subject: 'Vous êtes ambassadeur·rice de votre quartier' }]);
    });

    it('refuses people who cannot be ambassadors here, and other organisers, changing nothing', async () => {
      expect(errorCode(await test.api.request(PROMOTE, { personId: away.id, id: here }, organiser.token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await test.api.request(PROMOTE, { personId: (residents[0] as SignedUp).id, id: here }, organiser.token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await test.api.request(PROMOTE, { personId: helper.id, id: here }, elsewhereOrganiser.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(PROMOTE, { personId: helper.id, id: here }, helper.token))).toBe('FORBIDDEN');
      expect(
        errorCode(await test.api.request(PROMOTE, { personId: '00000000-0000-4000-8000-000000000000', id: here }, organiser.token)),
      ).toBe('NOT_FOUND');
      expect(await count(test.db, 'ambassador')).toBe(1);
    });

    it('lists ambassadors, filters the board by them, and suggests the best of the others', async () => {
      const listed = await test.api.ok<{ ambassadors: { person: { id: string }; promotedBy: { id: string } }[] }>(AMBASSADORS, { id: here }, organiser.token);
      expect(listed.ambassadors).toEqual([expect.objectContaining({ person: { id: star.id }, promotedBy: { id: organiser.id } })]);

      const board = await test.api.ok<{ leaderBoard: { total: number; items: { person: { id: string }; history: { day: string }[] }[] } }>(
        BOARD,
        { id: here, ambassadors: true },
        organiser.token,
      );
      expect(board.leaderBoard.total).toBe(1);
      expect(board.leaderBoard.items[0]?.person.id).toBe(star.id);
      expect(board.leaderBoard.items[0]?.history).toHaveLength(1);

      const others = await test.api.ok<{ leaderBoard: { total: number; items: { person: { id: string } }[] } }>(BOARD, { id: here, ambassadors: false }, organiser.token);
      expect(others.leaderBoard.items.map((item) => item.person.id)).toEqual([helper.id]);
      const suggested = await test.api.ok<{ suggestedAmbassadors: { person: { id: string } }[] }>(SUGGESTED, { id: here }, organiser.token);
      expect(suggested.suggestedAmbassadors.map((row) => row.person.id)).toEqual([helper.id]);
    });

    it('filters the board by the help offered and pages it', async () => {
      const homework = await test.api.ok<{ leaderBoard: { total: number; items: { person: { id: string } }[] } }>(
        BOARD,
        { id: here, category: 'PAPERWORK' },
        organiser.token,
      );
      expect(homework.leaderBoard).toEqual({ total: 0, items: [] });
      const second = await test.api.ok<{ leaderBoard: { total: number; items: { rank: number }[] } }>(BOARD, { id: here, first: 1, offset: 1 }, organiser.token);
      expect(second.leaderBoard).toMatchObject({ total: 2, items: [{ rank: 2 }] });
      const past = await test.api.ok<{ leaderBoard: { total: number; items: unknown[] } }>(BOARD, { id: here, first: 1, offset: 5 }, organiser.token);
      expect(past.leaderBoard).toEqual({ total: 2, items: [] });
    });

    it('demotes with a reason that stays in the history', async () => {
      const blank = await test.api.request(DEMOTE, { personId: star.id, id: here, reason: '  ' }, organiser.token);
      expect(errorCode(blank)).toBe('BAD_USER_INPUT');
      const data = await test.api.ok<{ demoteAmbassador: { isAmbassador: boolean } }>(
        DEMOTE,
        { personId: star.id, id: here, reason: ' moved to Lyon ' },
        organiser.token,
      );
      expect(data.demoteAmbassador.isAmbassador).toBe(false);
      const current = await test.api.ok<{ ambassadors: unknown[] }>(AMBASSADORS, { id: here }, organiser.token);
      expect(current.ambassadors).toEqual([]);
      const history = await test.api.ok<{ ambassadors: { demotionReason: string; demotedBy: { id: string } }[] }>(
        AMBASSADORS,
        { id: here, past: true },
        organiser.token,
      );
      expect(history.ambassadors).toEqual([expect.objectContaining({ demotionReason: 'moved to Lyon', demotedBy: { id: organiser.id } })]);
      const again = await test.api.request(DEMOTE, { personId: star.id, id: here, reason: 'again' }, organiser.token);
      expect(again.errors?.[0]?.extensions?.['reason']).toBe('NOT_AMBASSADOR');
      // A new term may start after the last one ended.
      await test.api.ok(PROMOTE, { personId: star.id, id: here }, organiser.token);
      expect(await count(test.db, 'ambassador')).toBe(2);
    });
  });

  describe("a person's score", () => {
    it('shows the volunteer their own score and its parts', async () => {
      const data = await test.api.ok<{ myLeaderScore: { rank: number; components: unknown[] } }>(MY_SCORE, {}, star.token);
      expect(data.myLeaderScore).toMatchObject({ rank: 1 });
      expect(data.myLeaderScore.components).toHaveLength(5);
      expect((await test.api.ok<{ myLeaderScore: null }>(MY_SCORE, {}, shy.token)).myLeaderScore).toBeNull();
    });

    it('shows organisers who endorsed and who was recruited, and no one else', async () => {
      const data = await test.api.ok<{ leaderScore: { facts: { helps: number }; endorsers: { id: string }[]; recruits: { id: string }[]; history: unknown[] } }>(
        SCORE_OF,
        { personId: star.id },
        organiser.token,
      );
      expect(data.leaderScore).toMatchObject({ facts: { helps: 3 }, endorsers: [{ id: (residents[0] as SignedUp).id }], recruits: [{ id: recruit.id }] });
      expect(data.leaderScore.history.length).toBeGreaterThan(0);
      expect(errorCode(await test.api.request(SCORE_OF, { personId: star.id }, helper.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(SCORE_OF, { personId: star.id }, elsewhereOrganiser.token))).toBe('FORBIDDEN');
    });
  });

  describe('leaderOverview', () => {
    it("gives an organiser their neighbourhoods' top three and who could be ranked", async () => {
      const data = await test.api.ok<{ leaderOverview: { neighbourhood: { id: string }; top: { person: { id: string } }[]; volunteers: number; consenting: number; ambassadors: number }[] }>(
        OVERVIEW,
        {},
        organiser.token,
      );
      expect(data.leaderOverview).toEqual([
        { neighbourhood: expect.objectContaining({ id: here }), top: [{ rank: 1, person: { id: star.id } }, { rank: 2, person: { id: helper.id } }], volunteers: 3, consenting: 2, ambassadors: 1 },
      ]);
    });

    it('gives ADMIN every neighbourhood, including those with nobody to rank yet', async () => {
      const data = await test.api.ok<{ leaderOverview: { neighbourhood: { id: string }; consenting: number }[] }>(OVERVIEW, {}, admin.token);
      expect(data.leaderOverview.length).toBe(8);
      expect(data.leaderOverview.filter((row) => row.consenting === 0)).toHaveLength(6);
    });
  });

  describe('leader settings', () => {
    it('lets ADMIN change them, validated and audited', async () => {
      const data = await test.api.ok<{ updateLeaderSettings: { weights: Record<string, number>; halfLifeDays: number; centrality: string } }>(
        UPDATE_SETTINGS,
        { input: { weights: { trust: 40 }, halfLifeDays: 90, centrality: 'LEADERRANK' } },
        admin.token,
      );
      expect(data.updateLeaderSettings).toMatchObject({ weights: { trust: 40, activity: 0.2 }, halfLifeDays: 90, centrality: 'LEADERRANK' });
      expect(await count(test.db, `audit_log WHERE action = 'UPDATE_SETTING' AND subject_id = 'leaders.settings'`)).toBe(1);
      await test.api.ok(REFRESH, { id: here }, organiser.token);
      expect((await ranking())[0]?.facts['windowDays']).toBe(90);
    });

    it('refuses invalid settings naming the field, and changes nothing', async () => {
      const before = await test.api.ok(SETTINGS, {}, organiser.token);
      const bad = await test.api.request(UPDATE_SETTINGS, { input: { halfLifeDays: 0, weights: { reach: -1 } } }, admin.token);
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect((bad.errors?.[0]?.extensions?.['fields'] as { field: string }[]).map((f) => f.field).sort()).toEqual(['halfLifeDays', 'weights.reach']);
      const allZero = await test.api.request(
        UPDATE_SETTINGS,
        { input: { weights: { activity: 0, reach: 0, trust: 0, reliability: 0, centrality: 0 } } },
        admin.token,
      );
      expect(errorCode(allZero)).toBe('BAD_USER_INPUT');
      expect(errorCode(await test.api.request(UPDATE_SETTINGS, { input: { halfLifeDays: 30 } }, organiser.token))).toBe('FORBIDDEN');
      expect(await test.api.ok(SETTINGS, {}, organiser.token)).toEqual(before);
    });
  });
});
