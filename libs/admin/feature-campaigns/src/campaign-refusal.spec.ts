import { ApolloError } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { campaignRefusal, relayRefusal } from './campaign-refusal';

function refused(extensions: Record<string, unknown>): ApolloError {
  return new ApolloError({ graphQLErrors: [new GraphQLError('words meant for developers', { extensions })] });
}

describe('campaignRefusal', () => {
  it('names the field a BAD_USER_INPUT names, in the form’s order', () => {
    expect(campaignRefusal(refused({ code: 'BAD_USER_INPUT', fields: [{ field: 'message', message: 'x' }] }))).toBe('message');
    expect(campaignRefusal(refused({ code: 'BAD_USER_INPUT', fields: [{ field: 'neighbourhoodIds' }, { field: 'title' }] }))).toBe('title');
    expect(campaignRefusal(refused({ code: 'BAD_USER_INPUT', fields: [{ field: 'other' }] }))).toBe('failed');
  });

  it('tells a campaign already sent from other conflicts', () => {
    expect(campaignRefusal(refused({ code: 'CONFLICT', reason: 'ALREADY_SENT' }))).toBe('alreadySent');
    expect(campaignRefusal(refused({ code: 'CONFLICT' }))).toBe('failed');
  });

  it('maps the other codes, and anything else, to words of the page', () => {
    expect(campaignRefusal(refused({ code: 'FORBIDDEN' }))).toBe('forbidden');
    expect(campaignRefusal(refused({ code: 'NOT_FOUND' }))).toBe('notFound');
    expect(campaignRefusal(refused({ code: 'UNAUTHENTICATED' }))).toBe('signedOut');
    expect(campaignRefusal(new ApolloError({ networkError: new Error('offline') }))).toBe('failed');
    expect(campaignRefusal(new Error('boom'))).toBe('failed');
  });
});

describe('relayRefusal', () => {
  it('says the reach is wrong, or that the reports of a task ran out', () => {
    expect(relayRefusal(refused({ code: 'BAD_USER_INPUT', fields: [{ field: 'reach' }] }))).toBe('reach');
    expect(relayRefusal(refused({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 86400 }))).toBe('tooManyReports');
    expect(relayRefusal(refused({ code: 'FORBIDDEN' }))).toBe('forbidden');
  });

  it('knows a task that is gone and a lost sign-in', () => {
    expect(relayRefusal(refused({ code: 'NOT_FOUND' }))).toBe('notFound');
    expect(relayRefusal(refused({ code: 'UNAUTHENTICATED' }))).toBe('signedOut');
    expect(relayRefusal(refused({ code: 'INTERNAL_SERVER_ERROR' }))).toBe('failed');
  });
});
