import { fakerFR as faker } from '@faker-js/faker';
import { HelpCategory } from '@relais/domain-people';
import type { FeedbackService, HelpRequestTransitionsService, HelpRequestsService } from '@relais/server-help-requests';
import type { Person } from '@relais/server-people';
import type { Viewer } from '@relais/server-shared';
import type { DataSource } from 'typeorm';

export interface DemoHelpServices {
  db: DataSource;
  requests: HelpRequestsService;
  transitions: HelpRequestTransitionsService;
  feedback: FeedbackService;
}

const NEEDS: Record<HelpCategory, string[]> = {
  [HelpCategory.ERRANDS]: ['Courses de la semaine au marché', 'Aller chercher des médicaments à la pharmacie', 'Déposer un colis à la poste'],
  [HelpCategory.HOMEWORK]: ['Aide aux devoirs de maths pour ma fille (5e)', 'Réviser le brevet de français', 'Anglais, niveau CM2'],
  [HelpCategory.COMPANIONSHIP]: ['Un coup de fil à ma voisine âgée, seule depuis des semaines', 'Une visite pour discuter un après-midi'],
  [HelpCategory.TRANSPORT]: ['Un trajet jusqu’à l’hôpital Saint-Louis', 'M’accompagner à un rendez-vous médical'],
  [HelpCategory.PAPERWORK]: ['Remplir un dossier CAF en ligne', 'Écrire une lettre au bailleur'],
  [HelpCategory.OTHER]: ['Monter un meuble', 'Arroser les plantes pendant une semaine'],
};

/** The demo's past: four months of help and of recruits joining. */
const HISTORY_HOURS = 120 * 24;

const asViewer = (person: Person): Viewer => ({ id: person.id, roles: person.roles, organiserOf: new Set() });

interface DemoPeople {
  volunteers: Person[];
  residents: Person[];
  /** Where the organiser's desk looks: these get open requests. */
  focusNeighbourhoodIds: string[];
  /** The street address of a person's home, which their requests give. */
  addressOf: (person: Person) => string;
}

/**
 * A past of help given across the city (done, thanked, spread over four months) and open needs
 * in the organiser's quartiers, all through the services the API uses.
 */
export async function loadDemoHelpRequests(services: DemoHelpServices, people: DemoPeople, history: number): Promise<{ open: number; done: number }> {
  const { requests, transitions, feedback, db } = services;
  const home = (p: Person) => ({ lat: p.homeLat, lng: p.homeLng });
  const doneIds: string[] = [];
  const endorsed = new Set<string>();
  // Half the help happened where the organiser looks, so their quartiers have leaders to find.
  const inFocus = (p: Person) => !!p.neighbourhoodId && people.focusNeighbourhoodIds.includes(p.neighbourhoodId);
  const focusVolunteers = people.volunteers.filter(inFocus);
  for (let i = 0; i < history; i++) {
    const volunteer = faker.helpers.arrayElement(i % 2 === 0 && focusVolunteers.length ? focusVolunteers : people.volunteers);
    const nearby = people.residents.filter((r) => r.neighbourhoodId === volunteer.neighbourhoodId);
    const resident = faker.helpers.arrayElement(nearby.length ? nearby : people.residents);
    const skills = (await db.query(`SELECT skills FROM volunteer_profile WHERE person_id = $1`, [volunteer.id]))[0]?.skills as HelpCategory[];
    const category = faker.helpers.arrayElement(skills?.length ? skills : [HelpCategory.ERRANDS]);
    const posted = await requests.post(asViewer(resident), {
      category,
      description: faker.helpers.arrayElement(NEEDS[category]),
      location: home(resident),
      address: people.addressOf(resident),
    });
    await transitions.accept(asViewer(volunteer), posted.id);
    await transitions.complete(asViewer(volunteer), posted.id);
    if (faker.number.int(9) > 1) {
      const rating = faker.helpers.weightedArrayElement([
        { value: 5, weight: 6 },
        { value: 4, weight: 3 },
        { value: 3, weight: 1 },
      ]);
      await feedback.thank(asViewer(resident), posted.id, rating, faker.helpers.arrayElement([null, 'Merci beaucoup !', 'Très gentil, ponctuel.', 'Super, merci !']));
      // Some of the delighted vouch for their helper, once.
      if (rating === 5 && faker.number.int(2) === 0 && !endorsed.has(`${resident.id}:${volunteer.id}`)) {
        endorsed.add(`${resident.id}:${volunteer.id}`);
        await feedback.endorse(asViewer(resident), volunteer.id);
      }
    }
    doneIds.push(posted.id);
  }
  const openIds: string[] = [];
  const focus = people.residents.filter(inFocus);
  for (const resident of focus.slice(0, 12)) {
    const category = faker.helpers.arrayElement([HelpCategory.ERRANDS, HelpCategory.ERRANDS, HelpCategory.COMPANIONSHIP, HelpCategory.HOMEWORK]);
    const posted = await requests.post(asViewer(resident), {
      category,
      description: faker.helpers.arrayElement(NEEDS[category]),
      location: home(resident),
      address: people.addressOf(resident),
      neededBy: new Date(Date.now() + faker.number.int({ min: 2, max: 10 }) * 86_400_000),
    });
    openIds.push(posted.id);
  }
  // The past happened over four months, and open needs waited from minutes to two days. Ages
  // come from the seeded faker, not the database's random(), so every load ranks the same leaders.
  const ageInSeconds = (maxHours: number) => faker.number.float({ min: 0, max: maxHours * 3600 });
  const aged = [...doneIds.map((id) => [id, ageInSeconds(HISTORY_HOURS)] as const), ...openIds.map((id) => [id, ageInSeconds(48)] as const)];
  await db.query(
    // A closed request closed when it was last updated: its exact place then goes when retention says.
    `UPDATE help_request h SET created_at = now() - a.age * interval '1 second', updated_at = now() - a.age * 0.9 * interval '1 second',
       closed_at = CASE WHEN h.closed_at IS NOT NULL THEN now() - a.age * 0.9 * interval '1 second' END
     FROM unnest($1::uuid[], $2::float8[]) AS a(id, age) WHERE a.id = h.id`,
    [aged.map(([id]) => id), aged.map(([, age]) => age)],
  );
  await db.query(`
    UPDATE help_request_event e SET at = h.created_at + (CASE e.kind WHEN 'POSTED' THEN 0 WHEN 'ACCEPTED' THEN 0.05 ELSE 0.1 END) * (now() - h.created_at)
    FROM help_request h WHERE h.id = e.help_request_id`);
  await db.query(`UPDATE thanks t SET created_at = h.updated_at FROM help_request h WHERE h.id = t.help_request_id`);
  // An endorsement follows the last help between the two; recruits joined over the same months.
  await db.query(`
    UPDATE endorsement e SET created_at = s.at + interval '1 hour'
    FROM (SELECT requester_id, assignee_id, max(updated_at) AS at FROM help_request WHERE status = 'DONE' GROUP BY 1, 2) s
    WHERE s.requester_id = e.endorser_id AND s.assignee_id = e.endorsed_id`);
  const recruits = [...people.volunteers, ...people.residents].filter((p) => p.referredById);
  await db.query(
    `UPDATE person p SET created_at = now() - a.age * interval '1 second' FROM unnest($1::uuid[], $2::float8[]) AS a(id, age) WHERE a.id = p.id`,
    [recruits.map((p) => p.id), recruits.map(() => ageInSeconds(HISTORY_HOURS))],
  );
  // The demo's past is made up: its mails must never go out, even with SMTP_URL set.
  await db.query(`DELETE FROM outbox_email`);
  // Work done long ago weighs less (the matching lib's 30-day half-life), as if it had been counted then.
  await db.query(`
    UPDATE volunteer_profile v SET recent_work = s.work, recent_work_at = now()
    FROM (SELECT assignee_id, sum(power(2, -extract(epoch FROM now() - updated_at) / 86400 / 30)) AS work
          FROM help_request WHERE status = 'DONE' GROUP BY assignee_id) s
    WHERE s.assignee_id = v.person_id`);
  return { open: openIds.length, done: doneIds.length };
}
