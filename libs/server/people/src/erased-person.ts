/**
 * The placeholder every erased person's traces point to (migration 1766100000000-erasure): the
 * requester of a request they posted, the volunteer of a help they gave. One row for all of
 * them, so nothing left links one erased person's traces together. It has no e-mail, role or
 * home; it is never listed, never signs in and never matches.
 */
export const ERASED_PERSON_ID = '00000000-0000-4000-8000-000000000000';
