import { z } from 'zod';
import {
  createInitiativeSchema,
  initiativeRecordSchema,
  updateInitiativeSchema,
} from '../network/initiative';
import { networkViewSchema } from '../network/network';
import { wijkOutlineSchema } from '../network/outline';
import { overlapMarkSchema, putOverlapMarkSchema } from '../network/overlapMark';
import { createPartySchema, partySchema, updatePartySchema } from '../network/party';
import { createRelationSchema, relationSchema, updateRelationSchema } from '../network/relation';
import { idSchema } from '../schemas/common';
import type { RouteDef } from './routes';

const BASE = '/api/werkgroepen/:werkgroepId/netwerk';
const werkgroepParams = z.object({ werkgroepId: idSchema });
const partyParams = z.object({ werkgroepId: idSchema, partyId: idSchema });
const initiativeParams = z.object({ werkgroepId: idSchema, initiativeId: idSchema });
const relationParams = z.object({ werkgroepId: idSchema, relationId: idSchema });
const pairParams = z.object({ werkgroepId: idSchema, a: idSchema, b: idSchema });

/** Where the map's background comes from: a MapLibre style URL, or null for a plain background. */
export const mapStyleSchema = z.object({ styleUrl: z.url().nullable() });
export type MapStyle = z.infer<typeof mapStyleSchema>;

/**
 * A wijkgrens upload. Checked by parseOutlineUpload (shared/network/outlineUpload.ts), not here, so a
 * refusal has its own code (outline_invalid, outline_too_large) and says why in `params.problem`.
 */
const outlineUploadSchema = z
  .unknown()
  .describe(
    'GeoJSON: a Polygon or MultiPolygon, a Feature with one, or a FeatureCollection of them; WGS84 or RD New (EPSG:28992)',
  );

/** The wijknetwerk (issue 18); part of API in routes.ts. Changes also reach the `netwerk:` room. */
export const NETWORK_API = {
  getNetwork: {
    method: 'get',
    path: BASE,
    summary: 'The whole network: parties, initiatives, relations, overlap marks and recent changes',
    auth: 'member',
    params: werkgroepParams,
    response: networkViewSchema,
  },
  createParty: {
    method: 'post',
    path: `${BASE}/parties`,
    summary: 'Add a party (a contact is kept only with its consent)',
    auth: 'member',
    params: werkgroepParams,
    body: createPartySchema,
    response: partySchema,
    status: 201,
  },
  updateParty: {
    method: 'patch',
    path: `${BASE}/parties/:partyId`,
    summary: "Change a party's card (linking members: facilitator)",
    auth: 'member',
    params: partyParams,
    body: updatePartySchema,
    response: partySchema,
  },
  deleteParty: {
    method: 'delete',
    path: `${BASE}/parties/:partyId`,
    summary:
      'Remove a party with its relations (it leaves the initiatives it was in); 409 party_in_use while the wijkakkoord or an actie names it',
    auth: 'member',
    params: partyParams,
  },
  createInitiative: {
    method: 'post',
    path: `${BASE}/initiatives`,
    summary: 'Add an initiative',
    auth: 'member',
    params: werkgroepParams,
    body: createInitiativeSchema,
    response: initiativeRecordSchema,
    status: 201,
  },
  updateInitiative: {
    method: 'patch',
    path: `${BASE}/initiatives/:initiativeId`,
    summary: 'Change an initiative',
    auth: 'member',
    params: initiativeParams,
    body: updateInitiativeSchema,
    response: initiativeRecordSchema,
  },
  deleteInitiative: {
    method: 'delete',
    path: `${BASE}/initiatives/:initiativeId`,
    summary: 'Remove an initiative with its overlap marks',
    auth: 'member',
    params: initiativeParams,
  },
  createRelation: {
    method: 'post',
    path: `${BASE}/relations`,
    summary: 'Relate two parties',
    auth: 'member',
    params: werkgroepParams,
    body: createRelationSchema,
    response: relationSchema,
    status: 201,
  },
  updateRelation: {
    method: 'patch',
    path: `${BASE}/relations/:relationId`,
    summary: "Change a relation's kind or note",
    auth: 'member',
    params: relationParams,
    body: updateRelationSchema,
    response: relationSchema,
  },
  deleteRelation: {
    method: 'delete',
    path: `${BASE}/relations/:relationId`,
    summary: 'Remove a relation',
    auth: 'member',
    params: relationParams,
  },
  putOverlapMark: {
    method: 'put',
    path: `${BASE}/overlaps/:a/:b`,
    summary: 'Mark a pair of initiatives afgestemd or bewust naast elkaar',
    auth: 'member',
    params: pairParams,
    body: putOverlapMarkSchema,
    response: overlapMarkSchema,
  },
  deleteOverlapMark: {
    method: 'delete',
    path: `${BASE}/overlaps/:a/:b`,
    summary: 'Take back the mark of a pair',
    auth: 'member',
    params: pairParams,
  },
  putOutline: {
    method: 'put',
    path: `${BASE}/wijkgrens`,
    summary: 'Set the wijkgrens (facilitator): GeoJSON polygons, merged into one MultiPolygon',
    auth: 'member',
    params: werkgroepParams,
    body: outlineUploadSchema,
    response: wijkOutlineSchema,
  },
  deleteOutline: {
    method: 'delete',
    path: `${BASE}/wijkgrens`,
    summary: 'Remove the wijkgrens (facilitator)',
    auth: 'member',
    params: werkgroepParams,
  },
  mapStyle: {
    method: 'get',
    path: '/api/kaartstijl',
    summary: "The map background's style (MAP_STYLE_URL), or null for a plain background",
    auth: 'none',
    response: mapStyleSchema,
  },
} as const satisfies Record<string, RouteDef>;
