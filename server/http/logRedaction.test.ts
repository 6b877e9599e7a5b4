import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createdSigningLinkSchema, signingPageSchema } from '../../shared/akkoord/signingLink';
import { createdWerkgroepSchema } from '../../shared/api/routes';
import { meetingSchema } from '../../shared/schemas/meeting';
import { joinedSchema } from '../../shared/schemas/session';
import { type ChildServer, startChildServer } from '../test/childServer';
import { connectClient, openRawSocket } from '../test/clients';
import { codeOf, invite } from '../test/fixtures';
import { makeTempDir } from '../test/startTestServer';

/**
 * No secret reaches the log: a real server in its own process (no ADMIN_TOKEN, so the setup link is
 * used too), every secret-bearing route and page exercised, a websocket with `?token=`, then the
 * server's whole output is searched for each secret.
 */
let server: ChildServer;
let base: string;
let dataDir: string;
const secrets = new Map<string, string>();

async function call(method: string, url: string, token?: string, body?: unknown): Promise<Response> {
  return fetch(`${base}${url}`, {
    method,
    headers: {
      accept: 'application/json, text/html',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
}
const sessionCookie = (res: Response) => /wa_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];

beforeAll(async () => {
  dataDir = await makeTempDir();
  const clientDir = path.join(dataDir, 'client');
  await fs.mkdir(clientDir, { recursive: true });
  await fs.writeFile(path.join(clientDir, 'index.html'), '<!doctype html><title>Wijkatelier</title>');
  server = await startChildServer({ DATA_DIR: dataDir, CLIENT_DIR: clientDir });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  server?.child.kill('SIGKILL');
  await server?.exited;
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('logs', () => {
  it('hold no invite code, join code, signing link, setup token or session token, whatever route carried it', async () => {
    // Admin setup: the one-time link printed at start (the only place its token may appear).
    await expect.poll(() => server.output.some((line) => line.includes('#setup='))).toBe(true);
    const link = server.output.find((line) => line.includes('#setup='));
    const setupToken = link?.split('#setup=')[1]?.trim() ?? '';
    expect(setupToken.length).toBeGreaterThan(16);
    secrets.set('setup token', setupToken);
    const setup = await call('POST', '/api/admin/setup', undefined, { setupToken });
    expect(setup.status).toBe(204);
    const admin = sessionCookie(setup) ?? '';
    secrets.set('admin session', admin);

    // Invites: preview, page, accept (also with a trailing part that no route has).
    const created = createdWerkgroepSchema.parse(
      await (
        await call('POST', '/api/werkgroepen', admin, {
          name: 'Werkgroep Log',
          wijk: 'Zuid',
          gemeente: 'Utrecht',
        })
      ).json(),
    );
    const code = codeOf(created.facilitatorInvite.url);
    secrets.set('invite code', code);
    expect((await call('GET', `/api/invites/${code}`)).status).toBe(200);
    expect((await call('GET', `/uitnodiging/${code}`)).status).toBe(200);
    expect((await call('GET', `/api/invites/${code}/iets`)).status).toBe(404);
    expect((await call('GET', `/API/Invites/${code}`)).status).toBe(200);
    const accepted = await call('POST', `/api/invites/${code}/accept`, undefined, {
      displayName: 'Fatima',
      consent: true,
    });
    expect(accepted.status).toBe(201);
    const facilitator = joinedSchema.parse(await accepted.json());
    secrets.set('facilitator session', facilitator.token);
    const werkgroepId = created.werkgroep.id;
    const second = codeOf(
      await invite(
        base,
        { token: facilitator.token, member: facilitator.membership.member },
        werkgroepId,
        'bewoner',
      ),
    );
    secrets.set('second invite code', second);
    expect((await call('GET', `/uitnodiging/${second}?ref=mail`)).status).toBe(200);

    // A meeting's join code: API preview and join, and the page, in upper and lower case.
    const meeting = meetingSchema.parse(
      await (
        await call('POST', `/api/werkgroepen/${werkgroepId}/meetings`, facilitator.token, {
          title: 'Wijkavond',
          date: '2031-03-04',
        })
      ).json(),
    );
    const started = meetingSchema.parse(
      await (
        await call(
          'POST',
          `/api/werkgroepen/${werkgroepId}/meetings/${meeting.id}/control`,
          facilitator.token,
          {
            action: 'start',
          },
        )
      ).json(),
    );
    const joinCode = started.joinCode ?? '';
    expect(joinCode).toHaveLength(6);
    secrets.set('join code', joinCode);
    expect((await call('GET', `/api/join/${joinCode}`)).status).toBe(200);
    expect((await call('GET', `/api/join/${joinCode.toLowerCase()}`)).status).toBe(200);
    expect((await call('GET', `/join/${joinCode}`)).status).toBe(200);
    const guest = await call('POST', `/api/join/${joinCode}`, undefined, {
      displayName: 'Gast',
      consent: true,
      claimedRole: 'bewoner',
    });
    expect(guest.status).toBe(201);
    secrets.set('guest session', joinedSchema.parse(await guest.json()).token);

    // A one-time link to sign the wijkakkoord: made, previewed, its page, used, and tried again.
    const wg = (path: string) => `/api/werkgroepen/${werkgroepId}${path}`;
    const party = await (
      await call('POST', wg('/netwerk/parties'), facilitator.token, {
        name: 'Portaal',
        kind: 'woningcorporatie',
      })
    ).json();
    await call('PUT', wg('/akkoord/ondertekenaars'), facilitator.token, {
      signatories: [{ partyId: party.id, representative: { kind: 'outside' } }],
    });
    expect(
      (await call('POST', wg('/akkoord/bevriezen'), facilitator.token, { name: 'Versie 1' })).status,
    ).toBe(201);
    const made = createdSigningLinkSchema.parse(
      await (await call('POST', wg('/akkoord/tekenlinks'), facilitator.token, { partyId: party.id })).json(),
    );
    secrets.set('signing link token', made.token);
    const page = signingPageSchema.parse(
      await (await call('GET', `/api/akkoord-tekenen/${made.token}`)).json(),
    );
    expect((await call('GET', `/akkoord-tekenen/${made.token}`)).status).toBe(200);
    const signature = {
      name: 'Jan',
      function: 'Directeur',
      organisation: 'Portaal',
      consentToBeNamed: true,
      textHash: page.version.textHash,
    };
    expect((await call('POST', `/api/akkoord-tekenen/${made.token}`, undefined, signature)).status).toBe(201);
    expect((await call('POST', `/api/akkoord-tekenen/${made.token}`, undefined, signature)).status).toBe(410);

    // A token in a query, over HTTP and on the websocket (a valid room, an unknown one, a code as room).
    await call('GET', `/api/me?token=${facilitator.token}`);
    const room = `werkgroep:${werkgroepId}`;
    const client = connectClient(`ws://127.0.0.1:${server.port}/collab`, room, undefined, facilitator.token);
    await client.synced;
    client.destroy();
    for (const target of [
      `doc:onbekend?token=${facilitator.token}`,
      `${second}?token=${facilitator.token}`,
    ]) {
      const raw = await openRawSocket(`ws://127.0.0.1:${server.port}/collab/${target}`);
      await raw.closed;
    }

    // Everything the server wrote (log lines and plain text), once the last close is logged.
    await expect
      .poll(() => server.logs.filter((l) => l.msg === 'sync connection closed').length)
      .toBeGreaterThanOrEqual(3);
    const lines = server.output.filter((line) => line !== link);
    for (const [what, secret] of secrets) {
      const leaks = lines.filter((line) => line.toLowerCase().includes(secret.toLowerCase()));
      expect(leaks, `${what} in the log`).toEqual([]);
    }
    // Not vacuous: the requests were logged, with their secrets replaced by the parameter's name.
    const paths = server.logs.map((l) => l.path);
    for (const expected of [
      '/api/invites/:code',
      '/api/invites/:code/accept',
      '/api/invites/:code/iets',
      '/uitnodiging/:code',
      '/uitnodiging/:code?[redacted]',
      '/api/join/:code',
      '/join/:code',
      '/api/me?[redacted]',
      '/api/akkoord-tekenen/:token',
      '/akkoord-tekenen/:token',
      `/collab/${room}?[redacted]`,
      '/collab/doc:onbekend?[redacted]',
      '/collab/:room?[redacted]',
    ]) {
      expect(paths, expected).toContain(expected);
    }
  });
});
