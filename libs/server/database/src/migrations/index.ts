import { Foundation1763900000000 } from './1763900000000-foundation';

/** Every migration, oldest first; a new one is appended here. */
export const MIGRATIONS = [Foundation1763900000000];
