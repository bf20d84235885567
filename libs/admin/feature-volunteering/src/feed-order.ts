/**
 * The feed as shown: requests that arrived live lead, newest first (so they are not missed), the
 * rest keep the API's best-first order; those that stopped being open meanwhile are gone.
 */
export function feedOrder<T extends { helpRequest: { id: string } }>(matches: readonly T[], arrived: readonly string[], gone: ReadonlySet<string>): T[] {
  const rank = (id: string) => {
    const index = arrived.indexOf(id);
    return index === -1 ? arrived.length : index;
  };
  // Array.prototype.sort is stable.
  return matches.filter((match) => !gone.has(match.helpRequest.id)).sort((a, b) => rank(a.helpRequest.id) - rank(b.helpRequest.id));
}
