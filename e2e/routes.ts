/**
 * Every route the app has, for the accessibility check. Add new routes here as they come; the
 * check in shell.spec.ts fails for a route of client/routes.tsx that is missing from this list.
 */
export const ROUTES: { path: string; pattern: string; ready?: RegExp }[] = [
  { path: '/', pattern: '' },
  { path: '/documenten', pattern: 'documenten' },
  { path: '/d/axe-check', pattern: 'd/:id', ready: /Alles is bewaard/ },
  { path: '/toegankelijkheid', pattern: 'toegankelijkheid' },
  { path: '/privacy', pattern: 'privacy' },
  { path: '/bestaat-niet', pattern: '*' },
];
