export interface AmbassadorTerm {
  person: { id: string; newsConsent: boolean };
}

/**
 * How many ambassadors a campaign to these quartiers may reach: the current ones who accept news,
 * each counted once however many of the quartiers they serve. The weekly cap may leave some out.
 */
export function possibleRecipients(termsByQuartier: readonly (readonly AmbassadorTerm[])[]): number {
  const people = new Set<string>();
  for (const terms of termsByQuartier) for (const term of terms) if (term.person.newsConsent) people.add(term.person.id);
  return people.size;
}
