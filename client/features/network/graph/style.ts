import type { StylesheetJson } from 'cytoscape';
import type { InitiativeStatus } from '../../../../shared/network/initiative';
import type { RelationKind } from '../../../../shared/network/relation';
import type { DrawnKind } from './elements';
import {
  COALITION_COLOR,
  INITIATIVE_SHAPE,
  KIND_LOOK,
  LABEL_COLOR,
  LINK_LOOK,
  OVERLAP_LOOK,
  RELATION_LOOK,
  SELECTED_COLOR,
  STATUS_LOOK,
} from './palette';

const entries = <K extends string, V>(r: Record<K, V>) => Object.entries(r) as [K, V][];

/**
 * The cytoscape stylesheet. `scale` 1 is the page; the room screen passes a larger one so labels are
 * read from the back of the room. Labels below zoomed-out legibility are not drawn (they would be
 * noise, and skipping them keeps a large network fast).
 */
export function graphStyle(scale = 1): StylesheetJson {
  return [...nodeStyle(scale), ...edgeStyle(scale), { selector: '.hidden', style: { display: 'none' } }];
}

function nodeStyle(scale: number): StylesheetJson {
  const font = 14 * scale;
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        color: LABEL_COLOR,
        'font-size': font,
        'font-family': 'Noto Sans, system-ui, sans-serif',
        'text-valign': 'bottom',
        'text-margin-y': 4 * scale,
        'text-wrap': 'ellipsis',
        'text-max-width': `${140 * scale}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': `${2 * scale}px`,
        // Zoomed out, only party names (14 px) stay; initiatives' (12 px) come back when zooming in.
        'min-zoomed-font-size': 10,
        'border-color': '#ffffff',
        'border-width': 1.5 * scale,
      },
    },
    { selector: 'node.party', style: { width: 28 * scale, height: 28 * scale, 'font-weight': 'bold' } },
    ...entries<DrawnKind, (typeof KIND_LOOK)[DrawnKind]>(KIND_LOOK).map(([kind, look]) => ({
      selector: `node.kind-${kind}`,
      style: { shape: look.shape, 'background-color': look.color },
    })),
    {
      selector: 'node.coalition',
      style: { 'border-color': COALITION_COLOR, 'border-width': 6 * scale },
    },
    {
      selector: 'node.initiative',
      style: {
        shape: INITIATIVE_SHAPE,
        width: 30 * scale,
        height: 18 * scale,
        'border-width': 2.5 * scale,
        'font-size': 12 * scale,
      },
    },
    ...entries<InitiativeStatus, (typeof STATUS_LOOK)[InitiativeStatus]>(STATUS_LOOK).map(
      ([status, look]) => ({
        selector: `node.status-${status}`,
        style: {
          'background-color': look.fill,
          'border-color': look.border,
          'border-style': look.line,
          'border-width': (look.line === 'double' ? 5 : 2.5) * scale,
        },
      }),
    ),
    {
      selector: 'node.is-selected',
      style: {
        'underlay-color': SELECTED_COLOR,
        'underlay-opacity': 1,
        'underlay-padding': 8 * scale,
        'font-size': font * 1.2,
        'z-index': 10,
      },
    },
  ];
}

function edgeStyle(scale: number): StylesheetJson {
  return [
    {
      selector: 'edge',
      // Links to lead and partners are the many thin lines: lighter, so relations and overlaps stand out.
      style: {
        width: 1.5 * scale,
        'curve-style': 'straight',
        'line-color': LINK_LOOK.partner,
        'line-opacity': 0.7,
      },
    },
    ...entries<RelationKind, (typeof RELATION_LOOK)[RelationKind]>(RELATION_LOOK).map(([kind, look]) => ({
      selector: `edge.rel-${kind}`,
      style: {
        'line-color': look.color,
        'line-opacity': 1,
        'line-style': look.line,
        width: look.width * scale,
        'target-arrow-shape': look.arrow ? 'triangle' : 'none',
        'target-arrow-color': look.color,
        'arrow-scale': 1.2,
      },
    })),
    {
      selector: 'edge.lead',
      style: {
        'line-color': LINK_LOOK.lead,
        'target-arrow-shape': 'triangle',
        'target-arrow-color': LINK_LOOK.lead,
      },
    },
    {
      selector: 'edge.overlap',
      style: {
        'line-color': OVERLAP_LOOK.open,
        'line-style': 'dashed',
        'line-dash-pattern': [10 * scale, 6 * scale],
        width: 4 * scale,
        'curve-style': 'bezier',
        'line-opacity': 1,
        'z-index': 5,
      },
    },
    {
      selector: 'edge.overlap-marked',
      style: {
        'line-color': OVERLAP_LOOK.afgestemd,
        width: 2 * scale,
        'line-dash-pattern': [4 * scale, 6 * scale],
      },
    },
  ];
}
