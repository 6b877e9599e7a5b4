import { afterEach, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../shared/api/errors';
import { API } from '../../shared/api/routes';
import { meSchema } from '../../shared/schemas/session';
import { CloseCode } from '../../shared/sync/closeCodes';
import { connectClient, openRawSocket, type TestClient, waitFor } from '../test/clients';
import { codeOf, invite, join, setupWerkgroep } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';
import { mountedApiRoutes } from './app';
import { openApiPath } from './openapi';

const servers: TestServer[] = [];
const clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of servers.splice(0)) await s.cleanup();
});
async function server(options?: Parameters<typeof startTestServer>[0]) {
  const s = await startTestServer(options);
  servers.push(s);
  return s;
}
const json = (body: unknown, token?: string, extra: Record<string, string> = {}) => ({
  headers: {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...extra,
  },
  body: JSON.stringify(body),
});
async function errorCode(res: Response) {
  return apiErrorSchema.parse(await res.json()).code;
}

describe('werkgroepen, invites and members over HTTP', () => {
  it('only the admin creates werkgroepen; a bad body is a 400 naming the field', async () => {
    const s = await server();
    const w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN);
    const asMember = await fetch(`${s.url}/api/werkgroepen`, {
      method: 'POST',
      ...json({ name: 'x', wijk: 'y', gemeente: 'z' }, w.facilitator.token),
    });
    expect(asMember.status).toBe(403);
    const bad = await fetch(`${s.url}/api/werkgroepen`, {
      method: 'POST',
      ...json({ name: '', wijk: 'Batau' }, TEST_ADMIN_TOKEN),
    });
    expect(bad.status).toBe(400);
    const body = apiErrorSchema.parse(await bad.json());
    expect(body.code).toBe('validation_failed');
    expect(body.issues?.map((i) => i.path).sort()).toEqual(['gemeente', 'name']);
    expect(
      (
        await fetch(`${s.url}/api/werkgroepen/onbekend1234`, {
          headers: { authorization: `Bearer ${w.facilitator.token}` },
        })
      ).status,
    ).toBe(404);
  });

  it('an invite says what it is for, and refuses when expired, used up or revoked (410 with its own code)', async () => {
    const s = await server();
    const w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN);
    const url = await invite(s.url, w.facilitator, w.werkgroep.id, 'bewoner');
    const preview = await (await fetch(`${s.url}/api/invites/${codeOf(url)}`)).json();
    expect(preview).toMatchObject({ role: 'bewoner', status: 'valid', werkgroep: { wijk: 'Overvecht' } });
    expect((await fetch(`${s.url}/api/invites/${'x'.repeat(32)}`)).status).toBe(404);

    const once = await fetch(`${s.url}/api/werkgroepen/${w.werkgroep.id}/invites`, {
      method: 'POST',
      ...json({ role: 'ambtenaar', maxUses: 1 }, w.facilitator.token),
    });
    const onceUrl = (await once.json()).url as string;
    await join(s.url, onceUrl, 'Eerste');
    const second = await fetch(`${s.url}/api/invites/${codeOf(onceUrl)}/accept`, {
      method: 'POST',
      ...json({ displayName: 'Tweede', consent: true }),
    });
    expect(second.status).toBe(410);
    expect(await errorCode(second)).toBe('invite_used_up');

    const invites = await (
      await fetch(`${s.url}/api/werkgroepen/${w.werkgroep.id}/invites`, {
        headers: { authorization: `Bearer ${w.facilitator.token}` },
      })
    ).json();
    const bewonerInvite = invites.find(
      (i: { role: string; status: string }) => i.role === 'bewoner' && i.status === 'valid',
    );
    const revoke = await fetch(`${s.url}/api/werkgroepen/${w.werkgroep.id}/invites/${bewonerInvite.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${w.facilitator.token}` },
    });
    expect(revoke.status).toBe(204);
    const late = await fetch(`${s.url}/api/invites/${codeOf(url)}/accept`, {
      method: 'POST',
      ...json({ displayName: 'Te laat', consent: true }),
    });
    expect(await errorCode(late)).toBe('invite_revoked');

    const noConsent = await fetch(`${s.url}/api/invites/${codeOf(onceUrl)}/accept`, {
      method: 'POST',
      ...json({ displayName: 'X' }),
    });
    expect(noConsent.status).toBe(400);
  });

  it('joining sets an httpOnly session cookie; /api/me knows the member; sign out ends the session', async () => {
    const s = await server();
    const w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN);
    const url = await invite(s.url, w.facilitator, w.werkgroep.id, 'bewoner');
    const res = await fetch(`${s.url}/api/invites/${codeOf(url)}/accept`, {
      method: 'POST',
      ...json({ displayName: 'Anna', consent: true }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/wa_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = cookie.split(';')[0] ?? '';
    const me = meSchema.parse(
      await (await fetch(`${s.url}/api/me`, { headers: { cookie: session } })).json(),
    );
    expect(me.memberships.map((m) => m.member.displayName)).toEqual(['Anna']);
    // A write with the cookie from another site is refused.
    const csrf = await fetch(`${s.url}/api/werkgroepen/${w.werkgroep.id}/documents`, {
      method: 'POST',
      ...json({ title: 'x' }, undefined, { cookie: session, origin: 'https://evil.example' }),
    });
    expect(csrf.status).toBe(403);
    const out = await fetch(`${s.url}/api/session/signout`, {
      method: 'POST',
      headers: { cookie: session, origin: s.url },
    });
    expect(out.status).toBe(204);
    const after = meSchema.parse(
      await (await fetch(`${s.url}/api/me`, { headers: { cookie: session } })).json(),
    );
    expect(after.signedIn).toBe(false);
  });

  it('keeps at least one facilitator', async () => {
    const s = await server();
    const w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN);
    const demote = await fetch(
      `${s.url}/api/werkgroepen/${w.werkgroep.id}/members/${w.facilitator.member.id}`,
      {
        method: 'PATCH',
        ...json({ role: 'bewoner' }, w.facilitator.token),
      },
    );
    expect(demote.status).toBe(409);
    const leave = await fetch(`${s.url}/api/werkgroepen/${w.werkgroep.id}/members/me`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${w.facilitator.token}` },
    });
    expect(leave.status).toBe(409);
  });

  it('a role change closes the member’s sockets and they come back with the new rights; a removed member is refused', async () => {
    const s = await server();
    const w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner']);
    const anna = w.people[0];
    if (!anna) throw new Error('no member');
    const watcher = connectClient(s.wsUrl, w.documentRoom, undefined, w.facilitator.token);
    const c = connectClient(s.wsUrl, w.documentRoom, undefined, anna.token);
    clients.push(watcher, c);
    await Promise.all([watcher.synced, c.synced]);
    const closes: number[] = [];
    c.provider.on('connection-close', (e) => {
      if (e) closes.push(e.code);
    });
    const patch = await fetch(`${s.url}/api/werkgroepen/${w.werkgroep.id}/members/${anna.member.id}`, {
      method: 'PATCH',
      ...json({ role: 'observer' }, w.facilitator.token),
    });
    expect(patch.status).toBe(200);
    await waitFor(() => closes.includes(CloseCode.RightsChanged), 5_000, 'rights-changed close');
    await waitFor(() => c.provider.synced, 5_000, 'reconnected');
    c.doc.getText('t').insert(0, 'als waarnemer');
    await new Promise((r) => setTimeout(r, 300));
    expect(watcher.doc.getText('t').toString()).toBe('');

    const remove = await fetch(`${s.url}/api/werkgroepen/${w.werkgroep.id}/members/${anna.member.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${w.facilitator.token}` },
    });
    expect(remove.status).toBe(204);
    await waitFor(() => closes.includes(CloseCode.Forbidden), 5_000, 'refused after removal');
  });

  it('a websocket with a session cookie is accepted only from our own origin', async () => {
    const s = await server();
    const w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN);
    const { default: WebSocket } = await import('ws');
    const open = (origin: string) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(`${s.wsUrl}/${w.documentRoom}`, {
          headers: { cookie: `wa_session=${w.facilitator.token}`, origin },
        });
        ws.on('close', (code) => resolve(code));
        ws.on('message', () => ws.close(1000));
      });
    expect(await open('https://evil.example')).toBe(CloseCode.Forbidden);
    expect(await open(s.url)).toBe(1000);
    const anonymous = await openRawSocket(`${s.wsUrl}/${w.documentRoom}`);
    expect((await anonymous.closed).code).toBe(CloseCode.Unauthorized);
    const missing = await openRawSocket(`${s.wsUrl}/doc:bestaatniet?token=${w.facilitator.token}`);
    expect((await missing.closed).code).toBe(CloseCode.NotFound);
  });

  it('without ADMIN_TOKEN a one-time setup link makes its first user admin', async () => {
    const s = await server({ config: { adminToken: null } });
    expect(s.setupLink).toMatch(/\/beheer#setup=/);
    const token = s.setupLink?.split('#setup=')[1] ?? '';
    const first = await fetch(`${s.url}/api/admin/setup`, { method: 'POST', ...json({ setupToken: token }) });
    expect(first.status).toBe(204);
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const me = meSchema.parse(await (await fetch(`${s.url}/api/me`, { headers: { cookie } })).json());
    expect(me.isAdmin).toBe(true);
    const again = await fetch(`${s.url}/api/admin/setup`, { method: 'POST', ...json({ setupToken: token }) });
    expect(again.status).toBe(403);
  });

  it('rate-limits joining', async () => {
    const s = await server({ config: { rateLimitPerMinute: 3 } });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${s.url}/api/invites/${'a'.repeat(32)}/accept`, {
        method: 'POST',
        ...json({ displayName: 'X', consent: true }),
      });
      codes.push(res.status);
    }
    expect(codes.slice(0, 3)).toEqual([404, 404, 404]);
    expect(codes.slice(3)).toEqual([429, 429]);
  });
});

describe('OpenAPI', () => {
  it('describes exactly the routes the server answers, generated from the shared schemas', async () => {
    const s = await server();
    const doc = await (await fetch(`${s.url}/api/openapi.json`)).json();
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`),
    );
    const registry = Object.values(API).map((r) => `${r.method} ${openApiPath(r.path)}`);
    expect(documented.sort()).toEqual(registry.sort());
    // Every documented route is mounted on the server, and nothing under /api is undocumented.
    expect(mountedApiRoutes(s.app).sort()).toEqual(
      [...registry, 'get /api/openapi.json'].map((r) => r.replace(/\{(\w+)\}/g, ':$1')).sort(),
    );
  });
});
