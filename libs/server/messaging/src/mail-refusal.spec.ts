import { MailRefused, conciseReason, sortSmtpError } from './mail-refusal';

const TO = 'Jeanne.Dupont@example.org';

/** Errors shaped as nodemailer shapes them (code, command, responseCode, response). */
const smtpError = (fields: Record<string, unknown>) => Object.assign(new Error(String(fields['message'] ?? 'failed')), fields);

describe('mail refusals', () => {
  it('keeps no address in a reason: the recipient however written, any other, bracketed or not', () => {
    const reason = conciseReason(`550 5.1.1 <jeanne.dupont@EXAMPLE.org>: unknown; forwarded from ${TO} via postmaster@relay.example`, TO);
    expect(reason).toBe('550 5.1.1 <address>: unknown; forwarded from <address> via <address>');
    expect(conciseReason('Invalid recipient "a b"', 'a b')).toBe('Invalid recipient "<address>"');
  });

  it('keeps a reason short and on one line', () => {
    const reason = conciseReason(`451 ${'x'.repeat(500)}\r\n more`, TO);
    expect(reason).toHaveLength(200);
    expect(reason).not.toMatch(/\n/);
  });

  it('takes a 5xx to the mail (but 503) as for good, a 4xx as for later', () => {
    const gone = sortSmtpError(smtpError({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 550, response: `550 <${TO}> unknown` }), TO);
    expect(gone).toBeInstanceOf(MailRefused);
    expect(gone).toMatchObject({ permanent: true, replyCode: 550, message: '550 <address> unknown' });
    const later = sortSmtpError(smtpError({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 451, response: '451 greylisted' }), TO);
    expect(later).toMatchObject({ permanent: false, replyCode: 451 });
    const data = sortSmtpError(smtpError({ code: 'EMESSAGE', command: 'DATA', responseCode: 554, response: '554 spam' }), TO);
    expect(data).toMatchObject({ permanent: true, replyCode: 554 });
    const outOfStep = sortSmtpError(smtpError({ code: 'EENVELOPE', command: 'MAIL FROM', responseCode: 503, response: '503 bad sequence' }), TO);
    expect(outOfStep).toMatchObject({ permanent: false, replyCode: 503 });
  });

  it('takes an address nodemailer cannot write as refused for good', () => {
    const bad = sortSmtpError(smtpError({ code: 'EENVELOPE', command: 'API', message: `Invalid recipient "${TO}"` }), TO);
    expect(bad).toMatchObject({ permanent: true, replyCode: null, message: 'Invalid recipient "<address>"' });
  });

  it('leaves connection, login and 421 failures to the transport, not to the mail', () => {
    const failures = [
      smtpError({ code: 'ECONNECTION', command: 'CONN', message: 'connect ECONNREFUSED 127.0.0.1:2525' }),
      smtpError({ code: 'ETIMEDOUT', command: 'CONN', message: 'Greeting never received' }),
      smtpError({ code: 'EAUTH', command: 'AUTH PLAIN', responseCode: 535, response: '535 authentication failed' }),
      smtpError({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 421, response: '421 too busy, closing' }),
      new Error('EACCES: permission denied'),
      'not even an error',
    ];
    for (const failure of failures) expect(sortSmtpError(failure, TO)).not.toBeInstanceOf(MailRefused);
  });
});
