import { canOpen, canUseDesk, deskAreas } from './desk-access';

describe('deskAreas', () => {
  it('gives a resident their requests and their profile (consents)', () => {
    expect(deskAreas(['RESIDENT'])).toEqual(['myRequests', 'profile']);
  });

  it('gives a volunteer the feed, tasks, profile and their own requests', () => {
    expect(deskAreas(['VOLUNTEER'])).toEqual(['feed', 'tasks', 'profile', 'myRequests']);
  });

  it('joins the pages of several roles, organising first, without repeats', () => {
    expect(deskAreas(['RESIDENT', 'ORGANISER'])).toEqual(['queue', 'map', 'people', 'leaders', 'campaigns', 'waysToHelp', 'profile', 'myRequests']);
    expect(deskAreas(['ADMIN', 'ORGANISER'])).toEqual(['queue', 'map', 'people', 'leaders', 'campaigns', 'waysToHelp', 'audit', 'retention', 'outreach', 'matchingSettings', 'leaderSettings', 'profile']);
  });

  it('opens the leaders pages to organisers and admins only; volunteers see their own standing on their profile', () => {
    expect(canOpen(['ORGANISER'], 'leaders')).toBe(true);
    expect(canOpen(['ADMIN'], 'leaders')).toBe(true);
    expect(canOpen(['VOLUNTEER'], 'leaders')).toBe(false);
    expect(canOpen(['RESIDENT'], 'leaders')).toBe(false);
  });

  it('opens « Aider depuis chez soi » to organisers and ADMIN; volunteers read it on their feed', () => {
    expect(canOpen(['ORGANISER'], 'waysToHelp')).toBe(true);
    expect(canOpen(['ADMIN'], 'waysToHelp')).toBe(true);
    expect(canOpen(['VOLUNTEER'], 'waysToHelp')).toBe(false);
    expect(canOpen(['RESIDENT'], 'waysToHelp')).toBe(false);
  });

  it('opens the audit log to ADMIN only', () => {
    expect(canOpen(['ADMIN'], 'audit')).toBe(true);
    expect(canOpen(['ORGANISER'], 'audit')).toBe(false);
    expect(canOpen(['VOLUNTEER', 'RESIDENT'], 'audit')).toBe(false);
  });

  it('opens the data retention settings to ADMIN only', () => {
    expect(canOpen(['ADMIN'], 'retention')).toBe(true);
    expect(canOpen(['ORGANISER'], 'retention')).toBe(false);
    expect(canOpen(['VOLUNTEER', 'RESIDENT'], 'retention')).toBe(false);
  });

  it('opens the match weight and leader settings to ADMIN only', () => {
    for (const area of ['matchingSettings', 'leaderSettings'] as const) {
      expect(canOpen(['ADMIN'], area)).toBe(true);
      expect(canOpen(['ORGANISER'], area)).toBe(false);
      expect(canOpen(['VOLUNTEER', 'RESIDENT'], area)).toBe(false);
    }
  });

  it('opens the digest and outreach settings to ADMIN only', () => {
    expect(canOpen(['ADMIN'], 'outreach')).toBe(true);
    expect(canOpen(['ORGANISER'], 'outreach')).toBe(false);
    expect(canOpen(['VOLUNTEER', 'RESIDENT'], 'outreach')).toBe(false);
  });

  it('lets every signed-in role in, and only to its own pages', () => {
    expect(canUseDesk(['RESIDENT'])).toBe(true);
    expect(canUseDesk([])).toBe(false);
    expect(canOpen(['RESIDENT'], 'queue')).toBe(false);
    expect(canOpen(['VOLUNTEER'], 'feed')).toBe(true);
  });
});
