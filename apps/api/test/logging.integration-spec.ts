import { setTimeout as sleep } from 'node:timers/promises';
import { SIGN_UP, MARAIS, PASSWORD } from './support/people-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

// The logs go to whoever runs the servers: one line per error with the request's id, and no
// personal data in any line, whatever failed.

describe('logs: structured, one line per error, nothing personal', () => {
  let test: TestApp;
  const lines: string[] = [];
  const logged = () => lines.join('');

  beforeAll(async () => {
    test = await startTestApp({ logging: { level: 'debug', stream: { write: (line: string) => void lines.push(line) } } });
    // An error nobody planned for, in the statement that holds the most personal data: a sign-up.
    await test.db.query(`ALTER TABLE person ADD CONSTRAINT log_test_refused CHECK (display_name <> 'Jeanne Refusée')`);
  });
  afterAll(() => test.close());

  it('logs an unexpected database error once, with the request id and without the statement’s parameters', async () => {
    lines.length = 0;
    const email = 'jeanne.secret@example.org';
    const response = await fetch(`${test.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: SIGN_UP,
        variables: { input: { email, password: PASSWORD, displayName: 'Jeanne Refusée', role: 'RESIDENT', location: MARAIS } },
      }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[\w-]{8,}$/);
    await sleep(100);
    const errors = lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'unexpected error in a GraphQL operation');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ reqId: requestId, err: { code: '23514' } });
    for (const secret of [email, 'jeanne', 'Jeanne', PASSWORD, 'argon2', String(MARAIS.lat), String(MARAIS.lng), 'INSERT']) {
      expect(logged()).not.toContain(secret);
    }
  });

  it('answers a body over the limit with 413 and logs one line, no stack trace', async () => {
    lines.length = 0;
    const response = await fetch(`${test.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { id } }`, variables: { padding: 'x'.repeat(300_000) } }),
    });
    expect(response.status).toBe(413);
    await sleep(100);
    expect(logged()).toContain('request refused');
    expect(logged()).not.toMatch(/\n\s+at |PayloadTooLargeError: /);
  });

  it('logs a request (at debug level when it went well) as its method, path and status: no query string, no address, no token', async () => {
    lines.length = 0;
    const response = await fetch(`${test.baseUrl}/graphql?code=SECRETCODE`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer eyJsecret.token.value' },
      body: JSON.stringify({ query: `{ me { id } }` }),
    });
    expect(response.status).toBe(200);
    await sleep(100);
    const entry = lines.map((line) => JSON.parse(line)).find((e) => e.req?.path === '/graphql');
    expect(entry).toMatchObject({ req: { method: 'POST', path: '/graphql' }, res: { statusCode: 200 } });
    expect(logged()).not.toMatch(/SECRETCODE|eyJsecret|127\.0\.0\.1|remoteAddress/);
  });
});
