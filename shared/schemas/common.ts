import { z } from 'zod';
import { ROOM_ID_PATTERN } from '../sync/rooms';

/** Ids of werkgroepen, members, documents, invites: the same shape as room ids. */
export const idSchema = z.string().regex(ROOM_ID_PATTERN, 'not a valid id');

/** A trimmed, single-line text of 1..max characters. */
export const lineSchema = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'required')
    .max(max, `at most ${max} characters`)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'no control characters');

export const isoDateSchema = z.iso.datetime({ offset: true });
