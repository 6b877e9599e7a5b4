import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_MAP_STYLE_URL, loadConfig } from './config';
import { backendOf, redactDatabaseUrl } from './storage/openStorage';

describe('config', () => {
  it('has defaults for everything', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.dataDir).toBe(path.resolve('./data'));
    expect(c.logLevel).toBe('info');
  });

  it('reads values from the environment', () => {
    const c = loadConfig({ PORT: '8080', HOST: '0.0.0.0', DATA_DIR: '/tmp/x', LOG_LEVEL: 'debug' });
    expect(c).toMatchObject({ port: 8080, host: '0.0.0.0', dataDir: '/tmp/x', logLevel: 'debug' });
  });

  it('refuses a theme file that does not exist or a class name that is not one', () => {
    expect(() => loadConfig({ THEME_CSS: '/nope/theme.css' })).toThrow(/THEME_CSS/);
    expect(() => loadConfig({ THEME_CLASS: 'a b{' })).toThrow(/THEME_CLASS/);
  });

  it('reads PUBLIC_URL as an origin and refuses one that is not an http(s) address without a path', () => {
    expect(loadConfig({}).publicUrl).toBeNull();
    expect(loadConfig({ PUBLIC_URL: 'https://wijk.example.nl/' }).publicUrl).toBe('https://wijk.example.nl');
    expect(loadConfig({ PUBLIC_URL: 'http://192.168.1.20:3000' }).publicUrl).toBe('http://192.168.1.20:3000');
    for (const [bad, why] of [
      ['wijk.example.nl', /PUBLIC_URL: not an address/],
      ['ftp://wijk.example.nl', /PUBLIC_URL: must start with http/],
      ['https://wijk.example.nl/app', /PUBLIC_URL: only scheme, host and port/],
      ['https://a:b@wijk.example.nl', /PUBLIC_URL: must not contain/],
    ] as const)
      expect(() => loadConfig({ PUBLIC_URL: bad }), bad).toThrow(why);
  });

  it('reads DATABASE_URL: PostgreSQL when set, SQLite when absent, and never repeats a bad one', () => {
    expect(loadConfig({}).databaseUrl).toBeNull();
    expect(backendOf(loadConfig({}))).toBe('sqlite');
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeNull();
    const url = 'postgres://wijk:geheim@db.example.nl:5432/wijkatelier';
    expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
    expect(backendOf(loadConfig({ DATABASE_URL: url }))).toBe('postgres');
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/wijk' }).databaseUrl).toBe('postgresql://db/wijk');
    for (const [bad, why] of [
      ['db.example.nl', /DATABASE_URL: not an address/],
      ['mysql://wijk:geheim@db/wijk', /DATABASE_URL: must start with postgres/],
    ] as const) {
      expect(() => loadConfig({ DATABASE_URL: bad }), bad).toThrow(why);
      expect(() => loadConfig({ DATABASE_URL: bad })).not.toThrow(/geheim/);
    }
    expect(redactDatabaseUrl(url)).toBe('postgres://wijk:***@db.example.nl:5432/wijkatelier');
    expect(redactDatabaseUrl('postgres://db/wijk')).toBe('postgres://db/wijk');
  });

  it('[SYNC10] REDIS_URL: unset (or empty) is one process without Redis; otherwise a redis:// address', () => {
    expect(loadConfig({}).redisUrl).toBeNull();
    expect(loadConfig({ REDIS_URL: '  ' }).redisUrl).toBeNull();
    expect(loadConfig({ REDIS_URL: 'redis://10.0.0.5:6379' }).redisUrl).toBe('redis://10.0.0.5:6379');
    expect(loadConfig({ REDIS_URL: 'rediss://cache.example.nl:6380' }).redisUrl).toBe(
      'rediss://cache.example.nl:6380',
    );
    expect(() => loadConfig({ REDIS_URL: 'http://10.0.0.5' })).toThrow(/REDIS_URL: must start with redis/);
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: '70000', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: '70000', LOG_LEVEL: 'loud' });
    } catch (e) {
      expect((e as Error).message).toMatch(/PORT/);
      expect((e as Error).message).toMatch(/LOG_LEVEL/);
    }
  });

  it('MAP_STYLE_URL: PDOK by default, none for a plain background, an address otherwise', () => {
    expect(loadConfig({}).mapStyleUrl).toBe(DEFAULT_MAP_STYLE_URL);
    expect(loadConfig({ MAP_STYLE_URL: 'none' }).mapStyleUrl).toBeNull();
    expect(loadConfig({ MAP_STYLE_URL: 'https://tiles.example.nl/style.json' }).mapStyleUrl).toBe(
      'https://tiles.example.nl/style.json',
    );
    expect(() => loadConfig({ MAP_STYLE_URL: 'ftp://x' })).toThrow(/MAP_STYLE_URL/);
    expect(() => loadConfig({ MAP_STYLE_URL: 'geen adres' })).toThrow(/MAP_STYLE_URL/);
  });
});
