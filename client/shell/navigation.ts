/**
 * The main navigation. Sections appear as their features land (werkgroepen, boards, votes and
 * sessions come with their own issues); a link to a page that does nothing yet would only confuse.
 */
export const NAV_ITEMS = [
  { key: 'nav.overview', to: '/', end: true, available: true },
  { key: 'nav.documents', to: '/documenten', end: false, available: true },
  { key: 'nav.boards', to: '/borden', end: false, available: false },
  { key: 'nav.votes', to: '/stemmingen', end: false, available: false },
  { key: 'nav.session', to: '/bijeenkomst', end: false, available: false },
] as const;
