import { fakerFR as faker } from '@faker-js/faker';
import { ConsentChannel, ConsentPurpose, HelpCategory, Role } from '@relais/domain-people';
import type { HelpRequestTransitionsService, HelpRequestsService } from '@relais/server-help-requests';
import type { AmbassadorsService } from '@relais/server-leaders';
import type { Neighbourhood } from '@relais/server-neighbourhoods';
import type { CampaignsService } from '@relais/server-outreach';
import { RelayChannel } from '@relais/server-outreach';
import type { ConsentsService, Person } from '@relais/server-people';
import type { Viewer } from '@relais/server-shared';
import type { DataSource } from 'typeorm';

export interface DemoCampaignServices {
  db: DataSource;
  consents: ConsentsService;
  ambassadors: AmbassadorsService;
  campaigns: CampaignsService;
  requests: HelpRequestsService;
  transitions: HelpRequestTransitionsService;
}

export interface DemoCampaignCast {
  organiser: Viewer;
  /** Where the organiser's ambassadors live: not the demo volunteer's quartier, whose first campaign is the visitor's to send. */
  relayQuartiers: Neighbourhood[];
  volunteers: Person[];
  residents: Person[];
  /** Someone new, living in the quartier, signing up through a relay link. */
  signUp: (quartier: Neighbourhood, role: Role, relayCode: string) => Promise<Person>;
  addressOf: (person: Person) => string;
}


/** Sent weeks apart and none in the last seven days, so the weekly cap still lets a new one reach every ambassador. */
const CAMPAIGNS = [
  {
    daysAgo: 33,
    title: 'Collecte alimentaire samedi au marché des Enfants-Rouges',
    message:
      'Samedi de 9 h à 13 h, devant le marché des Enfants-Rouges, nous collectons conserves, pâtes et produits d’hygiène pour les familles du quartier. Passez le mot\u00a0!',
  },
  {
    daysAgo: 19,
    title: 'Aide aux devoirs\u00a0: on cherche des bénévoles',
    message:
      'Des collégiens du 3e ont besoin d’un coup de main en maths et en français, une heure par semaine. Inscrivez-vous comme bénévole sur Relais, même pour une seule matière.',
  },
  {
    daysAgo: 9,
    title: 'Un coup de fil aux voisins isolés pendant les fêtes',
    message:
      'Pendant les fêtes, beaucoup de nos voisins âgés sont seuls. Proposez un appel par semaine\u00a0: inscrivez-vous sur Relais, nous vous mettons en relation.',
  },
] as const;

/** How an ambassador passes a campaign on, and to how many people that usually reaches. */
const CHANNELS: { channel: RelayChannel; reach: [number, number] }[] = [
  { channel: RelayChannel.MESSAGING_GROUP, reach: [20, 80] },
  { channel: RelayChannel.DOOR_TO_DOOR, reach: [8, 30] },
  { channel: RelayChannel.PHONE, reach: [2, 8] },
  { channel: RelayChannel.SOCIAL_MEDIA, reach: [30, 150] },
  { channel: RelayChannel.IN_PERSON, reach: [3, 15] },
];

const asViewer = (person: Person): Viewer => ({ id: person.id, roles: person.roles, organiserOf: new Set() });
/** A time of day, Paris time, so many days ago: the demo's past happens in the daytime. */
const parisTime = (daysAgo: number, hour: number) =>
  `((date_trunc('day', now() AT TIME ZONE 'Europe/Paris') - ${daysAgo} * interval '1 day' + ${hour} * interval '1 hour') AT TIME ZONE 'Europe/Paris')`;

/**
 * The organiser's outreach of the past five weeks, through the services the API uses: two
 * ambassadors in each quartier they relay in (volunteers of that quartier with news consent,
 * the most thanked first), three campaigns sent to them, relays reported by channel, visits of
 * the relay links, and people who signed up through them, some of whom asked for or gave help.
 * Each send is dated back before the next, so the weekly cap counts them as it would have.
 */
export async function loadDemoCampaigns(services: DemoCampaignServices, cast: DemoCampaignCast): Promise<{ campaigns: number; ambassadors: number; signUps: number }> {
  const { db, campaigns } = services;
  const ambassadors = await promoteAmbassadors(services, cast);
  let signUps = 0;
  for (const plan of CAMPAIGNS) {
    const draft = await campaigns.create(cast.organiser, { title: plan.title, message: plan.message, neighbourhoodIds: cast.relayQuartiers.map((q) => q.id) });
    await campaigns.send(cast.organiser, draft.id);
    // Written in the afternoon, sent at half past six.
    await db.query(`UPDATE campaign SET created_at = ${parisTime(plan.daysAgo, 16)}, sent_at = ${parisTime(plan.daysAgo, 18.5)} WHERE id = $1`, [draft.id]);
    await db.query(`UPDATE relay_task SET created_at = ${parisTime(plan.daysAgo, 18.5)} WHERE campaign_id = $1`, [draft.id]);
    const tasks: { relayCode: string; ambassadorId: string }[] = await db.query(
      `SELECT relay_code AS "relayCode", ambassador_id AS "ambassadorId" FROM relay_task WHERE campaign_id = $1 ORDER BY relay_code`,
      [draft.id],
    );
    // In the order the ambassadors were promoted, not by their random codes, so every load draws the same.
    tasks.sort((a, b) => ambassadors.findIndex((x) => x.person.id === a.ambassadorId) - ambassadors.findIndex((x) => x.person.id === b.ambassadorId));
    for (const task of tasks) {
      const ambassador = ambassadors.find((a) => a.person.id === task.ambassadorId);
      if (!ambassador) continue;
      signUps += await relay(services, cast, { campaignId: draft.id, sentDaysAgo: plan.daysAgo, ...task, ...ambassador });
    }
  }
  return { campaigns: CAMPAIGNS.length, ambassadors: ambassadors.length, signUps };
}

async function promoteAmbassadors(services: DemoCampaignServices, cast: DemoCampaignCast): Promise<{ person: Person; quartier: Neighbourhood }[]> {
  const promoted: { person: Person; quartier: Neighbourhood }[] = [];
  for (const quartier of cast.relayQuartiers) {
    const thanked: { id: string }[] = await services.db.query(
      `SELECT p.id FROM person p WHERE p.neighbourhood_id = $1 AND 'VOLUNTEER' = ANY(p.roles) AND p.id = ANY($2::uuid[])
       ORDER BY (SELECT count(*) FROM thanks t WHERE t.volunteer_id = p.id) DESC, p.email LIMIT 2`,
      [quartier.id, cast.volunteers.map((v) => v.id)],
    );
    for (const { id } of thanked) {
      const person = cast.volunteers.find((v) => v.id === id) as Person;
      await services.consents.change(id, { [ConsentPurpose.NEWS]: true }, ConsentChannel.PROFILE, id);
      await services.ambassadors.promote(id, quartier.id, cast.organiser.id);
      promoted.push({ person, quartier });
    }
  }
  // Promoted two months ago, and agreed to receive news then.
  const ids = promoted.map((a) => a.person.id);
  await services.db.query(`UPDATE ambassador SET promoted_at = ${parisTime(60, 11)} WHERE person_id = ANY($1::uuid[])`, [ids]);
  await services.db.query(`UPDATE consent_event SET at = ${parisTime(61, 20)} WHERE person_id = ANY($1::uuid[]) AND purpose = 'NEWS' AND channel = 'PROFILE'`, [ids]);
  return promoted;
}

interface RelayTaskPlan {
  campaignId: string;
  sentDaysAgo: number;
  relayCode: string;
  person: Person;
  quartier: Neighbourhood;
}

/** One ambassador's part in a campaign: whether and how they relayed it, the visits of their link, who signed up through it. Returns the sign-ups. */
async function relay(services: DemoCampaignServices, cast: DemoCampaignCast, task: RelayTaskPlan): Promise<number> {
  const { db, campaigns } = services;
  // Three in four relay, once or twice (a group, then door to door), on one of the next three days.
  const relayed = faker.number.int(3) > 0;
  const relayedDaysAgo = task.sentDaysAgo - faker.number.int({ min: 1, max: 3 });
  if (relayed) {
    for (let report = 0; report < faker.number.int({ min: 1, max: 2 }); report++) {
      const { channel, reach } = faker.helpers.arrayElement(CHANNELS);
      await campaigns.recordRelay(asViewer(task.person), task.campaignId, channel, faker.number.int({ min: reach[0], max: reach[1] }));
    }
    await db.query(
      `UPDATE relay_report r SET at = ${parisTime(relayedDaysAgo, faker.number.int({ min: 9, max: 15 }))} + (r.id - min_id) * interval '5 hours'
       FROM (SELECT t.id AS task_id, min(r2.id) AS min_id FROM relay_task t JOIN relay_report r2 ON r2.relay_task_id = t.id WHERE t.relay_code = $1 GROUP BY t.id) s
       WHERE r.relay_task_id = s.task_id`,
      [task.relayCode],
    );
    await db.query(`UPDATE relay_task t SET relayed_at = (SELECT max(at) FROM relay_report r WHERE r.relay_task_id = t.id) WHERE t.relay_code = $1`, [task.relayCode]);
  }
  const visits = relayed ? faker.number.int({ min: 4, max: 30 }) : faker.number.int(2);
  for (let visit = 0; visit < visits; visit++) await campaigns.countVisit(task.relayCode);
  const joined = relayed ? faker.number.int(2) : 0;
  for (let n = 0; n < joined; n++) {
    const volunteer = faker.datatype.boolean();
    const person = await cast.signUp(task.quartier, volunteer ? Role.VOLUNTEER : Role.RESIDENT, task.relayCode);
    // The day it was relayed or the next few, before yesterday: what they did next is dated after.
    const joinedDaysAgo = Math.max(relayedDaysAgo - faker.number.int(3), 2);
    const joinedAt = parisTime(joinedDaysAgo, faker.number.int({ min: 8, max: 22 }));
    await db.query(`UPDATE person SET created_at = ${joinedAt} WHERE id = $1`, [person.id]);
    await db.query(`UPDATE consent_event SET at = ${joinedAt} WHERE person_id = $1`, [person.id]);
    // Most take part within their first weeks: they ask for help, or give it.
    if (faker.number.int(4) > 0) await takePart(services, cast, person, volunteer, task, Math.max(joinedDaysAgo - faker.number.int({ min: 1, max: 10 }), 1));
  }
  return joined;
}

/** A request the newcomer posts, or takes, `postedDaysAgo`, done by the next day; with its events dated so. */
async function takePart(services: DemoCampaignServices, cast: DemoCampaignCast, person: Person, volunteer: boolean, task: RelayTaskPlan, postedDaysAgo: number): Promise<void> {
  const neighbours = cast.residents.filter((p) => p.neighbourhoodId === person.neighbourhoodId && p.id !== person.id);
  const neighbour = () => (neighbours.length ? faker.helpers.arrayElement(neighbours) : task.person);
  const requester = volunteer ? neighbour() : person;
  const helper = volunteer ? person : task.person;
  const posted = await services.requests.post(asViewer(requester), {
    category: HelpCategory.ERRANDS,
    description: volunteer ? 'Porter les courses du marché jusqu’au 4e étage' : 'Des courses pour la semaine, je sors d’une opération',
    location: { lat: requester.homeLat, lng: requester.homeLng },
    address: cast.addressOf(requester),
  });
  await services.transitions.accept(asViewer(helper), posted.id);
  await services.transitions.complete(asViewer(helper), posted.id);
  const done = parisTime(Math.max(postedDaysAgo - 1, 1), 18);
  await services.db.query(
    `UPDATE help_request SET created_at = ${parisTime(postedDaysAgo, 9.5)}, updated_at = ${done}, closed_at = ${done} WHERE id = $1`,
    [posted.id],
  );
  await services.db.query(
    `UPDATE help_request_event e SET at = CASE e.kind WHEN 'POSTED' THEN h.created_at WHEN 'ACCEPTED' THEN h.created_at + interval '2 hours' ELSE h.updated_at END
     FROM help_request h WHERE h.id = e.help_request_id AND h.id = $1`,
    [posted.id],
  );
}
