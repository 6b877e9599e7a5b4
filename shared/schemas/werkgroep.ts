import { z } from 'zod';
import { idSchema, isoDateSchema, lineSchema } from './common';

export const WERKGROEP_LIMITS = { nameMax: 120, wijkMax: 80, gemeenteMax: 80 } as const;

export const createWerkgroepSchema = z.object({
  name: lineSchema(WERKGROEP_LIMITS.nameMax),
  wijk: lineSchema(WERKGROEP_LIMITS.wijkMax),
  gemeente: lineSchema(WERKGROEP_LIMITS.gemeenteMax),
});
export type CreateWerkgroep = z.infer<typeof createWerkgroepSchema>;

export const werkgroepSchema = z.object({
  id: idSchema,
  name: z.string(),
  wijk: z.string(),
  gemeente: z.string(),
  createdAt: isoDateSchema,
  /** Websocket room for the werkgroep's live presence. */
  room: z.string(),
});
export type Werkgroep = z.infer<typeof werkgroepSchema>;
