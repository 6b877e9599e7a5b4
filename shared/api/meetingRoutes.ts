import { z } from 'zod';
import { joinAddressSchema } from '../net/joinAddress';
import { idSchema } from '../schemas/common';
import {
  createMeetingSchema,
  handSchema,
  itemNotesSchema,
  joinByCodeSchema,
  joinCodeSchema,
  meetingControlSchema,
  meetingSchema,
  reactionSchema,
  updateMeetingSchema,
} from '../schemas/meeting';
import { joinedSchema } from '../schemas/session';
import type { RouteDef } from './routes';

const werkgroepParams = z.object({ werkgroepId: idSchema });
const meetingParams = z.object({ werkgroepId: idSchema, meetingId: idSchema });

/** Meetings (bijeenkomsten) and joining one by code; part of API in routes.ts. */
export const MEETING_API = {
  listMeetings: {
    method: 'get',
    path: '/api/werkgroepen/:werkgroepId/meetings',
    summary: 'Meetings of a werkgroep, by date',
    auth: 'member',
    params: werkgroepParams,
    response: z.array(meetingSchema),
  },
  createMeeting: {
    method: 'post',
    path: '/api/werkgroepen/:werkgroepId/meetings',
    summary: 'Plan a meeting with its agenda (facilitator)',
    auth: 'member',
    params: werkgroepParams,
    body: createMeetingSchema,
    response: meetingSchema,
    status: 201,
  },
  getMeeting: {
    method: 'get',
    path: '/api/werkgroepen/:werkgroepId/meetings/:meetingId',
    summary: 'A meeting: agenda, state, minutes',
    auth: 'member',
    params: meetingParams,
    response: meetingSchema,
  },
  updateMeeting: {
    method: 'patch',
    path: '/api/werkgroepen/:werkgroepId/meetings/:meetingId',
    summary: 'Change title, date, place, agenda or notetaker (facilitator)',
    auth: 'member',
    params: meetingParams,
    body: updateMeetingSchema,
    response: meetingSchema,
  },
  controlMeeting: {
    method: 'post',
    path: '/api/werkgroepen/:werkgroepId/meetings/:meetingId/control',
    summary:
      'The console: start, end, next/previous/go to item, timer, "iedereen naar mij", lower a hand (facilitator)',
    auth: 'member',
    params: meetingParams,
    body: meetingControlSchema,
    response: meetingSchema,
  },
  writeItemNotes: {
    method: 'put',
    path: '/api/werkgroepen/:werkgroepId/meetings/:meetingId/items/:itemId/notes',
    summary: 'The minutes of an agenda item (facilitator or notetaker)',
    auth: 'member',
    params: meetingParams.extend({ itemId: idSchema }),
    body: itemNotesSchema,
    response: meetingSchema,
  },
  raiseHand: {
    method: 'post',
    path: '/api/werkgroepen/:werkgroepId/meetings/:meetingId/hand',
    summary: '"Ik wil iets zeggen": raise or lower my hand (in order of raising)',
    auth: 'member',
    params: meetingParams,
    body: handSchema,
    status: 204,
  },
  react: {
    method: 'post',
    path: '/api/werkgroepen/:werkgroepId/meetings/:meetingId/reactions',
    summary: 'A quick reaction, shown on the screen for a moment (by group, not by name)',
    auth: 'member',
    params: meetingParams,
    body: reactionSchema,
    status: 204,
  },
  getJoinAddress: {
    method: 'get',
    path: '/api/join-address',
    summary:
      'The address people on other devices open to join (PUBLIC_URL, the address used, or the LAN address), and whether it is a loopback one',
    auth: 'session',
    response: joinAddressSchema,
  },
  serverTime: {
    method: 'get',
    path: '/api/time',
    summary: "The server's clock (ms since the epoch), so every screen counts a timer down alike",
    auth: 'none',
    response: z.object({ now: z.number() }),
  },
  previewJoinCode: {
    method: 'get',
    path: '/api/join/:code',
    summary: 'Which meeting a join code is for (only while it runs)',
    auth: 'none',
    params: z.object({ code: joinCodeSchema }),
    response: z.object({ werkgroepName: z.string(), meetingTitle: z.string(), wijk: z.string() }),
  },
  joinByCode: {
    method: 'post',
    path: '/api/join/:code',
    summary: 'Join the werkgroep of a running meeting with a name and consent (as bewoner); starts a session',
    auth: 'none',
    params: z.object({ code: joinCodeSchema }),
    body: joinByCodeSchema,
    response: joinedSchema.extend({ meetingId: idSchema }),
    status: 201,
  },
} as const satisfies Record<string, RouteDef>;
