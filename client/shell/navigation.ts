/** The main navigation; a werkgroep's own pages have their own bar (WerkgroepBar). */
export const NAV_ITEMS = [
  { key: 'nav.overview', to: '/', end: true, adminOnly: false },
  { key: 'nav.admin', to: '/beheer', end: false, adminOnly: true },
] as const;
