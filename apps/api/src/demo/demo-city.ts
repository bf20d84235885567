import { fakerFR as faker } from '@faker-js/faker';
import type { AreaGeometry } from '@relais/domain-geo';
import { randomPointIn } from '@relais/domain-geo';
import { HelpCategory, Role } from '@relais/domain-people';
import { hashPassword } from '@relais/server-auth';
import type { Neighbourhood, NeighbourhoodsService } from '@relais/server-neighbourhoods';
import { importFeatureCollection } from '@relais/server-neighbourhoods';
import type { OrganiserScopesService, PeopleService, Person } from '@relais/server-people';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DemoHelpServices } from './demo-help-requests';
import { loadDemoHelpRequests } from './demo-help-requests';

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
  options: DemoCityOptions,
): Promise<{ neighbourhoods: number; people: number; openRequests: number; doneRequests: number }> {
  faker.seed(options.seed ?? 2020);
  const collection = JSON.parse(await readFile(options.neighbourhoodsFile, 'utf8'));
  const imported = await importFeatureCollection(neighbourhoods, collection);
  if (imported.failed.length) {
    throw new Error(`demo neighbourhoods failed: ${imported.failed.map((f) => `${f.name}: ${f.reason}`).join('; ')}`);
  }
  const quartiers = await neighbourhoods.list();
  // One hash for every demo account: hashing hundreds of passwords would slow the first start.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const random = () => faker.number.float({ min: 0, max: 1 });
  const homeIn = (quartier: Neighbourhood) => randomPointIn(quartier.boundary as AreaGeometry, random);
  const pick = () => faker.helpers.arrayElement(quartiers);

  const marais = quartiers.filter((q) => ['Arts-et-Métiers', 'Enfants-Rouges', 'Archives', 'Sainte-Avoie'].includes(q.name));
  const home = marais[0] ?? pick();
  const make = (email: string, displayName: string, roles: Role[], quartier: Neighbourhood, extra: Partial<Parameters<PeopleService['create']>[0]> = {}) =>
    people.create({ email, passwordHash, displayName, roles, home: homeIn(quartier), ...extra });

  await make(DEMO_ACCOUNTS.admin, 'Admin Relais', [Role.ADMIN], home);
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
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    // About one in four joined through someone they knew.
    const recruiter = recruiters.length && faker.number.int(3) === 0 ? faker.helpers.arrayElement(recruiters) : null;
    const person = await make(
      faker.internet.email({ firstName, lastName, provider: 'exemple.fr' }).toLowerCase().replace('@', `.${i}@`),
      `${firstName} ${lastName}`,
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
    { volunteers: recruiters, residents, focusNeighbourhoodIds: marais.map((q) => q.id) },
    options.history,
  );
  return { neighbourhoods: imported.created, people: created, openRequests: requests.open, doneRequests: requests.done };
}

export function defaultNeighbourhoodsFile(repoRoot: string): string {
  return path.join(repoRoot, 'data', 'neighbourhoods', 'paris-quartiers.geojson');
}
