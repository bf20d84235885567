import { fakerFR as faker } from '@faker-js/faker';
import type { Neighbourhood } from '@relais/server-neighbourhoods';
import type { IdeaCommentsService, IdeasService, WaysToHelpService } from '@relais/server-outreach';
import { IdeaStatus, WayToHelpKind } from '@relais/server-outreach';
import type { Person } from '@relais/server-people';
import type { Viewer } from '@relais/server-shared';
import type { DataSource } from 'typeorm';

export interface DemoIdeaServices {
  db: DataSource;
  ideas: IdeasService;
  comments: IdeaCommentsService;
  waysToHelp: WaysToHelpService;
}

export interface DemoIdeaCast {
  admin: Viewer;
  organiser: Viewer;
  /** The organiser's quartiers, then two elsewhere in the city. */
  quartiers: { organised: Neighbourhood[]; elsewhere: Neighbourhood[] };
  people: Person[];
}

/** Who backs an idea: people who gave or received help weigh at least six fresh accounts each. */
type Backers = { helpers: number; fresh: number };

interface IdeaPlan {
  /** An index into the organiser's quartiers, `elsewhere` and one of the two others, or the whole city. */
  where: { organised: number } | { elsewhere: number } | 'city';
  daysAgo: number;
  title: string;
  body: string;
  backers: Backers;
  comments: string[];
  moderation?: { status: IdeaStatus; reason: string };
}

const DAY_SECONDS = 86_400;

/**
 * Ideas whose raw counts and weights disagree on purpose: the food fridge has the most backers,
 * all fresh accounts; the bike workshop fewer, who have helped their neighbours, and comes first.
 */
const IDEAS: IdeaPlan[] = [
  {
    where: { organised: 2 },
    daysAgo: 24,
    title: 'Un frigo solidaire au marché des Enfants-Rouges',
    body: 'Les commerçants jettent chaque soir des produits encore bons. Un frigo partagé près du marché, tenu par des bénévoles, permettrait à chacun de se servir.',
    backers: { helpers: 1, fresh: 14 },
    comments: ['Le fromager de la rue de Bretagne est partant pour donner ses invendus.', 'Il faudra un planning pour le nettoyage, je peux m’en occuper le mardi.'],
  },
  {
    where: { organised: 0 },
    daysAgo: 30,
    title: 'Un atelier de réparation de vélos le samedi matin',
    body: 'Dans la cour de l’école de la rue des Quatre-Fils, avec quelques outils prêtés par les voisins\u00a0: on répare ensemble, on apprend, on se rencontre.',
    backers: { helpers: 7, fresh: 1 },
    comments: ['J’ai une pompe à pied et des démonte-pneus à prêter.', 'Super idée, mon fils de 14 ans voudrait apprendre.', 'Pensez aux vélos des enfants, ils grandissent vite\u00a0!'],
  },
  {
    where: 'city',
    daysAgo: 40,
    title: 'Une carte des commerces qui livrent les personnes âgées',
    body: 'Beaucoup de commerçants livrent sur demande sans le dire. Recensons-les quartier par quartier pour que chacun sache qui appeler.',
    backers: { helpers: 4, fresh: 5 },
    comments: ['La pharmacie de la rue de Turbigo livre aussi, le matin.'],
    moderation: { status: IdeaStatus.ADOPTED, reason: 'Nous la lançons en janvier avec les commerçants des quartiers du 3e, puis dans tout Paris.' },
  },
  {
    where: { organised: 1 },
    daysAgo: 16,
    title: 'Du soutien scolaire en visio pour les collégiens',
    body: 'Une heure par semaine, en petit groupe, pour les élèves de la 6e à la 3e qui n’ont personne pour les aider à la maison.',
    backers: { helpers: 5, fresh: 2 },
    comments: ['Je suis prof de maths à la retraite, je veux bien un groupe le mercredi.', 'Et pour l’anglais\u00a0?'],
  },
  {
    where: { organised: 3 },
    daysAgo: 11,
    title: 'Des jardinières partagées rue Rambuteau',
    body: 'Des bacs sur le trottoir, plantés et arrosés par les riverains, avec des herbes aromatiques que chacun peut cueillir.',
    backers: { helpers: 1, fresh: 6 },
    comments: ['La mairie prête des bacs avec le permis de végétaliser.'],
  },
  {
    where: 'city',
    daysAgo: 8,
    title: 'Un annuaire des voisins qui parlent plusieurs langues',
    body: 'Pour accompagner à la mairie ou chez le médecin les voisins qui ne parlent pas encore bien français\u00a0: arabe, tamoul, chinois, portugais…',
    backers: { helpers: 3, fresh: 3 },
    comments: ['Je parle wolof et peux accompagner le samedi.'],
  },
  {
    where: { elsewhere: 0 },
    daysAgo: 20,
    title: 'Une boîte à livres sur la place',
    body: 'Une boîte en bois, à l’abri de la pluie, où chacun dépose et prend des livres.',
    backers: { helpers: 2, fresh: 4 },
    comments: ['On peut la construire avec les chutes de bois de la menuiserie d’à côté.'],
  },
  {
    where: { elsewhere: 1 },
    daysAgo: 5,
    title: 'Un café des aidants une fois par mois',
    body: 'Un moment pour celles et ceux qui s’occupent d’un proche malade ou âgé\u00a0: parler, souffler, échanger des adresses.',
    backers: { helpers: 2, fresh: 1 },
    comments: [],
  },
  {
    where: 'city',
    daysAgo: 3,
    title: 'Vends deux places de concert pour samedi',
    body: 'Prix à débattre, contactez-moi.',
    backers: { helpers: 0, fresh: 1 },
    comments: [],
    moderation: { status: IdeaStatus.HIDDEN, reason: 'Hors sujet\u00a0: le tableau réunit des idées d’entraide, pas des petites annonces.' },
  },
];

const WAYS_TO_HELP = [
  {
    byAdmin: true,
    kind: WayToHelpKind.GIVE_BLOOD,
    title: 'Donner son sang près de chez soi',
    body: 'L’Établissement français du sang manque de donneurs l’hiver. Trouvez une collecte près de chez vous et prenez rendez-vous en ligne.',
    link: 'https://dondesang.efs.sante.fr/trouver-une-collecte',
  },
  {
    byAdmin: true,
    kind: WayToHelpKind.DONATE,
    title: 'Soutenir les Restos du Cœur',
    body: 'Un don finance des repas distribués tout l’hiver, dont une partie près de chez vous.',
    link: 'https://www.restosducoeur.org/',
  },
  {
    byAdmin: true,
    kind: WayToHelpKind.CALL_NEIGHBOUR,
    title: 'Appeler un voisin isolé chaque semaine',
    body: 'Un appel d’une demi-heure par semaine à une personne âgée seule. Les Petits Frères des Pauvres forment et accompagnent les bénévoles.',
    link: 'https://www.petitsfreresdespauvres.fr/',
  },
  {
    byAdmin: false,
    kind: WayToHelpKind.GIVE_GOODS,
    title: 'Des livres et des jeux pour le centre social',
    body: 'Le centre social du 3e recueille livres jeunesse, jeux de société complets et fournitures scolaires. Dépôt le mercredi après-midi.',
    link: null,
  },
  {
    byAdmin: false,
    kind: WayToHelpKind.ONLINE_HELP,
    title: 'Relire des CV et des lettres de motivation',
    body: 'Des habitants cherchent un emploi et veulent une relecture. Une heure depuis chez vous, par mail ou en visio.',
    link: null,
  },
];

const asViewer = (person: Person): Viewer => ({ id: person.id, roles: person.roles, organiserOf: new Set() });
const ago = (seconds: number) => `now() - ${Math.round(seconds)} * interval '1 second'`;

/**
 * The idea board « Le quartier d'après » and the ways to help from home, through the services
 * the API uses: ideas about the organiser's quartiers, two others and the whole city, backed by
 * people of varied participation (so that TOP is not the raw count), discussed, one adopted and
 * one hidden, each with a reason; then ways to help for the city and the organiser's quartiers.
 */
export async function loadDemoIdeas(services: DemoIdeaServices, cast: DemoIdeaCast): Promise<{ ideas: number; votes: number; waysToHelp: number }> {
  const { db, ideas, comments } = services;
  const helped: { id: string }[] = await db.query(
    `SELECT p.id FROM person p WHERE p.id = ANY($1::uuid[]) AND EXISTS (SELECT 1 FROM thanks t WHERE t.volunteer_id = p.id OR t.requester_id = p.id) ORDER BY p.email`,
    [cast.people.map((p) => p.id)],
  );
  const helpedIds = new Set(helped.map((row) => row.id));
  const helpers = cast.people.filter((p) => helpedIds.has(p.id));
  const fresh = cast.people.filter((p) => !helpedIds.has(p.id));
  let votes = 0;
  for (const plan of IDEAS) {
    const quartier =
      plan.where === 'city' ? null : 'organised' in plan.where ? cast.quartiers.organised[plan.where.organised] : cast.quartiers.elsewhere[plan.where.elsewhere];
    const near = (list: Person[]) => {
      const local = quartier ? list.filter((p) => p.neighbourhoodId === quartier.id) : [];
      return local.length >= 3 ? local : list;
    };
    const author = faker.helpers.arrayElement(near(cast.people));
    const idea = await ideas.post(asViewer(author), { title: plan.title, body: plan.body, neighbourhoodId: quartier?.id ?? null });
    const createdAgo = plan.daysAgo * DAY_SECONDS;
    // Dated back before anyone backs it: a vote's weight counts the voter's days as a member then, not the idea's.
    await db.query(`UPDATE idea SET created_at = ${ago(createdAgo)} WHERE id = $1`, [idea.id]);
    const backers = [
      ...faker.helpers.arrayElements(near(helpers), plan.backers.helpers),
      ...faker.helpers.arrayElements(near(fresh), plan.backers.fresh),
    ].filter((p) => p.id !== author.id);
    for (const backer of backers) await ideas.vote(asViewer(backer), idea.id);
    votes += backers.length;
    for (const body of plan.comments) await comments.comment(asViewer(faker.helpers.arrayElement(near(cast.people))), idea.id, body);
    if (plan.moderation) await ideas.moderate(cast.organiser, idea.id, plan.moderation.status, plan.moderation.reason);
    // Votes and comments came over the days after it was posted, in the order they were given.
    for (const table of ['idea_vote', 'idea_comment']) {
      await db.query(
        `UPDATE ${table} x SET created_at = ${ago(createdAgo)} + (s.n::float8 / (s.total + 1)) * ${createdAgo} * interval '1 second'
         FROM (SELECT ctid, row_number() OVER (ORDER BY created_at) AS n, count(*) OVER () AS total FROM ${table} WHERE idea_id = $1) s
         WHERE x.ctid = s.ctid`,
        [idea.id],
      );
    }
    await db.query(`UPDATE idea SET moderated_at = ${ago(createdAgo / 3)} WHERE id = $1 AND moderated_at IS NOT NULL`, [idea.id]);
  }
  for (const way of WAYS_TO_HELP) {
    const author = way.byAdmin ? cast.admin : cast.organiser;
    const neighbourhoodIds = way.byAdmin ? [] : cast.quartiers.organised.map((q) => q.id);
    await services.waysToHelp.create(author, { kind: way.kind, title: way.title, body: way.body, link: way.link, neighbourhoodIds });
  }
  return { ideas: IDEAS.length, votes, waysToHelp: WAYS_TO_HELP.length };
}
