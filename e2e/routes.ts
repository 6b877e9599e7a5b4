/**
 * Every route the app has, for the accessibility check. Add new routes here as they come; the
 * check in shell.spec.ts fails for a route of client/routes.tsx that is missing from this list.
 * `path` gets the ids of a real werkgroep, document and invite; `member` pages are opened signed in.
 */
export interface RouteCase {
  pattern: string;
  member: boolean;
  path: (ids: { werkgroepId: string; documentId: string; inviteCode: string }) => string;
  ready?: RegExp;
}

export const ROUTES: RouteCase[] = [
  { pattern: '', member: true, path: () => '/' },
  { pattern: '', member: false, path: () => '/' },
  { pattern: 'uitnodiging/:code', member: false, path: (i) => `/uitnodiging/${i.inviteCode}` },
  { pattern: 'w/:werkgroepId', member: true, path: (i) => `/w/${i.werkgroepId}` },
  { pattern: 'documenten', member: true, path: (i) => `/w/${i.werkgroepId}/documenten` },
  {
    pattern: 'd/:documentId',
    member: true,
    path: (i) => `/w/${i.werkgroepId}/d/${i.documentId}`,
    ready: /Alles is bewaard|Everything is saved/,
  },
  { pattern: 'beheer', member: false, path: () => '/beheer' },
  { pattern: 'toegankelijkheid', member: false, path: () => '/toegankelijkheid' },
  { pattern: 'privacy', member: false, path: () => '/privacy' },
  { pattern: '*', member: false, path: () => '/bestaat-niet' },
];
