import { describe, expect, it } from 'vitest';
import { SECRET_PAGES } from '../../shared/api/pages';
import { API } from '../../shared/api/routes';
import { isSecretParam, redactPath, redactUrl, SECRET_TEMPLATES } from './redact';

const SECRET = 'GEHEIM0123456789abcdefXYZ';
const ID = 'Ab3dEf6hIj9lMn0p';

/** A template with every parameter filled: ids with an id, every other parameter with a secret. */
const fill = (template: string) =>
  template
    .split('/')
    .map((s) => (s.startsWith(':') ? (isSecretParam(s) ? SECRET : ID) : s))
    .join('/');

describe('redactUrl', () => {
  it('hides every secret parameter of every API route and page, and keeps ids', () => {
    const templates = [...Object.values(API).map((r) => r.path), ...Object.values(SECRET_PAGES)];
    for (const template of templates) {
      const logged = redactUrl(fill(template));
      expect(logged, template).not.toContain(SECRET);
      expect(logged.split('/').length, template).toBe(template.split('/').length);
      if (template.includes('Id')) expect(logged, template).toContain(ID);
    }
    // The registry does have secret-bearing routes: invites, join codes, and their pages.
    expect(SECRET_TEMPLATES).toEqual(
      expect.arrayContaining([
        '/api/invites/:code',
        '/api/invites/:code/accept',
        '/api/join/:code',
        '/uitnodiging/:code',
        '/join/:code',
      ]),
    );
  });

  it('hides a secret however the path is written: case, doubled slashes, escapes, extra segments', () => {
    for (const path of [
      `/API/Invites/${SECRET}/accept`,
      `//api//invites/${SECRET}`,
      `/api/%69nvites/${SECRET}`,
      `/api/invites/${SECRET}/nog/meer`,
      `/uitnodiging/${SECRET}/`,
      `/join/${SECRET.toLowerCase()}`,
    ]) {
      expect(redactPath(path).toLowerCase(), path).not.toContain(SECRET.toLowerCase());
    }
    expect(redactPath('/api/werkgroepen/abc/members')).toBe('/api/werkgroepen/abc/members');
    expect(redactPath('/api/invites')).toBe('/api/invites');
  });

  it('replaces any query whole, and keeps only a valid room name on the websocket path', () => {
    expect(redactUrl(`/collab/section:${ID}?token=${SECRET}&v=1`)).toBe(`/collab/section:${ID}?[redacted]`);
    expect(redactUrl(`/collab/${SECRET}?token=${SECRET}`)).toBe('/collab/:room?[redacted]');
    expect(redactUrl('/collab/%E0%A4%A')).toBe('/collab/:room');
    expect(redactUrl(`/api/me?token=${SECRET}`)).toBe('/api/me?[redacted]');
    expect(redactUrl('/api/me')).toBe('/api/me');
  });
});
