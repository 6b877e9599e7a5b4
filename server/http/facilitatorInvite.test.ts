import { afterEach, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../shared/api/errors';
import { createdWerkgroepSchema } from '../../shared/api/routes';
import { createdInviteSchema, FACILITATOR_INVITE } from '../../shared/schemas/invite';
import { codeOf } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.cleanup();
});
const DAY_MS = 24 * 60 * 60 * 1000;

const post = (url: string, body: unknown, token?: string) =>
  fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
const accept = (base: string, url: string, displayName: string) =>
  post(`${base}/api/invites/${codeOf(url)}/accept`, { displayName, consent: true });
const codeOfError = async (res: Response) => apiErrorSchema.parse(await res.json()).code;

describe("the admin's facilitator link", () => {
  it('works once and for 7 days; a new one withdraws the one still open; only the admin makes one', async () => {
    const s = await startTestServer();
    servers.push(s);
    const before = Date.now();
    const created = createdWerkgroepSchema.parse(
      await (
        await post(
          `${s.url}/api/werkgroepen`,
          { name: 'Soesterkwartier', wijk: 'S', gemeente: 'A' },
          TEST_ADMIN_TOKEN,
        )
      ).json(),
    );
    const first = created.facilitatorInvite;
    expect(first.invite).toMatchObject({ role: 'facilitator', maxUses: 1, uses: 0, status: 'valid' });
    expect(FACILITATOR_INVITE.expiresInDays).toBe(7);
    const expires = Date.parse(first.invite.expiresAt);
    expect(expires).toBeGreaterThanOrEqual(before + 7 * DAY_MS);
    expect(expires).toBeLessThanOrEqual(Date.now() + 7 * DAY_MS);

    // A new link: the first, never used, stops working.
    const renewPath = `${s.url}/api/werkgroepen/${created.werkgroep.id}/facilitator-invite`;
    const renewed = await post(renewPath, {}, TEST_ADMIN_TOKEN);
    expect(renewed.status).toBe(201);
    const second = createdInviteSchema.parse(await renewed.json());
    expect(second.invite).toMatchObject({ role: 'facilitator', maxUses: 1, status: 'valid' });
    expect(second.url).not.toBe(first.url);
    const old = await accept(s.url, first.url, 'Iemand die de oude link kreeg');
    expect(old.status).toBe(410);
    expect(await codeOfError(old)).toBe('invite_revoked');

    // The new one works once: whoever it is forwarded to afterwards is refused.
    const fatima = await accept(s.url, second.url, 'Fatima');
    expect(fatima.ok).toBe(true);
    const forwarded = await accept(s.url, second.url, 'Doorgestuurd');
    expect(forwarded.status).toBe(410);
    expect(await codeOfError(forwarded)).toBe('invite_used_up');

    // Not for members (the facilitator included), and not for a werkgroep that does not exist.
    const token = ((await fatima.json()) as { token: string }).token;
    expect((await post(renewPath, {}, token)).status).toBe(403);
    const unknown = await post(
      `${s.url}/api/werkgroepen/onbekend1234/facilitator-invite`,
      {},
      TEST_ADMIN_TOKEN,
    );
    expect(unknown.status).toBe(404);
  });
});
