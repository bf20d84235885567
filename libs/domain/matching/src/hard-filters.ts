import { haversineMeters } from '@relais/domain-geo';
import { HelpCategory } from '@relais/domain-people';
import type { ExclusionReason, MatchContext, RequestToMatch, VolunteerToMatch } from './match-types';
import { availableMinutes } from './weekly-availability';

/** What screening measured, so that scoring does not measure it again. */
export interface MatchFacts {
  distanceMeters: number;
  availableMinutes: number;
}

export type MatchScreening = { excludedBy: ExclusionReason } | { excludedBy: null; facts: MatchFacts };

/** Homework labels are free text, compared like `normaliseTeachingLabels` stores them. */
function offers(offered: readonly string[], wanted: string | null): boolean {
  const key = wanted?.trim().toLowerCase();
  if (!key || offered.length === 0) return true;
  return offered.some((label) => label.trim().toLowerCase() === key);
}

/** Applies the hard filters, cheapest first; the availability check, which needs the calendar, comes last. */
export function screenMatch(request: RequestToMatch, volunteer: VolunteerToMatch, context: MatchContext): MatchScreening {
  if (volunteer.id === request.requesterId) return { excludedBy: 'requester' };
  if (!volunteer.active) return { excludedBy: 'inactive' };
  if (!volunteer.skills.includes(request.category)) return { excludedBy: 'category' };
  if (request.category === HelpCategory.HOMEWORK) {
    if (!offers(volunteer.subjects, request.subject)) return { excludedBy: 'subject' };
    if (!offers(volunteer.levels, request.level)) return { excludedBy: 'level' };
  }
  const distanceMeters = haversineMeters(volunteer.home, request.location);
  if (!(distanceMeters <= volunteer.travelRadiusMeters)) return { excludedBy: 'distance' };
  if (!(volunteer.activeRequests < volunteer.maxActiveRequests)) return { excludedBy: 'capacity' };
  const { available } = availableMinutes(request.window, volunteer.availability, context.timeZone, context.now);
  if (!(available > 0)) return { excludedBy: 'availability' };
  return { excludedBy: null, facts: { distanceMeters, availableMinutes: available } };
}

/** Why the volunteer is not a candidate for the request at all; null if they are one. */
export function exclusionReason(
  request: RequestToMatch,
  volunteer: VolunteerToMatch,
  context: MatchContext,
): ExclusionReason | null {
  return screenMatch(request, volunteer, context).excludedBy;
}
