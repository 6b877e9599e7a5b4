import { z } from 'zod';
import { createCommentSchema, replySchema, threadSchema, updateThreadSchema } from '../schemas/comment';
import { idSchema } from '../schemas/common';
import { createDocumentSchema, documentSchema, documentWithSectionsSchema } from '../schemas/document';
import {
  acceptInviteSchema,
  createdInviteSchema,
  createInviteSchema,
  inviteCodeSchema,
  invitePreviewSchema,
  inviteSchema,
} from '../schemas/invite';
import {
  compositionSchema,
  confirmGuestSchema,
  memberSchema,
  updateMemberSchema,
  updateSelfSchema,
} from '../schemas/member';
import { createSectionSchema, sectionSchema, updateSectionSchema } from '../schemas/section';
import { adminSetupSchema, joinedSchema, meSchema } from '../schemas/session';
import { createVersionSchema, restoredSchema, versionDetailSchema, versionSchema } from '../schemas/version';
import { createWerkgroepSchema, werkgroepSchema } from '../schemas/werkgroep';
import { AKKOORD_API } from './akkoordRoutes';
import { BOARD_API } from './boardRoutes';
import { EXPORT_API } from './exportRoutes';
import { MEETING_API } from './meetingRoutes';
import { MONITORING_API } from './monitoringRoutes';
import { NETWORK_API } from './networkRoutes';
import { UITVOERING_API } from './uitvoeringRoutes';
import { VOTE_API } from './voteRoutes';
import { WIJKPAGINA_API } from './wijkpaginaRoutes';

/**
 * Every HTTP API route, once: the server mounts and validates with these, the client parses
 * responses with them, and /api/openapi.json is generated from them.
 */
export interface RouteDef {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  /** none: anyone; session: a signed-in person; admin: the instance admin; member: a member of :werkgroepId. */
  auth: 'none' | 'session' | 'admin' | 'member';
  params?: z.ZodType;
  body?: z.ZodType;
  /** The query string's schema; without one, a route takes no query parameters. */
  query?: z.ZodType;
  response?: z.ZodType;
  /** For routes that answer with a file instead of JSON: its media types. */
  produces?: readonly string[];
  status?: 200 | 201 | 204;
}

const werkgroepParams = z.object({ werkgroepId: idSchema });
const memberParams = z.object({ werkgroepId: idSchema, memberId: idSchema });
const inviteParams = z.object({ werkgroepId: idSchema, inviteId: idSchema });
const codeParams = z.object({ code: inviteCodeSchema });

export const werkgroepDetailSchema = z.object({
  werkgroep: werkgroepSchema,
  me: memberSchema,
  composition: compositionSchema,
});
export const createdWerkgroepSchema = z.object({
  werkgroep: werkgroepSchema,
  facilitatorInvite: createdInviteSchema,
});
export const documentDetailSchema = z.object({
  document: documentWithSectionsSchema,
  werkgroep: werkgroepSchema,
});

export const API = {
  me: {
    method: 'get',
    path: '/api/me',
    summary: 'Who am I: memberships and admin flag',
    auth: 'none',
    response: meSchema,
  },
  signOut: {
    method: 'post',
    path: '/api/session/signout',
    summary: 'End this session',
    auth: 'none',
    status: 204,
  },
  adminSetup: {
    method: 'post',
    path: '/api/admin/setup',
    summary: 'Use the one-time setup link to become instance admin',
    auth: 'none',
    body: adminSetupSchema,
    status: 204,
  },
  listWerkgroepen: {
    method: 'get',
    path: '/api/werkgroepen',
    summary: 'All werkgroepen (admin)',
    auth: 'admin',
    response: z.array(werkgroepSchema),
  },
  createWerkgroep: {
    method: 'post',
    path: '/api/werkgroepen',
    summary: 'Create a werkgroep; returns it with a facilitator invite link (admin)',
    auth: 'admin',
    body: createWerkgroepSchema,
    response: createdWerkgroepSchema,
    status: 201,
  },
  newFacilitatorInvite: {
    method: 'post',
    path: '/api/werkgroepen/:werkgroepId/facilitator-invite',
    summary:
      'A new facilitator invite link for a werkgroep (admin); withdraws the facilitator links still open',
    auth: 'admin',
    params: werkgroepParams,
    response: createdInviteSchema,
    status: 201,
  },
  getWerkgroep: {
    method: 'get',
    path: '/api/werkgroepen/:werkgroepId',
    summary: 'A werkgroep, my membership and its composition',
    auth: 'member',
    params: werkgroepParams,
    response: werkgroepDetailSchema,
  },
  listMembers: {
    method: 'get',
    path: '/api/werkgroepen/:werkgroepId/members',
    summary: 'Members of a werkgroep',
    auth: 'member',
    params: werkgroepParams,
    response: z.array(memberSchema),
  },
  updateSelf: {
    method: 'patch',
    path: '/api/werkgroepen/:werkgroepId/members/me',
    summary: 'Change my display name, organisation or naming consent',
    auth: 'member',
    params: werkgroepParams,
    body: updateSelfSchema,
    response: memberSchema,
  },
  leave: {
    method: 'delete',
    path: '/api/werkgroepen/:werkgroepId/members/me',
    summary: 'Leave the werkgroep',
    auth: 'member',
    params: werkgroepParams,
    status: 204,
  },
  updateMember: {
    method: 'patch',
    path: '/api/werkgroepen/:werkgroepId/members/:memberId',
    summary: "Change a member's role (facilitator)",
    auth: 'member',
    params: memberParams,
    body: updateMemberSchema,
    response: memberSchema,
  },
  removeMember: {
    method: 'delete',
    path: '/api/werkgroepen/:werkgroepId/members/:memberId',
    summary: 'Remove a member (facilitator)',
    auth: 'member',
    params: memberParams,
    status: 204,
  },
  confirmGuest: {
    method: 'post',
    path: '/api/werkgroepen/:werkgroepId/members/:memberId/confirm',
    summary:
      'Confirm a guest who joined by code, as the role they claimed or another (facilitator); 409 already_confirmed when they no longer wait',
    auth: 'member',
    params: memberParams,
    body: confirmGuestSchema,
    response: memberSchema,
  },
  refuseGuest: {
    method: 'post',
    path: '/api/werkgroepen/:werkgroepId/members/:memberId/refuse',
    summary:
      'Refuse a guest who joined by code (facilitator); 409 already_confirmed when they were confirmed meanwhile',
    auth: 'member',
    params: memberParams,
    status: 204,
  },
  listInvites: {
    method: 'get',
    path: '/api/werkgroepen/:werkgroepId/invites',
    summary: 'Invite links of a werkgroep (facilitator)',
    auth: 'member',
    params: werkgroepParams,
    response: z.array(inviteSchema),
  },
  createInvite: {
    method: 'post',
    path: '/api/werkgroepen/:werkgroepId/invites',
    summary: 'Create an invite link for a role (facilitator); the link is shown once',
    auth: 'member',
    params: werkgroepParams,
    body: createInviteSchema,
    response: createdInviteSchema,
    status: 201,
  },
  revokeInvite: {
    method: 'delete',
    path: '/api/werkgroepen/:werkgroepId/invites/:inviteId',
    summary: 'Revoke an invite link (facilitator)',
    auth: 'member',
    params: inviteParams,
    status: 204,
  },
  listDocuments: {
    method: 'get',
    path: '/api/werkgroepen/:werkgroepId/documents',
    summary: 'Documents of a werkgroep',
    auth: 'member',
    params: werkgroepParams,
    response: z.array(documentSchema),
  },
  createDocument: {
    method: 'post',
    path: '/api/werkgroepen/:werkgroepId/documents',
    summary: 'Create a document in a werkgroep, from a template (ambitiedocument, wijkperspectief, blank)',
    auth: 'member',
    params: werkgroepParams,
    body: createDocumentSchema,
    response: documentSchema,
    status: 201,
  },
  getDocument: {
    method: 'get',
    path: '/api/documents/:documentId',
    summary: 'A document with its sections, and its werkgroep',
    auth: 'session',
    params: z.object({ documentId: idSchema }),
    response: documentDetailSchema,
  },
  createSection: {
    method: 'post',
    path: '/api/documents/:documentId/sections',
    summary: 'Add a section (after another one, or at the end)',
    auth: 'session',
    params: z.object({ documentId: idSchema }),
    body: createSectionSchema,
    response: sectionSchema,
    status: 201,
  },
  updateSection: {
    method: 'patch',
    path: '/api/documents/:documentId/sections/:sectionId',
    summary: 'Rename a section, or change its status (facilitator); a vastgesteld section is locked',
    auth: 'session',
    params: z.object({ documentId: idSchema, sectionId: idSchema }),
    body: updateSectionSchema,
    response: sectionSchema,
  },
  deleteSection: {
    method: 'delete',
    path: '/api/documents/:documentId/sections/:sectionId',
    summary: 'Remove a section (facilitator)',
    auth: 'session',
    params: z.object({ documentId: idSchema, sectionId: idSchema }),
    status: 204,
  },
  listThreads: {
    method: 'get',
    path: '/api/documents/:documentId/threads',
    summary: 'Comment threads of a document',
    auth: 'session',
    params: z.object({ documentId: idSchema }),
    response: z.array(threadSchema),
  },
  createThread: {
    method: 'post',
    path: '/api/documents/:documentId/threads',
    summary: 'Comment on a passage (optionally as a question to the municipality with a date)',
    auth: 'session',
    params: z.object({ documentId: idSchema }),
    body: createCommentSchema,
    response: threadSchema,
    status: 201,
  },
  replyToThread: {
    method: 'post',
    path: '/api/documents/:documentId/threads/:threadId/replies',
    summary: 'Reply in a comment thread',
    auth: 'session',
    params: z.object({ documentId: idSchema, threadId: idSchema }),
    body: replySchema,
    response: threadSchema,
    status: 201,
  },
  updateThread: {
    method: 'patch',
    path: '/api/documents/:documentId/threads/:threadId',
    summary: 'Resolve or reopen a comment thread',
    auth: 'session',
    params: z.object({ documentId: idSchema, threadId: idSchema }),
    body: updateThreadSchema,
    response: threadSchema,
  },
  listVersions: {
    method: 'get',
    path: '/api/documents/:documentId/versions',
    summary: 'Saved versions of a document, newest first',
    auth: 'session',
    params: z.object({ documentId: idSchema }),
    response: z.array(versionSchema),
  },
  createVersion: {
    method: 'post',
    path: '/api/documents/:documentId/versions',
    summary: 'Save the document as a named version (facilitator)',
    auth: 'session',
    params: z.object({ documentId: idSchema }),
    body: createVersionSchema,
    response: versionSchema,
    status: 201,
  },
  getVersion: {
    method: 'get',
    path: '/api/documents/:documentId/versions/:versionId',
    summary: 'A saved version with the state of every section (to view or compare)',
    auth: 'session',
    params: z.object({ documentId: idSchema, versionId: idSchema }),
    response: versionDetailSchema,
  },
  restoreVersion: {
    method: 'post',
    path: '/api/documents/:documentId/versions/:versionId/restore',
    summary: 'Bring the text of a version back, as a new change (facilitator)',
    auth: 'session',
    params: z.object({ documentId: idSchema, versionId: idSchema }),
    response: restoredSchema,
  },
  previewInvite: {
    method: 'get',
    path: '/api/invites/:code',
    summary: 'What an invite link is for, and whether it can still be used',
    auth: 'none',
    params: codeParams,
    response: invitePreviewSchema,
  },
  acceptInvite: {
    method: 'post',
    path: '/api/invites/:code/accept',
    summary: 'Join with a display name and consent; starts a session (cookie, and a token for API clients)',
    auth: 'none',
    params: codeParams,
    body: acceptInviteSchema,
    response: joinedSchema,
    status: 201,
  },
  ...VOTE_API,
  ...BOARD_API,
  ...MEETING_API,
  ...NETWORK_API,
  ...AKKOORD_API,
  ...MONITORING_API,
  ...UITVOERING_API,
  ...WIJKPAGINA_API,
  ...EXPORT_API,
} as const satisfies Record<string, RouteDef>;

export type ApiRoutes = typeof API;
export type RouteName = keyof ApiRoutes;
