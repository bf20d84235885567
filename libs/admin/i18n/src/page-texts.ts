import i18next from 'i18next';
import type { Language } from './languages';
import type { Translations } from './locales/translations';

/** A top-level group of the texts: `leaders` in t('leaders.title'). */
export type TextGroup = keyof Translations;

/**
 * The groups that come with the app (locales/*-base.ts): what the frame shows whatever the page
 * (header, navigation, log-in, language switch, skeletons, live status), the errors <QueryError>
 * words, the time words and an erased person's name. Every other group loads with the page that shows it.
 */
export const BASE_GROUPS = ['app', 'nav', 'common', 'live', 'auth', 'accessible', 'errors', 'time', 'erasedPerson'] as const satisfies readonly TextGroup[];

/** A group a page names to have it loaded with its code (lazyPage in apps/admin/src). */
export type PageTextGroup = Exclude<TextGroup, (typeof BASE_GROUPS)[number]>;

type Load = () => Promise<Record<string, unknown>>;
/** A file of texts in each language: loading a group loads its whole file, the other groups in it too. */
export interface Part {
  /** locales/fr-<file>.ts and locales/en-<file>.ts, for the tests, which cannot run import(). */
  file: string;
  fr: Load;
  en: Load;
}

// tools/ci/bundle-size.mjs reads these lines to weigh each page's French texts with it: keep one a line.
const help: Part = { file: 'help', fr: () => import('./locales/fr-help'), en: () => import('./locales/en-help') };
const volunteering: Part = { file: 'volunteering', fr: () => import('./locales/fr-volunteering'), en: () => import('./locales/en-volunteering') };
const queue: Part = { file: 'queue', fr: () => import('./locales/fr-queue'), en: () => import('./locales/en-queue') };
const people: Part = { file: 'people', fr: () => import('./locales/fr-people'), en: () => import('./locales/en-people') };
const leaders: Part = { file: 'leaders', fr: () => import('./locales/fr-leaders'), en: () => import('./locales/en-leaders') };
const reads: Part = { file: 'reads', fr: () => import('./locales/fr-reads'), en: () => import('./locales/en-reads') };
const consent: Part = { file: 'consent', fr: () => import('./locales/fr-consent'), en: () => import('./locales/en-consent') };
const privacy: Part = { file: 'privacy', fr: () => import('./locales/fr-privacy'), en: () => import('./locales/en-privacy') };
const myData: Part = { file: 'mydata', fr: () => import('./locales/fr-mydata'), en: () => import('./locales/en-mydata') };
const retention: Part = { file: 'retention', fr: () => import('./locales/fr-retention'), en: () => import('./locales/en-retention') };
const erasure: Part = { file: 'erasure', fr: () => import('./locales/fr-erasure'), en: () => import('./locales/en-erasure') };
const signUp: Part = { file: 'signup', fr: () => import('./locales/fr-signup'), en: () => import('./locales/en-signup') };
const campaigns: Part = { file: 'campaigns', fr: () => import('./locales/fr-campaigns'), en: () => import('./locales/en-campaigns') };
const ideas: Part = { file: 'ideas', fr: () => import('./locales/fr-ideas'), en: () => import('./locales/en-ideas') };
const waysToHelp: Part = { file: 'ways-to-help', fr: () => import('./locales/fr-ways-to-help'), en: () => import('./locales/en-ways-to-help') };
const digest: Part = { file: 'digest', fr: () => import('./locales/fr-digest'), en: () => import('./locales/en-digest') };
const desk: Part = { file: 'desk', fr: () => import('./locales/fr-desk'), en: () => import('./locales/en-desk') };
const maps: Part = { file: 'maps', fr: () => import('./locales/fr-maps'), en: () => import('./locales/en-maps') };
const scoring: Part = { file: 'scoring-settings', fr: () => import('./locales/fr-scoring-settings'), en: () => import('./locales/en-scoring-settings') };

/** Where each group lives: the compiler holds every group outside the base to a file. */
export const PART_FILES: Record<PageTextGroup, Part> = {
  categories: help,
  statuses: help,
  events: help,
  requests: help,
  post: help,
  myRequests: help,
  thanks: help,
  feed: volunteering,
  tasks: volunteering,
  profile: volunteering,
  days: volunteering,
  map: queue,
  queue: queue,
  request: queue,
  scoreComponents: queue,
  scoreBreakdown: queue,
  autoAssign: queue,
  heat: queue,
  people: people,
  grant: people,
  roles: people,
  leaders: leaders,
  ambassador: leaders,
  leaderPerson: leaders,
  leaderComponents: leaders,
  leaderHints: leaders,
  leaderFacts: leaders,
  myFacts: leaders,
  standing: leaders,
  addressReads: reads,
  audit: reads,
  consent: consent,
  privacy: privacy,
  myData: myData,
  retention: retention,
  erasure: erasure,
  deleteAccount: erasure,
  accountDeleted: erasure,
  erasePerson: erasure,
  signUp: signUp,
  campaigns: campaigns,
  relays: campaigns,
  ideas: ideas,
  waysToHelp: waysToHelp,
  digestPreview: digest,
  outreach: digest,
  desk: desk,
  feedLive: desk,
  taskUndo: desk,
  newRequest: desk,
  cityMap: maps,
  heatMap: maps,
  requestMap: maps,
  addressSearch: maps,
  scoringSettings: scoring,
  matchSettings: scoring,
  leaderSettings: scoring,
};

/** Every group a page has asked for: a change of language loads them in the new one before it shows. */
const asked = new Set<PageTextGroup>();
/** Files already merged into i18next, per language. */
const merged: Record<Language, Set<Load>> = { fr: new Set(), en: new Set() };

async function loadIn(language: Language, groups: Iterable<PageTextGroup>): Promise<void> {
  const done = merged[language];
  const loads = new Set([...groups].map((group) => PART_FILES[group][language]).filter((load) => !done.has(load)));
  await Promise.all(
    [...loads].map(async (load) => {
      const file = await load();
      // Deep: the base already holds a few keys of some groups (the frame's links), which stay.
      for (const part of Object.values(file)) if (part && typeof part === 'object') i18next.addResourceBundle(language, 'translation', part, true, true);
      done.add(load);
    }),
  );
}

const shown = (): Language => (i18next.language === 'en' ? 'en' : 'fr');

/** Loads these groups in the language shown, once each, before the page that asks shows. */
export async function loadTexts(groups: readonly PageTextGroup[]): Promise<void> {
  for (const group of groups) asked.add(group);
  let language: Language;
  // Until the language stays the same while they load: someone may switch meanwhile.
  do {
    language = shown();
    await loadIn(language, groups);
  } while (language !== shown());
}

/** Every group asked for so far, in this language: what a change to it needs before it shows. */
export async function loadAskedTexts(language: Language): Promise<void> {
  let count: number;
  // Again if a page asked for more meanwhile.
  do {
    count = asked.size;
    await loadIn(language, asked);
  } while (count !== asked.size);
}
