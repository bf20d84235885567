/** A prior belief worth `count` observations of value `mean`. */
export interface Prior {
  mean: number;
  count: number;
}

/**
 * (Σ wᵢ·xᵢ + mean·count) / (Σ wᵢ + count): the prior alone with no data, the data's own mean as
 * their weight grows. Takes the sums, not the list, so callers can accumulate them in one pass.
 */
export function bayesianMean(weightedSum: number, totalWeight: number, prior: Prior): number {
  const denominator = totalWeight + prior.count;
  return denominator > 0 ? (weightedSum + prior.mean * prior.count) / denominator : prior.mean;
}
