import { contribution, orderParts } from './score-components';

describe('score parts', () => {
  it('contribute value times weight', () => {
    expect(contribution({ name: 'proximity', value: 0.8, weight: 0.25 })).toBeCloseTo(0.2);
  });

  it('come in the usual order, unknown names last', () => {
    const parts = [
      { name: 'fairness', value: 1, weight: 0.1 },
      { name: 'trust', value: 1, weight: 0.1 },
      { name: 'proximity', value: 1, weight: 0.25 },
    ];
    expect(orderParts(parts).map((part) => part.name)).toEqual(['proximity', 'fairness', 'trust']);
  });
});
