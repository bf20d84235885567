import { ApolloError } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { ideaFormProblems, ideaRefusal, reasonProblem } from './idea-refusal';

const refused = (extensions: Record<string, unknown>) =>
  new ApolloError({ graphQLErrors: [new GraphQLError('words meant for developers', { extensions })] });

describe('ideaRefusal', () => {
  it('names the field a BAD_USER_INPUT points at', () => {
    expect(ideaRefusal(refused({ code: 'BAD_USER_INPUT', fields: [{ field: 'title', message: 'must have at least 3 characters' }] }), 'post')).toEqual({ kind: 'field', field: 'title' });
    expect(ideaRefusal(refused({ code: 'BAD_USER_INPUT', fields: [{ field: 'body', message: 'must not be empty' }] }), 'post')).toEqual({ kind: 'field', field: 'body' });
    expect(ideaRefusal(refused({ code: 'BAD_USER_INPUT', fields: [{ field: 'reason', message: 'must not be empty' }] }), 'moderate')).toEqual({ kind: 'field', field: 'reason' });
    expect(ideaRefusal(refused({ code: 'BAD_USER_INPUT', fields: [{ field: 'id', message: 'is not an id' }] }), 'vote')).toEqual({ kind: 'failed' });
  });

  it('tells the daily limit on ideas from the limit on votes, said in whole minutes rounded up', () => {
    const limit = (retryAfterSeconds?: number) => refused({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds });
    expect(ideaRefusal(limit(3_600), 'post')).toEqual({ kind: 'tooManyIdeas' });
    expect(ideaRefusal(limit(61), 'vote')).toEqual({ kind: 'tooManyVotes', minutes: 2 });
    expect(ideaRefusal(limit(5), 'vote')).toEqual({ kind: 'tooManyVotes', minutes: 1 });
    expect(ideaRefusal(limit(), 'vote')).toEqual({ kind: 'tooManyVotes', minutes: 1 });
    expect(ideaRefusal(refused({ code: 'FORBIDDEN' }), 'moderate')).toEqual({ kind: 'forbidden' });
  });

  it('reads a hidden idea, a missing one and a lost sign-in from their codes', () => {
    expect(ideaRefusal(refused({ code: 'CONFLICT', reason: 'IDEA_HIDDEN' }), 'vote')).toEqual({ kind: 'hidden' });
    expect(ideaRefusal(refused({ code: 'CONFLICT', reason: 'SOMETHING_ELSE' }), 'vote')).toEqual({ kind: 'failed' });
    expect(ideaRefusal(refused({ code: 'NOT_FOUND' }), 'vote')).toEqual({ kind: 'notFound' });
    expect(ideaRefusal(refused({ code: 'UNAUTHENTICATED' }), 'moderate')).toEqual({ kind: 'signedOut' });
  });

  it('takes a NOT_FOUND on posting for the quartier, the only thing posting names', () => {
    expect(ideaRefusal(refused({ code: 'NOT_FOUND' }), 'post')).toEqual({ kind: 'field', field: 'neighbourhoodId' });
  });

  it('falls back to a plain failure for the network or anything else', () => {
    expect(ideaRefusal(new ApolloError({ networkError: new Error('Failed to fetch') }), 'vote')).toEqual({ kind: 'failed' });
    expect(ideaRefusal(new Error('boom'), 'post')).toEqual({ kind: 'failed' });
  });
});

describe('ideaFormProblems', () => {
  it('checks the trimmed title against 3 to 140 characters', () => {
    expect(ideaFormProblems('   ', 'x').title).toBe('titleEmpty');
    expect(ideaFormProblems(' ab ', 'x').title).toBe('titleShort');
    expect(ideaFormProblems('abc', 'x').title).toBeNull();
    expect(ideaFormProblems('a'.repeat(140), 'x').title).toBeNull();
    expect(ideaFormProblems('a'.repeat(141), 'x').title).toBe('titleLong');
  });

  it('checks the trimmed text against 1 to 5000 characters', () => {
    expect(ideaFormProblems('abc', ' \n ').body).toBe('bodyEmpty');
    expect(ideaFormProblems('abc', 'a'.repeat(5000)).body).toBeNull();
    expect(ideaFormProblems('abc', 'a'.repeat(5001)).body).toBe('bodyLong');
  });

  it('requires a moderation reason of 1 to 500 characters', () => {
    expect(reasonProblem('  ')).toBe('reasonEmpty');
    expect(reasonProblem('doublon')).toBeNull();
    expect(reasonProblem('a'.repeat(501))).toBe('reasonLong');
  });
});
