import { z } from 'zod';
import {
  afspraakSchema,
  createAfspraakSchema,
  reorderAfsprakenSchema,
  updateAfspraakSchema,
} from '../akkoord/afspraak';
import { akkoordSchema, updateAkkoordSchema } from '../akkoord/akkoord';
import { signingTokenSchema } from '../akkoord/common';
import { createProgressSchema, progressEntrySchema } from '../akkoord/progress';
import { putSignatoriesSchema, signatoriesAnswerSchema } from '../akkoord/signatory';
import { signAsMemberSchema, signatureSchema, signWithLinkSchema } from '../akkoord/signature';
import {
  createdSigningLinkSchema,
  createSigningLinkSchema,
  signedWithLinkSchema,
  signingPageSchema,
} from '../akkoord/signingLink';
import { freezeAkkoordSchema } from '../akkoord/version';
import { akkoordViewSchema, reopenedSchema } from '../akkoord/view';
import { idSchema } from '../schemas/common';
import type { RouteDef } from './routes';

const BASE = '/api/werkgroepen/:werkgroepId/akkoord';
const werkgroepParams = z.object({ werkgroepId: idSchema });
const afspraakParams = z.object({ werkgroepId: idSchema, afspraakId: idSchema });
const linkParams = z.object({ werkgroepId: idSchema, linkId: idSchema });
/** `:token` is a secret (its name does not end in Id): the logs redact it (server/net/redact.ts). */
const tokenParams = z.object({ token: signingTokenSchema });

/** The wijkakkoord (issue 18); part of API in routes.ts. Changes also reach the `akkoordstand:` room. */
export const AKKOORD_API = {
  getAkkoord: {
    method: 'get',
    path: BASE,
    summary:
      'The akkoord: afspraken, signatories, the frozen version, signatures (voided ones marked), progress',
    auth: 'member',
    params: werkgroepParams,
    response: akkoordViewSchema,
  },
  updateAkkoord: {
    method: 'patch',
    path: BASE,
    summary: "Change the akkoord's title (while concept)",
    auth: 'member',
    params: werkgroepParams,
    body: updateAkkoordSchema,
    response: akkoordSchema,
  },
  createAfspraak: {
    method: 'post',
    path: `${BASE}/afspraken`,
    summary: 'Add an afspraak at the end (while concept)',
    auth: 'member',
    params: werkgroepParams,
    body: createAfspraakSchema,
    response: afspraakSchema,
    status: 201,
  },
  updateAfspraak: {
    method: 'patch',
    path: `${BASE}/afspraken/:afspraakId`,
    summary: 'Change an afspraak (while concept)',
    auth: 'member',
    params: afspraakParams,
    body: updateAfspraakSchema,
    response: afspraakSchema,
  },
  deleteAfspraak: {
    method: 'delete',
    path: `${BASE}/afspraken/:afspraakId`,
    summary: 'Remove an afspraak with its progress (while concept)',
    auth: 'member',
    params: afspraakParams,
    status: 204,
  },
  reorderAfspraken: {
    method: 'put',
    path: `${BASE}/afspraken-volgorde`,
    summary: 'Put the afspraken in a new order: every id once (while concept)',
    auth: 'member',
    params: werkgroepParams,
    body: reorderAfsprakenSchema,
    response: z.array(afspraakSchema),
  },
  putSignatories: {
    method: 'put',
    path: `${BASE}/ondertekenaars`,
    summary:
      'Which parties sign, and who for each (facilitator, while concept); warns when bewoners or gemeente are missing',
    auth: 'member',
    params: werkgroepParams,
    body: putSignatoriesSchema,
    response: signatoriesAnswerSchema,
  },
  freezeAkkoord: {
    method: 'post',
    path: `${BASE}/bevriezen`,
    summary: 'Freeze the text as a named version for signing (facilitator)',
    auth: 'member',
    params: werkgroepParams,
    body: freezeAkkoordSchema,
    response: akkoordViewSchema,
    status: 201,
  },
  reopenAkkoord: {
    method: 'post',
    path: `${BASE}/heropenen`,
    summary: 'Back to concept (facilitator): voids the signatures of the frozen version and says how many',
    auth: 'member',
    params: werkgroepParams,
    response: reopenedSchema,
  },
  signAkkoord: {
    method: 'post',
    path: `${BASE}/ondertekenen`,
    summary:
      'Sign for a party one is linked to; 409 akkoord_text_changed when the text is not the frozen one',
    auth: 'member',
    params: werkgroepParams,
    body: signAsMemberSchema,
    response: signatureSchema,
    status: 201,
  },
  createSigningLink: {
    method: 'post',
    path: `${BASE}/tekenlinks`,
    summary: 'A one-time signing link for someone outside the werkgroep (facilitator); shown once',
    auth: 'member',
    params: werkgroepParams,
    body: createSigningLinkSchema,
    response: createdSigningLinkSchema,
    status: 201,
  },
  revokeSigningLink: {
    method: 'delete',
    path: `${BASE}/tekenlinks/:linkId`,
    summary: 'Withdraw a signing link that was not used (facilitator)',
    auth: 'member',
    params: linkParams,
    status: 204,
  },
  addProgress: {
    method: 'post',
    path: `${BASE}/afspraken/:afspraakId/voortgang`,
    summary:
      'Report progress on an afspraak for a committing party (a member linked to it, or the facilitator)',
    auth: 'member',
    params: afspraakParams,
    body: createProgressSchema,
    response: progressEntrySchema,
    status: 201,
  },
  previewSigning: {
    method: 'get',
    path: '/api/akkoord-tekenen/:token',
    summary: 'The frozen text a signing link is for (no account); 404 unknown, 410 used, expired or voided',
    auth: 'none',
    params: tokenParams,
    response: signingPageSchema,
  },
  signWithLink: {
    method: 'post',
    path: '/api/akkoord-tekenen/:token',
    summary: 'Sign through a one-time link (no account); works exactly once',
    auth: 'none',
    params: tokenParams,
    body: signWithLinkSchema,
    response: signedWithLinkSchema,
    status: 201,
  },
} as const satisfies Record<string, RouteDef>;
