import { z } from 'zod';
import { idSchema } from '../schemas/common';
import { actieSchema, createActieSchema, updateActieSchema } from '../uitvoering/actie';
import { createVoortgangSchema, PHOTO_TYPES, voortgangSchema } from '../uitvoering/voortgang';
import type { RouteDef } from './routes';

const BASE = '/api/werkgroepen/:werkgroepId/uitvoering';
const werkgroepParams = z.object({ werkgroepId: idSchema });
const actieParams = z.object({ werkgroepId: idSchema, actieId: idSchema });
const photoParams = z.object({ werkgroepId: idSchema, photoId: idSchema });

/** The uitvoeringsplan as a member sees it, with when they last looked (for "what changed"). */
export const uitvoeringViewSchema = z.object({
  acties: z.array(actieSchema),
  updates: z.array(voortgangSchema),
  /** When this member last opened the plan (ms), or null the first time; kept on the server. */
  lastVisit: z.number().int().nullable(),
});
export type UitvoeringView = z.infer<typeof uitvoeringViewSchema>;

/** The uitvoeringsplan (issue 19); part of API in routes.ts. Changes also reach the `uitvoering:` room. */
export const UITVOERING_API = {
  getUitvoering: {
    method: 'get',
    path: BASE,
    summary: 'The uitvoeringsplan: every actie, every update, and when this member last looked',
    auth: 'member',
    params: werkgroepParams,
    response: uitvoeringViewSchema,
  },
  markUitvoeringVisit: {
    method: 'post',
    path: `${BASE}/bezoek`,
    summary: 'Remember that this member has now seen the plan (on the server, for every device)',
    auth: 'member',
    params: werkgroepParams,
  },
  createActie: {
    method: 'post',
    path: `${BASE}/acties`,
    summary: 'Add an actie (facilitator)',
    auth: 'member',
    params: werkgroepParams,
    body: createActieSchema,
    response: actieSchema,
    status: 201,
  },
  updateActie: {
    method: 'patch',
    path: `${BASE}/acties/:actieId`,
    summary: 'Change an actie (facilitator, or a member of its lead party; publishing: facilitator)',
    auth: 'member',
    params: actieParams,
    body: updateActieSchema,
    response: actieSchema,
  },
  deleteActie: {
    method: 'delete',
    path: `${BASE}/acties/:actieId`,
    summary: 'Remove an actie with its updates (facilitator)',
    auth: 'member',
    params: actieParams,
  },
  addVoortgang: {
    method: 'post',
    path: `${BASE}/acties/:actieId/voortgang`,
    summary: 'Post an update, optionally with a photo (resized, metadata removed)',
    auth: 'member',
    params: actieParams,
    body: createVoortgangSchema,
    response: voortgangSchema,
    status: 201,
  },
  getPhoto: {
    method: 'get',
    path: `${BASE}/fotos/:photoId`,
    summary: "An update's photo (members)",
    auth: 'member',
    params: photoParams,
    produces: PHOTO_TYPES,
  },
} as const satisfies Record<string, RouteDef>;
