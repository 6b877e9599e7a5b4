import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinAddressSchema } from '../../shared/net/joinAddress';
import { invite, type Person, setupWerkgroep } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

/** Issue 15: the room screen showed 127.0.0.1:PORT/join, which no phone can open. */
const servers: TestServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.cleanup();
});

async function started(publicUrl: string | null) {
  const s = await startTestServer({ config: { publicUrl } });
  servers.push(s);
  const w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN);
  return { s, w };
}

const address = async (s: TestServer, who: Person | null) => {
  const res = await fetch(`${s.url}/api/join-address`, {
    headers: who ? { authorization: `Bearer ${who.token}` } : {},
  });
  return { status: res.status, body: (await res.json()) as unknown };
};

describe('the join address', () => {
  let plain: Awaited<ReturnType<typeof started>>;
  let published: Awaited<ReturnType<typeof started>>;
  beforeAll(async () => {
    plain = await started(null);
    published = await started('https://wijk.example.nl');
  });

  it('is PUBLIC_URL when set, for the join page and for invite links', async () => {
    const { s, w } = published;
    const got = await address(s, w.facilitator);
    expect(joinAddressSchema.parse(got.body)).toEqual({
      origin: 'https://wijk.example.nl',
      source: 'public_url',
      loopback: false,
    });
    expect(await invite(s.url, w.facilitator, w.werkgroep.id, 'bewoner')).toMatch(
      /^https:\/\/wijk\.example\.nl\/uitnodiging\//,
    );
  });

  it('is the address used, flagged as loopback, on a server that listens on this machine only', async () => {
    const { s, w } = plain;
    expect(joinAddressSchema.parse((await address(s, w.facilitator)).body)).toEqual({
      origin: s.url,
      source: 'request',
      loopback: true,
    });
  });

  it('is for signed-in people only', async () => {
    expect((await address(plain.s, null)).status).toBe(401);
  });
});
