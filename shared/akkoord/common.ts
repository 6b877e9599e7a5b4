import { z } from 'zod';
import { textSchema } from '../network/common';
import { daySchema } from '../network/initiative';
import { SECRET_CODE_PATTERN } from '../schemas/invite';

/**
 * What every part of the wijkakkoord shares: its limits (the client's forms and the server's API and
 * storage hold the same ones) and the day format. Dates the akkoord names (by when, signed on, a progress
 * report) are whole days 'YYYY-MM-DD'; moments the server records (frozenAt, createdAt, voidedAt) are
 * ms since the epoch.
 */
export const AKKOORD_LIMITS = {
  titleLength: 160,
  whatLength: 2000,
  reportingLength: 1000,
  afspraken: 100,
  partiesPerAfspraak: 30,
  sectionsPerAfspraak: 20,
  decisionsPerAfspraak: 20,
  signatories: 50,
  versionNameLength: 120,
  signerNameLength: 120,
  functionLength: 120,
  organisationLength: 160,
  progressTextLength: 500,
  /** Progress entries per afspraak. */
  progressPerAfspraak: 500,
  /** Days a signing link can be used. */
  signingLinkDays: 30,
} as const;

export { daySchema };
export const akkoordTextSchema = textSchema;

/** A one-time signing link's token in a link: 32 url-safe characters, like an invite code. */
/** Made like an invite code (the same generator), so it has the same form. */
export const signingTokenSchema = z.string().regex(SECRET_CODE_PATTERN, 'not a valid signing link');
