// Builders shared by the specs of this library; not exported from its index.
import fc from 'fast-check';
import type { LatLng } from '@relais/domain-geo';
import { HelpCategory } from '@relais/domain-people';
import type { MatchContext, RequestToMatch, VolunteerRecord, VolunteerToMatch, WeeklySlot } from './match-types';
import { DEFAULT_MATCH_WEIGHTS } from './match-weights';

export const HOTEL_DE_VILLE: LatLng = { lat: 48.8566, lng: 2.3522 };

/** Tuesday 20 October 2026, 10:00 in Paris. */
export const NOW = new Date('2026-10-20T08:00:00Z');

export const CONTEXT: MatchContext = { weights: DEFAULT_MATCH_WEIGHTS, now: NOW, timeZone: 'Europe/Paris' };

export const NEW_RECORD: VolunteerRecord = {
  taken: 0,
  completed: 0,
  givenBack: 0,
  ratingSum: 0,
  ratingCount: 0,
  recentWork: 0,
  recentWorkAt: null,
};

export function makeRequest(overrides: Partial<RequestToMatch> = {}): RequestToMatch {
  return {
    id: 'request-1',
    requesterId: 'resident-1',
    category: HelpCategory.ERRANDS,
    subject: null,
    level: null,
    location: HOTEL_DE_VILLE,
    neighbourhoodId: 'marais',
    adjacentNeighbourhoodIds: ['bastille'],
    requesterLanguages: ['fr'],
    window: { start: NOW, end: null },
    ...overrides,
  };
}

export function makeVolunteer(overrides: Partial<VolunteerToMatch> = {}): VolunteerToMatch {
  return {
    id: 'volunteer-1',
    active: true,
    skills: Object.values(HelpCategory),
    subjects: [],
    levels: [],
    home: { lat: HOTEL_DE_VILLE.lat + 0.005, lng: HOTEL_DE_VILLE.lng },
    travelRadiusMeters: 3000,
    maxActiveRequests: 3,
    activeRequests: 0,
    availability: null,
    neighbourhoodId: 'marais',
    languages: ['fr'],
    record: NEW_RECORD,
    ...overrides,
  };
}

/** Counters a real volunteer can have: completed and given back within taken, ratings of 1 to 5. */
export const arbitraryRecord: fc.Arbitrary<VolunteerRecord> = fc
  .record({
    taken: fc.nat(200),
    completedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    givenBackShare: fc.double({ min: 0, max: 1, noNaN: true }),
    ratingCount: fc.nat(100),
    meanStars: fc.double({ min: 1, max: 5, noNaN: true }),
    recentWork: fc.double({ min: 0, max: 50, noNaN: true }),
    daysAgo: fc.option(fc.integer({ min: 0, max: 400 })),
  })
  .map(({ taken, completedShare, givenBackShare, ratingCount, meanStars, recentWork, daysAgo }) => {
    const completed = Math.floor(taken * completedShare);
    return {
      taken,
      completed,
      givenBack: Math.floor((taken - completed) * givenBackShare),
      ratingCount,
      ratingSum: ratingCount * meanStars,
      recentWork: daysAgo === null ? 0 : recentWork,
      recentWorkAt: daysAgo === null ? null : new Date(NOW.getTime() - daysAgo * 86_400_000),
    };
  });

export const arbitrarySlot: fc.Arbitrary<WeeklySlot> = fc
  .record({ day: fc.integer({ min: 0, max: 6 }), a: fc.integer({ min: 0, max: 1440 }), b: fc.integer({ min: 0, max: 1440 }) })
  .filter(({ a, b }) => a !== b)
  .map(({ day, a, b }) => ({ day, startMinute: Math.min(a, b), endMinute: Math.max(a, b) }));

/** Any volunteer within ~5 km of the request, in any state. */
export const arbitraryVolunteer: fc.Arbitrary<VolunteerToMatch> = fc
  .record({
    id: fc.constantFrom('v-1', 'v-2', 'v-3', 'v-4', 'v-5', 'resident-1'),
    active: fc.boolean(),
    skills: fc.subarray(Object.values(HelpCategory)),
    subjects: fc.subarray(['maths', 'french', 'history']),
    levels: fc.subarray(['primaire', 'college', 'lycee']),
    dLat: fc.double({ min: -0.045, max: 0.045, noNaN: true }),
    dLng: fc.double({ min: -0.065, max: 0.065, noNaN: true }),
    travelRadiusMeters: fc.integer({ min: 100, max: 5000 }),
    maxActiveRequests: fc.integer({ min: 1, max: 5 }),
    activeRequests: fc.integer({ min: 0, max: 6 }),
    availability: fc.option(fc.array(arbitrarySlot, { maxLength: 6 })),
    neighbourhoodId: fc.constantFrom('marais', 'bastille', 'belleville', null),
    languages: fc.subarray(['fr', 'en', 'ar', 'es']),
    record: arbitraryRecord,
  })
  .map(({ dLat, dLng, ...volunteer }) => ({
    ...volunteer,
    home: { lat: HOTEL_DE_VILLE.lat + dLat, lng: HOTEL_DE_VILLE.lng + dLng },
  }));
