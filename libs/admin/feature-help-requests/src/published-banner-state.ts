import type { HelpRequestStatus } from '@relais/admin-data-access';

/** How long « published » stays up while nobody has taken the request yet. */
export const PUBLISHED_BANNER_MS = 2 * 60_000;

export interface Published {
  requestId: string;
  at: Date;
}

/**
 * Whether « your request is published » still applies: not once it was dismissed, once the
 * request is no longer waiting (taken, cancelled), or after a while.
 */
export function publishedBannerShown(published: Published | null, status: HelpRequestStatus | null, now: Date): boolean {
  if (!published) return false;
  if (status !== null && status !== 'OPEN') return false;
  return now.getTime() - published.at.getTime() < PUBLISHED_BANNER_MS;
}
