import { ApolloError } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { erasureRefusal } from './erasure-refusal';

const refused = (extensions: Record<string, unknown>) =>
  new ApolloError({ graphQLErrors: [new GraphQLError('words meant for developers', { extensions })] });

describe('erasureRefusal', () => {
  it('names the field a BAD_USER_INPUT points at, password or reason', () => {
    expect(erasureRefusal(refused({ code: 'BAD_USER_INPUT', fields: [{ field: 'password', message: 'is not your password' }] }))).toEqual({ kind: 'password' });
    expect(erasureRefusal(refused({ code: 'BAD_USER_INPUT', fields: [{ field: 'reason', message: 'must be 3 to 500 characters' }] }))).toEqual({ kind: 'reason' });
    expect(erasureRefusal(refused({ code: 'BAD_USER_INPUT', fields: [{ field: 'personId', message: 'is not an id' }] }))).toEqual({ kind: 'failed' });
  });

  it('tells the throttle from a plain FORBIDDEN, and says the wait in whole minutes rounded up', () => {
    expect(erasureRefusal(refused({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 61 }))).toEqual({ kind: 'tooManyAttempts', minutes: 2 });
    expect(erasureRefusal(refused({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 5 }))).toEqual({ kind: 'tooManyAttempts', minutes: 1 });
    expect(erasureRefusal(refused({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS' }))).toEqual({ kind: 'tooManyAttempts', minutes: 1 });
    expect(erasureRefusal(refused({ code: 'FORBIDDEN' }))).toEqual({ kind: 'forbidden' });
  });

  it('reads the last admin, nobody and a lost sign-in from their codes', () => {
    expect(erasureRefusal(refused({ code: 'CONFLICT', reason: 'LAST_ADMIN' }))).toEqual({ kind: 'lastAdmin' });
    expect(erasureRefusal(refused({ code: 'CONFLICT', reason: 'SOMETHING_ELSE' }))).toEqual({ kind: 'failed' });
    expect(erasureRefusal(refused({ code: 'NOT_FOUND' }))).toEqual({ kind: 'notFound' });
    expect(erasureRefusal(refused({ code: 'UNAUTHENTICATED' }))).toEqual({ kind: 'signedOut' });
  });

  it('falls back to a plain failure for the network or anything else', () => {
    expect(erasureRefusal(new ApolloError({ networkError: new Error('Failed to fetch') }))).toEqual({ kind: 'failed' });
    expect(erasureRefusal(new Error('boom'))).toEqual({ kind: 'failed' });
  });
});
