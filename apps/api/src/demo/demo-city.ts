import { fakerFR as faker } from '@faker-js/faker';
import type { AreaGeometry, CellId } from '@relais/domain-geo';
import { HelpCategory, Role } from '@relais/domain-people';
import { hashPassword } from '@relais/server-auth';
import type { Neighbourhood, NeighbourhoodsService } from '@relais/server-neighbourhoods';
import { importFeatureCollection } from '@relais/server-neighbourhoods';
import type { OrganiserScopesService, PeopleService, Person } from '@relais/server-people';
import type { Viewer } from '@relais/server-shared';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DemoCampaignServices } from './demo-campaigns';
import { loadDemoCampaigns } from './demo-campaigns';
import type { DemoHelpServices } from './demo-help-requests';
import { loadDemoHelpRequests } from './demo-help-requests';
import type { DemoIdeaServices } from './demo-ideas';
import { loadDemoIdeas } from './demo-ideas';
import type { StreetsFile } from './demo-people';
import { demoAddress, demoHome, demoIdentity } from './demo-people';

export const DEMO_PASSWORD = 'relais-demo';

export const DEMO_ACCOUNTS = {
  admin: 'admin@relais.demo',
  organiser: 'organisatrice@relais.demo',
  volunteer: 'benevole@relais.demo',
  resident: 'habitant@relais.demo',
} as const;

export interface DemoCityOptions {
  neighbourhoodsFile: string;
  residents: number;
  volunteers: number;
  /** Requests already done, thanked, over the past months. */
  history: number;
  seed?: number;
}

/** What the demo's outreach goes through: the services the API uses for campaigns, ideas and ways to help. */
export type DemoOutreachServices = Omit<DemoCampaignServices, 'db' | 'requests' | 'transitions'> & Omit<DemoIdeaServices, 'db'>;

const SKILL_SETS: HelpCategory[][] = [
  [HelpCategory.ERRANDS],
  [HelpCategory.ERRANDS, HelpCategory.COMPANIONSHIP],
  [HelpCategory.HOMEWORK],
  [HelpCategory.HOMEWORK, HelpCategory.PAPERWORK],
  [HelpCategory.TRANSPORT, HelpCategory.ERRANDS],
  [HelpCategory.COMPANIONSHIP],
  [HelpCategory.PAPERWORK, HelpCategory.OTHER],
];

/**
 * Paris's 80 quartiers and a few hundred people living inside them, the same on every run
 * (seeded faker), plus one account per role to try the app with.
 */
export async function loadDemoCity(
  neighbourhoods: NeighbourhoodsService,
  people: PeopleService,
  scopes: OrganiserScopesService,
  help: DemoHelpServices,
  outreach: DemoOutreachServices,
  options: DemoCityOptions,
): Promise<{ neighbourhoods: number; people: number; openRequests: number; doneRequests: number; campaigns: number; ideas: number }> {
  faker.seed(options.seed ?? 2020);
  const collection = JSON.parse(await readFile(options.neighbourhoodsFile, 'utf8'));
  const imported = await importFeatureCollection(neighbourhoods, collection);
  if (imported.failed.length) {
    throw new Error(`demo neighbourhoods failed: ${imported.failed.map((f) => `${f.name}: ${f.reason}`).join('; ')}`);
  }
  const quartiers = await neighbourhoods.list();
  const streets = (JSON.parse(await readFile(streetsFileBeside(options.neighbourhoodsFile), 'utf8')) as StreetsFile).quartiers;
  const cells = await cellsByQuartier(help.db);
  // One hash for every demo account: hashing hundreds of passwords would slow the first start.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const random = () => faker.number.float({ min: 0, max: 1 });
  const homeIn = (quartier: Neighbourhood) => demoHome(quartier.boundary as AreaGeometry, cells.get(quartier.id) ?? new Set(), random);
  const pick = () => faker.helpers.arrayElement(quartiers);
  // Where each person lives, in words: their requests give it as their address.
  const addresses = new Map<string, string>();
  const addressIn = (quartier: Neighbourhood) => demoAddress(streets[quartier.code ?? '']?.streets ?? [], random);

  const marais = quartiers.filter((q) => ['Arts-et-Métiers', 'Enfants-Rouges', 'Archives', 'Sainte-Avoie'].includes(q.name));
  const home = marais[0] ?? pick();
  const make = async (email: string, displayName: string, roles: Role[], quartier: Neighbourhood, extra: Partial<Parameters<PeopleService['create']>[0]> = {}) => {
    const person = await people.create({ email, passwordHash, displayName, roles, home: homeIn(quartier), ...extra });
    addresses.set(person.id, addressIn(quartier));
    return person;
  };

  const admin = await make(DEMO_ACCOUNTS.admin, 'Admin Relais', [Role.ADMIN], home);
  const organiser = await make(DEMO_ACCOUNTS.organiser, 'Camille Organisatrice', [Role.RESIDENT], home);
  await scopes.grant(organiser.id, (marais.length ? marais : [home]).map((q) => q.id), organiser.id);
  const karim = await make(DEMO_ACCOUNTS.volunteer, 'Karim Bénévole', [Role.VOLUNTEER], home, {
    skills: [HelpCategory.ERRANDS, HelpCategory.HOMEWORK],
    rankingConsent: true,
  });
  await make(DEMO_ACCOUNTS.resident, 'Jeanne Habitante', [Role.RESIDENT], home);

  const recruiters: Person[] = [karim];
  const residents: Person[] = [];
  let created = 4;
  for (let i = 0; i < options.volunteers + options.residents; i++) {
    const volunteer = i < options.volunteers;
    const who = demoIdentity(random, i);
    // About one in four joined through someone they knew.
    const recruiter = recruiters.length && faker.number.int(3) === 0 ? faker.helpers.arrayElement(recruiters) : null;
    const person = await make(
      who.email,
      who.displayName,
      [volunteer ? Role.VOLUNTEER : Role.RESIDENT],
      // A quarter of the city lives in the organiser's quartiers, the busiest part of the demo.
      marais.length && faker.number.int(3) === 0 ? faker.helpers.arrayElement(marais) : pick(),
      {
        skills: volunteer ? faker.helpers.arrayElement(SKILL_SETS) : null,
        rankingConsent: volunteer && faker.number.int(9) > 1,
        contactConsent: faker.datatype.boolean(),
        referralCode: recruiter?.referralCode ?? null,
      },
    );
    (volunteer ? recruiters : residents).push(person);
    created++;
  }
  const requests = await loadDemoHelpRequests(
    help,
    { volunteers: recruiters, residents, focusNeighbourhoodIds: marais.map((q) => q.id), addressOf: (p) => addresses.get(p.id) ?? '' },
    options.history,
  );
  const organiserViewer = (await people.viewerFor(organiser.id)) as Viewer;
  const signUp = async (quartier: Neighbourhood, role: Role, relayCode: string) => {
    const who = demoIdentity(random, created++);
    const volunteer = role === Role.VOLUNTEER;
    return make(who.email, who.displayName, [role], quartier, {
      skills: volunteer ? [HelpCategory.ERRANDS, HelpCategory.COMPANIONSHIP] : null,
      rankingConsent: volunteer,
      newsConsent: faker.datatype.boolean(),
      relayCode,
    });
  };
  const sent = await loadDemoCampaigns(
    { ...outreach, db: help.db, requests: help.requests, transitions: help.transitions },
    {
      organiser: organiserViewer,
      // The demo volunteer's quartier and Sainte-Avoie have no ambassador yet: a visitor tries promoting one there.
      relayQuartiers: marais.filter((q) => q.id !== home.id && q.name !== 'Sainte-Avoie'),
      volunteers: recruiters.slice(1),
      residents,
      signUp,
      addressOf: (p) => addresses.get(p.id) ?? '',
    },
  );
  const elsewhere = quartiers.filter((q) => ['Belleville', 'Grenelle'].includes(q.name));
  const board = await loadDemoIdeas(
    { ...outreach, db: help.db },
    {
      admin: (await people.viewerFor(admin.id)) as Viewer,
      organiser: organiserViewer,
      quartiers: { organised: marais, elsewhere: elsewhere.length ? elsewhere : [pick(), pick()] },
      people: [...recruiters, ...residents],
    },
  );
  // The demo's past is made up: its mails (a campaign's, an ambassador's welcome) must never go out.
  await help.db.query(`DELETE FROM outbox_email`);
  return {
    neighbourhoods: imported.created,
    people: created,
    openRequests: requests.open,
    doneRequests: requests.done,
    campaigns: sent.campaigns,
    ideas: board.ideas,
  };
}

/** The streets of the boundary file's quartiers, in the same folder. */
function streetsFileBeside(neighbourhoodsFile: string): string {
  return path.join(path.dirname(neighbourhoodsFile), 'paris-streets.json');
}

/** The cells each quartier owns, as the API places a person by their home's cell. */
async function cellsByQuartier(db: DemoHelpServices['db']): Promise<Map<string, Set<CellId>>> {
  const rows: { cell: string; id: string }[] = await db.query(`SELECT cell::text AS cell, neighbourhood_id AS id FROM neighbourhood_cell`);
  const cells = new Map<string, Set<CellId>>();
  for (const row of rows) cells.set(row.id, (cells.get(row.id) ?? new Set()).add(row.cell));
  return cells;
}

export function defaultNeighbourhoodsFile(repoRoot: string): string {
  return path.join(repoRoot, 'data', 'neighbourhoods', 'paris-quartiers.geojson');
}
