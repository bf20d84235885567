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

/**
 * Applies the hard filters, cheapest first (the availability check, which needs the calendar,
 * comes last), writing what it measured into `facts`: ranking screens hundreds of volunteers per
 * request, and an object per screening was a good part of its garbage.
 */
export function screenInto(request: RequestToMatch, volunteer: VolunteerToMatch, context: MatchContext, facts: MatchFacts): ExclusionReason | null {
  if (volunteer.id === request.requesterId) return 'requester';
  if (!volunteer.active) return 'inactive';
  if (!volunteer.skills.includes(request.category)) return 'category';
  if (request.category === HelpCategory.HOMEWORK) {
    if (!offers(volunteer.subjects, request.subject)) return 'subject';
    if (!offers(volunteer.levels, request.level)) return 'level';
  }
  const distanceMeters = haversineMeters(volunteer.home, request.location);
  if (!(distanceMeters <= volunteer.travelRadiusMeters)) return 'distance';
  if (!(volunteer.activeRequests < volunteer.maxActiveRequests)) return 'capacity';
  const { available } = availableMinutes(request.window, volunteer.availability, context.timeZone, context.now);
  if (!(available > 0)) return 'availability';
  facts.distanceMeters = distanceMeters;
  facts.availableMinutes = available;
  return null;
}

export function screenMatch(request: RequestToMatch, volunteer: VolunteerToMatch, context: MatchContext): MatchScreening {
  const facts: MatchFacts = { distanceMeters: 0, availableMinutes: 0 };
  const excludedBy = screenInto(request, volunteer, context, facts);
  return excludedBy === null ? { excludedBy, facts } : { excludedBy };
}

/** Why the volunteer is not a candidate for the request at all; null if they are one. */
export function exclusionReason(
  request: RequestToMatch,
  volunteer: VolunteerToMatch,
  context: MatchContext,
): ExclusionReason | null {
  return screenMatch(request, volunteer, context).excludedBy;
}
