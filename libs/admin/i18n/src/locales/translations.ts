import type { fr } from './fr';

type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

/** The shape every language's resources must have: French's keys, any wording. */
export type Translations = SameKeys<typeof fr>;
