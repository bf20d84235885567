import { PUBLISHED_BANNER_MS, publishedBannerShown } from './published-banner-state';

const at = new Date('2026-03-02T10:00:00Z');
const later = (ms: number) => new Date(at.getTime() + ms);
const published = { requestId: 'r', at };

describe('publishedBannerShown', () => {
  it('shows while the request waits, until a while has passed', () => {
    expect(publishedBannerShown(published, 'OPEN', later(1000))).toBe(true);
    // Not in the list yet (another page of it): still just published.
    expect(publishedBannerShown(published, null, later(1000))).toBe(true);
    expect(publishedBannerShown(published, 'OPEN', later(PUBLISHED_BANNER_MS))).toBe(false);
  });

  it('goes once the request is taken or cancelled', () => {
    expect(publishedBannerShown(published, 'ASSIGNED', later(1000))).toBe(false);
    expect(publishedBannerShown(published, 'CANCELLED', later(1000))).toBe(false);
  });

  it('is not there when nothing was published (or it was dismissed)', () => {
    expect(publishedBannerShown(null, 'OPEN', later(1000))).toBe(false);
  });
});
