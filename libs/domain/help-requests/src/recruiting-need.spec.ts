import { recruitingNeed, volunteersPerThousand } from './recruiting-need';

describe('recruitingNeed', () => {
  it('is zero where nothing waits, however few volunteers there are', () => {
    expect(recruitingNeed({ openNeeds: 0, staleNeeds: 0, volunteers: 0 })).toBe(0);
    expect(recruitingNeed({ openNeeds: 0, staleNeeds: 0, volunteers: 12 })).toBe(0);
  });

  it('ranks ten needs for one volunteer above one need for none', () => {
    const crowded = recruitingNeed({ openNeeds: 10, staleNeeds: 0, volunteers: 1 });
    const empty = recruitingNeed({ openNeeds: 1, staleNeeds: 0, volunteers: 0 });
    expect(crowded).toBe(5);
    expect(empty).toBe(1);
    expect(crowded).toBeGreaterThan(empty);
  });

  it('counts a need waiting for more than 48 hours twice', () => {
    expect(recruitingNeed({ openNeeds: 4, staleNeeds: 2, volunteers: 2 })).toBe(2);
    expect(recruitingNeed({ openNeeds: 4, staleNeeds: 0, volunteers: 2 })).toBeCloseTo(4 / 3);
  });

  it('never counts more stale needs than open ones, nor negative figures', () => {
    expect(recruitingNeed({ openNeeds: 1, staleNeeds: 5, volunteers: 0 })).toBe(2);
    expect(recruitingNeed({ openNeeds: -3, staleNeeds: -1, volunteers: -2 })).toBe(0);
  });

  it('falls as volunteers join', () => {
    const figures = [0, 1, 2, 5, 20].map((volunteers) => recruitingNeed({ openNeeds: 6, staleNeeds: 1, volunteers }));
    expect([...figures].sort((a, b) => b - a)).toEqual(figures);
  });
});

describe('volunteersPerThousand', () => {
  it('scales to 1,000 residents', () => {
    expect(volunteersPerThousand(3, 1500)).toBe(2);
  });

  it('has no figure where nobody lives', () => {
    expect(volunteersPerThousand(2, 0)).toBeNull();
  });
});
