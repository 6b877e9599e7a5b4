import { describe, expect, it } from 'vitest';
import { addressKey, SecretGuard } from './secretGuard';

const MINUTE = 60_000;

function guard(missesPerAddressPerHour: number, joinCodeMissesPerHour: number) {
  let now = 1_800_000_000_000;
  const g = new SecretGuard({ missesPerAddressPerHour, joinCodeMissesPerHour, now: () => now });
  return { g, later: (ms: number) => (now += ms) };
}

describe('SecretGuard', () => {
  it('blocks an address after its misses in the last hour, and frees it minute by minute', () => {
    const { g, later } = guard(3, 1000);
    for (let i = 0; i < 3; i++) {
      expect(g.waitFor('10.0.0.1')).toBe(0);
      g.missFrom('10.0.0.1', 'token');
      later(10 * MINUTE);
    }
    // Three misses at 0, 10 and 20 minutes; now it is 30 minutes.
    expect(g.waitFor('10.0.0.1')).toBeGreaterThan(29 * 60);
    expect(g.waitFor('10.0.0.2')).toBe(0);
    later(31 * MINUTE);
    // The first miss left the window: one more try.
    expect(g.waitFor('10.0.0.1')).toBe(0);
  });

  it('pauses join codes for everyone once all addresses together used the shared budget', () => {
    const { g, later } = guard(1000, 5);
    for (let i = 0; i < 5; i++) g.missFrom(`10.0.${i}.1`, 'joinCode');
    expect(g.joinCodesPaused()).toBeGreaterThan(0);
    // Other kinds of misses do not spend the join-code budget, and no single address is blocked.
    expect(g.waitFor('10.0.0.1')).toBe(0);
    later(61 * MINUTE);
    expect(g.joinCodesPaused()).toBe(0);
    const { g: other } = guard(1000, 5);
    for (let i = 0; i < 10; i++) other.missFrom(`10.0.${i}.1`, 'invite');
    expect(other.joinCodesPaused()).toBe(0);
  });

  it('a join-code try counts until it matched, so a burst of tries at once cannot pass a spent budget', () => {
    const { g } = guard(1000, 3);
    const tries = [1, 2, 3].map((i) => ({ key: `10.0.0.${i}`, at: g.missFrom(`10.0.0.${i}`, 'joinCode') }));
    expect(g.joinCodesPaused()).toBeGreaterThan(0);
    // One of them was the right code: taken back, and the budget has room for one more try.
    const [first] = tries;
    if (first) g.matchedFrom(first.key, first.at);
    expect(g.joinCodesPaused()).toBe(0);
  });

  it('keys IPv6 addresses by their /56, so one connection cannot rotate through its own block', () => {
    expect(addressKey({ ip: '2001:db8:1:2:aaaa::1' })).toBe(addressKey({ ip: '2001:db8:1:2:bbbb::2' }));
    expect(addressKey({ ip: '2001:db8:1:2:aaaa::1' })).not.toBe(addressKey({ ip: '2001:db8:1:300::1' }));
    expect(addressKey({ ip: '192.0.2.1' })).not.toBe(addressKey({ ip: '192.0.2.2' }));
  });
});
