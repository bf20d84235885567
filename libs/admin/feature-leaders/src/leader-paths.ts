/** The city view: every quartier the viewer organises, with its top three. */
export const LEADERS_PATH = '/leaders';

export function neighbourhoodLeadersPath(neighbourhoodId: string): string {
  return `${LEADERS_PATH}/${encodeURIComponent(neighbourhoodId)}`;
}

/** A person's standing, reached from their quartier's ranking: the way back goes there. */
export function leaderPersonPath(neighbourhoodId: string, personId: string): string {
  return `${neighbourhoodLeadersPath(neighbourhoodId)}/people/${encodeURIComponent(personId)}`;
}
