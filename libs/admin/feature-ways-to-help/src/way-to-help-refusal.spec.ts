import { ApolloError } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { wayToHelpRefusal } from './way-to-help-refusal';

const refused = (extensions: Record<string, unknown>) =>
  new ApolloError({ graphQLErrors: [new GraphQLError('words meant for developers', { extensions })] });

describe('wayToHelpRefusal', () => {
  it('names the field a BAD_USER_INPUT points at, so it is marked in place', () => {
    for (const field of ['title', 'body', 'link'] as const) {
      expect(wayToHelpRefusal(refused({ code: 'BAD_USER_INPUT', fields: [{ field, message: 'is wrong' }] }), 'create')).toEqual({ kind: 'field', field });
    }
    expect(wayToHelpRefusal(refused({ code: 'BAD_USER_INPUT', fields: [{ field: 'kind', message: 'is wrong' }] }), 'create')).toEqual({ kind: 'failed' });
  });

  it('tells the daily limit from a plain refusal, both FORBIDDEN', () => {
    expect(wayToHelpRefusal(refused({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 86_400 }), 'create')).toEqual({ kind: 'tooMany' });
    expect(wayToHelpRefusal(refused({ code: 'FORBIDDEN' }), 'create')).toEqual({ kind: 'forbidden' });
  });

  it('takes a NOT_FOUND on writing for the quartiers, and on archiving for the way to help', () => {
    expect(wayToHelpRefusal(refused({ code: 'NOT_FOUND' }), 'create')).toEqual({ kind: 'field', field: 'neighbourhoodIds' });
    expect(wayToHelpRefusal(refused({ code: 'NOT_FOUND' }), 'archive')).toEqual({ kind: 'notFound' });
  });

  it('reads a lost sign-in, and anything else as a plain failure', () => {
    expect(wayToHelpRefusal(refused({ code: 'UNAUTHENTICATED' }), 'archive')).toEqual({ kind: 'signedOut' });
    expect(wayToHelpRefusal(new ApolloError({ networkError: new Error('Failed to fetch') }), 'create')).toEqual({ kind: 'failed' });
    expect(wayToHelpRefusal(new Error('boom'), 'archive')).toEqual({ kind: 'failed' });
  });
});
