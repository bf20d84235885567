/** An idea's page; its quartier narrows the list the page finds it in (see IdeaPage). */
export function ideaPath(idea: { id: string; neighbourhood: { id: string } | null }): string {
  return `/ideas/${idea.id}${idea.neighbourhood ? `?quartier=${encodeURIComponent(idea.neighbourhood.id)}` : ''}`;
}
