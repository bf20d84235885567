import type { DigestCampaign, DigestIdea, DigestQuartierWeek, DigestWayToHelp } from './digest-content';

export type DigestLanguage = 'fr' | 'en';

const CATEGORIES: Readonly<Record<DigestLanguage, Readonly<Record<string, string>>>> = {
  fr: {
    ERRANDS: 'Courses et commissions',
    COMPANIONSHIP: 'Compagnie, coup de fil',
    HOMEWORK: 'Aide aux devoirs',
    TRANSPORT: 'Accompagnement, trajet',
    PAPERWORK: 'Démarches administratives',
    OTHER: 'Autre coup de main',
  },
  en: {
    ERRANDS: 'Groceries and errands',
    COMPANIONSHIP: 'Company, a phone call',
    HOMEWORK: 'Homework help',
    TRANSPORT: 'A lift, going along',
    PAPERWORK: 'Paperwork',
    OTHER: 'Another kind of help',
  },
};

/** French counts 0 and 1 as singular, English 1 only. */
const pluralFr = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The digest's words, French first; English for people who listed English and not French. */
export const DIGEST_WORDINGS = {
  fr: {
    subject: 'Votre récap de la semaine sur Relais',
    heading: 'Le récap de la semaine',
    hello: (name: string) => `Bonjour ${name},`,
    intro: 'Voici ce qui s’est passé cette semaine autour de vous.',
    category: (code: string) => CATEGORIES.fr[code] ?? CATEGORIES.fr['OTHER'],
    noQuartier: 'hors quartier',
    age: (days: number) => (days <= 0 ? 'publiée aujourd’hui' : days === 1 ? 'publiée hier' : `publiée il y a ${days} jours`),
    openRequests: { title: 'Des besoins près de chez vous', intro: 'Des voisins attendent un coup de main que vous proposez :' },
    openLink: 'Les voir dans Relais',
    thanks: {
      title: 'Vos remerciements',
      line: (count: number, rating: string) => `Vous avez été remercié·e ${pluralFr(count, 'fois', 'fois')} cette semaine (note moyenne ${rating} sur 5). Merci !`,
    },
    quartiers: {
      title: 'Vos quartiers cette semaine',
      line: (q: DigestQuartierWeek) =>
        `${q.neighbourhood} : ${pluralFr(q.posted, 'besoin publié', 'besoins publiés')}, ${pluralFr(q.done, 'fait', 'faits')}, ` +
        `${pluralFr(q.openNow, 'ouvert', 'ouverts')} aujourd’hui, ${pluralFr(q.newVolunteers, 'nouveau bénévole', 'nouveaux bénévoles')}`,
    },
    unmatched: { title: 'Sans bénévole depuis plus de deux jours', intro: 'Ces besoins attendent encore quelqu’un :' },
    leaders: { title: 'Des personnes qui montent', line: (name: string, quartier: string, gained: number) => `${name} (${quartier}) : ${pluralFr(gained, 'place gagnée', 'places gagnées')} en 7 jours` },
    campaigns: {
      title: 'Vos dernières campagnes',
      line: (c: DigestCampaign) =>
        `« ${c.title} » : ${pluralFr(c.reached, 'ambassadeur touché', 'ambassadeurs touchés')}, ${c.relayed} ${c.relayed > 1 ? 'ont relayé' : 'a relayé'}, ` +
        `${pluralFr(c.linkVisits, 'visite', 'visites')}, ${pluralFr(c.signUps, 'inscription', 'inscriptions')}`,
    },
    relays: { title: 'À relayer', intro: 'Ces campagnes attendent votre relais :', link: 'Mes relais', line: (title: string) => `« ${title} »` },
    waysToHelp: { title: 'Aider depuis chez soi', line: (w: DigestWayToHelp, body: string) => `${w.title} (${w.neighbourhood ?? 'toute la ville'}) : ${body}${w.link ? ` ${w.link}` : ''}` },
    ideas: { title: 'Les idées du moment', line: (i: DigestIdea) => `${i.title} (${i.neighbourhood ?? 'toute la ville'}, ${pluralFr(i.votes, 'vote', 'votes')})` },
    stopDigest: 'Ne plus recevoir ce récap',
    stopNews: 'Ne plus recevoir les nouvelles de l’organisation',
    why: 'Vous recevez ce récap parce que vous l’avez accepté dans Relais.',
    labelled: (label: string, url: string) => `${label} : ${url}`,
    decimal: (n: number) => n.toLocaleString('fr-FR', { maximumFractionDigits: 1 }),
  },
  en: {
    subject: 'Your week on Relais',
    heading: 'Your week in review',
    hello: (name: string) => `Hello ${name},`,
    intro: 'Here is what happened around you this week.',
    category: (code: string) => CATEGORIES.en[code] ?? CATEGORIES.en['OTHER'],
    noQuartier: 'outside the quartiers',
    age: (days: number) => (days <= 0 ? 'posted today' : days === 1 ? 'posted yesterday' : `posted ${days} days ago`),
    openRequests: { title: 'Needs near you', intro: 'Neighbours are waiting for help you offer:' },
    openLink: 'See them in Relais',
    thanks: {
      title: 'Your thanks',
      line: (count: number, rating: string) => `You were thanked ${count === 1 ? 'once' : `${count} times`} this week (average rating ${rating} out of 5). Thank you!`,
    },
    quartiers: {
      title: 'Your neighbourhoods this week',
      line: (q: DigestQuartierWeek) =>
        `${q.neighbourhood}: ${plural(q.posted, 'need posted', 'needs posted')}, ${q.done} done, ${q.openNow} open now, ` +
        `${plural(q.newVolunteers, 'new volunteer', 'new volunteers')}`,
    },
    unmatched: { title: 'Without a volunteer for over two days', intro: 'These needs are still waiting for someone:' },
    leaders: { title: 'People on the rise', line: (name: string, quartier: string, gained: number) => `${name} (${quartier}): up ${plural(gained, 'place', 'places')} in 7 days` },
    campaigns: {
      title: 'Your latest campaigns',
      line: (c: DigestCampaign) =>
        `"${c.title}": ${plural(c.reached, 'ambassador', 'ambassadors')} reached, ${c.relayed} relayed, ` +
        `${plural(c.linkVisits, 'visit', 'visits')}, ${plural(c.signUps, 'sign-up', 'sign-ups')}`,
    },
    relays: { title: 'To pass on', intro: 'These campaigns are waiting for you to pass them on:', link: 'My relays', line: (title: string) => `"${title}"` },
    waysToHelp: { title: 'Ways to help from home', line: (w: DigestWayToHelp, body: string) => `${w.title} (${w.neighbourhood ?? 'the whole city'}): ${body}${w.link ? ` ${w.link}` : ''}` },
    ideas: { title: 'Ideas of the moment', line: (i: DigestIdea) => `${i.title} (${i.neighbourhood ?? 'the whole city'}, ${plural(i.votes, 'vote', 'votes')})` },
    stopDigest: 'Stop receiving this digest',
    stopNews: 'Stop receiving the organisation’s news',
    why: 'You receive this digest because you accepted it in Relais.',
    labelled: (label: string, url: string) => `${label}: ${url}`,
    decimal: (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 1 }),
  },
};

export type DigestWords = (typeof DIGEST_WORDINGS)['fr'];
