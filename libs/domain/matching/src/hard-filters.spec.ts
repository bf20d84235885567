import fc from 'fast-check';
import { haversineMeters } from '@relais/domain-geo';
import { HelpCategory } from '@relais/domain-people';
import { exclusionReason } from './hard-filters';
import { rankCandidates } from './match-score';
import { CONTEXT, HOTEL_DE_VILLE, arbitraryVolunteer, makeRequest, makeVolunteer } from './match-test-fixtures';
import type { VolunteerToMatch } from './match-types';

const request = makeRequest();
const candidateIds = (volunteers: readonly VolunteerToMatch[]) =>
  rankCandidates(request, volunteers, CONTEXT).map((c) => c.volunteerId);

describe('hard filters', () => {
  it('let a ready volunteer through', () => {
    expect(exclusionReason(request, makeVolunteer(), CONTEXT)).toBeNull();
  });

  it('never offer a paused volunteer, one at capacity, one out of range or the requester', () => {
    fc.assert(
      fc.property(arbitraryVolunteer, (volunteer) => {
        const reason = exclusionReason(request, volunteer, CONTEXT);
        const outOfRange = haversineMeters(volunteer.home, request.location) > volunteer.travelRadiusMeters;
        if (!volunteer.active || volunteer.activeRequests >= volunteer.maxActiveRequests || outOfRange) {
          expect(reason).not.toBeNull();
        }
        if (volunteer.id === request.requesterId) expect(reason).toBe('requester');
        if (reason !== null) expect(candidateIds([volunteer])).toEqual([]);
        else expect(candidateIds([volunteer])).toEqual([volunteer.id]);
      }),
    );
  });

  it('give the first reason that applies, in a fixed order', () => {
    const far = { lat: HOTEL_DE_VILLE.lat + 0.5, lng: HOTEL_DE_VILLE.lng };
    const reason = (overrides: Partial<VolunteerToMatch>) => exclusionReason(request, makeVolunteer(overrides), CONTEXT);
    expect(reason({ id: request.requesterId, active: false })).toBe('requester');
    expect(reason({ active: false, skills: [] })).toBe('inactive');
    expect(reason({ skills: [HelpCategory.HOMEWORK], home: far })).toBe('category');
    expect(reason({ home: far, activeRequests: 3 })).toBe('distance');
    expect(reason({ activeRequests: 3, availability: [] })).toBe('capacity');
    expect(reason({ availability: [] })).toBe('availability');
  });

  it('use the travel radius as an inclusive limit', () => {
    const volunteer = makeVolunteer();
    const distance = haversineMeters(volunteer.home, request.location);
    expect(exclusionReason(request, { ...volunteer, travelRadiusMeters: Math.ceil(distance) }, CONTEXT)).toBeNull();
    expect(exclusionReason(request, { ...volunteer, travelRadiusMeters: Math.floor(distance) }, CONTEXT)).toBe('distance');
  });

  it('match homework subjects and levels, an empty list meaning any', () => {
    const homework = makeRequest({ category: HelpCategory.HOMEWORK, subject: 'Maths', level: 'college' });
    const reason = (subjects: string[], levels: string[]) =>
      exclusionReason(homework, makeVolunteer({ subjects, levels }), CONTEXT);
    expect(reason([], [])).toBeNull();
    expect(reason(['maths', 'french'], ['college'])).toBeNull();
    expect(reason(['french'], [])).toBe('subject');
    expect(reason(['maths'], ['lycee'])).toBe('level');
    expect(exclusionReason({ ...homework, subject: null, level: null }, makeVolunteer({ subjects: ['french'], levels: ['lycee'] }), CONTEXT)).toBeNull();
    // Only homework has subjects: the same volunteer does errands whatever the request says.
    expect(exclusionReason({ ...homework, category: HelpCategory.ERRANDS }, makeVolunteer({ subjects: ['french'] }), CONTEXT)).toBeNull();
  });

  it('keep a Monday-evening volunteer for Monday evening only, in Paris time, across the change to winter time', () => {
    const mondayEvenings = makeVolunteer({ availability: [{ day: 0, startMinute: 18 * 60, endMinute: 21 * 60 }] });
    const window = (start: string, end: string) => makeRequest({ window: { start: new Date(start), end: new Date(end) } });
    // Wednesday 21 October 2026, 09:00–12:00 in Paris.
    expect(exclusionReason(window('2026-10-21T07:00:00Z', '2026-10-21T10:00:00Z'), mondayEvenings, CONTEXT)).toBe('availability');
    // Monday 26 October 2026, 19:00–20:00 in Paris, the day after the clocks went back (UTC+1).
    expect(exclusionReason(window('2026-10-26T18:00:00Z', '2026-10-26T19:00:00Z'), mondayEvenings, CONTEXT)).toBeNull();
    // From Saturday in summer time to Monday 17:30 in winter time (16:30 UTC): it ends before the
    // evening, though at the summer offset it would seem to end at 18:30.
    expect(exclusionReason(window('2026-10-24T10:00:00Z', '2026-10-26T16:30:00Z'), mondayEvenings, CONTEXT)).toBe('availability');
    expect(exclusionReason(window('2026-10-24T10:00:00Z', '2026-10-26T17:30:00Z'), mondayEvenings, CONTEXT)).toBeNull();
  });
});
