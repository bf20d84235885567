import fc from 'fast-check';
import {
  addCompletedWork,
  availabilityFit,
  continuity,
  decayedWork,
  fairness,
  languageMatch,
  load,
  proximity,
  rating,
  reliability,
  sameNeighbourhood,
} from './match-components';
import { NOW, arbitraryRecord, makeRequest } from './match-test-fixtures';

const DAY_MS = 86_400_000;
const anyNumber = fc.double();
const anyRecord = fc.record({
  taken: anyNumber,
  completed: anyNumber,
  givenBack: anyNumber,
  ratingSum: anyNumber,
  ratingCount: anyNumber,
  recentWork: anyNumber,
  recentWorkAt: fc.option(fc.date()),
});
const inUnit = (value: number) => {
  expect(value).toBeGreaterThanOrEqual(0);
  expect(value).toBeLessThanOrEqual(1);
};

describe('match components', () => {
  it('stay in [0, 1] whatever the inputs, NaN and infinities included', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, anyRecord, fc.date(), (a, b, record, now) => {
        [
          proximity(a),
          availabilityFit(a),
          reliability(record),
          rating(record),
          load(a, b),
          fairness(record, now),
          continuity({ completed: a, meanRating: b }),
          continuity({ completed: a, meanRating: null }),
        ].forEach(inUnit);
      }),
    );
  });

  it('never rate a nearer volunteer as less close', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), (a, b) => {
        expect(proximity(Math.min(a, b))).toBeGreaterThanOrEqual(proximity(Math.max(a, b)));
      }),
    );
    expect(proximity(0)).toBe(1);
    expect(proximity(500)).toBeCloseTo(0.5);
  });

  it('count two free hours in the window as a full fit', () => {
    expect(availabilityFit(0)).toBe(0);
    expect(availabilityFit(60)).toBeCloseTo(0.5);
    expect(availabilityFit(120)).toBe(1);
    expect(availabilityFit(10_000)).toBe(1);
  });

  it('never lower reliability for one more completion out of the same tasks taken', () => {
    fc.assert(
      fc.property(arbitraryRecord, (record) => {
        fc.pre(record.completed + record.givenBack < record.taken);
        expect(reliability({ ...record, completed: record.completed + 1 })).toBeGreaterThanOrEqual(reliability(record));
      }),
    );
  });

  it('start a newcomer at the 0.8 prior and count given-back work against them', () => {
    expect(reliability({ taken: 0, completed: 0, givenBack: 0 })).toBeCloseTo(0.8);
    expect(reliability({ taken: 10, completed: 10, givenBack: 0 })).toBeCloseTo(12.4 / 13);
    // Given-back work not yet counted in `taken` still counts as taken.
    expect(reliability({ taken: 2, completed: 2, givenBack: 3 })).toBeCloseTo(4.4 / 8);
  });

  it('never lower the rating for a five-star rating', () => {
    fc.assert(
      fc.property(arbitraryRecord, (record) => {
        const after = { ...record, ratingSum: record.ratingSum + 5, ratingCount: record.ratingCount + 1 };
        expect(rating(after)).toBeGreaterThanOrEqual(rating(record));
      }),
    );
  });

  it('shrink ratings towards 4 stars while there are few', () => {
    expect(rating({ ratingSum: 0, ratingCount: 0 })).toBeCloseTo(0.75);
    expect(rating({ ratingSum: 1, ratingCount: 1 })).toBeCloseTo((21 / 6 - 1) / 4);
    expect(rating({ ratingSum: 5000, ratingCount: 1000 })).toBeGreaterThan(0.99);
  });

  it('measure load as the room left', () => {
    expect(load(0, 4)).toBe(1);
    expect(load(1, 4)).toBe(0.75);
    expect(load(4, 4)).toBe(0);
    expect(load(0, 0)).toBe(0);
  });

  it('give 1 for the same neighbourhood, 0.5 for a neighbouring one, 0 otherwise', () => {
    const request = makeRequest({ neighbourhoodId: 'marais', adjacentNeighbourhoodIds: ['bastille'] });
    expect(sameNeighbourhood(request, { neighbourhoodId: 'marais' })).toBe(1);
    expect(sameNeighbourhood(request, { neighbourhoodId: 'bastille' })).toBe(0.5);
    expect(sameNeighbourhood(request, { neighbourhoodId: 'belleville' })).toBe(0);
    expect(sameNeighbourhood(request, { neighbourhoodId: null })).toBe(0);
    expect(sameNeighbourhood({ ...request, neighbourhoodId: null }, { neighbourhoodId: null })).toBe(0);
  });

  it('match languages without case, and anyone when the requester listed none', () => {
    expect(languageMatch(['FR', 'ar'], [' fr'])).toBe(1);
    expect(languageMatch(['ar'], ['fr', 'en'])).toBe(0);
    expect(languageMatch([], [])).toBe(1);
  });

  it('value continuity by the rating the requester gave', () => {
    expect(continuity(null)).toBe(0);
    expect(continuity({ completed: 0, meanRating: null })).toBe(0);
    expect(continuity({ completed: 2, meanRating: null })).toBe(0.75);
    expect(continuity({ completed: 1, meanRating: 5 })).toBe(1);
    expect(continuity({ completed: 1, meanRating: 1 })).toBe(0);
  });

  it('halve recent work every 30 days', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), fc.integer({ min: 0, max: 365 }), (work, days) => {
        const at = new Date(NOW.getTime() - days * DAY_MS);
        const later = new Date(at.getTime() + 30 * DAY_MS);
        expect(decayedWork({ recentWork: work, recentWorkAt: at }, later)).toBeCloseTo(
          decayedWork({ recentWork: work, recentWorkAt: at }, at) / 2,
          9,
        );
      }),
    );
    expect(decayedWork({ recentWork: 4, recentWorkAt: null }, NOW)).toBe(4);
  });

  it('add a completion to decayed work', () => {
    const at = new Date(NOW.getTime() - 60 * DAY_MS);
    expect(addCompletedWork({ recentWork: 8, recentWorkAt: at }, NOW)).toEqual({ recentWork: 3, recentWorkAt: NOW });
    expect(addCompletedWork({ recentWork: 0, recentWorkAt: null }, NOW)).toEqual({ recentWork: 1, recentWorkAt: NOW });
  });

  it('never favour the volunteer with more recent work', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 1e4, noNaN: true }), (a, b) => {
        const [less, more] = [Math.min(a, b), Math.max(a, b)];
        expect(fairness({ recentWork: less, recentWorkAt: NOW }, NOW)).toBeGreaterThanOrEqual(
          fairness({ recentWork: more, recentWorkAt: NOW }, NOW),
        );
      }),
    );
    expect(fairness({ recentWork: 3, recentWorkAt: NOW }, NOW)).toBeCloseTo(0.5);
  });
});
