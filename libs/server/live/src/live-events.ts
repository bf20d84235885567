import type { HelpCategory } from '@relais/domain-people';

/** Topics and payloads published when help requests change. Plain JSON: they may cross Redis. */
export const HELP_REQUEST_OPENED = 'helpRequestOpened';
export const HELP_REQUEST_CHANGED = 'helpRequestChanged';
/** A person's roles or organiser scopes changed, or the person is gone: every instance forgets what it cached. */
export const VIEWER_CHANGED = 'viewerChanged';

export interface ViewerChanged {
  personId: string;
}

/** A request became OPEN (posted, or given back): what a volunteer's filter needs. */
export interface HelpRequestOpened {
  requestId: string;
  requesterId: string;
  category: HelpCategory;
  subject: string | null;
  level: string | null;
  /** Its coarse cell: the volunteers who hear of it may not know the place, so it never travels. */
  coarseCell: string;
  neighbourhoodId: string | null;
}

export interface HelpRequestChanged {
  requestId: string;
  requesterId: string;
  status: string;
}
