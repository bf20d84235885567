import { formatAgo } from './relative-time';

const now = new Date('2026-12-07T12:00:00Z');
const before = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe('formatAgo', () => {
  it('says « à l’instant » under a minute, then minutes and hours short, in French', () => {
    expect(formatAgo(before(0.5), now, 'fr', 'à l’instant')).toBe('à l’instant');
    expect(formatAgo(before(5), now, 'fr', 'à l’instant')).toBe('il y a 5\u00a0min');
    expect(formatAgo(before(180), now, 'fr', 'à l’instant')).toBe('il y a 3\u00a0h');
  });

  it('says days in words: yesterday, then how many days', () => {
    expect(formatAgo(before(2 * 24 * 60), now, 'fr', 'à l’instant')).toBe('avant-hier');
    expect(formatAgo(before(3 * 24 * 60), now, 'fr', 'à l’instant')).toBe('il y a 3 jours');
    expect(formatAgo(before(3 * 24 * 60), now, 'en', 'just now')).toBe('3 days ago');
    expect(formatAgo(before(5), now, 'en', 'just now')).toBe('5 min. ago');
  });
});
