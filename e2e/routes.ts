/**
 * Every route the app has, for the accessibility check. Add new routes here as they come; the
 * check in shell.spec.ts fails for a route of client/routes.tsx that is missing from this list.
 * `path` gets the ids of a real werkgroep, document and invite; `member` pages are opened signed in.
 */
export interface RouteIds {
  werkgroepId: string;
  documentId: string;
  inviteCode: string;
  /** An open vote with live results and ballots from both groups. */
  voteId: string;
  /** A board made from a template (frames) by the member. */
  boardId: string;
  /** A running meeting whose first agenda item links the open vote. */
  meetingId: string;
  /** The running meeting's short code, for /join/:code. */
  joinCode: string;
  /** A one-time signing link's token of the werkgroep's frozen akkoord (not used). */
  signingToken: string;
}

export interface RouteCase {
  pattern: string;
  member: boolean;
  /** Opened as the facilitator (pages whose main content is for the facilitator). */
  facilitator?: boolean;
  path: (ids: RouteIds) => string;
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
  { pattern: 'borden', member: true, path: (i) => `/w/${i.werkgroepId}/borden` },
  {
    pattern: 'borden/:boardId',
    member: true,
    path: (i) => `/w/${i.werkgroepId}/borden/${i.boardId}`,
    ready: /Alles is bewaard|Everything is saved/,
  },
  { pattern: 'stemmingen', member: true, path: (i) => `/w/${i.werkgroepId}/stemmingen` },
  {
    pattern: 'stemmingen/nieuw',
    member: true,
    facilitator: true,
    path: (i) => `/w/${i.werkgroepId}/stemmingen/nieuw`,
  },
  { pattern: 'stemmingen/:voteId', member: true, path: (i) => `/w/${i.werkgroepId}/stemmingen/${i.voteId}` },
  {
    pattern: 'stemmingen/:voteId/bewerken',
    member: true,
    facilitator: true,
    path: (i) => `/w/${i.werkgroepId}/stemmingen/${i.voteId}/bewerken`,
  },
  { pattern: 'besluiten', member: true, path: (i) => `/w/${i.werkgroepId}/besluiten` },
  { pattern: 'bijeenkomsten', member: true, path: (i) => `/w/${i.werkgroepId}/bijeenkomsten` },
  {
    pattern: 'bijeenkomsten/:meetingId',
    member: true,
    path: (i) => `/w/${i.werkgroepId}/bijeenkomsten/${i.meetingId}`,
  },
  {
    pattern: 'bijeenkomsten/:meetingId/console',
    member: true,
    facilitator: true,
    path: (i) => `/w/${i.werkgroepId}/bijeenkomsten/${i.meetingId}/console`,
  },
  {
    pattern: 'bijeenkomsten/:meetingId/verslag',
    member: true,
    path: (i) => `/w/${i.werkgroepId}/bijeenkomsten/${i.meetingId}/verslag`,
  },
  {
    pattern: 'w/:werkgroepId/bijeenkomsten/:meetingId/scherm',
    member: true,
    facilitator: true,
    path: (i) => `/w/${i.werkgroepId}/bijeenkomsten/${i.meetingId}/scherm`,
  },
  { pattern: 'netwerk', member: true, path: (i) => `/w/${i.werkgroepId}/netwerk` },
  { pattern: 'akkoord', member: true, facilitator: true, path: (i) => `/w/${i.werkgroepId}/akkoord` },
  { pattern: 'akkoord-tekenen/:token', member: false, path: (i) => `/akkoord-tekenen/${i.signingToken}` },
  { pattern: 'monitoring', member: true, path: (i) => `/w/${i.werkgroepId}/monitoring` },
  { pattern: 'uitvoering', member: true, path: (i) => `/w/${i.werkgroepId}/uitvoering` },
  { pattern: 'wijkpagina', member: true, facilitator: true, path: (i) => `/w/${i.werkgroepId}/wijkpagina` },
  { pattern: 'join', member: false, path: () => '/join' },
  { pattern: 'join/:code', member: false, path: (i) => `/join/${i.joinCode}` },
  { pattern: 'beheer', member: false, path: () => '/beheer' },
  { pattern: 'toegankelijkheid', member: false, path: () => '/toegankelijkheid' },
  { pattern: 'privacy', member: false, path: () => '/privacy' },
  { pattern: '*', member: false, path: () => '/bestaat-niet' },
];
