import type { HelpRequestStatus } from '@relais/admin-data-access';

/** What the status filter of the desk may be set to: what needs action (the default), every status, or one. */
export type DeskStatusFilter = 'NEEDS_ACTION' | 'ANY' | HelpRequestStatus;

export const NEEDS_ACTION: readonly HelpRequestStatus[] = ['OPEN', 'ASSIGNED'];

/** The statuses to ask the API for; null for every one. */
export function statusesOf(filter: DeskStatusFilter): HelpRequestStatus[] | null {
  if (filter === 'NEEDS_ACTION') return [...NEEDS_ACTION];
  if (filter === 'ANY') return null;
  return [filter];
}

/** Whether a request with this status belongs under the filter. */
export function matchesStatus(filter: DeskStatusFilter, status: HelpRequestStatus): boolean {
  const statuses = statusesOf(filter);
  return statuses === null || statuses.includes(status);
}

/**
 * The quartier the desk shows, from the one asked for in the address: that one if the viewer may
 * pick it; otherwise all of theirs (null) when they have several to choose from, or their only one.
 */
export function deskQuartier(asked: string | null, optionIds: readonly string[], several: boolean): string | null {
  if (asked !== null && optionIds.includes(asked)) return asked;
  return several ? null : (optionIds[0] ?? null);
}

/**
 * The requests to mark « Nouvelle », newest first: one that arrives open over the socket and was
 * not on screen is new; one that is no longer open has been seen to.
 */
export function freshIds(fresh: readonly string[], event: { id: string; status: HelpRequestStatus }, shownIds: ReadonlySet<string>): string[] {
  const others = fresh.filter((id) => id !== event.id);
  if (event.status !== 'OPEN') return others;
  if (shownIds.has(event.id) && !fresh.includes(event.id)) return others;
  return [event.id, ...others];
}

export interface QuartierCount {
  id: string;
  name: string;
  open: number;
  stale: number;
}

/**
 * The viewer's quartiers with what waits in each, where most waits first: the way into one
 * quartier from the desk across all of them. `limit` keeps the whole city short for ADMIN.
 */
export function quartierCounts(
  options: readonly { id: string; name: string }[],
  figures: readonly { neighbourhoodId: string; openNeeds: number; staleNeeds: number }[],
  limit: number,
): QuartierCount[] {
  const byId = new Map(figures.map((figure) => [figure.neighbourhoodId, figure]));
  return options
    .map((option) => ({ id: option.id, name: option.name, open: byId.get(option.id)?.openNeeds ?? 0, stale: byId.get(option.id)?.staleNeeds ?? 0 }))
    .sort((a, b) => b.open - a.open || b.stale - a.stale || a.name.localeCompare(b.name))
    .slice(0, limit);
}
