/** The query parameter naming the quartier, so a link or a reload keeps it. */
export const QUEUE_NEIGHBOURHOOD_PARAM = 'n';

/** The queue of a quartier, or the default one. */
export function queuePath(neighbourhoodId: string | null): string {
  return neighbourhoodId ? `/queue?${QUEUE_NEIGHBOURHOOD_PARAM}=${encodeURIComponent(neighbourhoodId)}` : '/queue';
}
