import type { InitiativeStatus } from '../../../../shared/network/initiative';
import type { OverlapState } from '../../../../shared/network/overlapMark';
import type { RelationKind } from '../../../../shared/network/relation';
import type { DrawnKind } from './elements';

/**
 * How the graph tells things apart, never by colour alone: every party kind has its own shape, every
 * status its own border line, every relation its own line style; the legend (Legend.tsx) draws the
 * same from this table. Colours are dark enough for 3:1 against the white canvas (WCAG 1.4.11); labels
 * are near-black on a white label background (well over 4.5:1).
 */
export const KIND_LOOK: Record<DrawnKind, { shape: NodeShape; color: string }> = {
  woningcorporatie: { shape: 'hexagon', color: '#1d4f91' },
  ontwikkelaar: { shape: 'octagon', color: '#6a3d9a' },
  zorg_welzijn: { shape: 'barrel', color: '#a3144f' },
  politie: { shape: 'triangle', color: '#2b2b2b' },
  cultuur: { shape: 'star', color: '#9a4300' },
  sport: { shape: 'pentagon', color: '#2b6e0b' },
  onderwijs: { shape: 'diamond', color: '#7a6000' },
  bewonersinitiatief: { shape: 'ellipse', color: '#00695c' },
  gemeente_afdeling: { shape: 'rectangle', color: '#9c1c1c' },
  overig: { shape: 'rhomboid', color: '#5f6368' },
  eigen: { shape: 'tag', color: '#4e5d2f' },
};

/** Initiatives are rounded boxes (no party has that shape); the status sets fill and border line. */
export const INITIATIVE_SHAPE = 'round-rectangle';
export const STATUS_LOOK: Record<InitiativeStatus, { fill: string; border: string; line: BorderLine }> = {
  idee: { fill: '#fff3c4', border: '#6b5900', line: 'dotted' },
  gepland: { fill: '#d6e6ff', border: '#1d4f91', line: 'dashed' },
  loopt: { fill: '#cdeed5', border: '#1e6b2e', line: 'solid' },
  afgerond: { fill: '#e6e6e6', border: '#4a4a4a', line: 'double' },
  gestopt: { fill: '#ffffff', border: '#757575', line: 'dashed' },
};

export const RELATION_LOOK: Record<
  RelationKind,
  { color: string; line: EdgeLine; width: number; arrow: boolean }
> = {
  werkt_samen: { color: '#5f6368', line: 'solid', width: 2, arrow: false },
  financiert: { color: '#6a3d9a', line: 'dashed', width: 2.5, arrow: true },
  wijkcoalitie: { color: '#b35c00', line: 'solid', width: 5, arrow: false },
  koepel_van: { color: '#1d4f91', line: 'dotted', width: 3, arrow: true },
};

/** The thick outline of a party in the wijkcoalitie (the same colour as its relation). */
export const COALITION_COLOR = '#b35c00';
/** Initiative → lead party (arrow) and → partner (no arrow): light, so relations stand out. */
export const LINK_LOOK = { lead: '#80868b', partner: '#a8adb2' } as const;
export const OVERLAP_LOOK: { open: string } & Record<OverlapState, string> = {
  open: '#c62828',
  afgestemd: '#8a8f94',
  bewust_naast_elkaar: '#8a8f94',
};
/** The selected node: a yellow halo, as focus is drawn elsewhere in the app. */
export const SELECTED_COLOR = '#ffbf47';
export const LABEL_COLOR = '#1b1b1b';

export type NodeShape =
  | 'hexagon'
  | 'octagon'
  | 'barrel'
  | 'triangle'
  | 'star'
  | 'pentagon'
  | 'diamond'
  | 'ellipse'
  | 'rectangle'
  | 'rhomboid'
  | 'tag';
export type BorderLine = 'solid' | 'dotted' | 'dashed' | 'double';
export type EdgeLine = 'solid' | 'dotted' | 'dashed';
