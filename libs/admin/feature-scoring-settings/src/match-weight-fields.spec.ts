import { MATCH_WEIGHT_RANGE, invalidMatchWeights, matchWeightsDraft, matchWeightsInput, refusedMatchWeights } from './match-weight-fields';
import { sharesOf } from './number-range';

const saved = { proximity: 25, availability: 10, reliability: 15, rating: 15, load: 10, sameNeighbourhood: 5, language: 5, continuity: 5, fairness: 10 };

describe('match weight fields', () => {
  it('accepts the weights as saved', () => {
    expect(invalidMatchWeights(matchWeightsDraft(saved))).toEqual([]);
  });

  it('refuses what the API refuses: below 0, above 100, emptied', () => {
    expect(invalidMatchWeights({ ...saved, proximity: -1, rating: 100.5, load: '' })).toEqual(['proximity', 'rating', 'load']);
    expect(invalidMatchWeights({ ...saved, proximity: 100, rating: 0 })).toEqual([]);
  });

  it('refuses every weight at zero as a whole, not field by field', () => {
    const zero = matchWeightsDraft({ ...saved, proximity: 0, availability: 0, reliability: 0, rating: 0, load: 0, sameNeighbourhood: 0, language: 0, continuity: 0, fairness: 0 });
    expect(invalidMatchWeights(zero)).toEqual(['weights']);
  });

  it('gives each weight its share of the total, as scoring normalises them', () => {
    const shares = sharesOf(matchWeightsDraft(saved), MATCH_WEIGHT_RANGE);
    expect(shares?.proximity).toBeCloseTo(0.25, 12);
    expect(Object.values(shares ?? {}).reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 12);
    expect(sharesOf({ ...matchWeightsDraft(saved), load: '' }, MATCH_WEIGHT_RANGE)).toBeNull();
    expect(sharesOf({ proximity: 0, rating: 0 }, MATCH_WEIGHT_RANGE)).toBeNull();
  });

  it('sends numbers and reads the refused fields in the page’s order', () => {
    expect(matchWeightsInput(matchWeightsDraft(saved))).toEqual(saved);
    expect(refusedMatchWeights(['weights', 'fairness', 'proximity', 'neighbourhoodId'])).toEqual(['proximity', 'fairness', 'weights']);
  });
});
