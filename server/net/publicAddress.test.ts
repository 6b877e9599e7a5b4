import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../shared/net/joinAddress';
import { chooseJoinAddress, type Interfaces, lanAddress } from './publicAddress';

const lo = { address: '127.0.0.1', family: 'IPv4', internal: true };
const wifi = { address: '192.168.1.20', family: 'IPv4', internal: false };
const v6 = { address: 'fe80::1', family: 'IPv6', internal: false };
const linkLocal = { address: '169.254.3.4', family: 'IPv4', internal: false };
const interfaces: Interfaces = { lo: [lo], eth0: [v6, linkLocal], wlan0: [v6, wifi] };
const facts = {
  publicUrl: null,
  host: '0.0.0.0',
  port: 3000,
  requestOrigin: 'http://localhost:3000',
  interfaces,
};

describe('the join address', () => {
  it('is PUBLIC_URL when the admin set it, whatever the browser used', () => {
    expect(chooseJoinAddress({ ...facts, publicUrl: 'https://wijk.example.nl' })).toEqual({
      origin: 'https://wijk.example.nl',
      source: 'public_url',
      loopback: false,
    });
  });

  it('is the LAN address when the browser used localhost and the server listens on every interface', () => {
    expect(chooseJoinAddress(facts)).toEqual({
      origin: 'http://192.168.1.20:3000',
      source: 'lan',
      loopback: false,
    });
    expect(chooseJoinAddress({ ...facts, host: '::', requestOrigin: 'http://[::1]:3000' })).toMatchObject({
      origin: 'http://192.168.1.20:3000',
    });
  });

  it('is the address the browser used when that is not this machine only (a network name, a proxy)', () => {
    expect(chooseJoinAddress({ ...facts, requestOrigin: 'https://wijk.example.nl' })).toEqual({
      origin: 'https://wijk.example.nl',
      source: 'request',
      loopback: false,
    });
  });

  it('is the loopback address, flagged, when the server listens on this machine only or has no network', () => {
    expect(
      chooseJoinAddress({ ...facts, host: '127.0.0.1', requestOrigin: 'http://127.0.0.1:3000' }),
    ).toEqual({
      origin: 'http://127.0.0.1:3000',
      source: 'request',
      loopback: true,
    });
    expect(chooseJoinAddress({ ...facts, interfaces: { lo: [lo], eth0: [linkLocal] } })).toMatchObject({
      loopback: true,
    });
  });

  it('takes the first IPv4 network address, never loopback or link-local', () => {
    expect(lanAddress(interfaces)).toBe('192.168.1.20');
    expect(lanAddress({ x: [{ address: '10.0.0.5', family: 4, internal: false }] })).toBe('10.0.0.5');
    expect(lanAddress({ lo: [lo] })).toBeNull();
  });

  it('knows loopback host names', () => {
    for (const h of ['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]'])
      expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ['192.168.1.20', 'wijk.example.nl', '::ffff:10.0.0.1', '128.0.0.1'])
      expect(isLoopbackHost(h), h).toBe(false);
  });
});
