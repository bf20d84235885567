/** Who the desk thinks may moderate an idea: the API's rule (mayModerate in the outreach lib), to offer the buttons only to them. */
export interface Moderator {
  roles: readonly string[];
  organiserOf: readonly { id: string }[];
}

/** ORGANISER of its quartier, any organiser for an idea about the whole city, ADMIN everywhere. */
export function mayModerateIdea(viewer: Moderator | null, neighbourhoodId: string | null): boolean {
  if (!viewer) return false;
  if (viewer.roles.includes('ADMIN')) return true;
  if (!viewer.roles.includes('ORGANISER')) return false;
  return neighbourhoodId ? viewer.organiserOf.some((n) => n.id === neighbourhoodId) : viewer.organiserOf.length > 0;
}
