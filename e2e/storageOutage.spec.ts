import { expect, test } from '@playwright/test';
import { type OutageHost, startOutageHost } from './fixtures/outageHost';
import { E2E_ADMIN_TOKEN, werkgroepWith } from './fixtures/werkgroep';
import { DocumentPage, textOf } from './pages/DocumentPage';

/**
 * Issue 17: with PostgreSQL away, nothing is called "saved" that the server did not store. One
 * instance on a fresh PostgreSQL database behind a TCP proxy the test cuts (never the machine's
 * PostgreSQL): while it is cut, the resident's edit is "niet bewaard" with the reason; once it is
 * back, the same instance (no restart) stores the edit and the badge says so again.
 */
let host: OutageHost;
let previousPort: string | undefined;

test.beforeAll(async () => {
  host = await startOutageHost({ ADMIN_TOKEN: E2E_ADMIN_TOKEN, RATE_LIMIT_PER_MINUTE: '10000' });
  // The fixtures address the server by E2E_PORT: this file's own instance for its tests.
  previousPort = process.env.E2E_PORT;
  process.env.E2E_PORT = new URL(host.base).port;
});

test.afterAll(async () => {
  if (previousPort === undefined) delete process.env.E2E_PORT;
  else process.env.E2E_PORT = previousPort;
  await host?.stop();
});

test('with the database away an edit is "niet bewaard", and stored once it is back', async ({
  browser,
  request,
}) => {
  const w = await werkgroepWith(browser, request, [{ role: 'bewoner', name: 'Anna' }]);
  const anna = new DocumentPage(await (w.people[0]?.context ?? w.facilitator.context).newPage());
  await anna.open(`${host.base}${w.docPath}`);
  await anna.typeAtEnd('Voor de storing.');
  await anna.expectSaved();

  await host.send('cut');
  await anna.typeAtEnd(' Tijdens de storing.');
  await expect(anna.status).toHaveText(/Niet bewaard: de server kan nu even niet bewaren/, {
    timeout: 30_000,
  });
  await expect(anna.status).not.toHaveText('Alles is bewaard');

  await host.send('restore');
  await anna.expectSaved();
  expect(await host.alive()).toBe(true);

  // What the server stored: a fresh page (another member) reads both sentences.
  const fac = new DocumentPage(await w.facilitator.context.newPage());
  await fac.open(`${host.base}${w.docPath}`);
  await expect.poll(() => textOf(fac.editor)).toContain('Voor de storing. Tijdens de storing.');
});
