import { funnelBars } from './funnel';

const report = { ambassadorsReached: 4, ambassadorsRelayed: 2, linkVisits: 40, signUps: 3, volunteerSignUps: 1, activeSignUps: 2 };

describe('funnelBars', () => {
  it('keeps the funnel’s order, from ambassadors reached to those who took part', () => {
    expect(funnelBars(report).map((bar) => [bar.stage, bar.value])).toEqual([
      ['ambassadorsReached', 4],
      ['ambassadorsRelayed', 2],
      ['linkVisits', 40],
      ['signUps', 3],
      ['volunteerSignUps', 1],
      ['activeSignUps', 2],
    ]);
  });

  it('scales on the largest stage, which may come after the first', () => {
    expect(funnelBars(report).map((bar) => bar.width)).toEqual([10, 5, 100, 8, 3, 5]);
  });

  it('shows a small bar for a few and none for nobody', () => {
    const bars = funnelBars({ ambassadorsReached: 1000, ambassadorsRelayed: 1, linkVisits: 0, signUps: 0, volunteerSignUps: 0, activeSignUps: 0 });
    expect(bars.map((bar) => bar.width)).toEqual([100, 2, 0, 0, 0, 0]);
  });

  it('draws nothing for a campaign that reached nobody', () => {
    const bars = funnelBars({ ambassadorsReached: 0, ambassadorsRelayed: 0, linkVisits: 0, signUps: 0, volunteerSignUps: 0, activeSignUps: 0 });
    expect(bars.every((bar) => bar.width === 0)).toBe(true);
  });
});
