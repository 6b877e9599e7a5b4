import { z } from 'zod';

/** Stable error codes of the HTTP API. Clients branch on these, never on messages. */
export const ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  /** Removing or demoting the werkgroep's last facilitator. */
  'last_facilitator',
  'limit_reached',
  'invite_expired',
  'invite_used_up',
  'invite_revoked',
  /** Raising a hand, reacting or steering a meeting that is not running. */
  'meeting_not_running',
  /** Starting a meeting that has already started (or ended). */
  'meeting_already_started',
  'vote_not_open',
  'vote_not_draft',
  /** A network record names a party, initiative or member that is not in the werkgroep's network. */
  'network_unknown_reference',
  /**
   * Removing a party the wijkakkoord or the uitvoeringsplan still names; `params` say where
   * (shared/network/partyInUse.ts).
   */
  'party_in_use',
  /** The wijkgrens upload is not a usable outline (`params.problem` says why: shared/network/outlineUpload.ts). */
  'outline_invalid',
  /** The wijkgrens has more polygons, rings or points than OUTLINE_LIMITS allows. */
  'outline_too_large',
  /** Changing the akkoord's text (introduction, afspraken, signatories) while it is frozen for signing. */
  'akkoord_frozen',
  /** Signing, or making a signing link, while the akkoord is not frozen for signing. */
  'akkoord_not_frozen',
  /** A signature for a text (version id, text hash) that is not the one frozen for signing now. */
  'akkoord_text_changed',
  /** The party already has a valid signature under this version. */
  'akkoord_already_signed',
  /** An afspraak or signatory names a party, section, decision or member that is not the werkgroep's. */
  'akkoord_unknown_reference',
  /** The party is not a signatory of the akkoord. */
  'akkoord_not_signatory',
  /** Another werkgroep's public page already has this address (slug). */
  'wijkpagina_slug_taken',
  'signing_link_used',
  'signing_link_expired',
  /** The text was reopened (or a newer link made) after this link. */
  'signing_link_voided',
  /** A CSV import with bad rows: nothing was stored; `issues` name each row's line and column (`line:column`). */
  'csv_invalid',
  /** A CSV file over MONITORING_LIMITS.csvBytes (`params.max` in kB). */
  'csv_too_large',
  /** [UIT1] An actie that is vertraagd or gestopt says why, in plain words. */
  'actie_reason_required',
  /** [UIT2] An actie is published only with "wat we niet kunnen beloven". */
  'actie_niet_beloven_required',
  /** An uploaded photo is not a JPEG, PNG or WebP image (by its bytes), or cannot be read. */
  'photo_invalid',
  'not_eligible',
  'ballot_invalid',
  'already_voted',
  'not_confirmed',
  'already_confirmed',
  'rate_limited',
  'join_paused',
  'payload_too_large',
  'unsupported_media_type',
  'storage_unavailable',
  'export_busy',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Every API error body: a stable code with its parameters, which the client words from its own catalogue
 * (`errors.<code>` in shared/i18n), and for other API users the words in Dutch (default) and in English.
 */
export const apiErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  /** Values the words of the code mention (`{{name}}` in the catalogue); absent when there are none. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  message: z.string(),
  messageEn: z.string(),
  /** For validation errors: which field was wrong and why. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

export const HEALTH_STATUSES = ['ok', 'unavailable'] as const;

/** What GET /healthz found about storage. */
export const storageCheckSchema = z.object({
  status: z.enum(HEALTH_STATUSES),
  /** The latest write — the health probe or a commit of document updates, whichever came last. */
  write: z.enum(['ok', 'failing']),
  /** The latest `quick_check` of the stored data: not run yet, intact, corrupt, or it could not run. */
  integrity: z.enum(['pending', 'ok', 'corrupt', 'unknown']),
  /** When that check ran (ms since the epoch). */
  integrityCheckedAt: z.number().nullable(),
});
export type StorageCheck = z.infer<typeof storageCheckSchema>;

/** [SYNC10] Redis between instances (only with REDIS_URL): does it answer a PING within a second? */
export const redisCheckSchema = z.object({ status: z.enum(HEALTH_STATUSES) });
export type RedisCheck = z.infer<typeof redisCheckSchema>;

/**
 * GET /healthz: 200 with status ok, 503 otherwise; `checks` says why, each part apart. `degraded`
 * ([SYNC10]): storage works but Redis does not answer — the instance still serves its own clients and
 * stores their edits, but relays nothing to other instances and counts limits per instance.
 */
export const healthSchema = z.object({
  status: z.enum([...HEALTH_STATUSES, 'degraded']),
  checks: z.object({ storage: storageCheckSchema, redis: redisCheckSchema.optional() }),
});
export type Health = z.infer<typeof healthSchema>;
