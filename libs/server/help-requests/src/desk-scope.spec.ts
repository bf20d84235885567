import { Role } from '@relais/domain-people';
import type { Viewer } from '@relais/server-shared';
import { deskScope, inDeskScope } from './desk-scope';

const viewer = (roles: Role[], organiserOf: string[] = []): Viewer => ({ id: 'p', roles, organiserOf: new Set(organiserOf) });

describe('deskScope', () => {
  it('covers every quartier an organiser organises when none is named', () => {
    expect(deskScope(viewer([Role.ORGANISER], ['b', 'a']), null)).toEqual({ everywhere: false, neighbourhoodIds: ['a', 'b'] });
  });

  it('covers the whole city for ADMIN', () => {
    expect(deskScope(viewer([Role.ADMIN]), null)).toEqual({ everywhere: true });
  });

  it('narrows to the quartier named, if the caller organises it', () => {
    expect(deskScope(viewer([Role.ORGANISER], ['a', 'b']), 'b')).toEqual({ everywhere: false, neighbourhoodIds: ['b'] });
    expect(deskScope(viewer([Role.ADMIN]), 'z')).toEqual({ everywhere: false, neighbourhoodIds: ['z'] });
  });

  it("refuses another organiser's quartier, and anyone who organises nothing", () => {
    expect(() => deskScope(viewer([Role.ORGANISER], ['a']), 'b')).toThrow(/organiser/);
    expect(() => deskScope(viewer([Role.VOLUNTEER]), null)).toThrow(/organiser/);
    expect(() => deskScope(viewer([Role.ORGANISER]), null)).toThrow(/organiser/);
    // A scope left behind after the role was taken away gives nothing.
    expect(() => deskScope(viewer([Role.VOLUNTEER], ['a']), null)).toThrow(/organiser/);
  });
});

describe('inDeskScope', () => {
  it('keeps requests of the scope only; outside every quartier only for the whole city', () => {
    const some = { everywhere: false, neighbourhoodIds: ['a'] } as const;
    expect(inDeskScope(some, 'a')).toBe(true);
    expect(inDeskScope(some, 'b')).toBe(false);
    expect(inDeskScope(some, null)).toBe(false);
    expect(inDeskScope({ everywhere: true }, null)).toBe(true);
  });
});
