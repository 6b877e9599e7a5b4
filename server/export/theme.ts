/**
 * The voorbeeld theme's colours and font (from @nl-design-system-unstable/voorbeeld-design-tokens),
 * so exported files look like the app. Hex without '#'; writers add it where their format wants one.
 */
export const EXPORT_THEME = {
  font: 'Noto Sans',
  text: '001a40',
  subtle: '586c88',
  border: 'c0c7d2',
  subtleBg: 'f9f9fa',
  accent: '5115ef',
  link: '5115ef',
  headerBg: 'e9ecf1',
} as const;
