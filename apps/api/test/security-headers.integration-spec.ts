import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const INDEX_HTML = `<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>`;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http rather than fetch: a test here needs to send its own Host header. */
function get(baseUrl: string, pathname: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(pathname, baseUrl), { method, headers: { accept: 'text/html', ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function postGraphql(baseUrl: string, body: string): Promise<Answer> {
  return get(baseUrl, '/graphql', { accept: 'application/json', 'content-type': 'application/json' }, 'POST', body);
}

/** "script-src 'self'; img-src 'self' data:" → { 'script-src': ["'self'"], 'img-src': ["'self'", 'data:'] } */
function policy(answer: Answer): Record<string, string[]> {
  const header = String(answer.headers['content-security-policy'] ?? '');
  return Object.fromEntries(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

describe('security headers on the admin app and the API', () => {
  let adminDir: string;
  let test: TestApp;
  let behindProxy: TestApp;

  beforeAll(async () => {
    adminDir = await mkdtemp(path.join(os.tmpdir(), 'relais-admin-'));
    await mkdir(path.join(adminDir, 'assets'));
    await writeFile(path.join(adminDir, 'index.html'), INDEX_HTML);
    await writeFile(path.join(adminDir, 'assets', 'app.js'), 'export {};\n');
    test = await startTestApp({ adminDir });
    behindProxy = await startTestApp({ adminDir, sameDatabaseAs: test, trustProxy: ['loopback'] });
  });
  afterAll(async () => {
    await behindProxy?.close();
    await test?.close();
    await rm(adminDir, { recursive: true, force: true });
  });

  it.each(['/', '/queue'])('serves %s with a CSP that runs no inline script and lets no page frame it', async (page) => {
    const answer = await get(test.baseUrl, page);
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(INDEX_HTML);
    const host = new URL(test.baseUrl).host;
    expect(policy(answer)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'script-src-attr': ["'none'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'", `ws://${host}`, `wss://${host}`],
      'worker-src': ['blob:'],
      'child-src': ['blob:'],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    });
    expect(answer.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(answer.headers['x-powered-by']).toBeUndefined();
    expect(answer.headers['strict-transport-security']).toBeUndefined();
  });

  it('marks the app’s files and every GraphQL answer, refused ones too, nosniff and no-referrer', async () => {
    const script = await get(test.baseUrl, '/assets/app.js', { accept: '*/*' });
    const answered = await postGraphql(test.baseUrl, JSON.stringify({ query: '{ __typename }' }));
    const refused = await postGraphql(test.baseUrl, JSON.stringify({ query: '{ nothingHere }' }));
    const unparsable = await postGraphql(test.baseUrl, '{"query": ');
    expect(script.status).toBe(200);
    expect(JSON.parse(answered.body)).toEqual({ data: { __typename: 'Query' } });
    expect(refused.status).toBe(400);
    expect(unparsable.status).toBe(400);
    for (const answer of [script, answered, refused, unparsable]) {
      expect(answer.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
      expect(policy(answer)['frame-ancestors']).toEqual(["'none'"]);
      expect(answer.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('names no host of a Host header that could smuggle a directive in', async () => {
    const answer = await get(test.baseUrl, '/queue', { host: 'evil.example; script-src *' });
    expect(answer.status).toBe(200);
    expect(policy(answer)['connect-src']).toEqual(["'self'", "'self'"]);
    expect(policy(answer)['script-src']).toEqual(["'self'"]);
  });

  it('sends HSTS only when a trusted proxy says the request came over https', async () => {
    const overHttps = { 'x-forwarded-proto': 'https' };
    expect((await get(test.baseUrl, '/', overHttps)).headers['strict-transport-security']).toBeUndefined();
    expect((await get(behindProxy.baseUrl, '/')).headers['strict-transport-security']).toBeUndefined();
    expect((await get(behindProxy.baseUrl, '/', overHttps)).headers['strict-transport-security']).toBe('max-age=31536000');
    const api = await get(behindProxy.baseUrl, '/graphql', { ...overHttps, accept: 'application/json', 'content-type': 'application/json' }, 'POST', '{"query":"{ __typename }"}');
    expect(api.headers['strict-transport-security']).toBe('max-age=31536000');
  });
});
