import { mayModerateIdea } from './may-moderate';

const QUARTIER = 'q-1';
const person = (roles: string[], organiserOf: string[] = []) => ({ roles, organiserOf: organiserOf.map((id) => ({ id })) });

describe('mayModerateIdea', () => {
  it('lets the organisers of its quartier moderate an idea, and no other organiser', () => {
    expect(mayModerateIdea(person(['RESIDENT', 'ORGANISER'], [QUARTIER]), QUARTIER)).toBe(true);
    expect(mayModerateIdea(person(['RESIDENT', 'ORGANISER'], ['q-2']), QUARTIER)).toBe(false);
  });

  it('lets any organiser moderate an idea about the whole city', () => {
    expect(mayModerateIdea(person(['ORGANISER'], ['q-2']), null)).toBe(true);
    expect(mayModerateIdea(person(['ORGANISER'], []), null)).toBe(false);
  });

  it('lets ADMIN moderate everywhere, and nobody else', () => {
    expect(mayModerateIdea(person(['ADMIN']), QUARTIER)).toBe(true);
    expect(mayModerateIdea(person(['ADMIN']), null)).toBe(true);
    expect(mayModerateIdea(person(['VOLUNTEER']), null)).toBe(false);
    // Quartiers kept from a role since taken away give no right.
    expect(mayModerateIdea(person(['RESIDENT'], [QUARTIER]), QUARTIER)).toBe(false);
    expect(mayModerateIdea(null, QUARTIER)).toBe(false);
  });
});
