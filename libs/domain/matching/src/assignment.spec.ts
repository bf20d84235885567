import fc from 'fast-check';
import type { Assignment, AssignmentProblem } from './assignment';
import { greedyAssignment, solveAssignment } from './assignment';

/** The optimum by trying every way to place each request (or not). */
function bruteForceTotal({ requests, capacities, scores }: AssignmentProblem): number {
  const volunteers = capacities.length;
  const room = [...capacities];
  let best = 0;
  const place = (request: number, total: number): void => {
    if (request === requests) {
      best = Math.max(best, total);
      return;
    }
    place(request + 1, total);
    for (let volunteer = 0; volunteer < volunteers; volunteer++) {
      const score = scores[request * volunteers + volunteer]!;
      if (score >= 0 && room[volunteer]! > 0) {
        room[volunteer]!--;
        place(request + 1, total + score);
        room[volunteer]!++;
      }
    }
  };
  place(0, 0);
  return best;
}

function expectFeasible(problem: AssignmentProblem, assignment: Assignment) {
  const volunteers = problem.capacities.length;
  const used = new Array<number>(volunteers).fill(0);
  const requests = new Set<number>();
  let total = 0;
  for (const { request, volunteer, score } of assignment.pairs) {
    expect(requests.has(request)).toBe(false);
    requests.add(request);
    const allowed = problem.scores[request * volunteers + volunteer]!;
    expect(allowed).toBeGreaterThanOrEqual(0);
    expect(score).toBe(allowed);
    used[volunteer]!++;
    total += score;
  }
  used.forEach((count, volunteer) => expect(count).toBeLessThanOrEqual(problem.capacities[volunteer]!));
  expect(assignment.total).toBeCloseTo(total, 9);
}

const smallProblem: fc.Arbitrary<AssignmentProblem> = fc
  .record({ requests: fc.integer({ min: 0, max: 5 }), capacities: fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 4 }) })
  .chain(({ requests, capacities }) =>
    fc
      .array(
        fc.oneof(
          { weight: 6, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
          { weight: 1, arbitrary: fc.constantFrom(Number.NaN, -1, 0, 0.5) },
        ),
        { minLength: requests * capacities.length, maxLength: requests * capacities.length },
      )
      .map((scores) => ({ requests, capacities, scores })),
  );

function randomProblem(requests: number, volunteers: number, capacity: number, seed: number): AssignmentProblem {
  let state = seed;
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const scores = new Float64Array(requests * volunteers);
  for (let k = 0; k < scores.length; k++) scores[k] = random() < 0.1 ? Number.NaN : random();
  return { requests, capacities: new Array<number>(volunteers).fill(capacity), scores };
}

describe('optimal assignment', () => {
  it('reaches the brute-force optimum with a feasible assignment', () => {
    fc.assert(
      fc.property(smallProblem, (problem) => {
        const solved = solveAssignment(problem);
        expectFeasible(problem, solved);
        expect(Math.abs(solved.total - bruteForceTotal(problem))).toBeLessThan(1e-9);
      }),
      { numRuns: 500 },
    );
  });

  it('beats greedy where taking the best pair first blocks a better pairing', () => {
    const problem = { requests: 2, capacities: [1, 1], scores: [0.9, 0.8, 0.85, 0.1] };
    const greedy = greedyAssignment(problem);
    expect(greedy.total).toBeCloseTo(1.0, 12);
    const solved = solveAssignment(problem);
    expect(solved.total).toBeCloseTo(1.65, 12);
    expect(solved.pairs).toEqual([
      { request: 0, volunteer: 1, score: 0.8 },
      { request: 1, volunteer: 0, score: 0.85 },
    ]);
  });

  it('shares a volunteer up to their capacity and leaves a request unassigned rather than use a forbidden pair', () => {
    const problem = { requests: 3, capacities: [2, 0], scores: [0.5, 0.9, 0.4, Number.NaN, -1, 0.7] };
    expect(solveAssignment(problem)).toEqual({
      pairs: [
        { request: 0, volunteer: 0, score: 0.5 },
        { request: 1, volunteer: 0, score: 0.4 },
      ],
      total: 0.9,
    });
  });

  it('does at least as well as greedy on a 200 × 200 instance, feasibly', () => {
    const problem = randomProblem(200, 200, 1, 42);
    const solved = solveAssignment(problem);
    const greedy = greedyAssignment(problem);
    expectFeasible(problem, solved);
    expectFeasible(problem, greedy);
    expect(solved.total).toBeGreaterThanOrEqual(greedy.total - 1e-9);
  });

  it('handles scarce capacity: 300 requests for 40 volunteers holding 3 each', () => {
    const problem = randomProblem(300, 40, 3, 7);
    const solved = solveAssignment(problem);
    expectFeasible(problem, solved);
    expect(solved.pairs).toHaveLength(120);
    expect(solved.total).toBeGreaterThanOrEqual(greedyAssignment(problem).total - 1e-9);
  });

  it('refuses malformed problems with a RangeError', () => {
    expect(() => solveAssignment({ requests: 2, capacities: [1], scores: [0.5] })).toThrow(RangeError);
    expect(() => solveAssignment({ requests: 1, capacities: [1.5], scores: [0.5] })).toThrow(RangeError);
    expect(() => solveAssignment({ requests: 1, capacities: [-1], scores: [0.5] })).toThrow(RangeError);
    expect(() => solveAssignment({ requests: -1, capacities: [], scores: [] })).toThrow(RangeError);
    expect(() => solveAssignment({ requests: 1, capacities: [1], scores: [Infinity] })).toThrow(RangeError);
    expect(() => greedyAssignment({ requests: 1, capacities: [1], scores: [] })).toThrow(RangeError);
    expect(solveAssignment({ requests: 0, capacities: [], scores: [] })).toEqual({ pairs: [], total: 0 });
  });
});
