import { LeaderScoresService } from '@relais/server-leaders';
import { ASSIGN, COMPLETE, ENDORSE, THANK, makeOrganiser, postRequest, signUpVolunteer } from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { signUp } from './support/people-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const RANKING = `query Ranking($id: ID!) { leaderRanking(neighbourhoodId: $id, first: 50) {
  rank score person { id } components { name value } facts { endorsements recruits } } }`;
const REFRESH = `mutation Refresh($id: ID!) { refreshLeaderScores(neighbourhoodId: $id) }`;

interface RankedRow {
  rank: number;
  score: number;
  person: { id: string };
  components: { name: string; value: number }[];
  facts: { endorsements: number; recruits: number };
}

/** How many helps, done and thanked (with these ratings), each volunteer with real help behind them has. */
const REAL_HELP: readonly (readonly number[])[] = [[5, 5], [4], [5], [3, 4], [5], [4, 5], [3], [4]];
const FAKE_ACCOUNTS = 25;
/** Bastille, outside the neighbourhoods imported here. */
const ELSEWHERE = { lat: 48.8535, lng: 2.3895 };

describe('leader rankings against a burst of fresh accounts', () => {
  let test: TestApp;
  let here: string;
  let organiser: SignedUp;
  let established: SignedUp[];
  let target: SignedUp;
  let fakes: SignedUp[];

  async function help(volunteer: SignedUp, resident: SignedUp, rating: number): Promise<void> {
    const request = await postRequest(test.api, resident.token);
    await test.api.ok(ASSIGN, { id: request.id, volunteerId: volunteer.id }, organiser.token);
    await test.api.ok(COMPLETE, { id: request.id }, volunteer.token);
    await test.api.ok(THANK, { requestId: request.id, rating }, resident.token);
  }

  async function ranking(): Promise<RankedRow[]> {
    await test.api.ok(REFRESH, { id: here }, organiser.token);
    return (await test.api.ok<{ leaderRanking: RankedRow[] }>(RANKING, { id: here }, organiser.token)).leaderRanking;
  }

  const rowOf = (rows: RankedRow[], person: SignedUp) => rows.find((row) => row.person.id === person.id) as RankedRow;
  const reachOf = (row: RankedRow) => row.components.find((component) => component.name === 'reach')?.value;

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3]);
    here = (await neighbourhoodIdsByName(test))['Enfants-Rouges'] as string;
    organiser = await makeOrganiser(test.api, test.db, [here]);
    established = [];
    for (const ratings of REAL_HELP) {
      const volunteer = await signUpVolunteer(test.api, { rankingConsent: true });
      for (const rating of ratings) await help(volunteer, await signUp(test.api), rating);
      established.push(volunteer);
    }
    target = await signUpVolunteer(test.api, { rankingConsent: true });
  }, 120_000);
  afterAll(() => test.close());

  it('keeps a volunteer endorsed and recruited by 25 fresh accounts below everyone with real help behind them', async () => {
    const before = await ranking();
    expect(rowOf(before, target).rank).toBe(REAL_HELP.length + 1);

    fakes = [];
    for (let i = 0; i < FAKE_ACCOUNTS; i++) {
      const fake = await signUp(test.api, { referralCode: target.referralCode });
      await test.api.ok(ENDORSE, { personId: target.id }, fake.token);
      fakes.push(fake);
    }
    const after = await ranking();
    const attacked = rowOf(after, target);
    // What happened is still told plainly; it only weighs little.
    expect(attacked.facts).toEqual({ endorsements: FAKE_ACCOUNTS, recruits: FAKE_ACCOUNTS });
    for (const volunteer of established) expect(rowOf(after, volunteer).score).toBeGreaterThan(attacked.score);
    expect(attacked.rank).toBe(REAL_HELP.length + 1);
    // Recruits who never took part reach nobody.
    expect(reachOf(attacked)).toBe(0);
  }, 120_000);

  it('marks the recruiter’s neighbourhood for recomputation when a recruit takes part elsewhere', async () => {
    // Helped by a volunteer of no imported neighbourhood: only the recruit's standing touches Enfants-Rouges.
    const far = await signUpVolunteer(test.api, { location: ELSEWHERE });
    const recruit = fakes[1] as SignedUp;
    const request = await postRequest(test.api, recruit.token);
    await test.api.ok(ASSIGN, { id: request.id, volunteerId: far.id }, organiser.token);
    await test.api.ok(COMPLETE, { id: request.id }, far.token);
    await test.db.query(`DELETE FROM leader_refresh_due`);
    await test.api.ok(THANK, { requestId: request.id, rating: 5 }, recruit.token);
    const due: { neighbourhood_id: string }[] = await test.db.query(`SELECT neighbourhood_id FROM leader_refresh_due`);
    expect(due.map((row) => row.neighbourhood_id)).toEqual([here]);
  });

  it('counts a recruit once they have taken part, from memory as from the database', async () => {
    const recruit = fakes[0] as SignedUp;
    await help(established[1] as SignedUp, recruit, 5);
    const scores = test.app.get(LeaderScoresService);
    const now = new Date();
    await scores.refresh(here, now);
    const alone = (await test.api.ok<{ leaderRanking: RankedRow[] }>(RANKING, { id: here }, organiser.token)).leaderRanking;
    expect(reachOf(rowOf(alone, target))).toBeGreaterThan(0);
    await scores.refreshAll(new Date(now.getTime() + 1));
    const whole = (await test.api.ok<{ leaderRanking: RankedRow[] }>(RANKING, { id: here }, organiser.token)).leaderRanking;
    expect(whole.map((row) => row.person.id)).toEqual(alone.map((row) => row.person.id));
    whole.forEach((row, i) => expect(row.score).toBeCloseTo(alone[i]?.score as number, 9));
  });
});
