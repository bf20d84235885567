import { loggedError, scrubLogText } from './log-redaction';

describe('what reaches a log line', () => {
  it('scrubs the values PostgreSQL and libraries put in messages', () => {
    expect(scrubLogText('invalid input syntax for type uuid: "jeanne@example.org"')).toBe('invalid input syntax for type uuid: "[redacted]"');
    expect(scrubLogText('Key (email)=(jeanne@example.org) already exists.')).toBe('Key (email)=([redacted]) already exists.');
    expect(scrubLogText('hash $argon2id$v=19$m=19456,t=2,p=1$abc$def failed')).toBe('hash [hash] failed');
    expect(scrubLogText('bad token eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl')).toBe('bad token [token]');
    expect(scrubLogText('mail to jeanne.d+x@mairie-paris.fr refused')).toBe('mail to [email] refused');
    expect(scrubLogText('point 48.862517, 2.361504 outside')).toBe('point [number], [number] outside');
    expect(scrubLogText('relation "person" does not exist')).toBe('relation "[redacted]" does not exist');
    expect(scrubLogText('timeout after 15000 ms, status 503')).toBe('timeout after 15000 ms, status 503');
  });

  it("never copies a failed statement's parameters or a pg error's detail", () => {
    const error = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      code: '22021',
      parameters: ['jeanne@example.org', '$argon2id$v=19$x', 48.8625, 2.3615],
      query: 'INSERT INTO person …',
      detail: 'Key (email)=(jeanne@example.org)',
    });
    const logged = loggedError(error);
    expect(logged).toMatchObject({ type: 'Error', code: '22021', message: 'invalid byte sequence for encoding "[redacted]": 0x00' });
    expect(JSON.stringify(logged)).not.toMatch(/jeanne|argon2|48\.86|2\.36|INSERT/);
  });

  it('describes what is not an Error', () => {
    expect(loggedError('boom for jeanne@example.org')).toEqual({ type: 'string', message: 'boom for [email]' });
  });
});
