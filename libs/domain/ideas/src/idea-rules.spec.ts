import { checkIdeaInput, checkModerationReason } from './idea-rules';

describe('idea rules', () => {
  it('bounds a title to 3..140 characters and a body to 1..5000, trimmed', () => {
    expect(checkIdeaInput({ title: 'Un jardin partagé', body: 'Rue de Bretagne' })).toEqual([]);
    expect(checkIdeaInput({ title: ' ab ', body: '   ' }).map((e) => e.field)).toEqual(['title', 'body']);
    expect(checkIdeaInput({ title: 'x'.repeat(141), body: 'y'.repeat(5001) }).map((e) => e.field)).toEqual(['title', 'body']);
    expect(checkIdeaInput({ title: 'x'.repeat(140), body: 'y'.repeat(5000) })).toEqual([]);
  });

  it('requires a moderation reason of at most 500 characters', () => {
    expect(checkModerationReason('Hors sujet')).toEqual([]);
    expect(checkModerationReason(' ')).toEqual([{ field: 'reason', message: 'must not be empty' }]);
    expect(checkModerationReason('r'.repeat(501))).toHaveLength(1);
  });
});
