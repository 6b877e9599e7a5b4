import { z } from 'zod';
import { meetingTimerSchema } from '../time/countdown';
import { dayDateSchema } from './comment';
import { idSchema, isoDateSchema, lineSchema } from './common';
import { claimableRoleSchema, MEMBER_LIMITS } from './member';

/**
 * Bijeenkomsten (meetings): a date, a place and an agenda the facilitator runs from a console, a room
 * screen shows, and remote members follow on their phone. The live state travels in the meeting's
 * room (`session:<id>`, written only by the server; shared/sync/meetingDoc.ts).
 */
export const MEETING_LIMITS = {
  titleMax: 120,
  placeMax: 120,
  itemsMax: 30,
  itemTitleMax: 120,
  itemMinutesMax: 240,
  notesMax: 10_000,
  perWerkgroep: 200,
  handsMax: 200,
  reactionsKept: 30,
} as const;

/** Join codes: 6 characters without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B). */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const JOIN_CODE_LENGTH = 6;
export const joinCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`), 'not a valid code');

/** How the room screen shows the werkgroep's wijknetwerk: as the graph or on the map. */
export const NETWORK_SCREEN_VIEWS = ['graaf', 'kaart'] as const;
export type NetworkScreenView = (typeof NETWORK_SCREEN_VIEWS)[number];

/**
 * What an agenda item shows. A `netwerk` item has no id: a werkgroep has one wijknetwerk, its own,
 * so the link cannot point into another werkgroep.
 */
export const agendaLinkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('section'), documentId: idSchema, sectionId: idSchema }).strict(),
  z.object({ kind: z.literal('board'), boardId: idSchema }).strict(),
  z.object({ kind: z.literal('vote'), voteId: idSchema }).strict(),
  z.object({ kind: z.literal('netwerk'), view: z.enum(NETWORK_SCREEN_VIEWS) }).strict(),
]);
export type AgendaLink = z.infer<typeof agendaLinkSchema>;

export const agendaItemInputSchema = z
  .object({
    title: lineSchema(MEETING_LIMITS.itemTitleMax),
    minutes: z.number().int().min(1).max(MEETING_LIMITS.itemMinutesMax),
    link: agendaLinkSchema.nullable().default(null),
  })
  .strict();

export const agendaItemSchema = z.object({
  id: idSchema,
  title: z.string(),
  minutes: z.number().int(),
  link: agendaLinkSchema.nullable(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

const timeSchema = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'HH:MM');

export const createMeetingSchema = z
  .object({
    title: lineSchema(MEETING_LIMITS.titleMax),
    date: dayDateSchema,
    startTime: timeSchema.nullable().default(null),
    place: z.string().trim().max(MEETING_LIMITS.placeMax).default(''),
    agenda: z.array(agendaItemInputSchema).max(MEETING_LIMITS.itemsMax).default([]),
  })
  .strict();

export const updateMeetingSchema = z
  .object({
    title: lineSchema(MEETING_LIMITS.titleMax).optional(),
    date: dayDateSchema.optional(),
    startTime: timeSchema.nullable().optional(),
    place: z.string().trim().max(MEETING_LIMITS.placeMax).optional(),
    /** The whole agenda; items keep their id when it is given. */
    agenda: z
      .array(agendaItemInputSchema.extend({ id: idSchema.optional() }))
      .max(MEETING_LIMITS.itemsMax)
      .optional(),
    /** A member who may write the minutes besides the facilitator. */
    notetakerMemberId: idSchema.nullable().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');

export const MEETING_STATUSES = ['planned', 'running', 'ended'] as const;

/** What the facilitator (and only the facilitator) does with the console. */
export const meetingControlSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('start') }).strict(),
  z.object({ action: z.literal('end') }).strict(),
  z.object({ action: z.literal('next') }).strict(),
  z.object({ action: z.literal('previous') }).strict(),
  z.object({ action: z.literal('goto'), itemId: idSchema }).strict(),
  z.object({ action: z.literal('timer'), timer: z.enum(['start', 'pause', 'addMinute', 'reset']) }).strict(),
  /** "Iedereen naar mij": every screen shows the current item; remote members may step away and back. */
  z.object({ action: z.literal('followMe'), on: z.boolean() }).strict(),
  z.object({ action: z.literal('lowerHand'), memberId: idSchema }).strict(),
  /** A new join code (the old one stops working), for when a code got out. */
  z.object({ action: z.literal('newCode') }).strict(),
]);
export type MeetingControl = z.infer<typeof meetingControlSchema>;

/** The current item's timer: the one countdown model (shared/time), in the shape meetings store. */
export { meetingTimerSchema } from '../time/countdown';

export const REACTIONS = ['eens', 'oneens', 'applaus', 'vraag', 'harder'] as const;
export const reactionSchema = z.object({ reaction: z.enum(REACTIONS) }).strict();
export const handSchema = z.object({ up: z.boolean() }).strict();
export const itemNotesSchema = z.object({ notes: z.string().max(MEETING_LIMITS.notesMax) }).strict();

export const meetingSchema = z.object({
  id: idSchema,
  werkgroepId: idSchema,
  title: z.string(),
  date: dayDateSchema,
  startTime: timeSchema.nullable(),
  place: z.string(),
  agenda: z.array(agendaItemSchema),
  status: z.enum(MEETING_STATUSES),
  currentItemId: idSchema.nullable(),
  timer: meetingTimerSchema,
  followMe: z.boolean(),
  notetakerMemberId: idSchema.nullable(),
  /**
   * Only while the meeting runs, and only in API answers to members who may see it (not guests): the
   * code for joining at /join. The meeting's room never carries it (see joinCodeIssuedAt).
   */
  joinCode: z.string().nullable(),
  /** When the current join code was made: a screen that sees this change fetches the meeting again. */
  joinCodeIssuedAt: isoDateSchema.nullable(),
  /** Minutes per agenda item. */
  notes: z.record(idSchema, z.string()),
  startedAt: isoDateSchema.nullable(),
  endedAt: isoDateSchema.nullable(),
  createdAt: isoDateSchema,
  /** The meeting's live room. */
  room: z.string(),
});
export type Meeting = z.infer<typeof meetingSchema>;

/**
 * Joining by short code, for people without an invite, while a meeting runs: a name, consent, and who
 * you are (bewoner, ambtenaar or partner). You are a guest until the facilitator confirms it.
 */
export const joinByCodeSchema = z
  .object({
    displayName: lineSchema(MEMBER_LIMITS.displayNameMax),
    consent: z.literal(true),
    claimedRole: claimableRoleSchema,
  })
  .strict();
