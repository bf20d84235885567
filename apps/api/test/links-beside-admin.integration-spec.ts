import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const INDEX_HTML = '<!doctype html><html><body><div id="root"></div></body></html>';

/** As a browser opens a link from a message: it asks for a page and does not follow the redirect here. */
function open(baseUrl: string, pathname: string): Promise<Response> {
  return fetch(new URL(pathname, baseUrl), { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }, redirect: 'manual' });
}

describe('links mailed and shared, with the admin app served beside the API', () => {
  let adminDir: string;
  let test: TestApp;

  beforeAll(async () => {
    adminDir = await mkdtemp(path.join(os.tmpdir(), 'relais-admin-'));
    await writeFile(path.join(adminDir, 'index.html'), INDEX_HTML);
    test = await startTestApp({ adminDir });
  });
  afterAll(async () => {
    await test?.close();
    await rm(adminDir, { recursive: true, force: true });
  });

  it('answers a relay link opened in a browser itself, leading to the sign-up, rather than with the admin app', async () => {
    const answer = await open(test.baseUrl, '/r/ABCDEFGH23');
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe('/inscription');
  });

  it('answers an idea’s share link opened in a browser itself, leading to the sign-up', async () => {
    const answer = await open(test.baseUrl, '/i/7d1c3d2e-8a4b-4c5d-9e6f-0a1b2c3d4e5f?c=ABCDEFGH');
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe('/inscription');
  });

  it('answers an unsubscribe link opened in a browser with its own page', async () => {
    const answer = await open(test.baseUrl, '/unsubscribe/not-a-signed-token');
    expect(answer.status).toBe(404);
    expect(await answer.text()).not.toBe(INDEX_HTML);
  });

  it('still gives the admin app’s pages, « Mes relais » among them, their index.html', async () => {
    for (const page of ['/relays', '/inscription', '/campaigns/new']) {
      const answer = await open(test.baseUrl, page);
      expect([page, answer.status, await answer.text()]).toEqual([page, 200, INDEX_HTML]);
    }
  });
});
