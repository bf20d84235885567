import type { HelpCategory } from '@relais/domain-people';

/** Topics and payloads published when help requests change. Plain JSON: they may cross Redis. */
export const HELP_REQUEST_OPENED = 'helpRequestOpened';
export const HELP_REQUEST_CHANGED = 'helpRequestChanged';
/** A person's roles or organiser scopes changed, or the person is gone: every instance forgets what it cached. */
export const VIEWER_CHANGED = 'viewerChanged';

export interface ViewerChanged {
  personId: string;
}

/** What a volunteer's filter needs to know of a request, without its place. */
export interface HelpRequestTraits {
  requestId: string;
  requesterId: string;
  category: HelpCategory;
  subject: string | null;
  level: string | null;
  /** Its coarse cell: the volunteers who hear of it may not know the place, so it never travels. */
  coarseCell: string;
  neighbourhoodId: string | null;
}

/** A request became OPEN (posted, or given back). */
export type HelpRequestOpened = HelpRequestTraits;

/**
 * A request's status changed. Its traits let a volunteer's feed drop it once it is no longer
 * open, and an organiser's queue know whose quartier it is.
 */
export interface HelpRequestChanged extends HelpRequestTraits {
  status: string;
}
